/**
 * "Is this really my lender?" analyzer — pure engine (no HTTP, no database, no process.env).
 *
 * Contract:
 * - `analyzeMessage(input, ctx)` MUST return a Verdict for any input with at least one of
 *   text / sender / url, and MUST throw `ScamInputError` (stable `code`, offending `field`)
 *   for empty input, text over MAX_TEXT_CHARS, or a receivedAt that is not ISO 8601 with an
 *   offset. It MUST NOT throw on malformed numbers or links: those become reasons.
 * - Cost MUST be linear in the text length (one normalisation and compaction, one lexicon pass,
 *   context checks bounded per cue, linear regexes); the registry index is built once with
 *   `buildRegistryIndex` and only read.
 * - `official` MUST only be returned when the sender is an exact registered channel and no
 *   reason carries weight ≥ 0.2. `fraud` needs risk ≥ 0.8 or a fraud-database hit scoring
 *   ≥ 0.5; `suspicious` risk ≥ 0.45; `harassment` needs debt-collection context plus illegal
 *   conduct (threats, insults, third parties, disclosure, fake legal pressure, pushing new loans,
 *   22:00–08:00), and a message selling debt "help" is never the collector's harassment.
 * - risk MUST be the noisy-OR of the positive reason weights (harassment: of its reasons), so
 *   every point of risk is explained by a listed reason.
 * - Night-time is judged in receivedAt's own offset; without receivedAt, a live `call` is
 *   judged at ctx.now in China Standard Time (UTC+8), anything else is not judged.
 * - The fraud database is consulted once per message with all indicators. `analyzeMessage`
 *   needs a synchronous lookup; `analyzeMessageAsync` accepts any FraudLookup.
 */
import type { FraudLookup, SyncFraudLookup } from './fraud-lookup.js';
import { dedupeIndicators } from './indicator.extract.js';
import { prepareMessage, type Prepared } from './message.prepare.js';
import { makeReason } from './reason.catalog.js';
import type { RegistryIndex } from './registry.index.js';
import { ScamInputError } from './scam.errors.js';
import { round } from './script.signals.js';
import type { FraudHit, FraudType, MessageInput, Reason, Verdict, VerdictKind } from './scam.types.js';
import { adviceFor, articlesFor } from './verdict.advice.js';

export const MAX_TEXT_CHARS = 200_000;
export const THRESHOLDS = { fraud: 0.8, suspicious: 0.45, harassment: 0.5, officialMaxReason: 0.2 } as const;

export interface AnalyzeContext {
  index: RegistryIndex;
  fraudLookup: FraudLookup;
  now?: Date;
}

