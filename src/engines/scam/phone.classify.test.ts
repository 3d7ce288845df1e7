import { describe, expect, it } from 'vitest';
import { classifyNumber, normalizePhone } from './phone.classify.js';

describe('classifyNumber', () => {
  const cases: Array<[string, string, Record<string, unknown>?]> = [
    ['95990', 'short_code'],
    ['+95990', 'prefixed_short_code', { prefix: '+' }],
    ['0095990', 'prefixed_short_code', { prefix: '00' }],
    ['+86 95990', 'prefixed_short_code', { prefix: '+86' }],
    ['0755 96110', 'prefixed_short_code', { prefix: 'area_code', digits: '96110' }],
    ['+96110', 'prefixed_short_code', { prefix: '+' }],
    ['138 1234 5678', 'mobile', { virtualOperator: false }],
    ['+86 138-1234-5678', 'mobile', { digits: '13812345678' }],
    ['17012345678', 'mobile', { virtualOperator: true }],
    ['16512345678', 'mobile', { virtualOperator: true }],
    ['400-555-0101', 'service_400'],
    ['0755-5550 0505', 'landline', { digits: '075555500505' }],
    ['+86 755 5550 0505', 'landline', { digits: '075555500505' }],
    ['1069555001123', 'sms_port'],
    ['+1 415 555 2671', 'foreign', { country: 'US' }],
    ['+63 917 123 4567', 'foreign', { country: 'PH' }],
    ['0063 917 123 4567', 'foreign', { country: 'PH' }],
    // A foreign calling code is foreign even when the region is shared or the length impossible.
    ['+44 7700 900123', 'foreign', { country: '+44' }],
    ['+1 415 777183', 'foreign', { country: '+1' }],
    ['abc', 'malformed', { why: 'letters' }],
    ['95990😀', 'malformed', { why: 'letters' }],
    ['12', 'malformed', { why: 'length' }],
    ['0123', 'malformed', { why: 'landline_shape' }],
    ['138123456789', 'malformed'],
    ['', 'malformed'],
  ];
  it.each(cases)('%s → %s', (raw, kind, extra) => {
    const info = classifyNumber(raw);
    expect(info.kind).toBe(kind);
    if (extra) expect(info).toMatchObject(extra);
  });
});

describe('normalizePhone keeps spoof prefixes apart from genuine numbers', () => {
  const cases: Array<[string, string]> = [
    ['+86 138 1234 5678', '13812345678'],
    ['95990', '95990'],
    ['+95990', '+95990'],
    ['0755 96110', '075596110'],
    ['+1 (415) 555-2671', '+14155552671'],
  ];
  it.each(cases)('%s → %s', (raw, want) => expect(normalizePhone(raw)).toBe(want));
});
