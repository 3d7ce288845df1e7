/**
 * Text normalisation shared by training and prediction: Traditional → Simplified (OpenCC
 * "twp" phrases, so 簡訊 becomes 短信 rather than 简讯), full-width ASCII → half-width,
 * lower-case, runs of digits collapsed to one `0` (amounts, dates and masked phone numbers carry
 * no class signal, and collapsing them lets `138****5678` and `[手机号#1]` generalise),
 * whitespace runs collapsed.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

const HAS_CJK = /[\u3400-\u9fff]/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const DIGIT_RUN = /[0-9][0-9.,]*/g;
const SPACE_RUN = /[\s\u3000]+/g;
const STAR_RUN = /\*{2,}/g;

function toHalfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** Simplified, half-width, lower-case; digits kept (rules need numbers such as 12378). */
export function simplifyText(text: string): string {
  const s = HAS_CJK.test(text) ? toSimplified(text) : text;
  return s.replace(FULL_WIDTH, toHalfWidth).toLowerCase();
}

/** The feature-side steps after `simplifyText`: collapse digits, mask stars and whitespace. */
export function collapseSimplified(simple: string): string {
  return simple.replace(DIGIT_RUN, '0').replace(STAR_RUN, '*').replace(SPACE_RUN, ' ').trim();
}

export function normalizeText(text: string): string {
  return collapseSimplified(simplifyText(text));
}
