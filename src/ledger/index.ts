/**
 * Ledger (透明日志): complaint history as an append-only, publicly verifiable Merkle log, stored
 * in the database and served over HTTP (C2SP tlog-tiles, tlog-checkpoint, signed-note).
 *
 * Contract
 * - `sink.eventsRecorded` MUST append inside the caller's transaction (one statement per block of
 *   entries, with their leaf hashes), so an event is durable in the log's tables exactly when it
 *   is acknowledged; a rolled-back event is never logged. Entries are written once, there.
 * - The integrator MUST be single (PostgreSQL advisory lock; PGlite is one process) and MUST, in
 *   ONE transaction: take pending blocks oldest first, give them consecutive leaf indexes, store
 *   the interior nodes and a checkpoint signed for exactly the sequenced leaves.
 * - The signer MUST be resumed from the last stored checkpoint and MUST refuse a head that is
 *   not provably consistent with it, so a rewritten database never gets a valid signature.
 * - Leaves hold only canonical masked data (canonicalEvent for complaint events); a (kind, ref)
 *   MUST be logged at most once: the database refuses a second append of one.
 * - Proofs MUST read O(log n) stored hashes in one query, with memory bounded whatever the size
 *   of the log; receipts MUST cover every event of the complaint against one checkpoint.
 * - With witnesses (LEDGER_WITNESSES), each new checkpoint MUST be submitted to every witness
 *   that lacks it (c2sp.org/tlog-witness), and only cosignature lines that verify with the
 *   witness's listed key MUST be stored; a stored cosignature MUST never move to a smaller size.
 *   A served checkpoint (GET /log/checkpoint, /log/consistency, receipts) MUST carry exactly
 *   the stored lines whose witness row is for its own size and root. GET /log/checkpoint and
 *   /log/consistency serve the latest; a receipt MUST use, among the checkpoints covering all its
 *   entries, the one cosigned by the most listed witnesses (newest on a tie), reading only the
 *   witnesses' rows and their heads' checkpoints (no scan), and the latest when none covering
 *   is cosigned.
 * - audit() MUST report every changed, deleted, reordered or unlogged event with its complaint
 *   number and seq, and any mismatch between stored leaves, nodes and the signed checkpoint.
 */
export { createLedger, COMPLAINT_EVENT, complaintRef, type Ledger, type LedgerDeps, type LedgerReceipt } from './ledger.service.js';
export type { AuditReport, AuditProblem, AuditProblemKind } from './ledger-audit.js';
export { ledgerErrors } from './ledger.errors.js';
export { ledgerRoutes, type LedgerRoutesOptions } from './ledger.routes.js';
export { BUNDLE_FORMAT, createReceiptBundle, verifyReceiptFile, type FileVerdict, type VerifiedEvent, type VerifyOptions } from './receipt-bundle.js';
export type { CosignerReport, KeyRef } from './receipt-cosigners.js';
export type { Quorum } from './receipt-witnesses.js';
export { readVerifierKey } from './signer-key.js';
export type { CosignOutcome } from './cosigning.js';
export type { WitnessFailure, WitnessFailureKind } from './witness-client.js';
export { MAX_WITNESSES, parseWitnessList, readWitnessList, type LedgerWitness } from './witness-list.js';
export type { QueuedEntry } from './ledger.repository.js';
