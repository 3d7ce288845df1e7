/** Declarative specs of the pattern-based recognizers (see pattern.recognizer.ts). */
import { builtinScan } from './builtin-scan.js';
import { ACCOUNT_CUES, PERMIT_CUES, PLATE_CUES } from './cue-words.data.js';
import { cueValueRecognizer, patternRecognizer } from './pattern.recognizer.js';
import type { Recognizer } from './pii.types.js';
import { secretRecognizer } from './secret.recognizer.js';

/** Province abbreviations on plates, Simplified and Traditional (沪/滬, 辽/遼 …). */
const PLATE_PROVINCES = '京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊';
const PLATE_LETTER = 'A-HJ-NP-Z';

export const licensePlateRecognizer = patternRecognizer({
  id: 'license_plate',
  type: 'license_plate',
  // Province + city letter + optional dot + 5 characters (6 for new-energy plates D/F…).
  pattern: new RegExp(
    `[${PLATE_PROVINCES}][${PLATE_LETTER}][·•・.\\s]?(?:[DF][${PLATE_LETTER}0-9]\\d{4}|\\d{5}[DF]|[${PLATE_LETTER}0-9]{5})(?![A-Za-z0-9])`,
    'g',
  ),
  score: 0.85,
  reason: 'licence plate shape',
  context: PLATE_CUES,
  // Conventional plates carry at least two digits; "京AB CDE" style words are not plates.
  validate: (m) => (m.match(/\d/g)?.length ?? 0) >= 2,
});

export const permitRecognizer = cueValueRecognizer({
  id: 'permit',
  type: 'permit',
  cues: PERMIT_CUES,
  // Passports E/G/P + 8 digits, 港澳通行证 C/H/M + 8–10 digits, 台胞证 8 digits.
  value: /[A-Z]{1,2}\d{7,10}|\d{8,10}/y,
  score: 0.85,
  reason: 'travel permit / passport number',
}, builtinScan);

export const accountIdRecognizer = cueValueRecognizer({
  id: 'account_id',
  type: 'account_id',
  cues: ACCOUNT_CUES,
  // WeChat ids: a letter then 5–19 letters, digits, _ or -, stopping before a run-on "QQ是…" or
  // "wx:…" that starts the next account; QQ: 5–12 digits; Alipay: phone/email.
  value: /[A-Za-z][-_A-Za-z0-9]{5,19}?(?=(?:qq|QQ|Qq|wx|WX|vx|VX)[是:：=]|[^-_A-Za-z0-9]|$)|[1-9]\d{4,11}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{3,253}/y,
  runOn: /(?:qq|wx|vx)[是:：=]/iy,
  score: 0.85,
  reason: 'social/payment account id',
}, builtinScan);

export const patternRecognizers: readonly Recognizer[] = [licensePlateRecognizer, secretRecognizer, permitRecognizer, accountIdRecognizer];
