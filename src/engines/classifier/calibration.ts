/**
 * Probability calibration: temperature scaling (one scalar dividing the logits, fitted by
 * minimising negative log-likelihood on a held-out split), expected calibration error with a
 * reliability table, and the low-confidence threshold chosen from measured precision.
 */
import type { ReliabilityBin } from './classifier.types.js';

export function softmax(logits: ArrayLike<number>, temperature: number): Float64Array {
  const out = new Float64Array(logits.length);
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, (logits[i] as number) / temperature);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i] as number) / temperature - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

function nll(logits: Float64Array[], gold: number[], t: number): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = softmax(logits[i] as Float64Array, t)[gold[i] as number] as number;
    total -= Math.log(Math.max(p, 1e-12));
  }
  return total / Math.max(1, logits.length);
}

/** Fits the temperature by a log-spaced grid over [0.05, 20] then a local refinement; deterministic. */
export function fitTemperature(logits: Float64Array[], gold: number[]): number {
  if (logits.length === 0) return 1;
  let best = 1;
  let bestLoss = nll(logits, gold, 1);
  const grid = (lo: number, hi: number, steps: number): void => {
    for (let k = 0; k <= steps; k++) {
      const t = Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * k) / steps);
      const loss = nll(logits, gold, t);
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
  };
  grid(0.05, 20, 60);
  grid(best / 1.2, best * 1.2, 20);
  return best;
}

export interface Scored {
  confidence: number;
  correct: boolean;
}

/** Ten equal-width confidence bins; empty bins are kept so tables always have ten rows. */
export function reliabilityTable(scored: Scored[], bins = 10): ReliabilityBin[] {
  const count = new Array<number>(bins).fill(0);
  const confSum = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  for (const s of scored) {
    const b = Math.min(bins - 1, Math.floor(s.confidence * bins));
    count[b] = (count[b] as number) + 1;
    confSum[b] = (confSum[b] as number) + s.confidence;
    if (s.correct) hits[b] = (hits[b] as number) + 1;
  }
  return count.map((n, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    count: n,
    meanConfidence: n === 0 ? 0 : (confSum[b] as number) / n,
    accuracy: n === 0 ? 0 : (hits[b] as number) / n,
  }));
}

/** Expected calibration error: count-weighted mean |accuracy − confidence| over the bins. */
export function expectedCalibrationError(scored: Scored[], bins = 10): number {
  if (scored.length === 0) return 0;
  return reliabilityTable(scored, bins).reduce(
    (s, b) => s + (b.count / scored.length) * Math.abs(b.accuracy - b.meanConfidence),
    0,
  );
}

/**
 * Lowest confidence t such that predictions with confidence ≥ t reach `targetPrecision` on the
 * calibration split. Returns 1 (everything is low-confidence) when no such t exists, so an
 * untrustworthy head never auto-resolves anything.
 */
export function precisionThreshold(scored: Scored[], targetPrecision: number): { threshold: number; coverage: number } {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence);
  let correct = 0;
  let threshold = 1;
  let coverage = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.correct) correct++;
    const next = sorted[i + 1];
    // Only cut between distinct confidences: ties must fall on the same side.
    if (next && next.confidence === s.confidence) continue;
    if (correct / (i + 1) >= targetPrecision) {
      threshold = s.confidence;
      coverage = (i + 1) / sorted.length;
    }
  }
  return { threshold, coverage };
}
