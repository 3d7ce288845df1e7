import { describe, expect, it } from 'vitest';
import { createMemoryFraudLookup } from '../fraud-lookup.js';
import { loadShippedRegistry } from '../registry.fixture.js';
import { analyzeMessage } from '../scam.analyzer.js';
import { DEV_TEMPLATES } from './dev.templates.js';
import { generateEvalSet, type Split } from './eval.generator.js';
import { evaluate } from './eval.metrics.js';
import { TEST_TEMPLATES } from './heldout.templates.js';
import { BLIND_TEMPLATES } from './blind.templates.js';
import { BLIND2_TEMPLATES } from './blind2.templates.js';
import { BLIND3_TEMPLATES } from './blind3.templates.js';
import { BLIND4_TEMPLATES } from './blind4.templates.js';
import { BLIND5_TEMPLATES } from './blind5.templates.js';
import { TRAIN8_TEMPLATES } from './train8.templates.js';
import { BLIND6_TEMPLATES } from './blind6.templates.js';
import { TRAIN9_TEMPLATES } from './train9.templates.js';
import { BLIND7_TEMPLATES } from './blind7.templates.js';
import { BLIND8_TEMPLATES } from './blind8.templates.js';
import { BLIND9_TEMPLATES } from './blind9.templates.js';
import { BLIND10_TEMPLATES } from './blind10.templates.js';
import { BLIND11_TEMPLATES } from './blind11.templates.js';
import { BLIND12_TEMPLATES } from './blind12.templates.js';
import { BLIND13_TEMPLATES } from './blind13.templates.js';
import { BLIND14_TEMPLATES } from './blind14.templates.js';
import { BLIND15_TEMPLATES } from './blind15.templates.js';
import { BLIND16_TEMPLATES } from './blind16.templates.js';
import { BLIND17_TEMPLATES } from './blind17.templates.js';
import { BLIND18_TEMPLATES } from './blind18.templates.js';
import { BLIND19_TEMPLATES } from './blind19.templates.js';
import { BLIND20_TEMPLATES } from './blind20.templates.js';
import { BLIND21_TEMPLATES } from './blind21.templates.js';
import { BLIND22_TEMPLATES } from './blind22.templates.js';
import { BLIND23_TEMPLATES } from './blind23.templates.js';
import { BLIND24_TEMPLATES } from './blind24.templates.js';
import { BLIND25_TEMPLATES } from './blind25.templates.js';
import { BLIND26_TEMPLATES } from './blind26.templates.js';
import { BLIND27_TEMPLATES } from './blind27.templates.js';
import { BLIND28_TEMPLATES } from './blind28.templates.js';
import { BLIND29_TEMPLATES } from './blind29.templates.js';
import { BLIND30_TEMPLATES } from './blind30.templates.js';
import { BLIND31_TEMPLATES } from './blind31.templates.js';
import { TRAINING_SPLITS, TYPE_ONLY_SPLITS } from '../model/training.corpus.js';
import { TRAIN10_TEMPLATES } from './train10.templates.js';
import { TRAIN11_TEMPLATES } from './train11.templates.js';
import { TRAIN12_TEMPLATES } from './train12.templates.js';
import type { Template } from './eval.types.js';

