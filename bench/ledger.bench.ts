/**
 * Transparency log stored in the database: sustained appends (entries written once in the
 * writer's transaction + batched integration with signed checkpoints) on PostgreSQL and PGlite at
 * 1×/10×/100× sizes against a one-by-one baseline; then the PostgreSQL log grows through the real
 * integrator to 10M leaves. Memory: the process's peak RSS at each log size (events are
 * generated lazily, one writer transaction at a time, so it is the appending and integrating
 * process's own). Proof latency from the DB store at 1M and 10M leaves (PostgreSQL) and 200k
 * (PGlite), through the proof reader the ledger uses. Each PostgreSQL run uses a fresh database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { percentile, runIfMain, type BenchSection, type BenchTable } from './harness.js';
import { benchPostgresUrl } from './support/load.js';
import type { ComplaintEvent } from '../src/complaints/complaint-event.js';
import { migrate, openDatabase, type DatabaseTarget, type Db } from '../src/db/client.js';
import { MerkleLog, verifyConsistency, verifyInclusion, type HashStore } from '../src/engines/merkle/index.js';
import { DbHashStore } from '../src/ledger/db-hash-store.js';
import { HashRowCache, PROOF_CACHE_ROWS } from '../src/ledger/hash-row-cache.js';
import { BLOCK_SIZE, LedgerRepository } from '../src/ledger/ledger.repository.js';
import { fillMirror, MirroredHashStore } from '../src/ledger/mirrored-hash-store.js';
import { ProofMirror } from '../src/ledger/proof-mirror.js';
import { createLedger, type Ledger } from '../src/ledger/index.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
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
async function sustained(db: Db, ledger: Ledger, n: number): Promise<{ seconds: number; rate: number }> {
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
      }
    }),
  );
  await ledger.stop();
  await ledger.integrate();
  const seconds = (performance.now() - start) / 1000;
  return { seconds, rate: n / seconds };
}

/**
 * Grows the log to `target` leaves: appends synthesised in SQL, one block of BLOCK_SIZE entries
 * each (entries {"bench":i}, small because proof cost does not depend on entry size; leaf hashes
 * by sha256() instead of the writer), then the real integrator with its default batch size, so no
 * event objects exist in this process and its RSS is the integrator's own. Returns leaves per
 * second of each phase.
 */
async function growTo(db: Db, ledger: Ledger, from: number, target: number): Promise<{ append: number; integrate: number }> {
  let appendMs = 0;
  let integrateMs = 0;
  for (let next = from; next < target; next += BLOCK_SIZE) {
    const end = Math.min(target, next + BLOCK_SIZE);
    const t0 = performance.now();
    await sql`
      with src as (select i, '{"bench":' || i || '}' as canonical from generate_series(${next}::int8, ${end - 1}::int8) as i),
      blk as (
        insert into ledger_blocks (block, n, leaf_hashes)
        select nextval('ledger_block_seq'), count(*), string_agg(sha256('\\x00'::bytea || convert_to(canonical, 'UTF8')), ''::bytea order by i) from src
        returning block
      )
      insert into ledger_entries (id, kind, ref, canonical)
      select blk.block * ${BLOCK_SIZE}::int8 + (src.i - ${next}::int8), 'bench', 'g:' || src.i, src.canonical from blk, src`.execute(db.kysely);
    const t1 = performance.now();
    await ledger.integrate();
    appendMs += t1 - t0;
    integrateMs += performance.now() - t1;
  }
  return { append: (target - from) / (appendMs / 1000), integrate: (target - from) / (integrateMs / 1000) };
}

async function oneByOne(db: Db, ledger: Ledger, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await db.kysely.transaction().execute((tx) => ledger.sink.eventsRecorded(tx, events(1, 0)));
    await ledger.integrate(1);
  }
  return n / ((performance.now() - start) / 1000);
}

/** Untimed proofs first, as a running server has served: the reader's row cache is warm. */
const WARMUP = 200;

/**
 * Proof latency through `store`. With `verified`, each timed proof is also checked against the
 * root as the ledger checks a mirror's (the inclusion proof's leaf hash and the consistency
 * proof's old root are read before the clock starts, as the ledger has them from the entry).
 */
