import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const authErrors = defineErrors({
  AUTH_REQUIRED: { status: 401, message: text('请先登录或提供有效的访问令牌。', 'Sign in or provide a valid access token.') },
  FORBIDDEN: { status: 403, message: text('您的角色无权执行此操作。', 'Your role is not allowed to do this.') },
  LOGIN_FAILED: { status: 401, message: text('用户名或密码错误。', 'Wrong username or password.') },
  USERNAME_TAKEN: { status: 409, message: text('用户名已存在。', 'That username is already taken.') },
  USER_NOT_FOUND: { status: 404, message: text('未找到该用户。', 'User not found.') },
});

export const authError = errorFactory(authErrors);
