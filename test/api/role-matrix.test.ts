/**
 * Walks every route against every staff role: a role the permission table does not allow gets
 * 403, an allowed role never does, and an anonymous caller gets 401 wherever a login is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolesFor } from '../../src/auth/permissions.js';
import { ROLES } from '../../src/auth/roles.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ZERO_ID = '00000000-0000-4000-8000-000000000000';

function concrete(url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => (name === 'id' ? ZERO_ID : 'XB00000000000000'));
}

describe('role matrix', () => {
  it('covers a meaningful number of routes', () => {
    expect(t.app.routes.length).toBeGreaterThan(25);
  });

  it('every route × every role: allowed or 403, exactly as the permission table says', async () => {
    const failures: string[] = [];
    for (const route of t.app.routes) {
      const allowed = rolesFor(route.access);
      for (const role of ROLES) {
        // Logging out revokes the token used, so that route gets a throwaway token.
        const token = route.url === '/api/auth/logout' ? await t.app.services.auth.createApiToken(t.users[role], 'matrix', null) : t.tokens[role];
        const r = await t.app.fastify.inject({
          method: route.method as 'GET' | 'POST',
          url: concrete(route.url),
          headers: auth(token),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const forbidden = r.statusCode === 403;
        const shouldForbid = !allowed.includes(role);
        if (forbidden !== shouldForbid) failures.push(`${route.method} ${route.url} as ${role}: got ${r.statusCode}, expected ${shouldForbid ? 403 : 'not 403'}`);
      }
      if (route.access !== 'public') {
        const anon = await t.app.fastify.inject({ method: route.method as 'GET' | 'POST', url: concrete(route.url), ...(route.method === 'GET' ? {} : { payload: {} }) });
        if (anon.statusCode !== 401) failures.push(`${route.method} ${route.url} anonymous: got ${anon.statusCode}, expected 401`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a revoked or made-up token', async () => {
    const r = await t.app.fastify.inject({ method: 'GET', url: '/api/complaints', headers: auth('xbs_madeup') });
    expect(r.statusCode).toBe(401);
  });
});
