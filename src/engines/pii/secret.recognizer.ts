/**
 * Verification codes and passwords (C3 data under JR/T 0171-2020). A code is reported when context
 * names it, in any of the ways complaints and SMS quote one:
 * - a cue, then the code: "验证码是 482913", "PIN: 1234", "the code is 5521";
 * - a cue, a few words, then a short code in the same sentence: "验证码已经发给他了，是4829";
 * - the code, then the cue: "提供Zx94311这个code", "482913是您的验证码";
 * - a 4–8 digit code right before an SMS warning: "482913，5分钟内有效，请勿泄露";
 * - an answer to a request: a cue asks for a code and, in the same sentence or one of the next few
 *   transcript turns, a code-shaped token is handed over — a turn that is only the code
 *   ("客户：768426"), or a token after a verb of giving or reading ("我已经给了407992", "我重新念，
 *   ai1969", "which I read out: 4890", "哦，82264418对吧？");
 * - a code read aloud without any cue ("我就念了183196").
 * Code shapes: 4–8 digits, or 3 after a card-security cue (CVV, CVN2, 安全码); digits in two spaced
 * groups ("021 842"); a password of letters and digits that may hold or end in symbols
 * ("Iloveyou.89#", "abc_6280", "Woaini404!").
 * Amounts, dates, times, 95xxx/1xxxx service numbers and longer numbers never qualify.
 */
import { builtinScan } from './builtin-scan.js';
import { SECRET_CUES, SECRET_READ_VERBS, SECRET_WARNINGS } from './cue-words.data.js';
import { Lexicon } from './lexicon.js';
import { answerAfter, codeAt, isWordChar } from './secret-answer.js';
import type { PiiEntity, Recognizer } from './pii.types.js';

const cuesIn = builtinScan.register(Lexicon.of(SECRET_CUES));
const warningsIn = builtinScan.register(Lexicon.of(SECRET_WARNINGS));
const readVerbsIn = builtinScan.register(Lexicon.of(SECRET_READ_VERBS));

/**
 * Between a cue and its code: "是", "为", ":", "is", "(", spaces, "was reset to", and what the
 * writer did with it ("，我输了", "输入") — at most a few.
 */
