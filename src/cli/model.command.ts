import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { crossValidate, serialize, train, type LabeledExample } from '../engines/classifier/classifier.engine.js';

async function readExamples(file: string): Promise<LabeledExample[]> {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const out: LabeledExample[] = [];
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let v: { text?: unknown; label?: unknown };
    try {
      v = JSON.parse(raw) as { text?: unknown; label?: unknown };
    } catch {
      throw new Error(`${file}:${line}: not valid JSON`);
    }
    if (typeof v.text !== 'string' || typeof v.label !== 'string' || !v.label) throw new Error(`${file}:${line}: needs string "text" and non-empty string "label"`);
    out.push({ text: v.text, label: v.label });
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function registerModel(program: Command): void {
  const model = program.command('model').description('train your own classifier on labelled history');
  model
    .command('train')
    .description('train on {"text","label"} JSONL (any label set, any language); prints cross-validated metrics and writes the model')
    .requiredOption('--input <file>', 'training data, one {"text","label"} per line')
    .requiredOption('--out <file>', 'where to write the model (JSON)')
    .option('--folds <k>', 'cross-validation folds', '5')
    .option('--seed <n>', 'random seed (training is deterministic for a seed)', '7')
    .action(async (opts: { input: string; out: string; folds: string; seed: string }) => {
      const examples = await readExamples(opts.input);
      const labels = new Set(examples.map((e) => e.label));
      if (examples.length < 10 || labels.size < 2) throw new Error('need at least 10 examples and 2 labels');
      const seed = Number(opts.seed);
      const k = Math.max(2, Math.min(Number(opts.folds), 10));
      const cv = crossValidate(examples, k, { seed });
      process.stdout.write(`${examples.length} examples, ${labels.size} labels, ${k}-fold cross-validation:\n`);
      process.stdout.write(`  accuracy ${pct(cv.accuracy)}  macro-F1 ${cv.macroF1.toFixed(3)}  ECE ${cv.ece.toFixed(3)}\n`);
      for (const [label, m] of Object.entries(cv.perClass)) {
        process.stdout.write(`  ${label.padEnd(24)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${m.f1.toFixed(3)}  n=${m.support}\n`);
      }
      const trained = train(examples, { seed });
      fs.writeFileSync(opts.out, serialize(trained));
      process.stdout.write(`model written to ${opts.out} (low-confidence threshold ${trained.threshold.toFixed(3)})\n`);
    });
}
