/** Quality gate: the targets from the brief, measured on the held-out TEST templates. */
import { describe, expect, it } from 'vitest';
import { detectPii } from '../pii.engine.js';
import type { PiiType } from '../pii.types.js';
import { generateCorpus } from './corpus.gen.js';
import { DEV_TEMPLATES } from './templates.dev.js';
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
