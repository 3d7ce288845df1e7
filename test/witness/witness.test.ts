/**
 * The witness (c2sp.org/tlog-witness) through the real app, on PGlite or on PostgreSQL
 * (XIAOBAO_TEST_DATABASE_URL): a real Xiaobao log — createLedger in a database of its own, the
 * lender's — feeds it checkpoints and consistency proofs; every status of add-checkpoint;
 * replays and a forked log with the same key; concurrent submissions from two app instances
 * (two connection pools on PostgreSQL); a restart on the same database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app/build-app.js';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { openDatabase, type Db } from '../../src/db/client.js';
import {
  formatCheckpoint,
  generateNoteKeys,
  leafHash,
  noteText,
  parseCheckpoint,
  parseCosignatureVerifierKey,
  parseSignerKey,
  signNote,
  verifyCosignature,
  verifyNote,
} from '../../src/engines/merkle/index.js';
import { createLedger, type Ledger } from '../../src/ledger/index.js';
import { createWitness, MAX_PROOF_LINES, witnessErrors } from '../../src/witness/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDb, DB_KIND, type TestDb } from '../support/test-db.js';

const ORIGIN = 'lender.example/log';
const WITNESS = 'witness.example/w1';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-witness-'));
const logKeyFile = path.join(dir, 'lender-log.key');
const logsFile = path.join(dir, 'trusted-logs.txt');

interface Log {
  tdb: TestDb;
  ledger: Ledger;
  appended: number;
}

let lender: Log;
let fork: Log;
let t: TestApp;
let witnessVkey: string;
// Logs that only ever reach the witness concurrently, from size 0: two keys each (a rotation).
const fresh = Array.from({ length: 6 }, (_, i) => {
  const origin = `fresh-${i}.example/log`;
  return { origin, keys: [generateNoteKeys(origin), generateNoteKeys(origin)] };
});

async function openLog(): Promise<Log> {
  const tdb = await createTestDb();
  // The fork shares the key file: the same log identity, signing a different history.
  return { tdb, ledger: await createLedger({ db: tdb.db, signerKeyFile: logKeyFile, origin: ORIGIN, logger: quiet }), appended: 0 };
}

/** Appends n entries to the log and integrates them; returns the new signed checkpoint. */
async function grow(log: Log, n: number, tag: string): Promise<string> {
  const entries = Array.from({ length: n }, (_, i) => ({ kind: 'witness-test', ref: `${tag}-${log.appended + i}`, canonical: `{"n":${log.appended + i},"t":"${tag}"}` }));
  await log.ledger.appendEntries(log.tdb.db.kysely, entries);
  log.appended += n;
  await log.ledger.integrate();
  return log.ledger.latestCheckpoint();
}

/** The add-checkpoint body for the log's latest checkpoint, from `old`. */
async function requestFrom(log: Log, old: number): Promise<{ body: string; note: string }> {
  const { checkpoint, consistencyProof } = old === 0 ? { checkpoint: await log.ledger.latestCheckpoint(), consistencyProof: [] } : await log.ledger.consistencyFrom(old);
  return { body: addCheckpoint(old, consistencyProof, checkpoint), note: checkpoint };
}

const addCheckpoint = (old: number, proof: readonly string[], note: string): string => `old ${old}\n${proof.map((p) => `${p}\n`).join('')}\n${note}`;
const sizeOf = (note: string): number => parseCheckpoint(noteText(note)).size;

const submit = (payload: string | Buffer, app: App = t.app, headers: Record<string, string> = { 'content-type': 'text/plain' }) =>
  app.fastify.inject({ method: 'POST', url: '/witness/add-checkpoint', payload, headers });

async function stored(): Promise<{ size: number; root: string; note: string } | undefined> {
  const r = await t.testDb.db.kysely.selectFrom('witness_checkpoints').select(['size', 'root', 'note']).where('origin', '=', ORIGIN).executeTakeFirst();
  return r && { size: r.size, root: r.root.toString('base64'), note: r.note };
}

