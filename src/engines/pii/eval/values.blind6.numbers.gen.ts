/**
 * Number generators for the BLIND6 split, by its author (see values.blind6.gen.ts for who, how
 * and what was read): mobiles, landlines, 18-digit ID numbers and bank cards, all valid, written
 * the ways people write them. Every separator is part of the value.
 */
import { weighted, type Prng } from './prng.js';

/** Full-width digits, as typed with a Chinese IME. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

// ---------------------------------------------------------------------------------------------
// Mobiles
// ---------------------------------------------------------------------------------------------

/** Prefixes in use: China Mobile, China Unicom, China Telecom, China Broadnet, virtual operators. */
const MOBILE_HEADS = [
  '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '172', '178', '182', '183', '184', '187', '188', '195', '197', '198',
  '130', '131', '132', '145', '155', '156', '166', '171', '175', '176', '185', '186', '196',
  '133', '149', '153', '173', '177', '180', '181', '189', '190', '191', '193', '199',
  '192', '170', '162', '165', '167',
];

/** Chinese mobile number in the ways people write it; every separator is part of the value. */
export function mobile(r: Prng): string {
  const n = r.pick(MOBILE_HEADS) + r.digits(8);
  const g344 = [n.slice(0, 3), n.slice(3, 7), n.slice(7)];
  return weighted<() => string>(r, [
    [30, [() => n]],
    [12, [() => g344.join(' ')]],
    [10, [() => g344.join('-')]],
    [3, [() => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]],
    [3, [() => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`]],
    [7, [() => `+86 ${g344.join(' ')}`]],
    [5, [() => `+86-${n}`]],
    [4, [() => `+86${n}`]],
    [4, [() => `0086-${n}`]],
    [3, [() => `0086 ${n}`]],
    [3, [() => `86-${n}`]],
    [3, [() => `(+86)${n}`]],
    [2, [() => `（+86）${g344.join('-')}`]],
    [7, [() => toFullWidth(n)]],
    [2, [() => toFullWidth(g344.join(' '))]],
    [2, [() => g344.join('.')]],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Landlines
// ---------------------------------------------------------------------------------------------

/** Area codes of big cities (8-digit local numbers) and of prefecture cities (7 or 8). */
const AREA_BIG = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029'];
const AREA_OTHER = [
  '0311', '0351', '0371', '0431', '0451', '0471', '0531', '0551', '0571', '0574', '0591', '0592', '0731', '0755', '0756', '0757', '0769',
  '0771', '0791', '0851', '0871', '0891', '0898', '0931', '0951', '0971', '0991', '0512', '0510', '0532', '0411', '0760', '0754', '0516',
];

/** Landline: area code + local number, with the separators and extensions seen in practice. */
export function landline(r: Prng): string {
  const big = r.chance(0.45);
  const area = big ? r.pick(AREA_BIG) : r.pick(AREA_OTHER);
  const len = big ? 8 : r.chance(0.75) ? 8 : 7;
  const local = String(r.int(2, 8)) + r.digits(len - 1);
  const spaced = len === 8 ? `${local.slice(0, 4)} ${local.slice(4)}` : `${local.slice(0, 3)} ${local.slice(3)}`;
  const bare = area.slice(1);
  const body = weighted<() => string>(r, [
    [26, [() => `${area}-${local}`]],
    [10, [() => `${area}${local}`]],
    [10, [() => `${area}-${spaced}`]],
    [8, [() => `${area} ${spaced}`]],
    [8, [() => `(${area})${local}`]],
    [6, [() => `（${area}）${local}`]],
    [5, [() => `(${area}) ${spaced}`]],
    [6, [() => `+86-${bare}-${local}`]],
    [5, [() => `+86 ${bare} ${spaced}`]],
    [3, [() => `+86 (0)${bare} ${local}`]],
    [4, [() => toFullWidth(`${area}-${local}`)]],
    [3, [() => `${area}—${local}`]],
  ])();
  if (!r.chance(0.14)) return body;
  const ext = r.digits(r.int(3, 4));
  return body + r.pick([`-${ext}`, `转${ext}`, ` 转 ${ext}`, ` ext.${ext}`, `分机${ext}`]);
}

// ---------------------------------------------------------------------------------------------
// ID cards
// ---------------------------------------------------------------------------------------------

/** Real county-level codes from many provinces (incl. minority autonomous areas). */
const COUNTY_CODES = [
  '110101', '110102', '120104', '130602', '140105', '150102', '152502', '210202', '220102', '230102', '310101', '310112', '320583',
  '320506', '330212', '330302', '340104', '350203', '350582', '360102', '370202', '370781', '410102', '410302', '420111', '421081',
  '430104', '430621', '440304', '440605', '441900', '445102', '450103', '452123', '460105', '500112', '500234', '510104', '513401',
  '520102', '522301', '530111', '532801', '540102', '610104', '610602', '620104', '630102', '640104', '650104', '652801', '653101',
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 18-character resident ID with a correct GB 11643 check character. */
export function idCard(r: Prng): string {
  const y = r.int(1942, 2007);
  const m = r.int(1, 12);
  const d = r.int(1, daysIn(y, m));
  const first17 = r.pick(COUNTY_CODES) + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') + r.digits(3);
  let id = first17 + idCheck(first17);
  if (id.endsWith('X') && r.chance(0.35)) id = `${first17}x`;
  return weighted<() => string>(r, [
    [62, [() => id]],
    [12, [() => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`]],
    [6, [() => `${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10, 14)} ${id.slice(14)}`]],
    [5, [() => `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`]],
    [11, [() => toFullWidth(id)]],
    [4, [() => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 10)} ${id.slice(10, 14)} ${id.slice(14)}`]],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Bank cards
// ---------------------------------------------------------------------------------------------

/** [BIN, length]: domestic debit (19), UnionPay credit and Visa / Mastercard (16). */
const BINS: ReadonlyArray<readonly [string, number]> = [
  ['622202', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621661', 19], ['601382', 19],
  ['622262', 19], ['622588', 16], ['621483', 16], ['622908', 18], ['622690', 16], ['622150', 19], ['621098', 19],
  ['623058', 19], ['622630', 16], ['622521', 16], ['625802', 16], ['628262', 16], ['621792', 19], ['623668', 19],
  ['436742', 16], ['439225', 16], ['518710', 16], ['524047', 16], ['622155', 16], ['621559', 19], ['620058', 19],
];

function luhnDigit(partial: string): string {
  let sum = 0;
  let double = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let v = Number(partial[i]);
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Luhn-valid card number with a real-looking BIN, as people type or print it. */
export function bankCard(r: Prng): string {
  const [bin, len] = r.pick(BINS);
  const partial = bin + r.digits(len - bin.length - 1);
  const card = partial + luhnDigit(partial);
  const by4 = card.replace(/(\d{4})(?=\d)/g, '$1 ');
  return weighted<() => string>(r, [
    [40, [() => card]],
    [30, [() => by4]],
    [10, [() => by4.replace(/ /g, '-')]],
    [6, [() => `${card.slice(0, 6)} ${card.slice(6)}`]],
    [5, [() => by4.replace(/ /g, '  ')]],
    [5, [() => toFullWidth(card)]],
    [4, [() => toFullWidth(by4)]],
  ])();
}
