/**
 * A bounded cache of interior-node rows (ledger_hash_rows) for the proof reader, keeping the top
 * levels of the tree: when full, a row displaces one of the lowest cached level, and a row no
 * higher than everything cached is not kept. Every proof reads one row per level, so the top
 * rows are shared by all proofs while a bottom row is rarely read twice; least-recently-used
 * eviction let those bottom rows push out the shared ones. Stored nodes never change and each
 * level only grows to the right, so a cached row, even a partial one, stays correct for every
 * node it holds; a node beyond it is a miss. Memory is at most `maxRows` KiB, whatever the size
 * of the log.
 */
import { HASH_BYTES } from './node.repository.js';

/** Rows the ledger's proof reader keeps: 4 MiB, the levels above the bottom seven at ten million leaves. */
export const PROOF_CACHE_ROWS = 4096;

export class HashRowCache {
  /** Rows by level, then by row index. */
  private readonly levels: Array<Map<number, Buffer> | undefined> = [];
  private count = 0;

  constructor(private readonly maxRows: number) {}

  /** The cached row if it holds node `slot` (0-based within the row). */
  get(level: number, row: number, slot: number): Buffer | null {
    const r = this.levels[level]?.get(row);
    return r && r.length >= (slot + 1) * HASH_BYTES ? r : null;
  }

  /** Whether put() would keep row `row` of `level`: cached already (a shorter copy), room left, or a lower level to displace. */
  keeps(level: number, row: number): boolean {
    if (this.count < this.maxRows || this.levels[level]?.has(row) === true) return true;
    for (let l = 0; l < level; l++) if ((this.levels[l]?.size ?? 0) > 0) return true;
    return false;
  }

  put(level: number, row: number, hashes: Buffer): void {
    const rows = this.levels[level] ?? new Map<number, Buffer>();
    this.levels[level] = rows;
    if (!rows.has(row)) {
      if (this.count >= this.maxRows && !this.evictBelow(level)) return;
      this.count++;
    }
    rows.set(row, hashes);
  }

  /** Drops one row of the lowest cached level if that level is below `level`. */
  private evictBelow(level: number): boolean {
    for (let l = 0; l < level; l++) {
      const rows = this.levels[l];
      const victim = rows?.keys().next();
      if (rows && victim && !victim.done) {
        rows.delete(victim.value);
        this.count--;
        return true;
      }
    }
    return false;
  }
}
