/**
 * Model pruning, rounding and JSON (de)serialisation. Pruning keeps the largest-magnitude
 * weights; every weight is rounded to 4 significant digits BEFORE the model is used, so a
 * serialise → deserialise round trip predicts bit-for-bit the same as the in-memory model.
 * Buckets are delta-encoded and weights stored per row as sparse [class, weight] pairs.
 */
import { z } from 'zod';
import type { Model } from './classifier.types.js';
import { buildRowIndex } from './row-index.js';
import type { LearnedWeights } from './softmax.learner.js';

export function round4(x: number): number {
  return x === 0 ? 0 : Math.fround(Number(x.toPrecision(4)));
}

/** Keeps at most `maxWeights` non-zero weights; drops rows left empty. */
export function pruneWeights(learned: LearnedWeights, classes: number, maxWeights: number): LearnedWeights {
  const mags = Array.from(learned.weights, (v) => Math.abs(v)).filter((v) => v > 0);
  let cut = 0;
  if (mags.length > maxWeights) {
    mags.sort((a, b) => b - a);
    cut = mags[maxWeights - 1] as number;
  }
  const keptBuckets: number[] = [];
  const keptWeights: number[] = [];
  for (let r = 0; r < learned.buckets.length; r++) {
    const row: number[] = [];
    let any = false;
    for (let c = 0; c < classes; c++) {
      const v = learned.weights[r * classes + c] as number;
      // `> cut` rather than `>=` keeps ties from overshooting the budget.
      const keep = cut === 0 ? v !== 0 : Math.abs(v) > cut;
      const rounded = keep ? round4(v) : 0;
      row.push(rounded);
      if (rounded !== 0) any = true;
    }
    if (!any) continue;
    keptBuckets.push(learned.buckets[r] as number);
    keptWeights.push(...row);
  }
  return {
    buckets: Int32Array.from(keptBuckets),
    weights: Float32Array.from(keptWeights),
    bias: Float32Array.from(learned.bias, round4),
  };
}

/** Everything but the three weight arrays, which `weightArrays` checks. */
const SerializedHeader = z.object({
  format: z.literal('xiaobao-softmax'),
  version: z.literal(1),
  labels: z.array(z.string()).min(1),
  features: z.object({
    hashBits: z.number().int().min(8).max(24),
    charNgrams: z.array(z.number().int().min(1).max(5)).min(1),
    words: z.boolean(),
    shape: z.boolean(),
  }),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  calibration: z.object({
    size: z.number(),
    accuracy: z.number(),
    ece: z.number(),
    eceBeforeScaling: z.number(),
    targetPrecision: z.number(),
    coverage: z.number(),
  }),
});

export type SerializedModel = z.infer<typeof SerializedHeader> & {
  bias: number[];
  /** Ascending buckets, delta-encoded. */
  bucketDeltas: number[];
  /** Per row: flat [class, weight, class, weight, …] of the non-zero weights. */
  rows: number[][];
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDelta = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function numbers(v: unknown, ok: (x: unknown) => x is number, what: string): number[] {
  if (!Array.isArray(v)) throw new Error(`model ${what} is not an array`);
  // By index, so a hole fails like the schema's element check does.
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) throw new Error(`model ${what}[${i}] is not a valid number`);
  return v as number[];
}

/**
 * The weight arrays, checked by plain loops against the rules the schema applied to them
 * (`z.number()`: finite numbers; buckets `.int().nonnegative()`: non-negative safe integers;
 * no holes): zod took ~0.7 s over a triage model's two million numbers, the loops a few
 * milliseconds, and every input gets the same verdict.
 */
function weightArrays(input: unknown): Pick<SerializedModel, 'bias' | 'bucketDeltas' | 'rows'> {
  const o = input as Record<string, unknown>;
  const rows = o.rows;
  if (!Array.isArray(rows)) throw new Error('model rows is not an array');
  for (let r = 0; r < rows.length; r++) numbers(rows[r], isNumber, `rows[${r}]`);
  return { bias: numbers(o.bias, isNumber, 'bias'), bucketDeltas: numbers(o.bucketDeltas, isDelta, 'bucketDeltas'), rows: rows as number[][] };
}

export function toSerializable(model: Model): SerializedModel {
  const C = model.labels.length;
  const rows: number[][] = [];
  const bucketDeltas: number[] = [];
  let prev = 0;
  for (let r = 0; r < model.buckets.length; r++) {
    const b = model.buckets[r] as number;
    bucketDeltas.push(b - prev);
    prev = b;
    const row: number[] = [];
    for (let c = 0; c < C; c++) {
      const v = model.weights[r * C + c] as number;
      if (v !== 0) row.push(c, Number(v.toPrecision(4)));
    }
    rows.push(row);
  }
  return {
    format: 'xiaobao-softmax',
    version: 1,
    labels: model.labels,
    features: model.features,
    temperature: model.temperature,
    threshold: model.threshold,
    calibration: model.calibration,
    bias: Array.from(model.bias, (v) => Number(v.toPrecision(4))),
    bucketDeltas,
    rows,
  };
}

export function fromSerializable(input: unknown): Model {
  const s = { ...SerializedHeader.parse(input), ...weightArrays(input) };
  const C = s.labels.length;
  if (s.bias.length !== C) throw new Error('model bias length does not match labels');
  if (s.rows.length !== s.bucketDeltas.length) throw new Error('model rows do not match buckets');
  const buckets = new Int32Array(s.bucketDeltas.length);
  let acc = 0;
  s.bucketDeltas.forEach((d, i) => {
    acc += d;
    buckets[i] = acc;
  });
  if (acc >= 1 << s.features.hashBits) throw new Error('model bucket outside the hashing space');
  const weights = new Float32Array(buckets.length * C);
  s.rows.forEach((row, r) => {
    for (let k = 0; k + 1 < row.length; k += 2) {
      const c = row[k] as number;
      if (!Number.isInteger(c) || c < 0 || c >= C) throw new Error('model weight class out of range');
      weights[r * C + c] = row[k + 1] as number;
    }
  });
  return {
    version: 1,
    labels: s.labels,
    features: s.features,
    buckets,
    weights,
    bias: Float32Array.from(s.bias),
    temperature: s.temperature,
    threshold: s.threshold,
    calibration: s.calibration,
    rowIndex: buildRowIndex(buckets),
  };
}
