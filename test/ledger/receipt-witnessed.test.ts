/**
 * Which checkpoint a receipt is made against once the log is witnessed, and what a verifier
 * learns about its cosigners, with real parts on PGlite or PostgreSQL: a lender's app listing
 * three Xiaobao witness apps on 127.0.0.1, more ledgers on its database that each ask only one
 * of them (so the witnesses' heads differ), and `xiaobao ledger verify --witness` as a process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/logger.js';
import { decodeBase64, encodeBase64, generateCosignerKeys, generateNoteKeys, noteText, verifyCosignature } from '../../src/engines/merkle/index.js';
import { createLedger, createReceiptBundle, verifyReceiptFile, type Ledger, type LedgerWitness } from '../../src/ledger/index.js';
import { lineBy, runCli, sigLines, sizeOf, startWitness, type RunningWitness } from '../support/ledger-witnesses.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { DB_KIND } from '../support/test-db.js';

const ORIGIN = 'lender.example/log';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-receipt-witnessed-'));
const logKeyFile = path.join(dir, 'lender-log.key');
const logKeys = generateNoteKeys(ORIGIN);
fs.writeFileSync(logKeyFile, `${logKeys.signerKey}\n${logKeys.verifierKey}\n`, { mode: 0o600 });
const trustedLogs = path.join(dir, 'trusted-logs.txt');
fs.writeFileSync(trustedLogs, `${logKeys.verifierKey}\n`);
/** A witness the verifier lists that never cosigned this log. */
const never = generateCosignerKeys('witness-never.example/w');
const neverName = 'witness-never.example/w';

interface Bundle {
  receipts: Array<{ checkpoint: string; leafIndex: number }>;
}
/** The one checkpoint of a receipt file (every receipt carries the same note). */
function checkpointOf(text: string): string {
  const notes = new Set((JSON.parse(text) as Bundle).receipts.map((r) => r.checkpoint));
  expect(notes.size).toBe(1);
  return [...notes][0] ?? '';
}
const signers = (note: string): string[] => sigLines(note).map((l) => l.split(' ')[1] ?? '');
const keyIdOf = (vkey: string): string => vkey.split('+')[1] ?? '';
const timestampOf = (note: string, w: RunningWitness): number => {
  const v = verifyCosignature(noteText(note), lineBy(note, w.name) ?? '', w.vkey);
  if (!v.ok) throw new Error(`${w.name}: ${v.reason}`);
  return v.timestamp;
};
/** The file with the last signature byte of `name`'s line flipped in every receipt: still canonical JSON. */
function forged(text: string, note: string, name: string): string {
  const line = lineBy(note, name) ?? '';
  const b64 = line.slice(line.lastIndexOf(' ') + 1, -1);
  const sig = decodeBase64(b64, 'signature', 'MALFORMED_NOTE');
  sig[sig.length - 1] = (sig[sig.length - 1] ?? 0) ^ 1;
  return text.split(b64).join(encodeBase64(sig));
}

