/**
 * Chinese person names. A name is a known surname followed by a one- or two-character given name,
 * found only where context points at a person:
 * - after a prefix cue: strong roles and self-introductions ("联系人", "我叫", "办理人") accept any
 *   given name; weak ones (relations, "我是", "谁是") and links ("我和…", "找…", "写…收") need a
 *   given name made of common given-name characters (given-names.data.ts) that ends cleanly;
 * - before a title ("先生", "经理", "律师");
 * - opening a clause when addressed ("“张三，你的…", "李四您好");
 * - continuing a list after a found name ("张三、李四和王五").
 * Where a given name ends is decided by cheap rules first (a stop character, punctuation, a word
 * that typically follows a name, a title); jieba segments only the remaining ambiguous windows,
 * and checks weak candidates: a candidate that jieba reads as an ordinary word ("马上", "高利贷",
 * "安全") is not a name, and its person tag ('nr') or an unknown-word reading raises the score.
 * English and pinyin names are in latin-name.ts.
 */
import { builtinScan } from './builtin-scan.js';
import {
  NAME_FOLLOW_WORDS,
  NAME_LINK_CUES,
  NAME_POSSESSIVE_WORDS,
  NAME_PREFIX_CUES,
  NAME_STOP_CHARS,
  NAME_SUBJECT_VERBS,
  NAME_SUFFIX_CUES,
  NAME_VOCATIVE_WORDS,
  NAME_WEAK_PREFIX_CUES,
} from './cue-words.data.js';
import { GIVEN_NAME_CHARS } from './given-names.data.js';
import { segmentWindow, type Segment } from './jieba-window.js';
import { latinNameAfterCue, latinNames } from './latin-name.js';
import { dictionaryWordAt, matchedClass } from './name-dictionary.js';
import { Lexicon, foldAt } from './lexicon.js';
import type { PiiEntity, Recognizer } from './pii.types.js';
import {
  COMPOUND_SURNAMES,
  EXTRA_COMPOUND_SURNAMES,
  EXTRA_SINGLE_SURNAMES,
  FUNCTION_WORD_SURNAMES,
  NOT_NAME_WORDS,
  SINGLE_SURNAMES,
} from './surnames.data.js';

type CueKind = 'strong' | 'weak' | 'link';

const SURNAMES = new Lexicon<number>([
  ...[...SINGLE_SURNAMES, ...EXTRA_SINGLE_SURNAMES].map((s) => [s, 1] as const),
  ...[...COMPOUND_SURNAMES, ...EXTRA_COMPOUND_SURNAMES].map((s) => [s, 2] as const),
]);
const PREFIX_CUES = new Lexicon<CueKind>([
  ...NAME_WEAK_PREFIX_CUES.map((w) => [w, 'weak'] as const),
  ...NAME_PREFIX_CUES.map((w) => [w, 'strong'] as const),
]);
const TITLES = Lexicon.of(NAME_SUFFIX_CUES);
const FOLLOW = Lexicon.of(NAME_FOLLOW_WORDS);
/** What may follow a name opening a clause: an address ("，你") or a speech or action verb ("说"). */
const CLAUSE_FOLLOW = new Lexicon<'addressed' | 'subject'>([
  ...NAME_VOCATIVE_WORDS.map((w) => [w, 'addressed'] as const),
  ...NAME_SUBJECT_VERBS.map((w) => [w, 'subject'] as const),
]);
const POSSESSIVES = Lexicon.of(NAME_POSSESSIVE_WORDS);
const NOT_NAMES = Lexicon.of(NOT_NAME_WORDS);

const SURNAME_FIRSTS = [...SINGLE_SURNAMES, ...EXTRA_SINGLE_SURNAMES, ...[...COMPOUND_SURNAMES, ...EXTRA_COMPOUND_SURNAMES].map((c) => c[0] as string)];
/**
 * Link + surname pairs ("和王", "找李"): links are frequent one-character words, so the shared scan
 * reports only those followed by a surname. The value is the link's length.
 */
const LINK_STARTS = new Lexicon<number>(NAME_LINK_CUES.flatMap((l) => SURNAME_FIRSTS.map((s) => [l + s, l.length] as const)));

/** Characters after which a clause (and so possibly an addressed name) starts. */
const CLAUSE_OPENERS = '“”"「」『』‘’：:，,。！？!?；;、（）() \n\t\u3000';
/** Opener + surname pairs: the shared scan finds clause-initial surnames without a pass of its own. */
const CLAUSE_STARTS = new Lexicon<true>([...CLAUSE_OPENERS].flatMap((o) => SURNAME_FIRSTS.map((s) => [o + s, true] as const)));

