/**
 * Domain errors carry a stable code and safe details; they know nothing of HTTP. Each capability
 * declares its codes in a catalogue (status + zh-CN/English message); only the HTTP error
 * handler turns a code into a response. Details and field issues must never hold personal data.
 */
import type { LocalizedText } from './i18n.js';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `consumer.phone` or `attachments.0.contentType`. */
  path: string;
  reason: LocalizedText;
}

export interface ErrorSpec {
  status: number;
  message: LocalizedText;
}

export type ErrorCatalogue<C extends string> = Record<C, ErrorSpec>;

export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    readonly details: Record<string, string | number | boolean | null> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function defineErrors<C extends string>(catalogue: ErrorCatalogue<C>): ErrorCatalogue<C> {
  return catalogue;
}

/** A typed thrower for one catalogue, so a typo in a code is a compile error. */
export function errorFactory<C extends string>(_catalogue: ErrorCatalogue<C>) {
  return (code: C, details: DomainError['details'] = {}, issues: FieldIssue[] = []) => new DomainError<C>(code, details, issues);
}
