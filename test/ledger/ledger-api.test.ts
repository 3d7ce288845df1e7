/**
 * The log through the real app: receipts over HTTP for staff and the owning consumer, offline
 * verification, C2SP tiles and checkpoint, and tamper detection by the audit after raw SQL edits.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  leafHash,
  openNote,
  parseCheckpoint,
  parseVerifierKey,
  referenceRoot,
} from '../../src/engines/merkle/index.js';
import { verifyReceiptFile } from '../../src/ledger/index.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const inject = (url: string, token?: string) => t.app.fastify.inject({ method: 'GET', url, ...(token ? { headers: auth(token) } : {}) });
const post = (url: string, payload: Record<string, unknown>) => t.app.fastify.inject({ method: 'POST', url, payload, headers: auth(t.tokens.agent) });

async function file(text = '分期手续费与合同约定不符，多扣了 88 元，请核实退还。'): Promise<{ id: string; number: string }> {
  const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: { channel: 'app', text, consumer: { name: '钱七', phone: '13912345678' }, institution: '示例消费金融' } });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; number: string };
}

async function withHistory(): Promise<{ id: string; number: string }> {
  const c = await file();
  expect((await post(`/api/complaints/${c.id}/accept`, {})).statusCode).toBe(200);
  expect((await post(`/api/complaints/${c.id}/start`, {})).statusCode).toBe(200);
  expect((await post(`/api/complaints/${c.id}/notes`, { body: '已调取还款计划核对。' })).statusCode).toBe(201);
  return c;
}

async function consumerToken(number: string): Promise<string> {
  await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/code', payload: { number } });
  const sent = t.sent.filter((n) => n.kind === 'tracking_code' && n.complaintNumber === number).at(-1);
  const code = /验证码是 (\d{6})/.exec(sent?.text ?? '')?.[1] ?? '';
  const s = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/session', payload: { number, code } });
  expect(s.statusCode).toBe(201);
  return (s.json() as { token: string }).token;
}

const vkey = async () => (await inject('/.well-known/xiaobao-log.vkey')).body.trim();

async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  const k = t.testDb.db.kysely;
  await sql`alter table complaint_events disable trigger complaint_events_no_update`.execute(k);
  try {
    await statement.execute(k);
  } finally {
    await sql`alter table complaint_events enable trigger complaint_events_no_update`.execute(k);
  }
}

describe('receipts over HTTP', () => {
  it('covers every event of the complaint, by uuid or number, and verifies offline with the published key', async () => {
    const c = await withHistory();
    for (const id of [c.id, c.number]) {
      const r = await inject(`/api/complaints/${id}/receipt`, t.tokens.auditor);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('application/json');
      expect(r.headers['content-disposition']).toBe(`attachment; filename="${c.number}.receipt.json"`);
      const v = verifyReceiptFile(r.body, { trustedVkey: await vkey() });
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      expect(v.keySource).toBe('trusted');
      const seqs = v.events.map((e) => (JSON.parse(e.entry ?? '{}') as { seq: number; complaintId: string }).seq);
      const detail = (await inject(`/api/complaints/${c.id}`, t.tokens.supervisor)).json() as { events: Array<{ seq: number }> };
      expect(detail.events.length).toBeGreaterThanOrEqual(4);
      expect(seqs).toEqual(detail.events.map((e) => e.seq));
      expect(v.events.every((e) => (JSON.parse(e.entry ?? '{}') as { complaintId: string }).complaintId === c.id)).toBe(true);
    }
  });

  it('lets the owning consumer fetch it and refuses another consumer, anonymous callers and unknown complaints', async () => {
    const mine = await withHistory();
    const other = await file();
    const token = await consumerToken(mine.number);
    expect((await inject(`/api/complaints/${mine.number}/receipt`, token)).statusCode).toBe(200);
    const cases: Array<[string, string | undefined, number]> = [
      [`/api/complaints/${other.id}/receipt`, token, 403],
      [`/api/complaints/${other.number}/receipt`, token, 403],
      [`/api/complaints/${mine.id}/receipt`, undefined, 401],
      ['/api/complaints/00000000-0000-4000-8000-000000000000/receipt', t.tokens.agent, 404],
      ['/api/complaints/XB99990101999999/receipt', t.tokens.agent, 404],
      ['/api/complaints/not-an-id/receipt', t.tokens.agent, 400],
    ];
    for (const [url, tok, status] of cases) expect([url, (await inject(url, tok)).statusCode]).toEqual([url, status]);
  });

  it('rejects a receipt whose entry, proof or checkpoint byte changed, and a self-asserted key is flagged', async () => {
    const c = await withHistory();
    const body = (await inject(`/api/complaints/${c.id}/receipt`, t.tokens.agent)).body;
    const key = await vkey();
    const self = verifyReceiptFile(body);
    expect(self.ok && self.keySource).toBe('self-asserted');
    const json = JSON.parse(body) as { receipts: Array<{ entry: string; inclusionProof: string[]; checkpoint: string }> };
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    const first = json.receipts[0];
    expect(first).toBeDefined();
    if (!first) return;
    const targets = [first.entry.slice(4, 12), first.inclusionProof[0]?.slice(4, 12) ?? '', first.checkpoint.split('\n')[2]?.slice(4, 12) ?? ''];
    for (const needle of targets) {
      expect(needle.length).toBeGreaterThan(0);
      const at = body.indexOf(needle) + 2;
      const v = verifyReceiptFile(flip(body, at), { trustedVkey: key });
      expect(v.ok).toBe(false);
    }
  });
});

describe('C2SP endpoints', () => {
  it('serves a checkpoint signed by the well-known key, and tiles that rebuild its root', async () => {
    for (let i = 0; i < 3; i++) await withHistory();
    await t.app.ledger.integrate();
    const note = (await inject('/log/checkpoint')).body;
    const cp = parseCheckpoint(openNote(note, [parseVerifierKey(await vkey())]).text);
    expect(cp.origin).toBe('xiaobao.local/log');
    expect(cp.size).toBeGreaterThan(10);
    expect(cp.size).toBeLessThan(256);
    const tile = await inject(`/log/tile/0/000.p/${cp.size}`);
    expect(tile.statusCode).toBe(200);
    expect(tile.headers['cache-control']).not.toContain('immutable');
    expect(tile.rawPayload.length).toBe(32 * cp.size);
    const leaves = Array.from({ length: cp.size }, (_, i) => new Uint8Array(tile.rawPayload.subarray(i * 32, (i + 1) * 32)));
    expect(Buffer.from(referenceRoot(leaves)).equals(Buffer.from(cp.root))).toBe(true);
    const bundle = await inject(`/log/tile/entries/000.p/${cp.size}`);
    expect(bundle.statusCode).toBe(200);
    const first = bundle.rawPayload.subarray(2, 2 + bundle.rawPayload.readUInt16BE(0));
    expect(Buffer.from(leafHash(first)).equals(Buffer.from(leaves[0] ?? []))).toBe(true);
  });

  it('answers 404 for tiles beyond the tree and non-canonical tile paths', async () => {
    const size = parseCheckpoint((await inject('/log/checkpoint')).body.split('\n\n')[0] + '\n').size;
    for (const p of ['/log/tile/0/000', `/log/tile/0/000.p/${size + 1}`, '/log/tile/1/000.p/1', '/log/tile/0/0', '/log/tile/0/000.p/0', '/log/tile/entries/001']) {
      expect([p, (await inject(p)).statusCode]).toEqual([p, 404]);
    }
  });
});

type EventRows = Awaited<ReturnType<typeof snapshot>>;
const snapshot = (id: string) => t.testDb.db.kysely.selectFrom('complaint_events').selectAll().where('complaint_id', '=', id).execute();
async function restore(id: string, rows: EventRows): Promise<void> {
  await tamper(sql`delete from complaint_events where complaint_id = ${id}`);
  await t.testDb.db.kysely.insertInto('complaint_events').values(rows.map((r) => ({ ...r, data: JSON.stringify(r.data) }))).execute();
}

describe('audit', () => {
  it('passes on an untouched database', async () => {
    await withHistory();
    const r = await t.app.ledger.audit();
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.eventsChecked).toBeGreaterThan(0);
  });

  const cases: Array<{ name: string; edit: (c: { id: string }) => ReturnType<typeof sql>; want: Array<{ seq: number; problem: string }> }> = [
    { name: 'a changed event row', edit: (c) => sql`update complaint_events set data = jsonb_set(data, '{to}', '"closed"') where complaint_id = ${c.id} and seq = 2`, want: [{ seq: 2, problem: 'changed' }] },
    { name: 'a deleted event row', edit: (c) => sql`delete from complaint_events where complaint_id = ${c.id} and seq = 3`, want: [{ seq: 3, problem: 'deleted' }] },
    {
      name: 'two swapped event rows',
      // (complaint_id, seq) is unique and not deferrable, so swap the contents rather than the keys.
      edit: (c) => sql`update complaint_events e set (type, actor_type, actor_id, occurred_at, data) =
        (select o.type, o.actor_type, o.actor_id, o.occurred_at, o.data from complaint_events o where o.complaint_id = e.complaint_id and o.seq = 5 - e.seq)
        where e.complaint_id = ${c.id} and e.seq in (2, 3)`,
      want: [{ seq: 2, problem: 'reordered' }, { seq: 3, problem: 'reordered' }],
    },
    { name: 'an event added behind the log', edit: (c) => sql`insert into complaint_events (complaint_id, seq, type, actor_type, actor_id, occurred_at, data) values (${c.id}, 9, 'note_added', 'staff', null, now(), '{}')`, want: [{ seq: 9, problem: 'not_logged' }] },
  ];
  for (const k of cases) {
    it(`reports ${k.name} with the complaint number and seq`, async () => {
      const c = await withHistory();
      await t.app.ledger.integrate();
      const before = await snapshot(c.id);
      await tamper(k.edit(c));
      const r = await t.app.ledger.audit();
      expect(r.ok).toBe(false);
      const mine = r.problems.filter((p) => p.complaintNumber === c.number).map((p) => ({ seq: p.eventSeq, problem: p.problem }));
      expect(mine.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))).toEqual(k.want);
      expect(r.problems.filter((p) => p.complaintNumber !== c.number)).toEqual([]);
      // Put the rows back exactly: the audit must then be clean again, so it is exact both ways.
      await restore(c.id, before);
      expect((await t.app.ledger.audit()).problems).toEqual([]);
    });
  }
});
