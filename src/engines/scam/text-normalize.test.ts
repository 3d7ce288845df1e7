import { describe, expect, it } from 'vitest';
import { compactForMatching, normalizeText } from './text-normalize.js';

describe('compactForMatching', () => {
  it.each([
    ['验 证 码', '验证码'],
    ['加*微*信', '加微信'],
    ['加🔥微❤️信', '加微信'],
    ['验\u200b证码', '验证码'],
    ['send me the code', 'send me the code'],
    ['详情 t.cn/abc', '详情 t.cn/abc'],
    ['共 3200.00 元', '共 3200.00 元'],
    ['', ''],
  ])('%j → %j', (input, want) => {
    expect(compactForMatching(normalizeText(input)).text).toBe(want);
  });

  it('maps every kept character back to its original offset', () => {
    const text = '转 入 安💰全 账户';
    const { text: out, map } = compactForMatching(text);
    expect(out).toBe('转入安全账户');
    expect(map).not.toBeNull();
    for (let i = 0; i < out.length; i++) expect(text[map?.[i] ?? -1]).toBe(out[i]);
  });

  it('leaves clean text as it is, without a map', () => {
    expect(compactForMatching('您的账单已出。')).toEqual({ text: '您的账单已出。', map: null });
  });

  it('masks each link span as one placeholder', () => {
    const text = '点击 https://x.cn/refund 退款';
    const start = text.indexOf('https');
    const { text: out } = compactForMatching(text, [{ start, end: start + 'https://x.cn/refund'.length }]);
    expect(out).toBe('点击 □ 退款');
  });
});
