/** Error codes of the complaint desk; HTTP statuses and messages are mapped once, here. */
import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const complaintErrors = defineErrors({
  COMPLAINT_NOT_FOUND: { status: 404, message: text('未找到该投诉。', 'Complaint not found.') },
  ILLEGAL_TRANSITION: {
    status: 409,
    message: text('投诉当前状态为“{from}”，不能执行“{action}”。', 'A complaint in state "{from}" cannot be "{action}".'),
  },
  VERSION_CONFLICT: { status: 409, message: text('投诉已被他人修改，请刷新后重试。', 'The complaint was changed by someone else; reload and retry.') },
  DEADLINE_EXTENSION_NOT_ALLOWED: {
    status: 409,
    message: text('不能再延长处理期限（已达最长 {maxDays} 天）。', 'The deadline cannot be extended further (maximum {maxDays} days).'),
  },
  EXTENSION_APPROVER_REQUIRED: {
    status: 422,
    message: text('此次延期需要记录审批人。', 'This extension needs an approver on record.'),
  },
  CLOCK_ALREADY_PAUSED: { status: 409, message: text('处理时限已暂停。', 'The deadline clock is already paused.') },
  CLOCK_NOT_PAUSED: { status: 409, message: text('处理时限未暂停。', 'The deadline clock is not paused.') },
  REVIEW_WINDOW_CLOSED: {
    status: 409,
    message: text('复核申请须在处理决定作出后 {days} 日内提出。', 'A review must be requested within {days} days of the decision.'),
  },
  MERGE_TARGET_INVALID: {
    status: 409,
    message: text('只能合并到另一件仍在处理中的投诉。', 'A complaint can only be merged into another open complaint.'),
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: text('该幂等键已用于另一份不同的投诉内容。', 'This Idempotency-Key was already used with a different request body.'),
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    message: text('附件过大（上限 {limit} 字节）。', 'The attachment is too large (limit {limit} bytes).'),
  },
  ATTACHMENT_TYPE_UNSUPPORTED: {
    status: 415,
    message: text('不支持该附件类型，请上传图片、PDF、音频或文本。', 'Unsupported attachment type; upload an image, PDF, audio or text file.'),
  },
  UNKNOWN_RULE_SET: { status: 500, message: text('未知的期限规则集。', 'Unknown deadline rule set.') },
  TRACKING_CODE_INVALID: {
    status: 401,
    message: text('投诉编号或验证码不正确，或验证码已过期。', 'The complaint number or code is wrong, or the code has expired.'),
  },
});

export type ComplaintErrorCode = keyof typeof complaintErrors;
export const complaintError = errorFactory(complaintErrors);
