/**
 * Pure tree arithmetic: node coordinates, range decomposition and the RFC 6962 proof shapes.
 * No hashing and no storage here, so the same arithmetic serves the prover, the tiles and any
 * SQL or tile-blob store.
 *
 * Sizes and indices are JavaScript safe integers (< 2^53); JS bitwise operators are 32-bit,
 * so every "bit" operation below is written with exact integer division instead.
 */
import { MerkleError } from './errors.js';

/** A perfect subtree: level 0 is a leaf; (level, index) covers leaves [index·2^level, (index+1)·2^level). */
export interface NodeId {
  level: number;
  index: number;
}

/** A half-open range of leaves [begin, end) whose RFC 6962 MTH is one proof element. */
export interface LeafRange {
  begin: number;
  end: number;
}

export function assertSize(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new MerkleError('INVALID_ARGUMENT', `${what} must be a non-negative safe integer, got ${String(n)}`);
  }
}

/** Largest power of two strictly below n, for n > 1 (the RFC 6962 split point k). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Number of trailing zero bits of a positive safe integer. */
export function trailingZeros(x: number): number {
  let n = 0;
  while (x > 0 && x % 2 === 0) {
    x /= 2;
    n++;
  }
  return n;
}

/** Number of one bits of a non-negative safe integer. */
export function onesCount(x: number): number {
  let n = 0;
  while (x > 0) {
    n += x % 2;
    x = Math.floor(x / 2);
  }
  return n;
}

/** Bit length of (a XOR b): the height at which the paths to leaves a and b meet. */
export function divergenceHeight(a: number, b: number): number {
  let k = 0;
  while (a !== b) {
    a = Math.floor(a / 2);
    b = Math.floor(b / 2);
    k++;
  }
  return k;
}

/** Bit i of x (x >> i & 1) for safe integers. */
export function bitAt(x: number, i: number): number {
  return Math.floor(x / 2 ** i) % 2;
}

/**
 * Decomposes [begin, end) into maximal aligned perfect subtrees, left to right. For the
 * ranges RFC 6962 produces (begin aligned to the range's enclosing power of two) the sizes
 * strictly decrease, and the MTH of the range is the right fold of their hashes.
 */
export function perfectNodes(begin: number, end: number): NodeId[] {
  const out: NodeId[] = [];
  let b = begin;
  while (b < end) {
    let size = 1;
    let level = 0;
    while (b % (size * 2) === 0 && b + size * 2 <= end) {
      size *= 2;
      level++;
    }
    out.push({ level, index: b / size });
    b += size;
  }
  return out;
}

/** RFC 6962 PATH(index, D[0:size]) as leaf ranges, bottom-up (the order proofs are sent in). */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  assertSize(index, 'index');
  assertSize(size, 'tree size');
  if (index >= size) {
    throw new MerkleError('INDEX_OUT_OF_RANGE', `leaf index ${index} is not below tree size ${size}`);
  }
  const topDown: LeafRange[] = [];
  let b = 0;
  let e = size;
  while (e - b > 1) {
    const k = splitPoint(e - b);
    if (index < b + k) {
      topDown.push({ begin: b + k, end: e });
      e = b + k;
    } else {
      topDown.push({ begin: b, end: b + k });
      b += k;
    }
  }
  return topDown.reverse();
}

/** RFC 6962 PROOF(oldSize, D[0:newSize]) as leaf ranges, bottom-up. Empty when sizes are equal. */
export function consistencyRanges(oldSize: number, newSize: number): LeafRange[] {
  assertSize(oldSize, 'old size');
  assertSize(newSize, 'new size');
  if (oldSize > newSize) {
    throw new MerkleError('INDEX_OUT_OF_RANGE', `old size ${oldSize} exceeds new size ${newSize}`);
  }
  if (oldSize === newSize) return [];
  if (oldSize === 0) {
    throw new MerkleError('INVALID_ARGUMENT', 'a consistency proof from the empty tree is meaningless');
  }
  // SUBPROOF(m, D[b:e], complete), unrolled: `complete` stays true while the old tree is a
  // left prefix aligned with the current subtree, in which case its root is not sent.
  const topDown: LeafRange[] = [];
  let b = 0;
  let e = newSize;
  let complete = true;
  for (;;) {
    const m = oldSize - b;
    if (m === e - b) {
      if (!complete) topDown.push({ begin: b, end: e });
      break;
    }
    const k = splitPoint(e - b);
    if (m <= k) {
      topDown.push({ begin: b + k, end: e });
      e = b + k;
    } else {
      topDown.push({ begin: b, end: b + k });
      b += k;
      complete = false;
    }
  }
  return topDown.reverse();
}
