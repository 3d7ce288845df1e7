/**
 * Triage as the complaint desk sees it (TriagePort): the classifier engine's heads, urgent rules
 * and priority, mapped to the stable codes stored on a complaint. The model is the shipped one
 * unless TRIAGE_MODEL names another file, so an institution can switch to its own by configuration.
 */
import { classifyComplaint } from '../engines/classifier/triage/classify-complaint.js';
import { loadTriageModel } from '../engines/classifier/triage/triage-model.js';
import type { TriagePort, TriageResult } from '../complaints/ports.js';

export function createTriage(modelPath?: string): TriagePort {
  const model = loadTriageModel(modelPath);
  return {
    classify(text: string, channel: string): TriageResult {
      const r = classifyComplaint(text, { model, channel: channel === 'regulator_referral' ? 'regulator' : channel });
      const tier = Number(r.tier.code) as 1 | 2 | 3;
      return {
        business: r.business.code,
        reason: r.reason.code,
        demand: r.demand.code,
        tier,
        priority: r.priority,
        lowConfidence: r.lowConfidence,
        urgentReasons: tier === 3 ? r.reasons : [],
        detail: {
          confidence: { business: r.business.confidence, reason: r.reason.confidence, demand: r.demand.confidence, tier: r.tier.confidence },
          tierSource: r.tier.source,
          reasons: r.reasons,
        },
      };
    },
  };
}
