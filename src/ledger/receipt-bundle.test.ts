import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import {
  CheckpointSigner,
  cosign,
  createReceipt,
  encodeBase64,
  generateCosignerKeys,
  generateNoteKeys,
  leafHash,
  MemoryHashStore,
  MerkleLog,
  verifyCosignature,
} from '../engines/merkle/index.js';
import { createReceiptBundle, verifyReceiptFile } from './receipt-bundle.js';

const keys = generateNoteKeys('test.local/log');
const other = generateNoteKeys('test.local/log');
const event = (cid: string, seq: number) => JSON.stringify({ complaintId: cid, seq, type: 'note_added', v: 1 });

/** A log of `n` complaint events (two complaints interleaved) and a signer with its head at `n`. */
async function fixture(n = 10) {
  const log = await MerkleLog.open(new MemoryHashStore());
  const texts = Array.from({ length: n }, (_, i) => event(i % 2 === 0 ? 'c-even' : 'c-odd', Math.floor(i / 2) + 1));
  await log.appendBatch(texts.map((t) => leafHash(Buffer.from(t))));
  const signer = new CheckpointSigner(keys.signerKey);
  const note = signer.sign(log.size, log.root());
  const receipt = async (i: number, cp = note, size = n) =>
    createReceipt({ checkpoint: cp, leafIndex: i, entry: Buffer.from(texts[i] ?? ''), inclusionProof: await log.inclusionProof(i, size) });
  return { log, note, signer, texts, receipt };
}

