/**
 * Value generators for the BLIND5 split (see templates.blind5.ts). Written in session 8, 2026-12-02,
 * by an independent evaluation author (a helper separate from the engine's developer; the sixth
 * author of a PII blind split) from the author's own knowledge. The author did not open the
 * engine's recognizers, lexicons, cue words, surname / given-name lists or gazetteer, did not run
 * the engine, and did not copy any pool from another values*.gen.ts file.
 *
 * - Chinese names: ordinary Han names (weighted surname bands, given names from several
 *   generations, about a fifth of them one character, some of them ordinary words such as 和平 or
 *   阳光); whole names that read as words (刘海, 高山, 金星, 白云 …); rare and word-like single
 *   surnames; rare and common compound surnames; married-woman styles (陈李淑芬, 王陈氏); Hong
 *   Kong, Taiwan, Malaysian and Singaporean Chinese names; minority names: Uyghur and Kazakh with a
 *   middle dot in several code points (阿依古丽·买买提), Tibetan (扎西顿珠), Mongolian (巴特尔,
 *   包哈斯), Zhuang, Yi (吉克阿依), Dai (岩温, 玉罕), Korean-Chinese and Manchu (爱新觉罗·恒瑞).
 * - Pinyin names: many orders, casings and separators (Zhang Xiaoming, ZHANG Xiaoming, Xiaoming
 *   Zhang, zhang xiaoming, Zhang Xiao-ming, ZHANG, Xiaoming, ZHANG/XIAOMING, ZhangXiaoming); the
 *   surname 吕 written Lv, Lyu or Lü.
 * - English / romanised names: Anglo, Irish and Scottish, French, German, Dutch and Nordic, Italian,
 *   Spanish and Portuguese, Slavic, Arabic, Turkish and Persian, South Asian, Malay (bin / binti),
 *   Indonesian, Filipino, Vietnamese, Korean, Japanese, Thai, West / East / Southern African,
 *   Singaporean and Malaysian Hokkien-style, Hong Kong Jyutping-style, Taiwanese Wade-Giles; some
 *   with a middle initial, some in capitals.
 * - Secrets: SMS codes written in many ways (plain, spaced, split 3-3, full-width digits, Chinese
 *   numerals as a voice transcript writes them, letters and digits), 8-digit dynamic codes, 6-digit
 *   payment PINs, and passwords of the shapes people choose. CVV: 3 digits, sometimes a 4-digit CID.
 */
import { weighted, type Bands, type Prng } from './prng.js';

function chars(s: string): string[] {
  return [...s];
}

// ---------------------------------------------------------------------------------------------
// Chinese names
// ---------------------------------------------------------------------------------------------

const HAN_SURNAMES: Bands<string> = [
  [34, chars('李王张刘陈杨黄赵吴周')],
  [26, chars('徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯许邓曹彭曾肖田董潘袁蔡蒋余于杜叶程')],
  [22, chars('魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万覃武钱戴严莫孔向常汤康易乔赖文')],
  [13, chars('樊殷施陶洪翟安颜倪牛温季俞章鲁葛伍申尤毕聂焦柳邢岳齐梅庄辛管祝左涂谷时舒耿卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫屈鲍霍翁隋甘景包柯阮桂闵强柴车冉房边吉饶戚古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄符奚蒙')],
];

/** Rare single surnames, including some that are everyday words (云, 花, 门, 东 …). */
const RARE_SURNAMES = chars('仉禚笪厍訾逄隗郄缑亢昝蒯眭酆乜蹇帅冶佴仝粘过郜母代宓寿巫戈亓芈邸郦扈桑巴斗占云花门东和海力种');

const COMPOUND_SURNAMES = [
  '欧阳', '欧阳', '诸葛', '司马', '上官', '司徒', '东方', '皇甫', '慕容', '公孙', '令狐', '尉迟', '夏侯',
  '第五', '巫马', '公冶', '左丘', '拓跋', '仲孙', '梁丘', '乐正', '宗政', '濮阳', '羊舌', '微生', '段干',
  '东门', '亓官', '司空', '鲜于', '闾丘', '子车', '钟离', '单于', '即墨', '太叔',
];

const GIVEN_SINGLE = chars('静伟强敏军勇燕华平芳杰斌涛波磊鹏凯琳莉倩楠宁雪冰晶萍红梅兰娟颖欣琪昊宇航帆然悦菲婷蕾露岩峰忠义勤荣亮辉锋博俊飞健毅松柏桦旭晖');

