/** Builds the real app on a test database with one signed-in user per role. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { buildApp, type App } from '../../src/app/build-app.js';
import { loadConfig, type Config } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { ROLES, type StaffRole } from '../../src/auth/roles.js';
import type { Notification, NotifierPort, TriagePort, UrgentHookPort } from '../../src/complaints/ports.js';
import { createTestDb, type TestDb } from './test-db.js';

export interface TestApp {
  app: App;
  config: Config;
  testDb: TestDb;
  tokens: Record<StaffRole, string>;
  users: Record<StaffRole, string>;
  sent: Notification[];
  logs: string[];
  clock: { now: Date };
  close(): Promise<void>;
}

export async function createTestApp(opts: { triage?: TriagePort | null; urgentHook?: UrgentHookPort | null; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-test-'));
  const config = loadConfig({}, { DATA_DIR: dataDir, XIAOBAO_KEK: randomBytes(32).toString('base64'), LOG_LEVEL: 'info', SESSION_HOURS: '720', ...opts.env });
  const testDb = await createTestDb();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  const sent: Notification[] = [];
  const notifier: NotifierPort = { send: async (n) => void sent.push(n) };
  const clock = { now: new Date() };
  const app = await buildApp({
    config,
    db: testDb.db,
    logger: createLogger('info', sink),
    notifier,
    ...(opts.triage !== undefined ? { triage: opts.triage } : {}),
    ...(opts.urgentHook !== undefined ? { urgentHook: opts.urgentHook } : {}),
    clock: () => new Date(clock.now),
  });
  const tokens = {} as Record<StaffRole, string>;
  const users = {} as Record<StaffRole, string>;
  for (const role of ROLES) {
    const password = `pw-${role}-${randomBytes(6).toString('hex')}`;
    const u = await app.services.auth.createUser({ username: `t-${role}`, displayName: role, role, password });
    users[role] = u.id;
    tokens[role] = (await app.services.auth.login(`t-${role}`, password)).token;
  }
  return {
    app,
    config,
    testDb,
    tokens,
    users,
    sent,
    logs,
    clock,
    async close() {
      await app.fastify.close();
      await app.ledger.close();
      await testDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });
