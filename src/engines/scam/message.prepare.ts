/**
 * Everything the analyzer learns from a message before asking the fraud database: claimed
 * institution, sender / signature / link / number / script signals and the indicators.
 * Pure and synchronous; `scam.analyzer.ts` adds fraud-database hits and decides.
 */
import { isDisplayLabel } from './display-label.js';
import { editDistanceAtMost } from './edit-distance.js';
import { extractLinks, extractNumbers, extractSignatures, normalizeIndicator, parseLink, type SignatureSpan, type Span } from './indicator.extract.js';
import { linkSignals } from './link.signals.js';
import { classifyNumber } from './phone.classify.js';
import { makeReason, NEVER_DOES_TEXT } from './reason.catalog.js';
import type { Institution, NeverDoes } from './registry.schema.js';
import { institutionForHost, type RegistryIndex } from './registry.index.js';
import type { Flag } from './script.lexicon.js';
import { scriptSignals } from './script.signals.js';
import { senderSignals, type SenderResult } from './sender.signals.js';
import type { FraudType, Indicator, MessageInput, Reason } from './scam.types.js';
import { normalizeText } from './text-normalize.js';

export interface Prepared {
  reasons: Reason[];
  harassReasons: Reason[];
  flags: ReadonlySet<Flag>;
  typeVotes: ReadonlyMap<FraudType, number>;
  collection: boolean;
  sender: SenderResult | null;
  institution: Institution | null;
  indicators: Indicator[];
  /** The text names at least one of the institution's own registered numbers or domains. */
  officialRoute: boolean;
  /** Signatures that are an institution's display labels in a message with no sender (display-label.ts). */
  displayLabels: ReadonlySet<string>;
  /** The normalised text, for checks the verdict needs only sometimes (protective.signals.ts). */
  norm: string;
}

/** Script flags that ask for something a registered institution states it never does. */
export const FLAG_NEVER: Partial<Record<Flag, NeverDoes>> = {
  verification_code: 'ask_verification_code',
  password: 'ask_password',
  safe_account: 'ask_transfer_safe_account',
  screen_sharing: 'ask_screen_sharing',
  upfront_fee: 'charge_upfront_fee',
  credit_cancel: 'ask_cancel_student_loan',
};

/** Signatures of courts, arbitration and mediation bodies and other public offices (not in the lender registry), normalized. */
const PUBLIC_BODY_SIGNATURE = /(?:法院|法庭|仲裁委|仲裁院|调解中心|公证处|公安局|派出所|检察院|人民政府|村委会|居委会|街道办|社保局|医保局|税务局|人社局)】?$/;

/**
 * The institution the message's signatures claim, if any, and whether one of the sender's own
 * signatures that no institution owns is a public body's (【杭州互联网法院】).
 */
function claimFromSignatures(index: RegistryIndex, sigs: SignatureSpan[], reasons: Reason[]): { claimed: Institution | null; publicBody: boolean } {
  let claimed: Institution | null = null;
  let publicBody = false;
  for (const sig of sigs) {
    const norm = normalizeText(sig.text);
    const ev = { text: sig.text, start: sig.start, end: sig.end };
    const exact = index.bySignature.get(norm);
    if (exact) {
      claimed ??= exact;
      reasons.push(makeReason('signature_registered', ev, 0, { inst: exact.name }));
      continue;
    }
    // 【示例消金客服】 or a one-character slip of 【示例消金】 imitates the registered signature.
    const named = index.names.findAll(norm)[0]?.value;
    const near = named ?? [...index.bySignature].find(([s]) => s.length >= 3 && editDistanceAtMost(norm, s, 1) !== null)?.[1];
    if (near) {
      claimed ??= near;
      reasons.push(makeReason('signature_lookalike', ev, 0.6, { inst: near.name, y: near.smsSignatures[0] ?? '' }));
    } else {
      reasons.push(makeReason('signature_unknown', ev, 0.05));
      publicBody ||= !sig.quoted && PUBLIC_BODY_SIGNATURE.test(norm);
    }
  }
  return { claimed, publicBody };
}

