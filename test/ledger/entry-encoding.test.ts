/**
 * The append's column bytes must be exactly the UTF-8 of SEP + value for each value (the server
 * splits them back into the stored text), and each leaf hash must be SHA-256(0x00 ‖ the value's
 * UTF-8), as the audit recomputes it from the stored text.
 */
import { describe, expect, it } from 'vitest';
import { leafHash } from '../../src/engines/merkle/index.js';
import { encodeColumn, encodeEntries, SEP } from '../../src/ledger/entry-encoding.js';
import { seededRandom } from '../../src/shared/seeded-random.js';

const PIECES = ['', 'a', '{"k":"v"}', '已调取扣款流水核对', '[手机号#1]', '😀', '\ud800', '\udfff', 'é', '\u2028', '\u0000', '\\', '"'];

describe('entry encoding', () => {
  it('writes SEP + value per value in UTF-8 and hashes each value as an RFC 6962 leaf', () => {
    const r = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: Math.floor(r() * 40) }, () => Array.from({ length: Math.floor(r() * 6) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(''));
      const want = Buffer.from(values.map((v) => SEP + v).join(''), 'utf8');
      expect(encodeColumn(values).equals(want)).toBe(true);
      const { column, leafHashes } = encodeEntries(values);
      expect(column.equals(want)).toBe(true);
      expect(leafHashes.equals(Buffer.concat(values.map((v) => leafHash(Buffer.from(v, 'utf8')))))).toBe(true);
    }
  });
});
