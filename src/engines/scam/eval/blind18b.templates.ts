/**
 * BLIND18 held-out bank, second part: fraud and harassment. Written with blind18.templates.ts by
 * the same independent (twenty-fifth) author in session 8 (late), 2026-12-02; see that file for
 * who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned
 * on this bank.
 *
 * Labelling rules used here (domain: collectibles, hobbies, sports and events).
 * - A fee paid to a stranger so that the victim's own collection is appraised, certified, put up
 *   at a (domestic or "海外") auction or bought back at many times its face value (鉴定费, 上拍费,
 *   图录费, 证书登记费, 检测费, 纪念币 / 邮票 / 老钱币 "回收"), prizes and lotteries that need a tax or
 *   fee first, donations to a made-up 应援 or charity fund paid to a person, and betting on races
 *   are `other`.
 * - A plan that says the value of stamps, coins, 评级币, sneakers, 手办 or 潮玩 will rise, with
 *   guaranteed buyback, 份额 / 电子盘 trading, 托管 returns, 入股 or 分红 in a club venture, is
 *   `fake_investment`.
 * - Goods or places paid for and never delivered — 盲盒 "隐藏款" pre-sales, race 名额转让, 内场票,
 *   代预约 / 代抽签 services, 手办 代购, 应援物 pre-orders paid to a person, second-hand gear, and
 *   health products sold at a fake 老年大学 lecture (also when paid by an instalment signed there)
 *   — are `fake_shopping`.
 * - A message posing as a platform, shop, bank, post office, ticketing desk, race organiser,
 *   rental platform or auction house about an order, appointment, registration, deposit or
 *   subscription the victim already has (验货 "未通过" links, refunds, 自动续订, 保证金 "退款失败",
 *   纪念币 "认证", a new "保证金" after a real 中签) is `fake_customer_service`.
 * - A message posing as a state body (公安, 人民银行, 文物局, 海关, 体育局, 市场监管, a court) is
 *   `impersonating_authority`.
 * - A named person the victim knows — fishing buddy, dance captain, class monitor, running-club
 *   leader, fan-site admin, photography teacher, grandchild, the auction-house clerk — on a new
 *   account asking for money is `impersonating_acquaintance`, whatever the money is for.
 * - Paid tasks (好评返现 leading to 拍单, 打投 / 做数据 for commission, paid votes, 抢票 "测试单",
 *   mileage "充值任务") are `brushing_rebate`.
 * - A loan offered to collectors, fans, runners or 老年大学 students with a fee before payout
 *   (评估费, 解冻金, 保险费, interest "保证金"), even under a registered lender's name, is
 *   `fake_loan`. A "credit record" to be fixed, cleaned or an old account cancelled is
 *   `fake_credit_repair`.
 * - Game accounts, skins, in-game collectibles, game-linked redemption codes, 代练 and game-trading
 *   sites are `game_trading`. An online lover met through a hobby who asks for money or leads to
 *   investing is `romance`.
 * - A victim's own retelling, or a forwarded message that quotes the scam's payload (its account,
 *   link or fee), is labelled by the scam; a question that only describes it, and any warning
 *   written by someone else, is normal (first file).
 * - Collection: when the demand is to repay a real loan to a named lender, the message is
 *   harassment, not fraud, even when the collector poses as a court or the police or forges a
 *   document; it is harassment when it contacts or posts in the debtor's fishing, dance,
 *   running, photography or fan group or 超话, calls the auction house, the 老年大学 monitor or a
 *   club friend, turns up or threatens to turn up at the race expo or a concert, threatens to
 *   "seize" or "take away" the collection, charges 外访费 / 律师函费, pushes a new loan, threatens
 *   or insults, rings more than six times a day, or makes contact 22:00–08:00 (race weekends
 *   included) — even from the lender's own port and even when polite.
 */
import type { Template } from './eval.types.js';