const { registry, index } = loadShippedRegistry();
/** The template banks in the order they were written: each later blind bank must repeat none before it. */
const WRITTEN: ReadonlyArray<readonly [Split, readonly Template[]]> = [
  ['dev', DEV_TEMPLATES], ['test', TEST_TEMPLATES], ['blind', BLIND_TEMPLATES], ['blind2', BLIND2_TEMPLATES], ['blind3', BLIND3_TEMPLATES],
  ['blind4', BLIND4_TEMPLATES], ['blind5', BLIND5_TEMPLATES], ['train8', TRAIN8_TEMPLATES], ['train9', TRAIN9_TEMPLATES], ['blind6', BLIND6_TEMPLATES],
  ['blind7', BLIND7_TEMPLATES], ['train10', TRAIN10_TEMPLATES], ['blind8', BLIND8_TEMPLATES], ['blind9', BLIND9_TEMPLATES], ['blind10', BLIND10_TEMPLATES],
  ['blind11', BLIND11_TEMPLATES], ['blind12', BLIND12_TEMPLATES], ['blind13', BLIND13_TEMPLATES], ['blind14', BLIND14_TEMPLATES], ['blind15', BLIND15_TEMPLATES],
  ['train11', TRAIN11_TEMPLATES], ['train12', TRAIN12_TEMPLATES], ['blind16', BLIND16_TEMPLATES], ['blind17', BLIND17_TEMPLATES],
  ['blind18', BLIND18_TEMPLATES], ['blind19', BLIND19_TEMPLATES], ['blind20', BLIND20_TEMPLATES], ['blind21', BLIND21_TEMPLATES],
  ['blind22', BLIND22_TEMPLATES], ['blind23', BLIND23_TEMPLATES], ['blind24', BLIND24_TEMPLATES], ['blind25', BLIND25_TEMPLATES],
  // Each pair (blind26 and 27, blind28 and 29, blind30 and 31) was written at once by authors who never opened each
  // other's bank; the second of a pair is checked against the first too.
  ['blind26', BLIND26_TEMPLATES], ['blind27', BLIND27_TEMPLATES], ['blind28', BLIND28_TEMPLATES], ['blind29', BLIND29_TEMPLATES],
  ['blind30', BLIND30_TEMPLATES], ['blind31', BLIND31_TEMPLATES],
];
// No `model` given: the analyzer uses the shipped text model, as the CLI and the API do.
const ctx = { index, fraudLookup: createMemoryFraudLookup() };
const BLIND2_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.01, typeAccuracy: 0.96, harassmentRecall: 0.97 };
/**
 * blind3 (a fifth author) was blind until 2026-12-01 (first run 98.7% / 12.8% / 89.2% / 81.8%); its
 * false positives were then read and it joined the text model's training data, so these are
 * regression floors for an in-sample bank (measured after: 100% / 0.5% / 94.7% / 92.6%).
 */
const BLIND3_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.01, typeAccuracy: 0.94, harassmentRecall: 0.92 };
/**
 * blind4 (a sixth author) was blind until 2026-12-01: run on the session-2 analyzer at 97.3% /
 * 10.3% / 75.4% / 73.4%, on the session-3 one at 98.6% / 10.3% / 78.2% / 76.1%; its misses were
 * then read and it joined the text model's training data (session 4), so these are in-sample
 * regression floors (measured after: 100% / 0.0% / 92.8% / 95.7%).
 */
const BLIND4_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.01, typeAccuracy: 0.92, harassmentRecall: 0.95 };
/**
 * blind5 (a seventh author) was blind until session 5 (2026-12-02): first run on the session-3
 * analyzer at 97.9% / 10.7% / 86.6% / 56.7%, once more on the session-4 one at 96.8% / 7.1% /
 * 88.9% / 50.0%; its misses were then read and it joined the text model's training data, so these
 * are in-sample regression floors (measured after: 100% / 2.2% / 93.6% / 96.2%; after session 6 added
 * blind6 and blind7 to the training data: 100% / 1.7% / 93.6% / 92.8%).
 */
const BLIND5_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.02, typeAccuracy: 0.93, harassmentRecall: 0.92 };
/**
 * blind6 (a ninth author): first run on the session-4 analyzer at 99.2% / 7.4% / 82.4% / 77.5%, then
 * on the session-5 one at 100% / 6.2% / 82.7% / 93.8%; in the text model's training data since
 * session 6 (its misses were not read), so in-sample floors (measured after: 100% / 3.2% / 90.1% / 100%).
 */
const BLIND6_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.04, typeAccuracy: 0.89, harassmentRecall: 0.99 };
/**
 * blind7 (an eleventh author): first run on the session-5 analyzer at 98.4% / 10.3% / 75.2% / 89.2%;
 * in the training data since session 6, so in-sample floors (measured after: 100% / 5.3% / 87.5% / 100%).
 */
const BLIND7_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.06, typeAccuracy: 0.87, harassmentRecall: 0.99 };
/**
 * blind8 to blind11 (the thirteenth to sixteenth authors: township and village life; company
 * finance offices, vehicles, travel, 医保, education; debt-relief agencies, gig riders, prepaid
 * memberships; lenders' own everyday traffic) were blind banks, first run at 94.8% / 4.2% / 83.2% /
 * 96.7%, 100% / 6.4% / 86.3% / 92.3%, 99.0% / 7.0% / 83.5% / 87.0% and 97.0% / 10.3% / 81.0% / 96.3%
 * and each run four or five times; in session 8 they joined the text model's training data
 * (unread), so these are in-sample floors (measured after: blind8 100% / 1.1% / 100% / 100%,
 * blind9 100% / 2.1% / 100% / 100%, blind10 100% / 3.9% / 100% / 96.2%, blind11 100% / 3.6% / 100% / 100%).
 */
