/**
 * Composes labelled complaints from one phrase bank. Every choice comes from a seeded PRNG, so
 * the same bank, size and seed always give the same rows. Labels come from the scenario table;
 * an urgent overlay (self-harm, vulnerable consumer, regulator referral) forces tier 3 and
 * leaves the other labels alone, as a real agent would.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { seededRandom } from '../../src/shared/seeded-random.js';
import { SCENARIO_IDS, SCENARIOS, URGENT_OVERLAYS } from './scenarios.js';
import type { Demand, PhraseBank, ScenarioId, Tier, UrgentOverlay } from './scenarios.js';

export interface CorpusRow {
  text: string;
  business: string;
  reason: string;
  demand: string;
  tier: Tier;
  /** The scenario the row was composed from (its labels follow from it, plus any urgent overlay). */
  scenario: ScenarioId;
  /** Train only: `calib` rows use a disjoint fifth of the fragments (see `part`). */
  fold?: 'fit' | 'calib';
}

/**
 * Which fragments a row may use. `calib` rows draw only fragments whose index is ≡ 4 (mod 5)
 * and `fit` rows only the others, so calibration measures unseen wording, as the test does.
 */
export type Part = 'fit' | 'calib' | 'all';

export const TIER_MIX = { '1': 0.35, '2': 0.5, '3': 0.15 } as const;

type Random = () => number;

function pick<T>(r: Random, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function pickPart<T>(r: Random, items: readonly T[], part: Part): T {
  const pool = part === 'all' ? items : items.filter((_, i) => (part === 'calib') === (i % 5 === 4));
  return pick(r, pool.length > 0 ? pool : items);
}

const AMOUNTS = ['500', '800', '1000', '1,500', '2000', '3000', '4,800', '5000', '8000', '10000', '20000', '36000'];

function fillSlots(r: Random, s: string, bank: PhraseBank): string {
  return s
    .replace(/\{amt\}/g, () => pick(r, AMOUNTS))
    .replace(/\{app\}/g, () => pick(r, bank.apps))
    .replace(/\{phone\}/g, () => pick(r, ['[手机号#1]', '138****5678', '[PHONE#1]', '159****0021', '[手机号#2]']))
    .replace(/\{name\}/g, () => pick(r, ['[姓名#1]', '张**', '[姓名#2]', '李某']))
    .replace(/\{date\}/g, () => pick(r, ['3月15日', '2024-05-20', '[日期#1]', '上月28号', '6月1日']));
}

// One converter per target, built on first use (building one parses OpenCC's dictionaries).
const converters = new Map<string, (s: string) => string>();
function toTraditional(s: string, target: PhraseBank['traditional']): string {
  const convert = converters.get(target) ?? OpenCC.Converter({ from: 'cn', to: target });
  converters.set(target, convert);
  return convert(s);
}

function pickScenario(r: Random, tier: Tier): ScenarioId {
  return pick(r, SCENARIO_IDS.filter((id) => SCENARIOS[id].tier === tier));
}

function endSentence(s: string): string {
  return /[。！？!?.，,：:]$/.test(s) || s === '' ? s : `${s}，`;
}

/** Builds one row. */
function composeOne(r: Random, bank: PhraseBank, part: Part): CorpusRow {
  const roll = r();
  const tier: Tier = roll < TIER_MIX['1'] ? '1' : roll < TIER_MIX['1'] + TIER_MIX['2'] ? '2' : '3';
  let scenario: ScenarioId;
  let overlay: UrgentOverlay | undefined;
  if (tier === '3' && r() < 0.5) {
    scenario = pickScenario(r, r() < 0.4 ? '1' : '2');
    overlay = pick(r, URGENT_OVERLAYS);
  } else {
    scenario = pickScenario(r, tier);
  }
  const labels = SCENARIOS[scenario];
  const demands: readonly Demand[] = labels.demands;
  const writeDemand = r() < 0.8;
  const demand: Demand = writeDemand ? pick(r, demands) : (demands[0] as Demand);
  const row = { business: labels.business, reason: labels.reason, demand, tier, scenario };

  const enFacts = bank.english.facts[scenario];
  const enDemand = bank.english.demands[demand];
  if (enFacts && r() < (bank.englishShare ?? 0.18)) {
    const parts = [pickPart(r, enFacts, part)];
    if (writeDemand && enDemand) parts.push(pick(r, enDemand));
    if (overlay) parts.unshift(pick(r, bank.english.overlays[overlay]));
    return { text: fillSlots(r, parts.join(' '), bank), ...row };
  }

  // Banks without `longShare` draw no extra random number, so their rows stay unchanged.
  const long = bank.longShare !== undefined && r() < bank.longShare;
  const style = long ? 1 : r();
  const facts = bank.facts[scenario];
  const chosen = new Set<string>([pickPart(r, facts, part)]);
  if (long) chosen.add(pickPart(r, facts, part));
  let parts: string[];
  if (style < 0.15) {
    // Short one-liner.
    parts = [...chosen];
    if (writeDemand && r() < 0.5) parts.push(pickPart(r, bank.demands[demand], part));
  } else {
    if (style > 0.55) chosen.add(pickPart(r, facts, part));
    if (style > 0.8) chosen.add(pickPart(r, facts, part));
    parts = [pick(r, bank.openers), ...chosen];
    // Mixed topics: one basic-question aside (tier 1, other business line) after at least two
    // facts of the dominant scenario, so the dominant labels stay defensible.
    if (style > 0.55 && r() < 0.25) {
      const aside = pickScenario(r, '1');
      if (aside !== scenario && SCENARIOS[aside].business !== labels.business) parts.push(pickPart(r, bank.facts[aside], part));
    }
    if (long || r() < 0.35) parts.push(pick(r, bank.emotions));
    if (writeDemand) parts.push(pickPart(r, bank.demands[demand], part));
    if (r() < 0.3) parts.push(pick(r, bank.closers));
  }
  if (overlay) {
    const o = pickPart(r, bank.overlays[overlay], part);
    if (r() < 0.5) parts.unshift(o);
    else parts.splice(Math.max(1, parts.length - 1), 0, o);
  }
  parts = parts.filter((p) => p !== '');
  let text: string;
  if (style >= 0.15 && style < 0.3) {
    // Run-on sentence without punctuation, the way many people type on a phone.
    text = parts.map((p) => p.replace(/[，。！？,.!?：:]/g, ' ')).join(' ').replace(/\s+/g, r() < 0.5 ? ' ' : '');
  } else {
    text = parts.map((p, i) => (i === parts.length - 1 ? p : endSentence(p))).join('');
    if (!/[。！？!?.]$/.test(text)) text += pick(r, ['。', '！', '', '?', '。。。']);
  }
  text = fillSlots(r, text, bank);
  if (r() < (bank.typoShare ?? 0.1)) {
    const [from, to] = pick(r, bank.typos);
    text = text.replace(from, to);
  }
  if (r() < 0.15) text = toTraditional(text, bank.traditional);
  return { text, ...row };
}

export function composeRows(bank: PhraseBank, n: number, seed: number, part: Part): CorpusRow[] {
  const r = seededRandom(seed);
  const rows: CorpusRow[] = [];
  for (let i = 0; i < n; i++) rows.push(composeOne(r, bank, part));
  return rows;
}
