/**
 * Generates blind test bank I: 2,000 rows composed from phrase bank I and writes
 * corpus/triage/test-i.jsonl.
 *
 * Phrase bank I: Author I (the ninth independent author) wrote this bank without reading any other
 * phrase bank and without running the classifier. It exists only for the blind test set
 * test-i.jsonl; never use it for training, calibration, rule writing or tuning. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-i.ts`.
 */
import { BANK_I } from './bank-i.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from the training seeds and from the seeds of the earlier test banks. */
export const BANK_I_SEED = 61829407;

writeTestBank(BANK_I, BANK_I_SEED, 'test-i.jsonl');