const BLIND8_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.02, typeAccuracy: 0.99, harassmentRecall: 0.99 };
const BLIND9_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.03, typeAccuracy: 0.99, harassmentRecall: 0.99 };
const BLIND10_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.045, typeAccuracy: 0.99, harassmentRecall: 0.95 };
const BLIND11_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.04, typeAccuracy: 0.99, harassmentRecall: 0.99 };
/**
 * blind12 (a seventeenth author: recovery scams, creators, freelancers, lost phones and SIM swaps,
 * students, Hong Kong / Macau / Taiwan; meme slang, group-chat exports, 公文, robocalls), first run
 * on the session-7 closed-channel analyzer at 98.3% / 7.2% / 82.0% / 92.3%; blind (never in the
 * training data, its misses never read), run six times, three of them in session 8 to decide a ship. Measured now:
 * 98.7% / 6.7% / 85.8% / 92.3%. Floors sit just past the figures so a regression fails; they are
 * not the targets (98% / 1% / 95%).
 */
const BLIND12_FLOORS = { fraudRecall: 0.98, falsePositiveRate: 0.07, typeAccuracy: 0.85, harassmentRecall: 0.92 };
/**
 * blind13 (an eighteenth author: credit cards and POS machines, IOUs and 砍头息 loans, solar,
 * children, tours, veterans, gambling and sextortion; mojibake, zero-width characters,
 * screen-reader output), first run on the session-7 type-change analyzer at 94.3% / 4.1% / 75.8% /
 * 83.3%; blind, run five times, three of them in session 8 to decide a ship. Measured now: 95.7% / 2.1% / 80.5% / 85.6%.
 */
const BLIND13_FLOORS = { fraudRecall: 0.95, falsePositiveRate: 0.025, typeAccuracy: 0.8, harassmentRecall: 0.85 };
/**
 * blind14 (a nineteenth author: savings, brokers and funds, 个税, pensions, 社保 and personal
 * government services; pinyin and initials, split characters, JSON and Markdown pushes, dialect),
 * written in session 8 and first run on the session-7 analyzer: 96.8% / 8.2% / 80.5% / 69.4%; once
 * more on this one (blind8 to blind11 in the training data, twice the weight budget): 96.7% / 7.2% /
 * 78.5% / 85.1%.
 */
const BLIND14_FLOORS = { fraudRecall: 0.96, falsePositiveRate: 0.075, typeAccuracy: 0.78, harassmentRecall: 0.85 };
/**
 * blind15 (a twentieth author: recruiting, HR and gig jobs, point-of-sale instalments, matchmaking;
 * RCS cards, Telegram and 飞书 chats, comment threads, machine-translated Chinese), written in
 * session 8 and first run on the session-7 analyzer: 95.7% / 9.6% / 82.9% / 82.3%; once more on this
 * one: 99.1% / 9.6% / 84.4% / 85.9%.
 */
/** Session 9: the lone-foreign-sender rule cost blind15 one catch (99.1 → 98.9 %) and removed 4 of its false positives (9.6 → 9.1 %). */
const BLIND15_FLOORS = { fraudRecall: 0.985, falsePositiveRate: 0.1, typeAccuracy: 0.84, harassmentRecall: 0.85 };
/**
 * blind16 (a twenty-third author: parcels, customs, 代购 and cross-border money; hashtags,
 * pipe tables, forwarding chains, look-alike-character typos, ALL-CAPS English) and blind17 (a
 * twenty-fourth: subscriptions, 短剧 and app stores, carriers' value-added services, AI apps;
 * ticket threads, push + SMS pairs, voice-assistant dialogues, developer English), written in
 * session 8 after this analyzer was committed and first run on it: 97.6% / 11.5% / 81.9% / 80.1%
 * and 97.2% / 9.1% / 80.1% / 69.6%. Run once more on a candidate that was not shipped.
 */
