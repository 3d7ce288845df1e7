/**
 * Generators of valid personal values (and decoys) for the evaluation corpus: valid ID
 * checksums, Luhn and non-Luhn UnionPay cards, every mobile prefix in every written format,
 * landlines, foreign numbers validated by libphonenumber-js, names, gazetteer addresses.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { idCheckChar, luhnCheckDigit, luhnOk, validDate } from '../checksums.js';
import { CITIES_BY_PROVINCE, PROVINCES } from '../gazetteer.data.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../surnames.data.js';
import type { Prng } from './prng.js';

const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 158 159 162 165 166 ' +
  '167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'
).split(' ');

function fullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function mobile(r: Prng): string {
  const n = r.pick(MOBILE_PREFIXES) + r.digits(8);
  const a = n.slice(0, 3);
  const b = n.slice(3, 7);
  const c = n.slice(7);
  return r.pick([
    n, n, n, `${a} ${b} ${c}`, `${a}-${b}-${c}`, `+86 ${n}`, `+86-${a}-${b}-${c}`, `+86${n}`, `86${n}`,
    `0086 ${a} ${b} ${c}`, fullWidth(n), n.split('').join(' '), `＋86 ${n}`,
  ]);
}

const AREA_CODES = ['010', '021', '022', '023', '020', '024', '025', '027', '028', '029', '0571', '0755', '0512', '0731', '0532', '0871', '0991', '0898'];

export function landline(r: Prng): string {
  const area = r.pick(AREA_CODES);
  const local = String(r.int(2, 9)) + r.digits(area.length === 3 ? 7 : r.pick([6, 7]));
  const half = local.length - 4;
  const ext = r.chance(0.15) ? r.pick(['转', '-', ' 转']) + r.digits(r.int(2, 4)) : '';
  const spaced = `${local.slice(0, half)} ${local.slice(half)}`;
  return (
    r.pick([`${area}-${local}`, `${area}${local}`, `(${area})${local}`, `（${area}）${spaced}`, `${area} ${spaced}`, `+86 ${area.slice(1)} ${local}`]) + ext
  );
}

/** Foreign numbers: random national digits accepted as valid by libphonenumber-js. */
export function foreignPhone(r: Prng): string {
  const plans: Array<[string, number]> = [['1', 10], ['44', 10], ['81', 10], ['82', 10], ['65', 8], ['61', 9], ['49', 11], ['33', 9], ['60', 9], ['66', 9]];
  for (;;) {
    const [cc, len] = r.pick(plans);
    const national = String(r.int(2, 9)) + r.digits(len - 1);
    const p = parsePhoneNumberFromString(`+${cc}${national}`);
    if (p?.isValid() && p.country !== 'CN') return r.chance(0.5) ? p.formatInternational() : `+${cc}${national}`;
  }
}

const REGIONS = ['110105', '110108', '310104', '310115', '440106', '440305', '330106', '510107', '420106', '320102', '370102', '610113', '500103', '120101', '230103', '350102', '210102', '130102', '410105', '430102', '450102', '530102', '620102', '650102', '810000'];

