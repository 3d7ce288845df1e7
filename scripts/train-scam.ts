/**
 * Reproducible training of the scam analyzer's text model:
 *   node bin/run-ts.js scripts/train-scam.ts [--no-cv]
 * 1. builds the corpus (src/engines/scam/model/training.corpus.ts): the burned banks dev, test,
 *    blind-1 to blind11 and the training-only train8 and train9 expanded
 *    under several seeds (train10, train11 and train12 were written for it and left out: see
 *    docs/evaluation.md),
 *    plus the hand-written extra messages; the type head also reads the fraud messages of
 *    blind12 to blind21 (TYPE_ONLY_SPLITS);
 * 2. prints 5-fold cross-validation BY TEMPLATE: every variant of a template (and every
 *    rendering of an extra message) falls in one fold. For each fold both heads are trained on
 *    the other four and the whole analyzer (rules + that model) is scored on the held-out
 *    templates' evaluation cases, next to the rules alone on the same cases;
 * 3. trains the shipped heads on everything (calibrating on a held-out 15% of templates, then
 *    refitting on all) and writes models/scam-v1.json with the CV figures in its provenance.
 * Only the type head reads blind12 to blind21; blind22 and later are never read here: they stay
 * held-out measures.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { train, type LabeledExample, type TrainOptions } from '../src/engines/classifier/classifier.engine.js';
import { createMemoryFraudLookup } from '../src/engines/scam/fraud-lookup.js';
import { generateEvalSet } from '../src/engines/scam/eval/eval.generator.js';
import { evaluate, type EvalReport } from '../src/engines/scam/eval/eval.metrics.js';
import type { EvalCase } from '../src/engines/scam/eval/eval.types.js';
import { EXTRA_MESSAGES } from '../src/engines/scam/model/extra.messages.js';
import { serializeScamModel, type ScamModel } from '../src/engines/scam/model/scam.model.js';
import { buildTrainingCorpus, buildTypeOnlyRows, TRAINING_SEEDS, TRAINING_SPLITS, TYPE_ONLY_SPLITS, type TrainingRow } from '../src/engines/scam/model/training.corpus.js';
import { loadShippedRegistry } from '../src/engines/scam/registry.fixture.js';
import { analyzeMessage } from '../src/engines/scam/scam.analyzer.js';

/**
 * Character 1–3-grams without jieba words: segmentation costs more than the rest of the model
 * and the evasive spellings ("刷 单", "V亻言") defeat it anyway.
 */
const SCAM_TRAIN_OPTIONS: TrainOptions = { features: { hashBits: 20, charNgrams: [1, 2, 3], words: false, shape: true }, maxWeights: 240_000, epochs: 10 };
const FOLDS = 5;
const CALIBRATION_SHARE = 0.15;

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));
const pct = (x: number): string => (100 * x).toFixed(1);
const withCv = !process.argv.includes('--no-cv');

