/**
 * Tamper detection (篡改检测): does the database still say what the log committed to?
 *
 * - Every logged complaint event MUST still exist with the same canonical form (else `changed`,
 *   `reordered` when it matches another logged seq of the same complaint, or `deleted`).
 * - Every event row MUST be appended, logged or pending (else `not_logged`).
 * - Every entry MUST hash to its stored leaf hash, indexes MUST be gapless, and the root
 *   recomputed from all stored leaves, and the root from stored interior nodes, MUST equal the
 *   latest checkpoint, whose signature MUST verify with the log's key.
 * Memory stays bounded: entries are streamed in pages; only problems are kept.
 */
import { canonicalEvent } from '../complaints/complaint-event.js';
import type { Actor } from '../complaints/complaint.model.js';
import {
  bytesEqual,
  EMPTY_LOG,
  frontierRoot,
  leafHash,
  MerkleLog,
  openNote,
  parseCheckpoint,
  planAppend,
  type HashStore,
  type LogState,
} from '../engines/merkle/index.js';
import { leafAt } from './db-hash-store.js';
import type { EventRow, LedgerRepository, LoggedEntry } from './ledger.repository.js';
import { HASH_BYTES, type LeafPiece } from './node.repository.js';

export type AuditProblemKind = 'changed' | 'reordered' | 'deleted' | 'not_logged' | 'entry_hash' | 'index_gap' | 'root_mismatch' | 'bad_checkpoint' | 'integrator';

export interface AuditProblem {
  complaintNumber: string | null;
  complaintId: string | null;
  eventSeq: number | null;
  leafIndex: number | null;
  problem: AuditProblemKind;
  detail: string;
}

export interface AuditReport {
  ok: boolean;
  size: number;
  checkpointSize: number;
  pending: number;
  eventsChecked: number;
  problems: AuditProblem[];
}

const PAGE = 5000;
const MAX_REPORTED = 1000;
const COMPLAINT_EVENT = 'complaint_event';

function canonicalOf(r: EventRow, seq = r.seq): string {
  return canonicalEvent({ complaintId: r.complaintId, seq, type: r.type, actor: { type: r.actorType as Actor['type'], id: r.actorId }, occurredAt: r.occurredAt, data: r.data });
}

function parseRef(ref: string): { complaintId: string; seq: number } | null {
  const m = /^([0-9a-f-]{36}):([1-9][0-9]*)$/.exec(ref);
  return m ? { complaintId: m[1] as string, seq: Number(m[2]) } : null;
}

const problem = (p: Partial<AuditProblem> & Pick<AuditProblem, 'problem' | 'detail'>): AuditProblem => ({
  complaintNumber: null,
  complaintId: null,
  eventSeq: null,
  leafIndex: null,
  ...p,
});

/** Compares one page of logged complaint events with the event table. */
async function checkEvents(repo: LedgerRepository, entries: LoggedEntry[], out: AuditProblem[], mismatched: Map<string, { row: EventRow | null; entry: LoggedEntry }>): Promise<number> {
  const keyed = entries.flatMap((e) => {
    const k = e.kind === COMPLAINT_EVENT ? parseRef(e.ref) : null;
    return k ? [{ ...k, entry: e }] : [];
  });
  const rows = await repo.eventsByKeys(keyed);
  const byRef = new Map(rows.map((r) => [`${r.complaintId}:${r.seq}`, r]));
  for (const k of keyed) {
    const row = byRef.get(k.entry.ref);
    if (!row) {
      out.push(problem({ complaintId: k.complaintId, eventSeq: k.seq, leafIndex: k.entry.leafIndex, problem: 'deleted', detail: 'the logged event is missing from complaint_events' }));
    } else if (canonicalOf(row) !== k.entry.canonical) {
      mismatched.set(k.entry.ref, { row, entry: k.entry });
    }
  }
  return rows.length;
}

/** Mismatches that are another logged seq's content (swapped rows) are `reordered`. */
function classifyMismatches(mismatched: Map<string, { row: EventRow | null; entry: LoggedEntry }>, out: AuditProblem[]): void {
  for (const [ref, { row, entry }] of mismatched) {
    if (!row) continue;
    const moved = [...mismatched.values()].find((o) => o.entry !== entry && o.row?.complaintId === row.complaintId && canonicalOf(row, parseRef(o.entry.ref)?.seq ?? 0) === o.entry.canonical);
    const seq = parseRef(ref)?.seq ?? null;
    out.push(
      moved
        ? problem({ complaintId: row.complaintId, eventSeq: seq, leafIndex: entry.leafIndex, problem: 'reordered', detail: `row seq ${seq} holds the event logged as seq ${parseRef(moved.entry.ref)?.seq}` })
        : problem({ complaintId: row.complaintId, eventSeq: seq, leafIndex: entry.leafIndex, problem: 'changed', detail: 'the event row no longer matches its logged canonical form' }),
    );
  }
}

