/**
 * BM25F over the article fields. Field weights and length normalisation do not depend on the
 * query, so each posting stores the already-combined pseudo term frequency; a query then costs
 * one pass over the postings of its terms.
 */
import type { Article, Category } from './article.schema.js';
import { buildPassages, type Passage } from './snippet.js';
import { normalize, termsOf } from './text-tokenize.js';

export const K1 = 1.2;

interface FieldSpec {
  weight: number;
  b: number;
  text: (a: Article) => string;
}

// Titles and example questions say what an article is FOR; the body also mentions neighbours
// (a scam article names other scams), so it weighs least.
const FIELDS: readonly FieldSpec[] = [
  { weight: 3, b: 0.5, text: (a) => `${a.title_zh}\n${a.title_en}` },
  { weight: 2.5, b: 0.5, text: (a) => a.intents.join('\n') },
  { weight: 2, b: 0.3, text: (a) => a.tags.join('\n') },
  { weight: 1, b: 0.75, text: (a) => `${a.body_zh}\n${a.body_en}` },
];

export interface IndexedDoc {
  slug: string;
  title_zh: string;
  title_en: string;
  category: Category;
  passagesZh: Passage[];
  passagesEn: Passage[];
}

export interface Posting {
  idf: number;
  docs: Int32Array;
  /** BM25F pseudo term frequency per doc in `docs`, same order. */
  tf: Float64Array;
}

export interface SearchIndex {
  docs: readonly IndexedDoc[];
  postings: ReadonlyMap<string, Posting>;
  /** idf of a term no article contains: the most surprising a term can be. */
  unknownIdf: number;
}

export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of termsOf(normalize(text))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function createIndex(articles: readonly Article[]): SearchIndex {
  const n = articles.length;
  const perField = articles.map((a) => FIELDS.map((f) => countTerms(f.text(a))));
  const fieldLen = perField.map((fields) => fields.map((c) => [...c.values()].reduce((s, v) => s + v, 0)));
  const avgLen = FIELDS.map((_, f) => Math.max(1, fieldLen.reduce((s, lens) => s + (lens[f] ?? 0), 0) / Math.max(1, n)));

  const acc = new Map<string, { docs: number[]; tf: number[] }>();
  perField.forEach((fields, d) => {
    const combined = new Map<string, number>();
    fields.forEach((counts, f) => {
      const spec = FIELDS[f] as FieldSpec;
      const norm = 1 - spec.b + (spec.b * ((fieldLen[d] as number[])[f] ?? 0)) / (avgLen[f] as number);
      for (const [term, c] of counts) combined.set(term, (combined.get(term) ?? 0) + (spec.weight * c) / norm);
    });
    for (const [term, tf] of combined) {
      let p = acc.get(term);
      if (!p) acc.set(term, (p = { docs: [], tf: [] }));
      p.docs.push(d);
      p.tf.push(tf);
    }
  });

  const postings = new Map<string, Posting>();
  for (const [term, p] of acc) {
    postings.set(term, { idf: idf(n, p.docs.length), docs: Int32Array.from(p.docs), tf: Float64Array.from(p.tf) });
  }
  const docs = articles.map((a) => ({
    slug: a.slug,
    title_zh: a.title_zh,
    title_en: a.title_en,
    category: a.category,
    passagesZh: buildPassages(a.body_zh),
    passagesEn: buildPassages(a.body_en),
  }));
  return { docs, postings, unknownIdf: idf(n, 0) };
}
