import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifyTestApp, type VerifyTestApp } from './support.js';

let v: VerifyTestApp;
beforeAll(async () => {
  v = await createVerifyTestApp({ rateLimitPerMinute: 3 });
});
afterAll(async () => v.close());

describe('POST /api/verify rate limit', () => {
  it('answers 429 RATE_LIMITED past the per-minute limit, per client address', async () => {
    const send = (ip: string) => v.fastify.inject({ method: 'POST', url: '/api/verify', payload: { sender: '95990' }, remoteAddress: ip });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await send('198.51.100.20')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await send('198.51.100.20');
    const j = limited.json() as { error: { code: string; message: { 'zh-CN': string; en: string } } };
    expect(j.error.code).toBe('RATE_LIMITED');
    expect(j.error.message.en).toMatch(/too many/i);
    expect((await send('198.51.100.21')).statusCode).toBe(200);
  });

  it('does not limit the public registry read', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await v.fastify.inject({ method: 'GET', url: '/api/registry/institutions', remoteAddress: '198.51.100.22' });
      expect(r.statusCode).toBe(200);
    }
  });
});
