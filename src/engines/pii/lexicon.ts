/**
 * Folded-character trie used for every word list of the engine (cue words, surnames, gazetteer).
 * Matching folds each text character on the fly — Traditional → Simplified, full-width →
 * ASCII, upper → lower case — so one Simplified, lower-case word list matches all written
 * forms without converting (and copying) the whole input text.
 */
import { MatchList } from './match-list.js';
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
  // Most windows and words are already folded: return the input itself rather than rebuilding it
  // character by character (a rope of one-character strings that a Map lookup must then flatten).
  let i = 0;
  while (i < s.length && FOLD[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === s.length) return s;
  // Chunked: spreading one argument per character would overflow the stack on a long text.
  let out = s.slice(0, i);
  const codes: number[] = [];
  for (let k = i; k < s.length; k++) {
    codes.push(FOLD[s.charCodeAt(k)] as number);
    if (codes.length === 4096) {
      out += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return out + String.fromCharCode(...codes);
}

function isLatin(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Both `outside` and `edge` are Latin letters (after folding): the word would cut a Latin word. */
function isLatinAt(text: string, outside: number, edge: number): boolean {
  return outside >= 0 && outside < text.length && isLatin(foldAt(text, outside)) && isLatin(foldAt(text, edge));
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 40503) ^ b) & 0xffff;
}

export interface LexMatch<V> {
  start: number;
  end: number;
  value: V;
}

/**
 * The trie is stored flat: node ids, and one open-addressing table from (node, code unit) to the
 * child node. A step of `walk` is a multiply, a shift and usually one probe, several times cheaper
 * than a Map per node; the shared scan walks ~10⁵ times per MB of text.
 */
export class Lexicon<V> {
  /** Fast reject: first folded code units of all words (read by SharedScan). */
  readonly firsts = new Uint8Array(65536);
  /** Second fast reject: one-character words, and a hash set of the first two code units of longer words. */
  readonly singles = new Uint8Array(65536);
  readonly pairs = new Uint8Array(65536);
  /** Value of the word found by the last successful `endAt` (avoids allocating a match object). */
  matchedValue: V | undefined;
  /** Value of the word ending at each node (index = node id; 0 is the root). */
  private readonly values: Array<V | undefined> = [undefined];
  /** Edge table: key = node · 65536 + code unit (never 0: words hold no U+0000), value = child. */
  private keys: Uint32Array;
  private children: Uint32Array;
  private shift: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const edges = new Map<number, number>();
    for (const [word, value] of entries) this.add(edges, word, value);
    let bits = 4;
    while (1 << bits < edges.size * 2) bits++;
    this.keys = new Uint32Array(1 << bits);
    this.children = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    for (const [key, child] of edges) {
      let h = this.slot(key);
      while (this.keys[h] !== 0) h = (h + 1) & (this.keys.length - 1);
      this.keys[h] = key;
      this.children[h] = child;
    }
  }

  static of(words: Iterable<string>): Lexicon<true> {
    const entries: Array<[string, true]> = [];
    for (const w of words) entries.push([w, true]);
    return new Lexicon(entries);
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private add(edges: Map<number, number>, word: string, value: V): void {
    if (word.length === 0) return;
    const folded = foldString(word);
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const key = node * 65536 + folded.charCodeAt(i);
      let child = edges.get(key);
      if (child === undefined) {
        child = this.values.length;
        if (child >= 65536) throw new Error('Lexicon holds at most 65,535 trie nodes');
        this.values.push(undefined);
        edges.set(key, child);
      }
      node = child;
    }
    this.values[node] = value;
    const first = folded.charCodeAt(0);
    this.firsts[first] = 1;
    if (folded.length === 1) this.singles[first] = 1;
    else this.pairs[pairHash(first, folded.charCodeAt(1))] = 1;
  }

  /** End of the longest word starting exactly at `i`, or -1; the word's value goes to `matchedValue`. */
  endAt(text: string, i: number): number {
    if (i >= text.length) return -1;
    const first = foldAt(text, i);
    if (this.firsts[first] === 0) return -1;
    // Most candidate positions fail on the second character: reject them before walking the trie.
    if (this.singles[first] === 0 && (i + 1 >= text.length || this.pairs[pairHash(first, foldAt(text, i + 1))] === 0)) return -1;
    return this.walk(text, i);
  }

  /** `endAt` without its fast rejects, for callers that have already applied them (SharedScan). */
  walk(text: string, i: number): number {
    const { keys, children, values, shift } = this;
    const mask = keys.length - 1;
    let node = 0;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      const key = node * 65536 + (FOLD[text.charCodeAt(j)] as number);
      // `slot` inlined with the shift in a local: this loop runs for every surviving position.
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let k = keys[h] as number;
      while (k !== key && k !== 0) {
        h = (h + 1) & mask;
        k = keys[h] as number;
      }
      if (k === 0) break;
      node = children[h] as number;
      const v = values[node];
      if (v !== undefined) {
        end = j + 1;
        this.matchedValue = v;
      }
    }
    return end;
  }

  /** Longest word starting exactly at `i`, if any. */
  matchAt(text: string, i: number): LexMatch<V> | undefined {
    const end = this.endAt(text, i);
    return end < 0 ? undefined : { start: i, end, value: this.matchedValue as V };
  }

  /**
   * Non-overlapping longest matches, left to right, inside [from, to). A word that begins or ends
   * with a Latin letter must not touch another Latin letter ("pin" is not a cue in "spinning").
   */
  findAll(text: string, from = 0, to = text.length): Array<LexMatch<V>> {
    const out: Array<LexMatch<V>> = [];
    this.scan(text, from, to, (start, end, value) => out.push({ start, end, value }));
    return out;
  }

  /** Same matches as `findAll`, passed to `visit` as plain values (no allocation per match). */
  scan(text: string, from: number, to: number, visit: (start: number, end: number, value: V) => void): void {
    const firsts = this.firsts;
    for (let i = from; i < to; i++) {
      if (firsts[foldAt(text, i)] === 0) continue;
      const end = this.endAt(text, i);
      if (end > 0 && end <= to && !isLatinAt(text, i - 1, i) && !isLatinAt(text, end, end - 1)) {
        visit(i, end, this.matchedValue as V);
        i = end - 1;
      }
    }
  }

  /** The match ending closest to `pos` among those lying entirely inside [pos - window, pos). */
  lastBefore(text: string, pos: number, window: number): LexMatch<V> | undefined {
    const found = this.findAll(text, Math.max(0, pos - window), pos);
    return found[found.length - 1];
  }
}

