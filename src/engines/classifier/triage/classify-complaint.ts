/**
 * classifyComplaint: runs all triage heads on one complaint, applies the urgent-signal rules
 * and derives the priority.
 *
 * Contract:
 * - Every head MUST report a code from its label set and the calibrated confidence.
 * - Any urgent rule match (or a regulator channel) MUST force tier 3; its reason is listed first.
 * - A tier-3 probability at or above the model's `tier3Threshold` MUST force tier 3 too (the
 *   threshold is chosen on held-out authors for recall; see scripts/train-triage.ts).
 * - With the model's scenario view (scenario-view.ts), business and reason MUST be the blend of
 *   the direct head and the scenario head, with the blend's own thresholds.
 * - `lowConfidence` MUST be true when any head's confidence is below that head's threshold
 *   (chosen at training time from precision on the calibration split); such complaints go to a
 *   person and are never auto-answered.
 * - Priority rule (documented for agents):
 *     urgent — tier 3;
 *     high   — tier 2 on collection, credit reporting, or fund/information security, or any
 *              complaint whose tier-3 probability is ≥ 0.2 without a rule match;
 *     normal — other tier 2, and tier 1 when lowConfidence (a person must look at it);
 *     low    — confident tier 1 (answered from the knowledge base).
 */
import { extractInto, extractTracked, originName } from '../feature-extract.js';
import { topFeatures } from '../top-features.js';
import { collapseSimplified, simplifyText } from '../text-normalize.js';
import { argmaxSlice, mergedScorer, scoreMerged } from './merged-scorer.js';
import { blendHead, isViewHead } from './scenario-view.js';
import { argmaxOf } from '../classifier.engine.js';
import { HEADS, loadTriageModel } from './triage-model.js';
import type { HeadName, TriageModel } from './triage-model.js';
import { detectInSimplified } from './urgent-rules.js';

export type Priority = 'urgent' | 'high' | 'normal' | 'low';

export interface HeadResult {
  code: string;
  confidence: number;
}

export interface ComplaintClassification {
  business: HeadResult;
  reason: HeadResult;
  demand: HeadResult;
  tier: HeadResult & { source: 'model' | 'rule' };
  priority: Priority;
  reasons: string[];
  lowConfidence: boolean;
}

export interface ClassifyOptions {
  /** Intake channel; `regulator` (监管转办) forces tier 3. */
  channel?: string;
  /** Model to use; defaults to the shipped model, loaded once. */
  model?: TriageModel;
  /** Add the strongest n-gram features of each head to `reasons` (slower: names every feature). */
  explain?: boolean;
}

const HIGH_BUSINESS = new Set(['collection', 'credit_reporting']);
const HIGH_REASON = new Set(['消费者资金安全', '消费者信息安全']);
const TIER3_WATCH = 0.2;

export interface PriorityInput {
  tier: string;
  business: string;
  reason: string;
  /** Model probability of tier 3 (0 when a rule already decided). */
  tier3Probability: number;
  lowConfidence: boolean;
}

/** The priority rule from the header comment, as a pure function. */
export function derivePriority(p: PriorityInput): Priority {
  if (p.tier === '3') return 'urgent';
  if (p.tier3Probability >= TIER3_WATCH) return 'high';
  if (p.tier === '2' && (HIGH_BUSINESS.has(p.business) || HIGH_REASON.has(p.reason))) return 'high';
  if (p.tier === '2' || p.lowConfidence) return 'normal';
  return 'low';
}

export function classifyComplaint(text: string, opts: ClassifyOptions = {}): ComplaintClassification {
  const model = opts.model ?? loadTriageModel();
  const simple = simplifyText(text);
  const norm = collapseSimplified(simple);
  // One extraction and one lookup per feature for all four heads (see merged-scorer.ts).
  const scorer = mergedScorer(model);
  const features = model.heads.tier.features;
  // Explanations need feature names: the tracked extraction records where each feature came from.
  const m = opts.explain ? extractTracked(norm, text, features, scorer.scratch) : extractInto(norm, text, features, scorer.scratch);
  const probs = scoreMerged(scorer, m);
  const best = {} as Record<HeadName, number>;
  const results = {} as Record<HeadName, HeadResult>;
  // With the scenario view, business and reason come from the blend of both views.
  const blend = scorer.blend;
  for (const h of HEADS) {
    const blended = blend && isViewHead(h) ? blendHead(blend, h, probs) : null;
    const slice = scorer.heads[h];
    const b = blended ? argmaxOf(blended) : argmaxSlice(probs, slice);
    best[h] = b;
    results[h] = { code: slice.labels[b] as string, confidence: (blended ? blended[b] : probs[slice.offset + b]) as number };
  }
  const tier3Index = scorer.heads.tier.labels.indexOf('3');
  const tier3Prob = tier3Index < 0 ? 0 : (probs[scorer.heads.tier.offset + tier3Index] as number);

  const reasons: string[] = [];
  const signals = detectInSimplified(simple);
  for (const s of signals) reasons.push(`${s.reason}: “${s.match}”`);
  const regulatorChannel = opts.channel === 'regulator';
  if (regulatorChannel) reasons.push('监管转办渠道 (regulator referral channel)');
  const ruleUrgent = signals.length > 0 || regulatorChannel;
  const modelUrgent = model.tier3Threshold !== undefined && tier3Prob >= model.tier3Threshold;
  const tierResult: ComplaintClassification['tier'] = ruleUrgent
    ? { code: '3', confidence: 1, source: 'rule' }
    : modelUrgent
      ? { code: '3', confidence: tier3Prob, source: 'model' }
      : { ...results.tier, source: 'model' };

  // The tier counts with the confidence it is reported with: a threshold escalation reports the
  // tier-3 probability, which is below the head's threshold; a rule decides with certainty.
  const thresholds = model.scenario?.thresholds;
  const below = (h: HeadName, confidence: number): boolean => confidence < (thresholds && isViewHead(h) ? thresholds[h] : model.heads[h].threshold);
  const lowConfidence = below('business', results.business.confidence) || below('reason', results.reason.confidence) || below('demand', results.demand.confidence) || (!ruleUrgent && below('tier', tierResult.confidence));
  const priority = derivePriority({ tier: tierResult.code, business: results.business.code, reason: results.reason.code, tier3Probability: tier3Prob, lowConfidence });

  if (opts.explain) {
    const sc = scorer.scratch;
    for (const h of HEADS) {
      const top = topFeatures(scorer, h, best[h], sc.ids, sc.values, m, (j) => originName(norm, sc, sc.origins[sc.firsts[j] as number] as number), 3);
      if (top.length > 0) reasons.push(`${h}=${results[h].code}: ${top.join(' / ')}`);
    }
  }
  return { business: results.business, reason: results.reason, demand: results.demand, tier: tierResult, priority, reasons, lowConfidence };
}
