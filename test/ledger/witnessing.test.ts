/**
 * Getting the log witnessed (LEDGER_WITNESSES), with real parts on PGlite or PostgreSQL
 * (XIAOBAO_TEST_DATABASE_URL): Xiaobao witness apps listening on 127.0.0.1, a lender's app and
 * ledgers configured with them, a hanging TCP server, a proxy that tampers with cosignatures.
 * First cosignature from 0, growth with consistency proofs, what /log/checkpoint and receipts
 * carry, 409 resyncs (lost state, restored backup, ahead of the row), a witness ahead of the
 * log, wrong keys and forged signatures, witnesses down or hanging, the background loop, the
 * conditional write and `xiaobao ledger cosign` (the configuration file: witness-config.test.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app/build-app.js';
import { loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { migrate, openDatabase } from '../../src/db/client.js';
import { generateCosignerKeys, generateNoteKeys, noteText, parseCosignatureVerifierKey, verifyCosignature, verifyNote } from '../../src/engines/merkle/index.js';
import { CosignatureRepository } from '../../src/ledger/cosignature.repository.js';
import { createLedger, verifyReceiptFile, type CosignOutcome, type Ledger, type LedgerWitness } from '../../src/ledger/index.js';
import { lineBy, port, runCli as cli, sigLines, sizeOf, startWitness as startWitnessTrusting, type RunningWitness } from '../support/ledger-witnesses.js';
import { createProcessEnv } from '../support/process-env.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDb, DB_KIND, type TestDb } from '../support/test-db.js';

const ORIGIN = 'lender.example/log';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-witnessing-'));
const logKeyFile = path.join(dir, 'lender-log.key');
const logKeys = generateNoteKeys(ORIGIN);
fs.writeFileSync(logKeyFile, `${logKeys.signerKey}\n${logKeys.verifierKey}\n`, { mode: 0o600 });
const trustedLogs = path.join(dir, 'trusted-logs.txt');
fs.writeFileSync(trustedLogs, `${logKeys.verifierKey}\n`);

const startWitness = (name: string): Promise<RunningWitness> => startWitnessTrusting(name, trustedLogs);

/** A TCP server that accepts connections and never answers. */
async function hangingServer(at = 0): Promise<{ port: number; accepted(): number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((s) => {
    accepted++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(at, '127.0.0.1', resolve));
  return {
    port: port(server),
    accepted: () => accepted,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The witness's stored size for the lender's log (null: it has no state for it). */
async function witnessSize(w: RunningWitness): Promise<number | null> {
  const r = await w.t.testDb.db.kysely.selectFrom('witness_checkpoints').select('size').where('origin', '=', ORIGIN).executeTakeFirst();
  return r?.size ?? null;
}

/** A pino logger (the real one) writing JSON lines into `lines`. */
function capturingLogger(lines: string[]) {
  return createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        cb();
      },
    }),
  );
}

type LogLine = { level: number; msg: string } & Record<string, unknown>;
const parsed = (lines: readonly string[]): LogLine[] => lines.flatMap((l) => l.split('\n').filter(Boolean)).map((l) => JSON.parse(l) as LogLine);
const logged = (lines: readonly string[], msg: string): LogLine[] => parsed(lines).filter((l) => l.msg === msg);

interface Lender {
  tdb: TestDb;
  ledger: Ledger;
  logs: string[];
}

const lenders: Lender[] = [];
let counter = 0;

/** A ledger of the lender's log (same key and origin) in a database of its own. */
async function openLender(witnesses: LedgerWitness[], extra: { witnessTimeoutMs?: number; witnessIntervalMs?: number; tdb?: TestDb } = {}): Promise<Lender> {
  const tdb = extra.tdb ?? (await createTestDb());
  const logs: string[] = [];
  const ledger = await createLedger({ db: tdb.db, signerKeyFile: logKeyFile, origin: ORIGIN, logger: capturingLogger(logs), witnesses, ...extra });
  const l = { tdb, ledger, logs };
  lenders.push(l);
  return l;
}

/** Appends n entries and integrates them; returns the new size. */
async function grow(ledger: Ledger, db: TestDb['db'], n: number): Promise<number> {
  const entries = Array.from({ length: n }, () => ({ kind: 'witnessing-test', ref: `e-${counter++}`, canonical: `{"n":${counter}}` }));
  await ledger.appendEntries(db.kysely, entries);
  return (await ledger.integrate()).size;
}

