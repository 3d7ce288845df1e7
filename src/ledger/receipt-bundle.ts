/**
 * A complaint's receipt file: every logged event of one complaint, each as an engine receipt
 * (checkpoint, leaf index, entry, inclusion proof), all against ONE checkpoint, plus the log's
 * verifier key as the issuer asserts it. Pure; no I/O.
 *
 * - The file MUST be RFC 8785 canonical JSON { format, receipts, vkey }; any other spelling is
 *   rejected, so no byte can change without changing the verdict.
 * - verifyReceiptFile MUST accept a bare engine receipt too, MUST NOT throw, and MUST say when
 *   the key it trusted was only the one inside the file (self-asserted).
 * - Complaint-event entries MUST all name the same complaint with strictly increasing seq and
 *   leaf index; a newer checkpoint (`against`) MUST be the same head or come with a
 *   consistency proof.
 * - With `witnesses` (cosignature/v1 vkeys) the verdict MUST say which of them cosigned the
 *   checkpoint, and the --against checkpoint when that is a newer head, and which lines were by
 *   unknown keys, and MUST fail on a listed witness's line that does not verify on either
 *   (receipt-cosigners.ts); without, cosignature lines are not looked at.
 * - With `minCosigners` the verdict MUST fail unless that many distinct listed witnesses
 *   cosigned the --against checkpoint when given, else the receipt's (receipt-witnesses.ts).
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import {
  bytesEqual,
  openNote,
  parseCheckpoint,
  RECEIPT_FORMAT,
  verifyReceipt,
  type Checkpoint,
  type MerkleErrorCode,
  type NewerCheckpoint,
} from '../engines/merkle/index.js';
import type { CosignerReport } from './receipt-cosigners.js';
import { planWitnesses, reportWitnesses, type Quorum, type WitnessFailure, type WitnessPlan } from './receipt-witnesses.js';

export const BUNDLE_FORMAT = 'xiaobao-receipts/v1';
const MAX_RECEIPTS = 10_000;

const BundleJson = z.object({ format: z.literal(BUNDLE_FORMAT), receipts: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_RECEIPTS), vkey: z.string() }).strict();
const NewerJson = z.object({ checkpoint: z.string(), consistencyProof: z.array(z.string()).max(64) }).strict();
const EventEntry = z.object({ complaintId: z.string(), seq: z.number().int(), type: z.string() }).loose();

export interface VerifiedEvent {
  leafIndex: number;
  /** The logged entry, as UTF-8 text (canonical JSON for complaint events). */
  entry: string | null;
}

export type FileVerdict =
  | {
      ok: true;
      keySource: 'trusted' | 'self-asserted';
      checkpoint: Checkpoint;
      events: VerifiedEvent[];
      against: Checkpoint | null;
      /** Present when witness keys were given: the receipt's checkpoint (and --against's, when the same head). */
      cosigners?: CosignerReport;
      /** Present when witness keys were given and --against is a newer head. */
      againstCosigners?: CosignerReport;
      /** Present when minCosigners was given (and met: otherwise the verdict fails). */
      quorum?: Quorum;
    }
  | { ok: false; code: MerkleErrorCode | WitnessFailure['code'] | 'NO_TRUSTED_KEY' | 'INCONSISTENT_BUNDLE'; reason: string };

export function createReceiptBundle(vkey: string, receipts: readonly string[]): string {
  const text = canonicalize({ format: BUNDLE_FORMAT, receipts: receipts.map((r) => JSON.parse(r) as unknown), vkey });
  if (text === undefined) throw new Error('receipt bundle is not serialisable');
  return text;
}

type Fail = Extract<FileVerdict, { ok: false }>;
const fail = (code: Fail['code'], reason: string): Fail => ({ ok: false, code, reason });

/** Splits a file into engine receipts and the key it carries (none for a bare receipt). */
function unpack(text: string): { receipts: string[]; vkey: string | null } | Fail {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('MALFORMED_RECEIPT', 'the file is not JSON');
  }
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === RECEIPT_FORMAT) return { receipts: [text], vkey: null };
  const b = BundleJson.safeParse(json);
  if (!b.success) return fail('MALFORMED_RECEIPT', `receipt file structure: ${b.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  if (canonicalize(b.data) !== text) return fail('MALFORMED_RECEIPT', 'receipt file is not canonical JSON (RFC 8785)');
  return { receipts: b.data.receipts.map((r) => canonicalize(r) ?? ''), vkey: b.data.vkey };
}

/** Same head, or a newer one with a consistency proof ({checkpoint, consistencyProof} JSON). */
function parseAgainst(against: string): { newer: NewerCheckpoint | null; note: string } | Fail {
  const trimmed = against.trimStart();
  if (!trimmed.startsWith('{')) return { newer: null, note: against };
  let json: unknown;
  try {
    json = JSON.parse(against);
  } catch {
    return fail('MALFORMED_CHECKPOINT', 'the --against file is neither a checkpoint nor JSON');
  }
  const n = NewerJson.safeParse(json);
  if (!n.success) return fail('MALFORMED_CHECKPOINT', 'the --against JSON must be {checkpoint, consistencyProof}');
  return { newer: n.data, note: n.data.checkpoint };
}

function checkSameHead(note: string, vkey: string, cp: Checkpoint): Checkpoint | Fail {
  let other: Checkpoint;
  try {
    other = parseCheckpoint(openNote(note, [vkey]).text);
  } catch (err) {
    return fail('BAD_SIGNATURE', `--against checkpoint: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (other.origin !== cp.origin) return fail('INCONSISTENT_CHECKPOINT', `--against checkpoint is for ${other.origin}, not ${cp.origin}`);
  if (other.size !== cp.size) {
    return fail('INCONSISTENT_CHECKPOINT', `--against checkpoint has size ${other.size}, the receipt ${cp.size}: a consistency proof is needed (GET /log/consistency?from=${cp.size})`);
  }
  if (!bytesEqual(other.root, cp.root)) return fail('INCONSISTENT_CHECKPOINT', 'same size but a different root: the log forked');
  return other;
}

