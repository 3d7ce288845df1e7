/**
 * Snippets: the body is cut into passages (sentences / list items) once at index time; at query
 * time the passage whose terms carry the most query idf is shown, clipped around its first hit.
 */
import { normalize, termsOf } from './text-tokenize.js';

export interface Passage {
  text: string;
  terms: ReadonlySet<string>;
}

const MAX_SNIPPET = { zh: 90, en: 220 } as const;

function clean(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildPassages(body: string): Passage[] {
  const pieces = body
    .split(/\n+|(?<=[。！？；])|(?<=[.!?;])\s+(?=[A-Z0-9"“(])/)
    .map(clean)
    .filter((p) => p.length >= 4);
  return pieces.map((text) => ({ text, terms: new Set(termsOf(normalize(text))) }));
}

/**
 * Picks the best passage for weighted query terms; ties keep the earlier passage (articles put
 * the key point first). Falls back to the first passage so a result never lacks a snippet.
 */
export function pickSnippet(passages: readonly Passage[], queryTerms: ReadonlyMap<string, number>, lang: 'zh' | 'en'): string {
  let best: Passage | undefined;
  let bestScore = 0;
  for (const p of passages) {
    let s = 0;
    for (const [term, w] of queryTerms) if (p.terms.has(term)) s += w;
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  const text = (best ?? passages[0])?.text ?? '';
  const max = MAX_SNIPPET[lang];
  if (text.length <= max) return text;
  // Centre the window on the first query hit so the reader sees why the article matched.
  let hit = -1;
  for (const term of queryTerms.keys()) {
    const needle = term.slice(2);
    const at = term.startsWith('g:') ? -1 : text.toLowerCase().indexOf(needle);
    if (at >= 0 && (hit < 0 || at < hit)) hit = at;
  }
  const start = Math.max(0, Math.min(text.length - max, hit < 0 ? 0 : hit - Math.floor(max / 3)));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
}
