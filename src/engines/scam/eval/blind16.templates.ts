/**
 * BLIND16 held-out bank (twenty-third scam author): this file holds the normal messages,
 * blind16b.templates.ts the fraud and harassment; BLIND16_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (later that day), 2026-12-02, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the twenty-third author of a scam bank). Written from general knowledge of how
 * couriers, parcel lockers and 驿站 write to people (pickup codes, 签收码, 到付, 保价 and 丢件 /
 * 破损 理赔 inside the courier's own app, returns, address exceptions, complaint replies), how
 * customs and cross-border e-commerce platforms write (清关 实名 checks where 订购人 and 支付人
 * must match, the 5,000-yuan single and 26,000-yuan annual 跨境电商 limits, 行邮税 on posted
 * parcels paid through official channels, inspections, the 12360 hotline, travellers' 5,000-yuan
 * duty-free allowance), how 代购 friends, banks' foreign-exchange desks (the 5万美元 annual
 * 个人购汇便利化额度, 结汇, 境外汇款 with handling and cable fees and SHA/OUR charges, 留学缴费,
 * 汇入申报, the 关注名单 for 分拆购汇, 外币现钞 bookings), remittance apps, and the families of
 * overseas students and of workers in Japan, Korea and the Gulf write in 2025–2026; of the
 * telecom-fraud scripts that imitate them (the Ministry of Public Security's common types, plus
 * 虚拟绑架, black-market 换汇, rented 购汇 quotas and money-mule recruiting); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, collection only from the debtor and the
 * guarantor, no public notices, extra fees, new loans to repay old ones, threats, insults,
 * fraud, violence, spreading private information, fake legal documents or impersonated courts,
 * police or government). While writing it the author read only: eval.types.ts,
 * eval.generator.ts, eval.metrics.ts, the other template banks except blind17* (only their
 * headers' style lists and a skim of their texts, to avoid duplicating them and to write
 * differently), scam.types.ts (FraudType, MessageInput), registry/institutions.json (through
 * a summary script), the first 60 lines of registry/README.md, shared/facts/regulation.md, the
 * opening of seed 000, and the import lines of eval.test.ts (registry.fixture.ts was only
 * imported by the check script; registry.schema.ts, the other seeds and shared/SPEC.md were not
 * opened). The analyzer's code, lexicons, signal lists, reason catalogue,
 * closed-channel rules, indicator extraction, text model and training corpus were NOT opened;
 * models/, scripts/, docs/, BENCHMARKS.md and the repository README were NOT read; the analyzer,
 * vitest, its tests and benchmarks were NOT run; no search tool was used on this repository and
 * git was not used. The only runs were `npm run typecheck` and an expansion check outside the
 * repository (generateEvalSet(registry, 'blind16') and the earlier splits, in /tmp/blind16-check)
 * for counts by label, fraud type and sender kind, for duplicate texts against the other splits,
 * for character-bigram Jaccard similarity (≤ 0.5; measured maximum 0.453) against every earlier
 * template and among this bank's own templates (maximum 0.422), and to print a few expanded cases.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): parcels, customs and cross-border money.
 * Couriers and lockers (驿站 and 智能柜 pickup codes with published 超时费, 签收码, 到付 that can
 * be refused, 保价 丢件 claims and 破损 申报 handled in the courier's own app, return pickups paid
 * by the shop, address exceptions fixed in the app for free, 隐私面单, a parcel returned for a
 * lithium battery, a 驿站 keeper and a courier on their own phones, a 驿站 part-time job with no
 * deposit); customs and cross-border e-commerce (清关 实名 where 订购人 = 支付人, the annual
 * 跨境电商 limit and how to check it, 行邮税 paid in 掌上海关 or at the post office, inspections,
 * 退货清关, a traveller's red channel, a customs broker's office chat); 代购 friends (pay on
 * arrival, receipts, reconciliation sheets); banks' foreign exchange (the 5万美元 quota and
 * documents for more, SWIFT remittance slips with fees, 留学缴费, rate alerts, 汇入申报, 结汇,
 * foreign-card alerts, a counter transfer held for a "military lover", the 分拆 warning, cash
 * bookings); remittance apps (compliance review with no fee, 在留卡 updates, returned transfers);
 * the families of overseas students and of workers abroad (tuition straight to the school,
 * video calls before money, student-association and consulate warnings about 虚拟绑架, a parents'
 * group checking a "visa deposit") — beside (in blind16b) fake 快递理赔 that moves to a "理赔专员"
 * and a loan app, "your parcel holds 护照 / bank cards, customs is transferring you to the
 * police", fake 清关费 / 关税 / 保管费 links, fake 代购 with 定金, fake remittance 冻结 needing a
 * 解冻费, black-market 换汇 and rented quotas, 虚拟绑架, fake 留学 fees and the usual types recast
 * in this world. Writing styles: Weibo-style posts with #话题# hashtags and @-chains, plain-text
 * tables with | separators and ━━ rules, numbered-list replies (1. … 2. …), excessive punctuation
 * (！！！？？？), 形近字 typos from handwriting and Wubi input (己/已, 末/未, 账/帐, 桂/挂, 暑/署,
 * 体现/提现), ALL-CAPS English logistics and remittance notices, forwarding chains
 * (【转发】…//@某某：…//@…), tracking-number-heavy logistics messages and 轨迹 tables,
 * overseas-Chinese chat mixing Japanese (バイト, 口座, 振込, 大家さん, セール, 在留卡, 円) or
 * Korean (여보, 엄마, 통장, 언니, 사장님) words. Lawful collection (the lender's own port or
 * hotline, daytime, the debtor only, repayment from abroad inside the official app, a robocall
 * that will not call again today, an identified agency with a staff number verifiable through
 * the lender's hotline, a deferral reply in the app's chat) is labelled normal. Many normals use
 * scam vocabulary lawfully (验证码 with 请勿泄露, 冻结 of a card by its holder, 暂停非柜面转出
 * lifted at a branch, 逾期 in a lawful reminder, 征信 in a bank's student-loan notice,
 * 转账 between family members confirmed by a video call, 安全 warnings, 违禁 lithium batteries,
 * 保证金 asked by nobody). "Is this real?" questions about genuine notices and warnings written
 * by relatives, students, the police, customs, banks, couriers and platforms are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND16B_TEMPLATES } from './blind16b.templates.js';

/** A registered lender's or bank's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender or bank texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Couriers, lockers, customs, platforms, unregistered banks and remittance apps: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** Slips, posts, group exports, tables and transcripts pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends, neighbours and colleagues on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named courier, 驿站 keeper, clerk or collector on a mobile or a desk line. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Students and workers abroad (or their messages pasted). */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** Codes, card alerts, locker codes: any hour. */
const ANYTIME = [0, 3, 7, 9, 12, 16, 20, 23];
/** Families across time zones chatting late or early. */
const TIMEZONES = [6, 7, 20, 21, 22, 23, 0];

