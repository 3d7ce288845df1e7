import { describe, expect, it } from 'vitest';
import { isDisplayLabel } from './display-label.js';
import { loadShippedRegistry } from './registry.fixture.js';

const { index } = loadShippedRegistry();
const span = (text: string) => ({ text, start: 0, end: text.length });

describe('isDisplayLabel', () => {
  it.each(['【测试小贷官方回复】', '[虚构钱包App推送]', '【演示城市银行 在线客服】', '【測試小貸官方回覆】', '【样例分期服务号】'])('%s is an institution’s display label', (label) => {
    expect(isDisplayLabel(span(label), index)).toBe(true);
  });

  it.each([
    ['【测试小贷】', 'the registered signature itself, no role word'],
    ['【示例消金客服】', 'a bare 客服: what fraudsters’ SMS labels say'],
    ['【测试小贷通知】', 'a bare 通知, likewise'],
    ['【测试小贷提额中心】', 'a role the list does not know'],
    ['【某某金融官方回复】', 'no registered institution'],
    ['【官方回复测试小贷】', 'the name is not first'],
    ['【测试小贷官方回复专员】', 'more than a role word after the name'],
  ])('%s is not (%s)', (label) => {
    expect(isDisplayLabel(span(label), index)).toBe(false);
  });
});
