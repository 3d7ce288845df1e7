/**
 * Quality gates: the brief's targets on the held-out TEST templates and, where met, on BLIND4 (the
 * blind split); regression floors on BLIND-1, BLIND2 and BLIND3, which were tuned on from
 * 2026-12-01 and so no longer measure generalisation.
 */
import { describe, expect, it } from 'vitest';
import { detectPii } from '../pii.engine.js';
import type { PiiType } from '../pii.types.js';
import { generateCorpus, type Split } from './corpus.gen.js';
import { DEV_TEMPLATES } from './templates.dev.js';
import { BLIND_TEMPLATES } from './templates.blind.js';
import { BLIND2_TEMPLATES } from './templates.blind2.js';
import { BLIND3_TEMPLATES } from './templates.blind3.js';
import { BLIND4_TEMPLATES } from './templates.blind4.js';
import { BLIND5_TEMPLATES } from './templates.blind5.js';
import { BLIND6_TEMPLATES } from './templates.blind6.js';
import { BLIND7_TEMPLATES } from './templates.blind7.js';
import { TEST_TEMPLATES } from './templates.test-set.js';
import { evaluate } from './evaluate.js';

/** Structured identifiers, and secrets, which the brief holds to the same level. */
const STRICT: PiiType[] = ['mobile', 'landline', 'id_card', 'bank_card', 'email', 'secret'];
const FUZZY: PiiType[] = ['name', 'address'];

describe('evaluation on the test templates', () => {
  const report = evaluate(generateCorpus('test', 1500, 7), (t) => detectPii(t));
  const byType = new Map(report.perType.map((r) => [r.type, r]));

  it('dev and test template sets are disjoint', () => {
    const dev = new Set(DEV_TEMPLATES);
    expect(TEST_TEMPLATES.filter((t) => dev.has(t))).toEqual([]);
  });

  it.each(STRICT)('%s: recall ≥ 99.5%, precision ≥ 99%', (type) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(0.995);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(0.99);
  });

  it.each(FUZZY)('%s: recall ≥ 90%, precision ≥ 90%', (type) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('decoys masked ≤ 1%', () => {
    expect(report.decoys).toBeGreaterThan(500);
    expect(report.decoyMaskRate).toBeLessThanOrEqual(0.01);
  });
});

type Floor = [PiiType, number, number];

/**
 * The gates every blind split gets: its templates are new, each type meets its recall and
 * precision floor on 3,000 sentences (seed 20240305), and few decoys are masked.
 */
function splitGates(split: Split, own: readonly string[], earlier: readonly string[], floors: Floor[], decoys: { min: number; maxRate: number }): void {
  const report = evaluate(generateCorpus(split, 3000, 20240305), (t) => detectPii(t));
  const byType = new Map(report.perType.map((r) => [r.type, r]));

  it(`${split} templates share nothing with the earlier splits`, () => {
    const seen = new Set(earlier);
    expect(own.filter((t) => seen.has(t))).toEqual([]);
  });

  it.each<Floor>(floors)('%s: recall ≥ %f, precision ≥ %f', (type, minRecall, minPrecision) => {
    const r = byType.get(type);
    expect(r?.gold ?? 0).toBeGreaterThan(50);
    expect(r?.recall ?? 0).toBeGreaterThanOrEqual(minRecall);
    expect(r?.precision ?? 0).toBeGreaterThanOrEqual(minPrecision);
  });

  it(`decoys masked ≤ ${decoys.maxRate * 100}%`, () => {
    expect(report.decoys).toBeGreaterThan(decoys.min);
    expect(report.decoyMaskRate).toBeLessThanOrEqual(decoys.maxRate);
  });
}

/**
 * Regression floors on the BLIND-1 templates (templates.blind.ts). Until 2026-12-01 they were never
 * tuned on; their misses were then studied and fixed (names after 他叫/办理人/谁是/我和…, addressed
 * and subject names, Latin-letter names after English relations, codes named after the value,
 * cards after "卡"), so they are now a development set. Before: name recall 56.4%, secret 50.5%,
 * bank_card 98.7%. Measured after, on 3,000 sentences (seed 20240305): name recall 99.8% at
 * precision 100%, every other type 100/100, decoys masked 0/2,401. Floors sit a little below.
 */
describe('evaluation on the blind-1 templates (tuned on since 2026-12-01; regression floors)', () => {
  splitGates('blind', BLIND_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES], [
    ['mobile', 0.995, 0.99],
    ['landline', 0.995, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.995, 0.99],
    ['email', 0.995, 0.99],
    ['secret', 0.98, 0.98],
    ['address', 0.97, 0.97],
    ['name', 0.97, 0.97],
    ['foreign_phone', 0.97, 0.97],
    ['account_id', 0.97, 0.97],
  ], { min: 1000, maxRate: 0.005 });

  it('blind-1 has at least 45 templates', () => {
    expect(BLIND_TEMPLATES.length).toBeGreaterThanOrEqual(45);
  });
});

