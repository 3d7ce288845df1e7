/** Retraining from the CLI: a single classifier on any labels, and a triage model for TRIAGE_MODEL. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/server-process.js';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-model-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function xiaobao(args: string[], input?: string) {
  const p = run(process.execPath, [path.join(ROOT, 'bin/xiaobao.js'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  p.child.stdin?.end(input ?? '');
  return p;
}

describe('xiaobao model train / classify --model', () => {
  it('trains on an institution’s own labels and classifies with the result', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      lines.push(JSON.stringify({ text: `第${i}次 会员费 自动扣款 没经过我同意 要求退会员费`, label: 'membership' }));
      lines.push(JSON.stringify({ text: `第${i}次 app 登录不上 验证码收不到 账号异常`, label: 'login' }));
    }
    const input = path.join(dir, 'own.jsonl');
    fs.writeFileSync(input, lines.join('\n'));
    const out = path.join(dir, 'own-model.json');
    const trained = await xiaobao(['model', 'train', '--input', input, '--out', out, '--folds', '3']);
    expect(trained.stdout).toMatch(/3-fold cross-validation/);
    expect(trained.stdout).toMatch(/macro-F1 \d\.\d{3}/);
    const r = await xiaobao(['classify', '--jsonl', '--model', out], `${JSON.stringify({ id: 'a', text: '又扣了我会员费，我没同意过' })}\n${JSON.stringify({ id: 'b', text: '登录不了，收不到验证码' })}\n`);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; label: string; confidence: number });
    expect(rows.map((x) => x.label)).toEqual(['membership', 'login']);
    expect(rows.every((x) => x.confidence > 0.5 && x.confidence <= 1)).toBe(true);
  }, 120_000);

  it('trains a four-head triage model from history with business/reason/demand/tier', async () => {
    const history = fs.readFileSync(path.join(ROOT, 'corpus/triage/train.jsonl'), 'utf8').trim().split('\n').slice(0, 600);
    const input = path.join(dir, 'history.jsonl');
    fs.writeFileSync(input, history.join('\n'));
    const out = path.join(dir, 'triage.json');
    const trained = await xiaobao(['model', 'train', '--input', input, '--out', out, '--folds', '2']);
    for (const head of ['business', 'reason', 'demand', 'tier']) expect(trained.stdout).toContain(`${head}: 600 examples`);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as { format: string }).format).toBe('xiaobao-triage');
    const r = await xiaobao(['classify', '--jsonl', '--model', out], `${JSON.stringify({ id: 1, text: '催收员天天给我家人打电话骚扰' })}\n`);
    const row = JSON.parse(r.stdout.trim()) as { id: string; business: { code: string }; tier: { code: number } };
    expect(row.id).toBe('1');
    expect(row.business.code).toBe('collection');
  }, 180_000);

  it('refuses training data without labels, naming the file', async () => {
    const input = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(input, `${JSON.stringify({ text: 'x' })}\n`);
    const r = await xiaobao(['model', 'train', '--input', input, '--out', path.join(dir, 'x.json')]).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toContain('bad.jsonl');
  });
});