const prefixCuesIn = builtinScan.register(PREFIX_CUES);
const titlesIn = builtinScan.register(TITLES);
const clauseStartsIn = builtinScan.register(CLAUSE_STARTS);
const linkStartsIn = builtinScan.register(LINK_STARTS);
const possessivesIn = builtinScan.register(POSSESSIVES);

const STOP = new Set([...NAME_STOP_CHARS].map((c) => c.charCodeAt(0)));
const GIVEN = new Set([...GIVEN_NAME_CHARS].map((c) => foldAt(String.fromCharCode(c), 0)));
const ANONYMOUS = 0x67d0; // 某: "张某" stands for someone unnamed
const FUNCTION_SURNAMES = new Set([...FUNCTION_WORD_SURNAMES].map((c) => c.charCodeAt(0)));
const CONNECTOR = /[\s:：是为為叫的写寫着著]{0,3}/y;
const LIST_JOINERS = new Set([...'、和与與及跟'].map((c) => c.charCodeAt(0)));

function isCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** 0: cannot be in a given name (stop character, 某, non-CJK); 1: possible; 2: common in given names. */
function givenClass(text: string, i: number): 0 | 1 | 2 {
  if (i >= text.length || !isCjk(text, i)) return 0;
  const f = foldAt(text, i);
  if (STOP.has(f) || f === ANONYMOUS) return 0;
  return GIVEN.has(f) ? 2 : 1;
}

/** A word that ends a name starts at `i`: a follow word or a title. */
function nameEndsAt(text: string, i: number): boolean {
  return givenClass(text, i) === 0 || FOLLOW.endAt(text, i) > 0 || TITLES.endAt(text, i) > 0;
}

