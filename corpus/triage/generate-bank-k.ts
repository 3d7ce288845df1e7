/**
 * Generates test bank K (blind): 2,000 rows composed from phrase bank K and writes
 * corpus/triage/test-k.jsonl.
 *
 * Phrase bank K: Author K, the independent eleventh author (session 5, 2026-12-02), wrote this
 * bank without reading any other phrase bank and without running the classifier. It is
 * held-out test material only — never train, tune or write rules on it. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-k.ts`.
 */
import { BANK_K } from './bank-k.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** The seed assigned to bank K. */
export const BANK_K_SEED = 83920417;

writeTestBank(BANK_K, BANK_K_SEED, 'test-k.jsonl');
