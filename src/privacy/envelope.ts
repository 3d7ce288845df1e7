/**
 * Envelope encryption with node:crypto. Each record gets its own random 256-bit data key (DEK);
 * the payload is sealed with AES-256-GCM under the DEK, and the DEK is sealed under the current
 * key-encryption key (KEK). Rotating the KEK re-wraps DEKs only; payloads are never re-encrypted.
 * Sealed layout (both levels): 12-byte IV ‖ ciphertext ‖ 16-byte GCM tag.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedRecord {
  keyVersion: number;
  wrappedKey: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): { iv: Buffer; body: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv, body };
}

function open(key: Buffer, iv: Buffer, body: Buffer, aad: Buffer): Buffer {
  if (body.length < TAG_BYTES) throw new Error('sealed data too short');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
}

/** `purpose` is bound as associated data, so a ciphertext cannot be replayed under another label. */
export function encryptRecord(plaintext: Buffer, kek: { version: number; key: Buffer }, purpose: string): SealedRecord {
  const dek = randomBytes(32);
  const payload = seal(dek, plaintext, Buffer.from(purpose));
  const wrapped = seal(kek.key, dek, Buffer.from(`dek:v${kek.version}`));
  return { keyVersion: kek.version, wrappedKey: Buffer.concat([wrapped.iv, wrapped.body]), iv: payload.iv, ciphertext: payload.body };
}

export function unwrapKey(wrappedKey: Buffer, kek: { version: number; key: Buffer }): Buffer {
  return open(kek.key, wrappedKey.subarray(0, IV_BYTES), wrappedKey.subarray(IV_BYTES), Buffer.from(`dek:v${kek.version}`));
}

export function wrapKey(dek: Buffer, kek: { version: number; key: Buffer }): Buffer {
  const wrapped = seal(kek.key, dek, Buffer.from(`dek:v${kek.version}`));
  return Buffer.concat([wrapped.iv, wrapped.body]);
}

export function decryptRecord(record: SealedRecord, kek: { version: number; key: Buffer }, purpose: string): Buffer {
  const dek = unwrapKey(record.wrappedKey, kek);
  return open(dek, record.iv, record.ciphertext, Buffer.from(purpose));
}