interface Candidate {
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

const isSurnameStart = (c: number): boolean => SURNAMES.firsts[c] === 1;

/**
 * The same verdict as jiebaReading for a name-like candidate, from one dictionary lookup: a
 * person word, an ordinary word as long as the candidate or longer ("安全", "高利贷"), or neither.
 */
function dictionaryReading(text: string, start: number, end: number): NonNullable<Candidate['jieba']> {
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
function forwardCandidate(text: string, start: number, strong: boolean, nameLikeOnly: boolean): Candidate | undefined {
  // endAt instead of matchAt: most positions are not followed by a surname, so allocate nothing for them.
  if (SURNAMES.endAt(text, start) < 0) return undefined;
  const sl = SURNAMES.matchedValue as number;
  const g1 = start + sl;
  // "尊敬的李先生": a surname and a title, no given name (titles are handled by backwardCandidate).
  const first = givenClass(text, g1);
  if (first === 0 || TITLES.endAt(text, g1) > 0) return undefined;
  // Rejections that need no segmentation come before asking jieba where the name ends: when the
  // context needs a name-like given name, or the surname is usually a function word ("用户应…"),
  // an odd first given character already fails (see cueScore).
  if (first === 1 && (nameLikeOnly || (sl === 1 && FUNCTION_SURNAMES.has(foldAt(text, start))))) return undefined;
  const notName = NOT_NAMES.endAt(text, start);
  let end = -1;
  if (nameEndsAt(text, g1 + 1)) end = g1 + 1;
  else if (nameEndsAt(text, g1 + 2)) end = g1 + 2;
  // An unclear end that starts an everyday verb, adverb or adjective ("安排一下", "方便快捷") is no
  // name: the dictionary says so without a segmentation.
  if (end < 0 && dictionaryWordAt(text, start, isSurnameStart) > sl && matchedClass === 'other') return undefined;
  const c = end > 0 ? { start, sl, end, clean: true, plausible: plausible(text, start, sl, end) } : jiebaEnd(text, start, sl);
  if (!c) return undefined;
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
function backwardCandidate(text: string, end: number): Candidate | undefined {
  for (const len of [4, 3, 2]) {
    const start = end - len;
    if (start < 0) continue;
    const sur = SURNAMES.matchAt(text, start);
    if (!sur || sur.end > end || len - sur.value < 1 || len - sur.value > 2) continue;
    let ok = true;
    for (let k = start + sur.value; k < end; k++) if (givenClass(text, k) === 0) ok = false;
    if (!ok || NOT_NAMES.matchAt(text, start)) continue;
    // The name must start a word: after punctuation, a stop character or a cue word; else jieba says.
    if (start > 0 && givenClass(text, start - 1) !== 0 && !prefixCueEndsAt(text, start)) {
      // The window starts before the candidate, so jieba sees the word it might be inside ("公司理赔").
      const segs = segmentWindow(text, Math.max(0, start - 2), end);
      if (!segs.some((s) => s.start === start)) continue;
    }
    return { start, sl: sur.value, end, clean: true, plausible: plausible(text, start, sur.value, end) };
  }
  return undefined;
}

function prefixCueEndsAt(text: string, pos: number): boolean {
  for (let len = 1; len <= 4 && pos - len >= 0; len++) if (PREFIX_CUES.endAt(text, pos - len) === pos) return true;
  return false;
}

function push(out: PiiEntity[], text: string, c: Candidate, score: number, reason: string): void {
  const tagged = c.jieba === 'person' || c.jieba === 'unknown';
  out.push({
    type: 'name',
    start: c.start,
    end: c.end,
    score: Math.min(1, score + (tagged ? 0.1 : 0)),
    text: text.slice(c.start, c.end),
    reason: c.jieba === 'person' ? `${reason}; jieba person tag` : c.jieba === 'unknown' ? `${reason}; jieba unknown word` : reason,
  });
}

/** Score for a candidate after a cue of this kind, or 0 when the evidence is not enough. */
function cueScore(text: string, c: Candidate, kind: CueKind): number {
  if (c.jieba === 'word') return 0;
  if (!c.plausible && c.sl === 1 && FUNCTION_SURNAMES.has(foldAt(text, c.start))) return 0;
  if (kind === 'strong') return c.plausible ? 0.9 : 0.8;
  if (!c.clean) return 0;
  // After a relation ("我妈…"), jieba reading an unknown given name as part of a name also counts.
  if (kind === 'weak') return c.plausible || c.jieba === 'person' || c.jieba === 'unknown' ? 0.8 : 0;
  return c.plausible ? 0.7 : 0;
}

/** Further names joined to a found one by 、/和/与 ("张三、李四和王五"). */
function listContinuation(text: string, out: PiiEntity[], from: number, reason: string): void {
  let pos = from;
  while (LIST_JOINERS.has(text.charCodeAt(pos))) {
    const c = forwardCandidate(text, pos + 1, false, false);
    if (!c || cueScore(text, c, 'weak') === 0) return;
    push(out, text, c, 0.75, `${reason}; listed after a name`);
    pos = c.end;
  }
}

function nameAfterCue(text: string, out: PiiEntity[], at: number, kind: CueKind, reason: string): void {
  const c = forwardCandidate(text, at, kind === 'strong', kind === 'link');
  if (!c) return;
  const score = cueScore(text, c, kind);
  if (score === 0) return;
  push(out, text, c, score - 0.05, reason);
  listContinuation(text, out, c.end, reason);
}

export const nameRecognizer: Recognizer = {
  id: 'name',
  types: ['name'],
  detect(text, out) {
    for (const cue of prefixCuesIn(text)) {
      // `test` on the sticky connector moves lastIndex past it without allocating a match array.
      CONNECTOR.lastIndex = cue.end;
      CONNECTOR.test(text);
      const at = CONNECTOR.lastIndex;
      const reason = `surname after cue "${text.slice(cue.start, cue.end)}"`;
      latinNameAfterCue(text, at, cue.value === 'strong', out);
      nameAfterCue(text, out, at, cue.value, reason);
    }
    for (const link of linkStartsIn(text)) {
      const at = link.start + link.value;
      nameAfterCue(text, out, at, 'link', `surname after "${text.slice(link.start, at)}"`);
    }
    for (const title of titlesIn(text)) {
      const c = backwardCandidate(text, title.start);
      if (c) push(out, text, c, 0.85, `surname before title "${text.slice(title.start, title.end)}"`);
    }
    for (const p of possessivesIn(text)) {
      // "王芳的电话": only a name-like given name, and not an ordinary word ("单位的电话").
      const c = backwardCandidate(text, p.start);
      if (c?.plausible && dictionaryReading(text, c.start, c.end) !== 'word') push(out, text, c, 0.7, `name before "${text.slice(p.start, p.end)}"`);
    }
    const clauseOpening = (start: number): void => {
      // Cheap tests first: a clause-initial surname is common, an addressed or speaking one rare.
      if (SURNAMES.endAt(text, start) < 0) return;
      const g1 = start + (SURNAMES.matchedValue as number);
      if (CLAUSE_FOLLOW.endAt(text, g1 + 1) < 0 && CLAUSE_FOLLOW.endAt(text, g1 + 2) < 0) return;
      const c = forwardCandidate(text, start, false, true);
      if (!c?.plausible || c.jieba === 'word' || CLAUSE_FOLLOW.endAt(text, c.end) < 0) return;
      const addressed = CLAUSE_FOLLOW.matchedValue === 'addressed';
      push(out, text, c, addressed ? 0.75 : 0.65, addressed ? 'name opening an addressed clause' : 'name as the subject of a clause');
    };
    if (text.length > 0) clauseOpening(0);
    for (const m of clauseStartsIn(text)) clauseOpening(m.start + 1);
    latinNames(text, out);
  },
};