async function rows(tdb: TestDb): Promise<Array<{ witness: string; size: number }>> {
  return tdb.db.kysely.selectFrom('ledger_cosignatures').select(['witness', 'size']).orderBy('witness').execute();
}

function only(outcomes: CosignOutcome[], witness: string): CosignOutcome {
  const o = outcomes.find((x) => x.witness === witness);
  if (!o) throw new Error(`no outcome for ${witness}: ${JSON.stringify(outcomes)}`);
  return o;
}

afterAll(async () => {
  for (const l of lenders) await l.ledger.close();
  for (const tdb of new Set(lenders.map((l) => l.tdb))) await tdb.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`a lender app with one witness (LEDGER_WITNESSES, ${DB_KIND})`, () => {
  let a: RunningWitness;
  let lender: TestApp;
  let ledger: Ledger;
  const grown = (n: number) => grow(ledger, lender.testDb.db, n);
  const served = async () => (await lender.app.fastify.inject({ method: 'GET', url: '/log/checkpoint' })).body;
  const stored = async () => rows(lender.testDb);

  beforeAll(async () => {
    a = await startWitness('witness-a.example/w');
    const list = path.join(dir, 'witnesses-a.txt');
    fs.writeFileSync(list, `# the lender's witnesses\n\n${a.url}\t${a.vkey}\n`);
    lender = await createTestApp({ env: { LEDGER_ORIGIN: ORIGIN, LEDGER_SIGNER_KEY_FILE: logKeyFile, LEDGER_WITNESSES: list } });
    ledger = lender.app.ledger;
  });
  afterAll(async () => {
    await lender.close();
    await a.t.close();
  });

  it('reads the file into the config', () => {
    expect(lender.config.ledger.witnesses).toEqual([a.entry]);
    expect(lender.config.ledger.witnessIntervalMs).toBe(5000);
  });

  it('gets its first checkpoint cosigned from old 0, and stores the verified line', async () => {
    const size = await grown(5);
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'cosigned', oldSize: 0, size, resyncedFrom: null }]);
    expect(await stored()).toEqual([{ witness: a.name, size }]);
    expect(await witnessSize(a)).toBe(size);
  });

  it('serves /log/checkpoint with the cosignature appended: it verifies with /witness/vkey, and the note still with the log key', async () => {
    const note = await served();
    expect(sigLines(note)).toHaveLength(2);
    const line = lineBy(note, a.name) ?? '';
    expect(verifyCosignature(noteText(note), line, a.vkey).ok).toBe(true);
    const logOnly = verifyNote(note, [logKeys.verifierKey]);
    expect(logOnly.ok && logOnly.signedBy.map((s) => s.name)).toEqual([ORIGIN]);
    const both = verifyNote(note, [logKeys.verifierKey, parseCosignatureVerifierKey(a.vkey)]);
    expect(both.ok && both.signedBy.map((s) => s.name)).toEqual([ORIGIN, a.name]);
    // The stored line is the one served, and the witness kept the same cosignature as evidence.
    const row = await lender.testDb.db.kysely.selectFrom('ledger_cosignatures').select('cosignature').executeTakeFirstOrThrow();
    expect(row.cosignature).toBe(line);
    const evidence = await a.t.testDb.db.kysely.selectFrom('witness_checkpoints').select('note').executeTakeFirstOrThrow();
    expect(evidence.note.endsWith(line)).toBe(true);
  });

  it('does not ask again while the head is unchanged', async () => {
    const size = sizeOf(await served());
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'current', size }]);
  });

  it('after growth serves the new head without the old cosignature, then gets it cosigned with a consistency proof', async () => {
    const before = (await stored())[0]?.size ?? -1;
    const size = await grown(300);
    const fresh = await served();
    expect(sizeOf(fresh)).toBe(size);
    expect(sigLines(fresh)).toHaveLength(1);
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'cosigned', oldSize: before, size, resyncedFrom: null }]);
    expect(await stored()).toEqual([{ witness: a.name, size }]);
    expect(await witnessSize(a)).toBe(size);
    expect(verifyCosignature(noteText(fresh), lineBy(await served(), a.name) ?? '', a.vkey).ok).toBe(true);
    // /log/consistency serves the same cosigned checkpoint.
    const c = await lender.app.fastify.inject({ method: 'GET', url: `/log/consistency?from=${before}` });
    expect(lineBy((c.json() as { checkpoint: string }).checkpoint, a.name)).toBe(lineBy(await served(), a.name));
  });

  it('puts the cosigned checkpoint in receipts, which still verify (also --against the served checkpoint)', async () => {
    const created = await lender.app.fastify.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: { channel: 'web', text: '贷款提前还款后仍被收取全部利息，请核实并退还。', consumer: { name: '赵六', phone: '13700004321' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, number } = created.json() as { id: string; number: string };
    await ledger.integrate();
    expect(only(await ledger.cosignNow(), a.name).result).toBe('cosigned');
    const viaApi = await lender.app.fastify.inject({ method: 'GET', url: `/api/complaints/${id}/receipt`, headers: auth(lender.tokens.agent) });
    expect(viaApi.statusCode).toBe(200);
    for (const text of [viaApi.body, (await ledger.receiptFor(number)).text]) {
      const v = verifyReceiptFile(text, { trustedVkey: logKeys.verifierKey });
      expect(v.ok && v.keySource).toBe('trusted');
      const checkpoint = (JSON.parse(text) as { receipts: Array<{ checkpoint: string }> }).receipts[0]?.checkpoint ?? '';
      expect(verifyCosignature(noteText(checkpoint), lineBy(checkpoint, a.name) ?? '', a.vkey).ok).toBe(true);
      expect(verifyReceiptFile(text, { trustedVkey: logKeys.verifierKey, against: await served() }).ok).toBe(true);
    }
  });

  it('a witness that lost its state answers 409 size 0: resubmitted once from 0, and the row moves forward', async () => {
    const before = (await stored())[0]?.size ?? -1;
    await a.t.testDb.db.kysely.deleteFrom('witness_checkpoints').execute();
    const size = await grown(3);
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'cosigned', oldSize: 0, size, resyncedFrom: before }]);
    expect(await witnessSize(a)).toBe(size);
    expect(await stored()).toEqual([{ witness: a.name, size }]);
    const warned = logged(lender.logs, 'witness had another cosigned size: resubmitted from it').at(-1);
    expect(warned).toMatchObject({ level: 40, witness: a.name, storedSize: before, witnessSize: 0, size });
  });

  it('a witness restored from an older backup is resubmitted to from its size, with the proof from there', async () => {
    const old = await a.t.testDb.db.kysely.selectFrom('witness_checkpoints').selectAll().executeTakeFirstOrThrow();
    const mid = await grown(40);
    expect(only(await ledger.cosignNow(), a.name)).toMatchObject({ result: 'cosigned', size: mid });
    await a.t.testDb.db.kysely.updateTable('witness_checkpoints').set({ size: old.size, root: old.root, note: old.note }).execute();
    const size = await grown(9);
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'cosigned', oldSize: old.size, size, resyncedFrom: mid }]);
    expect(await witnessSize(a)).toBe(size);
  });

  it('a witness ahead of the stored row (cosigned by someone else meanwhile) is resubmitted to at its own size', async () => {
    const before = (await stored())[0]?.size ?? -1;
    const size = await grown(2);
    const { checkpoint, consistencyProof } = await ledger.consistencyFrom(before);
    const bare = `${noteText(checkpoint)}\n${sigLines(checkpoint)[0]}\n`;
    const curl = await fetch(a.url, { method: 'POST', body: `old ${before}\n${consistencyProof.map((p) => `${p}\n`).join('')}\n${bare}` });
    expect(curl.status).toBe(200);
    expect(await ledger.cosignNow()).toEqual([{ witness: a.name, result: 'cosigned', oldSize: size, size, resyncedFrom: before }]);
    expect(await stored()).toEqual([{ witness: a.name, size }]);
  });

  it('a witness ahead of the log itself (a log restored from an older backup) is a logged failure, and nothing is stored', async () => {
    const restored = await openLender([a.entry]);
    const size = await grow(restored.ledger, restored.tdb.db, 4);
    const ahead = (await witnessSize(a)) ?? -1;
    expect(ahead).toBeGreaterThan(size);
    const [o] = await restored.ledger.cosignNow();
    expect(o).toMatchObject({ witness: a.name, result: 'failed', oldSize: 0, size, failure: { kind: 'witness_ahead' } });
    expect(await rows(restored.tdb)).toEqual([]);
    expect(sigLines(await restored.ledger.latestCheckpoint())).toHaveLength(1);
    expect(logged(restored.logs, 'witness did not cosign the log checkpoint')).toEqual([
      expect.objectContaining({ level: 50, witness: a.name, oldSize: 0, size, failure: 'witness_ahead' }),
    ]);
    expect(await witnessSize(a)).toBe(ahead);
  });

  it('a stored row never moves backwards, and rows of witnesses not configured are not served', async () => {
    const repo = new CosignatureRepository(lender.testDb.db.kysely);
    const head = await lender.testDb.db.kysely.selectFrom('ledger_checkpoints').select(['size', 'root']).orderBy('size', 'desc').limit(1).executeTakeFirstOrThrow();
    const ghost = 'ghost.example/w';
    const line = `\u2014 ${ghost} AAAA\n`;
    const other = Buffer.alloc(32, 9);
    expect(await repo.record({ witness: ghost, size: head.size, root: head.root, cosignature: line })).toBe(true);
    expect(await repo.record({ witness: ghost, size: head.size - 1, root: head.root, cosignature: line })).toBe(false);
    expect(await repo.record({ witness: ghost, size: head.size, root: other, cosignature: line })).toBe(false);
    expect(await repo.record({ witness: ghost, size: head.size, root: head.root, cosignature: line })).toBe(true);
    const row = await lender.testDb.db.kysely.selectFrom('ledger_cosignatures').select(['size', 'root']).where('witness', '=', ghost).executeTakeFirstOrThrow();
    expect({ size: row.size, root: row.root.toString('hex') }).toEqual({ size: head.size, root: head.root.toString('hex') });
    expect(lineBy(await served(), ghost)).toBeUndefined();
    expect(lineBy(await served(), a.name)).toBeDefined();
    expect(await repo.record({ witness: ghost, size: head.size + 1, root: other, cosignature: line })).toBe(true);
    await lender.testDb.db.kysely.deleteFrom('ledger_cosignatures').where('witness', '=', ghost).execute();
  });
});

