import { describe, expect, it } from 'vitest';
import { PROVINCES, CITIES_BY_PROVINCE } from './gazetteer.data.js';
import { foldString } from './lexicon.js';
import { detectPii } from './pii.engine.js';
import * as OpenCC from 'opencc-js';
import { NAME_PREFIX_CUES, PHONE_CUES, ID_CUES, CARD_CUES } from './cue-words.data.js';

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['lone surrogates', '\uD800手机\uDC00138\uD83D'],
    ['control characters', '\u0000\u0001\u001b[31m\u007f\u0085'],
    ['emoji', '😀😡👍🏽 🇨🇳'],
  ])('%s: no throw, no findings', (_label, input) => {
    expect(detectPii(input)).toEqual([]);
  });

  it('mixed scripts and emoji around a phone keep exact UTF-16 offsets', () => {
    const text = '😡客服😡打我电话13812345678🙏';
    const [e] = detectPii(text);
    expect(e?.type).toBe('mobile');
    expect(text.slice(e?.start, e?.end)).toBe('13812345678');
  });

  it('100k digits in a row: fast and nothing reported', () => {
    const text = '1'.repeat(100_000);
    const t = performance.now();
    expect(detectPii(text)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('100k single-spaced digits: linear, no nonsense run longer than a card', () => {
    const text = '7 '.repeat(100_000);
    const t = performance.now();
    const found = detectPii(text);
    expect(performance.now() - t).toBeLessThan(1500);
    expect(found.every((e) => e.text.replace(/\D/g, '').length <= 19)).toBe(true);
  });

  it('10 MB of text runs in roughly linear time', () => {
    const unit = '客户王小明投诉：手机13812345678，借款5000元，年化36%，住址广东省广州市天河区体育西路191号。';
    const small = unit.repeat(2_000);
    const big = unit.repeat(20_000);
    const t0 = performance.now();
    const nSmall = detectPii(small).length;
    const t1 = performance.now();
    const nBig = detectPii(big).length;
    const t2 = performance.now();
    expect(nBig).toBe(nSmall * 10);
    expect((t2 - t1) / Math.max(1, t1 - t0)).toBeLessThan(25);
    const huge = unit.repeat(Math.ceil((10 * 2 ** 20) / 3 / unit.length));
    const t3 = performance.now();
    detectPii(huge);
    expect(performance.now() - t3).toBeLessThan(15_000);
  });

  it('pathological inputs for the regexes stay fast', () => {
    const inputs = ['a'.repeat(200_000) + '@', '1.'.repeat(100_000), ':'.repeat(100_000) + 'g', 'http://' + 'a'.repeat(100_000), '京A'.repeat(50_000)];
    for (const input of inputs) {
      const t = performance.now();
      detectPii(input);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});

describe('Traditional Chinese folding', () => {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const words = [
    ...PROVINCES.flat(),
    ...Object.values(CITIES_BY_PROVINCE).flatMap((l) => l.split(' ')),
    ...NAME_PREFIX_CUES,
    ...PHONE_CUES,
    ...ID_CUES,
    ...CARD_CUES,
  ].filter((w) => /[\u4e00-\u9fff]/.test(w));

  it('every word list entry folds back from its Traditional (TW and HK) forms', () => {
    const unfolded = words.filter((w) => [toTw(w), toHk(w)].some((t) => t.length === w.length && foldString(t) !== foldString(w)));
    expect(unfolded).toEqual([]);
  });

  it.each([
    ['身份證號碼 11010519491231002X', 'id_card'],
    ['銀行卡號6222021234567890128', 'bank_card'],
    ['手機：13812345678', 'mobile'],
    ['聯絡人：張偉，', 'name'],
    ['住址：臺北市大安區忠孝東路四段100號5樓', 'address'],
  ])('%s', (input, type) => {
    expect(detectPii(input).map((e) => e.type)).toEqual([type]);
  });
});
