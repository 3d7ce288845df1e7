import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runVerifyJsonl, verifyLine, type Analyze } from '../../src/cli/verify.command.js';
import { analyzeMessage, buildRegistryIndex, createMemoryFraudLookup } from '../../src/engines/scam/index.js';
import { migrate, openDatabase } from '../../src/db/client.js';
import { readRegistryFile, RegistryRepository, RegistryService, VerifyRepository } from '../../src/verify/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ctx = { index: buildRegistryIndex(readRegistryFile()), fraudLookup: createMemoryFraudLookup() };
const analyze: Analyze = (input) => analyzeMessage(input, ctx);

interface OutLine {
  id: string | number | null;
  verdict?: string;
  risk?: number;
  fraudType?: string | null;
  institution?: { id: string } | null;
  reasons?: Array<{ code: string; message: { zh: string; en: string }; evidence: { text: string } }>;
  error?: { code: string; message: { zh: string; en: string } };
}

describe('verifyLine', () => {
  it.each([
    { name: 'official SMS', line: { id: 'a', text: '【示例消金】验证码 482913，5分钟内有效。请勿泄露给他人。', sender: '1069555001' }, verdict: 'official', error: null },
    { name: 'numeric id, fake police', line: { id: 7, text: '我是公安局警官，你涉嫌洗钱，把钱转入安全账户，不要告诉家人' }, verdict: 'fraud', error: null },
    { name: 'empty input', line: { id: 'b' }, verdict: null, error: 'VERIFY_EMPTY_INPUT' },
    { name: 'bad receivedAt', line: { id: 'c', text: '您好', receivedAt: 'yesterday' }, verdict: null, error: 'VERIFY_INVALID_RECEIVED_AT' },
    { name: 'unknown field', line: { id: 'd', txt: '您好' }, verdict: null, error: 'VALIDATION_FAILED' },
    { name: 'missing id', line: { text: '您好' }, verdict: null, error: 'VALIDATION_FAILED' },
    { name: 'not an object', line: [1, 2], verdict: null, error: 'VALIDATION_FAILED' },
  ])('$name', async (c) => {
    const out = (await verifyLine(JSON.stringify(c.line), analyze)) as OutLine;
    expect(out.id).toBe((c.line as { id?: unknown }).id ?? null);
    if (c.error) {
      expect(out.error?.code).toBe(c.error);
      expect(out.error?.message.zh.length).toBeGreaterThan(0);
      expect(out.verdict).toBeUndefined();
    } else {
      expect(out.verdict).toBe(c.verdict);
      expect(Object.keys(out).sort()).toEqual(['fraudType', 'id', 'institution', 'reasons', 'risk', 'verdict']);
      for (const r of out.reasons ?? []) expect(Object.keys(r).sort()).toEqual(['code', 'evidence', 'message']);
    }
  });

  it('malformed JSON is an error line with a null id', async () => {
    const out = (await verifyLine('{"id": "x", ', analyze)) as OutLine;
    expect(out).toMatchObject({ id: null, error: { code: 'MALFORMED_JSON' } });
  });
});

describe('runVerifyJsonl', () => {
  it('streams one output line per input line, in order, skipping blank lines', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const done = runVerifyJsonl({ input, output }, analyze);
    const n = 500;
    for (let i = 0; i < n; i++) input.write(`${JSON.stringify(i % 50 === 0 ? { id: i } : { id: i, sender: i % 2 ? '95990' : '+96110' })}\n${i % 100 === 0 ? '\n' : ''}`);
    input.end();
    const r = await done;
    const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(r).toEqual({ ok: n - n / 50, failed: n / 50 });
    expect(lines[1]?.verdict).toBe('official');
    expect(lines[2]?.verdict).toBe('fraud');
  });
});

function runCli(args: string[], stdin: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['bin/run-ts.js', 'test/verify/verify-cli.entry.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(stdin);
  });
}

const INPUT = [
  JSON.stringify({ id: 'official', text: '【示例消金】您本期账单将于05月15日到期。', sender: '1069555001' }),
  'not json',
  JSON.stringify({ id: 'scam', text: '您的校园贷账户未注销，将影响征信，请下载会议软件开启屏幕共享' }),
  JSON.stringify({ id: 'empty', text: '' }),
  JSON.stringify({ id: 'emoji', text: '😀🎉', channel: 'wechat' }),
].join('\n');

describe('xiaobao verify --jsonl (real process)', () => {
  it('round-trips JSONL without a database', async () => {
    const r = await runCli(['verify', '--jsonl'], `${INPUT}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    expect(lines.map((l) => l.id)).toEqual(['official', null, 'scam', 'empty', 'emoji']);
    expect(lines.map((l) => l.verdict ?? l.error?.code)).toEqual(['official', 'MALFORMED_JSON', 'fraud', 'VERIFY_EMPTY_INPUT', 'unverified']);
    expect(lines[0]?.institution?.id).toBe('sample-xf');
    expect(lines[2]?.fraudType).toBe('fake_credit_repair');
    expect(r.stderr).toContain('verified 3, errors 2');
  });

  it('refuses to run without --jsonl', async () => {
    const r = await runCli(['verify'], '');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--jsonl');
  });

  it('--with-database uses the stored registry and fraud reports', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-verify-cli-'));
    try {
      // An admin-added institution and a reported number exist only in the database.
      const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await migrate(db);
      const registry = await RegistryService.open(new RegistryRepository(db.kysely), readRegistryFile(), () => new Date());
      const inst = registry.list().institutions[0];
      if (!inst) throw new Error('empty shipped registry');
      await registry.upsert('cli-demo', { ...inst, name: { zh: 'CLI 演示', en: 'CLI demo' }, aliases: [], hotlines: [{ number: '95996' }], smsPorts: [], smsSignatures: [], domains: [], apps: [], wechatAccounts: [] }, null);
      const repo = new VerifyRepository(db.kysely);
      const check = { id: '00000000-0000-4000-8000-0000000000c1', createdAt: new Date(), channel: null, verdict: 'unverified', risk: 0, fraudType: null, institutionId: null, reasons: [], indicators: [], maskedText: null, maskedSender: null, registryVersion: 'x', reportedAt: null, complaintId: null };
      await repo.insertCheck(check);
      await repo.insertReports([{ indicator: { kind: 'phone', value: '17112345678' }, sourceHash: Buffer.alloc(16, 1), checkId: check.id, evidenceRef: 'test', at: new Date() }]);
      await db.close();

      const extra = [JSON.stringify({ id: 'added', sender: '95996', channel: 'call' }), JSON.stringify({ id: 'reported', sender: '17112345678' })].join('\n');
      const r = await runCli(['verify', '--jsonl', '--with-database', '--data-dir', dataDir], `${INPUT}\n${extra}\n`, { DATABASE_URL: '' });
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as OutLine);
      expect(lines.map((l) => l.verdict ?? l.error?.code)).toEqual(['official', 'MALFORMED_JSON', 'fraud', 'VERIFY_EMPTY_INPUT', 'unverified', 'official', 'fraud']);
      expect(lines[5]?.institution?.id).toBe('cli-demo');
      expect(lines[6]?.reasons?.map((x) => x.code)).toContain('fraud_db_hit');

      const without = await runCli(['verify', '--jsonl'], `${extra}\n`);
      expect((JSON.parse(without.stdout.trim().split('\n')[0] ?? '{}') as OutLine).verdict).not.toBe('official');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Two on-disk PGlite start-ups (here and in the child) are slow on a shared 2-core machine.
  }, 120_000);
});
