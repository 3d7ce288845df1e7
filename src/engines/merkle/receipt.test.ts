import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { leafHash } from './hash.js';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleLog } from './merkle-log.js';
import { generateNoteKeys } from './note-keys.js';
import { createReceipt, verifyReceipt, type NewerCheckpoint } from './receipt.js';

const keys = generateNoteKeys('xiaobao.example/ledger');
const entries = Array.from({ length: 23 }, (_, i) => Buffer.from(canonicalize({ seq: i, event: 'complaint.created' }) ?? ''));

async function fixture(): Promise<{ log: MerkleLog; signer: CheckpointSigner; checkpoint: string; receipt: string }> {
  const log = await MerkleLog.open(new MemoryHashStore());
  await log.appendBatch(entries.slice(0, 13).map((e) => leafHash(e)));
  const signer = new CheckpointSigner(keys.signerKey);
  const checkpoint = signer.sign(log.size, log.root());
  const receipt = createReceipt({ checkpoint, leafIndex: 6, entry: entries[6], inclusionProof: await log.inclusionProof(6, 13) });
  return { log, signer, checkpoint, receipt };
}

async function grown(f: Awaited<ReturnType<typeof fixture>>): Promise<NewerCheckpoint> {
  await f.log.appendBatch(entries.slice(13).map((e) => leafHash(e)));
  const proof = await f.log.consistencyProof(13, 23);
  return { checkpoint: f.signer.sign(23, f.log.root(), proof), consistencyProof: proof.map(encodeBase64) };
}

const edit = (receipt: string, change: (o: Record<string, unknown>) => void): string => {
  const o = JSON.parse(receipt) as Record<string, unknown>;
  change(o);
  return canonicalize(o) ?? '';
};

