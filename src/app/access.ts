/**
 * Access control at the edge: every route declares `config.access`; this onRequest hook resolves
 * the bearer token to a principal and refuses the request before its body is even parsed when the
 * role is not allowed. A route without a declared access level fails at start-up, not at run time.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authError } from '../auth/auth.errors.js';
import type { StaffUser } from '../auth/auth.repository.js';
import { roleAllows, type Access } from '../auth/permissions.js';

export type Principal =
  | { kind: 'staff'; user: StaffUser }
  | { kind: 'consumer'; complaintId: string }
  | { kind: 'anonymous' };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export interface PrincipalResolver {
  staff(token: string): Promise<StaffUser | null>;
  consumer(token: string): Promise<string | null>;
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1] ?? null;
}

export function installAccess(app: FastifyInstance, resolver: PrincipalResolver, table: RouteAccess[]): void {
  app.decorateRequest('principal', null as never);
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (route.url.startsWith('/docs')) return;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access level`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (req) => {
    req.principal = { kind: 'anonymous' };
    const access = req.routeOptions.config?.access;
    if (!access) return;
    const token = bearer(req);
    if (token?.startsWith('xbc_')) {
      const complaintId = await resolver.consumer(token);
      if (complaintId) req.principal = { kind: 'consumer', complaintId };
    } else if (token) {
      const user = await resolver.staff(token);
      if (user) req.principal = { kind: 'staff', user };
    }
    if (access === 'public') return;
    const p = req.principal;
    if (p.kind === 'anonymous') throw authError('AUTH_REQUIRED');
    if (access === 'consumer') {
      if (p.kind !== 'consumer') throw authError('FORBIDDEN');
      return;
    }
    if (access === 'owner_or_reader') {
      if (p.kind === 'consumer' || roleAllows(p.user.role, 'complaint.read')) return;
      throw authError('FORBIDDEN');
    }
    if (p.kind !== 'staff') throw authError('FORBIDDEN');
    if (access === 'staff') return;
    if (!roleAllows(p.user.role, access)) throw authError('FORBIDDEN');
  });
}
