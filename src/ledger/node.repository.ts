/**
 * The SQL of the log's node hashes. Level 0 (leaf hashes) is read from ledger_blocks (written
 * by the appender, sliced out of each block's leaf_hashes); levels ≥ 1 live in ledger_hash_rows,
 * HASH_ROW_WIDTH consecutive nodes of one level per row (migration 0006), and are read and
 * written as whole rows.
 */
import { sql } from 'kysely';
import { prepared } from '../db/prepared.js';
import type { DbExecutor } from '../db/executor.js';
import type { LevelRun } from '../engines/merkle/index.js';

/** Interior nodes per ledger_hash_rows row (migration 0006): 1 KiB, stored inline. */
export const HASH_ROW_WIDTH = 32;
export const HASH_BYTES = 32;
const ROW_BYTES = HASH_ROW_WIDTH * HASH_BYTES;

/** Leaves [begin, end). */
export interface LeafSpan {
  begin: number;
  end: number;
}

/** Row `row` of Merkle level `level` (nodes row·HASH_ROW_WIDTH …). */
export interface RowId {
  level: number;
  row: number;
}

/** Nodes first … first + count − 1 (slots within the row) of one row; a whole row is 0 … HASH_ROW_WIDTH − 1. */
export interface RowRead extends RowId {
  first: number;
  count: number;
}

/** The stored part of a RowRead: its nodes from slot `first` on (fewer at a row still growing). */
export interface RowPiece {
  first: number;
  hashes: Buffer;
}

/** Stored leaf hashes begin, begin + 1, … (one block's part of a requested span), concatenated. */
export interface LeafPiece {
  begin: number;
  hashes: Buffer;
}

export interface NodeRead {
  /** Every stored leaf of the requested spans, by begin; a leaf of no sequenced block is in none. */
  leaves: LeafPiece[];
  /** The stored part of each requested row read, by `level:row`. */
  rows: Map<string, RowPiece>;
}

export const rowKey = (level: number, row: number): string => `${level}:${row}`;

export class NodeRepository {
  constructor(private readonly db: DbExecutor) {}

  /**
   * Leaf spans and slots of hash rows in ONE query. Each span's blocks are found by one index
   * range scan from the block holding its first leaf, and only the span's part of each block's
   * hashes is read (leaf_hashes is stored uncompressed, so that is one TOAST chunk for a proof);
   * likewise only the requested slots of each row are returned. Prepared: planning this was most
   * of a proof's time.
   */
  async read(spans: readonly LeafSpan[], rows: readonly RowRead[]): Promise<NodeRead> {
    const r = await sql<{ level: number; idx: number; hashes: Buffer }>`${prepared('ledger_nodes')}
      select 0::int2 as level, greatest(s.b, k.first_leaf) as idx,
             substring(k.leaf_hashes from (greatest(s.b, k.first_leaf) - k.first_leaf)::int4 * ${sql.lit(HASH_BYTES)} + 1
                       for (least(s.e, k.first_leaf + k.n) - greatest(s.b, k.first_leaf))::int4 * ${sql.lit(HASH_BYTES)}) as hashes
      from unnest(${spans.map((s) => s.begin)}::int8[], ${spans.map((s) => s.end)}::int8[]) as s(b, e)
      cross join lateral (
        select first_leaf, n, leaf_hashes from ledger_blocks
        where first_leaf >= coalesce((select max(first_leaf) from ledger_blocks where first_leaf <= s.b), 0) and first_leaf < s.e
      ) k
      where k.first_leaf + k.n > s.b
      union all
      select h.level, h.idx, substring(h.hashes from w.first * ${sql.lit(HASH_BYTES)} + 1 for w.count * ${sql.lit(HASH_BYTES)}) as hashes
      from unnest(${rows.map((x) => x.level)}::int2[], ${rows.map((x) => x.row)}::int8[], ${rows.map((x) => x.first)}::int4[], ${rows.map((x) => x.count)}::int4[]) as w(level, idx, first, count)
      join ledger_hash_rows h on h.level = w.level and h.idx = w.idx`.execute(this.db);
    const out: NodeRead = { leaves: [], rows: new Map() };
    const firsts = new Map(rows.map((x) => [rowKey(x.level, x.row), x.first]));
    for (const x of r.rows) {
      if (x.level === 0) out.leaves.push({ begin: x.idx, hashes: x.hashes });
      else {
        const key = rowKey(x.level, x.idx);
        out.rows.set(key, { first: firsts.get(key) ?? 0, hashes: x.hashes });
      }
    }
    out.leaves.sort((a, b) => a.begin - b.begin);
    return out;
  }

  /** The stored leaf hashes of [first, first + count), as read() returns them. */
  async leaves(first: number, count: number): Promise<LeafPiece[]> {
    return (await this.read([{ begin: first, end: first + count }], [])).leaves;
  }

