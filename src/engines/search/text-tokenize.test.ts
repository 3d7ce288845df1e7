import { describe, expect, it } from 'vitest';
import { normalize, stem, termsOf } from './text-tokenize.js';

describe('normalize', () => {
  it.each([
    ['帳戶被凍結', '账户被冻结'],
    ['催收半夜打電話騷擾', '催收半夜打电话骚扰'],
    ['個人資料', '个人资料'],
    ['帐户', '账户'],
    ['ＡＰＲ　２４％', 'apr　24%'],
    ['Account LOCKED', 'account locked'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('leaves Simplified text unchanged', () => {
    const s = '还款提醒短信来自106端口';
    expect(normalize(s)).toBe(s);
  });
});

describe('stem', () => {
  it.each([
    ['locked', 'lock'],
    ['refunds', 'refund'],
    ['charges', 'charge'],
    ['boxes', 'box'],
    ['charging', 'charg'],
    ['sms', 'sms'],
    ['96110', '96110'],
    ['bus', 'bus'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('termsOf', () => {
  it('emits bigrams and jieba words for Chinese', () => {
    const t = termsOf(normalize('账户被冻结'));
    expect(t).toEqual(expect.arrayContaining(['b:账户', 'b:户被', 'b:冻结', 'w:账户', 'w:冻结']));
    expect(t.some((x) => x.startsWith('e:'))).toBe(false);
  });

  it('drops question scaffolding but keeps the topic', () => {
    const t = termsOf(normalize('怎么办 退订'));
    expect(t).not.toContain('w:怎么办');
    expect(t).not.toContain('b:怎么');
    expect(t).toContain('w:退订');
  });

  it('emits stemmed English words, numbers and trigrams, without stop words', () => {
    const t = termsOf(normalize('The account is LOCKED, call 96110'));
    expect(t).toEqual(expect.arrayContaining(['e:account', 'e:lock', 'e:call', 'e:96110', 'g:^ac', 'g:unt']));
    expect(t).not.toContain('e:the');
    expect(t).not.toContain('e:is');
    expect(t.some((x) => x.startsWith('g:') && x.includes('961'))).toBe(false);
  });

  it('makes Traditional and Simplified queries produce the same terms', () => {
    expect(termsOf(normalize('如何刪除我的個人資料'))).toEqual(termsOf(normalize('如何删除我的个人资料')));
  });

  it('returns nothing for punctuation only', () => {
    expect(termsOf(normalize('？！。…  ,,'))).toEqual([]);
  });
});
