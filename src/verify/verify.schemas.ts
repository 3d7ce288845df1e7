/**
 * Request and response schemas of the verify and registry routes: they validate, document the
 * OpenAPI page and type the handlers. Field messages are i18n keys; keys not yet in
 * app/field-reasons.ts fall back to the generic reason for the failing keyword.
 */
import { z } from 'zod';
import { consumerSchema } from '../complaints/complaint.schemas.js';
import { ARTICLE_SLUGS, FRAUD_TYPES, MAX_TEXT_CHARS, registrySchema } from '../engines/scam/index.js';
import { institutionSchema } from './registry.service.js';

const localized = z.object({ zh: z.string(), en: z.string() });
const VERDICTS = ['official', 'unverified', 'suspicious', 'fraud', 'harassment'] as const;
const INDICATOR_KINDS = ['phone', 'url', 'domain', 'account', 'sms_signature'] as const;

export const verifyBodySchema = z.strictObject({
  text: z.string().max(MAX_TEXT_CHARS, 'too_long').optional(),
  sender: z.string().max(100, 'too_long').optional(),
  channel: z.enum(['sms', 'call', 'wechat', 'web'], 'verify_channel_invalid').optional(),
  url: z.string().max(4096, 'too_long').optional(),
  receivedAt: z.string().max(64, 'datetime_invalid').optional(),
});

const indicatorSchema = z.object({ kind: z.enum(INDICATOR_KINDS), value: z.string() });

export const verdictResponseSchema = z.object({
  checkId: z.uuid(),
  registryVersion: z.string(),
  verdict: z.enum(VERDICTS),
  risk: z.number().min(0).max(1),
  fraudType: z.enum(FRAUD_TYPES).nullable(),
  institution: institutionSchema.nullable(),
  reasons: z.array(
    z.object({
      code: z.string(),
      message: localized,
      evidence: z.object({ text: z.string(), start: z.number().int().optional(), end: z.number().int().optional() }),
      weight: z.number(),
    }),
  ),
  advice: z.array(localized),
  articles: z.array(z.enum(ARTICLE_SLUGS)),
  indicators: z.array(indicatorSchema),
});

export const checkParamSchema = z.strictObject({ checkId: z.uuid('id_invalid') });

export const reportResponseSchema = z.object({ checkId: z.uuid(), reported: z.array(indicatorSchema), newReports: z.number().int() });

export const complaintFromCheckSchema = z
  .strictObject({
    consumer: consumerSchema,
    institution: z.string().trim().min(1, 'required').max(100, 'too_long').optional(),
    message: z.string().min(1, 'required').max(MAX_TEXT_CHARS, 'too_long').optional(),
  })
  // Same rule as complaint intake: without a contact the consumer could never be answered.
  .refine((b) => Boolean(b.consumer.phone || b.consumer.email), { path: ['consumer', 'phone'], message: 'contact_required' });

export const complaintAckSchema = z.object({ id: z.uuid(), number: z.string(), status: z.string(), dueAt: z.string().nullable() });

export const slugParamSchema = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, 'slug_invalid') });

export const institutionBodySchema = institutionSchema.omit({ id: true }).strict();

export const registryListSchema = z.object({
  version: z.string(),
  institutions: z.array(institutionSchema),
  national: registrySchema.shape.national,
});

export const auditQuerySchema = z.strictObject({
  slug: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      action: z.enum(['seed', 'create', 'update', 'delete']),
      actorId: z.string().nullable(),
      revision: z.number().int(),
      at: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
