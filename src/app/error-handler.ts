/**
 * The one HTTP error mapper. Responses look like
 *   { "error": { "code", "message": {"zh-CN","en"}, "issues": [{ "path", "reason": {"zh-CN","en"} }] } }
 * Details are echoed only for domain errors, whose details are declared safe; unexpected errors
 * are logged by type and code only (their messages may contain user input) and answered as INTERNAL.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type FieldIssue } from '../shared/errors.js';
import { format } from '../shared/i18n.js';
import { errorSpec } from './error-catalogue.js';
import { fieldReason } from './field-reasons.js';

interface ErrorBody {
  error: { code: string; message: { 'zh-CN': string; en: string }; issues: FieldIssue[]; details?: Record<string, unknown> };
}

function body(code: string, details: Record<string, unknown> = {}, issues: FieldIssue[] = []): { status: number; payload: ErrorBody } {
  const spec = errorSpec(code);
  const payload: ErrorBody = { error: { code, message: format(spec.message, details), issues } };
  if (Object.keys(details).length) payload.error.details = details;
  return { status: spec.status, payload };
}

function toPath(instancePath: string, context: string | undefined, missingProperty?: unknown): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (typeof missingProperty === 'string') parts.push(missingProperty);
  const prefix = context && context !== 'body' ? `${context}.` : '';
  return prefix + parts.join('.');
}

export function mapError(err: unknown): { status: number; payload: ErrorBody } {
  if (err instanceof DomainError) {
    const issues = err.issues.length ? err.issues : typeof err.details.field === 'string' ? [{ path: err.details.field, reason: errorSpec(err.code).message }] : [];
    return body(err.code, err.details, issues);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as { validationContext?: string }).validationContext;
    const issues = err.validation.map((v) => {
      const keys = (v.params as { keys?: unknown }).keys;
      const path = toPath(v.instancePath, context, Array.isArray(keys) ? keys[0] : undefined);
      return { path, reason: fieldReason(v.message, v.keyword) };
    });
    return body('VALIDATION_FAILED', {}, issues);
  }
  const fe = err as Partial<FastifyError>;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return body('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return body('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_VALIDATION':
      return body('VALIDATION_FAILED');
    default:
      break;
  }
  if (fe.statusCode === 429) return body('RATE_LIMITED');
  return body('INTERNAL');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { status, payload } = mapError(err);
    if (status >= 500) {
      const fe = err as Partial<FastifyError>;
      // The logger masks personal data in every string, stacks included (see logger.ts).
      req.log.error({ errType: fe.name ?? typeof err, errCode: fe.code ?? null, stack: typeof fe.stack === 'string' ? fe.stack : null }, 'request failed');
    }
    void reply.status(status).send(payload);
  });
  app.setNotFoundHandler((_req, reply) => {
    const { status, payload } = body('NOT_FOUND');
    void reply.status(status).send(payload);
  });
}
