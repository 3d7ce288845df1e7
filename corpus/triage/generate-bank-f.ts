/**
 * Generates blind test bank F: 2,000 rows composed from phrase bank F and writes
 * corpus/triage/test-f.jsonl.
 *
 * Phrase bank F: Author F wrote this bank without reading any other phrase bank and without
 * running the classifier. It exists only for the blind test set test-f.jsonl; never use it for
 * training, calibration, rule writing or tuning. Run:
 * `node bin/run-ts.js corpus/triage/generate-bank-f.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BANK_F } from './bank-f.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';
import { BUSINESS, DEMANDS, REASONS, TIERS } from './scenarios.js';

/** Distinct from the training seed (20240601..20240604), bank D's 77031904 and bank E's 58190467. */
export const BANK_F_SEED = 63917284;
export const BANK_F_SIZE = 2000;

export function generateBankF(n = BANK_F_SIZE): CorpusRow[] {
  return composeRows(BANK_F, n, BANK_F_SEED, 'all');
}

type LabelKey = 'business' | 'reason' | 'demand' | 'tier';

function countBy(rows: readonly CorpusRow[], key: LabelKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row[key]] = (counts[row[key]] ?? 0) + 1;
  return counts;
}

/** Every label value must occur at least once, or the held-out measurement has a blind spot. */
function missingValues(rows: readonly CorpusRow[]): string[] {
  const expected: ReadonlyArray<readonly [LabelKey, readonly string[]]> = [
    ['business', BUSINESS],
    ['reason', REASONS],
    ['demand', DEMANDS],
    ['tier', TIERS],
  ];
  const missing: string[] = [];
  for (const [key, values] of expected) {
    const seen = countBy(rows, key);
    for (const v of values) if (!seen[v]) missing.push(`${key}=${v}`);
  }
  return missing;
}

const rows = generateBankF();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-f.jsonl');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), out)}`);
for (const key of ['tier', 'business', 'reason', 'demand'] as const) console.log(key, JSON.stringify(countBy(rows, key)));
const missing = missingValues(rows);
if (missing.length > 0) {
  console.error(`missing label values: ${missing.join(', ')}`);
  process.exitCode = 1;
}
