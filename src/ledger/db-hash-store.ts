/**
 * HashStore over the ledger tables (node.repository.ts): one query per getNodes call, so a proof
 * costs one round trip. Level 0 is read as spans of consecutive leaves, levels ≥ 1 as the slots
 * asked for, or as whole rows where an optional bounded HashRowCache keeps them for later reads.
 *
 * Leaves are stored by the appender and placed by the integrator (sequencePending) in the same
 * transaction just before putNodes, so putNodes MUST find exactly `toSize` leaves and only
 * writes interior nodes; anything else is a STORE_CONFLICT.
 */
import { MerkleError, type HashStore, type NodeId, type NodeWrite } from '../engines/merkle/index.js';
import type { HashRowCache } from './hash-row-cache.js';
import type { LedgerRepository } from './ledger.repository.js';
import { HASH_BYTES, HASH_ROW_WIDTH, rowKey, type LeafPiece, type LeafSpan, type RowPiece, type RowRead } from './node.repository.js';

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
    const pieces = new Map<string, RowPiece>();
    const missing = new Map<string, RowRead>();
    for (const { level, index } of ids) {
      if (level === 0) continue;
      const row = Math.floor(index / HASH_ROW_WIDTH);
      const at = index % HASH_ROW_WIDTH;
      const key = rowKey(level, row);
      const wanted = missing.get(key);
      if (wanted) {
        // Another node of a row being read: widen the slot range to cover it.
        const end = Math.max(wanted.first + wanted.count, at + 1);
        wanted.first = Math.min(wanted.first, at);
        wanted.count = end - wanted.first;
        continue;
      }
      if (slot(pieces.get(key), at)) continue;
      // A cached row may be a shorter, older copy of a row that has grown since.
      const hit = this.cache?.get(level, row, at);
      if (hit) pieces.set(key, { first: 0, hashes: hit });
      else {
        pieces.delete(key);
        // A row the cache keeps is read whole (so is a cached one that has grown: earlier nodes
        // of this call may have come from it); of any other only the slots asked for (a proof
        // needs one node of each of its bottom rows, which no cache bounded by the log keeps):
        // 32 bytes instead of 1 KiB per row, hex-encoded by the server and decoded here.
        missing.set(key, this.cache?.keeps(level, row) ? { level, row, first: 0, count: HASH_ROW_WIDTH } : { level, row, first: at, count: 1 });
      }
    }
    // Every node in the cache (the frontier, and proofs along the right edge): no round trip.
    const read = spans.length === 0 && missing.size === 0 ? { leaves: [], rows: new Map<string, RowPiece>() } : await this.repo.nodes.read(spans, [...missing.values()]);
    for (const [key, piece] of read.rows) {
      const id = missing.get(key) as RowRead;
      if (id.first === 0 && id.count === HASH_ROW_WIDTH) this.cache?.put(id.level, id.row, piece.hashes);
      pieces.set(key, piece);
    }
    return ids.map(({ level, index }) => {
      const h = level === 0 ? leafAt(read.leaves, index) : slot(pieces.get(rowKey(level, Math.floor(index / HASH_ROW_WIDTH))), index % HASH_ROW_WIDTH);
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
    else return hashAt(p.hashes, index - p.begin);
  }
  return null;
}

/** Node `i` (slot within its row) of a row piece, if the piece holds it. */
function slot(piece: RowPiece | undefined, i: number): Uint8Array | null {
  return piece && i >= piece.first ? hashAt(piece.hashes, i - piece.first) : null;
}

function hashAt(bytes: Buffer, i: number): Uint8Array | null {
  if (bytes.length < (i + 1) * HASH_BYTES) return null;
  return new Uint8Array(bytes.buffer, bytes.byteOffset + i * HASH_BYTES, HASH_BYTES);
}
