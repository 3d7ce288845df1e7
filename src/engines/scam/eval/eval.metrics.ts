/**
 * Scores a classifier on the evaluation set with the project's definitions:
 * fraud recall (fraud or suspicious counts as caught), false-positive rate on normal messages
 * (anything but official/unverified), fraud-type accuracy over caught fraud, harassment recall.
 */
import type { FraudType, VerdictKind } from '../scam.types.js';
import type { EvalCase } from './eval.types.js';

export interface Prediction {
  verdict: VerdictKind;
  fraudType: FraudType | null;
}

export interface EvalReport {
  n: { normal: number; fraud: number; harassment: number };
  fraudRecall: number;
  falsePositiveRate: number;
  typeAccuracy: number;
  harassmentRecall: number;
  /** Ids of the cases each metric missed, for debugging on the dev split. */
  misses: { fraud: string[]; falsePositive: string[]; type: string[]; harassment: string[] };
}

export function evaluate(cases: EvalCase[], predict: (c: EvalCase) => Prediction): EvalReport {
  const misses: EvalReport['misses'] = { fraud: [], falsePositive: [], type: [], harassment: [] };
  const n = { normal: 0, fraud: 0, harassment: 0 };
  let caught = 0;
  let typed = 0;
  for (const c of cases) {
    const p = predict(c);
    n[c.label]++;
    if (c.label === 'normal') {
      if (p.verdict !== 'official' && p.verdict !== 'unverified') misses.falsePositive.push(c.id);
    } else if (c.label === 'harassment') {
      if (p.verdict !== 'harassment') misses.harassment.push(c.id);
    } else if (p.verdict === 'fraud' || p.verdict === 'suspicious') {
      caught++;
      if (p.fraudType === c.fraudType) typed++;
      else misses.type.push(c.id);
    } else misses.fraud.push(c.id);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
  return {
    n,
    fraudRecall: ratio(caught, n.fraud),
    falsePositiveRate: ratio(misses.falsePositive.length, n.normal),
    typeAccuracy: ratio(typed, caught),
    harassmentRecall: ratio(n.harassment - misses.harassment.length, n.harassment),
    misses,
  };
}
