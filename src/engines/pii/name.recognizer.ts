/**
 * Person names. Chinese names are found only next to a cue — a role or self-introduction before
 * ("联系人", "我叫", "催收员") or a title after ("先生", "经理") — and must start with a known
 * surname; jieba decides where the given name ends and its person tag ('nr') is one more signal
 * (required after weak cues such as "我是" or "朋友"). English names follow "My name is",
 * "Name:" or Mr./Ms.
 */
import {
  NAME_PREFIX_CUES,
  NAME_STOP_CHARS,
  NAME_SUFFIX_CUES,
  NAME_WEAK_PREFIX_CUES,
} from './cue-words.data.js';
import { builtinScan } from './builtin-scan.js';
import { segmentWindow, type Segment } from './jieba-window.js';
import { Lexicon, foldAt } from './lexicon.js';
import type { PiiEntity, Recognizer } from './pii.types.js';
import { COMPOUND_SURNAMES, NOT_NAME_WORDS, SINGLE_SURNAMES } from './surnames.data.js';

const SURNAMES = new Lexicon<number>([
  ...[...SINGLE_SURNAMES].map((s) => [s, 1] as const),
  ...COMPOUND_SURNAMES.map((s) => [s, 2] as const),
]);
const PREFIX_CUES = new Lexicon<'strong' | 'weak'>([
  ...NAME_PREFIX_CUES.map((w) => [w, 'strong'] as const),
  ...NAME_WEAK_PREFIX_CUES.map((w) => [w, 'weak'] as const),
]);
const SUFFIX_CUES = Lexicon.of(NAME_SUFFIX_CUES);
const prefixCuesIn = builtinScan.register(PREFIX_CUES);
const suffixCuesIn = builtinScan.register(SUFFIX_CUES);
const NOT_NAMES = Lexicon.of(NOT_NAME_WORDS);
const STOP = new Set([...NAME_STOP_CHARS].map((c) => c.charCodeAt(0)));
const CONNECTOR = /[\s:：是为為叫的]{0,3}/y;

function isGivenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff && !STOP.has(foldAt(text, i)) && c !== 0x67d0; // 某: "张某" is anonymous
}

function isCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

interface Candidate {
  start: number;
  end: number;
  nr: boolean;
  /** The name is followed by punctuation, a non-CJK character, or a verb/function word. */
  cleanEnd: boolean;
}

function givenOk(text: string, start: number, sl: number, len: number): boolean {
  for (let k = start + sl; k < start + len; k++) if (!isGivenChar(text, k)) return false;
  return true;
}

function isBoundary(segs: Segment[], pos: number): boolean {
  return segs.some((s) => s.start === pos || s.end === pos);
}

function personTagged(segs: Segment[], start: number, end: number): boolean {
  return segs.some((s) => s.start === start && s.end === end && s.tag.startsWith('nr'));
}

/** jieba tags of verbs and function words: a name never ends inside one ("李明借" is 李明 + 借). */
const RE_FUNCTION_TAG = /^(?:v|p|d|c|u|r|t|m|f)/;

function segmentAt(segs: Segment[], pos: number): Segment | undefined {
  return segs.find((s) => s.start <= pos && pos < s.end);
}

/** Name starting at `start` (after a prefix cue): the given name ends at a jieba word boundary. */
function forwardCandidate(text: string, start: number): Candidate | undefined {
  // endAt instead of matchAt: most cues are not followed by a surname, so allocate nothing for them.
  if (SURNAMES.endAt(text, start) < 0) return undefined;
  const sl = SURNAMES.matchedValue as number;
  if (NOT_NAMES.endAt(text, start) >= 0) return undefined;
  // Given names of 2 then 1 characters, longest first (a valid 2-char given name implies a 1-char one).
  if (!givenOk(text, start, sl, sl + 1)) return undefined;
  const longest = givenOk(text, start, sl, sl + 2) ? sl + 2 : sl + 1;
  // A name followed by punctuation needs no segmentation; only CJK continuations ask jieba.
  if (!isCjk(text, start + longest)) return { start, end: start + longest, nr: false, cleanEnd: true };
  const segs = segmentWindow(text, start, Math.min(text.length, start + sl + 4));
  for (let len = longest; len > sl; len--) {
    const end = start + len;
    const lastSeg = segmentAt(segs, end - 1);
    // The last given character starts a verb or function word of its own: the name is shorter.
    if (len > sl + 1 && lastSeg?.start === end - 1 && RE_FUNCTION_TAG.test(lastSeg.tag)) continue;
    if (!isCjk(text, end) || !isGivenChar(text, end) || isBoundary(segs, end)) {
      const next = segmentAt(segs, end);
      return {
        start,
        end,
        nr: personTagged(segs, start, end),
        cleanEnd: !isCjk(text, end) || (next !== undefined && next.start === end && RE_FUNCTION_TAG.test(next.tag)),
      };
    }
  }
  return undefined;
}

