import { describe, expect, it } from 'vitest';
import { argmaxOf, probabilitiesOf, train } from '../classifier.engine.js';
import type { Model } from '../classifier.types.js';
import { extractInto, extractNormalizedFeatures } from '../feature-extract.js';
import { normalizeText } from '../text-normalize.js';
import { argmaxSlice, buildMergedScorer, mergedScorer, scoreMerged } from './merged-scorer.js';
import { rowOfBucket, weightAt } from '../merged-scorer.js';
import { HEADS } from './triage-model.js';
import type { HeadName, TriageModel } from './triage-model.js';

/** A small four-head model with different label sets; pruning to different sizes makes the heads keep different buckets. */
function tinyModel(): TriageModel {
  const rows = [
    ['催收天天打电话骚扰', 'collection', 'b', 'stop', '2'],
    ['催收骂人很难听', 'collection', 'b', 'apology', '2'],
    ['怎么查账单', 'repayment', 'a', 'explain', '1'],
    ['还款日是几号', 'repayment', 'a', 'explain', '1'],
    ['有人冒充客服骗钱', 'other', 'c', 'refund', '3'],
    ['被骗了要退钱', 'other', 'c', 'refund', '3'],
  ] as const;
  const heads = {} as Record<HeadName, Model>;
  HEADS.forEach((h, col) => {
    heads[h] = train(rows.map((r) => ({ text: r[0], label: r[col + 1] as string })), { calibrationFraction: 0, epochs: 5, features: { words: false }, maxWeights: 20 + col * 15 });
  });
  return { heads, provenance: {} };
}

describe('merged scorer', () => {
  const model = tinyModel();
  const scorer = buildMergedScorer(model);

  it('indexes the union of the heads\' buckets', () => {
    const sizes = HEADS.map((h) => model.heads[h].buckets.length);
    expect(new Set(sizes).size).toBeGreaterThan(1);
    expect(scorer.index.count).toBeGreaterThan(Math.max(...sizes));
  });

  it('keeps exactly the heads\' non-zero weights, each at its bucket\'s row and its label\'s column', () => {
    let nonZero = 0;
    for (const h of HEADS) {
      const m = model.heads[h];
      const C = m.labels.length;
      m.buckets.forEach((b, r) => {
        for (let c = 0; c < C; c++) {
          const w = m.weights[r * C + c] as number;
          if (w !== 0) nonZero++;
          expect(weightAt(scorer, rowOfBucket(scorer.index, b), scorer.heads[h].offset + c)).toBe(w);
        }
      });
    }
    expect(scorer.entries).toBe(nonZero);
  });

  it('is cached per model and has one column per label of every head', () => {
    expect(mergedScorer(model)).toBe(mergedScorer(model));
    expect(scorer.width).toBe(HEADS.reduce((s, h) => s + model.heads[h].labels.length, 0));
  });

  it.each([
    ['催收天天打电话'],
    ['怎么查这个月账单'],
    ['冒充客服让我转账'],
    ['completely unrelated english words'],
    [''],
  ])('gives the same probabilities as scoring each head alone: %s', (text) => {
    const norm = normalizeText(text);
    const features = model.heads.tier.features;
    const p = scoreMerged(scorer, extractInto(norm, text, features, scorer.scratch));
    const x = extractNormalizedFeatures(norm, text, features);
    for (const h of HEADS) {
      const alone = probabilitiesOf(model.heads[h], x);
      const slice = scorer.heads[h];
      expect(Array.from(p.subarray(slice.offset, slice.offset + slice.labels.length))).toEqual(Array.from(alone));
      expect(argmaxSlice(p, slice)).toBe(argmaxOf(alone));
    }
  });
});
