/**
 * Number, e-mail and account-id generators for the BLIND7 split, by the same independent author as
 * values.blind7.gen.ts (see its header for who, how, what was read and the value kinds); in their
 * own file to keep each file to one kind of value. fullWidth and hanDigits are shared with the
 * secret generators there.
 */
import type { Prng } from './prng.js';
import { weighted } from './prng.js';

// ---------------------------------------------------------------- helpers

const FW_DIGIT = (d: string): string => String.fromCharCode(d.charCodeAt(0) + 0xfee0);

export function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z+\-()]/g, (c) => {
    if (/[0-9A-Za-z]/.test(c)) return FW_DIGIT(c);
    return c === '+' ? '＋' : c === '-' ? '－' : c === '(' ? '（' : '）';
  });
}

const HAN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function hanDigits(s: string, zero: string, one: string): string {
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
