import { describe, expect, it } from 'vitest';
import { train, type LabeledExample } from '../classifier/classifier.engine.js';
import { createMemoryFraudLookup } from './fraud-lookup.js';
import type { ScamModel } from './model/scam.model.js';
import { loadShippedRegistry } from './registry.fixture.js';
import { analyzeMessage } from './scam.analyzer.js';
import type { MessageInput } from './scam.types.js';

const { index } = loadShippedRegistry();

/**
 * A toy text model that reads every "额度已激活" text as fraud, so a verdict is at stake on the
 * wording alone and only the channel can decide it; the shipped model's reading would blur that.
 */
function wordingModel(): ScamModel {
  const opts = { features: { hashBits: 14, charNgrams: [1, 2], words: false, shape: false }, epochs: 20, calibrationFraction: 0.2 };
  const fraud = Array.from({ length: 20 }, (_, i) => `额度已激活${i}，立即提现，限时今日`);
  const normal = Array.from({ length: 20 }, (_, i) => `今天晚饭吃什么${i}，我下班去买菜`);
  const harass = Array.from({ length: 20 }, (_, i) => `再不还钱${i}就去你单位闹，让你同事都知道`);
  const label: LabeledExample[] = [
    ...fraud.map((text) => ({ text, label: 'fraud' })),
    ...normal.map((text) => ({ text, label: 'normal' })),
    ...harass.map((text) => ({ text, label: 'harassment' })),
  ];
  const type = fraud.flatMap((text) => [{ text, label: 'fake_loan' }, { text: `刷单返利${text}`, label: 'brushing_rebate' }]);
  return { label: train(label, opts), type: train(type, opts), provenance: {} };
}

const model = wordingModel();
const check = (input: MessageInput, withModel: ScamModel | null = model) => analyzeMessage(input, { index, fraudLookup: createMemoryFraudLookup(), model: withModel });
const codes = (input: MessageInput, withModel?: ScamModel | null) => check(input, withModel).reasons.map((r) => r.code);
const offer = '【示例消金】您的额度已激活，立即提现，限时今日。请登录示例消金App或访问 https://www.sample-xf.example 操作，客服95990。';

describe('closed channel: the registered sender and only the institution\'s own routes', () => {
  it('the toy model alone makes the offer fraud when nothing vouches for the channel', () => {
    expect(check({ text: offer }).verdict).toBe('fraud');
  });

  // Not `official`: that needs no reason weighing ≥ 0.2, and the model's reading still does.
  it('from the lender\'s own SMS port, the same wording is not a scam, and the reason says why', () => {
    const v = check({ text: offer, sender: '1069555001' });
    expect(v.verdict).toBe('unverified');
    expect(v.reasons.map((r) => r.code)).toContain('closed_channel');
  });

  it('does not hold for a call: caller ID is easily spoofed', () => {
    expect(check({ text: offer, sender: '95990', channel: 'call' }).verdict).toBe('fraud');
  });

  it('does not hold once the text opens a route elsewhere: a link, a number or an account', () => {
    for (const away of ['https://sample-xf-vip.com/cash', '4001234567', '收款账户6222020200112233445']) {
      const v = check({ text: `${offer}或联系${away}`, sender: '1069555001' });
      expect(['fraud', 'suspicious'], away).toContain(v.verdict);
      expect(v.reasons.map((r) => r.code), away).not.toContain('closed_channel');
    }
  });

  it('does not hold when the text asks for what no institution asks: codes, up-front fees, cancelling a "student loan"', () => {
    for (const ask of ['请将收到的验证码告诉客服专员', '需先缴纳保证金500元', '您的学生贷款账户需注销，否则影响征信']) {
      expect(codes({ text: `${offer}${ask}`, sender: '1069555001' }), ask).not.toContain('closed_channel');
    }
    expect(check({ text: `${offer}请将收到的验证码告诉客服专员`, sender: '1069555001' }).verdict).toBe('fraud');
  });

  it('the fraud database still wins', () => {
    const lookup = createMemoryFraudLookup();
    lookup.report({ kind: 'domain', value: 'sample-xf.example' }, { source: 'consumer-1' });
    const v = analyzeMessage({ text: offer, sender: '1069555001' }, { index, fraudLookup: lookup, model });
    expect(v.verdict).toBe('fraud');
  });
});

describe('closed channel: an unregistered port that sends the reader only to official routes', () => {
  const plan = '张先生您好，您与演示贷约定的还款计划已生效：首期4204.00元请于本月28日前在演示贷App还款。';

  it('is unverified, not suspicious, when the sender being off file is the only reason and the text gives the official hotline', () => {
    const v = check({ text: `${plan}如有变动请拨打95991。`, sender: '1069899749158' }, null);
    expect(v.verdict).toBe('unverified');
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['sender_not_institution', 'official_routes_only']));
  });

  it('stays suspicious without an official route in the text, or with a number of nobody\'s', () => {
    expect(check({ text: plan, sender: '1069899749158' }, null).verdict).toBe('suspicious');
    expect(check({ text: `${plan}如有变动请拨打4001234567。`, sender: '1069899749158' }, null).verdict).toBe('suspicious');
  });

  it('a personal mobile gets no such benefit', () => {
    expect(codes({ text: `${plan}如有变动请拨打95991。`, sender: '13812345678' }, null)).not.toContain('official_routes_only');
  });

  it('any other reason against the message keeps it suspicious (here the toy model\'s reading)', () => {
    const v = check({ text: `您的额度已激活，立即提现，限时今日，演示贷客服95991`, sender: '1069899749158' });
    expect(v.reasons.map((r) => r.code)).not.toContain('official_routes_only');
    expect(['fraud', 'suspicious']).toContain(v.verdict);
  });
});

describe('one-time codes are not phone numbers', () => {
  it('a code that starts with 96 is not read as an unregistered hotline', () => {
    const v = check({ text: '【示例消金】验证码：967319，您正在修改绑定手机号，切勿告诉他人。', sender: '1069555001' }, null);
    expect(v.verdict).toBe('official');
    expect(v.reasons.map((r) => r.code)).not.toContain('text_number_not_official');
  });

  it('the same digits after "拨打" are still a number to check', () => {
    expect(codes({ text: '【示例消金】如有疑问请拨打967319。', sender: '1069555001' }, null)).toContain('text_number_not_official');
  });
});
