/**
 * Proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2). Verifiers MUST reject every malformed
 * input (wrong sizes, wrong hash lengths, extra or missing proof elements) and MUST NOT throw:
 * they return a Verdict with a reason.
 */
import { fail, MerkleError, OK, verdictOf, type Verdict } from './errors.js';
import { bytesEqual, emptyRoot, HASH_SIZE, nodeHash } from './hash.js';
import { assertSize, bitAt, divergenceHeight, onesCount, trailingZeros } from './tree-math.js';

function assertHash(h: Uint8Array, what: string): void {
  if (h.length !== HASH_SIZE) {
    throw new MerkleError('INVALID_HASH', `${what} is ${h.length} bytes, want ${HASH_SIZE}`);
  }
}

/** Splits a proof for leaf `index` in a tree of `size` into the part below where the paths to
 * `index` and `size-1` meet (inner) and the left-border part above it. */
function decompose(index: number, size: number): { inner: number; border: number } {
  const inner = divergenceHeight(index, size - 1);
  return { inner, border: onesCount(Math.floor(index / 2 ** inner)) };
}

function chainInner(seed: Uint8Array, proof: Uint8Array[], index: number): Uint8Array {
  proof.forEach((h, i) => {
    seed = bitAt(index, i) === 0 ? nodeHash(seed, h) : nodeHash(h, seed);
  });
  return seed;
}

/** Like chainInner but only folds left siblings: yields the hash of the older, smaller tree. */
function chainInnerRight(seed: Uint8Array, proof: Uint8Array[], index: number): Uint8Array {
  proof.forEach((h, i) => {
    if (bitAt(index, i) === 1) seed = nodeHash(h, seed);
  });
  return seed;
}

function chainBorderRight(seed: Uint8Array, proof: Uint8Array[]): Uint8Array {
  for (const h of proof) seed = nodeHash(h, seed);
  return seed;
}

/** The root implied by an inclusion proof; throws MerkleError on malformed input. */
export function rootFromInclusionProof(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: Uint8Array[],
): Uint8Array {
  assertSize(index, 'leaf index');
  assertSize(treeSize, 'tree size');
  if (index >= treeSize) {
    throw new MerkleError('INDEX_OUT_OF_RANGE', `leaf index ${index} is not below tree size ${treeSize}`);
  }
  assertHash(leafHash, 'leaf hash');
  proof.forEach((h, i) => assertHash(h, `proof[${i}]`));
  const { inner, border } = decompose(index, treeSize);
  if (proof.length !== inner + border) {
    throw new MerkleError('PROOF_SIZE_MISMATCH', `proof has ${proof.length} hashes, want ${inner + border}`);
  }
  return chainBorderRight(chainInner(leafHash, proof.slice(0, inner), index), proof.slice(inner));
}

export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: Uint8Array[],
  root: Uint8Array,
): Verdict {
  try {
    const computed = rootFromInclusionProof(leafHash, index, treeSize, proof);
    return bytesEqual(computed, root) ? OK : fail('ROOT_MISMATCH', 'inclusion proof does not lead to the root');
  } catch (err) {
    return verdictOf(err);
  }
}

function checkConsistency(size1: number, size2: number, proof: Uint8Array[], root1: Uint8Array, root2: Uint8Array): Verdict {
  assertSize(size1, 'size1');
  assertSize(size2, 'size2');
  if (size2 < size1) return fail('INDEX_OUT_OF_RANGE', `size2 ${size2} is below size1 ${size1}`);
  if (size1 === size2) {
    if (proof.length > 0) return fail('PROOF_SIZE_MISMATCH', 'equal sizes need an empty proof');
    // An empty tree has exactly one valid root; any other "root" is a forgery.
    if (size1 === 0 && !bytesEqual(root1, emptyRoot)) return fail('ROOT_MISMATCH', 'root of the empty tree is wrong');
    return bytesEqual(root1, root2) ? OK : fail('ROOT_MISMATCH', 'equal sizes but different roots');
  }
  if (size1 === 0) return fail('INVALID_ARGUMENT', 'a consistency proof from the empty tree is meaningless');
  if (proof.length === 0) return fail('PROOF_SIZE_MISMATCH', 'empty consistency proof');
  assertHash(root1, 'root1');
  assertHash(root2, 'root2');
  proof.forEach((h, i) => assertHash(h, `proof[${i}]`));

  const d = decompose(size1 - 1, size2);
  const shift = trailingZeros(size1);
  const inner = d.inner - shift; // shift < inner whenever size1 < size2
  // When size1 is a power of two its root is a node of the new tree and is not sent.
  const seedIsRoot1 = size1 === 2 ** shift;
  const seed = seedIsRoot1 ? root1 : (proof[0] as Uint8Array);
  const rest = seedIsRoot1 ? proof : proof.slice(1);
  if (rest.length !== inner + d.border) {
    const want = inner + d.border + (seedIsRoot1 ? 0 : 1);
    return fail('PROOF_SIZE_MISMATCH', `proof has ${proof.length} hashes, want ${want}`);
  }
  const mask = Math.floor((size1 - 1) / 2 ** shift);
  const innerPart = rest.slice(0, inner);
  const borderPart = rest.slice(inner);
  const hash1 = chainBorderRight(chainInnerRight(seed, innerPart, mask), borderPart);
  if (!bytesEqual(hash1, root1)) return fail('ROOT_MISMATCH', 'proof does not lead to root1');
  const hash2 = chainBorderRight(chainInner(seed, innerPart, mask), borderPart);
  return bytesEqual(hash2, root2) ? OK : fail('ROOT_MISMATCH', 'proof does not lead to root2');
}

export function verifyConsistency(
  size1: number,
  size2: number,
  proof: Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): Verdict {
  try {
    return checkConsistency(size1, size2, proof, root1, root2);
  } catch (err) {
    return verdictOf(err);
  }
}
