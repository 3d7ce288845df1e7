/** Error codes of the transparency log; HTTP statuses and messages are mapped once, here. */
import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const ledgerErrors = defineErrors({
  LEDGER_PENDING: {
    status: 409,
    message: text('该投诉的部分记录尚未写入透明日志，请稍后再试。', 'Some events of this complaint are not in the log yet; retry shortly.'),
  },
  LEDGER_DUPLICATE_ENTRY: { status: 409, message: text('该记录已写入透明日志，不能重复提交。', 'This entry is already in the log; it is not logged twice.') },
  LEDGER_NO_ENTRIES: { status: 404, message: text('该投诉在透明日志中尚无记录。', 'This complaint has no entries in the log yet.') },
  LEDGER_TILE_NOT_FOUND: { status: 404, message: text('日志中没有该分片。', 'The log has no such tile.') },
  LEDGER_BAD_REQUEST: { status: 400, message: text('请求参数有误：{reason}', 'Invalid request: {reason}') },
});

export const ledgerError = errorFactory(ledgerErrors);
