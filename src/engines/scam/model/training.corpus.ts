/**
 * The training corpus of the learned component: the thirteen burned template banks (dev, test,
 * blind to blind11) and the training-only banks train8 and train9, expanded by the evaluation
 * generator under several seeds, plus the hand-written extra messages in several renderings.
 * Every row carries the template it came from, so cross-validation can hold out whole templates:
 * variants of one template share almost every n-gram, and a fold split by variant would measure
 * memory, not generalisation.
 *
 * The type head alone also learns from the fraud messages of blind12 to blind21 (TYPE_ONLY_SPLITS):
 * with those banks the label head let more normal messages through as fraud on newer authors, the
 * type head named the fraud better, and the type head never changes a verdict (docs/evaluation.md,
 * session 10).
 */
import * as OpenCC from 'opencc-js/cn2t';
import { generateEvalSet, type Split } from '../eval/eval.generator.js';
import type { Registry } from '../registry.schema.js';
import type { FraudType } from '../scam.types.js';
import { EXTRA_MESSAGES } from './extra.messages.js';
import type { MessageLabel } from './scam.model.js';

export interface TrainingRow {
  text: string;
  label: MessageLabel;
  type: FraudType | null;
  /** `split-templateIndex` for bank rows, `extra-index` for hand-written ones. */
  group: string;
}

export const TRAINING_SPLITS: readonly Split[] = ['dev', 'test', 'blind', 'blind2', 'blind3', 'blind4', 'train8', 'blind5', 'train9', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11'];
/** Banks whose fraud messages train the type head only (read by no rule, no lexicon and no label head). */
export const TYPE_ONLY_SPLITS: readonly Split[] = ['blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21'];
export const TRAINING_SEEDS: readonly number[] = [1, 2, 3, 4];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** "加 V 信" style: a space between every character, the commonest filter-evasion trick. */
function spaced(text: string): string {
  return [...text].join(' ').replace(/ {2,}/g, ' ');
}

/**
 * Extra messages are few next to the expanded banks (8 variants × 4 seeds per template), so each
 * appears in four renderings: as written twice, in Traditional (HK) and spaced out. That gives a
 * hand-written line about the weight of a bank template without pretending it is four messages
 * in cross-validation (all renderings share its group).
 */
function extraRows(): TrainingRow[] {
  const rows: TrainingRow[] = [];
  EXTRA_MESSAGES.forEach((m, i) => {
    const base = { label: m.label, type: m.type ?? null, group: `extra-${i}` };
    const trad = toTraditional(m.text);
    for (const text of [m.text, m.text, trad === m.text ? spaced(trad) : trad, spaced(m.text)]) rows.push({ ...base, text });
  });
  return rows;
}

const isNight = (receivedAt: string | undefined): boolean => {
  const hour = Number(receivedAt?.slice(11, 13) ?? '12');
  return hour >= 22 || hour < 8;
};

function bankRows(registry: Registry, splits: readonly Split[]): { rows: TrainingRow[]; daytime: Set<string> } {
  const rows: TrainingRow[] = [];
  const daytime = new Set<string>();
  for (const split of splits) {
    for (const seed of TRAINING_SEEDS) {
      for (const c of generateEvalSet(registry, split, { seed })) {
        const group = c.id.slice(0, c.id.lastIndexOf('-'));
        if (!isNight(c.input.receivedAt)) daytime.add(group);
        rows.push({ text: c.input.text ?? '', label: c.label, type: c.fraudType, group });
      }
    }
  }
  return { rows, daytime };
}

/**
 * Bank rows, minus the harassment templates that only ever arrive at night: many of those are
 * polite reminders ("提醒您账单已逾期") that are harassment because of the hour, which the rules
 * judge from receivedAt. Taught to the text model, they would make every lawful reminder read
 * as harassment.
 */
export function buildTrainingCorpus(registry: Registry): TrainingRow[] {
  const { rows, daytime } = bankRows(registry, TRAINING_SPLITS);
  return [...rows.filter((r) => r.label !== 'harassment' || daytime.has(r.group)), ...extraRows()];
}

/** The fraud rows of TYPE_ONLY_SPLITS, for the type head beside the fraud rows of the main corpus. */
export function buildTypeOnlyRows(registry: Registry): TrainingRow[] {
  return bankRows(registry, TYPE_ONLY_SPLITS).rows.filter((r) => r.label === 'fraud');
}
