/**
 * BLIND2 held-out bank (fourth split).
 *
 * Who and how: written by an independent evaluation author (a helper session separate from the
 * analyzer's developer), from general knowledge of Chinese telecom fraud (the Ministry of Public
 * Security's common types), of the debt-collection rules in shared/facts/regulation.md and of
 * ordinary consumer notifications. While writing it the author read only the eval types, the
 * generator, the other template banks (to avoid duplicates), the public scam types, the registry
 * schema and data; the analyzer's code, lexicon and signal lists were NOT opened, and the
 * analyzer was NOT run on this bank. The only run made was an expansion check
 * (generateEvalSet(registry, 'blind2')) for labels, fraud types and duplicates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read individual misses here to
 * change lexicons, weights or rules; report its figures only. Once a change is made because of
 * something seen here, the bank is no longer blind and a new one has to be written.
 *
 * Style on purpose: chat-style and call transcripts, very short and long texts, English,
 * Chinese-English mix, Traditional Chinese written natively (incl. Taiwan and Hong Kong
 * wording), evasive spellings (spaces between characters, 拆字/谐音 such as 薇, V亻言, 威❤,
 * emoji), hard normals (anti-fraud notices quoting scam phrases, firm but lawful collection,
 * honest unregistered senders, friends asking to split a bill) and fraud without institution
 * names.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without consent. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];

const NORMAL: Template[] = [
  // ── institution notifications ──
  { label: 'normal', text: '{sig}您正在{app}进行提现操作，验证码{code}（5分钟内有效）。如非本人操作，请勿将验证码告诉任何人，包括自称客服的人员。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}{person}您好，您{date}的账单金额{amt}元，今日为最后还款日，可在{app}“我的账单”中还款。已还款请忽略。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您本期应还{amt}元自动扣款失败，原因：尾号{tail}银行卡余额不足。请在{date}前存入足额资金或在{app}主动还款。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}已收到您的还款{amt}元，谢谢。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}恭喜您！您在我司的借款已全部结清，可在{app}申请开具结清证明。感谢您的信赖。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的網路銀行登入密碼已於{date}變更成功。若非本人操作，請立即致電{hot}凍結帳戶。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您尾號{tail}信用卡本期帳單{amt}元，最低應繳金額請見{app}，繳款截止日{date}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}尊敬的客户，您当前话费余额已低于10元，为避免停机请及时充值，可通过{app}或营业厅办理。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}Hi {person}，您的 credit card 账单 {amt} 元已出，due date 是{date}，可在{app} 一键还款~ 回T退订', senders: ['official_port'] },
  { label: 'normal', text: '{name}: a payment of CNY {amt} was made with your card ending {tail} on {date}. If this was not you, call {hot} or freeze the card in the app.', senders: ['official_port'], en: true },
  // ── legitimate marketing (mentions rates, returns, credit limits) ──
  { label: 'normal', text: '{sig}好消息！您的{app}账户获得一张7天免息券，借款时自动抵扣，有效期至{date}。详情 {url} 拒收请回复R', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}您有一笔最高{amt}元的预审额度，年化利率（单利）7.2%起，具体以审批结果为准。请通过官方{app}申请，我司不会在放款前收取任何费用。退订回T', senders: ['official_port'] },
  { label: 'normal', text: '{sig}新客专享：7天稳健理财产品，业绩比较基准2.1%-2.6%（不代表实际收益），理财非存款，产品有风险，投资须谨慎。详见{app}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}5G畅享套餐升级，每月加10元多得30GB流量，办理请登录 {url} 或回复KT，退订回TD。', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '【{other}】年货节开抢！满199减30，会员再享9折，戳 {url} 选购。回T退订', senders: ['unknown_port'], links: ['unknown_legit'] },
  // ── legitimate collection, including firm reminders that state lawful consequences ──
  {
    label: 'normal',
    text: '{sig}您在我司的借款已逾期32天，欠款本息合计{amt}元。根据借款合同约定，逾期记录将如实报送金融信用信息基础数据库，我司亦保留依法提起诉讼的权利。如有困难请通过{app}申请协商还款，或致电{hot}。',
    senders: ['official_port'],
  },
  {
    label: 'normal',
    text: '喂，您好，是{person}吗？我是{name}的贷后专员，工号20931，这通电话会全程录音。您的账单已经逾期两个多月了，金额是{amt}元。我们还是希望您能尽快安排还款，如果一直不处理，后续公司可能会按合同走法律程序，征信上也会有记录。您看这周能先还一部分吗？还款请只通过{app}操作，不要转给任何个人。',
    senders: ['official_hotline'],
  },
  {
    label: 'normal',
    text: '{sig}因多次联系未果，我司拟于{date}（工作日9:00-18:00）安排两名工作人员持工作证到您登记的住址沟通还款事宜，届时会出示授权文件。如您希望改为电话沟通，请致电{hot}。',
    senders: ['official_port'],
  },
  {
    label: 'normal',
    text: '{sig}您的逾期账单{amt}元已委托合作机构协助提醒，其工作人员仅在8:00-22:00联系您本人，通话全程录音。还款请仅通过{app}办理，如对催收行为有异议请致电{hot}投诉。',
    senders: ['official_port'],
  },
  { label: 'normal', text: 'Hi {person}, this is {name}. Your instalment of CNY {amt} was due on {date}. Please repay in the app or call {hot}. Late payments may be reported to the credit bureau.', senders: ['official_port'], en: true },
  // ── official calls ──
  {
    label: 'normal',
    text: '您好，这里是{name}风控中心，我们监测到您尾号{tail}的卡刚刚有一笔{amt}元的交易，想跟您核实是否本人操作。您只需回答是或不是，我们不会询问您的密码或验证码，也不会让您转账。',
    senders: ['official_hotline'],
  },
  {
    label: 'normal',
    text: '{person}您好，我是{name}客服，关于您投诉的利息计算问题，我们复核后确认多收了{amt}元，已经原路退回到您尾号{tail}的还款卡，三个工作日内到账。您不需要提供任何验证码，也不需要做任何操作。',
    senders: ['official_hotline'],
  },
  // ── anti-fraud notices that quote scam phrases ──
  {
    label: 'normal',
    text: '{sig}【反诈提醒】“注销校园贷”“修复征信”“百万保障自动扣费”都是骗子常用话术。凡是要求您下载会议软件、共享屏幕、把钱转进“安全账户”的，一律是诈骗！请认准官方客服{hot}，或拨打96110咨询。',
    senders: ['official_port', 'none'],
  },
  {
    label: 'normal',
    text: '{sig}案例提示：市民张女士接到自称“{name}客服”的电话，称其“学生时期开通的账户未注销会影响征信”，随后被诱导下载会议App并共享屏幕，被转走5万元。请记住：正规机构不会让您注销校园贷，也不会要求共享屏幕。官方客服仅有{hot}。',
    senders: ['official_port'],
  },
  { label: 'normal', text: '{sig}防詐騙提醒：「在家兼職、按讚就能賺」「先墊付再返佣金」都是刷單詐騙，本公司不會透過簡訊邀請您投資或兼職。如有疑問請撥打{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}温馨提示：您可登录中国人民银行征信中心官网免费查询个人信用报告。任何声称可以“修复、洗白征信”“内部渠道消除逾期”的都是骗局。', senders: ['official_port'] },
  {
    label: 'normal',
    text: '【{other}】温馨提示：近期多发“刷单返利”“冒充领导借钱”类诈骗，骗子常说“先垫付后返佣”“我换新号了，帮我转笔钱”。遇到此类信息请挂断并拨打110或96110。',
    senders: ['unknown_port'],
  },
  { label: 'normal', text: '【{other}】投资者教育：任何承诺“保本高收益”“稳赚不赔”的荐股群都涉嫌非法证券活动，请通过持牌机构投资。市场有风险，投资需谨慎。', senders: ['unknown_port'] },
  {
    label: 'normal',
    text: '{name} reminder: we will NEVER ask you to move money to a “safe account”, install a screen-sharing app or “cancel a student loan account”. Anyone who does is a scammer. Call {hot} if in doubt.',
    senders: ['official_port'],
    en: true,
  },
  // ── honest senders that are not in the registry ──
  { label: 'normal', text: '【{other}】您的验证码是{code}，用于注册会员，请勿转发。', senders: ['unknown_port'], hours: [8, 12, 21, 23, 1] },
  { label: 'normal', text: '【{other}】您申请的退款{amt}元已原路退回至支付账户，预计1-3个工作日到账。平台不会以任何理由要求您另行转账。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您的包裹已放入3号快递柜，取件码{code}，请于{date}前取件，超时将收取保管费。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您已成功预约{date}上午的体检，请体检前一晚10点后禁食，当天携带身份证到前台登记。改约请回复。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您购买的{date}演出门票已出票，电子票请在官方App“我的订单”中查看，请勿相信私下转票。', senders: ['unknown_port'] },
  {
    label: 'normal',
    text: '【{other}】您的生源地信用助学贷款本年度应还利息{amt}元，请于12月20日前存入还款账户。可登录官方助学贷款系统查询，切勿相信要求“注销账户”的电话。',
    senders: ['unknown_port'],
  },
  { label: 'normal', text: 'Your parcel from {other} is out for delivery today. Track it at {url}', senders: ['unknown_port'], links: ['unknown_legit'], en: true },
  {
    label: 'normal',
    text: '您好，我是{other}人力资源部的{person}，收到您在招聘网站投递的行政专员简历，想约您{date}下午两点到公司面试，请带上简历和学历证明，方便请回复确认。',
    senders: ['mobile', 'unknown_landline'],
  },
  { label: 'normal', text: '{person}您好，我是中介小周，您上次看的那套两居室业主降价了，周末有空再去看看吗？', senders: ['mobile'] },
  { label: 'normal', text: '你好，我是小区驿站的快递员，你的大件包裹放门卫室了，下班顺路拿一下哈', senders: ['mobile'] },
  { label: 'normal', text: '{person}，这个月房租记得{date}前交，还是转到之前那张卡就行，有问题微信说。', senders: ['mobile'] },
  { label: 'normal', text: '昨晚聚餐一共686，七个人AA每人98，方便时微信转我就行，不急~', senders: ['mobile'] },
  { label: 'normal', text: '宝贝，今天加班到九点，晚点给你打电话❤ 记得吃饭', senders: ['mobile'], hours: [12, 18, 20, 21] },
  { label: 'normal', text: '小陈，明早九点的周会提前到八点半，上周的数据报表整理好发我邮箱，辛苦了。', senders: ['mobile'] },
  { label: 'normal', text: '各位家长好，本周五下午学校开家长会，请准时参加，有事请提前跟班主任请假。——三年二班 {person}', senders: ['mobile'] },
  { label: 'normal', text: '儿子，降温了多穿点，周末回来吗？你爸钓了鱼。', senders: ['mobile'] },
  { label: 'normal', text: '今晚八点开黑吗？我把新买的皮肤给你看看，哈哈', senders: ['mobile'], hours: [18, 19, 20, 21] },
  { label: 'normal', text: '到楼下了，开下门', senders: ['mobile'] },
];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '姐妹在吗？我们团队缺人，某音点赞关注截图就给钱，一单2-8元，做完马上结，不要押金～感兴趣加我V亻言：tt{tail}，备注“点赞”', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}】诚邀您成为店铺试用官，先拍下商品垫付{amt}元，确认收货后本金+佣金（20%）立即返还，联系接待员 {phone}', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '兼.职.日.结 🔥 手机操作 每天1-2小时 💰300+ 不收任何费用 ➕薇 {phone} 宝妈学生优先', senders: ['mobile', 'virtual'] },
  {
    label: 'fraud',
    type: 'brushing_rebate',
    text: '【接待员小雨】：您好，欢迎加入福利任务群，前三个任务免费送，第四单是“联单任务”，需垫付{amt}元，系统卡单的话要再做两单才能解冻提现，本金和佣金会一起返到您的卡上。下载任务APP：{url}',
    senders: ['none', 'mobile'],
    links: ['apk', 'random', 'shortener'],
  },
  {
    label: 'fraud',
    type: 'brushing_rebate',
    text: "Hi! I'm Lily from an online marketing agency. We pay USD 50-300/day for rating hotels and liking videos. Commission is paid instantly, you just need to top up your task account first. Contact me on WhatsApp {phone}.",
    senders: ['foreign', 'mobile'],
    en: true,
  },
  { label: 'fraud', type: 'brushing_rebate', text: '亲，task做完就有commission～今天已经有38个小伙伴提现了💸 下载APP {url} 注册填邀请码{code}，首单送18元', senders: ['virtual', 'mobile', 'foreign'], links: ['random', 'apk', 'shortener'], hours: [12, 20, 21, 22, 23] },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我們是{other}行銷部，招募網路按讚員，每日在家工作1小時可領薪800元，先完成3筆預付任務即可升級VIP，佣金當日匯款。請加LINE：job{tail}', senders: ['mobile', 'foreign'] },
  { label: 'fraud', type: 'brushing_rebate', text: '您的任务账户余额{amt}元暂时无法提现，原因：操作失误导致数据异常，需充值同等金额的“刷新费”进行修复，修复后全部返还。请尽快联系导师处理。', senders: ['none', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'brushing_rebate', text: '招聘打字员/看小说赚钱，在家躺着就能挣，日入几百，先交99元会员费开通接单权限，Q裙：{code}', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'brushing_rebate', text: '刷 单 日 结，私我', senders: ['virtual', 'none'] },
  // ── fake_investment ──
  {
    label: 'fraud',
    type: 'fake_investment',
    text: '各位家人早上好☀️ 我是本群的助理小慧，今天{person}老师直播讲解主力资金动向，昨天推荐的票已经封板🚀 还没开户的朋友请下载机构专用通道 {url}，享受打新内部额度',
    senders: ['none', 'mobile', 'virtual'],
    links: ['random', 'apk', 'shortener'],
  },
  { label: 'fraud', type: 'fake_investment', text: '【通知】USDT搬砖套利项目，日收益2%-5%，一万起投，稳赚不亏，已有三千人上车，拉你进TG群：@arb{tail}', senders: ['virtual', 'foreign'] },
  {
    label: 'fraud',
    type: 'fake_investment',
    text: 'Exclusive: our AI quant fund returned 312% this year. Guaranteed profit, withdraw any time. Start with just USD 1,000 at {url}, spots close tonight.',
    senders: ['foreign'],
    links: ['random', 'shortener', 'ip'],
    en: true,
  },
  { label: 'fraud', type: 'fake_investment', text: '内 部 消 息‼️ 某新能源原始股即将上市，认购价1.8元，上市后至少翻10倍，名额有限，私聊VX：gq{tail}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '叔叔阿姨好，我们是养老产业合作社，投资养老公寓一份{amt}元，每月返息3%，三年保本退还，还送米面油，详询{phone}', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，您的账户已盈利至{amt}元，但系统检测到您的账户信用分不足，提现前需缴纳20%的个人所得税及保证金，缴纳后立即到账。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '恭喜您獲選加入「財富自由俱樂部」，由華爾街分析師親自帶單，保證每月獲利20%以上，穩賺不賠！點擊 {url} 加入LINE群組', senders: ['foreign', 'mobile'], links: ['shortener', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: '元宇宙数字藏品首发，限量1000份，今日认购明天挂售就能翻倍，官方回购兜底，注册链接 {url} 邀请码{code}', senders: ['virtual', 'mobile'], links: ['random', 'ip'] },
  { label: 'fraud', type: 'fake_investment', text: '外汇黄金跟单，老师喊单胜率95%，不赚钱不收费，开户入金就送20%赠金，加薇❤ {phone}', senders: ['mobile', 'virtual'] },
  // ── fake_loan ──
  {
    label: 'fraud',
    type: 'fake_loan',
    text: '【{name}】尊敬的客户，您的信用良好，已为您预留一笔{amt}元的专属备用金，年化低至3.6%，黑户白户均可办理，点击 {url} 领取，今日有效',
    senders: ['unknown_port', 'lookalike_short', 'prefixed'],
    links: ['lookalike', 'shortener'],
  },
  {
    label: 'fraud',
    type: 'fake_loan',
    text: '您好，这边是{name}的放款专员，您的贷款已经审批下来了，但是系统显示您的银行流水不够，需要您先转入{amt}元做一个流水验证，转到我们的监管账户{acct}，验证完就连本带款一起打给您。',
    senders: ['unknown_landline', 'lookalike_400', 'mobile'],
  },
  { label: 'fraud', type: 'fake_loan', text: '急用钱？不看zheng信，不查负债，黑户也能下，身份证➕手机号就能dai款，当天放款💰 薇信：dk{tail}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您申请的借款{amt}元已审核通过，因您的账户存在风险，需缴纳首期利息及保险费后方可放款，请联系客服{phone}办理', senders: ['lookalike_short', 'unknown_port', 'prefixed'] },
  {
    label: 'fraud',
    type: 'fake_loan',
    text: 'Fast cash loan up to CNY 200,000, approved in 3 minutes, zero documents, bad credit OK. Download our app at {url} and pay a small activation fee to unlock your limit.',
    senders: ['foreign', 'mobile'],
    links: ['apk', 'random'],
    en: true,
  },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在本公司申請的貸款已核准，但您填寫的帳號有誤導致款項凍結，請先匯入解凍金{amt}元，完成後款項將連同保證金一併撥付。', senders: ['mobile', 'foreign', 'unknown_landline'] },
  {
    label: 'fraud',
    type: 'fake_loan',
    text: '您好，您的额度已审核为20万，但目前征信评分偏低，需要先支付一笔{amt}元的“信用包装费”才能提高通过率，办理后当天下款。',
    senders: ['virtual', 'mobile', 'lookalike_400'],
  },
  { label: 'fraud', type: 'fake_loan', text: '{name}官方：您的借款额度已提升至{amt}元，请下载新版客户端 {url} 完成身份认证后即可提现', senders: ['unknown_port', 'mobile'], links: ['apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_loan', text: '免征信秒下款，回1办理', senders: ['unknown_port', 'virtual'] },
  // ── fake_customer_service ──
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: '【{other}】尊敬的顾客，您购买的商品因仓库问题无法发货，我们将为您办理双倍退款，请点击 {url} 填写退款信息（需填写银行卡号和验证码）',
    senders: ['unknown_port', 'mobile'],
    links: ['lookalike', 'shortener', 'random'],
  },
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: '您好，我是航空公司客服，很抱歉通知您明天的航班因机械故障取消了，我们会给您改签并补偿300元，需要您用手机银行操作一下接收补偿款，您现在方便打开银行App吗？',
    senders: ['unknown_landline', 'foreign', 'lookalike_400'],
  },
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: '您好，我是{name}的客服，您的账户被检测到开通了“金融会员”服务，明天起每月扣费{amt}元，不取消会影响征信，我这边帮您关闭，请下载“腾讯会议”进入会议号{code}',
    senders: ['lookalike_400', 'mobile', 'unknown_landline'],
  },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，這裡是{other}客服中心，由於系統錯誤，您上次的訂單被誤設為分期付款，每月將扣款{amt}元，待會銀行專員會來電協助您解除設定。', senders: ['unknown_landline', 'foreign'] },
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: 'Amazon Support: your order #{code} was double charged. To receive your refund, install AnyDesk from {url} and our agent will guide you.',
    senders: ['foreign'],
    links: ['random', 'shortener'],
    en: true,
  },
  { label: 'fraud', type: 'fake_customer_service', text: '亲，您的快递在中转站丢件了😭 平台给您申请了理赔{amt}元，扫一下下面的二维码添加理赔专员，按提示操作就可以到账啦 {url}', senders: ['mobile', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '我是{other}售后，退款系统升级了，需要您在支付宝“备用金”里先借出{amt}元转给我们，退款时会连同货款一起退回来', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【某音客服】您的账号开通了直播带货会员，每月自动扣费，如需取消请致电 {phone}，否则将从您绑定的银行卡持续扣款', senders: ['unknown_port', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【ETC服务中心】您的ETC卡已失效，为避免影响通行，请立即登录 {url} 进行认证', senders: ['unknown_port', 'mobile'], links: ['lookalike', 'shortener', 'random'] },
  // ── impersonating_authority ──
  {
    label: 'fraud',
    type: 'impersonating_authority',
    text: '喂，是{person}吗？这里是上海市公安局刑侦支队，我是李警官，警号036524。我们在侦办一起跨境洗钱案时，发现嫌疑人用你的身份证开了一张银行卡，涉案金额巨大……你先别挂电话，这个案子是一级保密的，你现在找一个安静的房间，不要跟任何人说，包括你的家人。你先看一下对你的逮捕令 {url}',
    senders: ['prefixed', 'unknown_landline', 'foreign'],
    links: ['ip', 'random', 'lookalike'],
  },
  { label: 'fraud', type: 'impersonating_authority', text: '【最高人民检察院】您涉嫌非法集资案，现已冻结您名下所有资产，请在24小时内将资金转入“国家资金清查账户”{acct}，核查无误后将全额退还。', senders: ['unknown_port', 'mobile', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，呢度係香港入境事務處，你嘅身份證涉嫌喺內地一單洗黑錢案，依家幫你轉接去公安部，請你唔好收線，配合調查。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市医保局，系统显示您的医保卡在外地被违规套现{amt}元，已涉嫌医保诈骗，我现在将电话转接到公安局，请您配合调查，不要挂断。', senders: ['unknown_landline', 'prefixed', 'foreign'] },
  {
    label: 'fraud',
    type: 'impersonating_authority',
    text: 'This is the Chinese Embassy. A parcel under your name containing fake passports was seized. Press 1 to speak to the police officer in charge, or your assets will be frozen.',
    senders: ['foreign', 'prefixed'],
    en: true,
  },
  { label: 'fraud', type: 'impersonating_authority', text: '你涉嫌洗 钱 案，已被列为网 上 追 逃对象，请立即添加办案民警QQ：{tail}{code}，下载“安全防护”软件配合资金核查，否则将直接上门抓捕。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【通知】你名下账户涉嫌电信诈骗，已被公安机关列入“资金监管名单”，需将存款转入监管账户{acct}进行“资金清白证明”，逾期将冻结并追究刑事责任。', senders: ['unknown_port', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '這裡是臺北地方法院，您有一張傳票未領取，您的帳戶涉及詐欺案將被凍結，如需查詢請按9由專人為您服務。', senders: ['foreign', 'prefixed'] },
  // ── fake_credit_repair ──
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: '喂，您好，我这边是{name}的客服，工号9527，来电是想跟您确认一下，您读大学的时候是不是在我们平台开过一个学生账户？根据监管最新通知，学生账户需要在今天之内注销，不然会影响您的个人征信，以后买房买车贷款都会受影响。您把QQ打开，我给您发一个会议号，您共享一下屏幕我来指导您操作。',
    senders: ['lookalike_400', 'mobile', 'prefixed', 'unknown_landline'],
  },
  { label: 'fraud', type: 'fake_credit_repair', text: '征 信 花 了 不 要 慌，专业消除逾期，上了黑 名 单 也 能 洗 白，先做后付，威❤：zx{tail}', senders: ['mobile', 'virtual'] },
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: '{sig}您的账户被系统判定为“异常学生账户”，未注销将于今日上报人民银行征信系统，请立即点击 {url} 进行注销',
    senders: ['lookalike_short', 'unknown_port', 'prefixed'],
    links: ['lookalike', 'shortener', 'random'],
  },
  { label: 'fraud', type: 'fake_credit_repair', text: '网贷上岸攻略：停止还款，我们帮你投诉平台、停催收、只还本金，已帮5000+人上岸，前期收服务费{amt}元，加Q：{code}', senders: ['mobile', 'virtual'] },
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: '您好，为了注销您的账户并清空额度，需要您在各个借款App把可借额度全部借出来，转到我们的监管账户{acct}进行清零，操作完毕后款项原路退回，征信就不会受影响了。',
    senders: ['none', 'mobile', 'lookalike_400'],
  },
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: 'Bad credit score? We can delete late payment records from your credit report in 48 hours through internal channels. 100% success. Fee paid upfront. WeChat: credit{tail}',
    senders: ['foreign', 'mobile'],
    en: true,
  },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，這裡是聯合徵信中心，您的信用紀錄出現異常，如不及時處理將影響您日後的貸款與信用卡申請，請加入我們的專線LINE進行信用修復。', senders: ['foreign', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，您名下的{name}账户额度异常，会导致征信降级，需要您配合开通“征信保护”服务，费用{amt}元，开通后可提升征信评分。', senders: ['lookalike_400', 'mobile', 'virtual'] },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '特价飞天茅台 1499一瓶，原箱原码，支持验货，私聊下单先付定金，数量不多 微：mt{tail}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '纯种布偶猫幼崽转让，疫苗已打，包健康，外地可空运，先付{amt}元定金，航空箱和托运费另付。', senders: ['mobile', 'none'] },
  {
    label: 'fraud',
    type: 'fake_shopping',
    text: "Selling 2 tickets for the sold-out concert, front row, CNY {amt} each. Pay by bank transfer first and I'll send the e-tickets right after. No platform fees!",
    senders: ['mobile', 'foreign'],
    en: true,
  },
  { label: 'fraud', type: 'fake_shopping', text: '你好，我在闲鱼上看到你想买的switch，平台手续费太贵了，我们走这个担保链接交易吧 {url} 你付完款我马上发货', senders: ['mobile', 'none'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '工厂直销清仓！原价3999的羽绒服今天只要199，名额只剩23件🔥 扫码进入专属下单页 {url}', senders: ['virtual', 'mobile', 'unknown_port'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '全新 iPhone 水貨特價出清，只要市價三折，限時三天，先匯款後出貨，請加LINE：shop{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '代办驾照/学历/职称证书，全国联网可查，包过，先交一半定金{amt}元，拿证后付尾款，联系{phone}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '亲，您的订单已付款成功，但由于您付款时没有备注，系统无法匹配订单，需要您再付一笔{amt}元的“订单激活费”，收到货后一起退给您。', senders: ['mobile', 'virtual', 'none'] },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我是你大学同学老周啊，这是我新微信，旧号被封了。我现在在外地出差，有个急事要用钱，你能先借我{amt}吗，晚上就还你', senders: ['mobile', 'virtual', 'none'] },
  {
    label: 'fraud',
    type: 'impersonating_acquaintance',
    text: '【{person}】：小刘，在吗？我在跟客户谈合同，手机不方便接电话。有一笔保证金要马上打给对方，你先从公司账上转{amt}元到{acct}，回头我补签字。这事先别在财务群里说。',
    senders: ['mobile', 'virtual', 'none'],
  },
  {
    label: 'fraud',
    type: 'impersonating_acquaintance',
    text: "Hi Mum, it's me, I dropped my phone in the toilet so this is my new number. Can you help me pay a bill today? I'll pay you back tomorrow, can't talk right now x",
    senders: ['mobile', 'foreign'],
    en: true,
  },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，是我！我撞到人了，现在在派出所，对方要私了，你赶紧往这个卡里打{amt}块钱{acct}，千万别告诉爸，我手机快没电了。', senders: ['mobile', 'foreign', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位家长好，我是班主任{person}，之前的号不用了。本学期资料费每人{amt}元，请直接转到以下账户{acct}，今天下午五点前交齐，逾期影响孩子领书。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表妹，我是你表哥，手机坏了借朋友号发的，我在医院交押金差{amt}，你先转我，等会我打给你细说，别跟我妈讲 🙏', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你主管，這是我的新LINE，明天一早要付廠商貨款，你先幫我匯{amt}元到這個帳戶{acct}，我今天開會不方便講電話。', senders: ['mobile', 'foreign'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '好久不见！我是你高中同学，QQ被盗了刚找回来，现在急需交个罚款{amt}，你能先帮我垫一下吗？转到我表弟卡{acct}就行', senders: ['none', 'mobile', 'virtual'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出原神满命账号，648充了二十多次，现价{amt}，走我这边的交易平台 {url} 有客服担保，付款后账号密码自动发给你', senders: ['mobile', 'none'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '恭喜，您挂售的游戏账号已被买家以{amt}元购买，但您的收款账户未认证，资金被冻结，请按照客服指示缴纳同等金额的认证保证金后解冻提现。', senders: ['none', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'game_trading', text: '免费领皮肤🎁 扫码登录游戏账号即可领取限定皮肤，数量有限先到先得 {url}', senders: ['mobile', 'none', 'virtual'], links: ['random', 'ip', 'shortener'] },
  {
    label: 'fraud',
    type: 'game_trading',
    text: 'Selling rare CS2 knife skin, 40% below market. Trade on our middleman site {url}, a security deposit is required first.',
    senders: ['foreign', 'none'],
    links: ['random', 'shortener'],
    en: true,
  },
  { label: 'fraud', type: 'game_trading', text: '收購遊戲帳號，高價回收，買家已下單，請到交易平台 {url} 註冊並繳交保證金{amt}元後即可提款', senders: ['foreign', 'mobile'], links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '小朋友，你想要免费的王者皮肤吗？叔叔是游戏客服，你用爸爸妈妈的手机打开付款码给我扫一下，就能领取啦，不要告诉大人哦', senders: ['mobile', 'none'], hours: [12, 16, 17, 19, 20] },
  { label: 'fraud', type: 'game_trading', text: '游戏币批发，1元=1000金币，比官方便宜十倍，量大从优，先转账后发货，V：jb{tail}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '您好，我是游戏交易平台的客服，您刚买的账号因为卖家资料未实名需要解冻，请先支付{amt}元解冻费，我们确认后会退还，否则账号将被回收。', senders: ['none', 'mobile', 'virtual'] },
  // ── romance ──
  {
    label: 'fraud',
    type: 'romance',
    text: '亲爱的，今天收盘后我又赚了一点，这个平台是我舅舅内部的，数据有漏洞可以提前看到。我不想你那么辛苦，你下载一下 {url} ，我教你操作，我们一起攒钱，明年就可以在杭州买房了❤',
    senders: ['none', 'mobile', 'foreign'],
    links: ['random', 'apk', 'shortener'],
    hours: [20, 21, 22, 23],
  },
  {
    label: 'fraud',
    type: 'romance',
    text: "My dearest, I am a US army doctor on a UN mission in Syria and I can't access my bank account here. Please send USD 800 in gift cards so I can apply for leave to come and see you. I love you more than words.",
    senders: ['foreign'],
    en: true,
  },
  { label: 'fraud', type: 'romance', text: '哥哥，这个交友软件不安全，我们加{phone}微信聊吧～ 我一个人在家好无聊，想和你视频 😘', senders: ['mobile', 'virtual', 'none'], hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '寶貝，我在海外做工程快結束了，有一筆獎金要匯回國內，但需要先繳一筆清關稅{amt}元，你能先幫我墊一下嗎？等我回去就娶你。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'romance', text: '老婆🥰 我朋友在这个彩票平台做技术，说今晚的开奖有漏洞可以跟单，稳赢的，你先充5000试试嘛，赢了我们去马尔代夫 {url}', senders: ['none', 'virtual', 'foreign'], links: ['random', 'ip'], hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '亲爱的，你的账户已经赚到{amt}了，要提现的话平台说要先交15%的风控审核金，我已经帮你垫了一半，你再补一半就好，别让我失望好吗', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'romance', text: 'Honey，我在新加坡做跨境电商，最近开了个网店project，你先投一点入驻金就能每天分红，我带你做，we can build our future together 💕 {url}', senders: ['foreign', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'romance', text: '姐，认识你这段时间我是真心的。我在部队不能用手机，这是战友的号。我母亲突发住院急需手术费{amt}元，等我休假回来就去你家提亲，你先转给我战友{acct}好吗', senders: ['mobile', 'virtual'] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '【{other}】恭禧您被抽中本年度幸运观众，获得价值{amt}元的笔记本电脑和现金大奖，请登录 {url} 领奖，领奖前需先缴纳个人所得税', senders: ['unknown_port', 'mobile', 'virtual'], links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'other', text: '你刚才和我视频裸聊的画面我已经录下来了，你的通讯录我也全部导出了。不想让家人和同事看到的话，今天之内转{amt}元到{acct}。', senders: ['virtual', 'foreign', 'none'] },
  { label: 'fraud', type: 'other', text: '你儿子现在在我们手上，马上准备{amt}元打到这个账户{acct}，敢报警就撕票，别耍花样。', senders: ['foreign', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'other', text: '大师帮你算过了，你家今年有血光之灾，必须做一场法事化解，法事费{amt}元，转账后师父今晚就开坛，心诚则灵。', senders: ['mobile', 'none'] },
];

const HARASSMENT: Template[] = [
  // ── threats and insults ──
  { label: 'harassment', text: '你个死老赖，借钱的时候装孙子，还钱的时候装死？', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，我们的人已经在你家小区门口了，今天不把{amt}还上，你腿就别想要了。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你不还是吧？你老婆在哪上班、你孩子在哪个幼儿园我们都清楚，出了什么事别怪我们没提醒。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '老 赖 🐶 欠 钱 不 还 全 家 死 光，等 着 上 门', senders: ['virtual', 'mobile'] },
  { label: 'harassment', text: '别跟我说没钱，去别的平台借啊，{app}借不了就去借别的，今天必须把{amt}还上，不然天天打爆你电话。', senders: ['mobile', 'unknown_landline'] },
  // ── relatives, employers, contacts, groups ──
  { label: 'harassment', text: '{person}，你在{name}的{amt}元拖了快三个月了，我们已经查到你父母的电话和老家地址，今天不还明天就给你爸妈打电话，让全村都知道他们养了个骗子。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你单位人事的电话我们已经拿到了，下午就打过去，让你们领导评评理，欠钱不还这种人公司还敢用？', senders: ['mobile', 'virtual'] },
  {
    label: 'harassment',
    text: '【逾期公告】{person}，身份证尾号{tail}，借{name}欠款{amt}元至今未还，特此告知其通讯录好友：如有联系请督促其还款，此人已被列为失信人员。',
    senders: ['mobile', 'unknown_port'],
  },
  { label: 'harassment', text: '已经把你的照片和欠款截图做成海报了，今晚发你们公司群和小区业主群，你自己掂量。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '您好，您的朋友{person}在我司借款逾期未还，他把您填为紧急联系人，请您今天之内督促他还款，否则您也要承担连带责任。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '再不还款，就把你的照片P成通缉令发到你们村的微信群，说到做到。', senders: ['mobile'] },
  { label: 'harassment', text: '你欠{name}的錢再不還，我們就把你的個資和欠款紀錄貼到你公司門口，順便通知你所有的親朋好友，看你還有沒有臉見人。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: 'Hey {person}, you owe {name} CNY {amt}. Pay today or we call your boss, your parents and everyone in your contact list. Deadbeat.', senders: ['mobile', 'foreign'], en: true },
  { label: 'harassment', text: '{person}，your loan 已经 overdue 60天了，我们 team 已经把你 contact list 全部打了一遍，下一个就是你公司 HR，see you.', senders: ['mobile', 'virtual'] },
  // ── impersonating courts, lawyers, police; fake legal documents ──
  {
    label: 'harassment',
    text: '【法院执行通知书】当事人{person}：你与{name}借款合同纠纷一案已立案，本院将于48小时内对你名下财产强制执行并通知你所在单位，如需撤诉请立即还清欠款{amt}元。',
    senders: ['unknown_port', 'mobile'],
  },
  { label: 'harassment', text: '{person}您好，我是{name}委托的律师，您的案件已转入刑事程序，涉嫌恶意透支和诈骗，如今天下午6点前未结清，将由公安上门拘留。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '这里是辖区派出所，接到{name}报案，你借款不还涉嫌诈骗，限你今天之内把钱还上，不然我们直接去你单位抓人。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{sig}【律师函】您因恶意拖欠借款{amt}元已构成违约并涉嫌合同诈骗，本函为最后通牒，逾期我司将联合公安机关对您进行网上通缉。', senders: ['official_port', 'mobile'] },
  // ── night-time contact (22:00–08:00) ──
  { label: 'harassment', text: '{sig}您的借款已逾期，当前待还{amt}元，请尽快通过{app}处理。', senders: ['official_port'], hours: NIGHT },
  { label: 'harassment', text: '您好，这里是{name}贷后管理部，提醒您账单已逾期，请今天内安排还款。', senders: ['official_hotline'], hours: [22, 23, 6, 7] },
  { label: 'harassment', text: '喂，{person}是吧？我是{name}的，知道现在几点吗，你还睡得着？你的账今天必须处理，我会一直打到你接为止。', senders: ['mobile', 'unknown_landline'], hours: [23, 0, 1, 2, 3] },
  { label: 'harassment', text: '还钱。', senders: ['mobile'], hours: [23, 0, 1, 2, 3, 4] },
];

export const BLIND2_TEMPLATES: Template[] = [...NORMAL, ...FRAUD, ...HARASSMENT];
