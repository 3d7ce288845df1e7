/**
 * Strict standard base64 (RFC 4648 §4). Buffer.from(s, 'base64') silently skips bad
 * characters and accepts non-canonical padding bits, which would let a modified signature or
 * receipt decode to the original bytes; here every input has exactly one accepted spelling.
 */
import { MerkleError, type MerkleErrorCode } from './errors.js';

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function decodeBase64(s: string, what: string, code: MerkleErrorCode): Uint8Array {
  if (!STRICT.test(s)) throw new MerkleError(code, `${what} is not valid base64`);
  const bytes = Buffer.from(s, 'base64');
  if (bytes.toString('base64') !== s) throw new MerkleError(code, `${what} is not canonical base64`);
  return new Uint8Array(bytes);
}
