/**
 * BLIND18 held-out bank (twenty-fifth scam author): this file holds the normal messages,
 * blind18b.templates.ts the fraud and harassment; BLIND18_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (late), 2026-12-02, by an independent evaluation author, a
 * helper session separate from the analyzer's developer and from the authors of every earlier
 * bank (the twenty-fifth author of a scam bank). Written from general knowledge of how the
 * institutions of collectibles, hobbies, sports and events write to people in 2025–2026: banks'
 * 纪念币 and 纪念钞 appointment and exchange notices, the post office's 邮票 and 年册
 * subscriptions and 首日封 events, numismatic and philatelic societies, licensed auction houses
 * (预展, 竞买登记, 保证金 refunded after the sale, 成交确认, consignment receipts, 流拍 and
 * settlement), 潮玩 and 盲盒 shops, sneaker and 手办 resale platforms that authenticate goods,
 * marathon and race organisers (抽签结果, 缴费, 参赛包领取, race-day SMS, finish times), running,
 * fishing and photography clubs, 广场舞 teams, 老年大学 course notices, fan clubs (超话) and
 * concert organisers and ticketing desks, and the consumer lenders and wallets whose instalments,
 * deposits and reminders sit in the middle of these hobbies; of the telecom-fraud scripts that
 * imitate them (the Ministry of Public Security's common types plus appraisal, auction-fee and
 * prize scams); and of the debt-collection rules in shared/facts/regulation.md (no contact
 * 22:00–08:00 without consent, at most 6 unanswered call attempts a day per number, third
 * parties only when the debtor is unreachable and never pressed to pay or told the debt, no
 * public notices, extra fees, new loans to repay old ones, threats, insults, fraud, violence,
 * spreading private information, fake legal documents or impersonated courts and police). While
 * writing it the author read only: eval.types.ts, eval.generator.ts, eval.metrics.ts, the other
 * template banks except blind16*, blind17* and blind19* (only their headers' style lists and a
 * skim of texts, to avoid duplicating them and to write differently; no phrasing copied),
 * scam.types.ts (FraudType, MessageInput), registry/institutions.json, registry/README.md,
 * shared/facts/regulation.md, shared/seeds, shared/SPEC.md, and the first 45 lines (imports) of
 * eval.test.ts (registry.fixture.ts was only imported by the check script; registry.schema.ts was
 * not opened). The analyzer's code, lexicons, signal lists, reason catalogue, closed-channel
 * rules, indicator extraction, text model and training corpus were NOT opened; models/, scripts/,
 * docs/, BENCHMARKS.md and the repository README were NOT read; blind16*, blind17* and blind19*
 * were NOT opened; the analyzer, vitest, its tests and benchmarks were NOT run; no search tool was
 * used on this repository and git was not used. The only runs were `npm run typecheck` and an
 * expansion check outside the repository (generateEvalSet(registry, 'blind18') and the other
 * splits) for counts by label, fraud type and sender kind, for duplicate texts against the other
 * splits and for character-bigram Jaccard similarity (≤ 0.5) against every template of every
 * earlier bank and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): collectibles, hobbies, sports and events.
 * Genuine traffic: banks' 纪念币 / 纪念钞 预约 results, 兑换 reminders and codes, the post office's
 * 邮票 年册 and 预订卡 renewals and 首日封 signings, numismatic and stamp societies, licensed
 * auction houses (预展 invitations, 竞买登记 codes, 保证金 refunded after the sale, 成交确认 with
 * 佣金, consignment receipts, 流拍 and 结算 notices), 潮玩 / 盲盒 shops (抽签 pre-sales, 取货码,
 * refunds), sneaker and 手办 resale platforms with 查验 results and 尾款, marathon and race
 * organisers (抽签结果, 缴费, 参赛包领取, race-day SMS with bib numbers, start waves and finish
 * times, cancellations with refunds), running, fishing and photography clubs, 广场舞 teams, 老年大学
 * course notices, 超话 fan clubs and concert organisers, and lenders and wallets whose instalments
 * and 预授权 deposits sit inside these hobbies — beside (in blind18b) 收藏品鉴定 and "海外拍卖" with
 * 鉴定费 / 上拍费, 纪念币 "回收" at many times face value, 邮票 "升值" plans and 邮币卡 电子盘, fake
 * 盲盒 "隐藏款" pre-sales, counterfeit-sneaker "验货" links, race "名额转让", fan-club "应援集资"
 * into personal accounts, fake 老年大学 health lectures selling products on credit, and the
 * collectors who chase hobbyists. Writing styles: auction-catalogue language (拍品编号 LOT,
 * 估价, 起拍价, 落槌价, 佣金), appraisal-certificate wording (证书编号, 鉴定结论, 检测项目),
 * collectors' jargon (包浆, 开门, 到代, 品相, UNC, 评级币, 送评, 原卷, 四方连, 齿孔, 背胶, 端盒,
 * 隐藏款, 盒卡, 白模, 涂装, 氧化), 微博超话 posts with fan-circle slang (姐妹们, 站姐, 控评, 反黑,
 * 打投, 应援物, 饭撒, 官宣, 二站), club WeChat notices with 接龙 (1. 老周 2. 阿杰 …), race-day SMS
 * with bib numbers, waves and gun / net times, elderly hobbyists' long unpunctuated voice-to-text
 * messages, price negotiations with many numbers, a few English-only race and auction messages.
 * Lawful collection (the lender's own daytime reminder to the debtor with hardship options, a
 * contact person told nothing of the debt) is normal. Many normals use scam vocabulary lawfully
 * (验证码 with 切勿告知, 冻结 of a rental-camera 预授权, 逾期 of a 纪念币 exchange window, 征信 in a
 * lender's notice, 转账 between family, 安全 briefings at races). "Is this real?" questions that
 * describe a message without quoting its payload, and warnings written by relatives, club
 * captains, police, shops, auction houses, organisers and lenders are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND18B_TEMPLATES } from './blind18b.templates.js';

/** A registered institution's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A registered institution's own hotline (call transcripts). */
const OWN_CALL: Template['senders'] = ['official_hotline'];
/** A lender's notice sent through an SMS vendor, or from its own port. */
const VENDOR: Template['senders'] = ['official_port', 'unknown_port'];
/** Shops, organisers, auction houses and the post office through a bulk SMS platform. */
const BULK: Template['senders'] = ['unknown_port'];
/** An auction house, club office or school calling or texting from its landline / bulk port. */
const OFFICE: Template['senders'] = ['unknown_landline', 'unknown_port'];
/** Pasted text: a 超话 post, a group notice, an email, a screenshot transcribed. */
const PASTE: Template['senders'] = ['none'];
/** Friends, family, fellow hobbyists. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A club captain or team leader on a personal phone. */
const CAPTAIN: Template['senders'] = ['mobile', 'none'];
/** An overseas organiser or friend abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Race mornings start early: genuine race-day SMS before 08:00. */
const RACE_DAWN = [4, 5, 6, 7];
/** Evenings and late nights for personal chat (not collection). */
const EVENING = [19, 20, 21, 22, 23];
/** Daytime hours a lawful collection reminder may use. */
const DAYTIME = [9, 10, 11, 14, 15, 16, 17];

