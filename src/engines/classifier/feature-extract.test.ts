import { describe, expect, it } from 'vitest';
import { createScratch, DEFAULT_FEATURES, extractFeatures, extractInto, extractNormalizedFeatures } from './feature-extract.js';
import { hasTraditional, normalizeText, simplifyText } from './text-normalize.js';

describe('normalizeText', () => {
  it.each([
    ['Traditional → Simplified', '催收人員騷擾我的聯絡人', '催收人员骚扰我的联系人'],
    ['Taiwan phrase → mainland phrase', '簡訊', '短信'],
    ['full-width → half-width, lower-case', 'ＡＰＰ閃退！', 'app闪退!'],
    ['digit runs collapse', '借了5,000元，还了12期', '借了0元,还了0期'],
    ['masked phone collapses', '138****5678', '0*0'],
    ['placeholder keeps its shape', '[手机号#12]', '[手机号#0]'],
    ['whitespace collapses', '  你好 \n\t 客服 ', '你好 客服'],
    ['plain simplified is unchanged', '利息太高', '利息太高'],
    ['written Cantonese → Mandarin', '扣咗兩次錢，點解唔退', '扣了两次钱,为什么不退'],
    ['系 of 关系 is not Cantonese 係', '跟这事没关系', '跟这事没关系'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['催收人員騷擾我', true],
    ['帳戶被鎖定了', true],
    ['怎么还款', false],
    ['能否提供贷款结清的证明文件', false],
    ['refund please', false],
    ['', false],
  ])('hasTraditional(%s) = %s', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });

  it('Simplified text skips OpenCC, so Taiwan phrase rules cannot rewrite it', () => {
    expect(simplifyText('证明文件')).toBe('证明文件');
    expect(simplifyText('證明文件')).not.toBe('證明文件');
  });

  it('simplifyText keeps digits (rules need 12378)', () => {
    expect(simplifyText('已撥打１２３７８')).toBe('已拨打12378');
  });
});

describe('extractInto (allocation-free path)', () => {
  const scratch = createScratch(4);
  it.each([
    ['催收天天打电话，催收太烦了', DEFAULT_FEATURES],
    ['my account was hacked!!', DEFAULT_FEATURES],
    ['借款'.repeat(400), { ...DEFAULT_FEATURES, words: false }],
    ['', DEFAULT_FEATURES],
    ['？？？', { ...DEFAULT_FEATURES, shape: false }],
  ])('matches extractNormalizedFeatures on %s', (text, config) => {
    const norm = normalizeText(text);
    const n = extractInto(norm, text, config, scratch);
    const x = extractNormalizedFeatures(norm, text, config);
    expect(Array.from(scratch.ids.subarray(0, n))).toEqual(Array.from(x.ids));
    expect(Array.from(scratch.values.subarray(0, n))).toEqual(Array.from(x.values));
  });
});

describe('extractFeatures', () => {
  const cfg = { ...DEFAULT_FEATURES, words: false };

  it('ids are ascending and unique, values L2-normalised', () => {
    const x = extractFeatures('催收天天打电话，催收太烦了', cfg);
    for (let i = 1; i < x.ids.length; i++) expect(x.ids[i]).toBeGreaterThan(x.ids[i - 1] as number);
    const norm = Math.sqrt(Array.from(x.values).reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
  });

  it.each([
    ['same text twice', '利息太高了', '利息太高了', true],
    ['Traditional equals Simplified', '催收騷擾聯絡人', '催收骚扰联系人', true],
    ['different amounts', '扣了500元', '扣了3000元', true],
    ['different words', '利息太高了', '客服打不通', false],
  ])('%s → identical features: %s', (_name, a, b, same) => {
    const xa = extractFeatures(a, cfg);
    const xb = extractFeatures(b, cfg);
    expect(Array.from(xa.ids).join() === Array.from(xb.ids).join()).toBe(same);
  });

  it.each([
    ['char n-grams 1..3 of a 3-char text, with names', '还款吗', ['还', '款', '吗', '还款', '款吗', '还款吗']],
    ['ASCII words become word features', 'app crash', ['w:app', 'w:crash']],
  ])('%s', (_name, text, expected) => {
    const x = extractFeatures(text, { ...cfg, shape: false }, true);
    for (const name of expected) expect(x.names).toContain(name);
  });

  it('shape features depend on punctuation and length', () => {
    const named = (t: string): string[] => extractFeatures(t, cfg, true).names ?? [];
    expect(named('怎么还款？？')).toContain('quest:2');
    expect(named('怎么还款')).toContain('quest:0');
    expect(named('太过分了！')).toContain('excl:1');
  });

  it('jieba words are added only when enabled', () => {
    const text = '催收人员骚扰我的联系人';
    const withWords = extractFeatures(text, { ...cfg, words: true }, true).names ?? [];
    const without = extractFeatures(text, cfg, true).names ?? [];
    expect(withWords.some((n) => n === 'w:联系人')).toBe(true);
    expect(without.some((n) => n.startsWith('w:'))).toBe(false);
  });

  it('empty text gives an empty vector', () => {
    expect(extractFeatures('', { ...cfg, shape: false }).ids.length).toBe(0);
  });

  it('ids stay inside the hashing space', () => {
    const x = extractFeatures('任意文本 any text 123', { ...cfg, hashBits: 10 });
    for (const id of x.ids) expect(id).toBeLessThan(1 << 10);
  });
});
