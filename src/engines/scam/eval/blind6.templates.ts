/**
 * BLIND6 held-out bank (ninth scam author): this file holds the normal messages,
 * blind6b.templates.ts the fraud and harassment; BLIND6_TEMPLATES joins them.
 *
 * Who and how: written in session 5 (2026-12-02) by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * ninth author of a scam bank). Written from general knowledge of Chinese telecom-fraud scripts
 * current in 2025–2026 (the Ministry of Public Security's common types), of the debt-collection
 * rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6
 * unanswered call attempts a day per number, third parties only when the debtor is unreachable
 * and never pressed to pay or told the debt, no public notices, extra fees, new loans to repay
 * old ones, threats, insults, fake legal documents or impersonated courts/police) and of ordinary
 * consumer notifications. While writing it the author read only: eval.types.ts,
 * eval.generator.ts, eval.metrics.ts, the other template banks (only to avoid duplicating them
 * and to write differently), scam.types.ts (FraudType, MessageInput), registry.schema.ts,
 * registry/institutions.json, shared/facts/regulation.md, shared/seeds and shared/SPEC.md. The
 * analyzer's code, lexicons, signal lists, rules and models were NOT opened; the analyzer, its
 * tests and benchmarks were NOT run. The only run was an expansion check outside the repository
 * (generateEvalSet(registry, 'blind6')) for counts by label, fraud type and sender kind, and for
 * duplicate texts against the other splits, plus the type checker.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): OCR'd text of screenshots, scans and photos
 * with layout artifacts (spaced-out headings, status bars, buttons in brackets, seals, page
 * footers, a sender's comment under the picture) — fake court summonses (传票), fake 征信 notices,
 * fake 冻结 and 通缉 notices, fake loan and trading-platform screens, next to genuine scans of a
 * real summons, a judicial freeze, a credit report and a courier's claim page; 2025–2026 hooks:
 * AI face-swap video calls of relatives and bosses mentioned inside the chat, screen sharing in
 * 腾讯会议/钉钉/Zoom, livestream-shopping refunds, 医保卡/社保卡 anomalies, ETC deactivation,
 * lost-parcel compensation, flight cancellations, game-account unbanning, "百万保障", cancelling
 * student-loan accounts, like/follow micro-tasks and box-office "助力", USDT 跑分, fake
 * short-video-platform customer service, boss impersonation in company chat groups; extremely
 * short messages (a link plus at most 10 characters), fraud and legitimate; long legitimate
 * notices from government channels and carriers (12381 early-warning SMS, 96110 dissuasion
 * call-backs, 国家反诈中心 app prompts, carrier bills and fee notices); lawful outsourced
 * collection (委外催收 with agency name, staff number, how to verify, no personal accounts) next
 * to polite-sounding illegal collection (workplace visits, the contact list, "联系您的紧急联系人
 * 核实", lawyer's letters from a 法务部, debt-buyer letters with extra fees); and normal messages
 * full of scam vocabulary (bank anti-fraud tips, campus and community police lectures, genuine
 * verification codes with proper warnings, relatives and colleagues talking about scams).
 * Amounts are in Arabic digits; no emoji, dialect, pinyin, broken keywords or multi-part scripts.
 */
import type { Template } from './eval.types.js';
import { BLIND6B_TEMPLATES } from './blind6b.templates.js';

const OFFICIAL: Template['senders'] = ['official_port'];
/** Government, courts, couriers and merchants: pasted with no sender, or from a bulk port. */
const THIRD: Template['senders'] = ['none', 'unknown_port'];
/** A screenshot or scan pasted as recognised text. */
const PASTE: Template['senders'] = ['none'];
/** Lawful collection contact stays inside 08:00–22:00. */
const COLLECT_HOURS = [8, 9, 10, 13, 16, 19, 20, 21];
const ANY_HOUR = [0, 3, 7, 9, 12, 15, 18, 21, 23];

