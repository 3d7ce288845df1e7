/**
 * The only SQL of the ledger. Bulk statements take arrays (unnest) or one concatenated bytea,
 * so a batch of any size is one statement with a handful of parameters and a stable plan.
 */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { NodeId, StoredNode } from '../engines/merkle/index.js';

export interface QueuedEntry {
  kind: string;
  ref: string;
  canonical: string;
}

export interface StoredEntry extends QueuedEntry {
  leafIndex: number;
  leafHash: Buffer;
}

export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  note: string;
}

export interface EventRow {
  complaintId: string;
  seq: number;
  type: string;
  actorType: string;
  actorId: string | null;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/** Arbitrary constant naming the integrator's advisory lock (PostgreSQL only). */
const INTEGRATOR_LOCK = 0x78626c67; // "xblg"
const hex = (h: Uint8Array): string => Buffer.from(h.buffer, h.byteOffset, h.byteLength).toString('hex');

export class LedgerRepository {
  constructor(private readonly db: DbExecutor) {}

  transaction<T>(fn: (repo: LedgerRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new LedgerRepository(trx)));
  }

  /** One multi-row insert; runs inside the caller's transaction so the append commits with it. */
  async enqueue(entries: readonly QueuedEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await sql`insert into ledger_queue (kind, ref, canonical)
      select * from unnest(${entries.map((e) => e.kind)}::text[], ${entries.map((e) => e.ref)}::text[], ${entries.map((e) => e.canonical)}::text[])`.execute(this.db);
  }

  /** Refs of `kind` already queued or logged, to refuse a duplicate submission up front. */
  async existingRefs(kind: string, refs: readonly string[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const r = await sql<{ ref: string }>`
      select ref from ledger_entries where kind = ${kind} and ref = any(${refs}::text[])
      union all
      select ref from ledger_queue where kind = ${kind} and ref = any(${refs}::text[])`.execute(this.db);
    return r.rows.map((x) => x.ref);
  }

  async hasQueued(): Promise<boolean> {
    const r = await sql<{ q: boolean }>`select exists (select 1 from ledger_queue) as q`.execute(this.db);
    return r.rows[0]?.q === true;
  }

  async queueLength(): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int8 as n from ledger_queue`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** PostgreSQL: only one integrator at a time across processes; released at commit. */
  async tryIntegratorLock(): Promise<boolean> {
    const r = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${INTEGRATOR_LOCK}) as ok`.execute(this.db);
    return r.rows[0]?.ok === true;
  }

