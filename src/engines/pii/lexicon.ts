/**
 * Folded-character trie used for every word list of the engine (cue words, surnames, gazetteer).
 * Matching folds each text character on the fly — Traditional → Simplified, full-width →
 * ASCII, upper → lower case — so one Simplified, lower-case word list matches all written
 * forms without converting (and copying) the whole input text.
 */
import { TRAD_TO_SIMP_PAIRS } from './trad-fold.data.js';

const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0; // full-width ASCII block
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
for (let c = 0xff21; c <= 0xff3a; c++) FOLD[c] = c - 0xfee0 + 32;
FOLD[0x3000] = 32; // ideographic space
for (let i = 0; i + 1 < TRAD_TO_SIMP_PAIRS.length; i += 2) {
  FOLD[TRAD_TO_SIMP_PAIRS.charCodeAt(i)] = TRAD_TO_SIMP_PAIRS.charCodeAt(i + 1);
}

/** Folded code unit of `text[i]` (Traditional → Simplified, full-width → ASCII, lower case). */
export function foldAt(text: string, i: number): number {
  return FOLD[text.charCodeAt(i)] as number;
}

export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldAt(s, i));
  return out;
}

function isLatin(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Both `outside` and `edge` are Latin letters (after folding): the word would cut a Latin word. */
function isLatinAt(text: string, outside: number, edge: number): boolean {
  return outside >= 0 && outside < text.length && isLatin(foldAt(text, outside)) && isLatin(foldAt(text, edge));
}

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value: V | undefined;
}

export interface LexMatch<V> {
  start: number;
  end: number;
  value: V;
}

export class Lexicon<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: undefined };
  /** Fast reject: first folded code units of all words. */
  private readonly firsts = new Uint8Array(65536);

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) this.add(word, value);
  }

  static of(words: Iterable<string>): Lexicon<true> {
    const entries: Array<[string, true]> = [];
    for (const w of words) entries.push([w, true]);
    return new Lexicon(entries);
  }

  private add(word: string, value: V): void {
    if (word.length === 0) return;
    const folded = foldString(word);
    let node = this.root;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = value;
    this.firsts[folded.charCodeAt(0)] = 1;
  }

  /** Longest word starting exactly at `i`, if any. */
  matchAt(text: string, i: number): LexMatch<V> | undefined {
    if (i >= text.length || this.firsts[foldAt(text, i)] === 0) return undefined;
    let node: TrieNode<V> | undefined = this.root;
    let best: LexMatch<V> | undefined;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(foldAt(text, j));
      if (node?.value !== undefined) best = { start: i, end: j + 1, value: node.value };
    }
    return best;
  }

  /**
   * Non-overlapping longest matches, left to right, inside [from, to). A word that begins or ends
   * with a Latin letter must not touch another Latin letter ("pin" is not a cue in "spinning").
   */
  findAll(text: string, from = 0, to = text.length): Array<LexMatch<V>> {
    const out: Array<LexMatch<V>> = [];
    this.scan(text, from, to, (m) => out.push(m));
    return out;
  }

  /** Same matches as `findAll`, passed to `visit` without building an array. */
  scan(text: string, from: number, to: number, visit: (m: LexMatch<V>) => void): void {
    for (let i = from; i < to; i++) {
      if (this.firsts[foldAt(text, i)] === 0) continue;
      const m = this.matchAt(text, i);
      if (m && m.end <= to && !isLatinAt(text, i - 1, i) && !isLatinAt(text, m.end, m.end - 1)) {
        visit(m);
        i = m.end - 1;
      }
    }
  }

  /** The match ending closest to `pos` among those lying entirely inside [pos - window, pos). */
  lastBefore(text: string, pos: number, window: number): LexMatch<V> | undefined {
    const found = this.findAll(text, Math.max(0, pos - window), pos);
    return found[found.length - 1];
  }
}