const NORMAL: Template[] = [
  // ── couriers, lockers and 驿站 ──
  { label: 'normal', text: '【青鸟速运】您的包裹QN73 3018 6625 9已到邻里驿站（幸福路店），取件码8-3-{tail}，营业时间08:30-21:30。凭取件码或手机尾号到店取件即可，驿站不会电话向您索要验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【邻格智能柜】取件码{code}，您的北辰快递包裹已存入翠苑三区2号柜。免费保管18小时，超时后每12小时0.5元、3元封顶，仅可在柜机屏幕或“邻格”小程序内支付。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '北辰快递 运单轨迹\n━━━━━━━━━━━━━━━━\n运单号 | BC8820 4417 {tail}\n━━━━━━━━━━━━━━━━\n05-12 21:40 | 【广州转运中心】已发出，下一站【江城转运中心】\n05-13 06:12 | 【江城转运中心】已到达\n05-13 09:05 | 【江城滨江营业部】派件中，快递员周师傅\n05-13 11:48 | 已签收，签收人：门卫代收\n━━━━━━━━━━━━━━━━\n如有疑问请在北辰快递App“我的-在线客服”咨询', senders: PASTE },
  { label: 'normal', text: '【川行快运】{person}您好，您有一票到付件（运单号CX{code}），运费38元，由寄件人选择到付。派送时可扫快递员出示的收款码或付现金，扫码前请核对收款方为“川行快运”。不认识寄件人可直接拒收，拒收不产生任何费用。', senders: BULK },
  { label: 'normal', text: '【青鸟速运】您提交的丢件理赔（工单号LP{code}）已审核通过：该票保价2000元，按申报实际价值赔付1860元，3个工作日内原路退回寄件时的支付账户。理赔全程在App“理赔中心”办理，我司不会要求您下载其他软件、开通借款或提供验证码。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，我是北辰快递滨江营业部的小周，您那个包裹外箱压坏了，里面玻璃杯碎了两个，实在不好意思。您看这样：1. 我这边拍了照已经上报站点；2. 您在App里点“破损申报”，把开箱照片传上去；3. 审核完赔付款直接退到您付运费的那个账户。我不用加您微信，也不需要您转任何钱，好嘞，打扰了。', senders: STAFF },
  { label: 'normal', text: '【青鸟速运】您预约的退货上门取件已分配，快递员将于{date}14:00-16:00上门，运费由商家承担（退货包运费），取件时无需支付任何费用。取件码{code}，快递员到达后出示即可。', senders: BULK },
  { label: 'normal', text: '姐，我是小区门口驿站的老陈，你有个生鲜件放两天了，冰袋都化了，今天晚上九点半前方便来拿不？拿不了我先给你搁冰柜里，明天再来也行。', senders: ['mobile'], hours: [17, 18, 19, 20] },
  { label: 'normal', text: '快递！！！你家没人啊？？？放门口还是放驿站？？？回个话哈，我下一单要走了！！', senders: ['mobile'] },
  { label: 'normal', text: '#快递丢了怎么办# 亲测：北辰快递丢件，直接在官方App提交理赔，附上购物订单截图，三天就赔到原账户了，全程没有任何人加我微信！！评论区有人说接到“理赔专员”电话让下载会议软件、开借款额度的，那种百分百是假的，官方理赔只在App里。@北辰快递官方客服 @江城反诈', senders: PASTE },
  { label: 'normal', text: '【北辰快递】您的包裹（BC{tail}）为签收码件，派件员上门时请出示签收码{code}完成签收。该码仅用于本件签收，请勿提前告诉非派件人员。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【川行快运】您的运单CX{code}因收件地址缺少门牌号，派送异常。请在川行快运App或小程序“我的快递”中补充地址，补充地址免费，我司不会通过短信发送任何支付链接。', senders: BULK },
  { label: 'normal', text: '【青鸟速运】您寄出的包裹已启用隐私面单，面单上仅显示收件人姓氏和手机号后四位，快递员将通过虚拟中间号与收件人联系。', senders: BULK },
  { label: 'normal', text: 'HAIOU INTL LOGISTICS: SHIPMENT HO{code}CN DEPARTED NARITA 05/12 23:10, ETA SHANGHAI PVG 05/13. CUSTOMS ID CHECK IS DONE IN THE HAIOU APP ONLY. WE NEVER SEND PAYMENT LINKS BY SMS.', senders: BULK, en: true },
  { label: 'normal', text: '【通知】邻里驿站（翠苑店）端午期间营业时间调整为10:00-18:00。超过7天未取的包裹将联系寄件方退回，退回前会电话告知，驿站不收取任何保管费。', senders: PASTE },
  { label: 'normal', text: '儿子，你寄的快递我己经拿到了，驿站的小姑娘帮我找的，我还末拆开，里面是啥？盒子里有张帐单一样的纸，我先收起来了，等你回来看。', senders: FOLK },
  { label: 'normal', text: '【北辰快递】您对运单BC{tail}“未经同意放驿站”的投诉已受理，站点已对派件员作出处理，并向您补偿5元运费券（已发放至App卡包）。如对结果不满意，可在App内申请复核或拨打邮政业用户申诉电话12305。', senders: BULK },
  { label: 'normal', text: '【北辰快递】您寄往日本的包裹BC{tail}内含锂电池，属航空禁运物品，无法出境，已退回寄件网点。请携寄件人身份证到网点领取，已付运费原路退还。', senders: BULK },
  { label: 'normal', text: '小橙驿站招兼职理货员：晚上6点到9点，日结100元，活儿就是上架、扫码、出库。不收押金、不收培训费，直接来店里找店长面试。地址：翠苑三区北门。', senders: PASTE },
  { label: 'normal', text: '师傅我在上班，放驿站就行，谢谢', senders: ['mobile'] },
  { label: 'normal', text: '到付那18块我微信转你了，件放你家门口鞋柜上了哈', senders: FOLK },
  { label: 'normal', text: '您好，我是川行快运的快递员，您有个到付件，寄件人写的是“某某法务”，运费45元，申报物品“文件”。您要是不认识寄件人，可以直接拒收，不用付钱，我给您退回去。', senders: STAFF },
  { label: 'normal', text: '【川行快运】{person}您好，您的代收货款件（运单号CX{code}）今日派送，需在签收时支付货款{amt}元，货款由我司代收后结算给发货商家。请先验货再付款，收款方以快递员手持终端显示的“川行快运”为准。', senders: BULK },
  // ── customs and cross-border e-commerce ──
  { label: 'normal', text: '【跨洋优品】您的保税仓订单需完成清关实名：订购人姓名、身份证号须与支付人一致。请在App“我的订单-清关信息”中填写，信息仅推送海关用于申报。72小时内未填写的订单将自动取消并原路退款。', senders: BULK },
  { label: 'normal', text: '【跨洋优品】温馨提示：跨境电商零售进口单次交易限值5000元、个人年度交易限值26000元，您本年度已使用约{amt}元。剩余额度可在“中国国际贸易单一窗口”个人额度查询中核对，超出限值的订单无法继续以跨境方式下单。', senders: BULK },
  { label: 'normal', text: '【江城海关】{person}您好，您的进境邮递物品（邮件号EK{code}CN）经审核需缴纳进境物品进口税{amt}元。请通过“掌上海关”App或到邮局窗口凭邮件号缴纳。海关不会通过个人账户或短信链接收税，不会来电要求转账。', senders: BULK },
  { label: 'normal', text: '【江城海关】提示：海关不会打电话、发短信称您的包裹内有违禁品并“转接公安”，也不会让您向任何“安全账户”汇款。接到此类来电请直接挂断，可拨打12360海关服务热线核实。', senders: BULK },
  { label: 'normal', text: '您好，您申请退货的跨境商品需在签收后30天内寄回保税仓指定地址，并在“退货清关”页面填写运单号，海关审核通过后，货款和已缴税款一并原路退回，额度同步恢复。——跨洋优品售后 小雪', senders: PASTE },
  { label: 'normal', text: '爸，你下飞机走通道前想一下：你那两条烟和一瓶酒没超，但给我带的那台相机五千多，加上别的超了五千元免税额度，就老老实实走红色通道申报，交点税，别塞箱子里。', senders: FOLK, hours: TIMEZONES },
  { label: 'normal', text: 'Re: 海淘包裹卡在清关了怎么办？\n1. 先在转运公司官网或App查状态，显示“待补充身份证”的，就在它App里的入口上传；\n2. 要补税的，海关会出税单，在“掌上海关”或邮局缴，别给任何个人转账；\n3. 打电话说你包裹里有违禁品、要转公安的，直接挂，真有问题是书面通知；\n4. 还不放心就打12360问。', senders: PASTE },
  { label: 'normal', text: '【海鸥国际物流】您的包裹HO{code}CN被海关随机抽中查验，查验无需您到场，不产生额外费用，预计延误1-3个工作日，放行后App会推送通知。', senders: BULK },
  { label: 'normal', text: '#海淘攻略# 第一次海淘成功！！总结几条：保税仓发的走跨境额度，要填和付款人一致的身份证；直邮的按行邮税算，税额50元以内免征；转运公司挑有国内公司主体、能开发票的。@海淘小分队 @江城妈妈帮 一起交流～', senders: PASTE },
  { label: 'normal', text: '【海鸥国际物流】HO{code}CN 轨迹：05/12 成田机场交航 → 05/13 浦东机场到达 → 05/13 海关放行 → 05/14 转国内派送（北辰快递BC{tail}）→ 05/15 派件中。', senders: BULK },
  { label: 'normal', text: '王哥，明早那票日本进口的化妆品，报关资料齐了，原产地证和卫生证书的扫描件我发你邮箱了，就差货代的提单。要是被布控查验，我上午去现场盯着。', senders: FOLK },
  { label: 'normal', text: '这个短信是真的吗？我从手机上抄下来的：“您的邮件经海关审核需缴纳税款，请登录掌上海关或到邮局窗口缴纳，海关不会通过个人账户收税”。我上个月确实从德国买了个咖啡机，要交的话我去邮局交就行吧？', senders: FOLK },
  // ── 代购 friends ──
  { label: 'normal', text: '亲们这周日本代购周六截单～ドラッグストア这周セール，眼药水、防晒七折。规矩不变：我先垫钱买，到货拍小票给你，你收到东西再付款，不收定金。走EMS直邮，每个包裹控制在自用合理数量，真被征税的我把税单发群里，实报实销。', senders: FOLK },
  { label: 'normal', text: '언니～你要的那个面霜机场免税店今天有货，我明天回国顺手带两瓶，小票给你拍照，落地了你再转我就行，不用先给钱哈。', senders: ABROAD },
  { label: 'normal', text: '代购对账（5月第2批）\n━━━━━━━━━━━━\n品名 | 数量 | 日元 | 折合人民币\n防晒乳 | 2 | 3,960 | 192\n眼药水 | 3 | 2,640 | 128\n国际运费分摊 | - | - | 35\n━━━━━━━━━━━━\n合计355元，汇率按下单当天银行现汇卖出价。东西都到了再付，转账备注“5月2批”就行。', senders: PASTE },
  { label: 'normal', text: '群里问一下，有人用过“汇途”汇款吗？我老公在日本打工，说以后用这个App把工资汇回来，App里写每笔手续费880日元，这个是正规的吗？', senders: FOLK },
  { label: 'normal', text: 'Hey 你从大阪回来没？让你帮我带的那个电饭煲不用了哈，我这边买到了，别占你行李额度了😂', senders: FOLK },
  // ── banks: foreign exchange ──
  { label: 'normal', text: '{sig}您本年度个人购汇便利化额度为等值5万美元，截至{date}已使用等值{amt}美元。超出额度的留学、就医等购汇，请本人携真实性证明材料到网点办理。请勿出借本人额度或协助他人分拆购汇。', senders: OWN_PORT },
  { label: 'normal', text: '【星河银行】境外汇款回单\n━━━━━━━━━━━━━━\n汇款编号 | OR2505{code}\n收款人 | ZHANG XIAOYU\n收款行SWIFT | 见学校Invoice\n汇出金额 | USD 8,500.00\n手续费 | 汇款金额0.1%（最低50元，最高260元）\n电讯费 | 150元\n费用承担 | SHA（中转行费用由收款方承担，通常USD 15-25）\n━━━━━━━━━━━━━━\n款项一般2-5个工作日到账，可在手机银行“跨境汇款-汇款追踪”查询。', senders: PASTE },
  { label: 'normal', text: '{sig}您通过{app}“留学缴费”办理的学费汇款已汇出：GBP {amt}，收款方为学校官网公布的学费账户，附言已填写学号。如学校退回或金额有误，款项将原路退回，我行不会来电要求您把“差额”补到其他账户。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您设置的汇率提醒已触发：美元现汇卖出价低于7.15，当前7.1436（{date} 10:32）。如需购汇请在{app}内操作，成交价以实时汇率为准。牌价查询：{url}', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '{sig}您尾号{tail}的账户有一笔境外汇入款USD 2,000.00待入账，汇款人JIANG WEI。按外汇管理规定，请在{app}“跨境汇款-汇入申报”中选择交易性质（如“亲友赠与”）并确认，确认后即入账。申报不收费，工作人员不会向您索要验证码。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在办理购汇，金额等值{amt}美元，用途：留学学费。请勿泄露给任何人，如非本人操作请立即拨打{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您尾号{tail}的卡于{date}在境外商户OSAKA DRUG消费JPY 12,800，约合人民币{amt}元，以入账为准。如非本人交易请拨打{hot}，也可在{app}“卡片管理”中一键冻结卡片。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【星河银行】风险提示：近期有人以“帮忙换汇、给好处费”为由借用他人身份证和购汇额度。出借额度参与分拆购汇的，可能被列入外汇局“关注名单”，当年及之后两年不再享受个人便利化额度。请勿出借本人账户和额度。', senders: BULK },
  { label: 'normal', text: '{sig}{person}您好，您尾号{tail}的账户近期多笔境外汇入与您登记的职业信息不符，为保障资金安全，已暂停非柜面转出。请本人携身份证和资金来源说明（如工资单、亲属关系证明）到任一网点办理，核实后即恢复，网点办理不收费。', senders: OWN_LINES },
  { label: 'normal', text: '【星河银行】您预约的外币现钞（日元 JPY 300,000）已到网点，请于{date}前本人携身份证到幸福路支行领取，逾期预约自动取消。', senders: BULK },
  { label: 'normal', text: '[来电录音转写] {person}您好，我是{name}的客户经理，工号{tail}。您上午在App提交的境外汇款，收款人姓名拼音跟账户名对不上，系统已经退回，钱回到您原账户了。您对着学校发的Invoice重新提交一次就行，不需要您转账，也不用告诉我验证码。', senders: OWN_LINES },
  { label: 'normal', text: '{name}: Your outward remittance of USD 3,200.00 to the University of Melbourne (ref. OR{code}) was credited on {date}. Charges: CNY 50.00 handling and CNY 150.00 cable. Intermediary fees, if any, are deducted on the receiving side.', senders: OWN_PORT, en: true },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}结汇USD 1,500.00，成交价7.1102，入账人民币10665.30元。本年度结汇便利化额度剩余等值48500美元。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您刚才在柜台申请向境外个人账户汇款5万元，已为您暂缓办理，因为您提到收款人是“网上认识的海外军官”。建议您先和家人商量并咨询96110；如确认无误，可明日再来办理。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您申请的境外消费分期已生效：{date}在日本消费的{amt}元分6期，每期手续费率0.70%，首期随下期账单入账，可在{app}查看。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您申请的出国留学贷款10万元已发放至您本人尾号{tail}的账户，期限5年，按月等额还款。贷款信息将按规定报送征信系统，请按时还款；放款后我行不会以任何名义收取保证金或“解冻费”。', senders: OWN_PORT },
  { label: 'normal', text: '【星河银行】留学缴费与境外汇款须知\n1. 额度：每人每年个人购汇便利化额度等值5万美元；学费、住宿费超出额度的，凭录取通知书（或在读证明）和学校出具的缴费通知到网点办理，无需也不能借用他人额度。\n2. 收款信息：收款人名称、账号、SWIFT代码请以学校官网或学校邮件为准，陌生人发来的“新账户”“代缴账户”一律不用。\n3. 费用：手续费按汇款金额0.1%收取（最低50元、最高260元），另收电讯费150元；选择SHA时中转行费用由收款方承担，选择OUR时由您承担并在汇款时一次收取。\n4. 时效：一般2-5个工作日到账，可在手机银行“汇款追踪”查看，退汇款项原路退回。\n5. 安全：本行不会通过电话、短信要求您向个人账户转账、缴纳“保证金”或提供验证码；自称使领馆、海关、警方要求汇款的，请立即挂断并拨打96110。', senders: PASTE },
  // ── remittance apps ──
  { label: 'normal', text: '【汇途Remit】您汇往中国的JPY 100,000已入账收款人尾号{tail}的银行卡，到账人民币{amt}元，本次手续费JPY 880，汇率见App订单详情。汇途不会以“冻结”“解冻手续费”等名义要求您另行付款。', senders: BULK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户收到境外汇款人民币{amt}元，汇款人WANG JIANGUO（经汇途汇款），已入账。', senders: OWN_PORT },
  { label: 'normal', text: '【汇途Remit】您的汇款订单HT{code}正在进行合规审核（首次收款人），一般不超过1个工作日。审核期间无需任何操作，也不需要缴纳任何费用；如需补充材料，会在App内通知您上传。', senders: BULK },
  { label: 'normal', text: '【汇途Remit】您的在留卡有效期即将届满，请在到期前于App内上传更新后的在留卡正反面。更新前可正常查询订单，但暂时无法发起新的汇款。', senders: BULK },
  { label: 'normal', text: 'HUITU REMIT: TRANSFER HT{code} WAS RETURNED BY THE BENEFICIARY BANK (NAME MISMATCH). JPY 50,000 HAS BEEN REFUNDED TO YOUR CARD. FEES WAIVED. NO ACTION NEEDED.', senders: BULK, en: true },
  { label: 'normal', text: '[汇途在线客服]\n用户：我汇的钱显示“已汇出”两天了，家里还没收到\n客服：您好，请您先核对：1. 收款人姓名和银行卡户名完全一致；2. 卡号无误；3. 收款行支持境外汇款入账。目前订单状态正常，预计今天内到账。未到账的款项不会丢失，失败会原路退回，也不存在任何“加急费”。', senders: PASTE },
  { label: 'normal', text: '【汇途Remit】安全提醒：有人冒充“汇途客服”称您的收款被冻结，要先交“解冻保证金”。汇途的费用只在下单页面显示并扣除，不存在解冻费，客服也不会让您转账到个人账户。', senders: BULK },
  // ── families of overseas students and workers abroad ──
  { label: 'normal', text: '宝，这学期学费你把学校的Invoice发我，我在银行App里走“留学缴费”直接打给学校，不转你卡上了，省得你那边再换一次汇。生活费还是每月5号打你卡。', senders: FOLK, hours: TIMEZONES },
  { label: 'normal', text: '爸，学费学校那边显示收到了🎉 就是比Invoice少了20镑，应该是中间行扣的手续费，我问了学校finance office，说下学期补上就行，不急。', senders: ABROAD, hours: TIMEZONES },
  { label: 'normal', text: '【澳洲江城同学会】提醒各位新生及家长：\n1. 近期多起“虚拟绑架”：骗子让学生断开与家人的联系、自拍“被绑”照片，再向国内家长索要赎金；\n2. 接到自称“大使馆”“国内警方”说你涉案的电话，一律挂断；\n3. 家长收到孩子“被绑”的照片，先打孩子电话，打不通就联系同学会或当地警方（000）。', senders: PASTE },
  { label: 'normal', text: '老婆，这个月バイト多了十几个小时，工资发下来了，刚用汇途打了15万日元回去，你看到账没？口座那张卡的年费我也交了。别跟妈说我加班哈。', senders: ABROAD, hours: TIMEZONES },
  { label: 'normal', text: '여보，这周工资到了，我用厂里合作的那个汇款App打了300万韩元回家，差不多一万五千多块，到账了截个图给我。我在통장上设了自动汇款，以后每月25号自己打。', senders: ABROAD, hours: TIMEZONES },
  { label: 'normal', text: '媳妇，沙特这边项目部统一发工资，通过银行给家里汇，汇款人写的是公司的名字，你别以为是来路不明的钱不敢收哈，收到就行，不用回任何人电话。', senders: ABROAD },
  { label: 'normal', text: '刚才一个号码说是你同学，说你手机丢了，让我把生活费打给他。我没打，先给你发消息，你看到了回我，我们视频一下。', senders: FOLK, hours: TIMEZONES },
  { label: 'normal', text: '妈我手机好好的！！！没换号，也没让任何人找你要钱！！！那个是骗子，你把号码发我，我去跟学校安全办说。以后凡是要钱的，都先跟我视频，看见我脸再说！！', senders: ABROAD, hours: TIMEZONES },
  { label: 'normal', text: '#留学生防骗# 说说今天：接到一个自称“中国驻外使馆”的电话，说有个以我名义寄的包裹涉案，让我配合国内警方“远程笔录”、不要告诉家人。我直接挂了，打了使馆官网上的领事保护电话核实，根本没这回事。使馆不会打电话让你转账，更不会让你和家里断联！@江城留学生联合会 @江城反诈', senders: PASTE },
  { label: 'normal', text: '儿子，你下学期学费加房租超了五万美元的额度，我问了银行，拿录取通知书和学校的学费单就能超额购汇，不用找别人借额度。你同学说的那个“换汇的”别碰，那是违法的。', senders: FOLK, hours: TIMEZONES },
  { label: 'normal', text: '妈，我这边的大家さん（房东）说下个月起房租涨5000円，更新合同我已经签了。家里不用多打钱，我バイト够用，这个月的振込（转账）也自己交了。', senders: ABROAD },
  { label: 'normal', text: '엄마，我的外国人登录证办下来了，银行통장也开好了。以后生活费直接打我韩国的账户，账号截图发你，你在银行App里做境外汇款，收款人写我护照上的拼音名。', senders: ABROAD },
  { label: 'normal', text: '[留学生家长群]\n张妈妈：各位，孩子说学校要交一笔“签证保证金”，要打到一个私人账户，你们家有吗？\n李爸爸：我们没有。学校的钱都是打学校官方账户，私人账户肯定不对。\n张妈妈：好，我先不打，让孩子去问学校国际处。\n群主：大家都跟学校邮件核实，别信电话。', senders: PASTE },
  { label: 'normal', text: '闺女，妈看新闻说东京这几天降温，你多穿点。钱够不够？不够跟妈说，让你爸去银行给你汇，咱不找私人换钱。', senders: FOLK, hours: TIMEZONES },
  { label: 'normal', text: '오빠～我寄回家的箱子到了吗？EMS单号EG{code}KR，里面是给妈的海苔和护手霜，申报价值写了800块，应该不用交税。', senders: ABROAD },
  { label: 'normal', text: '舅，我在迪拜的合同续了两年，公司说下个月起工资直接打到我国内的卡，不走中介了，以后给家里的钱我自己在手机银行上转，谁打电话说是我让转钱的都别信。', senders: ABROAD },
  { label: 'normal', text: '收到了收到了，钱己经到帐，一万五千三。你在那边别太省，吃好点，天冷了记得买件厚衣服，别光顾着加班。', senders: FOLK, hours: TIMEZONES },
  // ── warnings: police, bank, consulate, relatives ──
  { label: 'normal', text: '【江城公安】提醒：“快递理赔专员”来电称您的快递丢失、可双倍赔偿，再让您下载会议软件、开通借款额度“刷流水”的，都是诈骗。快递理赔只在快递公司官方App或下单平台内办理。', senders: BULK },
  { label: 'normal', text: '[96110预警来电转写] 您好，这里是江城市反诈中心。系统监测到您刚才和一个境外号码通话二十多分钟，对方是不是自称海关或者公安，说您的包裹里有别人的护照？……对，那是诈骗。请不要按他说的去酒店开房间、不要关机、不要断开和家人的联系，也不要给任何账户转账。', senders: PASTE },
  { label: 'normal', text: '{sig}提示：来电自称“海关”“大使馆”“海外警方”，要求您把资金转入“监管账户”“保证金账户”的，均为诈骗。本机构工作人员不会要求您向个人账户转账。', senders: OWN_PORT },
  { label: 'normal', text: '【转发】社区群里看到的，大家提醒家里老人：冒充快递客服说“包裹丢了赔你300”，然后让下一个App“验证信誉”，最后让你借钱转过去。//@翠苑社区-孙阿姨：我家老头子差点上当！！//@翠苑物业：已经报派出所了，陌生链接千万别点', senders: PASTE },
  { label: 'normal', text: '奶奶，要是有人打电话说你的包裹里有违禁品、要抓你，不要理他，直接桂掉！海关不会打电话给你，也不会让你去银行。有事先给我打电话！！', senders: FOLK },
  { label: 'normal', text: '【领事提醒】近期多起针对中国留学生的电信诈骗：不法分子冒充使领馆或国内公检法人员，以“涉嫌洗钱”“包裹含违禁品”为由要求学生“配合调查”、与家人断联、拍摄被绑视频。使领馆不会通过电话通知涉案，更不会要求转账。如遇紧急情况，请拨打使馆官网公布的领事保护电话。', senders: PASTE },
  { label: 'normal', text: '各位站点负责人：本周起丢件、破损理赔统一走系统工单，48小时内必须回复客户，禁止让客户加个人微信私下处理，违者按制度考核。——江城区域运营中心', senders: PASTE },
  { label: 'normal', text: '寄日本那箱零食和书，海鸥国际给我报的价：\n━━━━━━━━━━\n方式 | 时效 | 价格\nEMS | 5-7天 | 286元\n空运小包 | 10-15天 | 158元\n海运 | 30天左右 | 95元\n━━━━━━━━━━\n我选海运了，反正不急。', senders: FOLK },
  { label: 'normal', text: '小李，给德国供应商的那笔货款走对公境外汇款，用途写“货物贸易”，费用选SHA，合同和发票扫描件一起交给开户行。千万别拿个人账户分几笔汇，外汇那边查得严。我下午回办公室签字。', senders: FOLK },
  { label: 'normal', text: '@所有人 问一下，银行短信说我账户有一笔境外汇入款，要在App里“汇入申报”选交易性质才能入账，是我表哥从新加坡打给我的钱。这个申报是真的吗？不用交钱吧？', senders: FOLK },
  // ── lawful collection ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款本期应还{amt}元已逾期5天。如您目前在境外，可用境外手机号登录{app}还款，或请家人通过“代他人还款”功能操作；我们不会联系您的家人催收。如需协商请拨打{hot}（9:00-21:00）。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '[智能语音] {person}您好，这里是{name}，您{date}到期的账单尚有{amt}元未还，请登录{app}查看。本次为今日唯一一次提醒，您也可以按“1”预约人工回电。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{person}您好，我是受{name}委托的江城合信商务服务有限公司工作人员，工号HX{tail}。您的借款已逾期32天，请通过{app}或{name}官方对公账户还款，切勿转入任何个人账户，委托关系可拨打{hot}核实。如您在境外工作、收入不稳定，可在App内申请分期，我会如实反馈。', senders: ['unknown_port', 'unknown_landline'], hours: DAYLIGHT },
  { label: 'normal', text: '{name}: the {date} instalment ({amt} yuan) is still unpaid. Overseas? Our app takes foreign cards and lets you log in with a foreign mobile number. We deal with you alone and never ring your parents. Hardship plan: {hot}.', senders: OWN_PORT, hours: DAYLIGHT, en: true },
  { label: 'normal', text: '[{app} 在线客服]\n用户：我在加拿大读书，下个月才有钱还，你们会不会打电话给我爸妈？\n客服：您好，我们只与您本人联系，不会向您的联系人透露借款信息。您可以在“还款-延期申请”里提交材料，审核通过后本期可延后30天还款，期间按合同计息。', senders: PASTE },
  // ── ordinary short messages ──
  { label: 'normal', text: '件到了没？', senders: FOLK },
  { label: 'normal', text: '取到啦，箱子有点瘪但东西没事，谢谢姐！', senders: FOLK },
  { label: 'normal', text: 'PARCEL DELIVERED TO FRONT DESK 14:32. PHOTO PROOF IN APP.', senders: BULK, en: true },
  { label: 'normal', text: '东京到了，落地报平安✈️ 在留卡拿到了，明天去区役所登记住址', senders: ABROAD, hours: TIMEZONES },
];

export const BLIND16_TEMPLATES: Template[] = [...NORMAL, ...BLIND16B_TEMPLATES];
