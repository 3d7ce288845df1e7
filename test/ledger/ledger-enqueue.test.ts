/**
 * Enqueue sends each column as ONE separator-joined text (falling back to text[] when a value
 * contains the separator): any string must come back from the log exactly as it went in, in
 * order, with the RFC 6962 leaf hash of its UTF-8 bytes (computed by the writer).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesEqual, leafHash } from '../../src/engines/merkle/index.js';
import { createLedger, type Ledger } from '../../src/ledger/index.js';
import { leafAt } from '../../src/ledger/db-hash-store.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

let tdb: TestDb;
let ledger: Ledger;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-enqueue-'));

beforeAll(async () => {
  tdb = await createTestDb();
  ledger = await createLedger({ db: tdb.db, signerKeyFile: path.join(dir, 'log.key'), origin: 'test.local/log', logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
});
afterAll(async () => {
  await tdb.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const AWKWARD = ['', ' ', '"', '\\', '\\"', '{', '}', '{}', ',', '{"a":"b,c"}', 'NULL', 'null', '\\N', '\n', '\r\n', '\t', "'", '\u0001', '\u001f', '\u007f', '\u2028', '手机号', '😀', 'é', 'a'.repeat(5000)];

describe('ledger enqueue', () => {
  it('stores any strings exactly, on the joined path and on the array fallback', async () => {
    const joined = AWKWARD.map((s, i) => ({ kind: `k${s}`, ref: `r${i}${s}`, canonical: s }));
    const withSeparator = ['\u001e', 'a\u001eb', '\u001e\u001e', ''].map((s, i) => ({ kind: `sep${s}`, ref: `s${i}${s}`, canonical: `x${s}` }));
    await ledger.appendEntries(tdb.db.kysely, joined);
    await ledger.appendEntries(tdb.db.kysely, withSeparator);
    await ledger.appendEntries(tdb.db.kysely, [{ kind: '', ref: '', canonical: '' }]);
    await ledger.integrate();
    const want = [...joined, ...withSeparator, { kind: '', ref: '', canonical: '' }];
    const repo = new LedgerRepository(tdb.db.kysely);
    const got = await repo.entriesFrom(0, 1000);
    expect(got.map((e) => ({ kind: e.kind, ref: e.ref, canonical: e.canonical }))).toEqual(want);
    expect(got.map((e) => e.leafIndex)).toEqual(want.map((_, i) => i));
    const stored = await repo.nodes.leaves(0, got.length);
    for (const e of got) expect(bytesEqual(leafAt(stored, e.leafIndex) ?? new Uint8Array(), leafHash(Buffer.from(e.canonical, 'utf8')))).toBe(true);
  });
});