const GIVEN_BY_ERA: Bands<string> = [
  // Born 1940s–60s.
  [20, ['建国', '国华', '振华', '桂香', '秀云', '凤珍', '宝林', '玉林', '德兵', '红军', '卫星', '向党', '志华', '立平', '晓光', '海鹰', '春兰', '艳红', '亚军', '国栋', '洪波', '利民', '金龙', '长林', '福生', '有才', '秀荣', '玉凤', '素珍', '兰英', '德顺', '凤芝', '桂荣', '淑华', '永贵']],
  // Born 1970s–90s.
  [30, ['慧敏', '晓丽', '建锋', '红艳', '燕萍', '文龙', '文斌', '晶晶', '媛媛', '楠楠', '宇飞', '海龙', '伟东', '俊峰', '丽娜', '雪莲', '春晓', '晓伟', '明辉', '志勇', '佳佳', '燕飞', '秋月', '丹凤', '海霞', '晓雪', '小军', '玉洁', '雅静', '明杰', '少波', '立伟', '宏宇', '会娟', '艳玲']],
  // Born 2000s–2010s.
  [22, ['博文', '一帆', '子豪', '俊逸', '雨萱', '可欣', '诗雨', '沐晴', '柏霖', '星辰', '乐言', '知予', '芮希', '思源', '梓琳', '浩辰', '景行', '昕悦', '若宁', '以沫', '北辰', '嘉禾', '予安', '清晏', '煦阳', '锦汐', '墨白', '初夏']],
  // Given names that are ordinary words.
  [12, ['和平', '平安', '富贵', '新华', '文化', '光明', '春风', '长城', '阳光', '美丽', '幸福', '胜男', '如意', '吉祥', '国庆', '爱国', '海洋', '长江', '红星', '向前', '天明', '东风', '建军', '卫东', '抗战', '永久', '太平', '金山']],
];

/** Whole names that are also ordinary words or phrases. */
const WORD_NAMES = [
  '刘海', '高山', '金星', '白云', '石磊', '方正', '田野', '高峰', '江山', '马力', '钟声', '林海', '黎明', '朱红',
  '温暖', '丁香', '杨柳', '韩冰', '柳青', '秦川', '洪涛', '龙飞', '何平', '齐鸣', '尤佳', '常青', '夏雨', '雷鸣',
  '华丽', '甘露', '宁静', '安然', '汪洋', '金鑫', '方圆', '高原', '江河', '白露', '武功', '万里',
];

function hanGiven(r: Prng): string {
  return r.chance(0.2) ? r.pick(GIVEN_SINGLE) : weighted(r, GIVEN_BY_ERA);
}

const MARRIED_GIVEN = ['淑芬', '秀凤', '月霞', '丽贞', '玉英', '惠珍', '素梅', '碧霞', '雪芳', '淑贞', '美娟', '宝莲', '秀珠', '丽卿'];

function marriedWoman(r: Prng): string {
  const husband = weighted(r, HAN_SURNAMES);
  let own = weighted(r, HAN_SURNAMES);
  if (own === husband) own = r.pick(chars('陈林黄吴郑'));
  // Old registers: 王陈氏 (husband's surname, her own surname, 氏).
  return r.chance(0.2) ? `${husband}${own}氏` : husband + own + r.pick(MARRIED_GIVEN);
}

const HK_TW_SEA_SURNAMES = chars('陈黄林李张吴郑刘梁何王邱曾杨冯罗邓麦谭冼卢区温蔡苏庄叶邝岑伍骆');
const HK_GIVEN = ['家俊', '嘉雯', '凯欣', '浩贤', '卓贤', '颖姿', '梓晴', '志聪', '永康', '宝儿', '咏恩', '晓澄', '伟健', '芷澄', '俊朗', '乐怡', '焯然', '凯琪', '颂贤', '敏仪'];
const TW_HANZI_GIVEN = ['柏翰', '冠廷', '怡萱', '宥辰', '品妍', '承翰', '羿廷', '昱廷', '宜蓁', '郁芬', '惠美', '秀琴', '俊贤', '筱涵', '彦廷', '姵君', '宛婷', '士杰', '振宏', '雅惠'];
const SEA_GIVEN = ['亚明', '亚妹', '金发', '国良', '福源', '美云', '爱玲', '瑞兴', '顺发', '丽珠', '秋菊', '亚娇', '金水', '振兴', '德财', '玉莲', '文杰', '惠芳', '添福', '月娥'];

