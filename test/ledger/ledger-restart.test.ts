/**
 * The integrator across restarts: every stored checkpoint is consistent with the ones before it,
 * and a database rewritten behind the log's back never gets a new signature. Also duplicate
 * submissions and proofs read from the database store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64, leafHash, openNote, parseCheckpoint, parseVerifierKey, referenceRoot, verifyConsistency } from '../../src/engines/merkle/index.js';
import { createLedger, type Ledger } from '../../src/ledger/index.js';
import { isDuplicateEntry, LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

let tdb: TestDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-'));
const keyFile = path.join(dir, 'keys/log-signer.key');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const open = (maxBatch?: number): Promise<Ledger> => createLedger({ db: tdb.db, signerKeyFile: keyFile, origin: 'test.local/log', logger: quiet, ...(maxBatch ? { maxBatch } : {}) });
const entries = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'test', ref: `${prefix}-${i}`, canonical: `{"n":${i},"p":"${prefix}"}` }));

beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(async () => {
  await tdb.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function checkpoints(vkey: string) {
  const rows = await tdb.db.kysely.selectFrom('ledger_checkpoints').select(['size', 'note']).orderBy('size').execute();
  return rows.map((r) => parseCheckpoint(openNote(r.note, [parseVerifierKey(vkey)]).text));
}

describe('ledger integrator', () => {
  it('creates the key file once with mode 0600 and reuses it', async () => {
    const a = await open();
    const b = await open();
    expect(a.verifierKey).toBe(b.verifierKey);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('signs only consistent checkpoints across restarts, in batches, with roots matching a reference tree', async () => {
    // A batch takes whole appended blocks, up to the first that reaches maxBatch.
    const appendIn = async (l: Ledger, prefix: string, sizes: number[]) => {
      let done = 0;
      for (const n of sizes) {
        await l.appendEntries(tdb.db.kysely, entries(prefix, done + n).slice(done));
        done += n;
      }
    };
    const first = await open(7);
    await appendIn(first, 'a', [4, 3, 7, 6]);
    expect((await first.integrate()).size).toBe(20);
    const second = await open(5); // a "restarted" process: nothing carried over in memory
    await appendIn(second, 'b', [6, 5, 2]);
    expect(await second.integrate()).toEqual({ integrated: 13, size: 33 });
    const cps = await checkpoints(second.verifierKey);
    expect(cps.map((c) => c.size)).toEqual([7, 14, 20, 26, 31, 33]);
    for (let i = 1; i < cps.length; i++) {
      const prev = cps[i - 1];
      if (!prev || prev.size === 0) continue;
      const { checkpoint, consistencyProof } = await second.consistencyFrom(prev.size);
      expect(parseCheckpoint(openNote(checkpoint, [second.verifierKey]).text).size).toBe(33);
      const last = cps.at(-1);
      expect(last && verifyConsistency(prev.size, 33, consistencyProof.map((p) => decodeBase64(p, 'p', 'INVALID_HASH')), prev.root, last.root).ok).toBe(true);
    }
    const leaves = [...entries('a', 20), ...entries('b', 13)].map((e) => leafHash(Buffer.from(e.canonical)));
    expect(Buffer.from(referenceRoot(leaves)).equals(Buffer.from(cps.at(-1)?.root ?? []))).toBe(true);
  });

  it('refuses a duplicate submission, queued or already logged', async () => {
    const l = await open();
    const cases = [entries('a', 1), entries('dup', 2).concat(entries('a', 1))];
    for (const batch of cases) await expect(l.appendEntries(tdb.db.kysely, batch)).rejects.toMatchObject({ code: 'LEDGER_DUPLICATE_ENTRY' });
    await l.appendEntries(tdb.db.kysely, entries('q', 1));
    await expect(l.appendEntries(tdb.db.kysely, entries('q', 1))).rejects.toMatchObject({ code: 'LEDGER_DUPLICATE_ENTRY' });
    const before = (await l.integrate()).size;
    // Repeated within one submission, or bypassing the check (a race between two submitters):
    // the database refuses the append, so nothing of it is acknowledged or logged.
    await expect(l.appendEntries(tdb.db.kysely, [...entries('twice', 2), ...entries('twice', 1)])).rejects.toMatchObject({ code: 'LEDGER_DUPLICATE_ENTRY' });
    const raw = new LedgerRepository(tdb.db.kysely);
    await expect(raw.enqueue([...entries('race', 2), ...entries('a', 1)], 'database')).rejects.toSatisfy(isDuplicateEntry);
    await raw.enqueue(entries('race', 2), 'database');
    await expect(raw.enqueue(entries('race', 1), 'database')).rejects.toSatisfy(isDuplicateEntry);
    expect((await l.integrate()).size).toBe(before + 2);
    expect((await l.audit()).ok).toBe(true);
  });

  const rewrites: Array<{ name: string; rewrite: () => Promise<void> }> = [
    {
      name: 'a rewritten history of the same length',
      rewrite: async () => {
        const k = tdb.db.kysely;
        const n = (await k.selectFrom('ledger_entries').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0;
        await sql`truncate ledger_entries, ledger_blocks, ledger_hash_rows`.execute(k);
        await (await open()).appendEntries(k, entries('forged', Number(n) + 2));
      },
    },
    {
      name: 'a shorter history',
      rewrite: async () => {
        await sql`truncate ledger_entries, ledger_blocks, ledger_hash_rows`.execute(tdb.db.kysely);
        await (await open()).appendEntries(tdb.db.kysely, entries('short', 3));
      },
    },
  ];
  for (const r of rewrites) {
    it(`never signs ${r.name}`, async () => {
      const l = await open();
      const before = await checkpoints(l.verifierKey);
      await r.rewrite();
      await expect((await open()).integrate()).rejects.toMatchObject({ code: 'INCONSISTENT_CHECKPOINT' });
      expect(await checkpoints(l.verifierKey)).toEqual(before);
      const audit = await l.audit();
      expect(audit.ok).toBe(false);
      expect(audit.problems.map((p) => p.problem)).toContain('integrator');
      await sql`delete from ledger_blocks where first_leaf is null`.execute(tdb.db.kysely);
    });
  }
});
