/** Classification metrics: accuracy, macro-F1, per-class P/R/F1 and the confusion matrix. */
import type { ClassMetrics, Metrics } from './classifier.types.js';

export function computeMetrics(actual: string[], predicted: string[], labels?: string[]): Metrics {
  if (actual.length !== predicted.length) throw new Error('actual and predicted differ in length');
  const classes = labels ?? [...new Set([...actual, ...predicted])].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const a of classes) confusion[a] = Object.fromEntries(classes.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as string;
    const p = predicted[i] as string;
    const row = (confusion[a] ??= {});
    row[p] = (row[p] ?? 0) + 1;
    if (a === p) correct++;
  }
  const perClass: Record<string, ClassMetrics> = {};
  let f1Sum = 0;
  let counted = 0;
  for (const c of classes) {
    const tp = confusion[c]?.[c] ?? 0;
    const support = Object.values(confusion[c] ?? {}).reduce((s, v) => s + v, 0);
    const predictedC = classes.reduce((s, a) => s + (confusion[a]?.[c] ?? 0), 0);
    const precision = predictedC === 0 ? 0 : tp / predictedC;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
    // Classes absent from both actual and predicted would add a meaningless 0 to the macro mean.
    if (support > 0 || predictedC > 0) {
      f1Sum += f1;
      counted++;
    }
  }
  return {
    accuracy: actual.length === 0 ? 0 : correct / actual.length,
    macroF1: counted === 0 ? 0 : f1Sum / counted,
    perClass,
    confusion,
    n: actual.length,
  };
}
