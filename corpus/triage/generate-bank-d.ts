/**
 * Generates test bank D: 2,000 rows composed from phrase bank D (author D, written without
 * reading the other banks or running the classifier) and writes corpus/triage/test-d.jsonl.
 *
 * Bank D was blind until its one evaluation on 2026-12-01; its misses were read then, so it is
 * a looked-at check now, not a blind one. It is still never trained on or calibrated on, and
 * its sentences are never copied into training or rules.
 * Run: `node bin/run-ts.js corpus/triage/generate-bank-d.ts`.
 */
import { BANK_D } from './bank-d.extras.js';
import { writeTestBank } from './write-test-bank.js';

/** Distinct from generate-corpus.ts's CORPUS_SEED (20240601) and its +1..+3 offsets. */
export const BANK_D_SEED = 77031904;

writeTestBank(BANK_D, BANK_D_SEED, 'test-d.jsonl');
