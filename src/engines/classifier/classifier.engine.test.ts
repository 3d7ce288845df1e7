import { describe, expect, it } from 'vitest';
import { crossValidate, deserialize, evaluate, predict, serialize, train } from './classifier.engine.js';
import type { LabeledExample } from './classifier.engine.js';
import { computeMetrics } from './metrics.js';

/** A tiny synthetic task: three topics, each with its own vocabulary, several phrasings. */
const TOPICS: Record<string, string[]> = {
  fee: ['利息太高', '手续费太贵', '罚息收太多', '费用不合理', '收费太高了', '利息费用太多', '服务费太贵了', '违约金太高'],
  collect: ['催收打电话', '催收骚扰家人', '催收员骂人', '天天催收电话', '催收找我同事', '催收半夜打电话', '催收短信轰炸', '催收打给朋友'],
  login: ['账号登录不了', '密码忘记了', '账户被锁定', '登录验证码收不到', '无法登录账号', '账号冻结了', '登录一直失败', '重置密码不行'],
};
const PREFIXES = ['', '你好，', '我要反映，', '请问'];
const SUFFIXES = ['', '。', '，请处理', '！'];

function synth(): LabeledExample[] {
  const out: LabeledExample[] = [];
  for (const [label, phrases] of Object.entries(TOPICS)) {
    for (const p of phrases) for (const pre of PREFIXES) for (const suf of SUFFIXES) out.push({ text: `${pre}${p}${suf}`, label });
  }
  return out;
}

const data = synth();
const opts = { epochs: 8, features: { words: false }, maxWeights: 20_000 };
const model = train(data, opts);

describe('train + predict', () => {
  it.each([
    ['利息和手续费都太高了', 'fee'],
    ['催收员天天打电话骚扰', 'collect'],
    ['账号密码登录失败', 'login'],
    ['利息太高', 'fee'],
  ])('%s → %s', (text, label) => {
    const p = predict(model, text);
    expect(p.label).toBe(label);
    expect(p.confidence).toBe(p.probabilities[label]);
  });

  it('probabilities cover exactly the labels and sum to 1', () => {
    const p = predict(model, '随便说点什么');
    expect(Object.keys(p.probabilities).sort()).toEqual(['collect', 'fee', 'login']);
    expect(Object.values(p.probabilities).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it('topFeatures name the n-grams that drove the decision', () => {
    const p = predict(model, '催收太过分');
    expect(p.label).toBe('collect');
    expect(p.topFeatures.some((f) => f.includes('催') || f.includes('收'))).toBe(true);
    expect(p.topFeatures.some((f) => f.includes('利息'))).toBe(false);
  });

  it('Traditional input gets the same label as its Simplified form', () => {
    for (const [simp, trad] of [['催收骚扰家人', '催收騷擾家人'], ['账户被锁定', '賬戶被鎖定'], ['手续费太贵', '手續費太貴']] as const) {
      expect(predict(model, trad).label).toBe(predict(model, simp).label);
    }
  });

  it('is deterministic: same data and options serialise identically', () => {
    expect(serialize(train(data, opts))).toBe(serialize(model));
  });

  it('a different seed changes the shuffle and so the weights', () => {
    expect(serialize(train(data, { ...opts, seed: 99 }))).not.toBe(serialize(model));
  });

  it('rejects a single-label training set', () => {
    expect(() => train([{ text: 'a', label: 'x' }, { text: 'b', label: 'x' }])).toThrow(/two labels/);
  });

  it('maxWeights bounds the number of non-zero weights', () => {
    const small = train(data, { ...opts, maxWeights: 50 });
    expect(Array.from(small.weights).filter((w) => w !== 0).length).toBeLessThanOrEqual(50);
  });
});

describe('serialize / deserialize', () => {
  const round = deserialize(serialize(model));
  it.each(['利息太高了', '催收骚扰', '登录不了', '完全无关的句子', 'english text'])('identical prediction for %s', (text) => {
    expect(predict(round, text)).toEqual(predict(model, text));
  });

  it.each([
    ['not JSON', '{'],
    ['wrong format tag', JSON.stringify({ ...JSON.parse(serialize(model)), format: 'other' })],
    ['bias length mismatch', JSON.stringify({ ...JSON.parse(serialize(model)), bias: [0] })],
    ['rows/buckets mismatch', JSON.stringify({ ...JSON.parse(serialize(model)), rows: [] })],
  ])('rejects %s', (_name, json) => {
    expect(() => deserialize(json)).toThrow();
  });
});

describe('metrics', () => {
  it.each([
    { actual: ['a', 'a', 'b', 'b'], predicted: ['a', 'a', 'b', 'b'], accuracy: 1, macroF1: 1 },
    { actual: ['a', 'a', 'b', 'b'], predicted: ['a', 'b', 'b', 'b'], accuracy: 0.75, macroF1: (2 / 3 + 0.8) / 2 },
    { actual: ['a', 'a', 'b', 'b'], predicted: ['b', 'b', 'a', 'a'], accuracy: 0, macroF1: 0 },
  ])('accuracy $accuracy, macro-F1 $macroF1', ({ actual, predicted, accuracy, macroF1 }) => {
    const m = computeMetrics(actual, predicted);
    expect(m.accuracy).toBeCloseTo(accuracy, 9);
    expect(m.macroF1).toBeCloseTo(macroF1, 9);
    expect(m.confusion.a?.a).toBe(actual.filter((x, i) => x === 'a' && predicted[i] === 'a').length);
  });

  it('crossValidate scores every example once and learns the synthetic task', () => {
    const cv = crossValidate(data, 3, opts);
    expect(cv.n).toBe(data.length);
    expect(cv.macroF1).toBeGreaterThan(0.9);
  });

  it('evaluate on shuffled labels scores near chance', () => {
    const labels = ['fee', 'collect', 'login'];
    const noisy = data.map((e, i) => ({ text: e.text, label: labels[i % 3] as string }));
    expect(evaluate(model, noisy).accuracy).toBeLessThan(0.6);
  });
});
