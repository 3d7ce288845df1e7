/**
 * Verification codes and passwords (C3 data under JR/T 0171-2020). A code is reported when context
 * names it, in any of the ways complaints and SMS quote one:
 * - a cue, then the code: "验证码是 482913", "PIN: 1234", "the code is 5521";
 * - a cue, a few words, then a short code in the same sentence: "验证码已经发给他了，是4829";
 * - the code, then the cue: "提供Zx94311这个code", "482913是您的验证码";
 * - a 4–8 digit code right before an SMS warning: "482913，5分钟内有效，请勿泄露".
 * Amounts, dates, times, 95xxx/1xxxx service numbers and longer numbers never qualify.
 */
import { builtinScan } from './builtin-scan.js';
import { SECRET_CUES, SECRET_WARNINGS } from './cue-words.data.js';
import { Lexicon } from './lexicon.js';
import type { PiiEntity, Recognizer } from './pii.types.js';

const cuesIn = builtinScan.register(Lexicon.of(SECRET_CUES));
const warningsIn = builtinScan.register(Lexicon.of(SECRET_WARNINGS));

/**
 * Between a cue and its code: "是", "为", ":", "is", "(", spaces, "was reset to", and what the
 * writer did with it ("，我输了", "输入") — at most a few.
 */
const CONNECTOR = /(?:[\s:：是为為号號码碼(（]|is\b|was\b|(?:reset|changed|set) to\b|[，,]?我?(?:输|輸|填|打)(?:入|了){1,2}){0,6}/y;
const VALUE = /[!-~]{4,32}/y;
const TRAILING_PUNCT = /[.,;:!?)\]}'"]+$/;
/** Between a code and a cue after it: "这个", "是您的", "为". */
const BACK_CONNECTOR = new Set([...'这這那个個串组組是为為您你的就即：: '].map((c) => c.charCodeAt(0)));
/** Characters that make the digits before them an amount, a date, a count or a time. */
const UNIT_AFTER = new Set([...'年月日号號元块塊万萬期次个個位分秒点點时時天岁歲%％.,:/-'].map((c) => c.charCodeAt(0)));
/** A gap holding these talks about another number ("验证码…订单号12345678"). */
const RE_OTHER_NUMBER = /[号號单單额額元费費期]/;
const RE_SENTENCE_END = /[。！？!?\n；;]/;
const RE_SERVICE = /^(?:9[56]\d{3,4}|1[0-2]\d{1,3})$/;
const GAP = 12;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A code or password mixes or repeats characters; English words after "password" are not secrets. */
function looksLikeSecret(v: string): boolean {
  return /\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v));
}

/**
 * A short code standing alone: 4–8 digits, or letters and digits mixed, not a unit-bearing number.
 * `named`: a cue right after it calls it a code, so a 96xxxx shape is a code, not a hotline.
 */
function shortCode(text: string, start: number, end: number, named = false): boolean {
  const v = text.slice(start, end);
  const digitsOnly = /^\d+$/.test(v);
  if (digitsOnly ? v.length < 4 || v.length > 8 : v.length < 4 || v.length > 20 || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (digitsOnly && ((!named && RE_SERVICE.test(v)) || /^(?:19|20)\d{6}$/.test(v))) return false;
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before) || before === 0xa5 || before === 36 || before === 0xffe5) return false;
  const after = text.charCodeAt(end);
  return !isWordChar(after) && !UNIT_AFTER.has(after);
}

/** The alphanumeric token ending exactly at `end`. */
function tokenStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 32 && isWordChar(text.charCodeAt(s - 1))) s--;
  return s;
}

function push(out: PiiEntity[], text: string, start: number, end: number, score: number, reason: string): void {
  out.push({ type: 'secret', start, end, score, text: text.slice(start, end), reason });
}

