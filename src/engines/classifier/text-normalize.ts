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
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const DIGIT_RUN = /[0-9][0-9.,]*/g;
const SPACE_RUN = /[\s\u3000]+/g;
const STAR_RUN = /\*{2,}/g;
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
const CANTONESE_WORD = new RegExp(Object.keys(CANTONESE).sort((a, b) => b.length - a.length).join('|'), 'gu');

/** The feature-side steps after `simplifyText`: collapse digits, mask stars, Cantonese and whitespace. */
export function collapseSimplified(simple: string): string {
  return simple
    .replace(DIGIT_RUN, '0')
    .replace(STAR_RUN, '*')
    .replace(CANTONESE_WORD, (w) => CANTONESE[w] ?? w)
    .replace(SPACE_RUN, ' ')
    .trim();
}

export function normalizeText(text: string): string {
  return collapseSimplified(simplifyText(text));
}
