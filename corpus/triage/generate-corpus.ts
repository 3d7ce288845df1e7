/**
 * Generates the triage corpus. The train split holds seven authors: bank A (13,000 fit rows) and
 * banks B, C, D, E, F and H (4,000 each), plus calibration rows from every author drawn from a
 * disjoint fifth of its fragments. Banks B to F were each written blind, run as a test and then
 * burned, so their wording now serves where it helps most: a model that has seen more styles
 * generalises better to the next one (C joined on 2026-12-01 session 2, D and E in session 3,
 * F in session 4). Bank H was written for training only (session 4), by an author who saw no
 * other bank, in voices the others lack.
 * Each row carries its author so training can run leave-one-author-out cross-validation, the
 * only cross-validation that measures a new writer.
 *
 * Bank G (test-g.jsonl, generate-bank-g.ts) is never trained on: it is the blind test. The older
 * test files (test, test-c, test-d, test-e, test-f) keep their rows for regression floors, but
 * their banks are in the training data now.
 * Pure: returns rows; the training script writes them to JSONL.
 */
import { BANK_C } from './bank-c.extras.js';
import { BANK_D } from './bank-d.extras.js';
import { BANK_E } from './bank-e.extras.js';
import { BANK_F } from './bank-f.extras.js';
import { BANK_G } from './bank-g.extras.js';
import { BANK_H } from './bank-h.extras.js';
import { BANK_J } from './bank-j.extras.js';
import { TEST_BANK } from './bank-test.extras.js';
import { TRAIN_BANK } from './bank-train.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';
import type { PhraseBank } from './scenarios.js';

export const CORPUS_SEED = 20240601;

/** In the order they joined: G (blind until session 5) after the training-only H, then the training-only J. */
export const AUTHORS = ['A', 'B', 'C', 'D', 'E', 'F', 'H', 'G', 'J'] as const;
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
 * Banks B to H are smaller than A (fewer fragments per scenario), so 4,000 rows each already
 * repeat most of their wording; more rows would only weigh their templates above A's.
 */
const PLAN: Record<Author, AuthorPlan> = {
  A: { bank: TRAIN_BANK, fit: 13000, calib: 1800, seed: CORPUS_SEED },
  B: { bank: TEST_BANK, fit: 4000, calib: 600, seed: CORPUS_SEED + 10 },
  C: { bank: BANK_C, fit: 4000, calib: 600, seed: CORPUS_SEED + 20 },
  D: { bank: BANK_D, fit: 4000, calib: 600, seed: CORPUS_SEED + 30 },
  E: { bank: BANK_E, fit: 4000, calib: 600, seed: CORPUS_SEED + 40 },
  F: { bank: BANK_F, fit: 4000, calib: 600, seed: CORPUS_SEED + 50 },
  H: { bank: BANK_H, fit: 4000, calib: 600, seed: CORPUS_SEED + 60 },
  G: { bank: BANK_G, fit: 4000, calib: 600, seed: CORPUS_SEED + 70 },
  J: { bank: BANK_J, fit: 4000, calib: 600, seed: CORPUS_SEED + 80 },
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
