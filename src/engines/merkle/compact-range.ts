/**
 * The log's right frontier ("compact range" of [0, size)): one hash per set bit of size.
 * Appending is pure: planAppend computes the new frontier, the new root and every node that
 * became complete, so a database can persist entries and nodes in ONE transaction before the
 * append is acknowledged.
 */
import { MerkleError } from './errors.js';
import { emptyRoot, HASH_SIZE, nodeHash } from './hash.js';
import type { StoredNode } from './hash-store.js';
import { perfectNodes } from './tree-math.js';

export interface LogState {
  readonly size: number;
  /** Hashes of perfectNodes(0, size), left to right (largest subtree first). */
  readonly frontier: readonly Uint8Array[];
}

export const EMPTY_LOG: LogState = Object.freeze({ size: 0, frontier: Object.freeze([]) });

export interface AppendPlan {
  firstIndex: number;
  newSize: number;
  root: Uint8Array;
  /** Leaves (level 0) and every interior node completed by this batch, in write order. */
  nodesToStore: StoredNode[];
  next: LogState;
}

/** Root of the tree described by a frontier: the right fold of its hashes. */
export function frontierRoot(frontier: readonly Uint8Array[]): Uint8Array {
  let acc: Uint8Array | undefined;
  for (let i = frontier.length - 1; i >= 0; i--) {
    const h = frontier[i] as Uint8Array;
    acc = acc === undefined ? h : nodeHash(h, acc);
  }
  return acc ?? emptyRoot;
}

export function planAppend(state: LogState, leafHashes: readonly Uint8Array[]): AppendPlan {
  if (!Number.isSafeInteger(state.size + leafHashes.length)) {
    throw new MerkleError('INVALID_ARGUMENT', 'log size would exceed 2^53');
  }
  const stack: StoredNode[] = perfectNodes(0, state.size).map((id, i) => ({ ...id, hash: state.frontier[i] as Uint8Array }));
  const nodesToStore: StoredNode[] = [];
  leafHashes.forEach((hash, i) => {
    if (hash.length !== HASH_SIZE) {
      throw new MerkleError('INVALID_HASH', `leaf hash ${i} is ${hash.length} bytes, want ${HASH_SIZE}`);
    }
    let node: StoredNode = { level: 0, index: state.size + i, hash };
    nodesToStore.push(node);
    // Two equal-level subtrees on top of the stack are siblings: merge them into their parent.
    for (let top = stack[stack.length - 1]; top !== undefined && top.level === node.level; top = stack[stack.length - 1]) {
      stack.pop();
      node = { level: node.level + 1, index: top.index / 2, hash: nodeHash(top.hash, node.hash) };
      nodesToStore.push(node);
    }
    stack.push(node);
  });
  const frontier = stack.map((n) => n.hash);
  const newSize = state.size + leafHashes.length;
  return { firstIndex: state.size, newSize, root: frontierRoot(frontier), nodesToStore, next: { size: newSize, frontier } };
}
