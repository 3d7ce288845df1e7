/**
 * Generates test bank D: 2,000 rows composed from phrase bank D (author D, written without
 * reading the other banks or running the classifier) and writes corpus/triage/test-d.jsonl.
 *
 * Bank D was blind until its one evaluation on 2026-12-01; its misses were read then, so it is
 * a looked-at check now, not a blind one. It is still never trained on or calibrated on, and
 * its sentences are never copied into training or rules.
 * Run: `node bin/run-ts.js corpus/triage/generate-bank-d.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BANK_D } from './bank-d.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';

/** Distinct from generate-corpus.ts's CORPUS_SEED (20240601) and its +1..+3 offsets. */
export const BANK_D_SEED = 77031904;
export const BANK_D_SIZE = 2000;

export function generateBankD(n = BANK_D_SIZE): CorpusRow[] {
  return composeRows(BANK_D, n, BANK_D_SEED, 'all');
}

function countBy(rows: readonly CorpusRow[], key: 'business' | 'reason' | 'demand' | 'tier'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row[key]] = (counts[row[key]] ?? 0) + 1;
  return counts;
}

const rows = generateBankD();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-d.jsonl');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), out)}`);
for (const key of ['tier', 'business', 'reason', 'demand'] as const) console.log(key, JSON.stringify(countBy(rows, key)));
