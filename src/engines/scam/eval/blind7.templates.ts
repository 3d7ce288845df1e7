/**
 * BLIND7 held-out bank (eleventh scam author): this file holds the normal messages,
 * blind7b.templates.ts the fraud and harassment; BLIND7_TEMPLATES joins them.
 *
 * Who and how: written in session 5 (2026-12-02) by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * eleventh author of a scam bank). Written from general knowledge of Chinese telecom-fraud scripts
 * current in 2025–2026 (the Ministry of Public Security's common types), of the debt-collection
 * rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6
 * unanswered call attempts a day per number, third parties only when the debtor is unreachable
 * and never pressed to pay or told the debt, no public notices, extra fees, new loans to repay
 * old ones, threats, insults, fraud, fake legal documents or impersonated courts/police) and of
 * ordinary consumer and small-business notifications. While writing it the author read only:
 * eval.types.ts, eval.generator.ts, eval.metrics.ts, the other template banks (only to avoid
 * duplicating them and to write differently), scam.types.ts (FraudType, MessageInput),
 * registry.schema.ts, registry/institutions.json, shared/facts/regulation.md, shared/seeds and
 * shared/SPEC.md. The analyzer's code, lexicons, signal lists, rules and models were NOT opened;
 * the analyzer, its tests and benchmarks were NOT run. The only run was an expansion check outside
 * the repository (generateEvalSet(registry, 'blind7')) for counts by label, fraud type and sender
 * kind, and for duplicate texts against the other splits, plus the type checker.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): WeChat mini-program and app "service
 * notifications" (服务通知, laid out as title / fields / "进入小程序 >") and phone push
 * notifications (通知栏 / App推送), genuine and forged; e-commerce in-platform customer-service
 * chats in the 淘宝 旺旺 / 京东 在线客服 / 商家后台 style, genuine (refunds in the order page, price
 * protection, sellers refusing off-platform payment, real merchant penalties with free appeal) and
 * fake (off-platform "理赔专员", merchant "违规解冻金", student-account cancellation); points-expiry
 * and redemption SMS (积分清零 / 兑换) genuine and phishing; traffic fines (交管12123), electricity
 * and gas arrears, subsidies and tax refunds, genuine beside fake; texts a victim forwards to a
 * relative asking "is this real?" with the original quoted (labelled by the quoted original);
 * scams aimed at small-business owners (platform merchant penalties, tax audits, supplier
 * bank-account changes, "经营贷" fees, merchant fee subsidies) beside genuine tax-bureau, bank and
 * platform notices to merchants; investment "teacher" livestream invitations and fake crypto-
 * exchange or bank-app "upgrades"; English texts to foreigners living in China (visa, residence
 * registration, rent deposits, deliveries, SIM real-name checks); collection written as scripted
 * "法催" SMS with case numbers, threats phrased as "friendly advice" (善意提醒), collectors
 * posing as couriers or old classmates to locate the debtor, and messages asking the debtor's
 * emergency contact to "pass on a message" — next to lawful reminders, lawful pre-litigation
 * notices, lawful outsourced collection and one lawful "please ask him to call back" message to
 * an emergency contact after the debtor could not be reached. Amounts are in Arabic digits; no
 * emoji, dialect, pinyin, broken keywords, IVR menus or multi-part scripts.
 */
import type { Template } from './eval.types.js';
import { BLIND7B_TEMPLATES } from './blind7b.templates.js';

const OFFICIAL: Template['senders'] = ['official_port'];
/** A notification, chat or screen pasted as text, with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Government bodies, utilities, merchants: a bulk port, or pasted. */
const THIRD: Template['senders'] = ['unknown_port', 'none'];
/** A relative or friend writing from their own phone. */
const RELATIVE: Template['senders'] = ['mobile'];
/** Lawful collection contact stays inside 08:00–22:00. */
const COLLECT_HOURS = [8, 9, 10, 11, 14, 16, 19, 20, 21];
const ANY_HOUR = [0, 2, 6, 9, 12, 15, 19, 22, 23];

