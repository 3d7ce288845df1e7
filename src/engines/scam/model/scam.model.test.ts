import { describe, expect, it } from 'vitest';
import { generateEvalSet } from '../eval/eval.generator.js';
import { createMemoryFraudLookup } from '../fraud-lookup.js';
import { loadShippedRegistry } from '../registry.fixture.js';
import { analyzeMessage } from '../scam.analyzer.js';
import { deserializeScamModel, loadScamModel, serializeScamModel, viewOf } from './scam.model.js';

const { registry, index } = loadShippedRegistry();
const model = loadScamModel();
const withModel = { index, fraudLookup: createMemoryFraudLookup() };
const rulesOnly = { ...withModel, model: null };
const day = '2025-05-02T10:15:00+08:00';

describe('scam text model', () => {
  it('round-trips through its file format and rejects a head with foreign labels', () => {
    const json = serializeScamModel(model);
    const again = deserializeScamModel(json);
    const text = '兼职刷单，一单返佣金20元，日结，加我微信';
    expect(viewOf(again, text)).toEqual(viewOf(model, text));
    const broken = JSON.parse(json) as { heads: { type: { labels: string[] } } };
    broken.heads.type.labels[0] = 'lottery';
    expect(() => deserializeScamModel(JSON.stringify(broken))).toThrow(/unexpected labels/);
  });

  it('gives calibrated probabilities over the three labels, and null for blank text', () => {
    const v = viewOf(model, 'Hi Mum, this is my new number. Can you pay a bill for me today?');
    expect(v).not.toBeNull();
    if (!v) return;
    expect(v.normal + v.fraud + v.harassment).toBeCloseTo(1, 5);
    expect(v.typeConfidence).toBeGreaterThan(0);
    expect(viewOf(model, '   ')).toBeNull();
  });

  it.each([
    ['a threat to the family without a collection word', '你老婆在哪上班、你孩子在哪个幼儿园我们都清楚，自己想想后果。', 'harassment', null],
    ['"Hi Mum, new number"', 'Hi Mum, I dropped my phone, this is my new number. Could you pay a bill for me today? I will pay you back.', 'fraud', 'impersonating_acquaintance'],
    ['credit-report deletion in English', 'We can delete late payment records from your credit report within 48 hours. Small upfront fee.', 'fraud', 'fake_credit_repair'],
  ] as const)('catches %s, with the model as a stated reason', (_name, text, label, type) => {
    const v = analyzeMessage({ text, receivedAt: day }, withModel);
    if (label === 'harassment') expect(v.verdict).toBe('harassment');
    else expect(['fraud', 'suspicious']).toContain(v.verdict);
    expect(v.fraudType).toBe(type);
    const reason = v.reasons.find((r) => r.code.startsWith('model_'));
    expect(reason?.message.zh).toMatch(/文本模型.*置信度 \d+%/);
    expect(reason?.message.en).toMatch(/text model/);
  });

  it.each([
    '【反诈提醒】“注销校园贷”“修复征信”“百万保障自动扣费”都是骗子常用话术，遇到请挂断并拨打96110。',
    'Reminder: we will never ask you to move money to a "safe account" or install a screen-sharing app.',
    '昨晚聚餐一共686，七个人AA每人98，方便时微信转我就行。',
    '您的借款已逾期3天，请尽快通过官方App还款，如有困难可致电官方客服协商。',
  ])('keeps a genuine message normal: %s', (text) => {
    expect(['official', 'unverified']).toContain(analyzeMessage({ text, receivedAt: day }, withModel).verdict);
  });

  it('leaves strong channel evidence to the rules (a look-alike link stays fraud)', () => {
    const v = analyzeMessage({ text: '祝你生日快乐！', url: 'https://samp1e-xf.example.com/login' }, withModel);
    expect(v.verdict).toBe('fraud');
    expect(v.reasons.some((r) => r.code === 'link_lookalike')).toBe(true);
  });

  it('can be switched off: model null gives the rules alone', () => {
    const v = analyzeMessage({ text: 'Hi Mum, new number, pay this bill for me please', receivedAt: day }, rulesOnly);
    expect(v.reasons.some((r) => r.code.startsWith('model_'))).toBe(false);
  });

  // The type head may learn from banks the label head must not see (TYPE_ONLY_SPLITS) only because
  // it is read after the verdict: another type head must leave every verdict and risk as it was.
  it('never lets the type head change a verdict or a risk, only the fraud type', () => {
    const file = JSON.parse(serializeScamModel(model)) as { heads: { type: { labels: string[] } } };
    file.heads.type.labels.reverse();
    const otherTypes = deserializeScamModel(JSON.stringify(file));
    let retyped = 0;
    for (const c of generateEvalSet(registry, 'test')) {
      const a = analyzeMessage(c.input, withModel);
      const b = analyzeMessage(c.input, { ...withModel, model: otherTypes });
      expect([b.verdict, b.risk]).toEqual([a.verdict, a.risk]);
      if (a.fraudType !== b.fraudType) retyped++;
    }
    expect(retyped).toBeGreaterThan(0);
  });
});
