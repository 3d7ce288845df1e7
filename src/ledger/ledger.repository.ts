/**
 * The SQL of the ledger's entries, blocks and checkpoints (node hashes: node.repository.ts).
 * Bulk statements take arrays (unnest) or one separated column of values, and return one
 * concatenated bytea, so a batch of any size is one statement with a handful of parameters and
 * a stable plan (prepared, on PostgreSQL, for the hot ones).
 *
 * Write-once layout (migration 0007): the writer appends a block (entries with ids
 * block·BLOCK_SIZE + 0…n−1, plus one ledger_blocks row holding their leaf hashes); the integrator
 * only sets the block's first_leaf. The leaf index of entry id is first_leaf + id % BLOCK_SIZE.
 */
import { sql, type RawBuilder } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import { prepared } from '../db/prepared.js';
import { leafHash } from '../engines/merkle/index.js';
import { encodeColumn, encodeEntries, SEP } from './entry-encoding.js';
import { HASH_BYTES, NodeRepository } from './node.repository.js';

export interface QueuedEntry {
  kind: string;
  ref: string;
  canonical: string;
}

/**
 * Who computes an append's leaf hashes: the appender (in this thread) or the database server in
 * the append statement, which takes the work off a Node process's one thread when the server has
 * its own cores (PostgreSQL); PGlite runs in this thread, where Node's native hash is cheaper.
 */
export type LeafHashing = 'appender' | 'database';

export interface LoggedEntry extends QueuedEntry {
  leafIndex: number;
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

/** Most entries per block (migration 0007): ids are block·BLOCK_SIZE + position. */
export const BLOCK_SIZE = 65_536;
const B = sql.lit(BLOCK_SIZE);

/** Arbitrary constant naming the integrator's advisory lock (across PostgreSQL processes; PGlite always grants it). */
const INTEGRATOR_LOCK = 0x78626c67; // "xblg"
const hasSeparator = (s: string): boolean => s.includes(SEP);
/** A text column from one UTF-8 bytea of SEP-prefixed values; the leading separator keeps empty strings ([2:] drops the first). */
const separatedBytes = (bytes: Buffer) => sql`(string_to_array(convert_from(${bytes}::bytea, 'UTF8'), ${SEP}))[2:]`;
const separated = (xs: readonly string[]) => separatedBytes(encodeColumn(xs));

/** Migration 0007's unique index on a 128-bit hash of (kind, ref). */
const KEY_INDEX = 'ledger_entries_key';
/** A join on KEY_INDEX's expressions, spelled exactly as the index so that it is used, then on the values themselves. */
const sameKey = (e: string, kind: RawBuilder<unknown>, ref: RawBuilder<unknown>) =>
  sql`hashtextextended(${sql.ref(`${e}.ref`)}, hashtextextended(${sql.ref(`${e}.kind`)}, 0)) = hashtextextended(${ref}, hashtextextended(${kind}, 0))
    and hashtextextended(${sql.ref(`${e}.ref`)}, hashtextextended(${sql.ref(`${e}.kind`)}, 1)) = hashtextextended(${ref}, hashtextextended(${kind}, 1))
    and ${sql.ref(`${e}.kind`)} = ${kind} and ${sql.ref(`${e}.ref`)} = ${ref}`;

/** Whether `err` is the refusal of an append whose (kind, ref) is already in ledger_entries. */
export function isDuplicateEntry(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  return e?.code === '23505' && (e.constraint === KEY_INDEX || (typeof e.message === 'string' && e.message.includes(KEY_INDEX)));
}

export class LedgerRepository {
  readonly nodes: NodeRepository;

  constructor(private readonly db: DbExecutor) {
    this.nodes = new NodeRepository(db);
  }

  transaction<T>(fn: (repo: LedgerRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new LedgerRepository(trx)));
  }

  /**
   * Appends entries as blocks of at most BLOCK_SIZE, one statement each, inside the caller's
   * transaction so they commit with it. Their RFC 6962 leaf hashes are computed once, here
   * ('appender') or by the database in the same statement ('database'), and stored with the
   * block. A (kind, ref) already appended fails the statement (unique violation on
   * ledger_entries_key).
   */
  async enqueue(entries: readonly QueuedEntry[], hashing: LeafHashing = 'appender'): Promise<void> {
    for (let i = 0; i < entries.length; i += BLOCK_SIZE) await this.appendBlock(entries.slice(i, i + BLOCK_SIZE), hashing);
  }

