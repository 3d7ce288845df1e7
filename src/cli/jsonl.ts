/**
 * Line-by-line JSONL processing for the streaming commands (redact, classify, verify): constant
 * memory, output in input order, and a bad line becomes an error object for that line, never a
 * crash. Writes wait for stdout to drain so a slow reader cannot make memory grow.
 */
import { once } from 'node:events';
import readline from 'node:readline';

export interface JsonlError {
  id: string | null;
  error: { code: string; message: string };
}

export async function mapJsonl(handle: (value: Record<string, unknown>, line: number) => unknown | Promise<unknown>): Promise<{ ok: number; failed: number }> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  let ok = 0;
  let failed = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let out: unknown;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new LineError('NOT_AN_OBJECT', 'each line must be a JSON object');
      out = await handle(parsed as Record<string, unknown>, line);
      ok++;
    } catch (err) {
      failed++;
      const id = idOf(raw);
      const e: JsonlError =
        err instanceof LineError
          ? { id, error: { code: err.code, message: err.message } }
          : err instanceof SyntaxError
            ? { id, error: { code: 'MALFORMED_JSON', message: `line ${line} is not valid JSON` } }
            : { id, error: { code: 'LINE_FAILED', message: err instanceof Error ? err.name : 'error' } };
      out = e;
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain');
  }
  return { ok, failed };
}

export class LineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function idOf(raw: string): string | null {
  try {
    const v = (JSON.parse(raw) as { id?: unknown }).id;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  } catch {
    return null;
  }
}

/** A line's id: a string, or a number taken as its decimal string. */
export function lineId(v: Record<string, unknown>): string {
  if (typeof v.id === 'number' && Number.isFinite(v.id)) return String(v.id);
  if (typeof v.id === 'string' && v.id.length > 0) return v.id;
  throw new LineError('INVALID_FIELD', '"id" must be a non-empty string');
}

export function requireString(v: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): string | undefined {
  const x = v[field];
  if (x === undefined && opts.optional) return undefined;
  if (typeof x !== 'string') throw new LineError('INVALID_FIELD', `"${field}" must be a string`);
  return x;
}
