/**
 * Generates blind test bank F: 2,000 rows composed from phrase bank F and writes
 * corpus/triage/test-f.jsonl.
 *
 * Phrase bank F: Author F wrote this bank without reading any other phrase bank and without
 * running the classifier. It exists only for the blind test set test-f.jsonl; never use it for
 * training, calibration, rule writing or tuning. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-f.ts`.
 */
import { BANK_F } from './bank-f.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from the training seed (20240601..20240604), bank D's 77031904 and bank E's 58190467. */
export const BANK_F_SEED = 63917284;

writeTestBank(BANK_F, BANK_F_SEED, 'test-f.jsonl');