const NORMAL: Template[] = [
  // ——— banks' 纪念币 / 纪念钞 ———
  { label: 'normal', text: '{sig}您已成功预约2026年贺岁纪念币20枚，兑换网点：{name}城东支行，兑换时间为{date}起连续5个工作日，请本人携带预约所用身份证原件到网点办理。预约信息以本短信为准，本行不会来电或发链接要求您补交任何费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}纪念钞预约结果：您本期预约未成功（所选网点额度已满），无需任何操作，款项不会扣收。后续批次请留意{app}公告。凡自称可“内部补录”“加急”的收费均与本行无关。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}兑换提醒：您预约的纪念币尚未兑换，兑换期{date}截止，逾期未兑换视为自动放弃，额度释放给其他客户，不会产生费用，也不影响个人征信。代兑需携带双方身份证原件和预约编号。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}纪念币预约验证码{code}，仅用于本人预约时的身份校验，5分钟内有效。切勿告知他人，包括自称本行工作人员者。', senders: OWN_PORT },
  { label: 'normal', text: '【通话记录整理】“您好，这里是{name}客服热线，提醒您预约的纪念币已到城东支行，请在兑换期内带身份证原件过来，按面值兑换。我们这个电话不会问您密码和验证码，也不用您转任何钱。还有别的问题吗？好的，再见。”', senders: OWN_CALL },
  { label: 'normal', text: '老李啊我跟你说那个纪念币啊我今天早上七点就在手机上点了点了好几遍才约上网点选的是菜市场对面那个银行下礼拜三去换我问了柜台的小姑娘就是拿身份证去按面值换不要交什么钱你要是也想要我晚上教你弄别让你孙子帮你弄他老给我点错', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '这卷是建国70周年的，原卷没拆，品相UNC，没送评。你要就按卷价走，一卷40枚，面值基础上每枚加2块，一共120，周六钱币市场门口当面给你。', senders: FOLK },
  { label: 'normal', text: '钱币协会本月例会：周六上午9点，文化馆三楼活动室。主题“评级币的盒子怎么辨真伪”（封装、标签、编号查询），会员可带币交流，不收费、不组织买卖。', senders: CAPTAIN },
  { label: 'normal', text: '妈，那个打电话说你的纪念币能十倍回收的，别理。银行换的就是面值，市场上最多也就加几块钱。要卖我周末带你去钱币市场问，别往什么地方寄东西。', senders: FOLK },
  { label: 'normal', text: '刚收到一条短信说我预约的龙年纪念币“身份信息有误，需重新认证”，后面附了链接，我没点。我记得我是在银行App里约的，这条到底是不是银行发的？要不要去网点问一下？', senders: PASTE },
  { label: 'normal', text: '参赛包领了吗？号码布多少？', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '闺女啊我跟你说个事你别着急啊今天上午老年大学摄影班下了课有个男的在门口拉着我们几个老太太说什么藏品鉴定免费的让我们把家里的老钱币邮票拍照片发给他我没发我想起来你上回跟我说的那个事就是说先说你的东西值多少多少钱然后让你交什么鉴定费上拍费的对吧我们班长老吴也说了学校不让这些人进来的后来保安把他赶走了我就是跟你说一声你爸那几本邮册我锁柜子里了钥匙在我这你放心啊晚上你回来吃饭不我买了排骨', senders: FOLK, hours: EVENING },
  // ——— post office: 邮票, 年册, 首日封 ———
  { label: 'normal', text: '【邮政集邮】尊敬的集邮预订户：2026年邮票年册（含全年纪特邮票、小型张、小版张）已到，请于{date}前携带预订卡到原订购网点领取，已付清款项无需再缴费。网点不会致电要求转账。', senders: BULK },
  { label: 'normal', text: '集邮预订提醒：2027年度邮票预订开始，老预订户续订请到原网点柜台办理，新预订户需带身份证。价格以网点公示为准，可现金或刷卡，现场开具票据。', senders: BULK },
  { label: 'normal', text: '生肖邮票首发式：{date}上午9:30在市集邮营业厅举行，设计师现场签名首日封，每人限购2版，凭身份证排队，不接受电话预订，不预收任何费用。', senders: BULK },
  { label: 'normal', text: '你那张是再版的，不是80版的。看齿孔和背胶就知道，原版的背胶发黄有光泽。品相也一般，右下角有黄斑，别花大价钱收。', senders: FOLK },
  { label: 'normal', text: '整版丙申年我出180，四方连按单枚1.2倍算，小本票另算35一本，三本105。加一起1360，行就行，不行1400封顶，我到付顺丰。', senders: FOLK },
  { label: 'normal', text: '邮政提醒：近期有人冒充邮局工作人员推销“邮票升值计划”“邮币卡电子盘”，承诺保本回购、按月分红。邮政从未开展此类业务，集邮品请到网点或官方渠道购买。', senders: BULK },
  { label: 'normal', text: '小王你帮我看看这个邮票年册是不是该续订了我记得去年是在中山路那个邮局订的那个卡片我夹在老花镜盒子里了上面写着到期时间我看不清楚你下回来的时候帮我念一下不着急啊', senders: FOLK },
  { label: 'normal', text: '集邮协会通知：本年度会员大会{date}下午2点召开，议程：会费收支公示、邮展获奖名单、下年度活动计划。会费按章程现场缴纳，财务当场开收据。', senders: CAPTAIN },
  // ——— licensed auction houses ———
  { label: 'normal', text: '【澄观拍卖】竞买号0318的客户您好：本场春拍您无成交记录，竞买保证金20000元已于今日原路退回至缴纳时使用的银行卡（尾号{tail}），到账时间以银行为准，无需任何操作。', senders: BULK },
  { label: 'normal', text: '成交确认书\n拍品编号：LOT 1206\n名称：清 青花缠枝莲纹盘\n落槌价：RMB 38,000\n佣金：落槌价的15%\n应付合计：RMB 43,700\n请于拍卖成交之日起7日内至本公司财务部或对公账户付款（户名为本公司全称），提货凭竞买号牌及身份证。', senders: OFFICE },
  { label: 'normal', text: '委托人您好，您送拍的三件拍品已入库（库存单号W25-0417至0419），经专家初审拟上秋季拍卖会，估价待定。本公司不收取任何鉴定费或上拍费，图录费按委托合同第五条从成交款中扣除，未成交不收。', senders: OFFICE },
  { label: 'normal', text: '流拍通知：您委托的LOT 0733 民国 紫砂提梁壶 本场未成交。可选择降低保留价参加下一场，或于{date}前凭委托合同到库房取回，取回不收费用。', senders: OFFICE },
  { label: 'normal', text: 'LOT 0528 民国 手绘粉彩花鸟瓶 一对\n尺寸：高32cm\n估价：RMB 60,000-80,000\n起拍价：RMB 40,000\n预展：{date} 10:00-18:00 国际会展中心B馆\n（图录页码第86页，欢迎上手看品）', senders: PASTE },
  { label: 'normal', text: '【松石拍卖】您正在办理网络竞买登记，验证码{code}，请勿泄露。竞买保证金只付至本公司对公账户，任何以个人账户收款的均非本公司行为。', senders: BULK },
  { label: 'normal', text: '结算通知：您委托的LOT 0711已成交，扣除佣金10%、保险费1%、图录费800元后，应付您{amt}元，已于今日转至合同约定的结算账户。明细见邮寄的结算单。', senders: OFFICE },
  { label: 'normal', text: '那把紫砂壶老张说开门到代，我看包浆是做出来的，亮得发贼。你别急着出价，周六预展我陪你去上手看看，看完再说。', senders: FOLK },
  { label: 'normal', text: '【电话录音转文字】“您好，这里是澄观拍卖客服部。最近有人冒充我们给委托人打电话，说要交‘上拍费’‘保证金’才能上拍，我们公司从来不收这些，所有费用只在成交后从货款里扣。您要是接到类似电话，打我们官网上的电话核实就行。”', senders: OFFICE },
  { label: 'normal', text: 'Dear client, thank you for registering for our online sale "Asian Ceramics and Works of Art". Your paddle number is 512. Bidding opens on {date} at 10:00 (GMT+8). Deposits are paid only to the company account shown on your registration page.', senders: ABROAD, en: true },
  { label: 'normal', text: '【秋季拍卖会·瓷器杂项专场 图录节选】\nLOT 0601 清中期 青花山水人物笔筒　高14.2cm　估价RMB 12,000-18,000　起拍价RMB 8,000\nLOT 0602 清晚期 铜鎏金香炉（带原座）　宽18cm　估价RMB 30,000-50,000　起拍价RMB 20,000\nLOT 0603 民国 “仿古”款粉彩盖碗一组三件　估价RMB 3,000-5,000　无底价\n品相说明：0601口沿一处冲线，0602鎏金局部磨损，包浆自然。\n竞买须知：竞买保证金RMB 10,000，须于预展期间至本公司对公账户缴纳，未成交者拍卖结束后七个工作日内原路退还；成交者按落槌价加收15%佣金。', senders: PASTE },
  // ——— 潮玩 / 盲盒 shops ———
  { label: 'normal', text: '【萌盒社】您在小程序预约的“星夜系列”盲盒抽签结果：已中签。请于{date}20:00前在小程序订单页完成支付，逾期视为放弃。隐藏款随机掉落，本店不单独出售，也不接受指定。', senders: BULK },
  { label: 'normal', text: '【萌盒社】您的订单已到店，取货码{code}，请在营业时间（10:00-22:00）凭取货码到门店自提，保留7天。', senders: BULK },
  { label: 'normal', text: '店长提醒：最近群里有人私聊大家，说能“指定隐藏款”“端盒必出”，让先转定金。那都不是我们店的人，店里只在小程序和柜台收款，遇到请截图发群里。', senders: CAPTAIN },
  { label: 'normal', text: '端了一整盒12个，出了一个隐藏！重复的两个小熊出给你吧，原价59一个不加价，盒卡都在，同城面交。', senders: FOLK },
  { label: 'normal', text: '隐藏款最近行情大概800上下，你要的话750，盒卡齐全，未拆袋，挂平台走担保交易，不私下转账，你收货确认了我再拿钱。', senders: FOLK },
  { label: 'normal', text: '儿子，这个月你的零花钱妈又给你转了200，别全买盲盒了啊，柜子里那一排小人儿都快放不下了。买之前先想想是不是真喜欢。', senders: FOLK },
  { label: 'normal', text: '{sig}您在萌盒社的订单退款{amt}元已原路退回至{name}账户，请在{app}“账单”中查看。本次退款无需您提供验证码或进行其他操作。', senders: OWN_PORT },
  // ——— sneaker and 手办 resale with authentication ———
  { label: 'normal', text: '【鉴真潮】您出售的商品（货号DZ-5521，尺码42）已通过平台查验，鉴别结果：正品。货款{amt}元将在买家确认收货后结算至您的平台钱包，可提现至本人银行卡。', senders: BULK },
  { label: 'normal', text: '【鉴真潮】很抱歉，您购买的商品查验未通过（原因：鞋盒破损、鞋头溢胶），已按规则退回卖家。货款将在1-3个工作日内原路退回，无需联系任何客服或点击链接操作。', senders: BULK },
  { label: 'normal', text: '【模玩预订】您预订的1/7比例手办已到货，请于{date}前在App订单页支付尾款，定金已自动抵扣。逾期未补款，定金按预订页规则处理。', senders: BULK },
  { label: 'normal', text: '这双是AJ1芝加哥，老货，鞋盒有压痕，鞋底轻微氧化，鞋垫有点脱胶。价格就是这个原因低的。你平台下单，过验货再发给你，没问题再确认。', senders: FOLK },
  { label: 'normal', text: 'GK白模到了，我拼了一下午，接缝处要补土，打磨完再上底漆。涂装大概两周，颜色你发参考图给我，尾款完工拍照你看满意再付。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{sig}您在鉴真潮购买商品使用的{name}分期，本月应还{amt}元，还款日{date}。请通过{app}或官网 {url} 还款，如已还款请忽略。', senders: VENDOR, links: ['official'], hours: DAYTIME },
  { label: 'normal', text: '【鉴真潮】平台提醒：请勿添加任何自称“验货员”“仲裁专员”的微信或QQ。查验结果只在App订单页显示，平台不会要求您另行支付“复检费”。', senders: BULK },
  // ——— marathon and races ———
  { label: 'normal', text: '【城市马拉松组委会】恭喜您中签2026城市马拉松全程项目！请于{date}前登录报名官网完成缴费（全程200元），逾期视为自动放弃。名额实名制，不得转让，组委会不会电话收费。', senders: BULK },
  { label: 'normal', text: '【城市马拉松组委会】很遗憾，您本次未中签。感谢关注，本届赛事不设任何付费“补录”或“捡漏”名额，请勿轻信。', senders: BULK },
  { label: 'normal', text: '参赛物品领取：{date}10:00-20:00，会展中心1号馆。请本人携带身份证原件及电子参赛确认函领取号码布、计时芯片和参赛服；代领需委托书和双方身份证复印件。', senders: BULK },
  { label: 'normal', text: '【城市马拉松组委会】选手您好，您的号码布A12087，起点存衣车7号，05:30开始检录，07:00鸣枪，请按A区入口进场。今日气温偏高，沿途每2.5公里有补给，身体不适请立即示意医疗志愿者。', senders: BULK, hours: RACE_DAWN },
  { label: 'normal', text: '恭喜完赛！号码布B30219，净成绩04:12:38，枪声成绩04:19:05，半程分段02:01:47。电子证书可在官网“成绩查询”下载。', senders: BULK, hours: [11, 12, 13, 14] },
  { label: 'normal', text: '周日LSD 30公里接龙：\n1. 老周\n2. 阿杰\n3. 小雨\n4. 大刘（跑半程）\n5. \n6点半体育场东门集合，补给自带，配速6分，掉队的跟收尾的老周。', senders: CAPTAIN, hours: EVENING },
  { label: 'normal', text: '我周日去不了了，本来想把号码布给你跑，但组委会说起终点都有人脸识别，冒名跑查到双方禁赛两年，还是算了。参赛服给你留着。', senders: FOLK },
  { label: 'normal', text: '【越野赛组委会】因山区暴雨预警，本届越野赛取消。报名费将于30个工作日内原路退回，组委会不会要求您提供银行卡号或验证码，请勿轻信任何退款电话。', senders: BULK },
  { label: 'normal', text: 'Riverside Marathon: Bib 21456, Wave B, start 07:30. Bag drop closes at 07:00, corrals close at 07:15. Please bring your ID for the photo check at the start line.', senders: ['unknown_port', 'foreign'], en: true, hours: RACE_DAWN },
  { label: 'normal', text: '赛前健康提醒：请在{date}前上传近6个月内的体检报告（含心电图），未上传者不能领取号码布。体检在任意正规医院做即可，组委会不指定机构、不代收体检费。', senders: BULK },
  { label: 'normal', text: '组委会提醒：近期网上出现“名额转让”“官方补录”帖子，均为虚假信息。赛事名额实名登记，领物和检录核验身份证，请勿向任何个人转账购买名额。', senders: BULK },
  // ——— fishing and photography clubs ———
  { label: 'normal', text: '周六水库夜钓接龙：\n1. 老孙\n2. 钓鱼的二哥\n3. 小马\n4. 黑子\n活动费AA，每人60（含船费和饵料），到场现金给老孙，他记账，月底群里公示。', senders: CAPTAIN, hours: EVENING },
  { label: 'normal', text: '区第三届钓鱼比赛报名：{date}在南湖钓场举行，限竿长4.5米，按重量计名次。报名费每人50元，比赛当天现场交，报名请在群里接龙写姓名和电话。', senders: CAPTAIN },
  { label: 'normal', text: '二哥我跟你讲昨天那个鲫鱼啊一斤二两我称了好几遍我跟你说用的就是你给我的那个酒米打窝半个小时就来口了下礼拜还去那个老地方你把你那根竿子带上我那根梢断了还没修', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '摄影协会外拍接龙（周日湿地公园拍鸟）：\n1. 陈老师\n2. 小雅\n3. 老郑（带600定焦）\n4. 阿芳\n7:00北门集合，自驾拼车油费自行AA，不统一收费。', senders: CAPTAIN, hours: EVENING },
  { label: 'normal', text: '入选通知：您投送的作品《晨雾渔村》入选市第十二届摄影艺术展，展期{date}起两周，地点市美术馆二楼。入展不收任何费用，画册样书将邮寄给作者。', senders: OFFICE },
  { label: 'normal', text: '协会提醒：近期有人以“摄影协会”名义私信会员，说作品获奖需交“证书费”“装裱费”。协会评选从不收费，获奖通知只在官方公众号公布。', senders: CAPTAIN },
  { label: 'normal', text: '{sig}您在相机租赁平台的设备押金3000元已预授权冻结，归还设备并验收无误后自动解冻，不会扣款。冻结期间该额度暂不可用。', senders: OWN_PORT },
  // ——— 广场舞 teams ———
  { label: 'normal', text: '各位姐妹：下月参加街道广场舞比赛，统一服装每人85元，周三晚上练舞时现金交给我，我开收条，买回来发票贴群里。接龙：\n1. 王姐\n2. 刘阿姨\n3. 小芳妈妈', senders: CAPTAIN, hours: EVENING },
  { label: 'normal', text: '【街道文化站】第五届社区广场舞展演报名通知：每支队伍8-16人，曲目自选，时长不超过5分钟，报名截止{date}，报名免费，请队长到文化站登记。', senders: OFFICE },
  { label: 'normal', text: '张姐啊今天晚上我不去跳了我家老头子血压又高了我在家陪他你帮我跟大家说一声那个音响我放在传达室了钥匙在门卫老王那里明天我再去', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '提醒大家：有人加了好几个阿姨的微信，头像和我一样，说要交比赛报名费。我不会在微信上找大家收钱，服装费也是当面交。看到陌生号加你就删了。——队长桂英', senders: CAPTAIN },
  { label: 'normal', text: '音响电池又没电了，谁家有充电宝明天带一个。新曲子《火红的萨日朗》我已经发群里了，大家先熟悉一下。', senders: CAPTAIN, hours: EVENING },
  // ——— 老年大学 ———
  { label: 'normal', text: '【市老年大学】2026年春季学期网上报名于{date}9:00开始，学费以招生简章为准，仅通过学校官方公众号缴费，缴费后可开具发票。学校不委托任何个人代收学费。', senders: BULK },
  { label: 'normal', text: '书法二班通知：下周三期末作品展，请每位同学交一幅四尺三开作品，周一前交给班长。作品展结束后原件退还。——班长老吴', senders: CAPTAIN },
  { label: 'normal', text: '【市老年大学】提醒：学校从未委托任何机构举办“健康讲座”“养生课”推销保健品或仪器，也没有“学员专享贷款”。如有人以学校名义邀请，请向教务处核实。', senders: BULK },
  { label: 'normal', text: '孙子你帮奶奶看看这个短信说的是啥意思说我报的那个摄影班下礼拜停一次课是不是真的我怕白跑一趟那个老师姓黄你看看上面是不是写的黄老师', senders: FOLK },
  { label: 'normal', text: '妈，你说的那个在老年大学门口发鸡蛋的讲座，让你签的分期单子千万别签。学校自己发过通知，那不是学校办的。你要买按摩椅我陪你去商场看。', senders: FOLK },
  { label: 'normal', text: '声乐班因孙老师生病停课两周，补课时间另行通知。本学期学费不退不补，按课时顺延。有问题请到二楼教务处咨询。', senders: OFFICE },
  // ——— fan clubs and concerts ———
  { label: 'normal', text: '【票务】您购买的演唱会门票（内场A区12排）电子票已生成，入场需本人身份证核验，门票不可转让。电子票二维码将于演出前24小时在App内显示。', senders: BULK },
  { label: 'normal', text: '【演出通知】因场馆检修，原定{date}的演唱会延期举行，已购票观众可保留门票或申请全额退款，退款原路退回，无需提供银行卡信息，请只在购票平台内操作。', senders: BULK },
  { label: 'normal', text: '#星河超话# 姐妹们！巡演二站官宣了！本站后援会不组织任何集资，应援物（灯牌、手幅）免费发放，凭超话等级和门票现场领。反黑组提醒：私信收钱的全是冒充的，直接举报！', senders: PASTE },
  { label: 'normal', text: '今日打投任务：①超话签到 ②新歌评论区控评 ③音乐榜单正常播放，不要用脚本刷。反黑组提醒：不要点陌生人发的“加速打榜”链接，号被盗了概不负责哦～', senders: PASTE },
  { label: 'normal', text: '站姐出图啦！二站现场高清图已上传到站子主页，需要原图的私信留邮箱，免费发，禁止商用、禁止二改。', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '有人私信我说能出内场票，原价1280加300，让先转定金500锁票，说是“后援会内部渠道”。这种是不是骗子啊？票务平台不是说实名不能转吗？', senders: PASTE },
  { label: 'normal', text: '钱转你了，1280，买完票截图给我看看。别找黄牛，抢不到就算了，明年还有。回来路上注意安全，到家给我发个消息。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{sig}您在票务平台购票使用{name}分期，账单已出：本期应还{amt}元，还款日{date}。可在{app}或 {url} 提前还款，无违约金。', senders: VENDOR, links: ['official'], hours: DAYTIME },
  { label: 'normal', text: '[饭撒公示] 本次二站应援物由后援会成员自费制作，总支出4380元（灯牌200个、手幅300条），不向粉丝收钱，票根抽奖送周边。有任何人以后援会名义收钱都是假的。', senders: PASTE },
  { label: 'normal', text: 'Hi! Fan meeting tickets go on sale on {date} at noon on the official ticketing app only. Seats are tied to your real-name ID. We never sell tickets through DMs.', senders: PASTE, en: true },
  // ——— lenders and wallets inside hobbies (lawful) ———
  { label: 'normal', text: '{sig}{person}您好，您用于购买摄影器材的分期已逾期5天，应还{amt}元。如暂时有困难，可在{app}申请延期或调整还款计划（也可登录 {url}），请勿通过任何第三方代还。如已还款请忽略。', senders: VENDOR, links: ['official'], hours: DAYTIME },
  { label: 'normal', text: '【来电录音】“您好，请问是{person}本人吗？我是{name}的贷后专员，工号0729。您三月份的分期还款已经逾期一周了，想了解一下是不是有什么困难。可以在{app}里申请延期，也可以约一个您方便的时间再谈。好的，打扰您了。”', senders: OWN_CALL, hours: DAYTIME },
  { label: 'normal', text: '您好，这里是{name}，想找一下{person}，他预留的号码一直打不通。麻烦您方便时转告他回个电话到{hot}，具体事情需要他本人处理。打扰了，谢谢。', senders: OWN_LINES, hours: DAYTIME },
  { label: 'normal', text: '{sig}您的分期已全部结清，感谢使用。结清证明可在{app}“我的-结清证明”下载。本公司不会以“注销账户”“消除记录”为由联系您。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的借款已逾期30天，按合同及相关规定，逾期信息将如实报送征信系统。如已与我司协商还款方案并按期履行，请忽略。咨询请拨{hot}。', senders: VENDOR, hours: DAYTIME },
  { label: 'normal', text: '{sig}温馨提示：近期有不法分子以“藏品质押贷款”“门票分期解冻”“马拉松赞助金”等名义骗取钱财。本公司借款只在{app}或官网{url}申请，放款前不收取任何费用。', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '{sig}您申请的还款计划调整已生效：剩余本金分12期偿还，每期{amt}元，首期还款日{date}。调整期间不加收费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}向“澄观拍卖有限公司”对公账户转账{amt}元（用途：竞买保证金），如非本人操作请致电{hot}。', senders: OWN_PORT },
  // ——— ordinary personal / work ———
  { label: 'normal', text: '这张逆光的宽容度不错，高光再压一档，阴影拉一点就行，别磨皮太狠。导出长边2048发我，明天交给杂志社。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '下周的跑团年会我订好了饭店，二楼包间三桌，每人100，到场交给小雨，多退少补。谁带家属在群里说一声。', senders: CAPTAIN },
  { label: 'normal', text: '老爸，你的那几本集邮册我给你拿去装裱店换了新的护页，原来那个塑料的有点粘票。回头给你送回去。', senders: FOLK },
  { label: 'normal', text: '这周末球队训练改到周日下午3点，场地换成二中操场。记得带护腿板，新队服到了，训练完发。', senders: CAPTAIN },
  { label: 'normal', text: '老板，那根5.4米的台钓竿还有货吗？上次说的价格380，我下午过去拿，顺便带两包饵料。', senders: FOLK },
  { label: 'normal', text: '跟你说个事，昨天钓友群里有人说他儿子的微信被盗了，冒充他儿子借钱。你要是接到我借钱的消息，先打电话问我，我不会微信上找你借钱。', senders: FOLK },
  { label: 'normal', text: '【派出所反诈提醒】近期辖区多位老人接到“藏品鉴定”“海外拍卖”电话，对方以收鉴定费、上拍费为名骗取钱财。正规拍卖行不会先收费，请提醒家中老人。', senders: BULK },
  { label: 'normal', text: '拍卖行那边回话了：你家那个铜炉是清晚期的，估价三到五千，不值得单独上拍，建议放进杂项专场。不收费，成交了扣10%佣金。你考虑一下。', senders: FOLK },
];

export const BLIND18_TEMPLATES: Template[] = [...NORMAL, ...BLIND18B_TEMPLATES];
