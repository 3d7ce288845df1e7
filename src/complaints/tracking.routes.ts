/** Consumer-facing routes: ask for a code, open a session, then see and act on one's own complaint. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authError } from '../auth/auth.errors.js';
import type { Principal } from '../app/access.js';
import { actionBodies, complaintDetailSchema, trackingCodeRequestSchema, trackingLoginSchema } from './complaint.schemas.js';
import type { ComplaintService } from './complaint.service.js';
import * as life from './lifecycle.js';
import type { TrackingService } from './tracking.service.js';

export interface TrackingRoutesOptions {
  service: ComplaintService;
  tracking: TrackingService;
}

const TAG = ['consumer tracking'];
const CONSUMER = { type: 'consumer', id: null } as const;

function ownComplaint(p: Principal): string {
  if (p.kind !== 'consumer') throw authError('FORBIDDEN');
  return p.complaintId;
}

export const trackingRoutes: FastifyPluginAsyncZod<TrackingRoutesOptions> = async (app, opts) => {
  const { service, tracking } = opts;
  const ok = z.object({ status: z.string() });

  app.post(
    '/api/tracking/code',
    { config: { access: 'public' }, schema: { tags: TAG, summary: 'Send a one-time code to the contact on file', body: trackingCodeRequestSchema, response: { 202: z.object({ sent: z.literal(true) }) } } },
    async (req, reply) => {
      await tracking.requestCode(req.body.number);
      return reply.status(202).send({ sent: true });
    },
  );

  app.post(
    '/api/tracking/session',
    {
      config: { access: 'public' },
      schema: { tags: TAG, summary: 'Exchange number + code for a consumer session', body: trackingLoginSchema, response: { 201: z.object({ token: z.string(), expiresAt: z.string() }) } },
    },
    async (req, reply) => {
      const s = await tracking.openSession(req.body.number, req.body.code);
      return reply.status(201).send({ token: s.token, expiresAt: s.expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/tracking/complaint',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'My complaint, its deadline and history', response: { 200: complaintDetailSchema } } },
    async (req) => service.getConsumerView(ownComplaint(req.principal)),
  );

  app.post(
    '/api/tracking/complaint/messages',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'Write to the handler', body: actionBodies.message, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => reply.status(201).send({ id: await service.addMessage(ownComplaint(req.principal), CONSUMER, 'from_consumer', req.body.body) }),
  );

  app.post(
    '/api/tracking/complaint/withdraw',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'Withdraw my complaint', body: actionBodies.optionalReason, response: { 200: ok } } },
    async (req) => {
      const reason = req.body.reason;
      const c = await service.apply(ownComplaint(req.principal), CONSUMER, async (cur, _r, now, ctx) => life.withdraw(cur, now, reason ? await ctx.redact(reason) : null));
      return { status: c.status };
    },
  );

  app.post(
    '/api/tracking/complaint/review',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'Ask for a review (复核) of the decision', body: actionBodies.reason, response: { 200: ok } } },
    async (req) => {
      const reason = req.body.reason;
      const c = await service.apply(ownComplaint(req.principal), CONSUMER, async (cur, rules, now, ctx) => life.requestReview(cur, now, rules, await ctx.redact(reason)));
      return { status: c.status };
    },
  );

  app.post(
    '/api/tracking/complaint/not-solved',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'The automatic answer did not solve it: hand over to a person now', body: actionBodies.empty, response: { 200: ok } } },
    async (req) => {
      const c = await service.apply(ownComplaint(req.principal), CONSUMER, (cur, rules, now) => life.rejectAutoAnswer(cur, now, rules));
      return { status: c.status };
    },
  );

  app.post(
    '/api/tracking/complaint/satisfaction',
    { config: { access: 'consumer' }, schema: { tags: TAG, summary: 'Rate the handling and say whether I accept the decision', body: actionBodies.satisfaction, response: { 200: ok } } },
    async (req) => {
      const c = await service.apply(ownComplaint(req.principal), CONSUMER, (cur) => life.recordSatisfaction(cur, req.body));
      return { status: c.status };
    },
  );

  app.post(
    '/api/tracking/complaint/attachments',
    {
      config: { access: 'consumer' },
      schema: { tags: TAG, summary: 'Add evidence', body: actionBodies.attachment, response: { 201: z.object({ sha256: z.string(), size: z.number(), mediaType: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await service.attach(ownComplaint(req.principal), CONSUMER, req.body)),
  );
};
