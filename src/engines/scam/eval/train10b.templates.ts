/**
 * TRAIN10 template bank, second half: fraud of every MPS type and illegal-collection harassment,
 * imitating the same channels as the normal half (HR and finance, landlords, teachers, courts,
 * tax refunds, parcel claims, crowdfunding, brokers). TRAINING data only, by the independent
 * twelfth author, session 5 (2026-12-02); see train10.templates.ts for who, how, what was read and
 * the styles. Concatenated into TRAIN10_TEMPLATES there.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
/** Personal, virtual, foreign or anonymous senders. */
const SCAM: Template['senders'] = ['mobile', 'virtual', 'foreign', 'none'];
/** Bulk SMS pretending to be an institution or agency. */
const BULK: Template['senders'] = ['unknown_port', 'mobile', 'virtual'];
/** Callers posing as a registered institution or an authority. */
const CALLER: Template['senders'] = ['prefixed', 'unknown_landline', 'virtual', 'foreign'];
const LOOKALIKE: Template['senders'] = ['lookalike_400', 'mobile', 'virtual', 'unknown_landline'];
const COLLECTOR: Template['senders'] = ['mobile', 'unknown_landline', 'virtual'];
const PHISH_LINKS: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const APP_LINKS: Template['links'] = ['apk', 'random', 'shortener'];

