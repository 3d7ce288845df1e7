/**
 * One error catalogue for the transparency-log engine. Codes are stable: callers (the ledger
 * service, the HTTP error handler) map them to statuses and localised messages; the engine
 * never speaks HTTP.
 *
 * Contract: generators and parsers MUST throw only `MerkleError`; verifiers MUST NOT throw and
 * MUST return a `Verdict` instead, so a hostile proof or receipt can never surface as an
 * exception of the wrong kind.
 */
export type MerkleErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_HASH'
  | 'INDEX_OUT_OF_RANGE'
  | 'PROOF_SIZE_MISMATCH'
  | 'ROOT_MISMATCH'
  | 'NODE_MISSING'
  | 'STORE_CONFLICT'
  | 'MALFORMED_NOTE'
  | 'MALFORMED_KEY'
  | 'UNKNOWN_KEY'
  | 'BAD_SIGNATURE'
  | 'MALFORMED_CHECKPOINT'
  | 'INCONSISTENT_CHECKPOINT'
  | 'MALFORMED_RECEIPT'
  | 'ENTRY_MISMATCH';

export class MerkleError extends Error {
  override readonly name = 'MerkleError';
  constructor(
    readonly code: MerkleErrorCode,
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`);
  }
}

/** Outcome of a verification: never an exception, always a reason when it fails. */
export type Verdict = { ok: true } | { ok: false; code: MerkleErrorCode; reason: string };

export const OK: Verdict = Object.freeze({ ok: true });

export function fail(code: MerkleErrorCode, reason: string): Verdict {
  return { ok: false, code, reason };
}

/** Turns a thrown MerkleError into a failed Verdict; anything else is a bug and is rethrown. */
export function verdictOf(err: unknown): Verdict {
  if (err instanceof MerkleError) return fail(err.code, err.reason);
  throw err;
}
