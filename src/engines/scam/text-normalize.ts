/**
 * Normalises message text for matching: Traditional → Simplified (opencc-js's "tw" conversion,
 * through t2s-converter.ts, which gives its output at a fraction of its ~9 µs per SMS),
 * full-width ASCII → half-width, ASCII lower-case. Every step maps one UTF-16 unit to one unit,
 * so offsets found in the normalised text are offsets in the original; when a conversion would
 * change the length we keep the original text instead.
 */
import { t2sConverter } from '../classifier/t2s-converter.js';

const toSimplified = t2sConverter('tw');

/** Any CJK ideograph: skip OpenCC entirely for ASCII-only input (English scams, bare numbers). */
const HAS_CJK = /[\u3400-\u9fff]/;

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

function toHalfWidth(c: string): string {
  const code = c.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/** Variant characters OpenCC leaves alone: 帐号/帐户 (Traditional 帳 converts to 帐) are 账号/账户. */
const VARIANTS = /帐/g;

export function normalizeText(text: string): string {
  let s = text;
  if (HAS_CJK.test(s)) {
    const simplified = toSimplified(s);
    if (simplified.length === s.length) s = simplified;
    s = s.replace(VARIANTS, '账');
  }
  s = s.replace(FULL_WIDTH, toHalfWidth);
  const lower = s.toLowerCase();
  // A few non-ASCII letters (e.g. U+0130) lower-case to two units; fall back to ASCII only.
  return lower.length === s.length ? lower : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Matching view of a normalised text with evasion padding removed, and the way back. */
export interface Compacted {
  text: string;
  /** `map[i]` is the offset in the normalised (= original) text of `text[i]`; null when they are the same text. */
  map: Int32Array | null;
}

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** Zero-width characters, variation selectors and the BOM: invisible, so only ever padding. */
const isInvisible = (c: number): boolean => (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xfe0f || c === 0x20e3;
/** Pictographs and dingbats (☎✈❤…) plus surrogate halves, which in messages are almost always emoji. */
const isPictograph = (c: number): boolean => (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff);
/** Spaces and decorations scammers put between characters ("验 证 码", "加*微*信"). */
const isDecoration = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2a || c === 0x7e || c === 0x5e ||
  c === 0x60 || c === 0x7c || c === 0x5f || c === 0xb7 || c === 0x2022 || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x5c;
/** Replaces masked spans (links) so no cue can match inside a URL. */
const MASK = 0x25a1;

/**
 * Ends the kept slice that began at `from` before `i` is dropped, building the offset map (the
 * identity so far) on the first drop. A module function, not a closure: the CLI and server run
 * through tsx, whose keep-names transform costs ~1 µs for each closure created per call.
 */
function cut(norm: string, map: Int32Array | null, pieces: string[], from: number, i: number): Int32Array {
  let m = map;
  if (!m) {
    m = new Int32Array(norm.length + 1);
    for (let k = 0; k < i; k++) m[k] = k;
  }
  if (i > from) pieces.push(norm.slice(from, i));
  return m;
}

/**
 * Drops what keyword filters are evaded with: invisible characters and emoji anywhere, and runs
 * of spaces or decorations that sit between two CJK characters ("验 证 码", "加🔥微❤信"). Spaces
 * between Latin words stay, so English cues still match. `mask` spans (sorted) become one
 * placeholder each. Linear; the map lets evidence point back at the original characters, and is
 * only built once something is actually dropped (most messages need none).
 */
export function compactForMatching(norm: string, mask: ReadonlyArray<{ start: number; end: number }> = []): Compacted {
  const pieces: string[] = [];
  let map: Int32Array | null = null;
  let n = 0;
  let m = 0;
  let last = 0;
  // Kept characters are copied as slices of `norm`; `from` is where the current slice began.
  let from = 0;
  for (let i = 0; i < norm.length; ) {
    const span = mask[m];
    if (span && i >= span.start) {
      if (i < span.end) {
        map = cut(norm, map, pieces, from, i);
        map[n++] = i;
        pieces.push(String.fromCharCode(MASK));
        last = MASK;
        i = span.end;
        from = i;
      }
      m++;
      continue;
    }
    const c = norm.charCodeAt(i);
    let skipTo = -1;
    if (isInvisible(c) || isPictograph(c)) skipTo = i + 1;
    else if (isDecoration(c) && isCjk(last)) {
      let j = i;
      while (j < norm.length) {
        const d = norm.charCodeAt(j);
        if (!(isDecoration(d) || isInvisible(d) || isPictograph(d))) break;
        j++;
      }
      if (j < norm.length && isCjk(norm.charCodeAt(j))) skipTo = j;
    }
    if (skipTo >= 0) {
      map = cut(norm, map, pieces, from, i);
      i = skipTo;
      from = i;
      continue;
    }
    if (map) map[n] = i;
    n++;
    last = c;
    i++;
  }
  if (!map) return { text: norm, map: null };
  const done = cut(norm, map, pieces, from, norm.length);
  done[n] = norm.length;
  return { text: pieces.join(''), map: done.subarray(0, n + 1) };
}
