/**
 * Chinese PII detection engine.
 *
 * Contract:
 * - `detectPii(text)` MUST return findings sorted by `start`, non-overlapping, with offsets in
 *   UTF-16 code units and `text === input.slice(start, end)`; it MUST NOT throw on any string
 *   (empty, lone surrogates, control characters, 10 MB).
 * - Cost MUST be linear in the input length: recognizers scan from anchor characters (digits,
 *   "@", cue words, gazetteer names) and no pattern contains nested quantifiers. A run of more
 *   than 19 contiguous digits is never reported.
 * - Official service numbers (95xxx/96xxx, 400/800, 1xxxx short codes, 106 SMS ports), amounts,
 *   dates, rates and business references (订单号, 合同编号 …) MUST NOT be reported.
 * - Recognizers are registered in `DEFAULT_RECOGNIZERS`; each declares the types it emits, so a
 *   `types` filter skips recognizers that cannot contribute.
 * - Built-in recognizers SHOULD NOT each walk the text for their word lists: they register them
 *   in `builtinScan` (one pass for all, identical matches to per-list scans), and detectPii
 *   releases that pass's cache before returning so no input outlives the call.
 * - Overlaps: the same span keeps its highest-scoring reading; a span that contains another wins
 *   (a URL query over the phone number inside it); otherwise the higher score, then the longer span.
 * - The engine is pure: no I/O, no environment; jieba's dictionary is loaded lazily in memory.
 */
import { addressRecognizer } from './address.recognizer.js';
import { builtinScan } from './builtin-scan.js';
import { releaseSegments } from './jieba-window.js';
import { patternRecognizers } from './builtin.specs.js';
import { nameRecognizer } from './name.recognizer.js';
import { createNumberRecognizer } from './number.recognizer.js';
import type { PiiEntity, PiiType, Recognizer } from './pii.types.js';
import { emailRecognizer, ipRecognizer, urlTokenRecognizer } from './web.recognizer.js';

export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  createNumberRecognizer(),
  emailRecognizer,
  urlTokenRecognizer,
  ipRecognizer,
  ...patternRecognizers,
  nameRecognizer,
  addressRecognizer,
];

export interface DetectOptions {
  /** Findings below this score are dropped (default 0.5). */
  minScore?: number;
  /** Only these types are reported (default: all). */
  types?: readonly PiiType[];
  /** Recognizer registry (default DEFAULT_RECOGNIZERS). */
  recognizers?: readonly Recognizer[];
}

export const DEFAULT_MIN_SCORE = 0.5;

function better(a: PiiEntity, b: PiiEntity): PiiEntity {
  if (a.start === b.start && a.end === b.end) return b.score > a.score ? b : a;
  if (a.start <= b.start && a.end >= b.end) return a;
  if (b.start <= a.start && b.end >= a.end) return b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return b.end - b.start > a.end - a.start ? b : a;
}

/** Sorted, non-overlapping subset of `candidates` (one linear sweep after sorting). */
export function resolveOverlaps(candidates: PiiEntity[]): PiiEntity[] {
  return resolveSorted([...candidates]);
}

/** resolveOverlaps on an array the caller owns: sorts it in place instead of copying it. */
function resolveSorted(candidates: PiiEntity[]): PiiEntity[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiEntity[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.start >= last.end) out.push(e);
    else out[out.length - 1] = better(last, e);
  }
  return out;
}

export function detectPii(text: string, opts: DetectOptions = {}): PiiEntity[] {
  if (text.length === 0) return [];
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const wanted = opts.types ? new Set(opts.types) : undefined;
  const candidates: PiiEntity[] = [];
  try {
    for (const r of opts.recognizers ?? DEFAULT_RECOGNIZERS) {
      if (wanted && !r.types.some((t) => wanted.has(t))) continue;
      r.detect(text, candidates);
    }
  } finally {
    // The built-in recognizers shared one cue pass over `text` and its jieba readings; do not keep
    // the input alive.
    builtinScan.release();
    releaseSegments();
  }
  const kept = candidates.filter((e) => e.score >= minScore && (!wanted || wanted.has(e.type)));
  return resolveSorted(kept);
}
