/**
 * The log's right frontier ("compact range" of [0, size)): one hash per set bit of size.
 * Appending is pure: planAppend computes the new frontier, the new root and every node that
 * became complete, so a database can persist entries and nodes in ONE transaction before the
 * append is acknowledged.
 *
 * A plan is level-major: the nodes a batch completes on one level are consecutive, so each
 * level is one run of concatenated hashes. Hashing a level reads both children from one buffer
 * and a store writes a run as a few contiguous rows, with no object per node (a batch of 8192
 * leaves completes 8191 interior nodes).
 */
import { MerkleError } from './errors.js';
import { emptyRoot, HASH_SIZE, nodeHash, sha256 } from './hash.js';
import { perfectNodes } from './tree-math.js';

export interface LogState {
  readonly size: number;
  /** Hashes of perfectNodes(0, size), left to right (largest subtree first). */
  readonly frontier: readonly Uint8Array[];
}

export const EMPTY_LOG: LogState = Object.freeze({ size: 0, frontier: Object.freeze([]) });

/** Nodes firstIndex … firstIndex + hashes.length / HASH_SIZE − 1 of one level, concatenated. */
export interface LevelRun {
  level: number;
  firstIndex: number;
  hashes: Uint8Array;
}

export interface AppendPlan {
  firstIndex: number;
  newSize: number;
  root: Uint8Array;
  /** Per level from 0 (the leaves themselves), the nodes this batch completed; no empty runs. */
  levels: LevelRun[];
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

/** Leaf hashes as one buffer of HASH_SIZE-byte hashes, checking every length. */
function concatLeaves(leaves: Uint8Array | readonly Uint8Array[]): Uint8Array {
  if (leaves instanceof Uint8Array) {
    if (leaves.length % HASH_SIZE !== 0) throw new MerkleError('INVALID_HASH', `leaf hashes are ${leaves.length} bytes, not a multiple of ${HASH_SIZE}`);
    return leaves;
  }
  const out = new Uint8Array(leaves.length * HASH_SIZE);
  leaves.forEach((h, i) => {
    if (h.length !== HASH_SIZE) throw new MerkleError('INVALID_HASH', `leaf hash ${i} is ${h.length} bytes, want ${HASH_SIZE}`);
    out.set(h, i * HASH_SIZE);
  });
  return out;
}

/** The parents of `run` whose right child is in it; `left` is the run's left neighbour when the run starts on a right child. */
function parentsOf(run: LevelRun, left: Uint8Array | undefined, scratch: Uint8Array): LevelRun {
  const first = Math.floor(run.firstIndex / 2);
  const count = Math.floor((run.firstIndex + run.hashes.length / HASH_SIZE) / 2) - first;
  const out = new Uint8Array(Math.max(count, 0) * HASH_SIZE);
  for (let p = 0; p < count; p++) {
    const l = 2 * (first + p) - run.firstIndex; // position of the left child in the run, −1 for `left`
    if (l < 0) {
      scratch.set(left as Uint8Array, 1);
      scratch.set(run.hashes.subarray(0, HASH_SIZE), 1 + HASH_SIZE);
    } else {
      scratch.set(run.hashes.subarray(l * HASH_SIZE, (l + 2) * HASH_SIZE), 1);
    }
    out.set(sha256(scratch), p * HASH_SIZE);
  }
  return { level: run.level + 1, firstIndex: first, hashes: out };
}

export function planAppend(state: LogState, leafHashes: Uint8Array | readonly Uint8Array[]): AppendPlan {
  const leaves = concatLeaves(leafHashes);
  const newSize = state.size + leaves.length / HASH_SIZE;
  if (!Number.isSafeInteger(newSize)) throw new MerkleError('INVALID_ARGUMENT', 'log size would exceed 2^53');
  // The old frontier holds at most one node per level: the left neighbour of that level's run.
  const oldAt = new Map(perfectNodes(0, state.size).map((id, i) => [id.level, state.frontier[i] as Uint8Array]));
  const scratch = new Uint8Array(1 + 2 * HASH_SIZE);
  scratch[0] = 1;
  const levels: LevelRun[] = [];
  for (let run: LevelRun = { level: 0, firstIndex: state.size, hashes: leaves }; run.hashes.length > 0; ) {
    levels.push(run);
    run = parentsOf(run, oldAt.get(run.level), scratch);
  }
  // Copies, so the frontier does not keep a whole batch's runs alive.
  const frontier = perfectNodes(0, newSize).map(({ level, index }) => {
    const run = levels[level];
    const at = run ? index - run.firstIndex : -1;
    return at >= 0 && run ? run.hashes.slice(at * HASH_SIZE, (at + 1) * HASH_SIZE) : (oldAt.get(level) as Uint8Array);
  });
  return { firstIndex: state.size, newSize, root: frontierRoot(frontier), levels, next: { size: newSize, frontier } };
}
