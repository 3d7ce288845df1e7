/**
 * Masking operators, kept apart from detection: `display` (JR/T 0171-2020 display masking),
 * `placeholder` (typed, numbered, stable per context object) and `custom` (caller function, e.g.
 * the vault encrypting the original and substituting a token).
 */
import { addressAdminPrefixLength } from './address.recognizer.js';
import { foldString } from './lexicon.js';
import { normalizePiiValue } from './normalize.js';
import type { MaskOperator, PiiEntity, PiiType } from './pii.types.js';
import { COMPOUND_SURNAMES, EXTRA_COMPOUND_SURNAMES } from './surnames.data.js';

export interface DisplayOptions {
  /** Characters of an ID number left visible: 3 + 4 by default, 1 + 2 is the other common rule. */
  idKeep?: { head: number; tail: number };
  /** Chinese names keep the last given-name character when the given name has two or more (default true). */
  nameKeepLast?: boolean;
}

function keep(value: string, head: number, tail: number, stars?: number): string {
  if (value.length <= head + tail) return '*'.repeat(Math.max(1, value.length));
  return value.slice(0, head) + '*'.repeat(stars ?? value.length - head - tail) + value.slice(value.length - tail);
}

/**
 * JR/T 0171 common practice for Chinese names: the surname stays (a compound surname whole), and
 * a given name of two or more characters also keeps its last character — 王*明, 王*, 欧阳*明,
 * 欧阳*. `keepLast: false` gives the stricter surname-only form (王**, 欧阳**).
 */
function maskName(name: string, keepLast: boolean): string {
  if (/^[A-Za-z]/.test(name)) return name.split(/([ -])/).map((w) => (/^[A-Za-z]/.test(w) ? w[0] + '*'.repeat(w.length - 1) : w)).join('');
  // Folding makes Traditional compound surnames (歐陽, 諸葛) match the Simplified list.
  const folded = foldString(name);
  const compound = (s: string): boolean => folded.startsWith(s);
  const sl = name.length > 2 && (COMPOUND_SURNAMES.some(compound) || EXTRA_COMPOUND_SURNAMES.some(compound)) ? 2 : 1;
  const tail = keepLast && name.length - sl >= 2 ? 1 : 0;
  return name.slice(0, sl) + '*'.repeat(name.length - sl - tail) + name.slice(name.length - tail);
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? keep(email, 1, 0, 3) : `${email[0]}***${email.slice(at)}`;
}

function maskIp(ip: string): string {
  if (ip.includes('.')) return ip.split('.').map((p, i) => (i < 2 ? p : '*')).join('.');
  return `${ip.split(':')[0] ?? ''}:****`;
}

function maskQuery(query: string): string {
  return query.replace(/=([^&#;]*)/g, '=***');
}

export function createDisplayOperator(opts: DisplayOptions = {}): MaskOperator {
  const idKeep = opts.idKeep ?? { head: 3, tail: 4 };
  const nameKeepLast = opts.nameKeepLast ?? true;
  const byType: Record<PiiType, (original: string) => string> = {
    mobile: (o) => keep(normalizePiiValue('mobile', o), 3, 4, 4),
    landline: (o) => {
      const d = normalizePiiValue('landline', o);
      const area = d.startsWith('01') || d.startsWith('02') ? 3 : d.startsWith('0') ? 4 : 0;
      return d.slice(0, area) + keep(d.slice(area), 0, 4, 4);
    },
    foreign_phone: (o) => keep(normalizePiiValue('foreign_phone', o), 3, 2, 4),
    id_card: (o) => keep(normalizePiiValue('id_card', o), idKeep.head, idKeep.tail),
    bank_card: (o) => keep(normalizePiiValue('bank_card', o), 6, 4),
    permit: (o) => keep(normalizePiiValue('permit', o), 1, 2),
    email: maskEmail,
    ip: maskIp,
    license_plate: (o) => keep(o.replace(/[\s·•・.]/g, ''), 2, 1, 3),
    account_id: (o) => keep(o, 2, 0, 4),
    url_token: maskQuery,
    name: (o) => maskName(o, nameKeepLast),
    address: (o) => o.slice(0, addressAdminPrefixLength(o)) + '****',
    secret: () => '******',
  };
  return { name: 'display', mask: (entity, original) => byType[entity.type](original) };
}

/** Display masking with the default JR/T 0171 rules. */
export const displayOperator: MaskOperator = createDisplayOperator();

export const PLACEHOLDER_LABELS: Readonly<Record<PiiType, string>> = {
  mobile: '手机号',
  landline: '固定电话',
  foreign_phone: '境外电话',
  id_card: '身份证号',
  permit: '证件号',
  bank_card: '银行卡号',
  email: '邮箱',
  ip: 'IP地址',
  license_plate: '车牌号',
  account_id: '账号',
  url_token: '链接参数',
  name: '姓名',
  address: '地址',
  secret: '密码或验证码',
};

/**
 * Typed placeholders "[手机号#1]". The operator is a context: create one per complaint and reuse
 * it for all its messages, so the same (normalised) value always gets the same placeholder and
 * two different values of one type get #1 and #2.
 */
export function createPlaceholderOperator(): MaskOperator {
  const assigned = new Map<string, string>();
  const counters = new Map<PiiType, number>();
  return {
    name: 'placeholder',
    mask(entity, original) {
      const key = `${entity.type}\u0000${normalizePiiValue(entity.type, original)}`;
      let placeholder = assigned.get(key);
      if (!placeholder) {
        const n = (counters.get(entity.type) ?? 0) + 1;
        counters.set(entity.type, n);
        placeholder = `[${PLACEHOLDER_LABELS[entity.type]}#${n}]`;
        assigned.set(key, placeholder);
      }
      return placeholder;
    },
  };
}

export function createCustomOperator(fn: (entity: PiiEntity, original: string) => string): MaskOperator {
  return { name: 'custom', mask: fn };
}

/** Replaces each entity's span; entities overlapping an earlier one are ignored. */
export function maskText(text: string, entities: readonly PiiEntity[], op: MaskOperator): string {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end > text.length) continue;
    const original = text.slice(e.start, e.end);
    out += text.slice(pos, e.start) + op.mask(e, original);
    pos = e.end;
  }
  return out + text.slice(pos);
}
