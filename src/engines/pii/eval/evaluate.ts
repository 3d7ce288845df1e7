/**
 * Scores a detector on a corpus: per-type precision/recall and the share of decoys masked.
 * Structured values (phones, IDs, cards, emails, …) must match their gold span exactly; names and
 * addresses count when the spans overlap by at least half of their union (IoU ≥ 0.5).
 */
import type { PiiEntity, PiiType } from '../pii.types.js';
import type { GoldSpan, Sample } from './corpus.gen.js';

export interface TypeScore {
  type: PiiType;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  samples: number;
  perType: TypeScore[];
  decoys: number;
  decoysMasked: number;
  decoyMaskRate: number;
  /** A few misses and false alarms, for debugging. */
  errors: string[];
}

const FUZZY: ReadonlySet<PiiType> = new Set(['name', 'address']);

function matches(p: PiiEntity, g: GoldSpan): boolean {
  if (p.type !== g.type) return false;
  if (!FUZZY.has(g.type)) return p.start === g.start && p.end === g.end;
  const inter = Math.min(p.end, g.end) - Math.max(p.start, g.start);
  const union = Math.max(p.end, g.end) - Math.min(p.start, g.start);
  return inter > 0 && inter / union >= 0.5;
}

export function evaluate(corpus: readonly Sample[], detect: (text: string) => PiiEntity[], maxErrors = 20): EvalReport {
  const counts = new Map<PiiType, { gold: number; predicted: number; tp: number }>();
  const get = (t: PiiType) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { gold: 0, predicted: 0, tp: 0 }));
    return c;
  };
  let decoys = 0;
  let decoysMasked = 0;
  const errors: string[] = [];
  for (const s of corpus) {
    const predicted = detect(s.text);
    const used = new Set<PiiEntity>();
    for (const g of s.gold) {
      get(g.type).gold++;
      const hit = predicted.find((p) => !used.has(p) && matches(p, g));
      if (hit) {
        used.add(hit);
        get(g.type).tp++;
      } else if (errors.length < maxErrors) errors.push(`MISS ${g.type} "${s.text.slice(g.start, g.end)}" in: ${s.text}`);
    }
    for (const p of predicted) {
      get(p.type).predicted++;
      if (!used.has(p) && errors.length < maxErrors) errors.push(`FALSE ${p.type} "${p.text}" (${p.reason}) in: ${s.text}`);
    }
    for (const d of s.decoys) {
      decoys++;
      if (predicted.some((p) => p.start < d.end && p.end > d.start)) decoysMasked++;
    }
  }
  const perType = [...counts.entries()]
    .map(([type, c]) => ({
      type,
      gold: c.gold,
      predicted: c.predicted,
      truePositives: c.tp,
      precision: c.predicted === 0 ? 1 : c.tp / c.predicted,
      recall: c.gold === 0 ? 1 : c.tp / c.gold,
    }))
    .sort((a, b) => b.gold - a.gold);
  return { samples: corpus.length, perType, decoys, decoysMasked, decoyMaskRate: decoys === 0 ? 0 : decoysMasked / decoys, errors };
}
