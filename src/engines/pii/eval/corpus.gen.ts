/**
 * Deterministic evaluation corpus: templates (dev or test set) filled with generated values, with
 * gold spans for PII and spans for decoys. Splits: dev (tunable), test, blind, blind2, blind3, blind4, blind5, blind6 and blind7 (held out).
 * About a third of the Chinese sentences are rendered in Traditional Chinese with opencc-js, segment
 * by segment so gold offsets stay exact.
 */
import * as OpenCC from 'opencc-js';
import type { PiiType } from '../pii.types.js';
import { decoy, type DecoyKind } from './decoys.gen.js';
import { Prng } from './prng.js';
import { BLIND_TEMPLATES } from './templates.blind.js';
import { BLIND2_TEMPLATES } from './templates.blind2.js';
import { BLIND3_TEMPLATES } from './templates.blind3.js';
import { BLIND4_TEMPLATES } from './templates.blind4.js';
import { BLIND5_TEMPLATES } from './templates.blind5.js';
import { BLIND6_TEMPLATES } from './templates.blind6.js';
import { BLIND7_TEMPLATES } from './templates.blind7.js';
import { DEV_TEMPLATES } from './templates.dev.js';
import { TEST_TEMPLATES } from './templates.test-set.js';
import * as b2 from './values.blind2.gen.js';
import * as b3 from './values.blind3.gen.js';
import * as b5 from './values.blind5.gen.js';
import * as b6 from './values.blind6.gen.js';
import * as b7 from './values.blind7.gen.js';
import * as gen from './values.gen.js';

export interface GoldSpan {
  type: PiiType;
  start: number;
  end: number;
}

export interface DecoySpan {
  kind: DecoyKind;
  start: number;
  end: number;
}

export interface Sample {
  text: string;
  gold: GoldSpan[];
  decoys: DecoySpan[];
  traditional: boolean;
}

interface Filled {
  text: string;
  type?: PiiType;
  decoy?: DecoyKind;
  /** Part of `text` that is the personal value (URL: the query only). */
  span?: [number, number];
}

const CURRENT_YEAR = 2025;

export type Split = 'dev' | 'test' | 'blind' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6' | 'blind7';

function fill(slot: string, r: Prng, split: Split): Filled {
  const blind = split === 'blind';
  const blind2 = split === 'blind2';
  // blind4 reuses the blind3 generators (population-like names and secrets).
  const blind3 = split === 'blind3' || split === 'blind4';
  // blind5 and blind6 have their own authors' generators for the values the engine finds hardest
  // (blind6 also for how numbers are written).
  if (split === 'blind5' || split === 'blind6') {
    const own = split === 'blind5' ? b5 : b6;
    switch (slot) {
      case 'name': return { text: own.chineseName(r), type: 'name' };
      case 'ename': return { text: own.englishName(r), type: 'name' };
      case 'pname': return { text: own.pinyinName(r), type: 'name' };
      case 'secret': return { text: own.secret(r), type: 'secret' };
      case 'cvv': return { text: own.cvv(r), type: 'secret' };
    }
  }
  // blind7's author wrote generators for every value a person carries (names, secrets, numbers, ids).
  if (split === 'blind7') {
    switch (slot) {
      case 'name': return { text: b7.chineseName(r), type: 'name' };
      case 'ename': return { text: b7.englishName(r), type: 'name' };
      case 'pname': return { text: b7.pinyinName(r), type: 'name' };
      case 'secret': return { text: b7.secret(r), type: 'secret' };
      case 'cvv': return { text: b7.cvv(r), type: 'secret' };
      case 'mobile': return { text: b7.mobile(r), type: 'mobile' };
      case 'landline': return { text: b7.landline(r), type: 'landline' };
      case 'foreign': return { text: b7.foreignPhone(r), type: 'foreign_phone' };
      case 'id': return { text: b7.idCard(r), type: 'id_card' };
      case 'card': return { text: b7.bankCard(r), type: 'bank_card' };
      case 'email': return { text: b7.email(r), type: 'email' };
      case 'wechat': return { text: b7.wechatId(r), type: 'account_id' };
      case 'qq': return { text: b7.qqNumber(r), type: 'account_id' };
    }
  }
  if (split === 'blind6') {
    switch (slot) {
      case 'mobile': return { text: b6.mobile(r), type: 'mobile' };
      case 'landline': return { text: b6.landline(r), type: 'landline' };
      case 'id': return { text: b6.idCard(r), type: 'id_card' };
      case 'card': return { text: b6.bankCard(r), type: 'bank_card' };
    }
  }
  switch (slot) {
    case 'mobile': return { text: gen.mobile(r), type: 'mobile' };
    case 'landline': return { text: gen.landline(r), type: 'landline' };
    case 'foreign': return { text: gen.foreignPhone(r), type: 'foreign_phone' };
    case 'id': return { text: gen.idCard(r, CURRENT_YEAR), type: 'id_card' };
    case 'card': return { text: gen.bankCard(r, true), type: 'bank_card' };
    case 'card_bad': return { text: gen.bankCard(r, false), type: 'bank_card' };
    case 'email': return { text: gen.email(r), type: 'email' };
    case 'name': return { text: blind3 ? b3.chineseName(r) : blind2 ? b2.chineseName(r) : blind ? gen.chineseNameBlind(r) : gen.chineseName(r), type: 'name' };
    case 'ename': return { text: blind3 ? b3.englishName(r) : blind2 ? b2.englishName(r) : blind ? gen.englishNameBlind(r) : gen.englishName(r), type: 'name' };
    case 'pname': return { text: blind3 ? b3.pinyinName(r) : b2.pinyinName(r), type: 'name' };
    case 'address': return { text: gen.address(r), type: 'address' };
    case 'plate': return { text: gen.plate(r), type: 'license_plate' };
    case 'secret': return { text: blind3 ? b3.secret(r) : blind2 ? b2.secret(r) : gen.secretCode(r), type: 'secret' };
    case 'cvv': return { text: b3.cvv(r), type: 'secret' };
    case 'ip': return { text: gen.ipv4(r), type: 'ip' };
    case 'wechat': return { text: gen.wechatId(r), type: 'account_id' };
    case 'qq': return { text: gen.qqNumber(r), type: 'account_id' };
    case 'url': {
      const url = gen.tokenUrl(r);
      return { text: url, type: 'url_token', span: [url.indexOf('?') + 1, url.length] };
    }
    case 'amount': case 'date': case 'time': case 'rate': case 'instalments': case 'service_number':
      return { text: decoy(r, slot), decoy: slot };
    case 'period': return { text: decoy(r, 'instalments'), decoy: 'instalments' };
    case 'service': return { text: decoy(r, 'service_number'), decoy: 'service_number' };
    case 'ref': return { text: decoy(r, 'reference'), decoy: 'reference' };
    default: throw new Error(`unknown slot {${slot}}`);
  }
}

