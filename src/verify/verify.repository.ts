/**
 * The only SQL of checks and fraud reports. Fraud reports are unique per (indicator, source), so
 * the same client reporting the same number twice counts once, and counting rows per indicator
 * is counting independent sources.
 */
import type { DbExecutor } from '../db/executor.js';
import type { Indicator } from '../engines/scam/index.js';

export interface CheckRecord {
  id: string;
  createdAt: Date;
  channel: string | null;
  verdict: string;
  risk: number;
  fraudType: string | null;
  institutionId: string | null;
  /** Reasons as stored: evidence and messages display-masked. */
  reasons: Array<{ code: string; weight: number; message: { zh: string; en: string }; evidence: { text: string; start?: number; end?: number } }>;
  indicators: Indicator[];
  maskedText: string | null;
  maskedSender: string | null;
  registryVersion: string;
  reportedAt: Date | null;
  complaintId: string | null;
}

export interface NewFraudReport {
  indicator: Indicator;
  sourceHash: Buffer;
  checkId: string;
  evidenceRef: string;
  at: Date;
}

const key = (kind: string, value: string): string => `${kind}\u0000${value}`;

export class VerifyRepository {
  constructor(private readonly db: DbExecutor) {}

  async insertCheck(c: CheckRecord): Promise<void> {
    await this.db
      .insertInto('verify_checks')
      .values({
        id: c.id,
        created_at: c.createdAt,
        channel: c.channel,
        verdict: c.verdict,
        risk: c.risk,
        fraud_type: c.fraudType,
        institution_id: c.institutionId,
        reasons: JSON.stringify(c.reasons),
        indicators: JSON.stringify(c.indicators),
        masked_text: c.maskedText,
        masked_sender: c.maskedSender,
        registry_version: c.registryVersion,
        reported_at: c.reportedAt,
        complaint_id: c.complaintId,
      })
      .execute();
  }

  async findCheck(id: string): Promise<CheckRecord | null> {
    const r = await this.db.selectFrom('verify_checks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    return {
      id: r.id,
      createdAt: r.created_at,
      channel: r.channel,
      verdict: r.verdict,
      risk: r.risk,
      fraudType: r.fraud_type,
      institutionId: r.institution_id,
      reasons: r.reasons as CheckRecord['reasons'],
      indicators: r.indicators as Indicator[],
      maskedText: r.masked_text,
      maskedSender: r.masked_sender,
      registryVersion: r.registry_version,
      reportedAt: r.reported_at,
      complaintId: r.complaint_id,
    };
  }

  async markReported(id: string, at: Date): Promise<void> {
    await this.db.updateTable('verify_checks').set({ reported_at: at }).where('id', '=', id).where('reported_at', 'is', null).execute();
  }

  async linkComplaint(id: string, complaintId: string): Promise<void> {
    await this.db.updateTable('verify_checks').set({ complaint_id: complaintId }).where('id', '=', id).execute();
  }

  /** Inserts reports, skipping (indicator, source) pairs already on file; returns how many were new. */
  async insertReports(reports: NewFraudReport[]): Promise<number> {
    if (reports.length === 0) return 0;
    const rows = await this.db
      .insertInto('fraud_reports')
      .values(
        reports.map((r) => ({
          kind: r.indicator.kind,
          value: r.indicator.value,
          source_hash: r.sourceHash,
          check_id: r.checkId,
          evidence_ref: r.evidenceRef,
          reported_at: r.at,
        })),
      )
      .onConflict((oc) => oc.columns(['kind', 'value', 'source_hash']).doNothing())
      .returning('id')
      .execute();
    return rows.length;
  }

  /** Independent active reports per indicator, keyed `kind\0value`; indicators with none are absent. */
  async countSources(indicators: Indicator[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (indicators.length === 0) return out;
    const rows = await this.db
      .selectFrom('fraud_reports')
      .select(['kind', 'value', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'active')
      .where('value', 'in', [...new Set(indicators.map((i) => i.value))])
      .groupBy(['kind', 'value'])
      .execute();
    for (const r of rows) out.set(key(r.kind, r.value), Number(r.n));
    return out;
  }
}

export function indicatorKey(i: Indicator): string {
  return key(i.kind, i.value);
}
