/** Reveal with a reason, PIPL subject requests, key rotation, and no raw PII in any log or response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyringPath } from '../../src/privacy/keyring.js';
import { rotateKeys } from '../../src/privacy/rotate-keys.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // An empty XIAOBAO_KEK makes the vault use a keyring file in DATA_DIR, which can be rotated.
  t = await createTestApp({ env: { XIAOBAO_KEK: '' } });
});
afterAll(async () => t.close());

const PHONE = '13566667777';
const OTHER = '18899990000';
const ID = '11010519491231002X';
const CARD = '6222020200112233445';
const EMAIL = 'zhou.test@example.com';
const NAME = '周晓梅';
const RAW = [PHONE, OTHER, ID, CARD, EMAIL, NAME, '135 6666 7777', '188-9999-0000'];

async function file(): Promise<{ id: string; number: string }> {
  const r = await t.app.fastify.inject({
    method: 'POST',
    url: '/api/complaints',
    payload: {
      channel: 'web',
      text: `我叫${NAME}，身份证 ${ID}，银行卡 ${CARD} 被多扣款。催收员用 188-9999-0000 打电话给我母亲。`,
      consumer: { name: NAME, phone: '135 6666 7777', email: EMAIL, idNumber: ID },
      attachments: [{ filename: `${PHONE}.txt`, contentBase64: Buffer.from(`聊天记录 ${PHONE}`).toString('base64') }],
    },
  });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; number: string };
}

describe('reveal with a reason', () => {
  it('shows originals to an allowed role with a purpose, records who and why, never the values', async () => {
    const c = await file();
    const r = await t.app.fastify.inject({
      method: 'POST',
      url: `/api/complaints/${c.id}/reveal`,
      payload: { purpose: 'complaint_handling', reason: '核实扣款银行卡', identity: true },
      headers: auth(t.tokens.compliance),
    });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { identity: { phone: string; idNumber: string }; values: Array<{ placeholder: string; value: string }> };
    expect(body.identity.phone).toBe('135 6666 7777');
    expect(body.values.find((v) => v.placeholder === '[银行卡号#1]')?.value).toBe(CARD);
    expect(r.headers['cache-control']).toBe('no-store');

    const d = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}`, headers: auth(t.tokens.agent) });
    const ev = (d.json() as { events: Array<{ type: string; data: Record<string, unknown> }> }).events.find((e) => e.type === 'pii_revealed');
    expect(ev?.data).toMatchObject({ purpose: 'complaint_handling', fields: expect.arrayContaining(['consumer', '[银行卡号#1]']) });
    expect(JSON.stringify(ev)).not.toContain(CARD);
    const log = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}/reveals`, headers: auth(t.tokens.auditor) });
    expect((log.json() as { items: Array<{ username: string; purpose: string }> }).items).toEqual([expect.objectContaining({ username: 't-compliance', purpose: 'complaint_handling' })]);
  });

  it('refuses agents (403) and a reveal without a purpose (400)', async () => {
    const c = await file();
    const agent = await t.app.fastify.inject({ method: 'POST', url: `/api/complaints/${c.id}/reveal`, payload: { purpose: 'audit', reason: '随便看看' }, headers: auth(t.tokens.agent) });
    expect(agent.statusCode).toBe(403);
    const noPurpose = await t.app.fastify.inject({ method: 'POST', url: `/api/complaints/${c.id}/reveal`, payload: { reason: '核实' }, headers: auth(t.tokens.supervisor) });
    expect(noPurpose.statusCode).toBe(400);
  });
});

describe('data-subject rights (PIPL)', () => {
  it('exports one person’s data, then erases the originals while keeping the masked record', async () => {
    const c = await file();
    const ex = await t.app.fastify.inject({ method: 'POST', url: '/api/privacy/subjects/export', payload: { phone: PHONE, reason: '本人申请查阅' }, headers: auth(t.tokens.compliance) });
    expect(ex.statusCode).toBe(200);
    const exported = ex.json() as { complaints: Array<{ detail: { id: string }; identity: { name: string } | null; values: Array<{ value: string }> }> };
    const mine = exported.complaints.find((x) => x.detail.id === c.id);
    expect(mine?.identity?.name).toBe(NAME);
    // The collector's number in the text is someone else's data: not part of this person's export.
    expect(JSON.stringify(exported)).not.toContain('188-9999-0000');

    const er = await t.app.fastify.inject({ method: 'POST', url: '/api/privacy/subjects/erase', payload: { idNumber: ID, reason: '本人申请删除' }, headers: auth(t.tokens.compliance) });
    expect(er.statusCode).toBe(200);
    expect((er.json() as { vaultRecordsDeleted: number }).vaultRecordsDeleted).toBeGreaterThan(0);
    const after = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}`, headers: auth(t.tokens.agent) });
    expect(after.statusCode).toBe(200);
    expect((after.json() as { consumer: { name: string } }).consumer.name).toBe('[已删除]');
    const rev = await t.app.fastify.inject({ method: 'POST', url: `/api/complaints/${c.id}/reveal`, payload: { purpose: 'audit', reason: '删除后核查', identity: true, placeholders: ['[身份证号#1]'] }, headers: auth(t.tokens.compliance) });
    expect(rev.statusCode).toBe(404);
  });
});

describe('key rotation', () => {
  it('re-wraps every data key under a new version, and originals still open', async () => {
    const c = await file();
    const progress: number[] = [];
    const r = await rotateKeys(t.testDb.db.kysely, keyringPath(t.config.dataDir), (p) => progress.push(p.done), { addVersion: true, batch: 3 });
    expect(r.version).toBe(2);
    expect(r.done).toBe(r.total);
    expect(progress.length).toBeGreaterThan(1);
    const left = await t.testDb.db.kysely.selectFrom('vault_records').select('key_version').where('key_version', '<', 2).execute();
    expect(left).toEqual([]);
    const rev = await t.app.fastify.inject({ method: 'POST', url: `/api/complaints/${c.id}/reveal`, payload: { purpose: 'audit', reason: '轮换后核查', identity: true }, headers: auth(t.tokens.admin) });
    expect((rev.json() as { identity: { name: string } }).identity.name).toBe(NAME);
  });
});

describe('no raw personal data in logs or non-reveal responses', () => {
  it('seeds known PII through the endpoints and finds none of it outside reveals', async () => {
    const bodies: string[] = [];
    const c = await file();
    const say = async (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, token?: string) => {
      const r = await t.app.fastify.inject({ method, url, ...(payload ? { payload } : {}), headers: token ? auth(token) : {} });
      bodies.push(r.body);
      return r;
    };
    await say('POST', `/api/complaints/${c.id}/accept`, {}, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/notes`, { body: `回拨 ${PHONE} 未接通，改拨 ${OTHER}` }, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/messages`, { body: `${NAME}您好，我们已核实卡号 ${CARD}` }, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/facts`, { text: `补充：身份证 ${ID}` }, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/start`, {}, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/extend`, { reason: `需联系 ${EMAIL} 核实` }, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/pause`, { reason: `鉴定 ${CARD}` }, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/resume`, {}, t.tokens.agent);
    await say('POST', `/api/complaints/${c.id}/decision`, { outcome: 'remedied_monetary', text: `已向 ${CARD} 退款`, checked: `流水 ${PHONE}` }, t.tokens.agent);
    await say('POST', '/api/complaints', { channel: 'web', text: `电话 ${PHONE}`, consumer: { name: NAME, phone: 'not-a-phone' } });
    await say('POST', '/api/complaints', { channel: 'web', text: `我的电话 ${PHONE}`, consumer: { name: NAME, phone: PHONE }, unknown: ID });
    await say('GET', `/api/complaints?phone=${PHONE}`, undefined, t.tokens.agent);
    await say('GET', `/api/complaints/${c.id}`, undefined, t.tokens.agent);
    // The verifier answers the consumer about the message they pasted, quoting its numbers as
    // evidence (mostly a fraudster's); only its logs are scanned.
    await t.app.fastify.inject({ method: 'POST', url: '/api/verify', payload: { text: `【示例】您的验证码 123456，勿告诉他人。客户 ${NAME} 电话 ${PHONE}`, sender: '10690000' } });
    await say('GET', `/api/kb/search?q=${encodeURIComponent(`${PHONE} 账户冻结`)}`);
    await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/code', payload: { number: c.number } });
    const logs = t.logs.join('\n');
    for (const raw of RAW) {
      expect(logs, `log holds ${raw}`).not.toContain(raw);
      for (const b of bodies) expect(b, `response holds ${raw}`).not.toContain(raw);
    }
    // The logger masks what reaches it even when a caller logs personal data by mistake.
    t.app.fastify.log.warn({ note: `客户电话 ${PHONE}，身份证 ${ID}` }, `callback to ${PHONE}`);
    const last = t.logs.at(-1) ?? '';
    expect(last).not.toContain(PHONE);
    expect(last).not.toContain(ID);
    expect(last).toContain('135****7777');
  });
});
