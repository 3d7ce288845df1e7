/**
 * HashStore over the ledger tables (node.repository.ts): one query per getNodes call, so a proof
 * costs one round trip. Level 0 is read as spans of consecutive leaves, levels ≥ 1 as whole
 * rows, which an optional bounded HashRowCache keeps for later reads.
 *
 * Leaves are stored by the appender and placed by the integrator (sequencePending) in the same
 * transaction just before putNodes, so putNodes MUST find exactly `toSize` leaves and only
 * writes interior nodes; anything else is a STORE_CONFLICT.
 */
import { MerkleError, type HashStore, type NodeId, type NodeWrite } from '../engines/merkle/index.js';
import type { HashRowCache } from './hash-row-cache.js';
import type { LedgerRepository } from './ledger.repository.js';
import { HASH_BYTES, HASH_ROW_WIDTH, rowKey, type LeafPiece, type LeafSpan, type RowId } from './node.repository.js';

export class DbHashStore implements HashStore {
  constructor(
    private readonly repo: LedgerRepository,
    private readonly cache: HashRowCache | null = null,
  ) {}

  size(): Promise<number> {
    return this.repo.size();
  }

  async getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    if (ids.length === 0) return [];
    const spans = leafSpans(ids);
    const cached = new Map<string, Buffer>();
    const missing = new Map<string, RowId>();
    for (const { level, index } of ids) {
      if (level === 0) continue;
      const row = Math.floor(index / HASH_ROW_WIDTH);
      const key = rowKey(level, row);
      if (missing.has(key) || slot(cached.get(key), index % HASH_ROW_WIDTH)) continue;
      // A cached row may be a shorter, older copy of a row that has grown since.
      const hit = this.cache?.get(level, row, index % HASH_ROW_WIDTH);
      if (hit) cached.set(key, hit);
      else {
        cached.delete(key);
        missing.set(key, { level, row });
      }
    }
    // Every node in the cache (the frontier, and proofs along the right edge): no round trip.
    const read = spans.length === 0 && missing.size === 0 ? { leaves: [], rows: new Map<string, Buffer>() } : await this.repo.nodes.read(spans, [...missing.values()]);
    for (const [key, hashes] of read.rows) {
      const id = missing.get(key) as RowId;
      this.cache?.put(id.level, id.row, hashes);
      cached.set(key, hashes);
    }
    return ids.map(({ level, index }) => {
      const h = level === 0 ? leafAt(read.leaves, index) : slot(cached.get(rowKey(level, Math.floor(index / HASH_ROW_WIDTH))), index % HASH_ROW_WIDTH);
      if (!h) throw new MerkleError('NODE_MISSING', `no node at level ${level} index ${index}`);
      return h;
    });
  }

  async putNodes(write: NodeWrite): Promise<void> {
    const stored = await this.repo.size();
    if (stored !== write.toSize) {
      throw new MerkleError('STORE_CONFLICT', `${stored} leaves stored, the write expects ${write.toSize}`);
    }
    const missed = await this.repo.nodes.writeRuns(write.levels.filter((r) => r.level > 0));
    if (missed > 0) throw new MerkleError('STORE_CONFLICT', `${missed} stored node rows do not end where this write continues them`);
  }
}

/** Requested leaves grouped into runs of consecutive indexes (a hash tile asks for 256). */
function leafSpans(ids: readonly NodeId[]): LeafSpan[] {
  const leaves = [...new Set(ids.filter((i) => i.level === 0).map((i) => i.index))].sort((a, b) => a - b);
  const spans: LeafSpan[] = [];
  for (const i of leaves) {
    const last = spans.at(-1);
    if (last && last.end === i) last.end++;
    else spans.push({ begin: i, end: i + 1 });
  }
  return spans;
}

/** The hash of leaf `index` in sorted, non-overlapping pieces. */
export function leafAt(pieces: readonly LeafPiece[], index: number): Uint8Array | null {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as LeafPiece;
    if (index < p.begin) hi = mid - 1;
    else if (index >= p.begin + p.hashes.length / HASH_BYTES) lo = mid + 1;
    else return slot(p.hashes, index - p.begin);
  }
  return null;
}

function slot(bytes: Buffer | undefined, i: number): Uint8Array | null {
  if (!bytes || bytes.length < (i + 1) * HASH_BYTES) return null;
  return new Uint8Array(bytes.buffer, bytes.byteOffset + i * HASH_BYTES, HASH_BYTES);
}
