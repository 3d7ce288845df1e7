/**
 * C2SP tlog-cosignature, Ed25519 `cosignature/v1` (signature type 0x04): the timestamped
 * statement a witness makes about a checkpoint. Written against the tlog-cosignature text that
 * also defines the ML-DSA-44 `subtree/v1` type (C2SP/C2SP commit 01194db); only the Ed25519
 * type is implemented.
 *
 * Keys, in the signed-note text formats of note-keys.ts but with type byte 0x04, so a witness
 * key can never be mistaken for (or loaded as) a log's 0x01 key:
 *   signer:   PRIVATE+KEY+<name>+<hex key ID>+<base64(0x04 ‖ 32-byte seed)>
 *   verifier: <name>+<hex key ID>+<base64(0x04 ‖ 32-byte public key)>
 *   key ID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4], big-endian
 * Signature line: "— <name> base64(key ID ‖ u64 big-endian timestamp ‖ Ed25519 signature)\n".
 * Signed message: "cosignature/v1\ntime <timestamp>\n" followed by the checkpoint's note text
 * (its body including the final newline, without any signature lines).
 *
 * Contract
 * - cosign MUST refuse a body that is not a tlog-checkpoint body and a timestamp that is not a
 *   non-negative safe integer (seconds since the Epoch).
 * - Verifiers MUST NOT throw: they return a verdict with a reason. They MUST reject timestamps
 *   above Number.MAX_SAFE_INTEGER (the spec allows rejecting future timestamps; 2^53 s is
 *   285 million years away, and a larger value would not survive the conversion to a number).
 * - The verifier returned by parseCosignatureVerifierKey is a NoteVerifier, so verifyNote
 *   accepts a checkpoint with the cosignature line appended.
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { decodeBase64, encodeBase64 } from './base64.js';
import { parseCheckpoint } from './checkpoint.js';
import { MerkleError, type MerkleErrorCode } from './errors.js';
import { hexId, isValidKeyName, keyIdOf, parseKeyParts, privateKeyFromSeed, publicKeyFromRaw, rawPublicKey, rawSeed, type NoteVerifier } from './note-keys.js';
import { openNote } from './signed-note.js';

export const COSIGNATURE_V1_TYPE = 0x04;
const HEADER = 'cosignature/v1\n';
const SIG_PREFIX = '\u2014 ';
const TIMESTAMP_BYTES = 8;
const ED25519_SIGNATURE_BYTES = 64;

export interface Cosigner {
  readonly name: string;
  readonly keyId: number;
  /** The public half, as a cosignature/v1 vkey. */
  readonly verifierKey: string;
  /** Ed25519 over an already-built cosignature/v1 message; use `cosign`. */
  signMessage(message: Uint8Array): Uint8Array;
}

export type CosignatureVerdict = { ok: true; timestamp: number } | { ok: false; code: MerkleErrorCode; reason: string };

export const cosignerKeyId = (name: string, publicKey: Uint8Array): number => keyIdOf(name, publicKey, COSIGNATURE_V1_TYPE);
const typed = (key: Uint8Array): string => encodeBase64(Buffer.concat([Buffer.from([COSIGNATURE_V1_TYPE]), key]));

/** A fresh cosigner key pair as (secret) signer key and (public) verifier key strings. */
export function generateCosignerKeys(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw new MerkleError('MALFORMED_KEY', 'key name must be non-empty, without spaces or +');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = rawSeed(privateKey);
  const pub = rawPublicKey(publicKey);
  const id = hexId(cosignerKeyId(name, pub));
  return { signerKey: `PRIVATE+KEY+${name}+${id}+${typed(seed)}`, verifierKey: `${name}+${id}+${typed(pub)}` };
}

