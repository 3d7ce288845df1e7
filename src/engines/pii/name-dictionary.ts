/**
 * jieba's dictionary as a lookup table for name candidates: the words of two to four characters
 * that start with a surname character, with their part-of-speech class. Asking jieba to segment a
 * window costs ~4 µs a call; one map lookup per candidate answers the question that matters —
 * "is 安全 / 高利贷 / 马上 an ordinary word?" — for the cost of a hash. Built lazily (~0.1 s) from the
 * dictionary jieba itself loads, so the engine still reads no file of its own.
 */
import { dict } from '@node-rs/jieba/dict.js';
import { foldAt } from './lexicon.js';

/**
 * Part-of-speech class of a dictionary word. 'person': nr, nrfg, nrt (jieba also files some
 * everyday words here: 阳光, 谢谢); 'noun': n, ns, nz, nt, under which jieba files many real names
 * (江平/ns); 'other': verbs, adverbs, adjectives, time words …
 */
export type WordClass = 'person' | 'noun' | 'other';

/**
 * Words keyed by their first two characters (a small-integer key, so a lookup builds no string and
 * hashes no heap number); three- and four-character words hang below their first two.
 */
interface Entry {
  two?: WordClass;
  three?: Map<number, WordClass>;
  four?: Map<number, WordClass>;
}

let dictionary: Map<number, Entry> | undefined;

const CJK_FIRST = 0x4e00;
const CJK_COUNT = 0xa000 - CJK_FIRST;

/** Small-integer key of two CJK code units, or -1 when either is outside the CJK block. */
function pairKey(a: number, b: number): number {
  const x = a - CJK_FIRST;
  const y = b - CJK_FIRST;
  return x < 0 || y < 0 || x >= CJK_COUNT || y >= CJK_COUNT ? -1 : x * CJK_COUNT + y;
}

function classOf(tag: string): WordClass {
  if (tag.startsWith('nr')) return 'person';
  return tag === 'n' || tag === 'ns' || tag === 'nz' || tag === 'nt' ? 'noun' : 'other';
}

/** Lines are "word frequency tag"; only words whose first character passes `keep` are stored. */
function load(keep: (firstCodeUnit: number) => boolean): Map<number, Entry> {
  const out = new Map<number, Entry>();
  const text = new TextDecoder().decode(dict);
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const sp = text.indexOf(' ', pos);
    const len = sp - pos;
    const head = len >= 2 ? pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1)) : -1;
    if (sp > 0 && sp < nl && len <= 4 && head >= 0 && keep(text.charCodeAt(pos))) {
      const cls = classOf(text.slice(text.lastIndexOf(' ', nl - 1) + 1, nl).trim());
      let entry = out.get(head);
      if (!entry) out.set(head, (entry = {}));
      if (len === 2) entry.two = cls;
      else if (len === 3) (entry.three ??= new Map()).set(text.charCodeAt(pos + 2), cls);
      else {
        const tail = pairKey(text.charCodeAt(pos + 2), text.charCodeAt(pos + 3));
        if (tail >= 0) (entry.four ??= new Map()).set(tail, cls);
      }
    }
    pos = nl + 1;
  }
  return out;
}

/** Class of the word found by the last successful `dictionaryWordAt` (saves allocating a result). */
export let matchedClass: WordClass = 'other';

/**
 * Length of the longest dictionary word of 2–4 characters starting at `start` (folded to
 * Simplified), or 0; its class goes to `matchedClass`. `keep` selects the first characters worth
 * storing (the surnames).
 */
export function dictionaryWordAt(text: string, start: number, keep: (firstCodeUnit: number) => boolean): number {
  dictionary ??= load(keep);
  const n = text.length - start;
  if (n < 2) return 0;
  const entry = dictionary.get(pairKey(foldAt(text, start), foldAt(text, start + 1)));
  if (!entry) return 0;
  const four = n >= 4 && entry.four ? entry.four.get(pairKey(foldAt(text, start + 2), foldAt(text, start + 3))) : undefined;
  if (four !== undefined) {
    matchedClass = four;
    return 4;
  }
  const three = n >= 3 ? entry.three?.get(foldAt(text, start + 2)) : undefined;
  if (three !== undefined) {
    matchedClass = three;
    return 3;
  }
  if (entry.two === undefined) return 0;
  matchedClass = entry.two;
  return 2;
}
