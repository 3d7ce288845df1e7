/**
 * Exports complaints in the standard classification columns, streaming one row at a time so a
 * million complaints need constant memory. Only masked fields are exported, never the vault.
 */
import type { Complaint } from './complaint.model.js';
import type { ComplaintRepository } from './complaint.repository.js';
import { BUSINESS_LABELS, CHANNEL_LABELS, DEMAND_LABELS } from './classification-labels.js';

export const EXPORT_COLUMNS = [
  'id',
  'number',
  'channel',
  'channel_jrt',
  'status',
  'institution',
  'product',
  'business',
  'business_jrt',
  'reason',
  'demand',
  'demand_zh',
  'tier',
  'priority',
  'received_at',
  'due_at',
  'decided_at',
  'closed_at',
  'outcome',
  'satisfaction',
  'accepts_decision',
  'consumer_name',
  'consumer_phone',
  'facts',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

export function exportRow(c: Complaint): ExportRow {
  const b = c.classification.business;
  return {
    id: c.id,
    number: c.number,
    channel: c.channel,
    channel_jrt: CHANNEL_LABELS[c.channel]?.jrt ?? '其他',
    status: c.status,
    institution: c.institution,
    product: c.product,
    business: b,
    business_jrt: b ? (BUSINESS_LABELS[b]?.jrt ?? '其他') : null,
    reason: c.classification.reason,
    demand: c.classification.demand,
    demand_zh: c.classification.demand ? (DEMAND_LABELS[c.classification.demand] ?? null) : null,
    tier: c.classification.tier,
    priority: c.classification.priority,
    received_at: c.receivedAt.toISOString(),
    due_at: c.dueAt?.toISOString() ?? null,
    decided_at: c.decision.decidedAt?.toISOString() ?? null,
    closed_at: c.closedAt?.toISOString() ?? null,
    outcome: c.decision.outcome,
    satisfaction: c.satisfaction,
    accepts_decision: c.acceptsDecision,
    consumer_name: c.consumer.nameMasked,
    consumer_phone: c.consumer.phoneMasked,
    facts: c.facts,
  };
}

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  // Quote everything that could break a row, and neutralise spreadsheet formula injection.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export async function* exportComplaints(repo: ComplaintRepository, format: 'csv' | 'jsonl'): AsyncGenerator<string> {
  if (format === 'csv') yield `\uFEFF${EXPORT_COLUMNS.join(',')}\n`;
  for await (const c of repo.iterateAll()) {
    const row = exportRow(c);
    yield format === 'jsonl' ? `${JSON.stringify(row)}\n` : `${EXPORT_COLUMNS.map((k) => csvCell(row[k])).join(',')}\n`;
  }
}
