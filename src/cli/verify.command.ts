/**
 * `xiaobao verify --jsonl`: checks messages in bulk. Reads one JSON object per line on stdin,
 * writes one verdict (or one error) per line on stdout, in order, streaming with backpressure so
 * memory stays flat on any input size. A bad line yields an error line, never a crash.
 * By default it needs no database (shipped registry, empty fraud database), so it starts fast;
 * `--with-database` uses the stored registry and the reported numbers.
 */
import { once } from 'node:events';
import readline from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { migrate, openDatabase } from '../db/client.js';
import { analyzeMessage, analyzeMessageAsync, buildRegistryIndex, createMemoryFraudLookup, ScamInputError, type MessageInput, type Verdict } from '../engines/scam/index.js';
import { createDbFraudLookup, readRegistryFile, RegistryRepository, RegistryService, VerifyRepository } from '../verify/index.js';
import { fromEngineError, verifyErrors } from '../verify/verify.errors.js';
import { verifyBodySchema } from '../verify/verify.schemas.js';
import { addDatabaseOptions, configFrom, type CliEnv } from './context.js';

export type Analyze = (input: MessageInput) => Verdict | Promise<Verdict>;

export interface JsonlIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const lineSchema = verifyBodySchema.extend({ id: z.union([z.string().max(200), z.number()]) });

type LineError = { code: string; message: { zh: string; en: string } };
type LineId = string | number | null;

/** One output line: the verdict's stable fields, or the reason the line was refused. */
export type VerifyOutLine =
  | { id: LineId; verdict: Verdict['verdict']; risk: number; fraudType: Verdict['fraudType']; institution: Verdict['institution']; reasons: Array<Pick<Verdict['reasons'][number], 'code' | 'message' | 'evidence'>> }
  | { id: LineId; error: LineError };

function error(code: string, en: string, zh: string): LineError {
  return { code, message: { zh, en } };
}

function engineError(err: ScamInputError): LineError {
  const code = fromEngineError(err).code;
  const m = verifyErrors[code].message;
  return { code, message: { zh: m['zh-CN'], en: m.en } };
}

function idOf(json: unknown): LineId {
  if (json && typeof json === 'object' && 'id' in json) {
    const id = (json as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/** One output object for one input line. Exported for tests. */
export async function verifyLine(raw: string, analyze: Analyze): Promise<VerifyOutLine> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { id: null, error: error('MALFORMED_JSON', 'The line is not valid JSON.', '该行不是有效的 JSON。') };
  }
  const id = idOf(json);
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(line)'))].join(', ');
    return { id, error: error('VALIDATION_FAILED', `Invalid field(s): ${fields}`, `字段有误：${fields}`) };
  }
  const { id: _id, ...input } = parsed.data;
  try {
    const v = await analyze(input);
    return {
      id,
      verdict: v.verdict,
      risk: v.risk,
      fraudType: v.fraudType,
      institution: v.institution,
      reasons: v.reasons.map((r) => ({ code: r.code, message: r.message, evidence: r.evidence })),
    };
  } catch (err) {
    if (err instanceof ScamInputError) return { id, error: engineError(err) };
    return { id, error: error('INTERNAL', 'Internal error on this line.', '处理该行时出错。') };
  }
}

export async function runVerifyJsonl(io: JsonlIo, analyze: Analyze): Promise<{ ok: number; failed: number }> {
  const rl = readline.createInterface({ input: io.input, crlfDelay: Infinity });
  let ok = 0;
  let failed = 0;
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    const out = await verifyLine(raw, analyze);
    if ('error' in out) failed++;
    else ok++;
    if (!io.output.write(`${JSON.stringify(out)}\n`)) await once(io.output, 'drain');
  }
  return { ok, failed };
}

export function registerVerifyCommand(program: Command, cli: CliEnv, io: JsonlIo = { input: process.stdin, output: process.stdout }): void {
  addDatabaseOptions(
    program
      .command('verify')
      .description('is this really my lender? check messages as JSONL on stdin: {"id","text"?,"sender"?,"channel"?,"url"?,"receivedAt"?} per line')
      .option('--jsonl', 'read JSON lines on stdin and write one verdict line per input line')
      .option('--with-database', 'use the stored registry and fraud reports instead of the shipped registry'),
  ).action(async (opts: Record<string, unknown>) => {
    if (!opts.jsonl) throw new Error('verify needs --jsonl (JSON lines on stdin)');
    const report = (r: { ok: number; failed: number }): void => void process.stderr.write(`verified ${r.ok}, errors ${r.failed}\n`);
    if (!opts.withDatabase) {
      const ctx = { index: buildRegistryIndex(readRegistryFile()), fraudLookup: createMemoryFraudLookup() };
      report(await runVerifyJsonl(io, (input) => analyzeMessage(input, { ...ctx, now: new Date() })));
      return;
    }
    const db = await openDatabase(configFrom(cli, opts).database);
    try {
      await migrate(db);
      const registry = await RegistryService.open(new RegistryRepository(db.kysely), readRegistryFile(), () => new Date());
      const fraudLookup = createDbFraudLookup(new VerifyRepository(db.kysely));
      report(await runVerifyJsonl(io, (input) => analyzeMessageAsync(input, { index: registry.index, fraudLookup, now: new Date() })));
    } finally {
      await db.close();
    }
  });
}
