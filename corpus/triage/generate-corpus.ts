/**
 * Generates the triage corpus. Since 2026-12-01 the train split holds three authors: bank A
 * (13,000 fit rows), bank B and bank C (4,000 each), plus calibration rows from every author
 * drawn from a disjoint fifth of its fragments. Banks B and C were tuned on and then burned as
 * tests, so their wording now serves where it helps most: a model that has seen three styles
 * generalises better to a fourth. Each row carries its author so training can run
 * leave-one-author-out cross-validation, the only cross-validation that measures a new writer.
 *
 * Bank D (test-d.jsonl, generate-bank-d.ts) is never trained on: it is the held-out check,
 * looked at since 2026-12-01. test.jsonl and test-c.jsonl keep their rows from banks B and C
 * for regression floors, but they are in-sample now.
 * Pure: returns rows; the training script writes them to JSONL.
 */
import { BANK_C } from './bank-c.extras.js';
import { TEST_BANK } from './bank-test.extras.js';
import { TRAIN_BANK } from './bank-train.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';
import type { PhraseBank } from './scenarios.js';

export const CORPUS_SEED = 20240601;

export const AUTHORS = ['A', 'B', 'C'] as const;
export type Author = (typeof AUTHORS)[number];

export type TrainRow = CorpusRow & { author: Author; fold: 'fit' | 'calib' };

export interface Corpus {
  train: TrainRow[];
  /** Bank B rows as they were when B was a test bank (same seed): in-sample now. */
  test: CorpusRow[];
  /** Bank C rows as they were when C was a test bank (same seed): in-sample now. */
  testC: CorpusRow[];
}

interface AuthorPlan {
  bank: PhraseBank;
  fit: number;
  calib: number;
  /** Seed offset of the fit rows; calib rows use the next one. */
  seed: number;
}

/**
 * Banks B and C are smaller than A (fewer fragments per scenario), so 4,000 rows each already
 * repeat most of their wording; more rows would only weigh their templates above A's.
 */
const PLAN: Record<Author, AuthorPlan> = {
  A: { bank: TRAIN_BANK, fit: 13000, calib: 1800, seed: CORPUS_SEED },
  B: { bank: TEST_BANK, fit: 4000, calib: 600, seed: CORPUS_SEED + 10 },
  C: { bank: BANK_C, fit: 4000, calib: 600, seed: CORPUS_SEED + 20 },
};

export function generateCorpus(): Corpus {
  const train: TrainRow[] = [];
  for (const author of AUTHORS) {
    const p = PLAN[author];
    for (const r of composeRows(p.bank, p.fit, p.seed, 'fit')) train.push({ ...r, author, fold: 'fit' });
    for (const r of composeRows(p.bank, p.calib, p.seed + 1, 'calib')) train.push({ ...r, author, fold: 'calib' });
  }
  const test = composeRows(TEST_BANK, 1500, CORPUS_SEED + 2, 'all');
  const testC = composeRows(BANK_C, 2000, CORPUS_SEED + 3, 'all');
  return { train, test, testC };
}

export function toJsonl(rows: CorpusRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
