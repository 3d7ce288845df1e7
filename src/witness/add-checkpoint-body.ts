/**
 * The add-checkpoint request body of c2sp.org/tlog-witness, parsed strictly: an old size line
 * "old <decimal, no leading zeros>", at most 63 consistency proof lines (one base64 SHA-256 hash
 * each), an empty line, then the checkpoint note. Every line ends in '\n'; anything else
 * (CR, spaces, a byte-order mark, short hashes) is refused with the reason.
 */
import { decodeBase64, HASH_SIZE, MerkleError } from '../engines/merkle/index.js';
import { witnessError } from './witness.errors.js';

export const MAX_PROOF_LINES = 63;

export interface AddCheckpointBody {
  oldSize: number;
  proof: Uint8Array[];
  /** The checkpoint as a signed note, signatures included. */
  note: string;
}

const bad = (reason: string) => witnessError('WITNESS_BAD_REQUEST', { reason });

function nextLine(body: string, from: number, missing: string): { line: string; next: number } {
  const end = body.indexOf('\n', from);
  if (end < 0) throw bad(missing);
  return { line: body.slice(from, end), next: end + 1 };
}

function proofHash(line: string, n: number): Uint8Array {
  let hash: Uint8Array;
  try {
    hash = decodeBase64(line, `consistency proof line ${n}`, 'INVALID_HASH');
  } catch (err) {
    if (err instanceof MerkleError) throw bad(err.reason);
    throw err;
  }
  if (hash.length !== HASH_SIZE) throw bad(`consistency proof line ${n} is ${hash.length} bytes, not ${HASH_SIZE}`);
  return hash;
}

export function parseAddCheckpointBody(body: string): AddCheckpointBody {
  const first = nextLine(body, 0, 'the body must start with an "old <size>" line');
  const m = /^old (0|[1-9][0-9]*)$/.exec(first.line);
  if (!m) throw bad('the first line must be "old <size>", the size in decimal without leading zeros');
  const oldSize = Number(m[1]);
  if (!Number.isSafeInteger(oldSize)) throw bad('the old size is too large');
  const proof: Uint8Array[] = [];
  let at = first.next;
  for (;;) {
    const { line, next } = nextLine(body, at, 'no empty line between the consistency proof and the checkpoint');
    at = next;
    if (line === '') break;
    if (proof.length === MAX_PROOF_LINES) throw bad(`more than ${MAX_PROOF_LINES} consistency proof lines`);
    proof.push(proofHash(line, proof.length + 1));
  }
  const note = body.slice(at);
  if (note === '') throw bad('the checkpoint is missing');
  return { oldSize, proof, note };
}
