/** Public types of the PII engine; see pii.engine.ts for the contract. */

export const PII_TYPES = [
  'mobile',
  'landline',
  'foreign_phone',
  'id_card',
  'permit',
  'bank_card',
  'email',
  'ip',
  'license_plate',
  'account_id',
  'url_token',
  'name',
  'address',
  'secret',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** One finding. Offsets are UTF-16 code units, `end` exclusive, `text === input.slice(start, end)`. */
export interface PiiEntity {
  type: PiiType;
  start: number;
  end: number;
  /** Confidence 0..1: the recognizer's base score plus context boosts. */
  score: number;
  text: string;
  /** Short English explanation of why this span was flagged (rule, checksum, cue word). */
  reason: string;
}

/**
 * A recognizer in the registry (Presidio-style): it declares the types it can emit and appends
 * candidate findings to `out`. Candidates may overlap; the engine resolves overlaps.
 */
export interface Recognizer {
  readonly id: string;
  readonly types: readonly PiiType[];
  detect(text: string, out: PiiEntity[]): void;
}

/** Turns one finding into its replacement text. `original` is the unmasked span. */
export interface MaskOperator {
  readonly name: string;
  mask(entity: PiiEntity, original: string): string;
}
