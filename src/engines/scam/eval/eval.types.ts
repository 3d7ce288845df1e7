/** Shapes of the labelled evaluation set. */
import type { FraudType, MessageInput } from '../scam.types.js';

export type SenderKind =
  | 'none' | 'official_port' | 'official_hotline' | 'unknown_port' | 'unknown_landline' | 'mobile'
  | 'virtual' | 'foreign' | 'prefixed' | 'lookalike_short' | 'lookalike_400';
export type LinkKind = 'none' | 'official' | 'unknown_legit' | 'lookalike' | 'shortener' | 'ip' | 'apk' | 'random';

/**
 * A message template. Placeholders: {sig} 【signature】 of the chosen institution, {name}, {hot}
 * its hotline, {app}, {amt}, {date}, {tail} card tail, {code} one-time code, {url} a link of the
 * chosen kind, {phone} a contact number not registered anywhere, {acct} a bank account,
 * {person} a surname + title, {other} an unregistered brand.
 */
export interface Template {
  label: 'normal' | 'fraud' | 'harassment';
  type?: FraudType;
  text: string;
  senders: SenderKind[];
  links?: LinkKind[];
  /** Hours (local, +08:00) the message may arrive at; default daytime. */
  hours?: number[];
  /** Only English: skip the Traditional-Chinese variant. */
  en?: boolean;
}

export interface EvalCase {
  id: string;
  label: Template['label'];
  fraudType: FraudType | null;
  input: MessageInput;
}
