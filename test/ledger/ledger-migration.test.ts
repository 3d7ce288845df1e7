/**
 * Migrations convert existing logs in place. 0006 (interior nodes in rows): the same root, the
 * same proofs, and a node row with a gap (tampering) is left out rather than shifted, so proofs
 * through it fail loudly. 0007 (write-once blocks): logged entries keep their leaf indexes across
 * several blocks, queued entries become pending blocks without the duplicates the old integrator
 * dropped, the integrator carries on, and a missing entry row is reported by the audit.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Db } from '../../src/db/client.js';
import { migrations } from '../../src/db/migrations/index.js';
import { bytesEqual, HASH_SIZE, leafHash, MemoryHashStore, MerkleLog, type AppendPlan } from '../../src/engines/merkle/index.js';
import { createLedger } from '../../src/ledger/index.js';
import { DbHashStore } from '../../src/ledger/db-hash-store.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { PG_URL } from '../support/test-db.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-migration-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  fs.rmSync(dir, { recursive: true, force: true });
});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

/** A database migrated up to `last` only: createTestDb always goes to the latest. */
async function openAt(last: string): Promise<Db> {
  let db: Db;
  if (!PG_URL) db = await openDatabase({ kind: 'pglite', dataDir: null });
  else {
    const name = `xb_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    db = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 2 });
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
  }
  cleanups.unshift(() => db.close());
  const { error } = await new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } }).migrateTo(last);
  if (error) throw error;
  return db;
}

/** Old-layout entries {"old":i}, i in [0, n), with their leaf hashes, as the old integrator stored them. */
async function insertOldEntries(db: Db, n: number): Promise<void> {
  await sql`insert into ledger_entries (leaf_index, kind, ref, canonical, leaf_hash)
    select i, 'old', 'old:' || i, '{"old":' || i || '}', sha256('\\x00'::bytea || convert_to('{"old":' || i || '}', 'UTF8'))
    from generate_series(0, ${n - 1}) as i`.execute(db.kysely);
}

const entry = (i: number) => `{"old":${i}}`;
const leaves = (from: number, n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(entry(from + i))));
/** Every interior node a plan wrote, as (level, index, hash). */
const innerNodes = (plan: AppendPlan) =>
  plan.levels.filter((r) => r.level > 0).flatMap((r) => Array.from({ length: r.hashes.length / HASH_SIZE }, (_, i) => ({ level: r.level, index: r.firstIndex + i, hash: r.hashes.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE) })));

describe('migration 0006 (interior nodes in rows)', () => {
  it('keeps the root and every proof of an existing log, and the integrator continues it', async () => {
    const N = 1000;
    const db = await openAt('0005-pii-reveals');
    const mem = await MerkleLog.open(new MemoryHashStore());
    const inner = innerNodes(await mem.appendBatch(leaves(0, N)));
    await insertOldEntries(db, N);
    await sql`insert into ledger_nodes (level, idx, hash)
      select l, i, decode(h, 'hex') from unnest(${inner.map((n) => n.level)}::int2[], ${inner.map((n) => n.index)}::int8[], ${inner.map((n) => hex(n.hash))}::text[]) as w(l, i, h)`.execute(db.kysely);
    // A gap in level 3, row 1 (nodes 32…63): that row must not be built from the rest.
    await sql`delete from ledger_nodes where level = 3 and idx = 40`.execute(db.kysely);
    const gapped = inner.filter((n) => n.level === 3 && n.index >= 32 && n.index < 64);

    await migrate(db);

    const log = await MerkleLog.open(new DbHashStore(new LedgerRepository(db.kysely)));
    expect(log.size).toBe(N);
    expect(hex(log.root())).toBe(hex(mem.root()));
    const rows = await db.kysely.selectFrom('ledger_hash_rows').select(['level', 'idx']).where('level', '=', 3).execute();
    expect(rows.map((r) => r.idx).sort((a, b) => a - b)).toEqual([0, 2, 3]); // 125 level-3 nodes: rows 0…3, row 1 left out
    expect(gapped.length).toBe(32);
    for (const i of [0, 1, 31, 32, 255, 256, 511, 999]) {
      const want = await mem.inclusionProof(i, N);
      const touchesGap = i >= 256 && i < 512; // level-3 nodes 32…63 cover leaves 256…511
      if (touchesGap) await expect(log.inclusionProof(i, N)).rejects.toMatchObject({ code: 'NODE_MISSING' });
      else expect((await log.inclusionProof(i, N)).map(hex)).toEqual(want.map(hex));
    }
    expect((await log.consistencyProof(200, N)).map(hex)).toEqual((await mem.consistencyProof(200, N)).map(hex));

    // Put the removed row back as the integrator would have written it, then append through it.
    await sql`insert into ledger_hash_rows (level, idx, hashes) values (3, 1, ${Buffer.concat(gapped.map((n) => n.hash))})`.execute(db.kysely);
    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log6.key'), origin: 'test.local/log', logger: quiet });
    await ledger.appendEntries(db.kysely, Array.from({ length: 77 }, (_, i) => ({ kind: 'new', ref: `new:${i}`, canonical: entry(N + i) })));
    expect((await ledger.integrate()).size).toBe(N + 77);
    await mem.appendBatch(leaves(N, 77));
    const after = await MerkleLog.open(new DbHashStore(new LedgerRepository(db.kysely)));
    expect(hex(after.root())).toBe(hex(mem.root()));
    expect(hex(await after.rootAt(N))).toBe(hex(await mem.rootAt(N)));
    expect((await after.inclusionProof(300, N + 77)).map(hex)).toEqual((await mem.inclusionProof(300, N + 77)).map(hex));
  });
});

describe('migration 0007 (write-once blocks)', () => {
  it('keeps every leaf of a log larger than one block, turns the queue into pending blocks and the integrator continues it', async () => {
    const N = 70_000; // blocks 0 (65,536 leaves) and 1 (4,464)
    const db = await openAt('0006-ledger-hash-rows');
    const mem = await MerkleLog.open(new MemoryHashStore());
    const inner = innerNodes(await mem.appendBatch(leaves(0, N)));
    await insertOldEntries(db, N);
    // Interior nodes straight into 0006's rows: 32 consecutive nodes of a level per row.
    const rows = new Map<string, { level: number; row: number; hashes: Uint8Array[] }>();
    for (const n of inner) {
      const key = `${n.level}:${Math.floor(n.index / 32)}`;
      const r = rows.get(key) ?? { level: n.level, row: Math.floor(n.index / 32), hashes: [] };
      r.hashes.push(n.hash);
      rows.set(key, r);
    }
    const rs = [...rows.values()];
    await sql`insert into ledger_hash_rows (level, idx, hashes)
      select l, i, decode(h, 'hex') from unnest(${rs.map((r) => r.level)}::int2[], ${rs.map((r) => r.row)}::int8[], ${rs.map((r) => hex(Buffer.concat(r.hashes)))}::text[]) as w(l, i, h)`.execute(db.kysely);
    // Queued: two fresh entries, a repeat of a queued one, a repeat of a logged one, a third fresh.
    await sql`insert into ledger_queue (kind, ref, canonical) values
      ('new', 'q:0', ${entry(N)}), ('new', 'q:1', ${entry(N + 1)}), ('new', 'q:0', '{"dup":1}'), ('old', 'old:5', '{"dup":2}'), ('new', 'q:2', ${entry(N + 2)})`.execute(db.kysely);

    await migrate(db);

    const repo = new LedgerRepository(db.kysely);
    const blocks = await db.kysely.selectFrom('ledger_blocks').select(['block', 'n', 'first_leaf']).orderBy('block').execute();
    expect(blocks).toEqual([
      { block: 0, n: 65_536, first_leaf: 0 },
      { block: 1, n: N - 65_536, first_leaf: 65_536 },
      { block: 2, n: 3, first_leaf: null },
    ]);
    const log = await MerkleLog.open(new DbHashStore(repo));
    expect(log.size).toBe(N);
    expect(hex(log.root())).toBe(hex(mem.root()));
    for (const i of [0, 65_535, 65_536, N - 1]) expect((await log.inclusionProof(i, N)).map(hex)).toEqual((await mem.inclusionProof(i, N)).map(hex));
    expect((await repo.entriesFrom(65_534, 4)).map((e) => [e.leafIndex, e.ref])).toEqual([65_534, 65_535, 65_536, 65_537].map((i) => [i, `old:${i}`]));
    expect(await repo.pendingCount()).toBe(3);

    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log7.key'), origin: 'test.local/log', logger: quiet });
    expect((await ledger.integrate()).size).toBe(N + 3);
    await mem.appendBatch(leaves(N, 3));
    const after = await MerkleLog.open(new DbHashStore(repo));
    expect(hex(after.root())).toBe(hex(mem.root()));
    expect((await repo.entriesFrom(N, 10)).map((e) => e.ref)).toEqual(['q:0', 'q:1', 'q:2']);
    // The unique (kind, ref) index covers the converted rows too.
    await expect(ledger.appendEntries(db.kysely, [{ kind: 'old', ref: 'old:65536', canonical: '{}' }])).rejects.toMatchObject({ code: 'LEDGER_DUPLICATE_ENTRY' });
    expect(await sql`select 1 from information_schema.tables where table_name = 'ledger_queue'`.execute(db.kysely).then((r) => r.rows.length)).toBe(0);
  });

  it('gives a leaf whose entry row was deleted an all-zero hash, which the audit reports', async () => {
    const db = await openAt('0006-ledger-hash-rows');
    await insertOldEntries(db, 10);
    await sql`delete from ledger_entries where leaf_index = 4`.execute(db.kysely);
    await migrate(db);
    const [piece] = await new LedgerRepository(db.kysely).nodes.leaves(0, 10);
    expect(piece?.hashes.length).toBe(10 * HASH_SIZE);
    expect(bytesEqual(piece?.hashes.subarray(4 * HASH_SIZE, 5 * HASH_SIZE) ?? new Uint8Array(), new Uint8Array(HASH_SIZE))).toBe(true);
    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log7b.key'), origin: 'test.local/log', logger: quiet });
    const audit = await ledger.audit();
    expect(audit.problems).toContainEqual(expect.objectContaining({ problem: 'index_gap', leafIndex: 4 }));
  });
});
