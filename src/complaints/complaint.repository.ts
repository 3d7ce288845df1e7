/**
 * The only place that builds SQL for complaints, their events, messages, evidence and keys.
 * A repository bound to a transaction is handed to the service for multi-row changes.
 */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { ComplaintRow, NewComplaintRow } from '../db/schema.js';
import type { ComplaintEvent } from './complaint-event.js';
import type { ComplaintChange } from './lifecycle.js';
import type { Channel, Complaint, ComplaintStatus, DecisionOutcome } from './complaint.model.js';

export function toComplaint(r: ComplaintRow): Complaint {
  return {
    id: r.id,
    number: r.number,
    channel: r.channel as Channel,
    channelMessageId: r.channel_message_id,
    status: r.status as ComplaintStatus,
    institution: r.institution,
    product: r.product,
    facts: r.facts,
    demandText: r.demand_text,
    consumer: { nameMasked: r.consumer_name_masked, phoneMasked: r.consumer_phone_masked, emailMasked: r.consumer_email_masked },
    regulator: { referralNo: r.regulator_referral_no, name: r.regulator_name, dueAt: r.regulator_due_at },
    ruleSet: r.rule_set,
    receivedAt: r.received_at,
    clockStartedAt: r.clock_started_at,
    extensionLevel: r.extension_level,
    deadlineDays: r.deadline_days,
    pausedSince: r.paused_since,
    pausedMs: Number(r.paused_ms),
    dueAt: r.due_at,
    escalatedAt: r.escalated_at,
    queue: r.queue,
    assigneeId: r.assignee_id,
    classification: { business: r.business, reason: r.reason, demand: r.demand, tier: r.tier, priority: r.priority },
    decision: {
      outcome: r.decision_outcome as DecisionOutcome | null,
      text: r.decision_text,
      checked: r.decision_checked,
      decidedAt: r.decided_at,
    },
    reviewRequestedAt: r.review_requested_at,
    satisfaction: r.satisfaction,
    acceptsDecision: r.accepts_decision,
    mergedIntoId: r.merged_into_id,
    duplicateOfId: r.duplicate_of_id,
    possibleDuplicateOfId: r.possible_duplicate_of_id,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function changeToRow(c: ComplaintChange & { dueAt?: Date | null }): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const map: Array<[keyof typeof c, string]> = [
    ['status', 'status'],
    ['queue', 'queue'],
    ['assigneeId', 'assignee_id'],
    ['clockStartedAt', 'clock_started_at'],
    ['extensionLevel', 'extension_level'],
    ['deadlineDays', 'deadline_days'],
    ['pausedSince', 'paused_since'],
    ['pausedMs', 'paused_ms'],
    ['reviewRequestedAt', 'review_requested_at'],
    ['satisfaction', 'satisfaction'],
    ['acceptsDecision', 'accepts_decision'],
    ['mergedIntoId', 'merged_into_id'],
    ['duplicateOfId', 'duplicate_of_id'],
    ['closedAt', 'closed_at'],
    ['escalatedAt', 'escalated_at'],
    ['dueAt', 'due_at'],
  ];
  for (const [key, column] of map) if (key in c) row[column] = c[key];
  if (c.decision) {
    row.decision_outcome = c.decision.outcome;
    row.decision_text = c.decision.text;
    row.decision_checked = c.decision.checked;
    row.decided_at = c.decision.decidedAt;
  }
  return row;
}

export interface ListFilter {
  status?: ComplaintStatus[];
  queue?: string;
  business?: string;
  assigneeId?: string;
  dueBefore?: Date;
  openOnly?: boolean;
  consumerPhoneIndex?: Buffer;
}

export interface ListCursor {
  dueAt: Date | null;
  id: string;
}

export class ComplaintRepository {
  constructor(private readonly db: DbExecutor) {}

  /** The handle this repository runs on, for other repositories joining the same transaction. */
  get executor(): DbExecutor {
    return this.db;
  }

  transaction<T>(fn: (repo: ComplaintRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new ComplaintRepository(trx)));
  }

  /** Consecutive complaint-number sequence values for a batch, in one statement. */
  async nextNumberSeqs(n: number): Promise<number[]> {
    const r = await sql<{ n: number }>`select nextval('complaint_number_seq')::int8 as n from generate_series(1, ${n}::int)`.execute(this.db);
    return r.rows.map((row) => Number(row.n));
  }

  async insertMany(rows: NewComplaintRow[]): Promise<Complaint[]> {
    const inserted = await this.db.insertInto('complaints').values(rows).returningAll().execute();
    return inserted.map(toComplaint);
  }

  async insertVaultRecords(rows: Array<{ id: string; purpose: string; sealed: { keyVersion: number; wrappedKey: Buffer; iv: Buffer; ciphertext: Buffer } }>): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('vault_records')
      .values(rows.map((r) => ({ id: r.id, purpose: r.purpose, key_version: r.sealed.keyVersion, wrapped_key: r.sealed.wrappedKey, iv: r.sealed.iv, ciphertext: r.sealed.ciphertext })))
      .execute();
  }

  /** Inserts idempotency keys; returns how many were new (fewer means another writer won a race). */
  async insertIdempotencyKeys(rows: Array<{ scope: string; key: string; requestHash: Buffer; complaintId: string }>): Promise<number> {
    if (rows.length === 0) return 0;
    const r = await this.db
      .insertInto('idempotency_keys')
      .values(rows.map((k) => ({ scope: k.scope, key: k.key, request_hash: k.requestHash, complaint_id: k.complaintId })))
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .execute();
    return r.length;
  }

  async insertEvents(events: Array<Omit<ComplaintEvent, 'id'>>): Promise<ComplaintEvent[]> {
    if (events.length === 0) return [];
    const ids = await this.db
      .insertInto('complaint_events')
      .values(events.map((e) => ({ complaint_id: e.complaintId, seq: e.seq, type: e.type, actor_type: e.actor.type, actor_id: e.actor.id, occurred_at: e.occurredAt, data: JSON.stringify(e.data) })))
      .returning('id')
      .execute();
    return events.map((e, i) => ({ ...e, id: ids[i]?.id ?? 0 }));
  }

  /** Open complaints of any of these consumers (by phone blind index), for duplicate detection. */
  async findOpenForConsumers(phoneIndexes: Buffer[]): Promise<Array<{ id: string; number: string; institution: string | null; facts: string; phoneIndex: string }>> {
    if (phoneIndexes.length === 0) return [];
    const rows = await this.db
      .selectFrom('complaints')
      .select(['id', 'number', 'institution', 'facts', 'consumer_phone_bidx'])
      .where('consumer_phone_bidx', 'in', phoneIndexes)
      .where('closed_at', 'is', null)
      .orderBy('received_at', 'desc')
      .limit(50 * phoneIndexes.length)
      .execute();
    return rows.map((r) => ({ id: r.id, number: r.number, institution: r.institution, facts: r.facts, phoneIndex: Buffer.from(r.consumer_phone_bidx ?? []).toString('hex') }));
  }

  async findById(id: string): Promise<Complaint | null> {
    const r = await this.db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toComplaint(r) : null;
  }

  async findByNumber(number: string): Promise<Complaint | null> {
    const r = await this.db.selectFrom('complaints').selectAll().where('number', '=', number).executeTakeFirst();
    return r ? toComplaint(r) : null;
  }

  /** Locks the row for the rest of the transaction so concurrent commands apply one at a time. */
  async findForUpdate(id: string): Promise<Complaint | null> {
    const r = await this.db.selectFrom('complaints').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    return r ? toComplaint(r) : null;
  }

  async update(id: string, change: ComplaintChange & { dueAt?: Date | null }, now: Date): Promise<void> {
    await this.db
      .updateTable('complaints')
      .set({ ...changeToRow(change), updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .execute();
  }

  async maxSeq(complaintId: string): Promise<number> {
    const r = await this.db.selectFrom('complaint_events').select(({ fn }) => fn.max('seq').as('m')).where('complaint_id', '=', complaintId).executeTakeFirst();
    return Number(r?.m ?? 0);
  }

  async listEvents(complaintId: string): Promise<ComplaintEvent[]> {
    const rows = await this.db.selectFrom('complaint_events').selectAll().where('complaint_id', '=', complaintId).orderBy('seq').execute();
    return rows.map((r) => ({
      id: r.id,
      complaintId: r.complaint_id,
      seq: r.seq,
      type: r.type,
      actor: { type: r.actor_type as 'consumer' | 'staff' | 'system', id: r.actor_id },
      occurredAt: r.occurred_at,
      data: r.data as Record<string, unknown>,
    }));
  }

  async list(filter: ListFilter, cursor: ListCursor | null, limit: number): Promise<Complaint[]> {
    let q = this.db.selectFrom('complaints').selectAll();
    if (filter.status?.length) q = q.where('status', 'in', filter.status);
    if (filter.queue) q = q.where('queue', '=', filter.queue);
    if (filter.business) q = q.where('business', '=', filter.business);
    if (filter.assigneeId) q = q.where('assignee_id', '=', filter.assigneeId);
    if (filter.dueBefore) q = q.where('due_at', '<', filter.dueBefore);
    if (filter.openOnly) q = q.where('closed_at', 'is', null);
    if (filter.consumerPhoneIndex) q = q.where('consumer_phone_bidx', '=', filter.consumerPhoneIndex);
    if (cursor) {
      // Keyset pagination on (due_at NULLS LAST, id): stable under concurrent inserts and cheap at depth.
      const c = cursor;
      q = c.dueAt
        ? q.where((eb) =>
            eb.or([
              eb('due_at', '>', c.dueAt as Date),
              eb.and([eb('due_at', '=', c.dueAt as Date), eb('id', '>', c.id)]),
              eb('due_at', 'is', null),
            ]),
          )
        : q.where((eb) => eb.and([eb('due_at', 'is', null), eb('id', '>', c.id)]));
    }
    const rows = await q.orderBy(sql`due_at asc nulls last`).orderBy('id').limit(limit).execute();
    return rows.map(toComplaint);
  }

  async findIdempotencyKey(scope: string, key: string): Promise<{ requestHash: Buffer; complaintId: string } | null> {
    const r = await this.db.selectFrom('idempotency_keys').select(['request_hash', 'complaint_id']).where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
    return r ? { requestHash: r.request_hash, complaintId: r.complaint_id } : null;
  }

  async insertMessage(m: { complaintId: string; kind: 'note' | 'to_consumer' | 'from_consumer'; authorId: string | null; body: string; at: Date }): Promise<string> {
    const r = await this.db
      .insertInto('complaint_messages')
      .values({ complaint_id: m.complaintId, kind: m.kind, author_id: m.authorId, body: m.body, created_at: m.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async listMessages(complaintId: string, kinds: Array<'note' | 'to_consumer' | 'from_consumer'>) {
    return this.db
      .selectFrom('complaint_messages')
      .select(['id', 'kind', 'author_id', 'body', 'created_at'])
      .where('complaint_id', '=', complaintId)
      .where('kind', 'in', kinds)
      .orderBy('created_at')
      .execute();
  }

  async putBlob(b: { sha256: string; size: number; mediaType: string; content: Buffer }): Promise<void> {
    await this.db
      .insertInto('evidence_blobs')
      .values({ sha256: b.sha256, size: b.size, media_type: b.mediaType, content: b.content })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  async insertAttachment(a: { complaintId: string; sha256: string; filename: string; mediaType: string; size: number; at: Date }): Promise<string> {
    const r = await this.db
      .insertInto('complaint_attachments')
      .values({ complaint_id: a.complaintId, sha256: a.sha256, filename: a.filename, media_type: a.mediaType, size: a.size, created_at: a.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async listAttachments(complaintId: string) {
    return this.db
      .selectFrom('complaint_attachments')
      .select(['id', 'sha256', 'filename', 'media_type', 'size', 'created_at'])
      .where('complaint_id', '=', complaintId)
      .orderBy('created_at')
      .execute();
  }

  /** Open complaints whose deadline falls before `before` and that were not yet escalated. */
  async findToEscalate(before: Date, limit: number): Promise<Complaint[]> {
    const rows = await this.db
      .selectFrom('complaints')
      .selectAll()
      .where('closed_at', 'is', null)
      .where('due_at', '<', before)
      .where('escalated_at', 'is', null)
      .where('paused_since', 'is', null)
      .orderBy('due_at')
      .limit(limit)
      .execute();
    return rows.map(toComplaint);
  }

  async *iterateAll(batch = 1000): AsyncGenerator<Complaint> {
    let after: string | null = null;
    for (;;) {
      let q = this.db.selectFrom('complaints').selectAll().orderBy('id').limit(batch);
      if (after) q = q.where('id', '>', after);
      const rows = await q.execute();
      for (const r of rows) yield toComplaint(r);
      if (rows.length < batch) return;
      after = rows[rows.length - 1]?.id ?? null;
    }
  }
}
