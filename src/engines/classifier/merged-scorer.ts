/**
 * One scorer for several softmax heads over the same features (the four triage heads, the two
 * scam heads). Scoring heads one by one looked every feature up once per head; the merged scorer
 * builds, once per loaded model, one bucket → row index over the union of the heads' buckets
 * and one row-major weight matrix whose row holds every head's weights side by side. A text then
 * costs one lookup per feature for all heads, with no allocation: features, logits and
 * probabilities live in buffers owned by the scorer.
 *
 * Probabilities are bit-identical to `probabilitiesOf` on each head: every logit is its head's
 * bias plus the same products summed in the same (ascending bucket) order, a bucket a head lacks
 * adding nothing, and the same softmax follows.
 */
import type { Model } from './classifier.types.js';
import { createScratch } from './feature-extract.js';
import type { FeatureScratch } from './feature-extract.js';
import { createKernel, type ScoreKernel } from './score-kernel.js';

export interface HeadSlice {
  /** First column of the head in a merged row. */
  offset: number;
  labels: string[];
  temperature: number;
}

/** Known features handed to the kernel per call; longer texts are summed in several calls. */
const CHUNK = 4096;

/** Byte addresses of the kernel's arrays in its memory, and views over them. */
interface KernelState {
  score: ScoreKernel;
  weightsAt: number;
  rowsAt: number;
  valuesAt: number;
  biasAt: number;
  outAt: number;
  /** First weight of each known feature's row, and its value, for the current chunk. */
  rowStart: Int32Array;
  rowValue: Float64Array;
}

/**
 * Bucket → row over the union of the heads' buckets. Rows are the buckets in ascending order, and
 * a directory gives where each block of 2^shift consecutive buckets starts among them: a lookup
 * reads the directory (small enough to stay cached) and a few adjacent sorted buckets. Features
 * arrive in ascending order too, so successive lookups walk forward through memory. A hash table
 * spread the same lookups over 1 MB, and on a new complaint most of them missed the cache.
 */
export interface RowDirectory {
  buckets: Int32Array;
  /** `starts[k]`: first row whose bucket is at least k << shift; one more entry than blocks. */
  starts: Int32Array;
  shift: number;
}

function buildDirectory(buckets: Int32Array): RowDirectory {
  const max = buckets.length > 0 ? (buckets[buckets.length - 1] as number) : 0;
  // About eight rows per block.
  const blockBits = Math.max(0, Math.ceil(Math.log2(Math.max(1, buckets.length / 8))));
  const shift = Math.max(0, Math.ceil(Math.log2(max + 1)) - blockBits);
  const blocks = (max >>> shift) + 1;
  const starts = new Int32Array(blocks + 1);
  let r = 0;
  for (let k = 0; k <= blocks; k++) {
    while (r < buckets.length && (buckets[r] as number) >>> shift < k) r++;
    starts[k] = r;
  }
  return { buckets, starts, shift };
}

/** Row of `bucket`, or -1 when no head keeps weights for it. */
export function rowOfBucket(d: RowDirectory, bucket: number): number {
  const k = bucket >>> d.shift;
  if (k + 1 >= d.starts.length) return -1;
  const end = d.starts[k + 1] as number;
  for (let r = d.starts[k] as number; r < end; r++) {
    const b = d.buckets[r] as number;
    if (b >= bucket) return b === bucket ? r : -1;
  }
  return -1;
}

export interface MergedScorer<H extends string> {
  index: RowDirectory;
  /** Columns per merged row: the sum of the heads' label counts. */
  width: number;
  /** rows × width, row-major (in the kernel's memory). */
  weights: Float32Array;
  bias: Float64Array;
  heads: Record<H, HeadSlice>;
  /** Reused per call: extracted features, then logits turned into probabilities in place. */
  scratch: FeatureScratch;
  probs: Float64Array;
  kernel: KernelState;
}

const align16 = (n: number): number => Math.ceil(n / 16) * 16;

/** Merges `heads` (all over the same features) in the column order of `order`. */
export function buildMergedScorer<H extends string>(heads: Record<H, Model>, order: readonly H[]): MergedScorer<H> {
  const union = new Set<number>();
  for (const h of order) for (const b of heads[h].buckets) union.add(b);
  const buckets = Int32Array.from([...union].sort((a, b) => a - b));
  const index = buildDirectory(buckets);
  let width = 0;
  const slices = {} as Record<H, HeadSlice>;
  for (const h of order) {
    const m = heads[h];
    slices[h] = { offset: width, labels: m.labels, temperature: m.temperature };
    width += m.labels.length;
  }
  // Weights, then the per-call arrays, in one memory the kernel reads.
  const weightsAt = 0;
  const rowsAt = align16(weightsAt + buckets.length * width * 4);
  const valuesAt = align16(rowsAt + CHUNK * 4);
  const biasAt = align16(valuesAt + CHUNK * 8);
  const outAt = align16(biasAt + width * 8);
  const { buffer, score } = createKernel(outAt + width * 8);
  const weights = new Float32Array(buffer, weightsAt, buckets.length * width);
  const bias = new Float64Array(buffer, biasAt, width);
  for (const h of order) {
    const m = heads[h];
    const { offset } = slices[h];
    const C = m.labels.length;
    for (let c = 0; c < C; c++) bias[offset + c] = m.bias[c] as number;
    for (let r = 0; r < m.buckets.length; r++) {
      const row = rowOfBucket(index, m.buckets[r] as number) * width + offset;
      for (let c = 0; c < C; c++) weights[row + c] = m.weights[r * C + c] as number;
    }
  }
  const kernel: KernelState = {
    score,
    weightsAt,
    rowsAt,
    valuesAt,
    biasAt,
    outAt,
    rowStart: new Int32Array(buffer, rowsAt, CHUNK),
    rowValue: new Float64Array(buffer, valuesAt, CHUNK),
  };
  return { index, width, weights, bias, heads: slices, scratch: createScratch(), probs: new Float64Array(buffer, outAt, width), kernel };
}

/**
 * Scores the first `n` features in `s.scratch` for every head; returns `s.probs`, where each
 * head's columns hold its calibrated probabilities. Valid until the next call.
 *
 * The rows are looked up first, all together, so their cache misses overlap instead of waiting
 * on each other; then the kernel sums the columns over those rows (score-kernel.ts).
 */
export function scoreMerged<H extends string>(s: MergedScorer<H>, n: number): Float64Array {
  const k = s.kernel;
  const { rowStart, rowValue } = k;
  const W = s.width;
  const ids = s.scratch.ids;
  const values = s.scratch.values;
  // The first chunk starts from the bias, later ones from the sums so far.
  let from = k.biasAt;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const r = rowOfBucket(s.index, ids[i] as number);
    if (r < 0) continue;
    rowStart[m] = r * W;
    rowValue[m] = values[i] as number;
    if (++m === CHUNK) {
      k.score(k.weightsAt, k.rowsAt, k.valuesAt, m, W, from, k.outAt);
      from = k.outAt;
      m = 0;
    }
  }
  k.score(k.weightsAt, k.rowsAt, k.valuesAt, m, W, from, k.outAt);
  const out = s.probs;
  for (const h in s.heads) softmaxInPlace(out, s.heads[h].offset, s.heads[h].labels.length, s.heads[h].temperature);
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
