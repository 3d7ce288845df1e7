/**
 * Email addresses and URLs carrying personal tokens. Both scan from an anchor character ("@",
 * "http"/"www.") outwards instead of running a regex from every position, so cost stays linear
 * even on long runs of Latin text.
 */
import type { PiiEntity, Recognizer } from './pii.types.js';

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

const RE_DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}$/;

export const emailRecognizer: Recognizer = {
  id: 'email',
  types: ['email'],
  detect(text, out) {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let s = at;
      while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
      while (s < at && text.charCodeAt(s) === 46) s++; // a local part cannot start with "."
      let e = at + 1;
      while (e < text.length && e - at <= 253 && isDomainChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--; // sentence-final "."
      if (s === at || !RE_DOMAIN.test(text.slice(at + 1, e))) continue;
      out.push({ type: 'email', start: s, end: e, score: 0.95, text: text.slice(s, e), reason: 'email address' });
    }
  },
};

/** Query keys whose values identify a person or a session. */
const TOKEN_KEYS = new Set([
  'token', 'access_token', 'accesstoken', 'refresh_token', 'auth', 'authorization', 'ticket', 'sid', 'session',
  'sessionid', 'session_id', 'phone', 'mobile', 'tel', 'uid', 'userid', 'user_id', 'user', 'openid', 'unionid',
  'idcard', 'id_card', 'idno', 'cardno', 'card_no', 'email', 'name', 'key', 'apikey', 'api_key', 'code', 'sign', 'jwt',
]);

const RE_URL_START = /https?:\/\/|www\./gi;

function isUrlChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96;
}

export const urlTokenRecognizer: Recognizer = {
  id: 'url_token',
  types: ['url_token'],
  detect(text, out) {
    RE_URL_START.lastIndex = 0;
    for (let m = RE_URL_START.exec(text); m; m = RE_URL_START.exec(text)) {
      let e = m.index + m[0].length;
      while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
      while (e > m.index && /[.,;:!?)\]}]/.test(text[e - 1] as string)) e--;
      RE_URL_START.lastIndex = Math.max(e, m.index + 1);
      const q = text.indexOf('?', m.index);
      if (q < 0 || q >= e - 1) continue;
      const keys = text
        .slice(q + 1, e)
        .split(/[&#;]/)
        .map((pair) => (pair.split('=')[0] ?? '').toLowerCase())
        .filter((k) => TOKEN_KEYS.has(k));
      if (keys.length === 0) continue;
      // Mask the query only: scheme, host and path stay visible for scam analysis.
      out.push({ type: 'url_token', start: q + 1, end: e, score: 0.9, text: text.slice(q + 1, e), reason: `URL query carries ${keys.join(', ')}` });
    }
  },
};

export const ipRecognizer: Recognizer = {
  id: 'ip',
  types: ['ip'],
  detect(text: string, out: PiiEntity[]) {
    scanIPv4(text, out);
    scanIPv6(text, out);
  },
};

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * IPv4 anchored on "." for the same reason: a match starts where the one to three digits before
 * its first dot start (the look-behind rejects a digit before that), so the sticky pattern is tried
 * there once per dot instead of at every position of the text.
 */
function scanIPv4(text: string, out: PiiEntity[]): void {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let s = dot;
    while (s > 0 && dot - s < 3 && isAsciiDigit(text.charCodeAt(s - 1))) s--;
    if (s === dot) continue;
    RE_IPV4.lastIndex = s;
    const m = RE_IPV4.exec(text);
    if (!m) continue;
    out.push({ type: 'ip', start: s, end: s + m[0].length, score: 0.85, text: m[0], reason: 'IPv4 address' });
    dot = s + m[0].length - 1;
  }
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * IPv6 anchored on ":" — a regex tried at every position cost more than the rest of the IP
 * recognizer. A match can only start where the hex/colon run holding its first colon starts (the
 * pattern's look-behind rejects any later start), so each colon is tried from that one start, and
 * a run already tried is not walked again (linear).
 */
function scanIPv6(text: string, out: PiiEntity[]): void {
  let prevColon = -1;
  let prevStart = -1;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let s = colon;
    while (s > 0 && isHexOrColon(text.charCodeAt(s - 1))) {
      if (s - 1 === prevColon) {
        s = prevStart;
        break;
      }
      s--;
    }
    const tried = s === prevStart;
    prevColon = colon;
    prevStart = s;
    if (tried) continue;
    RE_IPV6.lastIndex = s;
    const m = RE_IPV6.exec(text);
    if (!m) continue;
    const end = s + m[0].length;
    // The look-ahead guarantees text[end] is no hex digit or colon: later runs start after `end`.
    colon = end - 1;
    if (!isIPv6Text(m[0])) continue;
    out.push({ type: 'ip', start: s, end, score: 0.85, text: m[0], reason: 'IPv6 address' });
  }
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Not glued to letters ("v1.2.3.4"), digits or further dotted parts (a 5-part version string).
const RE_IPV4 = new RegExp(`(?<![\\w.])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\w]|\\.\\d)`, 'y');
const RE_IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/y;

/** Full or "::"-compressed IPv6 with at least one hex digit group and no times like 12:30:45. */
function isIPv6Text(s: string): boolean {
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  if (parts.length === 1) return groups.length === 8;
  return groups.length <= 7 && groups.length >= 1;
}
