/**
 * PII engine: throughput on dense complaint text at 1×/10×/100× size and on a realistic, less
 * dense mix (knowledge-base articles + complaint sentences), latency of one 500-character message,
 * memory, a naive six-regex baseline on the same texts, and quality on the dev, held-out test,
 * blind-1, blind2 and blind3 template splits (tuned on from 2026-12-01, so development sets now) and
 * the blind4 split (a fifth author, evaluated once after the engine was final: the honest row).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { generateCorpus, type Split } from '../src/engines/pii/eval/corpus.gen.js';
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

/**
 * Runs `fn` for at least `minMs` (and at least 3 times); returns the mean and the best run in ms.
 * The machine is shared: the best run is the figure least disturbed by other processes, the
 * mean shows what a busy box delivers. The naive baseline is measured the same way.
 * The first call on a new input is timed apart and left out of the mean (`first`): on a
 * megabyte text it costs several steady-state calls (match buffers grow, the heap resizes), a
 * one-off that a scanner running on every message pays once, not per megabyte.
 */
function timeIt(fn: () => void, minMs: number): { mean: number; best: number; first: number } {
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const runs: number[] = [];
  const start = performance.now();
  do {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  } while (performance.now() - start < minMs || runs.length < 3);
  return { mean: runs.reduce((x, y) => x + y, 0) / runs.length, best: Math.min(...runs), first };
}