/** 22:00–08:00: collection contact banned without consent. */
const NIGHT = [22, 23, 0, 1, 5, 6, 7];
/** The night before and the dawn of a race. */
const RACE_NIGHT = [22, 23, 0, 4, 5];
/** Late evening for chat scams. */
const LATE = [20, 21, 22, 23];
/** Pasted chat or group text. */
const CHAT: Template['senders'] = ['none'];
/** A stranger on a personal, virtual or no visible number. */
const STRANGER: Template['senders'] = ['mobile', 'virtual', 'none'];
/** Mass texts. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile'];
/** Posing as an institution's own port or hotline. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400'];
/** Outbound fraud calls. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** Overseas lovers, "auction houses" and "customs". */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
/** A known person on a new account. */
const NEW_ACCT: Template['senders'] = ['none', 'virtual', 'mobile'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on their own phones. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own port and hotline. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** An agency collector on the lender's line or a mobile. */
const AGENCY: Template['senders'] = ['official_hotline', 'mobile', 'unknown_landline'];
/** Robocalls and bulk collection texts. */
const BULK_HOUND: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];

const FRAUD: Template[] = [
  // ——— brushing_rebate ———
  { label: 'fraud', type: 'brushing_rebate', text: '【萌盒社福利官】感谢您的购买！晒图好评截图发我领5元红包。另招店铺兼职：按要求拍单冲销量，每单返本金+8%佣金，做满三单再送隐藏款一只。联系QQ {phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '姐妹你好～我们是数据站，招打投兼职：每天帮超话签到、转评赞，一单3块，日结。先做三单体验，后面冲榜要垫付“打榜金”，榜单结束本金和佣金一起返你～', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'brushing_rebate', text: '摄影大赛投票兼职：每投一票返1.5元，绑定小程序后可接“助力任务”，任务金额越大返利越高，首单30返36，二单300返375。入口 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'brushing_rebate', text: '演唱会抢票工作室招抢票手：用你自己的账号帮我们抢，抢到一张给你200。先做一个测试单，票款你先垫，出票后票款加佣金当天返。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '跑步打卡领里程红包：每天跑满5公里截图发群即可领取。升级“金牌跑者”需完成充值任务，充100返130，充500返680，名额每天限50人。{url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'brushing_rebate', text: '模玩店招线上客服，不用坐班：按我们发的链接拍手办冲销量，不发货，拍完30分钟内返本金加佣金，第一单68返76，做完日结。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，这边是潮玩测评组，想邀请您做新品体验：下单后拍几张开箱图发给我们，我们把货款和一份体验金一起转您。今天有三个名额，第一单89，第二单360，第三单1200。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '球鞋店冲月销，帮忙拍一双，不发货，立返本金+15元。连做5单额外奖励一双联名款，做单前先加接待员{phone}领任务。', senders: BLAST },
  // ——— fake_investment ———
  { label: 'fraud', type: 'fake_investment', text: '【集邮收藏中心】2026生肖邮票大版限量认购，三年保值增值，期满公司按认购价1.8倍回购，签正式合同盖公章。老客户介绍新客户再送整版一张。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '邮币卡电子盘开户送体验金！猴票、熊猫金币份额化交易，T+0随时买卖，老师每天带单，上周带大家做的熊猫币份额涨了37%。开户：{url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '您的评级币放家里落灰不如放平台托管：统一挂拍，每月按估值2%给您收益，一年后原币奉还。已有三千多位藏友托管，首年免托管费，今天登记还送封装。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '联名款发售前内部认购，认购价1299，发售当天市场价最少3000。不想要的话平台按原价加30%回收，稳赚不亏，名额只剩8个，要的话现在锁。', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'fake_investment', text: '潮玩藏品份额平台上线：一只隐藏款拆成1000份，每份9.9元，平台每日自动估值上涨，月化收益15%以上。新人注册送三份，App下载 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '钓友们，咱们的黑坑渔场招股东，一股两万，每月固定分红1200，年底另外分利润。老周已经入了三股，剩最后五股，先到先得，合同我明天带去钓场。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '原创手办众筹：认筹1万元成为联合出品人，量产后按销量分红，保底年化18%，出品方担保，中途想退随时退。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: 'LOT 8866 宋 汝窑天青釉洗（传世）\n估价：RMB 8,000万\n本件拍品开放份额认购，每份1万元，拍卖成交后按份额分配成交款，预计收益率300%。认购截止{date}，额满即止。', senders: ['none', 'unknown_port', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '阿姨我跟您说这个纪念币不是拿来换的是拿来存的我们公司把您的币统一收进来做成收藏册三年以后市面上少了价格翻五倍到时候我们按合同给您兑现您先交一套的钱三千六就行', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '【集邮沙龙课堂笔记】各位藏友，邮票为什么能升值？因为发行量是死的，存世量是越来越少的！我们中心跟几家大型拍卖行有长期合作，您认购的大版票我们统一保管、统一评级、统一上拍。第一年我们按8%给您“保管收益”，每个季度打到您卡上；三年期满，我们按认购价1.6倍兜底回购，合同上写得清清楚楚。今天认购满五万的，再送生肖金箔邮票一套。钱直接转到我们中心业务经理的卡上，当天出合同。', senders: ['none', 'mobile', 'unknown_landline'] },
  // ——— fake_loan ———
  { label: 'fraud', type: 'fake_loan', text: '收藏贷：家里的字画、瓷器、邮票、纪念币都能贷，按评估价七成放款，不查征信，当天到账。先交评估费580元，专家上门评估。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '球鞋、手办、潮玩都能押！寄到仓库即放款，最高5万。放款前需缴纳一期利息作为履约保证金，按期还款全额退还。申请 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '追星缺钱？粉丝专享借款，学生也能借，不用父母同意，额度3000-20000。审核通过后需充值解冻金激活额度，激活后可一次提现。', senders: BLAST, hours: LATE },
  { label: 'fraud', type: 'fake_loan', text: '您申请的“跑者贷”装备分期已审批通过，额度20000元。因您填写的银行卡号有误，放款资金已被冻结，需缴纳{amt}元解冻金至{acct}，解冻后连同借款一起到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '老年大学学员福利：60-75周岁可申请“银龄贷”，凭退休证借5万，年息1.8%。到账前需购买一份借款人保险，保费转给业务员代缴。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '想买船买路亚装备手头紧？不看征信不看流水，有身份证就行，借两万到手一万七，七天一还，续期另算。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '{name}放款中心：您的藏品质押借款已审批，额度50000元。因藏品尚未完成评估入库，需先支付评估保险费{amt}元，支付后30分钟内放款，详情 {url}', senders: FAKE_PORT, links: PHISH },
  // ——— fake_customer_service ———
  { label: 'fraud', type: 'fake_customer_service', text: '【鉴真潮】您出售的商品查验未通过（鞋标异常），平台将冻结您的店铺保证金。如有异议请在24小时内进入复检通道提交申诉并缴纳复检费：{url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是萌盒社售后，您订的隐藏款在仓库摔坏了没法发货，现在给您办理三倍赔付。您下载一下我们的理赔软件，进会议后打开屏幕共享，我一步一步带您操作。{url}', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '【票务】您购买的演唱会因艺人原因取消，请于今日内添加退款专员企业微信{phone}办理退票，超时系统自动视为放弃退款。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是马拉松报名平台，系统故障导致您的报名费被重复扣款，之后每个月还会自动扣。需要您配合在银行App里取消授权，我这边发一个验证码给您，您念给我就可以。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您在邮局开通的集邮年册自动续订即将扣费2980元/年，不需要的话我帮您解约，需要您提供一下银行卡号和收到的验证码。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您预约的纪念币信息核验失败（身份证照片模糊），预约将被取消。请于今日内登录{url}重新上传身份证正反面及银行卡信息完成认证。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【澄观拍卖】竞买号0318客户：您的保证金因银行卡信息不符退回失败，请进入{url}填写收款卡号、取款密码及短信验证码，财务将人工重新退款。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是相机租赁平台客服，您归还的镜头检测出划痕，押金被系统冻结，还会影响您的信用分。您先把3000元转到平台监管账户，核实无误后原路退回。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【城市马拉松组委会】恭喜中签！本届新增弃赛保证金制度，请在2小时内将500元转至组委会财务{acct}，完赛后退还，逾期取消参赛资格。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: 'Riverside Marathon: your bib transfer request has failed. To keep your entry, verify your payment card at {url} within 2 hours.', senders: ['foreign', 'unknown_port', 'virtual'], links: PHISH, en: true },
  // ——— impersonating_authority ———
  { label: 'fraud', type: 'impersonating_authority', text: '这里是市公安局刑侦支队。您上个月快递寄出的一件瓷器被海关查扣，经鉴定为国家二级文物，您涉嫌文物走私。现在需要您把名下资金转入清查账户配合调查，案件保密，不得告诉任何人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【人民银行】您近期多次预约并转卖纪念币，涉嫌扰乱人民币流通秩序，名下账户将于24小时内冻结。如需解除请联系专案民警{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '市文物局通知：家中收藏的古钱币、瓷器、字画须登记备案，未备案藏品将依法收缴。请于{date}前缴纳登记备案费680元至{acct}，备注姓名。', senders: BLAST },
  { label: 'fraud', type: 'impersonating_authority', text: '海关缉私局：您在海外拍卖行竞得的藏品已到港，需缴纳关税及文物进出境审核费{amt}元，逾期将退运并处罚款。缴费账户{acct}。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_authority', text: '市体育局赛事监管处：经核查您在本届马拉松存在替跑行为，依规处禁赛两年并罚款2000元，请于今日内缴纳，否则记入个人诚信档案。缴费 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，市场监督管理局消保科。您投诉的盲盒店已立案查处，您可获得三倍赔偿，请提供银行卡号、身份证号和稍后收到的验证码，我们直接打款。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '我是城南派出所的刘警官，你先别挂。你昨天在钱币市场卖给别人的那几枚银元是假的，对方报警了。现在需要你配合做个视频笔录，把手机调成会议模式，这事先别告诉家里人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '市中级人民法院执行局：您在司法拍卖中竞买的一批藏品涉及洗钱案件，竞买保证金须转入法院监管账户接受审查，审查期间不得向家属透露，否则按妨碍执行处理。', senders: DIALER },
  // ——— fake_credit_repair ———
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我们是征信服务中心。您在票务平台开通过演唱会分期，有一笔逾期记录已经上报，以后房贷车贷都批不下来。我们可以帮您把这条记录消除，需要您配合走一个流程。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '大学时开过的追星借款、球鞋分期账户没注销的，现统一清理，否则影响个人征信。请加客服办理注销：{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '报国外马拉松要办签证，签证要看征信？您的报告里有不良记录，我们有内部渠道可以修复，按条收费，每条800，三个工作日见效。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，您作为子女借款的担保人，征信系统显示异常，需要在今天之内处理，不然会连累孩子后面贷款买房。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '藏品质押记录上了征信？专业征信优化团队，逾期、查询多、黑名单都能处理，不成功不收费，只需先交工本费。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，这边是{name}客服。您早年用学生分期买手办的账户还没注销，会影响征信。请在各借款App把额度借出来，转到我们的核验账户，核验完统一注销清零。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '我们专门帮人做“征信铺路”，很多跑马的朋友被查询记录拖累，办不了车贷。我们能把查询次数降下来，一周见效，先付一半定金。', senders: STRANGER },
  // ——— fake_shopping ———
  { label: 'fraud', type: 'fake_shopping', text: '【隐藏款预售】星夜系列隐藏款“流星”现货预定，全网最低680，付款后48小时内发货，不满意包退。仅收微信转账，下单加{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '出一个城市马拉松全马名额，中签了去不了。原价200加800转你，组委会有熟人能帮你改成你的名字，领物不会查。先转500定金，剩下的改完名再给。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '内场前排，实名可以换绑成你的。1280加400，先付一半锁座，演出前三天出票，出不了全退。', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'fake_shopping', text: '日本代购手办，原盒正版，先付全款，三周到货，支持拼单，数量有限。店铺 {url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '不会抢纪念币的叔叔阿姨看过来！帮约帮换，一套贺岁币只加50块辛苦费，把身份证照片发我就行，换好了给您寄到家。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【健康大讲堂】老年大学学员专场，知名教授讲养生，到场送鸡蛋一盒。本场推荐的磁疗床垫原价19800，学员价9800，现场可办分期，每月只还几百元，不满意随时退。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '二手渔具清仓：全新没下过水的碳素竿一套1500，原价五千多，送渔轮和竿包。先付款后发货，不议价，不面交。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '转一台全新相机，港版带票，9800。走闲鱼也行，但要在我发的这个链接里下单，那个是担保交易：{url}', senders: STRANGER, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'fake_shopping', text: '[应援物预订] 二站限定灯牌+手幅+小卡套装，预订价168，满500份开做。款项转到会长个人账户{acct}，备注超话ID，到货统一邮寄。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '球鞋代抽签：专柜抽签我们帮你中，中签率百分百，中签后按发售价加300给你。抽签服务费99元先付，不中不退。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '全马名额还要不？加500，今晚就能改名。', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'fake_shopping', text: '【讲座录音整理】“叔叔阿姨们，今天是老年大学学员答谢会，鸡蛋大家都领到了吧？我们请来的是省里退休的老专家，他说了，人老先老腿，血脉不通是万病之源。我们这个远红外理疗仪，医院里一次理疗就要两百，买回家全家用一辈子。今天学员价不要两万八，只要一万二千八！没带那么多钱不要紧，我们跟金融公司合作了，身份证一刷就能分期，每个月只还几百块，孩子都不用知道。名额就二十个，前十位再送一床磁疗被，要的现在举手，工作人员过来帮您办！”', senders: ['none', 'mobile'] },
  // ——— impersonating_acquaintance ———
  { label: 'fraud', type: 'impersonating_acquaintance', text: '二哥，我老孙，换新微信了。周六那条钓船我帮大家订了，船老板要先付2400定金，我卡今天限额转不出去，你先帮我转给船老板，账号我发你。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐妹们，我是桂英，原来那个微信号坏了先用这个。比赛服装厂家要今天交齐，每人85，直接扫这个码就行，晚上不用带现金了。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是书法班的老吴，这是我新号码。学校说下学期学费可以统一交打九折，大家把钱转给我，我统一去交，收据下周带给大家。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '兄弟们我小雨，换号了。年会饭店要先交订金，我手上现金不够，谁先垫3000给我，周日跑完步就还。', senders: NEW_ACCT, hours: LATE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是站子的小鹿，原号被限流了先用这个。二站接机的横幅和花墙还差2000，站里的姐妹先垫一下转我这个号，回头从饭撒里补给大家。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶，我是小凯，换了新号。我抢到演唱会的票了但是钱不够，你先转我1500，别跟我妈说，她不让我去。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是协会陈老师，这是我工作号。影展主办方急着要布展费，我在外地出差转不了，你先帮我垫5000到对方账户，回来就还你。', senders: NEW_ACCT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '张叔，我是拍卖行的小周，之前帮您看铜炉那个。这是我私人号，公司财务今天下班早，您的竞买保证金先转我卡上，明早我帮您交进去。', senders: NEW_ACCT },
  // ——— game_trading ———
  { label: 'fraud', type: 'game_trading', text: '出一个绝版皮肤号：全英雄，限定皮肤87个，带联动限定坐骑。号主退坑急出3800，只走我发的交易平台，平台担保：{url}', senders: STRANGER, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'game_trading', text: '您在游戏交易平台出售的账号已被买家下单。因您的账户未开通提现权限，成交款已冻结，需缴纳成交额30%的保证金激活，激活后连同货款一起提现。', senders: FAKE_PORT },
  { label: 'fraud', type: 'game_trading', text: '电竞联赛观赛送联动限定皮肤兑换码，加我拉你进群免费领，只需要先在群里的充值入口充一个648礼包激活。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '你那张限定SSR卡我出2000收。游戏里不能直接交易，你把账号密码给我，我上号转过去，钱先打你一半，转完再打另一半。', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'game_trading', text: '电竞线上海选代打：保送晋级八强，先付1500，打不上全退，今天下单送赛季皮肤。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '游戏联名盲盒开启：每盒含随机皮肤码，隐藏款是全服唯一坐骑。在我们的交易区充游戏币购买，比官方商城便宜一半：{url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'game_trading', text: '收你游戏里的限定坐骑，我老玩家，价格好说，你先在这个网站上架，我下单马上付：{url}', senders: STRANGER, links: ['lookalike', 'random', 'ip'] },
  // ——— romance ———
  { label: 'fraud', type: 'romance', text: '宝贝，今天拍的日落给你看。我在迪拜做艺术品投资，下个月有一批藏品在国际拍卖行上拍，内部价你跟一点，等成交了我们就有钱办婚礼了。', senders: OVERSEAS, hours: LATE },
  { label: 'fraud', type: 'romance', text: '认识你这两个月，我每天收竿第一个想到的就是你。我在海上钓船出了事故，船被扣了，要赔船东三万，你先借我，下个月回来我们就见面。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '妹子，自从在视频号看到你跳舞我就放不下了。我给你寄了一个礼物包裹，被海关扣了，要交4800的清关费，你先帮我垫一下，见面我加倍给你。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '亲爱的，下个月一起去跑那个海外马拉松吧，机票我来出。对了我叔叔在做藏品交易平台，我这一周赚了八万，你也注册一个，我带你做。', senders: OVERSEAS, hours: LATE },
  { label: 'fraud', type: 'romance', text: '我们在超话认识半年了，见面那天我一定给你惊喜。我在外地场馆做灯光，这边工资卡出了问题，能先借我2000买回去的车票吗？到了就还你。', senders: STRANGER, hours: LATE },
  { label: 'fraud', type: 'romance', text: "My dear, the antique vase I bought for you at the London auction is held at customs. Please pay the release fee of 2,000 USD to the agent below and I will pay you back double when I land.", senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '王姐，咱俩在老年大学网课上认识也有一阵子了，我老伴走得早，和你聊天心里踏实。我在认购一个养老社区的房间，你也认一间吧，将来我们住对门，互相有个照应。', senders: STRANGER },
  // ——— other ———
  { label: 'fraud', type: 'other', text: '【藏友之家】您上传的藏品图片经专家初审，疑似清代官窑，市场估价80-120万。为出具权威鉴定证书，需缴纳鉴定费2800元，证书可用于拍卖及银行质押。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '秋拍征集中！您的藏品已入选海外拍卖专场，预估成交价三百万起。上拍前需缴纳上拍费、图录制作费和国际运输保险费共{amt}元，未成交全额退还。', senders: DIALER },
  { label: 'fraud', type: 'other', text: '高价回收纪念币！第三套人民币、熊猫币、生肖币按面值十倍回收，龙年纪念币一枚收100元。先寄样品，收到后付检测费180元，检测合格当天打款。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '鉴定证书\n证书编号：JD-2025-08861\n藏品名称：乾隆 粉彩九桃天球瓶\n检测项目：胎釉成分、包浆、款识\n鉴定结论：真品，品相完好\n市场参考价：RMB 1,280万\n注：本证书缴纳登记费6800元后生效，生效后方可委托我司指定拍卖行送拍。', senders: ['none', 'unknown_port', 'mobile'] },
  { label: 'fraud', type: 'other', text: '恭喜您在超话抽奖中获得偶像签名专辑和演唱会VIP票！领奖需先支付个人所得税及邮寄保价费328元：{url}', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'other', text: '公益应援：以偶像名义捐建一所希望小学，每位粉丝至少50元，转到发起人个人账户{acct}，捐满后公布证书。', senders: CHAT },
  { label: 'fraud', type: 'other', text: '马拉松竞猜群：猜冠军完赛时间，押中1赔8，押前三名1赔3，赛前一小时封盘，充值进群 {url}', senders: BLAST, links: ODD, hours: RACE_NIGHT },
  { label: 'fraud', type: 'other', text: '那个人说我那套邮票是孤品能卖二百万要先交一万二的保证金给拍卖公司我昨天已经转了六千今天他又说还要交个税才能打款给我账号是{acct}你帮我问问这个钱还要不要交', senders: CHAT },
  { label: 'fraud', type: 'other', text: 'Our overseas saleroom is inviting Chinese ceramics for the autumn sale. A consignment and catalogue fee of 980 USD is payable before shipping; it is fully refunded if the lot is unsold.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'other', text: '【老年大学幸运学员】恭喜您抽中价值2万元的夕阳红旅游套餐，需先交2000元手续费和保险费，今日内缴纳有效，逾期作废。', senders: BLAST },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[南湖钓友群] 各位钓友打扰了，群里的老孙在{name}借款逾期三个月了，谁和他熟的劝劝他，再不还我们就去钓场找他。', senders: CHAT },
  { label: 'harassment', text: '[广场舞群] 各位阿姨好，咱们队里的刘阿姨在我们平台欠了{amt}元，电话一直不接。麻烦大家今晚跳舞的时候提醒她一下，她要是不还，下次我们去广场上当面说。', senders: CHAT },
  { label: 'harassment', text: '#星河超话# 扒一扒这个天天控评的“粉头”：真名{person}，在{name}借钱买票追星，逾期不还，电话打爆了也不接。姐妹们看清楚这张脸，别跟她拼单！', senders: CHAT },
  { label: 'harassment', text: '喂，澄观拍卖吗？你们那有个委托人叫{person}，他在我们{name}欠着钱。他送拍的东西要是成交了，货款先别给他，先打给我们，不然我们天天去你们公司。', senders: HOUND },
  { label: 'harassment', text: '明天马拉松博览会你要去领参赛包吧？号码布A区的，我们都查到了。我们的人会在1号馆门口等你，当着那么多跑友的面，你自己掂量掂量。', senders: HOUND },
  { label: 'harassment', text: '您好，请问是老年大学书法二班的班长吗？你们班的{person}欠我们{name}一笔钱，逾期很久了，麻烦您在班上提醒一下她，下次上课我们也可以过来找她。', senders: AGENCY },
  { label: 'harassment', text: '你家那些邮票年册、评级币、铜炉我们都清楚放在哪。再不还{name}的钱，我们就上门把东西拉走抵债，到时候别说没通知你。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，打扰您休息了。您购买跑步装备的分期还有{amt}元未还，祝明天比赛顺利，赛后记得在{app}处理一下。', senders: OWN_LINES, hours: RACE_NIGHT },
  { label: 'harassment', text: '你明早不是要跑全马吗？今晚不把钱还上就别想睡，我每半小时打一次，看你明天还跑不跑得动。', senders: HOUND, hours: [22, 23, 0, 1] },
  { label: 'harassment', text: '【通话记录】{name}贷后 09:02 未接｜09:40 未接｜10:15 未接｜11:03 未接｜13:30 未接｜14:12 未接｜15:05 未接｜16:20 未接｜17:48 未接｜18:30 未接——您今天已是第10次未接听，我们会继续拨打直到您接听为止。', senders: AGENCY },
  { label: 'harassment', text: '{person}，{name}通知：因你长期逾期，我司将安排外访人员上门，需承担外访费800元，与欠款一并支付，否则外访费按日累加。', senders: BULK_HOUND },
  { label: 'harassment', text: '律师函\n致：{person}\n你在{name}的借款已严重逾期，我所受托正式通知：如48小时内未结清，将向法院申请冻结你名下全部藏品及银行账户，并承担律师函费用500元。\n某某律师事务所（章）', senders: BULK_HOUND },
  { label: 'harassment', text: '这里是区人民法院执行庭，{person}，你欠{name}的款项已进入强制执行程序，今天下午五点前不到{app}还清，我们将依法查封你收藏的字画瓷器并拘留。', senders: HOUND },
  { label: 'harassment', text: '你个老赖，欠钱不还还有脸天天在群里晒钓的鱼？钓你个头，赶紧把{name}的钱还了，别逼我骂你全家。', senders: HOUND },
  { label: 'harassment', text: '[摄影协会交流群] 大家看看这位会员{person}，拍得挺好，欠钱也欠得挺好，在{name}逾期两个月了。附上他的身份证照片，各位下次外拍见到他帮忙问问什么时候还。', senders: CHAT },
  { label: 'harassment', text: '您好，您是{person}的钓友吧？他在我们这欠了钱，我们联系不上他。您既然是他朋友，能不能先帮他还一部分，不然我们只能到他家里去了。', senders: AGENCY },
  { label: 'harassment', text: '还不上就去{other}借一笔，先把我们{name}的窟窿补上。你那么多手办，随便卖几个也够了，今天必须处理。', senders: AGENCY },
  { label: 'harassment', text: '演唱会你买的是内场A区12排吧？当天我们的人会在检票口等你，拉个横幅写上你的名字和欠款，让你的粉丝朋友们都看看。', senders: HOUND },
  { label: 'harassment', text: '王姐您好，我是{name}的工作人员，打扰了。您队里的刘阿姨在我们这有笔借款逾期了，金额是{amt}元，她不接电话，您是队长，方便时帮忙转告她一声，谢谢您。', senders: AGENCY },
  { label: 'harassment', text: '{sig}提醒：您的相机分期已逾期，请于今日内在{app}还款，避免产生罚息。', senders: OWN_LINES, hours: NIGHT },
  { label: 'harassment', text: '鉴真潮店铺“潮鞋小陈”的买家们注意：这位卖家在{name}欠钱不还，我们已经记下他的发货地址，大家收到货可以去他家看看，顺便催催他。', senders: CHAT },
  { label: 'harassment', text: '您好，澄观拍卖财务部吗？我们是法院委托的，你们委托人{person}的拍品结算款需要冻结，直接转到{name}的还款账户，这是执行要求，不配合要承担责任。', senders: HOUND },
  { label: 'harassment', text: '您好，您是{person}的孙女吧？你奶奶在我们{name}的借款逾期了，她老年大学的老师我们也联系过了。你做孙女的替她还一下吧，一家人不要闹到大家都知道。', senders: AGENCY },
  { label: 'harassment', text: '老孙，钓场老板我们已经打过招呼了，你下次去钓鱼，我们的人就在塘边等你，钱不还，你这个竿就别想要了。', senders: HOUND },
  { label: 'harassment', text: '[跑团群] 我们是{name}的，团里的大刘欠款不还，身份证号和住址我发群里了，大家周日LSD的时候看到他提醒一下，谁帮忙催回来有红包。', senders: CHAT },
  { label: 'harassment', text: '{person}您好，我是{name}委托的催收员。今天已经给您打了八次，您一直不接，我们只能联系您通讯录里的钓友和舞伴了，请您理解。', senders: AGENCY },
  { label: 'harassment', text: '您的评级币和邮票我们已经评估过了，够抵你欠{name}的一半，周六我们带人上门清点，你在不在家我们都会进去。', senders: HOUND, hours: NIGHT },
  { label: 'harassment', text: '老赖还有脸跑马拉松？还钱！', senders: HOUND },
  { label: 'harassment', text: '【电话录音】“{person}是吧？你别挂。你在{name}的钱拖了四个月了，一分不还，天天还有闲心去钓鱼、去跳舞？我告诉你，你们那个钓鱼群、广场舞队、老年大学的班长，我们都已经联系上了，你欠多少钱、住哪个小区，他们都知道了。你要还要脸，今天就把钱还上。不还也行，你家里那几箱邮票和纪念币我们找人估过价了，周末我们带车过去，东西拉走抵债，你儿子单位我们也会去一趟。你自己看着办。”', senders: AGENCY },
];

export const BLIND18B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
