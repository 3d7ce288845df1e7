/**
 * The transparency log (透明日志) stored in the database: appends, the integrator, signed
 * checkpoints, proofs and receipts. See index.ts for the contract.
 */
import type { Logger } from 'pino';
import type { EventSink } from '../complaints/complaint.service.js';
import { canonicalEvent } from '../complaints/complaint-event.js';
import type { Db } from '../db/client.js';
import type { DbExecutor } from '../db/executor.js';
import {
  CheckpointSigner,
  createReceipt,
  encodeBase64,
  encodeEntryBundle,
  leafHash,
  MerkleError,
  MerkleLog,
  parseSignerKey,
  readTile,
  verifyConsistency,
  verifyInclusion,
  widthAt,
  type LevelRun,
  type TileId,
} from '../engines/merkle/index.js';
import { CosignatureRepository } from './cosignature.repository.js';
import { createCosigning, type CosignOutcome } from './cosigning.js';
import { auditLedger, type AuditReport } from './ledger-audit.js';
import { DbHashStore } from './db-hash-store.js';
import { HashRowCache, PROOF_CACHE_ROWS } from './hash-row-cache.js';
import { ledgerError } from './ledger.errors.js';
import { isDuplicateEntry, LedgerRepository, type QueuedEntry, type StoredCheckpoint } from './ledger.repository.js';
import { fillMirror, MirroredHashStore } from './mirrored-hash-store.js';
import { ProofMirror } from './proof-mirror.js';
import { createReceiptBundle } from './receipt-bundle.js';
import { loadOrCreateLogKeys } from './signer-key.js';
import { WITNESS_TIMEOUT_MS } from './witness-client.js';
import type { LedgerWitness } from './witness-list.js';

export const COMPLAINT_EVENT = 'complaint_event';
const DEFAULT_BATCH = 8192;
const IDLE_POLL_MS = 100;
const DEFAULT_WITNESS_INTERVAL_MS = 5000;

export interface LedgerDeps {
  db: Db;
  signerKeyFile: string;
  origin: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Entries per integrator transaction: whole appended blocks, up to the first that reaches this (default 8192). */
  maxBatch?: number;
  /**
   * Directory for a local copy of the node hashes that proofs read instead of the database
   * (proof-mirror.ts); none when absent, or when another process holds the directory.
   */
  proofMirrorDir?: string;
  /** Witnesses asked to cosign each new checkpoint (LEDGER_WITNESSES); none when absent. */
  witnesses?: readonly LedgerWitness[];
  /** How often the latest checkpoint goes to witnesses that lack it (default 5000 ms). */
  witnessIntervalMs?: number;
  /** How long one add-checkpoint request may take (default 10 s). */
  witnessTimeoutMs?: number;
}

export interface LedgerReceipt {
  complaintId: string;
  number: string;
  /** The receipt file (canonical JSON). */
  text: string;
}

export interface Ledger {
  sink: EventSink;
  verifierKey: string;
  origin: string;
  appendEntries(tx: DbExecutor, entries: QueuedEntry[]): Promise<void>;
  /** Whether proofs read a local mirror of the node hashes (LedgerDeps.proofMirrorDir). */
  readonly mirrored: boolean;
  integrate(maxBatch?: number): Promise<{ integrated: number; size: number }>;
  /** Starts the integrator, and the cosigning loop when there are witnesses. */
  start(): void;
  stop(): Promise<void>;
  /** Stops, and releases the proof mirror's directory. */
  close(): Promise<void>;
  findComplaint(idOrNumber: string): Promise<{ id: string; number: string } | null>;
  /** Every event of the complaint against one checkpoint: the covering one most witnesses cosigned, else the latest. */
  receiptFor(complaintIdOrNumber: string): Promise<LedgerReceipt>;
  audit(): Promise<AuditReport>;
  /** The latest signed checkpoint, with the cosignature of every witness that cosigned that same head. */
  latestCheckpoint(): Promise<string>;
  /** Submits the latest checkpoint once to every witness that lacks it (no witnesses: nothing). */
  cosignNow(): Promise<CosignOutcome[]>;
  consistencyFrom(oldSize: number): Promise<{ checkpoint: string; consistencyProof: string[] }>;
  /** Tile bytes and whether they are final (full tiles never change). */
  tile(t: TileId): Promise<{ bytes: Uint8Array; immutable: boolean } | null>;
}

export const complaintRef = (complaintId: string, seq: number): string => `${complaintId}:${seq}`;

