/**
 * The only SQL of the ledger. Bulk statements take arrays (unnest) or one separated text, and
 * return one concatenated bytea, so a batch of any size is one statement with a handful of
 * parameters and a stable plan.
 */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { NodeId } from '../engines/merkle/index.js';

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

/** Interior nodes per ledger_hash_rows row (migration 0006): 1 KiB, stored inline. */
export const HASH_ROW_WIDTH = 32;
const HASH_BYTES = 32;

/** Nodes `offset`… of row `row` of Merkle `level`, concatenated (see writeHashRows). */
export interface HashRowWrite {
  level: number;
  row: number;
  offset: number;
  hashes: Buffer;
}

/** Arbitrary constant naming the integrator's advisory lock (across PostgreSQL processes; PGlite always grants it). */
const INTEGRATOR_LOCK = 0x78626c67; // "xblg"
/** Record separator: JSON escapes every control character, so canonical entries never contain it. */
const SEP = '\x1e';
/** The indexed form of ref (migration 0006); queries MUST compare it before ref to use the index. */
const refHash = (column: string) => sql`hashtextextended(${sql.raw(column)}, 0)`;
const refHashes = (refs: readonly string[]) => sql`array(select hashtextextended(r, 0) from unnest(${refs}::text[]) as r)`;
const hasSeparator = (s: string): boolean => s.includes(SEP);
const joinSeparated = (xs: readonly string[]): string => SEP + xs.join(SEP);

export class LedgerRepository {
  constructor(private readonly db: DbExecutor) {}

