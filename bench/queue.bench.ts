/**
 * Agent queue and complaint detail at 1,000,000 complaints on PostgreSQL: bulk-load with
 * generate_series, then measure the HTTP API with autocannon (p50/p99) and show the query plans.
 * Also measured at 10,000 and 100,000 to show how cost grows with data.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/app/config.js';
import { createLogger } from '../src/app/logger.js';
import { migrate, openDatabase } from '../src/db/client.js';
import { startServerProcess, waitForExit } from '../test/support/server-process.js';
import { runIfMain, type BenchSection } from './harness.js';
import { benchPostgresUrl, load } from './support/load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SIZES = (process.env.BENCH_QUEUE_SIZES ?? '10000,100000,1000000').split(',').map(Number);

async function bulkLoad(client: pg.Client, n: number): Promise<number> {
  const t0 = Date.now();
  await client.query(`
    insert into complaints (id, number, channel, status, institution, facts, consumer_name_masked, consumer_phone_masked, rule_set,
      received_at, clock_started_at, deadline_days, due_at, queue, business, reason, demand, tier, priority, created_at, updated_at, closed_at)
    select gen_random_uuid(), 'XB' || lpad(i::text, 14, '0'), (array['web','app','wechat','hotline','email','api'])[1 + i % 6],
      case when i % 5 = 0 then 'closed' else (array['received','accepted','in_progress'])[1 + i % 3] end,
      '示例消费金融', '批量生成的投诉内容 #' || i || '：本月重复扣款，请核实退款。', '李*明', '138****5678', 'cn-nfra-2020',
      now() - (i % 20000) * interval '1 minute', now() - (i % 20000) * interval '1 minute', 15,
      now() + ((i::bigint * 7919) % 1296000) * interval '1 second',
      (array['intake','general','urgent','supervisor','review'])[1 + (i / 7) % 5],
      (array['loan','repayment','collection','add_on','credit_reporting'])[1 + i % 5], '定价收费', 'refund', 1 + i % 3, 'normal',
      now(), now(), case when i % 5 = 0 then now() else null end
    from generate_series(1, $1::int) as s(i)`, [n]);
  await client.query(`
    insert into complaint_events (complaint_id, seq, type, actor_type, actor_id, occurred_at, data)
    select id, 1, 'received', 'consumer', null, received_at, jsonb_build_object('channel', channel, 'facts', facts) from complaints`);
  await client.query('analyze complaints; analyze complaint_events');
  return (Date.now() - t0) / 1000;
}

async function staffToken(url: string, dataDir: string): Promise<string> {
  const config = loadConfig({}, { DATA_DIR: dataDir, DATABASE_URL: url, XIAOBAO_KEK: randomBytes(32).toString('base64') });
  const db = await openDatabase(config.database);
  const app = await buildApp({ config, db, logger: createLogger('silent') });
  const password = randomBytes(12).toString('hex');
  await app.services.auth.createUser({ username: 'bench-agent', displayName: 'bench', role: 'agent', password });
  const { token } = await app.services.auth.login('bench-agent', password);
  await app.fastify.close();
  await db.close();
  return token;
}

async function measure(adminUrl: string, n: number) {
  const name = `xb_queue_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-queue-'));
  try {
    const db = await openDatabase({ kind: 'postgres', url });
    await migrate(db);
    await db.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const loadSeconds = await bulkLoad(client, n);
    const ids = (await client.query<{ id: string }>('select id from complaints order by random() limit 5000')).rows.map((r) => r.id);
    const listPlan = (
      await client.query<{ 'QUERY PLAN': string }>(
        `explain analyze select * from complaints where queue = 'general' and closed_at is null order by due_at asc nulls last, id limit 51`,
      )
    ).rows.map((r) => r['QUERY PLAN']);
    const detailPlan = (
      await client.query<{ 'QUERY PLAN': string }>(`explain analyze select * from complaint_events where complaint_id = $1 order by seq`, [ids[0]])
    ).rows.map((r) => r['QUERY PLAN']);
    await client.end();

    const token = await staffToken(url, dataDir);
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: url, XIAOBAO_KEK: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' });
    try {
      const headers = { authorization: `Bearer ${token}` };
      const queues = ['intake', 'general', 'urgent', 'supervisor', 'review'];
      const listPath = (i: number) => `/api/complaints?queue=${queues[i % 5]}&open=true&limit=50`;
      const detailPath = (i: number) => `/api/complaints/${ids[i % ids.length]}`;
      const runs = [];
      // One agent at a time (service time), then 10 concurrent agents (queueing on 2 cores).
      for (const connections of [1, 10]) {
        const list = await load({ url: server.url, connections, seconds: SECONDS, path: '/api/complaints', headers, paths: listPath });
        const detail = await load({ url: server.url, connections, seconds: SECONDS, path: '/api/complaints', headers, paths: detailPath });
        runs.push({ connections, list, detail });
      }
      return { n, loadSeconds, runs, listPlan, detailPlan };
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  } finally {
    // Not forced: a forced drop kills connections the bench process may still hold.
    await admin.query(`drop database if exists ${name}`).catch(() => undefined);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function queueBench(): Promise<BenchSection> {
  const adminUrl = benchPostgresUrl();
  if (!adminUrl) return { title: 'Agent queue at scale', tables: [], notes: ['skipped: no PostgreSQL server (set XIAOBAO_BENCH_DATABASE_URL)'] };
  const rows: Array<Record<string, string | number>> = [];
  let plans: string[] = [];
  for (const n of SIZES) {
    const r = await measure(adminUrl, n);
    for (const x of r.runs) {
      rows.push({
        complaints: n,
        'bulk load s': r.loadSeconds,
        connections: x.connections,
        'list req/s': x.list.rps,
        'list p50 ms': x.list.p50,
        'list p99 ms': x.list.p99,
        'detail req/s': x.detail.rps,
        'detail p50 ms': x.detail.p50,
        'detail p99 ms': x.detail.p99,
        errors: x.list.errors + x.list.non2xx + x.detail.errors + x.detail.non2xx,
      });
    }
    plans = [`plans at ${n.toLocaleString('en-US')} complaints — queue page:`, ...r.listPlan.map((l) => `    ${l}`), 'detail events:', ...r.detailPlan.map((l) => `    ${l}`)];
  }
  return {
    title: 'Agent queue and complaint detail at scale (PostgreSQL)',
    tables: [{ caption: 'GET /api/complaints?queue=…&open=true&limit=50 and GET /api/complaints/:id', rows }],
    notes: [`autocannon, 1 then 10 connections, ${SECONDS} s each, server in its own process; rows bulk-loaded with generate_series (1 event each).`, ...plans],
  };
}

await runIfMain(import.meta.url, queueBench);
