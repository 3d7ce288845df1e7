import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PHONE = '13812345678';
const body = (over: Record<string, unknown> = {}) => ({
  channel: 'web',
  text: `我在贵公司借款后，本月被重复扣款两次，每次 1,280 元，请核实退款。我的手机号 ${PHONE}。`,
  consumer: { name: '李晓明', phone: PHONE },
  institution: '示例消费金融',
  ...over,
});

async function countComplaints(): Promise<number> {
  const r = await t.app.fastify.inject({ method: 'GET', url: '/api/complaints?limit=200', headers: auth(t.tokens.admin) });
  return (r.json() as { items: unknown[] }).items.length;
}

describe('POST /api/complaints (public intake)', () => {
  it('acknowledges with id, number, status and a computed due date', async () => {
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body() });
    expect(r.statusCode).toBe(201);
    const j = r.json() as { id: string; number: string; status: string; dueAt: string; deadline: { state: string } };
    expect(j.number).toMatch(/^XB\d{14}$/);
    expect(j.status).toBe('received');
    const days = (new Date(j.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(14);
    expect(days).toBeLessThan(16.01);
    expect(j.deadline.state).toBe('on_track');
  });

  it('never stores or returns the raw phone number or name', async () => {
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ text: `我叫王大锤，电话 13900001111，被重复扣款。` }) });
    const { id } = r.json() as { id: string };
    const d = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${id}`, headers: auth(t.tokens.agent) });
    expect(d.statusCode).toBe(200);
    expect(d.body).not.toContain('13900001111');
    expect(d.body).not.toContain(PHONE);
    expect(d.body).not.toContain('李晓明');
    const detail = d.json() as { consumer: { phone: string; name: string } };
    expect(detail.consumer.phone).toBe('138****5678');
    expect(detail.consumer.name).toMatch(/^李\*/);
  });

  it('returns the same complaint for a retried submission with the same Idempotency-Key', async () => {
    const key = `k-${Date.now()}`;
    const a = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body(), headers: { 'idempotency-key': key } });
    const b = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body(), headers: { 'idempotency-key': key } });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect((b.json() as { id: string }).id).toBe((a.json() as { id: string }).id);
  });

  it('creates exactly one complaint for concurrent retries of the same key', async () => {
    const before = await countComplaints();
    const key = `race-${Date.now()}`;
    const rs = await Promise.all(
      Array.from({ length: 8 }, () => t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body(), headers: { 'idempotency-key': key } })),
    );
    expect(rs.every((r) => r.statusCode === 201)).toBe(true);
    expect(new Set(rs.map((r) => (r.json() as { id: string }).id)).size).toBe(1);
    expect(await countComplaints()).toBe(before + 1);
  });

  it('refuses the same key with a different body and writes nothing', async () => {
    const key = `reuse-${Date.now()}`;
    await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body(), headers: { 'idempotency-key': key } });
    const before = await countComplaints();
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ text: '完全不同的投诉内容，关于会员费。' }), headers: { 'idempotency-key': key } });
    expect(r.statusCode).toBe(422);
    expect((r.json() as { error: { code: string } }).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countComplaints()).toBe(before);
  });

  it('treats a channel message id as an idempotency key', async () => {
    const payload = body({ channel: 'wechat', channelMessageId: `msg-${Date.now()}` });
    const a = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload });
    const b = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload });
    expect((b.json() as { id: string }).id).toBe((a.json() as { id: string }).id);
  });

  it('links a likely duplicate from the same consumer and institution', async () => {
    const phone = '13700002222';
    const text = '贵公司催收人员每天晚上十一点给我打电话骚扰，还威胁要联系我的家人和单位。';
    const first = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ consumer: { name: '赵六', phone }, text }) });
    const second = await t.app.fastify.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: body({ consumer: { name: '赵六', phone }, text: `${text}请尽快处理！` }),
    });
    expect((second.json() as { possibleDuplicateOf: string | null }).possibleDuplicateOf).toBe((first.json() as { number: string }).number);
    const other = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ consumer: { name: '赵六', phone }, text: '我想咨询一下提前还款的手续费是怎么计算的。' }) });
    expect((other.json() as { possibleDuplicateOf: string | null }).possibleDuplicateOf).toBeNull();
  });

  it('takes the regulator’s earlier deadline on referrals and sends them to the urgent queue', async () => {
    const dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const r = await t.app.fastify.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: body({ channel: 'regulator_referral', referral: { number: 'ZJ-1', regulator: '某监管局', dueAt } }),
    });
    expect(r.statusCode).toBe(201);
    const j = r.json() as { dueAt: string; queue: string; classification: { tier: number } };
    expect(new Date(j.dueAt).toISOString()).toBe(dueAt);
    expect(j.queue).toBe('urgent');
    expect(j.classification.tier).toBe(3);
  });
});

describe('bad input is refused with a clear, bilingual error and changes nothing', () => {
  type Err = { error: { code: string; message: { 'zh-CN': string; en: string }; issues: Array<{ path: string; reason: { 'zh-CN': string; en: string } }> } };
  const cases: Array<[string, { payload?: unknown; raw?: string; headers?: Record<string, string> }, number, string, string | null]> = [
    ['missing text', { payload: body({ text: undefined }) }, 400, 'VALIDATION_FAILED', 'text'],
    ['text too short', { payload: body({ text: '太差' }) }, 400, 'VALIDATION_FAILED', 'text'],
    ['wrong type', { payload: body({ text: 12345 }) }, 400, 'VALIDATION_FAILED', 'text'],
    ['unknown channel', { payload: body({ channel: 'fax' }) }, 400, 'VALIDATION_FAILED', 'channel'],
    ['unknown field', { payload: body({ hacker: true }) }, 400, 'VALIDATION_FAILED', 'hacker'],
    ['bad phone', { payload: body({ consumer: { name: '李', phone: '12345' } }) }, 400, 'VALIDATION_FAILED', 'consumer.phone'],
    ['no contact', { payload: body({ consumer: { name: '李' } }) }, 400, 'VALIDATION_FAILED', 'consumer.phone'],
    ['referral without details', { payload: body({ channel: 'regulator_referral' }) }, 400, 'VALIDATION_FAILED', 'referral'],
    ['malformed JSON', { raw: '{"channel": "web", ', headers: { 'content-type': 'application/json' } }, 400, 'MALFORMED_JSON', null],
    ['not JSON', { raw: 'channel=web', headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE', null],
    [
      'unsupported attachment type',
      { payload: body({ attachments: [{ filename: 'x.exe', contentBase64: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]).toString('base64') }] }) },
      415,
      'ATTACHMENT_TYPE_UNSUPPORTED',
      'attachments.0.contentBase64',
    ],
    ['truncated base64', { payload: body({ attachments: [{ filename: 'a.png', contentBase64: 'iVBORw0KGgo=x' }] }) }, 400, 'VALIDATION_FAILED', 'attachments.0.contentBase64'],
  ];

  it.each(cases)('%s → %i %s', async (_name, req, status, errCode, path) => {
    const before = await countComplaints();
    const r = await t.app.fastify.inject({
      method: 'POST',
      url: '/api/complaints',
      ...(req.raw !== undefined ? { payload: req.raw } : { payload: req.payload as Record<string, unknown> }),
      headers: { ...(req.headers ?? {}) },
    });
    expect(r.statusCode).toBe(status);
    const e = (r.json() as Err).error;
    expect(e.code).toBe(errCode);
    expect(e.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message.en).toMatch(/[a-z]/i);
    if (path) {
      const issue = e.issues.find((i) => i.path === path);
      expect(issue, JSON.stringify(e.issues)).toBeDefined();
      expect(issue?.reason['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(r.body).not.toContain(PHONE);
    expect(await countComplaints()).toBe(before);
  });

  it('refuses an oversize body with 413', async () => {
    const small = await createTestApp({ env: { BODY_LIMIT_BYTES: '4096' } });
    try {
      const r = await small.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ text: '很长的投诉'.repeat(2000) }) });
      expect(r.statusCode).toBe(413);
      expect((r.json() as Err).error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('refuses an attachment over the size limit with 413', async () => {
    const small = await createTestApp({ env: { MAX_ATTACHMENT_BYTES: '2048' } });
    try {
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(4096)]);
      const r = await small.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ attachments: [{ filename: 'a.png', contentBase64: png.toString('base64') }] }) });
      expect(r.statusCode).toBe(413);
      expect((r.json() as Err).error.code).toBe('ATTACHMENT_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('stores a valid evidence file content-addressed by SHA-256', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: body({ attachments: [{ filename: '截图.png', contentBase64: png.toString('base64') }] }) });
    expect(r.statusCode).toBe(201);
    const d = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${(r.json() as { id: string }).id}`, headers: auth(t.tokens.agent) });
    const att = (d.json() as { attachments: Array<{ sha256: string; mediaType: string }> }).attachments;
    const { createHash } = await import('node:crypto');
    expect(att).toEqual([expect.objectContaining({ sha256: createHash('sha256').update(png).digest('hex'), mediaType: 'image/png' })]);
  });
});

