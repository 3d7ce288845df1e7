/**
 * Turns Chinese/English text into index terms. Chinese gets BOTH character bigrams (robust to
 * typos and to words the dictionary lacks) and jieba words (precise matches score higher);
 * English gets lower-cased, lightly stemmed words plus character trigrams (typo tolerance).
 * Terms carry a kind prefix so a bigram and a word with the same letters never collide.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js/t2cn';

// Both are costly to build (dictionary load), so they are built once per process.
const jieba = Jieba.withDict(dict);
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export type TermKind = 'b' | 'w' | 'e' | 'g';

/** Query-side weight per term kind: trigrams only nudge, whole words count most. */
export const KIND_WEIGHT: Readonly<Record<TermKind, number>> = { b: 1, w: 1.5, e: 1.5, g: 0.3 };

const HAS_CJK = /[\u3400-\u9fff]/;
const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_RUN = /[a-z0-9]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** Variant characters common in complaints but not folded by OpenCC (帐户 → 账户). */
const VARIANTS: Readonly<Record<string, string>> = { 帐: '账' };
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'g');

const EN_STOP = new Set(
  ('a an the is are was were be been am i me my we our you your he she it its they them their to of and or ' +
    'in on at by for from with as this that these those do does did how what why when where which who can could ' +
    'will would should there here have has had not no so if but about into than then just get got').split(' '),
);

/**
 * Question scaffolding that every intent contains ("怎么办", "是不是"): it says nothing about the
 * topic, and left in it lets an off-topic question look half-answered.
 */
const ZH_STOP = new Set(
  '我家 你家 怎么 怎么办 么办 怎样 如何 什么 为什么 是不是 不是 可以 能不能 请问 一下 我的 你们 我们 他们 这个 那个 哪里 还是 就是 是否 吗'.split(' '),
);

/** Single-character function words; other one-character words (猫, 钱, 卡) still carry meaning. */
const ZH_STOP_CHARS = new Set('的了吗呢吧啊呀我你他她它是在有和与就都也还又被把给让对从向这那个些么着过很太'.split(''));

export function normalize(text: string): string {
  let s = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (HAS_CJK.test(s)) s = toSimplified(s).replace(VARIANT_RE, (c: string) => VARIANTS[c] ?? c);
  return s.toLowerCase();
}

/** Tiny suffix stripper: enough to match "locked"/"lock", "refunds"/"refund", "charging"/"charge". */
export function stem(word: string): string {
  if (word.length <= 3 || /^[0-9]+$/.test(word)) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'es' && !/(s|x|z|ch|sh)$/.test(base) ? word.slice(0, -1) : base;
    }
  }
  return word;
}

export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/**
 * Terms of an already-normalised text, with repetitions (term frequency matters for BM25).
 * jieba runs over CJK runs only: its output for ASCII is redundant with the English path.
 */
export function termsOf(normalized: string): string[] {
  const out: string[] = [];
  for (const run of normalized.match(CJK_RUN) ?? []) {
    if (run.length === 1) out.push(`b:${run}`);
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!ZH_STOP.has(bigram)) out.push(`b:${bigram}`);
    }
    if (run.length >= 2) {
      for (const w of jieba.cut(run, true)) if (!ZH_STOP.has(w) && (w.length >= 2 || !ZH_STOP_CHARS.has(w))) out.push(`w:${w}`);
    }
  }
  for (const raw of normalized.match(LATIN_RUN) ?? []) {
    if (EN_STOP.has(raw) || (raw.length < 2 && !/[0-9]/.test(raw))) continue;
    const w = stem(raw);
    out.push(`e:${w}`);
    if (w.length >= 4 && !/^[0-9]+$/.test(w)) {
      const padded = `^${w}$`;
      for (let i = 0; i + 3 <= padded.length; i++) out.push(`g:${padded.slice(i, i + 3)}`);
    }
  }
  return out;
}

export function kindOf(term: string): TermKind {
  return term[0] as TermKind;
}