const BLIND16_FLOORS = { fraudRecall: 0.97, falsePositiveRate: 0.12, typeAccuracy: 0.81, harassmentRecall: 0.8 };
/** Session 9: the lone-foreign-sender rule cost blind17 two catches (97.2 → 96.9 %); its FPR stayed 9.1 %. */
const BLIND17_FLOORS = { fraudRecall: 0.965, falsePositiveRate: 0.095, typeAccuracy: 0.8, harassmentRecall: 0.69 };
/**
 * blind18 (a twenty-fifth author: 纪念币 and stamps, auction houses, 盲盒 and sneaker resale,
 * marathons, clubs and fan circles; auction-catalogue wording, collectors' jargon, 接龙 lists) and
 * blind19 (a twenty-sixth: unions and state employers, banks in the minority regions, border trade
 * and herders; bilingual notices, Korean–Chinese code-switching, second-language Chinese, relays
 * for deaf users), written after the session-8 model was final and run on it: 94.4% / 8.0% / 85.9% /
 * 88.4% and 99.3% / 4.6% / 84.9% / 83.9%; the same once more with the display-label rule.
 */
const BLIND18_FLOORS = { fraudRecall: 0.94, falsePositiveRate: 0.085, typeAccuracy: 0.85, harassmentRecall: 0.88 };
const BLIND19_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.05, typeAccuracy: 0.84, harassmentRecall: 0.83 };
/**
 * blind20 (a twenty-seventh author: courts through 12368 and 106 ports, mediation, labour
 * arbitration, notaries, law firms, legal aid; legal register, PDF excerpts, party lists) and
 * blind21 (a twenty-eighth: exam authorities, certificates, 人社 skills subsidies, tuition
 * instalments; exam-notice layouts, study-group 打卡, consultants' pitches), first run on the
 * session-8 model: 92.9% / 6.3% / 70.7% / 82.8% and 97.5% / 3.5% / 83.3% / 80.0%; the same once more
 * with the display-label rule.
 */
const BLIND20_FLOORS = { fraudRecall: 0.92, falsePositiveRate: 0.07, typeAccuracy: 0.7, harassmentRecall: 0.82 };
const BLIND21_FLOORS = { fraudRecall: 0.97, falsePositiveRate: 0.04, typeAccuracy: 0.83, harassmentRecall: 0.79 };
/**
 * blind22 (a twenty-ninth author: 医保, hospitals, health insurance and 惠民保, crowdfunding, elder
 * care, 医美 and dental instalments) and blind23 (a thirtieth: car loans and leases, ETC, 12123,
 * rent, mortgages, 公积金, property, utilities, carriers), written in parallel in session 9 and run
 * once each on the session-9 analyzer: 98.9% / 5.2% / 90.9% / 89.2% and 99.5% / 3.1% / 88.5% / 92.7%;
 * run again after the review tested the two session-9 rules on the normalized (Simplified) text:
 * blind22's FPR 5.2 → 5.0% (Traditional variants of a public-body signature), blind23 unchanged.
 * Session 10 decided its type head on them (a third run): type 90.9 → 92.4% and 88.5 → 93.9%, so
 * their type figures are tuned-on from here.
 */
const BLIND22_FLOORS = { fraudRecall: 0.985, falsePositiveRate: 0.055, typeAccuracy: 0.92, harassmentRecall: 0.89 };
const BLIND23_FLOORS = { fraudRecall: 0.99, falsePositiveRate: 0.035, typeAccuracy: 0.93, harassmentRecall: 0.92 };
/**
 * blind24 (a thirty-first author: merchants, shop owners and small businesses) and blind25 (a
 * thirty-second: family, friends, group chats and the phone call), written in parallel in session
 * 10; each run first on the session-9 analyzer and once more on the session-10 one (the type head
 * that also learned from blind12–blind21's fraud messages; verdicts unchanged): blind24 95.8% /
 * 5.0% / 89.0% → 95.6% / 100%, blind25 98.5% / 5.6% / 89.2% → 91.3% / 90.4%.
 */
const BLIND24_FLOORS = { fraudRecall: 0.955, falsePositiveRate: 0.055, typeAccuracy: 0.95, harassmentRecall: 0.99 };
const BLIND25_FLOORS = { fraudRecall: 0.98, falsePositiveRate: 0.06, typeAccuracy: 0.91, harassmentRecall: 0.9 };
/**
 * blind26 (a thirty-third author: rural China, county towns and migrant workers) and blind27 (a
 * thirty-fourth: university students and young people online), written in parallel in session
 * 12 and run once on the session-10 analyzer (and once on N*, which did not ship): blind26 97.8% /
 * 5.9% / 92.9% / 98.1%, blind27 95.2% / 9.2% / 90.6% / 88.5%.
 */
