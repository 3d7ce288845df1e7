/**
 * BLIND13 held-out bank (eighteenth scam author): this file holds the normal messages,
 * blind13b.templates.ts the fraud and harassment; BLIND13_TEMPLATES joins them.
 *
 * Who and how: written in session 7 (2026-12-02), after blind12, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the eighteenth author of a scam bank). Written from general knowledge of how
 * card issuers, acquiring and payment companies, IOU apps, private lenders and their lawyers,
 * people's mediation committees and basic-level courts (small-claims procedure), rooftop-solar
 * installers and the grid company, EV-charging operators, gas companies, water-purifier shops,
 * smartwatch makers, game companies, online-class platforms, schools, kindergartens and summer
 * camps, travel agencies, scenic spots, hotels and travel insurers, 退役军人事务局, service
 * stations and 征兵办 write to people in 2025–2026; of the telecom-fraud scripts that imitate
 * them (the Ministry of Public Security's common types, plus online gambling and 裸聊 extortion);
 * and of the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without
 * consent, at most 6 unanswered call attempts a day per number, third parties only when the
 * debtor is unreachable and never pressed to pay or told the debt, collection only from the
 * debtor and the guarantor, no public notices, extra fees, new loans to repay old ones, threats,
 * insults, fraud, violence, spreading private information, fake legal documents or impersonated
 * courts, police or government). While writing it the author read only: eval.types.ts,
 * eval.generator.ts, eval.metrics.ts, the other template banks (only to avoid duplicating them
 * and to write differently), scam.types.ts (FraudType, MessageInput), registry.schema.ts,
 * registry/institutions.json, registry/README.md, shared/facts/regulation.md, shared/seeds,
 * shared/SPEC.md, and the import lines of eval.test.ts. The analyzer's code, lexicons, signal
 * lists, reason catalogue, closed-channel lists, indicator extraction, rules and models were NOT
 * opened; docs/, BENCHMARKS.md and git history were NOT read; the analyzer, its tests and
 * benchmarks were NOT run; no search tool was used on this repository and git was not used. The
 * only runs were `npm run typecheck` and an expansion check outside the repository
 * (generateEvalSet(registry, 'blind13') and the other splits) for counts by label, fraud type and
 * sender kind, for duplicate texts against the other splits and for character-bigram Jaccard
 * similarity (≤ 0.5) against every earlier template.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): credit cards (statements, 账单分期, 提额 in
 * the issuer's own app, annual-fee waivers, replacement cards, lost-card freezes, the issuer's
 * warnings about 代还 and 套现, POS terminals from a licensed acquirer with published 费率) beside
 * (in blind13b) 代还 / 套现 / 代办提额 agents, fake 提额专员 and free-POS offers; private lending
 * (借条 and 欠条 between people, IOU apps, lawful reminders between friends, a lawyer's demand
 * letter, people's mediation, a small-claims filing and an enforcement payout from a court
 * channel) beside 砍头息 and 714高炮 loans and fake IOU-platform "冻结"; energy and the home
 * (rooftop 光伏 with a bank loan and grid connection, EV charging cards and home chargers, gas
 * safety inspections, water purifiers bought in a shop, neighbours warning of door-to-door
 * "inspectors"); children and parents (kids' smartwatch chats and geofence alerts, a minor's
 * game top-up refund, online-class and tutor refunds, school uniforms, 学平险, spring outings,
 * summer camps, kindergarten fee refunds); tourism (tour-group contracts, scenic-spot
 * reservations, hotel pre-authorisation deposits, travel-insurance claims, guides' groups with
 * voluntary extras and tips, warnings about 零团费, the tourism bureau's complaint reply);
 * veterans and the military (退役军人事务局 抚恤 payments, 优待证, conscription registration and
 * the physical, a soldier calling home from the company phone, a supplier who knows what a real
 * army tender looks like); online gambling and 裸聊 warnings from the police and family.
 * Registers: garbled text (锟斤拷, �, HTML entities such as &nbsp; and &amp;), zero-width
 * characters and full-width digits, screen-reader output (按钮，链接，标题), elderly people's
 * dictation with homophone slips, Minnan and Cantonese words in moderation, extremely formal bank
 * letters (尊敬的客户：…此致 敬礼), SMS templates with placeholders left unfilled
 * (尊敬的{客户姓名}), links with long query strings, a few English. Lawful collection (the
 * issuer's own reminder with hardship options, an IOU app's reminder that contacts no one else,
 * a robocall that says it will not call again today, an identified agency with a staff number
 * and verification through the lender's hotline, daytime, the debtor only; a small-claims notice
 * from a court channel) is labelled normal. Many normals use scam vocabulary lawfully (验证码 with
 * 切勿告知他人, 冻结/解冻 of real cards and accounts, 押金 and 预授权 for real hotels, chargers and
 * rentals, 退款 via the order page, 征信 in a bank's reply, 提额 in the issuer's own app, 转账
 * between relatives confirmed by a call or a video).
 */
