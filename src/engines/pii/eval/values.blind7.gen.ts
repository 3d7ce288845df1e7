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
 * The number, e-mail and account-id generators are in values.blind7.numbers.gen.ts.
 */
import type { Prng } from './prng.js';
import { weighted } from './prng.js';
import { fullWidth, hanDigits } from './values.blind7.numbers.gen.js';

export { bankCard, email, foreignPhone, idCard, landline, mobile, qqNumber, wechatId } from './values.blind7.numbers.gen.js';

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
