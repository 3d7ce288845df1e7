/**
 * Generates blind test bank E: 2,000 rows composed from phrase bank E and writes
 * corpus/triage/test-e.jsonl.
 *
 * Author E wrote bank E without reading the other banks or running the classifier. Never use
 * these rows for training, calibration, rule writing or tuning: they exist only to give an
 * honest held-out measurement. Run: `node bin/run-ts.js corpus/triage/generate-bank-e.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BANK_E } from './bank-e.extras.js';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';
import { BUSINESS, DEMANDS, REASONS, TIERS } from './scenarios.js';

/** Distinct from the training seed (20240601 and its +1..+3 offsets) and bank D's 77031904. */
export const BANK_E_SEED = 58190467;
export const BANK_E_SIZE = 2000;

export function generateBankE(n = BANK_E_SIZE): CorpusRow[] {
  return composeRows(BANK_E, n, BANK_E_SEED, 'all');
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

const rows = generateBankE();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-e.jsonl');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), out)}`);
for (const key of ['tier', 'business', 'reason', 'demand'] as const) console.log(key, JSON.stringify(countBy(rows, key)));
const missing = missingValues(rows);
if (missing.length > 0) {
  console.error(`missing label values: ${missing.join(', ')}`);
  process.exitCode = 1;
}