/** FNV-1a of the group: a template's fold does not depend on the order of the banks. */
function groupHash(group: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const foldOf = (group: string): number => groupHash(group) % FOLDS;
/** A second, independent draw for the calibration templates. */
const isCalibration = (group: string): boolean => (groupHash(`calib:${group}`) % 1000) / 1000 < CALIBRATION_SHARE;

/**
 * Repeats the rows of each label so every label carries about the weight of the largest. Fraud
 * templates outnumber normal ones about two to one; unbalanced, the label head leaned to fraud
 * on any short text unlike the banks ("Can you send me the photos?"), a false positive the
 * rules would never make.
 */
function balanced(rows: LabeledExample[]): LabeledExample[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  const most = Math.max(...count.values());
  return rows.flatMap((r) => Array.from({ length: Math.max(1, Math.round(most / (count.get(r.label) ?? most))) }, () => r));
}

/** The label head learns from `rows`; the type head from their fraud rows and `typeOnly`. */
function trainModel(rows: TrainingRow[], typeOnly: TrainingRow[]): ScamModel {
  const fit = rows.filter((r) => !isCalibration(r.group));
  const calib = rows.filter((r) => isCalibration(r.group));
  const typeFit = [...fit, ...typeOnly.filter((r) => !isCalibration(r.group))];
  const typeCalib = [...calib, ...typeOnly.filter((r) => isCalibration(r.group))];
  const labelOf = (r: TrainingRow): LabeledExample => ({ text: r.text, label: r.label });
  const typeOf = (r: TrainingRow): LabeledExample => ({ text: r.text, label: r.type ?? 'other' });
  const fraud = (r: TrainingRow): boolean => r.label === 'fraud';
  return {
    label: train(balanced(fit.map(labelOf)), { ...SCAM_TRAIN_OPTIONS, calibration: calib.map(labelOf), refitOnAll: true }),
    type: train(typeFit.filter(fraud).map(typeOf), { ...SCAM_TRAIN_OPTIONS, calibration: typeCalib.filter(fraud).map(typeOf), refitOnAll: true }),
    provenance: {},
  };
}

const { registry, index } = loadShippedRegistry();
const corpus = buildTrainingCorpus(registry);
const typeOnly = buildTypeOnlyRows(registry);
const groups = new Set(corpus.map((r) => r.group));
const typeOnlyGroups = new Set(typeOnly.map((r) => r.group));
console.log(`corpus: ${corpus.length} rows from ${groups.size} templates (${TRAINING_SPLITS.join(', ')} × seeds ${TRAINING_SEEDS.join(', ')}, plus ${EXTRA_MESSAGES.length} extra messages × 4 renderings)`);
console.log(`type head only: ${typeOnly.length} fraud rows from ${typeOnlyGroups.size} templates (${TYPE_ONLY_SPLITS.join(', ')})`);

/** Evaluation cases per split (default seed, as the tests use) plus the extra messages as bare texts. */
const evalSets: Record<string, EvalCase[]> = Object.fromEntries(TRAINING_SPLITS.map((s) => [s, generateEvalSet(registry, s)]));
evalSets.extra = EXTRA_MESSAGES.map((m, i) => ({ id: `extra-${i}-0`, label: m.label, fraudType: m.type ?? null, input: { text: m.text } }));
/** Scored apart: no label head ever saw them, the fold's type head saw the other four fifths. */
const typeOnlySets: Record<string, EvalCase[]> = Object.fromEntries(TYPE_ONLY_SPLITS.map((s) => [s, generateEvalSet(registry, s)]));
const groupOfCase = (c: EvalCase): string => c.id.slice(0, c.id.lastIndexOf('-'));

function line(name: string, r: EvalReport): string {
  return `${name.padEnd(22)} n=${String(r.n.normal + r.n.fraud + r.n.harassment).padStart(4)}  fraud recall ${pct(r.fraudRecall)}%  FPR ${pct(r.falsePositiveRate)}%  type ${pct(r.typeAccuracy)}%  harassment ${pct(r.harassmentRecall)}%`;
}

const cvFigures: Record<string, Record<string, number>> = {};
if (withCv) {
  const models = Array.from({ length: FOLDS }, (_, f) => trainModel(corpus.filter((r) => foldOf(r.group) !== f), typeOnly.filter((r) => foldOf(r.group) !== f)));
  console.log(`\n${FOLDS}-fold cross-validation by template (each case scored by the model that never saw its template):`);
  const pooled: EvalCase[] = [];
  const predictions = new Map<string, ReturnType<typeof analyzeMessage>>();
  for (const [split, cases] of Object.entries(evalSets)) {
    const withModel = evaluate(cases, (c) => {
      const v = analyzeMessage(c.input, { index, fraudLookup: createMemoryFraudLookup(), model: models[foldOf(groupOfCase(c))] ?? null });
      predictions.set(c.id, v);
      return v;
    });
    const rulesOnly = evaluate(cases, (c) => analyzeMessage(c.input, { index, fraudLookup: createMemoryFraudLookup(), model: null }));
    console.log(`  ${line(`${split} rules+model`, withModel)}\n  ${line(`${split} rules only`, rulesOnly)}`);
    cvFigures[split] = { fraudRecall: withModel.fraudRecall, falsePositiveRate: withModel.falsePositiveRate, typeAccuracy: withModel.typeAccuracy, harassmentRecall: withModel.harassmentRecall };
    pooled.push(...cases);
  }
  const all = evaluate(pooled, (c) => predictions.get(c.id) ?? { verdict: 'unverified', fraudType: null });
  console.log(`  ${line('pooled rules+model', all)}`);
  cvFigures.pooled = { fraudRecall: all.fraudRecall, falsePositiveRate: all.falsePositiveRate, typeAccuracy: all.typeAccuracy, harassmentRecall: all.harassmentRecall };
  const typeOnlyCases = Object.values(typeOnlySets).flat();
  const typeOnlyReport = evaluate(typeOnlyCases, (c) => analyzeMessage(c.input, { index, fraudLookup: createMemoryFraudLookup(), model: models[foldOf(groupOfCase(c))] ?? null }));
  console.log(`  ${line('type-only banks', typeOnlyReport)}`);
  cvFigures.typeOnlyBanks = { typeAccuracy: typeOnlyReport.typeAccuracy };
  if (process.argv.includes('--misses')) {
    const byId = new Map(pooled.map((c) => [c.id, c]));
    for (const [kind, ids] of Object.entries(all.misses)) {
      for (const id of ids) {
        const c = byId.get(id);
        const v = predictions.get(id);
        console.log(`  ${kind} ${id} [${c?.fraudType ?? c?.label} → ${v?.verdict}/${v?.fraudType}] ${c?.input.text?.slice(0, 100)}`);
      }
    }
  }
}

const model = trainModel(corpus, typeOnly);
model.provenance = {
  corpus: { rows: corpus.length, templates: groups.size, splits: TRAINING_SPLITS, seeds: TRAINING_SEEDS, extraMessages: EXTRA_MESSAGES.length, builder: 'src/engines/scam/model/training.corpus.ts' },
  typeHeadOnly: { fraudRows: typeOnly.length, templates: typeOnlyGroups.size, splits: TYPE_ONLY_SPLITS },
  options: SCAM_TRAIN_OPTIONS,
  crossValidationByTemplate: { folds: FOLDS, ...cvFigures },
};
const json = serializeScamModel(model);
writeFileSync(root('models/scam-v1.json'), json);
console.log(`\nlabel head: ${model.label.buckets.length} rows, T=${model.label.temperature.toFixed(3)}; type head: ${model.type.buckets.length} rows, T=${model.type.temperature.toFixed(3)}`);
console.log(`wrote models/scam-v1.json (${(json.length / 1024).toFixed(0)} KiB)`);
