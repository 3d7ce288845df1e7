/**
 * Link checks: each link's registrable domain (tldts, public-suffix aware) against the
 * registry, look-alike and typosquat detection, and shapes genuine lenders never send
 * (shorteners, raw IPs, .apk downloads, punycode, plain-http login pages).
 */
import { editDistanceAtMost, skeleton } from './edit-distance.js';
import type { LinkInfo } from './indicator.extract.js';
import { makeReason } from './reason.catalog.js';
import type { Institution } from './registry.schema.js';
import { institutionForHost, type DomainEntry, type RegistryIndex } from './registry.index.js';
import type { Reason } from './scam.types.js';

const SHORTENERS = new Set([
  't.cn', 'dwz.cn', 'url.cn', 'suo.im', 'bit.ly', 'tinyurl.com', 'goo.gl', 'is.gd', 'ow.ly', 't.co',
  'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc', 'v.gd', 'reurl.cc', 'u.nu', 'kurl.ru',
]);
/** TLDs over-represented in abuse feeds; a weak signal only. */
const RISKY_TLDS = new Set(['top', 'xyz', 'vip', 'icu', 'club', 'cc', 'buzz', 'shop', 'work', 'live', 'tk', 'ml', 'ga', 'cf', 'gq', 'cyou', 'sbs']);
const LOGIN_PATH = /login|signin|sign-in|denglu|verify|auth|account|kyc|password/;
/** Generic words squatters glue to a brand: sample-xf-kefu, samplexf-service… */
const SQUAT_WORDS = /kefu|service|support|help|vip|online|app|login|loan|daikuan|jinrong|official|guanfang|secure|verify|refund|tuikuan|\d+/g;

export interface LinkResult {
  reasons: Reason[];
  /** Institution whose official or imitated domain the links point at. */
  institution: Institution | null;
  officialOnly: boolean;
}

/** Skeletons of registered labels, computed once per registry entry rather than per link checked. */
const entrySkeletons = new WeakMap<DomainEntry, string>();

function entrySkeleton(e: DomainEntry): string {
  let sk = entrySkeletons.get(e);
  if (sk === undefined) {
    sk = skeleton(e.label);
    entrySkeletons.set(e, sk);
  }
  return sk;
}

/** `sk` and `squat` are the skeletons of `label` and of `label` without squatting words. */
function imitates(label: string, sk: string, squat: string, e: DomainEntry): boolean {
  const reg = entrySkeleton(e);
  if (sk === reg || squat === reg) return true;
  if (reg.length >= 4 && sk.includes(reg)) return true;
  return e.label.length >= 5 && editDistanceAtMost(label, e.label, 2) !== null;
}

/**
 * The registered domain a link imitates: checked against the registrable label and every
 * subdomain label, since "sample-xf.example.com.evil.cn" puts the brand in a subdomain.
 * A label's own skeletons are computed once for all entries.
 */
function lookalike(index: RegistryIndex, link: LinkInfo): DomainEntry | undefined {
  const labels = new Set([link.label ?? '', ...link.hostname.split('.').slice(0, -1)]);
  labels.delete('www');
  for (const label of labels) {
    if (label.length < 3) continue;
    const sk = skeleton(label);
    const squat = skeleton(label.replace(SQUAT_WORDS, ''));
    const hit = index.domainEntries.find((e) => imitates(label, sk, squat, e));
    if (hit) return hit;
  }
  return undefined;
}

export function linkSignals(links: LinkInfo[], index: RegistryIndex, claimed: Institution | null, mentionsLogin: boolean): LinkResult {
  const res: LinkResult = { reasons: [], institution: null, officialOnly: links.length > 0 };
  for (const link of links) {
    const ev = { text: link.text, start: link.start, end: link.end };
    const before = res.reasons.length;
    if (link.isIp) res.reasons.push(makeReason('link_raw_ip', ev, 0.6));
    if (link.hostname.includes('xn--')) res.reasons.push(makeReason('link_punycode', ev, 0.6));
    if (/\.apk(?:$|[?#])/.test(link.path)) res.reasons.push(makeReason('link_apk', ev, 0.6));
    if (link.scheme === 'http' && (LOGIN_PATH.test(link.path) || mentionsLogin)) {
      res.reasons.push(makeReason('link_insecure_login', ev, 0.35));
    }
    const owner = link.isIp ? undefined : institutionForHost(index, link.hostname);
    if (owner) {
      res.institution ??= owner;
      res.reasons.push(makeReason('link_official', ev, -0.3, { inst: owner.name }));
      if (res.reasons.length - before > 1) res.officialOnly = false;
      continue;
    }
    res.officialOnly = false;
    if (link.isIp) continue;
    if (link.domain && SHORTENERS.has(link.domain)) {
      // A lender's own SMS links to its filed domain; a public shortener under its name is a red flag.
      res.reasons.push(makeReason('link_shortener', ev, claimed ? 0.5 : 0.35));
      continue;
    }
    const like = lookalike(index, link);
    if (like) {
      res.institution ??= like.institution;
      res.reasons.push(makeReason('link_lookalike', ev, 0.8, { inst: like.institution.name, y: like.domain }));
      continue;
    }
    if (claimed) {
      res.reasons.push(makeReason('link_not_institution', ev, 0.5, { inst: claimed.name, y: claimed.domains.join(', ') }));
      continue;
    }
    const tld = link.hostname.slice(link.hostname.lastIndexOf('.') + 1);
    if (RISKY_TLDS.has(tld)) res.reasons.push(makeReason('link_risky_tld', ev, 0.3));
    else if (res.reasons.length === before) res.reasons.push(makeReason('link_unknown', ev, 0.1));
  }
  return res;
}
