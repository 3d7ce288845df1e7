/**
 * The learned half of the analyzer: two softmax heads of the project's classifier engine over
 * one shared feature configuration — `label` (normal / fraud / harassment) and `type` (the
 * MPS fraud types, trained on fraud messages only) — so a message is featurised once.
 *
 * Contract:
 * - `deserializeScamModel` MUST reject a file whose heads differ in features or whose labels are
 *   not exactly the expected sets; it never returns a partial model.
 * - `viewOf` MUST be pure and allocation-light: features go into the model's scratch buffers, and
 *   the feature names behind the view (`cuesOf`) are only built when a caller explains it.
 * - `loadScamModel()` reads the shipped file once and caches it; the engine reads no
 *   environment, so a caller with another model passes it in the analyzer context.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalizeText } from '../../classifier/classifier.engine.js';
import type { Model } from '../../classifier/classifier.types.js';
import { createScratch, extractTracked, narrowTracked, originName, type FeatureScratch } from '../../classifier/feature-extract.js';
import { argmaxSlice, buildMergedScorer, scoreMerged, type MergedScorer } from '../../classifier/merged-scorer.js';
import { fromSerializable, toSerializable } from '../../classifier/model.codec.js';
import { topFeatures } from '../../classifier/top-features.js';
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

/**
 * Both heads' weights side by side (label | type), so a message costs one lookup per feature;
 * its scratch keeps the tracked extraction of the last text read, which `cuesOf` narrows to the
 * features that can explain instead of extracting again.
 */
interface ScamScorer {
  merged: MergedScorer<'label' | 'type'>;
  /** The text whose tracked extraction `merged.scratch` holds. */
  tracked: string | null;
  cues: FeatureScratch;
}

const scorers = new WeakMap<ScamModel, ScamScorer>();

function scorerOf(model: ScamModel): ScamScorer {
  let s = scorers.get(model);
  if (!s) {
    s = { merged: buildMergedScorer({ label: model.label, type: model.type }, ['label', 'type']), tracked: null, cues: createScratch() };
    scorers.set(model, s);
  }
  return s;
}

/** The model's view of `text`, or null for text with nothing to read. */
export function viewOf(model: ScamModel, text: string): ModelView | null {
  const raw = text.length > MODEL_TEXT_CHARS ? text.slice(0, MODEL_TEXT_CHARS) : text;
  const read = normalizeText(raw);
  if (read.trim() === '') return null;
  const s = scorerOf(model);
  const { merged } = s;
  const p = scoreMerged(merged, extractTracked(read, raw, model.label.features, merged.scratch));
  s.tracked = read;
  const best = argmaxSlice(p, merged.heads.type);
  const label = merged.heads.label.offset;
  const labels = model.label.labels;
  return {
    normal: p[label + labels.indexOf('normal')] as number,
    fraud: p[label + labels.indexOf('fraud')] as number,
    harassment: p[label + labels.indexOf('harassment')] as number,
    type: model.type.labels[best] as FraudType,
    typeConfidence: p[merged.heads.type.offset + best] as number,
    read,
  };
}

/** The n-grams that pushed the label head most toward `label`, for the explanation. */
export function cuesOf(model: ScamModel, view: ModelView, label: MessageLabel, k = 4): string[] {
  // Only what can explain is named: n-grams of two characters and more and words, over the first
  // CUE_TEXT_CHARS characters. Single characters and shape buckets explain nothing to a reader.
  // A text that short is the one viewOf extracted, so its features are narrowed, not extracted
  // again; a longer one is cut and its first characters extracted once more.
  const s = scorerOf(model);
  const features = model.label.features;
  const text = view.read.length > CUE_TEXT_CHARS ? view.read.slice(0, CUE_TEXT_CHARS) : view.read;
  const scratch = s.merged.scratch;
  if (s.tracked !== text) {
    extractTracked(text, text, features, scratch);
    s.tracked = text;
  }
  const { cues } = s;
  const m = narrowTracked(scratch, features.charNgrams.filter((n) => n >= 2), false, cues);
  const names = topFeatures(s.merged, 'label', model.label.labels.indexOf(label), cues.ids, cues.values, m, (j) => originName(text, scratch, cues.origins[j] as number), 2 * k);
  return [...new Set(names.map((n) => n.replace(/^w:/, '')))].slice(0, k);
}
