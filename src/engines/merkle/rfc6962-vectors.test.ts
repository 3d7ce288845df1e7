import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleLog } from './merkle-log.js';
import { emptyRoot, leafHash } from './hash.js';
import { verifyConsistency, verifyInclusion } from './proof-verify.js';
import { hasTestdata, readTestdata, readVectors } from './testdata.fixture.js';

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));
const proofOf = (p: string[] | null): Uint8Array[] => (p ?? []).map(b64);

const InclusionVector = z.object({
  leafIdx: z.number(),
  treeSize: z.number(),
  root: z.string(),
  leafHash: z.string(),
  proof: z.array(z.string()).nullable(),
  desc: z.string(),
  wantErr: z.boolean(),
});
const ConsistencyVector = z.object({
  size1: z.number(),
  size2: z.number(),
  root1: z.string(),
  root2: z.string(),
  proof: z.array(z.string()).nullable(),
  desc: z.string(),
  wantErr: z.boolean(),
});
const Tree8 = z.object({ leafInputsHex: z.array(z.string()), rootHashesBySizeHex: z.array(z.string()) });

describe.skipIf(!hasTestdata)('RFC 6962 public vectors', () => {
  const inclusion = hasTestdata ? readVectors('rfc6962/inclusion').map(([p, j]) => [p, InclusionVector.parse(j)] as const) : [];
  const consistency = hasTestdata ? readVectors('rfc6962/consistency').map(([p, j]) => [p, ConsistencyVector.parse(j)] as const) : [];

  it('has both accept and reject cases to run', () => {
    for (const set of [inclusion, consistency]) {
      expect(set.filter(([, v]) => v.wantErr).length).toBeGreaterThan(50);
      expect(set.filter(([, v]) => !v.wantErr).length).toBeGreaterThan(3);
    }
  });

  it.each(inclusion)('inclusion %s', (_p, v) => {
    const verdict = verifyInclusion(b64(v.leafHash), v.leafIdx, v.treeSize, proofOf(v.proof), b64(v.root));
    expect(verdict.ok).toBe(!v.wantErr);
  });

  it.each(consistency)('consistency %s', (_p, v) => {
    const verdict = verifyConsistency(v.size1, v.size2, proofOf(v.proof), b64(v.root1), b64(v.root2));
    expect(verdict.ok).toBe(!v.wantErr);
  });

  it('tree8: reproduces the root of every size 0..8 and the happy-path proofs', async () => {
    const t = Tree8.parse(JSON.parse(readTestdata('rfc6962/tree8.json').toString('utf8')));
    const log = await MerkleLog.open(new MemoryHashStore());
    const roots = [Buffer.from(log.root()).toString('hex')];
    for (const hex of t.leafInputsHex) {
      await log.appendBatch([leafHash(Buffer.from(hex, 'hex'))]);
      roots.push(Buffer.from(log.root()).toString('hex'));
    }
    expect(roots).toEqual(t.rootHashesBySizeHex);
    expect(Buffer.from(emptyRoot).toString('hex')).toBe(t.rootHashesBySizeHex[0]);
    for (let size = 0; size <= 8; size++) {
      expect(Buffer.from(await log.rootAt(size)).toString('hex')).toBe(t.rootHashesBySizeHex[size]);
    }
    // Our generated proofs must equal the published happy-path proofs byte for byte.
    for (const [, v] of inclusion.filter(([, x]) => !x.wantErr && x.treeSize === 8)) {
      expect((await log.inclusionProof(v.leafIdx, 8)).map((h) => Buffer.from(h).toString('base64'))).toEqual(v.proof ?? []);
    }
    for (const [, v] of consistency.filter(([, x]) => !x.wantErr && x.size2 === 8 && x.size1 > 0)) {
      expect((await log.consistencyProof(v.size1, 8)).map((h) => Buffer.from(h).toString('base64'))).toEqual(v.proof ?? []);
    }
  });
});
