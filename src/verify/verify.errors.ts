/**
 * Error catalogue of the verify capability. The three input codes mirror the analyzer's
 * ScamInputError and reuse its bilingual messages, so the engine stays the one source of truth
 * for what "empty" or "too large" means.
 */
import { ScamInputError, type ScamErrorCode } from '../engines/scam/index.js';
import { defineErrors, errorFactory } from '../shared/errors.js';
import { text, type LocalizedText } from '../shared/i18n.js';

function engineMessage(code: ScamErrorCode): LocalizedText {
  const l = new ScamInputError(code, 'input').localized;
  return text(l.zh, l.en);
}

export const verifyErrors = defineErrors({
  VERIFY_EMPTY_INPUT: { status: 400, message: engineMessage('SCAM_EMPTY_INPUT') },
  VERIFY_INPUT_TOO_LARGE: { status: 400, message: engineMessage('SCAM_INPUT_TOO_LARGE') },
  VERIFY_INVALID_RECEIVED_AT: { status: 400, message: engineMessage('SCAM_INVALID_RECEIVED_AT') },
  VERIFY_CHECK_NOT_FOUND: { status: 404, message: text('未找到该核验记录。', 'No such check.') },
  VERIFY_NOTHING_TO_REPORT: {
    status: 422,
    message: text('该核验中没有可举报的号码、链接或账号。', 'This check has no number, link or account to report.'),
  },
  VERIFY_MESSAGE_MISMATCH: {
    status: 422,
    message: text('附上的原始消息与该核验不一致。', 'The attached message is not the one that was checked.'),
  },
  REGISTRY_INSTITUTION_NOT_FOUND: { status: 404, message: text('登记库中没有该机构。', 'No such institution in the registry.') },
  REGISTRY_INVALID: { status: 400, message: text('登记信息有误：{problem}', 'The registry entry is invalid: {problem}') },
});

export type VerifyErrorCode = keyof typeof verifyErrors;
export const verifyError = errorFactory(verifyErrors);

const FROM_ENGINE: Record<ScamErrorCode, VerifyErrorCode> = {
  SCAM_EMPTY_INPUT: 'VERIFY_EMPTY_INPUT',
  SCAM_INPUT_TOO_LARGE: 'VERIFY_INPUT_TOO_LARGE',
  SCAM_INVALID_RECEIVED_AT: 'VERIFY_INVALID_RECEIVED_AT',
};

/** The analyzer's input error as a domain error naming the offending field. */
export function fromEngineError(err: ScamInputError) {
  return verifyError(FROM_ENGINE[err.code], { field: err.field });
}
