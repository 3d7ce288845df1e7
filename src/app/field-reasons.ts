/** Bilingual reasons for field validation failures; schemas name these keys as their messages. */
import { text, type LocalizedText } from '../shared/i18n.js';

export const FIELD_REASONS: Record<string, LocalizedText> = {
  required: text('必填项。', 'This field is required.'),
  too_long: text('内容过长。', 'Too long.'),
  too_many: text('数量过多。', 'Too many items.'),
  text_too_short: text('投诉内容太短，请至少写 5 个字。', 'The complaint text is too short (at least 5 characters).'),
  phone_invalid: text('手机号或电话号码格式不正确。', 'Not a valid phone number.'),
  email_invalid: text('电子邮箱格式不正确。', 'Not a valid email address.'),
  id_number_invalid: text('身份证号码格式不正确。', 'Not a valid resident ID number.'),
  contact_required: text('请至少留下手机号或电子邮箱，以便我们联系您。', 'Give a phone number or an email so we can reach you.'),
  referral_required: text('监管转办投诉必须填写转办编号、监管机构和监管时限。', 'A regulator referral needs its number, regulator and deadline.'),
  channel_invalid: text('不支持的投诉渠道。', 'Unsupported channel.'),
  base64_invalid: text('附件内容必须是 Base64 编码。', 'Attachment content must be base64.'),
  datetime_invalid: text('时间格式应为 ISO 8601（含时区）。', 'Expected an ISO 8601 date-time with offset.'),
  id_invalid: text('编号格式不正确。', 'Malformed id.'),
  code_invalid: text('验证码应为 6 位数字。', 'The code must be 6 digits.'),
  unknown_field: text('不认识的字段。', 'Unknown field.'),
  wrong_type: text('类型不正确。', 'Wrong type.'),
  invalid_value: text('取值不在允许范围内。', 'Value not allowed.'),
  invalid: text('格式不正确。', 'Invalid value.'),
  verify_channel_invalid: text('不支持的渠道（应为 sms、call、wechat 或 web）。', 'Unsupported channel (sms, call, wechat or web).'),
  slug_invalid: text('机构标识只能包含小写字母、数字和连字符。', 'Lower-case letters, digits and hyphens only.'),
};

/** Maps a validator's message or keyword to a reason: the schema's key first, else a generic one. */
export function fieldReason(message: string | undefined, keyword: string): LocalizedText {
  if (message && FIELD_REASONS[message]) return FIELD_REASONS[message];
  if (keyword === 'unrecognized_keys') return FIELD_REASONS.unknown_field as LocalizedText;
  if (keyword === 'invalid_type') return FIELD_REASONS.wrong_type as LocalizedText;
  if (keyword === 'invalid_value' || keyword === 'invalid_enum_value') return FIELD_REASONS.invalid_value as LocalizedText;
  if (keyword === 'too_big') return FIELD_REASONS.too_long as LocalizedText;
  return FIELD_REASONS.invalid as LocalizedText;
}