import type { Template } from './eval.types.js';
import { BLIND13B_TEMPLATES } from './blind13b.templates.js';

/** A registered lender's or bank's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender calling or texting from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Unregistered banks, acquirers, courts, utilities, schools, agencies: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** Letters, IOUs, group exports, app screens and transcripts pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends and neighbours on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named teacher, guide, installer, agent or clerk on a mobile or a desk line. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Hotels and relatives abroad (or their messages pasted). */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** Codes, card alerts and geofence alerts: any hour. */
const ANYTIME = [0, 3, 7, 9, 12, 16, 20, 23];
/** Families chatting after work. */
const EVENING = [18, 19, 20, 21, 22];

const NORMAL: Template[] = [
  // ── credit cards: the issuer's own notices, acquirers, families ──
  { label: 'normal', text: '{sig}尊敬的客户，您尾号{tail}的信用卡{date}账单已出，本期应还{amt}元，最低还款额为应还金额的10%。请在到期还款日前通过{app}或已绑定的自动还款账户还款，已设置自动还款请忽略本提示。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您已成功办理尾号{tail}信用卡账单分期：分期本金{amt}元，分12期，每期手续费率0.60%，首期随下期账单入账。如需提前结清，可在{app}“分期管理”中自行操作，未出账手续费按合同约定处理。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}经系统综合评估，您尾号{tail}的信用卡固定额度已调整为35000元，即日生效，本次调额不收取任何费用，可在{app}“额度管理”中查看。我行从未委托任何“提额专员”或代办机构办理提额。', senders: OWN_PORT },
  { label: 'normal', text: '【星河银行】尊敬的持卡人：您尾号{tail}的白金卡年费600元将随下月账单收取。当年刷卡消费满12笔（不限金额）即可减免次年年费，达标进度可在手机银行“卡片权益”查看。如需降为普卡，请致电卡背面客服电话。', senders: BULK },
  { label: 'normal', text: '【星河银行】您的信用卡将于本月底到期，续卡已于{date}以挂号信寄往您预留的账单地址。收到后请在手机银行或拨打卡背面电话激活，旧卡剪角作废即可。激活过程不需要向任何来电人员提供验证码。', senders: BULK },
  { label: 'normal', text: '{sig}验证码{code}，您正在激活尾号{tail}的信用卡，5分钟内有效。切勿告知他人，我行工作人员不会向您索取。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '[手机银行 在线客服]\n用户 10:02：有个中介说能帮我代还信用卡，手续费才1%，要我把卡号、有效期和短信验证码发给他，靠谱吗？\n智能助手 10:02：请勿向任何人提供卡片信息及验证码。“代还”“养卡”“套现”可能导致资金损失，卡片也可能被降额或止付。\n人工客服小秦 10:04：您好，如果这期还款有压力，可以在App里申请账单分期或只还最低还款额，我帮您看一下可分期的金额？\n用户 10:05：好，那我还是分期吧。', senders: PASTE },
  { label: 'normal', text: '爸，那个说能帮你“代还”信用卡的人别再联系了，他拿你的卡在POS上刷了两笔，钱根本没还到卡上。我已经打银行电话把卡冻结补办了，这个月的账单我在App里帮你分了六期，每期一千出头，你就按短信上的日子还。', senders: FOLK },
  { label: 'normal', text: '【云帆支付】{person}您好，您申请的收款码及智能POS已开通：扫码收款费率0.38%，借记卡0.50%（单笔封顶20元），贷记卡0.60%，资金T+1结算至您签约的本人银行卡。机具免费、无押金；费率如有调整会提前30日通知，工作人员不会电话要求您“更换机器”或“升级费率”。', senders: BULK },
  { label: 'normal', text: '王姐，你问的刷卡机我是找支行的客户经理小孙办的，签了正式的商户协议，钱直接进我的对公户，费率千分之五点五，一分押金没交。街上发传单说“0.38永不涨、送流量卡、激活返现”的别理。', senders: FOLK },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}吗？我是{name}信用卡中心的客户经理，工号{tail}，通话有录音。打扰您一分钟，您这期账单符合分期条件，分6期每期费率0.65%。……嗯，暂时不需要没关系。以后想办的话自己在{app}里点“账单分期”就行，我这边不会要您的验证码，也不会让您转账。那就不打扰了，再见。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您尾号{tail}的信用卡已按您本人的挂失申请止付，挂失前48小时内发生的非本人交易可申请失卡保障。新卡将在7个工作日内寄出，如非本人操作请立即拨打{hot}。', senders: OWN_LINES, hours: ANYTIME },
  { label: 'normal', text: '{sig}{person}您好，您尾号{tail}的信用卡已逾期3天，当前最低还款额{amt}元，请尽快通过{app}还款，以免影响信用记录。如确有困难，可本人致电{hot}申请个性化分期，无需也不要通过任何第三方“代理协商”。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{name}: Your credit card statement for the card ending {tail} is ready. The minimum payment is due on {date}. Pay in the official app or through autopay. We will never ask for your PIN or a one-time code.', senders: OWN_PORT, en: true },
  { label: 'normal', text: '{sig}尊敬的{客户姓名}，您的{卡片名称}信用卡本期账单已生成，应还金额{账单金额}元，到期还款日{还款日}。详情请登录{app}查看。', senders: OWN_PORT },
  { label: 'normal', text: '尊敬的客户：\n　　感谢您长期以来对我行信用卡业务的支持与厚爱。根据《信用卡章程》及《领用合约》有关约定，我行将自{date}起调整信用卡账单分期手续费的展示方式，统一以年化利率形式列示，实际收费标准不变。详细内容请查阅我行官方网站公告。如您对上述调整有异议，可于生效日前致电我行客服热线咨询或办理相关业务。\n　　特此函告。\n　　此致\n敬礼！\n{name}信用卡中心\n{date}', senders: PASTE },
  { label: 'normal', text: '[读屏] 返回，按钮。我的信用卡，标题。本期应还，{amt}元。到期还款日，{date}。立即还款，按钮。账单分期，链接。额度管理，链接，当前额度已为最高可用额度。双击以激活。', senders: PASTE },
  { label: 'normal', text: '{sig}您尾号{tail}的信用卡于{date}消费{amt}元，商户：锟斤拷锟斤拷便利店。如非本人交易请致电{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的信用卡账单分期费率优惠已生效，详情请见 {url}?utm_source=sms&utm_medium=cc&utm_campaign=fq_2505&cid=8231094&from=push&sign=3f9a0c7be21d4e 拒收请回复R', senders: OWN_PORT, links: ['official'] },
  // ── private lending: IOUs, friends, IOU apps, lawyers, mediation, courts ──
  { label: 'normal', text: '借条\n今借到{person}人民币伍万元整（¥50000.00），已通过银行转账收到。借款期限一年，年利率6%，于{date}前一次性归还本息。如到期未还，出借人可向借款人住所地人民法院起诉。\n借款人：赵建华（身份证后四位{tail}）\n2025年3月8日', senders: PASTE },
  { label: 'normal', text: '老刘，去年你借我那两万，借条上写的是六月底前还。不是催你哈，就是我闺女下个月开学要交学费，你看能不能先还一半？实在紧也跟我说一声，咱们再商量。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【信立借条】您向{person}出具的电子借条（本金{amt}元，年利率8%）将于{date}到期。平台不代收借款，请按约定直接向出借人还款，还款后由出借人在App内确认销账。超过法定利率上限的部分不受法律保护，如有争议可在App内发起协商或向人民法院起诉。', senders: BULK },
  { label: 'normal', text: '【信立借条】{person}，您的借条已逾期7天，出借人已在平台发起还款提醒。您可在App内与出借人协商展期或分期。平台不会公开您的信息，不会联系您的通讯录，也不收取任何逾期服务费。', senders: BULK, hours: DAYLIGHT },
  { label: 'normal', text: '【江城市江南区人民法院】{person}：原告刘某某诉你民间借贷纠纷一案，本院已立案受理，适用小额诉讼程序，案号（2025）江0102民初{code}号。起诉状副本及应诉通知书已送达至“人民法院在线服务”平台，请本人实名登录查阅，并于{date}前提交答辩意见。本院不会通过电话或短信要求当事人转账或缴纳“保证金”。', senders: BULK },
  { label: 'normal', text: '律师函\n致：钱立伟先生\n本所受孙某女士委托，就您于2024年5月向其借款人民币八万元一事致函如下：该借款已于2025年1月到期，委托人多次催告未果。请您于收到本函之日起十五日内归还借款本金；逾期本所将依法代委托人向人民法院提起诉讼，并主张逾期利息。如您对借款事实有异议，请与本律师联系。\n江城明德律师事务所 陈律师', senders: PASTE },
  { label: 'normal', text: '【江城市南门街道人民调解委员会】{person}您好，您申请调解的借款纠纷定于{date}上午9点在街道综治中心三楼调解室进行，请双方携带借条原件、转账记录及身份证到场。人民调解不收取任何费用。', senders: BULK },
  { label: 'normal', text: '欠条\n今欠王建国装修工程尾款人民币壹万贰仟元整，于今年农历腊月二十前付清。\n欠款人：周海（签字并按手印）\n见证人：物业 李工\n2025年4月2日', senders: PASTE },
  { label: 'normal', text: '姐，刚才视频里说的三万我已经转到你工行卡上了，备注“借款”。借条你随手写一张拍给我就行，主要是给姐夫那边有个交代，不着急还。', senders: FOLK },
  { label: 'normal', text: '[语音转文字] 小军啊我跟你说那个隔壁老王家借我们的五千块钱他今天还了一半另外一半说年地还我让他写了个欠条按了手应你回来帮我看看写的对不对立息要不要写清出', senders: FOLK },
  { label: 'normal', text: '【江城市江南区人民法院】{person}：你申请执行的（2025）江0102执{code}号民间借贷纠纷一案，执行款{amt}元已到本院执行款专户，将于5个工作日内划付至你立案时提交的本人账户，无需缴纳任何费用。', senders: BULK },
  { label: 'normal', text: '阿兄，頂禮拜借汝的兩萬箍，阮今仔日先轉一萬予汝，賰的月底前拢還清。歹勢拖遮久，多謝喔。', senders: FOLK },
  // ── energy and home: solar, the grid, EV charging, gas, water ──
  { label: 'normal', text: '【晴光新能源】{person}您好，您家屋顶6.6千瓦光伏电站已于{date}并网发电。上网电费由供电公司按月结算至您本人银行卡；设备分期贷款由合作银行发放，每月还款额以银行合同为准，可在银行App查询。售后请拨合同上的服务电话，我司不会以“补贴申领”“电站升级”为由向您收费。', senders: BULK },
  { label: 'normal', text: '【国网江城供电】您户号尾号{tail}的分布式光伏并网申请已受理，我公司将在3个工作日内安排现场勘查，勘查及装表不收取费用，进度可在“网上国网”App查询。', senders: BULK },
  { label: 'normal', text: '关于户用光伏安装的风险提示\n各位村民：\n近期有人以“免费装光伏、发电抵贷款、国家给补贴”为名上门推销。请注意：这类项目多数要您本人签银行贷款合同，还款责任在您自己。签约前务必看清合同主体、贷款金额和发电收益测算，不要把身份证、银行卡交给业务员代办。有疑问可到村委会或供电所咨询。\n石桥村村民委员会', senders: PASTE },
  { label: 'normal', text: '{sig}{person}您好，您申请的“光伏分期”贷款4.8万元已审批通过，款项将直接支付给与您签约的光伏安装企业，期限5年，利率以合同为准。请核对合同中的安装企业名称与您签字的一致，如有疑问请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '户用光伏贷款贷前告知书\n尊敬的借款人：\n　　您申请的户用光伏设备贷款由{name}发放，贷款资金将按您的书面授权直接支付给与您签订安装合同的光伏企业，不经过任何业务员或个人账户。请您在签字前逐项确认：一、借款人是您本人，还款责任由您本人承担，与发电收益是否达到预期无关；二、贷款金额、期限、年化利率及每期还款额以借款合同为准，合同之外不存在任何“服务费”“补贴代办费”；三、发电收益由供电公司结算至您本人银行卡，请勿将该卡及密码交给他人保管；四、如安装企业停业或设备故障，您仍需按期还款，可通过合同约定的售后或向市场监管部门投诉维权；五、我行工作人员不会上门收取现金，也不会要求您提供短信验证码。以上内容如有不清楚的，请拨打{hot}咨询后再签字。\n借款人确认签字：________　日期：________', senders: PASTE },
  { label: 'normal', text: '【快电充电】您的充电卡（尾号{tail}）已充值{amt}元，余额可在小程序“我的钱包”查看。实体卡押金30元，退卡时连同余额一起原路退回。', senders: BULK },
  { label: 'normal', text: '【蔚蓝汽车】{person}您好，您的随车充电桩安装已预约至{date}上午，安装师傅会提前电话联系并出示工牌。标准安装由品牌承担，超过30米的线缆按官方价目表在App内支付，师傅现场不收现金。', senders: BULK },
  { label: 'normal', text: '业主您好，地下车库装充电桩需要提交车位产权证或租赁合同，再到物业前台开“同意安装证明”，证明免费开。供电公司装表也不收钱，有人说交“加急费”能快点的，直接拒绝就行。——阳光花园物业服务中心', senders: PASTE },
  { label: 'normal', text: '【江城燃气】尊敬的用户，我公司将于{date}9:00-17:00对您所在小区开展年度入户安检。安检人员统一着装并佩戴工作证，安检免费，不推销报警器、软管等任何产品。如需核实身份，请拨打燃气服务热线。', senders: BULK },
  { label: 'normal', text: '[业主群] 3栋的邻居注意一下，刚才有两个穿蓝马甲的说是燃气公司的，进门就说我家软管不合格要换“金属波纹管”，张嘴三百八，还说不换就停气。我打燃气公司电话问了，人家说今天根本没安排安检，已经报警了，大家别开门。', senders: PASTE },
  { label: 'normal', text: '【清泉净水】{person}您好，您在门店购买的RO净水器已安装完成，整机保修3年，滤芯更换以App提醒为准，可在官方商城按标价购买。7天内不满意可凭订单退货，我们的师傅不会上门做“水质检测”推销。', senders: BULK },
  { label: 'normal', text: '妈，那个上门说免费检测水质的，往水里插根棒子一通电就变黄变黑，那是电解，自来水都会这样，唬人的。咱家的净水器是我在官方店买的，滤芯我下单寄给你，你千万别再开门让他们进来。', senders: FOLK },
  { label: 'normal', text: '【国网江城供电】您户号尾号{tail}截至{date}电费余额不足20元，请及时通过“网上国网”App、银行代扣或营业厅缴费。供电公司不会发送陌生链接催缴电费。', senders: BULK },
  { label: 'normal', text: 'Charging complete at Station 12, Bay 4: 32.4 kWh, CNY 48.60 charged to the card ending {tail}. Receipt in the app under My Sessions.', senders: BULK, hours: ANYTIME, en: true },
  // ── children and parents: watches, games, classes, school, camps ──
  { label: 'normal', text: '[手表微聊] 妈妈我放学了 在校门口等奶奶', senders: PASTE, hours: [16, 17] },
  { label: 'normal', text: '【星宝手表】您的孩子已离开“学校”守护区域，当前位置：江城路与人民路交叉口附近，可在App中查看实时定位。', senders: BULK, hours: [11, 12, 15, 16, 17] },
  { label: 'normal', text: '【星宝手表】有新的好友申请添加到孩子手表通讯录：“王阿姨”，需家长在App内同意后才能通话或发消息。请勿同意不认识的人。', senders: BULK },
  { label: 'normal', text: '【青龙游戏】您提交的未成年人充值退款申请已审核通过，经核实为未成年人本人操作，退款{amt}元将于7个工作日内原路退回。请加强对孩子的游戏监护，可在“成长守护”中设置充值限额和游戏时段。', senders: BULK },
  { label: 'normal', text: '[12315咨询记录]\n来电人：我儿子十岁，用我手机在游戏里充了三千多，我已经在游戏官方客服里提交了退款申请，上传了户口本，他们说审核七天。\n接线员：您做得对，就在官方渠道等结果。如果有人打电话说能“加急退款”，要您下载软件或者共享屏幕，那是骗子。\n来电人：好，那我等它审核。', senders: PASTE },
  { label: 'normal', text: '爸爸我作业写完了 可以用你的手机买一个6块钱的皮肤吗 我保证就买一个', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【学优网课】您申请退课的“初二数学暑期班”剩余12课时，可退金额{amt}元，将在7个工作日内原路退回支付账户。进度请在App“我的订单-退款”查看，客服不会要求您下载其他软件或共享屏幕。', senders: BULK },
  { label: 'normal', text: '王老师您好，这学期的课就上到这周了，按记录还剩四节，课费800我刚微信转您了，您点一下收款。谢谢您这半年对孩子这么耐心！', senders: FOLK },
  { label: 'normal', text: '【江城市实验小学】各位家长：2025年秋季校服实行家长自愿征订，请于{date}前通过“智慧校园”缴费平台订购，单价以平台公示为准。学校和班主任不会在班级群发个人收款码收取任何费用。', senders: BULK },
  { label: 'normal', text: '[班级群] 班主任：各位家长，学平险是商业保险，家长自愿购买，学校不统一代收，也没有任何强制，需要的可以自己到保险公司官方渠道投保。另外提醒一下，周五下午两点家长会，请准时参加。', senders: PASTE },
  { label: 'normal', text: '各位营员家长好，今天是夏令营第三天，孩子们上午在植物园做标本，下午游泳，晚上有篝火。营地统一保管手机，每晚8点让孩子给家里打电话。营费已全部结清，营期内不会再收任何费用，如有人以营地名义找您要钱，请直接打我电话核实。——带队老师 周敏', senders: STAFF, hours: EVENING },
  { label: 'normal', text: '[语音转文字] 闺女啊小宝的手表今天给我打电话说他在学校摔了一交膝盖破了点皮老师已经给他摸了要你就不用去接了我下午去接他放学你安心上班吧', senders: FOLK },
  { label: 'normal', text: '【阳光幼儿园】{person}家长您好，孩子5月请假15天，按规定应退伙食费{amt}元，将在下月保育费账单中直接抵扣。如有疑问请联系班主任或园办。', senders: BULK },
  { label: 'normal', text: '[家长群导出]\n家委会小芳妈妈: 春游每人85元，包大巴和门票，本周在学校缴费小程序里交\n乐乐爸爸: 收到，已交\n班主任李老师: 再提醒一下，学校不会私聊让家长转账，有疑问直接问我\n朵朵妈妈: 好的👌', senders: PASTE },
  { label: 'normal', text: '【青龙游戏】根据未成年人保护规定，您孩子的账号本周仅可在周五、周六、周日20:00-21:00登录，单次充值不超过50元。家长可在“成长守护”小程序查看游戏时长和消费记录。', senders: BULK },
  // ── tourism: tours, scenic spots, hotels, insurance, guides ──
  { label: 'normal', text: '【江城国旅】{person}您好，您报名的“昆明大理丽江6日游”已确认，出团日期{date}，团费已付清，电子合同编号JC{code}。行程不安排指定购物店，导游服务费已含在团费中，不另收小费。出团前一天领队会电话通知集合时间。', senders: BULK },
  { label: 'normal', text: '【云岭景区】您已成功预约{date}入园，门票已支付。入园请携带预约时登记的身份证刷闸。如遇恶劣天气景区临时关闭，门票将自动原路退回，无需联系任何人办理。', senders: BULK },
  { label: 'normal', text: '【云栖酒店】尊敬的宾客，您离店时的预授权押金500元已撤销，冻结额度将在3-7个工作日内由发卡行释放，具体以银行为准。期待您再次光临。', senders: BULK },
  { label: 'normal', text: '【安途保险】{person}您好，您的旅行意外险理赔（航班延误）已审核通过，赔付{amt}元已转至投保时登记的本人银行卡。进度可在官方公众号查询，我司不收取任何理赔手续费。', senders: BULK },
  { label: 'normal', text: '[旅游团群] 导游小刘: 各位团友早上好☀️ 今天7:30酒店大堂集合，8点出发去洱海。行程里有个自费的游船项目，完全自愿，不参加的可以在码头咖啡馆休息，我绝不会给谁脸色。小费也是自愿的，大家别有压力哈～', senders: PASTE, hours: [6, 7, 8] },
  { label: 'normal', text: '妈，你说的那个“99元港澳五日游”千万别报，零团费的团就是把人拉到珠宝店、药店关着买东西，不买导游就甩脸子。我给你和我爸报了个正规的纯玩团，合同发你微信了，钱我已经付了。', senders: FOLK },
  { label: 'normal', text: '【江城市文化和旅游局】{person}您好，您反映的旅行社强制购物问题已转文化市场综合执法支队调查，处理结果将于15个工作日内告知。本局不会以“退还团费”为由要求您提供银行卡密码或转账。', senders: BULK },
  { label: 'normal', text: '您好，您在古镇官方小程序购买的3张夜游船票因暴雨停航，已全额原路退款，到账时间以支付渠道为准。——古镇游客服务中心', senders: STAFF },
  { label: 'normal', text: 'Dear guest, thank you for staying at Riverside Lodge Chiang Mai. Your deposit of THB 2,000 was released to your card today; your bank may take up to 10 days to show it. We will never ask you to pay it again by link.', senders: ABROAD, en: true },
  { label: 'normal', text: '陳生，你報咗嘅日本九日團已經成團，尾數請喺{date}前到門市或者用公司網頁付款。導遊小費已經包咗喺團費度，唔使另外俾現金。', senders: STAFF },
  { label: 'normal', text: '【民宿管家】您预订的洱海边民宿已确认，房费已在平台支付。入住时需交押金300元（现金或刷卡），退房检查无损坏当场退还。请勿在平台以外向任何人付款。', senders: BULK },
  { label: 'normal', text: '【湖滨单车】您的租车押金200元已原路退回，感谢骑行。', senders: BULK },
  { label: 'normal', text: '借条收到了，谢谢哥', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【星宝手表】孩子已到达“家”守护区域。', senders: BULK, hours: [16, 17, 18] },
  { label: 'normal', text: '信用卡销户确认函\n尊敬的{person}：\n　　您于{date}通过{name}官方客服热线申请注销尾号{tail}的信用卡，经核实，该卡片截至注销日无未结清欠款、无未入账交易及分期余额，年费已按规定减免，现已办理销户。销户后该卡片的信用记录将在征信报告中显示为“销户”，原有良好的还款记录继续保留，不会因销户产生任何不良影响。如您名下仍有其他卡片，其额度及权益不受本次注销影响。卡片实物请自行剪角作废。本函不作为任何收费依据，我行不会以“销户手续费”“征信清理”等名义向您收取费用。如有疑问，请致电{hot}。\n　　此致\n敬礼！\n{name}客户服务中心', senders: PASTE },
  { label: 'normal', text: '旅游合同（节选）\n旅游者：{person}等3人\n组团社：江城国际旅行社有限公司（许可证号L-JC-00417）\n行程：桂林阳朔4晚5日，出发日期{date}\n团费：每人2680元，已于签约时通过旅行社对公账户付清\n购物安排：无；自费项目：漓江竹筏（自愿，另付）\n导游服务：含在团费内，旅游者无支付小费的义务\n退团约定：出发前7日以上退团的，扣除已产生的实际费用后退还余款\n投诉电话：12345或当地文旅部门\n双方签字：________', senders: PASTE },
  // ── veterans and the military ──
  { label: 'normal', text: '【江城市退役军人事务局】{person}您好，您的2025年度定期抚恤补助已于{date}发放至您本人社会保障卡金融账户，可到银行网点或“江城退役军人”公众号查询。我局不会通过电话要求您提供银行卡密码、验证码或缴纳任何费用。', senders: BULK },
  { label: 'normal', text: '【江城市征兵办公室】2025年兵役登记已开始，年满18周岁的男性公民请于6月30日前登录全国征兵网完成兵役登记。登记、体检和政审全程免费，任何人以“内部名额”“保送入伍”为名收费均为诈骗。', senders: BULK },
  { label: 'normal', text: '退役军人服务站通知\n各位退役老兵：本周五上午9:00-11:30在社区服务中心二楼集中办理退役军人优待证，请携带身份证、退伍证（或退役证）原件及一寸照片。办理免费，无需提前转账；家属代办需带委托书。\n城东街道退役军人服务站', senders: PASTE },
  { label: 'normal', text: '儿子刚才用连队的电话打回来了，说新兵连一切都好，手机要周末才发。他特意交代，有事就打连队值班电话，陌生号码说他出事要钱的一概别信。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【江城市征兵办公室】{person}同学，你已通过大学生征兵初检，请于{date}上午8点空腹到市征兵体检站参加体检，携带身份证和学生证。体检费用由征兵办承担，个人无需缴纳。', senders: BULK },
  { label: 'normal', text: '老陈，我们去年给部队供的那批被服是在军队采购网上公开招标的，合同章、对公付款都查得到，人家从来不让我们先垫钱去“指定厂家”进货。你今天接的那个“后勤处张参谋”的单，要你先从他介绍的厂子进两百箱特供酒，百分之百是骗子，别去。', senders: FOLK },
  { label: 'normal', text: '[战友群] 老班长: 八一聚会定在{date}中午，地点还是老地方，费用AA每人200，到了现场扫饭店的码付，谁都别提前转给我个人哈😄', senders: PASTE },
  { label: 'normal', text: '【江城市退役军人事务局】您的退役军人优待证已制作完成，请于{date}后由本人携带身份证到户籍所在地街道退役军人服务站领取。', senders: BULK },
  // ── online gambling and 裸聊: police and family ──
  { label: 'normal', text: '【江城公安】提示：网络赌博网站宣称“稳赢”“提现秒到”，等您赢钱要提现时，就以“流水不足”“账户异常需缴保证金”为由拒付。参与网络赌博违法，受骗请拨110或96110。', senders: BULK },
  { label: 'normal', text: '哥，我不管你在那个网站上输了多少，别再往里充了，也别信群里说能“黑进去把钱追回来”的人。明天我陪你去派出所，把聊天记录和转账截图都带上，输的钱咱们一起慢慢还。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【江城市反诈中心】提醒：陌生网友主动邀约视频“裸聊”并诱导下载App的，多为敲诈陷阱。如已被录屏威胁，请不要转账，保存聊天记录立即报警，对方拿到钱只会继续要。', senders: BULK },
  // ── lawful collection ──
  { label: 'normal', text: '[智能外呼转写] {person}您好，这里是{name}。您{date}应还的{amt}元尚未到账，请在{app}内还款，如已还款请忽略。今天我们不会再次致电，如需协商请在App内提交申请。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '委外催收告知函\n{person}：\n您在{name}的借款已逾期45日。{name}已委托江城恒信商务服务有限公司（以下简称“我司”）就该笔欠款与您本人联系。我司工作人员均持工号，还款请仅通过{app}或{name}官方对公账户进行，切勿转入任何个人账户。委托关系可拨打{name}官方客服{hot}核实。我司不会联系与您借款无关的人员。\n江城恒信商务服务有限公司', senders: PASTE, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您在{app}提交的还款协商已通过：剩余本金{amt}元分6期偿还，协商期间不再计收罚息。协议已发送至App消息中心，请核对后确认签署。', senders: OWN_PORT, hours: DAYLIGHT },
  // ── scam vocabulary used lawfully, odd registers ──
  { label: 'normal', text: '帮我看看这条是不是真的，我从短信里复制的：\n{sig}您尾号{tail}的\u200b账户因超过5年未发生交易已转为久悬\u200b账户，如需恢复使用，请本人携带身份证到任一网点办理，我行不会通过链接或电话办理激活。', senders: FOLK },
  { label: 'normal', text: '【江城社保】您的社保卡已制卡完成，请于{date}后到江城银行各网点领取，需本人持身份证，首次使用请设置密码。服务热线１２３３３。', senders: BULK },
  { label: 'normal', text: '主题：您的信用卡电子对账单&nbsp;-&nbsp;2025年4月\n尊敬的客户：&nbsp;&nbsp;您好！附件为您本期的信用卡电子对账单，打开密码为您身份证号后六位。本邮件由系统自动发送，请勿直接回复。如有疑问请拨打卡背面客服电话。\n用卡须知&nbsp;&amp;&nbsp;隐私政策', senders: PASTE },
  { label: 'normal', text: '{sig}����ͻ���� 尊敬的客户，您本月的消费积分已到账，可在{app}“积分商城”兑换。拒收请回复R', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的借记卡因连续3次输错密码已暂停密码类交易，次日零点自动解除；也可本人携带身份证到网点重置密码。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '奶奶，刚才给您打电话的确实是我，新号码是单位刚配的，您存一下。以后谁说是我、找您要钱，您先打我原来那个号问问，打不通就问我爸。', senders: FOLK },
  { label: 'normal', text: '{sig}{person}您好，您对征信报告中“信用卡逾期”记录提出的异议，经核查系{date}账单未足额还款所致，记录属实，我行依规报送，无法删除，不良信息自还清之日起保留5年。如仍有异议，可向征信中心提出异议申请，异议处理不收取任何费用，也无需委托任何“修复机构”。', senders: OWN_PORT },
];

export const BLIND13_TEMPLATES: Template[] = [...NORMAL, ...BLIND13B_TEMPLATES];
