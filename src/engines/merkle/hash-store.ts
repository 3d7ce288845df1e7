/**
 * Storage contract for Merkle node hashes, shaped so that a SQL table
 * `(level int, idx bigint, hash bytea, primary key (level, idx))` plus a size row, or tile
 * blobs, can implement it. Level 0 holds leaf hashes; (level, idx) holds the root of the
 * perfect subtree over leaves [idx·2^level, (idx+1)·2^level).
 *
 * - getNodes MUST return the hashes in request order and MUST throw
 *   MerkleError('NODE_MISSING') if any id is absent, never a partial or padded array.
 * - putNodes MUST be atomic: the nodes and the new size become visible together or not at all,
 *   so an implementation SHOULD write them in the same transaction as the entries they commit.
 * - putNodes MUST throw MerkleError('STORE_CONFLICT') when the stored size is not
 *   `write.fromSize` (another writer got there first); the caller re-opens and retries.
 * - Stored nodes are immutable: a complete subtree never changes once written.
 */
import type { LevelRun } from './compact-range.js';
import type { NodeId } from './tree-math.js';

export interface NodeWrite {
  fromSize: number;
  toSize: number;
  /** The nodes that became complete, one run per level from 0 (the leaves); each run continues its level. */
  levels: LevelRun[];
}

export interface HashStore {
  getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]>;
  putNodes(write: NodeWrite): Promise<void>;
  size(): Promise<number>;
}
