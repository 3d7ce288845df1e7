/**
 * Public routes of "Is this really my lender?": check a message, turn a check into a fraud
 * report, or into a complaint. Rate-limited per client address; handlers only translate HTTP.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../app/actor.js';
import type { VerifyService } from './verify.service.js';
import { checkParamSchema, complaintAckSchema, complaintFromCheckSchema, reportResponseSchema, verdictResponseSchema, verifyBodySchema } from './verify.schemas.js';

export interface VerifyRoutesOptions {
  service: VerifyService;
  rateLimitPerMinute: number;
}

const TAG = ['verify'];

export const verifyRoutes: FastifyPluginAsyncZod<VerifyRoutesOptions> = async (app, opts) => {
  const { service } = opts;
  // Registered here, not globally: only these anonymous endpoints are limited.
  await app.register(rateLimit, { global: false });
  const limited = { rateLimit: { max: opts.rateLimitPerMinute, timeWindow: '1 minute' } };

  app.post(
    '/api/verify',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: TAG,
        summary: 'Is this really my lender? Check a message, caller number or link (no login; rate-limited)',
        body: verifyBodySchema,
        response: { 200: verdictResponseSchema },
      },
    },
    async (req) => service.check(req.body),
  );

  app.post(
    '/api/verify/:checkId/report',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: TAG,
        summary: "Report a check's numbers, links and accounts to the fraud database",
        params: checkParamSchema,
        response: { 201: reportResponseSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await service.report(req.params.checkId, req.ip)),
  );

  app.post(
    '/api/verify/:checkId/complaint',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: TAG,
        summary: 'File a complaint from a check, with the message attached as evidence',
        params: checkParamSchema,
        body: complaintFromCheckSchema,
        response: { 201: complaintAckSchema },
      },
    },
    async (req, reply) => {
      const r = await service.fileComplaint(req.params.checkId, req.body, actorOf(req.principal));
      const c = r.complaint;
      return reply.status(201).send({ id: c.id, number: c.number, status: c.status, dueAt: c.dueAt?.toISOString() ?? null });
    },
  );
};
