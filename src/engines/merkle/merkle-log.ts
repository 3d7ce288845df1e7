/**
 * An append-only log over a HashStore. Holds only the O(log n) frontier in memory; every proof
 * and historical root is assembled from stored complete-subtree nodes: O(log n) node reads in
 * ONE getNodes batch, never a recomputation from leaves.
 *
 * - A MerkleLog MUST be the only writer through its store handle; on STORE_CONFLICT the caller
 *   MUST re-open (MerkleLog.open) before retrying.
 * - Proofs and roots MAY be requested for any tree size up to the current size: complete
 *   subtrees are immutable, so old checkpoints stay provable.
 */
import { MerkleError } from './errors.js';
import { emptyRoot, nodeHash } from './hash.js';
import type { HashStore } from './hash-store.js';
import { frontierRoot, planAppend, type AppendPlan, type LogState } from './compact-range.js';
import { assertSize, consistencyRanges, inclusionRanges, perfectNodes, type LeafRange, type NodeId } from './tree-math.js';

export class MerkleLog {
  private constructor(
    private readonly store: HashStore,
    private state: LogState,
  ) {}

  static async open(store: HashStore): Promise<MerkleLog> {
    const size = await store.size();
    const frontier = await store.getNodes(perfectNodes(0, size));
    return new MerkleLog(store, { size, frontier });
  }

  get size(): number {
    return this.state.size;
  }

  root(): Uint8Array {
    return frontierRoot(this.state.frontier);
  }

  /** Pure: what appending these leaf hashes (one each, or concatenated) would write. Persist `levels`, then adopt(). */
  plan(leafHashes: Uint8Array | readonly Uint8Array[]): AppendPlan {
    return planAppend(this.state, leafHashes);
  }

  /** Accepts a plan the caller has persisted itself (e.g. inside its own DB transaction). */
  adopt(plan: AppendPlan): void {
    if (plan.firstIndex !== this.state.size) {
      throw new MerkleError('STORE_CONFLICT', `plan starts at ${plan.firstIndex}, log is at ${this.state.size}`);
    }
    this.state = plan.next;
  }

  async appendBatch(leafHashes: Uint8Array | readonly Uint8Array[]): Promise<AppendPlan> {
    const plan = this.plan(leafHashes);
    await this.store.putNodes({ fromSize: plan.firstIndex, toSize: plan.newSize, levels: plan.levels });
    this.adopt(plan);
    return plan;
  }

  async rootAt(treeSize: number): Promise<Uint8Array> {
    this.assertKnown(treeSize);
    if (treeSize === 0) return emptyRoot;
    if (treeSize === this.state.size) return this.root();
    const [root] = await this.hashRanges([{ begin: 0, end: treeSize }]);
    return root as Uint8Array;
  }

  async inclusionProof(index: number, treeSize: number): Promise<Uint8Array[]> {
    this.assertKnown(treeSize);
    return this.hashRanges(inclusionRanges(index, treeSize));
  }

  async consistencyProof(oldSize: number, newSize: number): Promise<Uint8Array[]> {
    this.assertKnown(newSize);
    return this.hashRanges(consistencyRanges(oldSize, newSize));
  }

  /** Leaf hash at `index`, e.g. to check a stored entry still matches its logged hash. */
  async leafHashAt(index: number): Promise<Uint8Array> {
    assertSize(index, 'leaf index');
    if (index >= this.state.size) throw new MerkleError('INDEX_OUT_OF_RANGE', `no leaf ${index} in a log of size ${this.state.size}`);
    const [h] = await this.store.getNodes([{ level: 0, index }]);
    return h as Uint8Array;
  }

  private assertKnown(treeSize: number): void {
    assertSize(treeSize, 'tree size');
    if (treeSize > this.state.size) {
      throw new MerkleError('INDEX_OUT_OF_RANGE', `tree size ${treeSize} exceeds log size ${this.state.size}`);
    }
  }

  /** MTH of each range, from one batched read of the perfect subtrees that tile the ranges. */
  private async hashRanges(ranges: LeafRange[]): Promise<Uint8Array[]> {
    const parts = ranges.map((r) => perfectNodes(r.begin, r.end));
    const ids: NodeId[] = parts.flat();
    const hashes = ids.length === 0 ? [] : await this.store.getNodes(ids);
    let cursor = 0;
    return parts.map((p) => {
      const mine = hashes.slice(cursor, cursor + p.length);
      cursor += p.length;
      // Sizes strictly decrease left to right, so the range's MTH is the right fold.
      return mine.reduceRight((acc, h) => nodeHash(h, acc));
    });
  }
}