/**
 * Regression floors on the BLIND2 templates (templates.blind2.ts + values.blind2.gen.ts, written by
 * an independent author). Evaluated once on 2026-12-01 at name recall 47.5% (precision 97.1%),
 * secret 73.5%, bank_card 95.7%; then tuned on the same day, so it is a development set now. The
 * fixes were structural: form labels ending in a role or name word, role endings without a colon,
 * transcript speaker labels, SMS salutations, everyday-character surnames after strong cues, a wider
 * given-name prior, married names, lower-case pinyin, codes answering the previous transcript turn,
 * "Account No." as a card cue. Measured after, on 3,000 sentences (seed 20240305): name recall
 * 94.7% at precision 100%, every other type 100/100, decoys masked 0/1,630. Floors sit a little below.
 */
describe('blind2 (evaluated once at name 47.5% / secret 73.5% / card 95.7%, tuned on since)', () => {
  splitGates('blind2', BLIND2_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES], [
    ['mobile', 0.995, 0.99],
    ['landline', 0.995, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.995, 0.99],
    ['email', 0.995, 0.99],
    ['secret', 0.99, 0.99],
    ['address', 0.97, 0.97],
    ['name', 0.93, 0.97],
    ['foreign_phone', 0.97, 0.97],
    ['account_id', 0.97, 0.97],
  ], { min: 1000, maxRate: 0.005 });
});

/**
 * Regression floors on the BLIND3 templates (templates.blind3.ts + values.blind3.gen.ts, written by
 * an independent author). Evaluated once on 2026-12-01 at name recall 69.9% (precision 98.5%) and
 * secret recall 48.0% (precision 92.6%), every other type 100/100; then tuned on the same day. The
 * fixes were general rather than per sentence: a cue-less full-name model (given-name prior, jieba
 * boundaries, context before and after; free-name.ts), codes handed over after a request in the
 * same sentence or a later turn (secret-answer.ts), 3-digit card-security codes, passwords ending in
 * a symbol, Latin names in forms ("Debtor:", "I, …,", "authorise", "… from compliance", "WORD UPPER",
 * "ZhengJianguo", "Jun ZHU"). Measured after, on 3,000 sentences (seed 20240305): name recall 98.5% at
 * precision 100%, secret 100/100, every other type 100/100, decoys masked 0/1,304. Floors sit a
 * little below.
 */
describe('blind3 (evaluated once at name 69.9% / secret 48.0%, tuned on since 2026-12-01)', () => {
  splitGates('blind3', BLIND3_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES], [
    ['mobile', 0.995, 0.99],
    ['landline', 0.995, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.995, 0.99],
    ['email', 0.995, 0.99],
    ['secret', 0.99, 0.99],
    ['address', 0.97, 0.97],
    ['name', 0.97, 0.98],
  ], { min: 1000, maxRate: 0.005 });
});

/**
 * BLIND4 (templates.blind4.ts, a fifth independent author, names and secrets from the realistic
 * population generators of values.blind3.gen.ts) is the blind split: evaluated once on 2026-12-01,
 * after the engine was final, at name recall 90.1% (precision 98.0%), secret recall 79.9%
 * (precision 100%), every other type 100/100, decoys masked 0/946. The targets are
 * asserted where they were met on that one run; secrets, which have no stated target, get a
 * regression floor. The corpus is deterministic (fixed seed), so these are not flaky.
 */
describe('blind4 (blind: evaluated once on 2026-12-01, never tuned on)', () => {
  splitGates('blind4', BLIND4_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES], [
    ['mobile', 0.995, 0.99],
    ['landline', 0.995, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.995, 0.99],
    ['email', 0.995, 0.99],
    ['address', 0.9, 0.9],
    ['name', 0.9, 0.9],
    ['secret', 0.79, 0.99],
  ], { min: 500, maxRate: 0.01 });
});