export function parseCosignerKey(skey: string): Cosigner {
  const prefix = 'PRIVATE+KEY+';
  if (!skey.startsWith(prefix)) throw new MerkleError('MALFORMED_KEY', `cosigner key must start with ${prefix}`);
  const { name, keyId, key: seed } = parseKeyParts(skey.slice(prefix.length), 'cosigner key', COSIGNATURE_V1_TYPE);
  const privateKey = privateKeyFromSeed(seed);
  const pub = rawPublicKey(privateKey);
  if (cosignerKeyId(name, pub) !== keyId) throw new MerkleError('MALFORMED_KEY', 'cosigner key ID does not match its key');
  return {
    name,
    keyId,
    verifierKey: `${name}+${hexId(keyId)}+${typed(pub)}`,
    signMessage: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

function checkTimestamp(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new MerkleError('INVALID_ARGUMENT', 'timestamp must be a non-negative safe integer (seconds)');
  }
}

/** The bytes an Ed25519 cosignature/v1 signs; throws MerkleError on a body that is not a checkpoint. */
export function cosignatureMessage(checkpointBody: string, timestamp: number): Uint8Array {
  checkTimestamp(timestamp);
  parseCheckpoint(checkpointBody);
  return Buffer.from(`${HEADER}time ${timestamp}\n${checkpointBody}`, 'utf8');
}

/** The note signature line "— <name> <base64>\n" cosigning `checkpointBody` as of `timestamp`. */
export function cosign(checkpointBody: string, timestamp: number, key: Cosigner | string): string {
  const cosigner = typeof key === 'string' ? parseCosignerKey(key) : key;
  const message = cosignatureMessage(checkpointBody, timestamp);
  const sig = Buffer.alloc(4 + TIMESTAMP_BYTES);
  sig.writeUInt32BE(cosigner.keyId, 0);
  sig.writeBigUInt64BE(BigInt(timestamp), 4);
  const signature = cosigner.signMessage(message);
  return `${SIG_PREFIX}${cosigner.name} ${encodeBase64(Buffer.concat([sig, signature]))}\n`;
}

/** The timestamp of a `timestamp ‖ signature` blob, or null when it is not a cosignature/v1 one. */
function timestampOf(sig: Uint8Array): number | null {
  if (sig.length !== TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES) return null;
  const t = Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).readBigUInt64BE(0);
  return t <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(t) : null;
}

/**
 * A NoteVerifier for one cosigner: `verify(noteText, keyID-stripped signature)` checks the
 * timestamped signature over the cosignature/v1 message built from the note text.
 */
export function parseCosignatureVerifierKey(vkey: string): NoteVerifier {
  const { name, keyId, key } = parseKeyParts(vkey, 'cosigner verifier key', COSIGNATURE_V1_TYPE);
  if (cosignerKeyId(name, key) !== keyId) throw new MerkleError('MALFORMED_KEY', 'cosigner verifier key ID does not match its key');
  const publicKey = publicKeyFromRaw(key);
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return {
    name,
    keyId,
    verify(message, signature) {
      const timestamp = timestampOf(signature);
      if (timestamp === null) return false;
      let signed: Uint8Array;
      try {
        signed = cosignatureMessage(utf8.decode(message), timestamp);
      } catch {
        return false;
      }
      return verify(null, signed, publicKey, signature.subarray(TIMESTAMP_BYTES));
    },
  };
}

/**
 * Checks one cosignature line (as a witness returns it, ending in '\n') over `checkpointBody`
 * against the cosigner's vkey, and returns its timestamp.
 */
export function verifyCosignature(checkpointBody: string, line: string, vkey: string | NoteVerifier): CosignatureVerdict {
  try {
    const verifier = typeof vkey === 'string' ? parseCosignatureVerifierKey(vkey) : vkey;
    parseCheckpoint(checkpointBody);
    if (!line.startsWith(SIG_PREFIX) || !line.endsWith('\n') || line.indexOf('\n') !== line.length - 1) {
      throw new MerkleError('MALFORMED_NOTE', 'a cosignature must be one line "— <name> <base64>\\n"');
    }
    // The signed-note verifier does the line parsing, key matching and strict base64.
    openNote(`${checkpointBody}\n${line}`, [verifier]);
    const raw = decodeBase64(line.slice(line.lastIndexOf(' ') + 1, -1), 'cosignature', 'MALFORMED_NOTE');
    const timestamp = timestampOf(raw.subarray(4));
    if (timestamp === null) throw new MerkleError('BAD_SIGNATURE', 'not a cosignature/v1 signature');
    return { ok: true, timestamp };
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
