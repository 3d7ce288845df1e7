/**
 * Writes one test bank: `n` rows composed from a phrase bank under its own seed, as JSONL beside
 * this file, then prints the label counts and fails (exit code 1) when a label value never occurs,
 * since a held-out measurement with a blind spot says nothing about that label.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { composeRows } from './compose.js';
import type { CorpusRow } from './compose.js';
import { BUSINESS, DEMANDS, REASONS, TIERS } from './scenarios.js';
import type { PhraseBank } from './scenarios.js';

type LabelKey = 'business' | 'reason' | 'demand' | 'tier';

function countBy(rows: readonly CorpusRow[], key: LabelKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row[key]] = (counts[row[key]] ?? 0) + 1;
  return counts;
}

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

export function writeTestBank(bank: PhraseBank, seed: number, file: string, n = 2000): void {
  const rows = composeRows(bank, n, seed, 'all');
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), file);
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), out)}`);
  for (const key of ['tier', 'business', 'reason', 'demand'] as const) console.log(key, JSON.stringify(countBy(rows, key)));
  const missing = missingValues(rows);
  if (missing.length > 0) {
    console.error(`missing label values: ${missing.join(', ')}`);
    process.exitCode = 1;
  }
}