const BLIND26_FLOORS = { fraudRecall: 0.975, falsePositiveRate: 0.06, typeAccuracy: 0.925, harassmentRecall: 0.98 };
const BLIND27_FLOORS = { fraudRecall: 0.95, falsePositiveRate: 0.095, typeAccuracy: 0.9, harassmentRecall: 0.88 };
/**
 * blind28 (a thirty-fifth author: gig and platform workers) and blind29 (a thirty-sixth: the
 * salaried middle class and digital finance), written in parallel in session 12 and run once on
 * the session-10 analyzer (and once on the candidate M, which did not ship): blind28 97.5% / 4.1% /
 * 88.0% / 97.5%, blind29 98.3% / 8.7% / 94.4% / 98.6%.
 */
const BLIND28_FLOORS = { fraudRecall: 0.97, falsePositiveRate: 0.045, typeAccuracy: 0.875, harassmentRecall: 0.97 };
const BLIND29_FLOORS = { fraudRecall: 0.98, falsePositiveRate: 0.09, typeAccuracy: 0.94, harassmentRecall: 0.98 };
/**
 * blind30 (a thirty-seventh author: cross-border lives, Hong Kong, Macau, Taiwan and Chinese
 * abroad) and blind31 (a thirty-eighth: mothers, pregnancy, childcare and beauty), written in
 * parallel in session 12 and run once on the session-10 analyzer (and once each on the candidates
 * M2 and MH2, which did not ship): blind30 99.8% / 16.6% / 89.3% / 83.0%, blind31 98.4% / 9.2% /
 * 84.6% / 95.0%.
 */
const BLIND30_FLOORS = { fraudRecall: 0.995, falsePositiveRate: 0.17, typeAccuracy: 0.89, harassmentRecall: 0.83 };
const BLIND31_FLOORS = { fraudRecall: 0.98, falsePositiveRate: 0.095, typeAccuracy: 0.845, harassmentRecall: 0.95 };