export async function createLedger(deps: LedgerDeps): Promise<Ledger> {
  const keys = loadOrCreateLogKeys(deps.signerKeyFile, deps.origin);
  // Parsed once: building the Ed25519 key object per batch was measurable in the integrator.
  const noteSigner = parseSignerKey(keys.signerKey);
  const repo = new LedgerRepository(deps.db.kysely);
  const maxBatch = deps.maxBatch ?? DEFAULT_BATCH;
  const proofStore = new DbHashStore(repo, new HashRowCache(PROOF_CACHE_ROWS));
  const mirror = deps.proofMirrorDir ? ProofMirror.open(deps.proofMirrorDir, keys.verifierKey) : null;
  if (deps.proofMirrorDir && !mirror) deps.logger.info({ dir: deps.proofMirrorDir }, 'proof mirror held by another process: proofs read the database');
  const mirrorStore = mirror ? new MirroredHashStore(mirror, proofStore) : null;
  // Each leaf hash is computed once, when appended: by a PostgreSQL server (off this process's one
  // thread, which bounds the append rate), by this thread on PGlite (LeafHashing).
  const hashing = deps.db.kind === 'postgres' ? 'database' : 'appender';
  const witnesses = deps.witnesses ?? [];
  const witnessNames = witnesses.map((w) => w.name);
  const cosignatures = witnesses.length > 0 ? new CosignatureRepository(deps.db.kysely) : null;
  const enqueue = (tx: DbExecutor, entries: readonly QueuedEntry[]) => new LedgerRepository(tx).enqueue(entries, hashing);
  let reader: MerkleLog | null = null;
  let mirrorReader: MerkleLog | null = null;
  let filling: Promise<void> | null = null;

  /** A read-side log over the database that knows at least `size` leaves (re-opened when another writer moved on). */
  async function readerFor(size: number): Promise<MerkleLog> {
    if (!reader || reader.size < size) reader = await MerkleLog.open(proofStore);
    return reader;
  }

  // The mirror's copy from the database: one at a time; a request made while one runs (a newer
  // checkpoint, a reset) gets another pass.
  let fillTarget = 0;
  let fillAsked = 0;

  /** Copies what the mirror lacks of the first `size` leaves' nodes, in the background. */
  function fillTo(size: number): void {
    if (!mirror) return;
    fillTarget = Math.max(fillTarget, size);
    fillAsked++;
    if (filling) return;
    filling = (async () => {
      for (let seen = -1; seen !== fillAsked; ) {
        seen = fillAsked;
        await fillMirror(mirror, repo.nodes, fillTarget);
      }
    })()
      .catch((err: unknown) => deps.logger.error({ errType: (err as Error).name, reason: (err as Error).message }, 'ledger proof mirror fill failed'))
      .finally(() => (filling = null));
  }

  /** After a commit: the integrator's new nodes go straight into the mirror when it is level with them. */
  function mirrorCommitted(levels: readonly LevelRun[], size: number): void {
    if (!mirror) return;
    for (const run of levels) if (mirror.count(run.level) === run.firstIndex) mirror.append(run.level, run.firstIndex, run.hashes);
    fillTo(size);
  }

  /** The mirror's read-side log for a checkpoint of `size` leaves, or null (no mirror). */
  async function mirrorReaderFor(size: number): Promise<MerkleLog | null> {
    if (!mirrorStore) return null;
    fillTo(size);
    if (!mirrorReader || mirrorReader.size < size) mirrorReader = await MerkleLog.open(mirrorStore);
    return mirrorReader;
  }

  /**
   * A proof from the mirror when it verifies against the signed root, else the database's. When
   * the database's verifies, the mirror was wrong: it is emptied and copied again. When neither
   * does, the database itself disagrees with its checkpoint (the audit reports where), and the
   * mirror is left alone: copying it again would copy the same disagreement.
   */
  async function verifiedProof(
    size: number,
    prove: (log: MerkleLog) => Promise<Uint8Array[]>,
    verify: (proof: Uint8Array[], log: MerkleLog) => Promise<boolean>,
  ): Promise<Uint8Array[]> {
    const fast = await mirrorReaderFor(size);
    if (!fast) return prove(await readerFor(size));
    const proof = await prove(fast);
    if (await verify(proof, fast)) return proof;
    const database = await readerFor(size);
    const fromDatabase = await prove(database);
    if (await verify(fromDatabase, database)) {
      deps.logger.error({ size }, 'ledger proof mirror disagrees with the signed checkpoint; copying it again from the database');
      mirror?.reset();
      mirrorReader = null;
      fillTo(size);
    } else deps.logger.error({ size }, 'ledger proofs from the database do not verify against the signed checkpoint: run `xiaobao ledger audit`');
    return fromDatabase;
  }

  function inclusionProof(entry: Buffer, index: number, cp: { size: number; root: Buffer }): Promise<Uint8Array[]> {
    const leaf = leafHash(entry);
    return verifiedProof(
      cp.size,
      (log) => log.inclusionProof(index, cp.size),
      async (proof) => verifyInclusion(leaf, index, cp.size, proof, cp.root).ok,
    );
  }

  function consistencyProof(oldSize: number, cp: { size: number; root: Buffer }): Promise<Uint8Array[]> {
    // The old root is read from the same store: a proof that also yields the signed new root pins both.
    return verifiedProof(
      cp.size,
      (log) => log.consistencyProof(oldSize, cp.size),
      async (proof, log) => verifyConsistency(oldSize, cp.size, proof, await log.rootAt(oldSize), cp.root).ok,
    );
  }

  async function integrateOnce(limit: number): Promise<{ integrated: number; size: number }> {
    const done = await repo.transaction(async (tx) => {
      if (!(await tx.beginIntegration())) return { integrated: 0, size: -1, levels: [] };
      const log = await MerkleLog.open(new DbHashStore(tx));
      const { leaves, hashes } = await tx.sequencePending(log.size, limit);
      const prev = await tx.latestCheckpoint();
      const levels = leaves > 0 ? (await log.appendBatch(hashes)).levels : [];
      if (leaves > 0 || !prev) {
        // Resuming from the stored head makes the refusal rule hold across restarts and processes.
        const signer = new CheckpointSigner(noteSigner, deps.origin);
        if (prev) signer.resumeFrom({ size: prev.size, root: prev.root });
        const proof = prev && prev.size > 0 && prev.size < log.size ? await log.consistencyProof(prev.size, log.size) : [];
        const note = signer.sign(log.size, log.root(), proof);
        await tx.insertCheckpoint({ size: log.size, root: Buffer.from(log.root()), note });
      }
      return { integrated: leaves, size: log.size, levels };
    });
    if (done.levels.length > 0) mirrorCommitted(done.levels, done.size);
    return { integrated: done.integrated, size: done.size };
  }

  async function integrate(limit = maxBatch): Promise<{ integrated: number; size: number }> {
    // Everything appended before the call is logged when it returns; appends that keep arriving
    // meanwhile are left to later calls, so a busy writer cannot keep the caller waiting.
    const last = await repo.lastPending();
    let total = 0;
    let size = -1;
    for (;;) {
      const r = await integrateOnce(limit);
      total += r.integrated;
      size = r.size;
      if (r.integrated === 0 || last === null || !(await repo.hasPending(last))) break;
    }
    return { integrated: total, size };
  }

  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  async function runLoop(): Promise<void> {
    while (running) {
      let full = false;
      try {
        full = (await repo.lastPending()) !== null && (await integrateOnce(maxBatch)).integrated >= maxBatch;
      } catch (err) {
        // A refusal to sign means the stored log was rewritten: keep refusing loudly, never skip.
        deps.logger.error({ errType: err instanceof MerkleError ? err.code : (err as Error).name, reason: (err as Error).message }, 'ledger integrator failed');
      }
      // Short of a full batch, let appends accumulate for up to IDLE_POLL_MS: fewer, larger
      // batches, each with one signed checkpoint and one read of the frontier.
      if (!full && running) await new Promise<void>((r) => ((wake = r), setTimeout(r, IDLE_POLL_MS).unref()));
    }
  }

  async function appendEntries(tx: DbExecutor, entries: QueuedEntry[]): Promise<void> {
    const txRepo = new LedgerRepository(tx);
    for (const kind of new Set(entries.map((e) => e.kind))) {
      const dup = await txRepo.existingRefs(kind, entries.filter((e) => e.kind === kind).map((e) => e.ref));
      if (dup.length > 0) throw ledgerError('LEDGER_DUPLICATE_ENTRY', { kind, ref: dup[0] ?? '' });
    }
    try {
      await enqueue(tx, entries);
    } catch (err) {
      // A ref repeated within the batch, or appended meanwhile by a concurrent submitter: the
      // database refused it, without saying which.
      if (isDuplicateEntry(err)) throw ledgerError('LEDGER_DUPLICATE_ENTRY', {});
      throw err;
    }
  }

  async function latestNote(): Promise<StoredCheckpoint> {
    let cp = await repo.latestCheckpoint();
    if (!cp) {
      await integrate();
      cp = await repo.latestCheckpoint();
    }
    if (!cp) throw new MerkleError('NODE_MISSING', 'the log has no checkpoint');
    return cp;
  }

  const withLines = (cp: StoredCheckpoint & { cosignatures: string }): StoredCheckpoint => ({ size: cp.size, root: cp.root, note: `${cp.note}${cp.cosignatures}` });

  /** The latest checkpoint as served: the stored note plus the cosignature lines for that head. */
  async function servedNote(): Promise<StoredCheckpoint> {
    const found = cosignatures ? await cosignatures.latestWithCosignatures(witnessNames) : null;
    return found ? withLines(found) : latestNote();
  }

  /**
   * The checkpoint a receipt for leaves below `needed` is made against. Witnesses are asked once
   * an interval while a busy log signs every batch, so the latest checkpoint is seldom cosigned
   * yet; the consumer's receipt is where a cosignature matters most (no split view of their
   * complaint). So: the covering head most listed witnesses cosigned, the newest on a tie; the
   * latest, as served, when no covering head is cosigned.
   */
  async function receiptCheckpoint(needed: number): Promise<StoredCheckpoint> {
    const found = cosignatures ? await cosignatures.mostCosigned(witnessNames, needed) : null;
    return found ? withLines(found) : servedNote();
  }

  const cosigning = cosignatures
    ? createCosigning({
        witnesses,
        intervalMs: deps.witnessIntervalMs ?? DEFAULT_WITNESS_INTERVAL_MS,
        timeoutMs: deps.witnessTimeoutMs ?? WITNESS_TIMEOUT_MS,
        repo: cosignatures,
        latest: () => repo.latestCheckpoint(),
        consistencyProof,
        logger: deps.logger,
      })
    : null;

  async function receiptFor(idOrNumber: string): Promise<LedgerReceipt> {
    const c = await repo.findComplaint(idOrNumber);
    if (!c) throw ledgerError('LEDGER_NO_ENTRIES', {});
    const refs = (await repo.eventSeqs(c.id)).map((s) => complaintRef(c.id, s));
    if (refs.length === 0) throw ledgerError('LEDGER_NO_ENTRIES', {});
    let entries = await repo.entriesByRefs(COMPLAINT_EVENT, refs);
    if (entries.length < refs.length) {
      await integrate();
      entries = await repo.entriesByRefs(COMPLAINT_EVENT, refs);
    }
    if (entries.length < refs.length) throw ledgerError('LEDGER_PENDING', { pending: refs.length - entries.length });
    // Entries are read before the checkpoint, and both commit together, so the latest covers
    // them all; an older, cosigned one only when its size is beyond their largest leaf index.
    const cp = await receiptCheckpoint(entries.reduce((n, e) => Math.max(n, e.leafIndex + 1), 0));
    const receipts: string[] = [];
    for (const e of entries) {
      const entry = Buffer.from(e.canonical, 'utf8');
      receipts.push(createReceipt({ checkpoint: cp.note, leafIndex: e.leafIndex, entry, inclusionProof: await inclusionProof(entry, e.leafIndex, cp) }));
    }
    return { complaintId: c.id, number: c.number, text: createReceiptBundle(keys.verifierKey, receipts) };
  }

  async function tile(t: TileId): Promise<{ bytes: Uint8Array; immutable: boolean } | null> {
    const cp = await latestNote();
    const available = widthAt(t.kind === 'entries' ? 0 : t.level, t.index, cp.size);
    if (available < t.width) return null;
    const immutable = t.width === 256;
    if (t.kind === 'hash') return { bytes: await readTile(proofStore, t), immutable };
    const rows = await repo.entriesFrom(t.index * 256, t.width);
    return { bytes: encodeEntryBundle(rows.map((r) => Buffer.from(r.canonical, 'utf8'))), immutable };
  }

  async function stop(): Promise<void> {
    running = false;
    wake?.();
    await Promise.all([loop, cosigning?.stop()]);
    loop = null;
    await filling;
  }

  return {
    sink: {
      async eventsRecorded(tx, events) {
        await enqueue(tx, events.map((e) => ({ kind: COMPLAINT_EVENT, ref: complaintRef(e.complaintId, e.seq), canonical: canonicalEvent(e) })));
      },
    },
    verifierKey: keys.verifierKey,
    origin: deps.origin,
    mirrored: mirror !== null,
    appendEntries,
    integrate,
    start() {
      if (running) return;
      running = true;
      loop = runLoop();
      cosigning?.start();
    },
    stop,
    async close() {
      await stop();
      mirror?.close();
    },
    findComplaint: (idOrNumber) => repo.findComplaint(idOrNumber),
    receiptFor,
    async audit() {
      let integratorError: string | null = null;
      try {
        await integrate();
      } catch (err) {
        integratorError = err instanceof Error ? err.message : String(err);
      }
      return auditLedger(repo, new DbHashStore(repo), keys.verifierKey, integratorError);
    },
    latestCheckpoint: async () => (await servedNote()).note,
    cosignNow: async () => (cosigning ? cosigning.cosignNow() : []),
    async consistencyFrom(oldSize) {
      const cp = await servedNote();
      if (!Number.isSafeInteger(oldSize) || oldSize < 1 || oldSize > cp.size) throw ledgerError('LEDGER_BAD_REQUEST', { reason: `from must be 1..${cp.size}` });
      return { checkpoint: cp.note, consistencyProof: (await consistencyProof(oldSize, cp)).map(encodeBase64) };
    },
    tile,
  };
}
