/**
 * Value generators for the BLIND2 split (see templates.blind2.ts). Written by the blind2 author
 * without reading the recognizers, lexicons or surname data of the engine: the pools below are
 * drawn up independently so the split measures how the engine generalises, not how well it
 * remembers the pools in values.gen.ts.
 *
 * - Chinese names: a broad surname pool (frequent, mid-frequency and rare single surnames, plus
 *   compound surnames), given names whose characters do not occur in the given-name pools of
 *   values.gen.ts (GIVEN, GIVEN_BLIND), some of them ordinary words (胜利, 向阳, 秋实), some
 *   old-fashioned (满仓, 招娣), some modern (沐辰, 语桐), and a few Hong Kong / Taiwan style
 *   double-surname names (冠夫姓).
 * - English / romanised names: Western names, Hong Kong names (Kelvin Tsang Ka-ho), Taiwanese
 *   Wade-Giles names (Lin Chia-hao) and mainland pinyin names in several orders and casings.
 * - Secrets: one-time codes and PINs, plus passwords of the shapes people actually type.
 * Every other value type reuses values.gen.ts.
 */
import type { Prng } from './prng.js';

/** Frequent single surnames (roughly the top of the national list). */
const SURNAMES_FREQUENT = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

/** Mid-frequency and rare single surnames, including ones that are also everyday words. */
const SURNAMES_RARE = [
  ...'阮靳缪芮甘邝冼麦岑佘詹蓝仇卜闵栾庞邢裴鲍柴祁凌霍虞柏涂童项祝骆晏楼温单车米牛权满区练谷尤景宁荆乔殷褚房巩尚郎隋战年揭豆宫鞠耿时安边穆苗和季左衣弓迟冀郁谌钮幸鄢亓逯税操党查',
];

const COMPOUND_SURNAMES_B2 = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '端木', '独孤', '南宫', '西门', '澹台', '呼延', '钟离', '闻人', '申屠', '太史', '东郭', '百里',
];

const GIVEN_TWO = [
  '泽楷', '沛霖', '语桐', '书瑶', '筱筠', '锦程', '致和', '可馨', '沐辰', '奕辰', '羽彤', '依诺', '清妍', '靖尧', '铭泽', '弈舟',
  '秋菊', '翠萍', '腊妹', '福贵', '满仓', '铁柱', '二妮', '根旺', '巧云', '素琴', '秋实', '守仁', '绍基', '耀祖', '鸿儒', '炳坤',
  '焕章', '树森', '继光', '耀辉', '锡坤', '荣发', '瑞麟', '乐瑶', '睿泽', '钰彤', '芷萌', '沁悦', '胜利', '光荣', '向阳', '援朝',
  '解放', '婉清', '蕙心', '碧莲', '月娥', '彩云', '翠花', '招娣', '来福', '银花', '宝珠', '珊珊', '蓓蓓', '菲菲', '冰冰', '语嫣',
  '宸熙', '瑾瑜', '煜城', '皓宸', '睿哲', '芊芊', '紫琼', '伯年', '世昌', '汉卿', '启元', '兆麟', '鹤年', '长顺', '宝山', '大壮',
  '惠琴', '月珠', '素娥', '翠娥', '巧妹', '清风', '安康', '育才', '泓毅', '柏舟', '言蹊', '知夏', '念慈', '承恩', '培基', '运来',
];

const GIVEN_ONE = [
  ...'蕾薇彬斌岚悦璐翔骁琦婧昕琰珂钧铮珏楠蓓莹瑾璇澜峥焱淼娴妍菁韬烨璟曜骏驰舟硕赫瀚冉默晗溪',
];

function givenName(r: Prng): string {
  return r.chance(0.3) ? r.pick(GIVEN_ONE) : r.pick(GIVEN_TWO);
}

function singleSurname(r: Prng): string {
  return r.chance(0.6) ? r.pick(SURNAMES_FREQUENT) : r.pick(SURNAMES_RARE);
}

/** Chinese personal name for blind2: 10% compound surname, 3% double surname (冠夫姓). */
export function chineseName(r: Prng): string {
  const roll = r.next();
  if (roll < 0.1) return r.pick(COMPOUND_SURNAMES_B2) + givenName(r);
  if (roll < 0.13) return singleSurname(r) + singleSurname(r) + r.pick(GIVEN_TWO);
  return singleSurname(r) + givenName(r);
}

