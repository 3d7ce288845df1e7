/**
 * Chinese name candidates: where a surname-led span starting (or ending) at a position would be a
 * name, and how name-like it is. The cue logic that decides where to look is in name.recognizer.ts.
 * Where a given name ends is decided by cheap rules first (a stop character, punctuation, a word
 * that typically follows a name, a title); jieba segments only the remaining ambiguous windows,
 * and its dictionary vetoes candidates that are ordinary words ("马上", "高利贷", "安全").
 */
import { builtinScan } from './builtin-scan.js';
import {
  NAME_FOLLOW_WORDS,
  NAME_STOP_CHARS,
  NAME_SUFFIX_CUES,
} from './cue-words.data.js';
import { GIVEN_NAME_CHARS } from './given-names.data.js';
import { segmentWindow, type Segment } from './jieba-window.js';
import { dictionaryWordAt, matchedClass } from './name-dictionary.js';
import { Lexicon, foldAt } from './lexicon.js';
import {
  COMPOUND_SURNAMES,
  EXTRA_COMPOUND_SURNAMES,
  EXTRA_SINGLE_SURNAMES,
  FUNCTION_WORD_SURNAMES,
  NOT_NAME_WORDS,
  SINGLE_SURNAMES,
  STRONG_CUE_ONLY_SURNAMES,
} from './surnames.data.js';

export const SURNAMES = new Lexicon<number>([
  ...[...SINGLE_SURNAMES, ...EXTRA_SINGLE_SURNAMES].map((s) => [s, 1] as const),
  ...[...COMPOUND_SURNAMES, ...EXTRA_COMPOUND_SURNAMES].map((s) => [s, 2] as const),
]);
/** Surname positions in a text, from the recognizers' shared pass (free names, clause openings). */
export const surnamesIn = builtinScan.register(SURNAMES);
export const TITLES = Lexicon.of(NAME_SUFFIX_CUES);
const FOLLOW = Lexicon.of(NAME_FOLLOW_WORDS);
const NOT_NAMES = Lexicon.of(NOT_NAME_WORDS);

const STOP = new Set([...NAME_STOP_CHARS].map((c) => c.charCodeAt(0)));
const GIVEN = new Set([...GIVEN_NAME_CHARS].map((c) => foldAt(String.fromCharCode(c), 0)));
const ANONYMOUS = 0x67d0; // 某: "张某" stands for someone unnamed
/**
 * givenClass of each folded code unit, precomputed from STOP, 某 and GIVEN: the free-name pass asks
 * it for every character after every surname, and a typed-array load is several times cheaper
 * than two Set lookups.
 */
const GIVEN_CLASS = new Uint8Array(65536).fill(1);
for (const g of GIVEN) GIVEN_CLASS[g] = 2;
for (const c of STOP) GIVEN_CLASS[c] = 0;
GIVEN_CLASS[ANONYMOUS] = 0;
const STRONG_ONLY = new Set([...STRONG_CUE_ONLY_SURNAMES].map((c) => c.charCodeAt(0)));
/**
 * Both kinds of surname that are usually everyday characters need a name-like given name. A table
 * by code unit rather than a Set: the free-name pass asks about every surname in the text.
 */
const FUNCTION_SURNAMES = new Uint8Array(65536);
for (const c of [...FUNCTION_WORD_SURNAMES, ...STRONG_CUE_ONLY_SURNAMES]) FUNCTION_SURNAMES[c.charCodeAt(0)] = 1;

/** The folded code unit `c` is a surname that is usually an everyday character (于, 和, 满 …). */
export function isFunctionSurname(c: number): boolean {
  return FUNCTION_SURNAMES[c] === 1;
}
/**
 * Stop characters that are also common given-name characters ("来福", "运来", "致和", "向阳"): one
 * counts as a given character next to a common one when the name is clearly closed after both.
 */
const SOFT_STOPS = new Set([...'来和向'].map((c) => c.charCodeAt(0)));

export function isCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** 0: cannot be in a given name (stop character, 某, non-CJK); 1: possible; 2: common in given names. */
export function givenClass(text: string, i: number): 0 | 1 | 2 {
  if (i >= text.length || !isCjk(text, i)) return 0;
  return GIVEN_CLASS[foldAt(text, i)] as 0 | 1 | 2;
}

