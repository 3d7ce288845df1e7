/**
 * Value generators for the BLIND7 split (see templates.blind7.ts). Written in session 9, 2026-12-02,
 * by an independent evaluation author (a helper separate from the engine's developer; the eighth
 * author of a PII blind split) from the author's own knowledge of how Chinese people write these
 * values. The author did not open the engine's recognizers, lexicons, cue words, surname /
 * given-name lists, gazetteer or checksum module, did not run the engine, and did not copy any pool
 * from another values*.gen.ts file. The check-character and Luhn arithmetic below is written here
 * from the standards (GB 11643-1999, ISO/IEC 7812) so this file imports nothing from the engine.
 *
 * Files the author opened (and only these): the brief for this split; in src/engines/pii/eval/
 * corpus.gen.ts, values.gen.ts, decoys.gen.ts, prng.ts, evaluate.ts, the placeholders of
 * templates.blind7.ts and values.blind7.gen.ts, the header comments of templates.blind.ts,
 * templates.blind2.ts … templates.blind6.ts, templates.dev.ts and templates.test-set.ts and of
 * values.blind2.gen.ts, values.blind3.gen.ts, values.blind5.gen.ts, values.blind6.gen.ts and
 * values.blind6.numbers.gen.ts, and lines 40–52 of templates.blind6.ts (as a format example);
 * src/engines/pii/pii.types.ts; the opening of /work/shared/SPEC.md, of
 * /work/shared/facts/regulation.md and of one seed (/work/shared/seeds/000_bae99f082826ce3b.txt);
 * bin/run-ts.js, the typecheck line of package.json, the compiler options in tsconfig.json (to
 * know the strictness flags), the file list of node_modules/opencc-js and that
 * node_modules/libphonenumber-js exists. Directory listings of
 * src/engines/pii/eval/ and /work/shared/ were taken. The other template files were only loaded by
 * the check script, to assert that no template here equals one of theirs. The author did NOT open
 * the recognizers, lexicons, cue-word, surname, given-name or gazetteer lists, the checksum module,
 * any other file of the engine, docs/, BENCHMARKS.md, the README, bench/, scripts/ or the tests,
 * and did NOT run the engine (detectPii), vitest, tests or benchmarks, and did not use git or a
 * code-search tool on the repository. The only runs were `npm run typecheck` and
 * `node bin/run-ts.js /tmp/pii-blind7-check/check.mts`, a corpus-generation check outside the
 * repository (every gold span's text is a generated value at the slot's offsets, nothing throws,
 * counts per type and of decoys are healthy, ID numbers pass GB 11643, cards pass Luhn, foreign
 * numbers are valid for libphonenumber-js, no template equals one in another split), plus two
 * scratch scripts in the same folder run the same way: peek.mts (printed a dozen generated samples
 * and the share of mobiles in Chinese numerals) and lpn.mts (asked libphonenumber-js which
 * Australian mobile ranges it accepts, to fix the foreign-phone generator).
 *
 * The engine MUST NEVER be tuned on this split, and its developer should not read it: a miss here
 * is a measurement, not a to-do list. Once anyone tunes on it, it stops being blind.
 *
 * Every value is returned exactly as it appears in the text; every separator (space, dash, dot,
 * bracket, "+86", "转", "ext.") is part of the value and of its gold span. Cue words and keys such
 * as "验证码：", "code=", "pwd:", "手机" are NOT part of any value: they live in the templates.
 *
 * - Mobiles: 11 digits with real operator prefixes (China Mobile, Unicom, Telecom, Broadnet and
 *   the 170/171/162/165/167 virtual-operator blocks), written plain (about a third); 3-4-4 with
 *   spaces, dashes or dots; 3-3-5 and 4-4-3 groupings; +86, +86-, +86 with spaces, 0086, 86-,
 *   (+86), （+86）; full-width digits (about 6%); and about 6% as an ASR transcript or a phone
 *   call writes them: in Chinese numerals (一三八…, 〇 or 零 for 0, about 3.5%) or with 幺 for 1
 *   (about 2.5%). I think the engine SHOULD catch those: a mobile read out digit by digit is still
 *   the person's number.
 * - Landlines: real area codes with the right local length (8 digits for the big cities, 7 for
 *   smaller prefecture cities), local numbers starting 2–8; dash, brackets (half and full width),
 *   spaces, +86 with the leading 0 dropped, +86 (0)…, 0086-; about 15% with an extension
 *   (转, -, ext., x, #). 400/800/95xxx numbers are never
 *   generated here: they belong to institutions (the templates carry them as decoys).
 * - Foreign phones: HK, Macau, TW, SG, MY, US/CA, UK, JP, KR, AU, NZ, TH, VN, PH, ID, DE, FR, AE,
 *   with plausible number ranges, in E.164, international with spaces or dashes, 00-prefixed, and
 *   local styles where the local style cannot be mistaken for a mainland number (HK 9123 4567,
 *   TW 0912-345-678, JP 090-1234-5678, UK 07xxx xxxxxx, AU 04xx xxx xxx, MY 012-345 6789).
 * - ID numbers: 18 characters, real county codes across all provinces (incl. autonomous
 *   prefectures), birth dates 1950–2007, GB 11643 check character (X, sometimes x); plain,
 *   grouped 6-8-4 with spaces or dashes, spaced 6 4 4 4, full-width.
 * - Bank cards: real-looking BINs of the big state banks, joint-stock banks, PSBC, city banks and
 *   UnionPay / Visa / Mastercard credit cards; 16, 17, 18 or 19 digits as those banks issue them;
 *   always Luhn-valid; plain or grouped in 4s with spaces or dashes.
 * - E-mails: qq.com with a QQ number, vip.qq.com, foxmail, 163 / 126 / yeah.net, sina, sohu,
 *   139.com with a mobile as the local part, aliyun, gmail, outlook, hotmail, icloud, yahoo.com.hk,
 *   university and corporate domains; dots, underscores, hyphens, plus-tags, capitals.
 * - WeChat ids: 6–20 characters, a letter first, then letters, digits, _ and -; shapes people use
 *   (pinyin + birthday, English word + digits, wxid_ + 14 characters, initials + phone tail).
 * - QQ numbers: 5–11 digits, no leading 0, mostly 8–10 digits.
 * - Chinese names: Han names (surnames weighted by frequency, given names of several generations,
 *   about a quarter one character); names that read as words (高峰, 林立, 江河, 马力, 向前);
 *   compound surnames; minority names with middle dots in several code points (· • ・ ‧ ． and
 *   none); Tibetan, Mongolian, Yi, Dai, Korean-Chinese names; married-woman styles (陈林美玲,
 *   张王氏); HK / TW / SEA given-name styles; foreigners written in characters (约翰·布朗, 田中一郎,
 *   阮氏梅).
 * - Pinyin names: surname first or last, capitals, lower case, run together, split or hyphenated
 *   given names, passport ZHANG/XIAOMING, "Zhang, Xiaoming", tone marks, Lyu / Lv / Lü.
 * - English / romanised names: Anglo, Irish, Hispanic, Italian, German, French, Russian, Polish,
 *   Arabic, Indian, Nigerian, Kenyan, Japanese, Korean, Vietnamese, Thai, Filipino, Indonesian,
 *   Malay, Hong Kong, Macau, Taiwan and Singapore styles; some with initials or in capitals.
 * - Secrets: SMS codes (4 or 6 digits; plain, spaced, 3-3, dashed, full-width, Chinese numerals,
 *   幺), 6-digit payment PINs, 8-digit dynamic codes, passwords of the shapes people choose.
 *   CVV: 3 digits, now and then 4 (CID) or full-width.
 */