let toTraditional: ((s: string) => string) | undefined;
let toSimplified: ((s: string) => string) | undefined;
const nativeCache = new Map<string, boolean>();

function traditional(s: string): string {
  const convert = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(s);
}

/** A template written natively in Traditional Chinese (HK/TW): converting it to Simplified changes it. */
function nativeTraditional(template: string): boolean {
  let native = nativeCache.get(template);
  if (native === undefined) {
    const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
    const fixed = template.replace(/\{\w+\}/g, '');
    native = convert(fixed) !== fixed;
    nativeCache.set(template, native);
  }
  return native;
}

/**
 * `keepText`: the template is already Traditional, so only the filled values are converted and the
 * fixed text stays as written (cn→tw would rewrite native forms such as 台 → 臺).
 */
export function renderTemplate(template: string, r: Prng, asTraditional: boolean, split: Split = 'dev', keepText = false): Sample {
  const sample: Sample = { text: '', gold: [], decoys: [], traditional: asTraditional };
  const conv = (s: string): string => (asTraditional ? traditional(s) : s);
  const parts = template.split(/\{(\w+)\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      sample.text += keepText ? part : conv(part);
      return;
    }
    const f = fill(part, r, split);
    const text = conv(f.text);
    const start = sample.text.length;
    sample.text += text;
    if (f.type) {
      const [s, e] = f.span ?? [0, text.length];
      sample.gold.push({ type: f.type, start: start + s, end: start + e });
    }
    if (f.decoy) sample.decoys.push({ kind: f.decoy, start, end: start + text.length });
  });
  return sample;
}

const TEMPLATES: Record<Split, readonly string[]> = {
  dev: DEV_TEMPLATES,
  test: TEST_TEMPLATES,
  blind: BLIND_TEMPLATES,
  blind2: BLIND2_TEMPLATES,
  blind3: BLIND3_TEMPLATES,
  blind4: BLIND4_TEMPLATES,
  blind5: BLIND5_TEMPLATES,
  blind6: BLIND6_TEMPLATES,
  blind7: BLIND7_TEMPLATES,
};

export function generateCorpus(split: Split, count: number, seed = 20240305): Sample[] {
  const templates = TEMPLATES[split];
  const r = new Prng(seed);
  const out: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length] as string;
    const chinese = /[\u4e00-\u9fff]/.test(t.replace(/\{\w+\}/g, ''));
    const converted = chinese && r.chance(0.33);
    // blind2 to blind5 have templates written natively in Traditional: always render them (and their values) Traditional.
    const native = split !== 'dev' && split !== 'test' && split !== 'blind' && chinese && nativeTraditional(t);
    out.push(renderTemplate(t, r, converted || native, split, native));
  }
  return out;
}
