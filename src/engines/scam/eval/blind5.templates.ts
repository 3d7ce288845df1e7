/**
 * BLIND5 bank (seventh split; blind until session 5, 2026-12-02, then burned: its misses were read,
 * rules were written from them and it joined the text model's training data): this file holds the normal messages, blind5b.templates.ts
 * the fraud and harassment; BLIND5_TEMPLATES joins them.
 *
 * Who and how: written on 2026-12-01 by an independent evaluation author (a helper session
 * separate from the analyzer's developer and from the blind2, blind3 and blind4 authors; the
 * seventh author of a bank), from general knowledge of Chinese telecom-fraud scripts current in
 * 2025–2026 (the Ministry of Public Security's common types), of the debt-collection rules in
 * shared/facts/regulation.md (no contact 22:00–08:00, at most 6 unanswered call attempts a day
 * per number, third parties only when the debtor is unreachable and never pressed to pay or told
 * the debt, no public notices, extra fees, new loans to repay old ones, threats, insults, fake
 * legal documents or impersonated courts/police) and of ordinary consumer notifications. While
 * writing it the author read only the eval types, the generator, the metrics, the other template
 * banks (to avoid duplicates and to write differently), the public scam types (FraudType,
 * MessageInput), the registry schema and data (registry/institutions.json),
 * shared/facts/regulation.md, shared/SPEC.md and shared/seeds. The analyzer's code, lexicons,
 * signal lists, rules and models were NOT opened, and the analyzer was NOT run on this bank, nor
 * any test. The only run made was an expansion check (generateEvalSet(registry, 'blind5')) for
 * counts by label, fraud type and sender kind, and for duplicate texts against the other banks.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read individual misses here to
 * change lexicons, weights, rules or models; report its figures only. Once a change is made
 * because of something seen here, the bank is no longer blind and a new one has to be written.
 *
 * Style on purpose (what the earlier banks lack): scripts split over several short messages
 * ([1/3] [2/3] …, or 短信1/短信2), call recordings with interruptions and both voices, WeChat
 * and QQ group-chat pastes with shills and bystanders, scams that open friendly over days and
 * ask only later, Traditional Chinese written natively (Taiwan, Hong Kong, Macau), English for
 * overseas students and foreign workers in China, dialect (Cantonese, Sichuanese, Northeastern),
 * emoji, deliberately broken keywords (v信, 薇信, 扣扣, 银hang卡, 征xin, dai款, 公an), pinyin and
 * pinyin-Chinese mixes, amounts in Chinese numerals (壹万, 伍仟). Hard normals share the scams'
 * vocabulary: verification codes that say "tell no one" (incl. loan-signing and 亲情付 codes),
 * bank interventions (risk-account limits, remote-control app detected, a lender asking whether
 * someone is guiding a borrowing spree), anti-fraud lessons quoting scam lines, operator notices
 * (一证通查, call-out restriction, roaming warnings), court (case number, no fees) and tax, 医保,
 * 公积金, 交管 notices, embassy and university warnings in English, merchants' refunds and
 * price protection, couriers asking for cash-on-delivery in person, real children and parents
 * asking for money, honest number changes, group chats that collect fees the proper way, and
 * lawful collection: an interrupted but polite call, a reachable-by-contract visit notice, a
 * third-party call that says nothing about the debt, stated caps on calls and hours, a real
 * lawyer letter announced on the official port. Fraud uses the institutions' names from
 * unofficial senders; harassment includes the lender's own port at banned hours, "just
 * verifying" calls to mothers, HR and teachers, missed-call logs over the cap, extra fees,
 * group chats built from contact lists, fake lawyer letters and courts, and veiled threats.
 */
import type { Template } from './eval.types.js';
import { BLIND5B_TEMPLATES } from './blind5b.templates.js';

const OFFICIAL: Template['senders'] = ['official_port'];
/** Lawful collection contact stays inside 08:00–22:00. */
const COLLECT_HOURS = [8, 9, 11, 12, 15, 19, 20, 21];