/** Name ending at `end` (before a title such as 先生/经理): the longest surname-led span. */
function backwardCandidate(text: string, end: number): Candidate | undefined {
  let segs: Segment[] | undefined;
  for (const len of [4, 3, 2]) {
    const start = end - len;
    if (start < 0) continue;
    const sur = SURNAMES.matchAt(text, start);
    if (!sur || sur.end > end || len - sur.value < 1 || len - sur.value > 2) continue;
    // "张三" after a compound-surname check: the span must be exactly surname + given name.
    if (!givenOk(text, start, sur.value, len) || NOT_NAMES.matchAt(text, start)) continue;
    if (start > 0 && isCjk(text, start - 1)) {
      segs ??= segmentWindow(text, Math.max(0, end - 5), end);
      if (!isBoundary(segs, start)) continue;
    }
    return { start, end, nr: segs !== undefined && personTagged(segs, start, end), cleanEnd: true };
  }
  return undefined;
}

const RE_ENGLISH = /\b(?:[Mm]y name is|[Nn]ame\s?:|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|[Cc]ustomer|[Bb]orrower|[Cc]ontact)\s{1,3}([A-Z][a-z]{1,20}(?:[ -][A-Z][a-z]{1,20}){0,2})/g;
/** Weaker English cues need a two-word capitalised name ("this is John Smith", not "I am Angry"). */
const RE_ENGLISH_WEAK = /\b(?:[Tt]his is|I am|I'm)\s{1,3}([A-Z][a-z]{1,20}[ -][A-Z][a-z]{1,20})\b/g;

function push(out: PiiEntity[], text: string, c: Candidate, score: number, reason: string): void {
  out.push({ type: 'name', start: c.start, end: c.end, score: Math.min(1, score + (c.nr ? 0.1 : 0)), text: text.slice(c.start, c.end), reason: c.nr ? `${reason}; jieba person tag` : reason });
}

export const nameRecognizer: Recognizer = {
  id: 'name',
  types: ['name'],
  detect(text, out) {
    for (const cue of prefixCuesIn(text)) {
      // `test` on the sticky connector moves lastIndex past it without allocating a match array.
      CONNECTOR.lastIndex = cue.end;
      CONNECTOR.test(text);
      const c = forwardCandidate(text, CONNECTOR.lastIndex);
      // After a weak cue ("我是", "妻子") the name must be confirmed: a person tag or a clean end.
      if (!c || (cue.value === 'weak' && !c.nr && !c.cleanEnd)) continue;
      push(out, text, c, cue.value === 'strong' ? 0.85 : 0.75, `surname after cue "${text.slice(cue.start, cue.end)}"`);
    }
    for (const cue of suffixCuesIn(text)) {
      const c = backwardCandidate(text, cue.start);
      if (c) push(out, text, c, 0.8, `surname before title "${text.slice(cue.start, cue.end)}"`);
    }
    for (const [re, score] of [[RE_ENGLISH, 0.85], [RE_ENGLISH_WEAK, 0.7]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1] as string;
        const start = m.index + m[0].indexOf(name, m[0].length - name.length - 1);
        out.push({ type: 'name', start, end: start + name.length, score, text: name, reason: 'English name after a name cue' });
      }
    }
  },
};
