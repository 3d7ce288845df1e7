/**
 * Scam analyzer benchmark: quality on the generated evaluation set (each split labelled with how
 * much it has been tuned on) and speed on one core, against a naive 20-word keyword blacklist
 * measured in the same run.
 */
import { createMemoryFraudLookup } from '../src/engines/scam/fraud-lookup.js';
import { generateEvalSet, type Split } from '../src/engines/scam/eval/eval.generator.js';
import { evaluate, type Prediction } from '../src/engines/scam/eval/eval.metrics.js';
import type { EvalCase } from '../src/engines/scam/eval/eval.types.js';
import { buildRegistryIndex } from '../src/engines/scam/registry.index.js';
import { loadShippedRegistry } from '../src/engines/scam/registry.fixture.js';
import { analyzeMessage } from '../src/engines/scam/scam.analyzer.js';
import { normalizeText } from '../src/engines/scam/text-normalize.js';
import { Readable, Writable } from 'node:stream';
import { runVerifyJsonl } from '../src/cli/verify.command.js';
import { percentile, runIfMain, type BenchSection, type BenchTable } from './harness.js';

const BLACKLIST = ['验证码', '安全账户', '刷单', '返利', '佣金', '保证金', '解冻', '注销', '征信', '屏幕共享', '会议软件', '洗钱', '公安', '退款', '理赔', '兼职', '投资', '导师', '贷款', '转账'];