/**
 * Several lexicons matched in ONE pass over the text, each with exactly the semantics of its own
 * `findAll` (per-lexicon non-overlapping longest matches). The per-character loop is what a scan
 * costs, so the built-in recognizers share one pass instead of paying seven. Results of the last
 * text are kept until another text is scanned (or `release()`), so every recognizer run on the
 * same text reuses them.
 */
export class SharedScan {
  private readonly lexicons: Array<Lexicon<unknown>> = [];
  private readonly lists: Array<MatchList<unknown>> = [];
  /**
   * Bit k set: some word of lexicon k starts with this code unit once folded. Indexed by the raw
   * code unit, so the two thirds of characters that start no word are skipped without folding.
   */
  private readonly firstMask = new Uint32Array(65536);
  /** Bit k set: lexicon k has this one-character word, or a word starting with this hashed pair. */
  private readonly singleMask = new Uint32Array(65536);
  private readonly pairMask = new Uint32Array(65536);
  private lastText: string | undefined;

  /** Adds a lexicon (at most 32) and returns the accessor of its matches in a text. */
  register<V>(lexicon: Lexicon<V>): (text: string) => MatchList<V> {
    const k = this.lexicons.length;
    if (k >= 32) throw new Error('SharedScan holds at most 32 lexicons');
    this.lexicons.push(lexicon);
    const list = new MatchList<V>();
    this.lists.push(list);
    const bit = 2 ** k;
    for (let c = 0; c < 65536; c++) {
      if (lexicon.firsts[FOLD[c] as number] === 1) this.firstMask[c] = ((this.firstMask[c] as number) | bit) >>> 0;
      if (lexicon.singles[c] === 1) this.singleMask[c] = ((this.singleMask[c] as number) | bit) >>> 0;
      if (lexicon.pairs[c] === 1) this.pairMask[c] = ((this.pairMask[c] as number) | bit) >>> 0;
    }
    return (text) => {
      if (this.lastText !== text) this.scanAll(text);
      return list;
    };
  }

  /** Drops the cached text and matches (detectPii calls this so no input outlives its call). */
  release(): void {
    this.lastText = undefined;
    for (const list of this.lists) list.clear();
  }

  private scanAll(text: string): void {
    const { lexicons, lists } = this;
    for (const list of lists) list.clear();
    this.lastText = text;
    const nextFree = new Int32Array(lexicons.length);
    const { firstMask, singleMask, pairMask } = this;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const c = text.charCodeAt(i);
      let mask = firstMask[c] as number;
      if (mask === 0) continue;
      const first = FOLD[c] as number;
      // The same two-character reject as Lexicon.endAt, for all lexicons at once.
      mask = (mask & ((singleMask[first] as number) | (i < last ? (pairMask[pairHash(first, FOLD[text.charCodeAt(i + 1)] as number)] as number) : 0))) >>> 0;
      if (mask === 0) continue;
      // Whether the word would start inside a Latin word depends only on `i`: decided once for
      // all lexicons, and only folded when the first character is itself a Latin letter.
      const latinLeft = isLatin(first) && i > 0 && isLatin(FOLD[text.charCodeAt(i - 1)] as number);
      while (mask !== 0) {
        const k = 31 - Math.clz32(mask);
        mask = (mask & ~(1 << k)) >>> 0;
        if (i < (nextFree[k] as number)) continue;
        const lexicon = lexicons[k] as Lexicon<unknown>;
        const end = lexicon.walk(text, i);
        if (end > 0 && !latinLeft && !isLatinAt(text, end, end - 1)) {
          (lists[k] as MatchList<unknown>).push(i, end, lexicon.matchedValue);
          nextFree[k] = end;
        }
      }
    }
  }
}
