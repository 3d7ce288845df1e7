/** The operator CLI, run as a real process against a PGlite folder or a PostgreSQL database. */
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/server-process.js';
import { createProcessEnv, type ProcessEnv } from '../support/process-env.js';

const run = promisify(execFile);
let procEnv: ProcessEnv;
let env: Record<string, string>;
beforeAll(async () => {
  procEnv = await createProcessEnv('xb-cli-');
  env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...procEnv.env };
});
afterAll(async () => procEnv.cleanup());

function xiaobao(args: string[], input?: string, extraEnv: Record<string, string> = {}) {
  const p = run(process.execPath, [path.join(ROOT, 'bin/xiaobao.js'), ...args], { cwd: ROOT, env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    p.child.stdin?.end(input);
  }
  return p;
}

describe('xiaobao CLI', () => {
  it('imports JSONL idempotently and exports masked rows with ids', async () => {
    const lines = [
      { channel: 'email', text: '我的银行卡 6222020200112233445 被多扣了 200 元，请退还。', consumer: { name: '吴九', phone: '13911112222' } },
      { channel: 'hotline', text: '催收员辱骂我并威胁上门，要求停止骚扰。', consumer: { name: '郑十', email: 'zheng@example.com' } },
      { channel: 'web', text: 'x' },
    ];
    const input = `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`;
    const first = await xiaobao(['import', '--source', 'batch1'], input).catch((e: { stdout: string }) => e);
    const results = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; id?: string; error?: { code: string } });
    expect(results.filter((r) => r.id)).toHaveLength(2);
    expect(results.filter((r) => r.error).map((r) => r.error?.code)).toEqual(['VALIDATION_FAILED', 'MALFORMED_JSON']);
    const again = await xiaobao(['import', '--source', 'batch1'], input).catch((e: { stdout: string }) => e);
    const replayed = again.stdout.trim().split('\n').map((l) => JSON.parse(l) as { replayed?: boolean }).filter((r) => r.replayed === true);
    expect(replayed).toHaveLength(2);

    const out = await xiaobao(['export', '--format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; channel_jrt: string; facts: string });
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.stdout).not.toContain('13911112222');
    expect(out.stdout).not.toContain('6222020200112233445');
    expect(out.stdout).not.toContain('zheng@example.com');

    const csv = await xiaobao(['export', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toContain('id,number,channel,channel_jrt,status');
  }, 120_000);

  it.each(['serve', 'migrate', 'seed-demo', 'user', 'export', 'import'])('%s --help describes the command', async (cmd) => {
    const r = await xiaobao([cmd, '--help']);
    expect(r.stdout).toMatch(/Usage: xiaobao/);
  });

  it('stops with a message naming a bad setting', async () => {
    const r = await xiaobao(['migrate'], undefined, { DATABASE_URL: 'mysql://nope' }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(78);
    expect((r as { stderr: string }).stderr).toContain('DATABASE_URL');
  });
});