const NORMAL: Template[] = [
  // ── codes that say "tell no one" ──
  { label: 'normal', text: '{sig}{code}（动态码）用于在{app}更换绑定手机号，10分钟内有效。验证码就是您的“钱包钥匙”，任何人索要都是诈骗，包括自称我们员工、公安、法院的人。', senders: OFFICIAL, hours: [0, 7, 10, 15, 23] },
  { label: 'normal', text: '{sig}您正在{app}签署借款合同，金额{amt}元，验证码{code}。如果此刻有人在电话里指导您借款、并让您把钱转给他做“验证”或“清零”，请立即停止操作——这是诈骗。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}验证码：{code}。您正在使用“亲情付”为他人开通代付，如非本人操作，或有人以任何理由向您索要此验证码，请立即拨打{hot}。请勿告诉任何人。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{code} is your {name} code to log in on a new device. Do NOT share it with anyone, not even our staff. If you did not request it, someone may be trying to get into your account.', senders: OFFICIAL, en: true, hours: [1, 9, 14, 22] },
  { label: 'normal', text: '{sig}您的一次性密碼為{code}，用於網路銀行轉帳至非約定帳戶，金額{amt}元。若非本人操作，請勿輸入並立即致電{hot}。本行人員不會向您索取密碼。', senders: OFFICIAL },
  // ── interventions and anti-fraud lessons that quote scam lines ──
  { label: 'normal', text: '{sig}【防骗小课堂】骗子常说：“您好，我是{name}客服，您大学时开的账户没注销，会影响征信，我发您一个会议号，您开一下屏幕共享。”真相：我们没有“学生账户注销”业务，也从不需要共享屏幕。遇到请挂断并拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}反诈提醒：“点赞关注一单3元”“第四单是联单，要先垫付”“操作失误要充值解冻”——刷单返利的每一句都是套路。刷单本身违法，前面给你的小甜头，都是为了骗走后面更大的本金。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您尾号{tail}的账户因近期交易存在涉诈风险特征，已按监管要求调整为非柜面交易限额：单日转账不超过500元。如需恢复，请本人携带身份证到任一网点办理，我们不会通过电话或链接为您“解除限制”。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}我们注意到您今天在{app}连续三次尝试大额借款并准备转给他人。请问是否有人自称客服、警察或“债务顾问”在指导您操作？如有，请立即停止并拨打96110。我们的员工稍后会通过{hot}与您联系确认。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}【账户安全】检测到您的手机正在运行屏幕共享或远程协助类软件，为保护资金安全，{app}已暂停转账功能。如无人指导您安装，请卸载后在{app}“安全中心”自助恢复。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您已成功向{person}转账{amt}元。如对方是陌生人，且自称客服、警察或刷单接待员，请立即拨打{hot}申请止付并报警。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您向非好友账户的转账{amt}元已开启“延时到账”保护，将于24小时后到账，期间可在{app}“账单”中撤回。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的{app}账户于{date}申请注销。注销后借款记录仍按规定保存在征信系统中，注销既不会“消除”也不会“影响”征信。如非本人申请，请拨打{hot}撤回。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}【额度调整通知】根据综合评估，您的可用额度已调整为0元，已借款项按原合同执行，不受影响。我们不提供付费“恢复额度”服务，如有疑问请拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}Your {name} account has been frozen after a report that it received money from a fraud victim. If you believe this is a mistake, visit a branch with your ID. We never unfreeze accounts by phone, link or "verification payment".', senders: OFFICIAL, en: true },
  { label: 'normal', text: '{sig}【风险提示】您近期多次在{app}查询“注销账户”“关闭额度”。注销账户无需转账、无需清零额度、无需下载会议软件，如有人以此指导您操作，请立即挂断并拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您尾号{tail}的借记卡于{date}在境外ATM取现{amt}元，如非本人操作，请立即拨打{hot}挂失。', senders: OFFICIAL, hours: [2, 9, 13, 22] },
  // ── lawful collection ──
  { label: 'normal', text: '{sig}【还款提醒】{person}，您{date}到期的第7期账单{amt}元尚未还清，已逾期2天。按合同约定逾期罚息按日0.05%计收。请通过{app}还款，如有困难可拨打{hot}申请延期。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期93天，经多次提醒仍未还款。我司拟依法向合同约定的管辖法院提起诉讼；起诉前您仍可通过{app}“协商还款”或致电{hot}沟通。本短信不是法律文书。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期120天，逾期信息已按规定如实报送征信系统，会影响您今后申请贷款和信用卡。请尽快通过{app}还款或致电{hot}协商，我司不收取任何“减免手续费”。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}告知：您的逾期账单已委托合作催收机构“华信商务咨询”进行电话提醒，对方只在8:00-22:00联系您本人，不会联系您的亲友，也不会要求您向任何个人账户还款。委托关系可在{app}“贷后服务”中查询。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期18天，待还{amt}元。我们的工作人员将通过{hot}与您联系，每天不超过三次，仅在8:00-21:00之间。如您已还款或需协商，请登录{app}处理。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}，因您预留的电话持续无法接通，我司计划{date}工作日白天安排两名员工到您签约时登记的地址了解情况，上门前一天会短信告知员工姓名与工号，可拨{hot}核实。如您希望改为电话沟通，请在{app}预约，我们将取消上门。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}：我司已委托律师事务所向您签约地址邮寄纸质《律师函》（加盖律所公章），律所名称和执业证号可在{app}“消息-法务通知”核实。本函仅为催告，不代表已经起诉，您仍可与我司协商还款，律所不会向您收取任何费用。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}，您在{app}签署的还款承诺约定{date}还款{amt}元，今天是约定日。如已通过其他方式还款请忽略。我司工作人员不会要求您转账到个人账户或所谓“过渡账户”。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您申请的暂缓催收已受理：鉴于您提交的失业证明，30天内我们暂停电话提醒，期间罚息照常计算，请在{date}前通过{app}提交新的还款计划。', senders: OFFICIAL },
  { label: 'normal', text: '【通话录音】\n催收员：喂您好，请问是{person}吗？\n客户：……你哪位？\n催收员：我是{name}贷后服务的小周，工号B0921，本通电话会录音。您{date}那期{amt}元——\n客户：我知道我知道，这个月工资还没发。\n催收员：理解的。那您看月底前能不能先还一部分？剩下的可以在{app}里申请分期，不收额外费用。\n客户：行吧，二十五号。\n催收员：好的，给您备注二十五号，打扰了。', senders: ['official_hotline'], hours: COLLECT_HOURS },
  { label: 'normal', text: '[语音留言] 您好{person}，我是{name}贷后服务中心的小吴，今天第二次联系您，关于您{date}到期的账单。方便的时候请回电{hot}，或者直接在{app}里处理就可以。祝您生活愉快。', senders: ['official_hotline'], hours: COLLECT_HOURS },
  { label: 'normal', text: '您好，冒昧打扰。请问您认识{person}吗？我们是{name}客服中心，他留给我们的号码已经停机了。能不能麻烦您转告他，方便时回个电话到{hot}？具体什么事我们不方便说，也不需要您做任何事情，谢谢您。', senders: ['official_hotline'] },
  { label: 'normal', text: '{sig}Reminder from {name}: your instalment of CNY {amt} due on {date} is now 5 days overdue. Late interest applies as stated in your contract. Repay in the {app} or call {hot} for a payment plan. We never ask you to pay into a personal account.', senders: OFFICIAL, en: true, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}你好，你喺{name}嘅貸款已經逾期10日，欠款{amt}元。請盡快透過{app}還款，如有困難可致電{hot}傾分期。我哋唔會聯絡你嘅家人或者公司。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}您好，您本期帳款{amt}元已逾期5日，請於{date}前透過{app}繳款。如有繳款困難，歡迎來電{hot}洽詢分期方案，本公司不會委託他人向您收取現金。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您好，{person}在我司登记的联系电话已连续多日无法接通，如方便请提醒其拨打{hot}与我们联系。本短信不涉及任何需要您处理或支付的事项。', senders: OFFICIAL },
  // ── marketing on the institution's own channels ──
  { label: 'normal', text: '{sig}【年终回馈】{date}前在{app}借款，首期利息8折，年化利率（单利）9.9%-18%，具体以审批为准，不向在校学生放贷。详情 {url} 拒收请回复R', senders: OFFICIAL, links: ['official', 'none'] },
  { label: 'normal', text: '{sig}“稳享90天”理财今日开放申购，业绩比较基准2.45%（不代表未来表现，不保本），理财非存款，产品有风险，投资需谨慎。详情 {url} 退订回T', senders: OFFICIAL, links: ['official'] },
  { label: 'normal', text: '{sig}感谢您一直按时还款！您已获得一张提前还款免违约金券，有效期至{date}，可在{app}“我的卡券”使用，本活动不收任何费用。退订回T', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的车险将于{date}到期，续保可在{app}报价，优惠以页面为准。我们不会委托个人收取保费，请勿向个人账户转账。退订回T', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{app}新版本已上线，新增“还款计划试算”，请到手机自带的应用商店更新。我们不会通过短信发送安装包下载链接。', senders: OFFICIAL },
  // ── telecom operator notices ──
  { label: 'normal', text: '{sig}您的号码已开通国际及港澳台漫游。提醒：境外常见冒充“大使馆”“中国警察”的诈骗电话，中国警方不会通过电话办案或要求转账。如有疑问请拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}经“一证通查”，您名下共登记电话卡3张（本网1张、他网2张）。如有非本人办理的号码，请本人携身份证到营业厅核查。本短信仅为通知，无需回复，不含任何链接。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的号码近7天外呼次数异常，疑似被用于骚扰或被他人冒用，已临时限制呼出。如为本人正常使用，请本人携身份证到营业厅或拨打{hot}申请解除。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您本月套餐内流量已用完，超出部分按5元/GB计费，当月60元封顶。回复“LL10”可订购10元5GB加油包，回复TD退订。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您已获得宽带提速资格，300M升级1000M每月仅加10元，回复“KD”办理或到营业厅咨询，回复TD退订。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的手机号实名登记证件已过有效期（{date}），请本人携带新证件到营业厅更新，逾期未更新可能影响部分业务办理。我们不会通过短信链接要求您上传证件照片。', senders: OFFICIAL },
  // ── government, courts, police and anti-fraud channels ──
  { label: 'normal', text: '【反诈预警】您好，您刚刚接听的号码被多名群众举报为诈骗电话。如对方自称公检法、客服或领导并要求转账、下载软件，请立即挂断。本短信由12381发送，无需回复。', senders: ['none'], hours: [10, 14, 19, 21, 22] },
  { label: 'normal', text: '[来电 028-96110]\n民警：您好，这里是成都市反诈中心，请问您是{person}吗？\n我：是……什么事？\n民警：您别紧张。系统监测到您十分钟前跟一个境外号码通话了二十多分钟，对方是不是让您下载什么App，或者说您涉嫌洗钱？\n我：他说他是上海公安……\n民警：那是骗子。公安机关不会电话办案，也没有“安全账户”。您钱转出去了吗？', senders: ['none'] },
  { label: 'normal', text: '[家庭群]\n二哥：转发派出所的提醒：最近有人冒充“医保局”打电话说医保卡被盗刷，然后转接“警察”让转钱到安全账户。医保局和警察都不会这样，接到就挂！\n妈：知道了\n小妹：爸那边我也说了👌', senders: ['none', 'mobile'] },
  { label: 'normal', text: '【国家税务总局上海市税务局】您的年度个人所得税汇算可退税{amt}元，请本人登录“个人所得税”App办理，退税款只退至本人银行卡。税务部门不会发送链接，也不会索要验证码。', senders: ['unknown_port'] },
  { label: 'normal', text: '【医保缴费提醒】2026年度城乡居民医保个人缴费标准为每人400元，缴费截至{date}，可通过“国家医保服务平台”App、税务App或银行网点缴纳。不存在“内部优惠价”“代缴返现”，请勿把钱转给个人。', senders: ['unknown_port'] },
  { label: 'normal', text: '【住房公积金】您于{date}申请的租房提取已审核通过，提取金额{amt}元已转入尾号{tail}的本人银行卡。', senders: ['unknown_port'] },
  { label: 'normal', text: '【交管12123】您的小型汽车（沪A***{tail}）于{date}有一起未按规定停放的交通违法，请通过“交管12123”App查询处理。本短信不含链接，请勿点击他人发送的“缴款链接”。', senders: ['unknown_port'] },
  { label: 'normal', text: '【人民法院】{person}您好！您作为被告的借款合同纠纷一案已立案，案号（2026）沪0105民初{code}号，可登录“人民法院在线服务”微信小程序核实并查看文书。法院不会要求您向任何账户转账“保证金”“撤诉费”。', senders: ['unknown_port'] },
  { label: 'normal', text: '【人社局】您本月的失业保险金{amt}元已发放至社保卡金融账户，如有疑问请拨打12333。人社部门不会要求您缴纳任何“手续费”领取待遇。', senders: ['unknown_port'] },
  { label: 'normal', text: '【实验中学】家长您好，本学期教辅材料费由学校通过“智慧校园”缴费平台统一代收，请勿通过班级群内任何个人收款码缴费。如有疑问请致电学校办公室。', senders: ['unknown_port'] },
  { label: 'normal', text: '【街道办事处】冬季燃气安全检查将于{date}入户，工作人员佩戴街道工作证，检查免费，不推销报警器，不收取任何费用。', senders: ['unknown_port'] },
  { label: 'normal', text: "Consular reminder from the Chinese Embassy: Chinese police, procuratorates and courts never contact citizens abroad by phone, WhatsApp or video call to handle cases, and never ask for a 'bail' or 'safe account' deposit. If you get such a call, hang up and call the embassy.", senders: ['foreign', 'none'], en: true },
  { label: 'normal', text: "Student Services: international students have reported calls from people claiming to be immigration officers and demanding fines for 'visa problems'. Immigration will never ask for payment by phone, bank transfer or gift cards. Please report such calls to campus security.", senders: ['foreign', 'none'], en: true },
  { label: 'normal', text: '【香港警務處】「防騙視伏器」提示：如有自稱內地公安來電，要求你轉賬到「安全戶口」，請即收線並致電18222「防騙易」熱線查詢。', senders: ['none'] },
  { label: 'normal', text: "Notice from HR: wages are paid only into your own bank card on the 10th of each month. HR will never ask you to pay a 'visa renewal fee' into a personal account. If anyone does, tell us.", senders: ['unknown_port', 'mobile'], en: true },
  // ── merchants, couriers, travel ──
  { label: 'normal', text: '【{other}】您购买的空气炸锅已降价，价格保护差价36元已退回原支付账户，无需联系客服，也无需提供任何信息。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您的订单因商家缺货已取消，货款{amt}元将在1-3个工作日内原路退回。我们不会致电为您办理“双倍赔付”，也不需要您提供银行卡号。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您申请的售后已同意，请在7天内按订单页地址寄回商品，运费险已生效，退货运费将随退款一起返还。', senders: ['unknown_port'] },
  { label: 'normal', text: '【丰巢】您的包裹已投递至小区东门3号柜，取件码{code}，超过18小时将按0.5元/12小时收取保管费。', senders: ['unknown_port'] },
  { label: 'normal', text: '喂，您好，我是中通的快递员，您有个到付件，单号尾号{tail}，运费18块，我现在在你们小区门口，您在家吗？不在的话我给您放驿站，您取件时扫驿站的码付就行。', senders: ['mobile'] },
  { label: 'normal', text: "{other}: Your flight on {date} is delayed by about 2 hours due to weather. No action is needed. For rebooking please use our official app only; we never charge rebooking fees by bank transfer.", senders: ['unknown_port'], en: true },
  { label: 'normal', text: '【{other}】您预订的{date}入住已确认，房费到店支付。酒店不会致电要求您提前转账“保证金”，如有疑问请拨打订单页上的电话。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】周年庆：满500减80，会员积分可抵现，活动至{date}，详见 {url} 回T退订', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '【{other}】新店开业，凭此短信到店消费满100元送20元代金券，门店地址见 {url} 回T退订', senders: ['unknown_port'], links: ['unknown_legit', 'none'] },
  { label: 'normal', text: '【{other}】您的会员卡将于{date}到期，续卡请到前台或官方小程序办理，我们没有“内部员工价”转让渠道。', senders: ['unknown_port'] },
  { label: 'normal', text: '【游戏服务中心】未成年人防沉迷提醒：本周五、六、日20:00-21:00可登录游戏。官方客服不会以“领取皮肤”“解封账号”为由要求扫码付款。', senders: ['unknown_port'] },
  { label: 'normal', text: '你好，我是闲鱼上卖你相机的，已经发顺丰了，单号尾号{tail}，平台订单里能看到。收到检查没问题再点确认收货就行，有问题走平台退货。', senders: ['mobile'] },
  { label: 'normal', text: '{person}您好，我是刚才送您的网约车司机，您手机落我车上了。我不收钱，您方便的话我给您送回去，或者在平台上点“物品遗失”联系我也行。', senders: ['mobile'] },
  { label: 'normal', text: '小刘你好，房子我检查过了，没问题，押金{amt}元已经原路退到你支付宝了，祝工作顺利。', senders: ['mobile'] },
  { label: 'normal', text: '【远山快递】您的快递因收件地址不详暂存网点，请在App“我的快件”中修改地址，修改免费，快递员不会发送链接要求支付“重派费”。', senders: ['unknown_port'] },
  // ── family, friends and colleagues talking about money ──
  { label: 'normal', text: '爸，这学期生活费能早点打吗？卡上就剩两百了😭 不急的话下周也行，晚上给你打电话。', senders: ['mobile'], hours: [12, 19, 21, 22] },
  { label: 'normal', text: '妈，我这周手头紧，能先借我一千吗？下周发工资就还你，直接转我支付宝就行。我晚上打电话跟你细说。', senders: ['mobile'] },
  { label: 'normal', text: '老汉儿，我这个月工资发了，给你转了五百，莫舍不得用哈，买点好烟，周末我回来吃饭。', senders: ['mobile'] },
  { label: 'normal', text: '阿妈，我换咗新号码，呢个系我新电话，旧嗰个下个月停用，你记得改通讯录呀。唔系问你借钱㗎😂', senders: ['mobile'] },
  { label: 'normal', text: '二叔，我结婚时借您那{amt}块这两天凑齐了，转您银行卡还是微信？您说一声。', senders: ['mobile'] },
  { label: 'normal', text: '哥们，上次打球你垫的场地费我还没给，两百，刚转你了，查收一下。', senders: ['mobile'] },
  { label: 'normal', text: '老妹儿，你上回帮我代购那盒面霜多少钱来着？我给你转过去，别跟我客气嗷。', senders: ['mobile'] },
  { label: 'normal', text: 'xdm 周六爬山的车费我先付了，一共{amt}，按人头平摊，回头zfb转我就行，不急～', senders: ['mobile'] },
  { label: 'normal', text: '宝宝生日快乐🎂🎉 红包已发，记得收哦💰 晚上视频～', senders: ['mobile'], hours: [0, 8, 12, 20] },
  { label: 'normal', text: '领导，出差的住宿发票我已经交财务了，报销到账我跟您说一声。明天九点会议室见。', senders: ['mobile'] },
  { label: 'normal', text: '儿子，你寄回来的体检报告我看了，没啥事。你说的那个冒充快递客服的骗子我记住了，有事我先打你电话。', senders: ['mobile'] },
  { label: 'normal', text: '刚才有个号码说我“学生账户”要注销，让我开屏幕共享，我直接挂了，还打96110问了，确认是骗子😂 你们也小心点', senders: ['mobile'] },
  { label: 'normal', text: '阿嬤，我是小宇，{date}回去看妳喔！上次說的詐騙電話妳不要理，如果有人說我出事要錢，直接打我手機就好。', senders: ['mobile'] },
  { label: 'normal', text: '老同学，好久不见！{date}同学会你来吗？AA每人300，班长统一收，群里有接龙。', senders: ['mobile'] },
  { label: 'normal', text: '[微信群·大学室友]\n老三：{date}我婚礼，酒店订好了，你们人来就行\n老大：份子钱提前发你？\n老三：别别别，人到就好😂 地址我发群公告了', senders: ['none'], hours: [12, 20, 21, 22, 23] },
  { label: 'normal', text: '[三年二班家长群]\n班主任{person}：各位家长好，春游费用每人85元，请统一通过学校“智慧缴费”小程序缴纳，截至{date}。本群不收任何个人转账，如有人私聊收费请勿理会。\n家长A：收到\n家长B：已缴', senders: ['none'] },
  { label: 'normal', text: '舅舅，我下个月交首付还差伍万，想跟您借一下，年底年终奖发了就还。您看方便不，不方便也没事，我周末当面跟您说。', senders: ['mobile'] },
  { label: 'normal', text: '[项目群]\n{person}：下周去深圳出差的机票酒店大家先自己垫，回来走报销流程，别给我私人转账哈\n小赵：收到\n小钱：收到👌', senders: ['none'] },
  { label: 'normal', text: '[部门群]\n行政小李：团建费每人200已从部门经费出，不需要大家转钱哈\n小王：👍\n行政小李：大巴周六早上8点公司楼下集合，别迟到', senders: ['none'] },
  { label: 'normal', text: "Hey mum, rent for next term is due on {date}, it's GBP 2,400. Could you send it to my UK account like last time? No rush this week, I'll call you on Sunday.", senders: ['mobile', 'foreign'], en: true },
  { label: 'normal', text: 'Hi Maria, this is Mr. Zhang from the factory office. Your salary was paid to your bank card on {date}. The overtime sheet is in the WeChat group. See you Monday.', senders: ['mobile'], en: true },
];

export const BLIND5_TEMPLATES: Template[] = [...NORMAL, ...BLIND5B_TEMPLATES];
