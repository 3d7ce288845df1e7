/**
 * One zod schema per request and response: Fastify validates with them, the OpenAPI page is
 * generated from them, and the TypeScript types are inferred from them. Objects are strict, so
 * unknown fields are refused rather than silently dropped. Messages are i18n keys (field-reasons).
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { z } from 'zod';
import { CHANNELS, OUTCOMES, QUEUES, STATUSES } from './complaint.model.js';

const phone = z
  .string()
  .trim()
  .min(3, 'phone_invalid')
  .max(32, 'phone_invalid')
  .refine((v) => isValidPhoneNumber(v, 'CN'), 'phone_invalid');

export const consumerSchema = z.strictObject({
  name: z.string().trim().min(1, 'required').max(64, 'too_long'),
  phone: phone.optional(),
  email: z.email('email_invalid').max(254, 'too_long').optional(),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{17}[\dXx]|\d{15})$/, 'id_number_invalid')
    .optional(),
});

export const attachmentInputSchema = z.strictObject({
  filename: z.string().trim().min(1, 'required').max(200, 'too_long'),
  contentBase64: z.base64('base64_invalid'),
});

export const referralSchema = z.strictObject({
  number: z.string().trim().min(1, 'required').max(64, 'too_long'),
  regulator: z.string().trim().min(1, 'required').max(100, 'too_long'),
  dueAt: z.iso.datetime({ offset: true, message: 'datetime_invalid' }),
});

export const intakeBodySchema = z
  .strictObject({
    channel: z.enum(CHANNELS, 'channel_invalid'),
    text: z.string().trim().min(5, 'text_too_short').max(20_000, 'too_long'),
    demand: z.string().trim().max(2_000, 'too_long').optional(),
    consumer: consumerSchema,
    institution: z.string().trim().min(1).max(100, 'too_long').optional(),
    product: z.string().trim().min(1).max(100, 'too_long').optional(),
    channelMessageId: z.string().trim().min(1).max(200, 'too_long').optional(),
    referral: referralSchema.optional(),
    attachments: z.array(attachmentInputSchema).max(10, 'too_many').optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.consumer.phone && !b.consumer.email) {
      ctx.addIssue({ code: 'custom', path: ['consumer', 'phone'], message: 'contact_required' });
    }
    if (b.channel === 'regulator_referral' && !b.referral) {
      ctx.addIssue({ code: 'custom', path: ['referral'], message: 'referral_required' });
    }
  });

export type IntakeBody = z.infer<typeof intakeBodySchema>;

const iso = z.iso.datetime({ offset: true });

export const deadlineSchema = z.object({
  dueAt: iso.nullable(),
  msLeft: z.number().nullable(),
  state: z.enum(['on_track', 'at_risk', 'breached', 'paused', 'stopped']),
});

export const classificationSchema = z.object({
  business: z.string().nullable(),
  reason: z.string().nullable(),
  demand: z.string().nullable(),
  tier: z.number().int().nullable(),
  priority: z.string().nullable(),
});

export const intakeResponseSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(STATUSES),
  dueAt: iso.nullable(),
  deadline: deadlineSchema,
  queue: z.string(),
  classification: classificationSchema,
  possibleDuplicateOf: z.string().nullable(),
  tracking: z.object({ zh: z.string(), en: z.string() }),
});

export const complaintSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(STATUSES),
  institution: z.string().nullable(),
  product: z.string().nullable(),
  facts: z.string(),
  consumer: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  queue: z.string(),
  assigneeId: z.string().nullable(),
  receivedAt: iso,
  deadline: deadlineSchema,
  classification: classificationSchema,
  possibleDuplicateOfId: z.string().nullable(),
});

export const eventSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  actor: z.object({ type: z.enum(['consumer', 'staff', 'system']), id: z.string().nullable() }),
  at: iso,
  data: z.record(z.string(), z.unknown()),
});

export const complaintDetailSchema = complaintSummarySchema.extend({
  demandText: z.string().nullable(),
  regulator: z.object({ referralNo: z.string().nullable(), name: z.string().nullable(), dueAt: iso.nullable() }),
  ruleSet: z.string(),
  extensionLevel: z.number().int(),
  decision: z.object({ outcome: z.enum(OUTCOMES).nullable(), text: z.string().nullable(), checked: z.string().nullable(), decidedAt: iso.nullable() }),
  satisfaction: z.number().int().nullable(),
  acceptsDecision: z.boolean().nullable(),
  mergedIntoId: z.string().nullable(),
  duplicateOfId: z.string().nullable(),
  version: z.number().int(),
  events: z.array(eventSchema),
  messages: z.array(z.object({ id: z.string(), kind: z.string(), authorId: z.string().nullable(), body: z.string(), at: iso })),
  attachments: z.array(z.object({ id: z.string(), sha256: z.string(), filename: z.string(), mediaType: z.string(), size: z.number().int(), at: iso })),
  /** What each placeholder in the text stands for, display-masked (originals need a reveal). */
  piiValues: z.array(z.object({ placeholder: z.string(), type: z.string(), display: z.string() })),
});

export const listQuerySchema = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(STATUSES)).optional()),
  queue: z.string().max(50).optional(),
  business: z.string().max(50).optional(),
  assignee: z.uuid().optional(),
  dueBefore: iso.optional(),
  open: z.enum(['true', 'false']).optional(),
  phone: phone.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const listResponseSchema = z.object({ items: z.array(complaintSummarySchema), nextCursor: z.string().nullable() });

export const idParamSchema = z.strictObject({ id: z.uuid('id_invalid') });

const reason = z.string().trim().min(1, 'required').max(2_000, 'too_long');

export const actionBodies = {
  empty: z.strictObject({}),
  reason: z.strictObject({ reason }),
  optionalReason: z.strictObject({ reason: reason.optional() }),
  assign: z.strictObject({ queue: z.enum(QUEUES).optional(), assigneeId: z.uuid().nullable().optional() }),
  message: z.strictObject({ body: z.string().trim().min(1, 'required').max(10_000, 'too_long') }),
  /** `approver` names who approved (e.g. a head-office manager); only approving roles may set it. */
  extend: z.strictObject({ reason, approver: z.string().trim().min(1).max(100).optional() }),
  decision: z.strictObject({
    outcome: z.enum(OUTCOMES),
    text: z.string().trim().min(1, 'required').max(10_000, 'too_long'),
    checked: z.string().trim().min(1, 'required').max(5_000, 'too_long'),
  }),
  target: z.strictObject({ targetNumber: z.string().trim().min(1).max(40) }),
  facts: z.strictObject({ text: z.string().trim().min(1, 'required').max(20_000, 'too_long') }),
  satisfaction: z.strictObject({ satisfaction: z.number().int().min(1).max(5), acceptsDecision: z.boolean() }),
  attachment: attachmentInputSchema,
} as const;

export const trackingCodeRequestSchema = z.strictObject({ number: z.string().trim().min(1).max(40) });
export const trackingLoginSchema = z.strictObject({
  number: z.string().trim().min(1).max(40),
  code: z.string().trim().regex(/^\d{6}$/, 'code_invalid'),
});
