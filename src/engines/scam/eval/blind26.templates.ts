/**
 * BLIND26 held-out bank (thirty-third scam author): this file holds the normal messages,
 * blind26b.templates.ts the fraud and harassment; BLIND26_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-third author of a scam bank; another author wrote blind27 at the same time, and this
 * author did not open, grep or print that bank; only its file names and sizes appeared in a
 * directory listing). Written from general knowledge of how rural China, county towns and
 * migrant workers write and are written to in 2025–2026: 村委会 and 村务 notices in the 村群 (村民代表
 * 大会, 公示 of accounts, 网格员, 承包地 checks, 人居环境 prizes, a 祠堂 fund the 村委会 never handles),
 * 城乡居民医保 (新农合) and 城乡居民养老保险 缴费 and 待遇 through the 税务 App, 掌上12333 or the 村会计
 * with a receipt, 惠农补贴 (耕地地力保护, 稻谷生产者, 退耕还林, 公益林, 农机购置, 高龄津贴) credited to
 * the 一卡通 or 社保卡, county 农商银行 / 信用社 / 邮储 notices (codes, locked cards, expired ID,
 * 定期 maturity, a teller stopping a "安全账户" transfer, the mobile service van), 脱贫人口小额信贷 and
 * 助农贷 reminders, 农资 shops, 种子站, 合作社 prices and 盈余分配, 收购商 and 冷库, town 驿站 and
 * village 代收点, 拼多多 / 抖音 shops of farm produce and the county 电商 training, 包工头 and
 * 农民工工资专户 pay, 劳动监察, 劳务派遣, factory 招工 with no fees, 春运 tickets and 老乡 包车,
 * 老乡 and 工友 groups, money home and 留守儿童, 宅基地 / 土地流转 / 确权, 村医 and free check-ups,
 * 气象 and 防汛 alerts; of the fraud scripts aimed at them (fake 农业农村局 / 财政所 补贴 needing
 * the card PIN and code, fake 医保 / 社保 / 民政 / 劳动监察 / 公安 / 法院, fake 老乡, 工头, 组长,
 * 村干部, 村医 and children left behind, 杀猪盘 and would-be brides for lonely workers, fake 扶贫 /
 * 助农 / 创业 loans with fees, 征信 "repair" for workers with 逾期, fake couriers, 拼多多 sellers,
 * rail ticket and farm-insurance 客服, 刷单 for mothers and elders at home, 合作社 shares, 养牛托管,
 * "乡村振兴基金", fake piglets, fertiliser, seeds and harvesters, children's game trades, fake 招工
 * with 体检费 and 押金, overseas labour fees, fake 收购商 诚意金, 手工活 deposits, fake charity and a
 * fake kidnapping); and of the debt-collection rules in shared/facts/regulation.md (no contact
 * 22:00–08:00 without consent, at most 6 unanswered call attempts a day per number, third
 * parties only when the debtor is unreachable and never pressed to pay or told the debt, no
 * public notices, extra fees, new loans to repay old ones, threats, insults, spreading private
 * information, fake legal documents or impersonated courts and police), applied to the 村委会, the
 * 村支书, the 村群 and 老乡群, the 工地 boss, the 劳务派遣 company and parents left at home.
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind26.templates.ts and blind26b.templates.ts (then wrote them); eval.types.ts,
 * eval.generator.ts and eval.metrics.ts (whole); a directory listing of eval/ (names and sizes);
 * blind25.templates.ts's header comment, and its import, sender and hour constant lines (lines
 * 96–133, which also showed `const NORMAL`, one section comment and FOUR template lines, one
 * more than the three allowed); blind25b.templates.ts's header comment, its import and constant
 * declaration lines (by a grep for `^const|^import`), and its first three FRAUD and first three
 * HARASSMENT template lines (cut at 300 characters). NOT ALLOWED AND DISCLOSED: a first grep on
 * blind25.templates.ts for its constant lines also matched the word `hours` and so printed about
 * a dozen further blind25 NORMAL template lines in full (lines 134–228: a family wedding gift, a
 * son abroad, late-night family messages, a teacher sick-note, a 家校通 swipe, group-buy and
 * market groups, a grandmother's 红包, a 亲属卡 code, a 冻结 notice and a transfer receipt); none
 * was copied, and this bank's Jaccard check against blind25 is below 0.4. Also: a keyword grep
 * over the other template banks except blind26* and blind27* — total match counts for 村委会,
 * 村务, 新农合, 城乡居民医保, 养老保险, 惠农, 一卡通, 信用社, 农商银行, 邮储, 扶贫, 助农贷, 农资, 种子,
 * 合作社, 收购, 驿站, 拼多多, 抖音, 包工头, 农民工, 工资专户, 劳务派遣, 招工, 春节, 老乡, 留守, 宅基地,
 * 土地流转, 村医, 防汛, 村支书, 工地, 体检费, 押金, 补贴, 化肥, 猪, 县城, 乡镇, 镇上, 村里, 打工, 厂里,
 * 俺 (45), and the first 24 matching fragments (40 characters each side) for 村委会, 补贴 and
 * 农商银行 — to avoid duplicating them (earlier banks' fictional names such as 大王庄, 清河县 and
 * 驼铃 were avoided; this bank uses 柳湾村, 石门镇, 桐溪县, 白沙农商银行, 双河信用社, 青禾农商银行);
 * scam.types.ts (first 80 lines); registry.fixture.ts; registry/institutions.json summarised by a
 * one-line script (id, kind, name, hotlines, ports, signatures, first app, first domain); the first
 * 50 lines of registry/README.md; shared/facts/regulation.md (whole); listings of shared/facts/
 * and shared/seeds/ (no seed was opened); the "scripts" block of package.json; the check script
 * /tmp/blind-check/check.mts (read and run, not edited). bin/run-ts.js was run but not read. The
 * analyzer's code, lexicons, signal lists, rules, reason catalogue, text model and training
 * corpus were NOT opened; nothing else under src/, and models/, scripts/, docs/, bench/,
 * BENCHMARKS.md and the README were NOT read; the analyzer, vitest, the tests and the benchmarks
 * were NOT run; no search tool was used and git was not used.
 *
 * Checks: `npm run typecheck` (tsc --noEmit) passes. `node bin/run-ts.js
 * /tmp/blind-check/check.mts blind26 blind27`: 1896 messages (880 normal, 808 fraud, 208
 * harassment; 110 + 101 + 26 templates), every fraud type at 64–88 messages (at least 8
 * templates each), 0 unreplaced placeholders, 0 generated texts shared by two templates, 0 texts
 * equal to one in any other split (blind27 as a count only), highest character-bigram Jaccard
 * against other banks 0.402 (no other pair at or above 0.4), and no pair within this bank at or
 * above 0.45; no template needed rewriting.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): THE VILLAGE, THE COUNTY TOWN AND THE WORKER
 * AWAY FROM HOME. Genuine traffic (this file): 村群 notices from the 网格员, the 会计 and the 村支书
 * (meetings, 公示, 医保 collection "never to a private account", a warning about fake 镇干部), a
 * niece checking the 承包地 survey, a power cut that matters for the chicks; county 医保局 and
 * 社保中心 receipts, a son paying his father's 养老保险 at the lowest tier and warning about 补缴
 * schemes, a grandson doing the 刷脸 认证; 一卡通 credits with their 摘要, a nephew reading a
 * 财政所 公示; rural-bank codes, a PIN-locked card, a teller and the 派出所 stopping a transfer,
 * a 信贷员 with a 工号 suggesting 续贷 instead of a 网贷, a lawful lender reminder that tells no
 * relative, a lender asking a cousin only to pass on a call; 农资 and 种子 orders, 合作社 prices and
 * dividends, a 冷库 paying by transfer; 驿站 pick-up codes and a courier bringing a fridge by
 * truck; a 拼多多 shop's settlement, a niece who runs her uncle's walnut shop, a buyer asking for
 * 到付 samples; 工资专户 pay slips, a 包工头 in the 工友群 at midnight, a wife told the wages
 * arrived, a real 劳动监察 call that asks nothing, an 人社局 warning; factory HR with no 押金, a
 * 春风行动 fair, a 劳务派遣 clerk; 12306 tickets, a 包车 home paid on the bus; 老乡 lending rent
 * money, a whip-round handed to the 班长; money home, a left-behind child writing from grandma's
 * phone, a school's free video calls, a teacher taking a feverish child to the 卫生院; elders'
 * voice-to-text at dawn in Sichuan (幺儿 / 莫 / 屋头), Henan (俺 / 恁 / 中不中), Hunan-Gan (崽 / 冇)
 * and Hakka-Cantonese (阿妹 / 讲) flavour, one in Traditional characters; 宅基地 公示, 土地流转 rent
 * to the 一卡通, a 确权 certificate; 村医 check-ups, 降压药 and 流感疫苗 paid to the clinic's own
 * code; 暴雨, 防汛 evacuation, 寒潮 and 冰雹 insurance claims; "is this real?" questions from
 * parents and sisters and warnings from a 派出所 officer, a worker who nearly paid for 日本劳务, a
 * wife who refused a fake 工头, a girl whose old accident is used to borrow in her name; 农资 and
 * 流量 marketing with 退订; sons on sites in Dubai and Singapore (one in English). Fraud and
 * harassment (blind26b): the same people's world turned against them — SMS, call transcripts,
 * WeChat, 抖音 and 老乡群 pastes and voice-to-text pleas by victims already paying; bulk ports,
 * MVNO and personal mobiles, lookalike short codes and 400 numbers, +86 96110 prefixes, foreign
 * numbers, and lookalike, shortener, IP, APK and random links; collectors who ring the 村支书, post
 * in the 村群 and 老乡群, call the 项目部, the 包工头 and the 劳务派遣 company, threaten the parents
 * at home and a daughter at the county high school, post ID cards, add 上门费 and 律师费, push a
 * new loan, pose as 经侦 and courts, and threaten the 低保 and the 宅基地.
 */