const PINYIN_SURNAMES = [
  'Ouyang', 'Sima', 'Shangguan', 'Zhuge', 'Wang', 'Li', 'Zhao', 'Sun', 'Zhou', 'Wu', 'Zheng', 'Feng', 'Xu', 'Guo', 'Luo', 'Song',
  'Xie', 'Han', 'Tang', 'Deng', 'Cao', 'Peng', 'Yuan', 'Jiang', 'Gao', 'Lu', 'Xiao', 'Ruan', 'Jin', 'Qin', 'Yu', 'Mao', 'Ma', 'Bai',
];
const PINYIN_SYLLABLES = [
  'ming', 'xuan', 'yi', 'fan', 'zi', 'hao', 'jia', 'qi', 'wen', 'jun', 'xin', 'yu', 'lin', 'tian', 'rui', 'chen', 'shu', 'yao',
  'kai', 'ze', 'hong', 'li', 'na', 'ting', 'le', 'han', 'bo', 'hui', 'jing', 'yan', 'lei', 'peng', 'xiao', 'feng', 'meng', 'qian',
  'yue', 'zhen', 'xu', 'ning', 'shan', 'tao', 'mu', 'an',
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Mainland pinyin name: Wang Xiaoming, WANG Xiaoming, Xiaoming Wang, Zhou Yi, wang xiaoming. */
export function pinyinName(r: Prng): string {
  const surname = r.pick(PINYIN_SURNAMES);
  const given = r.chance(0.25) ? r.pick(PINYIN_SYLLABLES) : r.pick(PINYIN_SYLLABLES) + r.pick(PINYIN_SYLLABLES);
  return r.pick([
    () => `${surname} ${cap(given)}`,
    () => `${surname} ${cap(given)}`,
    () => `${surname.toUpperCase()} ${cap(given)}`,
    () => `${cap(given)} ${surname}`,
    () => `${surname.toLowerCase()} ${given}`,
  ])();
}

const WESTERN_FIRST = [
  'Rachel', 'Kelvin', 'Winnie', 'Ivy', 'Brandon', 'Chloe', 'Marcus', 'Natalie', 'Derek', 'Fiona', 'Gordon', 'Iris', 'Patrick',
  'Queenie', 'Raymond', 'Stella', 'Terence', 'Vincent', 'Wendy', 'Yvonne', 'Alan', 'Bonnie', 'Carmen', 'Dominic', 'Elaine', 'Felix',
  'Gloria', 'Harold', 'Janice', 'Kenneth', 'Leo', 'Monica', 'Nelson', 'Oscar', 'Priscilla', 'Rex', 'Sandy', 'Tiffany', 'Victor', 'Ruby',
];
const WESTERN_LAST = [
  'Whitfield', 'Holloway', 'Gallagher', 'Fernandez', 'Nakamura', 'Kowalski', "O'Brien", 'Murphy', 'Patel', 'Kim', 'Nguyen', 'Rossi',
  'Schneider', 'Dubois', 'Park', 'Ramos', 'Fraser', 'Hughes', 'Morgan', 'Sullivan',
];
const HK_SURNAMES = ['Tsang', 'Ip', 'Kwok', 'Leung', 'Chan', 'Lau', 'Tse', 'Yip', 'Fung', 'Mak', 'Chow', 'Cheng', 'Siu', 'Kwan', 'Luk', 'Tam', 'Au', 'Yuen', 'Choi', 'Hui'];
const HK_SYLLABLES = ['ka', 'ho', 'wing', 'sze', 'man', 'yee', 'chi', 'kit', 'wai', 'ming', 'siu', 'tak', 'hoi', 'lok', 'yan', 'ting', 'kin', 'fai', 'shing', 'mei'];
const TW_SURNAMES = ['Lin', 'Huang', 'Tsai', 'Hsu', 'Chiang', 'Kuo', 'Hsieh', 'Tseng', 'Chou', 'Yeh', 'Hung', 'Chien'];
const TW_SYLLABLES = ['chia', 'hao', 'yi', 'ting', 'wei', 'chen', 'hsin', 'ju', 'pei', 'shan', 'chun', 'yu', 'tsung', 'han', 'kuan', 'ling'];

/** English or romanised name, as written in English messages from the mainland, Hong Kong, Taiwan and abroad. */
export function englishName(r: Prng): string {
  return r.pick([
    () => `${r.pick(WESTERN_FIRST)} ${r.pick(WESTERN_LAST)}`,
    () => `${r.pick(WESTERN_FIRST)} ${r.pick([...'ABCDEFGHJKLMPRST'])}. ${r.pick(WESTERN_LAST)}`,
    () => `${r.pick(WESTERN_FIRST)} ${r.pick(HK_SURNAMES)}`,
    () => `${r.pick(WESTERN_FIRST)} ${r.pick(HK_SURNAMES)} ${cap(r.pick(HK_SYLLABLES))}-${r.pick(HK_SYLLABLES)}`,
    () => `${r.pick(HK_SURNAMES)} ${cap(r.pick(HK_SYLLABLES))} ${cap(r.pick(HK_SYLLABLES))}`,
    () => `${r.pick(TW_SURNAMES)} ${cap(r.pick(TW_SYLLABLES))}-${r.pick(TW_SYLLABLES)}`,
    () => `${r.pick(WESTERN_FIRST)} ${r.pick(PINYIN_SURNAMES)}`,
    () => pinyinName(r),
  ])();
}

const PASSWORD_WORDS = ['woaini', 'zhang', 'lili', 'xiaoyu', 'qwer', 'asdf', 'abc', 'wang', 'love', 'baobao', 'hello', 'qaz', 'zxc', 'admin'];
const ALNUM = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** One-time codes and PINs (mostly), and passwords in the shapes users type. */
export function secret(r: Prng): string {
  const roll = r.next();
  if (roll < 0.45) return r.digits(6);
  if (roll < 0.6) return r.digits(4);
  return r.pick([
    () => `${r.pick(PASSWORD_WORDS)}${r.digits(r.int(2, 8))}`,
    () => `Aa${r.digits(6)}`,
    () => `${cap(r.pick(PASSWORD_WORDS))}@${r.digits(r.int(3, 4))}`,
    () => `${r.pick(PASSWORD_WORDS)}#${r.int(1975, 2010)}`,
    () => {
      let s = '';
      for (let i = 0, n = r.int(8, 10); i < n; i++) s += r.pick([...ALNUM]);
      return s;
    },
  ])();
}
