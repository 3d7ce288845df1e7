/**
 * The learned half of the analyzer: two softmax heads of the project's classifier engine over
 * one shared feature configuration — `label` (normal / fraud / harassment) and `type` (the
 * MPS fraud types, trained on fraud messages only) — so a message is featurised once.
 *
 * Contract:
 * - `deserializeScamModel` MUST reject a file whose heads differ in features or whose labels are
 *   not exactly the expected sets; it never returns a partial model.
 * - `viewOf` MUST be pure and allocation-light: features go into a module scratch buffer, and
 *   the feature names behind the view (`cuesOf`) are only built when a caller explains it.
 * - `loadScamModel()` reads the shipped file once and caches it; the engine reads no
 *   environment, so a caller with another model passes it in the analyzer context.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { softmax } from '../../classifier/calibration.js';
import { argmaxOf, normalizeText, topFeaturesOf } from '../../classifier/classifier.engine.js';
import type { Model } from '../../classifier/classifier.types.js';
import { createScratch, extractInto, extractNormalizedFeatures } from '../../classifier/feature-extract.js';
import { fromSerializable, toSerializable } from '../../classifier/model.codec.js';
import { buildRowIndex, rowOf, type RowIndex } from '../../classifier/row-index.js';
import { FRAUD_TYPES, type FraudType } from '../scam.types.js';

export const MESSAGE_LABELS = ['fraud', 'harassment', 'normal'] as const;
export type MessageLabel = (typeof MESSAGE_LABELS)[number];

export interface ScamModel {
  label: Model;
  type: Model;
  /** How the model was trained and scored (corpus sizes, cross-validated figures). */
  provenance: Record<string, unknown>;
}

/** What the model thinks of one message: calibrated probabilities of both heads. */
export interface ModelView {
  normal: number;
  fraud: number;
  harassment: number;
  type: FraudType;
  typeConfidence: number;
  /** The normalised text the model read (capped at MODEL_TEXT_CHARS), for `cuesOf`. */
  read: string;
}

/**
 * The model reads at most this many characters. Messages and chat pastes are far shorter; a
 * 100 KB paste would cost ~50 ms of features and sorting for no better reading (the rules still
 * scan all of it).
 */
export const MODEL_TEXT_CHARS = 4000;
const CUE_TEXT_CHARS = 300;

const ScamFile = z.object({
  format: z.literal('xiaobao-scam'),
  version: z.literal(1),
  heads: z.object({ label: z.unknown(), type: z.unknown() }),
  provenance: z.record(z.string(), z.unknown()),
});

