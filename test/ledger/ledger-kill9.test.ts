/**
 * Nothing acknowledged is lost on the write-once path: kill -9 a process while it appends blocks
 * and integrates them, restart on the same data, and every acknowledged entry is in the log
 * exactly once, every stored checkpoint is consistent with the final one, and the audit passes.
 * Runs on PGlite (a data folder) or, in the PostgreSQL pass, on a PostgreSQL database.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { decodeBase64, openNote, parseCheckpoint, verifyConsistency } from '../../src/engines/merkle/index.js';
import { createLedger } from '../../src/ledger/index.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { createProcessEnv, type ProcessEnv } from '../support/process-env.js';
import { ROOT, waitForExit } from '../support/server-process.js';
import { DB_KIND } from '../support/test-db.js';

let procEnv: ProcessEnv | null = null;
afterAll(async () => procEnv?.cleanup());

describe(`ledger kill -9 durability (${DB_KIND})`, () => {
  it('keeps every acknowledged entry, once, across a crash mid-append and mid-integration', async () => {
    procEnv = await createProcessEnv('xb-ledger-kill9-');
    const { env, dataDir } = procEnv;
    const keyFile = path.join(dataDir, 'log.key');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.js'), path.join(ROOT, 'test/ledger/kill9-appender.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', KEY_FILE: keyFile, PGLITE_DIR: path.join(dataDir, 'pglite'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked = new Map<string, number>();
    let integrated = 0;
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString('utf8')));
    let partial = '';
    child.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const [what, a, b] = line.split(' ');
        if (what === 'ack' && a && b) acked.set(a, Number(b));
        if (what === 'size' && a) integrated = Number(a);
      }
    });
    const started = Date.now();
    while ((integrated < 5000 || acked.size < 100) && child.exitCode === null) {
      if (Date.now() - started > 90_000) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await waitForExit(child);
    expect(errors).toBe('');
    expect(integrated).toBeGreaterThanOrEqual(5000);

    const db = await openDatabase(env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const ledger = await createLedger({ db, signerKeyFile: keyFile, origin: 'test.local/log', logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
      const { size } = await ledger.integrate();
      const repo = new LedgerRepository(db.kysely);
      const ackedCount = [...acked.values()].reduce((a, b) => a + b, 0);
      expect(size).toBeGreaterThanOrEqual(ackedCount);
      for (const [prefix, n] of acked) {
        const refs = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
        expect([prefix, (await repo.entriesByRefs('test', refs)).length]).toEqual([prefix, n]);
      }
      const logged = await repo.entriesFrom(0, size);
      expect(new Set(logged.map((e) => e.ref)).size).toBe(size);

      const notes = await db.kysely.selectFrom('ledger_checkpoints').select('note').orderBy('size').execute();
      const cps = notes.map((r) => parseCheckpoint(openNote(r.note, [ledger.verifierKey]).text));
      const last = cps.at(-1);
      expect(last?.size).toBe(size);
      for (const cp of cps) {
        if (!last || cp.size === 0 || cp.size === last.size) continue;
        const proof = (await ledger.consistencyFrom(cp.size)).consistencyProof.map((p) => decodeBase64(p, 'proof', 'INVALID_HASH'));
        expect([cp.size, verifyConsistency(cp.size, last.size, proof, cp.root, last.root).ok]).toEqual([cp.size, true]);
      }
      const audit = await ledger.audit();
      expect(audit.problems).toEqual([]);
      expect(audit.pending).toBe(0);
    } finally {
      await db.close();
    }
  }, 150_000);
});
