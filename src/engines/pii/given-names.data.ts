/**
 * Characters that commonly occur in Chinese given names (Simplified; Traditional folds onto them).
 * A broad prior, not a list of names: a given name made only of these characters is plausible
 * enough to accept after a weak cue ("我和…", "谁是…"), while everyday words that start with a
 * surname ("马上", "周末", "白条", "高利贷") fail on their second character. Grouped by theme so
 * gaps are easy to see; a character in two groups is harmless.
 */
const GROUPS = [
  // Virtue, learning, ambition.
  '德仁义礼智信忠孝诚善良贤淑慧敏聪睿哲明达通博学文武才俊杰英豪雄伟志远毅勇强刚健坚恒',
  '正清廉洁静雅宁安康泰福禄寿喜庆祥瑞吉昌盛兴旺荣华贵富丰裕',
  '思念怀恩惠慈爱心意悦欣怡乐欢笑彤宜嘉佳懿',
  // Beauty and grace (often in women's names).
  '美丽艳娟婷娜妮娅媛婉婧妍姝娴嫣倩妙秀颖灵巧娥姣媚蓓黛',
  // Jewels and metals.
  '金银鑫宝玉珍珠琳琅瑶瑾瑜璇玲珊瑛璐璋玮珂琨珏琪琦琛钰铭锋锐钧锦鼎钢铁镇',
  // Sky, light and weather.
  '天日月星辰晨昊昕晓曦旭阳光晖辉耀煜炜烨焕灿朗晴晗暄昀晟熙烁煊云霞虹霖雨雪霜露冰风雷霆霏雯',
  // Water.
  '海江河湖波涛浩洋泽润涵清源泉溪渊潇澜沛汉沁淼滨洲洪鸿汐沐浪',
  // Mountains, trees and flowers.
  '山峰岭岩石磊峻岳崇嵩巍川林森松柏杉桐梓楠桦枫柳杨桂梅兰竹菊荷莲芳芬芝芷若茜',
  '萱蓉莉茉莹菲萍蕾蕊薇芸苗花叶青翠碧蓝紫红丹彩桃杏枝蔚蕙菡芮莎茹',
  // Seasons.
  '春夏秋冬',
  // Animals and auspicious creatures.
  '龙凤麟麒鹏鹤燕鸿雁鹰骏驰虎彪豹鹿蝶',
  // Country, building, soldiering (common in names given 1950–1980).
  '国家邦建军兵卫民振中东南西北京平定立新成功胜利凯旋捷帅超越腾飞翔航',
  '宏弘宇宙亮荣勋',
  // Numerals, seniority and small words used as given names.
  '一二三四五六七八九十小大少长永久世子元亨贞伯仲叔季孟卿君群',
  // Arts and letters.
  '梦诗琴韵音歌舞书画墨言语',
  // Rural and older names: fortune, harvest, roots.
  '生根发财福喜顺全双满富贵',
  // Modern popular characters.
  '轩逸辰皓宸奕诺彬斌伦凡初可彦翊韬骞骁默坤奎魁威维涛鹏鸣卓刚然艺岚楷铮钊翰璟瑄玥昱煦珺婕琰妤瑗馨沫菁芊苒萌蔓蓁芃',
  '泓浚淇滢潼澄澈灏沅沣泊洛津溢漫瀚淳溪硕冉焱熠燊炎晔晶曜昶旻晏朔笙箫筠筱桐楷榕棠槐樱檀苇芹茂荃菀芯蕴',
  '城弈琼琚瑷璨珈珞琬瑞琇璧依语书瑶诗沐羽知念言蹊舟帆柏舒雍颂颢飒馥骥驹骏驰韧霄震靖谦谨誉赞迪遥醇镜阔秉稷穗聿翘耕砚璞皎盈畅甫',
  // Generation and virtue characters common in older men's names.
  '赫守承继绍培基育启兆鹤年延增广树炳焕章锡儒援朝解放实致和程尧伯汉卿世宗祖耀光敬尊让俭勤朴厚笃钦崇',
  // Older women's and rural names.
  '桂香秀英凤芝珍翠娥妹娣招弟巧素琴惠淑腊银铁柱栓锁妮丫仓囤旺来运顺壮牛',
] as const;

/** Folded code units of the characters above. */
export const GIVEN_NAME_CHARS: ReadonlySet<number> = new Set([...GROUPS.join('')].map((c) => c.charCodeAt(0)));

/**
 * The characters most often used in given names across generations and regions (the 1950s' 建国
 * 红军 秀英 to the 2010s' 梓涵 子轩 欣怡): the strongest part of the prior for a name found without a
 * cue (free-name.ts). Everyday word-forming characters that are also common in names (天, 国, 家,
 * 大, 小, 中, 东) are left out, as they make "高中", "黄金", "王国" look like names.
 */
export const COMMON_GIVEN_CHARS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂红建华志文斌浩宇轩梓涵欣怡婷雪慧琳玲燕萍倩晶颖佳丹莉凤英兰梅珍' +
  '辉鹏飞波峰亮俊宏鑫博睿哲瑞晨昊浩然熙悦诗雅嘉懿彤萱妍瑶琪馨雯蕾薇婧媛茜嫣芷若语晴梦琴淑惠巧翠娥秀' +
  '旗松林海龙虎彪雄毅坚德仁义礼智信忠诚贤良善福禄寿喜庆祥荣昌盛兴旺贵富裕春夏秋冬' +
  '子墨梓轩欣然承恩晓峰宇浩雅婷学军志伟凯琳嘉懿佳慧俊杰丹丹凤霞红霞芷若雪晴志刚鸿远铭泽皓楠岚凌霖娇蓉桐' +
  // Names given in the 1950s–70s after the slogans of the day (跃进, 建设, 卫东, 抗美, 爱民, 文革).
  '爱民卫东跃进建设抗援朝革胜利放振国' +
  // Popular since the 1990s.
  '璐航健汐涵帅冠廷育晨曦冰洁琪萌菲妮雨桐奕沐阳阳豪润博' +
  // Rural names meant to ward off bad luck or call good luck (铁蛋, 狗蛋, 来喜, 东升, 亚楠).
  '蛋升喜亚';
