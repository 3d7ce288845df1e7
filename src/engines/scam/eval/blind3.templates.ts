/**
 * BLIND3 held-out bank (fifth split).
 *
 * Who and how: written on 2026-12-01 by an independent evaluation author (a helper session
 * separate from the analyzer's developer and from the blind2 author), from general knowledge of
 * real Chinese telecom-fraud scripts (the Ministry of Public Security's common types), of the
 * debt-collection rules in shared/facts/regulation.md and of ordinary consumer notifications.
 * While writing it the author read only the eval types, the generator, the metrics, the other
 * template banks (to avoid duplicates and to write differently), the public scam types, the
 * registry schema and data, shared/facts/regulation.md and shared/seeds. The analyzer's code,
 * lexicons, signal lists and models were NOT opened, and the analyzer was NOT run on this bank.
 * The only run made was an expansion check (generateEvalSet(registry, 'blind3')) for labels,
 * fraud types and duplicates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read individual misses here to
 * change lexicons, weights, rules or models; report its figures only. Once a change is made
 * because of something seen here, the bank is no longer blind and a new one has to be written.
 *
 * Style on purpose: WeChat-chat and call-transcript layouts, QQ/Telegram-era wording,
 * pinyin abbreviations (yhk, zfb, wx, jk), native Hong Kong Cantonese and Taiwanese Traditional,
 * English, evasive spellings (full-width digits, dots between characters, 口口, emoji), very short
 * and long texts; hard normals (refunds and courier notices with links on the sender's own
 * domain, lawful outsourced collection, police education quoting scripts, real relatives asking
 * for money) and fraud that names no institution or hides behind a genuine-looking signature.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 3, 4, 6, 7];
const SCAM_SENDERS: Template['senders'] = ['mobile', 'virtual', 'foreign', 'none', 'unknown_port'];
const SCAM_LINKS: Template['links'] = ['shortener', 'random', 'lookalike', 'ip', 'apk'];

const NORMAL: Template[] = [
  // ── institution notifications ──
  { label: 'normal', text: '{sig}动态码{code}，您正在绑定新设备登录{app}。如非本人操作请忽略并修改密码，任何人索要此码均为诈骗。', senders: ['official_port'], hours: [7, 8, 13, 21, 22] },
  { label: 'normal', text: '{sig}您于{date}申请的分期已审批通过，借款金额{amt}元，分12期，每期还款明细请在{app}“借款记录”中查看。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的账户本月有{amt}元积分即将于{date}过期，可在{app}积分商城兑换。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}提前还款成功：您已提前结清借款本金{amt}元，未产生违约金。借款合同及结清凭证可在{app}下载。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您绑定的尾号{tail}银行卡已解绑，如需继续使用自动还款请在{app}重新绑定。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的身份证件已过有效期，为不影响正常用款，请登录{app}“我的-身份信息”上传新证件，我司不会通过电话或短信链接索要证件照片。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}系统升级公告：{date}凌晨0:00-4:00暂停借款及还款服务，期间应还款项不计逾期，给您带来不便敬请谅解。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您尾号{tail}的信用卡已寄出，收到后请在{app}激活，激活需本人操作，切勿将卡片背面三位数告诉他人。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}个人信息保护提示：您可在{app}“设置-隐私”中查看和撤回营销授权，撤回后我们将不再向您发送营销短信。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您本月流量已使用80%，剩余2.1GB。加油包办理可回复JYB或登录{app}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的宽带将于{date}到期，续费可登录 {url} 或前往营业厅，请勿通过来历不明的链接缴费。', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}您已成功办理携号转网授权码查询，授权码{code}，有效期至{date}。如非本人操作请拨打{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '{name}: your e-statement for {date} is ready. Amount due CNY {amt}. View it in the {app} — we do not send statements as attachments.', senders: ['official_port'], en: true },
  { label: 'normal', text: '{sig}您好，您的客服咨询已结束，请对本次服务评价：满意回1，一般回2，不满意回3。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}親愛的客戶您好，您本期帳款{amt}元已自動扣繳成功，感謝您的使用。詳情請至{app}查詢。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您好，閣下尾號{tail}嘅戶口於{date}有一筆{amt}元嘅入賬，如有查詢請致電{hot}。', senders: ['official_port'] },
  // ── legitimate marketing on the institution's own domain ──
  { label: 'normal', text: '{sig}周五还款日活动：{date}前通过{app}按时还款，抽最高88元还款金，活动规则见 {url} ，退订回T', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}{person}，您的信用良好，获邀开通备用额度，借款年化利率（单利）10.8%起，按日计息随借随还，可在{app}或 {url} 查看，最终以审批为准。拒收回R', senders: ['official_port'], links: ['official', 'none'] },
  { label: 'normal', text: '{sig}老用户福利：邀请好友注册{app}，双方各得一张免息券。活动详情 {url} 。本活动不收取任何费用，退订回TD', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '【{other}】会员日限时秒杀，iPhone 直降800，下单即送碎屏险，{url} 回T退订', senders: ['unknown_port'], links: ['unknown_legit'] },
  // ── lawful, firm collection ──
  { label: 'normal', text: '{sig}{person}，您的借款已逾期15天，欠款{amt}元。逾期期间将按合同约定计收罚息，并可能影响您的个人信用记录。请尽快登录{app}还款，如需办理延期或分期请致电{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '您好，这里是受{name}委托的催收机构，我是外访专员，工号A0317，本次通话全程录音。您名下账单已逾期90天，金额{amt}元。您可以通过{app}查询委托信息，还款只进入{name}的对公账户，我们不会让您转到任何个人卡上。', senders: ['unknown_landline', 'official_hotline'] },
  { label: 'normal', text: '{sig}您好，您的账单已逾期，如果您近期收入中断，可在{app}提交困难证明申请个性化分期，停催期间我们不会联系您的亲友。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}{person}，我司已就您逾期未还的借款{amt}元向有管辖权的人民法院提起诉讼，法院传票将由法院依法送达，请以法院正式文书为准。和解请致电{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}Your account is 20 days past due. Outstanding: CNY {amt}. Repay only through the {app} or call {hot}; our agents never ask you to pay a personal account.', senders: ['official_port'], en: true },
  // ── anti-fraud education quoting scam scripts ──
  { label: 'normal', text: '【{other}】辖区民警提醒：“您好，我是XX支付客服，您开通的百万保障将每月扣费”——接到这类电话请直接挂断！真客服不会让您下载“云视讯”“屏幕共享”。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '{sig}警惕“解冻费”骗局：骗子会说“您的银行卡号填错了，资金被冻结，需缴纳{amt}元解冻”。正规贷款放款前不收任何费用。', senders: ['official_port'] },
  { label: 'normal', text: '家人群转发：【反诈中心提醒】凡是说“你涉嫌洗钱，要把钱转到安全账户配合调查”的都是诈骗，公检法不会电话办案！爸妈看到一定要记住🙏', senders: ['mobile'] },
  { label: 'normal', text: 'Police reminder: “I am from the Public Security Bureau, your ID was used for money laundering, transfer your savings to a safe account” — this is ALWAYS a scam. Hang up and call 110.', senders: ['none', 'unknown_port'], en: true },
  { label: 'normal', text: '【{other}】寒假安全提醒：游戏里“低价卖皮肤”“免费领装备”“账号解封需交保证金”都是诈骗，请家长提醒孩子不要私下交易，不要扫陌生二维码。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】婚恋交友诈骗提示：网上认识的“高富帅”“白富美”带你投资博彩或数字货币，让你往平台充钱，就是“杀猪盘”。', senders: ['unknown_port'] },
  // ── unregistered but honest senders ──
  { label: 'normal', text: '【{other}】您的订单已签收，如商品有问题可在7天内于订单页申请售后，退款原路返回。查看订单 {url}', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '【{other}】您好，您于{date}预约的家电安装师傅将于下午2-4点上门，师傅电话{phone}，安装免费，辅材按价目表收费。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您的体检报告已生成，可凭身份证号登录 {url} 查看，如有异常指标请及时就医复查。', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '【{other}】尊敬的业主，{date}上午9点至12点小区停水检修，请提前储水。物业服务中心', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您的个人所得税年度汇算可于3月1日起在个人所得税App办理，请勿点击陌生短信中的“退税链接”。', senders: ['unknown_port'] },
  { label: 'normal', text: 'Hi {person}, your {other} order #{code} has shipped. Estimated delivery {date}. Track: {url}', senders: ['unknown_port'], links: ['unknown_legit'], en: true },
  { label: 'normal', text: '您好，我是顺路的网约车司机，您的雨伞落我车上了，我现在在您下车的小区门口，方便下来拿一下吗？', senders: ['mobile'] },
  { label: 'normal', text: '{person}您好，我是您孩子的英语老师，下学期的书本费是{amt}元，统一在学校缴费系统交，不用转给我个人哈。', senders: ['mobile'] },
  // ── genuine friends, family, colleagues talking about money ──
  { label: 'normal', text: '[微信] 表姐：上次借你的三千块我这周五发工资就还你啊，不好意思拖了这么久', senders: ['none', 'mobile'] },
  { label: 'normal', text: '爸，学费{amt}我已经在学校系统交了，收据截图发你微信了，你别再转给我了', senders: ['mobile'] },
  { label: 'normal', text: '老婆，物业费我刚用支付宝交了，下个月信用卡账单记得提醒我还', senders: ['mobile'] },
  { label: 'normal', text: '兄弟，份子钱我帮你一起随了，五百，回头你转我就行，不着急', senders: ['mobile'] },
  { label: 'normal', text: '张姐，报销单我已经提交给财务了，这个月工资一起发，发票原件明天带给你', senders: ['mobile'] },
  { label: 'normal', text: '阿妈，我今个月人工出咗，转咗两千蚊俾你，记得查下，唔好俾人骗呀', senders: ['mobile'] },
  { label: 'normal', text: '媽，我下禮拜五回台中，高鐵票已經訂好了，不用來接我喔', senders: ['mobile'] },
  { label: 'normal', text: 'hey, just sent you the 200 for the concert tickets via Alipay, thanks for booking!', senders: ['mobile'], en: true },
  { label: 'normal', text: '群主：本周六团建每人交50元活动经费，已交的同学请在群接龙里打勾，收款统一用群收款，别私转。', senders: ['none'] },
  { label: 'normal', text: '刚下飞机，手机快没电了，到酒店再给你打电话', senders: ['mobile'], hours: [22, 23, 7] },
  { label: 'normal', text: 'ok', senders: ['mobile'] },
];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【招聘】线上文员，给商家电影票房打榜/点外卖好评，一单佣金15-50，当天返，需要有支付宝，无经验可带。有意者扣1，拉你进群', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '导师：今天的福利任务已发布，完成3单送18元红包。第4单是组合单，需要充值{amt}元，完成后本金+30%佣金一起提现。@所有人 名额只有5个', senders: ['none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '亲，您的账号做单时操作失误，系统已冻结，需要再充值{amt}元刷满流水才能解冻提现，否则之前的本金无法退回哦', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '宝子们 在家带娃也能搞钱💰 关注+点赞+截图=💴 一天轻松2️⃣0️⃣0️⃣ 扫码进群👉{url}', senders: SCAM_SENDERS, links: ['shortener', 'random'] },
  { label: 'fraud', type: 'brushing_rebate', text: '招.兼.职：帮网店提升销量，拍单不发货，垫付本金秒返，佣金按单价5%-10%，日入三位数，联系QQ {tail}{code}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}】您已被选为优质用户，参与“关注公众号领取现金”活动，下载 {url} 完成任务即可提现，每日限量。', senders: ['unknown_port', 'mobile'], links: ['apk', 'random'] },
  { label: 'fraud', type: 'brushing_rebate', text: '你好，你在网上投递的简历我们看到了，工作就是在手机上给抖音视频点赞，每个3元，首单免费体验，后面做高佣金任务要先充会员费{amt}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '做yx打字员/听歌员，jz日结，每天200-800，不收押金，+vx {phone} 备注jz', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: 'Work from home: rate products on our partner app and earn 5% per order. Top up your account first to unlock VIP tasks, withdraw any time. Telegram @task_{tail}', senders: ['foreign', 'mobile'], en: true },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '王老师今日内参：明天必涨的三只牛股已在VIP群发布，跟上的朋友已经吃到两个涨停，进群请添加助理微信{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是股票学习交流群的助理小美，我们群是券商内部机构资金通道，可以打新股，中签率100%，需下载专用软件 {url} 开户', senders: SCAM_SENDERS, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '数字货币量化交易机器人，年化收益300%，平台托管零风险，充值USDT即可参与，邀请好友再送10%，{url}', senders: SCAM_SENDERS, links: SCAM_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '恭喜您成功入金{amt}元！目前收益已翻倍，但提现需先缴纳20%个人所得税和风险保证金，缴纳后T+0到账。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '养老项目内部认购：投一万每月分红八百，国家政策扶持，保本保息，三年后本金全退，名额只剩最后20个，联系{person} {phone}', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_investment', text: '【{other}】外汇黄金喊单，资深分析师一对一指导，月收益稳定20%以上，亏损平台兜底。免费领取K线秘籍{url}', senders: ['unknown_port', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '老師帶單買台股，上禮拜跟單的會員都賺了30%以上，加入LINE群組「飆股俱樂部」就能免費獲得明牌 {url}', senders: ['foreign', 'mobile'], links: ['shortener', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: '呢個係私募基金內部額度，保證每月回報8厘，最少入金五萬，轉賬到以下戶口就得：{acct}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: 'gp群免费荐gu，跟单稳zhuan，每天收益5%+，进群私我 {phone}', senders: SCAM_SENDERS },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【{other}】您已通过初审，可借额度50000元，年息3.6%，不看征信，身份证即可申请，最快5分钟放款，点 {url} 激活', senders: ['unknown_port', 'mobile', 'virtual'], links: SCAM_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您的借款{amt}元审核通过，因您的流水不足，需向指定账户转入20%验资金，放款后一起退还。对接人{person}{phone}', senders: ['mobile', 'virtual', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_loan', text: '客服：您好，系统显示您填写的银行卡号与身份证姓名不一致，资金已被冻结在平台，需要您缴纳{amt}元的账户解冻金，解冻后连本带息立即到账。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '急用钱？不查征信 不看负债 黑白户都能下，🉑分期🉑先息后本，下款前不收一分钱（下款后收30%服务费）+v {phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '您申请的贷款需要先购买会员卡（{amt}元）提高信用评分，会员卡费用放款时一并返还，请扫码支付：{url}', senders: ['mobile', 'virtual', 'none'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，这边是{name}信贷部，看到您在平台有一笔额度未提取，现在有一个内部低息产品，年化只有2.8%，需要您先下载我们的专属App {url} 签约', senders: ['mobile', 'unknown_landline', 'lookalike_400'], links: ['apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_loan', text: '網貸快速撥款，免保人免抵押，信用不良也可以辦，申辦前需先匯{amt}元保證金證明還款能力，詳洽LINE：loan{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: 'Instant loan up to CNY 200,000, no credit check, approved in 3 minutes. A small insurance fee of CNY {amt} must be paid before release: {url}', senders: ['foreign', 'virtual'], links: ['random', 'shortener'], en: true },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是某宝客服，您上个月买的衣服检测出甲醛超标，我们给您三倍赔偿{amt}元，请添加理赔专员企业微信办理，需要您打开支付宝“备用金”操作一下', senders: ['mobile', 'virtual', 'unknown_landline', 'foreign'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的快件因地址不详无法派送，请在24小时内点击 {url} 更新地址并支付1.99元重派费，逾期退回。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '喂，您好，这边是{name}客服中心，您之前在我们平台开通了学生代理会员，现在您已经毕业了，如果不关闭，每月会扣{amt}元并上报征信，我现在教您关闭，先下载一个“腾讯会议”', senders: ['mobile', 'prefixed', 'lookalike_400', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您购买的航班因机械故障取消，请致电{phone}办理改签，可获得300元延误补偿。', senders: ['unknown_port', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '客服小美：亲，退款需要您配合走一下流程哦，请把您收到的6位数字发给我，这是退款验证码，系统确认后{amt}元就原路退回了', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您好，系统检测到您的账户存在异常登录，为保障资金安全，请立即登录 {url} 进行身份核验，否则账户将被限制使用。', senders: ['unknown_port', 'mobile', 'lookalike_short'], links: ['lookalike', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我系{name}客服，閣下嘅賬戶被人盜用，而家要幫你做資金轉移保護，請你將餘額轉入我哋嘅安全賬戶{acct}', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您的ETC卡已失效，将影响正常通行，请点击 {url} 重新认证，需填写银行卡号及验证码。', senders: ['unknown_port', 'virtual'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hello, this is {name} customer service. Your account was enrolled in a premium plan by mistake and will be charged CNY {amt} monthly. To cancel, please install the support app {url} and share your screen.', senders: ['foreign', 'prefixed', 'lookalike_400'], links: ['apk', 'lookalike'], en: true },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市公安局刑侦支队，我是李警官，警号{code}。你名下一张银行卡涉嫌一起特大洗钱案，现在对你进行电话笔录，这个案子属于国家机密，不许告诉任何人，包括家人。', senders: ['prefixed', 'foreign', 'unknown_landline', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是国家医保局，您的医保卡在外地被违规套现，将被冻结，请按9转人工处理，否则需承担法律责任。', senders: ['prefixed', 'unknown_landline', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '检察官：为了证明你的清白，你需要把名下所有存款转到国家清查账户进行资金核查，核查完毕48小时内原路退回。账户：{acct}', senders: ['none', 'foreign', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【最高人民检察院】通缉令：犯罪嫌疑人{person}，涉嫌洗钱罪，请点击 {url} 查看案件详情并配合调查。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}你好，我是市场监管局的，你的营业执照年报异常，要被列入经营异常名录并罚款{amt}元，现在加我QQ处理可以免罚。', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，我係香港入境處職員，你嘅身份證被人用嚟辦理非法入境文件，而家要轉駁去大陸公安同你錄口供。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，這裡是健保局，您的健保卡在高雄被盜用領藥，已通報刑事警察局，稍後會有警官與您聯繫，請配合監管帳戶。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '通知：您有一张来自税务局的电子罚单未处理，应缴{amt}元，请在{date}前登录 {url} 缴纳，逾期将影响出行。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'ip', 'lookalike'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is the Chinese Embassy. A parcel in your name containing forged passports was seized. Press 1 to speak to an officer, otherwise a warrant will be issued.', senders: ['foreign', 'prefixed'], en: true },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我这边是银保监会的工作人员，您大学期间注册过校园贷账户，根据新规定需要注销，不注销会影响您和家人的征信，我现在协助您操作一下。', senders: ['mobile', 'unknown_landline', 'prefixed', 'lookalike_400'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信花了、有逾期记录？专业团队内部通道修复，不成功不收费，先交{amt}元定金，3个工作日出新报告。{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '您的个人征信存在不良记录，将影响房贷车贷及子女入学，现可申请“征信异议代办”一次性消除，点击 {url}', senders: ['unknown_port', 'virtual', 'mobile'], links: SCAM_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '客服：要注销这个账户，系统需要先把您各个平台的额度都清零。请您在借呗、微粒贷上把额度借出来，转到我们的清零账户，核验后会全部退回。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您的学生贷款账户尚未按规定关闭，征信将被标记为“高风险”，请在今日内联系专员{phone}办理注销。', senders: ['unknown_port', 'mobile', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '逾期上征信了别慌！我们和银行有合作，可以做“征信洗白”，3天消除逾期记录，已帮2000+人成功贷款，加v了解：zx{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，我是{name}的，你之前的账户显示为学生身份，按照国家规定要转成社会用户，不然会给你的征信上留下污点，你现在打开屏幕共享我帮你改。', senders: ['mobile', 'lookalike_400', 'prefixed'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '聯徵紀錄不良？專業代辦信用修復，協商銀行刪除遲繳紀錄，保證過件，先付手續費{amt}元，LINE：credit{tail}', senders: ['foreign', 'mobile'] },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '内部渠道茅台1499一瓶，正品保真，一次最少6瓶，先付全款再发货，要的私聊{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '演唱会内场票，原价1280现在980出，有需要的私我，先转定金{amt}锁票，出票后付尾款', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '【{other}】清仓大甩卖，大牌羽绒服39元包邮，库存有限先到先得 {url}', senders: ['unknown_port', 'mobile'], links: ['random', 'shortener', 'lookalike'] },
  { label: 'fraud', type: 'fake_shopping', text: '二手iPhone 15 Pro 九九新 2200 出，不走平台，怕被抽成，你直接微信转我我就顺丰发你', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '宠物店：纯种布偶猫幼崽免费送养，只需支付航空托运费{amt}元和疫苗押金，到家后押金退还', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '代购港版奶粉，价格比专柜低四成，需预付全款，付款后三日内发货，付款请转：{acct}', senders: ['mobile', 'foreign', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: 'Fan sale: brand new PS5 for CNY 1,200, shipping free. Pay by bank transfer first, I ship today. No platform please, fees too high.', senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'fake_shopping', text: '低價轉讓全新Dyson吹風機，只要2000，面交不方便，先匯款我就寄出，帳號私訊給你', senders: ['mobile', 'foreign'] },
  { label: 'fraud', type: 'fake_shopping', text: '旅游特价：三亚5天4晚双人游只要599，含机票五星酒店，今天报名锁定名额，扫码付定金 {url}', senders: SCAM_SENDERS, links: ['random', 'shortener'] },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 王总：小刘，我在开会不方便接电话，有个合作方的保证金要马上付，你先从公司账上转{amt}到这个账户，回头我签字。{acct}', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机掉水里了，这是我同学的号。我急需交培训费{amt}，你先转到我们老师卡上，别打电话了，我在上课。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '猜猜我是谁？老同学啊，连我都听不出来了？我明天到你那边出差，先跟你借点钱周转一下', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '您好，我是您孩子的班主任，学校要统一收取资料费，请家长扫描下方二维码缴费，收到请回复。{url}', senders: ['mobile', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表哥，我是小军，在外地出了点事，被人扣了，他们要五万才放人，你千万别告诉我爸妈，快转到这个卡上：{acct}', senders: ['mobile', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '领导：我是你们单位的{person}，加一下我新的工作微信，有事要交代你。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿姨，我係你個仔嘅朋友，佢喺醫院做緊手術，要即刻交按金三萬蚊，佢叫我聯絡你，轉數快俾我就得。', senders: ['mobile', 'foreign'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi Mum, it is me, I lost my phone, this is my new number. Can you send CNY {amt} for my rent today? I will pay you back next week. Do not call, the line is bad.', senders: ['mobile', 'foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我是你大学室友，换了个号。帮个忙，我在医院急需交住院押金，你先帮我垫{amt}，明天就还你。', senders: ['mobile', 'virtual'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出王者荣耀V10号，全皮肤，只要800，走私下交易，先付一半我就把账号密码给你', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '【交易平台客服】您好，您在平台出售的游戏账号已被买家拍下，但您的账户未实名认证，资金已冻结，需缴纳{amt}元保证金解冻提现。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '免费领原神648创世结晶，扫码登录即可到账，限前100名👉 {url}', senders: SCAM_SENDERS, links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'game_trading', text: '小朋友，你中奖了，奖品是和平精英永久皮肤，要领奖需要让你爸爸妈妈的手机扫一下付款码验证身份，不会扣钱的', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'game_trading', text: '卖家：装备已经转到你账号了，但是平台显示你的交易额度不足，要先充值{amt}提升信誉等级才能收货，收货后自动退回。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'game_trading', text: '游戏代练，王者段位包上，先付定金{amt}，账号借我打三天，不满意全额退款，qq私聊', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '您的游戏账号因涉嫌违规交易已被封禁，如需解封请联系客服并缴纳解封保证金，客服专线{phone}', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '收購遊戲寶物高價回收，請先到指定交易網站註冊並儲值{amt}元認證帳戶，才能收款 {url}', senders: ['foreign', 'mobile'], links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: 'Selling Steam account with 300+ games, CS2 knife skins, only CNY {amt}. Pay first via gift card codes, I send login right after.', senders: ['foreign', 'mobile'], en: true },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '亲爱的，我们认识也一个月了，我舅舅在博彩平台做技术，知道后台漏洞，稳赚的，你先注册充点钱试试，我带你一起赚我们的结婚基金❤️ {url}', senders: ['none', 'mobile', 'foreign'], links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'romance', text: '宝贝，我在海关被扣了，给你寄的礼物里有美金，要交{amt}的清关费才能放行，你先帮我垫一下，我回国就还你', senders: ['foreign', 'mobile', 'none'] },
  { label: 'fraud', type: 'romance', text: '小哥哥，附近的寂寞少妇，同城约见面，先交200诚意金开个房，加我QQ {tail}{code}😘', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'romance', text: '老公，我妈突然住院了，手术费还差三万，我实在不好意思开口……你能先帮我一下吗？我们下个月见面的时候我当面还你', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'romance', text: 'Hi dear, I am a US army doctor on mission in Syria. I want to send you my savings box, please pay the diplomatic delivery fee first. I love you.', senders: ['foreign'], en: true },
  { label: 'fraud', type: 'romance', text: '主播小妹妹：哥哥你能帮我刷个礼物冲榜吗？今晚冲到第一名平台会返你三倍，下播我们视频哦💕', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'romance', text: '親愛的，我在新加坡做外匯分析師，這個平台我操作很久了，你照我說的下單，保證一週翻倍，之後我們就可以一起買房了。', senders: ['foreign', 'none', 'mobile'] },
  { label: 'fraud', type: 'romance', text: '（婚恋网认识三周）我是做跨境电商的，这个月店铺回款卡住了，你能不能先借我{amt}周转？我们不是说好过年一起见家长的吗，你连这点信任都没有吗？', senders: ['none', 'mobile', 'virtual'] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '【{other}】恭喜您的手机号码被抽中为幸运用户，获得二等奖现金58000元及笔记本电脑一台，请先缴纳个人所得税{amt}元领奖，详情 {url}', senders: ['unknown_port', 'mobile', 'virtual'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'other', text: '您的社保补贴{amt}元待领取，请于今日内点击 {url} 填写银行卡信息办理，过期作废。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'ip', 'lookalike'] },
  { label: 'fraud', type: 'other', text: '你好，我在你车上贴了挪车码，但你的车违停被拍了，扫这个码交50元罚款可以撤销记录 {url}', senders: ['mobile', 'virtual'], links: ['shortener', 'random'] },
  { label: 'fraud', type: 'other', text: '大师开光貔貅，转运招财，原价9999现在结缘价{amt}元，不转运全额退款，加v {phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'other', text: '同城快递：你有一个到付件，含贵重物品需签收确认，请先转付运费和保价费{amt}元到快递员个人账户。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'other', text: '【{other}】您的手机号将于24小时内停机，原因：涉嫌违法信息传播，解除请按1或登录 {url} 实名复核。', senders: ['unknown_port', 'prefixed', 'virtual'], links: ['lookalike', 'random', 'ip'] },
  { label: 'fraud', type: 'other', text: 'Congratulations! Your number won USD 500,000 in the Global Mobile Lottery. Send your bank details and a CNY {amt} processing fee to claim.', senders: ['foreign'], en: true },
];

const HARASSMENT: Template[] = [
  // ── night-time contact (22:00–08:00) ──
  { label: 'harassment', text: '{sig}{person}，您在{name}的账单已逾期，请立即处理。', senders: ['official_port', 'unknown_port'], hours: LATE },
  { label: 'harassment', text: '喂？{person}，我知道你没睡，手机都在线呢，欠{name}的{amt}啥时候还？今天不给个准话我每隔十分钟打一次。', senders: ['mobile', 'virtual', 'unknown_landline'], hours: [23, 0, 1, 2] },
  { label: 'harassment', text: '您好，这里是{name}，凌晨提醒您：您的欠款{amt}元已严重逾期，早上八点前请完成还款。', senders: ['official_hotline', 'mobile'], hours: [0, 1, 2, 3, 4, 5] },
  { label: 'harassment', text: '起床还钱了老赖，太阳都要出来了，钱呢？', senders: ['mobile', 'virtual'], hours: [5, 6, 7] },
  // ── relatives, employer, contacts ──
  { label: 'harassment', text: '你是{person}的妈妈吧？你儿子借了我们平台的钱一直不还，你当妈的管不管？不管我们明天就去你们单位找你。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '您好，请问是{other}的人事部吗？你们公司员工{person}欠款不还，已经是老赖了，请你们领导出面处理，否则我们每天打到公司前台。', senders: ['mobile', 'unknown_landline', 'virtual'] },
  { label: 'harassment', text: '【温馨提示】本机主{person}在{name}借款{amt}元逾期不还，您是其通讯录联系人，烦请转告其尽快还款，否则将继续通知其所有联系人。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '通讯录我们都导出来了，一共312个人，今晚先给你前50个打，明天给剩下的打，你自己选。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '你女朋友的电话我们已经打过了，她说不认识你？那我们就把你借钱的截图发给她看看。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '你個仔喺我哋度借咗錢唔還，你做老豆嘅唔還我哋就去你屋企門口淋紅油，貼大字報。', senders: ['mobile', 'foreign'] },
  // ── threats, insults, public shaming ──
  { label: 'harassment', text: '你这种垃圾也配借钱？再装死你试试，你家门牌号我们都知道，等着吧。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '老.赖.{person}，身.份.证.尾.号{tail}，欠.钱.不.还，全.网.曝.光，已.发.抖.音.和.朋.友.圈', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '最后通牒：今天下午5点前还清{amt}元，不然我们的外访人员直接去你公司堵你，让你在同事面前抬不起头。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '不还钱？信不信我把你的照片P到黄图上发给你全家？', senders: ['mobile', 'virtual', 'foreign'] },
  { label: 'harassment', text: '欠債還錢天經地義，你再不還，我們就每天去你公司樓下舉牌，讓你全公司都知道你是賴帳的。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: 'You think ignoring us works? We have your home address and your kid\'s school. Pay the CNY {amt} you owe {name} today.', senders: ['mobile', 'foreign', 'virtual'], en: true },
  // ── fake legal documents, fake authority ──
  { label: 'harassment', text: '{sig}【立案通知】{person}，因您拖欠{name}借款{amt}元，经审核已符合立案条件，将于{date}移交当地公安经侦部门，请于今日内还款撤案。', senders: ['official_port', 'unknown_port', 'mobile'] },
  { label: 'harassment', text: '{person}，这是{name}法务部。你的案子已经提交法院，传票明天送到你户籍所在地村委会，到时候全村都会知道你是失信被执行人。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '【XX区人民法院】被告{person}：你欠{name}款项一案本院已判决，限你24小时内将{amt}元转入执行专员账户{acct}，逾期将依法拘留。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '我们已经向你户籍地派出所报了案，说你恶意骗贷，警察这两天就会上门，你想坐牢就继续拖。', senders: ['mobile', 'virtual'] },
  // ── pushing new loans to repay, extra fees ──
  { label: 'harassment', text: '没钱就去别的口子借，我给你推几个下款快的，今天必须把{amt}加上逾期管理费800一起还了，少一分都不行。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，你的账我们已经上门了，你不在家，你邻居都问我们是干嘛的，我们就实话实说了，下次还来。', senders: ['mobile', 'unknown_landline'] },
];

export const BLIND3_TEMPLATES: Template[] = [...NORMAL, ...FRAUD, ...HARASSMENT];
