/**
 * The triage heads' merged scorer (see ../merged-scorer.ts): business | reason | demand | tier
 * side by side, built once per loaded model.
 */
import { buildMergedScorer as buildScorer } from '../merged-scorer.js';
import type { MergedScorer } from '../merged-scorer.js';
import { HEADS } from './triage-model.js';
import type { HeadName, TriageModel } from './triage-model.js';

export { argmaxSlice, scoreMerged } from '../merged-scorer.js';

export type TriageScorer = MergedScorer<HeadName>;

export function buildMergedScorer(model: TriageModel): TriageScorer {
  return buildScorer(model.heads, HEADS);
}

const cache = new WeakMap<TriageModel, TriageScorer>();

/** The scorer of `model`, built on first use and kept as long as the model is alive. */
export function mergedScorer(model: TriageModel): TriageScorer {
  let s = cache.get(model);
  if (!s) {
    s = buildMergedScorer(model);
    cache.set(model, s);
  }
  return s;
}