describe('evaluation set', () => {
  it('dev and test template banks are disjoint', () => {
    const dev = new Set(DEV_TEMPLATES.map((t) => t.text));
    expect(TEST_TEMPLATES.filter((t) => dev.has(t.text))).toEqual([]);
  });

  it('the blind-1 bank is disjoint from both others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES].map((t) => t.text));
    expect(BLIND_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const blind = generateEvalSet(registry, 'blind');
    expect(blind.length).toBeGreaterThanOrEqual(200);
    expect(new Set(blind.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(10);
    expect(new Set(blind.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
  });

  it('the blind2 bank is disjoint from the three others', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES].map((t) => t.text));
    expect(BLIND2_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
  });

  it('the blind3 bank is disjoint from the four others', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES].map((t) => t.text));
    expect(BLIND3_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
  });

  it('the blind4 bank is disjoint from the five others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES].map((t) => t.text));
    expect(BLIND4_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, 'blind4');
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBeGreaterThanOrEqual(10);
  });

  it('the blind5 bank is disjoint from the six others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES].map((t) => t.text));
    expect(BLIND5_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, 'blind5');
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(11);
  });

  it('the blind6 bank is disjoint from the nine others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES, ...BLIND5_TEMPLATES, ...TRAIN8_TEMPLATES, ...TRAIN9_TEMPLATES].map((t) => t.text));
    expect(BLIND6_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, 'blind6');
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(11);
  });

  it('the blind7 bank is disjoint from the ten others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES, ...BLIND5_TEMPLATES, ...TRAIN8_TEMPLATES, ...TRAIN9_TEMPLATES, ...BLIND6_TEMPLATES].map((t) => t.text));
    expect(BLIND7_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, 'blind7');
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(11);
  });

  it('the blind8 bank is disjoint from the twelve others and covers every label and fraud type', () => {
    const seen = new Set([...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES, ...BLIND5_TEMPLATES, ...TRAIN8_TEMPLATES, ...TRAIN9_TEMPLATES, ...BLIND6_TEMPLATES, ...BLIND7_TEMPLATES, ...TRAIN10_TEMPLATES].map((t) => t.text));
    expect(BLIND8_TEMPLATES.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, 'blind8');
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(11);
  });

  it.each(['blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'train11', 'train12', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31'] as const)('the %s bank is disjoint from every bank written before it and covers every label and fraud type', (split) => {
    const at = WRITTEN.findIndex(([s]) => s === split);
    const bank = WRITTEN[at]?.[1];
    if (!bank) throw new Error(`${split} is missing from WRITTEN`);
    const seen = new Set(WRITTEN.slice(0, at).flatMap(([, earlier]) => earlier.map((t) => t.text)));
    expect(bank.filter((t) => seen.has(t.text))).toEqual([]);
    const cases = generateEvalSet(registry, split);
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
    expect(new Set(cases.map((c) => c.fraudType).filter((t) => t !== null)).size).toBe(11);
  });

  // The training data must not leak the blind banks' messages into the text model: no bank of the
  // label head shares a message with blind12 onwards, no bank of the type head with blind22 onwards.
  // Each set is built once, on the first case that needs it, not once per training bank.
  const textsOf = (splits: readonly Split[]): Set<string | undefined> => new Set(splits.flatMap((b) => generateEvalSet(registry, b)).map((c) => c.input.text));
  const HELD_OUT: readonly Split[] = ['blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31'];
  let heldOutTexts: Set<string | undefined> | undefined;
  let labelBlindTexts: Set<string | undefined> | undefined;
  it.each(TRAINING_SPLITS)('the training bank %s shares no message with blind12 to blind31', (split) => {
    const blind = (labelBlindTexts ??= textsOf([...TYPE_ONLY_SPLITS, ...HELD_OUT]));
    expect(generateEvalSet(registry, split).filter((c) => blind.has(c.input.text))).toEqual([]);
  });

  it.each(TYPE_ONLY_SPLITS)('the type head\'s bank %s shares no message with blind22 to blind31', (split) => {
    const blind = (heldOutTexts ??= textsOf(HELD_OUT));
    expect(generateEvalSet(registry, split).filter((c) => blind.has(c.input.text))).toEqual([]);
  });

  it('is deterministic and covers every label and fraud type', () => {
    const a = generateEvalSet(registry, 'test');
    expect(generateEvalSet(registry, 'test')).toEqual(a);
    expect(generateEvalSet(registry, 'test', { seed: 7 })).not.toEqual(a);
    const types = new Set(a.map((c) => c.fraudType).filter((t) => t !== null));
    expect(types.size).toBe(10);
    expect(new Set(a.map((c) => c.label))).toEqual(new Set(['normal', 'fraud', 'harassment']));
  });

  it('metrics count misses (a classifier that always says unverified catches nothing)', () => {
    const r = evaluate(generateEvalSet(registry, 'dev'), () => ({ verdict: 'unverified', fraudType: null }));
    expect(r.fraudRecall).toBe(0);
    expect(r.falsePositiveRate).toBe(0);
    expect(r.harassmentRecall).toBe(0);
    const paranoid = evaluate(generateEvalSet(registry, 'dev'), () => ({ verdict: 'fraud', fraudType: 'other' }));
    expect(paranoid.falsePositiveRate).toBe(1);
    expect(paranoid.typeAccuracy).toBe(0);
  });

  // Targets are asserted on the test split. Honesty: its first run missed two phenomena that were
  // then fixed via new dev templates (see heldout.templates.ts), so these figures are optimistic.
  it.each([1, 2, 3])('meets the targets on the held-out test split (seed %i)', (seed) => {
    const r = evaluate(generateEvalSet(registry, 'test', { seed }), (c) => analyzeMessage(c.input, ctx));
    expect(r.n.fraud).toBeGreaterThan(100);
    expect(r.fraudRecall).toBeGreaterThanOrEqual(0.98);
    expect(r.falsePositiveRate).toBeLessThanOrEqual(0.01);
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.harassmentRecall).toBeGreaterThanOrEqual(0.95);
  });

  // blind-1 was held out until 2026-12-01 (first figures: fraud recall 85.9%, FPR 6.3%, type
  // accuracy 87.3%, harassment recall 66.7%). Its misses were then studied and their causes fixed,
  // so it is development data now, NOT a held-out measure: these are regression floors only.
  it.each([1, 2, 3])('blind-1, tuned on since 2026-12-01, stays at its regression floors (seed %i)', (seed) => {
    const r = evaluate(generateEvalSet(registry, 'blind', { seed }), (c) => analyzeMessage(c.input, ctx));
    expect(r.fraudRecall).toBeGreaterThanOrEqual(0.98);
    expect(r.falsePositiveRate).toBeLessThanOrEqual(0.01);
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.harassmentRecall).toBeGreaterThanOrEqual(0.95);
  });

  // blind2 (an independent author) was evaluated once, rules only, at fraud recall 88.2% / FPR
  // 10.9% / type accuracy 81.5% / harassment recall 65.9%, and tuned on since: its templates are
  // in the text model's training corpus (scripts/train-scam.ts) and its misses were read. These
  // are regression floors, not a held-out measure; the cross-validated figures by template are
  // in the model's provenance.
  it.each([1, 2, 3])('blind2, tuned on since, stays at its regression floors (seed %i)', (seed) => {
    const r = evaluate(generateEvalSet(registry, 'blind2', { seed }), (c) => analyzeMessage(c.input, ctx));
    expect(r.fraudRecall).toBeGreaterThanOrEqual(BLIND2_FLOORS.fraudRecall);
    expect(r.falsePositiveRate).toBeLessThanOrEqual(BLIND2_FLOORS.falsePositiveRate);
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(BLIND2_FLOORS.typeAccuracy);
    expect(r.harassmentRecall).toBeGreaterThanOrEqual(BLIND2_FLOORS.harassmentRecall);
  });

  it.each([
    ['blind3 (in the training data since 2026-12-01)', 'blind3', BLIND3_FLOORS],
    ['blind4 (in the training data since 2026-12-01, session 4)', 'blind4', BLIND4_FLOORS],
    ['blind5 (in the training data since 2026-12-02, session 5)', 'blind5', BLIND5_FLOORS],
    ['blind6 (in the training data since 2026-12-02, session 6)', 'blind6', BLIND6_FLOORS],
    ['blind7 (in the training data since 2026-12-02, session 6)', 'blind7', BLIND7_FLOORS],
    ['blind8 (in the training data since session 8)', 'blind8', BLIND8_FLOORS],
    ['blind9 (in the training data since session 8)', 'blind9', BLIND9_FLOORS],
    ['blind10 (in the training data since session 8)', 'blind10', BLIND10_FLOORS],
    ['blind11 (in the training data since session 8)', 'blind11', BLIND11_FLOORS],
    ['blind12 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind12', BLIND12_FLOORS],
    ['blind13 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind13', BLIND13_FLOORS],
    ['blind14 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind14', BLIND14_FLOORS],
    ['blind15 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind15', BLIND15_FLOORS],
    ['blind16 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind16', BLIND16_FLOORS],
    ['blind17 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind17', BLIND17_FLOORS],
    ['blind18 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind18', BLIND18_FLOORS],
    ['blind19 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind19', BLIND19_FLOORS],
    ['blind20 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind20', BLIND20_FLOORS],
    ['blind21 (blind for verdicts, never read; its fraud messages train the type head since session 10)', 'blind21', BLIND21_FLOORS],
    ['blind22 (blind, run three times)', 'blind22', BLIND22_FLOORS],
    ['blind23 (blind, run three times)', 'blind23', BLIND23_FLOORS],
    ['blind24 (blind, run twice)', 'blind24', BLIND24_FLOORS],
    ['blind25 (blind, run twice)', 'blind25', BLIND25_FLOORS],
    ['blind26 (blind, run twice: the session-10 analyzer and N*)', 'blind26', BLIND26_FLOORS],
    ['blind27 (blind, run twice: the session-10 analyzer and N*)', 'blind27', BLIND27_FLOORS],
    ['blind28 (blind, run twice: the session-10 analyzer and M)', 'blind28', BLIND28_FLOORS],
    ['blind29 (blind, run twice: the session-10 analyzer and M)', 'blind29', BLIND29_FLOORS],
    ['blind30 (blind, run three times: the session-10 analyzer, M2 and MH2)', 'blind30', BLIND30_FLOORS],
    ['blind31 (blind, run three times: the session-10 analyzer, M2 and MH2)', 'blind31', BLIND31_FLOORS],
  ] as const)('%s stays at its regression floors', (_name, split, floors) => {
    const r = evaluate(generateEvalSet(registry, split), (c) => analyzeMessage(c.input, ctx));
    expect(r.fraudRecall).toBeGreaterThanOrEqual(floors.fraudRecall);
    expect(r.falsePositiveRate).toBeLessThanOrEqual(floors.falsePositiveRate);
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(floors.typeAccuracy);
    expect(r.harassmentRecall).toBeGreaterThanOrEqual(floors.harassmentRecall);
  });
});
