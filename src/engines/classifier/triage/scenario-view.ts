/**
 * The scenario view: a head over complaint *scenarios* (41 situations such as "early repayment
 * rules" or "contacts called by the collector"), each of which implies one business line and one
 * JR/T 0169 reason. Business and reason are reported from the average of two views: the direct
 * head's distribution and the scenario head's distribution summed into the scenarios' labels.
 *
 * Why: a reason such as 管理制度、业务规则与流程 is a union of unrelated situations (closing an
 * account, loan refusals, hardship plans, settlement proofs…); one linear boundary per reason has
 * to cover them all, while a scenario is one tight situation. The two views err on different
 * complaints, so their average beats either.
 */
import type { Model } from '../classifier.types.js';
import type { HeadSlice } from '../merged-scorer.js';

/** Heads reported from the blend of both views. */
export const VIEW_HEADS = ['business', 'reason'] as const;
export type ViewHead = (typeof VIEW_HEADS)[number];
export const isViewHead = (h: string): h is ViewHead => h === 'business' || h === 'reason';

export interface ScenarioView {
  head: Model;
  /** Each scenario label's business and reason codes (labels of the direct heads). */
  outcomes: Record<string, Record<ViewHead, string>>;
  /** Weight of the direct head in the average; the scenario view gets 1 − directWeight. */
  directWeight: number;
  /**
   * Temperature of each blended distribution (p_i^(1/T), renormalised), fitted on calibration
   * rows like a head's own: an average of two calibrated views is under-confident where they
   * agree. Monotone in p, so it never changes which label wins.
   */
  temperatures: Record<ViewHead, number>;
  /** Low-confidence thresholds of the blended business and reason, chosen like a head's own. */
  thresholds: Record<ViewHead, number>;
}

/** Precomputed column maps and output buffers of one loaded model's blend. */
export interface ScenarioBlend {
  weight: number;
  scenario: HeadSlice;
  heads: Record<ViewHead, { slice: HeadSlice; columnOf: Int32Array; out: Float64Array; temperature: number }>;
}

/** Builds the blend for merged-scorer slices; throws when a scenario names an unknown label. */
export function buildBlend(view: ScenarioView, direct: Record<ViewHead, HeadSlice>, scenario: HeadSlice): ScenarioBlend {
  const heads = {} as ScenarioBlend['heads'];
  for (const h of VIEW_HEADS) {
    const slice = direct[h];
    const columnOf = Int32Array.from(scenario.labels, (s) => {
      const code = view.outcomes[s]?.[h];
      const i = code === undefined ? -1 : slice.labels.indexOf(code);
      if (i < 0) throw new Error(`scenario ${s} has no ${h} label of the ${h} head`);
      return i;
    });
    heads[h] = { slice, columnOf, out: new Float64Array(slice.labels.length), temperature: view.temperatures[h] };
  }
  return { weight: view.directWeight, scenario, heads };
}

/**
 * The blended distribution of head `h` from merged probabilities `p` (each head's columns
 * already a calibrated distribution); returns the blend's buffer, valid until the next call.
 */
export function blendHead(b: ScenarioBlend, h: ViewHead, p: Float64Array): Float64Array {
  const { slice, columnOf, out, temperature } = b.heads[h];
  const w = b.weight;
  for (let i = 0; i < out.length; i++) out[i] = w * (p[slice.offset + i] as number);
  const s0 = b.scenario.offset;
  for (let j = 0; j < columnOf.length; j++) {
    const c = columnOf[j] as number;
    out[c] = (out[c] as number) + (1 - w) * (p[s0 + j] as number);
  }
  return temperature === 1 ? out : sharpen(out, temperature);
}

/** p_i^(1/T), renormalised, in place: temperature scaling of a distribution given as probabilities. */
export function sharpen(p: Float64Array, temperature: number): Float64Array {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const x = Math.pow(p[i] as number, 1 / temperature);
    p[i] = x;
    sum += x;
  }
  for (let i = 0; i < p.length; i++) p[i] = (p[i] as number) / sum;
  return p;
}
