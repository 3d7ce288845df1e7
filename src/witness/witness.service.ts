/**
 * add-checkpoint of c2sp.org/tlog-witness, every rule in the spec's order: a strictly parsed
 * body (400), a known origin (404), a verified signature by a trusted key of that log (403),
 * old size ≤ checkpoint size (400), old size = the latest cosigned size (409 with that size),
 * for equal sizes equal roots (409), a consistency proof that verifies (422). Then the checkpoint
 * is cosigned and stored in the same transaction that read — and row-locked — the old state,
 * and only after it commits is the cosignature returned.
 */
import type { Logger } from 'pino';
import {
  bytesEqual,
  cosign,
  emptyRoot,
  MerkleError,
  parseCheckpoint,
  verifyConsistency,
  verifyNote,
  type Checkpoint,
  type Cosigner,
  type NoteLimits,
  type NoteVerifier,
} from '../engines/merkle/index.js';
import { parseAddCheckpointBody, type AddCheckpointBody } from './add-checkpoint-body.js';
import { witnessError } from './witness.errors.js';
import type { CosignedCheckpoint, WitnessRepository } from './witness.repository.js';

/** signed-note asks verifiers to accept at least 16 signatures; post-quantum ones are ~5 kB. */
export const WITNESS_NOTE_LIMITS: NoteLimits = Object.freeze({ maxBytes: 128 * 1024, maxSignatures: 32 });
/** Lost races are retried against the new state (which then answers 409); more means a bug. */
const MAX_ATTEMPTS = 3;

export interface WitnessServiceDeps {
  repo: WitnessRepository;
  cosigner: Cosigner;
  /** Trusted log keys by origin. */
  logs: ReadonlyMap<string, readonly NoteVerifier[]>;
  clock: () => Date;
  logger?: Pick<Logger, 'warn'>;
}

class LostRace extends Error {}

const bad = (reason: string) => witnessError('WITNESS_BAD_REQUEST', { reason });

export class WitnessService {
  constructor(private readonly deps: WitnessServiceDeps) {}

  get verifierKey(): string {
    return this.deps.cosigner.verifierKey;
  }

  /** Handles one add-checkpoint body; returns the cosignature line(s) to answer with. */
  async addCheckpoint(body: string): Promise<string> {
    const req = parseAddCheckpointBody(body);
    const { text, checkpoint } = this.verifiedCheckpoint(req.note);
    if (req.oldSize > checkpoint.size) throw witnessError('WITNESS_OLD_SIZE_TOO_LARGE', { old: req.oldSize, size: checkpoint.size });
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.deps.repo.transaction((tx) => this.advance(tx, req, text, checkpoint));
      } catch (err) {
        if (!(err instanceof LostRace) || attempt === MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** The checkpoint, once its origin is known and a trusted key of that log signed it. */
  private verifiedCheckpoint(note: string): { text: string; checkpoint: Checkpoint } {
    const split = note.lastIndexOf('\n\n');
    if (split < 0) throw bad('the checkpoint has no signature lines');
    const origin = parseOrBad(note.slice(0, split + 1)).origin;
    const keys = this.deps.logs.get(origin);
    if (!keys) throw witnessError('WITNESS_UNKNOWN_LOG', { origin });
    const v = verifyNote(note, keys, WITNESS_NOTE_LIMITS);
    if (!v.ok) {
      if (v.code === 'MALFORMED_NOTE') throw bad(v.reason);
      throw witnessError('WITNESS_UNTRUSTED_SIGNATURE', { reason: v.reason });
    }
    return { text: v.text, checkpoint: parseOrBad(v.text) };
  }

  private async advance(tx: WitnessRepository, req: AddCheckpointBody, text: string, cp: Checkpoint): Promise<string> {
    const stored = await tx.lockLatest(cp.origin);
    // A log never cosigned counts as cosigned at size 0, whose only root is the empty tree's.
    const latest = stored ?? { size: 0, root: Buffer.from(emptyRoot) };
    if (req.oldSize !== latest.size) throw witnessError('WITNESS_OLD_SIZE_MISMATCH', { old: req.oldSize, latest: latest.size });
    this.checkConsistency(req, latest, cp);
    const line = cosign(text, Math.floor(this.deps.clock().getTime() / 1000), this.deps.cosigner);
    const next: CosignedCheckpoint = { origin: cp.origin, size: cp.size, root: Buffer.from(cp.root), note: `${req.note}${line}` };
    if (!(await tx.advance(stored, next))) throw new LostRace();
    return line;
  }

  private checkConsistency(req: AddCheckpointBody, latest: { size: number; root: Uint8Array }, cp: Checkpoint): void {
    const inconsistent = (reason: string) => {
      // The log signed it, so a failing proof may be evidence of a fork: keep a trace (no body).
      this.deps.logger?.warn({ origin: cp.origin, old: req.oldSize, size: cp.size, reason }, 'witness refused an inconsistent checkpoint');
      return witnessError('WITNESS_INCONSISTENT', { old: req.oldSize, size: cp.size, reason });
    };
    if (req.oldSize === cp.size) {
      if (!bytesEqual(latest.root, cp.root)) {
        this.deps.logger?.warn({ origin: cp.origin, size: cp.size }, 'witness refused a checkpoint with the cosigned size and another root');
        throw witnessError('WITNESS_ROOT_MISMATCH', {});
      }
      if (req.proof.length > 0) throw inconsistent('the proof must be empty when old size equals the checkpoint size');
      return;
    }
    if (req.oldSize === 0) {
      if (req.proof.length > 0) throw inconsistent('the proof must be empty when old size is 0');
      return;
    }
    const v = verifyConsistency(req.oldSize, cp.size, req.proof, latest.root, cp.root);
    if (!v.ok) throw inconsistent(v.reason);
  }
}

function parseOrBad(text: string): Checkpoint {
  try {
    return parseCheckpoint(text);
  } catch (err) {
    if (err instanceof MerkleError) throw bad(err.reason);
    throw err;
  }
}