/** The hashes of the pieces' leaves below `end`, concatenated in leaf order. */
function leavesBelow(pieces: readonly LeafPiece[], end: number): Buffer {
  return Buffer.concat(pieces.filter((p) => p.begin < end).map((p) => p.hashes.subarray(0, Math.min(p.hashes.length, (end - p.begin) * HASH_BYTES))));
}

export async function auditLedger(repo: LedgerRepository, store: HashStore, verifierKey: string, integratorError: string | null): Promise<AuditReport> {
  const problems: AuditProblem[] = [];
  if (integratorError) problems.push(problem({ problem: 'integrator', detail: `the integrator refused to continue: ${integratorError}` }));
  const stored = await repo.latestCheckpoint();
  let cpSize = 0;
  let cpRoot: Uint8Array | null = null;
  try {
    if (!stored) throw new Error('no checkpoint stored');
    const cp = parseCheckpoint(openNote(stored.note, [verifierKey]).text);
    if (cp.size !== stored.size || !bytesEqual(cp.root, stored.root)) throw new Error('stored size/root differ from the signed note');
    cpSize = cp.size;
    cpRoot = cp.root;
  } catch (err) {
    problems.push(problem({ problem: 'bad_checkpoint', detail: `latest checkpoint: ${err instanceof Error ? err.message : String(err)}` }));
  }

  const size = await repo.size();
  let state: LogState = EMPTY_LOG;
  let rootAtCp: Uint8Array | null = cpSize === 0 ? frontierRoot([]) : null;
  let eventsChecked = 0;
  const mismatched = new Map<string, { row: EventRow | null; entry: LoggedEntry }>();
  let next = 0;
  for (let begin = 0; begin < size; begin += PAGE) {
    const count = Math.min(PAGE, size - begin);
    const page = await repo.entriesFrom(begin, count);
    const pieces = await repo.nodes.leaves(begin, count);
    for (const e of page) {
      if (e.leafIndex !== next) problems.push(problem({ leafIndex: next, problem: 'index_gap', detail: `leaf ${next} is missing (next stored is ${e.leafIndex})` }));
      const stored = leafAt(pieces, e.leafIndex);
      if (!stored || !bytesEqual(leafHash(Buffer.from(e.canonical, 'utf8')), stored)) problems.push(problem({ leafIndex: e.leafIndex, problem: 'entry_hash', detail: 'entry text does not hash to its stored leaf hash' }));
      next = e.leafIndex + 1;
    }
    // Fold the stored leaf hashes up to the checkpoint size exactly, then keep the root there.
    const upto = leavesBelow(pieces, cpSize);
    if (upto.length > 0) state = planAppend(state, upto).next;
    if (rootAtCp === null && state.size >= cpSize) rootAtCp = frontierRoot(state.frontier);
    eventsChecked += await checkEvents(repo, page, problems, mismatched);
  }
  if (next < size) problems.push(problem({ leafIndex: next, problem: 'index_gap', detail: `leaves ${next} to ${size - 1} have no entry` }));
  classifyMismatches(mismatched, problems);

  if (cpRoot) {
    if (size < cpSize) problems.push(problem({ problem: 'root_mismatch', detail: `the log holds ${size} entries but the checkpoint commits to ${cpSize}` }));
    else if (!rootAtCp || !bytesEqual(rootAtCp, cpRoot)) problems.push(problem({ problem: 'root_mismatch', detail: 'the root recomputed from the stored leaves differs from the signed checkpoint' }));
    else {
      try {
        const fromNodes = await (await MerkleLog.open(store)).rootAt(cpSize);
        if (!bytesEqual(fromNodes, cpRoot)) problems.push(problem({ problem: 'root_mismatch', detail: 'the root from the stored interior nodes differs from the signed checkpoint' }));
      } catch (err) {
        problems.push(problem({ problem: 'root_mismatch', detail: `stored interior nodes: ${err instanceof Error ? err.message : String(err)}` }));
      }
    }
  }

  if ((await repo.countEvents()) !== eventsChecked) {
    for (const r of await repo.unloggedEvents(MAX_REPORTED)) {
      problems.push(problem({ complaintId: r.complaintId, eventSeq: r.seq, problem: 'not_logged', detail: 'the event row is not in the log (added behind its back, or its seq changed)' }));
    }
  }

  const numbers = await repo.complaintNumbers([...new Set(problems.flatMap((p) => (p.complaintId ? [p.complaintId] : [])))]);
  for (const p of problems) if (p.complaintId) p.complaintNumber = numbers.get(p.complaintId) ?? null;
  return { ok: problems.length === 0, size, checkpointSize: cpSize, pending: await repo.pendingCount(), eventsChecked, problems: problems.slice(0, MAX_REPORTED) };
}
