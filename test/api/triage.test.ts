/** Triage on intake with the shipped model: classification, urgent routing, tier-1 auto-answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UrgentHookPort } from '../../src/complaints/ports.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const urgent: Array<{ number: string; reasons: string[] }> = [];
const hook: UrgentHookPort = { urgentComplaint: async (c) => void urgent.push({ number: c.number, reasons: c.reasons }) };
beforeAll(async () => {
  t = await createTestApp({ urgentHook: hook });
});
afterAll(async () => t.close());

async function file(text: string) {
  const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: { channel: 'app', text, consumer: { name: '冯一', phone: '13722223333' }, institution: '示例消费金融' } });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; number: string; status: string; queue: string; classification: { business: string; reason: string; demand: string; tier: number; priority: string } };
}

describe('triage on intake', () => {
  it('classifies a collection-harassment complaint as a tier-2 collection dispute', async () => {
    const c = await file('催收员每天打我单位电话，还把我欠款的事告诉了我同事，太过分了，要求立刻停止骚扰。');
    expect(c.classification.business).toBe('collection');
    expect(c.classification.reason).toBe('债务催收方式和手段');
    expect(c.classification.tier).toBe(2);
  });

  it('sends a self-harm signal straight to the urgent queue and fires the urgent hook', async () => {
    const c = await file('催收天天打电话骂我，我真的不想活了，活不下去了。');
    expect(c.classification.tier).toBe(3);
    expect(c.queue).toBe('urgent');
    expect(c.classification.priority).toBe('urgent');
    expect(urgent.find((u) => u.number === c.number)?.reasons.length).toBeGreaterThan(0);
  });

  it('answers a clear tier-1 question from the knowledge base, and hands it to a person when the consumer says "not solved"', async () => {
    const c = await file('账户被锁定了，怎么解锁？');
    expect(c.classification.tier).toBe(1);
    expect(c.status).toBe('responded');
    const d = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}`, headers: auth(t.tokens.agent) });
    const detail = d.json() as { decision: { checked: string }; messages: Array<{ kind: string; body: string }> };
    expect(detail.decision.checked).toBe('knowledge base: account-unlock');
    expect(detail.messages.some((m) => m.kind === 'to_consumer' && m.body.includes('未解决'))).toBe(true);

    await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/code', payload: { number: c.number } });
    const code = /验证码是 (\d{6})/.exec(t.sent.filter((n) => n.complaintNumber === c.number).at(-1)?.text ?? '')?.[1] ?? '';
    const s = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/session', payload: { number: c.number, code } });
    const token = (s.json() as { token: string }).token;
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/complaint/not-solved', payload: {}, headers: auth(token) });
    expect((r.json() as { status: string }).status).toBe('reopened');
    const after = await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}`, headers: auth(t.tokens.agent) });
    expect((after.json() as { queue: string }).queue).toBe('general');
    const stats = await t.app.fastify.inject({ method: 'GET', url: '/api/stats/triage', headers: auth(t.tokens.compliance) });
    const st = stats.json() as { autoAnswered: number; autoRejected: number; reopenRate: number };
    expect(st.autoAnswered).toBeGreaterThanOrEqual(1);
    expect(st.autoRejected).toBeGreaterThanOrEqual(1);
    expect(st.reopenRate).toBeGreaterThan(0);
  });

  it('never auto-answers a dispute', async () => {
    const c = await file('你们的利率明显超过了合同约定，多收了我几百块利息，我要求退还并给出书面解释。');
    expect(c.status).toBe('received');
    expect(c.classification.tier).not.toBe(1);
  });
});

describe('knowledge base API', () => {
  it.each([
    ['怎么解冻账户', 'account-unlock'],
    ['有人让我注销校园贷不然影响征信', 'scam-fake-credit-repair'],
    ['如何識別官方客服電話', 'verify-official-contact'],
  ])('%s → %s', async (q, slug) => {
    const r = await t.app.fastify.inject({ method: 'GET', url: `/api/kb/search?q=${encodeURIComponent(q)}&limit=3` });
    expect(r.statusCode).toBe(200);
    expect((r.json() as { items: Array<{ slug: string }> }).items.map((i) => i.slug)).toContain(slug);
  });

  it('serves an article and 404s an unknown one with a bilingual error', async () => {
    expect((await t.app.fastify.inject({ method: 'GET', url: '/api/kb/articles/collection-rights' })).statusCode).toBe(200);
    const r = await t.app.fastify.inject({ method: 'GET', url: '/api/kb/articles/no-such-article' });
    expect(r.statusCode).toBe(404);
    expect((r.json() as { error: { code: string } }).error.code).toBe('ARTICLE_NOT_FOUND');
  });
});