const FRAUD: Template[] = [
  // ── brushing_rebate: "reviewer" invitations, fake campus work-study, fake HR side jobs ──
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}】{person}您好，恭喜您入选本月“好评体验官”：在指定店铺下单并五星好评，货款和18元红包24小时内返还。首单需先垫付{amt}元，添加专属客服{phone}领取任务。', senders: BULK },
  { label: 'fraud', type: 'brushing_rebate', text: '同学你好，我是学校勤工助学中心的老师，现在有线上兼职岗位，给合作商家做网店数据维护，每单佣金8%-15%。货款需要你先垫付，平台一小时内连本带佣返到你卡上。下载任务App {url} 填学号注册。', senders: ['mobile', 'virtual', 'none'], links: APP_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '{person}，我是人事部的，公司给员工推了个福利副业：下班后用手机帮合作店铺冲销量，每做一单返佣金，本金次日随工资一起返还。今天先做三单，第三单金额大一点，要一次性垫付{amt}元。', senders: ['mobile', 'virtual', 'none'] },

  // ── fake_investment: fake private funds, a "bank manager's" inside quota, fake brokers ──
  { label: 'fraud', type: 'fake_investment', text: '【{other}财富】尊敬的客户，您获得私募基金“稳盈1号”内部认购资格，已在证监会备案，保本保息，年化收益18%。认购款请转至基金托管专户{acct}，名额仅剩3个。', senders: BULK },
  { label: 'fraud', type: 'fake_investment', text: '阿姨您好，我是您开户那家银行的理财经理小吴。行里给老客户留了一批内部额度的养老理财，年化12%，柜台买不到。您把钱转到我们合作公司的账户{acct}，我帮您登记。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是鼎盛证券的投资顾问，公司今年推出“AI量化托管”，您只需下载App {url} 入金，系统自动交易，月收益8%以上，亏损由公司风险准备金全额补偿。', senders: ['mobile', 'virtual', 'foreign', 'unknown_landline'], links: APP_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '您好，您在平台的“黄金稳赚计划”已盈利{amt}元。根据监管要求，提现前需缴纳15%的个人所得税和风险保证金，请转入平台财务账户，缴纳后本金和收益一并到账。', senders: ['none', 'mobile', 'virtual'] },

  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的客户，您的公积金信用贷已预批{amt}元，年化2.8%，无需抵押，今日有效。请点击 {url} 填写身份证、银行卡及验证码完成提款。', senders: ['unknown_port', 'lookalike_short', 'mobile', 'prefixed'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，我是{name}贷款审核部的，您的借款已经批下来了，但银行卡流水不足。放款前需要您先转{amt}元到我们的验资账户{acct}证明还款能力，验资完成后这笔钱会和贷款一起打到您卡上。', senders: LOOKALIKE },
  { label: 'fraud', type: 'fake_loan', text: '【{other}】学生专享分期借款，凭学生证即可申请，不查征信，不告知家长，最高三万，当天到账。首次借款需缴纳{amt}元会员费，添加QQ {code} 办理。', senders: BULK },
  { label: 'fraud', type: 'fake_loan', text: '亲，您在我们平台申请的借款放款失败，系统显示您填写的收款卡号与姓名不一致，资金已被冻结。请在30分钟内缴纳{amt}元解冻金，否则将影响您的征信。客服专线{phone}', senders: ['mobile', 'virtual', 'none'] },

  // ── fake_customer_service: parcel claims, product recalls, SIM "re-verification", insurance ──
  { label: 'fraud', type: 'fake_customer_service', text: '【快递理赔中心】您好，您的包裹（运单尾号{tail}）在转运中丢失，按规定可获赔{amt}元。请点击 {url} 填写收款银行卡号、预留手机号和收到的验证码，24小时内到账。', senders: BULK, links: ['lookalike', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是{other}的售后客服，您买的电热毯被检测出安全隐患，我们给您退款并补偿{amt}元。您打开支付宝搜一下“备用金”，先把它借出来，这是退款通道的验证步骤，验证完马上退回去。', senders: ['unknown_landline', 'mobile', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}尊敬的用户，您的手机号因实名信息过期将于今日24点停机。为避免停机，请立即回复收到的6位验证码完成实名认证，或登录 {url} 更新信息。', senders: ['unknown_port', 'lookalike_short', 'prefixed'], links: ['lookalike', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这边是{name}保险服务中心，您去年买的意外险可以办理“退保返现”，能退回{amt}元。需要先缴纳一笔保单解冻手续费，转到我们理赔专员的账户{acct}，完成后全额一起退还。', senders: ['lookalike_400', 'mobile', 'unknown_landline'] },

  // ── impersonating_authority: fake court summons, fake tax refund, police, social security ──
  { label: 'fraud', type: 'impersonating_authority', text: '【人民法院】{person}您好，您有一份民事起诉状待签收，案号（2026）民初{code}号。请在今日17点前登录 {url} 查看传票，并缴纳诉讼保全保证金{amt}元，逾期将强制执行。', senders: BULK, links: PHISH_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【个税退税通知】您的2025年度个人所得税可退税{amt}元，已超过办理期限，需在今日内点击 {url} 填写银行卡号及验证码领取，逾期作废。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '喂，是{person}吗？我这是市公安局经侦支队，你名下一张银行卡被用于洗钱，涉案金额很大。要证明清白，就把卡里的钱转到我们提供的资金核查账户，核查完原路退回。这是秘密侦查，家人和银行都不要说。', senders: CALLER },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市社保局稽查科，系统显示您的社保卡在外地被冒用报销了{amt}元药费，已经被冻结。要解冻的话我帮您转接派出所民警，您配合做一下笔录和资金核实。', senders: CALLER },

  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我这边是征信服务中心的，系统显示您有一条网贷逾期记录，会影响您以后办房贷。我们有内部渠道做“征信异议”帮您删掉，成功率百分之百，先付{amt}元服务费，三个工作日出新报告。', senders: COLLECTOR },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您好，您在校期间开通的学生分期账户未按规定注销，已被标记为“不良账户”，将影响个人征信。请今日内联系注销专员{phone}办理，办理前需将账户内额度全部借出并转入指定清零账户。', senders: ['unknown_port', 'lookalike_short', 'mobile', 'prefixed'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '网贷逾期、信用卡逾期，专业律师团队帮你协商停息挂账，个性化分期最长60期，逾期记录可以修复。先签服务协议，收取前期费用{amt}元，不成功退款。加微信{phone}', senders: BULK },

  // ── fake_shopping: fake rentals, tickets, clearance sales ──
  { label: 'fraud', type: 'fake_shopping', text: '您好，我是房东，您在网上看的那套两居室还在，很多人在问。我现在在外地没法带看，您先交一个月押金{amt}元锁房，转到我这张卡上{acct}，钥匙我快递给您，不满意退押金。', senders: ['mobile', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'fake_shopping', text: '演唱会门票官方已售罄，我这有内部工作人员留的票，看台前排每张{amt}元，先全款转账锁票，开演前一天发电子票。需要的加我微信{phone}。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '【{other}】年终清仓，原价2999元的空气净化器今日仅需299元，限量500台，点击 {url} 下单付款，3日内发货，不支持货到付款。', senders: BULK, links: ['random', 'shortener'] },

  // ── impersonating_acquaintance: teacher, landlord, finance director, child abroad ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '家长您好，我是孩子的班主任{person}，这是我的新号码。学校统一订购下学期教辅资料，每人{amt}元，请今天放学前转到我这个账户{acct}，我统一交给学校，收到请回复孩子姓名。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你房东，我原来那张卡被冻结了，这个月起房租打到我爱人的卡上：{acct}。我今天急用钱，你现在先转过来吧，合同上那张卡别再打了。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是财务总监，在外面跟客户谈合同，不方便接电话。有笔项目保证金今天下午三点前必须付，你先从公司账户转{amt}元到对方账户{acct}，审批流程我回来补，这事先别声张。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我在英国的手机卡丢了，这是同学的号。学校说这学期学费没交上，今天不交就取消注册，你先转{amt}到我同学的国内账户{acct}，我回头跟你解释，别打电话，我在上课。', senders: ['foreign', 'mobile'] },

  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '你好，你在平台上挂的游戏账号我要了，{amt}元。我已经在“游易通”担保平台下单付款，你注册一下就能收款 {url} ，平台提示你要先交保证金才能解冻货款，交完马上退。', senders: ['mobile', 'none', 'virtual'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '小朋友，你的游戏账号抽中了“限定皮肤免费领”，要验证你是真人才能领。你拿爸爸妈妈的手机打开付款页面，把上面的数字念给我听，不会扣钱的，扣了也会退。', senders: ['none', 'mobile', 'virtual'], hours: [12, 16, 17, 18, 19, 20] },
  { label: 'fraud', type: 'game_trading', text: '出售游戏金币和装备，比官方商城便宜一半，不走平台没有手续费，先付款后发货，微信转账{amt}元，十分钟内到你账号上。', senders: ['mobile', 'virtual', 'none'] },

  // ── romance ──
  { label: 'fraud', type: 'romance', text: '亲爱的，认识你真好。我叔叔在证券公司做分析师，给了我一个内部平台，每天稳定赚5%，你也注册一个吧，先充{amt}试试，赚了我们就一起去旅行❤️ {url}', senders: ['none', 'mobile', 'foreign'], links: APP_LINKS, hours: [19, 20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '宝贝，我寄给你的生日礼物被海关扣了，里面有首饰和一些现金，要交{amt}元清关费才能放行。我在国外转不了账，你先帮我转到清关公司账户{acct}，我回来就还你。', senders: ['foreign', 'none', 'mobile'] },
  { label: 'fraud', type: 'romance', text: '我们在交友App上聊了两周，我是真心想和你在一起。我在一个博彩平台发现了规律，每晚十点下注稳赢，你先充一点钱，我教你怎么下，以后我们结婚的钱就有了。', senders: ['none', 'virtual', 'mobile'], hours: [20, 21, 22, 23] },

  // ── other: fake crowdfunding, scholarship fees, public-housing deposits, prizes, money mules ──
  { label: 'fraud', type: 'other', text: '【爱心筹款】我是小宇的妈妈，孩子突发白血病急需手术费，筹款平台提现太慢，好心人请直接转到我的个人账户{acct}，转发本条也是帮忙。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'other', text: '【奖学金发放通知】同学你好，你已获得国家励志奖学金5000元，发放前需缴纳个人所得税和手续费{amt}元，请于今日内转入学校代收账户{acct}，逾期视为放弃。', senders: BULK },
  { label: 'fraud', type: 'other', text: '【公租房管理中心】您申请的公租房已通过摇号，请在48小时内缴纳租赁保证金{amt}元至指定账户{acct}，逾期将取消资格。', senders: BULK },
  { label: 'fraud', type: 'other', text: '恭喜您在{other}周年庆抽奖中获得一等奖：笔记本电脑一台及现金{amt}元！请登录 {url} 填写领奖信息，领奖前需先缴纳公证费和快递费。', senders: BULK, links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'other', text: '帮忙收款赚佣金：用你的银行卡帮我们收一下客户货款，每收一万给你三百，收到后按要求转到下一个账户，日结，要做的私聊{phone}。', senders: SCAM },
];

const HARASSMENT: Template[] = [
  // ── third parties told about the debt and pressed to pay ──
  { label: 'harassment', text: '您好，您是{person}的房东吧？他在我们{name}借的钱逾期三个月了，人一直躲着。麻烦您跟他说一声，这个月房租先别收他的，让他先还我们，不然我们只能去您房子那儿找他。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，请问是{other}人事部吗？你们员工{person}在我们这欠款{amt}元不还，请你们财务这个月直接从他工资里扣下来转给我们，不配合的话我们就天天打你们前台。', senders: COLLECTOR },
  { label: 'harassment', text: '你是{person}的同事吧，他通讯录里备注“饭搭子”那个。他欠{name}的钱一直不还，你们关系这么好，你先替他垫上{amt}，不然我们就挨个给你们部门打电话。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '大姐您好，我是{name}的，您弟弟{person}在我们这儿借了{amt}元，已经逾期两个月了，利息每天都在涨。您是他亲姐姐，这笔钱您得替他想想办法，先还一部分也行。', senders: ['mobile', 'unknown_landline', 'official_hotline'] },
  { label: 'harassment', text: '你是{person}的室友吧？他手机停机了，你跟他住一起肯定知道他的情况。他欠我们{amt}元，你让他今天还，不然我们明天就到你们合租房门口等着，你也别想安生。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '您好，您是{person}的家长吧？您家孩子在{name}的欠款逾期了，我们已经给你们村委会打电话说明了情况，过两天还会去村里张贴欠款公示，您不想丢人就赶紧替孩子还上。', senders: COLLECTOR },
  // ── banned hours, too many calls, lone night visits ──
  { label: 'harassment', text: '{sig}{person}，您的借款已逾期，请立即登录{app}还款。', senders: ['official_port'], hours: NIGHT },
  { label: 'harassment', text: '[来电 23:15] {person}，睡了没？别装睡，你欠{name}那笔钱打算什么时候还？今晚不给个说法，我过半小时接着打。', senders: COLLECTOR, hours: [23, 0, 1] },
  { label: 'harassment', text: '{person}，今天给你打了十一个电话你一个不接，我们系统会一直拨到你接为止，你换号也没用。', senders: ['mobile', 'unknown_landline', 'official_hotline'] },
  { label: 'harassment', text: '{sig}{person}，您的逾期账单{amt}元今日务必处理，8点前未还款，我们将依次联系您的紧急联系人和工作单位。', senders: ['official_port', 'unknown_port'], hours: [5, 6, 7] },
  { label: 'harassment', text: '{person}，我现在就在你家楼下，一个人来的，灯亮着我知道你在家。今晚不下来谈我就一直在这儿等，明天一早挨家敲你邻居的门问。', senders: ['mobile', 'virtual'], hours: [22, 23, 0] },
  // ── public exposure, spreading private information, workplace visits ──
  { label: 'harassment', text: '{person}，你再不还钱，我们就把催收函打印出来贴到你们小区单元门口和物业公告栏，让全楼的邻居都看看。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，你的身份证照片和借款合同我们已经发给你微信好友里的三十个人了，剩下的今晚发完，你想让大家都知道就继续躲。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，你们公司前台我们已经打过招呼了，明天上午我们三个同事去你单位，当着你领导的面把账算清楚，要面子就今天还。', senders: COLLECTOR },
  // ── extra fees, new loans for old, threats and insults ──
  { label: 'harassment', text: '你的欠款现在不止{amt}了，逾期这么久，我们要加收上门催收费、律师费和通讯费共计1500元，今天连本带费一起还清，少一分都不行。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，没钱还就去{app}或者别的平台再借一笔，我把下款快的几个口子发你，借出来先把我们这边平了，今天必须到账。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，你儿子在实验小学三年级二班对吧，四点半放学，我们有人认识他。你自己掂量掂量，别让孩子跟着你受罪。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '欠钱不还的东西，你爹妈怎么养出你这么个废物，借钱的时候装可怜，现在连电话都不敢接，活该一辈子穷。', senders: ['mobile', 'virtual'] },
  // ── fake court papers and fake police ──
  { label: 'harassment', text: '【法院传票】{person}：因你拖欠{name}借款{amt}元，本院已立案受理，定于明日派执行人员到你单位和住所查封财产。如需撤诉，请于今日16点前联系原告还款。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '我是你户籍所在地派出所的民警，{name}已经报案说你恶意骗贷。你今天把欠款还了，我这边就帮你把案子撤了，不然明天就上门带人。', senders: COLLECTOR },
];

export const TRAIN10B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
