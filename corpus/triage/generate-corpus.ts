/**
 * Generates the triage corpus: 6,000 train rows from bank A (5,100 `fit` + 900 `calib`, the
 * calib rows using a disjoint fifth of bank A's fragments) and 1,500 test rows from bank B.
 * Pure: returns rows; the training script writes them to JSONL.
 */
import { TEST_BANK } from './bank-test.extras.js';
import { TRAIN_BANK } from './bank-train.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';

export const CORPUS_SEED = 20240601;

export interface Corpus {
  train: CorpusRow[];
  test: CorpusRow[];
}

export function generateCorpus(sizes = { fit: 5100, calib: 900, test: 1500 }): Corpus {
  const fit = composeRows(TRAIN_BANK, sizes.fit, CORPUS_SEED, 'fit').map((r) => ({ ...r, fold: 'fit' as const }));
  const calib = composeRows(TRAIN_BANK, sizes.calib, CORPUS_SEED + 1, 'calib').map((r) => ({ ...r, fold: 'calib' as const }));
  const test = composeRows(TEST_BANK, sizes.test, CORPUS_SEED + 2, 'all');
  return { train: [...fit, ...calib], test };
}

export function toJsonl(rows: CorpusRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
