/**
 * Classifier engine: a generic text classifier (any label set, any language) built from hashed
 * character n-grams, optional jieba words and shape features, and a softmax regression.
 *
 * Contract:
 * - `train` MUST be deterministic: the same examples and options give a byte-identical
 *   `serialize` output. It MUST NOT read the calibration examples while fitting weights; they
 *   are used only for the temperature and the low-confidence threshold.
 * - `predict` MUST return probabilities that sum to 1 over exactly the model's labels, a
 *   confidence equal to the top probability, and the features that pushed most toward the label.
 * - `serialize` → `deserialize` MUST give identical predictions (weights are rounded before use).
 * - `deserialize` MUST reject malformed input with an error and never return a partial model.
 * - The engine is pure: no I/O, no environment; callers load and store files.
 * - Text is normalised (Traditional → Simplified, full-width → half-width, lower-case, digits
 *   collapsed) so Traditional input SHOULD get the same label as its Simplified form.
 */
import { expectedCalibrationError, fitTemperature, precisionThreshold, reliabilityTable, softmax } from './calibration.js';
import type { Scored } from './calibration.js';
import type { FeatureConfig, LabeledExample, Metrics, Model, Prediction, ReliabilityBin, TrainOptions } from './classifier.types.js';
import { DEFAULT_FEATURES, extractFeatures } from './feature-extract.js';
import type { FeatureVector } from './feature-extract.js';
import { computeMetrics } from './metrics.js';
import { fromSerializable, pruneWeights, toSerializable } from './model.codec.js';
import { buildRowIndex, rowOf } from './row-index.js';
import { seededRandom } from '../../shared/seeded-random.js';
import { learnSoftmax, shuffleInPlace } from './softmax.learner.js';

export type { LabeledExample, Metrics, Model, Prediction, TrainOptions } from './classifier.types.js';
export { computeMetrics } from './metrics.js';
export { extractFeatures } from './feature-extract.js';
export { normalizeText } from './text-normalize.js';

const DEFAULTS = {
  epochs: 12,
  learningRate: 0.4,
  l2: 1e-5,
  seed: 7,
  calibrationFraction: 0.15,
  targetPrecision: 0.95,
  maxWeights: 150_000,
};

/** Splits off a stratified, seeded calibration share (at least one example per class when possible). */
export function stratifiedSplit(examples: LabeledExample[], fraction: number, seed: number): { fit: LabeledExample[]; held: LabeledExample[] } {
  const byLabel = new Map<string, LabeledExample[]>();
  for (const e of examples) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  const random = seededRandom(seed);
  const fit: LabeledExample[] = [];
  const held: LabeledExample[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = shuffleInPlace([...(byLabel.get(label) ?? [])], random);
    const n = group.length >= 2 ? Math.max(1, Math.round(group.length * fraction)) : 0;
    held.push(...group.slice(0, n));
    fit.push(...group.slice(n));
  }
  return { fit, held };
}

/** Raw (unscaled) logits of a feature vector. */
export function logitsOf(model: Model, x: FeatureVector): Float64Array {
  const C = model.labels.length;
  const out = Float64Array.from(model.bias);
  for (let k = 0; k < x.ids.length; k++) {
    const r = rowOf(model.rowIndex, x.ids[k] as number);
    if (r < 0) continue;
    const val = x.values[k] as number;
    const base = r * C;
    for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (model.weights[base + c] as number) * val;
  }
  return out;
}

/** Calibrated probabilities of a pre-extracted feature vector (lets several heads share extraction). */
export function probabilitiesOf(model: Model, x: FeatureVector): Float64Array {
  return softmax(logitsOf(model, x), model.temperature);
}

export function argmaxOf(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[best] as number)) best = i;
  return best;
}

/** Top features toward class `c`: weight × value, positive contributions only. */
export function topFeaturesOf(model: Model, x: FeatureVector, c: number, k = 5): string[] {
  if (!x.names) return [];
  const C = model.labels.length;
  const contrib: Array<{ name: string; v: number }> = [];
  for (let i = 0; i < x.ids.length; i++) {
    const r = rowOf(model.rowIndex, x.ids[i] as number);
    if (r < 0) continue;
    const v = (model.weights[r * C + c] as number) * (x.values[i] as number);
    if (v > 0) contrib.push({ name: x.names[i] ?? '', v });
  }
  return contrib.sort((a, b) => b.v - a.v || (a.name < b.name ? -1 : 1)).slice(0, k).map((f) => f.name);
}

export function predict(model: Model, text: string): Prediction {
  const x = extractFeatures(text, model.features, true);
  const p = probabilitiesOf(model, x);
  const best = argmaxOf(p);
  return {
    label: model.labels[best] as string,
    confidence: p[best] as number,
    probabilities: Object.fromEntries(model.labels.map((l, i) => [l, p[i] as number])),
    topFeatures: topFeaturesOf(model, x, best),
  };
}

