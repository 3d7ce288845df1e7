import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../support/test-app.js';
import { createVerifyTestApp, type VerifyTestApp } from './support.js';

let v: VerifyTestApp;
beforeAll(async () => {
  v = await createVerifyTestApp();
});
afterAll(async () => v.close());

const DAY = '2025-05-02T10:15:00+08:00';
const NIGHT = '2025-05-01T23:30:00+08:00';

interface CheckJson {
  checkId: string;
  verdict: string;
  risk: number;
  fraudType: string | null;
  institution: { id: string } | null;
  reasons: Array<{ code: string; message: { zh: string; en: string } }>;
  advice: unknown[];
  indicators: Array<{ kind: string; value: string }>;
}

interface ErrorJson {
  error: { code: string; message: { 'zh-CN': string; en: string }; issues: Array<{ path: string; reason: { 'zh-CN': string; en: string } }> };
}

async function check(payload: unknown, ip = '198.51.100.1') {
  return v.fastify.inject({ method: 'POST', url: '/api/verify', payload: payload as Record<string, unknown>, remoteAddress: ip });
}

describe('POST /api/verify verdicts', () => {
  it.each([
    { name: 'official SMS from the registered port', body: { text: '【示例消金】您本期账单应还 1,280.00 元，最后还款日 05月15日。', sender: '1069555001', channel: 'sms', receivedAt: DAY }, verdict: 'official', inst: 'sample-xf', type: null },
    { name: 'fake-loan SMS with up-front fee', body: { text: '【演示贷】恭喜获得 5 万元无抵押贷款，秒到账！放款前需先交 500 元保证金，请联系客服 17012345678', sender: '17012345678', receivedAt: DAY }, verdict: 'fraud', inst: 'demo-dai', type: 'fake_loan' },
    { name: 'harassing collection at night', body: { text: '你欠演示贷的钱再不还，我们就通知你家人和单位，让你身败名裂', sender: '13912345678', receivedAt: NIGHT }, verdict: 'harassment', inst: null, type: null },
    { name: 'unknown mobile, no text', body: { sender: '13612345678' }, verdict: 'unverified', inst: null, type: null },
  ])('$name → $verdict', async (c) => {
    const r = await check(c.body);
    expect(r.statusCode).toBe(200);
    const j = r.json() as CheckJson;
    expect(j.checkId).toMatch(/^[0-9a-f-]{36}$/);
    expect(j.verdict).toBe(c.verdict);
    expect(j.fraudType).toBe(c.type);
    if (c.inst) expect(j.institution?.id).toBe(c.inst);
    expect(j.advice.length).toBeGreaterThan(0);
  });

  it.each([
    { name: 'emoji only', body: { text: '😀😀🎉 🙏' } },
    { name: 'only a number', body: { sender: '95990' } },
    { name: 'only a URL', body: { url: 'https://samp1e-xf.example.com/login' } },
    { name: 'malformed number', body: { sender: '+0-000' } },
    { name: 'malformed URL', body: { url: 'http://' } },
    { name: 'Traditional Chinese', body: { text: '請將驗證碼告訴我，您的賬戶涉嫌洗錢，轉入安全賬戶' } },
    { name: 'English', body: { text: 'Your parcel is lost. Click bit.ly/x1y2z3 to claim a refund.' } },
    { name: '100 KB paste', body: { text: '您好，请问这条短信是真的吗？'.repeat(7_200) } },
  ])('$name → a verdict, never an error', async (c) => {
    const r = await check(c.body);
    expect(r.statusCode).toBe(200);
    expect(['official', 'unverified', 'suspicious', 'fraud', 'harassment']).toContain((r.json() as CheckJson).verdict);
  });

  it.each([
    { name: 'empty body', body: {}, code: 'VERIFY_EMPTY_INPUT', path: 'input' },
    { name: 'blank text', body: { text: '   ' }, code: 'VERIFY_EMPTY_INPUT', path: 'input' },
    { name: 'receivedAt without offset', body: { text: '您好', receivedAt: '2025-05-01 23:00' }, code: 'VERIFY_INVALID_RECEIVED_AT', path: 'receivedAt' },
    { name: 'unknown field', body: { text: '您好', phone: '1' }, code: 'VALIDATION_FAILED', path: '' },
    { name: 'unknown channel', body: { text: '您好', channel: 'fax' }, code: 'VALIDATION_FAILED', path: 'channel' },
    { name: 'text too long', body: { text: 'a'.repeat(200_001) }, code: 'VALIDATION_FAILED', path: 'text' },
    { name: 'sender of the wrong type', body: { sender: 95990 }, code: 'VALIDATION_FAILED', path: 'sender' },
  ])('$name → 400 $code with a bilingual message', async (c) => {
    const r = await check(c.body);
    expect(r.statusCode).toBe(400);
    const j = r.json() as ErrorJson;
    expect(j.error.code).toBe(c.code);
    expect(j.error.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(j.error.message.en).toMatch(/[a-z]/);
    if (c.path) expect(j.error.issues.map((i) => i.path)).toContain(c.path);
    for (const i of j.error.issues) expect(i.reason['zh-CN'].length * i.reason.en.length).toBeGreaterThan(0);
  });

  it('stores the check without raw personal data', async () => {
    const r = await check({ text: '我叫王大锤，手机 13900001111，身份证 11010519491231002X，有人让我交保证金', sender: '13900002222' });
    const { checkId } = r.json() as CheckJson;
    const row = await v.t.testDb.db.kysely.selectFrom('verify_checks').selectAll().where('id', '=', checkId).executeTakeFirstOrThrow();
    // Indicators are the one raw field: the fraud database keys on them.
    const { indicators: _indicators, ...rest } = row;
    const stored = JSON.stringify(rest);
    for (const raw of ['13900001111', '11010519491231002X', '13900002222', '王大锤']) expect(stored).not.toContain(raw);
    expect(row.masked_text).not.toContain('13900001111');
    expect(row.masked_text).toContain('保证金');
    expect(row.masked_sender).not.toContain('13900002222');
  });
});

describe('POST /api/verify/:checkId/report', () => {
  it('a reported number raises the next verdict through the fraud database', async () => {
    const scam = '17112345678';
    const before = (await check({ sender: scam })).json() as CheckJson;
    expect(before.reasons.map((r) => r.code)).not.toContain('fraud_db_hit');
    expect(before.verdict).not.toBe('fraud');

    const first = (await check({ text: '您的贷款已审批，需先交解冻金', sender: scam })).json() as CheckJson;
    const rep = await v.fastify.inject({ method: 'POST', url: `/api/verify/${first.checkId}/report`, remoteAddress: '203.0.113.7' });
    expect(rep.statusCode).toBe(201);
    const rj = rep.json() as { newReports: number; reported: Array<{ kind: string; value: string }> };
    expect(rj.newReports).toBeGreaterThan(0);
    expect(rj.reported).toContainEqual({ kind: 'phone', value: scam });

    const after = (await check({ sender: scam })).json() as CheckJson;
    expect(after.reasons.map((r) => r.code)).toContain('fraud_db_hit');
    expect(after.verdict).toBe('fraud');

    const sources = await v.t.testDb.db.kysely.selectFrom('fraud_reports').select(['source_hash', 'evidence_ref', 'status']).where('value', '=', scam).execute();
    expect(sources).toHaveLength(1);
    expect(sources[0]?.source_hash.toString('utf8')).not.toContain('203.0.113.7');
    expect(sources[0]?.evidence_ref).toBe(`verify_check:${first.checkId}`);
    expect(sources[0]?.status).toBe('active');
  });

  it('counts one source once and independent sources separately', async () => {
    const scam = '16512345678';
    const c = (await check({ sender: scam })).json() as CheckJson;
    const url = `/api/verify/${c.checkId}/report`;
    const a = await v.fastify.inject({ method: 'POST', url, remoteAddress: '192.0.2.10' });
    const again = await v.fastify.inject({ method: 'POST', url, remoteAddress: '192.0.2.10' });
    const other = await v.fastify.inject({ method: 'POST', url, remoteAddress: '192.0.2.11' });
    expect((a.json() as { newReports: number }).newReports).toBe(1);
    expect((again.json() as { newReports: number }).newReports).toBe(0);
    expect((other.json() as { newReports: number }).newReports).toBe(1);
    const next = (await check({ sender: scam })).json() as CheckJson;
    expect(next.reasons.find((r) => r.code === 'fraud_db_hit')?.message.en).toContain('2 time');
  });

  it.each([
    { name: 'an official channel cannot be reported', body: { sender: '95990', channel: 'call' }, status: 422, code: 'VERIFY_NOTHING_TO_REPORT' },
    { name: 'unknown check', body: null, status: 404, code: 'VERIFY_CHECK_NOT_FOUND' },
  ])('$name', async (c) => {
    const id = c.body ? ((await check(c.body)).json() as CheckJson).checkId : '00000000-0000-4000-8000-000000000000';
    const r = await v.fastify.inject({ method: 'POST', url: `/api/verify/${id}/report` });
    expect(r.statusCode).toBe(c.status);
    expect((r.json() as ErrorJson).error.code).toBe(c.code);
  });
});

describe('POST /api/verify/:checkId/complaint', () => {
  const message = '【演示贷】您的借款已逾期，再不还款我们就联系你的家人和单位，手机 13700001111';
  const consumer = { name: '李晓明', phone: '13812345678' };

  it('files a complaint with the message attached as evidence', async () => {
    const c = (await check({ text: message, sender: '13900003333', receivedAt: DAY })).json() as CheckJson;
    const r = await v.fastify.inject({ method: 'POST', url: `/api/verify/${c.checkId}/complaint`, payload: { consumer, message } });
    expect(r.statusCode).toBe(201);
    const ack = r.json() as { id: string; number: string; status: string; dueAt: string };
    expect(ack.number).toMatch(/^XB\d{14}$/);
    expect(ack.status).toBe('received');

    const d = await v.t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${ack.id}`, headers: auth(v.t.tokens.agent) });
    const detail = d.json() as { channel: string; facts: string; institution: string; attachments: Array<{ mediaType: string; sha256: string }> };
    expect(detail.channel).toBe('web');
    expect(detail.institution).toBe('演示网贷');
    expect(detail.facts).toContain(c.checkId);
    expect(detail.facts).toContain(c.verdict);
    expect(detail.facts).not.toContain('13700001111');
    expect(detail.attachments).toHaveLength(1);
    expect(detail.attachments[0]?.mediaType).toBe('text/plain');
    const blob = await v.t.testDb.db.kysely.selectFrom('evidence_blobs').select('content').where('sha256', '=', detail.attachments[0]?.sha256 ?? '').executeTakeFirstOrThrow();
    expect(blob.content.toString('utf8')).toBe(message);

    const retry = await v.fastify.inject({ method: 'POST', url: `/api/verify/${c.checkId}/complaint`, payload: { consumer, message } });
    expect((retry.json() as { id: string }).id).toBe(ack.id);
    const row = await v.t.testDb.db.kysely.selectFrom('verify_checks').select('complaint_id').where('id', '=', c.checkId).executeTakeFirstOrThrow();
    expect(row.complaint_id).toBe(ack.id);
  });

  it.each([
    { name: 'a different message', payload: { consumer, message: '完全不同的一条消息' }, status: 422, code: 'VERIFY_MESSAGE_MISMATCH' },
    { name: 'no contact', payload: { consumer: { name: '李晓明' } }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'bad phone', payload: { consumer: { name: '李晓明', phone: '12' } }, status: 400, code: 'VALIDATION_FAILED' },
  ])('refuses $name', async (c) => {
    const chk = (await check({ text: message })).json() as CheckJson;
    const r = await v.fastify.inject({ method: 'POST', url: `/api/verify/${chk.checkId}/complaint`, payload: c.payload });
    expect(r.statusCode).toBe(c.status);
    expect((r.json() as ErrorJson).error.code).toBe(c.code);
  });

  it('without the message attaches the masked text', async () => {
    const chk = (await check({ text: message })).json() as CheckJson;
    const r = await v.fastify.inject({ method: 'POST', url: `/api/verify/${chk.checkId}/complaint`, payload: { consumer } });
    expect(r.statusCode).toBe(201);
    const { id } = r.json() as { id: string };
    const att = await v.t.testDb.db.kysely.selectFrom('complaint_attachments').innerJoin('evidence_blobs', 'evidence_blobs.sha256', 'complaint_attachments.sha256').select('content').where('complaint_id', '=', id).executeTakeFirstOrThrow();
    expect(att.content.toString('utf8')).not.toContain('13700001111');
    expect(att.content.toString('utf8')).toContain('联系你的家人');
  });
});