export function serializeScamModel(model: ScamModel): string {
  return JSON.stringify({ format: 'xiaobao-scam', version: 1, heads: { label: toSerializable(model.label), type: toSerializable(model.type) }, provenance: model.provenance });
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function deserializeScamModel(json: string): ScamModel {
  const file = ScamFile.parse(JSON.parse(json));
  const label = fromSerializable(file.heads.label);
  const type = fromSerializable(file.heads.type);
  if (JSON.stringify(label.features) !== JSON.stringify(type.features)) throw new Error('scam model heads use different feature configurations');
  if (!sameSet(label.labels, MESSAGE_LABELS)) throw new Error('scam model label head has unexpected labels');
  if (!sameSet(type.labels, FRAUD_TYPES)) throw new Error('scam model type head has unexpected labels');
  return { label, type, provenance: file.provenance };
}

/** Where the shipped model lives, relative to this file (src/engines/scam/model → models/). */
export const DEFAULT_SCAM_MODEL_URL = new URL('../../../../models/scam-v1.json', import.meta.url);

let cached: ScamModel | undefined;

/** The shipped model, read once; with a path, that file is always read. */
export function loadScamModel(path?: string): ScamModel {
  if (path !== undefined) return deserializeScamModel(readFileSync(path, 'utf8'));
  cached ??= deserializeScamModel(readFileSync(DEFAULT_SCAM_MODEL_URL, 'utf8'));
  return cached;
}

const scratch = createScratch();

/**
 * Both heads' weights side by side (label | type) over the union of their buckets, so a message
 * costs one row lookup per feature instead of one per head (the lookups were the model's main
 * cost). Logits equal `logitsOf` on each head bit for bit: the same products are added in the
 * same ascending-feature order; a bucket one head lacks adds an exact 0 to that head.
 */
interface PairScorer {
  index: RowIndex;
  width: number;
  weights: Float32Array;
  label: Float64Array;
  type: Float64Array;
}

const scorers = new WeakMap<ScamModel, PairScorer>();

function pairScorer(model: ScamModel): PairScorer {
  let s = scorers.get(model);
  if (s) return s;
  const union = Int32Array.from(new Set([...model.label.buckets, ...model.type.buckets])).sort();
  const index = buildRowIndex(union);
  const L = model.label.labels.length;
  const T = model.type.labels.length;
  const width = L + T;
  const weights = new Float32Array(union.length * width);
  for (let r = 0; r < model.label.buckets.length; r++) {
    const row = rowOf(index, model.label.buckets[r] as number) * width;
    for (let c = 0; c < L; c++) weights[row + c] = model.label.weights[r * L + c] as number;
  }
  for (let r = 0; r < model.type.buckets.length; r++) {
    const row = rowOf(index, model.type.buckets[r] as number) * width + L;
    for (let c = 0; c < T; c++) weights[row + c] = model.type.weights[r * T + c] as number;
  }
  s = { index, width, weights, label: new Float64Array(L), type: new Float64Array(T) };
  scorers.set(model, s);
  return s;
}

/** Calibrated probabilities of both heads for the first `m` features in `scratch`. */
function pairProbabilities(model: ScamModel, m: number): { pl: Float64Array; pt: Float64Array } {
  const s = pairScorer(model);
  const { label, type, width, weights } = s;
  const L = label.length;
  const T = type.length;
  label.set(model.label.bias);
  type.set(model.type.bias);
  const ids = scratch.ids;
  const values = scratch.values;
  for (let k = 0; k < m; k++) {
    const r = rowOf(s.index, ids[k] as number);
    if (r < 0) continue;
    const val = values[k] as number;
    const base = r * width;
    for (let c = 0; c < L; c++) label[c] = (label[c] as number) + (weights[base + c] as number) * val;
    for (let c = 0; c < T; c++) type[c] = (type[c] as number) + (weights[base + L + c] as number) * val;
  }
  return { pl: softmax(label, model.label.temperature), pt: softmax(type, model.type.temperature) };
}

/** The model's view of `text`, or null for text with nothing to read. */
export function viewOf(model: ScamModel, text: string): ModelView | null {
  const raw = text.length > MODEL_TEXT_CHARS ? text.slice(0, MODEL_TEXT_CHARS) : text;
  const read = normalizeText(raw);
  if (read.trim() === '') return null;
  const m = extractInto(read, raw, model.label.features, scratch);
  const { pl, pt } = pairProbabilities(model, m);
  const best = argmaxOf(pt);
  const at = (label: MessageLabel): number => pl[model.label.labels.indexOf(label)] as number;
  return { normal: at('normal'), fraud: at('fraud'), harassment: at('harassment'), type: model.type.labels[best] as FraudType, typeConfidence: pt[best] as number, read };
}

/** The n-grams that pushed the label head most toward `label`, for the explanation. */
export function cuesOf(model: ScamModel, view: ModelView, label: MessageLabel, k = 4): string[] {
  // Naming features is the slow path of extraction, so only what can explain is named: n-grams
  // of two characters and more (a bucket id does not depend on the other orders extracted) and
  // words, over the first CUE_TEXT_CHARS characters. Single characters and shape buckets explain
  // nothing to a reader.
  const features = { ...model.label.features, charNgrams: model.label.features.charNgrams.filter((n) => n >= 2), shape: false };
  const read = view.read.slice(0, CUE_TEXT_CHARS);
  const x = extractNormalizedFeatures(read, read, features, true);
  const names = topFeaturesOf(model.label, x, model.label.labels.indexOf(label), 2 * k);
  return [...new Set(names.map((n) => n.replace(/^w:/, '')))].slice(0, k);
}