  async size(): Promise<number> {
    const r = await sql<{ n: number }>`select coalesce(max(leaf_index) + 1, 0)::int8 as n from ledger_entries`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * Moves up to `max` queued rows, oldest first, into ledger_entries at consecutive indexes from
   * `first`, hashing them (RFC 6962 leaf hash) in the database. A ref queued twice, or already
   * logged, is logged once (the oldest) rather than failing the whole batch forever. Returns the new leaves in index order
   * and how many queue rows were consumed.
   */
  async moveQueued(first: number, max: number): Promise<{ taken: number; leaves: Uint8Array[] }> {
    const r = await sql<{ taken: number; leaf_index: number | null; leaf_hash: Buffer | null }>`
      with taken as (
        select id, kind, ref, canonical from ledger_queue order by id limit ${max}
      ), gone as (
        delete from ledger_queue q using taken t where q.id = t.id returning q.id
      ), fresh as (
        select distinct on (t.kind, t.ref) t.* from taken t
        where not exists (select 1 from ledger_entries e where e.kind = t.kind and e.ref = t.ref)
        order by t.kind, t.ref, t.id
      ), ins as (
        insert into ledger_entries (leaf_index, kind, ref, canonical, leaf_hash)
        select ${first}::int8 + row_number() over (order by id) - 1, kind, ref, canonical,
               sha256('\\x00'::bytea || convert_to(canonical, 'UTF8'))
        from fresh
        returning leaf_index, leaf_hash
      )
      select g.n::int8 as taken, i.leaf_index, i.leaf_hash
      from (select count(*) as n from gone) g left join ins i on true`.execute(this.db);
    const rows = r.rows.filter((x): x is { taken: number; leaf_index: number; leaf_hash: Buffer } => x.leaf_index !== null && x.leaf_hash !== null);
    rows.sort((a, b) => a.leaf_index - b.leaf_index);
    return { taken: Number(r.rows[0]?.taken ?? 0), leaves: rows.map((x) => new Uint8Array(x.leaf_hash)) };
  }

  /** Interior nodes (level ≥ 1) in one statement; level 0 is stored with the entries. */
  async insertNodes(nodes: readonly StoredNode[]): Promise<void> {
    if (nodes.length === 0) return;
    // Hex text[] rather than slicing one bytea per row: substring() re-reads the whole parameter
    // for every row, which made large batches quadratic.
    await sql`insert into ledger_nodes (level, idx, hash)
      select level, idx, decode(hash, 'hex')
      from unnest(${nodes.map((n) => n.level)}::int2[], ${nodes.map((n) => n.index)}::int8[], ${nodes.map((n) => hex(n.hash))}::text[]) as w(level, idx, hash)`.execute(this.db);
  }

  /** Any mix of leaf hashes and interior nodes in ONE query; absent ids are simply not returned. */
  async getNodes(ids: readonly NodeId[]): Promise<Map<string, Uint8Array>> {
    const leaves = ids.filter((i) => i.level === 0).map((i) => i.index);
    const inner = ids.filter((i) => i.level > 0);
    const r = await sql<{ level: number; idx: number; hash: Buffer }>`
      select 0 as level, leaf_index as idx, leaf_hash as hash from ledger_entries where leaf_index = any(${leaves}::int8[])
      union all
      select n.level, n.idx, n.hash from ledger_nodes n
      join unnest(${inner.map((i) => i.level)}::int2[], ${inner.map((i) => i.index)}::int8[]) as w(level, idx)
        on n.level = w.level and n.idx = w.idx`.execute(this.db);
    return new Map(r.rows.map((x) => [`${x.level}:${x.idx}`, new Uint8Array(x.hash)]));
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const r = await this.db.selectFrom('ledger_checkpoints').select(['size', 'root', 'note']).orderBy('size', 'desc').limit(1).executeTakeFirst();
    return r ?? null;
  }

  async insertCheckpoint(cp: StoredCheckpoint): Promise<void> {
    await this.db.insertInto('ledger_checkpoints').values(cp).execute();
  }

  async entriesFrom(first: number, limit: number): Promise<StoredEntry[]> {
    const rows = await this.db.selectFrom('ledger_entries').selectAll().where('leaf_index', '>=', first).orderBy('leaf_index').limit(limit).execute();
    return rows.map((x) => ({ leafIndex: x.leaf_index, kind: x.kind, ref: x.ref, canonical: x.canonical, leafHash: x.leaf_hash }));
  }

  async entriesByRefs(kind: string, refs: readonly string[]): Promise<StoredEntry[]> {
    if (refs.length === 0) return [];
    const rows = await this.db.selectFrom('ledger_entries').selectAll().where('kind', '=', kind).where('ref', 'in', [...refs]).orderBy('leaf_index').execute();
    return rows.map((x) => ({ leafIndex: x.leaf_index, kind: x.kind, ref: x.ref, canonical: x.canonical, leafHash: x.leaf_hash }));
  }

  async findComplaint(idOrNumber: string): Promise<{ id: string; number: string } | null> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrNumber);
    const q = this.db.selectFrom('complaints').select(['id', 'number']);
    const r = await (isUuid ? q.where('id', '=', idOrNumber) : q.where('number', '=', idOrNumber)).executeTakeFirst();
    return r ?? null;
  }

  async eventSeqs(complaintId: string): Promise<number[]> {
    const rows = await this.db.selectFrom('complaint_events').select('seq').where('complaint_id', '=', complaintId).orderBy('seq').execute();
    return rows.map((r) => r.seq);
  }

  /** The event rows for (complaint, seq) keys, in one query over the unique index. */
  async eventsByKeys(keys: ReadonlyArray<{ complaintId: string; seq: number }>): Promise<EventRow[]> {
    if (keys.length === 0) return [];
    const r = await sql<{ complaint_id: string; seq: number; type: string; actor_type: string; actor_id: string | null; occurred_at: Date; data: Record<string, unknown> }>`
      select e.complaint_id, e.seq, e.type, e.actor_type, e.actor_id, e.occurred_at, e.data
      from complaint_events e
      join unnest(${keys.map((k) => k.complaintId)}::uuid[], ${keys.map((k) => k.seq)}::int4[]) as w(cid, seq)
        on e.complaint_id = w.cid and e.seq = w.seq`.execute(this.db);
    return r.rows.map(toEventRow);
  }

  async countEvents(): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int8 as n from complaint_events`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Event rows neither logged nor queued under their (complaint, seq) ref. */
  async unloggedEvents(limit: number): Promise<EventRow[]> {
    const r = await sql<{ complaint_id: string; seq: number; type: string; actor_type: string; actor_id: string | null; occurred_at: Date; data: Record<string, unknown> }>`
      select e.complaint_id, e.seq, e.type, e.actor_type, e.actor_id, e.occurred_at, e.data
      from complaint_events e
      where not exists (select 1 from ledger_entries l where l.kind = 'complaint_event' and l.ref = e.complaint_id::text || ':' || e.seq::text)
        and not exists (select 1 from ledger_queue q where q.kind = 'complaint_event' and q.ref = e.complaint_id::text || ':' || e.seq::text)
      order by e.complaint_id, e.seq
      limit ${limit}`.execute(this.db);
    return r.rows.map(toEventRow);
  }

  async complaintNumbers(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('complaints').select(['id', 'number']).where('id', 'in', [...ids]).execute();
    return new Map(rows.map((r) => [r.id, r.number]));
  }
}

function toEventRow(r: { complaint_id: string; seq: number; type: string; actor_type: string; actor_id: string | null; occurred_at: Date; data: Record<string, unknown> }): EventRow {
  return { complaintId: r.complaint_id, seq: r.seq, type: r.type, actorType: r.actor_type, actorId: r.actor_id, occurredAt: r.occurred_at, data: r.data };
}
