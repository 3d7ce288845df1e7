import { describe, expect, it } from 'vitest';
import { formatCheckpoint } from './checkpoint.js';
import {
  cosign,
  cosignatureMessage,
  generateCosignerKeys,
  parseCosignatureVerifierKey,
  parseCosignerKey,
  verifyCosignature,
} from './cosignature.js';
import { MerkleError } from './errors.js';
import { leafHash } from './hash.js';
import { keysWithLetterInId } from './key.fixture.js';
import { generateNoteKeys, keyIdOf, parseSignerKey, parseVerifierKey } from './note-keys.js';
import { signNote, verifyNote } from './signed-note.js';

const T = 1_679_315_147;

describe('tlog-cosignature spec example', () => {
  // The spec's example checkpoint, cosignature line and signed message. It publishes no public
  // key for witness.example.com/w1, so the signature itself cannot be verified; what can be
  // checked is the message layout and the decoding of key ID and timestamp.
  const body = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
  const line = '\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';

  it('builds exactly the signed message the spec shows', () => {
    expect(Buffer.from(cosignatureMessage(body, T)).toString('utf8')).toBe(
      'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    );
  });

  it('carries key ID, then the big-endian timestamp of that message, then 64 signature bytes', () => {
    const raw = Buffer.from(line.slice(line.lastIndexOf(' ') + 1, -1), 'base64');
    expect(raw.length).toBe(4 + 8 + 64);
    expect(raw.readUInt32BE(0)).toBe(0x8d66cf3f);
    expect(Number(raw.readBigUInt64BE(4))).toBe(T);
  });

  it('is ignored (not accepted, not thrown on) by a verifier holding another key of that name', () => {
    const other = generateCosignerKeys('witness.example.com/w1').verifierKey;
    expect(verifyCosignature(body, line, other)).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });

  it('computes the 0x04 key ID as another implementation does (a published witness vkey)', () => {
    // A real witness's cosignature/v1 vkey, from transparency-dev/formats note_cosigv1_test.go.
    const v = parseCosignatureVerifierKey('remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2');
    expect(v).toMatchObject({ name: 'remora.n621.de', keyId: 0xda77ade7 });
  });
});

describe('cosign and verify', () => {
  const w = generateCosignerKeys('witness.example/w1');
  const log = generateNoteKeys('lender.example/log');
  const body = formatCheckpoint({ origin: 'lender.example/log', size: 42, root: leafHash(Buffer.from('r')), extensions: [] });
  const line = cosign(body, T, w.signerKey);

  it('round-trips: the line verifies with the vkey and returns its timestamp', () => {
    expect(line).toMatch(/^\u2014 witness\.example\/w1 [A-Za-z0-9+/]+=*\n$/);
    expect(verifyCosignature(body, line, w.verifierKey)).toEqual({ ok: true, timestamp: T });
    expect(verifyCosignature(body, cosign(body, 0, w.signerKey), w.verifierKey)).toEqual({ ok: true, timestamp: 0 });
  });

  it('appended to the signed checkpoint, verifies as a note with the cosigner verifier, beside the log key', () => {
    const note = `${signNote(body, [parseSignerKey(log.signerKey)])}${line}`;
    const cosigner = parseCosignatureVerifierKey(w.verifierKey);
    expect(verifyNote(note, [cosigner])).toMatchObject({ ok: true, text: body, signedBy: [{ name: 'witness.example/w1' }] });
    const both = verifyNote(note, [log.verifierKey, cosigner]);
    expect(both.ok && both.signedBy.map((s) => s.name)).toEqual(['lender.example/log', 'witness.example/w1']);
  });

  it('signs extension lines too', () => {
    const ext = `${body}extension one\n`;
    const l = cosign(ext, T, w.signerKey);
    expect(verifyCosignature(ext, l, w.verifierKey).ok).toBe(true);
    expect(verifyCosignature(`${body}extension onf\n`, l, w.verifierKey)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verifyCosignature(body, l, w.verifierKey)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it('rejects the line after any single-byte modification, at every position', () => {
    const bytes = Buffer.from(line, 'utf8');
    const accepted: string[] = [];
    for (let pos = 0; pos < bytes.length; pos++) {
      for (const mask of [0x01, 0x02, 0x10, 0x20, 0x40, 0x80, 0xff]) {
        const m = Buffer.from(bytes);
        m[pos] = (m[pos] as number) ^ mask;
        if (verifyCosignature(body, m.toString('utf8'), w.verifierKey).ok) accepted.push(`${pos}^${mask}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('rejects the line for any single-byte modification of the checkpoint body', () => {
    const bytes = Buffer.from(body, 'utf8');
    const accepted: string[] = [];
    for (let pos = 0; pos < bytes.length; pos++) {
      for (const mask of [0x01, 0x20, 0x80]) {
        const m = Buffer.from(bytes);
        m[pos] = (m[pos] as number) ^ mask;
        if (verifyCosignature(m.toString('utf8'), line, w.verifierKey).ok) accepted.push(`${pos}^${mask}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('rejects every flipped bit of the decoded signature, including the timestamp bytes', () => {
    const start = line.lastIndexOf(' ') + 1;
    const raw = Buffer.from(line.slice(start, -1), 'base64');
    for (let bit = 0; bit < raw.length * 8; bit++) {
      const m = Buffer.from(raw);
      m[bit >> 3] = (m[bit >> 3] as number) ^ (1 << (bit & 7));
      expect(verifyCosignature(body, `${line.slice(0, start)}${m.toString('base64')}\n`, w.verifierKey).ok).toBe(false);
    }
  });

  it('is not a 0x01 note signature: the same public key as a plain Ed25519 note key has another key ID', () => {
    const pub = Buffer.from(w.verifierKey.split('+').slice(2).join('+'), 'base64').subarray(1);
    const id01 = keyIdOf('witness.example/w1', pub);
    expect(id01).not.toBe(parseCosignerKey(w.signerKey).keyId);
    const asNoteKey = `witness.example/w1+${id01.toString(16).padStart(8, '0')}+${Buffer.concat([Buffer.from([1]), pub]).toString('base64')}`;
    expect(verifyNote(`${body}\n${line}`, [asNoteKey])).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });

  const fields = w.verifierKey.split('+');
  const cases: Array<[string, string, string]> = [
    ['another cosigner key with the same name', line, generateCosignerKeys('witness.example/w1').verifierKey],
    ['a vkey of another name', line, generateCosignerKeys('witness.example/w2').verifierKey],
    ['a line without its final newline', line.slice(0, -1), w.verifierKey],
    ['two lines', `${line}${line}`, w.verifierKey],
    ['a hyphen for the em dash', line.replace('\u2014', '-'), w.verifierKey],
    ['a line cut short', `${line.slice(0, -10)}\n`, w.verifierKey],
    ['an empty line', '', w.verifierKey],
    ['a malformed vkey', line, `${fields[0]}+${fields[1]}`],
    ['a 0x01 note vkey', line, generateNoteKeys('witness.example/w1').verifierKey],
  ];
  it.each(cases)('rejects %s, without throwing', (_n, l, vkey) => {
    expect(verifyCosignature(body, l, vkey).ok).toBe(false);
  });

  it('rejects a body that is not a checkpoint', () => {
    expect(verifyCosignature('not a checkpoint\n', line, w.verifierKey)).toMatchObject({ ok: false, code: 'MALFORMED_CHECKPOINT' });
  });

  it('rejects a correctly signed timestamp beyond Number.MAX_SAFE_INTEGER', () => {
    // Built by hand: cosign itself refuses such a timestamp.
    const signer = parseCosignerKey(w.signerKey);
    const big = 2n ** 53n + 1n;
    const msg = Buffer.from(`cosignature/v1\ntime ${big}\n${body}`, 'utf8');
    const head = Buffer.alloc(12);
    head.writeUInt32BE(signer.keyId, 0);
    head.writeBigUInt64BE(big, 4);
    const l = `\u2014 ${signer.name} ${Buffer.concat([head, signer.signMessage(msg)]).toString('base64')}\n`;
    expect(verifyCosignature(body, l, w.verifierKey).ok).toBe(false);
  });

  it.each([
    ['a negative timestamp', body, -1],
    ['a fractional timestamp', body, 1.5],
    ['an unsafe timestamp', body, 2 ** 53],
    ['a body that is not a checkpoint', 'hello\n', T],
    ['a body with signature lines', `${body}\n${line}`, T],
  ])('refuses to cosign %s', (_n, b, t) => {
    expect(() => cosign(b, t, w.signerKey)).toThrow(MerkleError);
  });
});

describe('cosigner keys', () => {
  const k = keysWithLetterInId(generateCosignerKeys, 'witness.example/w1');
  const [name, id, key] = k.verifierKey.split('+') as [string, string, string];

  it('parse back: the signer knows its verifier key, and the vkey holds type 0x04', () => {
    const s = parseCosignerKey(k.signerKey);
    expect(s.verifierKey).toBe(k.verifierKey);
    expect(parseCosignatureVerifierKey(k.verifierKey).keyId).toBe(s.keyId);
    expect(Buffer.from(key, 'base64')[0]).toBe(0x04);
  });

  it('are refused where a log key is expected, and log keys are refused here', () => {
    expect(() => parseVerifierKey(k.verifierKey)).toThrow(MerkleError);
    expect(() => parseSignerKey(k.signerKey)).toThrow(MerkleError);
    const note = generateNoteKeys('witness.example/w1');
    expect(() => parseCosignatureVerifierKey(note.verifierKey)).toThrow(MerkleError);
    expect(() => parseCosignerKey(note.signerKey)).toThrow(MerkleError);
  });

  it.each([
    ['key ID of another key', `${name}+${(Number.parseInt(id, 16) ^ 1).toString(16).padStart(8, '0')}+${key}`],
    ['another name', `other.example+${id}+${key}`],
    ['uppercase key ID', `${name}+${id.toUpperCase()}+${key}`],
    ['truncated key', `${name}+${id}+${Buffer.from(key, 'base64').subarray(0, 32).toString('base64')}`],
    ['name with a space', `a b+${id}+${key}`],
  ])('rejects a verifier key with %s', (_n, v) => {
    expect(() => parseCosignatureVerifierKey(v)).toThrow(MerkleError);
  });

  it.each([
    ['missing PRIVATE+KEY prefix', k.signerKey.replace('PRIVATE+KEY+', '')],
    ['mismatched key ID', k.signerKey.replace(`+${id}+`, '+00000000+')],
    ['verifier key given as signer', `PRIVATE+KEY+${k.verifierKey}`],
  ])('rejects a signer key with %s', (_n, s) => {
    expect(() => parseCosignerKey(s)).toThrow(MerkleError);
  });

  it.each([[''], ['a b'], ['a+b']])('refuses to generate keys named %j', (n) => {
    expect(() => generateCosignerKeys(n)).toThrow(MerkleError);
  });
});
