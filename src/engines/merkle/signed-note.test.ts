import { describe, expect, it } from 'vitest';
import { MerkleError } from './errors.js';
import { generateNoteKeys, parseSignerKey, parseVerifierKey } from './note-keys.js';
import { signNote, verifyNote } from './signed-note.js';
import { keysWithLetterInId } from './key.fixture.js';
import { hasTestdata, readTestdata } from './testdata.fixture.js';

describe.skipIf(!hasTestdata)('C2SP signed-note example', () => {
  const note = hasTestdata ? readTestdata('signed-note/example.note') : Buffer.alloc(0);
  const vkey = hasTestdata ? readTestdata('signed-note/example.vkey').toString('utf8').trim() : '';

  it('accepts the spec example with its key', () => {
    const v = verifyNote(note, [vkey]);
    expect(v).toMatchObject({ ok: true, text: 'This is an example message.\n', signedBy: [{ name: 'example.com/foo', keyId: 0x530d903a }] });
  });

  it('rejects the example after any single-byte modification, at every position', () => {
    const accepted: string[] = [];
    for (let pos = 0; pos < note.length; pos++) {
      for (const mask of [0x01, 0x02, 0x10, 0x20, 0x40, 0x80, 0xff]) {
        const m = Buffer.from(note);
        m[pos] = (m[pos] as number) ^ mask;
        if (verifyNote(m, [vkey]).ok) accepted.push(`${pos}^${mask}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('rejects the example when truncated at any length or extended', () => {
    for (let len = 0; len < note.length; len++) expect(verifyNote(note.subarray(0, len), [vkey]).ok).toBe(false);
    expect(verifyNote(Buffer.concat([note, Buffer.from('x')]), [vkey]).ok).toBe(false);
  });

  it('rejects the example for a verifier with the same name but another key', () => {
    const other = generateNoteKeys('example.com/foo').verifierKey;
    expect(verifyNote(note, [other])).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });
});

describe('signing and verifying notes', () => {
  const a = generateNoteKeys('xiaobao.example/log');
  const b = generateNoteKeys('witness.example/w1');
  const text = 'xiaobao.example/log\n42\nAAAA\n';
  const signed = signNote(text, [parseSignerKey(a.signerKey)]);
  const both = signNote(text, [parseSignerKey(a.signerKey), parseSignerKey(b.signerKey)]);

  it('round-trips and reports which trusted keys signed', () => {
    expect(verifyNote(signed, [a.verifierKey])).toMatchObject({ ok: true, text, signedBy: [{ name: 'xiaobao.example/log' }] });
    const v = verifyNote(both, [b.verifierKey, a.verifierKey]);
    expect(v.ok && v.signedBy.map((s) => s.name)).toEqual(['xiaobao.example/log', 'witness.example/w1']);
    expect(verifyNote(both, [b.verifierKey])).toMatchObject({ ok: true, signedBy: [{ name: 'witness.example/w1' }] });
  });

  /** Flips one bit of the signature bytes (not the key ID) on the note's last line. */
  function tamperLastSignature(n: string): string {
    const start = n.lastIndexOf(' ') + 1;
    const raw = Buffer.from(n.slice(start, -1), 'base64');
    raw[10] = (raw[10] as number) ^ 1;
    return `${n.slice(0, start)}${raw.toString('base64')}\n`;
  }

  it('ignores a failing signature from a key it does not trust', () => {
    expect(verifyNote(tamperLastSignature(both), [a.verifierKey])).toMatchObject({ ok: true, signedBy: [{ name: 'xiaobao.example/log' }] });
  });

  const sigLine = signed.slice(signed.lastIndexOf('\n\n') + 2);
  const sigB64 = sigLine.slice(sigLine.lastIndexOf(' ') + 1, -1);
  const cases: Array<[string, string, string[], string]> = [
    ['only unknown keys signed', signed, [b.verifierKey], 'UNKNOWN_KEY'],
    ['no trusted keys at all', signed, [], 'UNKNOWN_KEY'],
    ['bad base64 in signature', signed.replace(sigB64, `${sigB64.slice(0, -4)}!!!=`), [a.verifierKey], 'MALFORMED_NOTE'],
    ['non-canonical base64 padding bits', signed.replace(sigB64, sigB64.replace(/.(=*)$/, (m, pad: string) => `${m[0] === 'A' ? 'B' : 'A'}${pad}`)), [a.verifierKey], ''],
    ['signature of key ID only', signed.replace(sigB64, Buffer.from(sigB64, 'base64').subarray(0, 4).toString('base64')), [a.verifierKey], 'MALFORMED_NOTE'],
    ['truncated signature (one byte short)', signed.replace(sigB64, Buffer.from(sigB64, 'base64').subarray(0, 67).toString('base64')), [a.verifierKey], 'BAD_SIGNATURE'],
    ['signature with a byte appended', signed.replace(sigB64, Buffer.concat([Buffer.from(sigB64, 'base64'), Buffer.alloc(1)]).toString('base64')), [a.verifierKey], 'BAD_SIGNATURE'],
    ['signature shorter than a key ID', signed.replace(sigB64, 'AAAA'), [a.verifierKey], 'MALFORMED_NOTE'],
    ['modified text', signed.replace('42', '43'), [a.verifierKey], 'BAD_SIGNATURE'],
    ['missing blank line', signed.replace('\n\n', '\n'), [a.verifierKey], 'MALFORMED_NOTE'],
    ['last line without newline', signed.slice(0, -1), [a.verifierKey], 'MALFORMED_NOTE'],
    ['no signature lines', `${text}\n`, [a.verifierKey], 'MALFORMED_NOTE'],
    ['hyphen instead of em dash', signed.replace('\u2014', '-'), [a.verifierKey], 'MALFORMED_NOTE'],
    ['extra space in signature line', signed.replace('\u2014 ', '\u2014  '), [a.verifierKey], 'MALFORMED_NOTE'],
    ['carriage return', signed.replace('42\n', '42\r\n'), [a.verifierKey], 'MALFORMED_NOTE'],
    ['unpaired surrogate', signed.replace('42', '4\uD800'), [a.verifierKey], 'MALFORMED_NOTE'],
    ['a trusted signature that fails next to a valid one', tamperLastSignature(both), [a.verifierKey, b.verifierKey], 'BAD_SIGNATURE'],
    ['valid signature plus a forged one by the same key', `${signed}${sigLine.replace(sigB64, Buffer.concat([Buffer.from(sigB64, 'base64').subarray(0, 4), Buffer.alloc(64)]).toString('base64'))}`, [a.verifierKey], 'BAD_SIGNATURE'],
    ['over-long note', signNote(`${'x'.repeat(2 << 20)}\n`, [parseSignerKey(a.signerKey)], { maxBytes: 4 << 20, maxSignatures: 100 }), [a.verifierKey], 'MALFORMED_NOTE'],
    ['too many signature lines', `${text}\n${sigLine.repeat(101)}`, [a.verifierKey], 'MALFORMED_NOTE'],
  ];
  it.each(cases)('rejects: %s', (_name, n, keys, code) => {
    const v = verifyNote(n, keys);
    expect(v.ok).toBe(false);
    if (code && !v.ok) expect(v.code).toBe(code);
  });

  it('rejects invalid UTF-8 bytes', () => {
    const bytes = Buffer.from(signed);
    bytes[0] = 0xc3; // a lead byte followed by an ASCII byte is invalid
    expect(verifyNote(bytes, [a.verifierKey])).toMatchObject({ ok: false, code: 'MALFORMED_NOTE' });
  });

  it.each([
    ['text without final newline', 'abc'],
    ['empty text', ''],
    ['control character', 'a\tb\n'],
  ])('refuses to sign %s', (_n, t) => {
    expect(() => signNote(t, [parseSignerKey(a.signerKey)])).toThrow(MerkleError);
  });
});

describe('note keys', () => {
  const k = keysWithLetterInId(generateNoteKeys, 'xiaobao.example/log');
  const [name, id, key] = k.verifierKey.split('+') as [string, string, string];
  const badVkeys: Array<[string, string]> = [
    ['empty name', `+${id}+${key}`],
    ['name with a space', `xiao bao+${id}+${key}`],
    ['uppercase key ID', `${name}+${id.toUpperCase()}+${key}`],
    ['short key ID', `${name}+${id.slice(1)}+${key}`],
    ['key ID of another key', `${name}+${(Number.parseInt(id, 16) ^ 1).toString(16).padStart(8, '0')}+${key}`],
    ['name the key ID was not made for', `other.example+${id}+${key}`],
    ['wrong algorithm byte', `${name}+${id}+${Buffer.concat([Buffer.from([2]), Buffer.from(key, 'base64').subarray(1)]).toString('base64')}`],
    ['truncated key', `${name}+${id}+${Buffer.from(key, 'base64').subarray(0, 32).toString('base64')}`],
    ['bad base64', `${name}+${id}+${key.slice(1)}`],
    ['extra field', `${k.verifierKey}+x`],
  ];
  it.each(badVkeys)('rejects verifier key with %s', (_n, v) => {
    expect(() => parseVerifierKey(v)).toThrow(MerkleError);
  });

  it.each([
    ['missing PRIVATE+KEY prefix', k.signerKey.replace('PRIVATE+KEY+', '')],
    ['mismatched key ID', k.signerKey.replace(`+${id}+`, '+00000000+')],
    ['verifier key given as signer', `PRIVATE+KEY+${k.verifierKey}`],
  ])('rejects signer key with %s', (_n, s) => {
    expect(() => parseSignerKey(s)).toThrow(MerkleError);
  });

  it('generated keys always parse back, including keys whose base64 contains "+"', () => {
    let withPlus = 0;
    for (let i = 0; i < 40; i++) {
      const g = generateNoteKeys('xiaobao.example/log');
      if (g.verifierKey.split('+').length > 3) withPlus++;
      const signer = parseSignerKey(g.signerKey);
      expect(parseVerifierKey(g.verifierKey).keyId).toBe(signer.keyId);
    }
    expect(withPlus).toBeGreaterThan(0);
  });

  it.each([[''], ['a b'], ['a+b']])('refuses to generate keys named %j', (n) => {
    expect(() => generateNoteKeys(n)).toThrow(MerkleError);
  });
});
