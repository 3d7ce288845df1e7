/**
 * BLIND22 held-out bank, second part: fraud and harassment. Written with blind22.templates.ts by
 * the same independent (twenty-ninth) author in session 9, 2026-12-02; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here, applied in this order. (1) A victim's own retelling of a scam (a
 * note under a fake "转账成功" screenshot) is labelled by the scam; a warning written by a
 * relative, a nurse, a care home, a 网格员, an insurer, a lender or the police, and an "is this
 * real?" that only describes a message, are normal (first file). (2) Someone met online or at a
 * dance who courts the victim and leads to money (a parcel fee, a "platform", a 康复医院 share, an
 * 安置保证金) is `romance`, whatever the bait — even when the suitor poses as a doctor or nurse.
 * (3) A message posing as a named state body — 医保局 / 医疗保障局, 医保基金监管, 异地就医结算中心,
 * 长护险经办中心, 卫健委, 民政局, 市场监管局, 纪委监委, the police — is `impersonating_authority`,
 * including 医保卡 "盗刷" calls transferred to "公安", "补贴激活" at an ATM and a 赔偿 that needs
 * "个税" first. (4) Any offer of credit (大病急救贷, 医美贷, 试管贷, 种牙贷, 孝心贷, cross-border
 * medical loans) that wants a fee, 保证金, 解冻费, 诚意金, 流水 or an insurance premium before paying
 * out is `fake_loan`. (5) "Cancelling" a 医美 / 口腔 / 试管 分期 or its unused 额度 "because it hurts
 * 征信", "hiding" or "removing" 医疗类逾期, and 征信中心 calls about a loan "taken in your name" are
 * `fake_credit_repair`. (6) A message posing as the service that holds the victim's own policy,
 * order, stay or campaign — the insurer's 理赔 desk, 惠民保, a 百万医疗 auto-renewal, a pharmacy
 * order, the hospital's 住院处 / 财务科, the care home's 财务, the crowdfunding platform, the
 * instalment lender, a 退保 "服务中心" — about that account, a refund, a claim or a deposit is
 * `fake_customer_service`. (7) A grandson, child, nephew, friend, 班主任, care-home 院长, hospital
 * 院长 or former clinic doctor on a new number or account asking for money (even for medicine
 * they offer to fetch) is `impersonating_acquaintance`. (8) Paid tasks (reviews of hospitals,
 * pharmacies or clinics, likes, 打卡, 抢号 with a deposit) are `brushing_rebate`; a return on money
 * (养老床位 and 候鸟养老 shares, 以房养老, 理疗仪 leasing, 种植基地, 原始股, 新药 allotments, 医美
 * 门店 dividends, "长寿基金") is `fake_investment`; game accounts, coins, 点券 top-ups, 代练 and
 * game-trading sites are `game_trading`. (9) Goods or services paid and never delivered or fake
 * — 靶向药 代购, miracle cures, 专家号 代挂, 包成功 试管, 医保 "shopping" sites, 磁疗 mattresses,
 * hospital beds and 公办养老院 places sold, 九价 at home — are `fake_shopping`. (10) Everything else
 * is `other`: 医疗补助 and 门诊共济 "返还金" links from a nameless "中心" or "平台" that names no
 * state body, prize 体检 packages with a 运费, appeals for a patient that bypass any platform to a
 * personal card, 护工 jobs with a 上岗证 fee, a nameless "健康档案中心" asking for a code, a stranger
 * at the hospital gate with a forged payment screenshot, 慢病药 "免费领取" with a 押金.
 * Harassment: a collector — even a registered lender's own port or hotline, even politely —
 * who calls or texts between 22:00 and 08:00; rings past six attempts; calls or tells a nurses'
 * station, a ward, a carer, a doctor, a care home, the hospital's HR, the parents, the spouse or
 * a village committee; posts in a patients' family group or threatens a banner or 大字报 at the
 * hospital; adds 上门费, 违约管理费 or a 30% penalty; pushes a new loan; presses a guarantor or
 * relative to pay from 医保 or 养老金; threatens to come to the ward, the dialysis room or the
 * hospital gate; insults; or sends fake 律师函, court 案号 or 公安 "追逃" notices.
 */
import type { Template } from './eval.types.js';

