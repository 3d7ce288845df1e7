/**
 * Generates test bank G (blind until session 5, in the training data since): 2,000 rows composed from phrase bank G and writes
 * corpus/triage/test-g.jsonl.
 *
 * Phrase bank G: Author G wrote this bank without reading any other phrase bank and without
 * running the classifier. It was the blind test set until bank I replaced it (session 5); the
 * rows stay as an in-sample regression check. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-g.ts`.
 */
import { BANK_G } from './bank-g.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from the training seeds and from the seeds of banks D, E and F. */
export const BANK_G_SEED = 40571933;

writeTestBank(BANK_G, BANK_G_SEED, 'test-g.jsonl');
