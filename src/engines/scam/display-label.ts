/**
 * 【测试小贷官方回复】, [虚构钱包App推送]: an institution's own registered name followed by a role
 * word is how apps, comment sections and chat windows label what the institution says there. In a
 * message pasted without a sender it is a display label, not an SMS signature, so its not being
 * the registered signature says nothing about the channel.
 */
import type { Span } from './indicator.extract.js';
import type { RegistryIndex } from './registry.index.js';
import { normalizeText } from './text-normalize.js';

// Only roles a platform prints: a bare 客服, 客服中心 or 通知 is what fraudsters' SMS labels say
// (【示例消金客服】您的账户异常) and stays a look-alike signature.
const ROLE = /^(?:官方回复|官方回应|在线客服|app推送|推送|服务号|公众号|小程序)$/i;

export function isDisplayLabel(sig: Span, index: RegistryIndex): boolean {
  const inner = normalizeText(sig.text).replace(/^[【[［]|[】\]］]$/g, '').trim();
  const named = index.names.findAll(inner)[0];
  if (!named || named.start !== 0) return false;
  return ROLE.test(inner.slice(named.end).trim());
}
