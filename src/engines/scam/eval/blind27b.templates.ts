/**
 * BLIND27 held-out bank, second part: fraud and harassment. Written with blind27.templates.ts by
 * the same independent (thirty-fourth) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: those of blind25b.templates.ts (rules 1 to 11 and the harassment rule, in that
 * order), which this author read and follows. Additions for this bank's theme (students and
 * young people online), applied within those rules:
 * (a) A fake 辅导员, 导员, 导师, 班长, 社长 or room-mate — or a "new QQ / new WeChat" of one — asking
 *     money, a card number or a code is `impersonating_acquaintance` (rule 4), also when the bait
 *     is a scholarship place, a 勤工俭学 post or a 教材费 that skips the school's 缴费 platform.
 * (b) A fake 教育局, 学生资助 office of a government, 公安, 网警, 检察院, 税务 or immigration body is
 *     `impersonating_authority` (rule 3), also when the threat is "we will tell your school".
 * (c) A fake 助学贷款, student loan, 毕业 "安家贷" or 助学金 advance that wants a fee first is
 *     `fake_loan` (rule 6); "注销校园贷", 学信网 "借贷异常" and 征信 fixes for 考公 / 背调 are
 *     `fake_credit_repair` (rule 7).
 * (d) Second-hand trades: a game account, skin, 点券 or 代练 is `game_trading` whatever the voice
 *     (rule 5 wins); a fake platform 客服 or "platform page" telling the seller to pay a 保证金 to
 *     receive money is `fake_customer_service` (rule 8); a seller who takes money off-platform
 *     and never ships (tickets, merch, a used iPad, a pet) is `fake_shopping` (rule 10), and so
 *     are exam answers, 押题, 代写 and 保过 sold for money.
 * (e) Jobs: 点赞, 刷播放, 打榜, 好评 and 垫付 tasks are `brushing_rebate`; a job, internship,
 *     livestream contract or 科研助理 post that wants a 培训费, 押金, 体检费 or 包装费 with no task
 *     to do is `other` (rule 11), as are contest prizes with a fee, fake charity pleas from
 *     strangers and sextortion.
 * (f) An online match, 网恋 partner or 陪玩 who wants money for himself or herself — gifts in an
 *     app, a ticket, a platform "保证金", an investment or a gambling "bug" — is `romance` (rule 2).
 * Harassment as in blind25b; here the third parties are mostly the school: 辅导员, 学工处, 教务处,
 * the class or year group, room-mates, the 表白墙, the internship employer and home villages.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and throwaway numbers used by scammers. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** One person on a mobile or MVNO number. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Fake hotlines and desk lines. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Numbers dressed up as official ones. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Chat exports, call transcripts and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** A QQ / WeChat chat pasted, or the same person texting from an MVNO number. */
const CHAT: Template['senders'] = ['none', 'virtual', 'mobile'];
/** Abroad, or pretending to be. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** A registered lender's own port or hotline. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** Collection agencies and their staff. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Links: downloads. */
const APK: Template['links'] = ['apk'];
/** Links: lookalike and shortened. */
const LOOK: Template['links'] = ['lookalike', 'shortener'];
/** Links: throwaway domains, IPs and shorteners. */
const JUNK: Template['links'] = ['random', 'shortener', 'ip'];
/** Evenings. */
const EVENING = [19, 20, 21];
/** Late night. */
const LATE = [22, 23, 0, 1, 2];
/** Night and early morning, outside 08:00–22:00. */
const NIGHT = [22, 23, 0, 6, 7];

