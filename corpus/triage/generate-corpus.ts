/**
 * Generates the triage corpus: train rows from bank A (`fit` + `calib`, the calib rows using a
 * disjoint fifth of bank A's fragments), 1,500 test rows from bank B (semi-blind: its author's
 * misses were seen once) and 2,000 blind test rows from bank C (the primary held-out test).
 * Pure: returns rows; the training script writes them to JSONL.
 */
import { BANK_C } from './bank-c.extras.js';
import { TEST_BANK } from './bank-test.extras.js';
import { TRAIN_BANK } from './bank-train.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';

export const CORPUS_SEED = 20240601;

export interface Corpus {
  train: CorpusRow[];
  test: CorpusRow[];
  testC: CorpusRow[];
}

export function generateCorpus(sizes = { fit: 10200, calib: 1800, test: 1500, testC: 2000 }): Corpus {
  const fit = composeRows(TRAIN_BANK, sizes.fit, CORPUS_SEED, 'fit').map((r) => ({ ...r, fold: 'fit' as const }));
  const calib = composeRows(TRAIN_BANK, sizes.calib, CORPUS_SEED + 1, 'calib').map((r) => ({ ...r, fold: 'calib' as const }));
  const test = composeRows(TEST_BANK, sizes.test, CORPUS_SEED + 2, 'all');
  const testC = composeRows(BANK_C, sizes.testC, CORPUS_SEED + 3, 'all');
  return { train: [...fit, ...calib], test, testC };
}

export function toJsonl(rows: CorpusRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
