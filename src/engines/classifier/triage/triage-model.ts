/**
 * The multi-head triage model: one softmax model per head (business, reason, demand, tier),
 * all sharing one feature configuration so a complaint's features are extracted once.
 * The file format wraps each head's serialised model plus the evaluation published with it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Model } from '../classifier.types.js';
import { fromSerializable, toSerializable } from '../model.codec.js';

export const HEADS = ['business', 'reason', 'demand', 'tier'] as const;
export type HeadName = (typeof HEADS)[number];

export interface TriageModel {
  heads: Record<HeadName, Model>;
  /**
   * Tier-3 probability from which the model alone sends a complaint to the urgent queue, even
   * when tier 2 is likelier: a missed urgent case costs more than a false alarm. Chosen at
   * training time on held-out authors (scripts/train-triage.ts); absent, the argmax decides.
   */
  tier3Threshold?: number;
  /** Free-form facts about how the model was trained and scored (corpus sizes, test metrics). */
  provenance: Record<string, unknown>;
}

const TriageFile = z.object({
  format: z.literal('xiaobao-triage'),
  version: z.literal(1),
  heads: z.object({ business: z.unknown(), reason: z.unknown(), demand: z.unknown(), tier: z.unknown() }),
  tier3Threshold: z.number().gt(0).lte(1).optional(),
  provenance: z.record(z.string(), z.unknown()),
});

export function serializeTriageModel(model: TriageModel): string {
  const heads = Object.fromEntries(HEADS.map((h) => [h, toSerializable(model.heads[h])]));
  return JSON.stringify({ format: 'xiaobao-triage', version: 1, heads, tier3Threshold: model.tier3Threshold, provenance: model.provenance });
}

export function deserializeTriageModel(json: string): TriageModel {
  const file = TriageFile.parse(JSON.parse(json));
  const heads = {
    business: fromSerializable(file.heads.business),
    reason: fromSerializable(file.heads.reason),
    demand: fromSerializable(file.heads.demand),
    tier: fromSerializable(file.heads.tier),
  };
  const f = JSON.stringify(heads.business.features);
  // Shared extraction is only correct when every head was trained on the same features.
  if (HEADS.some((h) => JSON.stringify(heads[h].features) !== f)) throw new Error('triage heads use different feature configurations');
  return file.tier3Threshold === undefined ? { heads, provenance: file.provenance } : { heads, tier3Threshold: file.tier3Threshold, provenance: file.provenance };
}

/** Where the shipped model lives, relative to this file (src/engines/classifier/triage → models/). */
export const DEFAULT_MODEL_URL = new URL('../../../../models/triage-v1.json', import.meta.url);

let cached: TriageModel | undefined;

/**
 * Loads a triage model file. The one file read in this engine: callers get a ready model and
 * the engine stays free of configuration. Without a path the shipped model is loaded once and
 * cached; with a path the file is always read.
 */
export function loadTriageModel(path?: string): TriageModel {
  if (path !== undefined) return deserializeTriageModel(readFileSync(path, 'utf8'));
  cached ??= deserializeTriageModel(readFileSync(DEFAULT_MODEL_URL, 'utf8'));
  return cached;
}