describe('receipt files', () => {
  it('accepts a bundle of one complaint in order, and a bare engine receipt', async () => {
    const f = await fixture();
    const bundle = createReceiptBundle(keys.verifierKey, [await f.receipt(0), await f.receipt(2), await f.receipt(4)]);
    const cases: Array<[string, string, string | null, 'trusted' | 'self-asserted']> = [
      ['bundle, trusted key', bundle, keys.verifierKey, 'trusted'],
      ['bundle, own key', bundle, null, 'self-asserted'],
      ['bare receipt, trusted key', await f.receipt(3), keys.verifierKey, 'trusted'],
    ];
    for (const [name, text, key, source] of cases) {
      const v = verifyReceiptFile(text, { trustedVkey: key });
      expect([name, v.ok && v.keySource]).toEqual([name, source]);
    }
    const v = verifyReceiptFile(bundle, { trustedVkey: keys.verifierKey });
    expect(v.ok && v.events.map((e) => e.leafIndex)).toEqual([0, 2, 4]);
  });

  it('accepts a checkpoint carrying witness cosignatures (extra signature lines of keys it does not know), also --against', async () => {
    const f = await fixture();
    const witness = generateCosignerKeys('witness.example/w');
    const text = f.note.slice(0, f.note.lastIndexOf('\n\n') + 1);
    const line = cosign(text, 1_700_000_000, witness.signerKey);
    // Two witnesses' lines after the log's: the receipt verifier knows neither key and skips both.
    const cosigned = `${f.note}${line}${cosign(text, 1_700_000_001, generateCosignerKeys('other.example/w').signerKey)}`;
    const file = createReceiptBundle(keys.verifierKey, [await f.receipt(0, cosigned), await f.receipt(2, cosigned)]);
    const v = verifyReceiptFile(file, { trustedVkey: keys.verifierKey });
    expect(v.ok && v.events.map((e) => e.leafIndex)).toEqual([0, 2]);
    expect(verifyCosignature(text, line, witness.verifierKey).ok).toBe(true);
    expect(verifyReceiptFile(createReceiptBundle(keys.verifierKey, [await f.receipt(0)]), { trustedVkey: keys.verifierKey, against: cosigned }).ok).toBe(true);
    expect(verifyReceiptFile(file, { trustedVkey: keys.verifierKey, against: f.note }).ok).toBe(true);
  });

  it('with witness keys: reports cosigners of a bare receipt too, lists a key given twice once, and refuses a line copied from another checkpoint', async () => {
    const f = await fixture();
    const witness = generateCosignerKeys('witness.example/w');
    const rotated = generateCosignerKeys('witness.example/w');
    const text = f.note.slice(0, f.note.lastIndexOf('\n\n') + 1);
    const cosigned = `${f.note}${cosign(text, 1_700_000_000, witness.signerKey)}${cosign(text, 1_700_000_005, rotated.signerKey)}`;
    const keyId = (vkey: string) => vkey.split('+')[1];
    const v = verifyReceiptFile(await f.receipt(3, cosigned), { trustedVkey: keys.verifierKey, witnesses: [witness.verifierKey, witness.verifierKey] });
    expect(v.ok && v.cosigners).toEqual({
      cosigned: [{ name: 'witness.example/w', keyId: keyId(witness.verifierKey), timestamp: 1_700_000_000 }],
      absent: [],
      // Another key of the same name is not the listed one.
      unknown: [{ name: 'witness.example/w', keyId: keyId(rotated.verifierKey) }],
    });
    // The witness's line over another checkpoint of this log, pasted in: a forgery of this one.
    const elsewhere = (await fixture(12)).note;
    const copied = `${f.note}${cosign(elsewhere.slice(0, elsewhere.lastIndexOf('\n\n') + 1), 1_700_000_000, witness.signerKey)}`;
    const bad = verifyReceiptFile(await f.receipt(3, copied), { trustedVkey: keys.verifierKey, witnesses: [witness.verifierKey] });
    expect(bad).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verifyReceiptFile(await f.receipt(3, copied), { trustedVkey: keys.verifierKey }).ok).toBe(true);
  });

  it('rejects malformed, modified, mixed or unkeyed files with a reason', async () => {
    const f = await fixture();
    const good = createReceiptBundle(keys.verifierKey, [await f.receipt(0), await f.receipt(2)]);
    const json = JSON.parse(good) as { receipts: Array<Record<string, unknown>>; vkey: string; format: string };
    const f2 = await fixture(12);
    const cases: Array<[string, string, string | null, RegExp]> = [
      ['not JSON', good.slice(0, 40), keys.verifierKey, /not JSON/],
      ['non-canonical spacing', good.replace('{"format"', '{ "format"'), keys.verifierKey, /canonical/],
      ['unknown field', canonicalize({ ...json, extra: 1 }) ?? '', keys.verifierKey, /structure/],
      ['wrong format', canonicalize({ ...json, format: 'xiaobao-receipts/v0' }) ?? '', keys.verifierKey, /structure/],
      ['no receipts', canonicalize({ ...json, receipts: [] }) ?? '', keys.verifierKey, /structure/],
      ['other key trusted', good, other.verifierKey, /no signature from a trusted key/],
      ['bare receipt, no key', await f.receipt(1), null, /no verifier key/],
      ['events out of order', createReceiptBundle(keys.verifierKey, [await f.receipt(2), await f.receipt(0)]), keys.verifierKey, /does not follow/],
      ['two complaints mixed', createReceiptBundle(keys.verifierKey, [await f.receipt(0), await f.receipt(1)]), keys.verifierKey, /does not follow/],
      ['two checkpoints mixed', createReceiptBundle(keys.verifierKey, [await f.receipt(0), await f2.receipt(2)]), keys.verifierKey, /different checkpoint/],
      ['forged entry', canonicalize({ ...json, receipts: [{ ...json.receipts[0], entry: encodeBase64(Buffer.from(event('c-even', 9))) }] }) ?? '', keys.verifierKey, /inclusion proof/],
    ];
    for (const [name, text, key, reason] of cases) {
      const v = verifyReceiptFile(text, { trustedVkey: key });
      expect([name, v.ok]).toEqual([name, false]);
      if (!v.ok) expect([name, v.reason]).toEqual([name, expect.stringMatching(reason)]);
    }
  });

  it('checks --against: the same head, or a newer one with a valid consistency proof', async () => {
    const f = await fixture(10);
    const file = createReceiptBundle(keys.verifierKey, [await f.receipt(4)]);
    await f.log.appendBatch([leafHash(Buffer.from('x')), leafHash(Buffer.from('y'))]);
    const proof = (await f.log.consistencyProof(10, 12)).map(encodeBase64);
    const newer = f.signer.sign(12, f.log.root(), await f.log.consistencyProof(10, 12));
    const forked = new CheckpointSigner(keys.signerKey).sign(10, leafHash(Buffer.from('fork')));
    const cases: Array<[string, string, boolean, RegExp | null]> = [
      ['same checkpoint', f.note, true, null],
      ['newer with proof', JSON.stringify({ checkpoint: newer, consistencyProof: proof }), true, null],
      ['newer without proof', newer, false, /consistency proof is needed/],
      ['newer with a wrong proof', JSON.stringify({ checkpoint: newer, consistencyProof: proof.slice(1) }), false, /consistency/],
      ['same size, other root', forked, false, /forked/],
      ['garbage', '{not json', false, /neither/],
    ];
    for (const [name, against, ok, reason] of cases) {
      const v = verifyReceiptFile(file, { trustedVkey: keys.verifierKey, against });
      expect([name, v.ok]).toEqual([name, ok]);
      if (!v.ok && reason) expect([name, v.reason]).toEqual([name, expect.stringMatching(reason)]);
    }
  });
});
