/**
 * Nothing acknowledged is lost: file complaints against a real server process, kill -9 it while
 * requests are still in flight, restart it on the same data, and find every acknowledged
 * complaint. Runs on PGlite (a data folder) or, in the PostgreSQL pass, on a PostgreSQL database.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { startServerProcess, waitForExit } from '../support/server-process.js';
import { createProcessEnv, type ProcessEnv } from '../support/process-env.js';
import { DB_KIND } from '../support/test-db.js';

let procEnv: ProcessEnv | null = null;
afterAll(async () => procEnv?.cleanup());

describe(`kill -9 durability (${DB_KIND})`, () => {
  it('keeps every acknowledged complaint across a crash and restart', async () => {
    procEnv = await createProcessEnv('xb-kill9-');
    const { env, dataDir } = procEnv;
    const server = await startServerProcess(env);
    const acked = new Set<string>();
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await fetch(`${server.url}/api/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ channel: 'api', text: `第${w}-${i}号投诉：本月重复扣款，请核实退款。`, consumer: { name: '周八', phone: '13600001234' } }),
          });
          if (r.status === 201) acked.add(((await r.json()) as { id: string }).id);
        } catch {
          return; // the server died mid-request: that request was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (acked.size < 60) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    await waitForExit(server.child);
    stop = true;
    await Promise.all(workers);
    expect(acked.size).toBeGreaterThanOrEqual(60);

    // The database must come back and hold every acknowledged complaint.
    const restarted = await startServerProcess(env);
    const health = await fetch(`${restarted.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    restarted.child.kill('SIGTERM');
    await waitForExit(restarted.child);

    const db = await openDatabase(env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const rows = await db.kysely.selectFrom('complaints').select('id').execute();
      const stored = new Set(rows.map((r) => r.id));
      const lost = [...acked].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      const events = await db.kysely.selectFrom('complaint_events').select('complaint_id').where('seq', '=', 1).execute();
      const withEvent = new Set(events.map((e) => e.complaint_id));
      expect([...acked].filter((id) => !withEvent.has(id))).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
