/**
 * Opens the database the configuration names: PostgreSQL when a URL is given, otherwise embedded
 * PGlite in a folder (or in memory for tests). Both speak the same SQL and run the same migrations.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { PgliteDialect } from './pglite-dialect.js';
import { GENERIC_PLANS, preparingPool } from './prepared.js';
import type { Database } from './schema.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null };

export interface Db {
  kind: DatabaseTarget['kind'];
  kysely: Kysely<Database>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const BYTEA_OID = 17;

export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      options: GENERIC_PLANS,
      max: target.poolSize ?? 20,
      // Counters and sizes fit in a double; strings would leak into the domain as '42'.
      types: { getTypeParser: (oid, format) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig,
    });
    // An idle connection the server drops (restart, failover, admin kill) is discarded by the
    // pool and replaced on next use; unhandled, its 'error' event would crash the process.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
    return { kind: 'postgres', kysely, close: () => kysely.destroy() };
  }
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    // Same JS types as node-postgres gives: numbers for int8, Buffers for bytea.
    parsers: { [INT8_OID]: (v: string) => Number(v), [BYTEA_OID]: (v: string) => Buffer.from(v.slice(2), 'hex') },
    // A Uint8Array parameter goes as binary, as node-postgres sends a Buffer: PGlite's own bytea
    // serializer builds a hex string one byte at a time (milliseconds for the ledger's batches).
    serializers: { [BYTEA_OID]: (v) => v },
  });
  const kysely = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    kind: 'pglite',
    kysely,
    close: async () => {
      await kysely.destroy();
      await pglite.close();
    },
  };
}

/** Brings the schema up to date; safe to call on every start and from several processes. */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
