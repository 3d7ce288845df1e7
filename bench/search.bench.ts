/**
 * Knowledge-base search: index build time, queries/s and latency at 1×, 10× and 100× the real
 * articles (copies with reordered and trimmed bodies), against a naive substring scan measured
 * in the same run; plus held-out accuracy of both.
 */
import { opsPerSecond, percentile, runIfMain, type BenchSection, type BenchTable } from './harness.js';
import { HELDOUT_NEGATIVES, HELDOUT_QUERIES } from '../src/engines/search/heldout-queries.fixture.js';
import { readKbFiles } from '../src/engines/search/kb.fixture.js';
import { answerFor, createIndex, loadArticles, search, type Article } from '../src/engines/search/search.engine.js';
import { normalize } from '../src/engines/search/text-tokenize.js';

/** Copy k of an article: paragraphs rotated by k and one dropped, so lengths and tf differ. */
function variant(a: Article, k: number): Article {
  const vary = (body: string): string => {
    const paras = body.split(/\n\n+/);
    const rotated = paras.map((_, i) => paras[(i + k) % paras.length] as string);
    return rotated.filter((_, i) => paras.length < 3 || i !== k % paras.length).join('\n\n');
  };
  return {
    ...a,
    slug: `${a.slug}-v${k}`,
    title_zh: `${a.title_zh}（${k}）`,
    body_zh: vary(a.body_zh),
    body_en: vary(a.body_en),
  };
}

function replicate(articles: readonly Article[], times: number): Article[] {
  if (times === 1) return [...articles];
  return Array.from({ length: times }, (_, k) => articles.map((a) => variant(a, k))).flat();
}

/** Baseline: count query bigrams / words found by indexOf in each article's full text. */
function naiveIndex(articles: readonly Article[]): { slug: string; text: string }[] {
  return articles.map((a) => ({
    slug: a.slug,
    text: normalize([a.title_zh, a.title_en, ...a.tags, ...a.intents, a.body_zh, a.body_en].join('\n')),
  }));
}

function naiveNeedles(query: string): string[] {
  const q = normalize(query);
  const needles = new Set<string>();
  for (const run of q.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) needles.add(run.slice(i, i + 2));
  for (const w of q.match(/[a-z0-9]{3,}/g) ?? []) needles.add(w);
  return [...needles];
}

function naiveSearch(docs: readonly { slug: string; text: string }[], query: string, limit: number): string[] {
  const needles = naiveNeedles(query);
  const scored: { slug: string; s: number }[] = [];
  for (const d of docs) {
    let s = 0;
    for (const n of needles) if (d.text.includes(n)) s++;
    if (s > 0) scored.push({ slug: d.slug, s });
  }
  return scored.sort((a, b) => b.s - a.s).slice(0, limit).map((x) => x.slug);
}

function latencies(fn: (q: string) => void, rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const { query } of HELDOUT_QUERIES) {
      const t = performance.now();
      fn(query);
      out.push(performance.now() - t);
    }
  }
  return out;
}

function timedQps(fn: (q: string) => void, ms: number): number {
  let i = 0;
  return opsPerSecond(() => fn((HELDOUT_QUERIES[i++ % HELDOUT_QUERIES.length] as { query: string }).query), ms);
}

function accuracy(rank: (q: string) => string[]): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const { query, slug } of HELDOUT_QUERIES) {
    const r = rank(query).map((s) => s.replace(/-v\d+$/, ''));
    if (r[0] === slug) top1++;
    if (r.slice(0, 3).includes(slug)) top3++;
  }
  return { top1: top1 / HELDOUT_QUERIES.length, top3: top3 / HELDOUT_QUERIES.length };
}

export default async function searchBench(): Promise<BenchSection> {
  const base = loadArticles(readKbFiles());
  const speed: BenchTable = { caption: 'Speed (held-out queries, limit 10)', rows: [] };
  for (const times of [1, 10, 100]) {
    const articles = replicate(base, times);
    const t0 = performance.now();
    const index = createIndex(articles);
    const buildMs = performance.now() - t0;
    const docs = naiveIndex(articles);
    const rounds = times === 100 ? 2 : 5;
    const engine = latencies((q) => search(index, q, { limit: 10 }), rounds);
    const naive = latencies((q) => naiveSearch(docs, q, 10), times === 100 ? 1 : rounds);
    speed.rows.push({
      size: `${times}×`,
      articles: articles.length,
      'build ms': buildMs,
      'BM25 q/s': timedQps((q) => search(index, q, { limit: 10 }), 1000),
      'BM25 p50 ms': percentile(engine, 50),
      'BM25 p99 ms': percentile(engine, 99),
      'naive q/s': timedQps((q) => naiveSearch(docs, q, 10), 1000),
      'naive p50 ms': percentile(naive, 50),
      'naive p99 ms': percentile(naive, 99),
    });
  }

  const index = createIndex(base);
  const docs = naiveIndex(base);
  const bm25 = accuracy((q) => search(index, q, { limit: 3 }).map((h) => h.slug));
  const naive = accuracy((q) => naiveSearch(docs, q, 3));
  const answers = HELDOUT_QUERIES.map((q) => ({ q, a: answerFor(index, q.query) }));
  const given = answers.filter((x) => x.a !== null);
  const declined = HELDOUT_NEGATIVES.filter((q) => answerFor(index, q) === null).length;
  const quality: BenchTable = {
    caption: `Held-out quality (${HELDOUT_QUERIES.length} queries, ${HELDOUT_NEGATIVES.length} off-topic; 1× corpus)`,
    rows: [
      { method: 'BM25F bigram + jieba', 'top-1': bm25.top1, 'top-3': bm25.top3 },
      { method: 'naive substring scan', 'top-1': naive.top1, 'top-3': naive.top3 },
    ],
  };
  const auto: BenchTable = {
    caption: 'answerFor (tier-1 auto-answer, default threshold)',
    rows: [
      {
        'answered (coverage)': given.length / answers.length,
        'answered correctly (precision)': given.filter((x) => x.a?.slug === x.q.slug).length / Math.max(1, given.length),
        'off-topic declined': declined / HELDOUT_NEGATIVES.length,
      },
    ],
  };
  return {
    title: 'Knowledge-base search (src/engines/search)',
    tables: [speed, quality, auto],
    notes: [
      '10× and 100× are copies of the 24 articles with rotated/trimmed bodies, so idf and postings grow realistically but accuracy is only measured at 1×.',
      'Naive baseline: normalised (OpenCC, lower-case) full text, score = number of query bigrams/words found with String.includes.',
    ],
  };
}

await runIfMain(import.meta.url, searchBench);
