import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const triageErrors = defineErrors({
  ARTICLE_NOT_FOUND: { status: 404, message: text('未找到该知识库文章。', 'Knowledge-base article not found.') },
  NOT_AUTO_ANSWERED: { status: 409, message: text('该投诉没有自动答复，已由人工处理。', 'This complaint had no automatic answer; a person is handling it.') },
});

export const triageError = errorFactory(triageErrors);
