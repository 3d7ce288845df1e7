/**
 * Generates blind test bank E: 2,000 rows composed from phrase bank E and writes
 * corpus/triage/test-e.jsonl.
 *
 * Author E wrote bank E without reading the other banks or running the classifier. Never use
 * these rows for training, calibration, rule writing or tuning: they exist only to give an
 * honest held-out measurement. Run: `node bin/run-ts.js corpus/triage/generate-bank-e.ts`.
 */
import { BANK_E } from './bank-e.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from the training seed (20240601 and its +1..+3 offsets) and bank D's 77031904. */
export const BANK_E_SEED = 58190467;

writeTestBank(BANK_E, BANK_E_SEED, 'test-e.jsonl');