  /**
   * Nodes first … first + count − 1 of `level` as one concatenated buffer, for copying the log
   * elsewhere (the proof mirror); throws unless every one of them is stored.
   */
  async levelRange(level: number, first: number, count: number): Promise<Buffer> {
    let parts: Buffer[];
    if (level === 0) {
      const pieces = await this.leaves(first, count);
      let next = first;
      for (const p of pieces) {
        if (p.begin !== next) throw new Error(`level 0: leaves from ${next} missing`);
        next += p.hashes.length / HASH_BYTES;
      }
      parts = pieces.map((p) => p.hashes);
    } else {
      const fromRow = Math.floor(first / HASH_ROW_WIDTH);
      const toRow = Math.floor((first + count - 1) / HASH_ROW_WIDTH);
      const r = await sql<{ hashes: Buffer }>`${prepared('ledger_level_range')}
        select hashes from ledger_hash_rows where level = ${level}::int2 and idx between ${fromRow}::int8 and ${toRow}::int8 order by idx`.execute(this.db);
      // Offsets below assume full rows: only the last may be shorter (still growing).
      if (r.rows.length !== toRow - fromRow + 1 || r.rows.some((x, i) => i < r.rows.length - 1 && x.hashes.length !== ROW_BYTES)) {
        throw new Error(`level ${level}: rows ${fromRow}…${toRow} are not all stored whole`);
      }
      const skip = (first - fromRow * HASH_ROW_WIDTH) * HASH_BYTES;
      parts = [Buffer.concat(r.rows.map((x) => x.hashes)).subarray(skip, skip + count * HASH_BYTES)];
    }
    const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    if (bytes.length !== count * HASH_BYTES) throw new Error(`level ${level}: ${bytes.length / HASH_BYTES} of nodes ${first}…${first + count - 1} stored`);
    return bytes;
  }

  /**
   * Writes runs of interior nodes (levels ≥ 1, each continuing its level) in ONE statement: the head of a run that starts inside a row
   * is appended to that row, which MUST then hold exactly up to it; the rest become new rows.
   * Returns how many of those appends found no such row, so the caller can tell a concurrent or
   * tampered store from a good write.
   */
  async writeRuns(runs: readonly LevelRun[]): Promise<number> {
    const grown: Array<{ level: number; row: number; offset: number; hex: string }> = [];
    const fresh: Array<{ level: number; row: number; at: number; bytes: number }> = [];
    const freshParts: Buffer[] = [];
    let at = 0;
    for (const run of runs) {
      const offset = run.firstIndex % HASH_ROW_WIDTH;
      const head = offset === 0 ? 0 : Math.min(run.hashes.length, (HASH_ROW_WIDTH - offset) * HASH_BYTES);
      const bytes = Buffer.from(run.hashes.buffer, run.hashes.byteOffset, run.hashes.length);
      if (head > 0) grown.push({ level: run.level, row: Math.floor(run.firstIndex / HASH_ROW_WIDTH), offset, hex: bytes.toString('hex', 0, head) });
      if (head < bytes.length) {
        fresh.push({ level: run.level, row: Math.ceil(run.firstIndex / HASH_ROW_WIDTH), at, bytes: bytes.length - head });
        freshParts.push(bytes.subarray(head));
        at += bytes.length - head;
      }
    }
    // New rows go as ONE bytea, cut into rows by offset (substring of a bytea copies only its
    // slice), with small int arrays: a text[] of hex runs cost more to encode in the driver and
    // parse in the server than the whole insert.
    const r = await sql<{ appended: number }>`${prepared('ledger_write_nodes')}
      with grown as (
        update ledger_hash_rows h set hashes = h.hashes || decode(w.hex, 'hex')
        from unnest(${grown.map((g) => g.level)}::int2[], ${grown.map((g) => g.row)}::int8[], ${grown.map((g) => g.offset)}::int4[], ${grown.map((g) => g.hex)}::text[]) as w(level, idx, off, hex)
        where h.level = w.level and h.idx = w.idx and length(h.hashes) = w.off * ${sql.lit(HASH_BYTES)}
        returning h.level
      ), created as (
        insert into ledger_hash_rows (level, idx, hashes)
        select f.level, f.first_row + k, substring(${Buffer.concat(freshParts)}::bytea from (f.at + k * ${sql.lit(ROW_BYTES)} + 1)::int4 for least(${sql.lit(ROW_BYTES)}, f.len - k * ${sql.lit(ROW_BYTES)}))
        from unnest(${fresh.map((f) => f.level)}::int2[], ${fresh.map((f) => f.row)}::int8[], ${fresh.map((f) => f.at)}::int4[], ${fresh.map((f) => f.bytes)}::int4[]) as f(level, first_row, at, len),
             generate_series(0, (f.len - 1) / ${sql.lit(ROW_BYTES)}) as k
      )
      select count(*)::int4 as appended from grown`.execute(this.db);
    return grown.length - (r.rows[0]?.appended ?? 0);
  }
}