describe('witnesses whose cosignatures do not verify', () => {
  let real: RunningWitness;
  let impostor: RunningWitness;
  let proxy: http.Server;
  let tdb: TestDb;

  beforeAll(async () => {
    real = await startWitness('witness-c.example/w');
    // The same name as `real`, but another key: its lines carry another key ID.
    impostor = await startWitness(real.name);
    expect(impostor.vkey).not.toBe(real.vkey);
    // In front of the real witness: flips a bit of every signature it returns.
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const r = await fetch(real.url, { method: 'POST', body: Buffer.concat(chunks), headers: { 'content-type': 'text/plain' } });
          let body = await r.text();
          if (r.status === 200) {
            const at = body.lastIndexOf(' ') + 1;
            const sig = Buffer.from(body.slice(at, -1), 'base64');
            sig[sig.length - 1] = (sig[sig.length - 1] ?? 0) ^ 1;
            body = `${body.slice(0, at)}${sig.toString('base64')}\n`;
          }
          res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/plain' }).end(body);
        })();
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    tdb = await createTestDb();
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    await real.t.close();
    await impostor.t.close();
  });

  const cases = [
    ['another key of the same name', () => ({ ...real.entry, url: impostor.url }), 'UNKNOWN_KEY', 40],
    ['a forged signature by the listed key', () => ({ ...real.entry, url: `http://127.0.0.1:${port(proxy)}/witness/add-checkpoint` }), 'BAD_SIGNATURE', 50],
  ] as const;

  it.each(cases)('%s: the line is refused and logged, nothing is stored or served', async (_name, entry, code, level) => {
    const l = await openLender([entry()], { tdb });
    const size = await grow(l.ledger, tdb.db, 6);
    const [o] = await l.ledger.cosignNow();
    expect(o).toMatchObject({ witness: real.name, result: 'failed', size, failure: { kind: 'bad_cosignature', status: 200 } });
    expect(await rows(tdb)).toEqual([]);
    expect(sigLines(await l.ledger.latestCheckpoint())).toHaveLength(1);
    expect(logged(l.logs, 'witness cosignature refused: it does not verify with the listed key')).toEqual([expect.objectContaining({ level, witness: real.name, size, code })]);
    expect(logged(l.logs, 'witness did not cosign the log checkpoint')).toEqual([expect.objectContaining({ level: 50, witness: real.name, failure: 'bad_cosignature' })]);
  });

  it('the same witness without the proxy is accepted (the refusals above were the signatures)', async () => {
    const l = await openLender([real.entry], { tdb });
    const [o] = await l.ledger.cosignNow();
    expect(o).toMatchObject({ witness: real.name, result: 'cosigned' });
    const note = await l.ledger.latestCheckpoint();
    expect(verifyCosignature(noteText(note), lineBy(note, real.name) ?? '', real.vkey).ok).toBe(true);
  });
});

