/**
 * Transparency log stored in the database: sustained appends (enqueue in the writer's
 * transaction + batched integration with signed checkpoints) on PostgreSQL and PGlite at 1×/10×/
 * 100× sizes against a one-by-one baseline, proof latency from the DB store at 1M leaves, and
 * RSS while appending. Each PostgreSQL run uses a fresh database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { percentile, runIfMain, type BenchSection, type BenchTable } from './harness.js';
import { benchPostgresUrl } from './support/load.js';
import type { ComplaintEvent } from '../src/complaints/complaint-event.js';
import { migrate, openDatabase, type DatabaseTarget, type Db } from '../src/db/client.js';
import { MerkleLog } from '../src/engines/merkle/index.js';
import { DbHashStore } from '../src/ledger/db-hash-store.js';
import { LedgerRepository } from '../src/ledger/ledger.repository.js';
import { createLedger, type Ledger } from '../src/ledger/index.js';

const quiet = { info: () => undefined, error: () => undefined };
const ENQUEUE_TX = 500; // events per writer transaction (the intake writer batches up to 256 complaints)

async function freshPg(url: string): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const name = `xb_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: u.toString(), poolSize: 4 },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function events(n: number, start: number): ComplaintEvent[] {
  const cid = randomUUID();
  return Array.from({ length: n }, (_, i) => ({
    id: 0,
    complaintId: cid,
    seq: start + i + 1,
    type: 'status_changed',
    actor: { type: 'staff', id: randomUUID() },
    occurredAt: new Date(),
    data: { from: 'accepted', to: 'in_progress', note: '已调取扣款流水核对，客户[手机号#1]来电说明情况。' },
  }));
}

/** Enqueues `n` events in writer-sized transactions, integrating concurrently; returns rates. */
async function sustained(db: Db, ledger: Ledger, n: number): Promise<{ seconds: number; rate: number; rssMax: number }> {
  let rssMax = process.memoryUsage().rss;
  const start = performance.now();
  ledger.start();
  const writers = db.kind === 'postgres' ? 2 : 1;
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < n) {
        const k = Math.min(ENQUEUE_TX, n - next);
        const from = next;
        next += k;
        await db.kysely.transaction().execute((tx) => ledger.sink.eventsRecorded(tx, events(k, from)));
        rssMax = Math.max(rssMax, process.memoryUsage().rss);
      }
    }),
  );
  await ledger.stop();
  await ledger.integrate();
  rssMax = Math.max(rssMax, process.memoryUsage().rss);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, rate: n / seconds, rssMax };
}

async function oneByOne(db: Db, ledger: Ledger, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await db.kysely.transaction().execute((tx) => ledger.sink.eventsRecorded(tx, events(1, 0)));
    await ledger.integrate(1);
  }
  return n / ((performance.now() - start) / 1000);
}

async function proofLatency(db: Db, samples = 500): Promise<{ size: number; incl: number[]; cons: number[] }> {
  const log = await MerkleLog.open(new DbHashStore(new LedgerRepository(db.kysely)));
  const size = log.size;
  const time = async (fn: () => Promise<unknown>) => {
    const out: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      await fn();
      out.push((performance.now() - t) * 1000);
    }
    return out;
  };
  const rand = (n: number) => Math.floor(Math.random() * n);
  return { size, incl: await time(() => log.inclusionProof(rand(size), size)), cons: await time(() => log.consistencyProof(1 + rand(size - 1), size)) };
}

async function runBackend(kind: 'postgres' | 'pglite', sizes: number[], proofSize: number, appends: BenchTable, proofs: BenchTable, notes: string[]): Promise<void> {
  const url = kind === 'postgres' ? benchPostgresUrl() : null;
  if (kind === 'postgres' && !url) {
    notes.push('PostgreSQL: no server available (set XIAOBAO_BENCH_DATABASE_URL); skipped.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-bench-'));
  const pgDb = url ? await freshPg(url) : null;
  const db = await openDatabase(pgDb ? pgDb.target : { kind: 'pglite', dataDir: path.join(dir, 'pglite') });
  try {
    await migrate(db);
    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log.key'), origin: 'bench.local/log', logger: quiet });
    const base = await oneByOne(db, ledger, 300);
    appends.rows.push({ database: kind, mode: 'baseline: one by one (1 event per tx, integrate each)', events: 300, 'appends/s': Math.round(base) });
    let total = 300;
    for (const n of sizes) {
      const r = await sustained(db, ledger, n);
      total += n;
      appends.rows.push({ database: kind, mode: `batched (${ENQUEUE_TX}/tx enqueue, integrator loop)`, events: n, 'appends/s': Math.round(r.rate), 'log size after': total, 'max RSS MiB': Math.round(r.rssMax / 2 ** 20) });
    }
    if (total < proofSize) {
      const t0 = performance.now();
      await sustained(db, ledger, proofSize - total);
      notes.push(`${kind}: grew the log to ${proofSize.toLocaleString('en-US')} leaves for the proof test in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
    }
    const p = await proofLatency(db);
    proofs.rows.push(
      { database: kind, leaves: p.size, op: 'inclusion proof (1 query)', 'p50 µs': percentile(p.incl, 50), 'p99 µs': percentile(p.incl, 99) },
      { database: kind, leaves: p.size, op: 'consistency proof (1 query)', 'p50 µs': percentile(p.cons, 50), 'p99 µs': percentile(p.cons, 99) },
    );
  } finally {
    await db.close();
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export default async function ledgerBench(): Promise<BenchSection> {
  const appends: BenchTable = { caption: 'Sustained appends: enqueue inside writer transactions + batched integration (entries, nodes, signed checkpoint per batch)', rows: [] };
  const proofs: BenchTable = { caption: 'Proofs from the database store (µs per proof, 500 random proofs, includes the SQL round trip)', rows: [] };
  const notes: string[] = [];
  await runBackend('postgres', [10_000, 100_000, 1_000_000], 1_000_000, appends, proofs, notes);
  await runBackend('pglite', [2_000, 20_000, 200_000], 200_000, appends, proofs, notes);
  notes.push('Each event is a realistic canonical complaint event (~330 bytes of masked JSON); leaf hashes are computed by the database (sha256()), interior nodes by the engine.');
  return { title: 'Transparency log in the database (ledger)', tables: [appends, proofs], notes };
}

await runIfMain(import.meta.url, ledgerBench);
