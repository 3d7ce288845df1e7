/** How complaints are shown through the API: masked consumer fields, deadline state, history. */
import type { z } from 'zod';
import type { ComplaintEvent } from './complaint-event.js';
import type { Complaint } from './complaint.model.js';
import type { complaintDetailSchema, complaintSummarySchema } from './complaint.schemas.js';
import { deadlineView } from './deadline.js';
import { clockStopped } from './lifecycle.js';

export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function deadlineOf(c: Complaint, now: Date, atRiskDays: number) {
  const v = deadlineView(c.dueAt, { clockStopped: clockStopped(c.status), pausedSince: c.pausedSince }, now, atRiskDays);
  return { dueAt: iso(v.dueAt), msLeft: v.msLeft, state: v.state };
}

export function toSummary(c: Complaint, now: Date, atRiskDays: number): ComplaintSummary {
  return {
    id: c.id,
    number: c.number,
    channel: c.channel,
    status: c.status,
    institution: c.institution,
    product: c.product,
    facts: c.facts,
    consumer: { name: c.consumer.nameMasked, phone: c.consumer.phoneMasked, email: c.consumer.emailMasked },
    queue: c.queue,
    assigneeId: c.assigneeId,
    receivedAt: c.receivedAt.toISOString(),
    deadline: deadlineOf(c, now, atRiskDays),
    classification: c.classification,
    possibleDuplicateOfId: c.possibleDuplicateOfId,
  };
}

export interface DetailExtras {
  events: ComplaintEvent[];
  messages: Array<{ id: string; kind: string; author_id: string | null; body: string; created_at: Date }>;
  attachments: Array<{ id: string; sha256: string; filename: string; media_type: string; size: number; created_at: Date }>;
  piiValues: Array<{ placeholder: string; type: string; display: string }>;
}

export function toDetail(c: Complaint, x: DetailExtras, now: Date, atRiskDays: number): ComplaintDetail {
  return {
    ...toSummary(c, now, atRiskDays),
    demandText: c.demandText,
    regulator: { referralNo: c.regulator.referralNo, name: c.regulator.name, dueAt: iso(c.regulator.dueAt) },
    ruleSet: c.ruleSet,
    extensionLevel: c.extensionLevel,
    decision: { outcome: c.decision.outcome, text: c.decision.text, checked: c.decision.checked, decidedAt: iso(c.decision.decidedAt) },
    satisfaction: c.satisfaction,
    acceptsDecision: c.acceptsDecision,
    mergedIntoId: c.mergedIntoId,
    duplicateOfId: c.duplicateOfId,
    version: c.version,
    events: x.events.map((e) => ({ seq: e.seq, type: e.type, actor: e.actor, at: e.occurredAt.toISOString(), data: e.data })),
    messages: x.messages.map((m) => ({ id: m.id, kind: m.kind, authorId: m.author_id, body: m.body, at: m.created_at.toISOString() })),
    attachments: x.attachments.map((a) => ({ id: a.id, sha256: a.sha256, filename: a.filename, mediaType: a.media_type, size: a.size, at: a.created_at.toISOString() })),
    piiValues: x.piiValues,
  };
}

export function encodeCursor(c: Complaint): string {
  return Buffer.from(JSON.stringify({ d: iso(c.dueAt), i: c.id })).toString('base64url');
}

export function decodeCursor(cursor: string): { dueAt: Date | null; id: string } | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { d?: unknown; i?: unknown };
    if (typeof v.i !== 'string' || (v.d !== null && typeof v.d !== 'string')) return null;
    const dueAt = v.d === null ? null : new Date(v.d as string);
    if (dueAt && Number.isNaN(dueAt.getTime())) return null;
    return { dueAt, id: v.i };
  } catch {
    return null;
  }
}
