/**
 * Value generators for the BLIND3 split (see templates.blind3.ts). Written by an independent
 * evaluation author who did not read the engine's recognizers, lexicons, cue words or name lists,
 * and did not run the engine. The pools come from the author's own knowledge of how Chinese names
 * are distributed in the population, not from any other pool in this folder.
 *
 * - Chinese names: surnames drawn with rough population weights (the very frequent band carries
 *   most of the mass, then a long tail, then ~2% compound surnames); given names from several
 *   generations (1950s–60s political and traditional names, 1970s–80s, 1990s, 2000s–2010s) and
 *   regions (Cantonese, Taiwanese, rural northern), about a quarter of them one character.
 * - English / romanised names: Western names, HK Jyutping-style names, Taiwanese Wade-Giles names,
 *   mainland pinyin in several orders; pinyin names on their own.
 * - Secrets: SMS codes (4/6 digits, sometimes spaced), 6-digit payment PINs, 8-digit codes, CVV,
 *   and passwords in the shapes people really choose.
 * Every other value type reuses values.gen.ts.
 */
import { weighted, type Prng } from './prng.js';

/** Weight bands: [weight, surnames]. Bands are sampled by weight, then uniformly inside a band. */
const SURNAME_BANDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [40, [...'王李张刘陈杨赵黄周吴']],
  [25, [...'徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕']],
  [18, [...'苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文']],
  [12, [...'庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚木蒙']],
  [3, [...'禹郁喻仲宗岑狄练幸伏芮阙虞麦佘冼凤晏蔺揭党蓝楚鄢郦粟续']],
];

