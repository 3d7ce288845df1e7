/**
 * Fraud-database port. The analyzer asks it about the indicators found in a message; the lead
 * backs it with a database table, tests and demos use `createMemoryFraudLookup`.
 *
 * Contract: `lookup` MUST return only hits for the indicators it was given, MUST treat values
 * as already normalised (see `normalizeIndicator`), and SHOULD be synchronous when it can, so
 * `analyzeMessage` stays synchronous.
 */
import type { FraudHit, Indicator } from './scam.types.js';

export interface FraudLookup {
  lookup(indicators: Indicator[]): Promise<FraudHit[]> | FraudHit[];
}

/** A lookup that answers synchronously (in-memory, cached): usable with `analyzeMessage`. */
export interface SyncFraudLookup extends FraudLookup {
  lookup(indicators: Indicator[]): FraudHit[];
}

export interface ReportEvidence {
  /** Who reported: consumer id, institution id… (independent sources count once each). */
  source: string;
  note?: string;
  at?: Date;
}

export interface MemoryFraudLookup extends SyncFraudLookup {
  report(indicator: Indicator, evidence: ReportEvidence): void;
  size(): number;
}

/**
 * Confidence from independent reports: 1 report 0.5, 2 → 0.75, 3 → 0.875 … Simple on purpose:
 * intel/ owns real scoring (time decay, appeals); this keeps demos and tests meaningful.
 */
export function scoreReports(reports: number): number {
  return 1 - 0.5 ** reports;
}

export function createMemoryFraudLookup(): MemoryFraudLookup {
  const sources = new Map<string, Set<string>>();
  const key = (i: Indicator): string => `${i.kind}\u0000${i.value}`;
  return {
    report(indicator, evidence) {
      const k = key(indicator);
      let s = sources.get(k);
      if (!s) sources.set(k, (s = new Set()));
      s.add(evidence.source);
    },
    lookup(indicators) {
      const hits: FraudHit[] = [];
      for (const indicator of indicators) {
        const n = sources.get(key(indicator))?.size ?? 0;
        if (n > 0) hits.push({ indicator, reports: n, score: scoreReports(n) });
      }
      return hits;
    },
    size: () => sources.size,
  };
}