describe(`receipts of a witnessed log (${DB_KIND})`, () => {
  let a: RunningWitness;
  let b: RunningWitness;
  let c: RunningWitness;
  let lender: TestApp;
  let ledger: Ledger;
  const others: Ledger[] = [];
  /** Another ledger of the lender's log, on its database, asking only `witnesses`. */
  const asking = async (witnesses: LedgerWitness[]): Promise<Ledger> => {
    const l = await createLedger({ db: lender.testDb.db, signerKeyFile: logKeyFile, origin: ORIGIN, logger: createLogger('silent'), witnesses });
    others.push(l);
    return l;
  };
  let onlyA: Ledger;
  let onlyC: Ledger;
  const post = (url: string, payload: Record<string, unknown>, headers: Record<string, string> = auth(lender.tokens.agent)) =>
    lender.app.fastify.inject({ method: 'POST', url, payload, headers });
  async function complaint(): Promise<{ id: string; number: string }> {
    // The public intake form, as a consumer files it.
    const r = await post('/api/complaints', { channel: 'web', text: '贷款提前还款后仍被收取全部利息，请核实并退还。', consumer: { name: '赵六', phone: '13700004321' } }, {});
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; number: string };
  }
  async function addNote(id: string): Promise<void> {
    expect((await post(`/api/complaints/${id}/notes`, { body: '已调取还款计划核对。' })).statusCode).toBe(201);
  }
  let counter = 0;
  async function grow(n: number): Promise<number> {
    const entries = Array.from({ length: n }, () => ({ kind: 'receipt-witnessed-test', ref: `e-${counter++}`, canonical: `{"n":${counter}}` }));
    await ledger.appendEntries(lender.testDb.db.kysely, entries);
    return (await ledger.integrate()).size;
  }
  const receipt = async (number: string): Promise<string> => (await ledger.receiptFor(number)).text;
  const served = async (): Promise<string> => (await lender.app.fastify.inject({ method: 'GET', url: '/log/checkpoint' })).body;
  const verified = (text: string) => {
    const v = verifyReceiptFile(text, { trustedVkey: logKeys.verifierKey });
    if (!v.ok) throw new Error(`${v.code}: ${v.reason}`);
    return v;
  };

  // Kept from step to step: the complaints, the cosigned head s1, and the receipt made against it.
  let old: { id: string; number: string };
  let growing: { id: string; number: string };
  let newer: { id: string; number: string };
  let s1 = 0;
  let atS1 = '';

  beforeAll(async () => {
    [a, b, c] = await Promise.all(['witness-a.example/w', 'witness-b.example/w', 'witness-c.example/w'].map((name) => startWitness(name, trustedLogs))) as [RunningWitness, RunningWitness, RunningWitness];
    const list = path.join(dir, 'witnesses.txt');
    fs.writeFileSync(list, [a, b, c].map((w) => `${w.url} ${w.vkey}\n`).join(''));
    lender = await createTestApp({ env: { LEDGER_ORIGIN: ORIGIN, LEDGER_SIGNER_KEY_FILE: logKeyFile, LEDGER_WITNESSES: list } });
    ledger = lender.app.ledger;
    onlyA = await asking([a.entry]);
    onlyC = await asking([c.entry]);
  });
  afterAll(async () => {
    for (const l of others) await l.close();
    await lender.close();
    for (const w of [a, b, c]) await w.t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a receipt issued after the log grew past the cosigned head is made against that head: its cosignatures, its proofs at its size', async () => {
    old = await complaint();
    growing = await complaint();
    await addNote(old.id);
    s1 = (await ledger.integrate()).size;
    expect((await ledger.cosignNow()).map((o) => [o.witness, o.result])).toEqual([a, b, c].map((w) => [w.name, 'cosigned']));
    const latest = await grow(300);
    expect(latest).toBeGreaterThan(s1 + 256);

    atS1 = await receipt(old.number);
    const cp = checkpointOf(atS1);
    expect(sizeOf(cp)).toBe(s1);
    expect(signers(cp)).toEqual([ORIGIN, a.name, b.name, c.name]);
    for (const w of [a, b, c]) expect(verifyCosignature(noteText(cp), lineBy(cp, w.name) ?? '', w.vkey).ok).toBe(true);
    // The log's own note for that size, as stored, then the lines.
    const stored = await lender.testDb.db.kysely.selectFrom('ledger_checkpoints').select('note').where('size', '=', s1).executeTakeFirstOrThrow();
    expect(cp.startsWith(stored.note)).toBe(true);
    const v = verified(atS1);
    expect(v.checkpoint.size).toBe(s1);
    expect(v.events.length).toBeGreaterThanOrEqual(2);
    // Still consistent with the latest, which /log/checkpoint serves as before: no cosignature yet.
    const note = await served();
    expect([sizeOf(note), sigLines(note).length]).toEqual([latest, 1]);
    const against = verifyReceiptFile(atS1, { trustedVkey: logKeys.verifierKey, against: JSON.stringify(await ledger.consistencyFrom(s1)) });
    expect(against.ok && against.against?.size).toBe(latest);
    // The proofs at the older size came from the proof mirror and verified there.
    expect(lender.logs.join('')).not.toContain('ledger proof mirror disagrees');
  });

  it('a complaint whose entries are all newer than every cosigned head gets the latest checkpoint, as before', async () => {
    newer = await complaint();
    await ledger.integrate();
    await grow(5);
    const text = await receipt(newer.number);
    expect(checkpointOf(text)).toBe(await ledger.latestCheckpoint());
    expect(signers(checkpointOf(text))).toEqual([ORIGIN]);
    expect(Math.min(...verified(text).events.map((e) => e.leafIndex))).toBeGreaterThanOrEqual(s1);
  });

  it('a head covers a complaint only when it is beyond its newest entry: an event after s1 leaves the latest', async () => {
    await addNote(growing.id);
    const latest = (await ledger.integrate()).size;
    const text = await receipt(growing.number);
    const events = verified(text).events.map((e) => e.leafIndex);
    expect(Math.min(...events)).toBeLessThan(s1);
    expect(Math.max(...events)).toBeGreaterThanOrEqual(s1);
    expect([sizeOf(checkpointOf(text)), signers(checkpointOf(text))]).toEqual([latest, [ORIGIN]]);
  });

  it('the head more witnesses cosigned wins over a newer one with fewer; a complaint it does not cover gets the newest covering head', async () => {
    const [o] = await onlyC.cosignNow();
    const sC = o?.size ?? -1;
    expect(o).toMatchObject({ witness: c.name, result: 'cosigned' });
    await grow(3);
    // a and b still at s1, c at sC: two cosigners beat one.
    const forOld = checkpointOf(await receipt(old.number));
    expect([sizeOf(forOld), signers(forOld)]).toEqual([s1, [ORIGIN, a.name, b.name]]);
    for (const x of [newer, growing]) {
      const cp = checkpointOf(await receipt(x.number));
      expect([sizeOf(cp), signers(cp)]).toEqual([sC, [ORIGIN, c.name]]);
    }
  });

  it('between heads with as many cosigners each, the newest covering one', async () => {
    const [o] = await onlyA.cosignNow();
    const sA = o?.size ?? -1;
    await grow(2);
    // a at sA, b at s1, c in between: one each.
    for (const x of [old, newer]) {
      const cp = checkpointOf(await receipt(x.number));
      expect([sizeOf(cp), signers(cp)]).toEqual([sA, [ORIGIN, a.name]]);
      expect(verified(await receipt(x.number)).checkpoint.size).toBe(sA);
    }
  });

  it('a witness row whose root is not the stored checkpoint of its size does not count; without witnesses listed, the latest as before', async () => {
    await ledger.cosignNow();
    const head = sizeOf(await served());
    await grow(4);
    // b and c would outnumber a at `head` if their (rewritten) root were counted.
    await lender.testDb.db.kysely.updateTable('ledger_cosignatures').set({ root: Buffer.alloc(32, 7) }).where('witness', 'in', [b.name, c.name]).execute();
    const cp = checkpointOf(await receipt(old.number));
    expect([sizeOf(cp), signers(cp)]).toEqual([head, [ORIGIN, a.name]]);
    const unwitnessed = await asking([]);
    const plain = checkpointOf((await unwitnessed.receiptFor(old.number)).text);
    expect(plain).toBe(await unwitnessed.latestCheckpoint());
    expect(signers(plain)).toEqual([ORIGIN]);
  });

  describe('verifying with witness keys', () => {
    const withWitnesses = (text: string, ...vkeys: string[]) => verifyReceiptFile(text, { trustedVkey: logKeys.verifierKey, witnesses: vkeys });

    it('reports the listed witnesses that cosigned (with their times), those that did not, and lines by unknown keys', () => {
      const cp = checkpointOf(atS1);
      const v = withWitnesses(atS1, b.vkey, never.verifierKey, a.vkey);
      expect(v.ok && v.cosigners).toEqual({
        cosigned: [
          { name: b.name, keyId: keyIdOf(b.vkey), timestamp: timestampOf(cp, b) },
          { name: a.name, keyId: keyIdOf(a.vkey), timestamp: timestampOf(cp, a) },
        ],
        absent: [{ name: neverName, keyId: keyIdOf(never.verifierKey) }],
        unknown: [{ name: c.name, keyId: keyIdOf(c.vkey) }],
      });
      // Without witness keys the verdict is what it was.
      const plain = verifyReceiptFile(atS1, { trustedVkey: logKeys.verifierKey });
      expect(plain.ok && plain.cosigners).toBeUndefined();
      expect(v.ok && { ...v, cosigners: undefined }).toEqual({ ...plain, cosigners: undefined });
    });

    it("fails on a listed witness's line that does not verify, in any receipt of the file; ignores it when the key is not listed", () => {
      const bad = forged(atS1, checkpointOf(atS1), a.name);
      expect(bad).not.toBe(atS1);
      expect(withWitnesses(bad, b.vkey, a.vkey)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE', reason: expect.stringContaining(`witness ${a.name} does not verify`) });
      const ignored = withWitnesses(bad, b.vkey);
      expect(ignored.ok && ignored.cosigners?.unknown.map((k) => k.name)).toEqual([a.name, c.name]);
      expect(verifyReceiptFile(bad, { trustedVkey: logKeys.verifierKey }).ok).toBe(true);
      // Only the second receipt's line forged.
      const json = JSON.parse(atS1) as Bundle & { vkey: string };
      const second = json.receipts[1];
      if (!second) throw new Error('one receipt only');
      second.checkpoint = forged(second.checkpoint, second.checkpoint, a.name);
      const text = createReceiptBundle(json.vkey, json.receipts.map((r) => JSON.stringify(r)));
      expect(verifyReceiptFile(text, { trustedVkey: logKeys.verifierKey }).ok).toBe(true);
      expect(withWitnesses(text, a.vkey)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    });

    it('refuses a witness key that is not a cosignature/v1 key', () => {
      expect(withWitnesses(atS1, a.vkey, logKeys.verifierKey)).toMatchObject({ ok: false, code: 'MALFORMED_KEY', reason: expect.stringMatching(/^witness key 2: /) });
    });

    it('xiaobao ledger verify --witness (keys and files, as a process) prints the cosigners, and exits 1 on a forged listed line', async () => {
      const env = { DATA_DIR: path.join(dir, 'verifier') };
      const file = path.join(dir, 'old.receipt.json');
      fs.writeFileSync(file, `${atS1}\n`);
      const list = path.join(dir, 'verifier-witnesses.txt');
      fs.writeFileSync(list, `# whom I trust\n\n${b.url}\t${b.vkey}\n${never.verifierKey}\n`);
      const cp = checkpointOf(atS1);
      const at = (w: RunningWitness) => new Date(timestampOf(cp, w) * 1000).toISOString().replace('.000Z', 'Z');

      const plain = await runCli(env, 'ledger', 'verify', file, '--vkey', logKeys.verifierKey);
      expect(plain.code, plain.stderr).toBe(0);
      const events = verified(atS1).events.map((e) => `  #${e.leafIndex} ${e.entry ?? ''}\n`).join('');
      expect(plain.stdout).toBe(`valid: ${verified(atS1).events.length} entries in ${ORIGIN} at tree size ${s1}\n${events}`);

      const r = await runCli(env, 'ledger', 'verify', file, '--vkey', logKeys.verifierKey, '--witness', a.vkey, '--witness', list);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(
        `${plain.stdout}cosigned by 2 of 3 listed witnesses\n` +
          `  cosigned: ${a.name}+${keyIdOf(a.vkey)} at ${at(a)}\n` +
          `  cosigned: ${b.name}+${keyIdOf(b.vkey)} at ${at(b)}\n` +
          `  absent: ${neverName}+${keyIdOf(never.verifierKey)}\n` +
          `  ignored: ${c.name}+${keyIdOf(c.vkey)} (not a listed key, not checked)\n`,
      );

      const bad = path.join(dir, 'forged.receipt.json');
      fs.writeFileSync(bad, forged(atS1, cp, b.name));
      const refused = await runCli(env, 'ledger', 'verify', bad, '--vkey', logKeys.verifierKey, '--witness', list);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`receipt is NOT valid (BAD_SIGNATURE): the cosignature by witness ${b.name} does not verify with its listed key`);
      const unlisted = await runCli(env, 'ledger', 'verify', bad, '--vkey', logKeys.verifierKey, '--witness', a.vkey);
      expect(unlisted.code, unlisted.stderr).toBe(0);
      expect(unlisted.stdout).toContain(`  ignored: ${b.name}+${keyIdOf(b.vkey)} (not a listed key, not checked)\n`);

      const wrongKey = await runCli(env, 'ledger', 'verify', file, '--vkey', logKeys.verifierKey, '--witness', logKeys.verifierKey);
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stderr).toContain('receipt is NOT valid (MALFORMED_KEY): witness key 1: ');
    }, 120_000);
  });
});
