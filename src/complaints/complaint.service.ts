/**
 * Orchestrates complaint commands: load and lock the complaint, let the pure lifecycle decide,
 * recompute the deadline, then persist the change and its event in one transaction. Events are
 * recorded only through `recordEvent`, the one place later side effects (ledger) hook into.
 */
import { FINAL_STATUSES, type Actor, type Complaint } from './complaint.model.js';
import type { DbExecutor } from '../db/executor.js';
import type { ComplaintEvent } from './complaint-event.js';
import { complaintError } from './complaint.errors.js';
import type { ComplaintRepository, ListFilter } from './complaint.repository.js';
import { decodeCursor, encodeCursor, toDetail, toSummary, type ComplaintDetail, type ComplaintSummary } from './complaint-views.js';
import type { DeadlineRuleSet } from './deadline-rules.js';
import { effectiveDueAt } from './deadline.js';
import { inspectEvidence } from './evidence.js';
import * as life from './lifecycle.js';
import type { NotifierPort, PrivacyPort } from './ports.js';

export interface EventSink {
  /** Called inside the transaction that writes the events, so both commit or neither does. */
  eventsRecorded(tx: DbExecutor, events: ComplaintEvent[]): Promise<void>;
}

export interface ComplaintServiceDeps {
  repo: ComplaintRepository;
  ruleSets: Map<string, DeadlineRuleSet>;
  privacy: PrivacyPort;
  notifier: NotifierPort;
  eventSink: EventSink | null;
  clock: () => Date;
  atRiskDays: number;
  maxAttachmentBytes: number;
}

export function rulesFor(ruleSets: Map<string, DeadlineRuleSet>, id: string): DeadlineRuleSet {
  const rules = ruleSets.get(id);
  if (!rules) throw complaintError('UNKNOWN_RULE_SET', { ruleSet: id });
  return rules;
}

/** Appends events and lets the sink (the ledger) see them in the same transaction. */
export async function recordEvents(
  repo: ComplaintRepository,
  sink: EventSink | null,
  complaintId: string,
  actor: Actor,
  at: Date,
  events: Array<{ type: string; data: Record<string, unknown> }>,
): Promise<ComplaintEvent[]> {
  const first = (await repo.maxSeq(complaintId)) + 1;
  const out = await repo.insertEvents(events.map((e, i) => ({ complaintId, seq: first + i, type: e.type, actor, occurredAt: at, data: e.data })));
  if (sink) await sink.eventsRecorded(repo.executor, out);
  return out;
}

/** What a command may use beyond the complaint itself, bound to the command's transaction. */
export interface CommandContext {
  /** The command's transaction, for repositories of other capabilities that must join it. */
  tx: DbExecutor;
  byNumber(number: string): Promise<Complaint>;
  /** Redacts free text for storage in this complaint (placeholders, originals to the vault). */
  redact(text: string): Promise<string>;
  /** Stores a message of this complaint; the text must already hold no personal data. */
  insertMessage(kind: 'note' | 'to_consumer' | 'from_consumer', body: string): Promise<string>;
}

/** A command: the pure decision, given the locked complaint, its rules, the time and a context. */
export type Decide = (c: Complaint, rules: DeadlineRuleSet, now: Date, ctx: CommandContext) => life.Outcome | Promise<life.Outcome>;

export class ComplaintService {
  constructor(private readonly d: ComplaintServiceDeps) {}

  private async load(id: string): Promise<Complaint> {
    const c = await this.d.repo.findById(id);
    if (!c) throw complaintError('COMPLAINT_NOT_FOUND', { id });
    return c;
  }

  async getDetail(id: string): Promise<ComplaintDetail> {
    const c = await this.load(id);
    const [events, messages, attachments, piiValues] = await Promise.all([
      this.d.repo.listEvents(id),
      this.d.repo.listMessages(id, ['note', 'to_consumer', 'from_consumer']),
      this.d.repo.listAttachments(id),
      this.d.privacy.placeholders(this.d.repo.executor, id),
    ]);
    return toDetail(c, { events, messages, attachments, piiValues }, this.d.clock(), this.d.atRiskDays);
  }

  /** The consumer's own view: no internal notes, no assignee. */
  async getConsumerView(id: string): Promise<ComplaintDetail> {
    const c = await this.load(id);
    const [events, messages, attachments] = await Promise.all([
      this.d.repo.listEvents(id),
      this.d.repo.listMessages(id, ['to_consumer', 'from_consumer']),
      this.d.repo.listAttachments(id),
    ]);
    const visible = events.filter((e) => e.type !== 'note_added' && e.type !== 'assigned');
    const detail = toDetail(c, { events: visible, messages, attachments, piiValues: [] }, this.d.clock(), this.d.atRiskDays);
    return { ...detail, assigneeId: null };
  }

