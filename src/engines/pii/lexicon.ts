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

const PAIR_FILTER_BITS = 19;

/** Hash of two folded code units into PAIR_FILTER_BITS bits (SharedScan's pair filter). */
function pairFilterHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_FILTER_BITS);
}

export interface LexMatch<V> {
  start: number;
  end: number;
  value: V;
}

/** Bit of an edge's packed child marking that a word ends at the child (node ids fit in 16 bits). */
const TERMINAL = 0x10000;
const NODE_MASK = 0xffff;

/**
 * The trie is stored flat: node ids, and one open-addressing table from (node, code unit) to the
 * child node. A step of `walk` is a multiply, a shift and usually one probe, several times cheaper
 * than a Map per node; the shared scan walks ~10⁵ times per MB of text. Key and child sit side by
 * side, with a terminal bit in the child, so a step touches one cache line (separate key, child and
 * value arrays cost three misses a step, and the walks are bound by memory, not arithmetic).
 */
export class Lexicon<V> {
  /** Fast reject: first folded code units of all words (read by SharedScan). */
  readonly firsts = new Uint8Array(65536);
  /** Second fast reject: one-character words, and a hash set of the first two code units of longer words. */
  readonly singles = new Uint8Array(65536);
  readonly pairs = new Uint8Array(65536);
  /** The first two folded code units of every longer word, as first · 65536 + second (for SharedScan's exact filter). */
  readonly leadingPairs = new Set<number>();
  /** Value of the word found by the last successful `endAt` (avoids allocating a match object). */
  matchedValue: V | undefined;
  /** Value of the word ending at each node (index = node id; 0 is the root). */
  private readonly values: Array<V | undefined> = [undefined];
  /**
   * Edge table, two slots per edge: key = node · 65536 + code unit (never 0: words hold no U+0000),
   * then the child's id, plus TERMINAL when a word ends at the child.
   */
  private table: Uint32Array;
  private shift: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const edges = new Map<number, number>();
    for (const [word, value] of entries) this.add(edges, word, value);
    let bits = 4;
    while (1 << bits < edges.size * 2) bits++;
    this.table = new Uint32Array(2 << bits);
    this.shift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (const [key, child] of edges) {
      let h = this.slot(key);
      while (this.table[2 * h] !== 0) h = (h + 1) & mask;
      this.table[2 * h] = key;
      this.table[2 * h + 1] = child | (this.values[child] !== undefined ? TERMINAL : 0);
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
    else {
      this.pairs[pairHash(first, folded.charCodeAt(1))] = 1;
      this.leadingPairs.add(first * 65536 + folded.charCodeAt(1));
    }
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
    const { table, values, shift } = this;
    const mask = (table.length >> 1) - 1;
    let node = 0;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      const key = node * 65536 + (FOLD[text.charCodeAt(j)] as number);
      // `slot` inlined with the shift in a local: this loop runs for every surviving position.
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let k = table[2 * h] as number;
      while (k !== key && k !== 0) {
        h = (h + 1) & mask;
        k = table[2 * h] as number;
      }
      if (k === 0) break;
      const child = table[2 * h + 1] as number;
      node = child & NODE_MASK;
      if ((child & TERMINAL) !== 0) {
        end = j + 1;
        this.matchedValue = values[node];
      }
    }
    return end;
  }

  /**
   * `walk` at a position whose folded code unit `first` is a one-character word and whose first two
   * code units start no longer word (the pair reject said so): the match is that one character, so
   * only its value is looked up (one probe instead of a walk whose second step must miss).
   */
  singleValue(first: number): V {
    const { table, shift } = this;
    const mask = (table.length >> 1) - 1;
    let h = Math.imul(first, 0x9e3779b1) >>> shift;
    while ((table[2 * h] as number) !== first) h = (h + 1) & mask;
    const v = this.values[(table[2 * h + 1] as number) & NODE_MASK] as V;
    this.matchedValue = v;
    return v;
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
   * code unit, so a position is tested without folding its character first.
   */
  private readonly firstMask = new Uint32Array(65536);
  /** Bit k set: lexicon k has a one-character word equal to this raw code unit once folded. */
  private readonly singleStart = new Uint32Array(65536);

  /** Bit k set: lexicon k has a longer word whose first two folded code units hash here. */
  private readonly pairMask = new Uint32Array(65536);
  /**
   * Bit set over a 19-bit hash of the first two folded code units of every word of two or more
   * characters, of any lexicon. Read at every position, so it must be small (64 KB) and precise:
   * pairMask (256 KB, hashed, so every read a different line) was the scan's main cost when read
   * at every position, and a filter as coarse as pairMask's own 16-bit hash let one position in
   * eight of ordinary prose through to it, mostly collisions; this one lets one in twenty through,
   * mostly real word starts.
   */
  private readonly pairAny = new Uint32Array((1 << PAIR_FILTER_BITS) / 32);
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
      if (lexicon.singles[FOLD[c] as number] === 1) this.singleStart[c] = ((this.singleStart[c] as number) | bit) >>> 0;
      if (lexicon.pairs[c] === 1) this.pairMask[c] = ((this.pairMask[c] as number) | bit) >>> 0;
    }
    for (const pair of lexicon.leadingPairs) {
      const h = pairFilterHash(Math.floor(pair / 65536), pair % 65536);
      this.pairAny[h >>> 5] = ((this.pairAny[h >>> 5] as number) | (1 << (h & 31))) >>> 0;
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
    const { firstMask, singleStart, pairMask, pairAny } = this;
    const length = text.length;
    // The next character's raw and folded code units are carried from one step to the next. There
    // is no early exit on "no word starts with this character": about half of all characters start
    // a word of some lexicon, so that branch was unpredictable and its mispredictions cost more
    // than the loads it saved; the one branch left (the pair filter) is taken one time in twenty.
    let c = length > 0 ? text.charCodeAt(0) : 0;
    let first = FOLD[c] as number;
    for (let i = 0; i < length; i++) {
      const hasNext = i + 1 < length;
      const nextCode = hasNext ? text.charCodeAt(i + 1) : 0;
      const nextFolded = FOLD[nextCode] as number;
      // The same two-character reject as Lexicon.endAt, for all lexicons at once: a one-character
      // word here, or a longer word starting with these two code units (a hash, so `firstMask`
      // drops another first character's pairs that collide with them).
      let pairs = 0;
      if (hasNext) {
        const h = pairFilterHash(first, nextFolded);
        if (((pairAny[h >>> 5] as number) & (1 << (h & 31))) !== 0) pairs = ((pairMask[pairHash(first, nextFolded)] as number) & (firstMask[c] as number)) >>> 0;
      }
      let mask = ((singleStart[c] as number) | pairs) >>> 0;
      const folded = first;
      c = nextCode;
      first = nextFolded;
      if (mask === 0) continue;
      // Whether the word would start inside a Latin word depends only on `i`: decided once for
      // all lexicons, and only folded when the first character is itself a Latin letter.
      const latinLeft = isLatin(folded) && i > 0 && isLatin(FOLD[text.charCodeAt(i - 1)] as number);
      while (mask !== 0) {
        const k = 31 - Math.clz32(mask);
        mask = (mask & ~(1 << k)) >>> 0;
        if (i < (nextFree[k] as number)) continue;
        const lexicon = lexicons[k] as Lexicon<unknown>;
        if ((pairs & (1 << k)) === 0) {
          // Only a one-character word can start here (most surnames): no walk needed.
          if (!latinLeft && !isLatinAt(text, i + 1, i)) {
            (lists[k] as MatchList<unknown>).push(i, i + 1, lexicon.singleValue(folded));
            nextFree[k] = i + 1;
          }
          continue;
        }
        const end = lexicon.walk(text, i);
        if (end > 0 && !latinLeft && !isLatinAt(text, end, end - 1)) {
          (lists[k] as MatchList<unknown>).push(i, end, lexicon.matchedValue);
          nextFree[k] = end;
        }
      }
    }
  }
}
