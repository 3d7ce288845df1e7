/** Staff sign-in, users and API tokens. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from './roles.js';
import type { AuthService } from './auth.service.js';

const userSchema = z.object({ id: z.uuid(), username: z.string(), displayName: z.string(), role: z.enum(ROLES), active: z.boolean() });
const TAG = ['staff'];

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService }> = async (app, { auth }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Sign in; returns a bearer token',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: userSchema }) },
      },
    },
    async (req) => {
      const r = await auth.login(req.body.username, req.body.password);
      return { token: r.token, expiresAt: r.expiresAt.toISOString(), user: r.user };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'staff' }, schema: { tags: TAG, summary: 'Revoke the current token', response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
      await auth.logout(token);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { config: { access: 'staff' }, schema: { tags: TAG, summary: 'Who am I', response: { 200: userSchema } } },
    async (req) => {
      if (req.principal.kind !== 'staff') throw new Error('unreachable: access hook guarantees staff');
      return req.principal.user;
    },
  );

  app.get(
    '/api/users',
    { config: { access: 'user.read' }, schema: { tags: TAG, summary: 'List staff users', response: { 200: z.object({ items: z.array(userSchema) }) } } },
    async () => ({ items: await auth.listUsers() }),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'user.manage' },
      schema: {
        tags: TAG,
        summary: 'Create a staff user',
        body: z.strictObject({
          username: z.string().regex(/^[a-z0-9._-]{3,64}$/, 'invalid'),
          displayName: z.string().trim().min(1).max(64),
          role: z.enum(ROLES),
          password: z.string().min(10, 'too_short').max(256),
        }),
        response: { 201: userSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await auth.createUser(req.body)),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'token.manage' },
      schema: {
        tags: TAG,
        summary: 'Issue an API token for a system integration',
        body: z.strictObject({ userId: z.uuid(), name: z.string().trim().min(1).max(100), expiresAt: z.iso.datetime({ offset: true }).optional() }),
        response: { 201: z.object({ token: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ token: await auth.createApiToken(req.body.userId, req.body.name, req.body.expiresAt ? new Date(req.body.expiresAt) : null) }),
  );
};
