/**
 * Getting the log witnessed: every interval, each witness in LEDGER_WITNESSES whose stored
 * cosigned size is below the latest checkpoint's gets that checkpoint, with a consistency proof
 * from the stored size (none from 0), and the verified cosignature is stored. All witnesses are
 * asked in parallel; a slow or dead one delays no other.
 *
 * - A 409 `text/x.tlog.size` (the witness lost its state, was restored, or cosigned meanwhile for
 *   another process of this log) is answered by ONE resubmission from the witness's size, when it
 *   is at most ours; a witness ahead of the log is a failure (a fork, or a log restored from an
 *   older backup), never "fixed".
 * - Nothing throws out of a pass: failures are logged with the witness and sizes (never bodies),
 *   and a repeat of the same failure at most once a minute, so a witness that is down for a day
 *   does not flood the log.
 */
import type { Logger } from 'pino';
import { encodeBase64, noteText, parseCosignatureVerifierKey } from '../engines/merkle/index.js';
import type { CosignatureRepository } from './cosignature.repository.js';
import type { StoredCheckpoint } from './ledger.repository.js';
import { addCheckpoint, type AddCheckpointAnswer, type WitnessFailure, type WitnessFailureKind } from './witness-client.js';
import type { LedgerWitness } from './witness-list.js';

const REPEAT_LOG_MS = 60_000;
/** Failures that say nothing about the log or the witness's view of it: worth a warning only. */
const TRANSIENT: ReadonlySet<WitnessFailureKind> = new Set(['unreachable', 'timeout']);

export type CosignOutcome =
  | { witness: string; result: 'cosigned'; oldSize: number; size: number; resyncedFrom: number | null }
  | { witness: string; result: 'current'; size: number }
  | { witness: string; result: 'failed'; oldSize: number; size: number; failure: WitnessFailure };