function naive(c: EvalCase): Prediction {
  const t = c.input.text ?? '';
  return { verdict: BLACKLIST.some((w) => t.includes(w)) ? 'fraud' : 'unverified', fraudType: null };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Splits reported, with row labels that say whether each is still held out. */
const SPLITS: ReadonlyArray<readonly [Split, string]> = [
  ['blind31', 'blind31 (blind, run three times: PRIMARY, first run on this analyzer; once each on M2 and MH2, not shipped)'],
  ['blind30', 'blind30 (blind, run three times: PRIMARY, first run on this analyzer; once each on M2 and MH2, not shipped)'],
  ['blind29', 'blind29 (blind, run twice: PRIMARY, first run on this analyzer; once on M, not shipped)'],
  ['blind28', 'blind28 (blind, run twice: PRIMARY, first run on this analyzer; once on M, not shipped)'],
  ['blind27', 'blind27 (blind, run twice: PRIMARY, first run on this analyzer; once on N*, not shipped)'],
  ['blind26', 'blind26 (blind, run twice: PRIMARY, first run on this analyzer; once on N*, not shipped)'],
  ['blind25', 'blind25 (blind, run three times; decided session 11\'s N and NH, not shipped), first run on the session-9 analyzer at 98.5% / 5.6% / 89.2% / 90.4%'],
  ['blind24', 'blind24 (blind, run three times; decided session 11\'s N and NH, not shipped), first run on the session-9 analyzer at 95.8% / 5.0% / 89.0% / 100.0%'],
  ['blind23', 'blind23 (blind, run three times, the third to decide the session-10 type head), first run on the session-9 analyzer at 99.5% / 3.1% / 88.5% / 92.7%'],
  ['blind22', 'blind22 (blind, run three times, the third to decide the session-10 type head), first run on the session-9 analyzer at 98.9% / 5.2% / 90.9% / 89.2%'],
  ['blind21', 'blind21 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 model at 97.5% / 3.5% / 83.3% / 80.0%'],
  ['blind20', 'blind20 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 model at 92.9% / 6.3% / 70.7% / 82.8%'],
  ['blind19', 'blind19 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 model at 99.3% / 4.6% / 84.9% / 83.9%'],
  ['blind18', 'blind18 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 model at 94.4% / 8.0% / 85.9% / 88.4%'],
  ['blind17', 'blind17 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 analyzer at 97.2% / 9.1% / 80.1% / 69.6%'],
  ['blind16', 'blind16 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-8 analyzer at 97.6% / 11.5% / 81.9% / 80.1%'],
  ['blind15', 'blind15 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-7 analyzer at 95.7% / 9.6% / 82.9% / 82.3%'],
  ['blind14', 'blind14 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-7 analyzer at 96.8% / 8.2% / 80.5% / 69.4%'],
  ['blind13', 'blind13 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-7 type-change analyzer at 94.3% / 4.1% / 75.8% / 83.3%'],
  ['blind12', 'blind12 (blind for verdicts; fraud in the type head\'s training since session 10), first run on the session-7 closed-channel analyzer at 98.3% / 7.2% / 82.0% / 92.3%'],
  ['blind11', 'blind11, evaluated at 97.0% / 10.3% / 81.0% / 96.3% (then three times more), in training since session 8'],
  ['blind10', 'blind10, evaluated at 99.0% / 7.0% / 83.5% / 87.0% (then three times more), in training since session 8'],
  ['blind9', 'blind9, evaluated at 100.0% / 6.4% / 86.3% / 92.3% (then four times more), in training since session 8'],
  ['blind8', 'blind8, evaluated at 94.8% / 4.2% / 83.2% / 96.7% (then four times more), in training since session 8'],
  ['blind7', 'blind7, evaluated at 98.4% / 10.3% / 75.2% / 89.2% (then twice more), in training since session 6'],
  ['blind6', 'blind6, evaluated at 99.2% / 7.4% / 82.4% / 77.5% (then 100% / 6.2% / 82.7% / 93.8%), in training since session 6'],
  ['blind5', 'blind5, evaluated at recall 97.9% / FPR 10.7% / type 86.6% / harassment 56.7% (then 96.8% / 7.1% / 88.9% / 50.0%), in training since'],
  ['blind4', 'blind4, evaluated at recall 97.3% / FPR 10.3% / type 75.4% / harassment 73.4% (then 98.6% / 10.3% / 78.2% / 76.1%), in training since'],
  ['blind3', 'blind3, evaluated once at recall 98.7% / FPR 12.8% / type 89.2% / harassment 81.8%, in training since'],
  ['dev', 'dev (tuned on)'],
  ['test', 'test (held out, later tuned on)'],
  ['blind', 'blind-1, tuned on since 2026-12-01'],
  ['blind2', 'blind2, evaluated once at recall 88.2% / FPR 10.9% / type 81.5% / harassment 65.9%, tuned on since'],
];

/**
 * The blind banks whose verdicts no rule or label head was fitted to, for the operating curve (the
 * type head, which reads blind12–blind21's fraud, moves neither a verdict nor a risk).
 */
const CURVE_SPLITS: readonly Split[] = ['blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31'];

/** Per-message latencies (µs) and throughput over `rounds` passes of `inputs`. */
function timeIt(inputs: EvalCase[], fn: (c: EvalCase) => unknown, rounds: number): { perSec: number; p50: number; p99: number } {
  for (const c of inputs) fn(c); // warm-up (JIT)
  const lat: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const c of inputs) {
      const s = performance.now();
      fn(c);
      lat.push((performance.now() - s) * 1000);
    }
  }
  const total = performance.now() - t0;
  return { perSec: (lat.length * 1000) / total, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

export default async function scamBench(): Promise<BenchSection> {
  const { registry, index } = loadShippedRegistry();
  const ctx = { index, fraudLookup: createMemoryFraudLookup() };
  const analyze = (c: EvalCase): Prediction => analyzeMessage(c.input, ctx);
  // The same rules without the text model: the baseline the model has to beat, in the same run.
  const rulesOnly = (c: EvalCase): Prediction => analyzeMessage(c.input, { ...ctx, model: null });

  const quality: BenchTable = { caption: 'Quality on the generated evaluation set (fraud recall counts fraud+suspicious; FPR = normal not official/unverified)', rows: [] };
  for (const [split, label] of SPLITS) {
    const cases = generateEvalSet(registry, split);
    for (const [name, fn] of [['analyzer (rules + text model)', analyze], ['rules only', rulesOnly], ['naive 20-word blacklist', naive]] as const) {
      const r = evaluate(cases, fn);
      quality.rows.push({
        split: label, classifier: name, messages: cases.length,
        'fraud recall': pct(r.fraudRecall), FPR: pct(r.falsePositiveRate),
        'type accuracy': fn === naive ? 'n/a' : pct(r.typeAccuracy),
        'harassment recall': pct(r.harassmentRecall),
      });
    }
  }

  // The verdict is one operating point; the risk score orders every message, so the whole curve on
  // the banks no model or rule was ever fitted to shows what a stricter or looser cut would buy.
  const curve: BenchTable = { caption: `Operating curve on the blind banks pooled (${CURVE_SPLITS.join(', ')}): a message counts as flagged when its verdict is fraud or suspicious and its risk ≥ the cut; "fraud verdict only" counts the fraud verdict alone`, rows: [] };
  const scored = CURVE_SPLITS.flatMap((split) => generateEvalSet(registry, split)).filter((c) => c.label !== 'harassment').map((c) => ({ label: c.label, v: analyzeMessage(c.input, ctx) }));
  const flagged = (v: ReturnType<typeof analyzeMessage>, cut: number): boolean => (v.verdict === 'fraud' || v.verdict === 'suspicious') && v.risk >= cut;
  const rate = (label: 'normal' | 'fraud', hit: (v: ReturnType<typeof analyzeMessage>) => boolean): string => {
    const of = scored.filter((s) => s.label === label);
    return pct(of.filter((s) => hit(s.v)).length / of.length);
  };
  for (const cut of [0.45, 0.6, 0.7, 0.8, 0.9, 0.95]) curve.rows.push({ 'risk cut': cut, 'fraud recall': rate('fraud', (v) => flagged(v, cut)), FPR: rate('normal', (v) => flagged(v, cut)) });
  curve.rows.push({ 'risk cut': 'fraud verdict only', 'fraud recall': rate('fraud', (v) => v.verdict === 'fraud'), FPR: rate('normal', (v) => v.verdict === 'fraud') });

  const base = generateEvalSet(registry, 'test');
  const speed: BenchTable = { caption: 'Speed, one core (held-out messages; size ×N = N messages concatenated into one paste)', rows: [] };
  for (const [mult, rounds] of [[1, 60], [10, 8], [100, 2]] as const) {
    const inputs: EvalCase[] = [];
    for (let i = 0; i + mult <= base.length; i += mult) {
      const chunk = base.slice(i, i + mult);
      const first = chunk[0] as EvalCase;
      inputs.push({ ...first, input: { ...first.input, text: chunk.map((c) => c.input.text).join('\n') } });
    }
    const avgChars = Math.round(inputs.reduce((a, c) => a + (c.input.text?.length ?? 0), 0) / inputs.length);
    const a = timeIt(inputs, analyze, rounds);
    const ro = timeIt(inputs, rulesOnly, rounds);
    const n = timeIt(inputs, naive, rounds);
    speed.rows.push({ size: `×${mult}`, 'avg chars': avgChars, 'analyzer msg/s': Math.round(a.perSec), 'analyzer p50 µs': a.p50, 'analyzer p99 µs': a.p99, 'rules only msg/s': Math.round(ro.perSec), 'rules only p99 µs': ro.p99, 'naive msg/s': Math.round(n.perSec), 'naive p99 µs': n.p99 });
  }

  const parts: BenchTable = { caption: 'Fixed costs', rows: [] };
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) buildRegistryIndex(registry);
  parts.rows.push({ step: 'buildRegistryIndex (8 institutions)', 'µs': ((performance.now() - t0) * 1000) / 100 });
  const trad = base.filter((_, i) => i % 4 === 3).map((c) => c.input.text ?? '');
  const t1 = performance.now();
  for (let r = 0; r < 20; r++) for (const t of trad) normalizeText(t);
  parts.rows.push({ step: 'normalizeText (OpenCC t2s + width + case), per SMS', 'µs': ((performance.now() - t1) * 1000) / (20 * trad.length) });
  const big = base.map((c) => c.input.text).join('\n').repeat(3).slice(0, 100_000);
  const t2 = performance.now();
  analyzeMessage({ text: big }, ctx);
  parts.rows.push({ step: 'analyzeMessage on one 100 KB paste', 'µs': (performance.now() - t2) * 1000 });

  const cli: BenchTable = { caption: '`xiaobao verify --jsonl` streaming (in-process, no database): lines/s and resident memory after the run', rows: [] };
  const lines = base.map((c, i) => JSON.stringify({ id: i, ...c.input }));
  for (const n of [1_000, 10_000, 100_000]) {
    const source = (): Readable => Readable.from((function* () { for (let i = 0; i < n; i++) yield `${lines[i % lines.length]}\n`; })());
    const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });
    const t3 = performance.now();
    await runVerifyJsonl({ input: source(), output: sink() }, (input) => analyzeMessage(input, ctx));
    const cliMs = performance.now() - t3;
    const rss = process.memoryUsage().rss / 2 ** 20;
    // Baseline: the same stream with only parse + stringify per line (the floor of any JSONL tool).
    const t4 = performance.now();
    await runVerifyJsonl({ input: source(), output: sink() }, () => ({ verdict: 'unverified', risk: 0, fraudType: null, institution: null, reasons: [], advice: [], articles: [], indicators: [] }));
    const floorMs = performance.now() - t4;
    cli.rows.push({ lines: n, 'verify lines/s': Math.round((n * 1000) / cliMs), 'RSS MiB': Math.round(rss), 'parse+stringify only lines/s': Math.round((n * 1000) / floorMs) });
  }

  return {
    title: 'Scam analyzer ("Is this really my lender?")',
    tables: [quality, curve, speed, parts, cli],
    notes: [
      'Evaluation set: deterministic generator over disjoint template banks. Weights were tuned on dev; since 2026-12-01 also on the misses of blind-1 and on a hand-written scenario table (scam.scenarios.test.ts).',
      'test: first run blind at FPR 7.1% / harassment recall 75%; two phenomena were then fixed via new dev templates, so its figures are optimistic. The targets are asserted on it.',
      'blind-1 (blind.templates.ts, a third author): held out until 2026-12-01, when it scored fraud recall 85.9%, FPR 6.3%, type accuracy 87.3%, harassment recall 66.7%. Its misses were then studied and their causes fixed, so its row is development data now, not a held-out measure.',
      'blind2 (blind2.templates.ts, a fourth, independent author): evaluated once, rules only, at fraud recall 88.2%, FPR 10.9%, type accuracy 81.5%, harassment recall 65.9%. It is in the text model\'s training corpus since, so its row is development data; the honest figure is the 5-fold cross-validation by template printed by scripts/train-scam.ts and stored in models/scam-v1.json.',
      'blind3 (a fifth author) was evaluated once, then its false positives were read and it joined the training corpus: development data now.',
      'blind4 (a sixth author) was evaluated twice (97.3% / 10.3% / 75.4% / 73.4%, then 98.6% / 10.3% / 78.2% / 76.1%), then its misses were read and it joined the training corpus: development data now.',
      'blind5 (a seventh author) was evaluated twice (97.9% / 10.7% / 86.6% / 56.7%, then 96.8% / 7.1% / 88.9% / 50.0%), then its misses were read and it joined the training corpus (session 5): development data now.',
      'blind6 (a ninth author) and blind7 (an eleventh) were the blind banks of session 5; in session 6 they joined the text model\'s training data (their misses were not read): development data now.',
      'blind6 to blind11 were blind banks once; they are in the text model\'s training data now (blind8 to blind11 since session 8, unread: no rule was written from their misses), so their rows are development data. blind12 to blind31 have never been in the label head\'s training data and none of their misses was read (since session 10 the fraud messages of blind12 to blind21 train the type head, so their type accuracy is in-sample); their authors read neither the analyzer nor its model. blind12 and blind13 (session 7) decided a ship in session 8; blind14 and blind15 (session 8) ran first on the session-7 analyzer (figures in the row labels) and once more on this one; blind16 and blind17 ran first on this analyzer and once more on a candidate that was not shipped; blind18 (a twenty-fifth author: 纪念币, stamps, auctions, 盲盒 and sneaker resale, marathons and clubs), blind19 (a twenty-sixth: unions and state employers, banks in the minority regions, border trade; bilingual notices, second-language Chinese), blind20 (a twenty-seventh: courts, mediation, notaries, law firms) and blind21 (a twenty-eighth: exam authorities, certificates, skills subsidies, tuition instalments) ran first on the session-8 model and once more after the display-label rule (a pasted 【X官方回复】 is not a look-alike signature), which changed none of their figures; in session 9 the lone-foreign-sender and public-body-signature rules were decided with all ten re-run, and blind22 (a twenty-ninth author: health insurance and care) and blind23 (a thirtieth: cars, homes, bills) ran once on the result; in session 10 they decided the type head (a third run), and blind24 (a thirty-first author: merchants and small businesses) and blind25 (a thirty-second: family, friends, group chats, calls) ran first on the session-9 analyzer (row labels) and once more on this one; in session 11 they decided two label-head candidates, N and NH (a third run; neither shipped); blind26 (a thirty-third author: rural China, county towns, migrant workers) and blind27 (a thirty-fourth: university students and young people online) ran first on this analyzer and once on the candidate N* (session 12), which did not ship; blind28 (a thirty-fifth author: gig and platform workers) and blind29 (a thirty-sixth: the salaried middle class and digital finance) ran first on this analyzer and once on the candidate M, which did not ship; blind30 (a thirty-seventh author: cross-border lives) and blind31 (a thirty-eighth: mothers, pregnancy, childcare and beauty) ran first on this analyzer and once each on the candidates M2 and MH2, which did not ship. Every change was chosen under a rule fixed beforehand (docs/evaluation.md).',
      'Operating curve: the same verdicts, cut again by risk score, over the twenty blind banks pooled (harassment cases left out). No threshold was chosen on it; it shows how far the verdict\'s operating point is from the 98% recall at 1% FPR target on text no rule or model was fitted to.',
      'Text model: two softmax heads (label; fraud type) of the classifier engine over character 1–3-grams (maxWeights 240,000 since session 8, twice the budget before), trained by scripts/train-scam.ts on the burned banks (dev … blind11), the training-only banks train8 and train9 and hand-written extra messages; the type head also on the fraud messages of blind12 to blind21 (session 10). "rules only" is the same analyzer with `model: null`.',
      'Naive baseline: flags any message containing one of 20 scam words; no sender, link or registry checks.',
    ],
  };
}

await runIfMain(import.meta.url, scamBench);
