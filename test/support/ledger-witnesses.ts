/**
 * Real witnesses for the ledger's tests: Xiaobao witness apps listening on 127.0.0.1 that trust
 * the logs of one WITNESS_LOGS file; reading a served note's text and signature lines; running
 * the CLI as a process.
 */
import { execFile } from 'node:child_process';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { noteText, parseCheckpoint } from '../../src/engines/merkle/index.js';
import type { LedgerWitness } from '../../src/ledger/index.js';
import { ROOT } from './server-process.js';
import { createTestApp, type TestApp } from './test-app.js';

export interface RunningWitness {
  t: TestApp;
  name: string;
  url: string;
  vkey: string;
  entry: LedgerWitness;
}

export const port = (server: http.Server | net.Server): number => (server.address() as AddressInfo).port;

/** A witness app named `name` trusting the log keys in `trustedLogs`, listening on a free port. */
export async function startWitness(name: string, trustedLogs: string): Promise<RunningWitness> {
  const t = await createTestApp({ env: { WITNESS_NAME: name, WITNESS_LOGS: trustedLogs } });
  await t.app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port(t.app.fastify.server)}/witness/add-checkpoint`;
  const vkey = (await t.app.fastify.inject({ method: 'GET', url: '/witness/vkey' })).body.trim();
  return { t, name, url, vkey, entry: { name, url, vkey } };
}

export const sigLines = (note: string): string[] => note.slice(note.lastIndexOf('\n\n') + 2, -1).split('\n');
export const sizeOf = (note: string): number => parseCheckpoint(noteText(note)).size;

/** The note's signature line by `name`, with its newline. */
export function lineBy(note: string, name: string): string | undefined {
  const line = sigLines(note).find((l) => l.startsWith(`\u2014 ${name} `));
  return line === undefined ? undefined : `${line}\n`;
}

const run = promisify(execFile);

/** `xiaobao <args>` as a child process, with only `env` (plus PATH and HOME) set. */
export async function runCli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [path.join(ROOT, 'bin/xiaobao.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