import type { Prng } from './prng.js';
import { weighted } from './prng.js';

// ---------------------------------------------------------------- helpers

const FW_DIGIT = (d: string): string => String.fromCharCode(d.charCodeAt(0) + 0xfee0);

function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z+\-()]/g, (c) => {
    if (/[0-9A-Za-z]/.test(c)) return FW_DIGIT(c);
    return c === '+' ? '＋' : c === '-' ? '－' : c === '(' ? '（' : '）';
  });
}

const HAN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function hanDigits(s: string, zero: string, one: string): string {
  return s.replace(/[0-9]/g, (d) => (d === '0' ? zero : d === '1' ? one : (HAN_DIGITS[Number(d)] as string)));
}

function groups(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter((x) => x.length > 0).join(sep);
}

function luhnDigit(partial: string): string {
  let sum = 0;
  // The check digit will be appended on the right, so the rightmost digit of `partial` is doubled.
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

// ---------------------------------------------------------------- mobiles

const CMCC = '134 135 136 137 138 139 147 150 151 152 157 158 159 172 178 182 183 184 187 188 195 197 198'.split(' ');
const UNICOM = '130 131 132 145 155 156 166 175 176 185 186 196'.split(' ');
const TELECOM = '133 149 153 173 177 180 181 189 190 191 193 199'.split(' ');
const OTHER_MOBILE = '192 170 171 162 165 167'.split(' ');

function mobileDigits(r: Prng): string {
  const prefix = weighted(r, [[45, CMCC], [25, UNICOM], [25, TELECOM], [5, OTHER_MOBILE]]);
  return prefix + r.digits(8);
}

export function mobile(r: Prng): string {
  const n = mobileDigits(r);
  const g344 = (sep: string) => groups(n, [3, 4, 4], sep);
  const x = r.next();
  if (x < 0.32) return n;
  if (x < 0.42) return g344(' ');
  if (x < 0.5) return g344('-');
  if (x < 0.53) return g344('.');
  if (x < 0.56) return groups(n, [3, 3, 5], ' ');
  if (x < 0.59) return groups(n, [4, 4, 3], r.pick([' ', '-']));
  if (x < 0.64) return `+86 ${r.chance(0.5) ? n : g344(' ')}`;
  if (x < 0.67) return `+86${n}`;
  if (x < 0.7) return `+86-${r.chance(0.5) ? n : g344('-')}`;
  if (x < 0.73) return `0086 ${r.chance(0.5) ? n : g344(' ')}`;
  if (x < 0.75) return `0086-${n}`;
  if (x < 0.78) return `86-${n}`;
  if (x < 0.81) return r.pick([`(+86)${n}`, `(+86) ${g344(' ')}`, `（+86）${n}`]);
  if (x < 0.875) return fullWidth(r.chance(0.7) ? n : g344('-'));
  if (x < 0.91) {
    // An ASR transcript or a note taken over the phone: Chinese numerals, 0 as 零 or 〇.
    const han = hanDigits(n, r.pick(['零', '〇']), '一');
    return r.chance(0.75) ? han : groups(han, [3, 4, 4], ' ');
  }
  if (x < 0.935) return hanDigits(n, r.pick(['零', '零', '零', '洞']), '幺');
  return r.chance(0.5) ? g344(' ') : n;
}

// ---------------------------------------------------------------- landlines

/** [area code, local length]. */
const AREAS: ReadonlyArray<readonly [string, number]> = [
  ['010', 8], ['021', 8], ['022', 8], ['023', 8], ['020', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0757', 8], ['0769', 8], ['0760', 8], ['0571', 8], ['0574', 8], ['0512', 8], ['0510', 8], ['0531', 8],
  ['0532', 8], ['0371', 8], ['0731', 8], ['0591', 8], ['0451', 8], ['0431', 8], ['0411', 8], ['0871', 8], ['0898', 8],
  ['0311', 8], ['0754', 8],
  ['0335', 7], ['0631', 7], ['0736', 7], ['0917', 7], ['0391', 7], ['0943', 7], ['0470', 7], ['0543', 7], ['0991', 7],
  ['0971', 7], ['0951', 7], ['0891', 7], ['0719', 7], ['0797', 7], ['0557', 7], ['0874', 7], ['0668', 7], ['0475', 7],
];

export function landline(r: Prng): string {
  const [area, len] = r.pick(AREAS);
  const local = String(r.int(2, 8)) + r.digits(len - 1);
  const half = len === 8 ? 4 : 3;
  const spaced = `${local.slice(0, half)} ${local.slice(half)}`;
  const dashed = `${local.slice(0, half)}-${local.slice(half)}`;
  const a = area.slice(1);
  const x = r.next();
  let v: string;
  if (x < 0.3) v = `${area}-${local}`;
  else if (x < 0.38) v = `${area}${local}`;
  else if (x < 0.46) v = `(${area})${local}`;
  else if (x < 0.53) v = `（${area}）${r.chance(0.5) ? local : spaced}`;
  else if (x < 0.6) v = `${area} ${spaced}`;
  else if (x < 0.65) v = `${area}-${dashed}`;
  else if (x < 0.72) v = `+86 ${a} ${r.chance(0.5) ? local : spaced}`;
  else if (x < 0.77) v = `+86-${a}-${local}`;
  else if (x < 0.81) v = `+86 (0)${a} ${spaced}`;
  else if (x < 0.85) v = `0086-${a}-${local}`;
  else if (x < 0.9) v = `${area} ${local}`;
  else if (x < 0.95) v = `${area}—${local}`;
  else v = `${area}/${local}`;
  if (r.chance(0.15)) v += r.pick(['转', ' 转', '-', ' ext.', ' ext. ', ' x', '#']) + r.digits(r.int(2, 4));
  return v;
}

// ---------------------------------------------------------------- foreign phones

export function foreignPhone(r: Prng): string {
  const d = (n: number) => r.digits(n);
  const x = r.int(0, 25);
  switch (x) {
    case 0: case 1: { // Hong Kong mobile / fixed
      const n = r.pick(['5', '6', '9']) + d(7);
      const f = `${n.slice(0, 4)} ${n.slice(4)}`;
      return r.pick([`+852 ${f}`, `+852${n}`, `(852) ${f}`, `852-${n}`, `00852 ${f}`, f]);
    }
    case 2: { const n = `2${r.int(1, 8)}` + d(6); return r.pick([`+852 ${n.slice(0, 4)} ${n.slice(4)}`, `+852-${n}`]); }
    case 3: { const n = '6' + r.pick(['2', '3', '5', '6', '8']) + d(6); return r.pick([`+853 ${n.slice(0, 4)} ${n.slice(4)}`, `+853${n}`, `(853) ${n}`]); }
    case 4: case 5: { // Taiwan mobile
      const n = '9' + d(8);
      return r.pick([`+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+886-${n}`, `+886${n}`, `0${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `0${n}`, `(+886) 0${n.slice(0, 3)}-${n.slice(3)}`]);
    }
    case 6: { const n = '2' + r.int(2, 8) + d(7); return r.pick([`+886 2 ${n.slice(1, 5)} ${n.slice(5)}`, `(02)${n.slice(1, 5)}-${n.slice(5)}`]); }
    case 7: case 8: { const n = r.pick(['8', '9']) + d(7); return r.pick([`+65 ${n.slice(0, 4)} ${n.slice(4)}`, `+65${n}`, `(65) ${n}`, `+65-${n.slice(0, 4)}-${n.slice(4)}`]); }
    case 9: { // Malaysia mobile
      const p = r.pick(['12', '13', '16', '17', '19', '11']);
      const rest = d(p === '11' ? 8 : 7);
      return r.pick([`+60 ${p}-${rest.slice(0, 3)} ${rest.slice(3)}`, `+60${p}${rest}`, `0${p}-${rest.slice(0, 3)} ${rest.slice(3)}`, `6${'0'}${p}-${rest}`]);
    }
    case 10: case 11: case 12: { // US / Canada
      const area = r.pick(['212', '415', '626', '718', '917', '408', '646', '213', '310', '206', '604', '416', '778', '347', '832', '617']);
      const ex = String(r.int(2, 9)) + String(r.int(0, 9)) + String(r.int(1, 9));
      const line = d(4);
      return r.pick([`+1 (${area}) ${ex}-${line}`, `+1 ${area}-${ex}-${line}`, `+1${area}${ex}${line}`, `(${area}) ${ex}-${line}`, `001-${area}-${ex}-${line}`, `+1.${area}.${ex}.${line}`]);
    }
    case 13: case 14: { // UK
      if (r.chance(0.7)) {
        const n = '7' + r.pick(['4', '5', '7', '8', '9']) + d(8);
        return r.pick([`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `+44${n}`, `0${n.slice(0, 4)} ${n.slice(4)}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`]);
      }
      const n = r.pick(['3', '7', '8']) + d(7);
      return r.pick([`+44 20 ${n.slice(0, 4)} ${n.slice(4)}`, `020 ${n.slice(0, 4)} ${n.slice(4)}`]);
    }
    case 15: case 16: { // Japan mobile
      const p = r.pick(['90', '80', '70']);
      const n = d(8);
      return r.pick([`+81 ${p}-${n.slice(0, 4)}-${n.slice(4)}`, `+81${p}${n}`, `0${p}-${n.slice(0, 4)}-${n.slice(4)}`, `+81 ${p} ${n.slice(0, 4)} ${n.slice(4)}`]);
    }
    case 17: case 18: { // Korea mobile (only with +82: 010-xxxx-xxxx alone reads as a Beijing landline)
      const n = String(r.int(2, 9)) + d(7);
      return r.pick([`+82 10-${n.slice(0, 4)}-${n.slice(4)}`, `+82-10-${n.slice(0, 4)}-${n.slice(4)}`, `+8210${n}`, `+82 10 ${n.slice(0, 4)} ${n.slice(4)}`]);
    }
    case 19: case 20: { // Australia mobile
      const n = '4' + r.pick(['0', '1', '2', '3', '6']) + d(7);
      return r.pick([`+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+61${n}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]);
    }
    case 21: { const n = '2' + r.pick(['1', '2', '7']) + d(7); return r.pick([`+64 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `+64${n}`]); }
    case 22: { const n = r.pick(['8', '9', '6']) + r.int(1, 9) + d(7); return r.pick([`+66 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `+66${n}`]); }
    case 23: { const n = r.pick(['90', '91', '98', '97', '93', '83']) + d(7); return r.pick([`+84 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `+84${n}`]); }
    case 24: {
      if (r.chance(0.5)) { const n = '9' + r.pick(['17', '18', '27', '05', '15']) + d(7); return r.pick([`+63 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+63${n}`]); }
      const n = '8' + r.pick(['11', '12', '13', '21', '52']) + d(r.int(7, 8)); return r.pick([`+62 ${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, `+62${n}`]);
    }
    default: {
      const k = r.int(0, 2);
      if (k === 0) { const n = '1' + r.pick(['51', '52', '57', '60', '62', '70', '76']) + d(8); return r.pick([`+49 ${n.slice(0, 3)} ${n.slice(3)}`, `+49${n}`]); }
      if (k === 1) { const n = r.pick(['6', '7']) + d(8); return r.pick([`+33 ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `+33${n}`]); }
      const n = '5' + r.pick(['0', '2', '5', '6']) + d(7); return r.pick([`+971 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `+971${n}`]);
    }
  }
}

// ---------------------------------------------------------------- ID numbers

const COUNTIES = (
  '110101 110105 110108 110114 310101 310104 310112 310115 120104 500103 500112 130102 130602 131002 140105 140203 ' +
  '150102 150203 152502 210102 210202 211302 220102 222401 230102 231002 320106 320205 320505 320830 321102 330102 ' +
  '330106 330203 330302 330782 340104 341302 350203 350102 350582 360102 360702 370202 370102 371302 370683 410105 ' +
  '411302 412726 420111 421002 422801 430104 430602 433101 440104 440304 440606 441900 442000 445102 450103 450305 ' +
  '452501 460106 510104 510781 511702 513401 520102 522601 530102 532801 533103 540102 542621 610103 610302 620102 ' +
  '622901 630102 632801 640104 650102 653101 654002'
).split(' ');

function daysIn(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
}

export function idCard(r: Prng): string {
  const y = r.int(1950, 2007);
  const m = r.int(1, 12);
  const dd = r.int(1, daysIn(y, m));
  const first17 = r.pick(COUNTIES) + String(y) + String(m).padStart(2, '0') + String(dd).padStart(2, '0') + r.digits(3);
  let id = first17 + idCheck(first17);
  if (id.endsWith('X') && r.chance(0.25)) id = `${first17}x`;
  const x = r.next();
  if (x < 0.55) return id;
  if (x < 0.68) return groups(id, [6, 8, 4], ' ');
  if (x < 0.75) return groups(id, [6, 8, 4], '-');
  if (x < 0.82) return groups(id, [6, 4, 4, 4], ' ');
  if (x < 0.92) return fullWidth(id);
  return groups(id, [3, 3, 4, 4, 4], ' ');
}

// ---------------------------------------------------------------- bank cards

/** [BIN, length]. */
const BINS: ReadonlyArray<readonly [string, number]> = [
  ['622202', 19], ['621226', 19], ['621558', 19], ['621700', 19], ['622700', 19], ['436742', 16], ['622848', 19],
  ['622845', 19], ['621661', 19], ['621785', 19], ['456351', 16], ['622260', 19], ['622262', 19], ['622588', 16],
  ['621483', 16], ['622575', 16], ['439225', 16], ['621799', 19], ['622188', 19], ['622690', 16], ['622660', 16],
  ['622909', 18], ['622155', 16], ['623058', 19], ['622521', 16], ['622622', 16], ['622568', 16], ['625966', 16],
  ['628288', 16], ['524047', 16], ['552599', 16], ['620522', 19], ['623668', 19], ['621098', 19], ['622320', 17],
  ['603367', 19], ['622631', 19], ['625809', 16],
];

export function bankCard(r: Prng): string {
  const [bin, len] = r.pick(BINS);
  const partial = bin + r.digits(len - bin.length - 1);
  const card = partial + luhnDigit(partial);
  const x = r.next();
  if (x < 0.5) return card;
  if (x < 0.82) return card.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (x < 0.92) return card.replace(/(\d{4})(?=\d)/g, '$1-');
  return card.replace(/(\d{4})(?=\d)/g, '$1  ');
}

// ---------------------------------------------------------------- e-mails

const PY_GIVEN = ['xiaoyu', 'jiahui', 'haoran', 'yiting', 'zixuan', 'mingjie', 'shuang', 'lele', 'tingting', 'jun', 'hongmei', 'weidong', 'xinyi', 'kaiwen', 'ruoxi', 'dapeng'];
const PY_SUR = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'luo', 'gao', 'zheng', 'xie', 'tang', 'song', 'deng', 'feng', 'cao', 'peng', 'jiang', 'lyu'];

export function email(r: Prng): string {
  const s = r.pick(PY_SUR);
  const g = r.pick(PY_GIVEN);
  const yy = String(r.int(70, 99)).padStart(2, '0');
  const x = r.int(0, 19);
  let v: string;
  switch (x) {
    case 0: case 1: case 2: v = `${String(r.int(1, 9)) + r.digits(r.int(6, 9))}@qq.com`; break;
    case 3: v = `${String(r.int(1, 9)) + r.digits(r.int(7, 9))}@vip.qq.com`; break;
    case 4: v = `${s}${g}${r.digits(r.int(0, 3))}@foxmail.com`; break;
    case 5: v = `${s}_${g}${yy}@163.com`; break;
    case 6: v = `${g}.${s}@126.com`; break;
    case 7: v = `${s}${g.slice(0, 1)}${r.int(1980, 2005)}@yeah.net`; break;
    case 8: v = `${mobileDigits(r)}@139.com`; break;
    case 9: v = `${g}${s}@sina.com`; break;
    case 10: v = `${s}.${g}@${r.pick(['sohu.com', 'sina.cn', 'aliyun.com', '189.cn', 'wo.cn'])}`; break;
    case 11: v = `${g}.${s}${r.digits(2)}@gmail.com`; break;
    case 12: v = `${s}${g}+${r.pick(['loan', 'bank', 'shop', 'bill'])}@gmail.com`; break;
    case 13: v = `${g}_${s}@${r.pick(['outlook.com', 'hotmail.com', 'live.cn'])}`; break;
    case 14: v = `${r.pick(['kelvin', 'jessie', 'vivian', 'eason', 'cherry', 'ivan'])}.${r.pick(['chan', 'wong', 'lau', 'tsang', 'cheung', 'ng'])}@${r.pick(['yahoo.com.hk', 'icloud.com', 'netvigator.com'])}`; break;
    case 15: v = `${g.slice(0, 1)}${s}@${r.pick(['huaxin-tech.com.cn', 'jzfin.cn', 'szhengda.com', 'bjxinyuan-group.com', 'hzmeiling.net'])}`; break;
    case 16: v = `${s}${g}@${r.pick(['stu.xmu.edu.cn', 'mail.ustc.edu.cn', 'zju.edu.cn', 'whu.edu.cn', 'connect.hku.hk'])}`; break;
    case 17: v = `${s.toUpperCase()}.${g.charAt(0).toUpperCase() + g.slice(1)}@${r.pick(['163.com', 'Outlook.com', 'QQ.COM'])}`; break;
    case 18: v = `${g}-${s}.${r.digits(4)}@${r.pick(['126.com', 'sina.com', 'gmail.com'])}`; break;
    default: v = `${r.pick(['happy', 'sunny', 'tiger', 'panda', 'lucky', 'moon'])}${r.digits(r.int(3, 4))}${s}@${r.pick(['163.com', 'qq.com', 'hotmail.com'])}`;
  }
  return v;
}

// ---------------------------------------------------------------- WeChat / QQ

const WX_WORDS = ['sunshine', 'tiger', 'lucky', 'ocean', 'xiaomao', 'dabao', 'kiki', 'momo', 'lemon', 'rainy', 'echo', 'leo', 'nana', 'jacky', 'coco', 'a-fei'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function wechatId(r: Prng): string {
  const s = r.pick(PY_SUR);
  const g = r.pick(PY_GIVEN);
  let v: string;
  switch (r.int(0, 9)) {
    case 0: case 1: {
      let t = '';
      for (let i = 0; i < 14; i++) t += ALNUM.charAt(r.int(0, ALNUM.length - 1));
      v = `wxid_${t}`;
      break;
    }
    case 2: v = `${s}${g}${r.int(1975, 2005)}`; break;
    case 3: v = `${s}_${g}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`; break;
    case 4: v = `${r.pick(WX_WORDS)}${r.digits(r.int(3, 6))}`; break;
    case 5: v = `${s.charAt(0).toUpperCase()}${s.slice(1)}${g.charAt(0).toUpperCase()}${g.slice(1)}_${r.digits(2)}`; break;
    case 6: v = `${s.charAt(0)}${g.charAt(0)}${r.digits(4)}${r.pick(['', '_', '-'])}${r.digits(r.int(2, 4))}`; break;
    case 7: v = `${r.pick(WX_WORDS)}-${s}${r.digits(r.int(1, 3))}`; break;
    case 8: v = `${s}${r.digits(1)}${mobileDigits(r).slice(-4)}`; break;
    default: v = `${g}_${r.pick(['vip', 'hz', 'sz', 'bj', 'gz'])}${r.digits(r.int(2, 5))}`;
  }
  v = v.replace(/[^A-Za-z0-9_-]/g, '');
  if (v.length < 6) v += r.digits(6 - v.length);
  if (v.length > 20) v = v.slice(0, 20);
  return v;
}

export function qqNumber(r: Prng): string {
  const len = weighted(r, [[5, [5, 6]], [20, [7, 8]], [55, [9, 10]], [20, [10, 11]]]);
  return String(r.int(1, 9)) + r.digits(len - 1);
}

// ---------------------------------------------------------------- Chinese names

const SUR_TOP = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const SUR_MID = [...'郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const SUR_RARE = [...'柏甘凌祁仇栾冼庞岑麦邝卜晏蔺隋谌巫蓝阮屈区索幸桑蒲佘乜邬揭'];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '慕容', '令狐', '夏侯', '端木', '公孙', '尉迟', '长孙', '宇文', '司徒', '轩辕', '钟离', '呼延', '澹台', '闻人', '南宫', '西门'];

const GIVEN_1 = [...'斌昊娴蕾翔瑶彬茜骏薇坤珊峥倩鹤琦霖璐钊婕'];
const GIVEN_OLD = ['解放', '援朝', '跃进', '卫红', '秀芝', '凤英', '桂芳', '玉珍', '福生', '长林', '金花', '来顺', '翠兰', '永福', '德胜', '淑英'];
const GIVEN_80 = ['晓峰', '海涛', '春燕', '丽萍', '志刚', '雪梅', '文涛', '红霞', '振宇', '晓丽', '建平', '小燕', '伟东', '艳玲', '国栋', '丽华'];
const GIVEN_00 = ['梓涵', '一诺', '浩宇', '欣妍', '子墨', '语嫣', '奕辰', '诗琪', '沐阳', '若汐', '锦程', '思彤', '俊熙', '梦瑶', '皓轩', '依依'];
const GIVEN_HKTW = ['嘉欣', '振邦', '咏琪', '卓贤', '凯琳', '家乐', '怡君', '冠宇', '宗翰', '家玮', '淑惠', '志明', '美玲', '俊宏', '佩珊', '伟伦'];
const GIVEN_SEA = ['亚明', '来发', '金福', '秀娥', '亚娇', '顺财', '美娟', '添福'];
const WORD_NAMES = ['高峰', '林立', '江河', '马力', '向前', '文明', '金山', '石磊', '夏天', '华山', '方圆', '田野', '乔木', '安宁', '于是', '常青', '万里', '白露', '程远', '胡杨'];
const MINORITY = [
  '阿卜杜拉{d}艾力', '古丽米热{d}吐尔逊', '买买提江{d}阿不都热合曼', '努尔兰{d}别克', '阿依达娜{d}哈斯木汗', '热依拉{d}买提尼亚孜',
  '艾克拜尔{d}吾斯曼', '帕提古丽{d}阿布都', '巴合提亚尔{d}努尔江', '加娜尔{d}托合塔尔',
];
const MINORITY_NODOT = ['次仁卓玛', '格桑梅朵', '洛桑旦增', '达瓦次仁', '央金拉姆', '额尔敦巴雅尔', '苏日娜', '乌兰图雅', '宝音德力格尔', '阿苏木呷', '吉伍阿呷', '沙马伍各', '岩罕', '玉香', '金哲洙', '朴英爱', '崔龙男', '那仁花'];
const FOREIGN_CN = ['约翰{d}布朗', '玛丽亚{d}加西亚', '伊万{d}彼得罗夫', '安娜{d}科瓦尔斯卡', '大卫{d}米勒', '穆罕默德{d}哈桑', '苏菲{d}马丁', '田中一郎', '佐藤美咲', '阮氏梅', '阮文雄', '金敏俊', '李承焕'];
const DOTS = ['·', '·', '·', '•', '・', '‧', '．', '-', ''];

function hanGiven(r: Prng): string {
  if (r.chance(0.25)) return r.pick(GIVEN_1);
  return weighted(r, [[15, GIVEN_OLD], [30, GIVEN_80], [30, GIVEN_00], [15, GIVEN_HKTW], [6, GIVEN_SEA]]);
}

function hanSurname(r: Prng): string {
  return weighted(r, [[55, SUR_TOP], [35, SUR_MID], [6, SUR_RARE], [4, COMPOUND]]);
}

export function chineseName(r: Prng): string {
  const x = r.next();
  if (x < 0.66) return hanSurname(r) + hanGiven(r);
  if (x < 0.72) return r.pick(SUR_TOP.concat(SUR_MID)) + r.pick([...'峰立河力前明山磊天宁青远']);
  if (x < 0.76) return r.pick(WORD_NAMES);
  if (x < 0.8) return r.pick(COMPOUND) + r.pick(GIVEN_1.concat(GIVEN_80, GIVEN_00));
  if (x < 0.86) return r.pick(MINORITY).replace('{d}', r.pick(DOTS));
  if (x < 0.9) return r.pick(MINORITY_NODOT);
  if (x < 0.94) {
    // Married-woman styles: 冠夫姓 (HK / TW) and the old 张王氏.
    return r.chance(0.7) ? r.pick(SUR_TOP) + r.pick(SUR_TOP.concat(SUR_MID)) + r.pick(GIVEN_HKTW.concat(GIVEN_80)) : `${r.pick(SUR_TOP)}${r.pick(SUR_MID)}氏`;
  }
  return r.pick(FOREIGN_CN).replace('{d}', r.pick(['·', '·', '•', '・']));
}

// ---------------------------------------------------------------- pinyin names

const PY_GIVEN_SPLIT: ReadonlyArray<readonly [string, string]> = [
  ['Xiao', 'yu'], ['Jia', 'hui'], ['Hao', 'ran'], ['Yi', 'ting'], ['Zi', 'xuan'], ['Ming', 'jie'], ['Hong', 'mei'], ['Wei', 'dong'],
  ['Xin', 'yi'], ['Kai', 'wen'], ['Ruo', 'xi'], ['Da', 'peng'], ['Shu', 'fen'], ['Jian', 'guo'], ['Yu', 'tong'], ['Chun', 'hua'],
];
const PY_SINGLE = ['Wei', 'Jing', 'Lei', 'Min', 'Tao', 'Qiang', 'Yan', 'Bin', 'Shuang', 'Hui'];
const PY_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Xie', 'Han', 'Tang', 'Feng', 'Cao', 'Deng', 'Jiang', 'Qian', 'Xiong', 'Ouyang', 'Situ', 'Zhuge'];
const TONED = ['Zhāng Wěi', 'Lǐ Jìng', 'Wáng Fāng', 'Liú Yáng', 'Chén Xiǎomíng', 'Zhào Lěi', 'Lǚ Xīn'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

export function pinyinName(r: Prng): string {
  if (r.chance(0.05)) return r.pick(TONED);
  const lv = r.chance(0.08);
  const sur = lv ? r.pick(['Lyu', 'Lv', 'Lü', 'Lu']) : r.pick(PY_SURNAMES);
  const single = r.chance(0.25);
  const [a, b] = single ? [r.pick(PY_SINGLE), ''] : r.pick(PY_GIVEN_SPLIT);
  const given = a + b;
  const x = r.int(0, 13);
  switch (x) {
    case 0: case 1: case 2: return `${sur} ${given}`;
    case 3: case 4: return `${given} ${sur}`;
    case 5: return `${sur.toUpperCase()} ${given}`;
    case 6: return `${sur.toUpperCase()}/${given.toUpperCase()}`;
    case 7: return `${sur.toLowerCase()} ${given.toLowerCase()}`;
    case 8: return `${sur}${given}`;
    case 9: return b ? `${sur} ${a}-${b}` : `${sur} ${given}`;
    case 10: return b ? `${sur} ${a} ${cap(b)}` : `${sur.toUpperCase()} ${given.toUpperCase()}`;
    case 11: return `${sur}, ${given}`;
    case 12: return `${given} ${sur.toUpperCase()}`;
    default: return `${sur.toUpperCase()} ${given.toUpperCase()}`;
  }
}

// ---------------------------------------------------------------- English / romanised names

const WORLD: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['Oliver', 'Charlotte', 'George', 'Amelia', 'Harry', 'Hannah', 'Jack', 'Megan'], ['Thompson', 'Walker', 'Hughes', 'Bennett', 'Cooper', 'Harris']],
  [['Siobhan', 'Ciaran', 'Aoife', 'Declan'], ["O'Brien", 'Murphy', "O'Connor", 'Gallagher']],
  [['Alejandro', 'Lucía', 'Mateo', 'Valentina', 'José'], ['Hernández', 'López', 'Ramírez', 'Torres', 'Gómez']],
  [['Giulia', 'Lorenzo', 'Francesca', 'Matteo'], ['Rossi', 'Bianchi', 'Esposito', 'Ricci']],
  [['Lukas', 'Anja', 'Jonas', 'Katrin'], ['Schneider', 'Fischer', 'Weber', 'Hoffmann']],
  [['Camille', 'Étienne', 'Manon', 'Julien'], ['Dubois', 'Lefèvre', 'Moreau', 'Girard']],
  [['Dmitri', 'Natalia', 'Sergei', 'Olga'], ['Ivanov', 'Smirnova', 'Kuznetsov', 'Volkova']],
  [['Katarzyna', 'Piotr', 'Agnieszka'], ['Nowak', 'Wiśniewski', 'Kowalczyk']],
  [['Ahmed', 'Fatima', 'Omar', 'Layla'], ['Al-Sayed', 'Haddad', 'Mansour', 'Khalil']],
  [['Priya', 'Rahul', 'Ananya', 'Vikram'], ['Sharma', 'Patel', 'Iyer', 'Reddy']],
  [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze'], ['Okafor', 'Adeyemi', 'Eze', 'Balogun']],
  [['Wanjiru', 'Otieno', 'Achieng'], ['Kamau', 'Odhiambo', 'Mwangi']],
  [['Haruto', 'Yui', 'Sota', 'Aoi'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura']],
  [['Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun-woo'], ['Park', 'Choi', 'Jung', 'Kang']],
  [['Minh Anh', 'Duc', 'Thu Trang'], ['Nguyen', 'Tran', 'Pham']],
  [['Somchai', 'Nattaya', 'Anan'], ['Srisuk', 'Chaiyaporn', 'Wongsawat']],
  [['Maria Clara', 'Jose Miguel', 'Angelica'], ['Dela Cruz', 'Santos', 'Reyes']],
  [['Budi', 'Siti', 'Agus'], ['Santoso', 'Wijaya', 'Hartono']],
];
const HK = ['Chan Tai Man', 'Wong Ka Yan', 'Lau Chi Keung', 'Cheung Wing Sze', 'Tsang Ho Yin', 'Ng Siu Fung', 'Leung Mei Ling'];
const HK_EN = ['Karen', 'Kelvin', 'Winnie', 'Raymond', 'Cathy', 'Alvin', 'Joyce'];
const TW = ['Chen Yi-ting', 'Lin Chih-wei', 'Huang Shu-fen', 'Tsai Ming-hsien', 'Chang Chia-hao', 'Hsu Pei-shan'];
const SG = ['Tan Wei Ming', 'Lim Hui Min', 'Goh Boon Keat', 'Teo Siew Ling', 'Ong Kah Seng'];
const MALAY = ['Muhammad Faiz bin Abdullah', 'Nur Aisyah binti Ismail', 'Ahmad Zaki bin Hassan', 'Siti Nurhaliza binti Omar'];
const MACAU = ['Carlos Rodrigues Leong', 'Ana Maria Sousa', 'Leong Kin Fai', 'Ho Sio Man'];

export function englishName(r: Prng): string {
  const x = r.next();
  if (x < 0.55) {
    const [firsts, lasts] = r.pick(WORLD);
    const f = r.pick(firsts);
    const l = r.pick(lasts);
    const y = r.next();
    if (y < 0.7) return `${f} ${l}`;
    if (y < 0.8) return `${f} ${String.fromCharCode(65 + r.int(0, 25))}. ${l}`;
    if (y < 0.9) return `${l.toUpperCase()} ${f}`;
    return `${f.charAt(0)}. ${l}`;
  }
  if (x < 0.7) {
    const hk = r.pick(HK);
    const y = r.int(0, 3);
    if (y === 0) return hk;
    const parts = hk.split(' ');
    const en = r.pick(HK_EN);
    if (y === 1) return `${en} ${parts[0]}`;
    if (y === 2) return `${en} ${parts[0]} ${parts[1]}-${(parts[2] ?? '').toLowerCase()}`;
    return `${(parts[0] ?? '').toUpperCase()} ${parts.slice(1).join(' ')}, ${en}`;
  }
  if (x < 0.8) return r.pick(TW);
  if (x < 0.88) return r.pick(SG);
  if (x < 0.94) return r.pick(MALAY);
  return r.pick(MACAU);
}

// ---------------------------------------------------------------- secrets

const PASSWORDS_STEM = ['woaini', 'Zhang', 'qwer', 'Aa', 'Lily@', 'abc', 'Xb#', 'Hello', 'iloveyou', 'ZXCvbn', 'Sky_', 'mima'];

export function secret(r: Prng): string {
  const x = r.next();
  const code = r.digits(r.chance(0.7) ? 6 : 4);
  if (x < 0.34) return code;
  if (x < 0.4) return code.split('').join(' ');
  if (x < 0.45) return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
  if (x < 0.48) return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
  if (x < 0.53) return fullWidth(code);
  if (x < 0.59) return hanDigits(code, '零', '一');
  if (x < 0.62) return hanDigits(code, r.pick(['零', '零', '洞']), '幺');
  if (x < 0.7) return r.digits(6); // payment PIN
  if (x < 0.75) return r.digits(8); // dynamic token
  const stem = r.pick(PASSWORDS_STEM);
  const tail = r.pick([r.digits(r.int(3, 6)), String(r.int(1975, 2005)), '520', '1314', `${r.digits(3)}!`, `_${r.digits(4)}`, `${r.int(1980, 2003)}.${r.int(1, 12)}`]);
  return stem + tail;
}

export function cvv(r: Prng): string {
  const x = r.next();
  if (x < 0.88) return r.digits(3);
  if (x < 0.94) return r.digits(4);
  return fullWidth(r.digits(3));
}
