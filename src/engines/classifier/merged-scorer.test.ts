import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probabilitiesOf } from './classifier.engine.js';
import { extractInto, extractNormalizedFeatures } from './feature-extract.js';
import { bucketOfRow, buildMergedScorer, rowOfBucket, scoreMerged } from './merged-scorer.js';
import { normalizeText } from './text-normalize.js';
import { HEADS, loadTriageModel } from './triage/triage-model.js';

const model = loadTriageModel();
const scorer = buildMergedScorer(model.heads, HEADS);
const corpus = readFileSync(new URL('../../../corpus/triage/test.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text);

describe('merged scorer over the shipped triage heads', () => {
  it('finds every head bucket at its row, and nothing else', () => {
    const buckets = Array.from({ length: scorer.index.count }, (_, r) => bucketOfRow(scorer.index, r));
    buckets.forEach((b, r) => expect(rowOfBucket(scorer.index, b)).toBe(r));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    const known = new Set(buckets);
    for (const b of [0, 1, 12345, (1 << 20) - 1, 1 << 20, 2 ** 30]) if (!known.has(b)) expect(rowOfBucket(scorer.index, b)).toBe(-1);
  });

  // The long text has more known features than one kernel call takes, so it is summed in parts.
  it.each([
    ['a complaint', corpus[0] as string],
    ['300 complaints pasted together', corpus.slice(0, 300).join('')],
  ])('gives the same probabilities as each head alone: %s', (_name, text) => {
    const norm = normalizeText(text);
    const features = model.heads.tier.features;
    const p = scoreMerged(scorer, extractInto(norm, text, features, scorer.scratch));
    const x = extractNormalizedFeatures(norm, text, features);
    for (const h of HEADS) {
      const slice = scorer.heads[h];
      expect(Array.from(p.subarray(slice.offset, slice.offset + slice.labels.length))).toEqual(Array.from(probabilitiesOf(model.heads[h], x)));
    }
  });
});
