/**
 * Classifier bench: held-out quality of the shipped triage model (per-head accuracy and
 * macro-F1, tier-3 recall for model / rules / both, reliability table, ECE), single-core
 * throughput and p99 latency at 1×, 10× and 100× complaint length, and a naive keyword-lookup
 * baseline measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { computeMetrics, evaluate } from '../src/engines/classifier/classifier.engine.js';
import { normalizeText } from '../src/engines/classifier/text-normalize.js';
import { classifyComplaint } from '../src/engines/classifier/triage/classify-complaint.js';
import { HEADS, loadTriageModel } from '../src/engines/classifier/triage/triage-model.js';
import type { HeadName } from '../src/engines/classifier/triage/triage-model.js';
import { detectUrgentSignals } from '../src/engines/classifier/triage/urgent-rules.js';
import { percentile, runIfMain } from './harness.js';
import type { BenchSection, BenchTable } from './harness.js';

type Row = Record<HeadName, string> & { text: string };

function readRows(name: string): Row[] {
  return readFileSync(new URL(`../corpus/triage/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

/**
 * Naive baseline: per label, the 40 character bigrams most specific to it in the train split
 * (count ≥ 5); a complaint gets the label with the most keyword hits, the majority label on a tie.
 */
function keywordBaseline(train: Row[], head: HeadName): (text: string) => string {
  const byGram = new Map<string, Map<string, number>>();
  const labelCount = new Map<string, number>();
  for (const r of train) {
    labelCount.set(r[head], (labelCount.get(r[head]) ?? 0) + 1);
    const t = normalizeText(r.text);
    const grams = new Set<string>();
    for (let i = 0; i + 2 <= t.length; i++) grams.add(t.slice(i, i + 2));
    for (const g of grams) {
      const m = byGram.get(g) ?? new Map<string, number>();
      m.set(r[head], (m.get(r[head]) ?? 0) + 1);
      byGram.set(g, m);
    }
  }
  const majority = [...labelCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const keywords = new Map<string, string>();
  for (const label of labelCount.keys()) {
    const scored: Array<[string, number]> = [];
    for (const [g, m] of byGram) {
      const total = [...m.values()].reduce((s, v) => s + v, 0);
      const hit = m.get(label) ?? 0;
      if (hit >= 5) scored.push([g, hit / total]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [g] of scored.slice(0, 40)) if (!keywords.has(g)) keywords.set(g, label);
  }
  return (text: string) => {
    const t = normalizeText(text);
    const votes = new Map<string, number>();
    for (let i = 0; i + 2 <= t.length; i++) {
      const label = keywords.get(t.slice(i, i + 2));
      if (label) votes.set(label, (votes.get(label) ?? 0) + 1);
    }
    let best = majority;
    let bestVotes = 0;
    for (const [l, v] of votes) if (v > bestVotes) [best, bestVotes] = [l, v];
    return best;
  };
}

function timeEach(texts: string[], fn: (t: string) => unknown, minMs: number): { perSecond: number; p50: number; p99: number } {
  const lat: number[] = [];
  const start = performance.now();
  let i = 0;
  while (performance.now() - start < minMs || i < texts.length) {
    const t0 = performance.now();
    fn(texts[i % texts.length] as string);
    lat.push(performance.now() - t0);
    i++;
  }
  const total = lat.reduce((s, v) => s + v, 0);
  return { perSecond: (lat.length * 1000) / total, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

export default async function classifierBench(): Promise<BenchSection> {
  const tLoad = performance.now();
  const model = loadTriageModel();
  const loadMs = performance.now() - tLoad;
  const train = readRows('train.jsonl');
  const test = readRows('test.jsonl');

  const quality: BenchTable = { caption: `Held-out test (n=${test.length}, disjoint phrase bank) — model vs naive keyword baseline`, rows: [] };
  const baselines = new Map<HeadName, (t: string) => string>();
  for (const head of HEADS) {
    const e = evaluate(model.heads[head], test.map((r) => ({ text: r.text, label: r[head] })));
    const base = keywordBaseline(train, head);
    baselines.set(head, base);
    const b = computeMetrics(test.map((r) => r[head]), test.map((r) => base(r.text)), model.heads[head].labels);
    quality.rows.push({
      head,
      classes: model.heads[head].labels.length,
      accuracy: e.accuracy,
      'macro-F1': e.macroF1,
      ECE: e.ece,
      'low-conf threshold': model.heads[head].threshold,
      'baseline accuracy': b.accuracy,
      'baseline macro-F1': b.macroF1,
    });
  }

  const reliability: BenchTable = { caption: 'Reliability on held-out test, all four heads pooled (10 bins)', rows: [] };
  const perBin = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, hit: 0 }));
  for (const head of HEADS) {
    const e = evaluate(model.heads[head], test.map((r) => ({ text: r.text, label: r[head] })));
    e.reliability.forEach((bin, i) => {
      const p = perBin[i] as { n: number; conf: number; hit: number };
      p.n += bin.count;
      p.conf += bin.meanConfidence * bin.count;
      p.hit += bin.accuracy * bin.count;
    });
  }
  const totalN = perBin.reduce((s, b) => s + b.n, 0);
  let ece = 0;
  perBin.forEach((b, i) => {
    const conf = b.n ? b.conf / b.n : 0;
    const acc = b.n ? b.hit / b.n : 0;
    ece += (b.n / totalN) * Math.abs(acc - conf);
    reliability.rows.push({ bin: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`, count: b.n, 'mean confidence': conf, accuracy: acc });
  });

  const urgent = test.filter((r) => r.tier === '3');
  const combined = test.map((r) => classifyComplaint(r.text, { model }).tier.code);
  const byModel = test.map((r) => evaluate(model.heads.tier, [{ text: r.text, label: '3' }]).accuracy === 1);
  const byRules = test.map((r) => detectUrgentSignals(r.text).length > 0);
  const baseTier = baselines.get('tier') as (t: string) => string;
  const tierRow = (name: string, flagged: boolean[]): Record<string, string | number> => {
    const tp = test.filter((r, i) => r.tier === '3' && flagged[i]).length;
    const fp = test.filter((r, i) => r.tier !== '3' && flagged[i]).length;
    return { detector: name, recall: tp / urgent.length, precision: tp / Math.max(1, tp + fp), missed: urgent.length - tp };
  };
  const tier3: BenchTable = {
    caption: `Tier 3 (urgent) on held-out test (n=${urgent.length} urgent of ${test.length})`,
    rows: [
      tierRow('model only', byModel),
      tierRow('rules only', byRules),
      tierRow('model + rules (shipped)', combined.map((c) => c === '3')),
      tierRow('keyword baseline', test.map((r) => baseTier(r.text) === '3')),
    ],
  };

  const texts = test.map((r) => r.text);
  const scaled = (k: number): string[] => texts.slice(0, 200).map((_, i) => Array.from({ length: k }, (_, j) => texts[(i + j * 7) % texts.length]).join(''));
  const speed: BenchTable = { caption: 'Speed, one core (all four heads + rules per complaint)', rows: [] };
  const avgLen = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  for (const [k, ms] of [[1, 3000], [10, 2000], [100, 2000]] as const) {
    const input = k === 1 ? texts : scaled(k);
    const fast = timeEach(input, (t) => classifyComplaint(t, { model }), ms);
    speed.rows.push({ size: `${k}× (~${avgLen * k} chars)`, variant: 'classifyComplaint', 'complaints/s': fast.perSecond, 'p50 ms': fast.p50, 'p99 ms': fast.p99 });
    if (k === 1) {
      const explained = timeEach(input, (t) => classifyComplaint(t, { model, explain: true }), ms);
      speed.rows.push({ size: `${k}× (~${avgLen * k} chars)`, variant: 'classifyComplaint explain', 'complaints/s': explained.perSecond, 'p50 ms': explained.p50, 'p99 ms': explained.p99 });
      const base = timeEach(input, (t) => HEADS.map((h) => (baselines.get(h) as (s: string) => string)(t)), ms);
      speed.rows.push({ size: `${k}× (~${avgLen * k} chars)`, variant: 'keyword baseline (4 heads)', 'complaints/s': base.perSecond, 'p50 ms': base.p50, 'p99 ms': base.p99 });
    }
  }

  const sizeKiB = readFileSync(new URL('../models/triage-v1.json', import.meta.url)).length / 1024;
  return {
    title: 'Complaint classifier (triage-v1)',
    tables: [quality, tier3, reliability, speed],
    notes: [
      `Model file models/triage-v1.json: ${sizeKiB.toFixed(0)} KiB for 4 heads; load + index build ${loadMs.toFixed(0)} ms.`,
      `Pooled ECE over all heads: ${ece.toFixed(4)}. Temperatures: ${HEADS.map((h) => `${h} ${model.heads[h].temperature.toFixed(2)}`).join(', ')}.`,
      'Test rows come from phrase bank B, written separately from the train bank A; the model and rules were never fitted to them.',
      'Throughput is per-call wall time on one thread, including Traditional→Simplified conversion and jieba segmentation.',
    ],
  };
}

await runIfMain(import.meta.url, classifierBench);
