import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Json = Record<string, unknown>;
async function file(text = '借款合同约定的利率与实际扣款不一致，多收了利息 356.20 元，请退还。'): Promise<{ id: string; number: string }> {
  const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: { channel: 'app', text, consumer: { name: '孙丽', phone: '15011112222' }, institution: '示例消费金融' } });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; number: string };
}
const post = (url: string, payload: Json, token = t.tokens.agent) => t.app.fastify.inject({ method: 'POST', url, payload, headers: auth(token) });
const detail = async (id: string) => (await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${id}`, headers: auth(t.tokens.supervisor) })).json() as Json & {
  status: string;
  events: Array<{ seq: number; type: string; data: Json }>;
  deadline: { dueAt: string | null; state: string };
  extensionLevel: number;
};

describe('complaint lifecycle through the API', () => {
  it('walks received → accepted → in progress → responded → closed, recording every change', async () => {
    const c = await file();
    expect((await post(`/api/complaints/${c.id}/accept`, {})).statusCode).toBe(200);
    expect((await post(`/api/complaints/${c.id}/assign`, { queue: 'general', assigneeId: t.users.agent }, t.tokens.supervisor)).statusCode).toBe(200);
    expect((await post(`/api/complaints/${c.id}/start`, {})).statusCode).toBe(200);
    expect((await post(`/api/complaints/${c.id}/notes`, { body: '已调取扣款流水核对。' })).statusCode).toBe(201);
    const decision = await post(`/api/complaints/${c.id}/decision`, { outcome: 'remedied_monetary', text: '经核实多收利息，已原路退还 356.20 元。', checked: '合同、扣款流水' });
    expect(decision.statusCode).toBe(200);
    expect((await post(`/api/complaints/${c.id}/close`, {})).statusCode).toBe(200);
    const d = await detail(c.id);
    expect(d.status).toBe('closed');
    expect(d.deadline.state).toBe('stopped');
    expect(d.events.map((e) => e.type)).toEqual(['received', 'triaged', 'status_changed', 'assigned', 'status_changed', 'note_added', 'status_changed', 'status_changed']);
    expect(d.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(d.events[2]?.data).toMatchObject({ from: 'received', to: 'accepted' });
    expect(d.events[3]?.data).toMatchObject({ before: { queue: 'general', assigneeId: null }, after: { queue: 'general', assigneeId: t.users.agent } });
  });

  it('refuses an illegal transition with 409 and a bilingual message, changing nothing', async () => {
    const c = await file();
    const r = await post(`/api/complaints/${c.id}/close`, {});
    expect(r.statusCode).toBe(409);
    const e = (r.json() as { error: { code: string; message: { 'zh-CN': string; en: string } } }).error;
    expect(e.code).toBe('ILLEGAL_TRANSITION');
    expect(e.message['zh-CN']).toContain('received');
    expect((await detail(c.id)).events.map((e) => e.type)).toEqual(['received', 'triaged']);
  });

  it('answers 404 for an unknown complaint and 400 for a malformed id', async () => {
    expect((await post('/api/complaints/00000000-0000-4000-8000-000000000000/accept', {})).statusCode).toBe(404);
    const bad = await post('/api/complaints/not-a-uuid/accept', {});
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { issues: Array<{ path: string }> } }).error.issues[0]?.path).toBe('params.id');
  });

  it('extends to 30 days, then to 60 with the supervisor as approver, notifying the consumer', async () => {
    const c = await file();
    await post(`/api/complaints/${c.id}/accept`, {});
    await post(`/api/complaints/${c.id}/start`, {});
    const due0 = new Date((await detail(c.id)).deadline.dueAt ?? 0).getTime();
    expect((await post(`/api/complaints/${c.id}/extend`, { reason: '需调取第三方支付机构记录' })).statusCode).toBe(200);
    const due1 = new Date((await detail(c.id)).deadline.dueAt ?? 0).getTime();
    expect(Math.round((due1 - due0) / 86_400_000)).toBe(15);
    const agentTry = await post(`/api/complaints/${c.id}/extend`, { reason: '仍需时间' });
    expect((agentTry.json() as { error: { code: string } }).error.code).toBe('EXTENSION_APPROVER_REQUIRED');
    expect((await post(`/api/complaints/${c.id}/extend`, { reason: '仍需时间' }, t.tokens.supervisor)).statusCode).toBe(200);
    const d = await detail(c.id);
    expect(d.extensionLevel).toBe(2);
    expect(Math.round((new Date(d.deadline.dueAt ?? 0).getTime() - due0) / 86_400_000)).toBe(45);
    expect(d.events.at(-1)?.data).toMatchObject({ approver: 't-supervisor', totalDays: 60 });
    expect(t.sent.filter((n) => n.kind === 'deadline_extended' && n.complaintNumber === c.number)).toHaveLength(2);
    expect((await post(`/api/complaints/${c.id}/extend`, { reason: 'again' }, t.tokens.supervisor)).statusCode).toBe(409);
  });

  it('pauses the clock for an appraisal and shifts the due date by the paused time', async () => {
    const c = await file();
    await post(`/api/complaints/${c.id}/accept`, {});
    const due0 = new Date((await detail(c.id)).deadline.dueAt ?? 0).getTime();
    await post(`/api/complaints/${c.id}/pause`, { reason: '委托第三方鉴定' });
    expect((await detail(c.id)).deadline.state).toBe('paused');
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 86_400_000);
    await post(`/api/complaints/${c.id}/resume`, {});
    const d = await detail(c.id);
    expect(new Date(d.deadline.dueAt ?? 0).getTime() - due0).toBe(2 * 86_400_000);
    t.clock.now = new Date();
  });

  it('merges a repeat complaint into the first', async () => {
    const a = await file();
    const b = await file('我再次投诉：合同利率和实际扣款不一致的问题还没有解决。');
    expect((await post(`/api/complaints/${b.id}/merge`, { targetNumber: a.number })).statusCode).toBe(200);
    expect((await detail(b.id)).status).toBe('merged');
    expect((await post(`/api/complaints/${a.id}/merge`, { targetNumber: b.number })).statusCode).toBe(409);
  });

  it('lists with filters and a cursor that pages through without repeats', async () => {
    for (let i = 0; i < 5; i++) await file(`第 ${i} 件测试投诉：扣款金额不对，请核实。`);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/complaints?limit=3&open=true${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await t.app.fastify.inject({ method: 'GET', url, headers: auth(t.tokens.auditor) });
      expect(r.statusCode).toBe(200);
      const j = r.json() as { items: Array<{ id: string; deadline: { dueAt: string | null } }>; nextCursor: string | null };
      for (const it of j.items) {
        expect(seen.has(it.id)).toBe(false);
        seen.add(it.id);
      }
      cursor = j.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.size).toBeGreaterThanOrEqual(5);
    const byStatus = await t.app.fastify.inject({ method: 'GET', url: '/api/complaints?status=closed', headers: auth(t.tokens.agent) });
    const items = (byStatus.json() as { items: Array<{ status: string }> }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'closed')).toBe(true);
  });

  it('finds complaints by the consumer’s phone through the blind index, however it is written', async () => {
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/complaints', payload: { channel: 'web', text: '会员费扣款没有经过我同意，要求退还。', consumer: { name: '钱七', phone: '+86 186-0000-3333' } } });
    const { id } = r.json() as { id: string };
    const byPhone = await t.app.fastify.inject({ method: 'GET', url: '/api/complaints?phone=18600003333', headers: auth(t.tokens.agent) });
    expect((byPhone.json() as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([id]);
    const none = await t.app.fastify.inject({ method: 'GET', url: '/api/complaints?phone=18600003334', headers: auth(t.tokens.agent) });
    expect((none.json() as { items: unknown[] }).items).toHaveLength(0);
  });

  it('escalates at-risk complaints to the supervisor queue once', async () => {
    const c = await file();
    t.clock.now = new Date(Date.now() + 13 * 86_400_000);
    const r = await post('/api/escalations/run', {}, t.tokens.supervisor);
    expect((r.json() as { escalated: number }).escalated).toBeGreaterThan(0);
    const d = await detail(c.id);
    expect(d.queue).toBe('supervisor');
    expect(d.deadline.state).toBe('at_risk');
    expect(d.events.at(-1)?.type).toBe('escalated');
    const again = await post('/api/escalations/run', {}, t.tokens.supervisor);
    expect((again.json() as { escalated: number }).escalated).toBe(0);
    t.clock.now = new Date();
  });
});

describe('consumer tracking with a one-time code', () => {
  it('sends a code to the contact on file, opens a session, and lets the consumer act on their complaint only', async () => {
    const c = await file();
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/code', payload: { number: c.number } });
    expect(r.statusCode).toBe(202);
    const sent = t.sent.filter((n) => n.kind === 'tracking_code' && n.complaintNumber === c.number);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to.phone).toBe('15011112222');
    const code = /验证码是 (\d{6})/.exec(sent[0]?.text ?? '')?.[1] ?? '';
    const wrong = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/session', payload: { number: c.number, code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.statusCode).toBe(401);
    const s = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/session', payload: { number: c.number, code } });
    expect(s.statusCode).toBe(201);
    const token = (s.json() as { token: string }).token;
    const again = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/session', payload: { number: c.number, code } });
    expect(again.statusCode).toBe(401);
    const view = await t.app.fastify.inject({ method: 'GET', url: '/api/tracking/complaint', headers: auth(token) });
    expect(view.statusCode).toBe(200);
    expect((view.json() as { number: string }).number).toBe(c.number);
    expect(view.body).not.toContain('15011112222');
    expect((await t.app.fastify.inject({ method: 'GET', url: `/api/complaints/${c.id}`, headers: auth(token) })).statusCode).toBe(403);
    const msg = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/complaint/messages', payload: { body: '补充：扣款发生在 3 月 5 日。' }, headers: auth(token) });
    expect(msg.statusCode).toBe(201);
    const wd = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/complaint/withdraw', payload: {}, headers: auth(token) });
    expect((wd.json() as { status: string }).status).toBe('withdrawn');
  });

  it('answers 202 for unknown numbers too, so numbers cannot be probed', async () => {
    const r = await t.app.fastify.inject({ method: 'POST', url: '/api/tracking/code', payload: { number: 'XB00000000999999' } });
    expect(r.statusCode).toBe(202);
  });
});
