/**
 * One scorer for several softmax heads over the same features (the triage heads and their
 * scenario view, the two scam heads). Scoring heads one by one looked every feature up once per
 * head; the merged scorer builds, once per loaded model, one bucket → row index over the union of
 * the heads' buckets, and one sparse row per bucket holding every head's non-zero weights. A
 * text then costs one lookup per feature for all heads, with no allocation: features, logits and
 * probabilities live in buffers owned by the scorer.
 *
 * Rows are sparse because the union is: each head keeps weights for its own buckets only, and the
 * heads are pruned to their largest weights, so a dense row of every head's columns was about 88 %
 * zeros (40 MB for the five triage heads). A complaint touches ~260 rows and ~3,800 weights; the
 * sums over them run in a WebAssembly kernel (scatter-kernel.ts), a third faster than the same
 * loop in JavaScript.
 *
 * Probabilities are bit-identical to `probabilitiesOf` on each head: every logit is its head's
 * bias plus the same products summed in the same (ascending bucket) order, a weight the row
 * leaves out (zero) adding nothing, and the same softmax follows.
 */
import type { Model } from './classifier.types.js';
import { createScratch } from './feature-extract.js';
import type { FeatureScratch } from './feature-extract.js';
import { createScatterKernel, type ScatterKernel } from './scatter-kernel.js';

/** Known features handed to the kernel per call; longer texts are summed in several calls. */
const CHUNK = 4096;

/** The kernel and where its arrays sit in its memory (scatter-kernel.ts). */
interface KernelState {
  scatter: ScatterKernel;
  outAt: number;
  jobsAt: number;
  /** (start, end) of each job's entries at [4j], [4j + 1], as i32; its value at [2j + 1], as f64. */
  jobStarts: Int32Array;
  jobValues: Float64Array;
}

export interface HeadSlice {
  /** First column of the head in the merged logits. */
  offset: number;
  labels: string[];
  temperature: number;
}

/**
 * Bucket → row over the union of the heads' buckets. Rows are the buckets in ascending order, and
 * a directory gives where each block of 2^shift consecutive buckets starts among them: a lookup
 * reads the directory (small enough to stay cached) and a few adjacent sorted buckets. Features
 * arrive in ascending order too, so successive lookups walk forward through memory. A hash table
 * spread the same lookups over 1 MB, and on a new complaint most of them missed the cache.
 * Each row's bucket sits beside the offset of its first weight entry, so the lookup's cache line
 * also says where the row's weights are.
 */
export interface RowDirectory {
  /** Row r: its bucket at rows[2r], its first entry at rows[2r + 1]; a last pair ends the last row. */
  rows: Int32Array;
  /** Rows in the directory (the last pair is not one). */
  count: number;
  /** `starts[k]`: first row whose bucket is at least k << shift; one more entry than blocks. */
  starts: Int32Array;
  shift: number;
}

/** Bucket of row `r`. */
export const bucketOfRow = (d: RowDirectory, r: number): number => d.rows[2 * r] as number;

/** The directory over `buckets` (ascending); `entryStart[r]` is row r's first entry, with one more for the end. */
function buildDirectory(buckets: Int32Array, entryStart: Int32Array): RowDirectory {
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
  const rows = new Int32Array(2 * buckets.length + 2);
  for (let i = 0; i < buckets.length; i++) {
    rows[2 * i] = buckets[i] as number;
    rows[2 * i + 1] = entryStart[i] as number;
  }
  rows[2 * buckets.length] = -1;
  rows[2 * buckets.length + 1] = entryStart[buckets.length] as number;
  return { rows, count: buckets.length, starts, shift };
}

/** Row of `bucket`, or -1 when no head keeps weights for it. */
export function rowOfBucket(d: RowDirectory, bucket: number): number {
  const k = bucket >>> d.shift;
  if (k + 1 >= d.starts.length) return -1;
  const end = d.starts[k + 1] as number;
  for (let r = d.starts[k] as number; r < end; r++) {
    const b = d.rows[2 * r] as number;
    if (b >= bucket) return b === bucket ? r : -1;
  }
  return -1;
}

export interface MergedScorer<H extends string> {
  index: RowDirectory;
  /** Columns of the merged logits: the sum of the heads' label counts. */
  width: number;
  /**
   * Row r's non-zero weights are entries index.rows[2r + 1] … index.rows[2r + 3] − 1.
   *
   * Entry k is (column, weight): columns[2k] and weights[2k + 1], two views of one buffer, so an
   * entry's column and weight share a cache line.
   */
  columns: Int32Array;
  weights: Float32Array;
  /** Entries in all rows. */
  entries: number;
  bias: Float64Array;
  heads: Record<H, HeadSlice>;
  /** Reused per call: extracted features, then logits turned into probabilities in place. */
  scratch: FeatureScratch;
  probs: Float64Array;
  kernel: KernelState;
}