function overseasChinese(r: Prng): string {
  return r.pick(HK_TW_SEA_SURNAMES) + r.pick(r.pick([HK_GIVEN, TW_HANZI_GIVEN, SEA_GIVEN]));
}

const UYGHUR_FEMALE = ['阿依古丽', '古丽米拉', '帕提古丽', '努尔古丽', '米热古丽', '再努尔', '阿瓦古丽', '祖丽菲亚', '玛依拉', '热娜', '哈丽旦', '阿米娜', '古再丽努尔', '布阿依谢姆', '热孜万古丽', '迪娜'];
const UYGHUR_MALE = ['买买提', '艾买提江', '吐尔逊', '阿不都热合曼', '艾力', '亚森', '库尔班', '努尔买买提', '伊力哈木', '肉孜', '托合提', '阿布拉', '依明', '热合曼', '玉素甫', '卡德尔', '艾合买提', '吾斯曼', '阿里木', '麦麦提', '沙塔尔', '喀斯木', '吾甫尔', '塔依尔', '艾尔肯', '阿迪力'];
const KAZAKH_GIVEN = ['努尔兰', '叶尔江', '阿斯哈尔', '加娜尔', '阿依达娜', '古丽扎达', '叶尔波拉提', '别尔克', '巴合提亚尔', '阿勒泰'];
const KAZAKH_FATHER = ['别克', '哈力木', '托合塔尔', '加肯', '努尔兰', '沙肯', '吐尔逊别克', '阿合买提'];

/** The middle dot is written with several code points, or left out. */
function dot(r: Prng): string {
  return weighted(r, [[76, ['·']], [9, ['•']], [5, ['・']], [4, ['.']], [6, ['']]]);
}

function uyghurOrKazakh(r: Prng): string {
  if (r.chance(0.2)) return r.pick(KAZAKH_GIVEN) + dot(r) + r.pick(KAZAKH_FATHER);
  const given = r.chance(0.5) ? r.pick(UYGHUR_FEMALE) : r.pick(UYGHUR_MALE);
  return given + dot(r) + r.pick(UYGHUR_MALE);
}

const TIBETAN = ['扎西', '次仁', '格桑', '央金', '丹增', '尼玛', '拉巴', '达瓦', '索朗', '边巴', '平措', '顿珠', '卓玛', '多吉', '旺姆', '央宗', '拉姆', '德吉', '曲珍', '普布', '洛桑', '益西', '白玛', '仁增', '贡布', '卓嘎', '才让', '多杰', '拉毛', '更登', '旦正', '桑杰', '措姆', '吉宗'];

function tibetan(r: Prng): string {
  const a = r.pick(TIBETAN);
  let b = r.pick(TIBETAN);
  if (b === a) b = '措姆';
  return r.chance(0.85) ? a + b : a;
}

const MONGOLIAN = ['巴特尔', '苏和', '宝音', '朝鲁', '呼和', '孟和', '额尔敦', '阿拉坦', '那日苏', '乌力吉', '巴雅尔', '图门', '毕力格', '满都拉', '哈斯', '斯琴', '其其格', '萨仁', '托娅', '乌兰', '高娃', '其木格', '娜仁花', '塔娜', '特木尔', '吉日嘎拉', '布和', '达来', '敖登', '图雅'];

function mongolian(r: Prng): string {
  const roll = r.next();
  if (roll < 0.5) return r.pick(MONGOLIAN);
  if (roll < 0.8) return r.pick(MONGOLIAN) + r.pick(['高娃', '其其格', '图雅', '巴特尔', '仓', '格日乐', '花', '朝克图']);
  return r.pick(chars('包白鲍韩吴金胡云')) + r.pick(MONGOLIAN);
}

const ZHUANG_SURNAMES = chars('韦覃农蒙莫侬黄陆蓝岑黎卢');
const ZHUANG_GIVEN = ['美英', '金宝', '月英', '光壮', '达海', '金凤', '春妹', '秀莲', '日新', '兰芳', '福生', '二妹', '木兰', '雪芬', '宗宝', '丽萍', '亚桂', '达雅', '桂生', '妹仔'];