describe('witnesses that are down, hang, or come back', () => {
  let up: RunningWitness;
  let flaky: RunningWitness;
  let flakyPort: number;
  let back: App | null = null;
  let lender: Lender;
  const served = () => lender.ledger.latestCheckpoint();

  beforeAll(async () => {
    up = await startWitness('witness-up.example/w');
    flaky = await startWitness('witness-flaky.example/w');
    flakyPort = port(flaky.t.app.fastify.server);
    // Down: nothing listens on its port any more.
    await flaky.t.app.fastify.close();
    lender = await openLender([up.entry, flaky.entry], { witnessTimeoutMs: 500 });
  });
  afterAll(async () => {
    await back?.fastify.close();
    await up.t.close();
    await flaky.t.close();
  });

  it('one witness down (connection refused): the other cosigns, the failure is logged with name and sizes, the log keeps working', async () => {
    const size = await grow(lender.ledger, lender.tdb.db, 8);
    const outcomes = await lender.ledger.cosignNow();
    expect(only(outcomes, up.name)).toEqual({ witness: up.name, result: 'cosigned', oldSize: 0, size, resyncedFrom: null });
    expect(only(outcomes, flaky.name)).toMatchObject({ result: 'failed', oldSize: 0, size, failure: { kind: 'unreachable', status: null, message: 'ECONNREFUSED' } });
    expect(await rows(lender.tdb)).toEqual([{ witness: up.name, size }]);
    const note = await served();
    expect(sigLines(note)).toHaveLength(2);
    expect(lineBy(note, flaky.name)).toBeUndefined();
    expect(logged(lender.logs, 'witness did not cosign the log checkpoint')).toEqual([
      expect.objectContaining({ level: 40, witness: flaky.name, oldSize: 0, size, failure: 'unreachable', reason: 'ECONNREFUSED' }),
    ]);
    // The same failure again within a minute is not logged again.
    expect(only(await lender.ledger.cosignNow(), flaky.name).result).toBe('failed');
    expect(logged(lender.logs, 'witness did not cosign the log checkpoint')).toHaveLength(1);
    expect(await grow(lender.ledger, lender.tdb.db, 1)).toBe(size + 1);
  });

  it('a witness that accepts the connection but never answers times out; the pass still ends and the other witness cosigns', async () => {
    const hang = await hangingServer(flakyPort);
    try {
      const size = await grow(lender.ledger, lender.tdb.db, 2);
      const started = Date.now();
      const outcomes = await lender.ledger.cosignNow();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(only(outcomes, flaky.name)).toMatchObject({ result: 'failed', size, failure: { kind: 'timeout', message: 'no answer within 500 ms' } });
      expect(only(outcomes, up.name)).toMatchObject({ result: 'cosigned', size });
      expect(logged(lender.logs, 'witness did not cosign the log checkpoint').at(-1)).toMatchObject({ level: 40, witness: flaky.name, failure: 'timeout' });
    } finally {
      await hang.close();
    }
  });

  it('stop() aborts a submission in flight instead of waiting for its timeout', async () => {
    const hang = await hangingServer();
    const slow = await openLender([{ ...flaky.entry, url: `http://127.0.0.1:${hang.port}/witness/add-checkpoint` }], { tdb: lender.tdb, witnessTimeoutMs: 20_000 });
    try {
      slow.ledger.start();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hang.accepted()).toBe(1);
      const started = Date.now();
      await slow.ledger.stop();
      expect(Date.now() - started).toBeLessThan(3000);
      // An aborted submission is not a witness failure worth logging.
      expect(logged(slow.logs, 'witness did not cosign the log checkpoint')).toEqual([]);
    } finally {
      await hang.close();
    }
  });

  it('once the witness is back, the next pass gets it cosigned from 0, and both lines are served', async () => {
    back = await buildApp({ config: flaky.t.config, db: flaky.t.testDb.db, logger: createLogger('silent') });
    await back.fastify.listen({ port: flakyPort, host: '127.0.0.1' });
    const size = await grow(lender.ledger, lender.tdb.db, 5);
    const outcomes = await lender.ledger.cosignNow();
    expect(only(outcomes, flaky.name)).toEqual({ witness: flaky.name, result: 'cosigned', oldSize: 0, size, resyncedFrom: null });
    expect(only(outcomes, up.name)).toMatchObject({ result: 'cosigned', size });
    const note = await served();
    expect(sigLines(note)).toHaveLength(3);
    for (const w of [up, flaky]) expect(verifyCosignature(noteText(note), lineBy(note, w.name) ?? '', w.vkey).ok).toBe(true);
    expect(logged(lender.logs, 'witness cosigns the log again').at(-1)).toMatchObject({ level: 30, witness: flaky.name, size });
  });

  it('the background loop started with the ledger cosigns new checkpoints by itself, every interval', async () => {
    const loop = await openLender([up.entry, flaky.entry], { tdb: lender.tdb, witnessIntervalMs: 100 });
    loop.ledger.start();
    try {
      const size = await grow(loop.ledger, lender.tdb.db, 3);
      const deadline = Date.now() + 10_000;
      let note = await loop.ledger.latestCheckpoint();
      while ((sizeOf(note) !== size || sigLines(note).length !== 3) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        note = await loop.ledger.latestCheckpoint();
      }
      expect(sizeOf(note)).toBe(size);
      expect(sigLines(note)).toHaveLength(3);
      expect(await rows(lender.tdb)).toEqual([
        { witness: flaky.name, size },
        { witness: up.name, size },
      ]);
    } finally {
      await loop.ledger.stop();
    }
  });
});

