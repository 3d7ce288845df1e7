/**
 * The log side of c2sp.org/tlog-witness: one add-checkpoint request to one witness, and what its
 * answer means. 200 carries cosignature lines, each checked against the witness's vkey over the
 * checkpoint text (a line that does not verify is refused, never kept); 409 `text/x.tlog.size`
 * tells the size the witness has cosigned; anything else is a failure with the witness's
 * plain-text "<code>: <message>". Never throws: transport errors and timeouts are failures too.
 */
import { verifyCosignature, type MerkleErrorCode, type NoteVerifier } from '../engines/merkle/index.js';

export const WITNESS_TIMEOUT_MS = 10_000;
// A cosignature line is about 120 bytes; an answer far beyond that is not one we want to read.
const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_MESSAGE_CHARS = 200;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Why a submission failed, as logged (stable). `witness_ahead` and `resync_failed` come from the
 * cosigning loop, which reads the 409 answers; `internal` is an error on the log's own side.
 */
export type WitnessFailureKind = 'unreachable' | 'timeout' | 'aborted' | 'refused' | 'bad_answer' | 'bad_cosignature' | 'witness_ahead' | 'resync_failed' | 'internal';

export interface WitnessFailure {
  kind: WitnessFailureKind;
  /** The HTTP status, when the witness answered. */
  status: number | null;
  /** The witness's error code (the "<code>:" of its plain-text answer), when it gave one. */
  code: string | null;
  /** One line, at most 200 characters. */
  message: string;
}

/** A cosignature line that did not verify with the witness's key, and why. */
export interface RefusedLine {
  code: MerkleErrorCode;
  reason: string;
}

export type AddCheckpointAnswer =
  | { kind: 'cosigned'; cosignature: string; refused: RefusedLine[] }
  | { kind: 'size'; size: number }
  | { kind: 'failed'; failure: WitnessFailure; refused: RefusedLine[] };

export interface AddCheckpointRequest {
  oldSize: number;
  /** Base64 consistency-proof hashes from oldSize to the checkpoint's size. */
  proof: readonly string[];
  /** The checkpoint as a signed note. */
  note: string;
  /** The checkpoint text the cosignatures sign (the note without its signature lines). */
  text: string;
}

export interface WitnessTarget {
  url: string;
  verifier: NoteVerifier;
}

const oneLine = (s: string): string => (s.split('\n', 1)[0] ?? '').slice(0, MAX_MESSAGE_CHARS);

function failed(kind: WitnessFailureKind, message: string, status: number | null = null, code: string | null = null, refused: RefusedLine[] = []): AddCheckpointAnswer {
  return { kind: 'failed', failure: { kind, status, code, message: oneLine(message) }, refused };
}

export const addCheckpointBody = (req: Pick<AddCheckpointRequest, 'oldSize' | 'proof' | 'note'>): string =>
  `old ${req.oldSize}\n${req.proof.map((p) => `${p}\n`).join('')}\n${req.note}`;

/** The answer's body as text, or null when it is longer than MAX_ANSWER_BYTES or not UTF-8. */
async function readAnswer(res: Response): Promise<string | null> {
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never read.
    if (total > MAX_ANSWER_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    return null;
  }
}

/** The first cosignature line that verifies, and the reasons for every line that does not. */
function cosignatureFrom(body: string, req: AddCheckpointRequest, verifier: NoteVerifier): AddCheckpointAnswer {
  if (!body.endsWith('\n')) return failed('bad_answer', 'the 200 answer is not newline-terminated signature lines', 200);
  const refused: RefusedLine[] = [];
  let cosignature: string | null = null;
  for (const line of body.slice(0, -1).split('\n')) {
    const v = verifyCosignature(req.text, `${line}\n`, verifier);
    if (!v.ok) refused.push({ code: v.code, reason: v.reason });
    else cosignature ??= `${line}\n`;
  }
  // One line per witness key is all a checkpoint needs; further valid lines say the same.
  if (cosignature === null) return failed('bad_cosignature', 'no cosignature line verifies with the witness key', 200, null, refused);
  return { kind: 'cosigned', cosignature, refused };
}

function transportFailure(err: unknown, timeoutMs: number): AddCheckpointAnswer {
  const e = err as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (e?.name === 'TimeoutError') return failed('timeout', `no answer within ${timeoutMs} ms`);
  if (e?.name === 'AbortError') return failed('aborted', 'the ledger stopped');
  // Node's fetch reports a refused or reset connection as "fetch failed" with the socket error as cause.
  const cause = e?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : String(e?.message ?? err);
  return failed('unreachable', detail);
}

const SIZE_TYPE = 'text/x.tlog.size';

/** Submits one add-checkpoint request; `signal` aborts it early (the ledger stopping). */
export async function addCheckpoint(witness: WitnessTarget, req: AddCheckpointRequest, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<AddCheckpointAnswer> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(witness.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: addCheckpointBody(req),
      // A witness moved elsewhere is a configuration matter: redirects are not followed.
      redirect: 'manual',
      signal: opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout,
    });
    const body = await readAnswer(res);
    if (body === null) return failed('bad_answer', `the answer is not UTF-8 text of at most ${MAX_ANSWER_BYTES} bytes`, res.status);
    if (res.status === 200) return cosignatureFrom(body, req, witness.verifier);
    const type = (res.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase();
    if (res.status === 409 && type === SIZE_TYPE) {
      const m = /^(0|[1-9][0-9]*)\n?$/.exec(body);
      const size = m ? Number(m[1]) : NaN;
      if (!Number.isSafeInteger(size)) return failed('bad_answer', `the ${SIZE_TYPE} answer is not a size`, 409);
      return { kind: 'size', size };
    }
    const coded = /^([A-Z][A-Z0-9_]*): (.*)/.exec(oneLine(body));
    return failed('refused', coded?.[2] ?? (oneLine(body) || `HTTP ${res.status}`), res.status, coded?.[1] ?? null);
  } catch (err) {
    return transportFailure(err, opts.timeoutMs);
  }
}
