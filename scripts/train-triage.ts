/**
 * Reproducible training of the shipped triage model:
 *   node bin/run-ts.js scripts/train-triage.ts [--no-cv]
 * 1. regenerates corpus/triage/{train,test}.jsonl deterministically;
 * 2. trains one head per label on the train `fit` rows, calibrating on the `calib` rows
 *    (disjoint fragments);
 * 3. prints 5-fold CV on the train split (optimistic: same author) and held-out test metrics
 *    (bank B, never used for training or tuning), with tier-3 recall for model, rules and both;
 * 4. writes models/triage-v1.json.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus, toJsonl } from '../corpus/triage/generate-corpus.js';
import type { CorpusRow } from '../corpus/triage/compose.js';
import { crossValidate, evaluate, train } from '../src/engines/classifier/classifier.engine.js';
import type { LabeledExample, Model } from '../src/engines/classifier/classifier.engine.js';
import { classifyComplaint } from '../src/engines/classifier/triage/classify-complaint.js';
import { HEADS, serializeTriageModel } from '../src/engines/classifier/triage/triage-model.js';
import type { HeadName, TriageModel } from '../src/engines/classifier/triage/triage-model.js';
import { detectUrgentSignals } from '../src/engines/classifier/triage/urgent-rules.js';

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));
const withCv = !process.argv.includes('--no-cv');

const asExamples = (rows: CorpusRow[], head: HeadName): LabeledExample[] => rows.map((r) => ({ text: r.text, label: r[head] }));
const pct = (x: number): string => (100 * x).toFixed(1);

const corpus = generateCorpus();
writeFileSync(root('corpus/triage/train.jsonl'), toJsonl(corpus.train));
writeFileSync(root('corpus/triage/test.jsonl'), toJsonl(corpus.test));
const fit = corpus.train.filter((r) => r.fold === 'fit');
const calib = corpus.train.filter((r) => r.fold === 'calib');
console.log(`corpus: train ${corpus.train.length} (fit ${fit.length}, calib ${calib.length}), test ${corpus.test.length}`);

const heads = {} as Record<HeadName, Model>;
const summary: Record<string, unknown> = {};
for (const head of HEADS) {
  const t0 = performance.now();
  const model = train(asExamples(fit, head), { calibration: asExamples(calib, head), refitOnAll: true });
  heads[head] = model;
  const test = evaluate(model, asExamples(corpus.test, head));
  const c = model.calibration;
  console.log(
    `\n[${head}] trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${model.buckets.length} rows; T=${model.temperature.toFixed(3)}; ` +
      `calib acc ${pct(c.accuracy)}% ECE ${c.ece.toFixed(3)} (before scaling ${c.eceBeforeScaling.toFixed(3)}); ` +
      `threshold ${model.threshold.toFixed(3)} (coverage ${pct(c.coverage)}% at precision ≥ ${c.targetPrecision})`,
  );
  if (withCv) {
    const cv = crossValidate(asExamples(corpus.train, head), 5);
    console.log(`  5-fold CV on train: accuracy ${pct(cv.accuracy)}%, macro-F1 ${pct(cv.macroF1)}%`);
  }
  console.log(`  held-out test: accuracy ${pct(test.accuracy)}%, macro-F1 ${pct(test.macroF1)}%, ECE ${test.ece.toFixed(3)}`);
  for (const [label, m] of Object.entries(test.perClass)) {
    console.log(`    ${label.padEnd(14)} P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} (n=${m.support})`);
  }
  summary[head] = { testAccuracy: test.accuracy, testMacroF1: test.macroF1, testEce: test.ece, threshold: model.threshold, temperature: model.temperature };
}

const triage: TriageModel = { heads, provenance: {} };
const tier3 = corpus.test.filter((r) => r.tier === '3');
const recall = (hit: (r: CorpusRow) => boolean): number => tier3.filter(hit).length / tier3.length;
const modelOnly = recall((r) => heads.tier.labels[0] !== undefined && evaluate(heads.tier, [{ text: r.text, label: '3' }]).accuracy === 1);
const rulesOnly = recall((r) => detectUrgentSignals(r.text).length > 0);
const combined = recall((r) => classifyComplaint(r.text, { model: triage }).tier.code === '3');
const flagged = corpus.test.filter((r) => classifyComplaint(r.text, { model: triage }).tier.code === '3');
const precision = flagged.filter((r) => r.tier === '3').length / Math.max(1, flagged.length);
console.log(`\ntier-3 recall on test (n=${tier3.length}): model ${pct(modelOnly)}%, rules ${pct(rulesOnly)}%, combined ${pct(combined)}%; combined precision ${pct(precision)}%`);
for (const r of tier3.filter((x) => classifyComplaint(x.text, { model: triage }).tier.code !== '3')) console.log(`  missed: ${r.text}`);

triage.provenance = {
  corpus: { train: corpus.train.length, fit: fit.length, calib: calib.length, test: corpus.test.length, generator: 'corpus/triage/generate-corpus.ts' },
  heldOutTest: summary,
  tier3: { recallModel: modelOnly, recallRules: rulesOnly, recallCombined: combined, precisionCombined: precision },
};
const json = serializeTriageModel(triage);
writeFileSync(root('models/triage-v1.json'), json);
console.log(`\nwrote models/triage-v1.json (${(json.length / 1024).toFixed(0)} KiB)`);
