/**
 * The knowledge base (消保教育知识库): the articles in kb/*.md, parsed and indexed once at
 * start-up. Auto-answers, agents' canned replies and the verdict pages all read from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerFor, createIndex, loadArticles, search, type Answer, type Article, type SearchHit, type SearchIndex, type Category } from '../engines/search/search.engine.js';

export interface KnowledgeBase {
  articles: ReadonlyMap<string, Article>;
  search(query: string, opts?: { limit?: number; category?: Category }): SearchHit[];
  answer(text: string): Answer | null;
}

export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ path: path.join(dir, f), content: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const list = loadArticles(files);
  const index: SearchIndex = createIndex(list);
  return {
    articles: new Map(list.map((a) => [a.slug, a])),
    search: (query, opts = {}) => search(index, query, opts),
    answer: (text) => answerFor(index, text),
  };
}
