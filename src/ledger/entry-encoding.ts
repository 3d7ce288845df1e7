/**
 * An append's columns as ONE UTF-8 buffer of separator-prefixed values each (the form the append
 * statement splits), written value by value into one buffer: joining the values first and then
 * encoding the joined string cost ~2.5× as much (the JSON holds Chinese text, so the join is a
 * two-byte string that is copied, then encoded off V8's fast path). Where the appender hashes
 * (LeafHashing 'appender', PGlite), the leaf hashes are taken from those same bytes.
 */
import { hash } from 'node:crypto';

/** Record separator: JSON escapes every control character, so canonical entries never contain it. */
export const SEP = '\x1e';
const SEP_BYTE = 0x1e;
/** RFC 6962 leaf prefix. */
const LEAF_PREFIX = 0x00;
const HASH_BYTES = 32;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;
/** Past this, the buffer is sized exactly (one more pass) rather than for the worst case. */
const WORST_CASE_MAX_BYTES = 64 * 2 ** 20;

export interface EncodedEntries {
  /** SEP + value, for every value, in UTF-8. */
  column: Buffer;
  /** The leaf hashes SHA-256(0x00 ‖ value), concatenated in value order. */
  leafHashes: Buffer;
}

/** SEP + value for every value, in UTF-8. `values` MUST NOT contain SEP (the caller checks). */
export function encodeColumn(values: readonly string[]): Buffer {
  const buf = bufferFor(values);
  let at = 0;
  for (const v of values) {
    buf[at] = SEP_BYTE;
    at += 1 + buf.write(v, at + 1, 'utf8');
  }
  return buf.subarray(0, at);
}

/** encodeColumn, plus each value's leaf hash. */
export function encodeEntries(values: readonly string[]): EncodedEntries {
  const buf = bufferFor(values);
  const leafHashes = Buffer.allocUnsafe(values.length * HASH_BYTES);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const start = at;
    at = start + 1 + buf.write(values[i] as string, start + 1, 'utf8');
    // The value's separator byte doubles as its leaf prefix while it is hashed: no copy.
    buf[start] = LEAF_PREFIX;
    leafHashes.set(hash('sha256', buf.subarray(start, at), 'buffer'), i * HASH_BYTES);
    buf[start] = SEP_BYTE;
  }
  return { column: buf.subarray(0, at), leafHashes };
}

function bufferFor(values: readonly string[]): Buffer {
  let worst = 0;
  for (const v of values) worst += 1 + v.length * MAX_UTF8_PER_UNIT;
  if (worst <= WORST_CASE_MAX_BYTES) return Buffer.allocUnsafe(worst);
  let exact = 0;
  for (const v of values) exact += 1 + Buffer.byteLength(v, 'utf8');
  return Buffer.allocUnsafe(exact);
}