  transaction<T>(fn: (repo: LedgerRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new LedgerRepository(trx)));
  }

  /** One multi-row insert; runs inside the caller's transaction so the append commits with it. */
  async enqueue(entries: readonly QueuedEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const kinds = entries.map((e) => e.kind);
    const refs = entries.map((e) => e.ref);
    const canonicals = entries.map((e) => e.canonical);
    if (!kinds.some(hasSeparator) && !refs.some(hasSeparator) && !canonicals.some(hasSeparator)) {
      // One separated text per column: the driver's array-literal escaping of every quote in the
      // JSON was the biggest single cost of an append in Node. A leading separator keeps empty
      // strings as elements ([2:] drops the empty first one).
      await sql`insert into ledger_queue (kind, ref, canonical)
        select * from unnest((string_to_array(${joinSeparated(kinds)}::text, ${SEP}))[2:], (string_to_array(${joinSeparated(refs)}::text, ${SEP}))[2:], (string_to_array(${joinSeparated(canonicals)}::text, ${SEP}))[2:])`.execute(this.db);
      return;
    }
    await sql`insert into ledger_queue (kind, ref, canonical)
      select * from unnest(${kinds}::text[], ${refs}::text[], ${canonicals}::text[])`.execute(this.db);
  }

  /** Refs of `kind` already queued or logged, to refuse a duplicate submission up front. */
  async existingRefs(kind: string, refs: readonly string[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const r = await sql<{ ref: string }>`
      select ref from ledger_entries where ${refHash('ref')} = any(${refHashes(refs)}) and kind = ${kind} and ref = any(${refs}::text[])
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

  /**
   * Starts an integrator transaction: only one integrator at a time across processes (released
   * at commit; PGlite has one process, so it always gets it). Also, for this transaction only:
   * enough work_mem for a batch's rows to stay in memory instead of spilling the CTEs of
   * moveQueued to temp files, and no JIT: moveQueued's estimated cost always crosses the JIT
   * threshold, and compiling it took ~1 s per batch, far more than running it.
   */
  async beginIntegration(): Promise<boolean> {
    const r = await sql<{ ok: boolean }>`
      select set_config('work_mem', '64MB', true) is not null and set_config('jit', 'off', true) is not null
        and pg_try_advisory_xact_lock(${INTEGRATOR_LOCK}) as ok`.execute(this.db);
    return r.rows[0]?.ok === true;
  }

  async size(): Promise<number> {
    const r = await sql<{ n: number }>`select coalesce(max(leaf_index) + 1, 0)::int8 as n from ledger_entries`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * Moves up to `max` queued rows, oldest first, into ledger_entries at consecutive indexes from
   * `first`, hashing them (RFC 6962 leaf hash) in the database. A (kind, ref) queued twice, or
   * already logged, is logged once (the oldest) rather than failing the whole batch forever:
   * this check is what keeps an entry logged at most once, so ledger_entries MUST have no other
   * writer. Returns the new leaf hashes in index order and how many queue rows were consumed.
   */
  async moveQueued(first: number, max: number): Promise<{ taken: number; leaves: Uint8Array[] }> {
    // The delete takes an id range (one index range scan) rather than a list of ids; in one
    // statement the range holds exactly the `max` oldest visible rows. Already-logged refs are
    // found by ONE index scan for the batch's ref hashes, materialized: an anti-join straight
    // against ledger_entries may plan a full scan of it, and an inlined `logged` was once
    // planned as the inner side of a nested loop, repeating the 8,192-key index scan per row
    // (a minute per batch at 5M leaves). Duplicates within the batch go by one sort (distinct
    // on), not a join, for the same reason: a semi-join on the batch's first ids was once
    // planned as a nested loop over a hash aggregate, quadratic in the batch size. The hashes
    // come back as ONE bytea.
    const r = await sql<{ taken: number; n: number; hashes: Buffer | null }>`
      with taken as materialized (
        delete from ledger_queue
        where id <= (select max(id) from (select id from ledger_queue order by id limit ${max}) s)
        returning id, kind, ref, canonical
      ), logged as materialized (
        select e.kind, e.ref from ledger_entries e where ${refHash('e.ref')} = any(array(select ${refHash('ref')} from taken))
      ), fresh as (
        select distinct on (t.kind, t.ref) t.id, t.kind, t.ref, t.canonical from taken t
        where not exists (select 1 from logged l where l.kind = t.kind and l.ref = t.ref)
        order by t.kind, t.ref, t.id
      ), ins as (
        insert into ledger_entries (leaf_index, kind, ref, canonical, leaf_hash)
        select ${first}::int8 + row_number() over (order by id) - 1, kind, ref, canonical,
               sha256('\\x00'::bytea || convert_to(canonical, 'UTF8'))
        from fresh
        returning leaf_index, leaf_hash
      )
      select (select count(*) from taken)::int8 as taken, (select count(*) from ins)::int8 as n,
             (select string_agg(leaf_hash, ''::bytea order by leaf_index) from ins) as hashes`.execute(this.db);
    const row = r.rows[0];
    const n = Number(row?.n ?? 0);
    const all = row?.hashes ?? Buffer.alloc(0);
    if (all.length !== n * HASH_BYTES) throw new Error(`moveQueued returned ${all.length} hash bytes for ${n} entries`);
    const leaves = Array.from({ length: n }, (_, i) => new Uint8Array(all.buffer, all.byteOffset + i * HASH_BYTES, HASH_BYTES));
    return { taken: Number(row?.taken ?? 0), leaves };
  }

  /**
   * Writes interior-node rows: a write at offset 0 creates the row, any other offset appends to
   * a row that MUST hold exactly `offset` hashes. Returns how many appends found such a row, so
   * the caller can tell a concurrent or tampered store from a good write.
   */
  async writeHashRows(rows: readonly HashRowWrite[]): Promise<number> {
    const fresh = rows.filter((r) => r.offset === 0);
    const grown = rows.filter((r) => r.offset > 0);
    // Hex text[] rather than slicing one bytea per row: substring() re-reads the whole parameter
    // for every row, which made large batches quadratic.
    if (fresh.length > 0) {
      await sql`insert into ledger_hash_rows (level, idx, hashes)
        select level, idx, decode(hashes, 'hex')
        from unnest(${fresh.map((r) => r.level)}::int2[], ${fresh.map((r) => r.row)}::int8[], ${fresh.map((r) => r.hashes.toString('hex'))}::text[]) as w(level, idx, hashes)`.execute(this.db);
    }
    if (grown.length === 0) return 0;
    const r = await sql<{ level: number }>`update ledger_hash_rows h set hashes = h.hashes || decode(w.hashes, 'hex')
      from unnest(${grown.map((r) => r.level)}::int2[], ${grown.map((r) => r.row)}::int8[], ${grown.map((r) => r.offset)}::int4[], ${grown.map((r) => r.hashes.toString('hex'))}::text[]) as w(level, idx, off, hashes)
      where h.level = w.level and h.idx = w.idx and length(h.hashes) = w.off * ${sql.lit(HASH_BYTES)}
      returning h.level`.execute(this.db);
    return r.rows.length;
  }

  /** Any mix of leaf hashes and interior nodes in ONE query; absent ids are simply not returned. */
  async getNodes(ids: readonly NodeId[]): Promise<Map<string, Uint8Array>> {
    const leaves = ids.filter((i) => i.level === 0).map((i) => i.index);
    const inner = ids.filter((i) => i.level > 0);
    const r = await sql<{ level: number; idx: number; hash: Buffer }>`
      select 0 as level, leaf_index as idx, leaf_hash as hash from ledger_entries where leaf_index = any(${leaves}::int8[])
      union all
      select w.level, w.idx, substring(h.hashes from (w.idx % ${sql.lit(HASH_ROW_WIDTH)})::int4 * ${sql.lit(HASH_BYTES)} + 1 for ${sql.lit(HASH_BYTES)})
      from unnest(${inner.map((i) => i.level)}::int2[], ${inner.map((i) => i.index)}::int8[]) as w(level, idx)
      join ledger_hash_rows h on h.level = w.level and h.idx = w.idx / ${sql.lit(HASH_ROW_WIDTH)}
      where length(h.hashes) >= (w.idx % ${sql.lit(HASH_ROW_WIDTH)} + 1) * ${sql.lit(HASH_BYTES)}`.execute(this.db);
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
    const r = await sql<{ leaf_index: number; kind: string; ref: string; canonical: string; leaf_hash: Buffer }>`
      select leaf_index, kind, ref, canonical, leaf_hash from ledger_entries
      where ${refHash('ref')} = any(${refHashes(refs)}) and kind = ${kind} and ref = any(${refs}::text[])
      order by leaf_index`.execute(this.db);
    return r.rows.map((x) => ({ leafIndex: x.leaf_index, kind: x.kind, ref: x.ref, canonical: x.canonical, leafHash: x.leaf_hash }));
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
