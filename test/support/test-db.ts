/**
 * Test databases. By default each test file gets a fresh in-memory PGlite; with
 * XIAOBAO_TEST_DATABASE_URL set (the PostgreSQL pass in CI) it gets a fresh database on that
 * server, dropped afterwards. Same migrations either way.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Db, type DatabaseTarget } from '../../src/db/client.js';

export const PG_URL = process.env.XIAOBAO_TEST_DATABASE_URL;
export const DB_KIND: 'postgres' | 'pglite' = PG_URL ? 'postgres' : 'pglite';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDb {
  db: Db;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A migrated, empty database. `dataDir` only applies to PGlite (null = in memory). */
export async function createTestDb(dataDir: string | null = null): Promise<TestDb> {
  if (PG_URL) {
    const name = `xb_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target: DatabaseTarget = { kind: 'postgres', url: withDatabase(PG_URL, name), poolSize: 10 };
    const db = await openDatabase(target);
    await migrate(db);
    return {
      db,
      target,
      async drop() {
        await db.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const target: DatabaseTarget = { kind: 'pglite', dataDir };
  const db = await openDatabase(target);
  await migrate(db);
  return { db, target, drop: () => db.close() };
}
