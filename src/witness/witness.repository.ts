/**
 * The SQL of the witness: its latest cosigned checkpoint per origin. `transaction` plus
 * `lockLatest` (select … for update) is what makes add-checkpoint's check-then-update atomic
 * across connections and processes; the writes are conditional as well, so a lost race shows
 * up as `false` rather than as a silent overwrite.
 */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';

export interface CosignedCheckpoint {
  origin: string;
  size: number;
  root: Buffer;
  note: string;
}

export class WitnessRepository {
  constructor(private readonly db: DbExecutor) {}

  transaction<T>(fn: (repo: WitnessRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new WitnessRepository(trx)));
  }

  /** The stored checkpoint of `origin`, row-locked until the transaction ends. */
  async lockLatest(origin: string): Promise<{ size: number; root: Buffer } | null> {
    const r = await this.db.selectFrom('witness_checkpoints').select(['size', 'root']).where('origin', '=', origin).forUpdate().executeTakeFirst();
    return r ?? null;
  }

  /**
   * Moves `origin` from (prevSize, prevRoot), or from nothing when `prev` is null, to `next`.
   * False when the row was not in that state: a concurrent submission got there first.
   */
  async advance(prev: { size: number; root: Buffer } | null, next: CosignedCheckpoint): Promise<boolean> {
    if (prev === null) {
      const r = await this.db.insertInto('witness_checkpoints').values(next).onConflict((oc) => oc.column('origin').doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
    }
    const r = await this.db
      .updateTable('witness_checkpoints')
      .set({ size: next.size, root: next.root, note: next.note, updated_at: sql<Date>`now()` })
      .where('origin', '=', next.origin)
      .where('size', '=', prev.size)
      .where('root', '=', prev.root)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
