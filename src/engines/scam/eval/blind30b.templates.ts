/**
 * BLIND30 held-out bank, second part: fraud and harassment. Written with blind30.templates.ts by
 * the same independent (thirty-seventh) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: those of blind25b.templates.ts's header, (1) to (11) and the harassment rule,
 * applied in the same order, plus these for the cross-border theme.
 * (12) A foreign state body is a state body: a caller or text posing as 海关, 边检, 出入境 / 移民管理局,
 *      the 外汇管理局, 税务 (CRS), a 中国大使馆 / 总领事馆 or the 领事保护 hotline, or a foreign
 *      immigration office, police or visa section (香港入境处, 澳门司警, a 移民局 abroad), that asks
 *      for money, a fee, a card, a code, screen sharing, secrecy or a hotel "isolation" is
 *      `impersonating_authority`, also when the call starts as a courier and is "transferred" to
 *      that body, and also when the fee is called a 签证 / 签注 / 审核 fee.
 * (13) A courier (DHL-style, 国际快递, 转运), a 跨境电商 shop, an airline, a 免税 shop, an insurer, a
 *      tuition-payment platform, a carrier (roaming) or the victim's own bank's "境外用卡中心" that
 *      asks money or codes about a parcel, a duty refund, a cancelled flight, a policy or a card
 *      is `fake_customer_service` (rule 8), as long as no state body asks for the money.
 * (14) A kidnapping of a student abroad told to the parents by strangers is `other` (rule 11);
 *      the same story told by a "roommate", "classmate" or the child on a "new number" is
 *      `impersonating_acquaintance` (rule 4); the call that talks the student into hiding in a
 *      hotel in the name of an embassy or the police is `impersonating_authority` (rule 12).
 * (15) Private 换汇, 代购, 水货 phones, rentals abroad (a deposit before any viewing), 代办签注 and
 *      留学中介 "保录" fees — paid for and never delivered — are `fake_shopping` (rule 10); a
 *      return on money (港险 "保证 IRR", 外汇 平台, 香港 IPO 配售, USDT 搬砖, 海外房产 包租, 强积金
 *      "转私人基金") is `fake_investment`; credit that wants a fee first (留学贷, 资金证明 垫资,
 *      香港居民 消费贷) is `fake_loan`; removing 逾期 / 边控 / 限制出境 records, or an HK / UK
 *      credit file, for a fee is `fake_credit_repair`.
 * (16) Overseas job offers that want a deposit, renting out a passport or a bank card, green-card
 *      "lotteries" with a fee and sextortion of students are `other`.
 * Harassment (as in blind25b): a REAL collector about the victim's own real debt who calls between
 * 22:00 and 08:00 (+08:00, whatever the debtor's time zone), tells or presses parents in China,
 * the school or employer abroad, room-mates or a 华人 group, threatens 限制出境, 边控, deportation
 * or a 海关 "flag", insults, adds a 跨境催收费, pushes a new loan, or poses as a court, a law
 * firm (including a "Hong Kong law firm") or the police, to press repayment of that debt.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and cheap numbers that scammers rent. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** People (or people posing as people) on their own phones. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Callers posing as a service or a state line. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Official-looking numbers: prefixed short codes and look-alike ports. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Overseas callers and senders. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** Pasted chats, posts, retellings, call transcripts. */
const PASTE: Template['senders'] = ['none'];
/** A victim telling a relative, on a phone or pasted. */
const FAMILY: Template['senders'] = ['mobile', 'none'];
/** Mixed: a bulk port, a mobile, or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Strangers abroad or on MVNO numbers, or pasted. */
const ABROAD_ANY: Template['senders'] = ['foreign', 'virtual', 'none'];
/** A collector (or its agent) on the lender's own channels. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collector's agency on a desk line, a work mobile or an MVNO number. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Outside 08:00–22:00. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
/** Calls timed for a time zone abroad (late evening and small hours in China). */
const ABROAD_HOURS = [20, 21, 22, 23, 1, 3, 9, 15];
/** Evenings. */
const EVENING = [19, 20, 21];

