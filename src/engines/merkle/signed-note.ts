/**
 * C2SP signed-note: text ending in '\n', a blank line, then one or more lines
 * "— <key name> <base64(4-byte key ID ‖ signature)>\n".
 *
 * - A note MUST be valid UTF-8 without control characters other than '\n', and at most
 *   `maxBytes` long with at most `maxSignatures` signature lines (both >= the spec minimums).
 * - Signatures whose (name, key ID) match no trusted key MUST be ignored; a matching signature
 *   that fails to verify MUST reject the whole note; a note with no verified trusted signature
 *   MUST be rejected.
 */
import { decodeBase64, encodeBase64 } from './base64.js';
import { MerkleError, type MerkleErrorCode } from './errors.js';
import { parseVerifierKey, type NoteSigner, type NoteVerifier } from './note-keys.js';

export interface NoteLimits {
  maxBytes: number;
  maxSignatures: number;
}

export const DEFAULT_NOTE_LIMITS: NoteLimits = Object.freeze({ maxBytes: 1 << 20, maxSignatures: 100 });

export interface VerifiedNote {
  /** The signed text, including its final newline. */
  text: string;
  /** Trusted keys whose signatures verified, in note order. */
  signedBy: Array<{ name: string; keyId: number }>;
}

export type NoteVerdict = ({ ok: true } & VerifiedNote) | { ok: false; code: MerkleErrorCode; reason: string };

const SIG_PREFIX = '\u2014 ';
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeNote(note: string | Uint8Array, limits: NoteLimits): string {
  const bytes = typeof note === 'string' ? Buffer.byteLength(note, 'utf8') : note.length;
  if (bytes > limits.maxBytes) throw new MerkleError('MALFORMED_NOTE', `note is ${bytes} bytes, limit ${limits.maxBytes}`);
  let s: string;
  try {
    s = typeof note === 'string' ? note : utf8.decode(note);
  } catch {
    throw new MerkleError('MALFORMED_NOTE', 'note is not valid UTF-8');
  }
  // In a /u regex a surrogate only matches when unpaired, i.e. when the string is not UTF-16 text.
  if (/[\uD800-\uDFFF]/u.test(s)) throw new MerkleError('MALFORMED_NOTE', 'note contains an unpaired surrogate');
  if (/[\x00-\x09\x0B-\x1F]/.test(s)) throw new MerkleError('MALFORMED_NOTE', 'note contains a control character');
  return s;
}

function checkText(text: string): void {
  if (text.length === 0 || !text.endsWith('\n')) throw new MerkleError('MALFORMED_NOTE', 'note text must end with a newline');
}

export function signNote(text: string, signers: readonly NoteSigner[], limits: NoteLimits = DEFAULT_NOTE_LIMITS): string {
  decodeNote(text, limits);
  checkText(text);
  if (signers.length === 0) throw new MerkleError('INVALID_ARGUMENT', 'a note needs at least one signer');
  const msg = Buffer.from(text, 'utf8');
  const lines = signers.map((s) => {
    const sig = Buffer.alloc(4);
    sig.writeUInt32BE(s.keyId, 0);
    return `${SIG_PREFIX}${s.name} ${encodeBase64(Buffer.concat([sig, s.sign(msg)]))}\n`;
  });
  const note = `${text}\n${lines.join('')}`;
  decodeNote(note, limits);
  return note;
}

/**
 * The text a note's signature lines sign: everything up to the blank line before them, ending in
 * a newline. Does not check the note; for one already opened or about to be.
 */
export function noteText(note: string): string {
  return note.slice(0, note.lastIndexOf('\n\n') + 1);
}

/** Verifies a note; throws MerkleError. Prefer verifyNote unless you want exceptions. */
export function openNote(
  note: string | Uint8Array,
  verifiers: readonly (string | NoteVerifier)[],
  limits: NoteLimits = DEFAULT_NOTE_LIMITS,
): VerifiedNote {
  const s = decodeNote(note, limits);
  if (!s.endsWith('\n')) throw new MerkleError('MALFORMED_NOTE', 'note must end with a newline');
  const split = s.lastIndexOf('\n\n');
  if (split < 0) throw new MerkleError('MALFORMED_NOTE', 'no blank line between text and signatures');
  const text = s.slice(0, split + 1);
  const sigLines = s.slice(split + 2, -1).split('\n');
  if (sigLines.length > limits.maxSignatures) throw new MerkleError('MALFORMED_NOTE', `more than ${limits.maxSignatures} signatures`);
  const trusted = verifiers.map((v) => (typeof v === 'string' ? parseVerifierKey(v) : v));
  const msg = Buffer.from(text, 'utf8');
  const signedBy: VerifiedNote['signedBy'] = [];
  for (const line of sigLines) {
    if (!line.startsWith(SIG_PREFIX)) throw new MerkleError('MALFORMED_NOTE', 'signature line must start with "— "');
    const fields = line.slice(SIG_PREFIX.length).split(' ');
    if (fields.length !== 2) throw new MerkleError('MALFORMED_NOTE', 'signature line must be "— <name> <base64>"');
    const [name, b64] = fields as [string, string];
    const raw = decodeBase64(b64, 'signature', 'MALFORMED_NOTE');
    if (raw.length < 5) throw new MerkleError('MALFORMED_NOTE', 'signature is shorter than key ID plus signature');
    const keyId = Buffer.from(raw).readUInt32BE(0);
    const v = trusted.find((t) => t.name === name && t.keyId === keyId);
    if (!v) continue;
    if (!v.verify(msg, raw.subarray(4))) throw new MerkleError('BAD_SIGNATURE', `signature by ${name} does not verify`);
    if (!signedBy.some((x) => x.name === name && x.keyId === keyId)) signedBy.push({ name, keyId });
  }
  if (signedBy.length === 0) throw new MerkleError('UNKNOWN_KEY', 'no signature from a trusted key');
  return { text, signedBy };
}

export function verifyNote(
  note: string | Uint8Array,
  verifiers: readonly (string | NoteVerifier)[],
  limits: NoteLimits = DEFAULT_NOTE_LIMITS,
): NoteVerdict {
  try {
    return { ok: true, ...openNote(note, verifiers, limits) };
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
