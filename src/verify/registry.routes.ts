/**
 * The official-channel registry over HTTP: anyone may read it (the consumer page shows the real
 * channels); changes need `user.manage` until permissions gain `registry.manage`.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from '../auth/permissions.js';
import { institutionSchema, type RegistryService } from './registry.service.js';
import { auditListSchema, auditQuerySchema, institutionBodySchema, registryListSchema, slugParamSchema } from './verify.schemas.js';

export interface RegistryRoutesOptions {
  registry: RegistryService;
  manageAccess: Access;
}

const TAG = ['registry'];

export const registryRoutes: FastifyPluginAsyncZod<RegistryRoutesOptions> = async (app, opts) => {
  const { registry, manageAccess } = opts;
  const staffId = (p: { kind: string; user?: { id: string } }): string | null => (p.kind === 'staff' && p.user ? p.user.id : null);

  app.get(
    '/api/registry/institutions',
    { config: { access: 'public' }, schema: { tags: TAG, summary: 'Official channels of every registered institution', response: { 200: registryListSchema } } },
    async () => registry.list(),
  );

  app.put(
    '/api/registry/institutions/:slug',
    {
      config: { access: manageAccess },
      schema: {
        tags: TAG,
        summary: 'Create or replace an institution (audited)',
        params: slugParamSchema,
        body: institutionBodySchema,
        response: { 200: z.object({ institution: institutionSchema, created: z.boolean(), version: z.string() }) },
      },
    },
    async (req) => registry.upsert(req.params.slug, req.body, staffId(req.principal)),
  );

  app.delete(
    '/api/registry/institutions/:slug',
    {
      config: { access: manageAccess },
      schema: { tags: TAG, summary: 'Remove an institution (audited)', params: slugParamSchema, response: { 200: z.object({ version: z.string() }) } },
    },
    async (req) => registry.remove(req.params.slug, staffId(req.principal)),
  );

  app.get(
    '/api/registry/audit',
    { config: { access: manageAccess }, schema: { tags: TAG, summary: 'Registry change history', querystring: auditQuerySchema, response: { 200: auditListSchema } } },
    async (req) => ({ items: (await registry.audit(req.query)).map((e) => ({ ...e, at: e.at.toISOString() })) }),
  );
};
