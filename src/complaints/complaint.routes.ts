/**
 * Staff and intake routes for complaints. Handlers only translate HTTP to service calls: the
 * rules live in the lifecycle, the orchestration in the service.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../app/actor.js';
import { roleAllows, type Access } from '../auth/permissions.js';
import type { Complaint } from './complaint.model.js';
import { deadlineOf } from './complaint-views.js';
import {
  actionBodies,
  complaintDetailSchema,
  idParamSchema,
  intakeBodySchema,
  intakeResponseSchema,
  listQuerySchema,
  listResponseSchema,
} from './complaint.schemas.js';
import type { ComplaintService, Decide } from './complaint.service.js';
import { intakeComplaint, type IntakeDeps } from './intake-complaint.js';
import * as life from './lifecycle.js';
import type { DeadlineRuleSet } from './deadline-rules.js';
import type { PrivacyPort } from './ports.js';

export interface ComplaintRoutesOptions {
  service: ComplaintService;
  intake: IntakeDeps;
  privacy: PrivacyPort;
  atRiskDays: number;
  clock: () => Date;
}

const TAG = ['complaints'];
const ack = z.object({ id: z.uuid(), number: z.string(), status: z.string(), version: z.number().int(), dueAt: z.string().nullable() });

function acknowledge(c: Complaint) {
  return { id: c.id, number: c.number, status: c.status, version: c.version, dueAt: c.dueAt?.toISOString() ?? null };
}

export const complaintRoutes: FastifyPluginAsyncZod<ComplaintRoutesOptions> = async (app, opts) => {
  const { service } = opts;

  app.post(
    '/api/complaints',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'File a complaint (any channel). Idempotent with the Idempotency-Key header.',
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
        body: intakeBodySchema,
        response: { 201: intakeResponseSchema },
      },
    },
    async (req, reply) => {
      const r = await intakeComplaint(opts.intake, req.body, { idempotencyKey: req.headers['idempotency-key'], actor: actorOf(req.principal) });
      const c = r.complaint;
      if (r.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(201).send({
        id: c.id,
        number: c.number,
        status: c.status,
        dueAt: c.dueAt?.toISOString() ?? null,
        deadline: deadlineOf(c, opts.clock(), opts.atRiskDays),
        queue: c.queue,
        classification: c.classification,
        possibleDuplicateOf: r.possibleDuplicateOf,
        tracking: {
          zh: `请记下投诉编号 ${c.number}。查询进度时，我们会向您留下的联系方式发送验证码。`,
          en: `Keep your complaint number ${c.number}. To track it, we send a code to the contact you gave.`,
        },
      });
    },
  );

  app.get(
    '/api/complaints',
    {
      config: { access: 'complaint.read' },
      schema: { tags: TAG, summary: 'List complaints (keyset pagination, soonest deadline first)', querystring: listQuerySchema, response: { 200: listResponseSchema } },
    },
    async (req) => {
      const q = req.query;
      return service.list(
        {
          ...(q.status ? { status: q.status } : {}),
          ...(q.queue ? { queue: q.queue } : {}),
          ...(q.business ? { business: q.business } : {}),
          ...(q.assignee ? { assigneeId: q.assignee } : {}),
          ...(q.dueBefore ? { dueBefore: new Date(q.dueBefore) } : {}),
          ...(q.open ? { openOnly: q.open === 'true' } : {}),
          ...(q.phone ? { consumerPhoneIndex: opts.privacy.phoneIndex(q.phone) ?? Buffer.alloc(16) } : {}),
        },
        q.cursor,
        q.limit,
      );
    },
  );

  app.get(
    '/api/complaints/:id',
    { config: { access: 'complaint.read' }, schema: { tags: TAG, summary: 'A complaint with its history', params: idParamSchema, response: { 200: complaintDetailSchema } } },
    async (req) => service.getDetail(req.params.id),
  );

  function action<S extends z.ZodType>(
    path: string,
    access: Access,
    summary: string,
    body: S,
    decide: (b: z.infer<S>, who: { username: string | null; canApprove: boolean }) => Decide,
    after?: (c: Complaint) => Promise<void>,
  ): void {
    app.post(
      `/api/complaints/:id/${path}`,
      { config: { access }, schema: { tags: TAG, summary, params: idParamSchema, body, response: { 200: ack } } },
      async (req) => {
        const p = req.principal;
        const who = p.kind === 'staff' ? { username: p.user.username, canApprove: roleAllows(p.user.role, 'complaint.approve_extension') } : { username: null, canApprove: false };
        const c = await service.apply(req.params.id, actorOf(p), decide(req.body as z.infer<S>, who));
        if (after) await after(c);
        return acknowledge(c);
      },
    );
  }

  action('accept', 'complaint.work', 'Accept (受理)', actionBodies.empty, () => (c) => life.accept(c));
  action('start', 'complaint.work', 'Start handling', actionBodies.empty, () => (c) => life.start(c));
  action('assign', 'complaint.assign', 'Assign to a queue and/or agent', actionBodies.assign, (b) => (c) =>
    life.assign(c, { queue: b.queue ?? null, assigneeId: b.assigneeId === undefined ? c.assigneeId : b.assigneeId }),
  );
  action('extend', 'complaint.work', 'Extend the deadline (30 days; 60 with an approver)', actionBodies.extend, (b, who) => async (c, rules: DeadlineRuleSet, _now, ctx) => {
    const next = rules.extensions[c.extensionLevel];
    // Only a role that may approve extensions can be the approver on record, itself or named.
    const approver = who.canApprove && next?.needsApprover ? (b.approver ?? who.username) : null;
    return life.extend(c, rules, { reason: await ctx.redact(b.reason), approver });
  }, (c) =>
    service.notifyConsumer(
      c,
      'deadline_extended',
      `您的投诉 ${c.number} 情况较复杂，处理期限已延长至 ${c.dueAt?.toISOString().slice(0, 10) ?? '-'}。/ Your complaint ${c.number} needs more time; it is now due by ${c.dueAt?.toISOString().slice(0, 10) ?? '-'}.`,
    ),
  );
  action('pause', 'complaint.work', 'Pause the clock for outside appraisal', actionBodies.reason, (b) => async (c, _r, now, ctx) => life.pauseClock(c, now, await ctx.redact(b.reason)));
  action('resume', 'complaint.work', 'Resume the clock', actionBodies.empty, () => (c, _r, now) => life.resumeClock(c, now));
  action('facts', 'complaint.work', 'Record new facts (restarts the clock)', actionBodies.facts, (b) => async (c, rules, now, ctx) => life.addFacts(c, now, rules, await ctx.redact(b.text)));
  action('decision', 'complaint.work', 'Send the decision (处理决定)', actionBodies.decision, (b) => async (c, _r, now, ctx) =>
    life.respond(c, { outcome: b.outcome, text: await ctx.redact(b.text), checked: await ctx.redact(b.checked) }, now),
  (c) => service.notifyConsumer(c, 'decision', `您的投诉 ${c.number} 已有处理决定，请登录查看。/ There is a decision on your complaint ${c.number}.`),
  );
  action('close', 'complaint.work', 'Close', actionBodies.empty, () => (c, _r, now) => life.close(c, now));
  action('withdraw', 'complaint.work', "Record the consumer's withdrawal", actionBodies.optionalReason, (b) => async (c, _r, now, ctx) =>
    life.withdraw(c, now, b.reason ? await ctx.redact(b.reason) : null),
  );
  action('review', 'complaint.work', "Record the consumer's review request (复核)", actionBodies.reason, (b) => async (c, rules, now, ctx) =>
    life.requestReview(c, now, rules, await ctx.redact(b.reason)),
  );
  action('reopen', 'complaint.reopen', 'Reopen a closed complaint', actionBodies.reason, (b) => async (c, rules, now, ctx) => life.reopen(c, now, rules, await ctx.redact(b.reason)));
  action('merge', 'complaint.work', 'Merge into an earlier complaint', actionBodies.target, (b) => async (c, _r, now, ctx) =>
    life.merge(c, await ctx.byNumber(b.targetNumber), now),
  );
  action('duplicate', 'complaint.work', 'Mark as a duplicate', actionBodies.target, (b) => async (c, _r, now, ctx) =>
    life.markDuplicate(c, await ctx.byNumber(b.targetNumber), now),
  );

  const messageAck = z.object({ id: z.string() });
  for (const [path, kind, summary] of [
    ['notes', 'note', 'Add an internal note'],
    ['messages', 'to_consumer', 'Send a message to the consumer'],
  ] as const) {
    app.post(
      `/api/complaints/:id/${path}`,
      { config: { access: 'complaint.work' }, schema: { tags: TAG, summary, params: idParamSchema, body: actionBodies.message, response: { 201: messageAck } } },
      async (req, reply) => reply.status(201).send({ id: await service.addMessage(req.params.id, actorOf(req.principal), kind, req.body.body) }),
    );
  }

  app.post(
    '/api/complaints/:id/attachments',
    {
      config: { access: 'complaint.work' },
      schema: {
        tags: TAG,
        summary: 'Attach an evidence file (base64)',
        params: idParamSchema,
        body: actionBodies.attachment,
        response: { 201: z.object({ sha256: z.string(), size: z.number(), mediaType: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.attach(req.params.id, actorOf(req.principal), req.body)),
  );

  app.post(
    '/api/escalations/run',
    { config: { access: 'escalation.run' }, schema: { tags: ['operations'], summary: 'Escalate at-risk complaints now', body: actionBodies.empty.optional(), response: { 200: z.object({ escalated: z.number() }) } } },
    async () => ({ escalated: await service.escalateAtRisk() }),
  );
};
