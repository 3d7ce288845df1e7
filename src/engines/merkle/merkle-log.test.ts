import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MerkleError } from './errors.js';
import { HASH_SIZE, leafHash } from './hash.js';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleLog } from './merkle-log.js';
import { verifyConsistency, verifyInclusion } from './proof-verify.js';
import { referenceConsistencyProof, referenceInclusionProof, referenceRoot } from './reference-tree.js';

/** Small deterministic PRNG so a failing case can be replayed from its seed. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

async function buildLog(size: number, batch = 7): Promise<{ log: MerkleLog; store: MemoryHashStore; leaves: Uint8Array[] }> {
  const store = new MemoryHashStore();
  const log = await MerkleLog.open(store);
  const leaves = Array.from({ length: size }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));
  for (let i = 0; i < size; i += batch) await log.appendBatch(leaves.slice(i, i + batch));
  return { log, store, leaves };
}

function flipped(h: Uint8Array, bit: number): Uint8Array {
  const c = Uint8Array.from(h);
  c[bit >> 3] = (c[bit >> 3] as number) ^ (1 << (bit & 7));
  return c;
}

const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

describe('MerkleLog against the RFC 6962 reference recursion', () => {
  const next = rng(6962);
  const sizes = [1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257, 300, ...Array.from({ length: 12 }, () => 1 + next(300))];

  it.each(sizes)('size %i: roots, proofs and verification agree; any flipped bit is rejected', async (size) => {
    const { log, store, leaves } = await buildLog(size);
    const root = log.root();
    expect(hex(root)).toBe(hex(referenceRoot(leaves)));
    const maxReads = 2 * Math.ceil(Math.log2(size + 1)) + 2;
    for (let m = 0; m < size; m++) {
      const before = store.nodesRead;
      const proof = await log.inclusionProof(m, size);
      expect(store.nodesRead - before).toBeLessThanOrEqual(maxReads);
      expect(proof.map(hex)).toEqual(referenceInclusionProof(leaves, m, size).map(hex));
      expect(verifyInclusion(leaves[m] as Uint8Array, m, size, proof, root).ok).toBe(true);
      expect(verifyInclusion(leaves[m] as Uint8Array, m, size, [...proof, root], root).ok).toBe(false);
      if (m > 0) expect(verifyInclusion(leaves[m - 1] as Uint8Array, m, size, proof, root).ok).toBe(false);
    }
    for (let m = 1; m <= size; m++) {
      const oldRoot = await log.rootAt(m);
      expect(hex(oldRoot)).toBe(hex(referenceRoot(leaves, 0, m)));
      const proof = await log.consistencyProof(m, size);
      expect(proof.map(hex)).toEqual(referenceConsistencyProof(leaves, m, size).map(hex));
      expect(verifyConsistency(m, size, proof, oldRoot, root).ok).toBe(true);
      if (m < size) expect(verifyConsistency(m, size, proof.slice(1), oldRoot, root).ok).toBe(false);
    }
    // Bit flips on sampled proofs: every hash involved, several random bits each.
    for (let trial = 0; trial < 3; trial++) {
      const m = next(size);
      const leaf = leaves[m] as Uint8Array;
      const proof = await log.inclusionProof(m, size);
      for (let k = 0; k < 4; k++) {
        const bit = next(HASH_SIZE * 8);
        expect(verifyInclusion(flipped(leaf, bit), m, size, proof, root).ok).toBe(false);
        expect(verifyInclusion(leaf, m, size, proof, flipped(root, bit)).ok).toBe(false);
        proof.forEach((_, i) => {
          const bad = proof.map((h, j) => (j === i ? flipped(h, bit) : h));
          expect(verifyInclusion(leaf, m, size, bad, root).ok).toBe(false);
        });
      }
      const old = 1 + next(size);
      if (old === size) continue;
      const oldRoot = await log.rootAt(old);
      const cproof = await log.consistencyProof(old, size);
      for (let k = 0; k < 4; k++) {
        const bit = next(HASH_SIZE * 8);
        expect(verifyConsistency(old, size, cproof, flipped(oldRoot, bit), root).ok).toBe(false);
        expect(verifyConsistency(old, size, cproof, oldRoot, flipped(root, bit)).ok).toBe(false);
        cproof.forEach((_, i) => {
          const bad = cproof.map((h, j) => (j === i ? flipped(h, bit) : h));
          expect(verifyConsistency(old, size, bad, oldRoot, root).ok).toBe(false);
        });
      }
    }
  });
});

describe('exhaustive bit flips', () => {
  const cases: Array<[number, number, number]> = [
    [300, 0, 1],
    [300, 299, 255],
    [257, 128, 129],
    [13, 6, 7],
  ];
  it.each(cases)('size %i, leaf %i, old size %i: every single-bit change is rejected', async (size, m, old) => {
    const { log, leaves } = await buildLog(size);
    const root = log.root();
    const leaf = leaves[m] as Uint8Array;
    const proof = await log.inclusionProof(m, size);
    const oldRoot = await log.rootAt(old);
    const cproof = await log.consistencyProof(old, size);
    let accepted = 0;
    for (let bit = 0; bit < HASH_SIZE * 8; bit++) {
      if (verifyInclusion(flipped(leaf, bit), m, size, proof, root).ok) accepted++;
      if (verifyInclusion(leaf, m, size, proof, flipped(root, bit)).ok) accepted++;
      if (verifyConsistency(old, size, cproof, flipped(oldRoot, bit), root).ok) accepted++;
      if (verifyConsistency(old, size, cproof, oldRoot, flipped(root, bit)).ok) accepted++;
      for (let i = 0; i < proof.length; i++) {
        if (verifyInclusion(leaf, m, size, proof.map((h, j) => (j === i ? flipped(h, bit) : h)), root).ok) accepted++;
      }
      for (let i = 0; i < cproof.length; i++) {
        if (verifyConsistency(old, size, cproof.map((h, j) => (j === i ? flipped(h, bit) : h)), oldRoot, root).ok) accepted++;
      }
    }
    expect(verifyInclusion(leaf, m, size, proof, root).ok).toBe(true);
    expect(verifyConsistency(old, size, cproof, oldRoot, root).ok).toBe(true);
    expect(accepted).toBe(0);
  });
});

describe('appending', () => {
  it.each([1, 2, 3, 16, 100])('batch size %i gives the same roots as single appends', async (batch) => {
    const single = await buildLog(70, 1);
    const batched = await buildLog(70, batch);
    expect(hex(batched.log.root())).toBe(hex(single.log.root()));
    for (const size of [1, 33, 64, 69]) expect(hex(await batched.log.rootAt(size))).toBe(hex(await single.log.rootAt(size)));
  });

  it('plan() is pure and lists leaves plus every completed interior node, one run per level', async () => {
    const { log } = await buildLog(3);
    const rootBefore = hex(log.root());
    const plan = log.plan([leafHash(Buffer.from('a'))]);
    expect(hex(log.root())).toBe(rootBefore);
    expect(log.size).toBe(3);
    // Leaf 3 completes (1,1) and (2,0).
    expect(plan.levels.map((r) => [r.level, r.firstIndex, r.hashes.length / HASH_SIZE])).toEqual([[0, 3, 1], [1, 1, 1], [2, 0, 1]]);
    expect(plan).toMatchObject({ firstIndex: 3, newSize: 4 });
  });

  it('leaf hashes concatenated in one buffer append exactly as one per leaf', async () => {
    const { log: single, leaves } = await buildLog(300, 300);
    const joined = await MerkleLog.open(new MemoryHashStore());
    await joined.appendBatch(Buffer.concat(leaves.slice(0, 123)));
    await joined.appendBatch(Buffer.concat(leaves.slice(123)));
    expect(hex(joined.root())).toBe(hex(single.root()));
    expect((await joined.inclusionProof(200, 300)).map(hex)).toEqual((await single.inclusionProof(200, 300)).map(hex));
  });

  it('re-opening a store restores the same frontier and root', async () => {
    const { log, store } = await buildLog(1000, 37);
    const reopened = await MerkleLog.open(store);
    expect(reopened.size).toBe(1000);
    expect(hex(reopened.root())).toBe(hex(log.root()));
  });

  const rejects: Array<[string, (log: MerkleLog, store: MemoryHashStore) => Promise<unknown>, string]> = [
    ['short leaf hash', (log) => log.appendBatch([new Uint8Array(31)]), 'INVALID_HASH'],
    ['concatenated leaf hashes of a ragged length', (log) => log.appendBatch(new Uint8Array(65)), 'INVALID_HASH'],
    ['proof for a future size', (log) => log.inclusionProof(0, 11), 'INDEX_OUT_OF_RANGE'],
    ['index equal to size', (log) => log.inclusionProof(10, 10), 'INDEX_OUT_OF_RANGE'],
    ['negative index', (log) => log.inclusionProof(-1, 10), 'INVALID_ARGUMENT'],
    ['fractional size', (log) => log.rootAt(2.5), 'INVALID_ARGUMENT'],
    ['consistency from empty tree', (log) => log.consistencyProof(0, 5), 'INVALID_ARGUMENT'],
    ['consistency backwards', (log) => log.consistencyProof(6, 5), 'INDEX_OUT_OF_RANGE'],
    ['leaf beyond size', (log) => log.leafHashAt(10), 'INDEX_OUT_OF_RANGE'],
    [
      'second writer on the same store',
      async (log, store) => {
        const other = await MerkleLog.open(store);
        await other.appendBatch([leafHash(Buffer.from('x'))]);
        return log.appendBatch([leafHash(Buffer.from('y'))]);
      },
      'STORE_CONFLICT',
    ],
  ];
  it.each(rejects)('rejects %s', async (_name, act, code) => {
    const { log, store } = await buildLog(10);
    const err = await act(log, store).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MerkleError);
    expect((err as MerkleError).code).toBe(code);
    expect(log.size).toBe(10);
  });

  it('random leaf hashes: leafHashAt returns what was appended', async () => {
    const log = await MerkleLog.open(new MemoryHashStore());
    const leaves = Array.from({ length: 20 }, () => new Uint8Array(randomBytes(32)));
    await log.appendBatch(leaves);
    for (const i of [0, 7, 19]) expect(hex(await log.leafHashAt(i))).toBe(hex(leaves[i] as Uint8Array));
  });
});
