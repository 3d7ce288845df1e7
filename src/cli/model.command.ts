import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { crossValidate, serialize, train, type LabeledExample, type Model } from '../engines/classifier/classifier.engine.js';
import { HEADS, serializeTriageModel, type HeadName } from '../engines/classifier/triage/triage-model.js';

type Row = { text: string } & Record<string, string>;

/**
 * Reads training lines. Either every line has a `label` (one classifier, any label set), or every
 * line has the four triage fields business, reason, demand and tier (a triage model that
 * TRIAGE_MODEL can load in place of the shipped one).
 */
async function readRows(file: string): Promise<{ rows: Row[]; kind: 'single' | 'triage' }> {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const rows: Row[] = [];
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new Error(`${file}:${line}: not valid JSON`);
    }
    if (typeof v.text !== 'string') throw new Error(`${file}:${line}: needs a string "text"`);
    const row: Row = { text: v.text };
    for (const k of ['label', ...HEADS]) if (typeof v[k] === 'string' || typeof v[k] === 'number') row[k] = String(v[k]);
    rows.push(row);
  }
  if (rows.length > 0 && rows.every((r) => r.label)) return { rows, kind: 'single' };
  if (rows.length > 0 && rows.every((r) => HEADS.every((h) => r[h]))) return { rows, kind: 'triage' };
  throw new Error(`${file}: every line needs "label", or all of ${HEADS.join(', ')}`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, examples: LabeledExample[], k: number, seed: number): void {
  const labels = new Set(examples.map((e) => e.label));
  if (examples.length < 10 || labels.size < 2) throw new Error(`${name}: need at least 10 examples and 2 labels`);
  const cv = crossValidate(examples, k, { seed });
  process.stdout.write(`${name}: ${examples.length} examples, ${labels.size} labels, ${k}-fold cross-validation\n`);
  process.stdout.write(`  accuracy ${pct(cv.accuracy)}  macro-F1 ${cv.macroF1.toFixed(3)}  ECE ${cv.ece.toFixed(3)}\n`);
  for (const [label, m] of Object.entries(cv.perClass)) {
    process.stdout.write(`  ${label.padEnd(24)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${m.f1.toFixed(3)}  n=${m.support}\n`);
  }
}

export function registerModel(program: Command): void {
  const model = program.command('model').description('train your own classifier on labelled history');
  model
    .command('train')
    .description('train on JSONL: {"text","label"} lines (any label set, any language) or {"text","business","reason","demand","tier"} lines (a triage model for TRIAGE_MODEL); prints cross-validated metrics and writes the model')
    .requiredOption('--input <file>', 'training data, one JSON object per line')
    .requiredOption('--out <file>', 'where to write the model (JSON)')
    .option('--folds <k>', 'cross-validation folds', '5')
    .option('--seed <n>', 'random seed (training is deterministic for a seed)', '7')
    .action(async (opts: { input: string; out: string; folds: string; seed: string }) => {
      const { rows, kind } = await readRows(opts.input);
      const seed = Number(opts.seed);
      const k = Math.max(2, Math.min(Number(opts.folds), 10));
      if (kind === 'single') {
        const examples = rows.map((r) => ({ text: r.text, label: r.label as string }));
        report('label', examples, k, seed);
        const trained = train(examples, { seed });
        fs.writeFileSync(opts.out, serialize(trained));
        process.stdout.write(`model written to ${opts.out} (low-confidence threshold ${trained.threshold.toFixed(3)}); use it with: xiaobao classify --jsonl --model ${opts.out}\n`);
        return;
      }
      const heads = {} as Record<HeadName, Model>;
      for (const h of HEADS) {
        const examples = rows.map((r) => ({ text: r.text, label: r[h] as string }));
        report(h, examples, k, seed);
        heads[h] = train(examples, { seed, features: { words: true } });
      }
      fs.writeFileSync(opts.out, serializeTriageModel({ heads, provenance: { source: opts.input, rows: rows.length, seed, trainedAt: new Date().toISOString() } }));
      process.stdout.write(`triage model written to ${opts.out}; switch to it with TRIAGE_MODEL=${opts.out}\n`);
    });
}
