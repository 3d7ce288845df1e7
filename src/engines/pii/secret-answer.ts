/**
 * Codes handed over in answer to a request (secret.recognizer.ts finds the requests): the shape of
 * a code-like token, and where in the text after a request a token counts as the answer. A token
 * is an answer when it opens a transcript turn ("客户：768426") or follows a verb of giving or
 * reading ("我已经给了407992", "我重新念，ai1969", "which I read out: 4890", "是021 842").
 */
import { Lexicon } from './lexicon.js';
import { SECRET_GIVE_WORDS } from './cue-words.data.js';

const GIVE = Lexicon.of(SECRET_GIVE_WORDS);
/** English verbs of giving before a code ("which I read out: 4890", "it is 035788"). */
const RE_GIVE_EN = /(?:read (?:it )?out|it is|it's|is|was|gave (?:it|them|him|her)|typed|entered|sent)[\s:]*$/i;
/** A speaker label opening a transcript line ("客户：", "Customer: ", "[用户] "): at most 12 characters. */
const RE_SPEAKER = /^[^\n:：\]】]{1,12}(?:[:：]|[\]】])[ \t]*$/;
/** A clause between the give word and the request that talks about another number ("订单号是…"). */
const RE_OTHER_NUMBER = /[号號单單额額元费費期]/;
/** Characters that make the digits before them an amount, a date, a count or a time. */
const UNIT_AFTER = new Set([...'年月日号號元块塊万萬期次个個位分秒点點时時天岁歲%％'].map((c) => c.charCodeAt(0)));
/** Punctuation after digits that continues a number ("12.5", "1,000", "10:30", "8-2-3017") when a digit follows. */
const NUMBER_JOINERS = new Set([...'.,:/-'].map((c) => c.charCodeAt(0)));
const RE_SERVICE = /^(?:9[56]\d{3,4}|1[0-2]\d{1,3})$/;
/** Symbols a password may hold or end in; sentence punctuation after it is not part of it. */
const RE_TRAILING = /[.,;:?)\]}'"-]+$/;
/** How far after a request an answer may come: three more lines, at most this many characters. */
const SCOPE = 200;
const SCOPE_LINES = 3;

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters a password is written with: letters, digits and the symbols sites allow. */
function isPasswordChar(c: number): boolean {
  return isWordChar(c) || c === 95 || c === 46 || c === 35 || c === 36 || c === 64 || c === 33 || c === 37 || c === 38 || c === 42 || c === 45;
}

/**
 * End of a code-shaped token starting at `start`, or -1: `minDigits`–8 digits (two spaced groups
 * allowed: "021 842"), or a 4–32 character password holding a letter and a digit. `handed`: the
 * context hands the token over, so a 95xxx/12xx shape is a code, not a service number.
 */
export function codeAt(text: string, start: number, minDigits: number, handed = false): number {
  const before = text.charCodeAt(start - 1);
  // "[PHONE#1]": a bracketed token is a placeholder or a tag, not something a person typed.
  if (isPasswordChar(before) || before === 0xa5 || before === 0xffe5 || before === 91) return -1;
  let e = start;
  while (e < text.length && e - start < 40 && isPasswordChar(text.charCodeAt(e))) e++;
  const run = text.slice(start, e).replace(RE_TRAILING, '');
  let d = start;
  while (d < text.length && isDigit(text.charCodeAt(d))) d++;
  if (d > start && (d - start === run.length || /^\d+!$/.test(run))) return digitsEnd(text, start, d, minDigits, handed);
  if (run.length < 4 || !/\d/.test(run) || !/[A-Za-z]/.test(run)) return -1;
  return start + run.length;
}

function digitsEnd(text: string, start: number, end: number, minDigits: number, handed: boolean): number {
  const after = text.charCodeAt(end);
  // "021 842": a code read out in two groups.
  if (after === 32 && end - start >= 3 && end - start <= 4) {
    let e2 = end + 1;
    while (e2 < text.length && isDigit(text.charCodeAt(e2))) e2++;
    if (e2 - end - 1 >= 2 && e2 - end - 1 <= 4 && !isWordChar(text.charCodeAt(e2)) && !UNIT_AFTER.has(text.charCodeAt(e2))) return e2;
  }
  const v = text.slice(start, end);
  if (v.length < minDigits || v.length > 8 || (!handed && RE_SERVICE.test(v)) || /^(?:19|20)\d{6}$/.test(v)) return -1;
  if (isWordChar(after) || UNIT_AFTER.has(after) || (NUMBER_JOINERS.has(after) && isDigit(text.charCodeAt(end + 1)))) return -1;
  return end;
}

/**
 * How the token at `start` is handed over: it opens a turn ('turn'; a bare "用户：95588" may still
 * be a hotline read back), follows a give word ('give'), or neither.
 */
function handedOver(text: string, lineStart: number, start: number): 'turn' | 'give' | undefined {
  let k = start;
  while (k > lineStart && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0x3000)) k--;
  // A speaker label is short, so a long line is never sliced whole (that would be quadratic).
  if (k === lineStart || (k - lineStart <= 16 && RE_SPEAKER.test(text.slice(lineStart, k)))) return 'turn';
  const head = text.slice(Math.max(lineStart, k - 24), k);
  if (RE_GIVE_EN.test(head)) return 'give';
  for (let len = 1; len <= 4 && k - len >= lineStart; len++) {
    if (GIVE.endAt(text, k - len) !== k) continue;
    // "订单号是12345678": the clause names another number.
    const clause = head.slice(Math.max(0, head.search(/[^，,。；;！!？?]*$/)));
    return RE_OTHER_NUMBER.test(clause) ? undefined : 'give';
  }
  return undefined;
}

/**
 * The first code handed over after a request ending at `from`, in the rest of its line and the
 * next SCOPE_LINES lines; scanning stops at `limit` (where an earlier request's scan ended).
 * Returns [start, end] or undefined, and the position scanned to.
 */
export function answerAfter(text: string, from: number, minDigits: number): { code?: [number, number]; scanned: number } {
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  let lines = 0;
  const limit = Math.min(text.length, from + SCOPE);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++lines > SCOPE_LINES) return { scanned: i };
      lineStart = i + 1;
      continue;
    }
    if (!isWordChar(c) || isPasswordChar(text.charCodeAt(i - 1))) continue;
    const how = handedOver(text, lineStart, i);
    if (how) {
      // A card-security cue asks for three digits, which may look like a 1xx service number.
      const end = codeAt(text, i, minDigits, how === 'give' || minDigits === 3);
      if (end > 0) return { code: [i, end], scanned: end };
    }
  }
  return { scanned: limit };
}
