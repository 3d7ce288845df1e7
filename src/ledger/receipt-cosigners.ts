/**
 * Which of the witnesses a verifier trusts cosigned a receipt's checkpoint, and the newer
 * checkpoint it is checked against (`xiaobao ledger verify --witness [--against]
 * [--min-cosigners]`). Pure; no I/O.
 *
 * - Every signature line other than the log's own is by a listed witness key (same name and key
 *   ID) or by an unknown key. An unknown key's line is reported and otherwise ignored, as
 *   c2sp.org/signed-note requires; a listed key's line MUST verify as a cosignature/v1 over the
 *   checkpoint, or the verdict fails: a forged cosignature is tampering, not noise.
 * - A listed witness cosigned when one of its lines verifies on any of the notes checked
 *   together: they are all of one checkpoint, so one cosignature vouches for all of them. The
 *   time reported is the latest it signed.
 * - The time is reported as signed and not judged: tlog-cosignature lets verifiers reject future
 *   timestamps but does not oblige them to, the engine accepts any safe integer (0 too), and the
 *   log stores what verifies; a witness that can sign can sign any time, so the time is no
 *   defence against a compromised key, only information.
 * - A quorum counts distinct public keys: cosignature/v1 does not sign the key name, so one key
 *   listed under two names would otherwise vouch twice with one signature.
 * - MUST NOT throw: a malformed listed key is a MALFORMED_KEY verdict.
 */
import {
  decodeBase64,
  MerkleError,
  noteText,
  parseCosignatureVerifierKey,
  parseVerifierKey,
  verifyCosignature,
  type MerkleErrorCode,
  type NoteVerifier,
} from '../engines/merkle/index.js';

/** A key as `<name>+<hex key ID>`, the start of its vkey. */
export interface KeyRef {
  name: string;
  keyId: string;
}

export interface CosignerReport {
  /** Listed witnesses whose cosignature verified, in the order listed, with its time (Unix seconds). */
  cosigned: Array<KeyRef & { timestamp: number }>;
  /** Listed witnesses with no line on the checkpoint. */
  absent: KeyRef[];
  /** Lines by keys that are neither the log's nor listed: not checked. */
  unknown: KeyRef[];
}

type Failure = { ok: false; code: MerkleErrorCode; reason: string };
export type CosignerVerdict = { ok: true; report: CosignerReport } | Failure;

/** A listed witness key, parsed once, with its public key material (what a quorum counts). */
export interface WitnessKey {
  verifier: NoteVerifier;
  /** The base64 key after `<name>+<key ID>+`: the same for one key listed under two names. */
  publicKey: string;
}

const SIG_PREFIX = '\u2014 ';
const hexId = (id: number): string => id.toString(16).padStart(8, '0');
const refOf = (k: { name: string; keyId: number }): KeyRef => ({ name: k.name, keyId: hexId(k.keyId) });
const sameKey = (a: { name: string; keyId: number }, b: { name: string; keyId: number }): boolean => a.name === b.name && a.keyId === b.keyId;

/** The signature lines of a note the log's key already opened, so each is well formed. */
function signatureLines(note: string): Array<{ name: string; keyId: number; line: string }> {
  return note
    .slice(note.lastIndexOf('\n\n') + 2, -1)
    .split('\n')
    .map((l) => {
      const [name = '', b64 = ''] = l.slice(SIG_PREFIX.length).split(' ');
      const keyId = Buffer.from(decodeBase64(b64, 'signature', 'MALFORMED_NOTE')).readUInt32BE(0);
      return { name, keyId, line: `${l}\n` };
    });
}

function parseKey(vkey: string, i: number): WitnessKey {
  try {
    // A key name has no '+', so the key material is everything after the second one.
    return { verifier: parseCosignatureVerifierKey(vkey), publicKey: vkey.split('+').slice(2).join('+') };
  } catch (err) {
    if (err instanceof MerkleError) throw new MerkleError('MALFORMED_KEY', `witness key ${i + 1}: ${err.reason}`);
    throw err;
  }
}

/** The listed keys, each once (a key given twice, e.g. on the command line and in a file, is one witness). */
export function parseWitnessKeys(vkeys: readonly string[]): { ok: true; keys: WitnessKey[] } | Failure {
  try {
    const keys = vkeys.map(parseKey);
    return { ok: true, keys: keys.filter((k, i) => keys.findIndex((o) => sameKey(o.verifier, k.verifier)) === i) };
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}

/** How many different public keys are among `keys`, or among those of them named in `refs`. */
export function distinctKeys(keys: readonly WitnessKey[], refs?: readonly KeyRef[]): number {
  const counted = refs ? keys.filter((k) => refs.some((r) => r.name === k.verifier.name && r.keyId === hexId(k.verifier.keyId))) : keys;
  return new Set(counted.map((k) => k.publicKey)).size;
}

function check(notes: readonly string[], logVkey: string, listed: readonly NoteVerifier[], where: string): CosignerReport {
  const log = parseVerifierKey(logVkey);
  const cosigned = new Map<NoteVerifier, number>();
  const unknown = new Map<string, KeyRef>();
  for (const note of new Set(notes)) {
    const body = noteText(note);
    for (const s of signatureLines(note)) {
      if (sameKey(s, log)) continue;
      const witness = listed.find((w) => sameKey(w, s));
      if (!witness) {
        unknown.set(`${s.name}+${s.keyId}`, refOf(s));
        continue;
      }
      const v = verifyCosignature(body, s.line, witness);
      if (!v.ok) throw new MerkleError('BAD_SIGNATURE', `${where}the cosignature by witness ${s.name} does not verify with its listed key: ${v.reason}`);
      // The same head cosigned again (e.g. seen in the receipt and on --against): its latest word.
      cosigned.set(witness, Math.max(cosigned.get(witness) ?? v.timestamp, v.timestamp));
    }
  }
  return {
    cosigned: listed.flatMap((w) => {
      const timestamp = cosigned.get(w);
      return timestamp === undefined ? [] : [{ ...refOf(w), timestamp }];
    }),
    absent: listed.filter((w) => !cosigned.has(w)).map(refOf),
    unknown: [...unknown.values()],
  };
}

/**
 * Checks the cosignature lines of checkpoint notes of one head (already verified with
 * `logVkey`); `where` starts the reason of a forged line (e.g. "--against checkpoint: ").
 */
export function checkCosigners(notes: readonly string[], logVkey: string, keys: readonly WitnessKey[], where = ''): CosignerVerdict {
  try {
    return { ok: true, report: check(notes, logVkey, keys.map((k) => k.verifier), where) };
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
