/**
 * Classifies a displayed phone number / SMS sender the way a careful consumer would read it.
 * Chinese formats come from facts/regulation.md; foreign numbers are recognised with
 * libphonenumber-js. Never throws: anything unreadable is `malformed` with a reason.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type NumberInfo =
  | { kind: 'malformed'; digits: string; why: 'letters' | 'length' | 'landline_shape' }
  | { kind: 'short_code'; digits: string }
  /** A short code shown with a prefix it can never carry (+, 00, +86), or an area code. */
  | { kind: 'prefixed_short_code'; digits: string; prefix: '+' | '00' | '+86' | 'area_code' }
  | { kind: 'mobile'; digits: string; virtualOperator: boolean }
  | { kind: 'landline'; digits: string }
  | { kind: 'service_400'; digits: string }
  | { kind: 'sms_port'; digits: string }
  | { kind: 'foreign'; digits: string; country: string };

const AREA = '0(?:10|2\\d|[3-9]\\d{2})';
const SHORT = '(?:9[56]\\d{3,4}|1[0-2]\\d{1,3})';
const RE_SHORT = new RegExp(`^${SHORT}$`);
const RE_AREA_SHORT = new RegExp(`^${AREA}(9[56]\\d{3,4})$`);
const RE_LANDLINE = new RegExp(`^${AREA}[2-9]\\d{6,7}$`);
const RE_LOCAL = /^[2-9]\d{6,7}$/;
const RE_MOBILE = /^1[3-9]\d{9}$/;
const RE_VIRTUAL = /^(?:162|165|167|170|171)/;
const RE_400 = /^[48]00\d{7}$/;
const RE_PORT = /^106\d{5,17}$/;

function classifyNational(d: string): NumberInfo {
  if (RE_PORT.test(d)) return { kind: 'sms_port', digits: d };
  if (RE_MOBILE.test(d)) return { kind: 'mobile', digits: d, virtualOperator: RE_VIRTUAL.test(d) };
  if (RE_400.test(d)) return { kind: 'service_400', digits: d };
  if (RE_SHORT.test(d)) return { kind: 'short_code', digits: d };
  const areaShort = RE_AREA_SHORT.exec(d);
  if (areaShort) return { kind: 'prefixed_short_code', digits: areaShort[1] as string, prefix: 'area_code' };
  if (RE_LANDLINE.test(d) || RE_LOCAL.test(d)) return { kind: 'landline', digits: d };
  if (d.startsWith('0')) return { kind: 'malformed', digits: d, why: 'landline_shape' };
  return { kind: 'malformed', digits: d, why: 'length' };
}

/**
 * The last number classified and its reading. A message's sender is classified twice (its checks,
 * then its fraud-database key), and a foreign number costs a libphonenumber parse each time.
 * The reading depends on the compacted form only, and callers never modify it.
 */
let lastCompact: string | undefined;
let lastInfo: NumberInfo | undefined;

export function classifyNumber(raw: string): NumberInfo {
  const compact = raw.trim().replace(/[\s\-().\u00a0\u3000]/g, '').replace(/^＋/, '+');
  if (lastInfo && compact === lastCompact) return lastInfo;
  lastInfo = classifyCompact(compact);
  lastCompact = compact;
  return lastInfo;
}

function classifyCompact(compact: string): NumberInfo {
  const digits = compact.replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return { kind: 'malformed', digits: compact.replace(/\D/g, ''), why: 'letters' };
  if (digits.length < 3 || digits.length > 20) return { kind: 'malformed', digits, why: 'length' };
  const plus = compact.startsWith('+');
  const intl = plus ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (intl === null) return classifyNational(digits);
  const prefix = plus ? '+' : '00';
  if (intl.startsWith('86')) {
    const national = intl.slice(2);
    if (RE_SHORT.test(national)) return { kind: 'prefixed_short_code', digits: national, prefix: '+86' };
    // +86 numbers drop the trunk 0 of landlines; put it back to compare with the registry.
    const asDialled = /^[2-9]/.test(national) && !RE_SHORT.test(national) ? `0${national}` : national;
    return classifyNational(asDialled);
  }
  if (RE_SHORT.test(intl)) return { kind: 'prefixed_short_code', digits: intl, prefix };
  // A foreign calling code makes the number foreign even when its length is impossible or the
  // code is shared (+44 GB/JE/GG…): caller-ID spoofing tools display exactly such numbers.
  const parsed = parsePhoneNumberFromString(`+${intl}`);
  if (parsed?.countryCallingCode && parsed.countryCallingCode !== '86') {
    return { kind: 'foreign', digits: intl, country: parsed.country ?? `+${parsed.countryCallingCode}` };
  }
  return { kind: 'malformed', digits: intl, why: 'length' };
}

/** Canonical form used as a fraud-database key: national digits for China, +cc… otherwise. */
export function normalizePhone(raw: string): string {
  const info = classifyNumber(raw);
  if (info.kind === 'foreign') return `+${info.digits}`;
  // A spoofed "+95xxx" must not share a key with the genuine 95xxx (nor 0755 96110 with +96110).
  if (info.kind === 'prefixed_short_code') return raw.replace(/[^\d+]/g, '');
  return info.digits;
}
