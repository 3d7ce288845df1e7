/** Shared types of the classifier engine. */
import type { RowIndex } from './row-index.js';

export interface LabeledExample {
  text: string;
  label: string;
}

/** Which features `extractFeatures` emits; stored in the model so prediction matches training. */
export interface FeatureConfig {
  /** log2 of the hashing space; 20 keeps collisions rare for a few hundred thousand n-grams. */
  hashBits: number;
  /** Character n-gram orders, e.g. [1, 2, 3]. */
  charNgrams: number[];
  /** Add jieba word unigrams (costs ~10 µs per complaint). ASCII words are always added. */
  words: boolean;
  /** Add length / punctuation shape features. */
  shape: boolean;
}

export interface TrainOptions {
  features?: Partial<FeatureConfig>;
  epochs?: number;
  /** Adagrad base learning rate. */
  learningRate?: number;
  /** L2 penalty applied to the weights touched by each step. */
  l2?: number;
  seed?: number;
  /**
   * Held-out examples for temperature scaling and the low-confidence threshold. When absent,
   * `calibrationFraction` of the examples is split off (seeded, stratified by label).
   */
  calibration?: LabeledExample[];
  calibrationFraction?: number;
  /** Precision the low-confidence threshold must reach on the calibration split. */
  targetPrecision?: number;
  /**
   * After calibrating, retrain the weights on fit + calibration examples and keep the fitted
   * temperature and threshold. Uses every example for the weights at the cost of calibration
   * being measured on a slightly smaller model; held-out scores stay honest because the test
   * split is never involved.
   */
  refitOnAll?: boolean;
  /** Keep at most this many non-zero weights (largest magnitudes) in the shipped model. */
  maxWeights?: number;
  /**
   * Called with the calibrated model trained on the fit examples only, before any refit: the
   * one model whose scores on the calibration examples are held-out scores, for a caller that
   * calibrates a combination of several models (the triage scenario view).
   */
  onCalibrated?: (fitOnly: Model) => void;
}

/** A trained softmax model over hashed features. Weights are sparse: row per kept feature bucket. */
export interface Model {
  version: 1;
  labels: string[];
  features: FeatureConfig;
  /** Hash buckets that carry weights, ascending. */
  buckets: Int32Array;
  /** buckets.length × labels.length weights, row-major. */
  weights: Float32Array;
  bias: Float32Array;
  /** Softmax temperature fitted on the calibration split. */
  temperature: number;
  /** Confidence below which a prediction is flagged low-confidence (see TrainOptions.targetPrecision). */
  threshold: number;
  /** Calibration-split facts recorded at training time. */
  calibration: CalibrationReport;
  /** bucket → row, built on load; not serialised. */
  rowIndex: RowIndex;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface CalibrationReport {
  size: number;
  accuracy: number;
  ece: number;
  eceBeforeScaling: number;
  targetPrecision: number;
  /** Share of calibration examples at or above the threshold. */
  coverage: number;
}

export interface Prediction {
  label: string;
  confidence: number;
  probabilities: Record<string, number>;
  /** Features that pushed most toward the predicted label, strongest first. */
  topFeatures: string[];
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  accuracy: number;
  macroF1: number;
  perClass: Record<string, ClassMetrics>;
  /** confusion[actual][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  n: number;
}
