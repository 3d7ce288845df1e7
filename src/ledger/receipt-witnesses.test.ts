/**
 * verifyReceiptFile with witness keys and an --against checkpoint, and with a cosigner quorum:
 * a log of 10 complaint events, a receipt at size 10, a newer head at 12 with its consistency
 * proof, and witnesses that cosign either with real Ed25519 keys.
 */
import { describe, expect, it } from 'vitest';
import {
  CheckpointSigner,
  cosign,
  cosignerKeyId,
  createReceipt,
  decodeBase64,
  encodeBase64,
  generateCosignerKeys,
  generateNoteKeys,
  leafHash,
  MemoryHashStore,
  MerkleLog,
  noteText,
} from '../engines/merkle/index.js';
import { createReceiptBundle, verifyReceiptFile, type VerifyOptions } from './receipt-bundle.js';

const keys = generateNoteKeys('test.local/log');
const [wa, wb, wc] = ['witness-a.example/w', 'witness-b.example/w', 'witness-c.example/w'].map((n) => ({ name: n, ...generateCosignerKeys(n) })) as [Witness, Witness, Witness];
const stranger = { name: 'stranger.example/w', ...generateCosignerKeys('stranger.example/w') };
const T = 1_790_000_000;

interface Witness {
  name: string;
  signerKey: string;
  verifierKey: string;
}

const keyIdOf = (vkey: string): string => vkey.split('+')[1] ?? '';
const ref = (w: Witness) => ({ name: w.name, keyId: keyIdOf(w.verifierKey) });
/** The note with a cosignature line by each witness appended, at T + its position. */
const cosigned = (note: string, ...by: Witness[]): string => by.reduce((n, w, i) => `${n}${cosign(noteText(note), T + i, w.signerKey)}`, note);
/** The note with the last signature byte of `w`'s line flipped. */
function forgedBy(note: string, w: Witness): string {
  const start = note.indexOf(`\u2014 ${w.name} `);
  const end = note.indexOf('\n', start);
  const b64 = note.slice(note.lastIndexOf(' ', end) + 1, end);
  const sig = decodeBase64(b64, 'signature', 'MALFORMED_NOTE');
  sig[sig.length - 1] = (sig[sig.length - 1] ?? 0) ^ 1;
  return note.replace(b64, encodeBase64(sig));
}
/** The same Ed25519 key under another name: another vkey and key ID, one signer. */
function alias(w: Witness, name: string): Witness {
  // PRIVATE+KEY+<name>+<key ID>+<base64>, and base64 may hold '+'.
  const secret = w.signerKey.split('+').slice(4).join('+');
  const material = w.verifierKey.split('+').slice(2).join('+');
  const id = cosignerKeyId(name, Buffer.from(material, 'base64').subarray(1)).toString(16).padStart(8, '0');
  return { name, signerKey: `PRIVATE+KEY+${name}+${id}+${secret}`, verifierKey: `${name}+${id}+${material}` };
}

/** A receipt file at size 10 whose checkpoint `receiptBy` cosigned, and a newer head at 12. */
async function fixture(receiptBy: Witness[]) {
  const log = await MerkleLog.open(new MemoryHashStore());
  const texts = Array.from({ length: 10 }, (_, i) => JSON.stringify({ complaintId: 'c-1', seq: i + 1, type: 'note_added', v: 1 }));
  await log.appendBatch(texts.map((t) => leafHash(Buffer.from(t))));
  const signer = new CheckpointSigner(keys.signerKey);
  const note = signer.sign(10, log.root());
  const proof = await log.inclusionProof(3, 10);
  const receiptNote = cosigned(note, ...receiptBy);
  const file = (cp = receiptNote) => createReceiptBundle(keys.verifierKey, [createReceipt({ checkpoint: cp, leafIndex: 3, entry: Buffer.from(texts[3] ?? ''), inclusionProof: proof })]);
  await log.appendBatch([leafHash(Buffer.from('x')), leafHash(Buffer.from('y'))]);
  const consistency = await log.consistencyProof(10, 12);
  const newer = signer.sign(12, log.root(), consistency);
  /** The GET /log/consistency?from=10 answer for the newer head as `cp` (with its lines). */
  const against = (cp: string) => JSON.stringify({ checkpoint: cp, consistencyProof: consistency.map(encodeBase64) });
  return { note, receiptNote, newer, file, against };
}

const verify = (text: string, opts: VerifyOptions) => verifyReceiptFile(text, { trustedVkey: keys.verifierKey, ...opts });

