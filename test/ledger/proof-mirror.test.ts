/**
 * The proof mirror: a local copy of the node hashes that gives the same proofs as the database,
 * survives a torn write, belongs to one log and one process, and is never trusted: a proof
 * read from an edited mirror is not served, the database's is, and the mirror starts over.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leafHash, MemoryHashStore, MerkleLog, type HashStore, type NodeId } from '../../src/engines/merkle/index.js';
import { DbHashStore } from '../../src/ledger/db-hash-store.js';
import { createLedger, type Ledger } from '../../src/ledger/index.js';
import { LedgerRepository } from '../../src/ledger/ledger.repository.js';
import { fillMirror, MirroredHashStore } from '../../src/ledger/mirrored-hash-store.js';
import { ProofMirror } from '../../src/ledger/proof-mirror.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');
const b64 = (h: Uint8Array): string => Buffer.from(h).toString('base64');
const node = (fill: number, n = 1) => Buffer.alloc(32 * n, fill);
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `xb-mirror-${name}-`));

describe('ProofMirror files', () => {
  it('appends and reads nodes by level, refusing an append that does not continue its level', () => {
    const dir = tmp('files');
    const m = ProofMirror.open(dir, 'log+1+key') as ProofMirror;
    m.append(0, 0, Buffer.concat([node(1), node(2), node(3)]));
    m.append(1, 0, node(9));
    expect(m.count(0)).toBe(3);
    expect(m.get(0, 2)?.[0]).toBe(3);
    expect(m.get(0, 3)).toBeNull();
    expect(m.get(5, 0)).toBeNull();
    expect(() => m.append(0, 2, node(4))).toThrow(/does not continue/);
    expect(() => m.append(1, 1, Buffer.alloc(31))).toThrow(/does not continue/);
    m.close();
  });

  it('drops a torn last node on reopen, and empties itself for another log', () => {
    const dir = tmp('torn');
    const m = ProofMirror.open(dir, 'log+1+key') as ProofMirror;
    m.append(0, 0, Buffer.concat([node(1), node(2)]));
    m.close();
    fs.appendFileSync(path.join(dir, 'level-00.hashes'), Buffer.alloc(7, 0xff));
    const again = ProofMirror.open(dir, 'log+1+key') as ProofMirror;
    expect(again.count(0)).toBe(2);
    expect(fs.statSync(path.join(dir, 'level-00.hashes')).size).toBe(64);
    again.close();
    const other = ProofMirror.open(dir, 'other+2+key') as ProofMirror;
    expect(other.count(0)).toBe(0);
    other.close();
  });

  it('is held by one process: a live holder keeps it, a dead one loses it, and this process opens it once', () => {
    const dir = tmp('lock');
    const first = ProofMirror.open(dir, 'k') as ProofMirror;
    expect(ProofMirror.open(dir, 'k')).toBeNull();
    first.close();
    fs.writeFileSync(path.join(dir, 'mirror.lock'), String(process.ppid));
    expect(ProofMirror.open(dir, 'k')).toBeNull();
    const gone = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    fs.writeFileSync(path.join(dir, 'mirror.lock'), String(gone));
    const taken = ProofMirror.open(dir, 'k');
    expect(taken).not.toBeNull();
    expect(fs.readFileSync(path.join(dir, 'mirror.lock'), 'utf8')).toBe(String(process.pid));
    taken?.close();
  });

  it('empties every level on reset', () => {
    const m = ProofMirror.open(tmp('reset'), 'k') as ProofMirror;
    m.append(0, 0, node(1, 4));
    m.append(2, 0, node(2));
    m.reset();
    expect([m.count(0), m.count(2), m.get(0, 0)]).toEqual([0, 0, null]);
    m.append(0, 0, node(5));
    expect(m.get(0, 0)?.[0]).toBe(5);
    m.close();
  });
});

/** A HashStore that counts what is asked of it. */
class Counting implements HashStore {
  reads = 0;
  constructor(private readonly inner: HashStore) {}
  size = () => this.inner.size();
  putNodes = () => Promise.reject(new Error('read only'));
  getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    this.reads += ids.length;
    return this.inner.getNodes(ids);
  }
}

