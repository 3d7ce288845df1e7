/**
 * The analyzer's FraudLookup backed by the fraud_reports table: one query per message for all
 * its indicators, scored exactly like the engine's memory implementation (independent reports
 * through `scoreReports`), so switching storage never changes a verdict. Time decay, appeals
 * and expiry belong to intel/; only `active` reports count here.
 */
import { scoreReports, type FraudHit, type FraudLookup, type Indicator } from '../engines/scam/index.js';
import { indicatorKey, type VerifyRepository } from './verify.repository.js';

export function createDbFraudLookup(repo: VerifyRepository): FraudLookup {
  return {
    async lookup(indicators: Indicator[]): Promise<FraudHit[]> {
      const counts = await repo.countSources(indicators);
      const hits: FraudHit[] = [];
      for (const indicator of indicators) {
        const n = counts.get(indicatorKey(indicator)) ?? 0;
        if (n > 0) hits.push({ indicator, reports: n, score: scoreReports(n) });
      }
      return hits;
    },
  };
}
