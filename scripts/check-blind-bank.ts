/**
 * The expansion check a blind bank's author runs while writing it (docs/blind-bank-brief.md;
 * docs/evaluation.md, "Banks and authors"): `node bin/run-ts.js scripts/check-blind-bank.ts <bank> <concurrent bank>`.
 * It prints counts by label, fraud type, sender and hour, unreplaced placeholders, texts shared
 * by two of the bank's templates or with any other split, and character-bigram Jaccard of each
 * template against every other bank's and its own. The concurrent author's bank is compared by
 * count only and never printed, so two authors can write at once without reading each other.
 * Only bank names, template indices and scores are printed for other banks, never their text.
 */
import { generateEvalSet, SPLITS, type Split } from '../src/engines/scam/eval/eval.generator.js';
import type { EvalCase } from '../src/engines/scam/eval/eval.types.js';
import { loadShippedRegistry } from '../src/engines/scam/registry.fixture.js';

/** Scores at or above this are printed; the author rewrites any template at ≥ REWRITE. */
const SHOW_OTHER = 0.4;
const SHOW_WITHIN = 0.45;
const REWRITE = 0.5;

const isSplit = (s: string | undefined): s is Split => s !== undefined && (SPLITS as string[]).includes(s);
const [mine, concurrent] = process.argv.slice(2);
if (!isSplit(mine) || !isSplit(concurrent)) {
  console.error(`usage: check-blind-bank.ts <bank> <concurrent bank>; banks: ${SPLITS.join(', ')}`);
  process.exit(2);
}

const { registry } = loadShippedRegistry();
const cases = generateEvalSet(registry, mine);
const textOf = (c: EvalCase): string => c.input.text ?? '';
const templateOf = (c: EvalCase): string => c.id.split('-')[1] ?? '';

function countBy(key: (c: EvalCase) => string): Record<string, number> {
  const m = new Map<string, number>();
  for (const c of cases) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
  return Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
}

console.log('messages', cases.length);
console.log('by label', countBy((c) => c.label));
console.log('by fraud type', countBy((c) => (c.label === 'fraud' ? String(c.fraudType) : '-')));
console.log('by sender (first three characters)', countBy((c) => c.input.sender?.slice(0, 3) ?? 'none'));
console.log('by hour', countBy((c) => c.input.receivedAt?.slice(11, 13) ?? '-'));
const unreplaced = cases.filter((c) => /\{\w+\}/.test(textOf(c)));
console.log('unreplaced placeholders', unreplaced.length, unreplaced.slice(0, 5).map((c) => c.id));

// Variants of one template may repeat a text (no placeholder to vary); two templates may not.
const firstTemplate = new Map<string, string>();
let shared = 0;
for (const c of cases) {
  const seen = firstTemplate.get(textOf(c));
  if (seen === undefined) firstTemplate.set(textOf(c), templateOf(c));
  else if (seen !== templateOf(c)) shared++;
}
console.log('generated texts shared by two templates of this bank', shared);

function bigrams(text: string): Set<string> {
  const t = text.replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}
/** One filled text per template (its first variant), as bigram sets. */
const templateBigrams = (bank: EvalCase[]): Set<string>[] => bank.filter((c) => c.id.endsWith('-0')).map((c) => bigrams(textOf(c)));

const mineBigrams = templateBigrams(cases);
const close: { score: number; mine: number; other: Split; index: number }[] = [];
const mineTexts = new Set(cases.map(textOf));
for (const split of SPLITS) {
  if (split === mine) continue;
  const other = generateEvalSet(registry, split);
  const equal = other.filter((c) => mineTexts.has(textOf(c))).length;
  if (equal > 0 || split === concurrent) console.log(`generated texts equal to one in ${split}:`, equal);
  if (split === concurrent) continue;
  templateBigrams(other).forEach((b, index) => mineBigrams.forEach((a, i) => {
    const score = jaccard(a, b);
    if (score >= SHOW_OTHER) close.push({ score, mine: i, other: split, index });
  }));
}
close.sort((x, y) => y.score - x.score);
console.log(`highest bigram Jaccard against other banks (>= ${SHOW_OTHER}; rewrite any >= ${REWRITE}):`);
for (const c of close.slice(0, 25)) console.log(`  your template #${c.mine} vs ${c.other} #${c.index}: ${c.score.toFixed(3)}`);
let within = 0;
let highest = 0;
mineBigrams.forEach((a, i) => mineBigrams.forEach((b, j) => {
  if (j <= i) return;
  const score = jaccard(a, b);
  highest = Math.max(highest, score);
  if (score >= SHOW_WITHIN) { within++; if (within <= 25) console.log(`  within: #${i} vs #${j}: ${score.toFixed(3)}`); }
}));
console.log(`within this bank: ${within} pairs >= ${SHOW_WITHIN} (rewrite any >= ${REWRITE}); highest ${highest.toFixed(3)}`);
