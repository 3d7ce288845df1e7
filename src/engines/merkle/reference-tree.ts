/**
 * Textbook RFC 6962 recursion over an in-memory list of leaf hashes. O(n) per call: it is
 * the oracle the tests compare the log against and the naive baseline the benchmark measures,
 * never something production code should call.
 */
import { emptyRoot, nodeHash } from './hash.js';
import { splitPoint } from './tree-math.js';

/** MTH(D[begin:end]). */
export function referenceRoot(leaves: readonly Uint8Array[], begin = 0, end = leaves.length): Uint8Array {
  const n = end - begin;
  if (n === 0) return emptyRoot;
  if (n === 1) return leaves[begin] as Uint8Array;
  const k = splitPoint(n);
  return nodeHash(referenceRoot(leaves, begin, begin + k), referenceRoot(leaves, begin + k, end));
}

/** PATH(index, D[0:size]), recomputing every sibling from the leaves. */
export function referenceInclusionProof(leaves: readonly Uint8Array[], index: number, size: number): Uint8Array[] {
  const path = (m: number, b: number, e: number): Uint8Array[] => {
    if (e - b <= 1) return [];
    const k = splitPoint(e - b);
    return m < k
      ? [...path(m, b, b + k), referenceRoot(leaves, b + k, e)]
      : [...path(m - k, b + k, e), referenceRoot(leaves, b, b + k)];
  };
  return path(index, 0, size);
}

/** PROOF(oldSize, D[0:newSize]) per RFC 6962 §2.1.2. */
export function referenceConsistencyProof(leaves: readonly Uint8Array[], oldSize: number, newSize: number): Uint8Array[] {
  const sub = (m: number, b: number, e: number, complete: boolean): Uint8Array[] => {
    if (m === e - b) return complete ? [] : [referenceRoot(leaves, b, e)];
    const k = splitPoint(e - b);
    return m <= k
      ? [...sub(m, b, b + k, complete), referenceRoot(leaves, b + k, e)]
      : [...sub(m - k, b + k, e, false), referenceRoot(leaves, b, b + k)];
  };
  return oldSize === newSize ? [] : sub(oldSize, 0, newSize, true);
}