describe('the ledger with a proof mirror', () => {
  let tdb: TestDb;
  const dir = tmp('ledger');
  const errors: string[] = [];
  const logger = { info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => void errors.push(String(args[1])) };
  const mem = { log: null as MerkleLog | null };
  let ledger: Ledger;
  let size = 0;

  beforeAll(async () => {
    tdb = await createTestDb();
    ledger = await createLedger({ db: tdb.db, signerKeyFile: path.join(dir, 'log.key'), origin: 'test.local/log', logger, proofMirrorDir: path.join(dir, 'mirror') });
    mem.log = await MerkleLog.open(new MemoryHashStore());
  });
  afterAll(async () => {
    await ledger.close();
    await tdb.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function grow(n: number): Promise<void> {
    const entries = Array.from({ length: n }, (_, i) => ({ kind: 'test', ref: `r${size + i}`, canonical: `{"i":${size + i}}` }));
    await ledger.appendEntries(tdb.db.kysely, entries);
    size = (await ledger.integrate()).size;
    await mem.log?.appendBatch(entries.map((e) => leafHash(Buffer.from(e.canonical))));
  }

  const levelBytes = (level: number) => fs.statSync(path.join(dir, 'mirror', `level-${String(level).padStart(2, '0')}.hashes`)).size;

  it('is written by the integrator as it commits: every node of a complete subtree, and nothing more', async () => {
    expect(ledger.mirrored).toBe(true);
    for (const n of [5, 70, 1, 300, 33, 1100]) await grow(n);
    await ledger.stop(); // waits for any background copy
    for (let level = 0; 2 ** level <= size; level++) expect(levelBytes(level)).toBe(32 * Math.floor(size / 2 ** level));
  });

  it('serves consistency proofs equal to the database ones', async () => {
    const log = mem.log as MerkleLog;
    for (const old of [1, 2, 5, 64, 500, size - 1, size]) {
      const got = await ledger.consistencyFrom(old);
      expect(got.consistencyProof).toEqual((await log.consistencyProof(old, size)).map(b64));
    }
    expect(errors).toEqual([]);
  });

  it('never serves a proof from an edited mirror: the database answers and the mirror starts over', async () => {
    const log = mem.log as MerkleLog;
    const want = (await log.consistencyProof(5, size)).map(b64);
    // Flip one byte of every level-0 and level-1 node: whichever the proof reads is wrong.
    for (const level of [0, 1]) {
      const file = path.join(dir, 'mirror', `level-0${level}.hashes`);
      const bytes = fs.readFileSync(file);
      for (let i = 0; i < bytes.length; i += 32) bytes[i] = (bytes[i] as number) ^ 0xff;
      fs.writeFileSync(file, bytes);
    }
    const got = await ledger.consistencyFrom(5);
    expect(got.consistencyProof).toEqual(want);
    expect(errors).toEqual([expect.stringContaining('proof mirror disagrees with the signed checkpoint')]);
    await ledger.stop(); // the copy from the database, started by that request
    for (let level = 0; 2 ** level <= size; level++) expect(levelBytes(level)).toBe(32 * Math.floor(size / 2 ** level));
    errors.length = 0;
    expect((await ledger.consistencyFrom(5)).consistencyProof).toEqual(want);
    expect(errors).toEqual([]);
  });

  it('leaves the mirror alone when the database itself disagrees with the checkpoint', async () => {
    const before = levelBytes(0);
    const { rows } = await sql<{ root: Buffer }>`select root from ledger_checkpoints where size = ${size}`.execute(tdb.db.kysely);
    await sql`update ledger_checkpoints set root = ${Buffer.alloc(32)} where size = ${size}`.execute(tdb.db.kysely);
    try {
      await ledger.consistencyFrom(5);
      expect(errors).toEqual([expect.stringContaining('do not verify against the signed checkpoint')]);
      await ledger.stop();
      expect(levelBytes(0)).toBe(before);
    } finally {
      await sql`update ledger_checkpoints set root = ${rows[0]?.root} where size = ${size}`.execute(tdb.db.kysely);
      errors.length = 0;
    }
  });

  it('lets a second reader copy the log and prove from its files alone', async () => {
    const repo = new LedgerRepository(tdb.db.kysely);
    const mirror = ProofMirror.open(tmp('reader'), ledger.verifierKey) as ProofMirror;
    const partial = await fillMirror(mirror, repo.nodes, 700);
    expect(partial).toBeGreaterThan(700);
    const copied = await fillMirror(mirror, repo.nodes, size);
    expect(partial + copied).toBe(Array.from({ length: 12 }, (_, l) => Math.floor(size / 2 ** l)).reduce((a, b) => a + b));
    const database = new Counting(new DbHashStore(repo));
    const reader = await MerkleLog.open(new MirroredHashStore(mirror, database));
    const log = mem.log as MerkleLog;
    expect(hex(reader.root())).toBe(hex(log.root()));
    for (let i = 0; i < size; i += 97) {
      expect((await reader.inclusionProof(i, size)).map(hex)).toEqual((await log.inclusionProof(i, size)).map(hex));
      expect((await reader.consistencyProof(1 + i, size)).map(hex)).toEqual((await log.consistencyProof(1 + i, size)).map(hex));
    }
    expect(database.reads).toBe(0);
    // Nodes it lacks (here: a mirror emptied meanwhile) come from the database.
    mirror.reset();
    expect((await reader.inclusionProof(3, size)).map(hex)).toEqual((await log.inclusionProof(3, size)).map(hex));
    expect(database.reads).toBeGreaterThan(0);
    mirror.close();
  });
});