async function proofLatency(store: HashStore, verified: boolean, samples = 500): Promise<{ size: number; incl: number[]; cons: number[] }> {
  const log = await MerkleLog.open(store);
  const size = log.size;
  const root = log.root();
  const rand = (n: number) => Math.floor(Math.random() * n);
  const time = async (prepare: (i: number) => Promise<() => Promise<unknown>>) => {
    const out: number[] = [];
    for (let i = 0; i < samples; i++) {
      const fn = await prepare(rand(size));
      const t = performance.now();
      await fn();
      out.push((performance.now() - t) * 1000);
    }
    return out;
  };
  const ok = (v: { ok: boolean }) => {
    if (!v.ok) throw new Error('a proof did not verify');
  };
  for (let i = 0; i < WARMUP; i++) await log.inclusionProof(rand(size), size);
  const incl = await time(async (i) => {
    const [leaf] = verified ? await store.getNodes([{ level: 0, index: i }]) : [];
    return async () => {
      const proof = await log.inclusionProof(i, size);
      if (leaf) ok(verifyInclusion(leaf, i, size, proof, root));
    };
  });
  const cons = await time(async (i) => {
    const old = 1 + (i % (size - 1));
    const oldRoot = verified ? await log.rootAt(old) : null;
    return async () => {
      const proof = await log.consistencyProof(old, size);
      if (oldRoot) ok(verifyConsistency(old, size, proof, oldRoot, root));
    };
  });
  return { size, incl, cons };
}