/** The first short code within GAP characters after `from`, in the same sentence. */
function codeInGap(text: string, from: number): [number, number] | undefined {
  const limit = Math.min(text.length, from + GAP);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (RE_SENTENCE_END.test(text.charAt(i))) return undefined;
    if (!isWordChar(c)) continue;
    let e = i;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    if (RE_OTHER_NUMBER.test(text.slice(from, i)) || !shortCode(text, i, e)) return undefined;
    return [i, e];
  }
  return undefined;
}

/** A speaker label opening a transcript line ("用户：", "[用户] ", "B: "): at most 12 characters. */
const RE_SPEAKER = /[^\n:：\]】]{1,12}(?:[:：]|[\]】])[ \t]*/y;

/**
 * A transcript where one turn asks for a code and the next turn is only the code ("客服：请输入
 * 校验码\n用户：482913"): the answer on the line after `from`, when the asking line holds no value.
 */
function answerOnNextLine(text: string, from: number): [number, number] | undefined {
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl - from > 24) return undefined;
  for (let i = from; i < nl; i++) if (isWordChar(text.charCodeAt(i))) return undefined;
  RE_SPEAKER.lastIndex = nl + 1;
  if (!RE_SPEAKER.test(text)) return undefined;
  const start = RE_SPEAKER.lastIndex;
  VALUE.lastIndex = start;
  const m = VALUE.exec(text);
  if (!m) return undefined;
  const end = start + m[0].replace(TRAILING_PUNCT, '').length;
  const after = text.charCodeAt(end);
  // The turn is the code alone: the line ends (or a full stop does) right after it.
  if (end < text.length && after !== 10 && after !== 0x3002 && after !== 13) return undefined;
  return shortCode(text, start, end) ? [start, end] : undefined;
}

export const secretRecognizer: Recognizer = {
  id: 'secret',
  types: ['secret'],
  detect(text, out) {
    for (const cue of cuesIn(text)) {
      const cueText = text.slice(cue.start, cue.end);
      CONNECTOR.lastIndex = cue.end;
      CONNECTOR.test(text);
      const start = CONNECTOR.lastIndex;
      VALUE.lastIndex = start;
      const m = VALUE.exec(text);
      const value = m ? m[0].replace(TRAILING_PUNCT, '') : '';
      const end = start + value.length;
      // The value must stand alone: "验证码123456789012" is not a 6-digit code.
      const alone = value.length > 0 && !(m && end === start + m[0].length && isWordChar(text.charCodeAt(end)));
      if (alone && looksLikeSecret(value)) {
        push(out, text, start, end, 0.9, `credential (JR/T 0171 C3) after "${cueText}"`);
      } else {
        const gap = codeInGap(text, cue.end) ?? answerOnNextLine(text, cue.end);
        if (gap) push(out, text, gap[0], gap[1], 0.75, `code a few words after "${cueText}"`);
      }
      // The code may also come first: "Zx94311这个code", "482913是您的验证码".
      let k = cue.start;
      while (k > 0 && cue.start - k < 4 && BACK_CONNECTOR.has(text.charCodeAt(k - 1))) k--;
      const s = tokenStartBefore(text, k);
      if (s < k && shortCode(text, s, k, true)) push(out, text, s, k, 0.85, `code right before "${cueText}"`);
    }
    for (const w of warningsIn(text)) {
      // "482913，5分钟内有效，请勿泄露": the code sits shortly before the warning.
      for (let i = w.start - 1; i >= 0 && w.start - i <= 16; i--) {
        if (RE_SENTENCE_END.test(text.charAt(i))) break;
        if (!isDigit(text.charCodeAt(i))) continue;
        const s = tokenStartBefore(text, i + 1);
        if (/^\d+$/.test(text.slice(s, i + 1)) && shortCode(text, s, i + 1)) {
          push(out, text, s, i + 1, 0.75, `code before the warning "${text.slice(w.start, w.end)}"`);
          break;
        }
        i = s;
      }
    }
  },
};
