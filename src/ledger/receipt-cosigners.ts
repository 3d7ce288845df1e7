/**
 * Which of the witnesses a verifier trusts cosigned a receipt's checkpoint (`xiaobao ledger
 * verify --witness`). Pure; no I/O.
 *
 * - Every signature line other than the log's own is by a listed witness key (same name and key
 *   ID) or by an unknown key. An unknown key's line is reported and otherwise ignored, as
 *   c2sp.org/signed-note requires; a listed key's line MUST verify as a cosignature/v1 over the
 *   checkpoint, or the verdict fails: a forged cosignature is tampering, not noise.
 * - A listed witness cosigned when one of its lines verifies on any receipt of the file: they are
 *   all of one checkpoint, so one cosignature vouches for all of them.
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

export type CosignerVerdict = { ok: true; report: CosignerReport } | { ok: false; code: MerkleErrorCode; reason: string };

const SIG_PREFIX = '\u2014 ';
const hexId = (id: number): string => id.toString(16).padStart(8, '0');
const refOf = (k: { name: string; keyId: number }): KeyRef => ({ name: k.name, keyId: hexId(k.keyId) });

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

/** The listed keys, each once (a key given twice, e.g. on the command line and in a file, is one witness). */
function listedKeys(vkeys: readonly string[]): NoteVerifier[] {
  const keys = vkeys.map((vkey, i) => {
    try {
      return parseCosignatureVerifierKey(vkey);
    } catch (err) {
      if (err instanceof MerkleError) throw new MerkleError('MALFORMED_KEY', `witness key ${i + 1}: ${err.reason}`);
      throw err;
    }
  });
  return keys.filter((k, i) => keys.findIndex((o) => o.name === k.name && o.keyId === k.keyId) === i);
}

function check(notes: readonly string[], logVkey: string, witnessVkeys: readonly string[]): CosignerReport {
  const listed = listedKeys(witnessVkeys);
  const log = parseVerifierKey(logVkey);
  const cosigned = new Map<NoteVerifier, number>();
  const unknown = new Map<string, KeyRef>();
  for (const note of new Set(notes)) {
    const body = noteText(note);
    for (const s of signatureLines(note)) {
      if (s.name === log.name && s.keyId === log.keyId) continue;
      const witness = listed.find((w) => w.name === s.name && w.keyId === s.keyId);
      if (!witness) {
        unknown.set(`${s.name}+${s.keyId}`, refOf(s));
        continue;
      }
      const v = verifyCosignature(body, s.line, witness);
      if (!v.ok) throw new MerkleError('BAD_SIGNATURE', `the cosignature by witness ${s.name} does not verify with its listed key: ${v.reason}`);
      if (!cosigned.has(witness)) cosigned.set(witness, v.timestamp);
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

/** Checks the cosignature lines of the receipts' checkpoint notes (already verified with `logVkey`). */
export function checkCosigners(notes: readonly string[], logVkey: string, witnessVkeys: readonly string[]): CosignerVerdict {
  try {
    return { ok: true, report: check(notes, logVkey, witnessVkeys) };
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
