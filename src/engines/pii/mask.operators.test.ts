import { describe, expect, it } from 'vitest';
import { createCustomOperator, createDisplayOperator, createPlaceholderOperator, displayOperator, maskText } from './mask.operators.js';
import { normalizePiiValue } from './normalize.js';
import { detectPii } from './pii.engine.js';
import type { PiiEntity, PiiType } from './pii.types.js';
import { redact } from './index.js';

function entity(type: PiiType, text: string): PiiEntity {
  return { type, start: 0, end: text.length, score: 1, text, reason: 'test' };
}

describe('display operator (JR/T 0171)', () => {
  it.each<[PiiType, string, string]>([
    ['mobile', '13812345678', '138****5678'],
    ['mobile', '+86 138-1234-5678', '138****5678'],
    ['bank_card', '6222 0212 3456 7890 128', '622202*********0128'],
    ['id_card', '11010519491231002X', '110***********002X'],
    ['name', '王小明', '王*明'],
    ['name', '王明', '王*'],
    ['name', '欧阳娜娜', '欧阳*娜'],
    ['name', '欧阳明', '欧阳*'],
    ['name', '歐陽曉明', '歐陽*明'],
    ['name', '司马', '司*'],
    ['name', '爱新觉罗', '爱**罗'],
    ['name', 'John Smith', 'J*** S****'],
    ['email', 'wang.xm@example.com', 'w***@example.com'],
    ['address', '广东省广州市天河区体育西路191号', '广东省广州市****'],
    ['secret', '482913', '******'],
    ['landline', '010-62345678', '010****5678'],
    ['ip', '192.168.1.10', '192.168.*.*'],
    ['url_token', 'token=abc&uid=9', 'token=***&uid=***'],
  ])('%s %s → %s', (type, original, expected) => {
    expect(displayOperator.mask(entity(type, original), original)).toBe(expected);
  });

  it.each([
    ['王小明', '王**'],
    ['王明', '王*'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳明', '欧阳*'],
  ])('surname-only name masking: %s → %s', (original, expected) => {
    const op = createDisplayOperator({ nameKeepLast: false });
    expect(op.mask(entity('name', original), original)).toBe(expected);
  });

  it('ID masking is configurable to first 1 + last 2', () => {
    const op = createDisplayOperator({ idKeep: { head: 1, tail: 2 } });
    expect(op.mask(entity('id_card', '11010519491231002X'), '11010519491231002X')).toBe('1***************2X');
  });
});

describe('placeholder operator', () => {
  it('same normalised value → same placeholder; different values → #1, #2; stable across messages', () => {
    const op = createPlaceholderOperator();
    const first = redact('手机13812345678，又写成+86 138 1234 5678，另一个13987654321', { operator: op }).text;
    expect(first).toBe('手机[手机号#1]，又写成[手机号#1]，另一个[手机号#2]');
    const second = redact('还是１３８１２３４５６７８，卡号6222021234567890128', { operator: op }).text;
    expect(second).toBe('还是[手机号#1]，卡号[银行卡号#1]');
    expect(redact('13987654321', { operator: createPlaceholderOperator() }).text).toBe('[手机号#1]');
  });
});

describe('custom operator and maskText', () => {
  it('passes the entity and original to the caller function', () => {
    const seen: string[] = [];
    const op = createCustomOperator((e, original) => {
      seen.push(`${e.type}:${original}`);
      return `<${e.type}>`;
    });
    const text = '我叫王小明，手机13812345678';
    expect(maskText(text, detectPii(text), op)).toBe('我叫<name>，手机<mobile>');
    expect(seen).toEqual(['name:王小明', 'mobile:13812345678']);
  });

  it('leaves text without entities unchanged', () => {
    expect(maskText('借款5000元', [], displayOperator)).toBe('借款5000元');
  });
});

describe('normalizePiiValue', () => {
  it.each<[PiiType, string, string]>([
    ['mobile', '+86 138-1234-5678', '13812345678'],
    ['mobile', '0086 138 1234 5678', '13812345678'],
    ['mobile', '１３８１２３４５６７８', '13812345678'],
    ['mobile', '8613812345678', '13812345678'],
    ['landline', '+86 10 62345678', '01062345678'],
    ['landline', '(010)6234-5678', '01062345678'],
    ['id_card', '110105 19491231 002x', '11010519491231002X'],
    ['bank_card', '6222-0212-3456-7890-128', '6222021234567890128'],
    ['email', 'Wang@Example.COM', 'wang@example.com'],
    ['foreign_phone', '+44 20 7946 0958', '+442079460958'],
    ['mobile', 'no digits', ''],
  ])('%s %s → %s', (type, raw, expected) => {
    expect(normalizePiiValue(type, raw)).toBe(expected);
  });
});
