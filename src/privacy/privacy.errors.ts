import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const privacyErrors = defineErrors({
  SUBJECT_KEY_REQUIRED: { status: 400, message: text('请提供手机号或身份证号以确定个人。', 'Give a phone number or an ID number to identify the person.') },
  NOTHING_TO_REVEAL: { status: 404, message: text('该投诉没有可调取的个人信息。', 'This complaint holds no personal data to reveal.') },
  KEYRING_NOT_ROTATABLE: {
    status: 409,
    message: text('密钥来自环境变量 XIAOBAO_KEK，无法自动轮换；请改用密钥文件。', 'The key comes from XIAOBAO_KEK and cannot be rotated here; use a key file.'),
  },
});

export const privacyError = errorFactory(privacyErrors);