const YI_CLANS = ['吉克', '曲比', '阿西', '沙马', '马海', '吉伍', '阿苏', '俄木', '海来', '瓦渣', '勒格', '阿尔', '吉木', '阿说', '克惹', '日火'];
const YI_GIVEN = ['阿依', '木呷', '阿果', '拉则', '伍各', '日哈', '阿呷', '石者', '阿支', '尔古', '木乃', '阿牛', '拉哈', '伍沙', '阿芝', '木果', '尔布', '阿薇'];

function dai(r: Prng): string {
  if (r.chance(0.2)) return '刀' + r.pick(['金平', '丽华', '建新', '云香', '国栋']);
  return r.pick(['岩', '岩', '玉', '玉', '依']) + r.pick(chars('温罕香应叫光帕庄丙坎南论旺甩恩燕拉腊儿'));
}

const KOREAN_SURNAMES = chars('金朴崔李郑姜权韩申俞');
const KOREAN_GIVEN = ['哲洙', '英姬', '顺子', '明浩', '成浩', '美善', '贞淑', '东哲', '英子', '春花', '贤珠', '光日', '龙男', '英爱', '在民', '昌浩', '善玉', '明淑'];

function manchu(r: Prng): string {
  if (r.chance(0.35)) return r.pick(['爱新觉罗', '叶赫那拉', '钮祜禄', '瓜尔佳']) + dot(r) + r.pick(['恒瑞', '启明', '毓秀', '文英', '德昭', '淑敏']);
  return r.pick(chars('那关佟肇富锡鄂')) + hanGiven(r);
}

/** Chinese personal name for blind5. */
export function chineseName(r: Prng): string {
  const kinds: Bands<() => string> = [
    [50, [() => weighted(r, HAN_SURNAMES) + hanGiven(r)]],
    [8, [() => r.pick(WORD_NAMES)]],
    [6, [() => r.pick(COMPOUND_SURNAMES) + hanGiven(r)]],
    [5, [() => r.pick(RARE_SURNAMES) + hanGiven(r)]],
    [5, [() => marriedWoman(r)]],
    [6, [() => overseasChinese(r)]],
    [5, [() => uyghurOrKazakh(r)]],
    [3, [() => tibetan(r)]],
    [3, [() => mongolian(r)]],
    [2, [() => r.pick(ZHUANG_SURNAMES) + r.pick(ZHUANG_GIVEN)]],
    [2, [() => r.pick(YI_CLANS) + r.pick(YI_GIVEN)]],
    [1.5, [() => dai(r)]],
    [2, [() => r.pick(KOREAN_SURNAMES) + r.pick(KOREAN_GIVEN)]],
    [1.5, [() => manchu(r)]],
  ];
  return weighted(r, kinds)();
}

// ---------------------------------------------------------------------------------------------
// Pinyin names
// ---------------------------------------------------------------------------------------------