describe('xiaobao ledger cosign', () => {
  it('submits once to every witness, prints each outcome, and exits 1 when one fails', async () => {
    const w = await startWitness('witness-cli.example/w');
    const procEnv = await createProcessEnv('xb-cosign-cli-');
    const closed = await hangingServer();
    await closed.close();
    try {
      const dead = 'witness-dead.example/w';
      const list = path.join(dir, 'witnesses-cli.txt');
      fs.writeFileSync(list, `${w.url} ${w.vkey}\nhttp://127.0.0.1:${closed.port}/witness/add-checkpoint ${generateCosignerKeys(dead).verifierKey}\n`);
      const env = { ...procEnv.env, LEDGER_ORIGIN: ORIGIN, LEDGER_SIGNER_KEY_FILE: logKeyFile, LEDGER_WITNESSES: list };
      const config = loadConfig({}, env);
      const open = async () => {
        const db = await openDatabase(config.database);
        await migrate(db);
        const ledger = await createLedger({ db, signerKeyFile: logKeyFile, origin: ORIGIN, logger: createLogger('silent'), witnesses: config.ledger.witnesses });
        return { db, ledger };
      };
      const first = await open();
      const size = await grow(first.ledger, first.db, 7);
      await first.ledger.close();
      await first.db.close();

      const r = await cli(env, 'ledger', 'cosign');
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain(`${w.name}: cosigned size ${size} (from 0)\n`);
      expect(r.stdout).toContain(`${dead}: FAILED unreachable: ECONNREFUSED\n`);
      expect(r.stderr).toContain('1 of 2 witnesses did not cosign');
      expect(await witnessSize(w)).toBe(size);

      const again = await open();
      try {
        const note = await again.ledger.latestCheckpoint();
        expect(verifyCosignature(noteText(note), lineBy(note, w.name) ?? '', w.vkey).ok).toBe(true);
      } finally {
        await again.ledger.close();
        await again.db.close();
      }
      const second = await cli(env, 'ledger', 'cosign');
      expect(second.stdout).toContain(`${w.name}: already cosigned size ${size}\n`);
    } finally {
      await procEnv.cleanup();
      await w.t.close();
    }
  }, 120_000);
});