export function idCard(r: Prng, currentYear: number): string {
  let y = 0;
  let m = 0;
  let d = 0;
  do {
    y = r.int(1940, currentYear - 16);
    m = r.int(1, 12);
    d = r.int(1, 31);
  } while (!validDate(y, m, d));
  const first17 = r.pick(REGIONS) + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') + r.digits(3);
  let id = first17 + idCheckChar(first17);
  if (id.endsWith('X') && r.chance(0.3)) id = id.slice(0, 17) + 'x';
  return r.pick([id, id, id, `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, fullWidth(id)]);
}

const UNIONPAY_BINS = ['622202', '621700', '622848', '621661', '622588', '622260', '622700', '621483', '623668', '625966', '620522', '628288'];

/** UnionPay cards (16 or 19 digits), most Luhn-valid, some not; some Visa/Mastercard. */
export function bankCard(r: Prng, luhn: boolean): string {
  const bin = r.chance(0.9) ? r.pick(UNIONPAY_BINS) : r.pick(['427020', '436742', '524091', '552599']);
  const len = bin.startsWith('62') ? r.pick([16, 19, 19]) : 16;
  const partial = bin + r.digits(len - 7);
  let card = partial + luhnCheckDigit(partial);
  if (!luhn) {
    const bad = (Number(card[len - 1]) + r.int(1, 9)) % 10;
    card = card.slice(0, len - 1) + String(bad);
    if (luhnOk(card)) card = card.slice(0, len - 1) + String((bad + 1) % 10);
  }
  const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
  return r.pick([card, card, grouped, grouped.replace(/ /g, '-')]);
}

export function email(r: Prng): string {
  const user = r.pick(['wang', 'li.na', 'zhang_wei', 'chenjing', 'liu88', 'xiaoming.w', 'user2024', 'hy.zhou', 'a1b2c3', 'sun-li']) + (r.chance(0.5) ? r.digits(r.int(1, 4)) : '');
  return `${user}@${r.pick(['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'sina.com', 'foxmail.com', 'example.com.cn', 'corp-mail.cn'])}`;
}

const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '小红', '志强', '海燕', '晓东', '文博', '子涵', '雨欣', '浩然', '梓萱', '一鸣', '俊杰', '嘉怡', '思远', '国庆', '春梅', '玉兰', '立新', '红梅', '婷婷', '欣怡', '宇航', '晨', '鹏', '慧', '建国', '淑珍'];
const COMMON_SURNAMES = [...SINGLE_SURNAMES.slice(0, 100)];

export function chineseName(r: Prng): string {
  const surname = r.chance(0.05) ? r.pick(COMPOUND_SURNAMES) : r.pick(COMMON_SURNAMES);
  return surname + r.pick(GIVEN);
}

/**
 * Blind-split names: given names disjoint from GIVEN (some are also ordinary words, 文静/国强),
 * surnames from a wider band of the frequency list, so the blind split cannot lean on the pool
 * the recognizer was tuned with.
 */
const GIVEN_BLIND = ['宏伟', '丽娟', '卫东', '佳琪', '子轩', '淑芬', '德明', '雪', '颖', '鑫', '凯', '琳', '振华', '美玲', '文静', '少华', '永强', '桂兰', '秀珍', '雅婷', '诗涵', '宇', '浩', '丹', '晓燕', '建军', '德华', '金凤', '国强', '昊天', '若曦', '梦琪', '家豪', '卓', '玲', '亮', '立群', '春生', '爱华', '红'];
const BLIND_SURNAMES = [...SINGLE_SURNAMES.slice(0, 160)];

export function chineseNameBlind(r: Prng): string {
  const surname = r.chance(0.05) ? r.pick(COMPOUND_SURNAMES) : r.pick(BLIND_SURNAMES);
  return surname + r.pick(GIVEN_BLIND);
}

export function englishNameBlind(r: Prng): string {
  return `${r.pick(['Mary', 'James', 'Olivia', 'Daniel', 'Sophie', 'Tom', 'Helen', 'Jason', 'Vivian', 'Eric'])} ${r.pick(['Zhang', 'Liu', 'Johnson', 'Ng', 'Cheung', 'Wilson', 'Tan', 'Clark', 'Yeung', 'Evans'])}`;
}

export function englishName(r: Prng): string {
  return `${r.pick(['John', 'Emily', 'David', 'Sarah', 'Michael', 'Grace', 'Kevin', 'Linda', 'Peter', 'Anna'])} ${r.pick(['Smith', 'Chen', 'Wong', 'Brown', 'Lee', 'Taylor', 'Lam', 'Miller', 'Ho', 'Davis'])}`;
}

const DISTRICTS = ['朝阳区', '海淀区', '天河区', '福田区', '西湖区', '武侯区', '江汉区', '鼓楼区', '高新区', '新城区', '雨花区', '金水区', '历下区', '南山区', '越秀区', '浦东新区', '城关区', '开发区', '经开区', '龙华区'];
const ROADS = ['中山路', '人民路', '建设大道', '解放街', '体育西路', '文三路', '长江路', '和平路', '光明街', '幸福路', '新华路', '东风大街', '科技园路', '滨江大道', '学院路', '青年路', '胜利街', '五一路'];

export function address(r: Prng): string {
  const [province, full] = r.pick(PROVINCES.filter(([p]) => p !== '香港' && p !== '澳门' && p !== '台湾'));
  const municipality = full.endsWith('市');
  const cities = CITIES_BY_PROVINCE[province]?.split(' ') ?? [];
  const head = municipality ? full : `${r.chance(0.6) ? full : province}${r.pick(cities)}市`;
  const district = r.pick(DISTRICTS);
  const tail = r.pick([
    () => `${r.pick(ROADS)}${r.int(1, 999)}号`,
    () => `${r.pick(ROADS)}${r.int(1, 300)}号${r.int(1, 30)}栋${r.int(1, 6)}单元${r.int(1, 30)}0${r.int(1, 6)}室`,
    () => `${r.pick(['阳光', '碧桂', '锦绣', '翠苑', '金色'])}${r.pick(['花园', '小区', '家园'])}${r.int(1, 40)}幢${r.int(101, 2804)}室`,
    () => `${r.pick(['红旗', '前进', '张家', '李庄'])}镇${r.pick(['东湖', '新塘', '王家'])}村${r.int(1, 12)}组`,
    () => `${r.pick(ROADS)}${r.int(1, 500)}号${r.pick(['国贸大厦', '时代广场', '金融中心大厦'])}${r.int(2, 40)}层`,
  ])();
  return head + (r.chance(0.85) ? district : '') + tail;
}

export function plate(r: Prng): string {
  const prov = r.pick([...'京沪粤浙苏川鄂湘鲁豫']);
  const letter = r.pick([...'ABCDEFGHJKLM']);
  return r.chance(0.3) ? `${prov}${letter}·D${r.digits(5)}` : `${prov}${letter}${r.digits(1)}${r.pick(['', 'A', 'K'])}${r.digits(3)}`.padEnd(7, '8');
}

export function secretCode(r: Prng): string {
  return r.chance(0.7) ? r.digits(r.pick([4, 6, 6, 6])) : `${r.pick(['Abc', 'Pass', 'Qwe', 'Zx'])}${r.digits(r.int(3, 6))}`;
}

export function ipv4(r: Prng): string {
  return `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function wechatId(r: Prng): string {
  return `${r.pick(['wxid_', 'zhang', 'li_', 'happy', 'sun'])}${r.pick(['abc', 'x', 'lily', ''])}${r.digits(r.int(3, 6))}`;
}

export function qqNumber(r: Prng): string {
  return String(r.int(1, 9)) + r.digits(r.int(5, 9));
}

export function tokenUrl(r: Prng): string {
  const key = r.pick(['token', 'uid', 'phone', 'access_token', 'openid', 'userid']);
  return `https://${r.pick(['m.loan-app.cn', 'h5.xiaodai.com', 'act.fin-service.cn'])}/${r.pick(['repay', 'login', 'h5/activity'])}?${key}=${r.digits(6)}${r.pick(['abc', 'ef', ''])}${r.chance(0.5) ? '&from=sms' : ''}`;
}
