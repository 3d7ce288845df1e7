/**
 * BLIND13 held-out bank, second part: fraud and harassment. Written with blind13.templates.ts by
 * the same independent (eighteenth) author in session 7 (2026-12-02); see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here. A victim's own message retelling a scam (typed, dictated with
 * homophone slips, or a neighbour's account of a door-to-door pitch), and a forwarded "is this
 * real?" with the original quoted, are labelled by the scam; a warning about a scam written by a
 * neighbour, relative or the police is normal (blind13.templates.ts). Credit cards: a caller or
 * SMS posing as the card issuer itself (a "提额专员", an annual-fee "cancellation", a freeze) is
 * `fake_customer_service`; an independent agent who offers 代还, 套现, 大额信用卡代办 or 代办提额
 * and takes card details or a fee first is `fake_loan` (the offer is credit); "征信洗白" after a
 * card was cut is `fake_credit_repair`. POS terminals: a "free POS" that needs a 押金 is
 * `fake_shopping`; a text posing as the acquirer demanding a "费率锁定" login is
 * `fake_customer_service`. Private lending: a fake IOU platform's "账户冻结 / 解冻金" and an
 * unregistered app advertising 砍头息 or 714 loans (7-day terms, a third kept back, 展期) are
 * `fake_loan`; a 借条 "失信名单" removal for a fee is `fake_credit_repair`; the collectors of such
 * loans demanding 逾期费 or 展期费, threatening, or messaging others are harassment. Energy and the
 * home: "零投资装光伏", shared solar plants, charger franchises, 旅居康养 memberships, 军工 原始股 and
 * a "计划彩" tutor promising steady profit are `fake_investment`; a 光伏 loan that charges a
 * "征信保证金" first is `fake_loan`; a fee to "apply for" a 光伏 subsidy is `other`;
 * door-to-door water tests, gas "inspectors" who sell hoses and alarms, charger installs paid to a
 * personal code are `fake_shopping`; a fake gas or charging company about a bill or a card balance
 * is `fake_customer_service`. Children: a fake teacher, tutor or grandchild is
 * `impersonating_acquaintance`; free skins, cheap 代充, account sales and "frozen" trade payments
 * are `game_trading`; a fake game or online-class refund desk, a smartwatch "auto-renewal" are
 * `fake_customer_service`; paid votes or reviews for a school or a game are `brushing_rebate`;
 * fake camps and uniform sellers are `fake_shopping`; a fake 教育局 refund is
 * `impersonating_authority`. Tourism: 零团费 tours, "内部" tickets, hotel rooms paid to a person and
 * private tours paid in advance are `fake_shopping`; a fake guide on a new number is
 * `impersonating_acquaintance`; a fake 文旅局 refund is `impersonating_authority`; a fake hotel or
 * insurer refund desk is `fake_customer_service`. The military: a fake 征兵办, 退役军人事务局 or
 * "部队采购" officer (a state body) is `impersonating_authority`; a fake comrade or a soldier son on
 * a new number is `impersonating_acquaintance`; a "soldier", "officer" or lover who asks for
 * money for love or leads to investing or betting is `romance`. Gambling and sextortion: a
 * betting site's withdrawal "稽核费" or tax, a hacker who will "recover" gambling losses, 裸聊
 * extortion and the app that lures into it are `other`. A collector — even a registered lender's
 * own line — who adds the debtor's friends to a group, messages a child's smartwatch, the tour
 * group, the solar installer, the veterans' group or the child's teacher, threatens a 借条
 * "失信名单" push to contacts, charges 逾期费 / 展期费, calls before 08:00 or after 22:00, rings more
 * than six times, threatens violence or a school visit, insults, poses as a court, or pushes a new
 * loan is harassment, even when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 3, 5, 7];
/** Early-morning contact, before 08:00. */
const DAWN = [5, 6, 7];
/** Group posts, screenshots, retold pitches: pasted text, no sender. */
const NONE: Template['senders'] = ['none'];
/** Chats from a stranger's phone or forwarded from a group. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** The victim (or a relative) writing to family or asking for help. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile', 'none'];
/** SMS made to look like an institution's, utility's or agency's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** Scammers and "lovers" abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat or a post. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【旅行笔记达人招募】帮景区、民宿的攻略笔记点赞收藏，每单3元，当天结算。做满5单升级“合作任务”，需先垫付门票款，任务完成返还本金另加25%佣金。带教导师微信{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[家长群] 各位家长帮忙给孩子学校投一票🙏 投完截图发我领5元红包，投满10票的可以进“助力团”，充100返130，名额就20个，先到先得哈', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '信用卡养卡兼职：用您的信用卡在我们合作商户刷流水，每刷1万返佣200元，当天到账。首单需先在平台充值2000元保证金，做满10单连同佣金一起返还。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '退役军人就业帮扶兼职群欢迎战友！在家动动手指帮电商做数据，每天一小时收入一两百。前三单免费体验，后面是“战友专享单”，先垫付后返利，垫得越多返得越多。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '充电App拉新推广员招募：下载注册“闪电充”首充1元返8元，每推广一人奖励20元。进阶任务需先充值500元“推广保证金”，完成后连本带利提现 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 我在手机上做那个给商品点赞的活前面给了我几十块钱后来让我充一千说充了反两千我充了它又说我帐号冻结了要再交三千才能体现我现在钱取不出来咋办啊', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '兼\u200b职\u200b刷\u200b单 日\u200b结 宝\u200b妈学生首选 一单8-30元 垫\u200b付\u200b返\u200b利 本金秒退 加Q{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: 'Hey! Our travel booking platform needs real users to warm up scenic spots before summer. Book an order, we refund it the same day plus 8% reward. Orders above 500 dollars are prepaid by you in USDT and refunded together after the combo.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '小朋友你好，玩游戏也能赚零花钱！帮我们给新游戏写好评，每条奖励10元。写满三条要用爸爸妈妈的微信充99元“激活金”，做完马上返199元哦。', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【整村光伏推进项目】您家屋顶已入选今年光伏名额，零首付安装，发电收益每年8000元以上，贷款全部由发电款偿还，您一分钱不用出。签约只需户主身份证和银行卡，名额今日截止，业务员{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '“共享光伏电站”火热认购中：每块光伏板3000元，每日发电分红15元，一年回本，平台兜底，拉亲友入股另有团队奖。下载App认购 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '加盟城市快充桩项目，每桩投资2万，平台统一运营，每月保底分红2400元，合同写明保本，三个月内可退本金。已有三千多位投资人，名额只剩12个。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '老首长推荐的军工企业内部原始股，明年上市至少翻十倍，只对退役军人开放，每股1.5元，最低认购一万股，认购款打到股权托管中心账户{acct}。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '【康养旅居会员】交3万元成为终身会员，全国20个基地免费旅居，每月返利3%，三年后本金全退，介绍亲友入会再奖5%。小区好多阿姨都投了，稳当得很。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '跟着导师买“计划彩”，每期按计划下注，保本保收益，日赚三到五百。先充500体验，亏了导师全额补偿 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '尊敬的投资人：\n　　经公司董事会决议，“绿能充电宝”项目二期将于{date}开放认购，年化收益18%，按月付息，到期还本，由第三方担保公司全额担保。认购款请汇入项目监管账户{acct}。\n　　此致\n敬礼！\n绿能共享科技有限公司 财富管理部', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '[读屏] 标题，黄金期货直播间。按钮，立即入金。文本，导师今日带单收益百分之三十八。链接，下载交易App {url}。按钮，领取新人体验金8888元。', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: 'Dear investor, our licensed solar fund in Singapore pays 2% a week from power sales. Minimum USD 1,000, withdraw any time, capital guaranteed. Register today at {url}', senders: OVERSEAS, links: ODD, en: true },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【信立借条】您在平台的借条放款因收款银行卡号有误已被冻结，为保障资金安全，请在30分钟内向风控专员缴纳{amt}元解冻金，解冻后连同借款一并到账。专员QQ{phone}', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '大额信用卡代办，黑户白户都能办，秒批5-20万额度，包下卡包提额。先付办卡服务费1980元，下卡后再付额度的5%。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '信用卡到期还不上？专业代还，手续费仅1%，当天到账不逾期。需提供卡号、有效期、背面三位数和短信验证码，我们先帮您还上再刷出来。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '信用卡套现 95折秒到 额度多高都能做 先交一笔“验卡保证金”证明卡是真的 做完就退', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '【退役军人创业扶持】退役军人专享低息创业贷，最高30万，年息2.5%，无需担保。资格审核通过后需缴纳5%贷款保证金，放款时一并返还。申请入口 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '急用钱找我们！不看征信，凭身份证借3000，秒到账，7天一期，到手2100，到期还3000，还不上可以展期。下载 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '我在一个叫“秒借”的App上申请一万，它说我信用分不够，要先开通399元的“加速会员”才能放款，我开了，又说银行卡信息异常被冻结，要交两千解冻金，这还能要回来吗', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的客户，您申请的光伏设备分期贷款已审批，因征信评分不足，需先缴纳{amt}元“征信保证金”方可放款，请联系放款专员{phone}办理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '旅游分期0首付，出去玩先玩后付！额度3万秒批，审批通过需先交10%的“出境担保押金”，回国后全额退还，详询客服{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '私人貸款，唔睇信貸報告，即日批核，最高二十萬。批核前要先存一筆「還款能力證明金」入指定戶口，放款時一齊退返俾你。', senders: BLAST },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是{name}信用卡中心的提额专员，工号{tail}。您的卡符合临时提额到8万的条件，我这边直接给您开通。一会儿您手机会收到一条验证码，您念给我核对一下身份就行。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的信用卡白金卡年费2400元将于今日扣除，如非本人开通请点击 {url} 取消，逾期将自动扣款并上报征信。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【星宝手表】尊敬的家长，您孩子手表的通话会员即将自动续费688元/年，如需取消请联系退订客服{phone}，客服将指导您在支付宝中申请退费。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是青龙游戏客服，系统检测到您孩子的账号有大额充值，可以申请未成年人退款。请下载会议软件 {url} 打开屏幕共享，我们一步步指导您操作。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '家长您好，这里是学优网课退费中心。因教育政策调整，您去年购买的课程可全额退款{amt}元，请添加退费老师QQ{phone}，按老师要求在银行App里操作退款。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【云栖酒店】尊敬的宾客，您预订的房间因系统故障被重复扣款，酒店将为您办理退款，请点击 {url} 填写银行卡信息及收到的验证码。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【江城燃气】您的燃气表已欠费{amt}元，今日18点将远程关阀停气，请立即点击 {url} 缴费，恢复供气需绑定银行卡并验证。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【快电充电】您的充电卡因平台升级即将作废，卡内余额和押金可申请退还，请添加客服微信{phone}，提供卡号、支付宝账号和收到的验证码。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是安途保险理赔专员，您上周航班延误的理赔款已经核准了，但是您留的银行卡号有误，需要下载我们的理赔App重新绑卡，绑卡时输一下短信验证码就行 {url}', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '【云帆支付】尊敬的商户，您的POS机费率将于明日上调至1.2%，如需保留0.38%优惠费率，请立即登录 {url}?mid=88231&act=lock&token=c9e1f07a3b&ts=1746093211 输入结算卡号及短信验证码完成“费率锁定”。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '锟斤拷{sig}尊敬的用户，您的信用卡因异常交易已被冻结，请点击 {url} 验证身份解冻，24小时内未处理将永久停用。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '儿子，我收到这条短信，你看是不是真的？“{sig}您的信用卡积分即将清零并扣取年费，请于今日登录 {url} 办理退订”。我要不要点进去？', senders: OWN_WORDS, links: PHISH },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【退役军人事务局】您有一笔2019-2024年度优抚补贴{amt}元待补发，因社保卡信息不全，请于今日内点击 {url} 填写银行卡号及验证码完成补发，逾期视为放弃。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是市征兵办的，你儿子今年体检已经过了，政审还差一个“入伍保证金”1.2万，部队下发前要交到征兵办指定账户{acct}，入伍后全额退还。这事先别往外说，名额很紧。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是武警某部后勤处的张参谋，我们部队要采购一批矿泉水和办公用品，量比较大。另外部队要配一批特供酒，您这边没有的话我给您一个指定厂家的电话，您先从他那进货，我们验收后统一结账。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[微信] 老板您好，我是部队的采购员小王，给您发一下采购清单和军官证照片。单位要订50桌席，按部队规定需要您先垫付“军需保证金”到我们财务账户，结算时连同餐费一起打给您。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_authority', text: '【江城市人民法院】{person}：你因民间借贷纠纷被起诉，案号（2025）民初{code}号，将于明日开庭。如需庭前和解，请点击 {url} 缴纳和解保证金，否则将缺席判决并冻结你名下全部账户。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我是江城市公安局网安支队的，你涉嫌在境外赌博网站参赌，赌资流水八十多万，已经立案了。你要配合我们做资金清查，把名下的钱转到我们的清查账户，查清白了再返还，不然明天就对你采取强制措施。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【文化和旅游局】您参加的“港澳五日游”所属旅行社因违规经营已被查处，游客可申请团费退还。请添加退费专员{phone}，按指引下载App登记退款。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【教育局】关于中小学生校服费退还的通知：经审计，本学期校服收费超标，每生退还{amt}元。请家长于今日内扫描群内二维码，填写孩子信息、家长银行卡号及验证码领取。', senders: ['unknown_port', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【征兵办】您因未按时完成兵役登记，已被列入拒服兵役名单，将影响升学、就业及出行。请于24小时内缴纳补登记费用并联系{phone}处理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '喂，係咪陳太？我係深圳公安，你個仔喺學校俾人利用咗佢張銀行卡洗錢，我哋要即刻凍結你屋企所有戶口。你而家要將錢轉去我哋嘅監管賬戶保護住先，唔好同學校講。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[聊天记录导出]\n“后勤采购-刘助理”: 老板您好，我们是驻江城某部后勤保障处的，下周营区有接待任务，需要订购一批被褥和床单，共120套，单价按您店里零售价走，开正规发票。\n店主: 好的，什么时候要？\n“后勤采购-刘助理”: 周四前送到营区门口，由我们连队验收。另外首长交代要一批“军供”艾草枕，部队有指定的供货厂家，您先从厂家那边进货，钱您先垫上，我们结账时一起按货款的1.3倍打给您，这是部队规矩。\n店主: 要先垫多少？\n“后勤采购-刘助理”: 厂家那边三万八，您加一下他们业务员微信，直接转对方账户就行，转完把截图发我报给首长。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '视频已存，转5千删 {url}', senders: STRANGER, links: ODD, hours: [22, 23, 0, 1] },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '在借条App上被挂了“失信名单”？我们有内部渠道，能帮你撤销失信记录、删除逾期，保证不影响征信。按笔收费，每笔500，先付后做。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '信用卡被风控降额了？征信花了下不了卡？专业“征信洗白”，三天修复，包下新卡，先交定金再开工。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '【退役军人征信服务中心】经核查，您的征信存在异常记录，将影响优待证使用及子女入学政审。请于今日联系征信专员{phone}办理“退役军人征信修复”。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，这里是征信中心的，您名下的光伏贷款有逾期记录，已经影响到您孩子参军政审了。现在可以申请“特殊消除”，需要您先把名下银行卡里的钱转到核验账户，审核完原路退回。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '你名下有三个714网贷平台的账户一直没注销，已经上报征信了，不处理会被起诉。我们能帮你注销并消除记录，你先下载“安全会议”共享一下屏幕。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音转文字] 闺女我今天接了个电话说我那个信用卡的记录不好要影响你弟弟考公务员让我交八千块钱给他们修复征信我已经转了他说还要再转五千才能做完你说这是真的不', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Hi, we can remove late-payment records from your Chinese credit report within 72 hours, guaranteed. Half the fee upfront, the rest after deletion. Contact our agent on WhatsApp.', senders: OVERSEAS, en: true },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '【特惠夕阳红】港澳5日游只要299元！含往返交通、四星酒店、全部门票，全程无自费，限60岁以上老人报名，定金100元转导游微信，名额有限。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '热门景区免预约票！官方约满了也能进，内部渠道出票，每张只加50，先付款后发电子票，加V {phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '国庆特价海景房，原价1288今晚只要388，酒店内部员工价。需先付全款到我个人账户锁房，平台上订不到这个价。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '[语音转文字] 昨天来了俩小伙说是自来水公司的免费检测水质往我家水里插了个东西一通电水就变黑了说重金属超标让我买他们的净水器三千九百八我交了两千定金今天一看跟网上卖几百的一模一样', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_shopping', text: '[敲门转述] “我们是燃气公司的，现在统一检查。你家这根软管不合格，必须换我们的防爆管和报警器，一共四百八，不换的话今天就给你停气。”', senders: NONE },
  { label: 'fraud', type: 'fake_shopping', text: '【银联POS】个人POS机免费领，费率0.38%永不上调，还送流量卡。激活需交299元押金，刷满5万返还，申请 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_shopping', text: '【名校研学营】清华北大游学7日营，名额仅剩3个，原价6980限时4980，请今晚前转账至带队老师个人账户锁定名额，不开发票。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '充电桩免费安装！只需交980元押金就能在您小区装私人充电桩，用满一年押金全退。师傅明天就能上门，付款扫我个人码就行。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '[家长群] 我是学校校服供应商的对接人，今年校服要提前预订，一套358元，请家长今天扫我的收款码付款，逾期学校不再统一订购。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: 'Great Wall private tour, only USD 25 including hotel pickup and lunch. Pay the full amount by Wise to my personal account to reserve your seat; no refunds.', senders: OVERSEAS, en: true },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 您好，我是孩子的班主任李老师，这是我新微信。孩子体育课上摔伤了，现在在医院，需要先交3000押金，您先转给我，我帮您去交。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶，我是小明，我在学校跟同学打架把人打伤了，对方要赔八千，不然就报警。您先别告诉我爸妈，钱转到这张卡上{acct}，是老师的卡。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老班长，我是二排的老李啊，换号了。最近家里出了点事，手头紧，能不能先借我一万应应急？转到我爱人的卡上{acct}，下个月一定还。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位团友好，我是本次行程的导游小刘，这是我工作号。明天景区门票上调，每人需补差价80元，请大家今晚扫我发的收款码补交，不补的明天进不了景区。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我在部队，这是战友的手机。我训练时摔坏了连里的设备，班长说要赔五千，不然要背处分，你先转到班长卡上{acct}，别跟爸说。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小张，我是王总，换了个微信。我信用卡今天到期，人在外面开会不方便，你先从公司账上转两万到这张卡{acct}帮我还一下，回头我签字报销。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿嬤，我是阿明啦，我換新號碼。我佇外地出車禍，對方愛我賠錢，汝先匯三萬予我朋友的帳戶{acct}，毋通共阿爸講喔。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '家长您好，我是孩子的数学家教陈老师，换了新号。下学期的课要提前排，请先把下学期课费4800转到我爱人账户{acct}，我给您留周六上午的时段。', senders: STRANGER },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '小朋友，想要免费皮肤吗？扫这个码登录游戏就能领限定皮肤，记得用爸爸妈妈的手机扫，还要输入收到的验证码哦 {url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'game_trading', text: '低价代充！游戏点券官方价5折，648点券只要320，用你的账号登录我们代充，24小时内到账，先付款后代充。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '[游戏内私聊] 哥哥你的号能卖给我吗？我出两千，已经在交易平台下单了，平台说你要先交500保证金才能解冻收款，你交了我就确认收货', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '我儿子在游戏里跟人买装备，对方让他去一个网站交易，先转了300，后来说账户冻结要交“解冻费”，他又偷偷用我手机转了1500，装备到现在也没收到。', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '出成品号：区服第一战力，全套传说装备，原价上万，急出3500。只走私下交易，先付一半定金我换绑手机，换绑完付尾款。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: 'Selling Roblox limited items cheap! Pay with gift cards: send me the card codes and I will trade the items to your account in 5 minutes.', senders: OVERSEAS, en: true },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '我在边防部队当连长，平时不能用手机，只能偷偷和你聊，真的很想你❤️ 下个月有探亲假，但要交“探亲审批费”和机票钱一共八千，部队工资卡冻结取不出来，你能先帮我垫一下吗？见面就还你。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '宝贝，我们部队内部有个军属理财通道，是首长家属在做，稳赚不亏。我工资卡不方便操作，你先注册个账户投两万试试，赚了我们结婚用 {url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'romance', text: '在旅行App上认识的那个男的，说自己是国际导游，带我在一个博彩网站“对冲”赚钱，我前后充了五万进去，现在提不出来，他也不回消息了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 姐我跟你说我在抖音认识一个说是退休军官的老伴走了好几年对我特别好天天视频就是不露脸他说他有一笔转业费被冻结了要我先帮他交两万手续费', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '亲爱的，今晚这个平台有漏洞，我表哥在里面做技术，押大小稳赢。你先充一千，我带你做三把就收手，赢的钱我们拿去旅游😘 {url}', senders: STRANGER, links: ODD, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: 'Hello sweetheart, Sergeant Mark again. Base command finally approved my leave, but the leave form has to be paid by a civilian: 1,500 dollars in Apple gift cards. Send me photos of the cards tonight and I fly to you next week, then we never part.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: 'BB，我喺澳門做賭場公關，知道邊張枱今晚會開大。你信我，入五千落呢個網，贏咗我哋一齊去日本 {url}', senders: OVERSEAS, links: ODD },
  // ── other: betting withdrawals, gambling-loss "recovery", 裸聊 extortion, subsidy fees ──
  { label: 'fraud', type: 'other', text: '你刚才裸聊的视频我已经录下来了，你的通讯录我也导出来了。半小时内转一万到这个账户{acct}，否则视频就发给你所有亲戚、朋友和同事。', senders: STRANGER, hours: [21, 22, 23, 0, 1] },
  { label: 'fraud', type: 'other', text: '小哥哥，想看我跳舞吗💋 视频要先下载这个App才能连上，安装时记得允许读取通讯录哦 {url}', senders: STRANGER, links: DOWNLOAD, hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'other', text: '[截图文字] 你朋友圈的截图、通讯录里“老婆”“妈妈”的号码都在这，不想全网出名就按我说的做：先转5000，删视频再转5000。', senders: NONE },
  { label: 'fraud', type: 'other', text: '【澳门在线娱乐城】尊敬的会员，您的提现申请{amt}元因“流水不足”被风控拦截，需补充充值本金的30%作为稽核保证金，完成后即可一并提现。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '恭喜老板赢了28万！提现前需先缴纳10%个人所得税及通道费，请联系财务客服{phone}，缴纳后30分钟到账。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '网上赌输了？我们是专做“出款”的技术工作室，能从赌台后台把你的本金划回来，已经帮上千人拿回钱。先付2000技术费，到账后再按三七分成，飞机 @huiben{tail}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '[QQ] 看到你在贴吧发的帖子，被网赌平台黑了提不了款是吧？我们有内部技术能让你的账户正常出款，成功抽三成，但得先交1500的“解封费”启动。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '光伏补贴申领代办：国家对户用光伏每瓦补贴0.3元，我们帮您申请，一户能领两万多，先交800元代办费，领到后再付尾款。', senders: BLAST },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[群聊] “赵磊还款督促群”\n催收员: 大家好，我把赵磊的微信好友都拉进来了，他在借条上欠{amt}元，逾期三个月\n催收员: 请各位督促他还款，他一天不还，我们就在群里发一天他的照片\n群成员小吴: 这谁啊？\n催收员: 有意见让赵磊来找我', senders: NONE },
  { label: 'harassment', text: '[儿童手表消息] 小朋友，你是陈浩的儿子吧？回家告诉你爸爸，他欠的钱再不还，叔叔就去学校找你了。', senders: HOUND },
  { label: 'harassment', text: '[旅游团群] 各位团友打扰了，我是{name}的工作人员，你们团里的孙立军欠我司借款{amt}元逾期未还，人现在就跟着你们在玩。请大家转告他马上还钱，不然我们在下一个景点等他。', senders: HOUND },
  { label: 'harassment', text: '您好，是晴光新能源的安装师傅吧？你们给刘建国家装的光伏板，他在我们这欠钱不还。你们要是再给他做售后，我们连你们公司一起投诉，顺便把他家发电收益那张卡的信息发给我们。', senders: HOUND },
  { label: 'harassment', text: '[战友群] 各位战友，你们群里的王海涛在{name}借款逾期半年了，当过兵的人就这样赖账？丢不丢部队的脸！请大家监督他还款，不然我们就把他的情况反映到退役军人事务局。', senders: HOUND },
  { label: 'harassment', text: '{person}，你在借条上欠我的钱已经逾期了，今天不还，我就在借条App里把你挂上“失信名单”，同步推送给你通讯录里所有人，让你亲戚朋友都看看你是什么人。', senders: HOUND },
  { label: 'harassment', text: '借你3000到手2100是你自己签的，7天到期还3000。现在逾期2天，逾期费一天300，今天要还3600，少一分都不行。', senders: HOUND },
  { label: 'harassment', text: '今天到期还不上就先交800展期费，展期7天。展期费不交、钱也不还，晚上就爆你通讯录，P图发你家人群。', senders: HOUND },
  { label: 'harassment', text: '[来电转写] 喂，{person}吧，还没起？起来把钱还了，你这笔今天不还我就一直打，打到你接为止。', senders: HOUND, hours: DAWN },
  { label: 'harassment', text: '{sig}{person}，您的欠款已逾期12天，我司今晚将持续联系您本人及您的紧急联系人，直至还款为止。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '阿姨您好，您儿子刘洋的信用卡欠了我们五万多，他不接电话，你们做父母的就得替他还。今天不还，我们明天就去村里找村干部说道说道。', senders: HOUND },
  { label: 'harassment', text: '姓周的，借我的钱拖了半年，今天再不还别怪我不客气，你天天几点去接孩子放学我都清楚。', senders: HOUND },
  { label: 'harassment', text: '【民事诉讼告知】{person}：你在{name}的借款逾期，我司已向法院起诉，法院明日上午将派人到你单位送达传票并张贴公告，今日17点前在{app}还款可撤诉。', senders: HOUND },
  { label: 'harassment', text: '李老师您好，我是{name}的催收专员，您班上陈思琪的爸爸欠我们钱不还，麻烦您在家长群里提醒一下，或者让孩子回家转告。', senders: HOUND },
  { label: 'harassment', text: '你老公就是个骗子，借钱不还，你嫁给这种人也不嫌丢人。让他今天把钱还了，不然我们天天打你电话，打到你单位去。', senders: HOUND },
  { label: 'harassment', text: '你欠我们代还的两万三，说好三天还，现在一周了。再不还，我们就拿着你签的协议去你单位闹，顺便告诉你老板你拿信用卡套现。', senders: HOUND },
  { label: 'harassment', text: 'This is the recovery team for your loan with {name}. It is past 11 pm and we will keep calling every 20 minutes tonight until you pay. Your wife\'s number is next.', senders: HOUND, hours: [23, 0, 1], en: true },
  { label: 'harassment', text: '{person}，你喺{name}借嘅錢仲未還，你個女讀邊間學校我哋都知，聽日我哋去學校門口等佢放學。', senders: HOUND },
  { label: 'harassment', text: '[通话记录] 今日来电：08:01 未接 08:05 未接 08:09 未接 08:15 未接 08:22 未接 08:30 未接 08:41 未接 08:52 未接 09:03 未接\n[短信] {person}，今天第十五个电话了，你不接我们就一直打，躲得了初一躲不了十五。', senders: HOUND, hours: [10, 11, 14] },
  { label: 'harassment', text: '你借条上欠的钱，我给你介绍个平台，在那边借出来先还我，不然明天我就起诉你，再把你挂上失信名单。平台链接我发你，就当拆东墙补西墙。', senders: HOUND },
  { label: 'harassment', text: '王先生，您在{name}的借款已逾期，我们已准备好材料，向您户籍地的退役军人事务局和武装部反映，要求取消您的优待证，并通报您的老部队。', senders: HOUND },
  { label: 'harassment', text: '[家长群] 各位家长好，我是{name}的，群里“朵朵妈妈”欠我司{amt}元不还，请大家转告她，顺便提醒自己家孩子离她家孩子远点。', senders: NONE },
  { label: 'harassment', text: '[语音转文字] 喂 {person} 现在凌晨一点 你白天不接那就别睡了 你不还钱我们今晚轮流打 你老婆手机也在打', senders: HOUND, hours: [1] },
  { label: 'harassment', text: '不还钱是吧？你的身份证照片和自拍已经P好了，今晚就做成“老赖通缉令”，发到你通讯录每一个人和你们公司群里。', senders: HOUND },
  { label: 'harassment', text: '[村民群] 各位乡亲，刘建国家屋顶的光伏板是用我们的贷款装的，他现在贷款不还，我们下周就派人上房拆板子，谁家要帮他说话一起算账。', senders: NONE },
  { label: 'harassment', text: '您好，是云栖酒店前台吧？你们那个叫林芳的服务员欠我们钱不还，麻烦叫她接电话，不接我们就每小时打一次前台，直到她出来为止。', senders: HOUND },
  { label: 'harassment', text: '{person}，我最后跟你说一遍。你在借条上借的两万，说好的利息一分没少算，你自己签的字、按的手印。现在拖了四个月，我们找了你单位、找了你老家，你就一直躲。今天是最后期限：下午五点前不把本金和这四个月的“违约金”一万二一起打过来，明天一早我们的人就去你儿子的小学门口拉横幅，把你的照片、身份证和欠条一起贴在学校对面墙上，再把你借钱的视频发到你们村的群里。别以为换了号就找不到你，你家住几楼我们都知道。', senders: HOUND },
];

export const BLIND13B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
