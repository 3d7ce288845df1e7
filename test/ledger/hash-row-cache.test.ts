/**
 * The proof reader's row cache stays within its bound, keeps the top levels, and serves a cached
 * partial row only for the nodes it holds: rows grow to the right as the log does, so a store
 * reading through one cache while the log grows must give the same proofs as a fresh one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leafHash, MemoryHashStore, MerkleLog, readTile, tilesForSize } from '../../src/engines/merkle/index.js';
import { DbHashStore } from '../../src/ledger/db-hash-store.js';
import { HashRowCache } from '../../src/ledger/hash-row-cache.js';
import { createLedger } from '../../src/ledger/index.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const row = (nodes: number, fill: number) => Buffer.alloc(nodes * 32, fill);
const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

describe('HashRowCache', () => {
  it('keeps the top levels within its bound: a higher row displaces a lower one, never the reverse', () => {
    const c = new HashRowCache(2);
    c.put(1, 0, row(32, 1));
    c.put(3, 0, row(32, 3));
    c.put(2, 5, row(32, 2)); // displaces the level-1 row
    expect(c.get(1, 0, 0)).toBeNull();
    c.put(1, 9, row(32, 1)); // lower than everything cached: not kept
    expect(c.get(1, 9, 0)).toBeNull();
    c.put(2, 6, row(32, 2)); // as low as the lowest cached: not kept either
    expect(c.get(2, 6, 0)).toBeNull();
    expect(c.get(2, 5, 31)?.[0]).toBe(2);
    expect(c.get(3, 0, 0)?.[0]).toBe(3);
  });

  it('serves a partial row only for the nodes it holds, and takes the longer row on refresh', () => {
    const c = new HashRowCache(4);
    c.put(3, 7, row(5, 9));
    expect(c.get(3, 7, 4)?.length).toBe(5 * 32);
    expect(c.get(3, 7, 5)).toBeNull();
    c.put(3, 7, row(6, 9));
    expect(c.get(3, 7, 5)?.length).toBe(6 * 32);
  });

  it('says whether put() would keep a row of a level', () => {
    const c = new HashRowCache(2);
    expect(c.keeps(1, 0)).toBe(true);
    c.put(2, 0, row(32, 2));
    c.put(3, 0, row(5, 3));
    expect(c.keeps(2, 1)).toBe(false); // full, nothing lower to displace
    expect(c.keeps(3, 1)).toBe(true); // would displace the level-2 row
    c.put(3, 1, row(32, 3));
    expect(c.get(2, 0, 0)).toBeNull();
    expect(c.keeps(3, 2)).toBe(false);
    expect(c.keeps(3, 0)).toBe(true); // cached already: a longer copy replaces it
    expect(c.keeps(4, 0)).toBe(true);
  });
});

describe('DbHashStore with a row cache', () => {
  let tdb: TestDb;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ledger-cache-'));
  beforeAll(async () => {
    tdb = await createTestDb();
  });
  afterAll(async () => {
    await tdb.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the proofs of a fresh store while the log grows under it', async () => {
    const ledger = await createLedger({ db: tdb.db, signerKeyFile: path.join(dir, 'log.key'), origin: 'test.local/log', logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    const repo = new LedgerRepository(tdb.db.kysely);
    const cached = new DbHashStore(repo, new HashRowCache(64));
    const tiny = new DbHashStore(repo, new HashRowCache(2));
    const mem = await MerkleLog.open(new MemoryHashStore());
    let size = 0;
    for (const n of [5, 70, 1, 300, 33, 1100]) {
      const entries = Array.from({ length: n }, (_, i) => ({ kind: 'test', ref: `r${size + i}`, canonical: `{"i":${size + i}}` }));
      await ledger.appendEntries(tdb.db.kysely, entries);
      size = (await ledger.integrate()).size;
      await mem.appendBatch(entries.map((e) => leafHash(Buffer.from(e.canonical))));
      // A roomy cache, and one full from the start (grown rows it holds, slots of the others).
      for (const store of [cached, tiny]) {
        const log = await MerkleLog.open(store);
        expect(hex(log.root())).toBe(hex(mem.root()));
        for (const i of [0, size >> 1, size - 1]) expect((await log.inclusionProof(i, size)).map(hex)).toEqual((await mem.inclusionProof(i, size)).map(hex));
        if (size > 1) expect((await log.consistencyProof(size - 1, size)).map(hex)).toEqual((await mem.consistencyProof(size - 1, size)).map(hex));
      }
    }
  });

  it('reads single slots of the rows a full cache does not keep, with the same proofs and tiles', async () => {
    const repo = new LedgerRepository(tdb.db.kysely);
    // Three rows: full after the first proof, so the bottom rows of later proofs are read as slots.
    const tiny = new DbHashStore(repo, new HashRowCache(3));
    const log = await MerkleLog.open(tiny);
    const size = log.size;
    expect(size).toBeGreaterThan(1000);
    const leaves = Buffer.concat((await repo.nodes.leaves(0, size)).map((p) => p.hashes));
    const memStore = new MemoryHashStore();
    const mem = await MerkleLog.open(memStore);
    await mem.appendBatch(leaves);
    expect(hex(log.root())).toBe(hex(mem.root()));
    for (let i = 0; i < size; i += 37) {
      expect((await log.inclusionProof(i, size)).map(hex)).toEqual((await mem.inclusionProof(i, size)).map(hex));
      expect((await log.consistencyProof(1 + (i % (size - 1)), size)).map(hex)).toEqual((await mem.consistencyProof(1 + (i % (size - 1)), size)).map(hex));
    }
    // A tile asks for up to 256 nodes of a level: several slots of one row, read as one range.
    for (const t of tilesForSize(size)) expect(hex(await readTile(tiny, t))).toBe(hex(await readTile(memStore, t)));
  });
});