describe('personal data in complaint text', () => {
  it('stores typed placeholders, stable within the complaint, with originals only in the vault', async () => {
    const r = await t.app.fastify.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: body({ text: '催收员用 13911112222 和 139-1111-3333 给我打电话，昨天又用 +86 139 1111 2222 打来，我的卡号 6222020200112233445。' }),
    });
    const { id } = r.json() as { id: string };
    const d = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${id}`, headers: auth(t.tokens.agent) });
    const detail = d.json() as { facts: string; piiValues: Array<{ placeholder: string; display: string }> };
    expect(detail.facts).toContain('[手机号#1]');
    expect(detail.facts).toContain('[手机号#2]');
    expect(detail.facts.match(/\[手机号#1\]/g)).toHaveLength(2);
    expect(detail.facts).toMatch(/\[银行卡号#1\]/);
    expect(d.body).not.toContain('13911112222');
    expect(d.body).not.toContain('6222020200112233445');
    expect(detail.piiValues.find((v) => v.placeholder === '[手机号#1]')?.display).toBe('139****2222');
    // A later message reuses the same placeholder for the same number, however it is written.
    await t.app.fastify.inject({ method: 'POST', url: `/api/complaints/${id}/notes`, payload: { body: '已核实 139 1111 2222 为催收外呼号码。' }, headers: auth(t.tokens.agent) });
    const d2 = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${id}`, headers: auth(t.tokens.agent) });
    expect((d2.json() as { messages: Array<{ body: string }> }).messages[0]?.body).toContain('[手机号#1]');
    // Nothing in the database holds the number in clear.
    const rows = await t.testDb.db.kysely.selectFrom('vault_records').select('ciphertext').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !Buffer.from(row.ciphertext).toString('utf8').includes('13911112222'))).toBe(true);
  });
});