/** Words that introduce a one-time code, right before a digit run (the text is normalised to Simplified). */
const RE_CODE_BEFORE = /(?:验证码|校验码|动态码|动态密码|确认码|code|otp)\s*(?:是|为|:|：)?\s*$/i;
/** …or right after it: "966544（App动态码）", "482913为您的验证码". */
const RE_CODE_AFTER = /^\s*(?:[（(][^）)\n]{0,12}|为您?的|是您?的|is your )(?:验证码|校验码|动态码|动态密码|确认码|code|otp)/i;

/**
 * `norm` finds the numbers (Traditional 賬戶 reads as 账户), `text` supplies the evidence. Returns
 * whether a registered number of an institution or a national channel was among them.
 */
function numberSignals(index: RegistryIndex, text: string, norm: string, claimed: Institution | null, reasons: Reason[], indicators: Indicator[]): boolean {
  const seen = new Set<string>();
  let registered = false;
  for (const n of extractNumbers(norm)) {
    if (seen.has(n.digits)) continue;
    seen.add(n.digits);
    const ev = { text: text.slice(n.start, n.end), start: n.start, end: n.end };
    // A registered hotline after "账户…拨打" is still a hotline, not a payee account.
    if (n.account && !index.byPhone.has(n.digits)) {
      indicators.push({ kind: 'account', value: normalizeIndicator('account', n.digits) });
      reasons.push(makeReason('account_in_text', ev, 0.25));
      continue;
    }
    // Amounts ("95000元") and dates are digit runs too; only phone-shaped runs count.
    if (/^\s*(元|块|万|yuan|rmb)/.test(norm.slice(n.end, n.end + 4))) continue;
    // A one-time code that happens to start with 95 or 96 ("验证码：967319") is not a hotline.
    if (RE_CODE_BEFORE.test(norm.slice(Math.max(0, n.start - 10), n.start)) || RE_CODE_AFTER.test(norm.slice(n.end, n.end + 20))) continue;
    const info = classifyNumber(n.digits);
    const phoneLike =
      info.kind === 'mobile' || info.kind === 'service_400' || info.kind === 'foreign' ||
      (info.kind === 'short_code' && /^9[56]/.test(info.digits)) || (info.kind === 'landline' && info.digits.startsWith('0'));
    if (!phoneLike) continue;
    indicators.push({ kind: 'phone', value: info.kind === 'foreign' ? `+${info.digits}` : info.digits });
    if (index.byPhone.has(info.digits) || index.national.has(info.digits)) {
      registered = true;
      continue;
    }
    if (claimed) {
      reasons.push(makeReason('text_number_not_official', ev, 0.45, { inst: claimed.name, y: claimed.hotlines.map((h) => h.number).join(', ') }));
    }
  }
  return registered;
}

