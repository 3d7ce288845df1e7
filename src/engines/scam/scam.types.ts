/**
 * Public types of the scam analyzer ("Is this really my lender?"). Kept apart from the code so
 * callers (verify/, intel/, the HTTP layer) can import shapes without pulling in the engine.
 */
import type { InstitutionPublic } from './registry.schema.js';

export type Channel = 'sms' | 'call' | 'wechat' | 'web';

export interface MessageInput {
  /** The pasted SMS / transcript / chat text. */
  text?: string;
  /** Caller number or SMS sender port as displayed on the phone. */
  sender?: string;
  channel?: Channel;
  /** A link the consumer was sent, when pasted apart from the text. */
  url?: string;
  /** ISO 8601 with an offset, e.g. 2025-05-01T23:10:00+08:00; night-time is judged in that offset. */
  receivedAt?: string;
}

export type VerdictKind = 'official' | 'unverified' | 'suspicious' | 'fraud' | 'harassment';

/** Ministry of Public Security common telecom-fraud types (2023), plus `other`. */
export const FRAUD_TYPES = [
  'brushing_rebate',
  'fake_investment',
  'fake_loan',
  'fake_customer_service',
  'impersonating_authority',
  'fake_credit_repair',
  'fake_shopping',
  'impersonating_acquaintance',
  'game_trading',
  'romance',
  'other',
] as const;
export type FraudType = (typeof FRAUD_TYPES)[number];

export const ARTICLE_SLUGS = [
  'verify-official-contact',
  'scam-fake-loan',
  'scam-fake-customer-service',
  'scam-impersonating-authority',
  'scam-fake-credit-repair',
  'scam-brushing-rebate',
  'scam-fake-investment',
  'scam-impersonating-acquaintance',
  'collection-rights',
  'complaint-channels',
] as const;
export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

export interface Localized {
  zh: string;
  en: string;
}

export interface Evidence {
  text: string;
  /** UTF-16 offsets into `input.text` (absent when the evidence is the sender or url field). */
  start?: number;
  end?: number;
}

export interface Reason {
  code: string;
  message: Localized;
  evidence: Evidence;
  /**
   * Contribution to risk in 0..1 (combined as a noisy-OR). Negative weights are trust signals
   * (e.g. an exact official match) and never lower the risk; they only enable `official`.
   */
  weight: number;
}

export type IndicatorKind = 'phone' | 'url' | 'domain' | 'account' | 'sms_signature';

export interface Indicator {
  kind: IndicatorKind;
  /** Normalised with `normalizeIndicator` so a database can key on it. */
  value: string;
}

export interface FraudHit {
  indicator: Indicator;
  /** Independent reports behind the hit. */
  reports: number;
  /** Confidence in 0..1 that the indicator is fraudulent. */
  score: number;
}

export interface Verdict {
  verdict: VerdictKind;
  /** 0..1: probability-like fraud (or, for `harassment`, illegal-conduct) risk. */
  risk: number;
  fraudType: FraudType | null;
  institution: InstitutionPublic | null;
  reasons: Reason[];
  advice: Localized[];
  articles: ArticleSlug[];
  indicators: Indicator[];
}
