/** Reveal with a reason, the reveal log of a complaint, and data-subject requests (PIPL). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authError } from '../auth/auth.errors.js';
import type { Principal } from '../app/access.js';
import { complaintDetailSchema, idParamSchema } from '../complaints/complaint.schemas.js';
import { REVEAL_PURPOSES, type PrivacyRightsService } from './privacy-rights.service.js';

const TAG = ['privacy'];
const identitySchema = z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional(), idNumber: z.string().optional() });
const valueSchema = z.object({ placeholder: z.string(), type: z.string(), value: z.string() });
const reason = z.string().trim().min(4, 'required').max(500, 'too_long');
const subjectSchema = z.strictObject({ phone: z.string().trim().max(32).optional(), idNumber: z.string().trim().max(18).optional(), reason });

function staffId(p: Principal): { id: string } {
  if (p.kind !== 'staff') throw authError('FORBIDDEN');
  return { id: p.user.id };
}

export const privacyRoutes: FastifyPluginAsyncZod<{ rights: PrivacyRightsService }> = async (app, { rights }) => {
  app.post(
    '/api/complaints/:id/reveal',
    {
      config: { access: 'pii.reveal' },
      schema: {
        tags: TAG,
        summary: 'See originals of personal data, with a purpose and reason; recorded and logged',
        params: idParamSchema,
        body: z.strictObject({
          purpose: z.enum(REVEAL_PURPOSES),
          reason,
          placeholders: z.array(z.string().regex(/^\[[^\]]{1,20}#\d{1,4}\]$/, 'invalid')).max(100).optional(),
          identity: z.boolean().default(false),
        }),
        response: { 200: z.object({ grantId: z.uuid(), expiresAt: z.string(), identity: identitySchema.nullable(), values: z.array(valueSchema) }) },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return rights.reveal(req.params.id, staffId(req.principal), req.body);
    },
  );

  app.get(
    '/api/complaints/:id/reveals',
    {
      config: { access: 'complaint.export' },
      schema: {
        tags: TAG,
        summary: 'Who saw which personal data of this complaint, when and why',
        params: idParamSchema,
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), username: z.string(), purpose: z.string(), reason: z.string(), fields: z.unknown(), createdAt: z.string(), expiresAt: z.string() })),
          }),
        },
      },
    },
    async (req) => ({
      items: (await rights.listReveals(req.params.id)).map((r) => ({
        id: r.id,
        username: r.username,
        purpose: r.purpose,
        reason: r.reason,
        fields: r.fields,
        createdAt: r.created_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
      })),
    }),
  );

  app.post(
    '/api/privacy/subjects/export',
    {
      config: { access: 'privacy.subject_rights' },
      schema: {
        tags: TAG,
        summary: "PIPL access request: everything held about one person (each complaint's access is recorded)",
        body: subjectSchema,
        response: { 200: z.object({ complaints: z.array(z.object({ detail: complaintDetailSchema, identity: identitySchema.nullable(), values: z.array(valueSchema) })) }) },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return rights.exportSubject(staffId(req.principal), req.body, req.body.reason);
    },
  );

  app.post(
    '/api/privacy/subjects/erase',
    {
      config: { access: 'privacy.subject_rights' },
      schema: {
        tags: TAG,
        summary: 'PIPL deletion request: destroy the originals, keep the masked complaint record the law requires',
        body: subjectSchema,
        response: { 200: z.object({ complaints: z.number(), vaultRecordsDeleted: z.number(), retained: z.object({ 'zh-CN': z.string(), en: z.string() }) }) },
      },
    },
    async (req) => ({
      ...(await rights.eraseSubject(staffId(req.principal), req.body, req.body.reason)),
      retained: {
        'zh-CN': '已删除该个人信息的原文（加密原件与盲索引）。投诉记录以脱敏形式保留：依规定投诉档案须在办结后保存至少 3 年；其中已无法识别该个人。',
        en: 'The originals of this person’s data (sealed values and blind indexes) are destroyed. The complaint records stay, masked, because complaint files must be kept at least 3 years after closure; they no longer identify the person.',
      },
    }),
  );
};
