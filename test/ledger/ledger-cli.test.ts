/**
 * The log end to end with real processes: kill -9 a server mid-intake, restart it, and every
 * acknowledged complaint's events end up in the log with a clean `xiaobao ledger audit`; the
 * receipt printed by `xiaobao ledger receipt` verifies offline with `xiaobao ledger verify`, and
 * every malformed or modified receipt is rejected with a reason and a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNoteKeys } from '../../src/engines/merkle/index.js';
import { ROOT, startServerProcess, waitForExit } from '../support/server-process.js';
import { createProcessEnv, type ProcessEnv } from '../support/process-env.js';
import { DB_KIND } from '../support/test-db.js';

const run = promisify(execFile);
let procEnv: ProcessEnv | null = null;
afterAll(async () => procEnv?.cleanup());

async function serverEnv(): Promise<Record<string, string>> {
  procEnv = await createProcessEnv('xb-ledger-cli-');
  return procEnv.env;
}

async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [path.join(ROOT, 'bin/xiaobao.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env }, maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe(`ledger with real processes (${DB_KIND})`, () => {
  it('survives kill -9 mid-intake: all acknowledged events are logged, audit passes, receipts verify', async () => {
    const env = await serverEnv();
    const server = await startServerProcess(env);
    const acked = new Map<string, string>();
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await fetch(`${server.url}/api/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ channel: 'api', text: `第${w}-${i}号投诉：提前还款仍被收取全部利息，请核实。`, consumer: { name: '吴九', phone: '13700001234' } }),
          });
          if (r.status === 201) {
            const c = (await r.json()) as { id: string; number: string };
            acked.set(c.id, c.number);
          }
        } catch {
          return; // the server died mid-request: never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    await waitForExit(server.child);
    stop = true;
    await Promise.all(workers);

    const restarted = await startServerProcess(env);
    const vkey = (await (await fetch(`${restarted.url}/.well-known/xiaobao-log.vkey`)).text()).trim();
    restarted.child.kill('SIGTERM');
    await waitForExit(restarted.child);

    const audit = await cli(env, 'ledger', 'audit');
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout) as { ok: boolean; size: number; eventsChecked: number; pending: number };
    expect(report.ok).toBe(true);
    expect(report.pending).toBe(0);
    expect(report.eventsChecked).toBeGreaterThanOrEqual(acked.size);

    const [number] = [...acked.values()];
    const receipt = await cli(env, 'ledger', 'receipt', number ?? '');
    expect(receipt.code).toBe(0);
    const good = path.join(procEnv?.dataDir ?? '', 'good.receipt.json');
    fs.writeFileSync(good, receipt.stdout);
    const keyFile = path.join(procEnv?.dataDir ?? '', 'log.vkey');
    fs.writeFileSync(keyFile, `${vkey}\n`);
    const ok = await cli(env, 'ledger', 'verify', good, '--vkey', keyFile);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^valid: \d+ entr(y|ies) in xiaobao\.local\/log at tree size \d+/);

    // Offline with no key at hand: the receipt's own key, with a warning.
    const self = await cli({ DATA_DIR: path.join(procEnv?.dataDir ?? '', 'nowhere') }, 'ledger', 'verify', good);
    expect(self.code).toBe(0);
    expect(self.stderr).toContain('self-asserted');

    const body = receipt.stdout.trim();
    const json = JSON.parse(body) as { receipts: Array<{ entry: string; inclusionProof: string[]; checkpoint: string; leafIndex: number }> };
    const r0 = json.receipts[0];
    if (!r0) throw new Error('empty receipt');
    const flip = (s: string, needle: string) => {
      const at = s.indexOf(needle) + 3;
      return s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    };
    const cpRoot = r0.checkpoint.split('\n')[2] ?? '';
    const bad: Array<[string, string, RegExp, string[]?]> = [
      ['entry byte', flip(body, r0.entry.slice(0, 8)), /ROOT_MISMATCH|MALFORMED/],
      ['checkpoint byte', flip(body, cpRoot.slice(0, 8)), /BAD_SIGNATURE/],
      ...(r0.inclusionProof[0] ? [['proof byte', flip(body, r0.inclusionProof[0].slice(0, 8)), /ROOT_MISMATCH/] as [string, string, RegExp]] : []),
      ['truncated base64', body.replace(r0.entry, r0.entry.slice(0, -3)), /base64/],
      ['index beyond the tree', body.replace(`"leafIndex":${r0.leafIndex}`, '"leafIndex":9007199254740990'), /INDEX_OUT_OF_RANGE/],
      ['truncated file', body.slice(0, body.length / 2), /not JSON/],
      ['wrong key name', body, /UNKNOWN_KEY/, ['--vkey', generateNoteKeys('someone.else/log').verifierKey]],
      ['malformed key', body, /MALFORMED_KEY/, ['--vkey', `${vkey.slice(0, -4)}`]],
    ];
    for (const [name, text, reason, extra] of bad) {
      const f = path.join(procEnv?.dataDir ?? '', 'bad.receipt.json');
      fs.writeFileSync(f, text);
      const r = await cli(env, 'ledger', 'verify', f, ...(extra ?? ['--vkey', vkey]));
      expect([name, r.code]).toEqual([name, 1]);
      expect([name, r.stderr]).toEqual([name, expect.stringMatching(reason)]);
    }
  }, 240_000);
});