function checkEvents(events: Array<{ leafIndex: number; entry: string | null }>): Fail | null {
  let last: { complaintId: string; seq: number; leafIndex: number } | null = null;
  for (const e of events) {
    let parsed: z.infer<typeof EventEntry> | null = null;
    try {
      const r = EventEntry.safeParse(JSON.parse(e.entry ?? ''));
      parsed = r.success ? r.data : null;
    } catch {
      parsed = null;
    }
    if (!parsed) continue; // not a complaint event: nothing to relate it to
    if (last && (parsed.complaintId !== last.complaintId || parsed.seq <= last.seq || e.leafIndex <= last.leafIndex)) {
      return fail('INCONSISTENT_BUNDLE', `receipt for leaf ${e.leafIndex} does not follow the previous event of the same complaint`);
    }
    last = { complaintId: parsed.complaintId, seq: parsed.seq, leafIndex: e.leafIndex };
  }
  return null;
}

export interface VerifyOptions {
  trustedVkey?: string | null;
  against?: string | null;
  /** Witness cosignature/v1 vkeys whose cosignatures to check and report. */
  witnesses?: readonly string[];
  /**
   * Fail unless at least this many distinct `witnesses` validly cosigned the checkpoint that
   * matters: `against` when given (the newer head), else the receipt's. Needs `witnesses`.
   */
  minCosigners?: number;
}

interface VerifiedReceipts {
  checkpoint: Checkpoint;
  newer: Checkpoint | null;
  events: VerifiedEvent[];
  /** Each receipt's checkpoint note, as signed (with any cosignature lines). */
  notes: string[];
}

/** Verifies every receipt against `vkey` (and the newer head), all against one checkpoint. */
function verifyAll(receipts: readonly string[], vkey: string, newer: NewerCheckpoint | undefined): VerifiedReceipts | Fail {
  const events: VerifiedEvent[] = [];
  const notes: string[] = [];
  let checkpoint: Checkpoint | null = null;
  let newerCp: Checkpoint | null = null;
  for (const [i, r] of receipts.entries()) {
    const v = verifyReceipt(r, vkey, newer);
    if (!v.ok) return fail(v.code, `receipt ${i}: ${v.reason}`);
    if (checkpoint && (checkpoint.size !== v.checkpoint.size || !bytesEqual(checkpoint.root, v.checkpoint.root))) {
      return fail('INCONSISTENT_BUNDLE', `receipt ${i} is against a different checkpoint than receipt 0`);
    }
    checkpoint = v.checkpoint;
    newerCp = v.newer ?? null;
    events.push({ leafIndex: v.leafIndex, entry: v.entry ? Buffer.from(v.entry).toString('utf8') : null });
    // verifyReceipt parsed and opened it, so the field is there and a signed note.
    notes.push((JSON.parse(r) as { checkpoint: string }).checkpoint);
  }
  if (!checkpoint) return fail('MALFORMED_RECEIPT', 'the file holds no receipt');
  return { checkpoint, newer: newerCp, events, notes };
}

/** The verdict with what the listed witnesses say about its checkpoints, or why they fail it. */
function withWitnesses(verdict: Extract<FileVerdict, { ok: true }>, notes: readonly string[], againstNote: string | null, vkey: string, plan: WitnessPlan): FileVerdict {
  const against = verdict.against && againstNote !== null ? { note: againstNote, checkpoint: verdict.against } : null;
  const w = reportWitnesses({ notes, checkpoint: verdict.checkpoint, against }, vkey, plan);
  return w.ok ? { ...verdict, ...w.reports } : w;
}

export function verifyReceiptFile(text: string, opts: VerifyOptions = {}): FileVerdict {
  // The options first: a quorum that cannot be met is a mistake whatever the file holds.
  const planned = planWitnesses(opts.witnesses, opts.minCosigners);
  if (!planned.ok) return planned;
  const unpacked = unpack(text);
  if ('ok' in unpacked) return unpacked;
  const vkey = opts.trustedVkey ?? unpacked.vkey;
  if (!vkey) return fail('NO_TRUSTED_KEY', 'no verifier key: pass --vkey (the log publishes it at /.well-known/xiaobao-log.vkey)');
  const against = opts.against ? parseAgainst(opts.against) : null;
  if (against && 'ok' in against) return against;

  const verified = verifyAll(unpacked.receipts, vkey, against?.newer ?? undefined);
  if ('ok' in verified) return verified;
  const { checkpoint, events, notes } = verified;
  const order = checkEvents(events);
  if (order) return order;
  let newerCp = verified.newer;
  if (against && !against.newer) {
    const same = checkSameHead(against.note, vkey, checkpoint);
    if ('ok' in same) return same;
    newerCp = same;
  }
  const verdict = { ok: true as const, keySource: opts.trustedVkey ? ('trusted' as const) : ('self-asserted' as const), checkpoint, events, against: newerCp };
  return planned.plan ? withWitnesses(verdict, notes, against?.note ?? null, vkey, planned.plan) : verdict;
}