const FRAUD: Template[] = [
  // —— impersonating_authority: 海关, 边检, 使领馆, 出入境, 外汇局, 移民局 abroad, 公安 "跨境洗钱" ——
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 您好，这里是DHL国际快递，您有一票从曼谷寄来的进口件，申报品名写的是茶叶，过X光机时查出夹层里有K粉和三本别人的护照。这个我们处理不了，现在把电话给您转到广州白云机场海关缉私分局……（转接后）我是缉私警官，您涉嫌走私毒品，需要把名下资金转到“清查监管账户”接受核验，通话全程保密，不要挂机。', senders: FAKE_LINES, hours: EVENING },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音外呼] 这里是中国驻温哥华总领事馆，您有一份领事文件逾期未领取，文件涉及您在国内的一宗刑事案件，请按9转人工。……（人工）您的护照号已被国内公安机关录入协查系统，需要您配合做资金清白证明，把账户里的钱汇到我们给您的监管账户，三天后全额返还。', senders: OVERSEAS, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_authority', text: '【中国驻澳大利亚使馆】您的护照因涉嫌违规使用已被暂停，回国入境时将被边控。请于24小时内登录 {url} 填写《海外公民核查表》并缴纳核查费，逾期视为放弃申辩。', senders: BULK_BAD, links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【澳大利亚移民局】您的学生签证(subclass 500)因出勤率低于80%将于48小时内被取消。如需保留签证，请立即缴纳 AUD 980 违规罚款：{url} 。逾期未缴将安排遣返并记录在案。', senders: OVERSEAS, links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，是{person}吧？我这边是公安部跨境犯罪侦查局的，你名下有一张银行卡被柬埔寨的诈骗团伙用来跨境转移赃款，涉案三百八十多万。你下周去香港的航班已经被我们做了限制出境，想要解除，必须配合做资产核查：先下载“公安云视频”这个软件 {url} ，开着屏幕共享，我们一步步来。', senders: FAKE_LINES, links: ['apk', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家外汇管理局】经监测，您本年度个人购汇存在“蚂蚁搬家”式拆分购汇，已被列入外汇关注名单。须于{date}前缴纳违规保证金{amt}元办理解除，否则将冻结您名下全部银行账户。办理入口：{url}', senders: BULK_BAD, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转文字] 同学你好，我们是中国驻日本大使馆领事部，国内公安发来一份协查函，你的护照信息被人用来开了好几个账户洗钱。为了你的安全，接下来几天你要一个人住到酒店，手机关掉微信，不要和父母、同学联系，有人问就说在备考。你先把生活费账户的钱转到我们指定的保证账户做冻结。', senders: OVERSEAS, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_authority', text: '【香港入境事务处】阁下之“高端人才通行证计划”申请因文件不齐已暂停处理，请于三个工作日内经 {url} 补交资料并缴付港币3,800元加急审核费，逾期申请将自动撤销。', senders: OVERSEAS, links: ['lookalike', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[电话录音整理] 喂，系咪陈生？我哋系澳门司法警察局，你喺澳门嘅银行户口牵涉一单洗黑钱案，而家要冻结。你唔想留案底就要即刻配合，将户口啲钱转去我哋嘅监管账户，呢件事唔好同屋企人讲，否则当你妨碍司法。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_authority', text: '阿姨您好，我这边是市公安局出入境管理支队的，您下个月去美国看女儿用的那本护照，被人冒用在边境办了出境记录，现在系统判定您有偷渡嫌疑。您要先把存款转到我们的安全账户做个资金冻结，不然出不了境，这事不能跟您女儿说，她那边也在调查范围内。', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '【深圳湾边检站】您于{date}通关时被系统记录为“疑似携带超额现金未申报”，须于72小时内线上补申报并缴纳罚款{amt}元，逾期将纳入限制出入境名单。补申报：{url}', senders: BULK_BAD, links: ['ip', 'lookalike', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，我是税务局国际税收科的。根据CRS金融账户涉税信息交换，您在香港的储蓄险和证券账户有未申报的境外收入，需要补缴个税和滞纳金共{amt}元。这笔钱请转到我们专管员的账户{acct}，今天下班前不缴就移交稽查，会影响您出境。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 这里是外交部全球领事保护与服务应急热线，您儿子在泰国清迈因签证逾期被当地移民局扣押，明天就要遣送进移民监。我们可以协调先保释出来，但保释金要家属先垫付，现在就加领事官员的微信，把钱转过去，越快越好。', senders: OVERSEAS, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_authority', text: '【美国驻华使馆签证处】您预约的F-1签证面谈因系统升级需重新核验，请于{date}前登录 {url} 支付SEVIS复核费及加急费共{amt}元，未复核者面谈资格将被取消。', senders: BULK_BAD, links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '台胞陈先生您好，这边是国家移民管理局台湾事务窗口，系统显示您的台湾居民来往大陆通行证多次入境未申报居住登记，证件即将注销。要保留证件，请加办事专员微信，今天内缴纳补登记费和担保金，办完担保金原路退回。', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '[短信] 海关总署通知：您的个人物品邮件因申报价值与实际不符被暂扣，需补缴税款及滞纳金{amt}元，逾期将移交缉私部门立案并影响个人征信。缴纳通道 {url} （仅限今日）', senders: BULK_BAD, links: ['shortener', 'ip'] },
  // —— fake_customer_service: 国际快递, 跨境电商, airlines, 转运, 免税, roaming, the bank's 境外用卡中心 ——
  { label: 'fraud', type: 'fake_customer_service', text: 'DHL Express：您的国际包裹因收件人税号缺失被退回转运中心，请在24小时内下载“DHL清关助手”补录信息并支付代缴关税，否则包裹将被销毁：{url}', senders: BULK_BAD, links: ['apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转文字] 您好，我是顺丰国际理赔专员，您寄往温哥华的包裹在加拿大海关被查出奶粉超量，已经被没收销毁了。我们按三倍给您理赔，您打开支付宝搜一下“备用金”，先把额度领出来，我这边才能把理赔款和备用金一起走对公退回去。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是跨境电商平台全球购的售后，您上个月买的日本代购鱼油被检出重金属超标，平台统一召回并三倍赔偿。赔偿要走跨境结算，麻烦您下载一个会议软件，开一下屏幕共享，我指导您在手机银行里操作收款。', senders: FAKE_LINES, links: ['none'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【航班变动】尊敬的旅客，您预订的{date}香港飞伦敦航班因机械故障取消，为您提供改签及延误补偿{amt}元，请于2小时内致电退改专员{phone}办理，逾期补偿作废。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，这里是{name}境外用卡风控中心，您尾号{tail}的卡刚才在曼谷有一笔两万多泰铢的消费，我们判断是盗刷已经拦下来了。为了防止继续被刷，需要您把卡里余额先转到我行的“安全托管户”，我把户名和账号发您短信，验证码念给我就好。', senders: ['lookalike_short', 'lookalike_400', 'prefixed'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是您香港储蓄险保单的客户经理，因今年美元汇率调整，您的保单需要办理“汇率差额补偿”，不办的话每年分红会少三千多。补偿款要先验证您的收款能力，请把一万元转入保险公司的内地代收账户{acct}，当天连同补偿一起退回。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '【留学缴费】您通过本平台缴纳的学费因汇率锁定失败被银行退回，退款需在 {url} 验证收款账户并输入手机验证码，48小时内未验证将影响学校注册。', senders: BULK_BAD, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '转运仓客服：亲，您的转运包裹（单号尾号{tail}）复称超重4.6磅，且含带电物品需走特殊渠道，请在今日补缴运费及渠道费{amt}元，否则将退回卖家。补缴请直接扫码或转账至客服个人支付宝，系统维护中暂不能在App内支付。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您在离岛免税店下的订单因提货人证件信息与航班不一致被海关退单，税款需退还给您。请添加退税客服QQ，按提示在“退税申请”页面填写银行卡号和有效期，再把收到的验证码发给客服完成退款。', senders: MIXED, links: ['none'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【国际漫游】您的号码在境外产生高额漫游及数据费用{amt}元，已欠费，今日18:00前未处理将停机并影响征信。如有疑问请按提示回拨人工客服{phone}办理减免。', senders: BULK_BAD },
  // —— fake_investment: 港险, 外汇, 香港 IPO, USDT 搬砖, 海外房产, 强积金, 澳门 贵宾厅 ——
  { label: 'fraud', type: 'fake_investment', text: '姐，这款香港储蓄分红险保证IRR 8%，比内地的高一倍，额度是我们内部拿的，下周就停售了。你不用亲自去香港签单，保费先转我个人账户，我帮你走“地下保单”，三天出保单截图给你。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '【环球外汇学院】欧美盘今晚21:30开盘，导师带单非农行情，上周学员平均收益37%。MT5开户送200美元体验金，入金满1万美元再享一对一喊单：{url}', senders: BULK_BAD, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '兄弟，港股下周有个新股，我们券商有“基石配售”的内部额度，中签率百分百，上市首日起码翻一倍。最低认购20万港币，名额今晚截止，你先把钱打到我给你的香港公司户口，我帮你锁定。', senders: ['mobile', 'foreign'] },
  { label: 'fraud', type: 'fake_investment', text: '[群聊截图] 迪拜USDT搬砖项目：国内人民币买U，迪拜线下兑迪拉姆，每单利润3%，一天跑两单，月收益180%。首次入金一万起，资金由团队“承兑商”担保，加群主拉你进交易群。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '各位华尔街读书会的朋友，今晚纽约开盘后，老师会在群里直播期权实盘。新朋友请下载我们合作券商的App {url} ，首次入金5000美元赠送半年VIP策略，名额只剩8个。', senders: ABROAD_ANY, links: ['apk', 'random'], hours: ABROAD_HOURS },
  { label: 'fraud', type: 'fake_investment', text: '陈生你好，你嘅强积金放喺公司个计划度每年得两三厘，我哋有个私人基金保证年回报12%，每个月派息。你只要签份授权书，将强积金转晒过嚟，我哋帮你搞晒手续，唔使你出面。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '澳门贵宾厅股东招募：投入五十万即占一个点位，每月按厅房流水分红，保本保息，年化不低于36%。我们在葡京那边有正规牌照，可以安排你免费过去考察，住宿全包。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '泰国芭提雅海景公寓，中国人可以永久产权，开发商包租十年，每年返租金10%，首付只要三成，签完合同我们帮你办养老签证。定金五万先打到我们在深圳的代收账户，名额有限。', senders: MIXED },
  { label: 'fraud', type: 'fake_investment', text: '离岸人民币汇差套利平台，利用香港和内地的汇率差自动交易，日收益稳定1.5%，本金随时可提。注册即送388体验金，邀请好友再奖励：{url}', senders: BULK_BAD, links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '[微信语音转文字] 老乡，我在香港金银业贸易场做现货黄金的，是正规会员行，最近美联储要降息，金价肯定冲，你跟着我做，一手赚个几千很正常。先在我们平台开个户，入金走香港户口，我给你发链接。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，我们是一家香港家族办公室，为内地高净值客户配置海外美元基金，保证本金、年化15%、按季派息。起投100万人民币，可以分批通过“地下钱庄”入境，避开5万美元额度限制，合同在香港签。', senders: OFFICIALISH },
  // —— fake_loan: 留学贷, 资金证明 垫资, 香港居民 / 华人 loans, 解冻金 ——
  { label: 'fraud', type: 'fake_loan', text: '【留学金融服务】凭海外录取通知书即可申请留学贷，最高50万，无需父母担保、不查征信，三天放款。放款前需缴纳2%“资金监管费”用于出具银行验资函，放款后全额退还。申请：{url}', senders: BULK_BAD, links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'fake_loan', text: '签证资金证明垫资：20万存款证明冻结30天，出证快、使馆认可，适用英美澳加各国学签和旅游签。需要先交服务费3000和保证金一万，证明开出来后保证金退还。有意私聊，今天下单当天办。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '香港居民专享：凭回乡证即可申请内地消费贷，免入息证明，最快一小时到账。你的额度已批8万，到账前按规定要先交一笔“跨境账户激活费”，转到放款专员账户{acct}，到账后会一并返还给你。', senders: ['foreign', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: '澳洲华人专属贷款，护照加签证即可申请，不看国内征信也不看本地credit score，额度AUD 5,000–50,000。审核已通过，请先用微信支付首期利息及手续费人民币{amt}元，款项当天汇入你的澳洲账户。', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在本平台申请的借款{amt}元放款失败：收款卡为境外发卡行，系统判定为跨境洗钱风险，资金已冻结。请在30分钟内缴纳解冻金（借款金额的10%）完成资金核验，逾期将上报征信：{url}', senders: BULK_BAD, links: ['ip', 'random'] },
  { label: 'fraud', type: 'fake_loan', text: '[来电转文字] 你好，这边是大湾区港澳青年创业扶持中心，你之前登记过创业贷对吧？现在有一批免息贷款，最高五十万，你是港澳居民直接就能批。但是要先交三千块担保费，我们合作的担保公司出了担保函才能放款。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '投资移民过桥资金：帮您做满500万资产证明，移民局审核期间资金在您名下，审核完成后归还。日息万分之五，前期只需缴纳5%“资金占用保证金”，签约当日放款，全国可办。', senders: MIXED },
  // —— fake_credit_repair: 征信 and visas, 留学贷 逾期, 限制出境, an HK or UK credit file ——
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，系统查到您的征信报告有两次逾期记录，办理申根签证或者英国签证时使馆会调取征信，有逾期的大概率拒签。我们有银行内部渠道，可以在签证递交前把逾期记录删除，一条收费2800，先付一半。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转写] 我是{name}的客服，您读大学时在我们平台注册过一个学生贷款账户，一直没注销，按规定现在已经上报征信，您要出国读研的话政审和资金证明都会受影响。需要您把账户里的额度先借出来转到我们监管账户清零，才能注销。', senders: ['lookalike_400', 'lookalike_short', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '被限制出境、上了失信名单、边控的都能处理！专业团队对接法院和出入境系统，最快三天解除，先交定金，不成功退款。已帮几百位老板顺利出境，详询{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '留学生朋友们注意：英国credit score太低租房、办合约机都会被拒。我们可以帮你修复Experian信用记录，删除逾期和CCJ，一周见效，只需支付£300服务费（可人民币支付）。私信联系。', senders: ABROAD_ANY },
  { label: 'fraud', type: 'fake_credit_repair', text: '环联信贷评级E级都可以帮你洗返A级！撇账、IVA、破产记录都搞得掂，洗完即刻可以申请银行贷款同信用卡。先收一半手续费，搞掂再收另一半，WhatsApp联络{phone}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '【助学贷款中心】您办理的国家助学贷款已逾期{amt}元，逾期记录将同步征信并限制出境。如需消除记录，请在今日内添加专员办理“征信修复”，需缴纳修复保证金，修复完成后退还。', senders: BULK_BAD },
  // —— fake_shopping: 代购, rentals abroad, 留学中介 保录, 换汇, 代办签注, tickets, 水货 phones ——
  { label: 'fraud', type: 'fake_shopping', text: '日本药妆代购，现在下单东京直邮，全款付清三天发货哈。……亲，你的货到海关了要补税，按货值30%补{amt}元，交了才能清关。……亲，税交了还差一个“检疫费”，这次是最后一笔，付完明天就派送，不付的话货会被退回日本，之前的钱也退不了哦。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: 'Hi，伦敦Zone 2的一室公寓，月租£1,100，包bill，近地铁站。我现在人在苏格兰工作，没法带你看房，你先通过西联汇款付两个月押金和第一个月房租，我收到后把钥匙快递给你，合同电子签就行。', senders: ['foreign', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '名校保录！我们和英国几所G5有内部合作渠道，雅思不够、均分不够都能拿无条件offer。先交5万“名额锁定费”，offer下来再付尾款，拿不到全额退。今年名额只剩3个，家长要抓紧。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '私人换汇，汇率比银行好三个点，人民币换澳币、加币、英镑都可以，当天到账。你先把人民币转给我，我这边马上从本地账户给你打外币，量大还能再优惠。', senders: ABROAD_ANY },
  { label: 'fraud', type: 'fake_shopping', text: '港澳签注代办，加急当天出，不用本人去出入境，也不用预约。一次签300，二次签450，先付款后办理，把身份证照片和通行证首页拍给我就行。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天] 红馆演唱会内场两张，原价转，我人在香港到时候入场前当面交票也行，但要先付一半定金锁票。……定金收到啦，不过这场是实名入场，要再补一个“转名费”{amt}元，我才能把票转到你名下，今晚不转名就来不及了。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '港版iPhone全新未激活，比官网便宜两千，深圳湾口岸交货或顺丰到付都行。顺丰到付要先付30%订金，剩下的验货再付。要的抓紧，这批货就剩五台了。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '回国甩卖！悉尼华人区自住家具家电，沙发冰箱洗衣机打包800澳币，先付200定金留货，下周搬家前来取。定金请转人民币到我国内的支付宝，我这边不方便收现金。', senders: ABROAD_ANY },
  { label: 'fraud', type: 'fake_shopping', text: '【留学机票】学生专享特价票，上海飞多伦多单程2980元含两件行李，出票后不退不改。支付后请联系客服{phone}出票。如遇舱位变动需补差价及改签费，补足后方可出票，未补足的订单款项不予退还。', senders: BULK_BAD },
  // —— impersonating_acquaintance: children abroad, room-mates, bosses in Hong Kong, hacked relatives ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，是我，我手机在地铁上被偷了，这是我同学的号。学校说这学期的住宿押金今天必须交，不然要把我从宿舍清出去，你先转两万到这个卡{acct}，是我同学的卡，他帮我交。先别跟爸说，他又要骂我。', senders: OVERSEAS, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿姨您好，我是小雨在悉尼的室友。小雨今天骑车被车撞了，现在在医院做手术，她没买当地的医疗保险，医院要先交押金八千澳币才肯手术。她现在说不了话，让我先找您，您能不能先把钱转给我？', senders: ABROAD_ANY, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小刘，我是陈总，这两天在香港开会，手机不方便接电话。有个供应商的货款要今天付，我这边境外卡转不回内地，你先从公司账户转38万到这个账户，回头我补审批。这事先别在群里说。', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表姐，我在美国这边信用卡被锁了，房东今天催房租，你先帮我微信转八千人民币给她国内的账户，我这边解锁后马上用美元还你，汇率按你说的来。截图发你了，就这个账户。', senders: ['virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[来电转文字] 奶奶……是我……我在加拿大出事了，开车撞了人，警察把我扣着，要交保释金才能出去。您千万别告诉我爸妈，他们知道了会气死的。律师一会儿给您打电话，您按他说的把钱转过去。', senders: OVERSEAS, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老同学，我是阿杰啊，现在在新加坡上班，换了本地号码。想麻烦你个事：我要给国内爸妈转一笔钱，从这边汇回去手续太麻烦，我先把新币转你，你帮我用人民币转给我爸，你先垫一下，我这边转账要一两天到。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '叔叔您好，我是您女儿在新加坡的男朋友，她不好意思自己开口。她这学期打工被老板拖欠工资，学费还差三万多人民币，明天就截止了。她让我跟您说一声，直接转我这个账户就行，我帮她交。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位老乡，我是温州同乡会的会长老林，这个是我的新微信。有个刚来米兰的同乡小孩被房东赶出来了，钱包也丢了，我先发起个互助，大家能帮就帮，直接转到我这个账户，我统一给他。', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '外甥女，我是你台湾的表舅，好多年没联系了，这次来大陆谈生意，在厦门机场行李被拿错了，证件和卡都在里面。你先借我两万块周转一下，等我回台湾马上汇给你，不要跟你妈讲，我不好意思。', senders: PERSONAL },
  // —— game_trading: 港服 / 国际服 / 台服 / 日服 accounts, 外区 top-ups, skins ——
  { label: 'fraud', type: 'game_trading', text: '出港服Steam账号，库存两百多个游戏，钱包余额还有一千多港币，原价上万，现在一口价888。走私下交易不走平台，平台抽成太高，你付款我马上发账号密码和邮箱。', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '国际服UC、原神外服创世结晶代充，比官方便宜四成，走外区汇率差。扫码付款后把游戏账号和密码发我，半小时到账。到账前系统会冻结订单，需要你再扫一次码补个差价解冻，补完立刻到。', senders: ['virtual', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '你好，你在交易平台挂的台服游戏账号有买家拍下了，但是你的收款账户未开通跨区收款功能，资金被冻结。需要你先交{amt}元保证金开通，开通后连同货款一起退回：{url}', senders: BULK_BAD, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'game_trading', text: '日服抽卡代肝，限定角色保底出，包月只要198。把账号借我登录，我这边日本IP不会被封。先付全款，出货截图给你看。', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '【国际服福利】海外版手游周年庆，登录领取限定皮肤兑换码，名额有限：{url} 使用游戏账号密码登录即可领取，领取后需支付6.8元“跨区激活费”。', senders: BULK_BAD, links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'game_trading', text: '[聊天记录] 兄弟，你那把CS2的刀我出价比市场高两成，我在美国，走海外交易平台，平台会给你发收款邮件。……（对方发来假邮件）你看，平台说你要先付押金验证卖家身份，付了钱就放款。', senders: PASTE },
  // —— romance: 杀猪盘 across borders ——
  { label: 'fraud', type: 'romance', text: '宝贝，今天中环下了一天雨，开完会才看到你的消息。我们投行内部有个港股打新的账户，我每次都用它，你也开一个吧，我手把手教你，赚了钱我们明年就在深圳买房。入金的账户我发给你，记得别跟家里说，等赚到了给他们惊喜。', senders: ['foreign', 'virtual', 'none'], hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '哥哥，我好想去大陆见你呀，可是我们这边办台胞证加机票要两万多新台币，我这个月薪水被公司压着还没发。你可以先帮我出机票钱吗？见面我就还你，我还会带凤梨酥给你喔。', senders: ['foreign', 'virtual'] },
  { label: 'fraud', type: 'romance', text: '亲爱的，我在新加坡的跨境电商店这周搞周年庆，后台有个“供货商充值”的活动，充一万返一万五，我自己的额度用完了。你用你的名字帮我开个店铺账号充一下好不好？赚的都是我们俩的，结婚的钱就靠这个了。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '我先生去世三年了，一个人在吉隆坡守着他留下的园子。认识你之后我又想活下去了。他的遗产在律师楼里，要转到中国给你保管，律师说需要你先付一笔公证和跨境转账费，你愿意帮我吗？', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '[交友软件] 我在伦敦读研，下学期学费差三千多镑，爸妈生意出了点问题打不过来钱。你说过会照顾我的……你能先借我吗？我用你的人民币付款，比我换汇划算，我毕业回国第一件事就是去见你。', senders: ABROAD_ANY, hours: ABROAD_HOURS },
  { label: 'fraud', type: 'romance', text: '老公，我在澳门赌场做荷官，你别告诉别人，我们厅的百家乐电子台有漏洞，每天晚上九点到十点跟着我下注稳赢。你先在这个网站充五千试试，我看着后台给你提示：{url}', senders: ['foreign', 'virtual', 'none'], links: ['random', 'ip'], hours: [21, 22] },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 宝贝我的日本工作签证下周就到期了，续签要交一笔保证金，不交就要被遣返，遣返了我们就见不了面了。我已经借遍了朋友，你能不能先帮我转十万日元，大概五千人民币，我发工资马上还你。', senders: ['foreign', 'virtual'], hours: [22, 23, 0] },
  { label: 'fraud', type: 'romance', text: "My love, I am at Heathrow now, customs stopped me because I carry the cash for our new home. They need a clearance certificate fee of 2,500 GBP before they release me to fly to China. Please send it to the agent's account, I will pay you back the moment I land. Don't tell anyone, they won't understand our love.", senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '在婚恋网上认识的加拿大海归，聊了两个月说想回国和我结婚，说回国前要把在那边的存款换成人民币，但外汇额度不够，让我先借他二十万，他用外币分批汇还给我。我已经转了八万了，他说还差一点，这个还要不要转？', senders: FAMILY },
  { label: 'fraud', type: 'romance', text: '妹妹，我在迪拜的项目下个月结束，到时候就去广州找你。这里的公司给员工配了一个海外理财账户，收益很高，我帮你也申请了一个，你把钱转进去，我们一起存结婚基金好不好？', senders: OVERSEAS, hours: [23, 0, 1] },
  // —— brushing_rebate: Amazon reviews, TikTok likes, Google reviews, Shopee orders, hotel reviews ——
  { label: 'fraud', type: 'brushing_rebate', text: '亚马逊海外店铺招评价员，在家就能做：按要求下单给五星好评，本金加佣金当天返，一单赚15-50元。前三单小额体验，之后进入联单任务，需先垫付才能一起结算。', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '【TikTok海外推广】给指定视频点赞关注，每个任务0.8美元，每天100个任务，佣金以USDT结算。完成新手任务后进入“充值加速通道”，充值越多佣金越高：{url}', senders: OVERSEAS, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: "Hi, this is Emma from a digital marketing agency. We pay $5 for each 5-star review on Google Maps, $60 to $200 a day, no experience needed. After your first tasks you will join our merchant tasks on our platform and get a 30% bonus. Are you interested?", senders: ['foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '[兼职群] Shopee跨境店冲销量，帮忙下单不用收货，拍下后截图给接待员，佣金8%。今天有高佣联单，3单一组，垫付{amt}元，全部完成后本金加佣金一起退，中途放弃不退。', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '海外华人宝妈兼职：在家给酒店预订网站写评价，每条评价返20元，日结。满5单后升级VIP任务，需要先充值解锁高佣任务，充多少返多少再加佣金。', senders: ABROAD_ANY },
  { label: 'fraud', type: 'brushing_rebate', text: '你好，我们是海外视频平台的推广部，需要真人给YouTube频道刷播放量和订阅，一个截图3元。先加入任务群领取第一笔佣金，后面的“福利单”需要预付，返还比例130%。', senders: PERSONAL },
  // —— other: fake kidnappings, charity, overseas jobs, green-card lotteries, sextortion, renting out cards ——
  { label: 'fraud', type: 'other', text: '你女儿在我们手上，她现在很安全。不许报警，不许联系大使馆，24小时内准备五十万人民币，按我们发的账户分三笔转。你一报警，她就回不去了。视频你自己看。', senders: OVERSEAS, hours: [1, 2, 3, 23] },
  { label: 'fraud', type: 'other', text: '[家长转述] 凌晨三点收到一个视频，我儿子在墨尔本被绑在椅子上，对方要两百万赎金，只能转到香港一个账户，不许打孩子电话。我们已经凑了六十万转过去了，他们说还差一百四十万。大哥你先借我们五十万，今天天亮前必须转，别报警，求你了。', senders: FAMILY, hours: [3, 4, 5] },
  { label: 'fraud', type: 'other', text: '【海外华人爱心援助】东南亚华人社区遭遇特大洪灾，数百名华侨儿童无家可归，恳请同胞伸出援手。捐款请转至援助会负责人账户{acct}，善款全部用于救灾。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '迪拜五星酒店高薪招聘服务员，月薪两万五，包吃包住包机票，不需要英语。先交体检费、签证押金和培训费共一万二，到岗三个月后押金退还。今天报名还有名额。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '【美国移民服务中心】恭喜您！您的DV绿卡抽签申请已中签，请于7日内缴纳签证处理费和体检预约费共{amt}元，逾期视为放弃：{url}', senders: BULK_BAD, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '同学，你昨晚跟我视频的画面我都录了，你学校的邮箱和你ins上的好友我都有。24小时内转1500美元到这个账户，不然我发给你的同学、导师和你国内的父母。', senders: ABROAD_ANY, hours: [0, 1, 2, 23] },
  { label: 'fraud', type: 'other', text: '出租护照和银行卡给海外公司做跨境结算，一张卡一个月三千，护照带过去境外公司办个手续，来回机票报销，什么都不用做。想做的加我，要有港澳通行证或者护照。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '恭喜您获得“港澳三日游”免费名额，酒店门票全包，只需缴纳旅游意外险和通关服务费{amt}元即可预约出行日期：{url}', senders: BULK_BAD, links: ['shortener', 'random', 'unknown_legit'] },
  { label: 'fraud', type: 'other', text: '[招聘私信] 柬埔寨西港的网络客服，月薪一万五起，包机票，只需要会打字。出发前交三千押金占名额，到了再办工作签证，护照统一由公司保管。', senders: ['virtual', 'foreign', 'none'] },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 您好，是去年登记过“父母探亲旅游分期”的{person}吗？您申请的三万元额度已经批了，可以直接用来买去澳洲的机票和办签证。放款前要做一次“还款能力验证”，您先往自己名下的卡转入额度的20%，截图给我，我这边再在系统里解冻。实际就是把钱转到我们验证专户，验证完马上退。', senders: FAKE_LINES },
  { label: 'fraud', type: 'game_trading', text: '[游戏私信] 老板，你要的港服账号我这边有现货，满级加全皮肤，走中间人担保交易更安全。这个是我们的担保平台{url}，你先把钱付到平台，平台会先冻结，确认收号后再放款给我。', senders: PERSONAL, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转文字] 您好，这里是个人征信服务中心，查到您名下有一笔在澳门的信用卡透支逾期，已经同步到内地征信，会影响您下次办港澳签注和出境。我们可以帮您做异议处理，把记录撤销，但是需要您先把欠款转到我们指定的清算账户，由我们代为还款。', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 我是你大学的辅导员李老师，这个是我新号。你们班去年出国交换的那位同学在那边出了事，学院在帮忙筹款，我先私下跟几个同学说一下，能帮就转到我这个微信，别在群里说，怕他家里知道。', senders: ['virtual', 'none'] },
];
const HARASSMENT: Template[] = [
  // —— night contact, on the lender's own channels and by agencies ——
  { label: 'harassment', text: '{sig}{person}，您的借款已逾期{amt}元。知道您人在国外有时差，我们就挑这个点打给您，接不接都会一直打，今天不处理明天继续。', senders: COLLECTOR_OWN, hours: [23, 0, 1, 2] },
  { label: 'harassment', text: '{sig}提醒：您在{name}的借款今日为最后还款期限，请于今日内结清{amt}元。本短信于凌晨发送，请知悉，未结清将持续提醒。', senders: COLLECTOR_OWN, hours: [5, 6, 7] },
  { label: 'harassment', text: '[来电转写] 阿姨，这么晚打扰了，您儿子在英国借了我们的钱一直不还，他那边现在是下午，电话就是不接。您是他妈，这钱您得替他先还上，不然我们每天这个点都打给您。', senders: AGENCY, hours: [22, 23, 0, 1] },
  { label: 'harassment', text: '今天已经是第十一次打给你了，你挂一次我就换一个号码再打。别以为躲在澳门就没人找得到你，欠{name}的{amt}元今天必须还。', senders: AGENCY },
  // —— parents, relatives and villagers in China ——
  { label: 'harassment', text: '{person}您好，您女儿在澳大利亚读书期间在我司平台借款逾期三个月未还，现通知您作为直系亲属代为偿还{amt}元。若三日内未还，我们将把她的欠款情况发到你们家族群里。', senders: AGENCY },
  { label: 'harassment', text: '你躲到国外去了，你爸妈可还在老家。我们的外访人员明天就去你们村，在村委会门口把你的欠款公告贴出来，让全村人都知道你是个跑路的老赖。', senders: AGENCY },
  { label: 'harassment', text: '别以为换了香港号码就没事，你通讯录里的人我们都有。今天下午之前不还，就给你通讯录每个人发一条：你欠钱不还跑去香港了。你叔叔、你表哥、你大学同学，一个都跑不掉。', senders: ['virtual', 'mobile'] },
  { label: 'harassment', text: '我们知道你爸妈住在哪栋楼，老人家年纪大了，经不起吓，你自己掂量。欠款{amt}元今天还清，大家都省事。', senders: AGENCY, hours: [21, 22, 23] },
  // —— the school, the employer, room-mates and the 华人 group abroad ——
  { label: 'harassment', text: '我们已经查到你在墨尔本读研，学院和国际学生办公室的邮箱都拿到了。再不还钱，我们就写邮件告诉你们学校你在国内欠网贷不还，到时候学校会不会开除你、签证能不能续，你自己想。', senders: ['virtual', 'foreign', 'mobile'] },
  { label: 'harassment', text: "This is a notice about your overdue loan of RMB {amt} with {name}. If you do not repay today, we will contact your university's international office, your flatmates and your parents in China, and tell them you ran away from your debt.", senders: ['foreign', 'virtual'], en: true },
  { label: 'harassment', text: '你好，请问是{person}在香港的公司人事部吗？你们员工在我司借款逾期不还，请公司协助催促，并从他这个月的工资里扣款还给我们，否则我们会每天打到前台。', senders: AGENCY },
  { label: 'harassment', text: '[群消息] 悉尼华人互助群的朋友们注意：群里的这个人（附照片和学生证）借了国内网贷{amt}元不还，跑到澳洲躲债，大家遇到他请转告他尽快还钱，也请不要借钱给他。', senders: ['none', 'virtual'] },
  { label: 'harassment', text: '你室友的Instagram我们已经私信过了，他说你每天都在宿舍。你要是今天还不还，我们就让他转告全宿舍，看你在那边还怎么待。', senders: ['virtual', 'foreign'] },
  { label: 'harassment', text: '你老婆在澳门上班的地方我们知道，明天我们的人就去她公司楼下等她，跟她好好聊聊你欠的钱。不想闹大就今天还上。', senders: AGENCY },
  { label: 'harassment', text: '你女儿在上水读跨境学童班对吧？每天几点过深圳湾口岸我们都清楚。钱再拖下去，我们就去学校门口找老师说说她爸爸欠钱的事。', senders: AGENCY },
  // —— threats of 限制出境, 边控, 海关, deportation; fake law firms, courts, police and embassies ——
  { label: 'harassment', text: '你的逾期我们已经报给出入境了，系统里给你挂了边控，下次过深圳湾你就会被当场扣下，到时候别怪我们没提醒。想撤销就今天把{amt}元还清。', senders: AGENCY },
  { label: 'harassment', text: '我们会把你的欠款材料交给移民局和你们当地的警察，签证到期你根本续不了，直接遣返回国。回国落地海关那边也会有记录，还不还你自己决定。', senders: ['virtual', 'foreign', 'mobile'] },
  { label: 'harassment', text: '【香港卓信律师行】律师函：阁下拖欠{name}借款本息{amt}元，经多次催收仍未偿还。若七日内未清偿，本行将代表委托人于香港高等法院提起诉讼，并通知入境事务处限制阁下出入境。', senders: ['unknown_port', 'foreign', 'virtual'] },
  { label: 'harassment', text: '[图片转文字] 民事传票 案号（2025）粤0304民初{code}号 被告{person}：你欠{name}借款逾期，本院已立案，限你三日内到庭或联系承办人{phone}还款，逾期将对你采取限制出境措施并拘留。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'harassment', text: '我是你户籍地派出所的，你在网贷平台欠钱逾期的事情平台已经报案了，你人在国外也跑不了，我们已经通知大使馆。你要是还想回国，就先联系平台把钱还了，还完我这边给你销案。', senders: AGENCY },
  { label: 'harassment', text: '别以为出了国就找不到你，我们已经联系了中国驻英国大使馆，把你列入欠债不还人员名单，以后护照换发、公证都办不了。今天还钱，我们可以帮你撤。', senders: ['virtual', 'foreign'] },
  // —— insults, extra fees and new loans to repay old ones ——
  { label: 'harassment', text: '老赖，跑到国外就以为没人管你了？吃着爸妈的喝着爸妈的，欠点钱都不还，你这种人出去就是给中国人丢脸。今天不还，你等着。', senders: AGENCY },
  { label: 'harassment', text: '{sig}您的逾期账单已转入境外催收流程，需另行支付“跨境催收服务费”3000元及外访差旅费，与欠款一并在今日内还清，否则费用继续累加。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '你先去我们推荐的另一个平台借一笔出来把我们这边还上，额度我们帮你打过招呼了，肯定能批。今天不还，明天我们就打给你国内的爸妈和你在加拿大的学校。', senders: AGENCY },
  { label: 'harassment', text: '台湾的家人我们也找得到，你表哥在高雄的电话我们已经有了。欠{name}的钱不还，我们就一个个打过去，让你在两边都抬不起头。', senders: ['virtual', 'foreign', 'mobile'] },
];

export const BLIND30B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
