/** Quality gates: the brief's targets on the held-out TEST templates, regression floors on the BLIND ones. */
import { describe, expect, it } from 'vitest';
import { detectPii } from '../pii.engine.js';
import type { PiiType } from '../pii.types.js';
import { generateCorpus } from './corpus.gen.js';
import { DEV_TEMPLATES } from './templates.dev.js';
import { BLIND_TEMPLATES } from './templates.blind.js';
import { TEST_TEMPLATES } from './templates.test-set.js';
import { evaluate } from './evaluate.js';

const STRICT: PiiType[] = ['mobile', 'landline', 'id_card', 'bank_card', 'email'];
const FUZZY: PiiType[] = ['name', 'address'];

describe('evaluation on the test templates', () => {
  const report = evaluate(generateCorpus('test', 1500, 7), (t) => detectPii(t));
  const byType = new Map(report.perType.map((r) => [r.type, r]));

  it('dev and test template sets are disjoint', () => {
    const dev = new Set(DEV_TEMPLATES);
    expect(TEST_TEMPLATES.filter((t) => dev.has(t))).toEqual([]);
  });

  it.each(STRICT)('%s: recall ≥ 99.5%, precision ≥ 99%', (type) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(0.995);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(0.99);
  });

  it.each(FUZZY)('%s: recall ≥ 90%, precision ≥ 90%', (type) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('decoys masked ≤ 1%', () => {
    expect(report.decoys).toBeGreaterThan(500);
    expect(report.decoyMaskRate).toBeLessThanOrEqual(0.01);
  });
});

/**
 * Regression floors on the BLIND templates (templates.blind.ts), never tuned on. Measured once on
 * 3,000 sentences (seed 20240305) before any change made after writing them: name recall 56.4%
 * (precision 100%), secret recall 50.5%, bank_card recall 98.7%, every other type 100/100, decoys
 * masked 0/2,401. Floors sit a little below so a regression fails without inviting tuning.
 */
describe('evaluation on the blind templates (regression floors)', () => {
  const report = evaluate(generateCorpus('blind', 3000, 20240305), (t) => detectPii(t));
  const byType = new Map(report.perType.map((r) => [r.type, r]));

  it('blind templates share nothing with dev or test', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES]);
    expect(BLIND_TEMPLATES.length).toBeGreaterThanOrEqual(45);
    expect(BLIND_TEMPLATES.filter((t) => seen.has(t))).toEqual([]);
  });

  it.each<[PiiType, number, number]>([
    ['mobile', 0.99, 0.99],
    ['landline', 0.99, 0.99],
    ['id_card', 0.99, 0.99],
    ['bank_card', 0.97, 0.99],
    ['email', 0.99, 0.99],
    ['address', 0.97, 0.97],
    ['name', 0.53, 0.97],
    ['secret', 0.45, 0.97],
    ['foreign_phone', 0.97, 0.97],
    ['account_id', 0.97, 0.97],
  ])('%s: recall ≥ %f, precision ≥ %f', (type, minRecall, minPrecision) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(minRecall);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(minPrecision);
  });

  it('decoys masked ≤ 0.5%', () => {
    expect(report.decoys).toBeGreaterThan(1000);
    expect(report.decoyMaskRate).toBeLessThanOrEqual(0.005);
  });
});
