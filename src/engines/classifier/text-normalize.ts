/**
 * Text normalisation shared by training and prediction: Traditional → Simplified (OpenCC
 * "twp" phrases, so 簡訊 becomes 短信 rather than 简讯), full-width ASCII → half-width,
 * lower-case, runs of digits collapsed to one `0` (amounts, dates and masked phone numbers carry
 * no class signal, and collapsing them lets `138****5678` and `[手机号#1]` generalise),
 * written Cantonese function words mapped to Mandarin (扣咗兩次 → 扣了两次, so a Hong Kong writer
 * shares n-grams with the Mandarin training wording), whitespace runs collapsed.
 *
 * OpenCC costs ~10 µs per complaint, more than the whole classifier budget, so text is only
 * converted when it holds a Traditional-only character: one that OpenCC changes on its own and
 * that is not the Simplified form of another character (么 is both 麼's Simplified form and
 * changed alone, so it does not count). Pure Simplified text is left as typed, which also stops
 * Taiwan phrase rules from rewriting Simplified words (文件 → 文档).
 */
import { t2sConverter } from './t2s-converter.js';

const toSimplified = t2sConverter('twp');

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const UPPER_OR_WIDE = /[A-Z\uff01-\uff5e]/;

/** CJK blocks where OpenCC has single-character conversions. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [[0x2e80, 0x2fff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];

let traditionalOnly: Uint8Array | undefined;

/** 1 for every Traditional-only UTF-16 unit; built once (~100 ms) on first use. */
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const table = new Uint8Array(65536);
  const simplifiedForms = new Set<number>();
  for (const [from, to] of CJK_RANGES) {
    for (let c = from; c <= to; c++) {
      const s = String.fromCharCode(c);
      const out = toSimplified(s);
      if (out === s) continue;
      table[c] = 1;
      for (let i = 0; i < out.length; i++) simplifiedForms.add(out.charCodeAt(i));
    }
  }
  for (const c of simplifiedForms) table[c] = 0;
  traditionalOnly = table;
  return table;
}

/** True when `text` holds a character that only Traditional Chinese uses. */
export function hasTraditional(text: string): boolean {
  const table = traditionalTable();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

function toHalfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** Simplified, half-width, lower-case; digits kept (rules need numbers such as 12378). */
export function simplifyText(text: string): string {
  const s = hasTraditional(text) ? toSimplified(text) : text;
  // Most complaints hold neither capitals nor full-width ASCII: skip both passes for them.
  return UPPER_OR_WIDE.test(s) ? s.replace(FULL_WIDTH, toHalfWidth).toLowerCase() : s;
}

/**
 * Written Cantonese → Mandarin, on OpenCC's output (搵 has become 揾, 嗰 𠮶). Only function words
 * and common verbs with one clear Mandarin equivalent; 系 (係) stays because Simplified 关系 uses
 * it too. Feature side only: the urgent rules keep their own Cantonese cues (佢, 唔想活).
 */
const CANTONESE: Readonly<Record<string, string>> = {
  唔该: '谢谢', 点解: '为什么', 而家: '现在', 边度: '哪里', 净系: '只是', 乜嘢: '什么', 咩嘢: '什么',
  咗: '了', 嘅: '的', 唔: '不', 冇: '没', 佢: '他', 哋: '们', 喺: '在', 睇: '看', 俾: '给', 畀: '给', 嚟: '来',
  啲: '些', 揾: '找', '𠮶': '那', 咩: '什么', 谂: '想', 攞: '拿', 嬲: '生气', 噉: '这样', 咁: '这么', 嘢: '东西',
};
/**
 * Cantonese keys by first UTF-16 unit, longest first within each list: the order in which the
 * former `a|b|…` alternation (sorted by length) tried them, so the same word wins at a position.
 */
const CANTONESE_BY_FIRST = new Map<number, Array<readonly [string, string]>>();
for (const key of Object.keys(CANTONESE).sort((a, b) => b.length - a.length)) {
  const code = key.charCodeAt(0);
  const list = CANTONESE_BY_FIRST.get(code) ?? [];
  list.push([key, CANTONESE[key] ?? key]);
  CANTONESE_BY_FIRST.set(code, list);
}

/** The characters of the regex class `\s` (which `trim` also strips). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The feature-side steps after `simplifyText`: collapse digits, mask stars, Cantonese and
 * whitespace. One left-to-right pass instead of four `replace` passes and a `trim` (they cost
 * ~6 µs per complaint); the result is the same because the steps touch disjoint characters
 * (digits with . and ,; stars; CJK Cantonese words; whitespace), so none can create or break a
 * match of another: digit runs → `0`, `**…` → `*`, Cantonese → Mandarin, whitespace runs → one
 * space, none at either end. Unchanged stretches are copied as slices.
 */
export function collapseSimplified(simple: string): string {
  let out = '';
  let last = 0;
  const n = simple.length;
  let i = 0;
  while (i < n) {
    const c = simple.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = simple.charCodeAt(j);
        if (!isDigit(d) && d !== 46 && d !== 44) break;
        j++;
      }
      if (j - i > 1 || c !== 48) {
        out += simple.slice(last, i) + '0';
        last = j;
      }
      i = j;
    } else if (c === 42) {
      let j = i + 1;
      while (j < n && simple.charCodeAt(j) === 42) j++;
      if (j - i > 1) {
        out += simple.slice(last, i) + '*';
        last = j;
      }
      i = j;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(simple.charCodeAt(j))) j++;
      // Leading and trailing runs go (trim); inner runs become one space.
      const edge = out.length === 0 && last === 0 && i === 0 ? true : j === n;
      if (edge || j - i > 1 || c !== 32) {
        out += simple.slice(last, i) + (edge ? '' : ' ');
        last = j;
      }
      i = j;
    } else {
      const list = CANTONESE_BY_FIRST.get(c);
      let hit: readonly [string, string] | undefined;
      if (list) for (const entry of list) if (simple.startsWith(entry[0], i)) { hit = entry; break; }
      if (hit) {
        out += simple.slice(last, i) + hit[1];
        i += hit[0].length;
        last = i;
      } else {
        i++;
      }
    }
  }
  return last === 0 ? simple : out + simple.slice(last);
}

export function normalizeText(text: string): string {
  return collapseSimplified(simplifyText(text));
}
