/**
 * The speed-ups must not change results: SharedScan ≡ each lexicon's own findAll, the anchored
 * IPv6 and IPv4 scans ≡ the plain global regexes, and digit runs below `minDigits` are skipped whole.
 */
import { describe, expect, it } from 'vitest';
import { scanDigitRuns } from './digit-runs.js';
import { Lexicon, SharedScan, type LexMatch } from './lexicon.js';
import type { MatchList } from './match-list.js';
import type { PiiEntity } from './pii.types.js';
import { ipRecognizer } from './web.recognizer.js';

const LISTS = [
  ['我叫', '我是', '客户', '客服专员', '联系人'],
  ['先生', '女士', '经理', '总'],
  ['北京', '北京市', '上海', '上海市', '朝阳区'],
  ['验证码', 'pin', 'otp', '密码'],
  ['号', '号码', '手机号', '手机号码'],
];

const TEXTS = [
  '我叫王小明，客服专员张总说验证码是1234，北京市朝阳区',
  '我是我是我是客户客户',
  'spinning otp: 5521, PIN 8890, OTPs',
  '手机号码手机号码号码号',
  '聯繫人：李先生，密碼ＰＩＮ',
  '',
  '总',
  '北京上海北京市上海市',
];

function listed<V>(list: MatchList<V> | undefined): Array<LexMatch<V>> {
  const out: Array<LexMatch<V>> = [];
  for (let j = 0; list && j < list.length; j++) out.push({ start: list.start(j), end: list.end(j), value: list.value(j) });
  return out;
}

describe('SharedScan', () => {
  const lexicons = LISTS.map((words) => Lexicon.of(words));
  const shared = new SharedScan();
  const accessors = lexicons.map((l) => shared.register(l));

  it.each(TEXTS)('gives each lexicon exactly its own findAll matches: %s', (text) => {
    lexicons.forEach((lexicon, k) => {
      expect(listed(accessors[k]?.(text))).toEqual(lexicon.findAll(text));
    });
  });

  it('rescans when the text changes and after release()', () => {
    expect(listed(accessors[0]?.('我叫A')).map((m) => m.start)).toEqual([0]);
    expect(listed(accessors[0]?.('xx我叫A')).map((m) => m.start)).toEqual([2]);
    shared.release();
    expect(accessors[0]?.('我是').length).toBe(1);
    expect(listed(accessors[0]?.('我是')).map((m) => m.end)).toEqual([2]);
  });

  it('refuses a 33rd lexicon', () => {
    const full = new SharedScan();
    for (let k = 0; k < 32; k++) full.register(Lexicon.of([`w${k}`]));
    expect(() => full.register(Lexicon.of(['x']))).toThrow(/32/);
  });
});

const RE_IPV6_GLOBAL = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;

function ipv6ByRegex(text: string): string[] {
  const found: string[] = [];
  RE_IPV6_GLOBAL.lastIndex = 0;
  for (let m = RE_IPV6_GLOBAL.exec(text); m; m = RE_IPV6_GLOBAL.exec(text)) found.push(`${m.index}:${m[0]}`);
  return found;
}

describe('anchored IPv6 scan', () => {
  it.each([
    ['fe80::1ff:fe23:4567:890a', true],
    ['登录IP 2001:db8::8a2e:370:7334 异常', true],
    ['a 2001:db8::1 and fe80::2 b', true],
    ['12:30:45', false],
    ['x2001:db8::1', false],
    ['::::::::::', false],
    ['abcdef:abcd:1', false],
    ['', false],
  ])('%s → IPv6 found: %s, same spans as the global regex', (text, expectFound) => {
    const out: PiiEntity[] = [];
    ipRecognizer.detect(text, out);
    const v6 = out.filter((e) => e.reason === 'IPv6 address');
    expect(v6.length > 0).toBe(expectFound);
    // Every anchored finding is a global-regex match at the same offset.
    const byRegex = new Set(ipv6ByRegex(text));
    for (const e of v6) expect(byRegex.has(`${e.start}:${e.text}`)).toBe(true);
  });
});

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const RE_IPV4_GLOBAL = new RegExp(`(?<![\\w.])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\w]|\\.\\d)`, 'g');

describe('anchored IPv4 scan', () => {
  it.each([
    '登录IP 192.168.1.10 异常',
    '1.2.3.4 5.6.7.8',
    '1234.5.6.7 and 10.0.0.1.',
    'v1.2.3.4',
    '1.2.3.4.5',
    '金额2926.83元，日期2021.06.09，IP 8.8.8.8',
    '...1.1.1.1...',
    '',
  ])('%s: same spans as the global regex', (text) => {
    const out: PiiEntity[] = [];
    ipRecognizer.detect(text, out);
    const expected: string[] = [];
    RE_IPV4_GLOBAL.lastIndex = 0;
    for (let m = RE_IPV4_GLOBAL.exec(text); m; m = RE_IPV4_GLOBAL.exec(text)) expected.push(`${m.index}:${m[0]}`);
    expect(out.filter((e) => e.reason === 'IPv4 address').map((e) => `${e.start}:${e.text}`)).toEqual(expected);
  });
});

describe('scanDigitRuns minDigits', () => {
  it.each<[string, number, string[]]>([
    ['2024-01-12 还款500元，手机13812345678', 7, ['2024,01,12', '13812345678']],
    ['12:30 还款500元，第3期', 7, []],
    ['2024-01-12 还款500元，手机13812345678', 1, ['2024,01,12', '500', '13812345678']],
    ['（010）6234 5678', 7, ['010,6234,5678']],
    ['12 34 56', 7, []],
    ['１３８ １２３４ ５６７８', 7, ['138,1234,5678']],
  ])('%s (min %i) → %j', (text, min, expected) => {
    const runs: string[] = [];
    scanDigitRuns(text, (run) => runs.push(run.groups.map((g) => g.digits).join(',')), min);
    expect(runs).toEqual(expected);
  });
});