const PY_SURNAMES = [
  'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'Lin', 'He', 'Luo', 'Liang',
  'Zheng', 'Xie', 'Han', 'Tang', 'Feng', 'Dong', 'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Fu', 'Shen', 'Zeng', 'Peng', 'Su',
  'Lu', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Xue', 'Ye', 'Yan', 'Pan', 'Du', 'Dai', 'Xia', 'Zhong', 'Tian', 'Ren', 'Fan',
  'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong', 'Jin', 'Qiu', 'Qin', 'Kong', 'Bai', 'Cui', 'Kang', 'Mao', 'Hao', 'Gu',
  'Hou', 'Shao', 'Meng', 'Long', 'Wan', 'Duan', 'Qian', 'Yin', 'Qiao', 'Lai', 'Gong', 'Wen', 'Zhuge', 'Ouyang', 'Situ',
  'Shangguan', 'Murong', 'Sima',
];
const PY_LV = ['Lv', 'Lyu', 'Lü'];
const PY_SYLLABLES = [
  'an', 'bo', 'chao', 'chen', 'cheng', 'dan', 'fang', 'fei', 'gang', 'guang', 'hai', 'hao', 'hong', 'hua', 'hui', 'jian', 'jie',
  'jing', 'jun', 'kai', 'lan', 'lei', 'li', 'liang', 'lin', 'ling', 'long', 'mei', 'min', 'ming', 'na', 'ning', 'peng', 'ping',
  'qiang', 'qing', 'rong', 'rui', 'shan', 'sheng', 'shu', 'song', 'tao', 'ting', 'wei', 'wen', 'xia', 'xiang', 'xin', 'xiu',
  'xue', 'yan', 'yang', 'yi', 'ying', 'yong', 'yu', 'yuan', 'yun', 'ze', 'zhen', 'zhi', 'zhong', 'zi', 'xuan', 'han', 'meng',
  'qian', 'jia', 'hang', 'fan', 'nuo', 'xi', 'lu', 'er',
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Mainland pinyin name in the orders, casings and separators of forms, e-mails and chat. */
export function pinyinName(r: Prng): string {
  const s = r.chance(0.04) ? r.pick(PY_LV) : r.pick(PY_SURNAMES);
  const one = r.chance(0.4);
  const a = r.pick(PY_SYLLABLES);
  const b = r.pick(PY_SYLLABLES);
  const g = one ? cap(a) : cap(a + b);
  const gHyphen = one ? cap(a) : `${cap(a)}-${b}`;
  const gSpaced = one ? cap(a) : `${cap(a)} ${cap(b)}`;
  return weighted(r, [
    [24, [() => `${s} ${g}`]],
    [11, [() => `${s.toUpperCase()} ${g}`]],
    [10, [() => `${s.toUpperCase()} ${g.toUpperCase()}`]],
    [14, [() => `${g} ${s}`]],
    [7, [() => `${s.toLowerCase()} ${g.toLowerCase()}`]],
    [6, [() => `${s} ${gHyphen}`]],
    [4, [() => `${s} ${gSpaced}`]],
    [6, [() => `${s.toUpperCase()}, ${g}`]],
    [6, [() => `${g} ${s.toUpperCase()}`]],
    [4, [() => `${s}${g}`]],
    [3, [() => `${gHyphen} ${s}`]],
    [2, [() => `${s.toUpperCase()}/${g.toUpperCase()}`]],
  ] as Bands<() => string>)();
}

// ---------------------------------------------------------------------------------------------
// English and romanised names
// ---------------------------------------------------------------------------------------------

type Origin = readonly [readonly string[], readonly string[]];

const ORIGINS: ReadonlyArray<readonly [number, Origin]> = [
  // Anglo / North American.
  [12, [
    ['Oliver', 'Charlotte', 'George', 'Amelia', 'Harriet', 'Isla', 'Alfie', 'Poppy', 'Edward', 'Madison', 'Tyler', 'Brittany', 'Cody', 'Megan', 'Austin', 'Hailey', 'Logan', 'Abigail', 'Nathan', 'Lauren', 'Christopher', 'Rebecca'],
    ['Thornton', 'Whitaker', 'Ashworth', 'Pemberton', 'Caldwell', 'Barnes', 'Hayes', 'Bennett', 'Coleman', 'Russell', 'Brooks', 'Griffin', 'Hunter', 'Price', 'Sanders', 'Fletcher', 'Smith-Jones', 'Wainwright'],
  ]],
  // Irish / Scottish.
  [5, [
    ['Siobhan', 'Niamh', 'Ciaran', 'Eoin', 'Aoife', 'Declan', 'Ailsa', 'Fergus', 'Callum', 'Morag', 'Padraig', 'Orla'],
    ["O'Connor", "O'Sullivan", 'McCarthy', 'Byrne', 'Doyle', 'MacLeod', 'Campbell', 'McIntyre', 'Fitzgerald', "O'Neill", 'Kennedy'],
  ]],
  // French.
  [4, [
    ['Jean-Luc', 'Margaux', 'Théo', 'Chloé', 'Mathieu', 'Élodie', 'Baptiste', 'Camille', 'Anne-Sophie', 'Guillaume'],
    ['Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Lambert', 'Bonnet', 'Chevalier', 'Dupont', 'Mercier'],
  ]],
  // German, Dutch, Nordic.
  [5, [
    ['Lukas', 'Annika', 'Jürgen', 'Greta', 'Sven', 'Ingrid', 'Pieter', 'Femke', 'Lars', 'Sanne', 'Henrik', 'Birgit'],
    ['Müller', 'Schäfer', 'Becker', 'Hoffmann', 'van der Berg', 'de Vries', 'Jansen', 'Lindqvist', 'Andersson', 'Halvorsen', 'Vogel', 'Bakker'],
  ]],
  // Italian, Spanish, Portuguese, Latin American.
  [6, [
    ['Giulia', 'Matteo', 'Alessandro', 'Francesca', 'José', 'Lucía', 'Alejandro', 'Thiago', 'Beatriz', 'João', 'Mariana', 'Diego', 'Valentina'],
    ['Bianchi', 'Ricci', 'Esposito', 'Romano', 'García', 'Martínez', 'Rodríguez', 'López', 'Silva', 'Oliveira', 'Pereira', 'Costa', 'Fernández'],
  ]],
  // Slavic.
  [3, [
    ['Dmitri', 'Natasha', 'Alexei', 'Olga', 'Piotr', 'Katarzyna', 'Ivana', 'Milan', 'Yuliya', 'Oleksandr'],
    ['Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Nowak', 'Wiśniewski', 'Horvat', 'Novák', 'Shevchenko', 'Popescu'],
  ]],
  // Arabic, Turkish, Persian.
  [5, [
    ['Mohammed', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Aisha', 'Mehmet', 'Elif', 'Reza', 'Darius', 'Khalid', 'Zeynep'],
    ['Al-Rashid', 'Haddad', 'Khalil', 'Mansour', 'Yılmaz', 'Demir', 'Kaya', 'Hosseini', 'Karimi', 'El-Amin', 'Nasser', 'Öztürk'],
  ]],
  // South Asian.
  [5, [
    ['Priya', 'Arjun', 'Ananya', 'Rahul', 'Deepika', 'Vikram', 'Sanjay', 'Kavya', 'Imran', 'Ayesha', 'Harpreet', 'Lakshmi'],
    ['Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Chowdhury', 'Khan', 'Mehta', 'Banerjee', 'Singh', 'Pillai', 'Rao'],
  ]],
  // Indonesian.
  [2, [
    ['Budi', 'Agus', 'Rina', 'Dewi', 'Eko', 'Wahyu', 'Sri', 'Putri', 'Yohanes', 'Indah'],
    ['Santoso', 'Setiawan', 'Wijaya', 'Hartono', 'Susanto', 'Pratama', 'Kusuma', 'Hidayat', 'Gunawan', 'Halim'],
  ]],
  // Filipino.
  [3, [
    ['Jose Miguel', 'Angelica', 'Mark Anthony', 'Kristine', 'Jericho', 'Maricel', 'Rowena', 'Jayson'],
    ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Villanueva', 'Mendoza', 'Aquino', 'Macaraeg'],
  ]],
  // West, East and Southern African.
  [3, [
    ['Chinedu', 'Ngozi', 'Kwame', 'Ama', 'Tendai', 'Thabo', 'Amara', 'Oluwaseun', 'Wanjiru', 'Kofi'],
    ['Okafor', 'Mensah', 'Adeyemi', 'Moyo', 'Nkosi', 'Mwangi', 'Diallo', 'Abebe', 'Okonkwo', 'Boateng'],
  ]],
];

const MALAY_MALE = ['Muhammad Hafiz', 'Ahmad Faizal', 'Mohd Azlan', 'Amirul Hakim', 'Syed Irfan', 'Khairul Anuar', 'Mohd Firdaus'];
const MALAY_FEMALE = ['Nur Aisyah', 'Siti Aminah', 'Farah Diyana', 'Aina Sofea', 'Nur Syafiqah', 'Puteri Balqis'];
const MALAY_FATHER = ['Ismail', 'Ahmad', 'Rahman', 'Hassan', 'Abdullah', 'Yusof', 'Osman', 'Zakaria', 'Razak'];

const VN_SURNAMES = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Nguyễn', 'Trần', 'Phạm'];
const VN_MIDDLE = ['Van', 'Thi', 'Minh', 'Duc', 'Thu', 'Ngoc', 'Quang', 'Thị', 'Văn'];
const VN_GIVEN = ['An', 'Mai', 'Tuan', 'Trang', 'Hung', 'Lan', 'Dung', 'Huong', 'Khanh', 'Linh', 'Phuong', 'Hieu'];

const KR_SURNAMES = ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon', 'Shin', 'Han'];
const KR_GIVEN = ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yun', 'Soo-ah', 'Jae-won', 'Ye-jin', 'Hyun-woo', 'Eun-ji'];

const JP_SURNAMES = ['Sato', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Kobayashi', 'Yoshida', 'Matsumoto', 'Inoue', 'Kimura'];
const JP_GIVEN = ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kenji', 'Yuki', 'Daisuke', 'Misaki', 'Takumi', 'Emi'];

const TH_FIRST = ['Somchai', 'Siriporn', 'Anan', 'Kanya', 'Nattapong', 'Pimchanok', 'Kittisak', 'Wanida'];
const TH_LAST = ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Rattanakorn', 'Boonmee', 'Sukprasert', 'Thongchai'];

const SG_WESTERN = ['Darren', 'Jasmine', 'Shawn', 'Cheryl', 'Melvin', 'Eunice', 'Desmond', 'Shirley', 'Alvin', 'Germaine', 'Jolene', 'Benedict', 'Clement', 'Agnes', 'Justin', 'Valerie'];
const SG_SURNAMES = ['Tan', 'Lim', 'Teo', 'Goh', 'Ong', 'Koh', 'Ng', 'Tay', 'Chua', 'Yeo', 'Sim', 'Low', 'Khoo', 'Quek', 'Seah', 'Toh', 'Heng', 'Ang', 'Foo', 'Chia'];
const SG_SYLLABLES = ['Wei', 'Ming', 'Hui', 'Jie', 'Xin', 'Kai', 'Ling', 'Boon', 'Keng', 'Siew', 'Mei', 'Chee', 'Hock', 'Seng', 'Kiat', 'Yong', 'Poh', 'Leng', 'Swee', 'Beng'];

const HK_WESTERN = ['Karson', 'Sherman', 'Winky', 'Macy', 'Ivan', 'Joyce', 'Hugo', 'Phoebe', 'Jeffrey', 'Cecilia', 'Ronald', 'Mandy', 'Edison', 'Kary'];
const HK_SURNAMES = ['Chan', 'Wong', 'Cheung', 'Lau', 'Ho', 'Leung', 'Yip', 'Tsang', 'Kwan', 'Mak', 'Fung', 'Chiu', 'Tang', 'Lo', 'Szeto', 'Ma'];
const HK_SYLLABLES = ['ka', 'yan', 'tsz', 'hin', 'wing', 'sze', 'chun', 'kit', 'hoi', 'ting', 'pak', 'lam', 'man', 'yee', 'ho', 'yin', 'sin', 'yi', 'lok', 'cheuk'];

const TW_SURNAMES = ['Chang', 'Cheng', 'Hsu', 'Tsai', 'Chiang', 'Kao', 'Hsieh', 'Chou', 'Lu', 'Yeh', 'Wu', 'Lin'];
const TW_ROMAN_GIVEN = ['Chih-wei', 'Ya-ting', 'Chun-hung', 'Pei-ling', 'Yu-hsuan', 'Tsung-han', 'Shu-fen', 'Kuan-yu', 'Hsin-yi', 'Po-wen', 'Chia-jung', 'Yi-chen'];

const INITIALS = [...'ABCDEFGHJKLMNPRSTW'];

function western(r: Prng): string {
  const [firsts, lasts] = weighted(r, ORIGINS.map(([w, o]) => [w, [o]] as const));
  const first = r.pick(firsts);
  const last = r.pick(lasts);
  return r.chance(0.08) ? `${first} ${r.pick(INITIALS)}. ${last}` : `${first} ${last}`;
}

function malay(r: Prng): string {
  return r.chance(0.55)
    ? `${r.pick(MALAY_MALE)} ${r.pick(['bin', 'Bin'])} ${r.pick(MALAY_FATHER)}`
    : `${r.pick(MALAY_FEMALE)} ${r.pick(['binti', 'Binti', 'bt'])} ${r.pick(MALAY_FATHER)}`;
}

function sgMy(r: Prng): string {
  const s = r.pick(SG_SURNAMES);
  const given = `${r.pick(SG_SYLLABLES)} ${r.pick(SG_SYLLABLES)}`;
  const w = r.pick(SG_WESTERN);
  return r.pick([
    () => `${w} ${s} ${given}`,
    () => `${s} ${given}`,
    () => `${s} ${given} ${w}`,
    () => `${w} ${s}`,
    () => `${s.toUpperCase()} ${given.toUpperCase()}`,
  ])();
}

function hk(r: Prng): string {
  const s = r.pick(HK_SURNAMES);
  const a = r.pick(HK_SYLLABLES);
  const b = r.pick(HK_SYLLABLES);
  return r.pick([
    () => `${s} ${cap(a)} ${cap(b)}`,
    () => `${s.toUpperCase()} ${cap(a)}-${b}`,
    () => `${r.pick(HK_WESTERN)} ${s} ${cap(a)}-${b}`,
    () => `${r.pick(HK_WESTERN)} ${s}`,
    () => `${cap(a)} ${cap(b)} ${s}`,
  ])();
}

function tw(r: Prng): string {
  const s = r.pick(TW_SURNAMES);
  const g = r.pick(TW_ROMAN_GIVEN);
  return r.chance(0.6) ? `${s} ${g}` : `${g} ${s}`;
}

/** English or romanised name of many origins. */
export function englishName(r: Prng): string {
  const name = weighted<() => string>(r, [
    [44, [() => western(r)]],
    [6, [() => malay(r)]],
    [5, [() => `${r.pick(VN_SURNAMES)} ${r.pick(VN_MIDDLE)} ${r.pick(VN_GIVEN)}`]],
    [4, [() => (r.chance(0.6) ? `${r.pick(KR_SURNAMES)} ${r.pick(KR_GIVEN)}` : `${r.pick(KR_GIVEN)} ${r.pick(KR_SURNAMES)}`)]],
    [4, [() => (r.chance(0.5) ? `${r.pick(JP_SURNAMES)} ${r.pick(JP_GIVEN)}` : `${r.pick(JP_GIVEN)} ${r.pick(JP_SURNAMES)}`)]],
    [3, [() => `${r.pick(TH_FIRST)} ${r.pick(TH_LAST)}`]],
    [12, [() => sgMy(r)]],
    [10, [() => hk(r)]],
    [6, [() => tw(r)]],
    // Inside English text the passport form "ZHANG, Xiaoming" would read as two list items.
    [6, [() => pinyinName(r).replace(', ', ' ')]],
  ])();
  return r.chance(0.05) ? name.toUpperCase() : name;
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function spokenDigits(d: string, r: Prng): string {
  const one = r.chance(0.5) ? '幺' : '一';
  const zero = r.chance(0.8) ? '零' : '〇';
  return [...d].map((c) => (c === '1' ? one : c === '0' ? zero : CN_DIGITS[Number(c)])).join('');
}

function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PW_STEMS = ['woaini', 'iloveu', 'zhangsan', 'lilei', 'mima', 'baby', 'happy', 'tiger', 'sunny', 'shadow', 'kitty', 'nihao', 'haha', 'jiayou', 'xiaobai', 'wawa', 'wuhan', 'sky', 'hello', 'apple'];
const KEYBOARD = ['1qaz2wsx', 'qwerty', 'qweasd', 'zxcvbnm', 'asdf1234', '1q2w3e4r', 'qazwsx', 'a1s2d3f4', '147258369', '123qwe'];

function randomCode(r: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.pick([...CODE_CHARS]);
  return s;
}

/** SMS codes, dynamic codes, PINs and passwords. */
export function secret(r: Prng): string {
  return weighted<() => string>(r, [
    [33, [() => r.digits(6)]],
    [10, [() => r.digits(4)]],
    [4, [() => r.digits(6).split('').join(' ')]],
    [5, [() => { const d = r.digits(6); return `${d.slice(0, 3)}${r.pick([' ', '-'])}${d.slice(3)}`; }]],
    [3, [() => fullWidthDigits(r.digits(r.pick([4, 6])))]],
    [4, [() => spokenDigits(r.digits(r.pick([4, 6])), r)]],
    [4, [() => randomCode(r, r.pick([4, 6]))]],
    [3, [() => r.digits(8)]],
    [34, [
      () => `${r.pick(PW_STEMS)}${r.int(1970, 2012)}`,
      () => `${cap(r.pick(PW_STEMS))}@${r.digits(r.int(3, 6))}`,
      () => `${r.pick(PW_STEMS)}${r.pick(['520', '1314', '521', '666', '888'])}`,
      () => `${r.pick(KEYBOARD)}${r.pick(['', '!', '!@#', '~'])}`,
      () => `${r.pick(['P@ssw0rd', 'Passw0rd', 'Admin@', 'Abc.', 'Aa'])}${r.digits(r.int(2, 6))}`,
      () => r.pick(['88888888', '66666666', '12345678', '11223344', '520520', '147258', '5201314']),
      () => `${r.pick(['zhang', 'liu', 'chen', 'huang', 'zhao', 'lin'])}${r.pick(['', '.', '_'])}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`,
      () => `${cap(r.pick(PW_STEMS))}${r.pick(['#', '$', '&', '*'])}${r.pick(PW_STEMS)}${r.digits(2)}`,
    ]],
  ])();
}

/** Card security code: CVV2 / CVN2, now and then a 4-digit CID. */
export function cvv(r: Prng): string {
  return r.digits(r.chance(0.9) ? 3 : 4);
}