const FRAUD: Template[] = [
  // —— brushing_rebate: 点赞, 种草, 刷播放, 打榜, 好评返现 ——
  { label: 'fraud', type: 'brushing_rebate', text: '[QQ群] 招校园推广大使💰 每天躺在宿舍刷刷手机就行 给指定抖音视频点赞+关注 一个3元 日结不拖 宝子们扫码进群领第一单→{url}', senders: BULK_BAD, links: JUNK },
  { label: 'fraud', type: 'brushing_rebate', text: '同学你好，我是做小红书种草推广的，帮店铺收藏+加购一单佣金8块，前三单直接返到你微信。第四单开始是“连单任务”，要先垫付{amt}元，做完本金加三成佣金一起返，要不要试试？', senders: PERSONAL },
  { label: 'fraud', type: 'brushing_rebate', text: '[聊天记录] 导师：前面三单都返你了吧？现在系统给你派了个组合单，三笔一起做完才能提现，差的钱先找室友借一下，做完马上连本带利退。\n我：可我已经垫了四千多了…\n导师：卡单了哦，不做完之前的钱都提不出来', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: 'B站UP主涨粉兼职：帮新视频刷播放、一键三连，每100个三连结算20元。先下载任务App {url} 注册，首单需充值99元激活任务账户，佣金随时可提现', senders: BULK_BAD, links: APK },
  { label: 'fraud', type: 'brushing_rebate', text: '【暑假工】大学生在家就能做！电影票房打榜任务，投一次票返佣15%，本金秒回。先进群看看别人晒的收益截图，名额有限今晚截止 {url}', senders: BULK_BAD, links: JUNK },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 学妹你那个点赞任务做到第几单了 我跟你说接待让你充五千那一步一定要做 我上次做完一次返了七千多 你就当投资一下嘛 别跟导员说啊 学校不让做这个', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'brushing_rebate', text: 'Hi! We are hiring part-time remote reviewers for online store listings. Rate products from your dorm and earn 50-300 USD a day. Starter tasks pay instantly; advanced tasks need a small deposit that comes back with commission. Message our mentor on Telegram: {url}', senders: OVERSEAS, links: ['shortener', 'random'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '抖音直播间助力：进直播间挂机20分钟、点赞满一千、发指定弹幕，一场结35元。先加接待QQ领“助力卡”，助力卡要自费买198元，做满三场全额报销', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '外卖好评返现兼职～在外卖平台给指定商家下单、写五星带图好评，餐费+佣金一小时内返。连续做满十单升VIP，可以接垫付金额更大的“商家冲量单”，佣金翻倍哦', senders: PERSONAL },
  // —— fake_investment: 学长带单, 虚拟币, 数字藏品, 外汇, 校园理财 ——
  { label: 'fraud', type: 'fake_investment', text: '学长带你赚第一桶金📈 大学生专属量化跟单群，AI自动交易，每天收益3%-8%，我本人靠这个赚出了两年学费。500起投，先小额试试，平台入口 {url}', senders: PERSONAL, links: ['random', 'ip'] },
  { label: 'fraud', type: 'fake_investment', text: '[私聊] 我是你们学院毕业的学长，现在在券商实习，手里有个数字藏品首发的内部名额，上线当天至少翻五倍，只给学弟学妹留的。你拿生活费先冲一千，错过这波就没了', senders: CHAT },
  { label: 'fraud', type: 'fake_investment', text: '同学你好，你报的考研课程赠送了一门“学员专属财商课”，老师每晚直播带大家买币，昨天群里好多人收益四成。下载这个交易App {url}，我发你邀请码', senders: BULK_BAD, links: APK },
  { label: 'fraud', type: 'fake_investment', text: '[来电转写] 您好，这边是“青年创业扶持基金”，国家支持大学生创业，只要认购五千元基金份额，每月固定分红八百，毕业还优先推荐就业……对，直接打到我们项目经理的账户就行', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_investment', text: '你上次不是说想攒钱换电脑嘛，我表姐在做外汇，跟着她的老师操作，一周赚了她半年工资，我已经投了三千。老师说这周是窗口期，下周就不带新人了，你要不要一起', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '【校园理财】学费贷不如自己赚！一元起投“学霸宝”，年化18%，保本保息随存随取，邀请同学注册再得现金奖励，新人送88元体验金 {url}', senders: BULK_BAD, links: JUNK },
  { label: 'fraud', type: 'fake_investment', text: '[微信群] 助教：今天带大家上车的这个币已经涨了62%，还没进的同学抓紧！群里大部分学员都是在校生，本金不够的可以先用分期提现进来，下个月就回本了', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: "Hey, it's Jason from the exchange students mixer last week! My uncle runs a crypto arbitrage desk and just opened 5 student slots, guaranteed 20% a month. Deposit USDT to the wallet on this page and I'll add you to the dashboard: {url}", senders: OVERSEAS, links: ['random'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '恭喜获得“Z世代财商训练营”免费名额！三天教你用闲钱做短线，结营后导师一对一带单，收益稳定覆盖生活费。开营前需缴纳999元学习保证金，结营即退，报名页 {url}', senders: BULK_BAD, links: ['unknown_legit', 'shortener'] },
  // —— fake_loan: 学生借款, 假助学贷款, 解冻金, 验资, 会员费 ——
  { label: 'fraud', type: 'fake_loan', text: '【大学生专享】凭学生证就能借，无抵押免征信，最高5万，3分钟到账，不查学信网、不通知家长 {url}', senders: BULK_BAD, links: ['apk', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您的生源地助学贷款已审核通过，但系统检测到您银行卡流水不足，需先转入3000元验证还款能力，验证完成后与贷款一并到账，请今天内办理。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '[聊天记录] 客服：您的借款已放款，但您填写的银行卡尾号{tail}与身份证信息不一致，资金已冻结。需缴纳解冻金{amt}元，解冻后借款和解冻金一起打到您卡上。', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '你好，看到你在表白墙发帖说急需钱交考研报名费和住宿费，我这可以帮学生办小额借款，不看征信。不过要先交600“包装费”，帮你把资料做漂亮点，放款更快', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 喂您好，这边是{name}信贷部，看到您在我们这有两万的预授信额度，学生也能用。不过您是在校生，要先充1999元会员费提升信用分，充完马上放款，会员费下个月退回', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '同学，你的毕业季“就业安家贷”8万元已批准，年利率1.8%。放款前需在App内购买一份借款保险，保费{amt}元，放款时一并退回。下载：{url}', senders: BULK_BAD, links: ['apk', 'ip'] },
  { label: 'fraud', type: 'fake_loan', text: '[语音转文字] 喂同学 你那个额度已经批下来了啊 就是你流水不够 得先往你自己卡上存两千做个验资 存完截图发我 我这边马上放 这钱还是你自己的放心', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '助学金预支服务：每学期的助学金可提前预支到账，只需学号和身份证照片。预支收取服务费200元，到账后自动从助学金里扣回。联系学姐进群 {url}', senders: CHAT, links: ['shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '您的借款申请因“在校学生身份”被风控拦截，可开通绿色通道解除，开通费680元，开通后当天放款。本通道仅限今日，过期作废。', senders: BULK_BAD },
  // —— fake_customer_service: 会员自动续费, 外卖赔付, 二手平台保证金, 退票退款 ——
  { label: 'fraud', type: 'fake_customer_service', text: '【会员服务中心】您开通的视频会员“学生专享包”将于今日自动续费，每月扣款{amt}元。如非本人操作，请尽快致电客服{phone}取消，否则将持续扣费。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是外卖平台的售后客服，您昨天点的那家店被查出食品安全问题，我们按三倍给您赔偿。麻烦您打开支付宝，找到“备用金”，按我说的先借出来，赔偿款才能原路打回去', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '你好，我是二手平台的官方客服，买家已经付款，但你的账户没有开通“诚信交易保障”，货款被冻结了。需扫码缴纳{amt}元保证金激活，激活后货款和保证金一起到账：{url}', senders: PERSONAL, links: LOOK },
  { label: 'fraud', type: 'fake_customer_service', text: '亲，您在本店买的四六级真题资料包快递丢件了，我们给您办理双倍理赔～请加理赔专员QQ，按指引打开屏幕共享核对一下您的收款账户哦', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的学生认证已过期，系统将按普通用户标准收取年费{amt}元。如需保留学生优惠，请于今日登录 {url} 重新认证。', senders: BULK_BAD, links: ['lookalike', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[聊天截图] 客服小美：同学您好，您买的演唱会门票因主办方取消，退款需要本人操作哦。请下载“云会议”，输入会议号后点共享屏幕，我一步步教您领退款～', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这边是快递理赔中心，您寄回家的一箱书和台灯在转运时损坏，我们按价值三倍赔付。请提供您的支付宝账号，并把稍后收到的验证码告诉我用于确认理赔。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: 'Campus Bookstore Support: your textbook order was charged twice. To receive the refund, verify your card on our secure page {url} and reply with the 6-digit code you receive.', senders: BULK_BAD, links: LOOK, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 同学你好，我是网课平台的客服，你之前报的考研课被系统误开成了代理商，每个月要扣两千代理费。现在帮你取消，你先看一下名下有没有借呗、网商贷的额度……', senders: FAKE_LINES },
  // —— impersonating_authority: 公安 / 检察院 / 网警 / 教育局 / 税务 / 出入境 ——
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 我是市公安局刑侦支队的民警，你名下一张银行卡涉嫌给电诈团伙洗钱，现在对你立案调查。你是学生，我们暂时不通知学校，但你必须配合资金清查，把卡里的钱转到国家安全账户，这件事不准告诉辅导员和家人', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【检察院通知】{person}，你涉嫌出借银行卡帮助信息网络犯罪活动，案件编号XJ2025-0613。请于今日登录 {url} 查看逮捕令并缴纳取保候审保证金，逾期将通报你所在学校。', senders: BULK_BAD, links: ['ip', 'lookalike'] },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是国家网络安全监察中心，监测到你的校园网账号在境外网站传播违法信息，已纳入调查。请立即下载“警民通” {url} 并开启屏幕共享配合核查，否则将影响你的毕业证和学位证发放', senders: OFFICIALISH, links: APK },
  { label: 'fraud', type: 'impersonating_authority', text: '[视频通话转写] 看到我警服和警官证了吧？你的身份证被人冒用在外地注册了公司，牵扯一起两百万的洗钱案。你现在找个没人的房间，视频不要挂，把你所有银行卡号和余额都报给我核对', senders: PASTE },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，这里是市教育局学生资助科。你的国家助学金被系统判定为重复领取，属于违规，须在今天内退回{amt}元到指定的监管账户，否则追回全部资助并记入个人档案。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 喂，{person}吗？我是出入境管理局的，你的护照信息被人拿去办理非法出境，你申请的交换签证暂时冻结。这事要移交公安，我现在给你转接，转接后按警官要求交保证金就能解冻，别挂……', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务稽查】您在校期间的兼职收入未依法申报个人所得税，已产生滞纳金，请于24小时内点击 {url} 补缴，逾期将影响您的征信及考公政审。', senders: BULK_BAD, links: LOOK },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音转文字] 同学你别紧张 我们是网警 你用学校机房的电脑下过盗版软件 里面的病毒在传播 现在要做数据取证 你把手机收到的验证码报一下 我们远程清除 不配合就直接去学校找你', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is the Immigration Enforcement unit. Your student visa has been flagged in a money-laundering investigation. Do not inform your university. Move your funds to a safe custody account for verification today or your visa will be cancelled. Call back {phone}.', senders: OVERSEAS, en: true },
  // —— fake_credit_repair: 注销学生分期, 消除逾期, 学信网 "借贷异常", 考公背调 ——
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转写] 喂，是财经学院的{person}吧？你大二在我们这开的“学生白条”额度还挂着，新规出来了，在校期间的网贷额度一律清零，不然算不良记录，以后考公政审这关就过不去。待会儿我加你QQ，一步一步带你弄', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '应届生注意！！征信有逾期会被国企、银行校招一票否决。本工作室可帮你消除网贷逾期记录，三个工作日见效，先付一半定金，不成功全额退 {url}', senders: BULK_BAD, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[聊天记录] 客服：同学，注销申请已经帮你提交了，但账户里还剩两万额度，需要先借出来转到我们的监管账户“核销”，核销完原路退还。\n我：我借了两个平台才凑够，转过去什么时候能退？', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '学籍异常提醒：系统检测到您名下关联一笔未结清的“校园借贷”，将同步至个人征信并影响毕业证领取。请于{date}前联系专员{phone}办理注销。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '我是你们学校附近那家法律服务所的，处理过很多学生的征信问题。你那笔网贷逾期我们可以去跟平台谈“征信修复”，服务费按逾期金额的20%收，今天签约打七折', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音转文字] 哎你好 是快毕业的{person}吧 我们是征信中心合作机构 你有个校园贷账户没销 入职背调一查就出来了 你就按我说的把额度取出来转过来 我们这边操作完当天就销掉', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用服务中心】您名下有3个大学期间注册的借贷账户，按最新监管要求须于本周内关闭，未关闭者将按不良记录上报。关闭通道：{url}', senders: BULK_BAD, links: ['lookalike', 'ip'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微信] 学长我跟你说个事 有人打电话说我大一注册的那个分期App要注销 不然影响征信 我已经按他说的在三个App上借了一万五转过去了 他说再转五千才能彻底清掉 你能先借我五千吗 下个月还你', senders: CHAT },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Hi, this is the credit bureau student desk. Our records show an unclosed campus loan account opened under your ID in your first year. It will fail your graduate job background check. Join the meeting {url} and share your screen so we can close it today.', senders: OVERSEAS, links: ['shortener'], en: true },
  // —— fake_shopping: 演唱会票, 饭圈周边, 四六级答案, 二手转账, 押题, 代写, 宠物 ——
  { label: 'fraud', type: 'fake_shopping', text: '出两张周末演唱会内场票，原价转，临时有考试去不了。平台手续费太高了，咱们直接微信转账，先付五百定金我就给你留着，票面截图私发你', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '【饭圈福利】哥哥同款应援手幅+亲签拍立得限量预售，姐妹们冲！官方渠道已售罄，我们是后援会内部渠道，全款预定，三十天内发货 {url}', senders: BULK_BAD, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '四六级答案📝 考前两小时发 准确率99% 已经帮几百个学长学姐过了 定金88 出分后再付尾款 不过全退 进群 {url}', senders: BULK_BAD, links: ['shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '[二手群私聊] 卖家：这台iPad去年买的，99新，学生自用转让，2200包邮。走平台要扣手续费，你直接转我支付宝吧，我今天就发顺丰，单号马上给你。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '考研押题班：命题组老师的内部资料，考前一周发，不中退款。原价4999，限时学生价1280，付款后拉你进内部群，微信扫码付款即可。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_shopping', text: '毕业论文代写+查重保过，本硕博都接，知网查重低于10%，先付全款，不过包改到过。加导师QQ→{url}', senders: BULK_BAD, links: ['random'] },
  { label: 'fraud', type: 'fake_shopping', text: '[语音转文字] 宝你要的那个限定版手办我这有现货 原价一千二 我八百出你 你先转我一半我明天就寄 咱们学校二手群里好多人都跟我买过 放心', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: 'Selling my MacBook Air before flying home after the exchange semester, 450 USD, like new. It is already packed, so please send the payment first by bank transfer and I will ship it tomorrow. Reply fast, lots of people are asking.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '学生党福利 免费领养布偶猫🐱 三个月大 疫苗驱虫都做了 只需承担航空托运费680元 到了以后笼子押金还能退 先加我微信看视频', senders: PERSONAL },
  // —— impersonating_acquaintance: 假辅导员, 假班长, 假室友, 假导师, 新号 ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 我是辅导员王老师，这是我的小号。学院有两个国家励志奖学金的补评名额，我帮你争取到一个，需要先交1200元材料审核费，转到我私人卡{acct}，先别在班群里说，名额有限', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[班级群] 班长：各位同学，学院通知本学期教材费每人{amt}元，因为缴费平台在维护，这次统一扫我发的个人收款码，今天下午五点前交齐，过时不候。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机掉水里了，这是室友的号。考研辅导班报名费3800今天最后一天，你直接转到报名处老师的卡{acct}吧，我晚点借室友手机给你回电话', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 哥们是我老张，换微信了旧号被盗了。实习单位扣了我工资，急需两千交房租，明天发工资就还你。你先转这个号，别打语音，我在开会', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 学姐在吗？我是社团的小林，帮社长统计这次团建费用，每人268。QQ转账限额了，你直接打到社团公账{acct}吧，社长说今天必须收齐', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[来电转写] 阿姨您好，我是您儿子的室友，他打篮球摔伤了在医院，手机也摔坏了。医生说要先交八千押金才能做手术，您先转到我卡上，我帮他去交', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '导员通知：以下同学今晚十点前私聊我登记勤工俭学岗位，岗位需交300元工服押金，直接转我个人微信，岗位少先到先得。', senders: CHAT, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 喂宝贝是我呀你表姐 我在国外交换这边手机卡出问题了 你先帮我给房东转一万二的房租 账号我发你 下周我妈就还你 先别跟姨妈说', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 我是你导师，在外地开会。有个项目评审要给评委表示一下，我不方便出面，你先帮我转两万到这个账户{acct}，回来就还你，这事别跟其他同门说', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Hi, it's Prof. Miller from the exchange office. I'm stuck in a conference and need you to buy four 100 USD gift cards for the scholarship awardees. Email me the codes and I'll refund you tonight. Please keep this between us for now.", senders: OVERSEAS, en: true },
  // —— game_trading: 账号, 皮肤, 点券, 代练, 送号 ——
  { label: 'fraud', type: 'game_trading', text: '王者V8号出 全皮肤 国服李白 学生急用钱1500出 不走交易平台 走平台要扣两成 你先付一半我就换绑给你', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '原神零氪送号！关注+转发后私信我领取，领号前要先付5元“防封费”，拿到账号记得改密码哦 {url}', senders: BULK_BAD, links: ['shortener'] },
  { label: 'fraud', type: 'game_trading', text: '[二手平台私聊] 买家：你这个号我要了，平台标价太低你亏了，咱们去这个交易网站 {url} 成交，那边资金由平台托管，你先注册充个保证金就能收款', senders: PASTE, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'game_trading', text: '和平精英M416冰霜皮肤内部渠道0.1折！充99得原价6480点券，联系客服QQ，支付后30分钟到账，名额只限今晚', senders: BULK_BAD, hours: EVENING },
  { label: 'fraud', type: 'game_trading', text: '[语音转文字] 兄弟 你那号我帮你代练到星耀了 但打的时候被系统判异常 要交三百解封费才能解 你转我 我去找官方的朋友弄 不然号就废了', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '你在游戏里挂的那把金色皮肤我已经下单了，钱打到交易平台了，可平台说你是新手账户，要先交300保证金验证身份才能提现，客服入口：{url}', senders: PERSONAL, links: ['lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '蛋仔派对、第五人格代充点券 比官方便宜三成 学生党专属 先付款后到账 不到账双倍赔', senders: BULK_BAD },
  { label: 'fraud', type: 'game_trading', text: '看到你在群里收英雄联盟账号，我这有个钻石段位的号，一百八十个皮肤，八百卖你。你先付钱我再给账号密码，换绑要等七天，放心我就是隔壁宿舍楼的', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: 'Selling a Steam account with CS2 knife skins worth 2000 USD for only 300. Payment by gift cards only, no PayPal. Add me on Discord, first come first served: {url}', senders: OVERSEAS, links: ['random'], en: true },
  // —— romance: 网恋, 交友软件, 陪玩, 杀猪盘 ——
  { label: 'fraud', type: 'romance', text: '[聊天记录] 他：宝贝，我在新加坡的项目快结束了，回国就去你学校找你。这边有个海外理财平台是我舅舅内部的，你先投一点，赚了给你买生日礼物。\n我：可我只有生活费…\n他：两千就够，我带你操作', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '小哥哥你好呀～我是隔壁学校大三的，在交友软件上刷到你觉得很有眼缘😊 我家里出了点事，手机马上要停机了，能不能先帮我充两百话费，周末请你吃饭呀', senders: PERSONAL, hours: LATE },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 亲爱的 你不是说想见面吗 我买了去你那的机票 但我银行卡被冻结了 还差一千六 你先帮我垫一下 见面就还你 我真的好想你', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[陪玩App] 小姐姐：想听我唱歌的话，先在App里给我刷个“告白城堡”嘛，520块，刷了我就加你微信，以后每天陪你打游戏～', senders: PASTE, hours: LATE },
  { label: 'fraud', type: 'romance', text: '宝宝 我妈住院要交三万手术费 我已经凑了两万 还差一万 你能不能先用花呗借呗帮我凑一下 等我工资下来第一个还你 我发誓', senders: PERSONAL, hours: LATE },
  { label: 'fraud', type: 'romance', text: 'My love, I am a doctor with the UN mission abroad. I have a box with my savings that I want to send you so we can start our life together, but the customs agent needs a clearance fee of 800 USD. Please help me, I will pay you back the day I land.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '学妹你好，我是你们学校毕业的学长，在外企做程序员，看到你在表白墙的照片就很喜欢。聊了这么多天想给你个惊喜：我发现一个博彩网站有漏洞，稳赚不赔，你注册一下我教你下注，赢的都归你', senders: PERSONAL },
  { label: 'fraud', type: 'romance', text: '[聊天记录] 我：你说见面前要交的“安全保证金”真的会退吗？\n对方：放心宝贝，这是交友平台的规定，怕有人骗我们女生。你交888我们就能线下见面啦，见完面平台自动退给你', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 老公 我在澳洲读研 信用卡被盗刷了 学费马上截止 你先帮我转五万到学校指定账户 账户我发你微信 等我爸打钱过来马上还你 别跟你妈说', senders: OVERSEAS, hours: LATE },
  // —— other: 培训费, 押金, 比赛奖金, 假募捐, 裸聊敲诈, 抽奖 ——
  { label: 'fraud', type: 'other', text: '【校园招聘】恭喜您通过{other}2026届管培生终面。入职前须参加岗前培训，培训费2980元，入职满三个月后随工资返还。请于{date}前缴至人事专员提供的账户，培训安排见 {url}。', senders: BULK_BAD, links: ['unknown_legit', 'random'] },
  { label: 'fraud', type: 'other', text: '招聘在家打字员，大学生优先，每千字50元，日结。入职先交198元资料押金和保密协议费，做满一个月退还，有意者加QQ详聊。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '恭喜您的短视频作品入选“全国大学生短视频创作大赛”决赛，奖金两万元。领取前需缴纳个人所得税及公证费共860元，请联系组委会{phone}。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[聊天记录] 对方：视频我已经录下来了，你QQ好友列表和你们班群我也截了。两小时内转五千到这张卡，不然就发给你辅导员和全班同学', senders: PASTE, hours: LATE },
  { label: 'fraud', type: 'other', text: '高校实验室招暑期远程科研助理，每月补贴三千。录用后需自购实验耗材包590元，由学生先行垫付，一个月内报销。扫码填写申请表即可。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[来电转写] 你好，我是{other}人力资源部的，恭喜你通过实习生面试。入职要办工资卡和体检，体检统一在我们合作机构做，费用368，你先转给我，我帮你预约', senders: FAKE_LINES },
  { label: 'fraud', type: 'other', text: '[年级群转发] 紧急求助！！我们学院大二学妹确诊白血病，家里是农村的已经掏空了。筹款平台要抽成，大家直接转她爸爸的卡{acct}，能帮一点是一点，我已经捐了两百', senders: PASTE },
  { label: 'fraud', type: 'other', text: '【年终抽奖】恭喜您获得二等奖：笔记本电脑一台！请在24小时内点击 {url} 填写收货信息，并支付129元运费及保价费。', senders: BULK_BAD, links: ['shortener', 'random'] },
  { label: 'fraud', type: 'other', text: '大学生兼职网络主播，经纪公司签约包装，月入过万不是梦。签约前需交2800元形象包装费和设备押金，公司负责培训和流量扶持。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: 'Congratulations! You have been selected for the Global Youth Leadership Summit in Geneva with a full scholarship. To secure your place, pay the 250 USD registration fee within 48 hours at {url}.', senders: OVERSEAS, links: ['random'], en: true },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '{person}，你在我们平台借的{amt}元已经逾期五天了。再不还，我们就把你的借款信息发到你们学院年级群，顺便给你辅导员打个电话，让全校都知道你是老赖', senders: AGENCY },
  { label: 'harassment', text: '[来电转写] 您好，是{person}的辅导员吗？你们学生在我们这欠钱不还，你当老师的是不是该管管？今天下午她再不还，我就寄一封律师函到你们学院办公室', senders: AGENCY },
  { label: 'harassment', text: '你手机通讯录我们已经拿到了，室友、爸妈、高中同学一共两百多个人。今晚十二点前不还钱，每个人都会收到一张你的借款合同和身份证照片', senders: AGENCY, hours: LATE },
  { label: 'harassment', text: '【法务部】你在{name}逾期借款的律师函已生成，将于明日寄到你学校宿舍和户籍地，同时抄送学校保卫处。今日还款可撤回。', senders: ['unknown_port', 'virtual'] },
  { label: 'harassment', text: '都几点了还装睡？你那笔{amt}今天必须还，不还我每隔半小时打一次，打到你宿舍所有人都知道为止', senders: AGENCY, hours: LATE },
  { label: 'harassment', text: '{sig}您好，您在{name}的借款已逾期，我们已联系您的紧急联系人及您所在学校学工处，请尽快还款，以免影响您的学业。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '不还也行，我们有的是办法。你们学校南门那家奶茶店我们的人天天都在，看你能躲几天', senders: AGENCY },
  { label: 'harassment', text: '[班级群] 大家好，我是{name}的工作人员。群里的{person}在我们平台借款逾期不还，已被列入失信名单，请同学们转告他尽快处理，和他有经济往来的注意风险。', senders: PASTE },
  { label: 'harassment', text: '你爸电话打不通，那就找你。他在我们这借了三万多，你都上大学了赶紧让他还，不然我们就给你学校发函，说你家是老赖，看你还怎么评奖学金、入党', senders: AGENCY },
  { label: 'harassment', text: '同学，你这笔逾期每天加收300元催收服务费，现在已经累计两千七了，今天不还明天就翻倍，自己算算', senders: AGENCY },
  { label: 'harassment', text: '还不上就去别的App借一笔，我给你推个口子，当天就下款，先把我这边结清。不然明天我就上门去学校找你', senders: AGENCY },
  { label: 'harassment', text: '[来电转写] 我们是人民法院执行局的，你在{name}的借款纠纷已经立案，传票明天送到你们学校。今天下午三点前把欠款结清到{name}，可以帮你撤诉。', senders: ['unknown_landline', 'virtual'] },
  { label: 'harassment', text: '你的照片我们已经P好了，今晚就发到你们学校表白墙和贴吧，标题就叫“欠钱不还的女大学生”，你自己想清楚', senders: AGENCY, hours: LATE },
  { label: 'harassment', text: '[语音转文字] 你再不接电话试试 明天我就去你们学校教务处 让学校给你记处分 毕业证你别想拿了 你那个室友的电话我也有', senders: AGENCY },
  { label: 'harassment', text: '你好，你同学{person}在我司有一笔欠款，我们联系不上他，麻烦你转告他今天必须还清{amt}元，不然后果自负。你们一个宿舍的，你也跑不掉', senders: AGENCY },
  { label: 'harassment', text: '【催收通知】你已被列为重点催收对象，即日起启动“上门+学校+家庭”三方联动，外访人员将于本周进入你所在校区。', senders: ['unknown_port', 'virtual'] },
  { label: 'harassment', text: '姐你好，你弟在我们这借的钱逾期了，他说他没钱。你当姐姐的替他还了吧，不然我们天天往你单位打电话', senders: AGENCY },
  { label: 'harassment', text: '{sig}{person}，您买手机办的学生分期这期已经拖了七天，今天之内务必在{app}还上，有问题打{hot}。', senders: COLLECTOR_OWN, hours: [23, 0, 1, 5, 6] },
  { label: 'harassment', text: '你实习的那家公司我已经查到了，HR的电话也有。今天不还，明天我就打过去，让你转正之前先出个名', senders: AGENCY },
  { label: 'harassment', text: '是不是觉得学生没人管得了你？你们村口小卖部老板我都联系好了，过年回家让全村人看看你在外面干的好事', senders: AGENCY },
  { label: 'harassment', text: '给你发的律师函收到了吧？盖的是律师事务所的章，明天就起诉。到时候学籍档案里都会留记录，考研考公都没戏了', senders: AGENCY },
  { label: 'harassment', text: '[微信] 你的欠款截图我们已经发到你高中同学群了，想让我们撤回就先还一半，不然你大学的群也一样', senders: ['none', 'virtual'] },
  { label: 'harassment', text: 'Final notice on your overdue student installment loan. We have already contacted your university international office and your host family. If you do not pay today, your passport copy will be sent to your classmates.', senders: ['foreign', 'virtual'], en: true },
  { label: 'harassment', text: '[语音转文字] 睡了没 没睡就听好 明天早上八点前钱不到账 我就把你手持身份证的照片和欠条发到你们专业群', senders: AGENCY, hours: LATE },
  { label: 'harassment', text: '{sig}{name}提示：您的借款已严重逾期，我司将委托第三方上门催收，并向您的学校、家人通报逾期情况，产生的上门费用由您承担。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '喂，你爸在不在？我是他借款的平台。他不还钱你们做子女的就要还，你下学期学费先别交了，先把这个还上', senders: AGENCY, hours: NIGHT },
];

export const BLIND27B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
