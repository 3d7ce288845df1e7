/**
 * "Closed channel": a message from an exact registered channel (an institution's own SMS port or
 * hotline, or a national anti-fraud channel) in which every way to act — link, number, account,
 * app — is that institution's own, or there is none. A fraudster who spoofs the port still has no
 * route to the reader: the link opens the real site, the number rings the real hotline, and
 * there is nowhere to send money. Such a message is judged on its channel, so its wording alone
 * ("额度已激活", "解冻", "征信") cannot make it suspicious.
 *
 * It does not hold for calls: caller-ID spoofing (改号软件) is cheap, and a caller can send the
 * reader anywhere by voice. Nor when the text asks for what institutions never ask in any channel
 * (codes, passwords, safe accounts, screen sharing, up-front fees, cancelling a "student loan",
 * secrecy, moving off the platform): a spoofed port followed by a call is how those scams run.
 * Harassment is judged separately: a real lender's own line can still harass.
 *
 * A sender that is merely not on file (an unregistered bulk port or landline — lenders send
 * through many SMS vendors, and no registry lists them all) gets the same benefit only when that
 * is the sole reason against the message and the text sends the reader to the institution's own
 * number or site: then the advice "use the official app or hotline" is what the message says too.
 */
import type { Flag } from './script.lexicon.js';
import { FLAG_NEVER, type Prepared } from './message.prepare.js';
import type { Channel, Reason } from './scam.types.js';

/** Channel reasons that open a route away from the registered institution, or cast doubt on the sender. */
const OPEN_ROUTE = new Set<string>([
  'account_in_text',
  'fraud_db_hit',
  'legal_notice_link',
  'link_apk',
  'link_insecure_login',
  'link_lookalike',
  'link_not_institution',
  'link_punycode',
  'link_raw_ip',
  'link_risky_tld',
  'link_shortener',
  'link_unknown',
  'national_sms_with_link',
  'signature_lookalike',
  'signature_port_mismatch',
  'signature_unknown',
  'text_number_not_official',
]);

/** Asks that no institution makes in any channel: the registry's never-does asks, and the scripts' other demands. */
const NEVER_ASKED = new Set<Flag>([...(Object.keys(FLAG_NEVER) as Flag[]), 'secrecy', 'off_platform', 'money_laundering', 'avoid_verify']);

/** Reasons that only say the sender is not on file. */
const NOT_ON_FILE = new Set<string>(['sender_not_institution', 'sms_port_unregistered']);

export type ClosedChannel = 'registered_sender' | 'official_routes';

export function closedChannel(p: Prepared, reasons: readonly Reason[], channel: Channel | undefined): ClosedChannel | null {
  if (channel === 'call' || !p.sender) return null;
  if (reasons.some((r) => OPEN_ROUTE.has(r.code))) return null;
  for (const f of p.flags) if (NEVER_ASKED.has(f)) return null;
  if (p.sender.verified) return 'registered_sender';
  return p.officialRoute && reasons.every((r) => r.weight <= 0 || NOT_ON_FILE.has(r.code)) ? 'official_routes' : null;
}
