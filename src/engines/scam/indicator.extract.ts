/**
 * Pulls indicators out of free text: SMS signatures 【…】, links (bare domains too, since SMS
 * often drop the scheme), phone numbers and bank-account numbers. All regexes are linear
 * (no nested quantifiers) so a 100 KB paste costs one pass each.
 */
import { parse } from 'tldts';
import { normalizePhone } from './phone.classify.js';
import type { Indicator, IndicatorKind } from './scam.types.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface LinkInfo extends Span {
  hostname: string;
  /** Registrable domain (public-suffix aware); null for raw IPs and unknown suffixes. */
  domain: string | null;
  /** The domain without its public suffix, e.g. `sample-xf`. */
  label: string | null;
  isIp: boolean;
  scheme: 'http' | 'https' | null;
  path: string;
}

const RE_SIGNATURE = /【([^【】\n]{1,20})】|\[([^[\]\n]{2,12})\]/g;
// Scheme optional; host = ASCII labels (punycode included) + alphabetic TLD, or an IPv4 address.
const RE_URL =
  /(?:(https?):\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3})(?![a-z0-9-])(:\d{2,5})?((?:[/?#][a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?)/gi;
/** Non-global twin for single links: a shared /g regex would carry lastIndex between calls. */
const RE_URL_ONE = new RegExp(RE_URL.source, 'i');
// Runs of digits with optional separators; classified afterwards.
const RE_NUMBER = /\+?\d[\d\- ]{2,22}\d/g;
const ACCOUNT_CONTEXT = /(卡|账号|帐号|账户|帐户|收款|account|card)/i;
/** UnionPay card numbers (62…, 16–19 digits) are accounts even without a keyword before them. */
const UNIONPAY = /^62\d{14,17}$/;

/**
 * Bracketed labels that chat apps, transcripts and forwards put in front of a message ("[微信] 表姐：",
 * "[语音通话转文字]", "【图片】", "[抖音私信]", "[閒魚聊天]"), in either script (the text is not
 * normalised yet): they name the channel or the content, never a sender.
 */
const RE_CHANNEL_TAG = /^(?:微信|企业微信|企業微信|wechat|qq|telegram|whatsapp|line|群聊|家人群|私聊|私信|语音|語音|视频|視頻|图片|圖片|截图|截圖|表情|链接|鏈接|红包|紅包|文件|位置|转发|轉發|聊天记录|聊天記錄|通话记录|通話記錄|朋友圈)|(?:私信|私聊|聊天|转文字|轉文字|聊天记录|聊天記錄|群)$/i;

/** "家人群转发：【反诈中心提醒】…": a bracket right after a forwarding label heads the forwarded notice. */
const RE_FORWARD_LABEL = /(?:转发|轉發|转自|轉自|forwarded)[^【\[\n]{0,6}[：:]\s*$/i;

function forwarded(text: string, at: number): boolean {
  return RE_FORWARD_LABEL.test(text.slice(Math.max(0, at - 12), at));
}

/** An opening quotation mark right before the bracket: “【…】…” quotes someone else's message. */
const RE_QUOTE_OPEN = /[“"「『‘«]\s*$/;

export interface SignatureSpan extends Span {
  /** The signature opens a quoted message, so it is not the sender's own. */
  quoted: boolean;
}

export function extractSignatures(text: string): SignatureSpan[] {
  const out: SignatureSpan[] = [];
  for (const m of text.matchAll(RE_SIGNATURE)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (RE_CHANNEL_TAG.test(inner) || forwarded(text, m.index)) continue;
    // Evidence is the name inside the brackets, so offsets point at exactly that text.
    const start = m.index + m[0].indexOf(inner);
    if (inner.length >= 2) out.push({ text: inner, start, end: start + inner.length, quoted: RE_QUOTE_OPEN.test(text.slice(Math.max(0, m.index - 3), m.index)) });
  }
  return out;
}

export function parseLink(raw: string, start = 0): LinkInfo | null {
  const m = RE_URL_ONE.exec(raw.trim());
  if (!m) return null;
  return toLink(m, start + m.index);
}

function toLink(m: RegExpExecArray | RegExpMatchArray, start: number): LinkInfo | null {
  const host = (m[2] ?? '').toLowerCase();
  // Bare "a.b" words (file names, decimals like v1.2) are not links without a known suffix.
  const p = parse(host);
  if (!p.isIp && (!p.domain || p.isIcann === null)) return null;
  const scheme = m[1] ? (m[1].toLowerCase() as 'http' | 'https') : null;
  if (!scheme && !p.isIp && p.isIcann !== true && !host.endsWith('.example')) return null;
  // Sentence punctuation glued to a link ("…/a1b2." or "…/a1b2)") is not part of it.
  const text = m[0].replace(/[.,;:!?)'\]]+$/, '');
  return {
    text,
    start,
    end: start + text.length,
    hostname: p.hostname ?? host,
    domain: p.domain,
    label: p.domainWithoutSuffix,
    isIp: p.isIp === true,
    scheme,
    path: (m[4] ?? '').replace(/[.,;:!?)'\]]+$/, '').toLowerCase(),
  };
}

export function extractLinks(text: string): LinkInfo[] {
  const out: LinkInfo[] = [];
  for (const m of text.matchAll(RE_URL)) {
    const link = toLink(m, m.index ?? 0);
    if (link) out.push(link);
  }
  return out;
}

export interface NumberSpan extends Span {
  digits: string;
  /** Preceded by an account/card keyword: treat as a bank account, not a phone. */
  account: boolean;
}

export function extractNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (const m of text.matchAll(RE_NUMBER)) {
    const digits = m[0].replace(/[\s-]/g, '');
    const bare = digits.replace(/^\+/, '');
    if (bare.length < 5) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 8), start);
    const account = UNIONPAY.test(bare) || (ACCOUNT_CONTEXT.test(before) && /^\d{12,19}$/.test(bare) && !/^1[3-9]\d{9}$/.test(bare));
    out.push({ text: m[0], start, end: start + m[0].length, digits, account });
  }
  return out;
}

/** Canonical value of an indicator, shared by the analyzer and any fraud database. */
export function normalizeIndicator(kind: IndicatorKind, raw: string): string {
  const v = raw.trim();
  switch (kind) {
    case 'phone':
      return normalizePhone(v);
    case 'account':
      return v.replace(/\D/g, '');
    case 'domain':
      return (parse(v.toLowerCase()).domain ?? v.toLowerCase()).replace(/\.$/, '');
    case 'url': {
      const link = parseLink(v);
      if (!link) return v.toLowerCase();
      const path = link.path.replace(/[/#?]+$/, '');
      return `${link.hostname}${path}`;
    }
    case 'sms_signature':
      return v.replace(/^【|】$/g, '').trim().toLowerCase();
  }
}

export function dedupeIndicators(list: Indicator[]): Indicator[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const k = `${i.kind}:${i.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