/** Bulk blasts from unregistered ports, MVNO ranges, personal mobiles and abroad. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign'];
/** Ports and numbers dressed up as an institution's own. */
const FAKE_PORT: Template['senders'] = ['unknown_port', 'lookalike_short', 'prefixed', 'lookalike_400', 'virtual'];
/** Callers: virtual, look-alike, foreign, prefixed, landline and mobile numbers. */
const DIALER: Template['senders'] = ['virtual', 'lookalike_400', 'foreign', 'prefixed', 'unknown_landline', 'mobile'];
/** Chats pasted or forwarded from an app, or a number the chat came from. */
const CHAT: Template['senders'] = ['none', 'mobile', 'virtual'];
/** "This is my new number". */
const NEW_NUMBER: Template['senders'] = ['mobile', 'virtual'];
/** Contacts abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
/** The victim's own retelling. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Group-chat posts pasted. */
const GROUP: Template['senders'] = ['none'];
/** Collectors' own phones and desk lines. */
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline'];
/** A registered lender's own port or hotline. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A registered lender's own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];

const FRAUD: Template[] = [
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 喂，{person}是吧？这里是市医疗保障局基金监管处。系统显示您的医保电子凭证在外省三家诊所有门诊共济结算记录，涉嫌参与团伙骗取医保基金，金额比较大。嗯，您先别挂，我给您转到市公安局经侦支队做个笔录，期间不要和家人讲，这是保密案件。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【医保基金监管】您的职工医保个人账户涉嫌被冒用于购买处方药倒卖，账户已临时限制使用。请于今日内登录{url}完成“本人实名核验”，逾期将移交公安机关并停止医保待遇。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '我是市公安局刑侦大队的李警官，警号0371xx。你名下医保卡被人拿去给一个诈骗团伙的“病人”刷了二十多万，你现在涉嫌帮助信息网络犯罪。为了证明清白，你要把银行卡里的存款转到我们指定的资金监管账户{acct}做核查，核查完原路退回。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【卫健委】您好，您在本市某医院的就诊记录被举报存在“挂床住院”违规情况，需配合调查。请下载“国家卫健执法”App {url} 进行视频问询，登录需提供您银行卡及短信验证码用于资金冻结核查。', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，我是民政局养老服务科的。您家老人申请的高龄护理补贴已经批下来了，一共八千六，但是系统显示您的银行卡未开通“民政专项收款”，需要您在ATM上按我说的操作激活，我一步步教您，先把卡插进去。', senders: DIALER, hours: [9, 10, 14, 15] },
  { label: 'fraud', type: 'impersonating_authority', text: '【长护险经办中心】您家老人的长期护理保险待遇因“失能评估资料不实”被暂停，如需恢复请联系稽核专员{phone}补缴评估保证金3000元，否则已发放的护理费将全额追回并记入失信名单。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '奶奶我跟您说啊，我是派出所的小张，您别害怕。您医保卡被坏人在外地盗刷了，现在要把您家里存折上的钱先取出来，放到我们派来的同志那里保管，等案子破了再还给您。这事千万别跟您儿子说，他那个单位也在查，说了对他不好。', senders: DIALER, hours: [9, 10, 15, 16] },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管局】您购买的“XX牌”降压保健品已被认定为假药，您可申请三倍赔偿。请添加消费者赔付专员微信{phone}，先缴纳赔偿金个人所得税{amt}元，赔付款当日到账。', senders: BLAST },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是国家医疗保障局异地就医结算中心。您上个月在外地的住院结算被系统判定为“重复报销”，需要退回{amt}元，否则您的医保待遇将被冻结一年，并影响家属参保。请按2转人工，由专员告知退款账户。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[微信聊天] 对方：我是市纪委监委的，你们医院采购的事情涉及你，我们需要你配合。你先下载一个会议软件，开启屏幕共享，把你名下银行卡都调出来让我们看一下流水。\n对方：这件事是保密的，不要告诉你们院长。', senders: CHAT },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是华康健康险理赔中心的，您上个月的住院理赔因为银行卡信息有误退回了，需要重新打款。麻烦您打开手机银行，我这边给您发一个验证码，您念给我听我来帮您完成打款确认。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【惠康保】尊敬的参保人，您的惠民保年度理赔金{amt}元待领取，因收款账户未认证，请于24小时内点击{url}填写银行卡号、密码及短信验证码完成领取，过期作废。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 喂，{person}您好，我是百万医疗险的客服，您去年在支付宝买的医疗险是“自动续费”的，嗯，今天要扣您两千四，您要是不想扣，我帮您关掉。您先下载一个“云会议”，我共享屏幕指导您操作，很快的。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是暖心筹平台客服。您为父亲发起的筹款已经满额，但提现账户被风控系统冻结了，需要您先往这个对公账户{acct}存入筹款金额10%的“资金解冻金”，解冻后与善款一并提现。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【康泰大药房】您于{date}下单的处方药因药监抽检不合格已召回，我们将双倍退款{amt}元。请添加售后专员企业微信{phone}，提供付款银行卡和验证码办理退款。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}家属您好，我是滨江市第二人民医院住院处的。患者出院结算时医保多扣了{amt}元，医院要退给你们，现在医院系统升级只能线上退，你加一下我们财务科的QQ，开个屏幕共享我教你操作。', senders: ['unknown_landline', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您好，您的医美分期因机构倒闭可申请全额退款，退款需先将剩余本金“对冲”到我司风控账户{acct}，系统核对后48小时内连同已还款项一起退回。详询{phone}。', senders: ['unknown_port', 'lookalike_short', 'lookalike_400'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 阿姨您好，我是您家老人住的那个颐年养老中心的财务，我们中心搬迁了，之前交的十万押金要退给您，嗯，但是要走银行“备用金”流程，您先往这个卡上转一块钱验证，然后我们再把押金打给您。', senders: DIALER, hours: [10, 11, 15, 16] },
  { label: 'fraud', type: 'fake_customer_service', text: 'Dear customer, your health insurance claim has been approved but payment failed. 请登录 {url} 重新绑定收款卡，需输入银行卡密码和动态验证码。Claim will be cancelled in 12 hours if not updated.', senders: ['foreign', 'unknown_port', 'virtual'], links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【退保服务中心】{person}您好，您名下重疾险已缴满5年，可申请“无损退保”全额退还保费{amt}元。本中心与保险公司合作，办理需先支付退保服务费，并提供保单号及身份证正反面。回复1办理。', senders: FAKE_PORT },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}征信管理部的，您在校期间办理的医美分期被银监认定为不合规学生贷款，现在需要注销，不注销会影响您和父母的征信，以后买房贷款都办不了。注销前需要把账户额度清零，我指导您先借出来转到核销账户。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '医美分期逾期上征信了？我们专业处理“医疗类逾期”，可以开具医院住院证明帮您申请“因病逾期免责”，征信30天恢复。先付定金一千，成功后付尾款。V：{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[抖音私信] 姐妹你好，看到你评论说做牙的分期影响征信贷不了款。我们有银行内部渠道，可以把你的“医疗分期”从征信报告里隐藏，报告干干净净，一次收费2980，不成功全退。', senders: CHAT },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信中心】您在{other}办理的口腔分期存在异常记录，已影响您的个人信用评分。请于{date}前点击{url}申请“信用修复”，逾期将被列入失信人名单。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 喂，您好，这边是{name}的客服，您之前开过一个试管婴儿的医疗分期，嗯，就是说，那个额度一直没用完，监管要求清理，不清理的话每个月会在征信上报一次“多头借贷”，嗯，您配合我操作一下，把额度关掉就行。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}你好，你之前在我们这做的热玛吉是分期的，合作的金融公司被查了，你的借款合同要“解约”，不解约算非法贷款，征信会有污点。你把App里能借的额度都提出来，转到我们发的监管账户，走完流程就解约了。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'fake_credit_repair', text: '老人家医保欠费影响子女征信？我们可帮您一次性“消除医保欠费记录”，同时修复子女信用，保证子女考公政审不受影响。加急办理需先交服务费{amt}元。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，我是征信中心的，您有一笔医美贷款被别人冒名办理了，这笔逾期要是不处理，会影响您的征信。我们现在帮您申请撤销，您需要在几个借款App上把额度激活，证明不是您本人在用，然后把借出的钱转到中心的核查账户。', senders: DIALER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【颐康养老产业】诚邀您参加“候鸟式养老”项目说明会：认购5万元养老床位使用权，每年返还12%“养老补贴”，5年后本金全退，还可免费入住海南基地。现场签约加送价值3800元保健礼包。地址及报名{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '阿姨，您把房子抵押给我们合作的担保公司，贷出来的钱投到“养老理财”里，每个月给您返一万二，比您退休工资多得多，房子还是您住着，一点不影响。好多老人都签了，您看下合同，今天签还有开门红奖励。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'fake_investment', text: '[健康讲座群] 老师：各位叔叔阿姨，我们公司的“灵芝孢子粉种植基地”现在对会员开放认购，一亩地两万，每年分红20%，还能拿孢子粉吃。今天报名的送三次免费理疗。名额就剩最后八个了，要的私信我。', senders: GROUP },
  { label: 'fraud', type: 'fake_investment', text: '投资医疗器械，稳赚不赔：出资认购一台“量子理疗仪”放在社区健康驿站使用，每台3万元，每月返租金2600元，一年回本。公司承诺三年后原价回购。已有上千位老会员受益！详情咨询{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，您是我们康养中心的老会员，现在推出“医养结合”原始股内部认购，每股1元，明年在香港上市后预计翻十倍。已经有很多阿姨把存款都投了。下载App {url} 就能认购。', senders: ['mobile', 'virtual'], links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '我是某三甲医院的退休主任，现在帮一家生物医药公司做顾问。他们的抗癌新药马上过审，内部员工有认购额度，现在投十万，过审后至少翻五倍。这事不能外传，你要是信我，把钱转到这个账户{acct}，我帮你占个名额。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'fake_investment', text: '【惠民健康】购买本公司“百岁养生保单”理财型产品，年化收益15%保本保息，比存银行强十倍！首期5万元起投，推荐老姐妹再享1%提成。客服经理{phone}，可上门签约。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_investment', text: '[微信群] 王总：各位，医美连锁“颜值合伙人”计划最后三天，投入十万入股一家门店，每月固定分红八千，年底还有超额分成。大家看截图，张姐上个月分红已到账。想加入的私聊我，走公司账户{acct}。', senders: GROUP },
  { label: 'fraud', type: 'fake_investment', text: '听说您老伴身体不好，我们这个“长寿基金”专门给老人做养老规划：把积蓄放进来，每月领养老金，本金随时能取，年收益18%，还包您老伴以后住养老院的床位。今天存的话利息按最高档。', senders: ['mobile', 'unknown_landline'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '家人住院急需用钱？“大病急救贷”无抵押、不看征信，最高30万，2小时到账。只需提供住院证明，放款前缴纳{amt}元“医疗风险保证金”，到账后随贷款一起退还。申请{url}', senders: BLAST, links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您申请的医疗专项借款8万元已审核通过，但您填写的收款银行卡号有误，资金已被冻结。请在两小时内缴纳账户解冻费3800元至{acct}，解冻后连同借款一起到账，逾期将收取违约金。', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_loan', text: '[通话转写] 喂，您之前在网上咨询过医美贷款对吧？嗯，我们这边是{other}合作的金融机构，额度给您批了五万，就是说，您的流水不够，得先往您自己账户存一万二做“流水”，我们这边看到了就放款，钱还是您的。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '做试管的姐妹看过来💕 试管婴儿专项贷款，年化3.6%，不查征信，先做后还。申请后需先交1500元“医疗审核费”，审核不过全额退。加客服{phone}，名额有限！', senders: ['unknown_port', 'virtual', 'mobile', 'none'] },
  { label: 'fraud', type: 'fake_loan', text: '【种植牙惠民贷】老年人专享，种牙费用全额贷款，60岁以上也能办，无需子女担保。下载{url}申请，放款前需购买“借款意外险”698元，放款后全额返还。', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '您好，我是{name}信贷部的，您家老人住院的情况我们了解了，可以给您办一笔“救助贷”，不看征信，但要先交三个月利息作为诚意金，交了马上放款，您看可以吗？款项走我们经理个人账户，财务那边下班了。', senders: ['mobile', 'lookalike_400', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '[微信聊天] 放款专员：您的医疗贷已经批了，五万块，但系统显示您银行卡是二类卡，打不了款，需要开通“VIP快速通道”，交998就能改成直接到账。\n放款专员：交完十分钟到账，不交就只能退件了哦。', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '养老院押金不够？“孝心贷”专为子女设计，凭老人身份证即可借款，最高20万。首次申请需缴纳工本费和公证费共计{amt}元，贷款到账后可抵扣。咨询{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: 'Medical loan approved! 您的跨境医疗贷款（赴港就医）额度HK$200,000已审批通过，请先缴纳5%保证金至指定账户激活额度，保证金于放款后退回。Contact our loan officer on WhatsApp {phone}.', senders: OVERSEAS },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '【海外特效药代购】印度仿制抗癌靶向药，价格只要国内十分之一，保证正品，顺丰到付。先付全款的一半定金，发货后付尾款。加微信{phone}看药品实拍和患者反馈。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '糖尿病不用再打胰岛素！祖传秘方“降糖草本丸”，三个疗程根治，无效退款。原价1980元一盒，今天下单特价980，货到付款。点击{url}抢购。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '三甲医院专家号代挂，协和、华西、湘雅都能挂，特需号加价500，普通专家号加价300。先付款后挂号，挂不到全额退。已帮上千患者挂号成功。联系人：张医助{phone}', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '[小红书私信] 您好，看到您在问试管的事。我们和泰国一家医院合作，“包成功套餐”38万，不成功全退，先交十万定金锁定医生档期。很多明星都在我们这做的。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '【康宁网上药房】医保个人账户余额可直接购买保健品、化妆品和粮油，全场五折，支持医保扫码。今日下单送血压计。进店{url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_shopping', text: '阿姨，这个“磁疗能量床垫”是我们德国原装进口的，睡上一个月，高血压、颈椎病、失眠都能好。今天讲座价一万二，明天就恢复原价两万。您交个三千定金，我们明天送货上门，剩下的货到再付。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '[朋友圈] 手里有几个市一院住院部的床位，要住院不用排队，一个床位转让费2000，包办住院手续。需要的私聊，先转定金，名额先到先得。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '【九州养老】公办养老院床位内部指标转让，免排队直接入住，床位费每月仅1200元。需先交5万元“床位锁定金”，入住时抵扣。联系{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: 'HPV九价疫苗现货，不用摇号，上门接种，1998元三针。先付定金600元预约，护士带冷链箱到家。请转账至{acct}并备注姓名。', senders: ['mobile', 'virtual', 'unknown_port'] },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶，是我，小军。我在学校打球摔了，现在在医院，腿要做手术，医生说要先交两万押金。我不敢跟我爸说，他会骂我的。您先把钱转给我同学的卡{acct}，他在医院帮我交，您千万别告诉我爸啊。', senders: NEW_NUMBER, hours: [9, 10, 15, 19, 20] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[通话转写] 喂，是{person}吗？我是你儿子的班主任刘老师，你儿子在学校突发急性阑尾炎，现在在医院，要马上手术，我先替你垫了一部分，还差一万五的手术费，你转到主治医生的账户上，我发给你。你赶紧来医院。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机摔坏了，这是我同事的号。我在医院陪我岳父，他刚进ICU，医院要交五万押金，我卡里钱不够，您先转三万到这个账户{acct}，明天我就还您。先别打电话，医院里信号不好。', senders: NEW_NUMBER, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信聊天] 对方：王哥，是我，老李，我换微信了。我爸在老家住院了要做心脏支架，钱一时凑不齐，你能先借我两万吗？下个月发工资就还你。\n对方：直接转我卡上就行，微信转账额度不够了。', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是颐年养老中心的张院长，你父亲刚才在卫生间摔倒了，骨折，现在送到医院了，医院要先交手术费一万八，我这边先垫不了，你直接转给医院的刘主任吧，账户是{acct}。快点啊，医生等着呢。', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿婆，我系阿杰啊，我喺深圳撞咗车入咗医院，而家要俾钱先做手术。我唔敢同阿妈讲，你可唔可以转两万俾我朋友，佢帮我交医药费，你千祈唔好同人讲啊。', senders: ['foreign', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '舅妈，是我，你外甥女小雯。我在广州做了个小手术，医生说有并发症还要住几天，住院费还差八千，我不想让我妈担心，你先借我一下好吗？转我新卡{acct}，这是我新办的工资卡。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 院长：小周，我在卫健委开会，不方便接电话。有一笔设备采购款今天必须付，你先用科室的备用金转给供应商，账户我发你了，{acct}，付完给我截图，会议结束我签字补流程。', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老姐姐，我是你们社区卫生站的小刘大夫啊，你还记得我吧？我现在调到市医院了，你上次问的那个进口药我能帮你从医院内部拿，价格便宜一半，你先把钱转我，我下周给你送过去。', senders: ['mobile', 'virtual'] },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天] 陈医生：亲爱的，我在叙利亚的联合国医疗队，这里条件很苦，但想到你就有动力了。我这次任务结束有一笔40万美元的补贴，要寄到中国给你保管，快递公司说要你先付清关费{amt}美元，你帮我付一下好吗？我回国就娶你。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '宝贝，我是协和的骨科医生，平时太忙没时间谈恋爱，遇到你是缘分。我在医院内部有个医疗器械的投资项目，收益很高，我不想让你一辈子辛苦。你先注册这个平台{url}，我带你投一点试试，赚了就给你买房子。', senders: ['mobile', 'virtual', 'none'], links: ['random', 'apk'] },
  { label: 'fraud', type: 'romance', text: '[微信聊天] 李大夫：阿姨，这段时间跟您聊天，我觉得您特别善良。我母亲在美国住院了，我的卡被冻了，手术费还差两万美金，您能先帮我垫一下吗？我回国第一件事就是去看您。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: 'Hi dear, I am Dr. Michael, a surgeon working with WHO in Yemen. I think about you every day. I sent you a gift box with jewellery and cash, but customs in Guangzhou need a clearance fee of 12,800 yuan. Please pay to the agent {phone}, I will refund you when I arrive.', senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '[交友软件] 小雪（护士）：哥，你人真好，跟你聊天特别开心。我们医院最近在搞一个内部理财，我表姐在里面上班，每天都能稳赚，你要不要也试试？我给你发链接{url}，先充一千，赚了我们一起去旅游。', senders: ['none', 'virtual', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'romance', text: '[通话转写] 嗯，老王啊，是我，上次跳舞认识的小芳。你身体怎么样了？我跟你说，我表哥在做一个“康复医院”的项目，要是投点钱，以后我们俩老了住进去不要钱，还每月分红。你先拿五万出来，我们一起投，我那边也投五万。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天] 军医张涛：我在部队医院，下周调回你那边，到时候我们就能见面了。部队的转业安置费要走地方账户，我在部队不能用个人卡，你先帮我交一下3万的“安置保证金”，下个月连本带利转给你。', senders: ['none', 'virtual'] },
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '宝妈在家兼职💰 给医院和诊所写好评，一条20元，日结。先下载{url}注册，接第一单垫付挂号费39元，完成后返本金加佣金。后面的“组合任务”佣金更高。', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'brushing_rebate', text: '[兼职群] 管理员：今日任务：在“康泰网上药房”下单指定保健品并好评，垫付498，返本金+佣金60。已完成的截图发群里领钱。连续做三单的进阶任务，佣金30%！', senders: GROUP },
  { label: 'fraud', type: 'brushing_rebate', text: '招募“医美体验官”：在点评App给指定医美机构发笔记打卡，一篇80元。第一步需在小程序“预充值”项目体验金200元，三单后一次性返还本金及佣金。报名加{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 阿姨，您每天在家给我们这个养生App里的视频点赞、转发，一天就能赚八十块。先交一百九十八开通会员，交了就能做任务，做满一个月会员费也返给您。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【健康打卡领现金】每日步数打卡+观看健康科普视频，每天领5-50元。升级“VIP打卡会员”需充值{amt}元，返利翻倍，7天后可全部提现。下载{url}', senders: FAKE_PORT, links: ['apk', 'random'] },
  { label: 'fraud', type: 'brushing_rebate', text: '[微信聊天] 接单员：您好，您刚做完的“药品好评”任务卡单了，系统提示要连做三单才能解冻，第二单要垫付2680，第三单5800，完成后本金和佣金一次返还，不做的话前面的钱就退不了了。', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '招聘线上“挂号员”：帮患者在医院公众号抢号，抢到一个号佣金30元。先交押金300元领取抢号账号，每天做满20单返押金。在家就能干，手机就行。', senders: ['unknown_port', 'mobile', 'virtual'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '我爸住院急用钱，出一个王者荣耀V8账号，全皮肤，原价两万，现在八千急出。走平台太慢，你先付一半定金我换绑手机，另一半换完再付。诚心要的私聊。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '[游戏交易平台客服] 您好，您购买的游戏账号因卖家资金冻结无法交付，需要您补缴{amt}元“交易保证金”解冻，解冻后连同订单款一起退回。请点击{url}处理，否则订单作废不退款。', senders: CHAT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '住院无聊代练：原神、王者、和平精英都接，价格比工作室便宜一半。先付全款，48小时上分，不满意不收钱。加我QQ，转账到{acct}。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '游戏点券、钻石低价代充，五折到账，病房里的病友都在我这充。先付款后充值，一次最低充五百，充值期间别登录账号，不然会被封。付款码发你，转账请备注游戏ID。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '出梦幻西游金币，1元=3000万，比5173便宜三成。病房里挂机打的，量大。先转账后发货，走平台要扣手续费所以私下交易，加微信{phone}。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '[游戏私聊] 玩家“护士小姐姐”：我要回医院上夜班了，这把限定皮肤的号便宜出给你，2000，你在这个交易网站{url}下单，我这边确认发货。', senders: ['none', 'virtual'], links: ['lookalike', 'random'] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '【医疗补助中心】您符合“2026年困难群众大病医疗补助”申领条件，补助金额{amt}元。请于{date}前点击{url}填写银行卡信息领取，逾期视为自动放弃。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '【健康中国公益】恭喜您被抽中“老年人免费体检+保健礼包”，价值2680元。请支付快递运费及保价费39元，点击{url}填写收件地址。', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '各位好心人，我女儿得了白血病，医院说要五十万骨髓移植费，我们家实在拿不出来了。求求大家帮帮忙，直接转到我的卡{acct}，一块两块都是救命钱。（平台筹款要手续费，所以直接发卡号）', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'other', text: '招聘住家护工，月薪一万二，包吃住，无经验可培训。入职前需到指定机构办“护理员上岗证”，费用1800元，上岗后公司报销。联系人：刘经理{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【医保待遇平台】您有一笔“门诊共济返还金”{amt}元尚未领取，请下载{url}登录后绑定银行卡提现，本通知24小时内有效。', senders: ['unknown_port', 'virtual'], links: DOWNLOAD },
  { label: 'fraud', type: 'other', text: '[语音转文字] 您好，这里是“全国老年健康档案中心”，我们在为65岁以上老人建立健康档案，可以免费领取每月300元的营养补贴。需要您提供身份证号和银行卡号，再把收到的验证码报给我确认。', senders: DIALER },
  { label: 'fraud', type: 'other', text: '你好，我在医院门口，手机和钱包都被偷了，孩子发高烧要挂急诊，能不能借我手机扫码付一下两百块挂号费？我加你微信马上转给你。\n（随后对方提供的“转账成功”截图为伪造，钱从未到账）', senders: OWN_WORDS },
  { label: 'fraud', type: 'other', text: '【健康扶贫办】您的家人符合“慢病药品免费领取”政策，每月可领价值600元药品。需先缴纳一年的药品配送押金360元，请联系{phone}登记。', senders: FAKE_PORT },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '喂，是心内科三病区护士站吗？你们12床那个姓王的病人欠我们医美分期三万多不还，你们让她接电话！不接我就天天往护士站打，让全病区都知道她是个老赖。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，别以为躲进医院就没事了，你住几楼几床我们都查到了。明天不还钱，我们的人就去病房找你，当着你家人的面把话说清楚。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，您是{person}的护工吧？这位病人欠了我们平台的牙科分期一直不还，您帮我们转告一下，再不还我们就把欠款信息发到她住的那个病区群里，您也帮着催催，不然我们以后天天打您电话。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}您好，您的医美分期已逾期，现通知您：本期另加收“上门催收服务费”800元及“违约管理费”500元，请于今日一并还清，否则将安排外访人员到您就诊的医院。', senders: OWN_LINES },
  { label: 'harassment', text: '老太太，你儿子欠了十几万的网贷不还，你现在住的养老院我们知道在哪。你的养老金该替他还了，不然我们就去养老院门口拉横幅，让你们院里的老头老太太都知道。', senders: COLLECTOR },
  { label: 'harassment', text: '[凌晨通话转写] 喂，{person}，别睡了，你那个试管的贷款今天到期了，钱呢？你不接我就一直打，打到你老公接为止。', senders: COLLECTOR, hours: [0, 1, 2, 3] },
  { label: 'harassment', text: '{sig}种植牙分期第3期未还（{amt}元），罚息按日计收，请速处理，详情见{app}“我的账单”。', senders: OWN_PORT, hours: [23, 0, 1, 5] },
  { label: 'harassment', text: '[通话记录截图说明] 今天从早上八点到中午，同一个号码给我打了十四个电话，我在医院输液没法接，全是催医美分期的，接起来就骂我不要脸，说我整容整得心都黑了。', senders: ['none'] },
  { label: 'harassment', text: '你女儿做医美借的钱不还，你这个当妈的也有责任。你住院那点医保报销的钱拿来还我们正好，不还的话我们就把你女儿的照片和借款合同发到你们小区业主群。', senders: COLLECTOR },
  { label: 'harassment', text: '【法院诉前调解中心】{person}：您拖欠的医疗分期款项已被立案，案号（2026）X民初字第0417号。如不在48小时内结清，法院将对您名下医保账户、养老金账户予以强制冻结并拘留。联系{phone}', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'harassment', text: '你好，这里是{name}的催收部门。我们注意到你在暖心筹上给你父亲筹了款，那钱先拿来还你欠我们的分期。你不还，我们就去筹款页面留言说你借钱不还还骗捐。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}你好，我们是律师事务所的，你欠的医美分期已经委托我们起诉。现在给你最后一次机会，可以帮你在我们合作的平台再借一笔先把这笔平掉，不然明天法院传票就寄到你单位。', senders: COLLECTOR },
  { label: 'harassment', text: '是{person}家里人吗？你家老人借钱做心脏支架到现在不还，你是紧急联系人，这钱你得替他还，一共欠{amt}，今天转过来，不然我们就天天打你公司电话。', senders: COLLECTOR },
  { label: 'harassment', text: '[微信群截图] 群名：XX医院骨科住院患者家属群\n“大家注意，8床的{person}借钱不还，欠我们平台三万，谁认识她让她赶紧还钱，别让这种人在医院里装可怜。”\n——这个群里怎么会有催收的人？', senders: ['none'] },
  { label: 'harassment', text: '你装病是吧？住院就不用还钱了？我告诉你，再不还钱，你出院那天我们就在医院门口等你，看你往哪跑。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}您好，提醒您的医美分期已逾期7天，请尽快还款。', senders: OWN_LINES, hours: [22, 23, 6, 7] },
  { label: 'harassment', text: '您好，请问是颐年养老中心吗？你们那里住的{person}老人，他女婿欠我们钱，我们联系不上他，你们让老人转告一下，再不还钱，我们就派人去养老中心找老人谈。', senders: COLLECTOR },
  { label: 'harassment', text: '喂，医院人事科吗？你们医院的护士{person}在我们平台借了钱逾期三个月了，你们单位管不管？不管我们就到医院门诊大厅拉横幅，让病人都看看你们护士是什么人。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，你那个做双眼皮的钱什么时候还？丑八怪，整了也是丑，欠钱不还的东西，你全家都该去死。', senders: COLLECTOR },
  { label: 'harassment', text: '[语音转文字] 喂，你妈在医院做透析是吧？我们知道在哪个医院，你再不还钱，我们就让人去透析室坐着等你妈，天天坐，直到你还钱为止。', senders: COLLECTOR },
  { label: 'harassment', text: '[通话转写] 您好，我是{name}委外的，工号C117。{person}欠款的事我们已经通知了他所有通讯录联系人，包括他主治医生和他病房的护士长，以后他的事大家都知道了。您是他哥哥对吧？您也该替他还点。', senders: OWN_LINES },
  { label: 'harassment', text: '【公安局经侦支队】{person}：你恶意拖欠医疗分期款项涉嫌诈骗，已被列为网上追逃对象。如3日内不还清欠款，将依法对你实施抓捕，你的家人医保待遇也将同步暂停。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'harassment', text: '[东北话语音转文字] 你搁那儿跟我装啥呢？住院咋地，住院就不还钱了？我跟你说，你再不还，我整几个人上你病房去唠唠，你看你那张老脸往哪搁。', senders: COLLECTOR },
  { label: 'harassment', text: '阿姨您好，我是帮{person}还款的顾问，您儿子的分期已经转到您名下了，因为您是他的担保人。您可以用您的医保个人账户和养老金先还，今天还有减免，明天就要加收30%的违约金了。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，是主治医生吗？您的病人{person}欠了我们的钱一直不接电话，请您转告马上还款，否则我们会联系你们医院领导，说你们医生包庇老赖。', senders: COLLECTOR },
  { label: 'harassment', text: '[凌晨短信] {person}，你住院的那家医院和床号我们已经掌握，明天早上七点我们的同事会带着《上门催收通知书》到病房，当着医生和其他病人的面跟你谈。', senders: COLLECTOR, hours: [1, 2, 3, 4] },
  { label: 'harassment', text: '[通话转写] 喂，{person}吗？今天第九次打给你了，你再挂我电话试试！嗯，我们已经把你的情况发给你老家村委会了，你妈住院你还借钱做美容，你自己去跟村里人解释吧。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，这是你欠款的律师函，请看附件。你若48小时内不还款，将依据《刑法》第266条追究你的刑事责任，并通知你的配偶和单位。收到请回复。——某某律师事务所（无执业证号）', senders: ['unknown_port', 'mobile', 'none'] },
  { label: 'harassment', text: '喂，我是你老公的债主，他借钱给你看病，现在钱还不上，你这个病也该治好了吧？再不还钱，我就去你们医院门口贴大字报，把你们两口子的照片都贴上。', senders: COLLECTOR, hours: [21, 22, 23] },
];

export const BLIND22B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
