/**
 * Knowledge-base search engine (消保教育知识库检索). Pure: no I/O, no HTTP, no database, no
 * process.env; the caller reads `kb/*.md` and passes `{path, content}` pairs in.
 *
 * Contract:
 * - `loadArticles` MUST reject invalid input with one `SearchError` naming every bad file and
 *   field, and MUST reject duplicate slugs; it MUST NOT return a partial list.
 * - `createIndex` MUST be deterministic: the same articles give the same ranking.
 * - Queries MAY be Simplified or Traditional Chinese, English or mixed; Traditional MUST match
 *   Simplified articles (OpenCC t→cn), English MUST match case-insensitively.
 * - `search` MUST return at most `limit` results, best first, ties broken by slug, only from
 *   `category` when given, each with a snippet from the body in the query's language; an empty
 *   or term-less query MUST return [].
 * - `answerFor` MUST return null when the best match is weak or not clearly ahead of the next
 *   one, so the caller routes the complaint to a person; it SHOULD prefer null over a wrong
 *   auto-answer. `confidence` is in [0, 1].
 */
import type { Category } from './article.schema.js';
import { K1, type IndexedDoc, type SearchIndex } from './bm25.index.js';
import { SearchError } from './search.errors.js';
import { pickSnippet } from './snippet.js';
import { hasCjk, KIND_WEIGHT, kindOf, normalize, termsOf } from './text-tokenize.js';

export { loadArticles } from './article.parse.js';
export { CATEGORIES, type Article, type ArticleFile, type Category } from './article.schema.js';
export { createIndex, type SearchIndex } from './bm25.index.js';
export { SearchError, type ArticleIssue, type SearchErrorCode } from './search.errors.js';

export interface SearchOptions {
  limit?: number;
  category?: Category;
}

export interface SearchHit {
  slug: string;
  score: number;
  title_zh: string;
  title_en: string;
  snippet: string;
}

export interface Answer {
  slug: string;
  title_zh: string;
  title_en: string;
  snippet: string;
  /** relevance × (0.5 + 0.5 × margin), in [0, 1]. */
  confidence: number;
  /** Top score over the best score the query's terms could reach. */
  relevance: number;
  /** (top − second) / top. */
  margin: number;
}

export interface AnswerOptions {
  /** Below this the caller should route to a person. Tuned on the training table, not the held-out list. */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.16;
const UNSEEN_NGRAM_SHARE = 0.35;

/** Unique query terms with their kind weight (repeating a word in a query should not double it). */
function queryTerms(query: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of termsOf(normalize(query))) out.set(t, KIND_WEIGHT[kindOf(t)]);
  return out;
}

interface Scored {
  doc: number;
  score: number;
}

function score(index: SearchIndex, terms: ReadonlyMap<string, number>, category: Category | undefined): Scored[] {
  const scores = new Float64Array(index.docs.length);
  const touched: number[] = [];
  for (const [term, weight] of terms) {
    const p = index.postings.get(term);
    if (!p) continue;
    for (let i = 0; i < p.docs.length; i++) {
      const d = p.docs[i] as number;
      const tf = p.tf[i] as number;
      if (scores[d] === 0) touched.push(d);
      scores[d] = (scores[d] as number) + (weight * p.idf * tf * (K1 + 1)) / (tf + K1);
    }
  }
  const out: Scored[] = [];
  for (const d of touched) {
    if (category === undefined || index.docs[d]?.category === category) out.push({ doc: d, score: scores[d] as number });
  }
  return out.sort((a, b) => b.score - a.score || cmp(index.docs[a.doc]?.slug, index.docs[b.doc]?.slug));
}

function cmp(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

function hit(index: SearchIndex, s: Scored, terms: ReadonlyMap<string, number>, lang: 'zh' | 'en'): SearchHit {
  // `score` only yields indices of existing docs.
  const d = index.docs[s.doc] as IndexedDoc;
  // Weight snippet terms by idf so a rare word beats several common bigrams.
  const weighted = new Map<string, number>();
  for (const [t, w] of terms) weighted.set(t, w * (index.postings.get(t)?.idf ?? 0));
  const snippet = pickSnippet(lang === 'zh' ? d.passagesZh : d.passagesEn, weighted, lang);
  return { slug: d.slug, score: s.score, title_zh: d.title_zh, title_en: d.title_en, snippet };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new SearchError('INVALID_ARGUMENT', [{ file: '', field: 'limit', message: 'must be a non-negative integer' }]);
  }
  const terms = queryTerms(query);
  if (terms.size === 0 || limit === 0) return [];
  const lang = hasCjk(query) ? 'zh' : 'en';
  return score(index, terms, options.category)
    .slice(0, limit)
    .map((s) => hit(index, s, terms, lang));
}

/**
 * The single best article for a tier-1 auto-answer, or null. Relevance divides the top score by
 * what a perfect document would score for these terms (each term at saturated tf), counting
 * words the knowledge base has never seen at full surprise: an off-topic complaint is mostly
 * such words, so its relevance stays low even when a stray word matches.
 */
export function answerFor(index: SearchIndex, complaintText: string, options: AnswerOptions = {}): Answer | null {
  const terms = queryTerms(complaintText);
  if (terms.size === 0) return null;
  const ranked = score(index, terms, undefined);
  const top = ranked[0];
  if (!top || top.score <= 0) return null;
  let ceiling = 0;
  for (const [t, w] of terms) {
    const known = index.postings.get(t)?.idf;
    // An unseen bigram or trigram is often a cross-word artefact of long text; an unseen WORD
    // is the real off-topic signal, so n-grams count against relevance only in part.
    const kind = kindOf(t);
    const unseen = kind === 'b' || kind === 'g' ? UNSEEN_NGRAM_SHARE * index.unknownIdf : index.unknownIdf;
    ceiling += w * (known ?? unseen) * (K1 + 1);
  }
  const relevance = Math.min(1, top.score / ceiling);
  const margin = (top.score - (ranked[1]?.score ?? 0)) / top.score;
  const confidence = relevance * (0.5 + 0.5 * margin);
  if (confidence < (options.minConfidence ?? DEFAULT_MIN_CONFIDENCE)) return null;
  const h = hit(index, top, terms, hasCjk(complaintText) ? 'zh' : 'en');
  return { slug: h.slug, title_zh: h.title_zh, title_en: h.title_en, snippet: h.snippet, confidence, relevance, margin };
}
