import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, fitTemperature, precisionThreshold, reliabilityTable, softmax } from './calibration.js';
import type { Scored } from './calibration.js';
import { seededRandom } from '../../shared/seeded-random.js';

/** Draws predictions whose true accuracy is `trueAcc` while claiming `claimed` confidence. */
function draw(n: number, claimed: number, trueAcc: number, seed: number): Scored[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => ({ confidence: claimed, correct: r() < trueAcc }));
}

describe('expected calibration error', () => {
  it.each([
    ['calibrated at 0.8', 0.8, 0.8, 0, 0.03],
    ['calibrated at 0.95', 0.95, 0.95, 0, 0.03],
    ['overconfident 0.95 vs 0.6', 0.95, 0.6, 0.3, 0.4],
    ['underconfident 0.5 vs 0.9', 0.5, 0.9, 0.35, 0.45],
  ])('%s', (_name, claimed, acc, lo, hi) => {
    const ece = expectedCalibrationError(draw(4000, claimed, acc, 1));
    expect(ece).toBeGreaterThanOrEqual(lo);
    expect(ece).toBeLessThanOrEqual(hi);
  });

  it('reliability table has ten bins and counts every prediction once', () => {
    const scored = [...draw(100, 0.05, 0.1, 2), ...draw(50, 1, 1, 3), ...draw(30, 0.55, 0.5, 4)];
    const t = reliabilityTable(scored);
    expect(t).toHaveLength(10);
    expect(t.reduce((s, b) => s + b.count, 0)).toBe(180);
    expect(t[9]?.count).toBe(50);
    expect(t[0]?.count).toBe(100);
  });
});

describe('temperature scaling', () => {
  // Logits scaled 3× too large: the right temperature is about 3.
  const r = seededRandom(5);
  const logits: Float64Array[] = [];
  const gold: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const base = Float64Array.from([r() * 2, r() * 2, r() * 2]);
    const p = softmax(base, 1);
    const u = r();
    gold.push(u < (p[0] as number) ? 0 : u < (p[0] as number) + (p[1] as number) ? 1 : 2);
    logits.push(base.map((v) => v * 3));
  }
  it('recovers a temperature near 3 for logits 3× too sharp', () => {
    const t = fitTemperature(logits, gold);
    expect(t).toBeGreaterThan(2.3);
    expect(t).toBeLessThan(3.8);
  });
  it('returns 1 without data', () => {
    expect(fitTemperature([], [])).toBe(1);
  });
});

describe('precision threshold', () => {
  it.each([
    {
      name: 'all correct → lowest confidence, full coverage',
      scored: [0.9, 0.7, 0.5].map((c) => ({ confidence: c, correct: true })),
      threshold: 0.5,
      coverage: 1,
    },
    {
      name: 'errors below 0.6 → cut at 0.6',
      scored: [
        { confidence: 0.95, correct: true }, { confidence: 0.9, correct: true }, { confidence: 0.6, correct: true },
        { confidence: 0.5, correct: false }, { confidence: 0.4, correct: false },
      ],
      threshold: 0.6,
      coverage: 0.6,
    },
    {
      name: 'never precise enough → 1 (everything low-confidence)',
      scored: [0.9, 0.8].map((c) => ({ confidence: c, correct: false })),
      threshold: 1,
      coverage: 0,
    },
  ])('$name', ({ scored, threshold, coverage }) => {
    const t = precisionThreshold(scored, 0.95);
    expect(t.threshold).toBe(threshold);
    expect(t.coverage).toBeCloseTo(coverage, 9);
  });
});
