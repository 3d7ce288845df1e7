/**
 * The SQL of the log's cosignatures (migration 0009): per witness, the latest checkpoint of this
 * log it cosigned and the verified line. `record` is a conditional upsert, so a row only moves to
 * a larger size (or is refreshed at its own size and root) whichever process writes last.
 */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { StoredCheckpoint } from './ledger.repository.js';

export interface CosignedHead {
  witness: string;
  size: number;
  root: Buffer;
  /** The cosignature line, ending in a newline. */
  cosignature: string;
}

export class CosignatureRepository {
  constructor(private readonly db: DbExecutor) {}

  /** The stored (size, root) of each of `witnesses` that has a row. */
  async heads(witnesses: readonly string[]): Promise<Map<string, { size: number; root: Buffer }>> {
    const rows = await this.db.selectFrom('ledger_cosignatures').select(['witness', 'size', 'root']).where('witness', 'in', [...witnesses]).execute();
    return new Map(rows.map((r) => [r.witness, { size: r.size, root: r.root }]));
  }

  /** Stores a verified cosignature; false when the row already holds a larger size (or another root at this size). */
  async record(head: CosignedHead): Promise<boolean> {
    const r = await sql`
      insert into ledger_cosignatures (witness, size, root, cosignature)
      values (${head.witness}, ${head.size}::int8, ${head.root}::bytea, ${head.cosignature})
      on conflict (witness) do update
        set size = excluded.size, root = excluded.root, cosignature = excluded.cosignature, updated_at = now()
        where ledger_cosignatures.size < excluded.size
           or (ledger_cosignatures.size = excluded.size and ledger_cosignatures.root = excluded.root)`.execute(this.db);
    return Number(r.numAffectedRows ?? 0n) === 1;
  }

  /**
   * The latest checkpoint with the cosignature lines of those of `witnesses` whose row is for
   * that same size and root, in witness-name order: one statement, over two indexes.
   */
  async latestWithCosignatures(witnesses: readonly string[]): Promise<(StoredCheckpoint & { cosignatures: string }) | null> {
    const r = await sql<StoredCheckpoint & { cosignatures: string }>`
      select c.size, c.root, c.note,
        coalesce((select string_agg(w.cosignature, '' order by w.witness) from ledger_cosignatures w
                  where w.size = c.size and w.root = c.root and w.witness = any(${[...witnesses]}::text[])), '') as cosignatures
      from (select size, root, note from ledger_checkpoints order by size desc limit 1) c`.execute(this.db);
    return r.rows[0] ?? null;
  }

  /**
   * Among the heads of `witnesses` of at least `minSize` leaves that match a stored checkpoint
   * (size and root), the one most of them cosigned, the larger size on a tie: that checkpoint
   * with their lines in witness-name order, or null. Reads the witnesses' rows and, by primary
   * key, the checkpoint of each distinct head among them (at most one per witness), never a range.
   */
  async mostCosigned(witnesses: readonly string[], minSize: number): Promise<(StoredCheckpoint & { cosignatures: string }) | null> {
    const r = await sql<StoredCheckpoint & { cosignatures: string }>`
      select c.size, c.root, c.note, h.cosignatures
      from (select size, root, count(*) as n, string_agg(cosignature, '' order by witness) as cosignatures
            from ledger_cosignatures
            where witness = any(${[...witnesses]}::text[]) and size >= ${minSize}::int8
            group by size, root) h
      join ledger_checkpoints c on c.size = h.size and c.root = h.root
      order by h.n desc, c.size desc
      limit 1`.execute(this.db);
    return r.rows[0] ?? null;
  }
}
