/**
 * What the witnesses a verifier lists say about a receipt file: who cosigned the receipt's
 * checkpoint, who cosigned the newer (--against) checkpoint, and whether enough of them did
 * (`--min-cosigners`). Pure; no I/O.
 *
 * - Both checkpoints MUST be checked by the same rules (receipt-cosigners.ts): a forged line by
 *   a listed key fails the verdict, whichever checkpoint carries it.
 * - When the --against checkpoint is the receipt's own head, its notes MUST be checked together
 *   with the receipt's, as one checkpoint: one report, each witness counted once.
 * - The quorum MUST be judged on the checkpoint that matters: the --against one when given (the
 *   newer head, proven consistent with the receipt), else the receipt's. It counts distinct
 *   listed public keys that validly cosigned; it says nothing about witnesses not listed.
 * - Option errors (a quorum without witnesses, below 1, above the keys given) MUST be reported
 *   before anything is verified, as INVALID_OPTION.
 */
import type { Checkpoint, MerkleErrorCode } from '../engines/merkle/index.js';
import { checkCosigners, distinctKeys, parseWitnessKeys, type CosignerReport, type KeyRef, type WitnessKey } from './receipt-cosigners.js';

export type WitnessFailure = { ok: false; code: MerkleErrorCode | 'INVALID_OPTION' | 'QUORUM_NOT_MET'; reason: string };

/** The quorum that was met: at least `required` of the listed keys cosigned `checkpoint`. */
export interface Quorum {
  required: number;
  /** Distinct listed public keys whose cosignature on that checkpoint verified. */
  cosigned: number;
  checkpoint: 'receipt' | 'against';
}

export interface WitnessReports {
  /** The receipt's checkpoint (with the --against note's lines when that is the same head). */
  cosigners: CosignerReport;
  /** The --against checkpoint, when it is a newer head. */
  againstCosigners?: CosignerReport;
  quorum?: Quorum;
}

/** The checked options: the listed keys (each once) and the quorum, if any. */
export interface WitnessPlan {
  keys: WitnessKey[];
  minCosigners: number | null;
}

/** The checkpoints of a verified file: the receipts' notes and, with --against, its note and head. */
export interface VerifiedHeads {
  notes: readonly string[];
  checkpoint: Checkpoint;
  against: { note: string; checkpoint: Checkpoint } | null;
}

const invalid = (reason: string): WitnessFailure => ({ ok: false, code: 'INVALID_OPTION', reason });
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Checks --witness and --min-cosigners together; null when no witness key was given. */
export function planWitnesses(witnesses: readonly string[] | undefined, minCosigners: number | undefined): { ok: true; plan: WitnessPlan | null } | WitnessFailure {
  if (minCosigners !== undefined) {
    if (!Number.isSafeInteger(minCosigners) || minCosigners < 1) return invalid(`--min-cosigners must be a whole number of at least 1, not ${minCosigners}`);
    if (!witnesses || witnesses.length === 0) return invalid('--min-cosigners needs at least one --witness: the quorum counts only the witnesses you list');
  }
  if (!witnesses) return { ok: true, plan: null };
  const parsed = parseWitnessKeys(witnesses);
  if (!parsed.ok) return parsed;
  const distinct = distinctKeys(parsed.keys);
  if (minCosigners !== undefined && minCosigners > distinct) {
    return invalid(`--min-cosigners ${minCosigners} is more than the ${plural(distinct, 'distinct witness key', 'distinct witness keys')} given`);
  }
  return { ok: true, plan: { keys: parsed.keys, minCosigners: minCosigners ?? null } };
}

/** `the --against checkpoint at tree size 12` / `the receipt's checkpoint at tree size 10`. */
function named(which: Quorum['checkpoint'], cp: Checkpoint): string {
  return `the ${which === 'against' ? '--against' : "receipt's"} checkpoint at tree size ${cp.size}`;
}

function judgeQuorum(report: CosignerReport, which: Quorum['checkpoint'], cp: Checkpoint, plan: WitnessPlan, required: number): { ok: true; quorum: Quorum } | WitnessFailure {
  const cosigned = distinctKeys(plan.keys, report.cosigned);
  if (cosigned >= required) return { ok: true, quorum: { required, cosigned, checkpoint: which } };
  const by = report.cosigned.map((w: KeyRef) => `${w.name}+${w.keyId}`).join(', ');
  return {
    ok: false,
    code: 'QUORUM_NOT_MET',
    reason: `${named(which, cp)} is cosigned by ${cosigned} of the ${plural(distinctKeys(plan.keys), 'listed witness', 'listed witnesses')}${by ? ` (${by})` : ''}; --min-cosigners requires ${required}`,
  };
}

const sameHead = (a: Checkpoint, b: Checkpoint): boolean => a.size === b.size;

/** The cosigner reports of a verified file's checkpoints and, with a quorum, its verdict. */
export function reportWitnesses(heads: VerifiedHeads, logVkey: string, plan: WitnessPlan): { ok: true; reports: WitnessReports } | WitnessFailure {
  const { against } = heads;
  // Origin and root were already checked equal for an --against head of the same size.
  const merged = against !== null && sameHead(against.checkpoint, heads.checkpoint);
  const own = checkCosigners(merged ? [...heads.notes, against.note] : heads.notes, logVkey, plan.keys);
  if (!own.ok) return own;
  let newer: CosignerReport | undefined;
  if (against && !merged) {
    const r = checkCosigners([against.note], logVkey, plan.keys, '--against checkpoint: ');
    if (!r.ok) return r;
    newer = r.report;
  }
  const reports: WitnessReports = { cosigners: own.report, ...(newer ? { againstCosigners: newer } : {}) };
  if (plan.minCosigners === null) return { ok: true, reports };
  const which = against ? 'against' : 'receipt';
  const q = judgeQuorum(newer ?? own.report, which, against?.checkpoint ?? heads.checkpoint, plan, plan.minCosigners);
  return q.ok ? { ok: true, reports: { ...reports, quorum: q.quorum } } : q;
}