/**
 * BLIND5 (templates.blind5.ts and values.blind5.gen.ts, a sixth independent author: voice
 * dictation without punctuation, CSV / Markdown / SQL tables, e-mail threads, bilingual forms,
 * JSON and CRM exports, WeChat group exports; minority, Hong Kong / Taiwan / Southeast-Asian and
 * word-like names) was evaluated once on 2026-12-02 (session 8) on the engine as it stood: names
 * 54.0% recall (94.2% precision), secrets 71.8% (95.4%), account ids 64.3% (91.4%), id cards 87.2%,
 * foreign phones 91.4%, mobiles 95.2%, bank cards 94.0%, everything else 100%, decoys 0/904. Its
 * structured-identifier misses were then read and fixed (CSV fields glued by commas, "No." read as
 * an order number's, a CSV header's 金额 reaching into the next line, account ids in tables, JSON
 * and run-on text), so it is tuned on: these are regression floors (measured after: every
 * structured type 100%, names and secrets unchanged — names are the open problem).
 */
describe('blind5 (evaluated once on 2026-12-02, tuned on since for structured identifiers)', () => {
  splitGates('blind5', BLIND5_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES], [
    ['mobile', 0.995, 0.99],
    ['landline', 0.995, 0.99],
    ['foreign_phone', 0.995, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.995, 0.99],
    ['email', 0.995, 0.99],
    ['account_id', 0.995, 0.99],
    ['address', 0.9, 0.9],
    ['name', 0.53, 0.94],
    ['secret', 0.71, 0.95],
  ], { min: 500, maxRate: 0.01 });
});

/**
 * BLIND6 (templates.blind6.ts and values.blind6.gen.ts, a seventh independent author: OCR of ID
 * cards, statements and contracts, SMS threads, HTML / XML / URL queries, tab-pasted Excel rows,
 * filled-in forms, agents' shorthand, police and court records, waybills, tickets, medical bills;
 * numbers in 3-3-5 and 4-4-3 groupings, (+86) and 86- prefixes, full-width digits) is blind: run on
 * the session-8 engine before the blind5 fixes (names 53.4% recall at 96.9% precision, mobiles 90.2%
 * at 94.6%, ID cards 91.1%, bank cards 90.0%, landlines 96.7%, account ids 82.9%, secrets 66.5%,
 * decoys masked 0.42%) and once after them (mobiles 91.4%, the rest unchanged); in session 9 after
 * the layout-name pass, which was built from blind5's misses and unit tests (names 58.3% at 97.7%,
 * the rest unchanged). Its misses have not been read. Floors sit at those figures; the targets (99.5% for numbers) are NOT met here.
 */
describe('blind6 (blind: run on three engines, never tuned on)', () => {
  splitGates('blind6', BLIND6_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES, ...BLIND5_TEMPLATES], [
    ['mobile', 0.91, 0.94],
    ['landline', 0.96, 0.96],
    ['foreign_phone', 0.995, 0.99],
    ['id_card', 0.91, 0.99],
    ['bank_card', 0.9, 0.99],
    ['email', 0.995, 0.99],
    ['account_id', 0.82, 0.95],
    ['address', 0.9, 0.9],
    ['name', 0.58, 0.97],
    ['secret', 0.66, 0.93],
  ], { min: 500, maxRate: 0.005 });
});

/**
 * BLIND7 (templates.blind7.ts and values.blind7.gen.ts, an eighth independent author, whose own
 * generators make every personal value: mobiles in many groupings and prefixes, some in Chinese
 * numerals or with 幺, landlines with extensions, foreign phones in local styles, ID cards, cards,
 * e-mails, WeChat and QQ ids, names of many origins, secrets) is blind: run ONCE, on the session-9
 * engine after the layout-name pass (names 75.0% at 98.3%, mobiles 86.8% at 96.4%, bank cards
 * 91.2%, ID cards 100%, landlines 90.9% at 85.5%, account ids 64.7%, foreign phones 70.3%, secrets
 * 52.0% at 82.4%, decoys masked 0.6%). Its misses have not been read. Floors sit at those figures;
 * the targets are NOT met here.
 */
describe('blind7 (blind: run once on 2026-12-02, never tuned on)', () => {
  splitGates('blind7', BLIND7_TEMPLATES, [...DEV_TEMPLATES, ...TEST_TEMPLATES, ...BLIND_TEMPLATES, ...BLIND2_TEMPLATES, ...BLIND3_TEMPLATES, ...BLIND4_TEMPLATES, ...BLIND5_TEMPLATES, ...BLIND6_TEMPLATES], [
    ['mobile', 0.86, 0.96],
    ['landline', 0.9, 0.85],
    ['foreign_phone', 0.7, 0.99],
    ['id_card', 0.995, 0.99],
    ['bank_card', 0.91, 0.99],
    ['email', 0.995, 0.99],
    ['account_id', 0.64, 0.99],
    ['address', 0.9, 0.9],
    ['name', 0.74, 0.98],
    ['secret', 0.51, 0.82],
  ], { min: 500, maxRate: 0.007 });
});
