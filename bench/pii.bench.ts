/**
 * PII engine: throughput on mixed complaint text at 1×/10×/100× size, latency of one 500-character
 * message, memory, a naive six-regex baseline on the same text, and the quality table on the
 * held-out test templates.
 */
import { generateCorpus } from '../src/engines/pii/eval/corpus.gen.js';
import { evaluate } from '../src/engines/pii/eval/evaluate.js';
import { detectPii } from '../src/engines/pii/index.js';
import { percentile, runIfMain, type BenchSection } from './harness.js';

const NAIVE = [
  /1[3-9]\d{9}/g,
  /\d{17}[\dXx]/g,
  /\d{16,19}/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g,
  /0\d{2,3}-?\d{7,8}/g,
];

function naiveScan(text: string): number {
  let n = 0;
  for (const re of NAIVE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) n++;
  }
  return n;
}

function mb(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 2 ** 20;
}

function timeIt(fn: () => void, minMs: number): number {
  let runs = 0;
  const start = performance.now();
  do {
    fn();
    runs++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / runs;
}

export default async function piiBench(): Promise<BenchSection> {
  const corpus = generateCorpus('test', 4000, 99);
  const base = corpus.map((s) => s.text).join('\n');
  detectPii(base); // warm up JIT and load jieba's dictionary once
  const throughput: Array<Record<string, string | number>> = [];
  for (const factor of [1, 10, 100]) {
    const text = factor === 1 ? base.slice(0, Math.floor(base.length / 10)) : base.repeat(factor / 10);
    const before = process.memoryUsage();
    const msEngine = timeIt(() => detectPii(text), factor === 100 ? 1 : 1500);
    const after = process.memoryUsage();
    const msNaive = timeIt(() => naiveScan(text), factor === 100 ? 1 : 1500);
    throughput.push({
      size: `${factor}×`,
      'input MB (UTF-8)': Number(mb(text).toFixed(2)),
      'engine MB/s': mb(text) / (msEngine / 1000),
      'naive 6-regex MB/s': mb(text) / (msNaive / 1000),
      'entities found': detectPii(text).length,
      'RSS MB': after.rss / 2 ** 20,
      'heap used MB': Math.max(before.heapUsed, after.heapUsed) / 2 ** 20,
    });
  }

  const messages: string[] = [];
  for (let i = 0; messages.length < 2000; i += 7) {
    let m = '';
    for (let k = i; m.length < 500; k++) m += corpus[k % corpus.length]?.text ?? '';
    messages.push(m.slice(0, 500));
  }
  const engineLat: number[] = [];
  const naiveLat: number[] = [];
  for (const m of messages) {
    let t = performance.now();
    detectPii(m);
    engineLat.push(performance.now() - t);
    t = performance.now();
    naiveScan(m);
    naiveLat.push(performance.now() - t);
  }
  const latency = [
    { scanner: 'detectPii', 'p50 ms': percentile(engineLat, 50), 'p99 ms': percentile(engineLat, 99), 'max ms': Math.max(...engineLat) },
    { scanner: 'naive 6 regexes', 'p50 ms': percentile(naiveLat, 50), 'p99 ms': percentile(naiveLat, 99), 'max ms': Math.max(...naiveLat) },
  ];

  const report = evaluate(generateCorpus('test', 3000, 20240305), (t) => detectPii(t));
  const quality = report.perType.map((r) => ({ type: r.type, gold: r.gold, predicted: r.predicted, precision: r.precision, recall: r.recall }));

  return {
    title: 'PII detection (src/engines/pii)',
    tables: [
      { caption: 'Throughput on mixed complaint text (one core), with the naive baseline on the same text', rows: throughput },
      { caption: 'Latency of one 500-character message (2,000 messages)', rows: latency },
      { caption: `Quality on the held-out TEST templates (${report.samples} sentences); decoys masked ${report.decoysMasked}/${report.decoys} (${(report.decoyMaskRate * 100).toFixed(2)}%)`, rows: quality },
    ],
    notes: [
      'The naive baseline only finds six shapes, validates nothing and cannot tell a 95xxx short code or an order number from PII; it is a speed reference, not a quality one.',
      'Corpus sentences are synthetic (templates + generated values); precision on real complaints will be lower, especially for names.',
    ],
  };
}

await runIfMain(import.meta.url, piiBench);
