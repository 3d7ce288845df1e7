/**
 * Recognizer for everything written with digits: mobile, landline, foreign_phone, id_card,
 * bank_card. One pass over digit runs (digit-runs.ts); inside a run, the longest span of
 * consecutive groups that classifies wins, left to right, so "13812345678 13987654321" gives two
 * phones while "6222 0212 3456 7890 123" gives one card. Official numbers (95xxx, 400…, 106…)
 * are consumed as decoys so no sub-span of them is reported either.
 */
import { CARD_CUES, ID_CUES, PHONE_CUES, REFERENCE_CUES } from './cue-words.data.js';
import { scanDigitRuns, type DigitRun } from './digit-runs.js';
import { Lexicon } from './lexicon.js';
import { classifyNumber, type CueKind, type NumberCandidate } from './number.classify.js';
import type { PiiEntity, Recognizer } from './pii.types.js';

const CUES = new Lexicon<CueKind>([
  ...REFERENCE_CUES.map((w) => [w, 'ref'] as const),
  ...PHONE_CUES.map((w) => [w, 'phone'] as const),
  ...ID_CUES.map((w) => [w, 'id'] as const),
  ...CARD_CUES.map((w) => [w, 'card'] as const),
]);

/** How far before a number its cue word may sit (characters). */
const CUE_WINDOW = 14;
/** Longest digit string worth classifying (a 19-digit card); longer runs are never PII. */
const MAX_DIGITS = 19;
const RE_EXTENSION = /[ \t]?(?:转|轉|分机|分機|ext\.?|x|-)[ \t]?\d{1,5}/y;

const CUE_BIT: Record<CueKind, number> = { phone: 1, id: 2, card: 4, ref: 8 };
/** One frozen set per combination of phone/id/card cues, so no set is built per number. */
const CUE_SETS: ReadonlyArray<ReadonlySet<CueKind>> = Array.from({ length: 8 }, (_, mask) => {
  const kinds = (['phone', 'id', 'card'] as const).filter((k) => (mask & CUE_BIT[k]) !== 0);
  return new Set<CueKind>(kinds);
});

// Accumulators for the cue scan below; the visitor is created once, not once per number.
let cueMask = 0;
let nearestKind: CueKind | undefined;
let personalStart = -1;
let personalEnd = -1;
let lineStart = 0;
const onCue = (start: number, end: number, kind: CueKind): void => {
  // Matches come in order of their end, so the "no." of "Account No." arrives after "account
  // no" and overlaps it: it is part of the card cue, not an order number's. A reference word on
  // an earlier line (the 金额 column of a CSV header) says nothing about this line's number.
  if (kind === 'ref' && ((start < personalEnd && end > personalStart) || start < lineStart)) return;
  if (kind !== 'ref') {
    personalStart = start;
    personalEnd = end;
  }
  cueMask |= CUE_BIT[kind];
  nearestKind = kind;
};

/**
 * Cue words in the few characters before a number, scanned per number rather than in the shared
 * pass, which keeps its matches until the end: a 10 MB text would hold every 号码/电话/卡 in it
 * as a live match object.
 */
function cuesBefore(text: string, pos: number): ReadonlySet<CueKind> | 'ref' {
  cueMask = 0;
  nearestKind = undefined;
  personalStart = personalEnd = -1;
  const from = Math.max(0, pos - CUE_WINDOW);
  // Only the window is searched: lastIndexOf would walk back over a whole one-line paste per number.
  lineStart = from;
  for (let k = pos - 1; k >= from; k--) {
    if (text.charCodeAt(k) === 10) {
      lineStart = k + 1;
      break;
    }
  }
  CUES.scan(text, from, pos, onCue);
  // A reference word right before the number ("订单号", "合同编号") makes it a business reference.
  if (nearestKind === 'ref') return 'ref';
  return CUE_SETS[cueMask & 7] as ReadonlySet<CueKind>;
}

function extensionEnd(text: string, end: number): number {
  RE_EXTENSION.lastIndex = end;
  const m = RE_EXTENSION.exec(text);
  return m ? end + m[0].length : end;
}

/** Shortest personal number: a 7-digit local landline. Shorter runs (amounts, dates, short codes) are skipped by the scan. */
const MIN_DIGITS = 7;

/**
 * Whether digits [from, to) of `joined` can classify at all: without "+", fewer than seven digits
 * are only ever a 1xxxx/9xxxx service number (never PII), so spans of dates and amounts inside a
 * run ("2024-01-12") skip classification and its allocations.
 */
function mayClassify(joined: string, from: number, to: number, plus: boolean): boolean {
  const len = to - from;
  if (len >= MIN_DIGITS || (plus && len >= 3)) return true;
  const first = joined.charCodeAt(from);
  return len >= 3 && (first === 49 || first === 57);
}

/** One candidate object reused for every span tried: classifyNumber reads it and keeps nothing. */
const candidate: NumberCandidate = { digits: '', plus: false, trailingX: false, cues: CUE_SETS[0] as ReadonlySet<CueKind>, currentYear: 0 };

function classifyRun(text: string, run: DigitRun, currentYear: number, out: PiiEntity[]): void {
  const cues = cuesBefore(text, run.start);
  if (cues === 'ref') return;
  const groups = run.groups;
  // All digits of the run in one string, with each group's offset, so every span tried below is
  // one slice: joining groups per attempt made a run of 100k spaced digits cost seconds.
  let joined = groups[0]!.digits;
  const offsets = [0, joined.length];
  for (let k = 1; k < groups.length; k++) {
    joined += groups[k]!.digits;
    offsets.push(joined.length);
  }
  let i = 0;
  while (i < groups.length) {
    // Longest span first: most runs are one number, so the first classification usually succeeds.
    let maxJ = i - 1;
    while (maxJ + 1 < groups.length && !groups[maxJ + 1]!.tainted && offsets[maxJ + 2]! - offsets[i]! <= MAX_DIGITS) maxJ++;
    let best: { j: number; verdict: NonNullable<ReturnType<typeof classifyNumber>> } | undefined;
    const plus = i === 0 && run.plus;
    for (let j = maxJ; j >= i && !best; j--) {
      if (!mayClassify(joined, offsets[i]!, offsets[j + 1]!, plus)) continue;
      candidate.digits = joined.slice(offsets[i], offsets[j + 1]);
      candidate.plus = plus;
      candidate.trailingX = j === groups.length - 1 && run.trailingX;
      candidate.cues = cues;
      candidate.currentYear = currentYear;
      const verdict = classifyNumber(candidate);
      if (verdict) best = { j, verdict };
    }
    if (!best) {
      i++;
      continue;
    }
    const first = groups[i]!;
    const last = groups[best.j]!;
    if (best.verdict.kind === 'pii') {
      const start = i === 0 ? run.start : first.start;
      let end = best.j === groups.length - 1 && run.trailingX && best.verdict.type === 'id_card' ? last.end + 1 : last.end;
      if (best.verdict.type === 'landline') end = extensionEnd(text, end);
      out.push({ type: best.verdict.type, start, end, score: best.verdict.score, text: text.slice(start, end), reason: best.verdict.reason });
    }
    i = best.j + 1;
  }
}

export function createNumberRecognizer(now: () => Date = () => new Date()): Recognizer {
  return {
    id: 'number',
    types: ['mobile', 'landline', 'foreign_phone', 'id_card', 'bank_card'],
    detect(text, out) {
      const currentYear = now().getFullYear();
      scanDigitRuns(text, (run) => classifyRun(text, run, currentYear, out), MIN_DIGITS);
    },
  };
}