/** A word that ends a name starts at `i`: a follow word or a title. */
function nameEndsAt(text: string, i: number): boolean {
  return givenClass(text, i) === 0 || FOLLOW.endAt(text, i) > 0 || TITLES.endAt(text, i) > 0;
}

export interface Candidate {
  start: number;
  /** Surname length. */
  sl: number;
  end: number;
  /** The end was found by a rule or a jieba boundary followed by a function word, not guessed. */
  clean: boolean;
  /** Every given-name character is a common one. */
  plausible: boolean;
  /** jieba's reading of the candidate, from a segmentation or a lookup in its dictionary (unset: not asked). */
  jieba?: 'person' | 'unknown' | 'word' | 'split';
}

/** jieba tags of verbs and function words: a name never ends inside one ("李明借" is 李明 + 借). */
const RE_FUNCTION_TAG = /^(?:v|p|d|c|u|r|t|m|f|q)/;

/** jieba tags a given name never has as a whole word (verbs, prepositions, pronouns, time words …); 建国/ns, 浩然/a, 立新/d are fine. */
const RE_NOT_GIVEN_TAG = /^(?:v|b|p|c|u|r|f|m|q|t)/;
/** Noun-like tags under which jieba files many real names (places, nouns, other proper nouns). */
const RE_NOUN_TAG = /^(?:n|ns|nz|nt)$/;

function segmentAt(segs: Segment[], pos: number): Segment | undefined {
  return segs.find((s) => s.start <= pos && pos < s.end);
}

/**
 * jieba's reading of [start, end): one person word, one unknown (HMM) word, an ordinary word
 * covering it, or split. jieba's dictionary tags many real names as places or nouns (江平/ns,
 * 方军/n), so a noun reading vetoes only a candidate whose given name is not name-like.
 */
function jiebaReading(segs: Segment[], start: number, end: number, nameLike: boolean): NonNullable<Candidate['jieba']> {
  const first = segmentAt(segs, start);
  if (!first || first.start !== start) return 'split';
  if (first.end === end) {
    if (first.tag.startsWith('nr')) return 'person';
    if (first.tag === 'x') return 'unknown';
    return nameLike && RE_NOUN_TAG.test(first.tag) ? 'split' : 'word';
  }
  // A dictionary word from the surname onwards that covers the whole candidate ("高利贷", "安全");
  // 'x' words are jieba's HMM guesses, not dictionary words, and often glue a name to what follows.
  if (first.end > end && first.tag !== 'x' && !first.tag.startsWith('nr')) return 'word';
  // "用户应采取…": the "surname" is a modal or preposition and the two-character "given name" a verb.
  const rest = segmentAt(segs, first.end);
  if (first.end === start + 1 && rest?.start === first.end && rest.end === end && end - first.end === 2 && RE_NOT_GIVEN_TAG.test(rest.tag)) return 'word';
  return 'split';
}

export const isSurnameStart = (c: number): boolean => SURNAMES.firsts[c] === 1 || STRONG_ONLY.has(c);

/** Surname length at `start`, or 0; surnames that are mostly everyday characters count only after a strong cue. */
export function surnameAt(text: string, start: number, strong: boolean): number {
  if (SURNAMES.endAt(text, start) >= 0) return SURNAMES.matchedValue as number;
  return strong && start < text.length && STRONG_ONLY.has(foldAt(text, start)) ? 1 : 0;
}

/**
 * The same verdict as jiebaReading for a name-like candidate, from one dictionary lookup: a
 * person word, an ordinary word as long as the candidate or longer ("安全", "高利贷"), or neither.
 */
export function dictionaryReading(text: string, start: number, end: number): NonNullable<Candidate['jieba']> {
  const length = dictionaryWordAt(text, start, isSurnameStart);
  if (length === 0 || start + length < end) return 'split';
  if (start + length === end) return matchedClass === 'person' ? 'person' : matchedClass === 'noun' ? 'split' : 'word';
  return matchedClass === 'person' ? 'split' : 'word';
}

function plausible(text: string, start: number, sl: number, end: number): boolean {
  for (let k = start + sl; k < end; k++) if (givenClass(text, k) !== 2) return false;
  return true;
}

