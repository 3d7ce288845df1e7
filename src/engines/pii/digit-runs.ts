/**
 * Single linear pass that finds runs of digits (ASCII or full-width) joined by single
 * separators — "138 1234 5678", "6222-0212-3456-7890-123", "(021) 1234 5678", "+86 138…" —
 * and records each group's offsets. Classification happens later on the groups, so no regex
 * ever backtracks over digits.
 */

export interface DigitGroup {
  start: number;
  end: number;
  /** ASCII digits of this group. */
  digits: string;
  /** Group touches a letter, decimal point, time colon, date slash, % or mask star: not a standalone number. */
  tainted: boolean;
}

export interface DigitRun {
  groups: DigitGroup[];
  /** Offset of a leading "+"/"＋" or "("/"（", else the first digit. */
  start: number;
  plus: boolean;
  /** First group was written in parentheses: an area code. */
  parenArea: boolean;
  /** The last group is followed by X/x: the check character of an 18-character ID. */
  trailingX: boolean;
}

function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSeparator(c: number): boolean {
  // space, NBSP, ideographic space, hyphen-minus and the dash family, full-width hyphen.
  return c === 32 || c === 0xa0 || c === 0x3000 || c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0xff0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Characters that glue a digit group into something that is not a standalone number. */
function isGlue(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 37 || c === 42 || c === 0xff05 || c === 0xff0e;
}

/** The character at `before` glues the following digits to something else. */
function gluedLeft(text: string, before: number): boolean {
  const b = before >= 0 ? text.charCodeAt(before) : -1;
  return isAsciiLetter(b) || (isGlue(b) && before > 0 && digitAt(text, before - 1) >= 0);
}

/** The character at `after` glues the preceding digits to something else. */
function gluedRight(text: string, after: number): boolean {
  const a = after < text.length ? text.charCodeAt(after) : -1;
  return isAsciiLetter(a) || (isGlue(a) && digitAt(text, after + 1) >= 0) || a === 37 || a === 0xff05;
}

const OPEN_PAREN = new Set([40, 0xff08]);
const CLOSE_PAREN = new Set([41, 0xff09]);

function readGroup(text: string, from: number): DigitGroup {
  let i = from;
  let ascii = true;
  for (let d = digitAt(text, i); d >= 0; d = digitAt(text, ++i)) if (text.charCodeAt(i) > 57) ascii = false;
  // Fast path: slicing ASCII digits allocates one string instead of one per digit.
  const digits = ascii ? text.slice(from, i) : text.slice(from, i).replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return { start: from, end: i, digits, tainted: false };
}

/** Calls `onRun` for every digit run in `text`, left to right. */
export function scanDigitRuns(text: string, onRun: (run: DigitRun) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (digitAt(text, i) < 0) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const plus = prev === 43 || prev === 0xff0b;
    const groups: DigitGroup[] = [];
    let g = readGroup(text, i);
    groups.push(g);
    let parenArea = false;
    if (OPEN_PAREN.has(prev) && CLOSE_PAREN.has(text.charCodeAt(g.end)) && g.digits.startsWith('0')) {
      let next = g.end + 1;
      if (isSeparator(text.charCodeAt(next))) next++;
      if (digitAt(text, next) >= 0) {
        parenArea = true;
        g = readGroup(text, next);
        groups.push(g);
      }
    }
    while (isSeparator(text.charCodeAt(g.end)) && digitAt(text, g.end + 1) >= 0) {
      g = readGroup(text, g.end + 1);
      groups.push(g);
    }
    const first = groups[0] as DigitGroup;
    const last = groups[groups.length - 1] as DigitGroup;
    const runStart = plus || parenArea ? i - 1 : i;
    const afterX = text.charCodeAt(last.end);
    const trailingX = (afterX === 88 || afterX === 120) && !isAsciiLetter(text.charCodeAt(last.end + 1));
    if (gluedLeft(text, runStart - 1)) first.tainted = true;
    if (gluedRight(text, trailingX ? last.end + 1 : last.end)) last.tainted = true;
    onRun({ groups, start: runStart, plus, parenArea, trailingX });
    i = trailingX ? last.end + 1 : last.end;
  }
}
