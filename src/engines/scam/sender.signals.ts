/**
 * Sender checks: the displayed number or SMS port against the registry and the national
 * anti-fraud channels, plus shapes that genuine institutions never use.
 */
import { editDistanceAtMost } from './edit-distance.js';
import { classifyNumber, type NumberInfo } from './phone.classify.js';
import { makeReason } from './reason.catalog.js';
import type { Institution, NationalChannel } from './registry.schema.js';
import { institutionForPort, type RegistryIndex } from './registry.index.js';
import type { Channel, Reason } from './scam.types.js';

export interface SenderResult {
  reasons: Reason[];
  /** Registered owner of the sender, when it is an exact official channel. */
  institution: Institution | null;
  national: NationalChannel | null;
  /** The sender is an exact registered channel (institution or national). */
  verified: boolean;
  /** The sender is a personal mobile number (for the signature check). */
  mobile: boolean;
  /** Institution whose number the sender imitates (prefixed short code, lookalike). */
  imitated: Institution | null;
}

export interface SenderContext {
  index: RegistryIndex;
  channel: Channel | undefined;
  /** Institution the message claims to be (signature or name), if any. */
  claimed: Institution | null;
  claimedBySignature: boolean;
  hasSignature: boolean;
}

const TRUST = -0.5;

/**
 * A registered service number this one imitates. Short codes: only extra trailing digits (the
 * 95xxx space is dense, so one edit away is usually another real institution). 400/800
 * numbers are sparse, so up to two edits count.
 */
function lookalikeOf(index: RegistryIndex, digits: string): readonly [string, Institution] | undefined {
  return index.serviceNumbers.find(([n]) => {
    if (n === digits) return false;
    if (digits.length > n.length && digits.startsWith(n)) return true;
    return n.length >= 10 && editDistanceAtMost(digits, n, 2) !== null;
  });
}

/**
 * The two shared outcomes below are module functions rather than closures: the CLI and server
 * run through tsx, whose keep-names transform costs ~1 µs for each closure created per call.
 */
function official(res: SenderResult, ev: { text: string }, inst: Institution): SenderResult {
  res.institution = inst;
  res.verified = true;
  res.reasons.push(makeReason('sender_official', ev, TRUST, { inst: inst.name }));
  return res;
}

function notClaimed(res: SenderResult, ev: { text: string }, info: NumberInfo, ctx: SenderContext): void {
  const { claimed } = ctx;
  if (!claimed) return;
  const code = info.kind === 'sms_port' && ctx.claimedBySignature ? 'signature_port_mismatch' : 'sender_not_institution';
  // Lenders and their collection agencies also call from ordinary landlines nobody registers,
  // so a landline naming the lender is weak; a service number or port that is not theirs is not.
  const weight = info.kind === 'landline' ? 0.35 : 0.55;
  res.reasons.push(makeReason(code, code === 'signature_port_mismatch' ? { text: claimed.smsSignatures[0] ?? ev.text } : ev, weight, { inst: claimed.name }));
}

export function senderSignals(sender: string, ctx: SenderContext): SenderResult {
  const { index, claimed } = ctx;
  const ev = { text: sender.trim() };
  const info = classifyNumber(sender);
  const res: SenderResult = { reasons: [], institution: null, national: null, verified: false, mobile: false, imitated: null };
  switch (info.kind) {
    case 'sms_port': {
      const inst = institutionForPort(index, info.digits);
      if (inst) return official(res, ev, inst);
      if (claimed) notClaimed(res, ev, info, ctx);
      else res.reasons.push(makeReason('sms_port_unregistered', ev, 0));
      return res;
    }
    case 'short_code':
    case 'service_400':
    case 'landline': {
      const nat = index.national.get(info.digits);
      if (nat) {
        res.national = nat;
        res.verified = true;
        res.reasons.push(makeReason('sender_national_channel', ev, TRUST));
        return res;
      }
      const inst = index.byPhone.get(info.digits);
      if (inst) return official(res, ev, inst);
      const like = lookalikeOf(index, info.digits);
      if (like) {
        res.imitated = like[1];
        res.reasons.push(makeReason('sender_lookalike', ev, 0.7, { inst: like[1].name, y: like[0] }));
        return res;
      }
      notClaimed(res, ev, info, ctx);
      return res;
    }
    case 'prefixed_short_code': {
      const nat = index.national.get(info.digits);
      if (info.prefix === 'area_code' && nat?.display === 'area_code_prefix') {
        res.national = nat;
        res.verified = true;
        res.reasons.push(makeReason('sender_national_channel', ev, TRUST));
        return res;
      }
      res.imitated = index.byPhone.get(info.digits) ?? null;
      const code = info.prefix === 'area_code' ? 'sender_area_short_code' : 'sender_prefixed_short_code';
      res.reasons.push(makeReason(code, ev, info.prefix === 'area_code' ? 0.6 : 0.85));
      return res;
    }
    case 'mobile':
      res.mobile = true;
      if (info.virtualOperator) res.reasons.push(makeReason('sender_virtual_operator', ev, 0.35));
      if (claimed) res.reasons.push(makeReason('sender_personal_mobile', ev, 0.35, { inst: claimed.name }));
      if (ctx.hasSignature && (ctx.channel ?? 'sms') === 'sms') res.reasons.push(makeReason('signature_from_mobile', ev, 0.5));
      return res;
    case 'foreign':
      res.reasons.push(makeReason('sender_foreign', ev, 0.6, { y: info.country }));
      notClaimed(res, ev, info, ctx);
      return res;
    case 'malformed':
      res.reasons.push(makeReason('sender_malformed', ev, info.why === 'letters' ? 0.3 : 0.4));
      return res;
  }
}
