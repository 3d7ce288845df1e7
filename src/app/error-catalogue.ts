/**
 * Every error code of every capability, in one merged catalogue: the single place codes become
 * HTTP statuses and localized messages. docs/errors.md lists the same table for integrators.
 */
import { authErrors } from '../auth/auth.errors.js';
import { complaintErrors } from '../complaints/complaint.errors.js';
import { triageErrors } from '../triage/triage.errors.js';
import { verifyErrors } from '../verify/verify.errors.js';
import { privacyErrors } from '../privacy/privacy.errors.js';
import { ledgerErrors } from '../ledger/ledger.errors.js';
import { defineErrors, type ErrorSpec } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const httpErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, message: text('请求内容有误，请按提示修改。', 'The request is invalid; see the field issues.') },
  MALFORMED_JSON: { status: 400, message: text('请求体不是有效的 JSON。', 'The request body is not valid JSON.') },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: text('请以 application/json 提交。', 'Send the request as application/json.') },
  PAYLOAD_TOO_LARGE: { status: 413, message: text('请求体过大。', 'The request body is too large.') },
  NOT_FOUND: { status: 404, message: text('接口不存在。', 'No such endpoint.') },
  RATE_LIMITED: { status: 429, message: text('请求过于频繁，请稍后再试。', 'Too many requests; try again shortly.') },
  INTERNAL: { status: 500, message: text('服务器内部错误，请稍后重试。', 'Internal error; please retry later.') },
});

const catalogue: Record<string, ErrorSpec> = { ...httpErrors, ...authErrors, ...complaintErrors, ...ledgerErrors, ...triageErrors, ...verifyErrors, ...privacyErrors };

export function registerErrors(more: Record<string, ErrorSpec>): void {
  Object.assign(catalogue, more);
}

export function errorSpec(code: string): ErrorSpec {
  return catalogue[code] ?? (catalogue.INTERNAL as ErrorSpec);
}

export function allErrorCodes(): Array<[string, ErrorSpec]> {
  return Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b));
}
