import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';
import * as CN2T from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/seeded-random.js';
import { t2sConverter } from './t2s-converter.js';

/** Complaints from the triage corpus, and each converted to Taiwan Traditional. */
function corpusTexts(): string[] {
  const rows = readFileSync(new URL('../../../corpus/triage/test.jsonl', import.meta.url), 'utf8').trim().split('\n');
  const texts = rows.slice(0, 500).map((l) => (JSON.parse(l) as { text: string }).text);
  const toTraditional = CN2T.Converter({ from: 'cn', to: 'tw' });
  return [...texts, ...texts.map((t) => toTraditional(t))];
}

/**
 * Random strings of dictionary keys, parts of keys and awkward characters: ideographic
 * description sequences, surrogate pairs and lone surrogates, full-width and ASCII.
 */
function randomTexts(n: number): string[] {
  const keys: string[] = [];
  const configs = OpenCC.Locale.configs as Record<string, { segmentation: unknown; conversionChain: ReadonlyArray<readonly unknown[]> }>;
  for (const config of Object.values(configs)) {
    for (const group of [...config.conversionChain, [config.segmentation].flat()]) {
      for (const dict of group) if (typeof dict === 'string') for (const entry of dict.split('|')) keys.push(entry.split(' ')[0] ?? '');
    }
  }
  const odd = ['a', '1', ' ', '，', '⿰', '⿱', '⿲', '⿻', '\ud842', '\udfb7', '𠮶', '𡃁', '\u3000', '臺灣', '簡訊'];
  const r = seededRandom(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, () => {
    let s = '';
    const len = 1 + Math.floor(r() * 30);
    while (s.length < len) s += r() < 0.5 ? pick(keys) : r() < 0.5 ? pick(keys).slice(0, 1 + Math.floor(r() * 2)) : pick(odd);
    return s;
  });
}

describe('t2sConverter', () => {
  const texts = [...corpusTexts(), ...randomTexts(20_000), ''];
  it.each(['tw', 'twp'] as const)('equals opencc-js Converter({ from: %s, to: cn })', (from) => {
    const expected = OpenCC.Converter({ from, to: 'cn' });
    const actual = t2sConverter(from);
    const differing = texts.filter((t) => actual(t) !== expected(t));
    expect(differing).toEqual([]);
  });
});