  private async appendBlock(entries: readonly QueuedEntry[], hashing: LeafHashing): Promise<void> {
    if (entries.length === 0) return;
    const kinds = entries.map((e) => e.kind);
    const refs = entries.map((e) => e.ref);
    const canonicals = entries.map((e) => e.canonical);
    const kind = kinds[0] ?? '';
    let canonical: RawBuilder<unknown> | null = null;
    let leafHashes: Buffer | null = null;
    if (kinds.some(hasSeparator) || refs.some(hasSeparator) || canonicals.some(hasSeparator)) {
      if (hashing === 'appender') leafHashes = Buffer.concat(canonicals.map((c) => leafHash(Buffer.from(c, 'utf8'))));
    } else if (hashing === 'appender') {
      // Encoded once, and hashed from those same bytes (entry-encoding.ts).
      const encoded = encodeEntries(canonicals);
      leafHashes = encoded.leafHashes;
      canonical = separatedBytes(encoded.column);
    } else canonical = separated(canonicals);
    // One separated text per column, sent as UTF-8 bytes: the drivers' array-literal escaping of
    // every quote in the JSON was the biggest single cost of an append, and PGlite measures a
    // text parameter's UTF-8 length one character at a time in JavaScript, which bytes skip. A
    // block of one kind (every complaint event) sends the kind once.
    const columns = !canonical
      ? sql`(select * from unnest(${kinds}::text[], ${refs}::text[], ${canonicals}::text[]) with ordinality as u(kind, ref, canonical, i))`
      : kinds.every((k) => k === kind)
        ? sql`(select ${kind}::text as kind, u.* from unnest(${separated(refs)}, ${canonical}) with ordinality as u(ref, canonical, i))`
        : sql`(select * from unnest(${separated(kinds)}, ${separated(refs)}, ${canonical}) with ordinality as u(kind, ref, canonical, i))`;
    const block = sql`nextval('ledger_block_seq')`;
    if (leafHashes) {
      await sql`${prepared('ledger_append')}
        with blk as (
          insert into ledger_blocks (block, n, leaf_hashes) values (${block}, ${entries.length}, ${leafHashes}::bytea)
          returning block
        )
        insert into ledger_entries (id, kind, ref, canonical)
        select blk.block * ${B} + e.i - 1, e.kind, e.ref, e.canonical
        from blk, ${columns} as e`.execute(this.db);
      return;
    }
    // Hashed by the database, as each entry is stored (RETURNING): the block row, inserted last,
    // aggregates those hashes, so the entries themselves are read only once.
    await sql`${prepared('ledger_append_hashing')}
      with blk as materialized (select ${block} as block),
      stored as (
        insert into ledger_entries (id, kind, ref, canonical)
        select blk.block * ${B} + e.i - 1, e.kind, e.ref, e.canonical
        from blk, ${columns} as e
        returning id, sha256('\\x00'::bytea || convert_to(canonical, 'UTF8')) as leaf_hash
      )
      insert into ledger_blocks (block, n, leaf_hashes)
      select (select block from blk), count(*), string_agg(leaf_hash, ''::bytea order by id) from stored`.execute(this.db);
  }

