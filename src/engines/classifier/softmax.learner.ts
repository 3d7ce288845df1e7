/**
 * Multinomial logistic regression trained by Adagrad SGD with L2 on the touched weights.
 * Deterministic: examples are visited in an order shuffled by a seeded PRNG, and all arithmetic
 * is done in a fixed order on Float32Array/Float64Array buffers.
 */
import type { FeatureVector } from './feature-extract.js';
import { seededRandom } from '../../shared/seeded-random.js';

export interface LearnerOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Dense parameters over a compact row index (one row per bucket seen in training). */
export interface LearnedWeights {
  buckets: Int32Array;
  weights: Float32Array;
  bias: Float32Array;
}


export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

export function learnSoftmax(xs: FeatureVector[], ys: number[], classes: number, opts: LearnerOptions): LearnedWeights {
  // Compact row index: buckets in ascending order so the result is independent of visit order.
  const seen = new Set<number>();
  for (const x of xs) for (const id of x.ids) seen.add(id);
  const buckets = Int32Array.from([...seen].sort((a, b) => a - b));
  const rowOf = new Map<number, number>();
  buckets.forEach((b, i) => rowOf.set(b, i));
  const rows = xs.map((x) => Int32Array.from(x.ids, (id) => rowOf.get(id) as number));

  const C = classes;
  const w = new Float32Array(buckets.length * C);
  const g2 = new Float32Array(buckets.length * C);
  const bias = new Float32Array(C);
  const biasG2 = new Float32Array(C);
  const logits = new Float64Array(C);
  const grad = new Float64Array(C);
  const eps = 1e-8;
  const random = seededRandom(opts.seed);
  const order = xs.map((_, i) => i);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const r = rows[i] as Int32Array;
      const v = (xs[i] as FeatureVector).values;
      for (let c = 0; c < C; c++) logits[c] = bias[c] as number;
      for (let k = 0; k < r.length; k++) {
        const base = (r[k] as number) * C;
        const val = v[k] as number;
        for (let c = 0; c < C; c++) logits[c] = (logits[c] as number) + (w[base + c] as number) * val;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, logits[c] as number);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        const e = Math.exp((logits[c] as number) - max);
        grad[c] = e;
        sum += e;
      }
      const gold = ys[i] as number;
      for (let c = 0; c < C; c++) grad[c] = (grad[c] as number) / sum - (c === gold ? 1 : 0);
      for (let c = 0; c < C; c++) {
        const g = grad[c] as number;
        biasG2[c] = (biasG2[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (opts.learningRate * g) / Math.sqrt((biasG2[c] as number) + eps);
      }
      for (let k = 0; k < r.length; k++) {
        const base = (r[k] as number) * C;
        const val = v[k] as number;
        for (let c = 0; c < C; c++) {
          const idx = base + c;
          const g = (grad[c] as number) * val + opts.l2 * (w[idx] as number);
          if (g === 0) continue;
          g2[idx] = (g2[idx] as number) + g * g;
          w[idx] = (w[idx] as number) - (opts.learningRate * g) / Math.sqrt((g2[idx] as number) + eps);
        }
      }
    }
  }
  return { buckets, weights: w, bias };
}