export default async function piiBench(): Promise<BenchSection> {
  const corpus = generateCorpus('test', 4000, 99);
  const base = corpus.map((s) => s.text).join('\n');
  detectPii(base); // warm up JIT and load jieba's dictionary once
  // Latency first, before the multi-megabyte texts below leave the heap full of their garbage, and
  // after one untimed pass over 2,000 other messages: a server that scans every message is warm.
  const messagesFrom = (offset: number): string[] => {
    const out: string[] = [];
    for (let i = offset; out.length < 2000; i += 7) {
      let m = '';
      for (let k = i; m.length < 500; k++) m += corpus[k % corpus.length]?.text ?? '';
      out.push(m.slice(0, 500));
    }
    return out;
  };
  for (const m of messagesFrom(3)) detectPii(m);
  const messages = messagesFrom(0);
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
  const throughput: Array<Record<string, string | number>> = [];
  // The realistic mix before the dense texts, whose 100× run leaves the heap full of garbage.
  // Less dense, realistic mix: the seed articles interleaved with eight complaint sentences each.
  const seedDir = new URL('../../shared/seeds/', import.meta.url);
  const articles = existsSync(seedDir) ? readdirSync(seedDir).sort().map((f) => readFileSync(new URL(f, seedDir), 'utf8')) : [];
  if (articles.length > 0) {
    const mixParts: string[] = [];
    let length = 0;
    for (let i = 0; length < 400_000; i++) {
      const article = articles[i % articles.length] as string;
      mixParts.push(article);
      length += article.length;
      for (let k = 0; k < 8; k++) {
        const sentence = (corpus[(i * 8 + k) % corpus.length] as { text: string }).text;
        mixParts.push(sentence);
        length += sentence.length;
      }
    }
    const mix = mixParts.join('\n');
    const msMix = timeIt(() => detectPii(mix), 1500);
    const msMixNaive = timeIt(() => naiveScan(mix), 1500);
    throughput.push({
      size: 'realistic mix',
      'input MB (UTF-8)': Number(mb(mix).toFixed(2)),
      'engine MB/s (mean)': mb(mix) / (msMix.mean / 1000),
      'engine MB/s (best run)': mb(mix) / (msMix.best / 1000),
      'engine first call ms': msMix.first,
      'naive 6-regex MB/s (best run)': mb(mix) / (msMixNaive.best / 1000),
      'entities found': detectPii(mix).length,
    });
  }
  for (const factor of [1, 10, 100]) {
    // 1× joins a tenth of the sentences rather than slicing `base`: a sliced string is a V8
    // view that made the same text measure ~30% slower than the flat strings real requests carry.
    const text = factor === 1 ? corpus.slice(0, corpus.length / 10).map((s) => s.text).join('\n') : base.repeat(factor / 10);
    const before = process.memoryUsage();
    const msEngine = timeIt(() => detectPii(text), factor === 100 ? 1 : 1500);
    const after = process.memoryUsage();
    const msNaive = timeIt(() => naiveScan(text), factor === 100 ? 1 : 1500);
    throughput.push({
      size: `${factor}×`,
      'input MB (UTF-8)': Number(mb(text).toFixed(2)),
      'engine MB/s (mean)': mb(text) / (msEngine.mean / 1000),
      'engine MB/s (best run)': mb(text) / (msEngine.best / 1000),
      'engine first call ms': msEngine.first,
      'naive 6-regex MB/s (best run)': mb(text) / (msNaive.best / 1000),
      'entities found': detectPii(text).length,
      'RSS MB': after.rss / 2 ** 20,
      'heap used MB': Math.max(before.heapUsed, after.heapUsed) / 2 ** 20,
    });
  }



  const quality: Array<Record<string, string | number>> = [];
  const decoyNotes: string[] = [];
  // Row labels say how each split was used, so a tuned-on split never passes for a held-out one.
  const splits: Array<[Split, string]> = [
    ['blind7', 'blind7 (blind: run once, on this engine, never tuned on; PRIMARY)'],
    ['blind6', 'blind6 (blind: first run names 53.4% / mobiles 90.2%; run on three engines, never tuned on)'],
    ['blind4', 'blind4 (blind: evaluated once, never tuned on)'],
    ['blind5', 'blind5 (evaluated once at names 54.0% / secrets 71.8% / account ids 64.3% / ID cards 87.2% / mobiles 95.2%; tuned on since for structured identifiers)'],
    ['dev', 'dev (tuned on)'],
    ['test', 'test (held out)'],
    ['blind', 'blind-1 (tuned on since 2026-12-01)'],
    ['blind2', 'blind2 (tuned on since 2026-12-01; first run: name 47.5%, secret 73.5%, card 95.7%)'],
    ['blind3', 'blind3 (tuned on since 2026-12-01; first run: name 69.9%, secret 48.0%)'],
  ];
  for (const [split, label] of splits) {
    const report = evaluate(generateCorpus(split, 3000, 20240305), (t) => detectPii(t));
    for (const r of report.perType) quality.push({ split: label, type: r.type, gold: r.gold, predicted: r.predicted, precision: r.precision, recall: r.recall });
    decoyNotes.push(`${label} ${report.decoysMasked}/${report.decoys} (${(report.decoyMaskRate * 100).toFixed(2)}%)`);
  }

  return {
    title: 'PII detection (src/engines/pii)',
    tables: [
      { caption: 'Throughput (one core): a realistic mix of articles and complaints, then dense complaint text at 1×/10×/100×; naive baseline on the same text', rows: throughput },
      { caption: 'Latency of one 500-character message (2,000 messages)', rows: latency },
      { caption: `Quality per split, 3,000 sentences each (dev: tuned on; test: held out; blind-1, blind2 and blind3: written by independent authors, each evaluated once, then tuned on from 2026-12-01; blind4: a fifth author, evaluated once, never tuned on; blind5: a sixth author, evaluated once, then tuned on for structured identifiers; blind6: a seventh author, never tuned on; blind7: an eighth, run once, never tuned on); decoys masked: ${decoyNotes.join(', ')}`, rows: quality },
    ],
    notes: [
      'The naive baseline only finds six shapes, validates nothing and cannot tell a 95xxx short code or an order number from PII; it is a speed reference, not a quality one.',
      'Throughput: the first call on each input is timed apart ("engine first call ms") and left out of the mean, for the engine and the naive scan alike (since 2026-12-02; before, it was in the mean). It is a one-off per new input size (match buffers grow, the heap resizes), not a per-megabyte cost.',
      'Corpus sentences are synthetic (templates + generated values); precision on real complaints will be lower, especially for names.',
    ],
  };
}

await runIfMain(import.meta.url, piiBench);