export interface SyncAnalyzeContext extends AnalyzeContext {
  fraudLookup: SyncFraudLookup;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const CST_OFFSET_HOURS = 8;

function validate(input: MessageInput): void {
  const has = (v: string | undefined): boolean => typeof v === 'string' && v.trim() !== '';
  if (!has(input.text) && !has(input.sender) && !has(input.url)) throw new ScamInputError('SCAM_EMPTY_INPUT', 'input');
  if ((input.text?.length ?? 0) > MAX_TEXT_CHARS) throw new ScamInputError('SCAM_INPUT_TOO_LARGE', 'text');
  if ((input.sender?.length ?? 0) > 100) throw new ScamInputError('SCAM_INPUT_TOO_LARGE', 'sender');
  if ((input.url?.length ?? 0) > 4096) throw new ScamInputError('SCAM_INPUT_TOO_LARGE', 'url');
  if (input.receivedAt !== undefined) {
    if (!ISO_WITH_OFFSET.test(input.receivedAt) || Number.isNaN(Date.parse(input.receivedAt))) {
      throw new ScamInputError('SCAM_INVALID_RECEIVED_AT', 'receivedAt');
    }
  }
}

/** Local hour of the contact, or null when it cannot be known. */
function localHour(input: MessageInput, now: Date | undefined): { hour: number; label: string } | null {
  if (input.receivedAt) {
    const m = ISO_WITH_OFFSET.exec(input.receivedAt);
    return m ? { hour: Number(m[1]), label: input.receivedAt } : null;
  }
  if (input.channel === 'call' && now) {
    const hour = (now.getUTCHours() + CST_OFFSET_HOURS) % 24;
    return { hour, label: `${now.toISOString()} (UTC+8 ${hour}:00)` };
  }
  return null;
}

function noisyOr(weights: number[]): number {
  return 1 - weights.reduce((acc, w) => (w > 0 ? acc * (1 - Math.min(w, 1)) : acc), 1);
}

/**
 * The type with the most votes. Pig-butchering pairs courtship with an "investment" or betting
 * platform; the MPS files it under 婚恋交友 (the lure), so courtship words decide it.
 */
function topType(votes: ReadonlyMap<FraudType, number>): FraudType {
  let best: FraudType = 'other';
  let bestV = 0;
  for (const [t, v] of votes) if (v > bestV) [best, bestV] = [t, v];
  if (best === 'fake_investment' && (votes.get('romance') ?? 0) >= 1) return 'romance';
  return best;
}

function decide(input: MessageInput, p: Prepared, hits: FraudHit[], now: Date | undefined): Verdict {
  const reasons: Reason[] = [...p.reasons];
  for (const h of hits) {
    reasons.push(makeReason('fraud_db_hit', { text: h.indicator.value }, round(h.score), { y: String(h.reports) }));
  }
  const harass = [...p.harassReasons];
  const hour = localHour(input, now);
  if (p.collection && hour && (hour.hour >= 22 || hour.hour < 8)) {
    harass.push(makeReason('harass_night', { text: hour.label }, 0.5));
  }
  // Rounded before thresholding so 1 − (1 − 0.45) counts as 0.45.
  const fraudRisk = round(noisyOr(reasons.map((r) => r.weight)));
  const harassRisk = round(noisyOr(harass.map((r) => r.weight)));
  const dbFraud = hits.some((h) => h.score >= 0.5);

  let verdict: VerdictKind;
  if (dbFraud || fraudRisk >= THRESHOLDS.fraud) verdict = 'fraud';
  // An agent's ad that talks about abusive collection ("被爆通讯录？我们帮你反催收") is selling
  // something, not collecting: harassment is for messages from the collector.
  else if (p.collection && harassRisk >= THRESHOLDS.harassment && !p.flags.has('debt_agent')) verdict = 'harassment';
  else if (fraudRisk >= THRESHOLDS.suspicious) verdict = 'suspicious';
  else if (p.sender?.verified && !reasons.some((r) => r.weight >= THRESHOLDS.officialMaxReason)) verdict = 'official';
  else verdict = 'unverified';

  const isScam = verdict === 'fraud' || verdict === 'suspicious';
  const fraudType = isScam ? topType(p.typeVotes) : null;
  const allReasons = verdict === 'harassment' || harass.length > 0 ? [...reasons, ...harass] : reasons;
  allReasons.sort((a, b) => b.weight - a.weight);
  return {
    verdict,
    risk: round(verdict === 'harassment' ? Math.max(harassRisk, fraudRisk) : Math.max(fraudRisk, ...hits.map((h) => h.score))),
    fraudType,
    institution: p.institution,
    reasons: allReasons,
    advice: adviceFor(verdict, p.flags, p.institution),
    articles: articlesFor(verdict, fraudType),
    indicators: dedupeIndicators(p.indicators),
  };
}

export function analyzeMessage(input: MessageInput, ctx: SyncAnalyzeContext): Verdict {
  validate(input);
  const p = prepareMessage(input, ctx.index);
  const indicators = dedupeIndicators(p.indicators);
  const hits = indicators.length > 0 ? ctx.fraudLookup.lookup(indicators) : [];
  return decide(input, p, hits, ctx.now);
}

export async function analyzeMessageAsync(input: MessageInput, ctx: AnalyzeContext): Promise<Verdict> {
  validate(input);
  const p = prepareMessage(input, ctx.index);
  const indicators = dedupeIndicators(p.indicators);
  const hits = indicators.length > 0 ? await ctx.fraudLookup.lookup(indicators) : [];
  return decide(input, p, hits, ctx.now);
}