function scoreAll(model: Model, xs: FeatureVector[], gold: number[], temperature: number): Scored[] {
  return xs.map((x, i) => {
    const p = softmax(logitsOf(model, x), temperature);
    const best = argmaxOf(p);
    return { confidence: p[best] as number, correct: best === gold[i] };
  });
}

export function train(examples: LabeledExample[], opts: TrainOptions = {}): Model {
  const o = { ...DEFAULTS, ...opts };
  const features: FeatureConfig = { ...DEFAULT_FEATURES, ...opts.features };
  const split = opts.calibration
    ? { fit: examples, held: opts.calibration }
    : stratifiedSplit(examples, o.calibrationFraction, o.seed);
  const labels = [...new Set([...split.fit, ...split.held].map((e) => e.label))].sort();
  if (labels.length < 2) throw new Error('training needs at least two labels');
  const index = new Map(labels.map((l, i) => [l, i]));
  const learnOn = (rows: LabeledExample[]): ReturnType<typeof pruneWeights> =>
    pruneWeights(
      learnSoftmax(
        rows.map((e) => extractFeatures(e.text, features)),
        rows.map((e) => index.get(e.label) as number),
        labels.length,
        { epochs: o.epochs, learningRate: o.learningRate, l2: o.l2, seed: o.seed },
      ),
      labels.length,
      o.maxWeights,
    );
  const learned = learnOn(split.fit);
  const model: Model = {
    version: 1,
    labels,
    features,
    ...learned,
    temperature: 1,
    threshold: 1,
    calibration: { size: 0, accuracy: 0, ece: 0, eceBeforeScaling: 0, targetPrecision: o.targetPrecision, coverage: 0 },
    rowIndex: buildRowIndex(learned.buckets),
  };
  if (split.held.length === 0) return model;
  const hx = split.held.map((e) => extractFeatures(e.text, features));
  const hy = split.held.map((e) => index.get(e.label) as number);
  const before = scoreAll(model, hx, hy, 1);
  model.temperature = fitTemperature(hx.map((x) => logitsOf(model, x)), hy);
  const after = scoreAll(model, hx, hy, model.temperature);
  const { threshold, coverage } = precisionThreshold(after, o.targetPrecision);
  model.threshold = threshold;
  model.calibration = {
    size: after.length,
    accuracy: after.filter((s) => s.correct).length / after.length,
    ece: expectedCalibrationError(after),
    eceBeforeScaling: expectedCalibrationError(before),
    targetPrecision: o.targetPrecision,
    coverage,
  };
  opts.onCalibrated?.(model);
  if (!o.refitOnAll) return model;
  const all = learnOn([...split.fit, ...split.held]);
  return { ...model, ...all, rowIndex: buildRowIndex(all.buckets) };
}

export interface Evaluation extends Metrics {
  ece: number;
  reliability: ReliabilityBin[];
}

/** Scores a model on labelled examples it did not train on. */
export function evaluate(model: Model, examples: LabeledExample[]): Evaluation {
  const predicted: string[] = [];
  const scored: Scored[] = [];
  for (const e of examples) {
    const p = probabilitiesOf(model, extractFeatures(e.text, model.features));
    const best = argmaxOf(p);
    const label = model.labels[best] as string;
    predicted.push(label);
    scored.push({ confidence: p[best] as number, correct: label === e.label });
  }
  const metrics = computeMetrics(examples.map((e) => e.label), predicted, model.labels);
  return { ...metrics, ece: expectedCalibrationError(scored), reliability: reliabilityTable(scored) };
}

/** k-fold cross-validation (seeded, stratified by label); metrics pooled over all folds. */
export function crossValidate(examples: LabeledExample[], k: number, opts: TrainOptions = {}): Evaluation {
  if (k < 2) throw new Error('k must be at least 2');
  const random = seededRandom(opts.seed ?? DEFAULTS.seed);
  const folds: LabeledExample[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, LabeledExample[]>();
  for (const e of examples) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const e of shuffleInPlace([...(byLabel.get(label) ?? [])], random)) {
      (folds[next % k] as LabeledExample[]).push(e);
      next++;
    }
  }
  const actual: string[] = [];
  const predicted: string[] = [];
  const scored: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const model = train(folds.filter((_, i) => i !== f).flat(), opts);
    for (const e of folds[f] as LabeledExample[]) {
      const p = probabilitiesOf(model, extractFeatures(e.text, model.features));
      const best = argmaxOf(p);
      const label = model.labels[best] as string;
      actual.push(e.label);
      predicted.push(label);
      scored.push({ confidence: p[best] as number, correct: label === e.label });
    }
  }
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  return { ...computeMetrics(actual, predicted, labels), ece: expectedCalibrationError(scored), reliability: reliabilityTable(scored) };
}

export function serialize(model: Model): string {
  return JSON.stringify(toSerializable(model));
}

export function deserialize(json: string): Model {
  return fromSerializable(JSON.parse(json));
}
