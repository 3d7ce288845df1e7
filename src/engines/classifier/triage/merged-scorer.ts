/**
 * The triage heads' merged scorer (see ../merged-scorer.ts): business | reason | demand | tier
 * (| scenario, when the model has the scenario view) side by side, built once per loaded model,
 * with the scenario blend's column maps (scenario-view.ts).
 */
import { buildMergedScorer as buildScorer } from '../merged-scorer.js';
import type { MergedScorer } from '../merged-scorer.js';
import { buildBlend, type ScenarioBlend } from './scenario-view.js';
import { HEADS } from './triage-model.js';
import type { HeadName, TriageModel } from './triage-model.js';

export { argmaxSlice, scoreMerged } from '../merged-scorer.js';

/** The four heads' scorer; with a scenario view its head is scored alongside (columns after tier). */
export type TriageScorer = MergedScorer<HeadName> & { blend: ScenarioBlend | null };

export function buildMergedScorer(model: TriageModel): TriageScorer {
  const view = model.scenario;
  if (!view) return { ...buildScorer(model.heads, HEADS), blend: null };
  const s = buildScorer<HeadName | 'scenario'>({ ...model.heads, scenario: view.head }, [...HEADS, 'scenario']);
  return { ...s, blend: buildBlend(view, s.heads, s.heads.scenario) };
}

const cache = new WeakMap<TriageModel, TriageScorer>();

/** The scorer of `model`, built on first use and kept as long as the model is alive. */
export function mergedScorer(model: TriageModel): TriageScorer {
  let s = cache.get(model);
  if (!s) {
    s = buildMergedScorer(model);
    cache.set(model, s);
  }
  return s;
}
