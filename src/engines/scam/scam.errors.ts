/** Error catalogue of the scam analyzer: stable codes, the offending field, zh/en messages. */
import type { Localized } from './scam.types.js';

export type ScamErrorCode = 'SCAM_EMPTY_INPUT' | 'SCAM_INPUT_TOO_LARGE' | 'SCAM_INVALID_RECEIVED_AT';

const MESSAGES: Record<ScamErrorCode, Localized> = {
  SCAM_EMPTY_INPUT: { zh: '请粘贴短信内容、来电号码或链接中的至少一项', en: 'Paste at least one of: message text, caller number or link' },
  SCAM_INPUT_TOO_LARGE: { zh: '内容过长，请只粘贴可疑的消息', en: 'The text is too long; paste only the suspicious message' },
  SCAM_INVALID_RECEIVED_AT: { zh: '接收时间格式无效，应为带时区的 ISO 8601 时间', en: 'The receivedAt time must be ISO 8601 with an offset' },
};

export class ScamInputError extends Error {
  readonly localized: Localized;
  constructor(
    readonly code: ScamErrorCode,
    readonly field: 'text' | 'sender' | 'url' | 'receivedAt' | 'input',
  ) {
    super(`${code}: ${MESSAGES[code].en}`);
    this.localized = MESSAGES[code];
  }
}