  /** Refs of `kind` already appended (pending or logged), to refuse a duplicate submission up front. */
  async existingRefs(kind: string, refs: readonly string[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const r = await sql<{ ref: string }>`
      select e.ref from unnest(${refs}::text[]) as w(ref)
      join ledger_entries e on ${sameKey('e', sql`${kind}::text`, sql`w.ref`)}`.execute(this.db);
    return r.rows.map((x) => x.ref);
  }

  /** The newest pending block, or null when nothing is pending. */
  async lastPending(): Promise<number | null> {
    const r = await sql<{ b: number | null }>`${prepared('ledger_last_pending')} select max(block) as b from ledger_blocks where first_leaf is null`.execute(this.db);
    return r.rows[0]?.b ?? null;
  }

  /** Whether a block up to `last` is still pending. */
  async hasPending(last: number): Promise<boolean> {
    const r = await sql<{ q: boolean }>`${prepared('ledger_has_pending')} select exists (select 1 from ledger_blocks where first_leaf is null and block <= ${last}::int8) as q`.execute(this.db);
    return r.rows[0]?.q === true;
  }

  async pendingCount(): Promise<number> {
    const r = await sql<{ n: number }>`select coalesce(sum(n), 0)::int8 as n from ledger_blocks where first_leaf is null`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * Starts an integrator transaction: only one integrator at a time across processes (released
   * at commit; PGlite has one process, so it always gets it). No JIT for this transaction: a
   * batch statement's estimated cost can cross the JIT threshold, and compiling took far longer
   * than running it.
   */
  async beginIntegration(): Promise<boolean> {
    const r = await sql<{ ok: boolean }>`${prepared('ledger_begin')} select set_config('jit', 'off', true) is not null and pg_try_advisory_xact_lock(${INTEGRATOR_LOCK}) as ok`.execute(this.db);
    return r.rows[0]?.ok === true;
  }

  /** Leaves in the log: the end of the last sequenced block. */
  async size(): Promise<number> {
    const r = await sql<{ n: number }>`${prepared('ledger_size')}
      select coalesce((select first_leaf + n from ledger_blocks where first_leaf is not null order by first_leaf desc limit 1), 0)::int8 as n`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * Sequences pending blocks, oldest block first, at consecutive leaf indexes from `first`: whole
   * blocks, the last one being the first to reach `max` leaves. Returns their leaf hashes in leaf
   * order (one bytea) and how many leaves that is. Nothing but first_leaf is written.
   */
  async sequencePending(first: number, max: number): Promise<{ leaves: number; hashes: Buffer }> {
    const r = await sql<{ n: number; hashes: Buffer | null }>`${prepared('ledger_sequence')}
      with pending as (
        select block, sum(n) over (order by block) - n as before
        from (select block, n from ledger_blocks where first_leaf is null order by block limit ${max}) p
      ), seq as (
        update ledger_blocks b set first_leaf = ${first}::int8 + p.before
        from pending p
        where b.block = p.block and b.first_leaf is null and p.before < ${max}
        returning b.first_leaf, b.n, b.leaf_hashes
      )
      select coalesce(sum(n), 0)::int8 as n, string_agg(leaf_hashes, ''::bytea order by first_leaf) as hashes from seq`.execute(this.db);
    const n = Number(r.rows[0]?.n ?? 0);
    const hashes = r.rows[0]?.hashes ?? Buffer.alloc(0);
    if (hashes.length !== n * HASH_BYTES) throw new Error(`sequencePending returned ${hashes.length} hash bytes for ${n} leaves`);
    return { leaves: n, hashes };
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const r = await this.db.selectFrom('ledger_checkpoints').select(['size', 'root', 'note']).orderBy('size', 'desc').limit(1).executeTakeFirst();
    return r ?? null;
  }

  async insertCheckpoint(cp: StoredCheckpoint): Promise<void> {
    await this.db.insertInto('ledger_checkpoints').values(cp).execute();
  }

  /** Logged entries with leaf index in [first, first + limit), in leaf order (absent ones left out). */
  async entriesFrom(first: number, limit: number): Promise<LoggedEntry[]> {
    const r = await sql<{ leaf_index: number; kind: string; ref: string; canonical: string }>`
      select b.first_leaf + e.id % ${B} as leaf_index, e.kind, e.ref, e.canonical
      from ledger_blocks b
      join ledger_entries e on e.id between b.block * ${B} + greatest(${first}::int8 - b.first_leaf, 0) and b.block * ${B} + least(${first}::int8 + ${limit}::int8 - b.first_leaf, b.n) - 1
      where b.first_leaf >= coalesce((select max(first_leaf) from ledger_blocks where first_leaf <= ${first}::int8), 0)
        and b.first_leaf < ${first}::int8 + ${limit}::int8
      order by leaf_index`.execute(this.db);
    return r.rows.map((x) => ({ leafIndex: x.leaf_index, kind: x.kind, ref: x.ref, canonical: x.canonical }));
  }

  /** The logged entries of `kind` among `refs`, in leaf order; pending ones are left out. */
  async entriesByRefs(kind: string, refs: readonly string[]): Promise<LoggedEntry[]> {
    if (refs.length === 0) return [];
    const r = await sql<{ leaf_index: number; kind: string; ref: string; canonical: string }>`
      select b.first_leaf + e.id % ${B} as leaf_index, e.kind, e.ref, e.canonical
      from unnest(${refs}::text[]) as w(ref)
      join ledger_entries e on ${sameKey('e', sql`${kind}::text`, sql`w.ref`)}
      join ledger_blocks b on b.block = e.id / ${B} and b.first_leaf is not null
      order by leaf_index`.execute(this.db);
    return r.rows.map((x) => ({ leafIndex: x.leaf_index, kind: x.kind, ref: x.ref, canonical: x.canonical }));
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
    const r = await sql<EventDbRow>`
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

  /** Event rows not appended (neither pending nor logged) under their (complaint, seq) ref. */
  async unloggedEvents(limit: number): Promise<EventRow[]> {
    const r = await sql<EventDbRow>`
      select e.complaint_id, e.seq, e.type, e.actor_type, e.actor_id, e.occurred_at, e.data
      from complaint_events e
      where not exists (select 1 from ledger_entries l where ${sameKey('l', sql`'complaint_event'::text`, sql`(e.complaint_id::text || ':' || e.seq::text)`)})
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

interface EventDbRow {
  complaint_id: string;
  seq: number;
  type: string;
  actor_type: string;
  actor_id: string | null;
  occurred_at: Date;
  data: Record<string, unknown>;
}

function toEventRow(r: EventDbRow): EventRow {
  return { complaintId: r.complaint_id, seq: r.seq, type: r.type, actorType: r.actor_type, actorId: r.actor_id, occurredAt: r.occurred_at, data: r.data };
}
