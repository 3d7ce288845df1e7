/**
 * One scorer for all triage heads. Each head keeps its own sparse rows; scoring them one by one
 * looked every feature up four times. The merged scorer builds, once per loaded model, a single
 * bucket → row index over the union of the heads' buckets and one row-major weight matrix whose
 * row holds every head's weights side by side (business | reason | demand | tier). A complaint
 * then costs one hash lookup and one contiguous multiply-add per feature, with no allocation:
 * features, logits and probabilities live in buffers owned by the scorer.
 *
 * Probabilities are bit-identical to `probabilitiesOf` on each head: the same products are
 * summed in the same (ascending bucket) order and the same softmax is applied.
 */
import type { Model } from '../classifier.types.js';
import { createScratch } from '../feature-extract.js';
import type { FeatureScratch } from '../feature-extract.js';
import { buildRowIndex, rowOf } from '../row-index.js';
import type { RowIndex } from '../row-index.js';
import { HEADS } from './triage-model.js';
import type { HeadName, TriageModel } from './triage-model.js';

export interface HeadSlice {
  /** First column of the head in a merged row. */
  offset: number;
  labels: string[];
  temperature: number;
}

export interface MergedScorer {
  index: RowIndex;
  /** Columns per merged row: the sum of the heads' label counts. */
  width: number;
  /** rows × width, row-major. */
  weights: Float32Array;
  bias: Float64Array;
  heads: Record<HeadName, HeadSlice>;
  /** Reused per call: extracted features, then logits turned into probabilities in place. */
  scratch: FeatureScratch;
  probs: Float64Array;
}

export function buildMergedScorer(model: TriageModel): MergedScorer {
  const union = new Set<number>();
  for (const h of HEADS) for (const b of model.heads[h].buckets) union.add(b);
  const buckets = Int32Array.from([...union].sort((a, b) => a - b));
  const index = buildRowIndex(buckets);
  let width = 0;
  const heads = {} as Record<HeadName, HeadSlice>;
  for (const h of HEADS) {
    const m = model.heads[h];
    heads[h] = { offset: width, labels: m.labels, temperature: m.temperature };
    width += m.labels.length;
  }
  const weights = new Float32Array(buckets.length * width);
  const bias = new Float64Array(width);
  for (const h of HEADS) {
    const m: Model = model.heads[h];
    const { offset } = heads[h];
    const C = m.labels.length;
    for (let c = 0; c < C; c++) bias[offset + c] = m.bias[c] as number;
    for (let r = 0; r < m.buckets.length; r++) {
      const row = rowOf(index, m.buckets[r] as number) * width + offset;
      for (let c = 0; c < C; c++) weights[row + c] = m.weights[r * C + c] as number;
    }
  }
  return { index, width, weights, bias, heads, scratch: createScratch(), probs: new Float64Array(width) };
}

const cache = new WeakMap<TriageModel, MergedScorer>();

/** The scorer of `model`, built on first use and kept as long as the model is alive. */
export function mergedScorer(model: TriageModel): MergedScorer {
  let s = cache.get(model);
  if (!s) {
    s = buildMergedScorer(model);
    cache.set(model, s);
  }
  return s;
}

/**
 * Scores the first `n` features in `s.scratch` for every head; returns `s.probs`, where each
 * head's columns hold its calibrated probabilities. Valid until the next call.
 */
export function scoreMerged(s: MergedScorer, n: number): Float64Array {
  const out = s.probs;
  const W = s.width;
  const w = s.weights;
  const ids = s.scratch.ids;
  const values = s.scratch.values;
  out.set(s.bias);
  for (let k = 0; k < n; k++) {
    const r = rowOf(s.index, ids[k] as number);
    if (r < 0) continue;
    const val = values[k] as number;
    const base = r * W;
    for (let c = 0; c < W; c++) out[c] = (out[c] as number) + (w[base + c] as number) * val;
  }
  for (const h of HEADS) softmaxInPlace(out, s.heads[h].offset, s.heads[h].labels.length, s.heads[h].temperature);
  return out;
}

/** Same arithmetic as `softmax` in calibration.ts, applied to a slice in place. */
function softmaxInPlace(x: Float64Array, from: number, count: number, temperature: number): void {
  const end = from + count;
  let max = -Infinity;
  for (let i = from; i < end; i++) max = Math.max(max, (x[i] as number) / temperature);
  let sum = 0;
  for (let i = from; i < end; i++) {
    const e = Math.exp((x[i] as number) / temperature - max);
    x[i] = e;
    sum += e;
  }
  for (let i = from; i < end; i++) x[i] = (x[i] as number) / sum;
}

/** Index (within the head) of the head's most probable label in merged probabilities. */
export function argmaxSlice(p: Float64Array, slice: HeadSlice): number {
  let best = 0;
  for (let i = 1; i < slice.labels.length; i++) if ((p[slice.offset + i] as number) > (p[slice.offset + best] as number)) best = i;
  return best;
}