export interface CosigningDeps {
  witnesses: readonly LedgerWitness[];
  intervalMs: number;
  timeoutMs: number;
  repo: CosignatureRepository;
  /** The latest signed checkpoint, as stored (log signature only). */
  latest(): Promise<StoredCheckpoint | null>;
  /** A verified consistency proof from oldSize (1 … cp.size − 1) to `cp`. */
  consistencyProof(oldSize: number, cp: StoredCheckpoint): Promise<Uint8Array[]>;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export interface Cosigning {
  start(): void;
  stop(): Promise<void>;
  /** One pass over every witness, after any pass already running; resolves with each outcome. */
  cosignNow(): Promise<CosignOutcome[]>;
}

const failure = (kind: WitnessFailureKind, message: string): WitnessFailure => ({ kind, status: null, code: null, message });

export function createCosigning(deps: CosigningDeps): Cosigning {
  const witnesses = deps.witnesses.map((w) => ({ ...w, verifier: parseCosignatureVerifierKey(w.vkey) }));
  const names = witnesses.map((w) => w.name);
  const lastFailure = new Map<string, { key: string; at: number }>();
  let controller = new AbortController();
  let running = false;
  let started = 0;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<unknown> = Promise.resolve();

  async function cosignOne(w: (typeof witnesses)[number], cp: StoredCheckpoint, stored: { size: number } | undefined, proofFrom: (old: number) => Promise<string[]>): Promise<CosignOutcome> {
    if (stored && stored.size >= cp.size) return { witness: w.name, result: 'current', size: cp.size };
    const text = noteText(cp.note);
    const submit = async (oldSize: number): Promise<AddCheckpointAnswer> =>
      addCheckpoint(w, { oldSize, proof: await proofFrom(oldSize), note: cp.note, text }, { timeoutMs: deps.timeoutMs, signal: controller.signal });
    let oldSize = stored?.size ?? 0;
    let answer = await submit(oldSize);
    let resyncedFrom: number | null = null;
    const fail = (f: WitnessFailure): CosignOutcome => ({ witness: w.name, result: 'failed', oldSize, size: cp.size, failure: f });
    if (answer.kind === 'size') {
      if (answer.size > cp.size) return fail(failure('witness_ahead', `the witness has cosigned size ${answer.size}, beyond the log's ${cp.size}`));
      resyncedFrom = oldSize;
      oldSize = answer.size;
      answer = await submit(oldSize);
      if (answer.kind === 'size') return fail(failure('resync_failed', `the witness answered size ${answer.size} after resubmitting from ${oldSize}`));
    }
    for (const line of answer.refused) {
      // A line by a key we were not told of may be a second key of the witness; a bad signature by its listed key is not.
      const level = line.code === 'UNKNOWN_KEY' ? 'warn' : 'error';
      deps.logger[level]({ witness: w.name, size: cp.size, code: line.code, reason: line.reason }, 'witness cosignature refused: it does not verify with the listed key');
    }
    if (answer.kind === 'failed') return fail(answer.failure);
    await deps.repo.record({ witness: w.name, size: cp.size, root: cp.root, cosignature: answer.cosignature });
    return { witness: w.name, result: 'cosigned', oldSize, size: cp.size, resyncedFrom };
  }

  function report(o: CosignOutcome): void {
    if (o.result === 'current') return;
    const previous = lastFailure.get(o.witness);
    if (o.result === 'cosigned') {
      lastFailure.delete(o.witness);
      if (o.resyncedFrom !== null) {
        // Behind what it cosigned for us before, the witness lost or rolled back its state.
        const level = o.oldSize < o.resyncedFrom ? 'warn' : 'info';
        deps.logger[level]({ witness: o.witness, storedSize: o.resyncedFrom, witnessSize: o.oldSize, size: o.size }, 'witness had another cosigned size: resubmitted from it');
      }
      if (previous) deps.logger.info({ witness: o.witness, size: o.size }, 'witness cosigns the log again');
      return;
    }
    const f = o.failure;
    if (f.kind === 'aborted') return;
    const key = `${f.kind}/${f.status}/${f.code}`;
    const now = Date.now();
    if (previous?.key === key && now - previous.at < REPEAT_LOG_MS) return;
    lastFailure.set(o.witness, { key, at: now });
    const level = TRANSIENT.has(f.kind) || (f.status !== null && (f.status >= 500 || f.status === 429)) ? 'warn' : 'error';
    deps.logger[level]({ witness: o.witness, oldSize: o.oldSize, size: o.size, failure: f.kind, status: f.status, code: f.code, reason: f.message }, 'witness did not cosign the log checkpoint');
  }

  async function pass(): Promise<CosignOutcome[]> {
    try {
      const cp = await deps.latest();
      // Every tree extends the empty one: a cosignature of size 0 would say nothing.
      if (!cp || cp.size === 0) return [];
      const stored = await deps.repo.heads(names);
      // Witnesses at the same stored size share one proof.
      const proofs = new Map<number, Promise<string[]>>();
      const proofFrom = (old: number): Promise<string[]> => {
        if (old === 0 || old >= cp.size) return Promise.resolve([]);
        let p = proofs.get(old);
        if (!p) proofs.set(old, (p = deps.consistencyProof(old, cp).then((hashes) => hashes.map(encodeBase64))));
        return p;
      };
      const outcomes = await Promise.all(
        witnesses.map((w) =>
          cosignOne(w, cp, stored.get(w.name), proofFrom).catch(
            (err: unknown): CosignOutcome => ({ witness: w.name, result: 'failed', oldSize: stored.get(w.name)?.size ?? 0, size: cp.size, failure: failure('internal', (err as Error).message) }),
          ),
        ),
      );
      outcomes.forEach(report);
      return outcomes;
    } catch (err) {
      deps.logger.error({ errType: (err as Error).name, reason: (err as Error).message }, 'ledger cosigning pass failed');
      return [];
    }
  }

  function cosignNow(): Promise<CosignOutcome[]> {
    const run = current.then(pass);
    current = run;
    return run;
  }

  function schedule(delayMs: number, generation: number): void {
    timer = setTimeout(() => {
      // A pass that outlives a stop() (and a start()) must not schedule a second loop.
      void cosignNow().then(() => running && generation === started && schedule(deps.intervalMs, generation));
    }, delayMs);
    // The loop never keeps the process alive on its own.
    timer.unref();
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(0, ++started);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      controller.abort();
      await current;
      controller = new AbortController();
    },
    cosignNow,
  };
}
