import fs from 'node:fs';
import type { Command } from 'commander';
import { deserialize, predict, type Model } from '../engines/classifier/classifier.engine.js';
import { classifyComplaint } from '../engines/classifier/triage/classify-complaint.js';
import { deserializeTriageModel, loadTriageModel, type TriageModel } from '../engines/classifier/triage/triage-model.js';
import { lineId, mapJsonl, requireString } from './jsonl.js';

/** A model file is either a triage model (several heads) or one classifier from `model train`. */
function loadAny(file: string | undefined): { triage: TriageModel } | { single: Model } {
  if (!file) return { triage: loadTriageModel() };
  const json = fs.readFileSync(file, 'utf8');
  return (JSON.parse(json) as { heads?: unknown }).heads ? { triage: deserializeTriageModel(json) } : { single: deserialize(json) };
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('classify {"id","text"} JSONL on stdin; writes {"id","label","confidence",…} (built-in model: also business, reason, demand, tier, priority)')
    .requiredOption('--jsonl', 'JSON lines in and out (the only format)')
    .option('--model <file>', 'a model from `xiaobao model train` or a triage model (default: the shipped triage model)')
    .action(async (opts: { model?: string }) => {
      const m = loadAny(opts.model);
      await mapJsonl((v) => {
        const id = lineId(v);
        const text = requireString(v, 'text') ?? '';
        if ('single' in m) {
          const p = predict(m.single, text);
          return { id, label: p.label, confidence: p.confidence, lowConfidence: p.confidence < m.single.threshold, reasons: p.topFeatures };
        }
        const r = classifyComplaint(text, { model: m.triage, explain: true });
        return {
          id,
          label: r.business.code,
          confidence: r.business.confidence,
          business: r.business,
          reason: r.reason,
          demand: r.demand,
          tier: { code: Number(r.tier.code), confidence: r.tier.confidence, source: r.tier.source },
          priority: r.priority,
          lowConfidence: r.lowConfidence,
          reasons: r.reasons,
        };
      });
    });
}
