/**
 * Generates blind test bank G: 2,000 rows composed from phrase bank G and writes
 * corpus/triage/test-g.jsonl.
 *
 * Phrase bank G: Author G wrote this bank without reading any other phrase bank and without
 * running the classifier. It exists only for the blind test set test-g.jsonl; never use it for
 * training, calibration, rule writing or tuning. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-g.ts`.
 */
import { BANK_G } from './bank-g.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from the training seeds and from the seeds of banks D, E and F. */
export const BANK_G_SEED = 40571933;

writeTestBank(BANK_G, BANK_G_SEED, 'test-g.jsonl');