import type { Template } from './eval.types.js';
import { BLIND26B_TEMPLATES } from './blind26b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** County banks, 农信社, 社保 / 医保 notices, couriers, shops and weather services not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A 信贷员, a 网格员, a 村医, a factory HR or a branch on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** 村群, 老乡群 and 工友群 exports, call transcripts and notes pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Relatives, neighbours and 老乡 on their own phones (sometimes pasted). */
const FOLK: Template['senders'] = ['mobile', 'none', 'mobile'];
/** Relatives and workmates, some on an MVNO number. */
const FOLK_ANY: Template['senders'] = ['mobile', 'virtual', 'none'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Relatives working abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A bulk port, or the notice pasted into a family or village chat. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** Late at night, after a shift or a train home. */
const LATE = [22, 23, 0, 1];
/** Evenings. */
const EVENING = [19, 20, 21];
/** Early mornings: farmers and elders are up at dawn. */
const DAWN = [5, 6, 7];
/** Codes, alerts and app pushes: any hour. */
const ANYTIME = [0, 6, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // —— 村委会 and 村务: meetings, 公示, 网格员, 人口普查, 合作医疗 collection ——
  { label: 'normal', text: '[柳湾村村民群] 村委会通知：本周六上午九点在村部二楼开村民代表大会，议题是后山那条机耕道硬化和今年的集体经济分红方案。每户来一个当家的，来不了的跟网格员说一声，委托别人代签要写委托书。', senders: PASTE },
  { label: 'normal', text: '[村群] 网格员小何：2026年度村集体收入支出已在村部公示栏贴出，公示七天，有疑问的直接来村部查账本或者打我电话，群里不发具体数字，保护大家隐私。', senders: PASTE },
  { label: 'normal', text: '叔 明天上午镇里来人核对你家的承包地面积 要按手印 你要是在外地回不来 我先帮你看着 签字等你回来再补 不用交什么钱', senders: FOLK },
  { label: 'normal', text: '[村群] 各户注意：今年城乡居民医保个人缴费标准每人400元，截止到12月31日。可以在手机上的"税务"App或者微信"城乡居民医保缴费"里自己交，也可以拿现金到村部找会计代交，会计当场开票。村里没有任何人会让你转账到私人账户。', senders: PASTE },
  { label: 'normal', text: '各位乡亲，村里今年的人居环境整治评比结果出来了，三组第一，奖励是每户一桶油一袋米，周日下午到村部领，带户口本或者身份证，家里有人去就行。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '[柳湾村村民群] 会计老陈：上个月有人在群里问修祠堂的捐款，说清楚：那是自愿的，全部现金交到祠堂理事会，理事会开手写收据，村委会不经手，也从来不会私信找大家要钱。', senders: PASTE },
  { label: 'normal', text: '二婶 你家小孙子的户口迁移材料我帮你交到派出所了 民警说十个工作日出结果 不收费 到时候你带着户口本去镇上拿就行', senders: FOLK },
  { label: 'normal', text: '【石门镇人民政府】今冬明春森林防火期从11月1日起至次年4月30日，严禁上坟烧纸、焚烧秸秆和野外用火。发现火情请拨打12119或镇应急办{phone}。', senders: BULK },
  { label: 'normal', text: '[村群] 这两天有人冒充镇干部打电话说给老人办"高龄补贴"要交材料费，大家别信。高龄补贴是按户籍自动发的，镇民政办不收一分钱，接到这种电话直接挂，再跟我说。——村支书吴建国', senders: PASTE },
  { label: 'normal', text: '村里明天停电检修 早上七点到下午五点 冰箱里的东西提前处理一下 养鸡的记得把保温灯换成煤炉 供电所说的', senders: FOLK, hours: EVENING },
  // —— 医保 / 养老保险 缴费 and 待遇 ——
  { label: 'normal', text: '【桐溪县医保局】您已成功缴纳2027年度城乡居民基本医疗保险个人缴费400元，待遇享受期为2027年1月1日至12月31日。缴费凭证可在国家医保服务平台App查询。', senders: BULK },
  { label: 'normal', text: '【桐溪县社保中心】{person}，您的城乡居民基本养老保险2026年度个人缴费500元已扣缴成功，政府缴费补贴40元已同步记入个人账户。查询请拨12333。', senders: BULK },
  { label: 'normal', text: '爸 你的养老保险我在手机上给你交了 交的最低档 以后每年我都帮你交 你别去信那些上门说能补缴一次交多少钱以后领多少的 都是骗人的 正规的只能去社保局办', senders: FOLK },
  { label: 'normal', text: '妈 你那个新农合是今年交了的 我查过了 去镇卫生院看病能报销 住院带身份证就行 医生要是让你先交押金 那是正常的 出院结账的时候会直接扣报销部分', senders: FOLK },
  { label: 'normal', text: '【桐溪县社保中心】您本月城乡居民养老金{amt}元已发放至您的社保卡金融账户，请注意查收。领取养老金无需缴纳任何费用，待遇资格认证可在"掌上12333"免费办理。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '奶奶 你的养老金资格认证我用我手机给你做好了 刷脸那个 以后每年做一次 有人打电话说帮你认证要交钱的 你就说我孙子弄好了 挂了就行', senders: FOLK },
  { label: 'normal', text: '[通话转写] 您好，是{person}吗？我是镇卫生院医保窗口的，您上个月在县医院住院的费用医保已经报了，个人自付部分还有一千二没结清，您有空带着发票来窗口，现场刷卡或者现金都行，不要给任何人转账。', senders: STAFF },
  { label: 'normal', text: '各位在外打工的乡亲，城乡居民医保跟职工医保不能重复交，已经在厂里交了职工医保的，今年家里的城乡医保可以不交了，在"国家医保服务平台"查一下自己参保状态就知道。', senders: BULK_OR_PASTE },
  // —— 惠农补贴 and 一卡通 credited ——
  { label: 'normal', text: '【白沙农商银行】您尾号{tail}的惠农一卡通{date}入账{amt}元，摘要：耕地地力保护补贴。当前余额请到网点或手机银行查询。补贴到账无需缴纳任何费用。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【白沙农商银行】您尾号{tail}的账户入账1860.00元，摘要：稻谷生产者补贴。如有疑问请到开户网点查询。', senders: BULK },
  { label: 'normal', text: '舅 你家今年的退耕还林补助打到你一卡通上了 一共九百多 我在财政所门口的公示上看到你家名字了 不用找任何人领 你去信用社打个明细就知道', senders: FOLK },
  { label: 'normal', text: '[村群] 今年的农机购置补贴申请开始了，买了拖拉机、插秧机、烘干机的户，带发票、合格证和一卡通到镇农业服务中心登记，补贴直接打到一卡通。没有代办这回事，有人说能帮多申请的都是骗子。', senders: PASTE },
  { label: 'normal', text: '老汉儿 你的高龄津贴这个月到了 一百块 打在你那个社保卡上 我在手机上帮你看了 你莫去找那个说要帮你激活的人', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '【邮储银行】您尾号{tail}账户{date}收到转入{amt}元，附言：生态公益林补偿。详询95580。', senders: BULK },
  // —— 农信社 / 农商银行 / 邮储: codes, 冻结, 到期, 柜台回访 ——
  { label: 'normal', text: '【白沙农商银行】验证码{code}，用于手机银行绑定新设备，5分钟内有效。本行工作人员不会向您索要验证码，请勿告知他人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的账户因取款密码连续输错三次已被锁定，请本人携带身份证及银行卡到任一网点办理解锁，无需任何费用。如非本人操作请致电{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '[通话转写] 您好，大叔，我是双河信用社柜台的小周。您刚才在我们柜台要往外省一个个人账户汇两万，说是给"公安局的安全账户"。大叔，公安局没有安全账户，这是诈骗。您先别汇，我们所长和派出所的民警马上过来跟您说。', senders: STAFF },
  { label: 'normal', text: '【双河信用社】您在我社的三年期定期存款{amt}元将于{date}到期，到期后自动转存。如需支取请本人携带存单和身份证到网点办理。', senders: BULK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户今日向陌生个人账户转账{amt}元，已被风控系统暂缓。如确为本人操作，请拨打{hot}核实；如有人以"安全账户""解冻"等理由让您转账，请立即停止。', senders: OWN_LINES, hours: ANYTIME },
  { label: 'normal', text: '【白沙农商银行】温馨提示：您的身份证件已过有效期，根据规定已暂停非柜面交易。请本人携带新身份证到就近网点更新，助农服务点也可办理，全程免费。', senders: BULK },
  { label: 'normal', text: '[村群] 信用社的刘经理说了：下周三上午他们的流动服务车来村部，能办社保卡激活、换新身份证信息、存取款和查余额，老人腿脚不便的可以让家里人提前报名，上门办。', senders: PASTE },
  // —— farm credit: 扶贫小额信贷, 助农贷, lawful reminders with a 工号 ——
  { label: 'normal', text: '【白沙农商银行】{person}您好，您的脱贫人口小额信贷5万元将于{date}到期，请提前将还款资金存入尾号{tail}账户。如确有困难可到网点申请续贷或展期，本行不收取任何手续费，也不委托任何个人代办。', senders: BULK },
  { label: 'normal', text: '[通话转写] {person}您好，我是白沙农商银行石门支行的信贷员，工号0372。您去年办的那笔助农贷下个月十五号到期，提醒您一下。要是今年猪价不好周转不开，您可以带身份证来网点谈续贷，别去借网贷来还。', senders: STAFF },
  { label: 'normal', text: '{sig}{person}您好，您的借款本期应还{amt}元，还款日{date}，已逾期2天。请通过{app}还款，如有困难可拨打{hot}协商。本通知不会发送给您的亲友。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '[通话转写] 您好，我是{name}的客服，工号A1186，今天是工作日上午，跟您确认一下：您本月的分期已经逾期三天，您是在外地打工忙吗？您看什么时候方便还，我帮您登记一下，逾期会按合同计罚息，其他没有任何费用。', senders: OWN_LINES, hours: [9, 10, 11, 14, 15] },
  { label: 'normal', text: '村里要办春耕贷款的户注意：县农商银行的信贷员下周二来村部，现场讲政策、收资料，利率以合同为准，没有"包装费""保证金"，也不需要先交钱。——村委会', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【白沙农商银行】您申请的农户信用贷款已审批通过，额度{amt}元，将发放至您本人尾号{tail}的账户。本行不会以任何名义在放款前收取费用，请勿相信他人代办。', senders: BULK },
  // —— 农资, 种子, 合作社, 收购 prices ——
  { label: 'normal', text: '【丰收农资店】{person}，您订的复合肥二十袋、尿素十袋已到店，货款已结清，明天上午送到村口，请留人接货。种子在仓库里先给您放着，开春随时来拿。', senders: BULK },
  { label: 'normal', text: '[合作社群] 理事长：今天县里粮站的玉米收购价是一块一毛三一斤，水分在十四以内的，按合同价每斤再加三分。社员的粮款统一打到各自一卡通，三个工作日到账，不走现金，也不走任何人的私人账户。', senders: PASTE },
  { label: 'normal', text: '老王 明天上午收购商的车来拉你家的脐橙 说好了一块八 当场过秤当场转账 他要是压价你别卖 等下周镇上那家冷库开秤', senders: FOLK_ANY },
  { label: 'normal', text: '【桐溪县农业农村局】春播期间请到有资质的农资门店购买种子、化肥和农药，索要并保存发票和购货凭证。举报假劣农资请拨12316。', senders: BULK },
  { label: 'normal', text: '[合作社群] 会计：本年度合作社盈余分配方案已经社员大会通过，按交易量返还加股金分红，分红款下周打到各位社员一卡通，明细在合作社门口公示。', senders: PASTE },
  { label: 'normal', text: '兄弟 你上次说要的那种抗病的辣椒种子 我在县城种子站帮你带了两包 一包六十五 钱不急 等你下次回来再给我', senders: FOLK },
  { label: 'normal', text: '[通话转写] 喂，是柳湾村的{person}吧，我是冷库的小孙，你家那两万斤猕猴桃我们过完秤了，一共九千六百八，今天下午转到你给的那张农商行卡上，你注意看短信。', senders: STAFF },
  // —— 快递 and 驿站 in the town ——
  { label: 'normal', text: '【兔喜生活】您的包裹已到石门镇中心街驿站，取件码{code}，营业时间8:00-20:00。村里代收点每周二、周五统一配送，不收任何配送费。', senders: BULK },
  { label: 'normal', text: '【菜鸟驿站】您有3个包裹已在石门镇邮政所旁驿站超过三天未取，请尽快凭取件码领取。如需送货上门请联系驿站{phone}。', senders: BULK },
  { label: 'normal', text: '妈 我给你买的电热毯寄到镇上的驿站了 取件码发你了 你让隔壁小雨骑车去帮你拿 驿站不要钱的 谁打电话说你快递要交钱你别理', senders: FOLK },
  { label: 'normal', text: '[村群] 驿站老板：今天到的件有点多，名字是"李"的有七个，来取的时候报手机后四位，别拿错了。下雨天件放在里屋，敲门就行。', senders: PASTE },
  { label: 'normal', text: '你好 我是镇上的快递员 你家那个冰箱太大了三轮车拉不了 明天上午开货车给你送到家 到时候你在家等一下 运费你儿子在网上已经付过了', senders: STAFF },
  // —— 拼多多 / 抖音 farm-produce selling ——
  { label: 'normal', text: '[拼多多商家后台通知] 您的店铺"老柳家土鸡蛋"本周有3笔订单已确认收货，货款{amt}元已结算至店铺余额，可在商家后台提现至绑定银行卡。', senders: PASTE },
  { label: 'normal', text: '姐 今天直播卖了两百多单红薯粉 抖音那边说货款要等买家收货七天后才结算 这是平台规矩 不是出了问题 你别着急 明天上午我们一起去驿站发货', senders: FOLK },
  { label: 'normal', text: '[抖音电商学习群] 县电商服务中心：本周五下午在县电商产业园有免费直播带货培训，讲短视频拍摄和农产品上架，报名不收费，也不会推销任何付费课程。', senders: PASTE },
  { label: 'normal', text: '叔 你家的核桃我帮你在拼多多上架了 一斤二十二 包邮 有单我就打包 钱到了我每个礼拜一给你转一次 账本我记着 你放心', senders: FOLK_ANY },
  { label: 'normal', text: '【商家服务中心】您的店铺保证金账户余额充足。温馨提示：平台不会以"升级""解冻""刷信誉"为由要求您向个人账户转账，商家保证金只能在商家后台缴纳和退还。', senders: BULK },
  { label: 'normal', text: '[抖音私信] 老板你好，我是广州做社区团购的，想批你家的沃柑，先拿五十斤试试，你发个顺丰到付，我收到货满意了再长期订，货到付款我这边没问题。', senders: PASTE },
  // —— wages: 包工头, 农民工工资专户, 工资条 ——
  { label: 'normal', text: '【工商银行】您尾号{tail}账户{date}收到{amt}元，摘要：农民工工资专户代发（桐溪县第二中学教学楼项目）。', senders: BULK },
  { label: 'normal', text: '[工友群] 包工头老李：兄弟们，这个月的工资甲方已经打到工资专户了，银行直接代发到你们自己卡上，明天中午前到账。谁没收到私聊我，别在群里吵，也别信有人说要交钱才能领。', senders: PASTE, hours: LATE },
  { label: 'normal', text: '媳妇 工地的工资今天发了 我留了五百生活费 剩下的七千二都转你卡上了 你给娃交一下学费 剩下的存着 过年回去再说', senders: FOLK, hours: LATE },
  { label: 'normal', text: '[通话转写] 喂，是{person}吧？我是县人社局劳动监察大队的，你上个月反映的工资拖欠那事，项目方已经把钱打到农民工工资专户了，这两天银行会直接发到你卡上，你不用交任何钱，也不用给任何人卡号，到了给我们回个电话就行。', senders: ['unknown_landline'] },
  { label: 'normal', text: '【桐溪县人社局】近期有人冒充劳动监察人员，以"追回欠薪需先交手续费"为由诈骗。追讨欠薪不收取任何费用，工资只会通过工资专户代发至本人银行卡。举报请拨12333。', senders: BULK },
  { label: 'normal', text: '老板 这个月我的加班费好像少算了两天 十六号和十七号我上了夜班的 你有空帮我查一下考勤 没算上的话下个月一起补就行', senders: FOLK_ANY, hours: EVENING },
  // —— 招工, 劳务派遣, factory HR ——
  { label: 'normal', text: '【昆山某电子厂人事部】{person}您好，您已通过面试，请于{date}上午八点带身份证原件到厂门口报到。入职体检由厂里统一安排，费用由公司承担；工服、宿舍不收押金。', senders: BULK },
  { label: 'normal', text: '[县人社局春风行动] 县城体育馆周六上午举办返乡农民工专场招聘会，六十多家企业现场招工，进场免费，所有岗位不收报名费、体检费和押金。收费的都不是我们的企业。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '各位老乡，我们厂今年还招普工二十个，计件加底薪，旺季到手六七千，签正式合同交五险。要来的直接来厂里面试，不用交任何钱，谁找你收介绍费就是骗你。——人事部黄姐', senders: FOLK_ANY },
  { label: 'normal', text: '[通话转写] 你好，是{person}吗？我是劳务派遣公司的小陈，你明天在苏州那边的工作是我们派遣的，合同签在我们这，工资是厂里每月十号发到你本人银行卡，我们不扣钱，你有问题打我这个电话。', senders: STAFF },
  { label: 'normal', text: '【恒达电子厂人事部】温馨提示：您的工资卡变更申请已受理。为保障资金安全，变更需本人到人事部现场签字确认，任何人通过电话或微信要求您提供银行卡密码均属诈骗。', senders: BULK },
  // —— 春节 tickets, going home ——
  { label: 'normal', text: '【铁路12306】订单{code}，{person}已购{date}K1234次12车045号下铺，检票口A3。请携带购票时所用的有效身份证件乘车。', senders: BULK },
  { label: 'normal', text: '妈 回家的票抢到了 腊月二十四晚上的硬卧 第二天早上到县城 你让我爸别骑摩托来接了 我坐班车回去 到了给你打电话', senders: FOLK, hours: LATE },
  { label: 'normal', text: '[老乡群] 今年还是包车回家，东莞出发腊月二十五早上六点，一人三百八，直达县汽车站，司机是咱们镇上的老杨，车费上车再给，不要提前转账。报名在群里接龙。', senders: PASTE },
  { label: 'normal', text: '{sig}您尾号{tail}的账户收到退款{amt}元，摘要：春运机票改签差价原路退回。退改签只在购票平台办理，我们不会致电要求您提供卡号或验证码。', senders: OWN_PORT },
  // —— 老乡 groups and workmates ——
  { label: 'normal', text: '[老乡群] 提醒一下：最近有人冒充咱们群里的人私信借钱，头像和名字都一样。谁私信你借钱，先打个电话或者视频确认，别直接转。', senders: PASTE },
  { label: 'normal', text: '老乡 我这个月的房租先欠你五百 发工资那天一准还你 你要是急用就说 我找我表哥先挪一下', senders: FOLK_ANY, hours: LATE },
  { label: 'normal', text: '[工友群] 老张的媳妇在老家住院了，大家自愿凑一点，不强求，现金交给班长，班长记账，凑齐了老张自己转回家。谁都别往陌生账户转。', senders: PASTE },
  { label: 'normal', text: '兄弟 钱收到了 三千 你的恩情我记着 等年底结了账我请你回县城吃羊肉汤', senders: FOLK },
  // —— money sent home, children left behind ——
  { label: 'normal', text: '妈 这个月的生活费给你转了两千 一千五是你和我爸的 五百给小宝买件羽绒服 他说冬天教室冷 你别省着', senders: FOLK },
  { label: 'normal', text: '爸爸，我是乐乐，用奶奶的手机给你发的。这次期中考试我数学考了九十二分，老师表扬我了。你过年能回来吗？奶奶说她腿好多了，不让你担心。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '[镇中心小学] 家长您好：本学期留守儿童"亲情视频"活动每周三下午在学校心理室开放，孩子可以跟在外打工的父母免费视频通话。学校不会以任何理由向家长收取费用。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '大姐 我是小宝的班主任张老师 孩子今天上课有点发烧 我已经送到镇卫生院了 医生说是感冒 开了点药 奶奶也来了 您别着急 有事您打我电话', senders: STAFF },
  { label: 'normal', text: '{sig}您尾号{tail}的账户向{person}转账{amt}元已成功，附言：给爸妈的生活费。如非本人操作请立即拨打{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '闺女 钱收到了 你别再寄了 家里粮食够吃 鸡也下蛋 你在外头吃好点 孩子我带着呢 乖得很', senders: FOLK, hours: DAWN },
  // —— elders' voice-to-text in dialect ——
  { label: 'normal', text: '[语音转文字] 幺儿 你莫给我打钱了 上个月的还没用完 屋头的谷子都收了 你爹的腰杆也好些了 你在外头莫太累了 过年早点回来', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[语音转文字] 俺孩儿 恁给俺买的那个手机俺会用了 就是那个微信俺不会发钱 恁二叔说有人打电话让俺转钱俺就挂 中不中', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[语音转文字] 娃 今儿个村里来了个卖保健品的 说吃了能治腿疼 一盒八百 我没买 你三姑说那是骗人的 我就听你们的', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[语音转文字] 崽啊 屋里头的田今年租给隔壁屋的了 一年一亩给三百 钱打到我卡上了 你有空去手机上帮我看看到了冇', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[語音轉文字] 阿妹 你阿爸讲镇上信用社打电话来 讲存款到期了 要你阿爸带存折去 我问过了 是真的 柜台的阿芳讲的', senders: FOLK, hours: DAWN },
  // —— 宅基地, 土地流转, 确权 ——
  { label: 'normal', text: '【石门镇自然资源所】宅基地审批结果公示：柳湾村{person}等5户农村宅基地申请已通过审核，公示期7天，公示期间可到镇政府一楼窗口查阅或提出异议。', senders: BULK },
  { label: 'normal', text: '[村群] 土地流转的事说一下：今年三组的地还是流转给种粮大户老何，每亩每年六百，合同在村部，签字要户主本人来，租金年底直接打到各户一卡通，村里不经手现金。', senders: PASTE },
  { label: 'normal', text: '哥 咱家老宅基地的确权证下来了 我去镇上领回来了 放我这收着 上面写的是爸的名字 你回来看看 没花钱', senders: FOLK },
  // —— village doctors and health ——
  { label: 'normal', text: '[村卫生室] 六十五岁以上的老人注意：本周四上午县医院医生来村卫生室免费体检，抽血、B超、心电图都不要钱，早上空腹来，带身份证和医保卡。', senders: BULK_OR_PASTE, hours: DAWN },
  { label: 'normal', text: '婶 你家老爷子的降压药我给开好了 一个月的量 医保报了以后自己出十二块 你让谁路过卫生室带回去就行 钱下次来再给', senders: STAFF },
  { label: 'normal', text: '[村卫生室] 流感疫苗到了，老人和小孩优先，自费部分每针三十多，现场扫卫生室的收款码或者给现金，别扫其他人发的码。', senders: PASTE },
  // —— weather, 防汛, disasters ——
  { label: 'normal', text: '【桐溪县气象台】暴雨橙色预警：预计今天夜间到明天白天我县北部乡镇将出现大暴雨，局地降雨量超过100毫米，请注意防范山洪、滑坡，低洼地带群众提前转移。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[村群] 防汛紧急通知：河堤水位上涨，沿河一组、二组的群众今晚八点前转移到村小学，带好身份证、药品和手机充电器，村干部挨家挨户通知，老人孩子优先。', senders: PASTE, hours: [17, 18, 19, 20] },
  { label: 'normal', text: '【应急管理】寒潮蓝色预警：未来三天最低气温降至零下五度，请做好大棚蔬菜保温和畜禽防寒，使用煤炉注意通风，谨防一氧化碳中毒。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '叔 听说你们那边下冰雹了 大棚没事吧 要是塌了赶紧拍照 保险公司的人说三天内报案才能理赔 电话打保单上那个 别打别人给的', senders: FOLK, hours: EVENING },
  // —— warnings and "is this real?" ——
  { label: 'normal', text: '儿子 今天有人打电话说是医保局的 说我的医保卡被人盗刷了要转到公安 我没理他直接挂了 你说是不是骗子', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '姐 我收到一个短信说种粮补贴要我点链接填卡号和密码 我没点 截图发你看看 这是真的假的 补贴不是自己打到一卡通上的吗', senders: FOLK },
  { label: 'normal', text: '【12381】国家反诈中心提醒：冒充农业农村、医保、社保部门发放补贴的诈骗高发，补贴均由财政直接发放至本人一卡通，不会要求您提供密码和验证码，也不会收取任何费用。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[村群] 派出所李警官：最近好几个在外打工的后生被骗去刷单，亏了好几万。记住一句话：凡是让你先垫钱的兼职都是骗子，村里谁遇到了别不好意思，打96110或者直接来找我。', senders: PASTE },
  { label: 'normal', text: '妈 那个说是我初中同学的人要是打你电话找我借钱 你别管 直接挂 我这边没有什么同学在县城开饭馆', senders: FOLK },
  { label: 'normal', text: '老乡们，我前几天差点被骗：有人说招日本劳务，先交三万服务费。我去县人社局问了，正规的出国劳务要去有资质的外派公司，人社局官网能查。大家别上当。', senders: PASTE },
  { label: 'normal', text: '老公 有个人加我微信说是你们工地的工头 让我交两百五的保险费 我没给 你问问你们老刘有没有这回事', senders: FOLK, hours: EVENING },
  // —— marketing with 退订, abroad, English, lawful contact of a third party ——
  { label: 'normal', text: '【丰收农资】冬储化肥优惠开始啦！复合肥每吨直降一百五，十二月底前到店订货享送货到村，价格以门店为准，不收定金。回T退订', senders: BULK },
  { label: 'normal', text: '【桐溪移动营业厅】回乡过年流量包限时优惠：30元得40GB全国流量，有效期至正月十五，可在营业厅App办理，也可到镇上营业厅。拒收请回复R', senders: BULK },
  { label: 'normal', text: '哥 我在迪拜工地上挺好的 这边管吃管住 工资是公司每个月打到国内卡上 你帮我看看到了没有 到了就给爸妈转三千 其他的别动', senders: ABROAD, hours: LATE },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}吗？我是{name}的客服，工号B0921。我们联系不上您的表弟，他在我们这留的联系人是您，麻烦您方便的时候转告他给我们回个电话，具体事情我们只跟他本人说，打扰您了。', senders: OWN_LINES, hours: [10, 11, 15, 16] },
  { label: 'normal', text: 'Hi Dad, it is Xiaoming. I got to the construction site in Singapore this morning, the company kept our passports only for the work permit and gave them back. My salary goes to my own bank card every month. No need to send me anything.', senders: ABROAD, en: true, hours: LATE },
  { label: 'normal', text: '{sig}Your verification code is {code}. It is valid for 5 minutes. Never share it with anyone, including people who say they are from the bank or the police.', senders: OWN_PORT, en: true, hours: ANYTIME },
  { label: 'normal', text: '[老乡群] 小芳：谢谢大家关心，我出车祸是去年的事了，早好了。最近有人冒用我的名字在群里借钱，我没借过，大家千万别转。', senders: PASTE },
  { label: 'normal', text: '{sig}{person}您好，您的借款已于今日全部结清，感谢您的信任。结清证明可在{app}内下载，如需纸质证明请致电{hot}。', senders: OWN_LINES },
];

export const BLIND26_TEMPLATES: Template[] = [...NORMAL, ...BLIND26B_TEMPLATES];
