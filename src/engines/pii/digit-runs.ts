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

/**
 * A comma between digits is a thousands separator ("1,956.26", "87,325") only between groups of
 * at most three digits with exactly three after it; between longer groups it separates the fields
 * of a CSV row ("张三,13812345678,110101199003071234"), and each field stands alone.
 */
function thousandsComma(leftDigits: number, rightDigits: number): boolean {
  return leftDigits <= 3 && rightDigits === 3;
}

function digitsEndingAt(text: string, end: number): number {
  let k = end;
  while (k > 0 && digitAt(text, k - 1) >= 0) k--;
  return end - k;
}

/** The character at `before` glues the following digits (the first group `firstDigits` long) to something else. */
function gluedLeft(text: string, before: number, firstDigits: number): boolean {
  const b = before >= 0 ? text.charCodeAt(before) : -1;
  if (isAsciiLetter(b)) return true;
  if (!isGlue(b) || before === 0 || digitAt(text, before - 1) < 0) return false;
  return b !== 44 || thousandsComma(digitsEndingAt(text, before), firstDigits);
}

/** The character at `after` glues the preceding digits (the last group `lastDigits` long) to something else. */
function gluedRight(text: string, after: number, lastDigits: number): boolean {
  const a = after < text.length ? text.charCodeAt(after) : -1;
  if (isAsciiLetter(a) || a === 37 || a === 0xff05) return true;
  if (!isGlue(a) || digitAt(text, after + 1) < 0) return false;
  return a !== 44 || thousandsComma(lastDigits, groupEnd(text, after + 1) - (after + 1));
}

function isOpenParen(c: number): boolean {
  return c === 40 || c === 0xff08;
}

function isCloseParen(c: number): boolean {
  return c === 41 || c === 0xff09;
}

/** End of the digit group starting at `from`. */
function groupEnd(text: string, from: number): number {
  let i = from;
  while (digitAt(text, i) >= 0) i++;
  return i;
}

function makeGroup(text: string, start: number, end: number): DigitGroup {
  let ascii = true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 57) ascii = false;
  // Fast path: slicing ASCII digits allocates one string instead of one per digit.
  const raw = text.slice(start, end);
  const digits = ascii ? raw : raw.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return { start, end, digits, tainted: false };
}

/**
 * Group boundaries of the run being read, reused across runs: most runs (dates, amounts, times)
 * are shorter than `minDigits` and are skipped without allocating anything.
 */
let bounds = new Int32Array(64);
let boundCount = 0;

/** `bounds.length = 0` on an array would free and re-allocate its store for every run. */
function pushBounds(start: number, end: number): void {
  if (boundCount + 2 > bounds.length) {
    const grown = new Int32Array(bounds.length * 2);
    grown.set(bounds);
    bounds = grown;
  }
  bounds[boundCount++] = start;
  bounds[boundCount++] = end;
}

const RE_NEXT_DIGIT = /[0-9\uFF10-\uFF19]/g;

/**
 * Calls `onRun` for every digit run in `text` with at least `minDigits` digits, left to right.
 * Shorter runs are skipped whole, so none of their sub-spans is reported either.
 */
export function scanDigitRuns(text: string, onRun: (run: DigitRun) => void, minDigits = 1): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The regex engine skips non-digit text faster than a JS loop; `test` allocates nothing.
    RE_NEXT_DIGIT.lastIndex = i;
    if (!RE_NEXT_DIGIT.test(text)) return;
    i = RE_NEXT_DIGIT.lastIndex - 1;
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const plus = prev === 43 || prev === 0xff0b;
    boundCount = 0;
    let end = groupEnd(text, i);
    pushBounds(i, end);
    let total = end - i;
    let parenArea = false;
    if (isOpenParen(prev) && isCloseParen(text.charCodeAt(end)) && digitAt(text, i) === 0) {
      let next = end + 1;
      if (isSeparator(text.charCodeAt(next))) next++;
      if (digitAt(text, next) >= 0) {
        parenArea = true;
        end = groupEnd(text, next);
        pushBounds(next, end);
        total += end - next;
      }
    }
    while (isSeparator(text.charCodeAt(end)) && digitAt(text, end + 1) >= 0) {
      const from = end + 1;
      end = groupEnd(text, from);
      pushBounds(from, end);
      total += end - from;
    }
    const afterX = text.charCodeAt(end);
    // Full-width Ｘ/ｘ too: IDs typed with a Chinese IME are often full-width throughout.
    const trailingX = (afterX === 88 || afterX === 120 || afterX === 0xff38 || afterX === 0xff58) && !isAsciiLetter(text.charCodeAt(end + 1));
    if (total >= minDigits) {
      // Sized up front: pushing onto [] reserves 17 slots, several times what a run needs.
      const groups = new Array<DigitGroup>(boundCount / 2);
      for (let k = 0; k < boundCount; k += 2) groups[k / 2] = makeGroup(text, bounds[k] as number, bounds[k + 1] as number);
      const runStart = plus || parenArea ? i - 1 : i;
      const first = groups[0] as DigitGroup;
      const last = groups[groups.length - 1] as DigitGroup;
      if (gluedLeft(text, runStart - 1, first.end - first.start)) first.tainted = true;
      // After a trailing X no digit follows directly, so the comma test sees the X, not digits.
      if (gluedRight(text, trailingX ? end + 1 : end, last.end - last.start)) last.tainted = true;
      onRun({ groups, start: runStart, plus, parenArea, trailingX });
    }
    i = trailingX ? end + 1 : end;
  }
}
