/**
 * The multi-head triage model: one softmax model per head (business, reason, demand, tier),
 * all sharing one feature configuration so a complaint's features are extracted once.
 * The file format wraps each head's serialised model plus the evaluation published with it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Model } from '../classifier.types.js';
import { fromSerializable, toSerializable } from '../model.codec.js';
import { VIEW_HEADS, type ScenarioView } from './scenario-view.js';

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
  /** The scenario view blended into business and reason (scenario-view.ts); absent, the direct heads decide alone. */
  scenario?: ScenarioView;
  /** Free-form facts about how the model was trained and scored (corpus sizes, test metrics). */
  provenance: Record<string, unknown>;
}

const TriageFile = z.object({
  format: z.literal('xiaobao-triage'),
  version: z.literal(1),
  heads: z.object({ business: z.unknown(), reason: z.unknown(), demand: z.unknown(), tier: z.unknown() }),
  tier3Threshold: z.number().gt(0).lte(1).optional(),
  scenario: z
    .object({
      head: z.unknown(),
      outcomes: z.record(z.string(), z.object({ business: z.string(), reason: z.string() })),
      directWeight: z.number().gte(0).lte(1),
      temperatures: z.object({ business: z.number().gt(0), reason: z.number().gt(0) }),
      thresholds: z.object({ business: z.number().gte(0).lte(1), reason: z.number().gte(0).lte(1) }),
    })
    .optional(),
  provenance: z.record(z.string(), z.unknown()),
});

export function serializeTriageModel(model: TriageModel): string {
  const heads = Object.fromEntries(HEADS.map((h) => [h, toSerializable(model.heads[h])]));
  const scenario = model.scenario && { ...model.scenario, head: toSerializable(model.scenario.head) };
  return JSON.stringify({ format: 'xiaobao-triage', version: 1, heads, tier3Threshold: model.tier3Threshold, scenario, provenance: model.provenance });
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
  const model: TriageModel = { heads, provenance: file.provenance };
  if (file.tier3Threshold !== undefined) model.tier3Threshold = file.tier3Threshold;
  if (file.scenario) {
    const head = fromSerializable(file.scenario.head);
    if (JSON.stringify(head.features) !== f) throw new Error('triage scenario head uses a different feature configuration');
    for (const s of head.labels) for (const h of VIEW_HEADS) if (!heads[h].labels.includes(file.scenario.outcomes[s]?.[h] ?? '')) throw new Error(`triage scenario ${s} maps to no ${h} label`);
    model.scenario = { ...file.scenario, head };
  }
  return model;
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