/** Merges `heads` (all over the same features) in the column order of `order`. */
export function buildMergedScorer<H extends string>(heads: Record<H, Model>, order: readonly H[]): MergedScorer<H> {
  const union = new Set<number>();
  for (const h of order) for (const b of heads[h].buckets) union.add(b);
  const buckets = Int32Array.from([...union].sort((a, b) => a - b));
  const rowOf = new Map<number, number>();
  buckets.forEach((b, r) => rowOf.set(b, r));
  let width = 0;
  const slices = {} as Record<H, HeadSlice>;
  for (const h of order) {
    const m = heads[h];
    slices[h] = { offset: width, labels: m.labels, temperature: m.temperature };
    width += m.labels.length;
  }
  // Two passes over every head's weights: count each row's non-zeros, then fill the rows.
  const rowsOf = order.map((h) => Int32Array.from(heads[h].buckets, (b) => rowOf.get(b) as number));
  const rowStart = new Int32Array(buckets.length + 1);
  order.forEach((h, i) => {
    const m = heads[h];
    const C = m.labels.length;
    const rows = rowsOf[i] as Int32Array;
    for (let r = 0; r < rows.length; r++) {
      const next = (rows[r] as number) + 1;
      for (let c = 0; c < C; c++) if ((m.weights[r * C + c] as number) !== 0) rowStart[next] = (rowStart[next] as number) + 1;
    }
  });
  for (let r = 0; r < buckets.length; r++) rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  const nonZero = rowStart[buckets.length] as number;
  // Entries, the logits and the kernel's jobs, in one memory the kernel reads.
  const outAt = nonZero * 8;
  const jobsAt = outAt + Math.ceil((width * 8) / 16) * 16;
  const { buffer, scatter } = createScatterKernel(jobsAt + CHUNK * 16);
  const columns = new Int32Array(buffer, 0, 2 * nonZero);
  const weights = new Float32Array(buffer, 0, 2 * nonZero);
  const fill = rowStart.slice(0, buckets.length);
  const bias = new Float64Array(width);
  order.forEach((h, i) => {
    const m = heads[h];
    const { offset } = slices[h];
    const C = m.labels.length;
    for (let c = 0; c < C; c++) bias[offset + c] = m.bias[c] as number;
    const rows = rowsOf[i] as Int32Array;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as number;
      for (let c = 0; c < C; c++) {
        const w = m.weights[r * C + c] as number;
        if (w === 0) continue;
        const at = fill[row] as number;
        columns[2 * at] = offset + c;
        weights[2 * at + 1] = w;
        fill[row] = at + 1;
      }
    }
  });
  return { index: buildDirectory(buckets, rowStart), width, columns, weights, entries: nonZero, bias, heads: slices, scratch: createScratch(),
    probs: new Float64Array(buffer, outAt, width),
    kernel: { scatter, outAt, jobsAt, jobStarts: new Int32Array(buffer, jobsAt, 4 * CHUNK), jobValues: new Float64Array(buffer, jobsAt, 2 * CHUNK) },
  };
}

/** Weight of merged row `row` in `column` (0 when the row leaves it out). */
export function weightAt<H extends string>(s: MergedScorer<H>, row: number, column: number): number {
  const end = s.index.rows[2 * row + 3] as number;
  for (let k = s.index.rows[2 * row + 1] as number; k < end; k++) if (s.columns[2 * k] === column) return s.weights[2 * k + 1] as number;
  return 0;
}

/**
 * Scores the first `n` features in `s.scratch` for every head; returns `s.probs`, where each
 * head's columns hold its calibrated probabilities. Valid until the next call. Rows are looked up
 * here and handed to the kernel as (first entry, end, value) jobs, CHUNK at a time.
 */
export function scoreMerged<H extends string>(s: MergedScorer<H>, n: number): Float64Array {
  const out = s.probs;
  out.set(s.bias);
  const { index, kernel: k } = s;
  const { jobStarts, jobValues } = k;
  const rows = index.rows;
  const ids = s.scratch.ids;
  const values = s.scratch.values;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const r = rowOfBucket(index, ids[i] as number);
    if (r < 0) continue;
    jobStarts[4 * m] = rows[2 * r + 1] as number;
    jobStarts[4 * m + 1] = rows[2 * r + 3] as number;
    jobValues[2 * m + 1] = values[i] as number;
    if (++m === CHUNK) {
      k.scatter(k.jobsAt, m, 0, k.outAt);
      m = 0;
    }
  }
  k.scatter(k.jobsAt, m, 0, k.outAt);
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