describe('receipts', () => {
  it('verifies: signature, entry hash, inclusion; returns the checkpoint', async () => {
    const { receipt } = await fixture();
    const v = verifyReceipt(receipt, keys.verifierKey);
    expect(v).toMatchObject({ ok: true, leafIndex: 6, checkpoint: { origin: 'xiaobao.example/ledger', size: 13 } });
    expect(v.ok && Buffer.from(v.entry ?? []).toString()).toBe(entries[6]?.toString());
  });

  it('verifies a leaf-hash-only receipt and against a newer consistent checkpoint', async () => {
    const f = await fixture();
    const hashOnly = createReceipt({ checkpoint: f.checkpoint, leafIndex: 2, leafHash: leafHash(entries[2] as Buffer), inclusionProof: await f.log.inclusionProof(2, 13) });
    expect(verifyReceipt(hashOnly, keys.verifierKey)).toMatchObject({ ok: true, leafIndex: 2 });
    const newer = await grown(f);
    expect(verifyReceipt(f.receipt, keys.verifierKey, newer)).toMatchObject({ ok: true, newer: { size: 23 } });
  });

  it('rejects the receipt after any single-byte modification, at every position', async () => {
    const { receipt } = await fixture();
    const bytes = Buffer.from(receipt);
    const accepted: string[] = [];
    for (let pos = 0; pos < bytes.length; pos++) {
      for (const mask of [0x01, 0x20, 0x80]) {
        const m = Buffer.from(bytes);
        m[pos] = (m[pos] as number) ^ mask;
        const v = verifyReceipt(m, keys.verifierKey);
        if (v.ok) accepted.push(`${pos}^${mask}`);
        else expect(v.reason.length).toBeGreaterThan(5);
      }
    }
    expect(accepted).toEqual([]);
  });

  const cases: Array<[string, (r: string) => string, string, string?]> = [
    ['not JSON', (r) => r.slice(0, -1), 'MALFORMED_RECEIPT'],
    ['pretty-printed (non-canonical) JSON', (r) => JSON.stringify(JSON.parse(r), null, 1), 'MALFORMED_RECEIPT'],
    ['JSON null', () => 'null', 'MALFORMED_RECEIPT'],
    ['unknown format', (r) => edit(r, (o) => (o.format = 'xiaobao-receipt/v2')), 'MALFORMED_RECEIPT'],
    ['extra field', (r) => edit(r, (o) => (o.note = 'x')), 'MALFORMED_RECEIPT'],
    ['both entry and leafHash', (r) => edit(r, (o) => (o.leafHash = encodeBase64(leafHash(entries[6] as Buffer)))), 'MALFORMED_RECEIPT'],
    ['neither entry nor leafHash', (r) => edit(r, (o) => delete o.entry), 'MALFORMED_RECEIPT'],
    ['truncated base64 proof element', (r) => edit(r, (o) => (o.inclusionProof = (o.inclusionProof as string[]).map((p, i) => (i === 0 ? p.slice(0, -2) : p)))), 'MALFORMED_RECEIPT'],
    ['short leafHash', (r) => edit(r, (o) => { delete o.entry; o.leafHash = encodeBase64(new Uint8Array(31)); }), 'MALFORMED_RECEIPT'],
    ['negative index', (r) => edit(r, (o) => (o.leafIndex = -1)), 'MALFORMED_RECEIPT'],
    ['fractional index', (r) => edit(r, (o) => (o.leafIndex = 1.5)), 'MALFORMED_RECEIPT'],
    ['string index', (r) => edit(r, (o) => (o.leafIndex = '6')), 'MALFORMED_RECEIPT'],
    ['index equal to tree size', (r) => edit(r, (o) => (o.leafIndex = 13)), 'INDEX_OUT_OF_RANGE'],
    ['index of a neighbour', (r) => edit(r, (o) => (o.leafIndex = 7)), 'ROOT_MISMATCH'],
    ['another entry', (r) => edit(r, (o) => (o.entry = encodeBase64(entries[7] as Buffer))), 'ROOT_MISMATCH'],
    ['a proof element removed', (r) => edit(r, (o) => (o.inclusionProof as string[]).pop()), 'PROOF_SIZE_MISMATCH'],
    ['checkpoint with a changed size', (r) => edit(r, (o) => (o.checkpoint = String(o.checkpoint).replace('\n13\n', '\n14\n'))), 'BAD_SIGNATURE'],
    ['checkpoint signed by another key', (r) => r, 'UNKNOWN_KEY', generateNoteKeys('xiaobao.example/ledger').verifierKey],
    ['malformed trusted key', (r) => r, 'MALFORMED_KEY', 'xiaobao.example/ledger+zz+AAAA'],
  ];
  it.each(cases)('rejects %s', async (_n, mutate, code, vkey) => {
    const { receipt } = await fixture();
    const v = verifyReceipt(mutate(receipt), vkey ?? keys.verifierKey);
    expect(v).toMatchObject({ ok: false, code });
    expect(!v.ok && v.reason).toBeTruthy();
  });

  const newerCases: Array<[string, (n: NewerCheckpoint) => NewerCheckpoint, string]> = [
    ['a tampered consistency proof', (n) => ({ ...n, consistencyProof: [encodeBase64(new Uint8Array(32)), ...n.consistencyProof.slice(1)] }), 'INCONSISTENT_CHECKPOINT'],
    ['a missing consistency proof', (n) => ({ ...n, consistencyProof: [] }), 'INCONSISTENT_CHECKPOINT'],
    ['bad base64 in the proof', (n) => ({ ...n, consistencyProof: ['***'] }), 'MALFORMED_RECEIPT'],
    ['an unsigned newer checkpoint', (n) => ({ ...n, checkpoint: n.checkpoint.replace('\n23\n', '\n24\n') }), 'BAD_SIGNATURE'],
  ];
  it.each(newerCases)('rejects a newer checkpoint with %s', async (_n, mutate, code) => {
    const f = await fixture();
    const newer = await grown(f);
    expect(verifyReceipt(f.receipt, keys.verifierKey, mutate(newer))).toMatchObject({ ok: false, code });
  });

  it('rejects a newer checkpoint from a rewritten log signed by the same key', async () => {
    const f = await fixture();
    const forged = await MerkleLog.open(new MemoryHashStore());
    await forged.appendBatch(entries.map((e, i) => leafHash(i === 0 ? Buffer.from('rewritten') : e)));
    const rogue = new CheckpointSigner(keys.signerKey); // a signer without the guard's memory
    const proof = await forged.consistencyProof(13, 23);
    const newer = { checkpoint: rogue.sign(23, forged.root()), consistencyProof: proof.map(encodeBase64) };
    expect(verifyReceipt(f.receipt, keys.verifierKey, newer)).toMatchObject({ ok: false, code: 'INCONSISTENT_CHECKPOINT' });
  });

  it('refuses to create a receipt with both or neither of entry and leafHash', async () => {
    const f = await fixture();
    expect(() => createReceipt({ checkpoint: f.checkpoint, leafIndex: 0, inclusionProof: [] })).toThrow(/exactly one/);
    expect(() =>
      createReceipt({ checkpoint: f.checkpoint, leafIndex: 0, entry: entries[0], leafHash: leafHash(entries[0] as Buffer), inclusionProof: [] }),
    ).toThrow(/exactly one/);
  });
});
