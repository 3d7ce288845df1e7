import { describe, expect, it } from 'vitest';
import { detectUrgentSignals } from './urgent-rules.js';

describe('urgent-signal rules', () => {
  it.each([
    ['我真的不想活了', 'self-harm'],
    ['压力大到想跳楼', 'self-harm'],
    ['我已经准备好安眠药了', 'self-harm'],
    ['走投无路，只有死路一条', 'self-harm'],
    ['我在天台上给你们留言', 'self-harm'],
    ['I do not want to live anymore', 'self-harm'],
    ['honestly i want to kill myself', 'self-harm'],
    ['有人冒充客服让我转到安全账户', 'fraud-victim'],
    ['我被骗了五千块', 'fraud-victim'],
    ['對方讓我共享屏幕', 'fraud-victim'],
    ['对方说不注销校园贷会影响征信，让我借钱转给他', 'fraud-victim'],
    ['中介说交钱就能删除逾期记录', 'fraud-victim'],
    ['a fake agent scammed me', 'fraud-victim'],
    ['有人冒用我的身份证借款', 'identity-theft'],
    ['我从来没在你们这借过钱，却被催收', 'identity-theft'],
    ['我没有操作却显示借款成功', 'identity-theft'],
    ['my account was hacked', 'identity-theft'],
    ['催收威胁我', 'threat'],
    ['说要上门砸门', 'threat'],
    ['催收扬言找人来堵我', 'threat'],
    ['催收说要打断我的腿', 'threat'],
    ['催收说知道我家住在哪', 'threat'],
    ['the collector said he would hurt my kids', 'threat'],
    ['这是12378转办的投诉', 'regulator'],
    ['已向金融监管局反映', 'regulator'],
    ['我要去人民银行投诉你们', 'regulator'],
    ['我父亲七十多岁了', 'vulnerable'],
    ['我今年七十八了', 'vulnerable'],
    ['我是殘疾人', 'vulnerable'],
    ['我在化疗，没法去网点', 'vulnerable'],
    ['我是孕妇', 'vulnerable'],
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
    ['砸锅卖铁我也会还，只是想分期'],
    ['要求消除错误的不良记录'],
    ['请向人民银行征信中心报送更正'],
    ['我还没借过款，想问怎么申请'],
    ['分了六十期，每期还多少'],
    ['it is difficult to find the repayment page'],
    ['营销电话太多了，一天八个'],
    ['催收骂我是老赖、骗子'],
    ['借款被拒了，请转给相关负责人'],
  ])('no signal: %s', (text) => {
    expect(detectUrgentSignals(text)).toEqual([]);
  });

  it('reports every matching kind with the matched text', () => {
    const s = detectUrgentSignals('我被骗了，已经打了12378，真的不想活了');
    expect(s.map((x) => x.kind).sort()).toEqual(['fraud', 'regulator', 'self_harm']);
    expect(s.find((x) => x.kind === 'regulator')?.match).toBe('12378');
  });
});
