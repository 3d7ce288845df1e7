/**
 * BLIND25 held-out bank, second part: fraud and harassment. Written with blind25.templates.ts by
 * the same independent (thirty-second) author in session 10, 2026-12-03; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here, applied in this order.
 * (1) A victim's own retelling of a scam they are still in (a plea to a relative for money to
 *     finish the steps, a voice note saying "I have already paid, they want more") is labelled by
 *     the scam. A warning written by a relative, a teacher, a bank or the police, and an "is this
 *     real?" that only describes a message and pays nothing, are normal (first file).
 * (2) The victim's own lover, online partner or would-be match — or the would-be match of the
 *     victim's child (婚恋网站, 相亲, 交友软件, 杀猪盘 "老公/宝贝") — who asks money for himself or
 *     herself is `romance`, whatever the bait (a platform, a parcel, a frozen card, a dating-app
 *     top-up). Someone who only speaks for a relative in trouble (a son's "girlfriend" calling
 *     about his arrest) falls under rule 4.
 * (3) The voice decides between a state body and a person. A caller or text posing as a named
 *     state body — 公安, 刑侦, 派出所民警, 检察院, 法院, 医保局, 社保局, 税务, 退役军人事务局 — that asks
 *     for money, a card, a code, screen sharing or secrecy is `impersonating_authority`, also when
 *     the accusation is about the victim's child or grandchild (unless the collector case of the
 *     harassment rule applies).
 * (4) A person the victim knows or should know — a child, grandchild, nephew, 老同学, friend with
 *     a hacked account, a boss, a teacher, a 家委会 or 家长群 admin, a relative on a "new number" —
 *     or someone speaking for that person in trouble (the child's roommate, girlfriend,
 *     "classmate"), asking for money, is `impersonating_acquaintance`; so are fake teachers
 *     collecting 班费 or 资料费 into a QR code or a private card, and 猜猜我是谁 calls.
 * (5) Buying, selling, boosting or "free" claiming of game accounts, skins, coins, 点券 and 代练 is
 *     `game_trading` (a child is often the target). A refund of a child's game top-up offered by
 *     a "platform customer service" is not game trading but rule 8.
 * (6) Any offer of credit (助学贷, family 备用金, 养老贷, business loans) that wants a fee, 保证金,
 *     解冻金, 验资 or 包装费 before paying out is `fake_loan`, also when a "platform" tells a relative
 *     that the child's loan is stuck.
 * (7) Removing 逾期 records, 征信洗白, 注销校园贷 or "clearing" a family member's credit for a fee or
 *     by borrowing and transferring is `fake_credit_repair` (it wins over rule 8 even when the
 *     caller poses as the lender's customer service).
 * (8) A message posing as the company that holds the victim's (or the family's) account, order,
 *     policy, ticket or parcel — an e-commerce shop, a courier, an insurer, an airline, a payment
 *     app, a game platform's billing desk — about a refund, a compensation, an auto-renewal or a
 *     wrong "identity" setting is `fake_customer_service`.
 * (9) Paid tasks (likes, reviews, 刷播放量, votes) that turn into top-ups or 垫付 are
 *     `brushing_rebate`; a return on money (养老床位, 以房养老, 养老基金, 养老币, 原始股, 外汇 "导师",
 *     a relative's "理财") is `fake_investment`.
 * (10) A good or service paid for and never delivered or worthless, sold on false claims —
 *     health products, 磁疗床垫 and hearing aids for the elderly, cheap tickets, pets, a "free"
 *     trip with a 押金, bought university places — is `fake_shopping`.
 * (11) Everything else is `other`: prizes and contests with a fee from a nameless 中心, a fake
 *     charity plea, job deposits that are not tasks (住家保姆, 手工代加工), sextortion, and a
 *     fake kidnapping by strangers.
 * Harassment: a REAL collector or its agent about the victim's own (or a relative's) real debt —
 * even on a registered lender's own port or hotline, even politely — who contacts between 22:00
 * and 08:00; calls past six attempts; tells or presses parents, spouses, in-laws, children, the
 * child's school, colleagues or the family group; threatens visits, shame, the child or violence;
 * insults; adds fees; pushes a new loan; or poses as a court, a law firm or the police, or sends
 * fake 传票 and 律师函, to press repayment of that debt (the tell against rule 3 is that it
 * presses the debt to the lender, not a fee to a "safe account").
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
/** Pasted chats, posts, retellings. */
const PASTE: Template['senders'] = ['none'];
/** A victim telling a relative, on a phone or pasted. */
const FAMILY: Template['senders'] = ['mobile', 'none'];
/** Mixed: a bulk port, a mobile, or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas callers. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** A collector (or its agent) on the lender's own channels. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collector's agency on a desk line or a work mobile. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Outside 08:00–22:00. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
const EVENING = [19, 20, 21];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];
const SOME_LINK: Template['links'] = ['shortener', 'none', 'random'];

const FRAUD: Template[] = [
  // —— impersonating_acquaintance: 猜猜我是谁, children and grandchildren in trouble, fake teachers, hacked friends ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[来电转文字] 猜猜我是谁？连我声音都听不出来啦？我是你大侄子啊，换号了这是新号。叔，我这边出了点事，先别告诉我爸，你方便给我转一万块不', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶我是你孙子 我骑电动车把人撞了 现在在派出所 人家要三万私了 千万别告诉我爸妈 你先把钱转到民警叔叔给的这个卡号{acct} 求你了奶奶', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[通话转写] 阿姨您好，我是您儿子的室友，他打篮球摔断了腿，现在在医院急诊等手术，押金要两万，他手机摔坏了让我打给您，您先转到我这张卡上，医生在催了', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[三年二班家长群] 班主任-{person}：各位家长，下学期教辅资料费每人268元，请今晚8点前扫下方二维码缴纳，交完截图发群里，未交的孩子暂不发资料。', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '家长您好，我是五班家委会的群管理，原群人满了要换新群，请扫码进新群，进群需缴纳班级活动基金200元，班主任已经同意了 {url}', senders: PERSONAL, links: SOME_LINK },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我这边急用钱，微信支付被限额了，你先帮我转五千到这个卡上{acct}，户名是我表弟，明早就还你。别打电话我在开会', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '爸，我是小军，手机掉了这是新号码，先存一下。明天单位要交一笔培训费，我的卡被冻结了，你先转到我同事的账户上，回头我还你', senders: ['virtual', 'mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表姐 我在国外签证出问题被扣在机场了 要交五千美金保证金才放人 我妈那边先别说 你先转给这边的中介 回国马上还你', senders: OVERSEAS, hours: [23, 0, 1, 2] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小王，我是你们老板。明天上午财务休假，我要先给客户付个定金，你先从你那转八万到这个账户，下午我报给你，这事别声张', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老同学，我是刘洋啊，初中坐你后桌那个！QQ被盗了先用小号。家里老人住院急需三千，你能先借我不？下周发工资就还', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[家族群] 三舅（新号）：手机换了先用这个号，外婆医院那边要交费，谁方便先转五千给我，我在病房走不开，别打电话信号不好', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿姨您好，我是您儿子的女朋友小雅，他喝多了跟人打架被派出所扣着，对方说不报案要两万，他不让我告诉您，可我实在没办法了，您先转我，我去交', senders: PERSONAL, hours: [22, 23, 0] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Grandpa it is me, your favorite grandson. I got in trouble in Mexico and they took my passport. Please do not tell Mom. I need $3000 in gift cards to get home, I will explain later', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Mum its me!! New number, the old phone went through the washing machine. Could you cover a bill for me today? Bank app locked me out until tomorrow, will send it straight back xx', senders: PERSONAL, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐，刚才外甥的“同学”打电话说他在学校被打了要做CT，我已经转了三千到那人说的医生卡上，现在又说要五千，我手里不够，你先借我两千我赶紧转过去', senders: FAMILY },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}您好，我是孩子的数学老师，学校统一订的暑假网课，您直接转780到我这个卡号{acct}就行，收到后把听课码发您。别在群里说，名额有限', senders: PERSONAL },
  // —— game_trading ——
  { label: 'fraud', type: 'game_trading', text: '小朋友你想要这个限定皮肤吗 我这有免费领取的 用你妈妈的手机扫码输入支付密码就能领 不会扣钱的 {url}', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '王者账号出售 V10 全皮肤 只要888 先付一半定金 交易走我这个担保平台 {url} 放心', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '妈妈 我在游戏里卖装备 买家已经付钱了 但是交易平台说我账户被冻结 要交1200保证金才能提现 你手机借我扫一下 提现了马上退回来', senders: FAMILY },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易平台】您出售的账号已被买家拍下，因您未开通商户认证资金已冻结，请30分钟内联系客服QQ完成认证激活，否则订单取消 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '低价点券 648的只要198 上号帮你充 要账号密码 学生党都在买 私聊', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: 'You won a free Robux pack! Log in with your game account at {url} within 2 hours to claim 10,000 Robux. A parent verification fee of $4.99 applies.', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'game_trading', text: '代练上王者 包上分 先交押金三百 打完再付尾款 中途要你把验证码发我登号 别让家长知道哈', senders: PERSONAL, hours: [20, 21, 22, 23] },
  // —— fake_customer_service, often told through family ——
  { label: 'fraud', type: 'fake_customer_service', text: '儿子你快帮我看看 快递客服打电话说我买的保健枕丢件了要赔我三倍 让我下了个软件开了共享屏幕 现在说银行卡要验证 让我把验证码念给他 我念了一个了他还要', senders: FAMILY },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是游戏平台客服，您孩子用您的支付账户未成年充值了4800元，现在可以给您办未成年退款，需要您下载一个会议软件共享屏幕，我一步步指导您操作', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您好，您开通的“亲子会员”即将自动扣费每月598元，如非本人操作请致电客服{phone}取消，否则将影响您的征信', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好我是电商平台客服，您女儿上月在我们店买的衣服质检不合格，平台统一召回赔您三百，需要您打开支付宝的备用金先借出来，转到我们的核对账户', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}尊敬的用户，您的账户被误设为“学生代理”身份，每月将扣费{amt}元，请立即联系专员{phone}解除，逾期将自动扣款。', senders: ['lookalike_short', 'lookalike_400', 'unknown_port'] },
  { label: 'fraud', type: 'fake_customer_service', text: '爸，您那个养老保险的客服又打电话了吗？我刚转了三千五到他说的“退保核对账户”，说退保金马上回来，现在又说差一笔手续费，您卡上有钱先帮我转一下', senders: FAMILY },
  { label: 'fraud', type: 'fake_customer_service', text: '【航空服务】尊敬的旅客，您为家人预订的航班因机械故障取消，可申请改签并获每人300元补偿，请联系客服{phone}办理', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: 'Amazon: your order #{code} for "Kids Tablet 10 inch" was charged $899.99. If you did not place this order, call {phone} to cancel and get a full refund.', senders: BULK_BAD, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递理赔中心，您家老人寄给您的包裹运输中破损，按规定赔付两倍，请扫码添加理赔专员并填写银行卡信息 {url}', senders: BULK_BAD, links: BAD_LINKS },
  // —— impersonating_authority: fake police and 公检法, 医保, 社保 ——
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 老人家您好，我是市公安局刑侦支队的，您的身份证被人冒用办了银行卡涉嫌洗钱，现在要对您的资金清查。这事要保密，不能告诉子女，否则影响破案，您把存款转到国家安全账户', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}，我是医保局的，您的医保卡在外地被盗刷一万多，涉嫌骗保，我现在给您转接公安局的李警官做个笔录', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '【最高人民检察院】您涉嫌一起特大洗钱案，案件编号JZ{code}，请今日登录 {url} 查看逮捕令并配合资金核查，拒不配合将冻结名下全部账户', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '闺女 刚才公安局打电话 说我的卡涉案了 要转到他们的监管账户 我已经转了两万 他又让我把定期也取出来 我在银行门口呢 你先别跟你爸说 警察说不能说', senders: FAMILY },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 这里是市社保局，您的养老金资格认证未通过，下月起暂停发放，需要视频核验，请下载我们发您的“社保认证”APP {url} 按提示操作', senders: FAKE_LINES, links: APK_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是区法院的，您儿子涉及一起民事纠纷被起诉，作为担保人您的账户已被冻结，今天缴纳诉讼保证金{amt}元可以解除，否则明天强制执行', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【退役军人事务局】尊敬的老同志，您的优待补贴{amt}元待领取，请在 {url} 填写银行卡号和密码完成领取。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is Officer Daniel Lee of the Federal Police. Your grandson\'s bank account is linked to money laundering. By law you must keep this call confidential and move your savings to a protected government account today.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我是派出所民警，你孩子在学校参与网络赌博，涉案金额巨大，需要家长配合。你下载这个视频会议软件开共享屏幕，把名下银行卡都绑上来核查', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务提醒】您有一笔退休人员个税退税{amt}元待退还，请于{date}前点击 {url} 办理，逾期作废', senders: BULK_BAD, links: BAD_LINKS },
  // —— fake_investment: 养老 schemes, 以房养老, family-promoted platforms ——
  { label: 'fraud', type: 'fake_investment', text: '【幸福颐养】国家支持的养老服务项目：一万元认购一张养老床位，每月返息三百，五年后本金全退，另送免费体检和旅游，名额有限，回复1预约讲座', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '[来电转写] 阿姨，我们这个以房养老项目很稳的，您把房子抵押给我们合作的公司，每个月拿一万二的收益，五年后房子还是您的，签完字就打第一个月的钱', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_investment', text: '叔叔阿姨们，加入“银发共富”养老基金，投三万每年分红百分之十八，保本保息，已经有几千位老人受益，今晚七点社区活动室开说明会，带身份证和银行卡', senders: MIXED },
  { label: 'fraud', type: 'fake_investment', text: '儿子你别管了 我投了五万到那个养老公寓会员里 他们每个月返我一千五 这个月说再投两万能升钻石会员返更多 你先给我转两万 下个月连本带息还你', senders: FAMILY },
  { label: 'fraud', type: 'fake_investment', text: '老哥，这个数字养老币是国家试点的，现在一块钱一个，年底上交易所至少涨十倍，群里老人都买了，你也赶紧上车 {url}', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '【{other}】孝亲理财计划：为父母存一笔养老钱，年化12%保本保息，首投满一万送保健礼盒，开户 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '[家族群] 表姨：这是我朋友带的理财，我跟了三个月天天有收益，提现也快，大家可以跟着赚点生活费，注册填我的邀请码 {url}', senders: PASTE, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: 'Retirement Income Club: put $10,000 into our senior-care property fund and receive $800 every month, guaranteed. Limited places for pensioners. Reply YES for a free seminar lunch.', senders: BULK_BAD, en: true },
  { label: 'fraud', type: 'fake_investment', text: '大学生理财兼职：跟导师做外汇，每天稳赚5%，先充500体验，赚了给妈妈买生日礼物 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '王姐，老年大学群里刘老师带大家买的那个原始股下个月就上市翻倍，现在还能认购，最少两万，我给你留了名额，今天转账就行', senders: PERSONAL },
  // —— brushing_rebate: 宝妈, students, housewives ——
  { label: 'fraud', type: 'brushing_rebate', text: '宝妈在家也能赚钱！手机点赞关注每单3-15元，日结不耽误带娃，加导师微信领任务 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '[家长群转发] 给学校的公益活动点赞，每个赞返2元，满20个赞可以做“垫付任务”，垫100返130，当场返现，名额有限', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '大学生暑期兼职：刷好评每单佣金8元，前三单垫付后立即返本金加佣金，第四单起为联单任务，完成后统一返还，进群 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '老公你别生气 我在那个做任务的群里已经垫了六千八 他们说再做一单联单就能全部提出来 还差三千 你先转我 提出来马上还你', senders: FAMILY, hours: [21, 22, 23] },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}】诚邀您成为体验官：帮商家下单拍照写评价，货款全额返还另加佣金20元，每天限10单，回复Y参加', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '阿姨好，我们招线上兼职，帮视频号刷播放量，每天十分钟赚五十，先下载这个APP注册领第一单 {url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: 'Hi! Remote job for students and stay-at-home moms: rate hotel listings in our app, $50-300 a day. Deposit $100 to unlock premium tasks, refunded with commission. WhatsApp us now.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '你好，我是{other}人事部的，在招聘网站看到你的简历，我们有线上兼职：给直播间刷人气，一单八块，先做三单试试。任务里要先充值的叫“垫资单”，会翻倍返还', senders: MIXED },
  { label: 'fraud', type: 'brushing_rebate', text: '[学生兼职群] 群主：今天的关注任务截图提交后返佣，进阶任务需预付100返150，想做的私聊接待员 {url}', senders: PASTE, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '妈你帮我扫下这个码交个99的入会费 我在做那个点赞兼职 入会后一天能赚三百 同学都在做 {url}', senders: FAMILY, links: SOME_LINK },
  // —— fake_loan ——
  { label: 'fraud', type: 'fake_loan', text: '【助学贷】大学生专享，无需父母担保，凭学生证秒批两万，首期只需缴纳688元保证金，放款后退还 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 您好，您儿子在我们平台申请了一笔贷款，但他银行卡号填错了，资金被冻结，需要家属先转一笔解冻金，款项才能放下来，不然会算他违约', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '宝爸宝妈看过来！孩子上学缺钱？无抵押免征信家庭备用金最高二十万，当天到账，只需先交一个月利息做信用验证 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '爸 我在网上贷款给妈看病 平台说我流水不够要先转五千验资才能放二十万 我手里只有三千 你先给我两千行不 放款了马上还你', senders: FAMILY },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您的家庭信用额度已提升至{amt}元，因账户存在风险，放款前需缴纳会员费，请下载 {url} 完成激活。', senders: ['lookalike_short', 'unknown_port', 'virtual'], links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '老人专享养老贷，凭退休证即可办理，额度五万，月息低至0.3%，只需先办一张工本费199元的养老卡，专员上门服务 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: 'Guaranteed family loan approval up to $20,000 even with bad credit. Pay a one-time $150 processing fee in gift cards and get the funds within 1 hour.', senders: BULK_BAD, en: true },
  { label: 'fraud', type: 'fake_loan', text: '你好，我是你表哥介绍的贷款经理，他说你想贷款开店。我们不看征信三天下款，就是要先交两千包装费和一千公证费，加我微信细说', senders: PERSONAL },
  // —— fake_credit_repair ——
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我们是征信修复中心。您孩子考公考编政审会查父母征信，您名下的逾期记录会影响孩子录取，我们有内部渠道消除，收费三千，成功后再付一半', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转写] 我是{name}的客服，查到您女儿大学时开过校园贷账户，现在国家要求清理，不注销会影响她和您的征信，需要您协助把账户额度借出来转到指定账户清零', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信花了、有逾期、被拒贷？专业征信修复，删除逾期记录，一个工作日见效，不成功全额退款 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '老婆，那个帮我注销校园贷的客服让我在三个平台借了钱转过去，说是消除额度，已经转了两万八，现在说还差最后一笔，你那有钱吗', senders: FAMILY },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用服务】您父亲名下有一笔担保逾期，将于{date}上报并影响直系亲属贷款和子女入学，请联系专员{phone}办理异议撤销', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Credit repair for the whole family: we remove late payments and collections from your report in 7 days. Pay $299 upfront. Results guaranteed or your money back.', senders: BULK_BAD, en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '叔叔，您儿子车贷逾期影响征信了，他找我们办了征信洗白，还差一千五手续费没交，他说让您先帮他垫上，转我这个账户就行', senders: PERSONAL },
  // —— fake_shopping: health products for the elderly and other undelivered goods ——
  { label: 'fraud', type: 'fake_shopping', text: '【健康讲座】特效降糖降压磁疗床垫，原价19800，今天会员价6980，三个疗程就能停药，现场订购送鸡蛋一板', senders: MIXED },
  { label: 'fraud', type: 'fake_shopping', text: '儿子 妈在那个健康讲堂买了一疗程灵芝孢子粉 一万二 说吃了血糖能降 今天又打电话说再买两疗程打八折 你把你卡借我刷一下', senders: FAMILY },
  { label: 'fraud', type: 'fake_shopping', text: '叔叔阿姨，进口深海鱼油原价一瓶980，工厂直销三瓶只要598，先转账到这个卡{acct}，七天内发货', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '[直播间] 老人助听器国外进口，原价三千八，今天直播间只要399，先付款后发货，不退不换，加客服微信{phone}付款', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '演唱会内场票 原价1680 我这1200转 有票根 你先付全款我转票给你 别走平台 平台抽成太狠', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '您好，老干部疗养中心组织退休老人免费旅游，只需交500元床位押金，回来全额退，出发前一天交清，报名电话{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_shopping', text: '纯种英短 包健康 五百含运费 先付定金两百 发顺丰 到了再付尾款 不放心可以视频看猫', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: 'Miracle joint-pain patch for seniors, 90% off today only! Order 3 boxes for $39.99 at {url}. Doctors hate this trick.', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '高校内部直招名额，交八万保上985，签协议后先付一半，录取通知书到手再付尾款，家长放心', senders: MIXED },
  // —— romance and 杀猪盘 ——
  { label: 'fraud', type: 'romance', text: '亲爱的，我今天又在平台上赚了三万，你也注册一个，我教你操作，咱俩结婚的首付就有了 {url}', senders: PERSONAL, links: BAD_LINKS, hours: [21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '[婚恋网站私信] 哥，我是在海外工作的护士，想找个踏实的人过日子。我给你寄了个礼物包裹，海关说要交清关费3800，我这边转不了人民币，你先帮我交一下好吗', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '闺女 妈跟你说个事 我在网上认识了个老伴 退休军官 说要来看我 可他退休金卡冻结了要交解冻费 我已经给了他两万 他说这次交完就能来 还差一万', senders: FAMILY },
  { label: 'fraud', type: 'romance', text: 'honey I miss you so much. my account is frozen while I am on the oil rig and I need $2000 for the release fee so I can fly to see you. I will pay you back double when I land', senders: OVERSEAS, en: true, hours: [23, 0, 1] },
  { label: 'fraud', type: 'romance', text: '宝贝，我们认识三个月了我是真心的。我舅舅在博彩公司做技术，知道后台漏洞，你充一万进去我帮你操作，赚了我们一起去旅游 {url}', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'romance', text: '小哥哥在吗 交友软件上刷到你 想跟你视频聊聊 先在这个APP上注册认证一下 认证要充198会员 {url}', senders: PERSONAL, links: APK_LINKS, hours: [22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '[相亲私聊] 王阿姨您好，我是跟您女儿相亲的李工程师，我们聊得挺好。我这边项目回款出了点问题急需五万周转，不好意思跟她开口，您能先借我吗', senders: PERSONAL },
  { label: 'fraud', type: 'romance', text: '老公 我在香港这边的生意卡住了 要你帮我转十万 过两天就能回款 你最爱我了对吧 别告诉你家里人', senders: OVERSEAS },
  // —— other ——
  { label: 'fraud', type: 'other', text: '【幸运回馈中心】恭喜您的手机号在家庭幸运抽奖中获得二等奖88000元，请先缴纳个人所得税1760元后领取 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '[转发] 紧急求助！我家孩子白血病急需骨髓移植，医院押金还差二十万，好心人帮帮忙，捐款请转到这个账户{acct}，户名孩子奶奶', senders: MIXED },
  { label: 'fraud', type: 'other', text: '家政公司招住家保姆，月薪八千包吃住，上岗前需交培训费和服装押金共980元，交完安排雇主面试 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '姐妹，我最近在家做手工代加工，串珠子一单赚两百，要先交398的材料押金，做完退押金，你要不要一起？我把老板微信推你', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '你跟“小美”视频聊天的录像我已经剪好了，三个小时内不转五万，我就发给你通讯录里所有人，包括你老婆和你妈', senders: PERSONAL, hours: [23, 0, 1, 14] },
  { label: 'fraud', type: 'other', text: '恭喜您的孩子入围“全国少儿才艺大赛”，需缴纳评审费680元方可进入决赛，获奖可得十万元奖学金 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: 'Congratulations! Your number was picked in the Family Day lucky draw and you won a $5,000 prize. Pay the $89 delivery insurance at {url} to claim it.', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'other', text: '你女儿在我们这儿打工欠了钱被我们扣下了，不打钱过来就不放人，敢报警你就等着，卡号{acct}', senders: OVERSEAS },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[来电转写] 是{person}的妈妈吧？你儿子在{name}借的钱三个月没还了，你当妈的管不管？今天不替他还上，我们就去你们村里挨家挨户说', senders: AGENCY },
  { label: 'harassment', text: '{person}的爱人您好，您老公在我司欠款{amt}元已严重逾期，作为配偶您有义务代为偿还，今天不处理我们就安排人上门', senders: AGENCY },
  { label: 'harassment', text: '[家族群] 大家好，我是{name}的法务，群里的{person}欠款不还，已被列为失信人员，请各位亲属督促其还款，否则将追究连带责任', senders: PASTE },
  { label: 'harassment', text: '请问是阳光小学三年级的班主任吗？你们班刘浩然他爸欠我们{name}的钱不还，麻烦转告孩子让他爸赶紧还，不然我们就去学校门口拉横幅', senders: AGENCY },
  { label: 'harassment', text: '亲家公您好，您女婿在{name}借钱不还，电话也躲着不接，您闺女嫁给这种人真倒霉。麻烦您劝劝他，这礼拜不还我们就找到你们老家去', senders: AGENCY },
  { label: 'harassment', text: '{sig}您的欠款已逾期，请立即还款！', senders: COLLECTOR_OWN, hours: [23, 0, 1, 2, 5, 6] },
  { label: 'harassment', text: '[来电转写 凌晨1:20] 喂，别装睡了，钱到底什么时候还？你不还我每天这个点给你打，打到你全家都睡不着', senders: AGENCY, hours: [0, 1, 2, 3] },
  { label: 'harassment', text: '你们一家都是老赖，生的孩子也是小老赖，欠{name}的钱不还还有脸过日子？', senders: AGENCY },
  { label: 'harassment', text: '我们已经查到你父母住在幸福小区6栋，明天上午两个同事过去“拜访”一下老人家，你自己掂量，要不要今天把钱还上', senders: AGENCY },
  { label: 'harassment', text: '【法院传票】{person}之父母：您子女因拖欠{name}借款被起诉，案号（2025）民初{code}号，请三日内督促其还款，否则将查封您名下房产 {url}', senders: AGENCY, links: ['none', 'shortener'] },
  { label: 'harassment', text: '{person}您好，您的欠款已转交律师事务所，我们将于近期向您单位人事部门和直系亲属寄送律师函，并通知单位财务扣发您的工资', senders: ['official_hotline', 'unknown_landline', 'mobile'] },
  { label: 'harassment', text: '{sig}您已逾期47天，除本金利息外需另行缴纳催收服务费800元及上门费500元，今日未缴将安排外访人员前往您户籍地', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '你这钱还不上就去{other}那边再借一笔，借出来先还我们的，不然今晚就给你通讯录所有人打电话', senders: AGENCY },
  { label: 'harassment', text: '[公司群截图] 各位同事好，我是{name}的，你们部门的{person}欠款不还，请大家转告他尽快处理，也提醒大家注意和此人的经济往来', senders: PASTE },
  { label: 'harassment', text: '你是{person}的女儿吧？你爸欠了我们三万多不还，你都上大学了该懂事了，赶紧劝你爸还钱，不然我们就去学校找你辅导员', senders: AGENCY },
  { label: 'harassment', text: '我是经侦大队的，你在{name}的借款涉嫌恶意透支诈骗，已经立案，今天下午五点前在App里还清可以撤案，不然明天上门拘传', senders: AGENCY },
  { label: 'harassment', text: '[来电转写] 大爷，您儿子借钱不还，您这么大岁数也不想他坐牢吧？您有退休金吧，先替他还一部分，我们就不去您家楼下贴告示了', senders: AGENCY },
  { label: 'harassment', text: '再不还款，我们就把你的身份证照片和欠款信息做成海报发到你老家的村民群，让你爸妈在村里抬不起头', senders: AGENCY },
  { label: 'harassment', text: '你老婆在{name}欠钱不还你知不知道？你们两口子一起躲是吧？明早八点前不还，我们给你们俩单位都打电话', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: 'This is collections for {name}. Your son owes {amt}. If he does not pay today we will call your neighbours and your church and tell them what kind of family you are.', senders: AGENCY, en: true },
  { label: 'harassment', text: '{name} collections: you have missed 3 payments. We call you at night because you ignore us in the day, and we will keep calling every night until you pay.', senders: COLLECTOR_OWN, en: true, hours: [23, 0, 1] },
  { label: 'harassment', text: '{sig}尊敬的{person}家属：您的亲属在我司借款{amt}元已逾期90天，请您督促其尽快还款，也可代为偿还至{app}。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '[通话记录] 今天第11次来电：你不接是吧？我换号继续打，今天打满五十个，打到你接为止', senders: AGENCY },
  { label: 'harassment', text: '[微信语音转文字] 你妈今天在菜市场我看见了 你要再不还钱 下次我就当着街坊的面跟她好好说说她儿子干的好事', senders: AGENCY },
  { label: 'harassment', text: '【律师函】致{person}的直系亲属：受{name}委托，您亲属的欠款已逾期，我所将于{date}申请冻结其本人及家庭财产，请于收到本函24小时内代为还款，联系电话{phone}', senders: MIXED },
  { label: 'harassment', text: '{person}，我是{name}的催收员，你女儿的幼儿园在哪我已经知道了，下午放学我去门口等她，你自己看着办', senders: AGENCY },
];

export const BLIND25B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