beforeAll(async () => {
  lender = await openLog();
  fork = await openLog();
  const freshKeys = fresh.flatMap((f) => f.keys.map((k) => k.verifierKey));
  fs.writeFileSync(logsFile, `# logs this witness watches\n\n${[lender.ledger.verifierKey, ...freshKeys].join('\n')}\n`);
  t = await createTestApp({ env: { WITNESS_NAME: WITNESS, WITNESS_LOGS: logsFile } });
  witnessVkey = (await t.app.fastify.inject({ method: 'GET', url: '/witness/vkey' })).body.trim();
});

afterAll(async () => {
  await t.close();
  await lender.tdb.drop();
  await fork.tdb.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Asserts a 200 cosignature for `note` and returns the line. */
function expectCosigned(r: Awaited<ReturnType<typeof submit>>, note: string): string {
  expect(r.statusCode, r.body).toBe(200);
  expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
  const v = verifyCosignature(noteText(note), r.body, witnessVkey);
  expect(v).toEqual({ ok: true, timestamp: Math.floor(t.clock.now.getTime() / 1000) });
  return r.body;
}

function expectText(r: Awaited<ReturnType<typeof submit>>, status: number, code: string): void {
  expect(r.statusCode, r.body).toBe(status);
  expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(r.body).toMatch(new RegExp(`^${code}: [A-Z].*\\n$`, 's'));
}

function expectStaleSize(r: Awaited<ReturnType<typeof submit>>, latest: number): void {
  expect(r.statusCode, r.body).toBe(409);
  expect(r.headers['content-type']).toBe('text/x.tlog.size');
  expect(r.body).toBe(`${latest}\n`);
}

const history: Array<{ size: number; body: string; note: string }> = [];

describe('cosigning a real Xiaobao log', () => {
  it('publishes a cosignature/v1 vkey under the configured name, with a key file of mode 0600', () => {
    expect(parseCosignatureVerifierKey(witnessVkey).name).toBe(WITNESS);
    const keyFile = path.join(t.config.dataDir, 'keys/witness-signer.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile, 'utf8').split('\n')[1]).toBe(witnessVkey);
  });

  it('cosigns the first checkpoint with old 0, then each growth with a consistency proof', async () => {
    for (const [n, old] of [
      [5, 0],
      [7, 5],
      [300, 12],
      [1, 312],
    ] as const) {
      await grow(lender, n, 'lender');
      const req = await requestFrom(lender, old);
      t.clock.now = new Date(t.clock.now.getTime() + 61_000);
      const line = expectCosigned(await submit(req.body), req.note);
      history.push({ size: sizeOf(req.note), ...req });
      // Appended to the checkpoint, the cosignature verifies as a note beside the log's signature.
      const v = verifyNote(`${req.note}${line}`, [lender.ledger.verifierKey, parseCosignatureVerifierKey(witnessVkey)]);
      expect(v.ok && v.signedBy.map((s) => s.name)).toEqual([ORIGIN, WITNESS]);
      expect((await stored())?.size).toBe(sizeOf(req.note));
    }
    expect(history.map((h) => h.size)).toEqual([5, 12, 312, 313]);
    const row = await stored();
    const last = history[3]?.note ?? '';
    expect(row?.root).toBe(Buffer.from(parseCheckpoint(noteText(last)).root).toString('base64'));
    // Stored as submitted, with the cosignature that was returned for it.
    expect(row?.note.startsWith(last)).toBe(true);
    expect(verifyCosignature(noteText(last), row?.note.slice(last.length) ?? '', witnessVkey).ok).toBe(true);
  });

  it('cosigns the same checkpoint again (old = size, same root, empty proof)', async () => {
    const req = await requestFrom(lender, 313);
    expectCosigned(await submit(req.body), req.note);
    expect((await stored())?.size).toBe(313);
  });
});

describe('refusals, each with its tlog-witness status', () => {
  it('409 text/x.tlog.size with the latest cosigned size when old is stale: a replayed older request, or old 0', async () => {
    for (const h of history.slice(0, 3)) expectStaleSize(await submit(h.body), 313);
    expectStaleSize(await submit(addCheckpoint(0, [], history[3]?.note ?? '')), 313);
    expect((await stored())?.size).toBe(313);
  });

  it('400 when old is larger than the checkpoint size (an older checkpoint from the current size)', async () => {
    expectText(await submit(addCheckpoint(313, [], history[1]?.note ?? '')), 400, 'WITNESS_OLD_SIZE_TOO_LARGE');
  });

  it('404 for a log origin it does not know, even with a valid signature', async () => {
    const other = generateNoteKeys('other.example/log');
    const note = signNote(formatCheckpoint({ origin: 'other.example/log', size: 1, root: leafHash(Buffer.from('x')), extensions: [] }), [parseSignerKey(other.signerKey)]);
    const r = await submit(addCheckpoint(0, [], note));
    expectText(r, 404, 'WITNESS_UNKNOWN_LOG');
    expect(r.body).toContain('other.example/log');
  });

  it('403 when no trusted key of the log signed it: an impostor key with the same name, a forged trusted signature', async () => {
    const impostor = generateNoteKeys(ORIGIN);
    const cp = noteText(history[3]?.note ?? '');
    expectText(await submit(addCheckpoint(313, [], signNote(cp, [parseSignerKey(impostor.signerKey)]))), 403, 'WITNESS_UNTRUSTED_SIGNATURE');
    const real = history[3]?.note ?? '';
    const sigStart = real.lastIndexOf(' ') + 1;
    const sig = Buffer.from(real.slice(sigStart, -1), 'base64');
    sig[20] = (sig[20] as number) ^ 1;
    expectText(await submit(addCheckpoint(313, [], `${real.slice(0, sigStart)}${sig.toString('base64')}\n`)), 403, 'WITNESS_UNTRUSTED_SIGNATURE');
    expect((await stored())?.size).toBe(313);
  });

  it('422 when the consistency proof does not verify: a flipped hash, a missing hash, a proof where none belongs', async () => {
    await grow(lender, 20, 'lender');
    const { checkpoint, consistencyProof } = await lender.ledger.consistencyFrom(313);
    const flipped = [...consistencyProof];
    const h = Buffer.from(flipped[0] ?? '', 'base64');
    h[0] = (h[0] as number) ^ 1;
    flipped[0] = h.toString('base64');
    expectText(await submit(addCheckpoint(313, flipped, checkpoint)), 422, 'WITNESS_INCONSISTENT');
    expectText(await submit(addCheckpoint(313, consistencyProof.slice(0, -1), checkpoint)), 422, 'WITNESS_INCONSISTENT');
    expectText(await submit(addCheckpoint(313, [...consistencyProof, consistencyProof[0] ?? ''], checkpoint)), 422, 'WITNESS_INCONSISTENT');
    expectText(await submit(addCheckpoint(313, [consistencyProof[0] ?? ''], history[3]?.note ?? '')), 422, 'WITNESS_INCONSISTENT');
    // 63 lines is still a well-formed request (a bad proof, not a bad body).
    expectText(await submit(addCheckpoint(313, Array(MAX_PROOF_LINES).fill(consistencyProof[0]), checkpoint)), 422, 'WITNESS_INCONSISTENT');
    expect((await stored())?.size).toBe(313);
    expectCosigned(await submit(addCheckpoint(313, consistencyProof, checkpoint)), checkpoint);
    expect((await stored())?.size).toBe(333);
  });

  it('a forked log (same origin and key, different entries) is refused, 409 at the same size and 422 beyond, and changes nothing', async () => {
    const before = await stored();
    const forkNote = await grow(fork, 333, 'fork');
    expect(verifyNote(forkNote, [lender.ledger.verifierKey]).ok).toBe(true);
    expect(sizeOf(forkNote)).toBe(333);
    expectText(await submit(addCheckpoint(333, [], forkNote)), 409, 'WITNESS_ROOT_MISMATCH');
    await grow(fork, 10, 'fork');
    const forked = await fork.ledger.consistencyFrom(333);
    expectText(await submit(addCheckpoint(333, forked.consistencyProof, forked.checkpoint)), 422, 'WITNESS_INCONSISTENT');
    expect(await stored()).toEqual(before);
    expect(t.logs.join('')).toContain('witness refused an inconsistent checkpoint');
  });

  it('400 with a reason for every malformed body, and the stored state is unchanged', async () => {
    const cur = (await stored())?.size ?? -1;
    const { note } = await requestFrom(lender, cur);
    // Unmodified, these bodies would be cosigned: old is the stored size, the proof empty.
    expect(sizeOf(note)).toBe(cur);
    const hash = Buffer.alloc(32, 7).toString('base64');
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    // 32 bytes leave 2 unused bits in the last base64 digit; setting one decodes to the same bytes.
    const padded = `${hash.slice(0, -2)}${B64[B64.indexOf(hash.at(-2) ?? 'A') | 1]}=`;
    const bodies: Array<[string, string | Buffer]> = [
      ['an empty body', ''],
      ['no newline at all', `old ${cur}`],
      ['a leading zero', `old 0${cur}\n\n${note}`],
      ['a negative size', `old -1\n\n${note}`],
      ['two spaces', `old  ${cur}\n\n${note}`],
      ['a trailing space', `old ${cur} \n\n${note}`],
      ['capital Old', `Old ${cur}\n\n${note}`],
      ['an exponent', `old ${cur}e0\n\n${note}`],
      ['a size beyond 2^53', `old 99999999999999999999\n\n${note}`],
      ['CRLF line endings', addCheckpoint(cur, [], note).replaceAll('\n', '\r\n')],
      ['a byte-order mark', `\uFEFF${addCheckpoint(cur, [], note)}`],
      ['invalid UTF-8', Buffer.concat([Buffer.from(`old ${cur}\n\n`), Buffer.from([0xc3, 0x28]), Buffer.from(note)])],
      ['a proof line that is not base64', addCheckpoint(cur, ['not base64!'], note)],
      ['a proof line of 31 bytes', addCheckpoint(cur, [Buffer.alloc(31).toString('base64')], note)],
      ['a proof line with non-canonical padding bits', addCheckpoint(cur, [padded], note)],
      ['a proof line with a space', addCheckpoint(cur, [` ${hash}`], note)],
      [`${MAX_PROOF_LINES + 1} proof lines`, addCheckpoint(cur, Array(MAX_PROOF_LINES + 1).fill(hash), note)],
      ['no empty line before the checkpoint', `old ${cur}\n${note}`],
      ['no checkpoint', `old ${cur}\n\n`],
      ['a checkpoint without signatures', `old ${cur}\n\n${noteText(note)}`],
      ['a checkpoint with a bad signature line', `old ${cur}\n\n${noteText(note)}\n\u2014 ${ORIGIN}\n`],
      ['a checkpoint whose size has a leading zero', `old ${cur}\n\n${noteText(note).replace(`\n${cur}\n`, `\n0${cur}\n`)}\n${note.slice(note.lastIndexOf('\n\n') + 2)}`],
      ['a note with a control character', `old ${cur}\n\n${note.replace(ORIGIN, `${ORIGIN}\t`)}`],
    ];
    const accepted: string[] = [];
    for (const [name, body] of bodies) {
      const r = await submit(body);
      const ok = r.statusCode === 400 && r.headers['content-type'] === 'text/plain; charset=utf-8' && /^WITNESS_BAD_REQUEST: Malformed add-checkpoint request: .+\n$/s.test(r.body);
      if (!ok) accepted.push(`${name}: ${r.statusCode} ${r.body}`);
    }
    expect(accepted).toEqual([]);
    const none = await t.app.fastify.inject({ method: 'POST', url: '/witness/add-checkpoint' });
    expectText(none, 400, 'WITNESS_BAD_REQUEST');
    expect((await stored())?.size).toBe(cur);
  });

  it('413 in plain text for a body over the limit', async () => {
    expectText(await submit(`old 0\n\n${'x'.repeat(200 * 1024)}`), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('takes any content type (the protocol names none), and keeps JSON-only parsing for the rest of the API', async () => {
    const req = await requestFrom(lender, 333);
    expectCosigned(await submit(req.body, t.app, { 'content-type': 'application/octet-stream' }), req.note);
    const json = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: 'x', headers: { 'content-type': 'text/plain' } });
    expect(json.statusCode).toBe(415);
  });

  it('documents every witness code in docs/errors.md with its status', () => {
    const doc = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, spec] of Object.entries(witnessErrors)) expect(doc).toContain(`| \`${code}\` | ${spec.status} |`);
  });

  it('describes both routes in the OpenAPI document', async () => {
    const doc = (await t.app.fastify.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/witness/add-checkpoint', '/witness/vkey']));
  });
});

describe('atomic old-size check and update, across app instances', () => {
  let second: { app: App; db: Db; ownDb: boolean };

  beforeAll(async () => {
    // On PostgreSQL a second pool is a second "process" as far as locking goes; PGlite has one.
    const ownDb = DB_KIND === 'postgres';
    const db = ownDb ? await openDatabase(t.testDb.target) : t.testDb.db;
    second = { app: await buildApp({ config: t.config, db, logger: createLogger('silent'), clock: () => new Date(t.clock.now) }), db, ownDb };
  });
  afterAll(async () => {
    await second.app.fastify.close();
    if (second.ownDb) await second.db.close();
  });

  it('concurrent submissions of sizes N and N+K (and N→N+K) never roll the stored size back', async () => {
    for (let round = 0; round < 8; round++) {
      const s = (await stored())?.size ?? -1;
      const fromS: Array<{ size: number; body: string }> = [];
      for (const k of [1, 3, 17]) {
        await grow(lender, k, 'lender');
        const req = await requestFrom(lender, s);
        fromS.push({ size: sizeOf(req.note), body: req.body });
      }
      const n = fromS[0]?.size ?? 0;
      const nToTop = await lender.ledger.consistencyFrom(n);
      const candidates = [...fromS, { size: fromS[2]?.size ?? 0, body: addCheckpoint(n, nToTop.consistencyProof, nToTop.checkpoint) }];
      // Largest first every other round, so that the smaller one is the late writer of the spec's race.
      const order = round % 2 === 0 ? [3, 2, 1, 0] : [0, 1, 2, 3];
      const fired = await Promise.all(order.map((c, i) => submit(candidates[c]?.body ?? '', i % 2 === 0 ? t.app : second.app)));
      const status = candidates.map((_c, c) => fired[order.indexOf(c)]?.statusCode);
      for (const st of status) expect([200, 409]).toContain(st);
      // Whichever request from the stored size ran first won; every other one saw a new size.
      expect(status.slice(0, 3).filter((st) => st === 200)).toHaveLength(1);
      const won = candidates.filter((_c, c) => status[c] === 200).map((c) => c.size);
      const after = (await stored())?.size ?? -1;
      expect(after).toBe(Math.max(...won));
      expect(after).toBeGreaterThan(s);
    }
  });
});

describe('first submissions of a log, concurrently', () => {
  it('store exactly one of them: the others get 409 with its size (a lost insert race is retried)', async () => {
    for (const f of fresh) {
      const sizes = [3, 10, 40];
      const bodies = sizes.map((size, i) => {
        const body = formatCheckpoint({ origin: f.origin, size, root: leafHash(Buffer.from(`${f.origin}/${size}`)), extensions: [] });
        // Both keys of the log are trusted: alternate between them.
        return addCheckpoint(0, [], signNote(body, [parseSignerKey(f.keys[i % 2]?.signerKey ?? '')]));
      });
      const results = await Promise.all(bodies.map((b) => submit(b)));
      const won = sizes.filter((_s, i) => results[i]?.statusCode === 200);
      expect(won).toHaveLength(1);
      for (const r of results.filter((x) => x.statusCode !== 200)) expectStaleSize(r, won[0] ?? -1);
      const row = await t.testDb.db.kysely.selectFrom('witness_checkpoints').select('size').where('origin', '=', f.origin).executeTakeFirst();
      expect(row?.size).toBe(won[0]);
    }
  });
});

describe('restart', () => {
  it('a new app on the same database and key file keeps the stored state and the key', async () => {
    const latest = (await stored())?.size ?? -1;
    const again = await buildApp({ config: t.config, db: t.testDb.db, logger: createLogger('silent'), clock: () => new Date(t.clock.now) });
    try {
      expect((await again.fastify.inject({ method: 'GET', url: '/witness/vkey' })).body.trim()).toBe(witnessVkey);
      expectStaleSize(await submit(history[0]?.body ?? '', again), latest);
      await grow(lender, 4, 'lender');
      const req = await requestFrom(lender, latest);
      expectCosigned(await submit(req.body, again), req.note);
      // The checkpoint also covers anything else the lender's log integrated meanwhile.
      const size = sizeOf(req.note);
      expect(size).toBeGreaterThanOrEqual(latest + 4);
      expect((await stored())?.size).toBe(size);
    } finally {
      await again.fastify.close();
    }
  });
});

describe('configuration', () => {
  it('is off unless WITNESS_NAME is set, and then needs WITNESS_LOGS', () => {
    expect(loadConfig({}, { DATA_DIR: dir }).witness).toBeNull();
    expect(() => loadConfig({}, { DATA_DIR: dir, WITNESS_NAME: WITNESS })).toThrow(ConfigError);
    expect(() => loadConfig({}, { DATA_DIR: dir, WITNESS_NAME: 'a b', WITNESS_LOGS: logsFile })).toThrow(/WITNESS_NAME/);
    const c = loadConfig({}, { DATA_DIR: dir, WITNESS_NAME: WITNESS, WITNESS_LOGS: logsFile });
    expect(c.witness).toEqual({ name: WITNESS, signerKeyFile: path.join(dir, 'keys/witness-signer.key'), logsFile, rateLimitPerMinute: 600 });
  });

  it('refuses a trusted-logs file with a bad line (naming file and line), or with no key, and a key file of another name', () => {
    const bad = path.join(dir, 'bad-logs.txt');
    const deps = { db: t.testDb.db.kysely, name: WITNESS, signerKeyFile: path.join(t.config.dataDir, 'keys/witness-signer.key'), logsFile: bad, rateLimitPerMinute: 600 };
    fs.writeFileSync(bad, `${lender.ledger.verifierKey}\nnot-a-key\n`);
    expect(() => createWitness(deps)).toThrow(`${bad}:2:`);
    fs.writeFileSync(bad, '# nothing\n');
    expect(() => createWitness(deps)).toThrow(/no trusted log keys/);
    expect(() => createWitness({ ...deps, logsFile, name: 'witness.example/renamed' })).toThrow(/WITNESS_NAME/);
  });

  it('limits add-checkpoint per client address with a plain-text 429, and leaves the vkey alone', async () => {
    const env = { ...envOf(t), WITNESS_NAME: WITNESS, WITNESS_LOGS: logsFile, WITNESS_RATE_LIMIT_PER_MINUTE: '2' };
    const limited = await buildApp({ config: loadConfig({}, env), db: t.testDb.db, logger: createLogger('silent') });
    const from = (ip: string) => limited.fastify.inject({ method: 'POST', url: '/witness/add-checkpoint', payload: 'old 0\n\n', headers: { 'content-type': 'text/plain' }, remoteAddress: ip });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await from('198.51.100.30')).statusCode);
      expect(codes).toEqual([400, 400, 429]);
      expectText(await from('198.51.100.30'), 429, 'RATE_LIMITED');
      expect((await from('198.51.100.31')).statusCode).toBe(400);
      for (let i = 0; i < 4; i++) expect((await limited.fastify.inject({ method: 'GET', url: '/witness/vkey', remoteAddress: '198.51.100.30' })).statusCode).toBe(200);
    } finally {
      await limited.fastify.close();
    }
  });

  it('without WITNESS_NAME the routes do not exist', async () => {
    const plain = await buildApp({ config: loadConfig({}, { ...envOf(t), WITNESS_NAME: undefined, WITNESS_LOGS: undefined }), db: t.testDb.db, logger: createLogger('silent') });
    try {
      expect((await submit('old 0\n\n', plain)).statusCode).toBe(404);
      expect((await plain.fastify.inject({ method: 'GET', url: '/witness/vkey' })).statusCode).toBe(404);
    } finally {
      await plain.fastify.close();
    }
  });
});

function envOf(app: TestApp): Record<string, string | undefined> {
  return { DATA_DIR: app.config.dataDir, XIAOBAO_KEK: app.config.kek.inline };
}
