/**
 * Declarative recognizers, Presidio-style: a pattern with a base score, context words that raise
 * it, and an optional `validate` hook; or a cue word followed by a value ("微信号：abc_123").
 * Patterns MUST NOT contain nested quantifiers (every repeated group needs a fixed delimiter),
 * so matching stays linear on hostile input.
 */
import { Lexicon, type SharedScan } from './lexicon.js';
import { MatchList } from './match-list.js';
import type { PiiEntity, PiiType, Recognizer } from './pii.types.js';

export interface PatternSpec {
  id: string;
  type: PiiType;
  /** Global regex. */
  pattern: RegExp;
  score: number;
  reason: string;
  /** Words that raise the score when they occur shortly before the match. */
  context?: readonly string[];
  contextBoost?: number;
  /** Only report the match when a context word is present. */
  requireContext?: boolean;
  validate?: (match: string) => boolean;
}

const CONTEXT_WINDOW = 16;

export function patternRecognizer(spec: PatternSpec): Recognizer {
  const context = spec.context ? Lexicon.of(spec.context) : undefined;
  const re = new RegExp(spec.pattern.source, spec.pattern.flags);
  return {
    id: spec.id,
    types: [spec.type],
    detect(text, out) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const value = m[0];
        if (value.length === 0) {
          re.lastIndex++;
          continue;
        }
        if (spec.validate && !spec.validate(value)) continue;
        const cue = context?.lastBefore(text, m.index, CONTEXT_WINDOW);
        if (spec.requireContext && !cue) continue;
        const score = Math.min(1, spec.score + (cue ? (spec.contextBoost ?? 0.1) : 0));
        const reason = cue ? `${spec.reason}; context "${text.slice(cue.start, cue.end)}"` : spec.reason;
        out.push({ type: spec.type, start: m.index, end: m.index + value.length, score, text: value, reason });
      }
    },
  };
}

export interface CueValueSpec {
  id: string;
  type: PiiType;
  cues: readonly string[];
  /** Sticky (`y`) regex for the value that follows the cue and its connector. */
  value: RegExp;
  score: number;
  reason: string;
  validate?: (value: string) => boolean;
  /**
   * Sticky regex for what may follow the value with no space between: the next value's cue
   * ("wxid55209QQ是80693…"); anything else touching the value makes it part of a longer word.
   */
  runOn?: RegExp;
}

/**
 * Connector between a cue and its value, at most 5 characters: spaces, colons, "是/为", 号码, and
 * the punctuation of tables ("| 微信 | wxid_… |"), key=value logs and JSON ("\"wx\":\"wxid_…\"").
 */
const CONNECTOR = /[\s:：=|｜"'“”‘’是为為号號码碼(（]{0,5}/y;
const TRAILING_PUNCT = /[.,;:!?)\]}'"]+$/;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** With `shared`, the cue words are matched in that scan's single pass instead of a pass of their own. */
export function cueValueRecognizer(spec: CueValueSpec, shared?: SharedScan): Recognizer {
  const cues = Lexicon.of(spec.cues);
  const own = new MatchList<true>();
  const cuesIn = shared
    ? shared.register(cues)
    : (text: string): MatchList<true> => {
        own.clear();
        cues.scan(text, 0, text.length, (start, end, value) => own.push(start, end, value));
        return own;
      };
  const connector = new RegExp(CONNECTOR.source, 'y');
  const valueRe = new RegExp(spec.value.source, spec.value.flags.includes('y') ? spec.value.flags : `${spec.value.flags}y`);
  const runOn = spec.runOn ? new RegExp(spec.runOn.source, spec.runOn.flags.includes('y') ? spec.runOn.flags : `${spec.runOn.flags}y`) : null;
  const runsOn = (text: string, at: number): boolean => {
    if (!runOn) return false;
    runOn.lastIndex = at;
    return runOn.test(text);
  };
  return {
    id: spec.id,
    types: [spec.type],
    detect(text, out) {
      const found = cuesIn(text);
      for (let j = 0; j < found.length; j++) {
        const cueEnd = found.end(j);
        connector.lastIndex = cueEnd;
        const gap = connector.exec(text);
        const start = cueEnd + (gap ? gap[0].length : 0);
        valueRe.lastIndex = start;
        const m = valueRe.exec(text);
        if (!m) continue;
        const value = m[0].replace(TRAILING_PUNCT, '');
        const end = start + value.length;
        // The value must stand alone: "验证码123456789012" is not a 6-digit code.
        if (value.length === 0 || (end === start + m[0].length && isWordChar(text.charCodeAt(end)) && !runsOn(text, end))) continue;
        if (spec.validate && !spec.validate(value)) continue;
        out.push({ type: spec.type, start, end, score: spec.score, text: value, reason: `${spec.reason} after "${text.slice(found.start(j), cueEnd)}"` });
      }
    },
  };
}
