/**
 * Reproducible training of the shipped triage model:
 *   node bin/run-ts.js scripts/train-triage.ts [--no-cv]
 * 1. regenerates corpus/triage/{train,test,test-c}.jsonl deterministically (train: authors A to
 *    E; test and test-c: the old bank B and C test rows, in-sample since 2026-12-01);
 * 2. trains one head per label on the train `fit` rows, calibrating on the `calib` rows
 *    (disjoint fragments of every author), then refits the weights on both;
 * 3. prints leave-one-author-out cross-validation: for each author, a model trained on the other
 *    four scored on rows of the held-out author. Row-level k-fold CV shares phrase fragments
 *    between folds and said 0.97 where a new author got 0.89; held-out authors are what a
 *    complaint from an unseen writer looks like, so the learner settings are chosen on this;
 * 4. writes models/triage-v1.json with those figures in its provenance.
 * The blind bank (test-f.jsonl) is deliberately not scored here: it is measured by
 * `npm run bench -- classifier` once the model is final, never while choosing settings.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTHORS, generateCorpus, toJsonl } from '../corpus/triage/generate-corpus.js';
import type { TrainRow } from '../corpus/triage/generate-corpus.js';
import type { CorpusRow } from '../corpus/triage/compose.js';
import { argmaxOf, computeMetrics, evaluate, extractFeatures, probabilitiesOf, train } from '../src/engines/classifier/classifier.engine.js';
import type { LabeledExample, Model, TrainOptions } from '../src/engines/classifier/classifier.engine.js';
import { HEADS, serializeTriageModel } from '../src/engines/classifier/triage/triage-model.js';
import type { HeadName, TriageModel } from '../src/engines/classifier/triage/triage-model.js';

/**
 * Shipped training options; every head shares the feature configuration. 300k weights per head:
 * English wording for every scenario took part of the old 150k budget, and pruning then cost
 * the Chinese heads one to two points of macro-F1.
 */
const TRIAGE_TRAIN_OPTIONS: TrainOptions = { features: { words: true }, maxWeights: 300_000 };

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));
const withCv = !process.argv.includes('--no-cv');

const asExamples = (rows: CorpusRow[], head: HeadName): LabeledExample[] => rows.map((r) => ({ text: r.text, label: r[head] }));
const pct = (x: number): string => (100 * x).toFixed(1);

const corpus = generateCorpus();
writeFileSync(root('corpus/triage/train.jsonl'), toJsonl(corpus.train));
writeFileSync(root('corpus/triage/test.jsonl'), toJsonl(corpus.test));
writeFileSync(root('corpus/triage/test-c.jsonl'), toJsonl(corpus.testC));
const fit = corpus.train.filter((r) => r.fold === 'fit');
const calib = corpus.train.filter((r) => r.fold === 'calib');
const byAuthor = Object.fromEntries(AUTHORS.map((a) => [a, corpus.train.filter((r) => r.author === a).length]));
console.log(`corpus: train ${corpus.train.length} (fit ${fit.length}, calib ${calib.length}; per author ${JSON.stringify(byAuthor)})`);

/** Trains one head the way the shipped model is trained, on whichever rows it is given. */
function trainHead(rows: TrainRow[], head: HeadName): Model {
  return train(asExamples(rows.filter((r) => r.fold === 'fit'), head), {
    ...TRIAGE_TRAIN_OPTIONS,
    calibration: asExamples(rows.filter((r) => r.fold === 'calib'), head),
    refitOnAll: true,
  });
}

/** Leave-one-author-out: pooled metrics over the held-out authors, plus each author's. */
function authorCv(head: HeadName): Record<string, unknown> {
  const actual: string[] = [];
  const predicted: string[] = [];
  const perAuthor: Record<string, number> = {};
  for (const held of AUTHORS) {
    const model = trainHead(corpus.train.filter((r) => r.author !== held), head);
    const rows = asExamples(corpus.train.filter((r) => r.author === held), head);
    const e = evaluate(model, rows);
    perAuthor[held] = e.macroF1;
    actual.push(...rows.map((r) => r.label));
    predicted.push(...rows.map((r) => model.labels[argmaxOf(probabilitiesOf(model, extractFeatures(r.text, model.features)))] as string));
  }
  const pooled = computeMetrics(actual, predicted, [...new Set(actual)].sort());
  console.log(`  leave-one-author-out CV: pooled accuracy ${pct(pooled.accuracy)}%, macro-F1 ${pct(pooled.macroF1)}%; per held-out author ${AUTHORS.map((a) => `${a} ${pct(perAuthor[a] as number)}`).join(', ')}`);
  return { accuracy: pooled.accuracy, macroF1: pooled.macroF1, perAuthorMacroF1: perAuthor };
}

const heads = {} as Record<HeadName, Model>;
const summary: Record<string, Record<string, unknown>> = {};
for (const head of HEADS) {
  const t0 = performance.now();
  const model = trainHead(corpus.train, head);
  heads[head] = model;
  const c = model.calibration;
  console.log(
    `\n[${head}] trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${model.buckets.length} rows; T=${model.temperature.toFixed(3)}; ` +
      `calib acc ${pct(c.accuracy)}% ECE ${c.ece.toFixed(3)} (before scaling ${c.eceBeforeScaling.toFixed(3)}); ` +
      `threshold ${model.threshold.toFixed(3)} (coverage ${pct(c.coverage)}% at precision ≥ ${c.targetPrecision})`,
  );
  const facts: Record<string, unknown> = { threshold: model.threshold, temperature: model.temperature };
  if (withCv) facts.authorCv = authorCv(head);
  summary[head] = facts;
}

const triage: TriageModel = {
  heads,
  provenance: {
    corpus: { train: corpus.train.length, fit: fit.length, calib: calib.length, perAuthor: byAuthor, generator: 'corpus/triage/generate-corpus.ts' },
    heldOut: summary,
  },
};
const json = serializeTriageModel(triage);
writeFileSync(root('models/triage-v1.json'), json);
console.log(`\nwrote models/triage-v1.json (${(json.length / 1024).toFixed(0)} KiB)`);
