/**
 * Content analysis: one Aho–Corasick pass of the lexicon over the normalised text, grouped
 * into one reason per red flag / conduct, with fraud-type votes.
 */
import { AhoCorasick } from './aho-corasick.js';
import { makeReason, type ReasonCode } from './reason.catalog.js';
import { LEXICON, type Cue, type Flag, type HarassCode } from './script.lexicon.js';
import type { FraudType, Reason } from './scam.types.js';

const matcher = new AhoCorasick<Cue>(LEXICON);
const NEGATION = /不|勿|别|没有|无需|never|not |n't|no /;
/** Education texts name the scam: "要求共享屏幕的都是诈骗", "anyone asking … is a scammer". */
const SCAM_WORDS = /是诈骗|是骗子|是骗局|防骗|谨防|警惕|scammer|is a scam|are scams|beware/;
const CLAUSE_END = /[，。；！？,.;!?\n]/;
const SCOPE = 30;

/**
 * A cue is void when its clause negates it ("不会以任何理由要求您转账到个人账户") or warns
 * about it ("…的都是骗子"): genuine lenders quote scam scripts in their anti-fraud notices.
 */
function voided(norm: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < SCOPE && !CLAUSE_END.test(norm[from - 1] as string)) from--;
  let to = end;
  while (to < norm.length && to - end < SCOPE && !CLAUSE_END.test(norm[to] as string)) to++;
  return NEGATION.test(norm.slice(from, start)) || SCAM_WORDS.test(norm.slice(from, to));
}

export interface ScriptResult {
  fraudReasons: Reason[];
  harassReasons: Reason[];
  flags: Set<Flag>;
  typeVotes: Map<FraudType, number>;
  collection: boolean;
}

interface Group {
  risk: number;
  evidence: { start: number; end: number };
}

function noisyOr(acc: number, w: number): number {
  return 1 - (1 - acc) * (1 - w);
}

/** `norm` is the normalised text used for matching, `original` supplies evidence slices. */
export function scriptSignals(norm: string, original: string): ScriptResult {
  const flagGroups = new Map<Flag, Group>();
  const harassGroups = new Map<HarassCode, Group>();
  const typeVotes = new Map<FraudType, number>();
  const seen = new Set<string>();
  let collection = false;
  for (const m of matcher.findAll(norm)) {
    const cue = m.value;
    if (cue.neg && voided(norm, m.start, m.end)) continue;
    // Each distinct cue counts once: repeating a word 100 times is not 100 times the evidence.
    const id = `${norm.slice(m.start, m.end)}\u0000${cue.flag}\u0000${cue.harass ?? ''}\u0000${cue.ctx ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (cue.ctx === 'collection') collection = true;
    const span = { start: m.start, end: m.end };
    if (cue.harass && cue.hw) {
      const g = harassGroups.get(cue.harass);
      if (g) g.risk = noisyOr(g.risk, cue.hw);
      else harassGroups.set(cue.harass, { risk: cue.hw, evidence: span });
    }
    if (cue.risk > 0) {
      const g = flagGroups.get(cue.flag);
      if (g) g.risk = noisyOr(g.risk, cue.risk);
      else flagGroups.set(cue.flag, { risk: cue.risk, evidence: span });
    }
    for (const [t, v] of Object.entries(cue.types ?? {}) as Array<[FraudType, number]>) {
      typeVotes.set(t, (typeVotes.get(t) ?? 0) + v);
    }
  }
  const ev = (g: Group): { text: string; start: number; end: number } => ({
    text: original.slice(g.evidence.start, g.evidence.end),
    ...g.evidence,
  });
  const fraudReasons = [...flagGroups].map(([flag, g]) => {
    const code: ReasonCode = `cue_${flag}`;
    return makeReason(code, ev(g), round(g.risk));
  });
  const harassReasons = [...harassGroups].map(([harass, g]) => {
    const code: ReasonCode = `harass_${harass}`;
    return makeReason(code, ev(g), round(g.risk));
  });
  return { fraudReasons, harassReasons, flags: new Set(flagGroups.keys()), typeVotes, collection };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
