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
 * - The text model (ctx.model; the shipped one when absent, none when null) adds its calibrated
 *   view as reasons: `model_fraud` / `model_harassment` (with the n-grams behind them and the
 *   confidence) weigh in the noisy-OR like any rule, so risk stays explained.
 * - When the model is confident a text is ordinary, script cues alone MUST NOT make it
 *   suspicious, fraud or harassment: the verdict falls to official/unverified, the risk keeps
 *   its reasons and `model_normal` says why. Channel evidence is beyond this veto (a fraud-database
 *   hit, one non-script reason ≥ MODEL.strongRule, or non-script reasons that are suspicious
 *   together), and so are night-time collection and fees charged for collection itself. An
 *   institution's display label in a message with no sender (【X官方回复】, display-label.ts) is
 *   not channel evidence: it names the institution without being an SMS signature.
 * - A closed channel (closed-channel.ts) vetoes the same way: an exact registered sender, not a
 *   call, whose text opens no route away from the institution (link, number, account) and asks
 *   nothing no institution asks (codes, fees, secrecy…); or an unregistered port or landline whose
 *   only fault is being off file, in a text that gives the institution's own number or site.
 * - A confident harassment reading stands in for the debt-collection context, and beats fraud
 *   cues unless the channel diverts money or data ("pay today or we call your boss" from a
 *   staff mobile is the collector's; the same with a link or an account to pay into is a scam):
 *   an unregistered number or signature alone does not make a collector a fraudster.
 * - The model decides the fraud type when the lexicon votes for none, or when its confidence in
 *   its type is at least MODEL.typeOverride; `model_type` then says so.
 */
import { closedChannel } from './closed-channel.js';
import type { FraudLookup, SyncFraudLookup } from './fraud-lookup.js';
import { dedupeIndicators } from './indicator.extract.js';
import { prepareMessage, type Prepared } from './message.prepare.js';
import { protectiveAdvice } from './protective.signals.js';
import { cuesOf, loadScamModel, viewOf, type MessageLabel, type ModelView, type ScamModel } from './model/scam.model.js';
import { FRAUD_TYPE_NAMES, makeReason } from './reason.catalog.js';
import type { RegistryIndex } from './registry.index.js';
import { ScamInputError } from './scam.errors.js';
import { round } from './script.signals.js';
import type { FraudHit, FraudType, MessageInput, Reason, Verdict, VerdictKind } from './scam.types.js';
import { adviceFor, articlesFor } from './verdict.advice.js';

export const MAX_TEXT_CHARS = 200_000;
/**
 * Conduct illegal however the message is worded (facts/regulation.md): night-time contact and
 * fees for collection itself. The text model's "normal" reading does not veto them.
 */
const BEYOND_VETO = new Set<string>(['harass_night', 'harass_extra_fee']);
/** Channel reasons a real collector's message shows too: it comes from a person's or an agency's number. */
const COLLECTOR_CHANNEL = new Set<string>(['sender_not_institution', 'sender_personal_mobile', 'sender_virtual_operator', 'signature_from_mobile', 'signature_unknown', 'sms_port_unregistered', 'text_number_not_official']);

/** Weight of a foreign sender that is the only reason against a message (below THRESHOLDS.suspicious). */
const LONE_FOREIGN_WEIGHT = 0.4;

export const THRESHOLDS = { fraud: 0.8, suspicious: 0.45, harassment: 0.5, officialMaxReason: 0.2 } as const;

/**
 * How far the model's calibrated probabilities move the verdict. Chosen on template-held-out
 * cross-validation (scripts/train-scam.ts), not on any single bank.
 */
export const MODEL = {
  /** Probability from which the model's fraud / harassment view becomes a reason. */
  reason: 0.7,
  /**
   * The same when no rule saw anything (no reason ≥ 0.1): a short text unlike any training
   * message ("生日快乐！") gets near-uniform n-grams, and only a confident view should count.
   */
  reasonAlone: 0.8,
  /** Reason weight = probability × scale, so the model alone reaches `fraud` only above ~0.89. */
  scale: 0.9,
  /**
   * Confidence in `normal` that vetoes a verdict resting on weak cues only. 0.8 until session 7;
   * 0.6 cut the cross-validated FPR by about 0.3 points at the same recall (docs/evaluation.md).
   */
  normalVeto: 0.6,
  /** A reason at least this heavy is strong evidence the model cannot veto. */
  strongRule: 0.6,
  /** Harassment probability that stands in for the lexicon's debt-collection context. */
  harassContext: 0.8,
  /**
   * Type confidence from which the model's type beats the lexicon's votes. Until session 7 it beat
   * only undecided votes, from 0.6; cross-validated, a confident model is right more often than
   * even a clear lexicon majority (type accuracy 89.7 % → 93.5 %, docs/evaluation.md).
   */
  typeOverride: 0.5,
} as const;

export interface AnalyzeContext {
  index: RegistryIndex;
  fraudLookup: FraudLookup;
  now?: Date;
  /** The text model; omitted → the shipped models/scam-v1.json, null → rules only. */
  model?: ScamModel | null;
}

export interface SyncAnalyzeContext extends AnalyzeContext {
  fraudLookup: SyncFraudLookup;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const CST_OFFSET_HOURS = 8;

/**
 * Module functions rather than closures in the per-message path: the CLI and server run through
 * tsx, whose keep-names transform costs ~1 µs for each closure created per call.
 */
function has(v: string | undefined): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

function validate(input: MessageInput): void {
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
  for (const [t, v] of votes) {
    if (v > bestV) [best, bestV] = [t, v];
  }
  return best === 'fake_investment' && (votes.get('romance') ?? 0) >= 1 ? 'romance' : best;
}

const pct = (p: number): string => `${Math.round(p * 100)}%`;

function modelReason(code: 'model_fraud' | 'model_harassment', model: ScamModel, view: ModelView, label: MessageLabel): Reason {
  const p = view[label];
  return makeReason(code, { text: cuesOf(model, view, label).map((c) => `“${c}”`).join('、') }, round(p * MODEL.scale), { y: pct(p) });
}

function chooseType(p: Prepared, view: ModelView | null, reasons: Reason[]): FraudType {
  const rules = topType(p.typeVotes);
  if (!view || view.type === rules || !(p.typeVotes.size === 0 || view.typeConfidence >= MODEL.typeOverride)) return rules;
  reasons.push(makeReason('model_type', { text: pct(view.typeConfidence) }, 0, { y: FRAUD_TYPE_NAMES[view.type] }));
  return view.type;
}

/** Probability from which the model's view becomes a reason, given the rules' reasons. */
function modelReasonFrom(rules: Reason[]): number {
  return rules.some((r) => r.weight >= 0.1) ? MODEL.reason : MODEL.reasonAlone;
}

/** Channel evidence that decides on its own: one reason ≥ MODEL.strongRule, or enough together to be suspicious. */
function decisive(channel: Reason[]): boolean {
  return channel.some((r) => r.weight >= MODEL.strongRule) || round(noisyOr(channel.map((r) => r.weight))) >= THRESHOLDS.suspicious;
}

/**
 * Names of public bodies and institutions a scammer abroad poses as, in the words the lexicons may
 * not cover (English ones above all): a foreign number speaking for one of them stays suspicious.
 * Tested on the normalized text (Simplified, half-width, lower case).
 */
const CLAIMS_A_BODY = /公安|警|法院|检察|海关|出入境|移民|大使馆|领事|银行|金融|医保|社保|税务|政府|局|police|public security|bureau|court|procuratorate|customs|immigration|exit-entry|embassy|consulate|officer|ministry|bank|government|tax|visa/;

/**
 * A foreign number is a reason to look twice, not a verdict: relatives abroad text from one every
 * day ("爸 你们落地了吗"). With nothing else against the message — no cue, no link, no claimed
 * institution, no model reading of fraud — it is listed at a weight below "suspicious".
 */
function loneForeignSender(reasons: Reason[], norm: string): void {
  const at = reasons.findIndex((r) => r.code === 'sender_foreign');
  if (at < 0 || reasons.some((r, i) => i !== at && r.weight >= 0.1) || CLAIMS_A_BODY.test(norm)) return;
  const r = reasons[at] as Reason;
  reasons[at] = { ...r, weight: Math.min(r.weight, LONE_FOREIGN_WEIGHT) };
}

function decide(input: MessageInput, p: Prepared, hits: FraudHit[], now: Date | undefined, model: ScamModel | null): Verdict {
  const reasons: Reason[] = [...p.reasons];
  for (const h of hits) {
    reasons.push(makeReason('fraud_db_hit', { text: h.indicator.value }, round(h.score), { y: String(h.reports) }));
  }
  const harass = [...p.harassReasons];
  const text = input.text ?? '';
  const view = model && text !== '' ? viewOf(model, text) : null;
  if (model && view && view.fraud >= modelReasonFrom(reasons)) reasons.push(modelReason('model_fraud', model, view, 'fraud'));
  if (model && view && view.harassment >= modelReasonFrom(harass)) harass.push(modelReason('model_harassment', model, view, 'harassment'));
  // "你孩子在哪个幼儿园我们都清楚" threatens without one collection word; a confident model
  // reading of harassment is the context the lexicon missed.
  const collection = p.collection || (view !== null && view.harassment >= MODEL.harassContext);
  const hour = localHour(input, now);
  if (collection && hour && (hour.hour >= 22 || hour.hour < 8)) {
    harass.push(makeReason('harass_night', { text: hour.label }, 0.5));
  }
  loneForeignSender(reasons, p.norm);
  // Rounded before thresholding so 1 − (1 − 0.45) counts as 0.45.
  const fraudRisk = round(noisyOr(reasons.map((r) => r.weight)));
  const harassRisk = round(noisyOr(harass.map((r) => r.weight)));
  const dbFraud = hits.some((h) => h.score >= 0.5);
  // Script cues are exactly what warning notices quote ("“安全账户”都是骗局"), so only evidence
  // about the channel itself — registry, sender, link, numbers, fraud database — is beyond the
  // model's veto: one strong such reason, or enough of them to be suspicious on their own. A
  // display label in a pasted message (【X官方回复】) is not a signature, so it is no such evidence.
  const channel = reasons.filter(
    (r) => !r.code.startsWith('cue_') && !r.code.startsWith('model_') && r.code !== 'never_does' && !(r.code === 'signature_lookalike' && p.displayLabels.has(r.evidence.text)),
  );
  const strong = dbFraud || decisive(channel);
  const modelVeto = view !== null && view.normal >= MODEL.normalVeto && !strong;
  // A text that warns its reader off ("那是骗子，千万别转") quotes scams without being one. Looked
  // for only when a verdict could rest on it: most messages are below both thresholds.
  const atStake = fraudRisk >= THRESHOLDS.suspicious || harassRisk >= THRESHOLDS.harassment;
  const protective = atStake && !strong ? protectiveAdvice(p.norm) : null;
  const warned = protective !== null;
  const closed = atStake && !modelVeto && !warned ? closedChannel(p, reasons, input.channel) : null;
  const vetoed = modelVeto || warned || closed !== null;
  // Night-time contact is illegal however polite the wording, so it is beyond the veto too; a
  // collector's "别不接电话" is no warning, so only the model vetoes harassment.
  const harassVetoed = modelVeto && !harass.some((r) => BEYOND_VETO.has(r.code));

  // An agent's ad that talks about abusive collection ("被爆通讯录？我们帮你反催收") is selling
  // something, not collecting: harassment is for messages from the collector.
  const harassing = collection && harassRisk >= THRESHOLDS.harassment && !p.flags.has('debt_agent') && !harassVetoed;
  // "Pay today or we call your boss" trips fraud cues (pay, today); when the model reads the
  // collector's threat rather than a scam and the channel is not suspect, harassment wins.
  // A collector writes from unregistered numbers and signatures too (outsourced agencies, staff
  // mobiles): only channel evidence that diverts money or data — links, accounts, look-alike
  // senders, the fraud database — makes a collector's threat a scam.
  const collectorThreat = harassing && view !== null && view.harassment > view.fraud && !dbFraud && !decisive(channel.filter((r) => !COLLECTOR_CHANNEL.has(r.code)));

  let verdict: VerdictKind;
  if (dbFraud || (!vetoed && !collectorThreat && fraudRisk >= THRESHOLDS.fraud)) verdict = 'fraud';
  else if (harassing) verdict = 'harassment';
  else if (!vetoed && fraudRisk >= THRESHOLDS.suspicious) verdict = 'suspicious';
  else if (p.sender?.verified && !reasons.some((r) => r.weight >= THRESHOLDS.officialMaxReason)) verdict = 'official';
  else verdict = 'unverified';
  const overruled = verdict !== 'harassment' && atStake;
  // Every ground that overruled the cues is listed: the model's reading and the reader's warning can both hold.
  if (modelVeto && view && overruled) {
    reasons.push(makeReason('model_normal', { text: pct(view.normal) }, 0, { y: pct(view.normal) }));
  }
  if (protective !== null && overruled) {
    reasons.push(makeReason('reader_warned', { text: protective }, 0));
  } else if (closed !== null && overruled) {
    reasons.push(makeReason(closed === 'registered_sender' ? 'closed_channel' : 'official_routes_only', { text: input.sender ?? '' }, 0));
  }

  const isScam = verdict === 'fraud' || verdict === 'suspicious';
  const fraudType = isScam ? chooseType(p, view, reasons) : null;
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

/** The context's model: the shipped one unless the caller chose another or none. */
function modelOf(ctx: AnalyzeContext): ScamModel | null {
  return ctx.model === undefined ? loadScamModel() : ctx.model;
}

export function analyzeMessage(input: MessageInput, ctx: SyncAnalyzeContext): Verdict {
  validate(input);
  const p = prepareMessage(input, ctx.index);
  const indicators = dedupeIndicators(p.indicators);
  const hits = indicators.length > 0 ? ctx.fraudLookup.lookup(indicators) : [];
  return decide(input, p, hits, ctx.now, modelOf(ctx));
}

export async function analyzeMessageAsync(input: MessageInput, ctx: AnalyzeContext): Promise<Verdict> {
  validate(input);
  const p = prepareMessage(input, ctx.index);
  const indicators = dedupeIndicators(p.indicators);
  const hits = indicators.length > 0 ? await ctx.fraudLookup.lookup(indicators) : [];
  return decide(input, p, hits, ctx.now, modelOf(ctx));
}
