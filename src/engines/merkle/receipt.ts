/**
 * Consumer receipts: self-contained proof that an entry is in the log, checkable by anyone
 * holding the log's verifier key, offline.
 *
 * - A receipt is RFC 8785 canonical JSON: { format, checkpoint (signed note), leafIndex,
 *   entry (base64 bytes) XOR leafHash (base64), inclusionProof (base64[]) }. Parsing MUST
 *   reject any non-canonical spelling, so changing any byte changes the verdict or the parse.
 * - verifyReceipt MUST check, in order: structure, checkpoint signature, checkpoint syntax,
 *   leaf hash (recomputed from the entry when present), index < size, inclusion proof against
 *   the checkpoint root and, when given, consistency with a newer checkpoint. It MUST NOT throw.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { decodeBase64, encodeBase64 } from './base64.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { MerkleError, type MerkleErrorCode } from './errors.js';
import { HASH_SIZE, leafHash as hashLeaf } from './hash.js';
import type { NoteVerifier } from './note-keys.js';
import { verifyConsistency, verifyInclusion } from './proof-verify.js';
import { openNote } from './signed-note.js';

export const RECEIPT_FORMAT = 'xiaobao-receipt/v1';

const ReceiptJson = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    checkpoint: z.string(),
    leafIndex: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    entry: z.string().optional(),
    leafHash: z.string().optional(),
    inclusionProof: z.array(z.string()).max(64),
  })
  .strict();

export interface ReceiptInput {
  checkpoint: string;
  leafIndex: number;
  /** The entry's canonical bytes; omit only when the entry must not travel, then give leafHash. */
  entry?: Uint8Array;
  leafHash?: Uint8Array;
  inclusionProof: Uint8Array[];
}

export interface NewerCheckpoint {
  checkpoint: string;
  consistencyProof: string[];
}

export type ReceiptVerdict =
  | { ok: true; checkpoint: Checkpoint; leafIndex: number; leafHash: Uint8Array; entry?: Uint8Array; newer?: Checkpoint }
  | { ok: false; code: MerkleErrorCode; reason: string };

interface ParsedReceipt {
  checkpoint: string;
  leafIndex: number;
  entry?: Uint8Array;
  leafHash: Uint8Array;
  inclusionProof: Uint8Array[];
}

const bad = (reason: string): MerkleError => new MerkleError('MALFORMED_RECEIPT', reason);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function createReceipt(input: ReceiptInput): string {
  if ((input.entry === undefined) === (input.leafHash === undefined)) throw bad('give exactly one of entry and leafHash');
  const text = canonicalize({
    format: RECEIPT_FORMAT,
    checkpoint: input.checkpoint,
    leafIndex: input.leafIndex,
    ...(input.entry ? { entry: encodeBase64(input.entry) } : {}),
    ...(input.leafHash ? { leafHash: encodeBase64(input.leafHash) } : {}),
    inclusionProof: input.inclusionProof.map(encodeBase64),
  });
  if (text === undefined) throw bad('receipt is not serialisable');
  parseReceipt(text); // a receipt we cannot read back must never be handed out
  return text;
}

function parseReceipt(receipt: string | Uint8Array): ParsedReceipt {
  let text: string;
  let json: unknown;
  try {
    text = typeof receipt === 'string' ? receipt : utf8.decode(receipt);
    json = JSON.parse(text);
  } catch {
    throw bad('receipt is not UTF-8 JSON');
  }
  const r = ReceiptJson.safeParse(json);
  if (!r.success) throw bad(`receipt structure: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  if (canonicalize(r.data) !== text) throw bad('receipt is not canonical JSON (RFC 8785)');
  const { entry, leafHash } = r.data;
  if ((entry === undefined) === (leafHash === undefined)) throw bad('receipt must hold exactly one of entry and leafHash');
  const entryBytes = entry === undefined ? undefined : decodeBase64(entry, 'entry', 'MALFORMED_RECEIPT');
  const hash = entryBytes ? hashLeaf(entryBytes) : decodeBase64(leafHash ?? '', 'leafHash', 'MALFORMED_RECEIPT');
  if (hash.length !== HASH_SIZE) throw bad(`leafHash must be ${HASH_SIZE} bytes`);
  return {
    checkpoint: r.data.checkpoint,
    leafIndex: r.data.leafIndex,
    ...(entryBytes ? { entry: entryBytes } : {}),
    leafHash: hash,
    inclusionProof: r.data.inclusionProof.map((p, i) => decodeBase64(p, `inclusionProof[${i}]`, 'MALFORMED_RECEIPT')),
  };
}

function openCheckpoint(note: string, vkey: string | NoteVerifier): Checkpoint {
  return parseCheckpoint(openNote(note, [vkey]).text);
}

function check(receipt: string | Uint8Array, vkey: string | NoteVerifier, newer?: NewerCheckpoint): ReceiptVerdict {
  const r = parseReceipt(receipt);
  const cp = openCheckpoint(r.checkpoint, vkey);
  if (r.leafIndex >= cp.size) throw new MerkleError('INDEX_OUT_OF_RANGE', `leaf index ${r.leafIndex} is not below checkpoint size ${cp.size}`);
  const incl = verifyInclusion(r.leafHash, r.leafIndex, cp.size, r.inclusionProof, cp.root);
  if (!incl.ok) return { ok: false, code: incl.code, reason: `inclusion proof: ${incl.reason}` };
  const base = { ok: true as const, checkpoint: cp, leafIndex: r.leafIndex, leafHash: r.leafHash, ...(r.entry ? { entry: r.entry } : {}) };
  if (!newer) return base;
  const next = openCheckpoint(newer.checkpoint, vkey);
  if (next.origin !== cp.origin) throw new MerkleError('INCONSISTENT_CHECKPOINT', `newer checkpoint is for origin ${next.origin}, not ${cp.origin}`);
  const proof = newer.consistencyProof.map((p, i) => decodeBase64(p, `consistencyProof[${i}]`, 'MALFORMED_RECEIPT'));
  const cons = verifyConsistency(cp.size, next.size, proof, cp.root, next.root);
  if (!cons.ok) return { ok: false, code: 'INCONSISTENT_CHECKPOINT', reason: `consistency with newer checkpoint: ${cons.reason}` };
  return { ...base, newer: next };
}

export function verifyReceipt(receipt: string | Uint8Array, trustedVkey: string | NoteVerifier, newer?: NewerCheckpoint): ReceiptVerdict {
  try {
    return check(receipt, trustedVkey, newer);
  } catch (err) {
    if (err instanceof MerkleError) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