const NORMAL: Template[] = [
  // ── genuine verification codes with proper warnings ──
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}进行“人脸+短信”双重验证以提高转账限额，5分钟内有效。正规客服、警察、法院都不会让您读出验证码，也不会要求您在视频通话中把这条短信对着镜头。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}{code}是您本次登录{app}的验证码。如果您此刻正在腾讯会议、钉钉或Zoom里共享屏幕，请立即结束共享，对方能看到这条短信。我们从不要求用户共享屏幕。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}您正在解绑尾号{tail}的银行卡，验证码{code}。解绑后自动还款将停止，如非本人操作请致电{hot}。任何人以“注销账户”“关闭百万保障”为由向您索要此码，都是诈骗。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}验证码{code}，用于在新设备上激活{app}数字证书。如果有人来电说“您的账户异常，需要在新手机上验证一下”，那是对方在登录您的账户，请勿提供。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}动态码{code}，用于确认向{person}转账{amt}元。转账前请再想一下：对方是不是只在视频里露了个脸就向您借钱？AI换脸可以以假乱真，请挂断后用您原来存的号码回拨核实。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的{app}提现验证码为{code}。提现只会进入您本人名下的银行卡，任何要求您先缴“解冻金”“流水验证金”才能提现的，都不是我们。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}登录提醒：您的账户于{date}在一台新设备（未知安卓设备）上登录成功。如非本人操作，请立即在{app}“安全中心”冻结账户，或拨打{hot}。本短信不含链接。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}验证码{code}，切勿告知他人', senders: OFFICIAL, hours: ANY_HOUR },
  // ── institutions' anti-fraud tips that quote the scams ──
  { label: 'normal', text: '{sig}反诈提示：近期有人伪造“人民法院传票”“征信异常告知书”的图片发给借款人，上面印着红章和二维码，要求扫码缴纳“诉前调解金”。法院文书不会通过短信或聊天图片送达并要求缴费，您的借款状态请以{app}“借款详情”和{hot}的答复为准。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}提醒：有人冒充短视频平台客服，称您误开通了“直播会员”要每月扣费，并让您到{app}借款“验证资金”后转出。我们不会配合任何平台“取消扣费”，借出的钱请勿转给任何人。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}温馨提示：接到“航班取消、可领改签补偿”的电话，请直接打开航空公司官方App核对航班状态。对方如果让您提供银行卡号、验证码，或者到{app}借款，请挂断并拨打96110咨询。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}防诈小贴士：骗子的“快递理赔”有三步：先说您的快递丢了，再拉您进“理赔群”或视频会议，最后让您开通借款额度“领取赔付”。真正的快递理赔只在快递公司官方App里办，不需要您借钱。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}“您的ETC已停用，请点击链接重新认证”是诈骗短信的常见说法。ETC不需要在线“认证”，{name}也不会通过短信链接让您填写银行卡号、密码和验证码。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}近期出现冒充企业老板的诈骗：骗子盗用老板的头像和昵称，把财务人员拉进新的工作群，要求“先转款、后补手续”。任何转账要求请当面或打电话向本人核实，{app}转账页的“防骗提醒”请不要一键关闭。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}“百万保障”是部分支付平台免费提供的账户安全保障，不存在“到期自动扣费”“不关闭会影响征信”的情况。自称客服来电要求您“关闭保障”的，都是诈骗，请挂断后拨打{hot}核实。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}提示：有人以“游戏账号解封”“未成年人充值退款”为由联系家长，要求扫码付款或共享屏幕。游戏账号的问题请在游戏内的官方客服处理，{app}不会参与任何游戏退款。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}风险提示：“USDT跑分”“帮忙走账”“出租银行卡赚佣金”，都是在替诈骗团伙转移赃款。出租、出借本人银行卡和支付账户会被依法惩戒，情节严重的要承担刑事责任。发现异常请拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您好！我们发现您尾号{tail}的银行卡近3天收到多笔来自不同个人的小额转入并随即转出，符合“跑分”特征。为保护您的资金安全，该卡在{app}的快捷支付已暂停。如属正常经营，请本人携带身份证到网点说明情况；我们不会通过电话要求您“缴费解封”。', senders: OFFICIAL },
  // ── 12381, 96110 and the 国家反诈中心 app ──
  { label: 'normal', text: '【预警】您好！您的号码近期与涉嫌诈骗的号码有过通话。请注意：公检法机关不会通过电话办案，不存在所谓“安全账户”；正规客服不会让您下载会议软件、共享屏幕。如有疑问可拨打96110咨询。本短信由12381发送，无需回复，不含任何链接。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '【工业和信息化部反诈提醒】您刚刚收到的一条短信含有冒充“ETC服务”“医保中心”的网址，该网站已被认定为诈骗网站，请勿点击，勿填写银行卡信息。已经填写的，请立即联系发卡银行冻结卡片并拨打110。本提醒由12381发送，无需回复。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '图片文字：\n12381\n今天 10:42\n【预警】您好，您正在与疑似诈骗分子联系，对方可能冒充电商客服，以“快递丢失理赔”“直播间退款”为由诱骗您转账。请立即停止操作，如有疑问请拨打96110。\n[ 信息 ]', senders: ['none', 'mobile'] },
  { label: 'normal', text: '【深圳市公安局反诈中心】您好，刚才我们用0755-96110与您通话，提醒您：对方自称“医保局工作人员”并把电话转给“警官”，这是诈骗。如果对方再次联系，请不要转账、不要下载任何软件。如需帮助请拨打110或96110。', senders: THIRD },
  { label: 'normal', text: '您好，我是城东派出所的民警，刚才0571-96110给您打了两次电话您没接。我们监测到您的手机可能装了一个冒充“国家反诈中心”的App，请到手机设置里卸载它，不要在上面输入银行卡信息。不放心的话可以直接来派出所，我们当面帮您看。', senders: ['mobile', 'none'] },
  { label: 'normal', text: '妈，刚才显示0755-96110的那个电话是反诈中心打的，是真的，不是骗子。他们说你在跟一个自称“公司领导”的人聊转账的事，你先别转，我马上回家。', senders: ['mobile'] },
  { label: 'normal', text: '国家反诈中心\n风险提示\n检测到您正在接听疑似诈骗电话（号码归属地：境外）。对方如自称公检法、客服、领导或亲友并要求转账，请立即挂断。\n[我知道了]  [一键举报]', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '国家反诈中心\n您手机上安装的应用“会议助手Pro”具有远程控制和屏幕共享功能，近期多被诈骗分子用于操控受害人手机。如果您不认识这个应用，建议立即卸载；如果您正在和“客服”“警察”共享屏幕，请马上结束。\n[卸载]  [忽略]', senders: PASTE },
  { label: 'normal', text: '国家反诈中心\n回访提醒\n您好，您于{date}接到过96110劝阻电话。请问您是否已向对方转账？如已转账，请立即拨打110报警，并携带转账记录到就近派出所；如未转账，请删除对方的联系方式，不要再下载对方要求的任何软件。\n[已转账，需要帮助]  [未转账]', senders: PASTE },
  { label: 'normal', text: '国家反诈中心提醒：经“一证通查”，您名下登记手机号2个；经“一键查卡”，您名下银行卡5张。如发现非本人办理的号码或银行卡，请尽快到营业厅或银行网点核实注销。本结果仅您本人可见，我们不会致电要求您转账核查。', senders: PASTE },
  // ── carriers' bills and fee notices ──
  { label: 'normal', text: '【中国移动】尊敬的客户，您好！您本月账单已出：套餐及固定费58.00元，套餐外语音费3.20元，增值业务费10.00元（视频彩铃会员，{date}订购），合计71.20元，当前可用余额{amt}元。如对增值业务有异议，可发送“0000”查询退订或拨打10086。我们不会以“话费返还”“积分兑换现金”为由向您发送链接。', senders: PASTE },
  { label: 'normal', text: '【中国联通】您的号码当前已欠费23.50元，为免影响使用，请于{date}前通过中国联通App、营业厅或银行代收渠道缴费，缴费后自动恢复，无需联系任何人“代缴”。如有疑问请拨打10010。', senders: PASTE },
  { label: 'normal', text: '【中国电信】您好，您的号码本月有12条国际长途呼出记录，共产生费用46.80元。如非本人拨打，请尽快拨打10000或到营业厅关闭国际长途功能。提醒您：显示“+”或“00”开头的陌生来电请谨慎接听和回拨。', senders: PASTE },
  { label: 'normal', text: '【中国电信】您的号码已欠费停机满60天，欠费128.40元。根据入网协议，我司已委托合作机构进行欠费催缴，对方会以中国电信名义联系您本人并告知工号。缴费请只通过中国电信App、营业厅或10000号办理，请勿向任何个人转账。', senders: PASTE, hours: COLLECT_HOURS },
  { label: 'normal', text: '【中国移动】您的号码已连续3个月无通话记录，如长期不用可办理停机保号，每月5元。近期有不法分子收购闲置手机卡用于诈骗，请勿出售、出借您的手机卡，否则可能承担法律责任。', senders: PASTE },
  { label: 'normal', text: '{sig}尊敬的用户，您本期账单已生成：应还{amt}元，到期日{date}，可在{app}查看明细或开启自动还款。本短信仅为账单提醒，无需回复，也无需点击任何链接。', senders: OFFICIAL },
  // ── alarming-looking but lawful notices ──
  { label: 'normal', text: '【杭州互联网法院】{person}您好，{name}与您的借款合同纠纷已进入诉前调解程序，调解员将于{date}通过“移动微法院”小程序与您视频联系。调解不收取任何费用；如不同意调解，可直接在小程序内选择“不同意”，案件将依法转入立案审查。', senders: THIRD },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}被有权机关依法冻结，冻结金额{amt}元。请本人携带有效身份证件到开户网点查询冻结机关和文书编号。我们的工作人员不会致电要求您转账“解冻”，也不提供任何“代办解冻”服务。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款已逾期。如在{date}前仍未还款，我司将按《征信业管理条例》向金融信用信息基础数据库报送逾期信息。逾期记录只能通过按时还款逐步改善，不存在“花钱修复征信”的渠道。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '【国家医保服务平台】您的医保电子凭证于{date}在外省一家药店结算购药费用89.60元。如非本人或家人使用，请登录“国家医保服务平台”App查看明细，并向参保地医保部门反映（12393）。医保部门不会打电话说您“医保卡违规，需要转接公安”。', senders: THIRD },
  { label: 'normal', text: '【人力资源社会保障】您申领的第三代社保卡已制卡完成，请于{date}后本人携身份证到合作银行网点领取，并当场启用金融账户。社保卡激活不需要在任何网址里填写银行卡密码。', senders: THIRD },
  { label: 'normal', text: '{sig}您办理的ETC设备（车牌尾号{tail}）检测到被拆卸，已暂停使用。请通过{app}“ETC服务”页面按提示重新激活，或携带行驶证到网点办理，激活免费。我们不会通过短信链接要求您“在线认证”。', senders: OFFICIAL },
  { label: 'normal', text: '【航旅通知】您预订的{date} 上海虹桥-北京首都 航班因航空管制取消。您可在原购票渠道免费改签或全额退票，也可拨打订单页面上的航空公司客服电话办理。航空公司不会以“退改补偿”为由索要银行卡密码或验证码。', senders: THIRD },
  { label: 'normal', text: '【远山快递】您单号尾号{tail}的快件在转运中破损，已为您登记理赔，赔付金额{amt}元将在审核通过后原路退回寄件支付账户，进度可在远山快递App“我的理赔”查看。理赔无需加群、无需共享屏幕、无需提供验证码。', senders: ['unknown_port'] },
  { label: 'normal', text: '【绿洲商城】您在直播间购买的羊毛大衣已退款成功，{amt}元将于1-3个工作日内原路退回。退款在订单页自动完成，主播和客服不会私信您“双倍赔付”，也不会让您添加个人联系方式。', senders: ['unknown_port'] },
  { label: 'normal', text: '【游戏安全中心】您的账号于{date}因异地异常登录被临时冻结保护。请在游戏登录页点击“自助解封”，完成本人实名人脸验证即可恢复，全程免费。任何人说可以“付费代解封”都是诈骗。', senders: ['unknown_port'] },
  { label: 'normal', text: '【国家开发银行】您的国家助学贷款本年度应还本息{amt}元，将于12月20日从您签约的银行卡扣款，请确保余额充足，还款记录可在助学贷款官方网站查询。我们从不要求借款人“注销学生贷款账户”，也不会让您转账“清零额度”。', senders: THIRD },
  { label: 'normal', text: '{sig}您的账户已获赠账户安全险（保障额度100万元，保费由平台承担，不会向您扣费，也不会自动续费收费）。保障详情可在{app}“我的-保障”查看；来电称“要关闭百万保障否则扣费”的，一律是诈骗。', senders: OFFICIAL },
  // ── lawful collection: own channels ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款本期应还{amt}元，已于{date}到期，目前逾期3天。逾期期间按合同约定计收罚息，并可能影响您的信用记录。请通过{app}“立即还款”完成还款；如遇困难，可在{app}申请延期或分期，或致电{hot}（8:00-21:00）。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期45天，剩余应还{amt}元。符合条件的客户可申请最长12期的个性化分期，不收取额外手续费，申请入口：{app}“我的借款-还款方案”。请勿相信任何自称能“内部减免”“停催”的第三方。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}账单已逾期 {url}', senders: OFFICIAL, links: ['official'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，今天上午我们两次致电您未能接通，特此短信告知：您的借款已逾期8天，待还{amt}元。方便时请回电{hot}；如已还款请忽略。今天我们不会再拨打您的电话。', senders: OFFICIAL, hours: [12, 13, 14, 15, 16] },
  { label: 'normal', text: '{sig}委外催收告知：{person}您好，因您的借款逾期超过60天，我司自{date}起委托“广州信和商务服务有限公司”提供电话提醒服务。该公司只在8:00-21:00联系您本人，每日不超过3次，不联系您的亲友和单位，不收取任何费用。如对其行为有异议，请拨打{hot}投诉，我们将暂停委托并核查。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您在我司登记的手机号已连续7日无法接通、短信无回复。为与您本人取得联系，我司计划于{date}（工作日）10:00-17:00安排2名工作人员到您签约时登记的居住地址拜访，工作人员会出示工牌，不会向邻居或物业透露任何借款信息。如希望改为电话沟通，请拨打{hot}，我们将取消拜访。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}债权转让通知：{person}您好，{name}已于{date}依法将您名下的逾期借款债权转让给东方明远资产管理有限公司（地方资产管理公司）。转让后本金、利息仍按原合同计算，不增加任何费用，受让方仅通过其对公账户收款，账户以书面通知为准。转让事实可拨打{hot}向我司核实。', senders: OFFICIAL },
  { label: 'normal', text: '您好，请问是{person}吗？这里是{name}客服中心。您的一位朋友在我们这里登记了您的号码作为联系人，因为他预留的电话目前一直无法接通，想麻烦您方便时提醒他回电{hot}。具体事由涉及他的个人信息，不便透露，也不需要您承担或处理任何事情。打扰了。', senders: ['official_hotline'], hours: COLLECT_HOURS },
  // ── lawful collection: outsourced agencies and law firms with disclosures ──
  { label: 'normal', text: '{person}您好，我是北京恒正信息咨询有限公司的催收专员刘某某，工号HZ0318，受{name}委托与您联系，委托关系可在{app}“贷后服务-委外机构公示”查询，或致电{hot}核实。您的借款已逾期62天，待还{amt}元。还款请只通过{app}或{name}对公账户，我司不接收任何个人转账。本短信不代表任何法律程序。', senders: ['mobile', 'unknown_landline'], hours: COLLECT_HOURS },
  { label: 'normal', text: '您好{person}，我是受{name}委托的贷后服务人员，工号CS2207。您的账户已逾期30天，想了解一下您的还款打算。如果您对我的身份有疑问，可以挂断后拨打{name}官方客服{hot}核实委托信息；我们只和您本人沟通，不会联系您的家人和单位。', senders: ['unknown_landline', 'mobile'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，您于{date}与我司贷后专员约定的还款计划已生效：首期{amt}元请于本月28日前在{app}还款，此后每月28日还款。如有变动请提前联系专员（工号LY1024）或拨打{hot}。请勿把钱转给任何个人，包括我司专员本人。', senders: ['mobile', 'unknown_port'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，深圳和信资产管理有限公司受{name}委托为您提供贷后提醒服务。如您认为本次联系有误，或您已向{name}提出协商申请，请回复“异议”，我们将暂停联系并转交{name}核实。投诉渠道：{hot}，或当地金融监管部门12378。', senders: ['unknown_port'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，本所受{name}委托，已就您的借款逾期事宜向您签约地址邮寄律师函（承办律师及执业证号见函件首页，可在司法部“中国法律服务网”查询）。律师函仅为催告，不代表已经起诉；本所不会向您收取任何费用，还款请通过{app}，也可以致电{hot}与{name}协商。', senders: ['unknown_landline', 'unknown_port'], hours: COLLECT_HOURS },
  // ── campus, community and workplace anti-fraud lectures ──
  { label: 'normal', text: '【城南大学保卫处】各位同学：本周三晚7点在图书馆报告厅开展反诈讲座，民警将现场演示AI换脸视频通话和声音克隆，讲解“注销校园贷”“游戏账号解封”“点赞关注返佣金”等常见骗局。请各班组织参加，讲座免费，不收取任何资料费。', senders: THIRD },
  { label: 'normal', text: '今天派出所民警来学校讲课，我记了几条：1.“注销学生贷款账户”是骗局，没有这种业务；2.让你开屏幕共享的都是骗子；3.陌生人拉你做点赞关注任务，先给甜头再让你垫钱；4.USDT跑分、出租银行卡是违法犯罪；5.拿不准就打96110。发给你们看看。', senders: ['mobile'] },
  { label: 'normal', text: '【幸福里社区居委会】各位居民：近期有骗子冒充“医保局”来电，称您的医保卡被违规使用要冻结，随后转接假“警察”，要求把存款转进“安全账户”。医保部门和公安机关都不会这样办事。社区将于{date}上午在活动室开展防诈宣讲，欢迎老人们参加，现场免费量血压。', senders: THIRD },
  { label: 'normal', text: '【公司财务部通知】近期多家企业发生“冒充老板”诈骗：骗子用AI换脸和仿冒声音在钉钉、企业微信里发起视频会议，要求财务紧急转账。我司规定：所有对外付款必须走OA审批，任何人在聊天群或视频会议中提出的转账要求一律不执行。如有疑问请当面找财务总监。', senders: THIRD },
  { label: 'normal', text: '【育才中学】家长您好：寒假将至，请关注孩子的手机使用。近期多发“免费领游戏皮肤”“账号被封需解封”骗局，骗子诱导孩子用家长手机扫码付款或开启屏幕共享。请家长设置支付密码，不要把支付密码告诉孩子，发现异常请致电学校德育处。', senders: THIRD },
  // ── relatives, friends and colleagues talking about scams ──
  { label: 'normal', text: '舅舅刚才跟我视频了，聊的是下个月表妹婚礼的事，一个字没提钱，你别担心。现在骗子能换脸，我跟他约了个暗号，以后家里谁视频借钱都先对暗号。', senders: ['mobile'] },
  { label: 'normal', text: '周总，刚才钉钉群里有个和您同名同头像的人让我给供应商转货款，我没转。给您打电话没接通，发短信跟您确认一下，是您本人吗？', senders: ['mobile'] },
  { label: 'normal', text: '小陈，我是周总。明天上午10点用腾讯会议开季度总结，会议号我已经发在公司群里了，要共享屏幕讲PPT的提前测试一下投屏。', senders: ['mobile'] },
  { label: 'normal', text: '你上次说的“快递丢件理赔”电话我今天也接到了，对方连我的单号和地址都知道，说要三倍赔偿，让我下载一个会议App。我直接挂了，在快递App里一查，件根本没丢。', senders: ['mobile'] },
  { label: 'normal', text: '儿子，你电话里说的我都记住了：医保卡有问题就去社区医保窗口问，不听电话里的人说，也不往什么安全账户转钱。你放心，国家反诈中心App我已经装好了。', senders: ['mobile'] },
  { label: 'normal', text: '姐，我换工作这个月工资晚发，房租还差{amt}，你方便的话先借我，下月10号还你。我今晚下班给你打电话，当面说清楚。', senders: ['mobile'], hours: [12, 18, 19, 20, 21] },
  { label: 'normal', text: '李姐，报销单我放你桌上了，发票原件夹在里面。打款还是走公司系统就行，不用你个人先垫。', senders: ['mobile'] },
  { label: 'normal', text: '我在直播间买的那件羽绒服到了，质量还行。刚才有人打电话说我买的有质量问题要双倍退款，我没理，去订单里看了一下，什么通知都没有。', senders: ['mobile'] },
  { label: 'normal', text: '你的号我帮你在游戏里申诉了，官方客服说三个工作日内自动解封，不用花钱。网上那些说能付费解封的别信。', senders: ['mobile'] },
  { label: 'normal', text: '叔，你寄来的土特产收到了，快递员说外包装压坏了一点，我已经在快递App里申请了理赔，不用你管，钱会直接退到你付款的账户。', senders: ['mobile'] },
  { label: 'normal', text: '老婆，ETC那条短信我看了，是咱们办卡银行发的扣费通知，上周六上高速扣的38块，时间对得上，不是骗子。', senders: ['mobile'] },
  { label: 'normal', text: '班长，毕业那年我们一起办的国家助学贷款，最后一期我已经在官方渠道还完了，结清证明也下载了。你要是也接到让“注销学生账户”的电话，别理。', senders: ['mobile'] },
  { label: 'normal', text: '各位亲友，我原来的号码下周停用，这是我的新号，我是{person}。我不会用新号找大家借钱，如果有人用我的名义借钱，请先打我旧号确认，或者视频时问问只有我们知道的事。', senders: ['mobile'] },
  // ── meeting apps used the ordinary way ──
  { label: 'normal', text: '【腾讯会议】{person}邀请您参加腾讯会议\n会议主题：2026年度部门预算评审\n会议时间：{date} 14:00-15:30\n会议号：{code}\n请勿将会议号转发给无关人员。', senders: THIRD },
  { label: 'normal', text: '【钉钉】您有一场视频会议“新员工入职培训”将于今天15:00开始，组织者：人力资源部{person}。入会后请保持静音，培训资料会后在群文件中下载。', senders: THIRD },
  { label: 'normal', text: '{sig}{person}您好，您预约的远程视频面签将于{date}下午进行，我们的工作人员会在{app}内发起视频，全程录音录像，仅核对本人身份与借款用途。视频中不会要求您共享屏幕、提供密码或验证码，也不会要求您向任何账户转账。', senders: OFFICIAL },
  // ── extremely short, with a link ──
  { label: 'normal', text: '{sig}本月账单 {url}', senders: OFFICIAL, links: ['official'] },
  { label: 'normal', text: '{sig}电子回单 {url}', senders: OFFICIAL, links: ['official'] },
  { label: 'normal', text: '{sig}活动详情 {url} 回T退订', senders: OFFICIAL, links: ['official'] },
  { label: 'normal', text: '【远山快递】已签收 {url}', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '看看这件 {url}', senders: ['mobile'], links: ['unknown_legit'] },
  // ── scans and screenshots of genuine documents ──
  { label: 'normal', text: '扫描件识别：\n上 海 市 闵 行 区 人 民 法 院\n传   票\n案号  （2026）沪0112民初{code}号\n案由  金融借款合同纠纷\n被传唤人  {person}\n传唤事由  开庭审理\n应到时间  {date} 09:30\n应到处所  本院第十二法庭\n注意事项：1.被传唤人必须准时到达应到处所。2.本传票由被传唤人携带来院。3.被传唤人收到传票后，应在送达回证上签名或盖章。\n（院印）\n第 1 页 共 1 页', senders: PASTE },
  { label: 'normal', text: '截图文字：\n<  账户详情\n尾号{tail}  借记卡\n账户状态  司法冻结\n冻结金额  {amt}\n冻结机关  请至开户网点查询\n温馨提示：如需了解冻结详情，请本人携带身份证件前往开户网点办理。本行不提供线上解冻服务，也不会委托任何人联系您办理解冻。', senders: PASTE },
  { label: 'normal', text: '个人信用报告（本人版）识别结果\n报告编号  2026{code}{tail}\n一、信贷记录\n这部分包含您的信用卡、贷款和其他信贷记录。\n发生过逾期的账户明细如下：\n1. {date}{name}发放的个人消费贷款，截至2026年10月，最近5年内有1个月处于逾期状态，没有发生过90天以上逾期。\n说明：本报告仅供本人了解自己的信用状况，请妥善保管。', senders: PASTE },
  { label: 'normal', text: '（网点海报拍照识别）\n反 诈 “三 不 一 多”\n未知链接不点击  陌生来电不轻信\n个人信息不透露  转账汇款多核实\n“AI换脸”“屏幕共享”“注销校园贷”“刷单返利”都是骗局\n——本行营业部  宣——\n咨询电话 96110', senders: PASTE },
  { label: 'normal', text: '快递App截图：\n理赔详情\n理赔单号  LP2026{code}\n理赔状态  已赔付\n赔付金额  ¥{amt}\n赔付方式  原路退回（寄件支付账户）\n预计到账  1-3个工作日\n如有疑问请在App内联系在线客服', senders: ['none', 'mobile'] },
  // ── merchants, travel, jobs ──
  { label: 'normal', text: '【天际家电】您预约的{date}上门维修已确认，师傅到达时会出示工牌，维修费用以检测后App内报价为准，请勿向师傅个人转账。', senders: ['unknown_port'] },
  { label: 'normal', text: '【星河保险】您的航班延误险理赔已完成，{amt}元已打入您本人尾号{tail}的银行卡，无需任何操作。', senders: ['unknown_port'] },
  { label: 'normal', text: '【铁路客服】订单E{code}，您购买的{date} G102次列车因故停运，票款将按原支付路径全额退还，无需办理任何手续。如需改乘其他车次，请在铁路12306 App重新购票。', senders: THIRD },
  { label: 'normal', text: '{person}您好，我是{other}人力资源部。您投递的客服岗位已通过初试，复试定于{date}下午在公司现场进行，请携带身份证原件。我司招聘全程不收取任何费用，不需要您垫付、做任务或办理贷款。', senders: ['unknown_port', 'unknown_landline'] },
  { label: 'normal', text: '{sig}您的{app}额度已提升至{amt}元，年化利率（单利）以借款页面展示为准。借不借由您决定，我们不会致电要求您“激活额度”或缴纳任何费用。详情 {url} 拒收请回复R', senders: OFFICIAL, links: ['official', 'none'] },
];

export const BLIND6_TEMPLATES: Template[] = [...NORMAL, ...BLIND6B_TEMPLATES];
