import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryRepository, RegistryService, readRegistryFile } from '../../src/verify/index.js';
import { auth } from '../support/test-app.js';
import { createVerifyTestApp, type VerifyTestApp } from './support.js';

let v: VerifyTestApp;
beforeAll(async () => {
  v = await createVerifyTestApp();
});
afterAll(async () => v.close());

const shipped = readRegistryFile();

const newLender = {
  sample: true,
  name: { zh: '新增演示金融 (SAMPLE)', en: 'New Demo Finance (SAMPLE)' },
  kind: 'consumer_finance',
  aliases: ['新增演示'],
  hotlines: [{ number: '95997', label: '客服热线' }],
  smsPorts: ['1069555097'],
  smsSignatures: ['新增演示'],
  domains: ['new-demo.example'],
  apps: [],
  wechatAccounts: [],
  neverDoes: ['ask_verification_code'],
};

interface AuditJson {
  items: Array<{ slug: string; action: string; actorId: string | null; revision: number; before: unknown; after: unknown }>;
}

const put = (slug: string, body: unknown, token?: string) =>
  v.fastify.inject({ method: 'PUT', url: `/api/registry/institutions/${slug}`, payload: body as Record<string, unknown>, ...(token ? { headers: auth(token) } : {}) });

describe('registry', () => {
  it('is seeded from the shipped file and readable by anyone', async () => {
    const r = await v.fastify.inject({ method: 'GET', url: '/api/registry/institutions' });
    expect(r.statusCode).toBe(200);
    const j = r.json() as { version: string; institutions: Array<{ id: string }>; national: unknown[] };
    expect(j.version).toBe(shipped.version);
    expect(j.institutions.map((i) => i.id).sort()).toEqual(shipped.institutions.map((i) => i.id).sort());
    expect(j.national).toHaveLength(shipped.national.length);
  });

  it('seeds only once, even when opened again', async () => {
    await RegistryService.open(new RegistryRepository(v.t.testDb.db.kysely), shipped, () => new Date());
    const seeds = await v.t.testDb.db.kysely.selectFrom('registry_audit').select('slug').where('action', '=', 'seed').execute();
    expect(seeds).toHaveLength(shipped.institutions.length);
  });

  it.each([
    { role: null, status: 401 },
    { role: 'agent', status: 403 },
    { role: 'compliance', status: 403 },
  ] as const)('refuses changes from $role', async (c) => {
    const r = await put('new-demo', newLender, c.role ? v.t.tokens[c.role] : undefined);
    expect(r.statusCode).toBe(c.status);
    const del = await v.fastify.inject({ method: 'DELETE', url: '/api/registry/institutions/sample-xf', ...(c.role ? { headers: auth(v.t.tokens[c.role]) } : {}) });
    expect(del.statusCode).toBe(c.status);
  });

  it('an admin change is audited and takes effect on the next check', async () => {
    const before = (await v.fastify.inject({ method: 'POST', url: '/api/verify', payload: { sender: '95997', channel: 'call' } })).json() as { verdict: string };
    expect(before.verdict).not.toBe('official');

    const r = await put('new-demo', newLender, v.t.tokens.admin);
    expect(r.statusCode).toBe(200);
    const j = r.json() as { created: boolean; version: string };
    expect(j.created).toBe(true);
    expect(j.version).toBe(`${shipped.version}+r1`);

    const after = (await v.fastify.inject({ method: 'POST', url: '/api/verify', payload: { sender: '95997', channel: 'call' } })).json() as { verdict: string; institution: { id: string } | null; registryVersion: string };
    expect(after.verdict).toBe('official');
    expect(after.institution?.id).toBe('new-demo');
    expect(after.registryVersion).toBe(j.version);

    const updated = await put('new-demo', { ...newLender, hotlines: [{ number: '95998' }] }, v.t.tokens.admin);
    expect((updated.json() as { created: boolean }).created).toBe(false);
    const moved = (await v.fastify.inject({ method: 'POST', url: '/api/verify', payload: { sender: '95997', channel: 'call' } })).json() as { verdict: string };
    expect(moved.verdict).not.toBe('official');

    const del = await v.fastify.inject({ method: 'DELETE', url: '/api/registry/institutions/new-demo', headers: auth(v.t.tokens.admin) });
    expect(del.statusCode).toBe(200);
    const list = (await v.fastify.inject({ method: 'GET', url: '/api/registry/institutions' })).json() as { institutions: Array<{ id: string }> };
    expect(list.institutions.map((i) => i.id)).not.toContain('new-demo');

    const audit = (await v.fastify.inject({ method: 'GET', url: '/api/registry/audit?slug=new-demo', headers: auth(v.t.tokens.admin) })).json() as AuditJson;
    expect(audit.items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.items.map((e) => e.revision)).toEqual([3, 2, 1]);
    for (const e of audit.items) expect(e.actorId).toBe(v.t.users.admin);
    const [deleted, update, create] = audit.items;
    expect(create?.before).toBeNull();
    expect((create?.after as { hotlines: unknown[] }).hotlines).toEqual([{ number: '95997', label: '客服热线' }]);
    expect((update?.before as { hotlines: unknown[] }).hotlines).toEqual([{ number: '95997', label: '客服热线' }]);
    expect((update?.after as { hotlines: unknown[] }).hotlines).toEqual([{ number: '95998' }]);
    expect(deleted?.after).toBeNull();
  });

  it.each([
    { name: 'a channel another institution owns', slug: 'dup-demo', body: { ...newLender, hotlines: [{ number: '95990' }] }, status: 400, code: 'REGISTRY_INVALID' },
    { name: 'a port that is not 106…', slug: 'bad-port', body: { ...newLender, smsPorts: ['95990'] }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown field', slug: 'bad-field', body: { ...newLender, id: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an upper-case slug', slug: 'Bad', body: newLender, status: 400, code: 'VALIDATION_FAILED' },
  ])('refuses $name and changes nothing', async (c) => {
    const auditBefore = await v.t.testDb.db.kysely.selectFrom('registry_audit').select('id').execute();
    const r = await put(c.slug, c.body, v.t.tokens.admin);
    expect(r.statusCode).toBe(c.status);
    expect((r.json() as { error: { code: string } }).error.code).toBe(c.code);
    const auditAfter = await v.t.testDb.db.kysely.selectFrom('registry_audit').select('id').execute();
    expect(auditAfter).toHaveLength(auditBefore.length);
    expect(v.verify.registry.index.byPhone.get('95990')?.id).toBe('sample-xf');
  });

  it('deleting an unknown institution is a 404 and is not audited', async () => {
    const r = await v.fastify.inject({ method: 'DELETE', url: '/api/registry/institutions/no-such', headers: auth(v.t.tokens.admin) });
    expect(r.statusCode).toBe(404);
    expect((r.json() as { error: { code: string } }).error.code).toBe('REGISTRY_INSTITUTION_NOT_FOUND');
    const rows = await v.t.testDb.db.kysely.selectFrom('registry_audit').select('id').where('slug', '=', 'no-such').execute();
    expect(rows).toHaveLength(0);
  });
});
