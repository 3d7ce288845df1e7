/**
 * Canonical form of a detected value per type, for comparisons and keyed blind indexes: the same
 * phone written "+86 138-1234-5678" and "１３８１２３４５６７８" normalises to "13812345678".
 * Returns "" when the value holds nothing usable (e.g. a phone without digits).
 */
import { foldString } from './lexicon.js';
import type { PiiType } from './pii.types.js';

function digitsOf(raw: string): string {
  return foldString(raw).replace(/\D/g, '');
}

/** National digits of a Chinese phone written with +86 / 0086 / 86 or not. */
function chinaPhone(raw: string, type: 'mobile' | 'landline'): string {
  const folded = foldString(raw).trim();
  let d = digitsOf(folded);
  const intl = folded.startsWith('+86') || d.startsWith('0086');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (folded.startsWith('+86') || (type === 'mobile' && d.length === 13 && d.startsWith('861'))) d = d.slice(2);
  // +86 drops the trunk 0 of an area code; restore it so both spellings agree.
  if (type === 'landline' && intl && d.length > 0 && d[0] !== '0') d = `0${d}`;
  return d;
}

export function normalizePiiValue(type: PiiType, raw: string): string {
  switch (type) {
    case 'mobile':
    case 'landline':
      return chinaPhone(raw, type);
    case 'foreign_phone': {
      const d = digitsOf(raw);
      const intl = d.startsWith('00') ? d.slice(2) : d;
      return intl ? `+${intl}` : '';
    }
    case 'bank_card':
      return digitsOf(raw);
    case 'id_card':
    case 'permit':
    case 'license_plate':
      return foldString(raw).replace(/[\s\-·•・.]/g, '').toUpperCase();
    case 'email':
    case 'ip':
    case 'account_id':
      return foldString(raw).trim();
    case 'name':
    case 'address':
      return foldString(raw).replace(/\s+/g, ' ').trim();
    case 'url_token':
    case 'secret':
      return raw.trim();
  }
}