const CONNECTOR = /(?:[\s:：是为為号號码碼(（)）]|is\b|was\b|(?:reset|changed|set) to\b|[，,]?我?(?:输|輸|填|打)(?:入|了){1,2}){0,6}/y;
const VALUE = /[!-~]{3,32}/y;
/** Sentence punctuation after a value; a password may end in a symbol of its own ("Woaini404!"). */
const TRAILING_PUNCT = /[.,;:!?)\]}'"]+$/;
const TRAILING_PUNCT_PASSWORD = /[.,;:?)\]}'"]+$/;
/** Card-security cues: their codes have three digits. */
const RE_CARD_SECURITY = /cvv|cvn|cvc|安全[码碼]/i;
/** Between a code and a cue after it: "这个", "是您的", "为". */
const BACK_CONNECTOR = new Set([...'这這那个個串组組是为為您你的就即：: '].map((c) => c.charCodeAt(0)));
/** Characters that make the digits before them an amount, a date, a count or a time. */
const UNIT_AFTER = new Set([...'年月日号號元块塊万萬期次个個位分秒点點时時天岁歲%％.,:/-'].map((c) => c.charCodeAt(0)));
/** A gap holding these talks about another number ("验证码…订单号12345678"). */
const RE_OTHER_NUMBER = /[号號单單额額元费費期]/;
const RE_SENTENCE_END = /[。！？!?\n；;]/;
const RE_SERVICE = /^(?:9[56]\d{3,4}|1[0-2]\d{1,3})$/;
const GAP = 12;

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
function codeInGap(text: string, from: number, minDigits: number): [number, number] | undefined {
  const limit = Math.min(text.length, from + GAP);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (RE_SENTENCE_END.test(text.charAt(i))) return undefined;
    if (!isWordChar(c)) continue;
    const e = codeAt(text, i, minDigits, minDigits === 3);
    if (RE_OTHER_NUMBER.test(text.slice(from, i)) || e < 0) return undefined;
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

/** A value right after a cue, without the sentence punctuation after it; a password keeps a symbol it ends in. */
function trimValue(v: string): string {
  const password = v.replace(TRAILING_PUNCT_PASSWORD, '');
  return /[A-Za-z]/.test(password) && /\d/.test(password) ? password : v.replace(TRAILING_PUNCT, '');
}

export const secretRecognizer: Recognizer = {
  id: 'secret',
  types: ['secret'],
  detect(text, out) {
    // Answers are looked for once per stretch of text, however many requests precede it.
    let scanned = 0;
    const cues = cuesIn(text);
    for (let j = 0; j < cues.length; j++) {
      const cueStart = cues.start(j);
      const cueEnd = cues.end(j);
      const cueText = text.slice(cueStart, cueEnd);
      const minDigits = RE_CARD_SECURITY.test(cueText) ? 3 : 4;
      CONNECTOR.lastIndex = cueEnd;
      CONNECTOR.test(text);
      const start = CONNECTOR.lastIndex;
      VALUE.lastIndex = start;
      const m = VALUE.exec(text);
      const value = m ? trimValue(m[0]) : '';
      const end = start + value.length;
      // The value must stand alone: "验证码123456789012" is not a 6-digit code.
      const alone = value.length > 0 && !(m && end === start + m[0].length && isWordChar(text.charCodeAt(end)));
      if (alone && looksLikeSecret(value) && (value.length >= 4 || (minDigits === 3 && /^\d{3}$/.test(value)))) {
        push(out, text, start, end, 0.9, `credential (JR/T 0171 C3) after "${cueText}"`);
      } else {
        const gap = codeInGap(text, cueEnd, minDigits) ?? answerOnNextLine(text, cueEnd);
        if (gap) push(out, text, gap[0], gap[1], 0.75, `code a few words after "${cueText}"`);
        else if (cueEnd >= scanned) {
          const answer = answerAfter(text, cueEnd, minDigits);
          scanned = answer.scanned;
          if (answer.code) push(out, text, answer.code[0], answer.code[1], 0.75, `code handed over after a request for "${cueText}"`);
        }
      }
      // The code may also come first: "Zx94311这个code", "482913是您的验证码".
      let k = cueStart;
      while (k > 0 && cueStart - k < 4 && BACK_CONNECTOR.has(text.charCodeAt(k - 1))) k--;
      const s = tokenStartBefore(text, k);
      if (s < k && shortCode(text, s, k, true)) push(out, text, s, k, 0.85, `code right before "${cueText}"`);
    }
    const verbs = readVerbsIn(text);
    for (let j = 0; j < verbs.length; j++) {
      const verbStart = verbs.start(j);
      const verbEnd = verbs.end(j);
      // "我就念了183196": reading digits out to a caller is handing over a code.
      let at = verbEnd;
      while (at < text.length && at - verbEnd < 2 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 58 || text.charCodeAt(at) === 0xff1a)) at++;
      const end = isWordChar(text.charCodeAt(at)) ? codeAt(text, at, 4, true) : -1;
      if (end > 0) push(out, text, at, end, 0.75, `code read out after "${text.slice(verbStart, verbEnd)}"`);
    }
    const warnings = warningsIn(text);
    for (let j = 0; j < warnings.length; j++) {
      const wStart = warnings.start(j);
      const wEnd = warnings.end(j);
      // "482913，5分钟内有效，请勿泄露": the code sits shortly before the warning.
      for (let i = wStart - 1; i >= 0 && wStart - i <= 16; i--) {
        if (RE_SENTENCE_END.test(text.charAt(i))) break;
        if (!isDigit(text.charCodeAt(i))) continue;
        const s = tokenStartBefore(text, i + 1);
        if (/^\d+$/.test(text.slice(s, i + 1)) && shortCode(text, s, i + 1)) {
          push(out, text, s, i + 1, 0.75, `code before the warning "${text.slice(wStart, wEnd)}"`);
          break;
        }
        i = s;
      }
    }
  },
};