  async list(filter: ListFilter, cursor: string | undefined, limit: number): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }> {
    const decoded = cursor ? decodeCursor(cursor) : null;
    if (cursor && !decoded) throw complaintError('COMPLAINT_NOT_FOUND', { cursor: 'invalid' });
    const rows = await this.d.repo.list(filter, decoded, limit + 1);
    const page = rows.slice(0, limit);
    const now = this.d.clock();
    const last = page[page.length - 1];
    return { items: page.map((c) => toSummary(c, now, this.d.atRiskDays)), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /**
   * Runs one command: lock, decide (pure), recompute the deadline, persist, record the event.
   * `decide` may throw a domain error, in which case nothing is written.
   */
  async apply(id: string, actor: Actor, decide: Decide): Promise<Complaint> {
    const now = this.d.clock();
    return this.d.repo.transaction(async (repo) => {
      const c = await repo.findForUpdate(id);
      if (!c) throw complaintError('COMPLAINT_NOT_FOUND', { id });
      const rules = rulesFor(this.d.ruleSets, c.ruleSet);
      // Lookups and redaction a command needs run inside the same transaction.
      const ctx: CommandContext = {
        tx: repo.executor,
        byNumber: async (number) => {
          const other = await repo.findByNumber(number);
          if (!other) throw complaintError('COMPLAINT_NOT_FOUND', { number });
          return other;
        },
        redact: async (text) => (await this.d.privacy.redact(repo.executor, id, text)).text,
        insertMessage: (kind, body) => repo.insertMessage({ complaintId: id, kind, authorId: actor.type === 'staff' ? actor.id : null, body, at: now }),
      };
      const outcome = await decide(c, rules, now, ctx);
      const next: Complaint = { ...c, ...outcome.change };
      const dueAt = effectiveDueAt(
        {
          clockStopped: life.clockStopped(next.status),
          clockStartedAt: next.clockStartedAt,
          days: next.deadlineDays,
          pausedMs: next.pausedMs,
          pausedSince: next.pausedSince,
          regulatorDueAt: next.regulator.dueAt,
        },
        rules,
      );
      await repo.update(id, { ...outcome.change, dueAt }, now);
      await recordEvents(repo, this.d.eventSink, id, actor, now, [outcome.event, ...(outcome.more ?? [])]);
      return { ...next, dueAt, version: c.version + 1, updatedAt: now };
    });
  }

  async addMessage(id: string, actor: Actor, kind: 'note' | 'to_consumer' | 'from_consumer', body: string): Promise<string> {
    const now = this.d.clock();
    const { messageId, complaint, masked } = await this.d.repo.transaction(async (repo) => {
      const c = await repo.findForUpdate(id);
      if (!c) throw complaintError('COMPLAINT_NOT_FOUND', { id });
      if (FINAL_STATUSES.includes(c.status)) throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action: kind });
      const masked = (await this.d.privacy.redact(repo.executor, id, body)).text;
      const messageId = await repo.insertMessage({ complaintId: id, kind, authorId: actor.type === 'staff' ? actor.id : null, body: masked, at: now });
      const type = kind === 'note' ? 'note_added' : kind === 'to_consumer' ? 'message_sent' : 'message_received';
      await recordEvents(repo, this.d.eventSink, id, actor, now, [{ type, data: { messageId, body: masked } }]);
      return { messageId, complaint: c, masked };
    });
    if (kind === 'to_consumer') await this.notifyConsumer(complaint, 'message', masked);
    return messageId;
  }

  async attach(id: string, actor: Actor, file: { filename: string; contentBase64: string }, field = 'contentBase64'): Promise<{ sha256: string; size: number; mediaType: string }> {
    const evidence = await inspectEvidence(Buffer.from(file.contentBase64, 'base64'), file.filename, this.d.maxAttachmentBytes, field);
    const now = this.d.clock();
    await this.d.repo.transaction(async (repo) => {
      const c = await repo.findForUpdate(id);
      if (!c) throw complaintError('COMPLAINT_NOT_FOUND', { id });
      const filename = (await this.d.privacy.redact(repo.executor, id, evidence.filename)).text;
      await repo.putBlob(evidence);
      await repo.insertAttachment({ complaintId: id, sha256: evidence.sha256, filename, mediaType: evidence.mediaType, size: evidence.size, at: now });
      await recordEvents(repo, this.d.eventSink, id, actor, now, [
        { type: 'attachment_added', data: { sha256: evidence.sha256, size: evidence.size, mediaType: evidence.mediaType, filename } },
      ]);
    });
    return { sha256: evidence.sha256, size: evidence.size, mediaType: evidence.mediaType };
  }

  async notifyConsumer(c: Complaint, kind: 'message' | 'deadline_extended' | 'decision', body: string): Promise<void> {
    const to = await this.d.privacy.identityOf(this.d.repo.executor, c.id);
    if (to) await this.d.notifier.send({ to, complaintNumber: c.number, kind, text: body });
  }

  identityOf(id: string) {
    return this.d.privacy.identityOf(this.d.repo.executor, id);
  }

  async sendTrackingCode(c: Complaint, code: string): Promise<void> {
    const to = await this.d.privacy.identityOf(this.d.repo.executor, c.id);
    if (!to) return;
    await this.d.notifier.send({
      to,
      complaintNumber: c.number,
      kind: 'tracking_code',
      text: `【消保】您查询投诉 ${c.number} 的验证码是 ${code}，10 分钟内有效，请勿告诉任何人。/ Your code for complaint ${c.number} is ${code} (valid 10 minutes). Never share it.`,
    });
  }

  async findByNumber(number: string): Promise<Complaint> {
    const c = await this.d.repo.findByNumber(number);
    if (!c) throw complaintError('COMPLAINT_NOT_FOUND', { number });
    return c;
  }

  /** Raises open complaints that are at risk or breached to the supervisor queue, once each. */
  async escalateAtRisk(limit = 500): Promise<number> {
    const now = this.d.clock();
    const horizon = new Date(now.getTime() + this.d.atRiskDays * 86_400_000);
    const due = await this.d.repo.findToEscalate(horizon, limit);
    for (const c of due) {
      const state = c.dueAt && c.dueAt < now ? 'breached' : 'at_risk';
      await this.apply(c.id, { type: 'system', id: 'escalation' }, (cur) => life.escalate(cur, now, state));
    }
    return due.length;
  }
}
