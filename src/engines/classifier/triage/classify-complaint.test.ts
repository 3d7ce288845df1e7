import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics, evaluate, extractFeatures, probabilitiesOf } from '../classifier.engine.js';
import { expectedCalibrationError } from '../calibration.js';
import { classifyComplaint, derivePriority } from './classify-complaint.js';
import { HEADS, loadTriageModel } from './triage-model.js';
import type { TriageModel } from './triage-model.js';

interface Row { text: string; business: string; reason: string; demand: string; tier: string }
const readRows = (name: string): Row[] =>
  readFileSync(new URL(`../../../../corpus/triage/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
/**
 * Banks B to H and J are in the train split, so their rows only guard the urgent queue against a
 * rule or model regression.
 */
const testI = readRows('test-i.jsonl');
const testK = readRows('test-k.jsonl');
const testG = readRows('test-g.jsonl');
const testF = readRows('test-f.jsonl');
const testE = readRows('test-e.jsonl');
const testD = readRows('test-d.jsonl');
const testC = readRows('test-c.jsonl');
const testB = readRows('test.jsonl');
/**
 * Bank I (ninth author) is the blind bank: first run on the session-4 model at 0.965 / 0.945 /
 * 0.862 macro-F1 (business / reason / demand, as shipped), tier-3 recall 0.993 at precision 0.431,
 * then once on this model (A–H and J, scenario view, tier-3 threshold 0.11) at 0.979 / 0.969 /
 * 0.878 as shipped (the heads alone 0.970 / 0.954 / 0.878, tier head 0.921), tier-3 recall 0.993 at
 * precision 0.526. Floors sit just below so a regression fails.
 */
const FLOORS_I = { business: 0.975, reason: 0.965, demand: 0.875 };
/**
 * Bank K (eleventh author) was written after this model was final and run once on it: 0.969 /
 * 0.965 / 0.865 as shipped, tier-3 recall 1.000 at precision 0.423 (the session-4 model: 0.949 /
 * 0.927 / 0.857).
 */
const FLOORS_K = { business: 0.965, reason: 0.96, demand: 0.86 };
const FLOOR_I_TIER_HEAD = 0.915;
const model = loadTriageModel();
/** Recall and precision of the urgent queue (tier 3 from model and rules together). */
const tier3Queue = (rows: Row[]): { recall: number; precision: number } => {
  const flagged = rows.filter((r) => classifyComplaint(r.text, { model }).tier.code === '3');
  const hits = flagged.filter((r) => r.tier === '3').length;
  return { recall: hits / rows.filter((r) => r.tier === '3').length, precision: hits / flagged.length };
};

describe('shipped triage model', () => {
  it('loads once and every head shares the features', () => {
    expect(loadTriageModel()).toBe(model);
    for (const h of HEADS) expect(model.heads[h].features).toEqual(model.heads.tier.features);
  });

  it.each([
    ['I', testI, FLOORS_I],
    ['K', testK, FLOORS_K],
  ] as const)('bank %s (blind): macro-F1 floors as shipped, calibrated (ECE < 0.1)', (_bank, rows, floors) => {
    const results = rows.map((r) => classifyComplaint(r.text, { model }));
    for (const head of ['business', 'reason', 'demand'] as const) {
      const m = computeMetrics(rows.map((r) => r[head]), results.map((c) => c[head].code), model.heads[head].labels);
      expect(m.macroF1, head).toBeGreaterThanOrEqual(floors[head]);
      const scored = results.map((c, i) => ({ confidence: c[head].confidence, correct: c[head].code === rows[i]![head] }));
      expect(expectedCalibrationError(scored), head).toBeLessThan(0.1);
    }
  });

  it('bank I (blind): the tier head alone stays at its floor', () => {
    expect(evaluate(model.heads.tier, testI.map((r) => ({ text: r.text, label: r.tier }))).macroF1).toBeGreaterThanOrEqual(FLOOR_I_TIER_HEAD);
  });

  // Recall is what tier 3 exists for; the precision floor keeps the urgent queue worth reading.
  // Banks I and K (blind) measured 0.993 / 0.526 and 1.000 / 0.423; banks B to G are trained on, so their floors only catch
  // a regression.
  it.each([
    ['I', 0.99, 0.5, testI],
    ['K', 0.99, 0.4, testK],
    ['G', 0.99, 0.8, testG],
    ['F', 0.99, 0.9, testF],
    ['E', 0.98, 0.8, testE],
    ['D', 0.99, 0.9, testD],
    ['C', 0.99, 0.95, testC],
    ['B', 0.99, 0.95, testB],
  ] as const)('bank %s: tier-3 recall with rules ≥ %s, urgent-queue precision ≥ %s', (_bank, recall, precision, rows) => {
    const q = tier3Queue(rows);
    expect(q.recall).toBeGreaterThanOrEqual(recall);
    expect(q.precision).toBeGreaterThanOrEqual(precision);
  });
});

describe('classifyComplaint', () => {
  it.each([
    ['催收天天给我同事打电话说我欠钱', 'collection'],
    ['怎么查这个月的账单', 'repayment'],
    ['借款的时候被强制搭售了会员', 'add_on'],
    ['征信上有错误的逾期记录', 'credit_reporting'],
  ])('%s → business %s', (text, business) => {
    const c = classifyComplaint(text);
    expect(c.business.code).toBe(business);
    expect(c.business.confidence).toBeGreaterThan(0);
    expect(c.business.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['催收天天給我同事打電話說我欠錢', '催收天天给我同事打电话说我欠钱'],
    ['借款的時候被強制搭售了會員', '借款的时候被强制搭售了会员'],
    ['帳戶被鎖定了怎麼解鎖', '账户被锁定了怎么解锁'],
  ])('Traditional %s gets the Simplified labels', (trad, simp) => {
    const a = classifyComplaint(trad);
    const b = classifyComplaint(simp);
    expect([a.business.code, a.reason.code, a.tier.code]).toEqual([b.business.code, b.reason.code, b.tier.code]);
  });

  it.each([
    ['我真的不想活了，怎么查账单', 'self-harm'],
    ['有人冒充你们客服让我转账到安全账户', 'fraud'],
    ['这是12378转办的投诉，利息太高', 'regulator'],
  ])('rule forces tier 3 and urgent priority: %s', (text, why) => {
    const c = classifyComplaint(text);
    expect(c.tier).toMatchObject({ code: '3', source: 'rule' });
    expect(c.priority).toBe('urgent');
    expect(c.reasons.join(' ')).toMatch(why === 'fraud' ? /诈骗/ : why === 'regulator' ? /监管/ : /轻生/);
  });

  it('regulator channel forces tier 3 without any signal in the text', () => {
    const text = '请问怎么查这个月的账单';
    expect(classifyComplaint(text).tier.code).not.toBe('3');
    expect(classifyComplaint(text, { channel: 'regulator' }).tier).toMatchObject({ code: '3', source: 'rule' });
  });

  it('no rule fires on an ordinary dispute', () => {
    const c = classifyComplaint('提前还款还收违约金，要求退还');
    expect(c.tier.source).toBe('model');
    expect(c.reasons).toEqual([]);
    expect(['high', 'normal']).toContain(c.priority);
  });

  it('a tier-3 probability at the model threshold escalates; without a threshold the argmax decides', () => {
    const text = '提前还款还收违约金，要求退还';
    const argmax = classifyComplaint(text, { model: { heads: model.heads, provenance: {} } });
    expect(argmax.tier.code).not.toBe('3');
    const eager = classifyComplaint(text, { model: { heads: model.heads, tier3Threshold: 1e-9, provenance: {} } });
    expect(eager.tier).toMatchObject({ code: '3', source: 'model' });
    expect(eager.tier.confidence).toBeLessThan(0.5);
    expect(eager.priority).toBe('urgent');
    expect(eager.lowConfidence).toBe(true);
  });

  it('reports business and reason from the average of the direct head and the scenario view', () => {
    const view = model.scenario;
    if (!view) throw new Error('the shipped model has a scenario view');
    // The same model without the view.
    const direct: TriageModel = { heads: model.heads, provenance: {} };
    if (model.tier3Threshold !== undefined) direct.tier3Threshold = model.tier3Threshold;
    for (const r of testG.slice(0, 200)) {
      const c = classifyComplaint(r.text, { model });
      const x = extractFeatures(r.text, view.head.features);
      const ps = probabilitiesOf(view.head, x);
      for (const h of ['business', 'reason'] as const) {
        const head = model.heads[h];
        const p = Array.from(probabilitiesOf(head, x), (v) => view.directWeight * v);
        view.head.labels.forEach((s, j) => {
          const i = head.labels.indexOf(view.outcomes[s]![h]);
          p[i] = p[i]! + (1 - view.directWeight) * ps[j]!;
        });
        // Then the blend's temperature: p^(1/T), renormalised.
        const scaled = p.map((v) => v ** (1 / view.temperatures[h]));
        const sum = scaled.reduce((a, b) => a + b, 0);
        const best = scaled.indexOf(Math.max(...scaled));
        expect(c[h].code).toBe(head.labels[best]);
        expect(c[h].confidence).toBeCloseTo(scaled[best]! / sum, 12);
      }
      const alone = classifyComplaint(r.text, { model: direct });
      // The other heads do not depend on the view.
      expect(c.demand).toEqual(alone.demand);
      expect(c.tier).toEqual(alone.tier);
    }
  });

  it('lowConfidence follows the per-head thresholds (the blend\'s own for business and reason)', () => {
    const blended = model.scenario?.thresholds;
    expect(blended).toBeDefined();
    for (const r of testG.slice(0, 300)) {
      const c = classifyComplaint(r.text, { model });
      const business = blended?.business ?? model.heads.business.threshold;
      const reason = blended?.reason ?? model.heads.reason.threshold;
      const low = c.business.confidence < business || c.reason.confidence < reason || c.demand.confidence < model.heads.demand.threshold || (c.tier.source === 'model' && c.tier.confidence < model.heads.tier.threshold);
      expect(c.lowConfidence).toBe(low);
    }
  });

  it.each([
    { tier: '3', business: 'loan', reason: '定价收费', tier3Probability: 0, lowConfidence: false, expected: 'urgent' },
    { tier: '1', business: 'repayment', reason: '信息披露', tier3Probability: 0.25, lowConfidence: false, expected: 'high' },
    { tier: '2', business: 'collection', reason: '债务催收方式和手段', tier3Probability: 0.05, lowConfidence: false, expected: 'high' },
    { tier: '2', business: 'payments', reason: '消费者资金安全', tier3Probability: 0.05, lowConfidence: false, expected: 'high' },
    { tier: '2', business: 'loan', reason: '定价收费', tier3Probability: 0.05, lowConfidence: false, expected: 'normal' },
    { tier: '1', business: 'account', reason: '服务设施、设备、业务系统', tier3Probability: 0.05, lowConfidence: true, expected: 'normal' },
    { tier: '1', business: 'account', reason: '服务设施、设备、业务系统', tier3Probability: 0.05, lowConfidence: false, expected: 'low' },
  ] as const)('priority $expected for tier $tier / $business / p3=$tier3Probability / low=$lowConfidence', ({ expected, ...input }) => {
    expect(derivePriority(input)).toBe(expected);
  });

  it('explain adds the strongest features per head', () => {
    const c = classifyComplaint('催收天天给我同事打电话', { explain: true });
    expect(c.reasons.some((r) => r.startsWith('business=collection:'))).toBe(true);
  });
});
