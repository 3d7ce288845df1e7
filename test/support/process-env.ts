/**
 * Settings for tests that run the product as real processes (server, CLI): a fresh data folder
 * and, in the PostgreSQL pass, a fresh database on the test server — the same choice of storage
 * the in-process tests make.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, DB_KIND, type TestDb } from './test-db.js';

export interface ProcessEnv {
  dataDir: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function createProcessEnv(prefix: string): Promise<ProcessEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env: Record<string, string> = { DATA_DIR: dataDir, XIAOBAO_KEK: randomBytes(32).toString('base64') };
  let pgDb: TestDb | null = null;
  if (DB_KIND === 'postgres') {
    pgDb = await createTestDb();
    await pgDb.db.close();
    if (pgDb.target.kind === 'postgres') env.DATABASE_URL = pgDb.target.url;
  }
  return {
    dataDir,
    env,
    async cleanup() {
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