/** Highest RSS seen since the last take(), sampled every 100 ms, so a stage's peak is not missed. */
function rssSampler(): { take: () => number; stop: () => void } {
  let max = 0;
  const sample = () => (max = Math.max(max, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  return {
    take: () => {
      sample();
      const m = max;
      max = 0;
      return Math.round(m / 2 ** 20);
    },
    stop: () => clearInterval(timer),
  };
}

interface BackendPlan {
  kind: 'postgres' | 'pglite';
  /** Events appended through writer transactions, one sustained run each. */
  sizes: number[];
  /** Log sizes to grow to afterwards with appends synthesised in SQL (a memory row at each). */
  grow: number[];
  /** Log sizes after which proof latency is measured. */
  proofsAt: (size: number) => boolean;
}

interface Tables {
  appends: BenchTable;
  memory: BenchTable;
  proofs: BenchTable;
  notes: string[];
}

/**
 * Proofs read from the database (one query each: the baseline), then from a proof mirror filled
 * from it (as a server does at start), which the ledger's reader uses by default.
 */
async function measureProofs(db: Db, kind: string, dir: string, t: Tables): Promise<void> {
  const repo = new LedgerRepository(db.kysely);
  const database = new DbHashStore(repo, new HashRowCache(PROOF_CACHE_ROWS));
  const rows = (p: { size: number; incl: number[]; cons: number[] }, source: string) =>
    t.proofs.rows.push(
      { database: kind, leaves: p.size, op: `inclusion proof (${source})`, 'p50 µs': percentile(p.incl, 50), 'p99 µs': percentile(p.incl, 99) },
      { database: kind, leaves: p.size, op: `consistency proof (${source})`, 'p50 µs': percentile(p.cons, 50), 'p99 µs': percentile(p.cons, 99) },
    );
  rows(await proofLatency(database, false), 'database: 1 query');
  const mirror = ProofMirror.open(path.join(dir, `mirror-${Date.now()}`), 'bench') as ProofMirror;
  try {
    const start = performance.now();
    const size = await database.size();
    const nodes = await fillMirror(mirror, repo.nodes, size);
    t.notes.push(
      `${kind}: filling a proof mirror from the database at ${size.toLocaleString('en-US')} leaves copied ${nodes.toLocaleString('en-US')} nodes ` +
        `(${Math.round((nodes * 32) / 2 ** 20).toLocaleString('en-US')} MiB) in ${((performance.now() - start) / 1000).toFixed(1)} s.`,
    );
    rows(await proofLatency(new MirroredHashStore(mirror, database), true), 'proof mirror: 0 queries, checked against the root');
  } finally {
    mirror.close();
  }
}

async function runBackend(plan: BackendPlan, t: Tables): Promise<void> {
  const { kind } = plan;
  const url = kind === 'postgres' ? benchPostgresUrl() : null;
  if (kind === 'postgres' && !url) {
    t.notes.push('PostgreSQL: no server available (set XIAOBAO_BENCH_DATABASE_URL); skipped.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-bench-'));
  const pgDb = url ? await freshPg(url) : null;
  const db = await openDatabase(pgDb ? pgDb.target : { kind: 'pglite', dataDir: path.join(dir, 'pglite') });
  const rss = rssSampler();
  const memoryRow = (size: number, stage: string) =>
    t.memory.rows.push({ database: kind, 'log size': size, stage, 'max RSS MiB': rss.take(), 'heap used MiB': Math.round(process.memoryUsage().heapUsed / 2 ** 20) });
  try {
    await migrate(db);
    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log.key'), origin: 'bench.local/log', logger: quiet });
    const base = await oneByOne(db, ledger, 300);
    t.appends.rows.push({ database: kind, mode: 'baseline: one by one (1 event per tx, integrate each)', events: 300, 'appends/s': Math.round(base) });
    let total = 300;
    rss.take();
    for (const n of plan.sizes) {
      const r = await sustained(db, ledger, n);
      total += n;
      t.appends.rows.push({ database: kind, mode: `batched (${ENQUEUE_TX}/tx enqueue, integrator loop)`, events: n, 'appends/s': Math.round(r.rate), 'log size after': total });
      memoryRow(total, 'sustained appends');
      if (plan.proofsAt(total)) await measureProofs(db, kind, dir, t);
    }
    for (const target of plan.grow.filter((g) => g > total)) {
      const rate = await growTo(db, ledger, total, target);
      t.notes.push(
        `${kind}: grew the log from ${total.toLocaleString('en-US')} to ${target.toLocaleString('en-US')} leaves: appends synthesised in SQL ` +
          `(blocks of ${BLOCK_SIZE.toLocaleString('en-US')}) at ${Math.round(rate.append).toLocaleString('en-US')} leaves/s, ` +
          `integrated (sequencing, interior nodes, a signed checkpoint per batch) at ${Math.round(rate.integrate).toLocaleString('en-US')} leaves/s.`,
      );
      total = target;
      memoryRow(total, 'integrator growing the log');
      if (plan.proofsAt(total)) await measureProofs(db, kind, dir, t);
    }
  } finally {
    rss.stop();
    await db.close();
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export default async function ledgerBench(): Promise<BenchSection> {
  const t: Tables = {
    appends: { caption: 'Sustained appends: entries written once inside writer transactions + batched integration (sequencing, interior-node rows, signed checkpoint per batch)', rows: [] },
    memory: { caption: 'Memory of the process that appends and integrates, by log size (RSS includes PGlite itself when embedded)', rows: [] },
    proofs: { caption: 'Proofs (µs per proof, 500 random leaves / old sizes after 200 untimed): from the database store (the SQL round trip included) and from the proof mirror', rows: [] },
    notes: [],
  };
  await runBackend({ kind: 'postgres', sizes: [10_000, 100_000, 1_000_000], grow: [10_000_000], proofsAt: (n) => n >= 1_000_000 }, t);
  await runBackend({ kind: 'pglite', sizes: [2_000, 20_000, 200_000], grow: [], proofsAt: (n) => n >= 200_000 }, t);
  t.notes.push(
    'Each appended event is a realistic canonical complaint event (~330 bytes of masked JSON), written once; its leaf hash is computed once at append (PostgreSQL: by the server in the append statement; PGlite: by the writer), interior nodes by the engine in the integrator.',
    `Database proofs: one prepared query (PostgreSQL) for the nodes not in the reader's ${PROOF_CACHE_ROWS.toLocaleString('en-US')}-row (4 MiB) cache of interior-node rows. ` +
      'Mirror proofs: one 32-byte pread per node from the per-level files (page cache, not heap), each checked against the root as the ledger does before serving it (about 25 SHA-256).',
    'The machine has 2 cores shared by the bench process and the database server; figures vary with other load.',
  );
  return { title: 'Transparency log in the database (ledger)', tables: [t.appends, t.memory, t.proofs], notes: t.notes };
}

await runIfMain(import.meta.url, ledgerBench);
