/**
 * Migration 0006 converts a log stored one row per interior node (0002) into node rows in place:
 * afterwards the same root, the same proofs, and the integrator carries on from it; a node row
 * with a gap (tampering) is left out rather than shifted, so proofs through it fail loudly.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Db } from '../../src/db/client.js';
import { migrations } from '../../src/db/migrations/index.js';
import { bytesEqual, leafHash, MemoryHashStore, MerkleLog } from '../../src/engines/merkle/index.js';
import { createLedger } from '../../src/ledger/index.js';
import { DbHashStore } from '../../src/ledger/db-hash-store.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { PG_URL } from '../support/test-db.js';

const N = 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-migration-'));
let db: Db;
let dropDb: () => Promise<void> = async () => undefined;

/** An unmigrated database: this test needs to stop at 0005, which createTestDb cannot. */
async function openBare(): Promise<Db> {
  if (!PG_URL) return openDatabase({ kind: 'pglite', dataDir: null });
  const name = `xb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  dropDb = async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 2 });
}

const entry = (i: number) => `{"old":${i}}`;

beforeAll(async () => {
  db = await openBare();
  const { error } = await new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } }).migrateTo('0005-pii-reveals');
  if (error) throw error;
});
afterAll(async () => {
  await db.close();
  await dropDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0006 (interior nodes in rows)', () => {
  it('keeps the root and every proof of an existing log, and the integrator continues it', async () => {
    const mem = await MerkleLog.open(new MemoryHashStore());
    const plan = await mem.appendBatch(Array.from({ length: N }, (_, i) => leafHash(Buffer.from(entry(i)))));
    const inner = plan.nodesToStore.filter((n) => n.level > 0);
    await sql`insert into ledger_entries (leaf_index, kind, ref, canonical, leaf_hash)
      select i, 'old', 'old:' || i, '{"old":' || i || '}', sha256('\\x00'::bytea || convert_to('{"old":' || i || '}', 'UTF8'))
      from generate_series(0, ${N - 1}) as i`.execute(db.kysely);
    await sql`insert into ledger_nodes (level, idx, hash)
      select l, i, decode(h, 'hex') from unnest(${inner.map((n) => n.level)}::int2[], ${inner.map((n) => n.index)}::int8[], ${inner.map((n) => Buffer.from(n.hash).toString('hex'))}::text[]) as w(l, i, h)`.execute(db.kysely);
    // A gap in level 3, row 1 (nodes 32…63): that row must not be built from the rest.
    await sql`delete from ledger_nodes where level = 3 and idx = 40`.execute(db.kysely);
    const gapped = inner.filter((n) => n.level === 3 && n.index >= 32 && n.index < 64);

    await migrate(db);

    const log = await MerkleLog.open(new DbHashStore(new LedgerRepository(db.kysely)));
    expect(log.size).toBe(N);
    expect(bytesEqual(log.root(), mem.root())).toBe(true);
    const rows = await db.kysely.selectFrom('ledger_hash_rows').select(['level', 'idx']).where('level', '=', 3).execute();
    expect(rows.map((r) => r.idx).sort((a, b) => a - b)).toEqual([0, 2, 3]); // 125 level-3 nodes: rows 0…3, row 1 left out
    expect(gapped.length).toBe(32);
    for (const i of [0, 1, 31, 32, 255, 256, 511, 999]) {
      const want = await mem.inclusionProof(i, N);
      const touchesGap = i >= 256 && i < 512; // level-3 nodes 32…63 cover leaves 256…511
      if (touchesGap) await expect(log.inclusionProof(i, N)).rejects.toMatchObject({ code: 'NODE_MISSING' });
      else expect((await log.inclusionProof(i, N)).map((h) => Buffer.from(h).toString('hex'))).toEqual(want.map((h) => Buffer.from(h).toString('hex')));
    }
    expect((await log.consistencyProof(200, N)).map((h) => Buffer.from(h).toString('hex'))).toEqual((await mem.consistencyProof(200, N)).map((h) => Buffer.from(h).toString('hex')));

    // Put the removed row back as the integrator would have written it, then append through it.
    await sql`insert into ledger_hash_rows (level, idx, hashes) values (3, 1, ${Buffer.concat(gapped.map((n) => n.hash))})`.execute(db.kysely);
    const ledger = await createLedger({ db, signerKeyFile: path.join(dir, 'log.key'), origin: 'test.local/log', logger: { info: () => undefined, error: () => undefined } });
    await ledger.appendEntries(db.kysely, Array.from({ length: 77 }, (_, i) => ({ kind: 'new', ref: `new:${i}`, canonical: entry(N + i) })));
    expect((await ledger.integrate()).size).toBe(N + 77);
    await mem.appendBatch(Array.from({ length: 77 }, (_, i) => leafHash(Buffer.from(entry(N + i)))));
    const after = await MerkleLog.open(new DbHashStore(new LedgerRepository(db.kysely)));
    expect(bytesEqual(after.root(), mem.root())).toBe(true);
    expect(bytesEqual(await after.rootAt(N), await mem.rootAt(N))).toBe(true);
    expect((await after.inclusionProof(300, N + 77)).map((h) => Buffer.from(h).toString('hex'))).toEqual((await mem.inclusionProof(300, N + 77)).map((h) => Buffer.from(h).toString('hex')));
  });
});
