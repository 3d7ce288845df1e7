/**
 * Classifies one candidate digit string (already joined from its groups) as a Chinese mobile,
 * landline, foreign phone, resident ID or bank card — or as an official service number (decoy)
 * that must stay unmasked. Pure; the caller supplies the context cues found before the number.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { idBirthDateOk, idChecksumOk, legacyIdDateOk, luhnOk, regionCodeOk, validDate } from './checksums.js';
import type { PiiType } from './pii.types.js';

export type CueKind = 'phone' | 'id' | 'card' | 'ref';

export interface NumberCandidate {
  /** ASCII digits, without "+" and without a trailing X. */
  digits: string;
  plus: boolean;
  /** An X/x check character follows the digits. */
  trailingX: boolean;
  cues: ReadonlySet<CueKind>;
  currentYear: number;
}

export type NumberVerdict =
  | { kind: 'pii'; type: PiiType; score: number; reason: string }
  | { kind: 'decoy'; reason: string };

const MOBILE_PREFIXES = new Set(
  ('130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 158 159 ' +
    '162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 ' +
    '190 191 192 193 195 196 197 198 199').split(' '),
);

/** Short codes and 400/800 numbers; with "+86" they are still official (and suspicious, but not PII). */
const RE_SERVICE = /^(?:9[56]\d{3,4}|[48]00\d{7}|1[0-2]\d{1,3})$/;
/** SMS ports exist only nationally: "+86 10 6…" is a Beijing landline, not a 106 port. */
const RE_SMS_PORT = /^106\d{2,18}$/;
const CARD_PREFIX_STRONG = /^(?:62|81|60)/;
const CARD_PREFIX_OTHER = /^(?:4|5[1-5]|35|3[47])/;

function pii(type: PiiType, score: number, reason: string): NumberVerdict {
  return { kind: 'pii', type, score: Math.min(1, score), reason };
}

function boost(c: NumberCandidate, kind: CueKind, amount: number): number {
  return c.cues.has(kind) ? amount : 0;
}

function mobile(d: string, c: NumberCandidate, how: string): NumberVerdict | undefined {
  if (d.length !== 11 || d[0] !== '1') return undefined;
  const prefix = d.slice(0, 3);
  if (MOBILE_PREFIXES.has(prefix)) return pii('mobile', 0.9 + boost(c, 'phone', 0.1), `mobile prefix ${prefix}${how}`);
  if (prefix.startsWith('14')) return pii('mobile', 0.55 + boost(c, 'phone', 0.3), `mobile data/IoT range ${prefix}${how}`);
  return undefined;
}

/** Area code length is fixed by its second digit: 010 and 02x are three digits, others four. */
function landline(d: string, c: NumberCandidate, how: string): NumberVerdict | undefined {
  if (d[0] !== '0' || d[1] === '0') return undefined;
  const areaLen = d[1] === '1' || d[1] === '2' ? 3 : 4;
  if (areaLen === 3 && d[1] === '1' && d[2] !== '0') return undefined;
  const local = d.slice(areaLen);
  if ((local.length !== 7 && local.length !== 8) || local[0] === '0' || local[0] === '1') return undefined;
  return pii('landline', 0.85 + boost(c, 'phone', 0.1), `area code ${d.slice(0, areaLen)}${how}`);
}

function idCard(d: string, c: NumberCandidate): NumberVerdict | undefined {
  const id = c.trailingX ? `${d}X` : d;
  if (id.length === 18 && /^\d{17}[\dX]$/.test(id)) {
    const shapeOk = regionCodeOk(id) && idBirthDateOk(id, c.currentYear);
    if (shapeOk && idChecksumOk(id)) return pii('id_card', 0.95 + boost(c, 'id', 0.05), 'GB 11643 checksum and birth date valid');
    if (c.cues.has('id')) return pii('id_card', 0.6, 'ID context, checksum or date invalid');
    return undefined;
  }
  if (id.length === 15 && !c.trailingX && regionCodeOk(id) && legacyIdDateOk(id)) {
    if (c.cues.has('id')) return pii('id_card', 0.9, 'legacy 15-digit ID with ID context');
    if (!c.cues.has('card') && !c.cues.has('phone')) return pii('id_card', 0.55, 'legacy 15-digit ID shape (region + birth date)');
  }
  return undefined;
}

