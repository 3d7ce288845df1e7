import { describe, expect, it } from 'vitest';
import { detectUrgentSignals } from './urgent-rules.js';

describe('urgent-signal rules', () => {
  it.each([
    ['我真的不想活了', 'self-harm'],
    ['压力大到想跳楼', 'self-harm'],
    ['I do not want to live anymore', 'self-harm'],
    ['有人冒充客服让我转到安全账户', 'fraud-victim'],
    ['我被骗了五千块', 'fraud-victim'],
    ['對方讓我共享屏幕', 'fraud-victim'],
    ['催收威胁我', 'threat'],
    ['说要上门砸门', 'threat'],
    ['这是12378转办的投诉', 'regulator'],
    ['已向金融监管局反映', 'regulator'],
    ['我父亲七十多岁了', 'vulnerable'],
    ['我是殘疾人', 'vulnerable'],
    ['my mother is 85 and seriously ill', 'vulnerable'],
  ])('%s → %s', (text, ruleId) => {
    expect(detectUrgentSignals(text).map((s) => s.ruleId)).toContain(ruleId);
  });

  it.each([
    ['利息太高了，要求退款'],
    ['大数据杀熟，老用户利率更高'],
    ['秒杀活动的优惠券用不了'],
    ['怎么查这个月的账单'],
    ['催收天天打电话给我同事'],
    ['手机号12345678901收不到验证码'],
    ['给我爸买的老人机收不到验证码'],
  ])('no signal: %s', (text) => {
    expect(detectUrgentSignals(text)).toEqual([]);
  });

  it('reports every matching kind with the matched text', () => {
    const s = detectUrgentSignals('我被骗了，已经打了12378，真的不想活了');
    expect(s.map((x) => x.kind).sort()).toEqual(['fraud', 'regulator', 'self_harm']);
    expect(s.find((x) => x.kind === 'regulator')?.match).toBe('12378');
  });
});
