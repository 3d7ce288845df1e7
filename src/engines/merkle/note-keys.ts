/**
 * Ed25519 keys in the C2SP signed-note / Go golang.org/x/mod/sumdb/note text formats:
 *   signer:   PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ 32-byte seed)>
 *   verifier: <name>+<hex key ID>+<base64(0x01 ‖ 32-byte public key)>
 * key ID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4], big-endian.
 *
 * Parsers MUST reject names that are empty or contain Unicode spaces or '+', key IDs that do
 * not match the key, and any type byte other than the expected one (0x01 for note keys; the
 * cosignature/v1 keys of cosignature.ts use the same parser with 0x04).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { decodeBase64, encodeBase64 } from './base64.js';
import { MerkleError } from './errors.js';
import { sha256 } from './hash.js';

const ALG_ED25519 = 0x01;
// DER prefixes that wrap a raw Ed25519 seed (PKCS#8) or public key (SPKI) for node:crypto.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(message: Uint8Array): Uint8Array;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+\p{Cc}]/u.test(name);
}

/** SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4]; the type byte is 0x01 for note keys (cosignature.ts uses 0x04). */
export function keyIdOf(name: string, publicKey: Uint8Array, type: number = ALG_ED25519): number {
  const h = sha256(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, type]), publicKey]));
  return Buffer.from(h).readUInt32BE(0);
}

export const hexId = (id: number): string => id.toString(16).padStart(8, '0');

/** The raw 32-byte public key of an Ed25519 KeyObject (public or private). */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return new Uint8Array(pub.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length));
}

/** The raw 32-byte seed of an Ed25519 private KeyObject. */
export function rawSeed(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length));
}

export const privateKeyFromSeed = (seed: Uint8Array): KeyObject => createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
export const publicKeyFromRaw = (key: Uint8Array): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_PREFIX, key]), format: 'der', type: 'spki' });

/**
 * Splits `name+hexid+base64(type ‖ 32-byte key)` and checks everything but the key-ID match;
 * `type` is the key's type byte (0x01 here, 0x04 for cosigner keys).
 */
export function parseKeyParts(s: string, what: string, type: number = ALG_ED25519): { name: string; keyId: number; key: Uint8Array } {
  // Only the first two '+' separate fields: the base64 key itself may contain '+'.
  const m = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(s);
  if (!m) throw new MerkleError('MALFORMED_KEY', `${what} must be <name>+<key ID>+<key>`);
  const [, name = '', idHex = '', b64 = ''] = m;
  if (!isValidKeyName(name)) throw new MerkleError('MALFORMED_KEY', `${what} has an invalid key name`);
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw new MerkleError('MALFORMED_KEY', `${what} key ID must be 8 lowercase hex digits`);
  const raw = decodeBase64(b64, `${what} key`, 'MALFORMED_KEY');
  if (raw.length !== 33 || raw[0] !== type) {
    throw new MerkleError('MALFORMED_KEY', `${what} must hold 0x${type.toString(16).padStart(2, '0')} followed by a 32-byte Ed25519 key`);
  }
  return { name, keyId: Number.parseInt(idHex, 16), key: raw.subarray(1) };
}

export function parseVerifierKey(vkey: string): NoteVerifier {
  const { name, keyId, key } = parseKeyParts(vkey, 'verifier key');
  if (keyIdOf(name, key) !== keyId) throw new MerkleError('MALFORMED_KEY', 'verifier key ID does not match its key');
  const publicKey = publicKeyFromRaw(key);
  return {
    name,
    keyId,
    verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature),
  };
}

export function parseSignerKey(skey: string): NoteSigner {
  const prefix = 'PRIVATE+KEY+';
  if (!skey.startsWith(prefix)) throw new MerkleError('MALFORMED_KEY', `signer key must start with ${prefix}`);
  const { name, keyId, key: seed } = parseKeyParts(skey.slice(prefix.length), 'signer key');
  const privateKey = privateKeyFromSeed(seed);
  if (keyIdOf(name, rawPublicKey(privateKey)) !== keyId) {
    throw new MerkleError('MALFORMED_KEY', 'signer key ID does not match its key');
  }
  return { name, keyId, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
}

/** A fresh Ed25519 key pair as (secret) signer key and (public) verifier key strings. */
export function generateNoteKeys(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw new MerkleError('MALFORMED_KEY', 'key name must be non-empty, without spaces or +');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = rawSeed(privateKey);
  const pub = rawPublicKey(publicKey);
  const id = hexId(keyIdOf(name, pub));
  const enc = (k: Uint8Array): string => encodeBase64(Buffer.concat([Buffer.from([ALG_ED25519]), k]));
  return { signerKey: `PRIVATE+KEY+${name}+${id}+${enc(seed)}`, verifierKey: `${name}+${id}+${enc(pub)}` };
}