const COMPOUND = ['欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '夏侯', '司徒', '慕容', '令狐', '尉迟', '公孙', '长孙', '宇文', '端木', '万俟', '淳于', '赫连', '呼延', '独孤'];

/** Given names by generation and region. */
const GIVEN_BY_GROUP: ReadonlyArray<readonly [number, readonly string[]]> = [
  // 1950s–60s: political and traditional.
  [18, ['建国', '建华', '国强', '国平', '卫国', '卫红', '红旗', '跃进', '建设', '秀兰', '秀英', '淑英', '淑兰', '桂芳', '桂珍', '玉珍', '凤英', '凤兰', '金花', '德胜', '德福', '长海', '永红', '志明', '学军', '文革', '抗美', '新民', '宝华', '玉梅']],
  // 1970s–80s.
  [26, ['丽华', '海涛', '志刚', '晓红', '晓燕', '红霞', '建军', '伟', '勇', '军', '敏', '静', '燕', '霞', '刚', '波', '斌', '辉', '丽', '艳', '海波', '春燕', '晓峰', '东升', '小平', '立军', '雪梅', '丽萍', '继红', '永生', '凤霞', '宏亮', '卫东', '爱民', '彩霞']],
  // 1990s.
  [24, ['婷', '佳', '琪', '倩', '磊', '鹏', '超', '帅', '思琪', '欣然', '佳慧', '梦瑶', '雪晴', '晓雯', '文杰', '嘉伟', '俊豪', '天宇', '志远', '振宇', '鑫', '浩', '璐', '丹丹', '莉莉', '亚楠', '晓彤', '子健', '雅琴', '明轩']],
  // 2000s–2010s.
  [18, ['梓涵', '子墨', '一诺', '若汐', '沐阳', '皓轩', '梓轩', '雨桐', '欣妍', '诗琪', '浩宇', '宇轩', '子萱', '思彤', '奕涵', '锦程', '俊熙', '梓睿', '嘉懿', '语汐', '晨曦', '一鸣', '安琪', '芷若', '子航']],
  // Cantonese / Hong Kong.
  [6, ['嘉欣', '伟文', '志伟', '家乐', '咏诗', '凯琳', '浩然', '颖欣', '俊杰', '美仪', '嘉豪', '绮雯', '国荣', '淑仪', '智聪']],
  // Taiwan.
  [6, ['淑惠', '怡君', '雅雯', '家豪', '冠宇', '宗翰', '承恩', '佩珊', '美玲', '志豪', '俊宏', '雅婷', '诗涵', '育廷', '郁婷']],
  // Rural, nicknames used as official names.
  [2, ['二妞', '狗蛋', '铁蛋', '春花', '秋香', '来喜', '满囤', '小芳', '大勇', '三毛']],
];

export function surname(r: Prng): string {
  return r.chance(0.02) ? r.pick(COMPOUND) : weighted(r, SURNAME_BANDS);
}

/** Chinese personal name with population-like surname weights and mixed generations. */
export function chineseName(r: Prng): string {
  const s = surname(r);
  // Taiwanese / HK married women sometimes carry the husband's surname first (冠夫姓).
  if (r.chance(0.015)) return surname(r) + s + r.pick(['淑惠', '美玲', '秀琴', '月娥', '丽珠']);
  return s + weighted(r, GIVEN_BY_GROUP);
}

const PY_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo', 'Liang', 'Song', 'Zheng', 'Xie', 'Han', 'Tang', 'Feng', 'Dong', 'Cao', 'Peng', 'Lyu', 'Su', 'Jiang', 'Cai', 'Ye', 'Pan', 'Du', 'Wei', 'Shen', 'Yao', 'Qiu', 'Ouyang', 'Situ'];
const PY_GIVEN = ['Wei', 'Jing', 'Min', 'Lei', 'Yan', 'Jun', 'Tao', 'Xiaohong', 'Haitao', 'Zhigang', 'Lihua', 'Jianguo', 'Siqi', 'Xinran', 'Zihan', 'Yinuo', 'Haoyu', 'Yutong', 'Mengyao', 'Tianyu', 'Jiahui', 'Wenjie', 'Shuang', 'Peng', 'Dandan', 'Xiaoyan', 'Zimo', 'Ruoxi', 'Muyang', 'Jiawei'];

/** Mainland pinyin name in the orders and casings people use in forms and emails. */
export function pinyinName(r: Prng): string {
  const s = r.pick(PY_SURNAMES);
  const g = r.pick(PY_GIVEN);
  return r.pick([
    () => `${s} ${g}`,
    () => `${g} ${s}`,
    () => `${s.toUpperCase()} ${g}`,
    () => `${s.toUpperCase()} ${g.toUpperCase()}`,
    () => `${s}${g}`,
    () => `${g} ${s.toUpperCase()}`,
  ])();
}

const EN_FIRST = ['Amy', 'Ben', 'Cindy', 'Dennis', 'Eva', 'Frank', 'Gary', 'Hannah', 'Irene', 'Jack', 'Karen', 'Louis', 'Maggie', 'Nick', 'Olive', 'Paul', 'Rita', 'Sam', 'Teresa', 'Tony', 'Ursula', 'Wayne', 'Angela', 'Bruce', 'Connie', 'Edmund', 'Florence', 'Gigi', 'Howard', 'Jacky', 'Kitty', 'Matthew', 'Sharon', 'Simon', 'Venus', 'William', 'Zoe', 'Alex', 'Jessica', 'Ryan'];
const EN_LAST = ['Anderson', 'Baker', 'Carter', 'Edwards', 'Foster', 'Green', 'Harris', 'Jackson', 'King', 'Lewis', 'Martin', 'Mitchell', 'Roberts', 'Scott', 'Thompson', 'Walker', 'White', 'Young', 'Singh', 'Kumar', 'Suzuki', 'Tanaka', 'Lim', 'Goh', 'Ong', 'Teo'];
const HK_SURN = ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Ng', 'Leung', 'Lam', 'Tang', 'Chow', 'Yeung', 'Tsui', 'Poon', 'Lo', 'Kwok', 'Chu', 'Fong', 'Law', 'Mok'];
const HK_SYL = ['wai', 'man', 'ka', 'ming', 'chun', 'kwok', 'yiu', 'sze', 'wing', 'hung', 'kin', 'mei', 'ling', 'fung', 'lun', 'hei', 'tsz', 'yan', 'pui', 'kei'];
const TW_SURN = ['Chen', 'Lin', 'Huang', 'Chang', 'Li', 'Wang', 'Wu', 'Liu', 'Tsai', 'Yang', 'Hsu', 'Cheng', 'Hsieh', 'Kuo', 'Hung', 'Chiu', 'Tseng', 'Liao', 'Lai', 'Chou'];
const TW_SYL = ['chih', 'wei', 'chia', 'ming', 'yu', 'hsuan', 'tzu', 'yi', 'shu', 'hui', 'chun', 'hung', 'ting', 'jung', 'kai', 'fang', 'mei', 'tsung'];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** English or romanised name: Western, HK, Taiwanese, Singaporean/Malaysian, mainland. */
export function englishName(r: Prng): string {
  return r.pick([
    () => `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`,
    () => `${r.pick(EN_FIRST)} ${r.pick(HK_SURN)}`,
    () => `${r.pick(HK_SURN)} ${cap(r.pick(HK_SYL))} ${cap(r.pick(HK_SYL))}`,
    () => `${r.pick(EN_FIRST)} ${r.pick(HK_SURN)} ${cap(r.pick(HK_SYL))}-${r.pick(HK_SYL)}`,
    () => `${r.pick(HK_SURN).toUpperCase()} ${cap(r.pick(HK_SYL))}-${r.pick(HK_SYL)}`,
    () => `${r.pick(TW_SURN)} ${cap(r.pick(TW_SYL))}-${r.pick(TW_SYL)}`,
    () => `${r.pick(EN_FIRST)} ${r.pick(PY_SURNAMES)}`,
    () => pinyinName(r),
  ])();
}

const PW_WORDS = ['iloveyou', 'woaini', 'qq', 'liu', 'chen', 'xiaomei', 'dragon', 'monkey', 'sunshine', 'taobao', 'wx', 'huahua', 'pass', 'abc', 'asd', 'qwe', 'ai'];

/** Verification codes, PINs and passwords. */
export function secret(r: Prng): string {
  const roll = r.next();
  if (roll < 0.4) return r.digits(6);
  if (roll < 0.5) return r.digits(4);
  if (roll < 0.55) return `${r.digits(3)} ${r.digits(3)}`;
  if (roll < 0.6) return r.digits(8);
  return r.pick([
    () => `${r.pick(PW_WORDS)}${r.int(1960, 2012)}`,
    () => `${r.pick(PW_WORDS)}${r.digits(6)}`,
    () => `${cap(r.pick(PW_WORDS))}${r.digits(3)}!`,
    () => `${r.pick(PW_WORDS)}_${r.digits(4)}`,
    () => `${r.digits(2)}${r.pick(PW_WORDS)}${r.digits(2)}`,
    () => `${cap(r.pick(PW_WORDS))}.${r.int(10, 99)}${r.pick(['@', '#', '$'])}`,
  ])();
}

/** Card security code (CVV2 / CVN2). */
export function cvv(r: Prng): string {
  return r.digits(3);
}
