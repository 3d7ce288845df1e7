/**
 * Deterministic evaluation corpus: templates (dev or test set) filled with generated values, with
 * gold spans for PII and spans for decoys. About a third of the Chinese sentences are rendered in
 * Traditional Chinese with opencc-js, segment by segment so gold offsets stay exact.
 */
import * as OpenCC from 'opencc-js';
import type { PiiType } from '../pii.types.js';
import { decoy, type DecoyKind } from './decoys.gen.js';
import { Prng } from './prng.js';
import { BLIND_TEMPLATES } from './templates.blind.js';
import { DEV_TEMPLATES } from './templates.dev.js';
import { TEST_TEMPLATES } from './templates.test-set.js';
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

export type Split = 'dev' | 'test' | 'blind';

function fill(slot: string, r: Prng, split: Split): Filled {
  const blind = split === 'blind';
  switch (slot) {
    case 'mobile': return { text: gen.mobile(r), type: 'mobile' };
    case 'landline': return { text: gen.landline(r), type: 'landline' };
    case 'foreign': return { text: gen.foreignPhone(r), type: 'foreign_phone' };
    case 'id': return { text: gen.idCard(r, CURRENT_YEAR), type: 'id_card' };
    case 'card': return { text: gen.bankCard(r, true), type: 'bank_card' };
    case 'card_bad': return { text: gen.bankCard(r, false), type: 'bank_card' };
    case 'email': return { text: gen.email(r), type: 'email' };
    case 'name': return { text: blind ? gen.chineseNameBlind(r) : gen.chineseName(r), type: 'name' };
    case 'ename': return { text: blind ? gen.englishNameBlind(r) : gen.englishName(r), type: 'name' };
    case 'address': return { text: gen.address(r), type: 'address' };
    case 'plate': return { text: gen.plate(r), type: 'license_plate' };
    case 'secret': return { text: gen.secretCode(r), type: 'secret' };
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

function traditional(s: string): string {
  const convert = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(s);
}

export function renderTemplate(template: string, r: Prng, asTraditional: boolean, split: Split = 'dev'): Sample {
  const sample: Sample = { text: '', gold: [], decoys: [], traditional: asTraditional };
  const conv = (s: string): string => (asTraditional ? traditional(s) : s);
  const parts = template.split(/\{(\w+)\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      sample.text += conv(part);
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

const TEMPLATES: Record<Split, readonly string[]> = { dev: DEV_TEMPLATES, test: TEST_TEMPLATES, blind: BLIND_TEMPLATES };

export function generateCorpus(split: Split, count: number, seed = 20240305): Sample[] {
  const templates = TEMPLATES[split];
  const r = new Prng(seed);
  const out: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length] as string;
    const chinese = /[\u4e00-\u9fff]/.test(t.replace(/\{\w+\}/g, ''));
    out.push(renderTemplate(t, r, chinese && r.chance(0.33), split));
  }
  return out;
}