/**
 * Name starting at `start`: surname, then a given name of one or two characters. jieba segments
 * only when the end is unclear or the given name odd; otherwise its dictionary is looked up.
 * `strong`: the cue names a person outright, so a candidate longer than an everyday word may start
 * with one ("持卡人：黄金凤"). `nameLikeOnly`: the caller accepts only name-like given names.
 */
export function forwardCandidate(text: string, start: number, strong: boolean, nameLikeOnly: boolean, rareSurnames = strong): Candidate | undefined {
  const sl = surnameAt(text, start, rareSurnames);
  if (sl === 0) return undefined;
  const g1 = start + sl;
  // "尊敬的李先生": a surname and a title, no given name (titles are handled by backwardCandidate).
  const first = givenClass(text, g1);
  if (TITLES.endAt(text, g1) > 0) return undefined;
  // A married name's second surname is often no common given character ("陈覃美华"), so it is tried
  // before that test; one that is ("陈林美华") already yields a three-character name overlapping it.
  const married = first === 1 ? marriedName(text, g1) : 0;
  if (married > 0 && NOT_NAMES.endAt(text, start) < 0) return { start, sl, end: married, clean: true, plausible: true, jieba: 'split' };
  if (first === 0) {
    const soft = softStopName(text, g1, first);
    return soft > 0 && NOT_NAMES.endAt(text, start) < 0 ? { start, sl, end: soft, clean: true, plausible: true, jieba: dictionaryReading(text, start, soft) } : undefined;
  }
  // Rejections that need no segmentation come before asking jieba where the name ends: when the
  // context needs a name-like given name, or the surname is usually a function word ("用户应…"),
  // an odd first given character already fails (see cueScore).
  if (first === 1 && (nameLikeOnly || (sl === 1 && isFunctionSurname(foldAt(text, start))))) return undefined;
  const notName = NOT_NAMES.endAt(text, start);
  const soft = softStopName(text, g1, first);
  if (soft > 0 && notName < 0) return { start, sl, end: soft, clean: true, plausible: true, jieba: dictionaryReading(text, start, soft) };
  let end = -1;
  if (nameEndsAt(text, g1 + 1)) end = g1 + 1;
  else if (nameEndsAt(text, g1 + 2)) end = g1 + 2;
  // An unclear end that starts an everyday verb, adverb or adjective ("安排一下", "方便快捷") is no
  // name: the dictionary says so without a segmentation.
  if (end < 0 && dictionaryWordAt(text, start, isSurnameStart) > sl && matchedClass === 'other') return undefined;
  const c = end > 0 ? { start, sl, end, clean: true, plausible: plausible(text, start, sl, end) } : jiebaEnd(text, start, sl);
  if (!c) return undefined;
  // A two-character candidate that is itself an everyday verb, adverb or adjective ("郑重", "温和")
  // is no name even after a strong cue; behind a surname that is usually an everyday character,
  // any dictionary word but a person's is ("全程", "安心").
  if (dictionaryWordAt(text, start, isSurnameStart) === 2) {
    if (c.end - start === 2 && (matchedClass === 'other' || (matchedClass === 'noun' && sl === 1 && isFunctionSurname(foldAt(text, start))))) return undefined;
    // "高兴地": an everyday word plus an odd character; "高明远" keeps its name-like given name.
    if (c.end - start === 3 && sl === 1 && matchedClass === 'other' && !c.plausible) return undefined;
  }
  // An everyday word ("马上", "黄金"): not a name, unless a strong cue's candidate is longer and
  // stands alone ("持卡人：黄金凤，").
  if (notName >= c.end || (notName > 0 && !(strong && !isCjk(text, c.end)))) return undefined;
  if (c.jieba === undefined && !c.plausible) {
    // An odd given name ("用户应采取…", "本人曾多次…"): jieba's full reading decides.
    const segs = segmentWindow(text, start, Math.min(text.length, c.end + 2));
    c.jieba = jiebaReading(segs, start, c.end, false);
  } else if (c.jieba === undefined) {
    c.jieba = dictionaryReading(text, start, c.end);
  }
  return c;
}

