import { describe, expect, it } from 'vitest';
import { foldAt } from './lexicon.js';
import { SURNAMES } from './name-candidate.js';
import { detectPii } from './pii.engine.js';
import { STRONG_CUE_ONLY_SURNAMES } from './surnames.data.js';

const names = (s: string): string[] => detectPii(s, { types: ['name'] }).map((e) => e.text);

describe('clause-initial names', () => {
  // Clause openings are found from the surname matches (name.recognizer.ts): that finds every
  // position the old opener + surname lexicon found only while no strong-cue-only surname is also
  // the first character of a surname.
  it('no strong-cue-only surname starts a surname word', () => {
    for (const c of STRONG_CUE_ONLY_SURNAMES) expect(SURNAMES.firsts[foldAt(c, 0)]).toBe(0);
  });

  it.each([
    ['“张三，你的贷款逾期了', ['张三']],
    ['【某银行】李四，您好', ['李四']],
    ['\n王五：我已经还款了', ['王五']],
    ['（欧阳娜娜，你好）', ['欧阳娜娜']],
  ])('finds the addressed name in %s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});