export function prepareMessage(input: MessageInput, index: RegistryIndex): Prepared {
  const text = input.text ?? '';
  const norm = normalizeText(text);
  const reasons: Reason[] = [];
  const indicators: Indicator[] = [];

  const seenSigs = new Set<string>();
  const sigs = extractSignatures(text).filter((s) => !seenSigs.has(s.text) && seenSigs.add(s.text) !== undefined);
  const fromSignatures = claimFromSignatures(index, sigs, reasons);
  let claimed = fromSignatures.claimed;
  const claimedBySignature = claimed !== null;
  claimed ??= index.names.findAll(norm)[0]?.value ?? null;
  for (const s of sigs) indicators.push({ kind: 'sms_signature', value: normalizeIndicator('sms_signature', s.text) });

  // "妈，这条是真的吗：“【模拟银行】…”" quotes a signature: the sender does not claim to be that
  // bank, so only the sender's own signatures are held against the sender.
  const ownSigs = sigs.filter((s) => !s.quoted).length;
  const quotedClaim = claimedBySignature && ownSigs === 0;
  // "【杭州互联网法院】您与示例消金借款合同纠纷…" names the lender as a party: the signature says the
  // sender is a public body, so the sender is not held to the lender's registered channels.
  const publicBodySender = !claimedBySignature && fromSignatures.publicBody;
  let sender: SenderResult | null = null;
  if (input.sender && input.sender.trim() !== '') {
    sender = senderSignals(input.sender, { index, channel: input.channel, claimed: quotedClaim || publicBodySender ? null : claimed, claimedBySignature: claimedBySignature && !quotedClaim, hasSignature: ownSigs > 0 });
    reasons.push(...sender.reasons);
    const phone = normalizeIndicator('phone', input.sender);
    if (phone !== '') indicators.push({ kind: 'phone', value: phone });
    if (claimedBySignature && !quotedClaim && claimed && sender.institution && sender.institution !== claimed) {
      reasons.push(makeReason('signature_port_mismatch', { text: sigs[0]?.text ?? '' }, 0.55, { inst: claimed.name }));
    }
  }

  // Each distinct link is judged once: a paste repeating one link 500 times is one link.
  const seenLinks = new Set<string>();
  const found = extractLinks(norm);
  const links = found
    .filter((l) => !seenLinks.has(l.text) && seenLinks.add(l.text) !== undefined)
    .map((l) => ({ ...l, text: text.slice(l.start, l.end) }));
  if (input.url && input.url.trim() !== '') {
    const l = parseLink(normalizeText(input.url));
    if (l) links.push({ ...l, start: -1, end: -1, text: input.url.trim() });
    else reasons.push(makeReason('link_unknown', { text: input.url.trim() }, 0.3));
  }
  const linkRes = linkSignals(links, index, claimed, /登录|login|验证身份|实名/.test(norm));
  for (const r of linkRes.reasons) {
    // Links pasted in the `url` field have no offsets in the text.
    if (r.evidence.start === -1) reasons.push({ ...r, evidence: { text: r.evidence.text } });
    else reasons.push(r);
  }
  for (const l of links) {
    indicators.push({ kind: 'url', value: normalizeIndicator('url', l.text) });
    if (l.domain) indicators.push({ kind: 'domain', value: l.domain });
  }
  if (sender?.national?.carriesLinks === false && sender.national.kind === 'warning_sms' && links.length > 0) {
    reasons.push(makeReason('national_sms_with_link', { text: links[0]?.text ?? '' }, 0.9));
  }

  const institution = sender?.institution ?? claimed ?? linkRes.institution ?? sender?.imitated ?? null;
  const registeredNumber = numberSignals(index, text, norm, claimed, reasons, indicators);

  // Every occurrence is masked, not only the first of each distinct link.
  const script = scriptSignals(norm, text, found);
  reasons.push(...script.fraudReasons);
  // Courts and lawyers serve documents through court channels (12368, e-delivery), never through
  // a link in an SMS: a "传票" with a link of no registered institution is bait, not collection.
  const bait = script.harassCodes.has('fake_legal') ? links.find((l) => l.isIp || !institutionForHost(index, l.hostname)) : undefined;
  if (bait) {
    reasons.push(makeReason('legal_notice_link', bait.start >= 0 ? { text: bait.text, start: bait.start, end: bait.end } : { text: bait.text }, 0.6));
  }
  if (institution) {
    for (const flag of script.flags) {
      const never = FLAG_NEVER[flag];
      if (never && institution.neverDoes.includes(never)) {
        reasons.push(makeReason('never_does', { text: institution.name.zh }, 0.3, { inst: institution.name, y: NEVER_DOES_TEXT[never] }));
      }
    }
  }
  return {
    reasons,
    harassReasons: script.harassReasons,
    flags: script.flags,
    typeVotes: script.typeVotes,
    collection: script.collection,
    sender,
    institution,
    indicators,
    officialRoute: registeredNumber || linkRes.reasons.some((r) => r.code === 'link_official'),
    displayLabels: new Set(input.sender?.trim() ? [] : sigs.filter((sig) => isDisplayLabel(sig, index)).map((sig) => sig.text)),
    norm,
  };
}