/**
 * End of a two-character given name holding one soft stop ("来福", "向阳", "运来"), or 0. A leading
 * soft stop needs the name closed by anything that ends names ("向阳是…"); a trailing one, which is
 * more often the verb ("李明来了"), needs punctuation, a title or 是/系 right after.
 */
function softStopName(text: string, g1: number, first: 0 | 1 | 2): number {
  const g3 = g1 + 2;
  if (g3 > text.length) return 0;
  const a = foldAt(text, g1);
  const b = g1 + 1 < text.length ? foldAt(text, g1 + 1) : 0;
  if (first === 0 && SOFT_STOPS.has(a) && givenClass(text, g1 + 1) === 2 && nameEndsAt(text, g3)) return g3;
  if (first === 2 && SOFT_STOPS.has(b)) {
    const next = foldAt(text, g3);
    if (g3 >= text.length || !isCjk(text, g3) || TITLES.endAt(text, g3) > 0 || next === 0x662f || next === 0x7cfb) return g3;
  }
  return 0;
}

/**
 * End of a husband's surname + own surname + two-character given name (冠夫姓, "陈李美华"), seen as a
 * second ordinary surname at `g1` followed by two common given characters and a clear end; or 0.
 */
function marriedName(text: string, g1: number): number {
  if (SURNAMES.endAt(text, g1) !== g1 + 1 || isFunctionSurname(foldAt(text, g1))) return 0;
  const end = g1 + 3;
  if (givenClass(text, g1 + 1) !== 2 || givenClass(text, g1 + 2) !== 2 || !nameEndsAt(text, end)) return 0;
  // "告诉张王明天…": the last two characters must not be one verb, time word or other non-name word.
  const tail = segmentWindow(text, g1, end).find((seg) => seg.start === g1 + 1);
  return tail?.end === end && RE_NOT_GIVEN_TAG.test(tail.tag) ? 0 : end;
}

/** The given name runs on into more CJK text: jieba decides where it ends. */
function jiebaEnd(text: string, start: number, sl: number): Candidate | undefined {
  const segs = segmentWindow(text, start, Math.min(text.length, start + sl + 4));
  for (let len = sl + 2; len > sl; len--) {
    const end = start + len;
    const lastSeg = segmentAt(segs, end - 1);
    // The last given character starts a verb or function word of its own: the name is shorter.
    if (len > sl + 1 && lastSeg?.start === end - 1 && RE_FUNCTION_TAG.test(lastSeg.tag)) continue;
    const next = segmentAt(segs, end);
    if (next === undefined || next.start === end) {
      const nameLike = plausible(text, start, sl, end);
      const clean = next === undefined || RE_FUNCTION_TAG.test(next.tag);
      return { start, sl, end, clean, plausible: nameLike, jieba: jiebaReading(segs, start, end, nameLike) };
    }
  }
  return undefined;
}

/** Name ending at `end` (before a title such as 先生/经理): the longest surname-led span. */
export function backwardCandidate(text: string, end: number, cueEndsAt: (text: string, pos: number) => boolean): Candidate | undefined {
  // Counted down rather than iterated over an array literal, which allocated one per title.
  for (let len = 4; len >= 2; len--) {
    const start = end - len;
    if (start < 0) continue;
    // A title names a person, so surnames that are mostly everyday characters count ("战骏经理").
    const sl = surnameAt(text, start, true);
    if (sl === 0 || start + sl > end || len - sl < 1 || len - sl > 2) continue;
    if (sl === 1 && STRONG_ONLY.has(foldAt(text, start)) && !plausible(text, start, sl, end)) continue;
    let ok = true;
    for (let k = start + sl; k < end; k++) if (givenClass(text, k) === 0) ok = false;
    if (!ok || NOT_NAMES.matchAt(text, start)) continue;
    // The name must start a word: after punctuation, a stop character or a cue word; else jieba says.
    if (start > 0 && givenClass(text, start - 1) !== 0 && !cueEndsAt(text, start)) {
      // The window starts before the candidate, so jieba sees the word it might be inside ("公司理赔").
      const segs = segmentWindow(text, Math.max(0, start - 2), end);
      if (!segs.some((s) => s.start === start)) continue;
    }
    return { start, sl, end, clean: true, plausible: plausible(text, start, sl, end) };
  }
  return undefined;
}