describe('cosignatures on the --against checkpoint', () => {
  it("reports who cosigned the receipt's checkpoint and who cosigned the newer head, each with its time", async () => {
    const f = await fixture([wa]);
    const v = verify(f.file(), { against: f.against(cosigned(f.newer, wb, stranger, wc)), witnesses: [wa.verifierKey, wb.verifierKey, wc.verifierKey] });
    expect(v.ok && v.against?.size).toBe(12);
    expect(v.ok && v.cosigners).toEqual({ cosigned: [{ ...ref(wa), timestamp: T }], absent: [ref(wb), ref(wc)], unknown: [] });
    expect(v.ok && v.againstCosigners).toEqual({
      cosigned: [
        { ...ref(wb), timestamp: T },
        { ...ref(wc), timestamp: T + 2 },
      ],
      absent: [ref(wa)],
      unknown: [ref(stranger)],
    });
    expect(v.ok && v.quorum).toBeUndefined();
    // Without witness keys, neither checkpoint's lines are looked at, as before.
    const plain = verify(f.file(), { against: f.against(cosigned(f.newer, wb)) });
    expect(plain.ok && [plain.cosigners, plain.againstCosigners]).toEqual([undefined, undefined]);
  });

  it('fails on a forged line by a listed witness on the --against checkpoint, and ignores it when the key is not listed', async () => {
    const f = await fixture([wa]);
    const against = f.against(forgedBy(cosigned(f.newer, wb, wc), wb));
    expect(verify(f.file(), { against, witnesses: [wa.verifierKey, wb.verifierKey] })).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
      reason: expect.stringMatching(/^--against checkpoint: the cosignature by witness witness-b\.example\/w does not verify with its listed key: /),
    });
    const ignored = verify(f.file(), { against, witnesses: [wc.verifierKey] });
    expect(ignored.ok && ignored.againstCosigners).toEqual({ cosigned: [{ ...ref(wc), timestamp: T + 1 }], absent: [], unknown: [ref(wb)] });
    expect(verify(f.file(), { against }).ok).toBe(true);
    // A line the witness made for the receipt's checkpoint, pasted under the newer one.
    const pasted = `${f.newer}${cosign(noteText(f.note), T, wa.signerKey)}`;
    expect(verify(f.file(), { against: f.against(pasted), witnesses: [wa.verifierKey] })).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it("the receipt's own head as --against (plain note or JSON from its size) is one checkpoint: one report, each witness once", async () => {
    const f = await fixture([wa, wb]);
    // The same head as served later: b cosigned it again (a later time), c for the first time.
    const later = `${f.note}${cosign(noteText(f.note), T + 50, wb.signerKey)}${cosign(noteText(f.note), T + 60, wc.signerKey)}`;
    const witnesses = [wa.verifierKey, wb.verifierKey, wc.verifierKey];
    const expected = { cosigned: [{ ...ref(wa), timestamp: T }, { ...ref(wb), timestamp: T + 50 }, { ...ref(wc), timestamp: T + 60 }], absent: [], unknown: [] };
    const asJson = JSON.stringify({ checkpoint: later, consistencyProof: [] });
    for (const against of [later, asJson]) {
      const v = verify(f.file(), { against, witnesses, minCosigners: 3 });
      expect(v.ok && [v.against?.size, v.cosigners, v.againstCosigners, v.quorum]).toEqual([10, expected, undefined, { required: 3, cosigned: 3, checkpoint: 'against' }]);
    }
    expect(verify(f.file(), { against: forgedBy(later, wc), witnesses })).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });
});

