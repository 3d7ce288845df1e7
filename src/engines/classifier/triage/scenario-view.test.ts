import { describe, expect, it } from 'vitest';
import type { Model } from '../classifier.types.js';
import { argmaxOf as argmax } from '../classifier.engine.js';
import { blendHead, buildBlend, type ScenarioView } from './scenario-view.js';

const slice = (labels: string[], offset: number) => ({ offset, labels, temperature: 1 });
const view = (outcomes: ScenarioView['outcomes'], directWeight = 0.5): ScenarioView => ({
  head: {} as Model,
  outcomes,
  directWeight,
  temperatures: { business: 1, reason: 1 },
  thresholds: { business: 0.5, reason: 0.5 },
});

describe('scenario view', () => {
  // Merged layout: business [loan, repayment] | reason [定价收费, 合同条款] | scenario [rate, terms, early].
  const business = slice(['loan', 'repayment'], 0);
  const reason = slice(['定价收费', '合同条款'], 2);
  const scenario = slice(['rate', 'terms', 'early'], 4);
  const outcomes = {
    rate: { business: 'loan', reason: '定价收费' },
    terms: { business: 'loan', reason: '合同条款' },
    early: { business: 'repayment', reason: '定价收费' },
  };

  it('sums the scenario distribution into each head and averages it with the direct head', () => {
    const b = buildBlend(view(outcomes), { business, reason }, scenario);
    const p = Float64Array.from([0.2, 0.8, 0.9, 0.1, 0.5, 0.3, 0.2]);
    const close = (got: Float64Array, want: number[]) => want.forEach((x, i) => expect(got[i]).toBeCloseTo(x, 12));
    close(blendHead(b, 'business', p), [0.5 * 0.2 + 0.5 * (0.5 + 0.3), 0.5 * 0.8 + 0.5 * 0.2]);
    close(blendHead(b, 'reason', p), [0.5 * 0.9 + 0.5 * (0.5 + 0.2), 0.5 * 0.1 + 0.5 * 0.3]);
  });

  it('is a distribution whenever both views are, and the weight moves it between them', () => {
    const p = Float64Array.from([0.6, 0.4, 0.3, 0.7, 0.1, 0.1, 0.8]);
    for (const w of [0, 0.25, 1]) {
      const out = blendHead(buildBlend(view(outcomes, w), { business, reason }, scenario), 'business', p);
      expect(out[0]! + out[1]!).toBeCloseTo(1, 12);
      if (w === 1) expect(Array.from(out)).toEqual([0.6, 0.4]);
      if (w === 0) expect(argmax(out)).toBe(1);
    }
  });

  it('scales the blend by its temperature without changing the winner', () => {
    const p = Float64Array.from([0.3, 0.7, 0.9, 0.1, 0.5, 0.3, 0.2]);
    const plain = Array.from(blendHead(buildBlend(view(outcomes), { business, reason }, scenario), 'business', p));
    const sharper = blendHead(buildBlend({ ...view(outcomes), temperatures: { business: 0.5, reason: 1 } }, { business, reason }, scenario), 'business', p);
    const want = plain.map((x) => x ** 2);
    const sum = want.reduce((a, b) => a + b, 0);
    want.forEach((x, i) => expect(sharper[i]).toBeCloseTo(x / sum, 12));
    expect(argmax(sharper)).toBe(plain.indexOf(Math.max(...plain)));
    expect(sharper[argmax(sharper)]).toBeGreaterThan(Math.max(...plain));
  });

  it('refuses a scenario whose label the direct head does not have', () => {
    expect(() => buildBlend(view({ ...outcomes, early: { business: 'mortgage', reason: '定价收费' } }), { business, reason }, scenario)).toThrow(/early/);
  });
});
