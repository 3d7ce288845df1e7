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
    const next = this.levels.map((l) => l.count);
    for (const n of write.nodes) {
      if (n.hash.length !== HASH_SIZE) throw new MerkleError('INVALID_HASH', `node hash is ${n.hash.length} bytes`);
      const count = next[n.level] ?? 0;
      if (n.index !== count) {
        throw new MerkleError('STORE_CONFLICT', `level ${n.level} is append-only: got index ${n.index}, want ${count}`);
      }
      next[n.level] = count + 1;
    }
    for (const n of write.nodes) this.append(n.level, n.hash);
    this.treeSize = write.toSize;
  }

  private append(level: number, hash: Uint8Array): void {
    while (this.levels.length <= level) this.levels.push({ chunks: [], count: 0 });
    const lv = this.levels[level] as Level;
    const c = Math.floor(lv.count / NODES_PER_CHUNK);
    if (c === lv.chunks.length) lv.chunks.push(new Uint8Array(NODES_PER_CHUNK * HASH_SIZE));
    (lv.chunks[c] as Uint8Array).set(hash, (lv.count % NODES_PER_CHUNK) * HASH_SIZE);
    lv.count++;
  }
}