describe('a cosigner quorum (minCosigners)', () => {
  const all = [wa.verifierKey, wb.verifierKey, wc.verifierKey];

  it("without --against, on the receipt's checkpoint: met, or failed naming who cosigned", async () => {
    const f = await fixture([wa, wb]);
    const met = verify(f.file(), { witnesses: all, minCosigners: 2 });
    expect(met.ok && met.quorum).toEqual({ required: 2, cosigned: 2, checkpoint: 'receipt' });
    expect(verify(f.file(), { witnesses: all, minCosigners: 3 })).toEqual({
      ok: false,
      code: 'QUORUM_NOT_MET',
      reason: `the receipt's checkpoint at tree size 10 is cosigned by 2 of the 3 listed witnesses (${wa.name}+${keyIdOf(wa.verifierKey)}, ${wb.name}+${keyIdOf(wb.verifierKey)}); --min-cosigners requires 3`,
    });
    const none = await fixture([]);
    expect(verify(none.file(), { witnesses: all, minCosigners: 1 })).toMatchObject({ ok: false, code: 'QUORUM_NOT_MET', reason: "the receipt's checkpoint at tree size 10 is cosigned by 0 of the 3 listed witnesses; --min-cosigners requires 1" });
  });

  it('with --against, on the newer head only: its cosigners count, not those of the old receipt', async () => {
    const f = await fixture([wa, wb, wc]);
    const thin = verify(f.file(), { against: f.against(cosigned(f.newer, wc)), witnesses: all, minCosigners: 2 });
    expect(thin).toMatchObject({ ok: false, code: 'QUORUM_NOT_MET', reason: `the --against checkpoint at tree size 12 is cosigned by 1 of the 3 listed witnesses (${wc.name}+${keyIdOf(wc.verifierKey)}); --min-cosigners requires 2` });
    const bare = await fixture([]);
    const v = verify(bare.file(), { against: bare.against(cosigned(bare.newer, wb, wc)), witnesses: all, minCosigners: 2 });
    expect(v.ok && [v.quorum, v.cosigners?.cosigned]).toEqual([{ required: 2, cosigned: 2, checkpoint: 'against' }, []]);
  });

  it('counts distinct keys: a witness given twice is one, and so is one key listed under two names', async () => {
    const twin = alias(wa, 'witness-a-again.example/w');
    const f = await fixture([wa, twin]);
    expect(verify(f.file(), { witnesses: [wa.verifierKey, wa.verifierKey], minCosigners: 2 })).toEqual({
      ok: false,
      code: 'INVALID_OPTION',
      reason: '--min-cosigners 2 is more than the 1 distinct witness key given',
    });
    // Both names' lines verify (and are reported), yet they are one signer.
    const withTwin = [wa.verifierKey, twin.verifierKey, wb.verifierKey];
    const v = verify(f.file(), { witnesses: withTwin, minCosigners: 1 });
    expect(v.ok && [v.cosigners?.cosigned.map((w) => w.name), v.quorum]).toEqual([[wa.name, twin.name], { required: 1, cosigned: 1, checkpoint: 'receipt' }]);
    expect(verify(f.file(), { witnesses: withTwin, minCosigners: 2 })).toMatchObject({ ok: false, code: 'QUORUM_NOT_MET', reason: expect.stringContaining('cosigned by 1 of the 2 listed witnesses') });
  });

  it('counts a cosignature at any time it verifies with (0, or far ahead): the time is reported, not judged', async () => {
    const f = await fixture([]);
    const odd = `${f.note}${cosign(noteText(f.note), 0, wa.signerKey)}${cosign(noteText(f.note), 4_102_444_800, wb.signerKey)}`;
    const v = verify(f.file(odd), { witnesses: [wa.verifierKey, wb.verifierKey], minCosigners: 2 });
    expect(v.ok && [v.cosigners?.cosigned.map((w) => w.timestamp), v.quorum?.cosigned]).toEqual([[0, 4_102_444_800], 2]);
  });

  it('refuses a quorum it cannot judge, before verifying anything, with a clear reason', async () => {
    const f = await fixture([wa]);
    const cases: Array<[string, VerifyOptions, string]> = [
      ['zero', { witnesses: all, minCosigners: 0 }, '--min-cosigners must be a whole number of at least 1, not 0'],
      ['negative', { witnesses: all, minCosigners: -2 }, '--min-cosigners must be a whole number of at least 1, not -2'],
      ['fractional', { witnesses: all, minCosigners: 1.5 }, '--min-cosigners must be a whole number of at least 1, not 1.5'],
      ['not a number', { witnesses: all, minCosigners: Number.NaN }, '--min-cosigners must be a whole number of at least 1, not NaN'],
      ['no witnesses', { minCosigners: 1 }, '--min-cosigners needs at least one --witness: the quorum counts only the witnesses you list'],
      ['an empty list', { witnesses: [], minCosigners: 1 }, '--min-cosigners needs at least one --witness: the quorum counts only the witnesses you list'],
      ['more than given', { witnesses: all, minCosigners: 4 }, '--min-cosigners 4 is more than the 3 distinct witness keys given'],
    ];
    for (const [name, opts, reason] of cases) {
      // A file that would not verify either: the option is the first thing said.
      expect([name, verify('{}', opts)]).toEqual([name, { ok: false, code: 'INVALID_OPTION', reason }]);
    }
    expect(verify(f.file(), { witnesses: [wa.verifierKey, keys.verifierKey], minCosigners: 1 })).toMatchObject({ ok: false, code: 'MALFORMED_KEY', reason: expect.stringMatching(/^witness key 2: /) });
  });
});
