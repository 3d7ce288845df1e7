/**
 * In-memory HashStore for tests and benchmarks. Each level is a list of fixed-size byte chunks
 * rather than one object per node: 10M leaves mean ~20M hashes, and per-node objects would
 * triple the memory of the 640 MB of hash data.
 */
import { MerkleError } from './errors.js';
import { HASH_SIZE } from './hash.js';
import type { HashStore, NodeWrite } from './hash-store.js';
import type { NodeId } from './tree-math.js';

const NODES_PER_CHUNK = 65_536;

interface Level {
  chunks: Uint8Array[];
  count: number;
}

export class MemoryHashStore implements HashStore {
  private readonly levels: Level[] = [];
  private treeSize = 0;
  /** Number of node hashes handed out by getNodes, so tests can assert O(log n) reads. */
  nodesRead = 0;

  async size(): Promise<number> {
    return this.treeSize;
  }

  async getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    this.nodesRead += ids.length;
    return ids.map(({ level, index }) => {
      const lv = this.levels[level];
      if (!lv || index < 0 || index >= lv.count) {
        throw new MerkleError('NODE_MISSING', `no node at level ${level} index ${index}`);
      }
      const chunk = lv.chunks[Math.floor(index / NODES_PER_CHUNK)] as Uint8Array;
      const off = (index % NODES_PER_CHUNK) * HASH_SIZE;
      return chunk.slice(off, off + HASH_SIZE);
    });
  }

  async putNodes(write: NodeWrite): Promise<void> {
    if (write.fromSize !== this.treeSize) {
      throw new MerkleError('STORE_CONFLICT', `store is at size ${this.treeSize}, writer expected ${write.fromSize}`);
    }
    // Validate the whole batch before touching anything so a bad write changes nothing.
    for (const run of write.levels) {
      if (run.hashes.length % HASH_SIZE !== 0) throw new MerkleError('INVALID_HASH', `level ${run.level} run is ${run.hashes.length} bytes`);
      const count = this.levels[run.level]?.count ?? 0;
      if (run.firstIndex !== count) {
        throw new MerkleError('STORE_CONFLICT', `level ${run.level} is append-only: got index ${run.firstIndex}, want ${count}`);
      }
    }
    for (const run of write.levels) this.append(run.level, run.hashes);
    this.treeSize = write.toSize;
  }

  private append(level: number, hashes: Uint8Array): void {
    while (this.levels.length <= level) this.levels.push({ chunks: [], count: 0 });
    const lv = this.levels[level] as Level;
    for (let done = 0; done < hashes.length; ) {
      const c = Math.floor(lv.count / NODES_PER_CHUNK);
      if (c === lv.chunks.length) lv.chunks.push(new Uint8Array(NODES_PER_CHUNK * HASH_SIZE));
      const at = (lv.count % NODES_PER_CHUNK) * HASH_SIZE;
      const n = Math.min(hashes.length - done, NODES_PER_CHUNK * HASH_SIZE - at);
      (lv.chunks[c] as Uint8Array).set(hashes.subarray(done, done + n), at);
      done += n;
      lv.count += n / HASH_SIZE;
    }
  }
}
