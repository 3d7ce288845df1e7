/**
 * Intake throughput: complaints acknowledged (durable: committed before the 201) per second, with
 * PII masking, classification and the event rows included, measured with autocannon against a
 * real server process on PGlite and on PostgreSQL. Beside it, the same machine's ceilings: a bare
 * Fastify handler and a raw durable single-row INSERT through node-postgres and through PGlite.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startServerProcess, waitForExit, ROOT } from '../test/support/server-process.js';
import { runIfMain, type BenchSection } from './harness.js';
import { benchPostgresUrl, load } from './support/load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

const SAMPLE_TEXTS = [
  '我在贵公司借款后本月被重复扣款两次，每次 1,280 元，请核实并退款。我的手机 13812345678。',
  '催收人员晚上十一点还打电话，还说要联系我单位和家人，我叫王芳，电话 159 0000 1111。',
  '借款时被默认勾选了会员服务，每月扣费 29 元，我从来没有用过，要求取消并退款。',
  '我的征信报告显示有一笔逾期，但我每期都按时还款了，身份证 11010519491231002X，请更正。',
  '账户登录不上去，提示被冻结，请问怎么解冻？',
  '有人自称贵公司客服让我把钱转到安全账户，说可以降低利息，我已经转了 2 万元，怎么办？',
];

function intakeBody(i: number): string {
  return JSON.stringify({
    channel: 'api',
    text: `${SAMPLE_TEXTS[i % SAMPLE_TEXTS.length]}（编号 ${i}）`,
    consumer: { name: '李晓明', phone: `138${String(10_000_000 + (i % 90_000_000)).slice(0, 8)}` },
    institution: '示例消费金融',
  });
}

async function bareFastify() {
  const p = await startServerProcess({}, 30_000, [path.join(ROOT, 'bin/run-ts.js'), 'bench/support/bare-fastify.ts']);
  try {
    return await load({ url: p.url, connections: CONNECTIONS, seconds: SECONDS, method: 'POST', path: '/api/complaints', body: intakeBody });
  } finally {
    p.child.kill('SIGTERM');
    await waitForExit(p.child);
  }
}

async function rawPostgresInsert(url: string): Promise<{ rps: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 50 });
  await pool.query('drop table if exists bench_raw; create table bench_raw (id bigserial primary key, body text not null)');
  let n = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (Date.now() < end) {
        await pool.query('insert into bench_raw (body) values ($1)', [intakeBody(n)]);
        n++;
      }
    }),
  );
  await pool.query('drop table bench_raw');
  await pool.end();
  return { rps: n / SECONDS };
}

async function rawPgliteInsert(): Promise<{ rps: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-raw-'));
  const db = await PGlite.create({ dataDir: dir });
  await db.exec('create table bench_raw (id bigserial primary key, body text not null)');
  let n = 0;
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    await db.query('insert into bench_raw (body) values ($1)', [intakeBody(n)]);
    n++;
  }
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { rps: n / SECONDS };
}

async function xiaobaoIntake(env: Record<string, string>) {
  const p = await startServerProcess({ XIAOBAO_KEK: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn', ...env }, 60_000);
  try {
    return await load({ url: p.url, connections: CONNECTIONS, seconds: SECONDS, method: 'POST', path: '/api/complaints', body: intakeBody });
  } finally {
    p.child.kill('SIGTERM');
    await waitForExit(p.child);
  }
}

async function freshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `xb_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name}`).catch(() => undefined);
      await c.end();
    },
  };
}

export default async function intakeBench(): Promise<BenchSection> {
  const rows: Array<Record<string, string | number>> = [];
  const bare = await bareFastify();
  rows.push({ what: 'baseline: bare Fastify handler (no work)', 'req/s': bare.rps, 'p50 ms': bare.p50, 'p99 ms': bare.p99, errors: bare.errors + bare.non2xx });
  const notes: string[] = [];

  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-bench-'));
  const pglite = await xiaobaoIntake({ DATA_DIR: pgliteDir });
  fs.rmSync(pgliteDir, { recursive: true, force: true });
  rows.push({ what: 'Xiaobao intake on PGlite (mask + classify + events, durable)', 'req/s': pglite.rps, 'p50 ms': pglite.p50, 'p99 ms': pglite.p99, errors: pglite.errors + pglite.non2xx });
  const rawLite = await rawPgliteInsert();
  rows.push({ what: 'baseline: raw durable single-row INSERT, PGlite (sequential)', 'req/s': rawLite.rps });

  const adminUrl = benchPostgresUrl();
  if (adminUrl) {
    const fresh = await freshPostgresDatabase(adminUrl);
    try {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-bench-'));
      const pgRun = await xiaobaoIntake({ DATA_DIR: dataDir, DATABASE_URL: fresh.url });
      fs.rmSync(dataDir, { recursive: true, force: true });
      rows.push({ what: 'Xiaobao intake on PostgreSQL (mask + classify + events, durable)', 'req/s': pgRun.rps, 'p50 ms': pgRun.p50, 'p99 ms': pgRun.p99, errors: pgRun.errors + pgRun.non2xx });
      const raw = await rawPostgresInsert(fresh.url);
      rows.push({ what: 'baseline: raw durable single-row INSERT, node-postgres, 50 in flight', 'req/s': raw.rps });
    } finally {
      await fresh.drop();
    }
  } else {
    notes.push('PostgreSQL rows skipped: no server (set XIAOBAO_BENCH_DATABASE_URL).');
  }
  notes.push(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row, load generator in the bench process, server in its own process; bodies vary per request.`);
  return { title: 'Complaint intake', tables: [{ caption: 'POST /api/complaints', rows }], notes };
}

await runIfMain(import.meta.url, intakeBench);