const NORMAL: Template[] = [
  // ── WeChat mini-program service notifications (服务通知), genuine ──
  { label: 'normal', text: '服务通知\n{name}小程序\n还款成功通知\n还款金额：{amt}元\n还款时间：{date} 10:26\n剩余待还：0.00元\n本期账单已结清，感谢您按时还款。\n查看详情 >', senders: PASTE },
  { label: 'normal', text: '服务通知\n{name}\n账单出账提醒\n您本月账单已出，应还{amt}元，最后还款日{date}。\n可在小程序“我的账单”中还款，也可开通自动还款。\n对账单有疑问请致电{hot}。\n进入小程序 >', senders: PASTE },
  { label: 'normal', text: '服务通知\n绿洲商城会员中心\n积分即将过期提醒\n您有1280积分将于12月31日过期。\n可在小程序“积分商城”兑换优惠券，兑换不收取任何费用。\n去兑换 >', senders: PASTE },
  { label: 'normal', text: '服务通知\n网上国网\n电费账单通知\n户号：尾号{tail}\n账期：2025年11月\n本期电费：{amt}元\n缴费截止：{date}\n可在网上国网、银行代扣或营业厅缴纳；如需停电，供电公司会按规定提前通知。', senders: PASTE },
  { label: 'normal', text: '服务通知\n城东燃气\n余额不足提醒\n您的燃气表剩余金额18.60元，建议及时充值，以免影响使用。\n充值入口：本小程序“燃气缴费”\n本通知由系统自动发送，工作人员不会要求您向个人账户转账。', senders: PASTE },
  { label: 'normal', text: '服务通知\n{name}\n借款申请结果\n申请金额：{amt}元\n审批结果：未通过\n原因：综合评估暂未满足本产品要求\n您可在30天后重新申请。我们不会以“包过”“内部渠道”为由收取任何费用。', senders: PASTE },
  { label: 'normal', text: '服务通知\n微信支付\n扣费凭证\n绿洲商城连续包月会员自动续费成功\n扣费金额：¥25.00\n扣费时间：{date}\n如需取消，请在“我-服务-钱包-支付设置-自动续费”中关闭。', senders: PASTE },
  { label: 'normal', text: '服务通知\n远山快递\n取件通知\n您的包裹已到达小区南门智能柜，取件码{code}，请于48小时内取件。\n超时后按小程序公示标准收取保管费。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '服务通知\n云帆体检中心\n预约成功通知\n预约项目：入职体检\n预约时间：{date} 08:00-10:00\n请空腹前往，携带身份证原件。\n改约请在小程序“我的预约”中操作。', senders: PASTE },
  { label: 'normal', text: '服务通知\n{name}\n自动扣款预告\n您的分期账单{amt}元将于{date}从尾号{tail}的银行卡自动扣款，请确保余额充足。\n如已主动还款，请忽略本通知。', senders: PASTE },
  { label: 'normal', text: '服务通知\n{name}\n账户安全提醒\n您的账户于{date} 21:15在新设备登录，登录地：杭州。\n如非本人操作，请进入小程序“安全中心”冻结账户，或拨打{hot}。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '服务通知\n{name}\n提额成功通知\n您的可用额度已提升至{amt}元。\n本次提额不收取任何费用，借不借由您决定。\n查看额度 >', senders: PASTE },
  // ── app push notifications (通知栏 / App推送), genuine ──
  { label: 'normal', text: 'App推送：{app}\n新版本上线\n{app}新版本已在各大应用商店上线，请通过手机自带的应用商店更新。我们不会通过短信、电话或聊天软件向您发送安装包或下载链接。', senders: PASTE },
  { label: 'normal', text: '通知栏：{app} · 刚刚\n动账提醒\n您尾号{tail}的账户于{date} 14:03转入{amt}元，余额请在App内查看。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '通知栏：交管12123\n您有新的交通违法记录待处理：{date} 17:12，中山北路与延安路路口，机动车不按导向车道行驶，罚款100元，记2分。请在App“违法处理”中办理。', senders: PASTE },
  { label: 'normal', text: '通知栏：{app}\n安全提醒\n检测到您的账号在一台新设备（iPhone）上申请登录，已为您拦截。如是本人操作，请在原设备上确认；如非本人，建议立即修改登录密码。', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '通知栏：网上国网\n缴费成功\n您为户号尾号{tail}缴纳电费{amt}元，已实时到账，电子发票可在“我的-发票”中下载。', senders: PASTE },
  { label: 'normal', text: '通知栏：{app}\n账户信息更新提醒\n您登记的身份证件已于{date}到期，请在App“我的-个人信息”中上传新证件，或携带身份证原件到营业网点办理。更新前部分交易可能受限，本提醒不含任何链接。', senders: PASTE },
  { label: 'normal', text: '通知栏：绿洲商城\n您加购的电热水壶降价了，到手价比加购时便宜42元，库存紧张，点击查看。', senders: PASTE },
  { label: 'normal', text: '通知栏：{app}\n您已成功预约{date}的线下面签，地址与联系人请在App“我的预约”中查看。面签当天请携带身份证，工作人员不会收取任何费用。', senders: PASTE },
  { label: 'normal', text: '通知栏：{app}\n交易提醒\n您于{date}向{person}转账{amt}元，已到账。如有疑问，请在App内联系在线客服。', senders: PASTE, hours: ANY_HOUR },
  // ── e-commerce in-platform customer service (旺旺 / 京东 / 商家后台), genuine ──
  { label: 'normal', text: '[淘宝 · 旺旺] 绿洲家居旗舰店：亲，您的订单已发货啦，远山快递单号YS{code}{tail}，预计2-3天送达。有任何问题直接在这里联系我们就好，我们不会通过电话或短信让您操作退款哦。', senders: PASTE },
  { label: 'normal', text: '[京东 · 在线客服] 您好，您提交的售后申请（服务单号{code}）已审核通过，快递员将于{date}上门取件，取件时无需支付任何费用。退款将在商品入库后原路退回至您的支付账户。', senders: PASTE },
  { label: 'normal', text: '[旺旺] 店铺客服：亲亲，这个问题我们已经登记了，退款是平台自动处理的，钱会原路退到您付款的账户里，1-3个工作日到账。不需要您提供银行卡号和验证码，也不用加任何人微信哈。', senders: PASTE },
  { label: 'normal', text: '[店铺客服] 亲，您说的“有客服打电话说商品质量有问题要给您退款”不是我们打的哦，本店所有售后都只在平台的订单页面里办理。如果对方让您下载软件或共享屏幕，请直接挂断。', senders: PASTE },
  { label: 'normal', text: '[京东 · 在线客服] 您好，您购买的空气炸锅在价保期内降价了，已为您成功申请价格保护，差额46.00元将退回您的原支付账户，可在“我的-客户服务-价格保护”中查看进度。', senders: PASTE },
  { label: 'normal', text: '[旺旺]\n买家：老板能不能加个微信，我直接转你，便宜点？\n店铺客服：亲，不好意思哦，为了保障您的权益，所有交易都需要在平台下单，私下转账平台无法保障，我们也不会私下收款哦。', senders: PASTE },
  { label: 'normal', text: '[拼单客服] 您好，您的订单因商家缺货已被系统取消，货款{amt}元已原路退回，请留意支付账户的到账信息。给您带来不便深表歉意，已补发一张5元无门槛券到您的账户。', senders: PASTE },
  { label: 'normal', text: '[商家后台 · 平台通知] 您的店铺有1笔售后纠纷待处理（订单尾号{tail}），请在48小时内登录商家后台上传凭证并回复买家，超时平台将介入处理。', senders: PASTE },
  { label: 'normal', text: '[商家后台 · 平台通知] 因您的店铺近30天发货超时率超过标准，根据《平台发货管理规范》，已扣除店铺信用分2分。如有异议，请在商家后台“违规管理”中提交申诉，申诉不收取任何费用。', senders: PASTE },
  { label: 'normal', text: '[商家后台 · 保证金通知] 您的店铺保证金余额低于类目要求（当前{amt}元），请于15日内在商家后台“保证金”页面补缴。补缴只能在后台支付，平台不会通过电话、个人账户或第三方链接收取保证金。', senders: PASTE },
  { label: 'normal', text: '[京东 · 在线客服] 您好，关于您反映的“有人自称京东客服来电，让您关闭金条”的情况：京东客服不会来电要求您关闭或注销任何金融产品，也不会让您转账。您可以向当地派出所反映。', senders: PASTE },
  // ── points expiry and redemption, genuine ──
  { label: 'normal', text: '{sig}尊敬的客户，您的账户有2360积分将于12月31日到期清零，可登录{app}“积分商城”兑换话费、视频会员等权益。积分兑换不收费，也不需要填写银行卡号。本短信不含链接。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您已成功使用3000积分兑换30元话费，预计24小时内到账，请留意手机余额变化。如非本人操作请致电{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}积分兑换提醒：您兑换的“保温杯”已发货，远山快递单号YS{code}，快递员不会向您收取任何运费。', senders: OFFICIAL },
  { label: 'normal', text: '【星河航空】尊敬的会员，您有8650里程将于{date}到期。可在星河航空App兑换机票或升舱，里程兑换仅在官方App和机场柜台办理。', senders: THIRD },
  { label: 'normal', text: '{sig}积分有效期提醒：积分有效期至累积次年年底，您当前可用积分5120分，其中1200分将于本年底到期。查询及兑换请通过{app}。回T退订', senders: OFFICIAL },
  { label: 'normal', text: '【城南生鲜超市】会员积分提醒：您有560积分将于月底过期，门店结账时出示会员码即可抵扣，100积分抵1元。', senders: THIRD },
  { label: 'normal', text: '{sig}本月您获得积分420分，当前可用积分1860分。积分可在{app}“我的权益”中兑换，兑换商品一律包邮。', senders: OFFICIAL },
  // ── traffic fines, utilities, subsidies, tax, genuine ──
  { label: 'normal', text: '【交管12123】您的小型汽车（尾号{tail}）于{date}在滨江大道有违法停车记录，罚款150元，请于15日内通过交管12123 App或交警窗口处理。本短信不含链接，请勿点击他人转发的“缴款链接”。', senders: THIRD },
  { label: 'normal', text: '【国网电力】尊敬的客户，您户号尾号{tail}的电费截至{date}欠费{amt}元，请及时通过网上国网、银行代扣或营业厅缴纳。欠费停电前会依规提前告知，我公司不会通过个人账户收取电费。', senders: THIRD },
  { label: 'normal', text: '【城东燃气】尊敬的用户，我公司将于{date}起对您所在小区开展入户安全检查，检查人员佩戴工作证，检查不收取任何费用，不推销任何产品。如有疑问请拨打燃气账单上的客服热线。', senders: THIRD },
  { label: 'normal', text: '【市人社局】您申请的职业技能提升补贴1500元已审核通过，将于10个工作日内发放至您的社会保障卡金融账户，无需您进行任何操作，也不会收取任何费用。', senders: THIRD },
  { label: 'normal', text: '【个人所得税】您的2025年度个人所得税综合所得汇算已完成申报，应补（退）税额为0元，无需缴款。如需查看申报记录，请登录个人所得税App。', senders: THIRD },
  { label: 'normal', text: 'App推送：个人所得税\n退税到账提醒\n您2025年度综合所得汇算申请的退税{amt}元已办理退库，将退至您申报时填写的银行卡（尾号{tail}）。退税只在个人所得税App内申请，无需向任何人提供验证码。', senders: PASTE },
  { label: 'normal', text: '【市商务局】您购买家电时使用的以旧换新补贴已核验通过，补贴金额已在支付时直接抵扣，无需另行申领。请保留购物发票，以备抽查。', senders: THIRD },
  { label: 'normal', text: '【医保服务】您本月医保个人账户划入186.40元，余额可在国家医保服务平台App查询。医保个人账户资金不能提现，不存在“医保卡余额提现”服务。', senders: THIRD },
  { label: 'normal', text: '【电子税务局】贵单位2025年第四季度增值税及附加税费申报期截至{date}，请及时登录电子税务局完成申报。如已申报，请忽略本短信。', senders: THIRD },
  { label: 'normal', text: '【市税务局】尊敬的纳税人：贵单位{date}开具的电子发票已成功上传。本短信为系统通知，无需回复；如有疑问请拨打12366纳税服务热线。', senders: THIRD },
  { label: 'normal', text: '【市场监管】您的个体工商户2025年度报告已公示成功，感谢配合。年报免费，不需要委托任何机构代办，请警惕以“年报异常”为由收费的电话。', senders: THIRD },
  // ── forwarded to a relative: "is this real?", with a genuine original ──
  { label: 'normal', text: '妈转给我的，她问这个是不是骗子：\n“{sig}您的信用卡本期账单{amt}元，到期还款日{date}，可通过{app}或自动还款办理。”\n我看了，是官方的短信端口发的，没有链接也没让转账，是正常账单。', senders: RELATIVE },
  { label: 'normal', text: '老公，这条短信是真的吗？\n“【交管12123】您的小型汽车（尾号{tail}）有1条违法记录待处理，请通过交管12123 App或窗口处理。”\n我周二确实在小区门口临时停了一会儿。', senders: RELATIVE },
  { label: 'normal', text: '哥，你帮我看看这个靠谱吗？是京东App里客服对话框发的：“您好，您的退款{amt}元已原路退回支付账户，请注意查收。”我就是在App里看到的，没让我点别的，钱也到了。', senders: RELATIVE },
  { label: 'normal', text: '爸，你转给我的这条我查过了，是真的：“【国网电力】您户电费欠费{amt}元，请通过网上国网或营业厅缴纳。”我已经在App里帮你交了，以后别点别人发来的缴费链接。', senders: RELATIVE },
  { label: 'normal', text: '闺女，这个短信说我积分要清零，要不要紧？“{sig}您有2100积分将于12月31日到期，可在{app}积分商城兑换。本短信不含链接。”\n——妈，这是真的，没让你点链接，周末我帮你在App里换成话费。', senders: RELATIVE },
  { label: 'normal', text: '姐，这是真的吗？{app}给我推送：“您的身份证信息即将过期，请在App内更新，或携带身份证到网点办理。”——我打{hot}问过了，客服说是真的，App里直接上传就行。', senders: RELATIVE },
  { label: 'normal', text: '小舅，你转来的这条我看过了：“【电子税务局】贵单位本月增值税申报期截至{date}，请及时登录电子税务局申报。”这是税务局的正常提醒，让会计按时报就行，跟那些要“交保证金”的电话不是一回事。', senders: RELATIVE },
  { label: 'normal', text: '叔，你公司那个供应商说要换收款账户的事，我按你手机里原来存的号码打给他们财务问了，人家说账户从来没换过，你千万别往新账户打款，把那条消息留着去报警。', senders: RELATIVE },
  { label: 'normal', text: "Forwarded from my landlord, is this legit? \"Hi, this is Mr. Wang. Your deposit of {amt} yuan has been refunded to the Alipay account you paid from. Please confirm when you see it. Thanks for keeping the flat tidy!\" -- Never mind, I checked Alipay and the money is there.", senders: RELATIVE, en: true },
  // ── small businesses, genuine ──
  { label: 'normal', text: '{person}您好，我是鸿运包装财务部。按年初签订的合同，本月货款{amt}元请照旧付到合同约定的对公账户，我司账户没有任何变更。如近期有人以我司名义通知您更换收款账户，请务必打我座机核实。', senders: ['mobile', 'unknown_landline'] },
  { label: 'normal', text: '{sig}尊敬的商户，您的收款码{date}交易结算金额{amt}元已于今日入账尾号{tail}的结算账户，手续费按签约费率收取。详情请在{app}商户中心查看。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}贵公司对公账户需于{date}前完成年度信息核实，请法定代表人或授权经办人携带营业执照、身份证原件至开户网点办理。本行不会通过电话或短信链接办理账户核实。', senders: OFFICIAL },
  { label: 'normal', text: '王老板，我是鸿运包装的业务员小刘，下周三给您补的那批纸箱已经装车了，送货单和发票随车，货款还是按老规矩月结，走公司账户，有问题随时打我电话。', senders: RELATIVE },
  // ── investment, genuine ──
  { label: 'normal', text: '【云岭证券】尊敬的投资者，本周四19:30投资者教育直播“如何识别非法荐股”将在本公司官方App播出。直播不荐股、不建群、不收费，请勿相信任何“老师”“助理”拉群带单。', senders: THIRD },
  { label: 'normal', text: '{sig}您持有的理财产品“稳健30天”已于{date}到期，本金及收益共{amt}元已转入您的活期账户。理财非存款，过往业绩不代表未来表现。', senders: OFFICIAL },
  { label: 'normal', text: '【云岭基金】您持有的基金于{date}实施分红，每10份派0.35元，红利将于3个工作日内到账。基金投资有风险，本公司不以任何方式承诺收益。', senders: THIRD },
  { label: 'normal', text: 'App推送：{app}\n直播预告｜今晚20:00“家庭理财入门”知识直播，主讲人为本机构持证理财经理，节目仅做知识讲解，不推荐个股，不会邀请您加入任何群聊。', senders: PASTE },
  { label: 'normal', text: '爸，那个直播间我帮你看了，是券商官方App里的投教直播，不推股票、不拉群、不收钱，你想听就听；但是有人私信你说“老师带你赚钱”的一律别理。', senders: RELATIVE },
  // ── English texts to foreigners living in China, genuine ──
  { label: 'normal', text: 'Exit-Entry Administration: Your residence permit application (receipt no. {code}) has been approved. Please collect your passport in person at the service hall with your receipt from {date}. No fee is collected by phone or through any link.', senders: THIRD, en: true },
  { label: 'normal', text: "[Yuanshan Express] Your parcel is in locker 3 at your building's north gate. Pickup code {code}. Please collect it within 48 hours. Our couriers never ask for payment to release a parcel.", senders: THIRD, en: true, hours: ANY_HOUR },
  { label: 'normal', text: '{name}: Your new debit card ending {tail} has been posted to your registered address. Activate it in our app or at a branch with your passport. We never send card activation links by text.', senders: OFFICIAL, en: true },
  { label: 'normal', text: '{name}: You asked to repay your loan early. The payoff amount valid until {date} is {amt} CNY, with no early-repayment fee. Pay in our app only; our staff will never give you a personal account.', senders: OFFICIAL, en: true },
  { label: 'normal', text: 'Hi, this is Anna from the international office. Reminder: foreign staff must register their new address at the local police station within 24 hours of moving. Bring your passport and rental contract. Registration is free of charge.', senders: ['mobile', 'none'], en: true },
  { label: 'normal', text: "Hi Tom, it's Mr. Wang, your landlord. The plumber will come on {date} at 10am to fix the kitchen tap, no cost to you. Rent stays the same and goes to the usual account in our contract.", senders: RELATIVE, en: true },
  { label: 'normal', text: '{name}: To keep your SIM active, the real-name record for foreign passport holders must match your current passport. Please visit any of our stores with your new passport before {date}. This cannot be done through a link.', senders: OFFICIAL, en: true },
  { label: 'normal', text: "{code} is the code to link your foreign card to {name}. If someone on the phone is 'helping' you link a card right now, hang up: that person is trying to take over your account.", senders: OFFICIAL, en: true, hours: ANY_HOUR },
  { label: 'normal', text: "Hi, this is your Yuanshan Express courier. I knocked but nobody answered, so I left the box with the guard in the lobby. Nothing to pay. Have a good day!", senders: RELATIVE, en: true },
  { label: 'normal', text: 'Hello, this is Linda from HR. Your work permit renewal has been submitted. The authorities may call you to confirm your employer, but they will never ask you for money. Tell me right away if anyone asks you for a fee.', senders: ['mobile', 'none'], en: true },
  { label: 'normal', text: '{name} collections: Hello, we have not been able to reach you about the {amt} CNY overdue on your account. Reply 1 and we will call you back between 9am and 8pm, or call {hot}. Repay only in our official app.', senders: OFFICIAL, en: true, hours: COLLECT_HOURS },
  // ── lawful collection, lawful pre-litigation notices ──
  { label: 'normal', text: '{sig}{person}您好，您在{name}的借款本期应还{amt}元，已逾期3天。请通过{app}“我的借款”还款，如有困难可在App内申请延期或分期。本机构不会要求您向任何个人账户转账。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，我是{name}贷后服务专员，工号HS{tail}。您的借款已逾期15天，欠款{amt}元，请您通过{app}还款或致电{hot}协商还款方案，也可拨打该号码核实我的身份。', senders: ['official_hotline', 'official_port'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您在{name}的逾期账户已委托华信商务咨询有限公司协助提醒还款，委托期至本年12月31日。该公司工作人员会主动报出姓名和工号，您可拨打{hot}核实。所有还款请通过{app}办理，切勿转入个人账户。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期62天，欠款本息{amt}元。如仍未与我们协商，{name}将依据合同约定考虑通过诉讼方式解决。本短信不是法律文书，如进入诉讼程序，相关文书将由人民法院依法送达。协商还款请致电{hot}。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，感谢您与我们达成还款计划：每月{date}前还款{amt}元，共6期，首期已按时到账。后续请在{app}按计划还款，不会产生额外费用。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '您好，我们是{name}客服。因连续三次未能联系上{person}，冒昧打扰：麻烦您方便时提醒{person}回电{hot}。此事与您本人无关，您没有任何义务，我们也不会再为此联系您。', senders: ['official_hotline', 'official_port'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您的借款今日到期，应还{amt}元。如已还款请忽略；如需延期还款，可在{app}申请。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，我是{name}的外访专员，工号WF{tail}。按昨天和您电话约好的时间，今天下午我和同事两人到您家沟通还款方案，届时会出示工作证和委托书。如不方便，可拨打{hot}改约或取消。', senders: ['mobile', 'official_hotline'], hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您的信用卡已逾期，最低还款额{amt}元。逾期信息将按规定报送金融信用信息基础数据库，及时还款可避免影响信用记录。如有疑问请致电{hot}。', senders: OFFICIAL, hours: COLLECT_HOURS },
  // ── lenders' lawful marketing ──
  { label: 'normal', text: '{sig}年终回馈：{date}前在{app}借款可领7天免息券1张，年化利率（单利）7.2%-23.9%，以审批结果为准。请理性借贷，按需使用。退订回T', senders: OFFICIAL },
  { label: 'normal', text: '{sig}尊敬的客户，您已获得{amt}元的预估额度，实际额度以审批为准。申请仅在{app}内进行，全程不收取任何费用。详情 {url} 拒收请回复R', senders: OFFICIAL, links: ['official', 'none'] },
  { label: 'normal', text: 'App推送：{app}\n您有一张“利息8折券”即将到期，借款时自动抵扣。借款前请仔细阅读合同，综合年化成本以借款页面展示为准。', senders: PASTE },
  { label: 'normal', text: '{sig}{person}您好，您的账单可申请“账单分期”，分12期每期手续费率0.6%，折合年化利率约13.0%。如需办理请在{app}操作，我们不会来电代您操作。回T退订', senders: OFFICIAL },
  { label: 'normal', text: '{sig}按时还款有礼：本月在{app}按时还款即可获得200积分，积分可兑换视频会员。活动无需报名，不收取任何费用。退订回T', senders: OFFICIAL },
  // ── genuine codes and maintenance notices ──
  { label: 'normal', text: '{sig}您正在{app}中修改绑定手机号，验证码{code}，10分钟内有效。如有人以“升级账户”“解冻资金”为由向您索要验证码，请立即挂断。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}{app}将于{date}凌晨2:00-5:00进行系统升级维护，期间暂停借还款服务。本次升级无需您进行任何操作，也无需下载任何安装包。', senders: OFFICIAL },
];

export const BLIND7_TEMPLATES: Template[] = [...NORMAL, ...BLIND7B_TEMPLATES];
