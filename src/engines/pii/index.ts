/** Public API of the PII engine (contract in pii.engine.ts). */
import { detectPii, type DetectOptions } from './pii.engine.js';
import { displayOperator, maskText } from './mask.operators.js';
import type { MaskOperator, PiiEntity } from './pii.types.js';

export { DEFAULT_MIN_SCORE, DEFAULT_RECOGNIZERS, detectPii, resolveOverlaps, type DetectOptions } from './pii.engine.js';
export {
  PLACEHOLDER_LABELS,
  createCustomOperator,
  createDisplayOperator,
  createPlaceholderOperator,
  displayOperator,
  maskText,
  type DisplayOptions,
} from './mask.operators.js';
export { normalizePiiValue } from './normalize.js';
export { PII_TYPES, type MaskOperator, type PiiEntity, type PiiType, type Recognizer } from './pii.types.js';
export { cueValueRecognizer, patternRecognizer, type CueValueSpec, type PatternSpec } from './pattern.recognizer.js';

/** Detects and masks in one call (display masking unless an operator is given). */
export function redact(
  text: string,
  opts: DetectOptions & { operator?: MaskOperator } = {},
): { text: string; entities: PiiEntity[] } {
  const entities = detectPii(text, opts);
  return { text: maskText(text, entities, opts.operator ?? displayOperator), entities };
}