function bankCard(d: string, c: NumberCandidate): NumberVerdict | undefined {
  if (d.length < 16 || d.length > 19 || c.trailingX) return undefined;
  const luhn = luhnOk(d);
  const cue = c.cues.has('card');
  if (CARD_PREFIX_STRONG.test(d)) {
    if (luhn) return pii('bank_card', 0.9 + (cue ? 0.1 : 0), 'UnionPay prefix, Luhn valid');
    return pii('bank_card', cue ? 0.8 : 0.55, cue ? 'card context, Luhn invalid' : 'UnionPay prefix, Luhn invalid');
  }
  if (CARD_PREFIX_OTHER.test(d) && luhn) return pii('bank_card', 0.8 + (cue ? 0.15 : 0), 'card prefix, Luhn valid');
  if (cue) return pii('bank_card', luhn ? 0.75 : 0.6, `card context${luhn ? ', Luhn valid' : ''}`);
  return undefined;
}

function looksLikeDate(d: string): boolean {
  return d.length === 8 && /^(?:19|20)/.test(d) && validDate(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)));
}

function national(d: string, c: NumberCandidate, how: string): NumberVerdict | undefined {
  if (RE_SERVICE.test(d) || RE_SMS_PORT.test(d)) return { kind: 'decoy', reason: 'official service number' };
  return (
    mobile(d, c, how) ??
    landline(d, c, how) ??
    (how === '' ? idCard(d, c) ?? bankCard(d, c) : undefined) ??
    (how === '' && c.cues.has('phone') && /^[2-9]\d{6,7}$/.test(d) && !looksLikeDate(d)
      ? pii('landline', 0.6, 'local number after a phone cue')
      : undefined)
  );
}

function foreign(intl: string, c: NumberCandidate): NumberVerdict | undefined {
  if (intl.length < 7 || intl.length > 15) return undefined;
  // The digits are already a whole number: `extract: false` skips the search for one inside text (~30% faster).
  const parsed = parsePhoneNumberFromString(`+${intl}`, { extract: false });
  if (!parsed || parsed.country === 'CN') return undefined;
  if (parsed.isValid()) return pii('foreign_phone', 0.9 + boost(c, 'phone', 0.05), `valid +${parsed.countryCallingCode} number`);
  if (parsed.isPossible()) return pii('foreign_phone', 0.6 + boost(c, 'phone', 0.2), `possible +${parsed.countryCallingCode} number`);
  return undefined;
}

/** +86 numbers drop the trunk 0 of landlines: put it back before classifying. */
function fromChina(national86: string, c: NumberCandidate, how: string): NumberVerdict | undefined {
  if (RE_SERVICE.test(national86)) return { kind: 'decoy', reason: 'official number written with +86' };
  return mobile(national86, c, how) ?? landline(national86[0] === '0' ? national86 : `0${national86}`, c, how);
}

export function classifyNumber(c: NumberCandidate): NumberVerdict | undefined {
  const d = c.digits;
  if (c.trailingX && d.length !== 17) return undefined;
  if (c.plus) return d.startsWith('86') ? fromChina(d.slice(2), c, ' (+86)') : foreign(d, c);
  if (d.startsWith('0086')) return fromChina(d.slice(4), c, ' (0086)');
  if (d.startsWith('00')) return foreign(d.slice(2), c);
  if (d.startsWith('86') && d.length === 13) {
    const m = mobile(d.slice(2), c, ' (86)');
    if (m) return m;
  }
  return national(d, c, '');
}
