/**
 * BLIND10 held-out bank, second part: fraud and harassment. Written with blind10.templates.ts by
 * the same independent (fifteenth) author in session 6 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 * Labelling rules used here: a victim's own message retelling a scam is labelled by the scam.
 * Someone posing as the lender's own staff (a "complaint centre" that offers 协商还款 after a
 * public post) is `fake_customer_service`; a third-party agency selling 停息挂账, 债务优化,
 * 反催收, credit clean-up or "cancel the student instalment" is `fake_credit_repair`; posing as a
 * consulate, police, a regulator, a tax or civil-affairs office is `impersonating_authority`;
 * forged payouts of benefits, pensions or red packets (also the "unclaimed money" of the dead) are
 * `other`; goods or services sold and never delivered (membership cards, pets, weddings, funerals,
 * admissions, licences) are `fake_shopping`. A collector — or a debt-relief agency turned
 * collector — who writes to a rider or driver group, a gym, salon, dispatcher or school, threatens
 * a ban or a funeral scene, adds fees, pushes new loans, or calls at night is harassment, even
 * when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 4, 5, 7];
/** Dawn calls, before 08:00. */
const DAWN = [5, 6, 7];
/** Group posts, forms, transcripts: pasted text, no sender. */
const NONE: Template['senders'] = ['none'];
/** Chats forwarded from a group or a stranger's phone. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** The victim (or a parent) writing to family, a station manager, a teacher. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile', 'none'];
/** SMS made to look like an institution's or platform's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
/** Collectors on personal phones, desk lines, or pasted from a group. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[骑手交流群] 等单的空档赚外快：给合作商家点赞好评一单返5元，充值任务返15%，名额有限，私我拉你进任务群 {phone}', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '司机师傅空车等单时手机就能做：帮出行平台做“好评优化”，每条2元；满50条升级高佣任务，要先垫付买点券，任务完成本金连佣金一起退。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '姐妹们🙋‍♀️学生党暑假搞钱💰 给直播间点赞关注就有钱 先做3单体验 我带你 后面接大单要先垫一点点 很快返的💯', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '妈 我在那个兼职群做任务 一开始真返了 后来说我操作失误卡单了 要连做三单才能提现 我已经转了4800 他们还让我转 怎么办啊', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '兼职报名表\n岗位：居家打字员/点赞员\n日结：80—300元\n要求：有手机会微信\n入职：先交资料费49元\n联系人：{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '美容院的小姐妹看过来，下班躺床上就能做的兼职：帮品牌冲销量，我做了半个月了每天稳定一两百，要垫资的单子佣金更高，想做的来找我', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，这里是{other}用户体验部，邀请您参与新品试用：按指引下单付款，确认收货后全额退款并赠40元体验金。详情请添加专员{phone}。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: 'jz 日结 dd我 手机点点就行 不收费 就是接任务前要开个98的会员卡 后面都能挣回来', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【元艺数藏】您关注的数字藏品《三星堆神树》明日10点首发，平台承诺30天内按发售价2倍回购，仅限白名单用户，认购入口 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_investment', text: '@全体成员 今晚8点合约直播，老师带单ETH，昨日收益38%。新人入金5000U以上进VIP策略群，入金找助理。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '数字人民币“试点红利”：把活期存款转入数币钱包参加“数币增值”，日息0.8%，随存随取，试点期间本金由国家保障。开户链接 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '爸，我之前在一个炒币平台投了八万，现在显示赚了二十万，但是提现要先交20%的个税，客服说交完马上到账，你能先借我四万吗', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_investment', text: '跑单太累？跟群里老师做“数字藏品搬砖”，低买高卖一天轻松三五百，比送外卖强多了，入门课1999，老师带你回本。', senders: STRANGER, hours: [12, 20, 21, 22] },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，您那份寿险的现金价值一直在缩水，建议退保后转投我们的“养老金信托计划”，年化9.8%保本保息。退保和转投我全程帮您办，手续费全免。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我是{other}财富管理部的顾问。我们有只私募最近有额度，起投20万，过去三年年化12%，本周签约送体检卡。方便的话我把合同发您，打款到合作托管账户就行。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: 'Hi, Amy here from the overseas students investment club. We run a USDT arbitrage group, 2% a day, withdraw anytime. Deposit through the link and I will add you: {url}', senders: ['foreign', 'virtual', 'none'], links: ['random', 'shortener'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '🚀🚀新币上线 百倍潜力 今天不上车明天拍大腿 🔥私募价0.001 上所10倍起步 扫码进群👇 {url}', senders: BLAST, links: ['random', 'shortener', 'ip'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '骑手专享贷：凭骑手App接单记录即可申请，不查征信，最高5万，当天下款。加放款专员{phone}，先交399元会员费激活额度。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '【运通车贷】货车司机凭行驶证即可办周转贷，额度3—20万。您的申请已预审通过，但银行卡信息填写有误，资金被冻结，需交解冻保证金{amt}元后放款。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '网贷逾期也能贷！黑户白户都行，专做征信花的，不看负债，放款前不收一分钱——只需验证还款能力，卡里存够{amt}元截个图就行。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，我是{name}的信贷经理。看到您之前在App申请的额度没批，我们有个内部通道可以重新审批，需要您先在合作App上做一下流水验证，下载地址 {url}', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '我在一个贷款App上借两万，它说我卡号写错了账户冻结，让我转5000解冻，转了又说要交“刷流水”的钱，现在一分没贷到，客服也不回了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '留学生急用钱？海外学生专属无抵押贷款，凭offer和学生证即可申请，最高50万人民币，需先付首期利息作担保。WeChat: {phone}', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_loan', text: '贷款审批结果\n申请人：{person}\n批复额度：50000元\n状态：待放款\n待缴：个人所得税及保险费{amt}元\n缴纳方式：转入放款专员账户{acct}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '美业人专属贷款，店员店长都能办，有社保就行，年息3%。今天办理还能领提额券，提额需付服务费199元，点击 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '额度已批 50000 交300工本费 马上到账 回1办理', senders: BLAST },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【飞毛腿骑手】骑手您好，您的账号因异常接单被封禁，封禁期间保证金将被扣除。如需申诉解封，请联系骑手客服{phone}，按要求交申诉保证金{amt}元，审核后全额退还。', senders: FAKE_PORT, hours: [11, 17, 21, 22] },
  { label: 'fraud', type: 'fake_customer_service', text: '师傅您好，我是快马出行客服，您上周那单被乘客恶意投诉了，平台要赔您{amt}元。需要您下载我们的赔付App，开一下屏幕共享，我一步一步教您领。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，我们看到您在网上投诉{name}的帖子了。我是{name}投诉处理中心专员，可以帮您申请免除全部利息，请加我企业号{phone}，把剩余欠款转入“结清过渡账户”，系统会自动开结清证明。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的数字人民币钱包存在异常交易已被限制。为免资金损失，请在{date}前点击 {url} 完成钱包认证，并将余额转入“数字人民币安全钱包”。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是安康人寿客服中心，您的保单要升级成新版条款，不升级明年保障就失效了。升级需要核验您的银行卡，待会儿收到的验证码麻烦念给我。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【力健健身】尊敬的会员，门店停业退款通道已开通，请添加退款专员{phone}，提供会员卡号、银行卡号及验证码，即可秒到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，这边是{name}客服。您的账户被误开了会员自动续费，每月扣{amt}元。我帮您关掉，需要您打开{app}借款页面，按我说的先借出一笔额度再转回来做核验。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '站长，我刚被一个说是平台客服的骗了，他说我骑手险扣费异常，让我开了共享屏幕，卡里3600就被转走了，现在怎么办', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_customer_service', text: '【运满途】司机您好，您的账户因信息费异常被冻结，平台将退还多扣的信息费{amt}元，请点击 {url} 登录并填写银行卡和验证码完成退款。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '快马出行车主服务：平台政策调整，车辆保证金3000元可申请退还，今天之内添加客服{phone}办理，逾期视为自动放弃。', senders: BLAST },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[来电录音] 这里是中国驻英国大使馆，您有一份重要领事文件未领取，请按9转人工……您的护照涉嫌在国内开卡用于洗钱，现在为您转接上海市公安局。', senders: ['foreign', 'prefixed', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '请问是{person}吗？我是市公安局刑侦支队的，您在海外的女儿涉嫌一起跨境洗钱案，已被控制。案件保密，不要告诉任何人，您需要交保证金她才能免于羁押。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管局】关于“力健健身”停业预付卡退费：请受损会员于{date}前登录退费登记平台 {url} 填写银行卡信息，并交纳5%“资金监管费”后统一发放退款。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我这边是金融监管局消保处，您在12378的投诉已经受理，{name}同意退还多收的利息{amt}元，需要您提供银行卡号和收到的验证码做一下核验。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，我是交警支队事故科的，你{date}送外卖闯红灯撞了人，对方已报案。现在先转8000医疗费到事故处理账户，否则立案拘留。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是民政局殡葬管理科，您家老人的火化手续有违规，需要补交殡葬管理保证金{amt}元，否则骨灰不能安放，请今天内转账。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【金融监管总局】您的保单被认定为违规销售，可申请全额退保并获赔偿，请联系退保专员{phone}代办，服务费为退回金额的30%。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '妈妈 我刚才被“国内公安”视频了，他们给我看了逮捕令，说我护照被冒用，让我一个人去酒店住不许联系任何人，还让我给你们打电话要钱……我好害怕', senders: ['foreign', 'none', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，这里是区税务局个税服务中心。您去年在骑手平台的劳务收入少报了，系统显示要补缴{amt}元，今天补缴可免滞纳金，我把补缴账户发给您。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '逾期的骑手、司机看过来：专业团队帮你和平台谈停息挂账，只还本金，最长分60期，成功率98%。签约先交{amt}元服务费，谈不成全退。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '加入反催收联盟，一次性会员费680元，教你合法不还款，催收电话我们帮你全部拦截，逾期记录还能内部消除。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，看到您在投诉平台发的帖子。我们是专做金融纠纷的法务团队，可以帮您向{name}主张免除全部利息并修复征信，前期只需支付材料费{amt}元。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '债务优化方案\n客户：{person}\n总负债：186000元\n优化后月供：1200元\n服务费：总负债的3%，签约时付清\n承诺：征信逾期记录一并删除', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '我之前给一家“债务优化”公司交了8800，说帮我跟几家网贷协商，结果他们让我别接催收电话也别还钱，三个月一家都没谈下来，罚息更多了，公司电话也打不通了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}风控部的，您读研时开通的“留学生分期”不符合新规，要注销，不然影响回国落户和征信。请按指引把{app}里的额度借出来转到指定账户完成注销。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信花了❌网贷被拒❌ 找我们✅ 内部渠道修复征信✅ 三天见效✅ 不成功不收费（先付定金🉐）', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信洗白 逾期可删 当天出报告 加V {phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，我们律所受理网贷个性化分期协商，可以出律师函让平台停止催收。您把几家平台的账单发我，评估后报价，签合同先付一半。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好 我是上次跟你说的那个债务优化的 你考虑的怎么样了 我们成功率很高得 先交一部分费用久可以开始 晚了罚息又多了', senders: STRANGER },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '转让力健健身年卡，还剩10个月，原价3980现1200急出！先付款，我把会员账号密码发你，店里不用改名。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '布偶猫幼崽出售，赛级血统包健康，全国空运。先付500定金锁猫，发货前付尾款，运费和航空箱另算。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '婚庆公司清仓最后一批低价套餐：原价2.8万现8800，含场地布置、主持、摄像，今天付全款锁档期，只剩3个名额，加婚礼顾问{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '保录英国G5硕士，不看成绩，内部推荐名额，签约付全款{amt}元，录不上全额退。联系留学顾问{phone}。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '殡葬一条龙服务，比殡仪馆便宜一半，特价墓位最后三个，先付定金{amt}元锁位，微信转账就行，合同后补。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '我在网上买那台二手电动车，说是骑手退役车，付了1500定金，对方又说要付运费和保险，付完就把我拉黑了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_shopping', text: '骑手装备清仓：原厂头盔+餐箱+雨衣套装99元，平台同款，下单链接 {url}，付款后3天发货。', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '亲爱的顾客，本店周年庆充5000送5000，限前20名，今天充值再送价值3980的美容仪，转账到店长个人卡即可：{acct}', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '网约车人证代办，不用考试7天拿证，包过，费用2800，先付一半，拿证后付尾款。', senders: BLAST },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机丢了，这是同学的号。学校刚通知交下学期住宿押金{amt}元，今天截止，你先转到这个账户{acct}，是宿管的，我回头补截图给你。', senders: ['foreign', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[站点群] 我是站长，新建了群，老群不用了。本月装备费统一收，每人150，转到我这个新号，明天开会发新头盔。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是你私教张教练，换微信了。店里搞活动，私教课续费打五折，但得今天转给我，我帮你录系统，别跟前台说哈。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表哥，我是小芳，舅舅的丧事我先垫着，殡仪馆那边还差{amt}元，我卡限额了，你先帮我转到殡仪馆负责人的卡上，账号{acct}', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}姐，我是你的保险代理人小刘，换号了。公司要求补缴，你这个月的保费{amt}元先转我，我帮你交，不然保单要失效。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '儿子，我是爸爸，在国外旅游手机被偷了，借朋友手机给你发消息。酒店要先付押金，你马上转{amt}元到这个账户，别告诉你妈，免得她担心。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '哥哥😭我是小宇 在同学家 手机没电用他的 我在游戏里买了东西我妈会骂我 你能先转我200吗 别告诉我妈🙏', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '兄弟，我老周，跑单出事故了在医院，对方要先赔{amt}，我卡被冻了，你先转我老婆卡上{acct}，回头还你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是店里老板娘，在外面谈事情。你先从店里收款账户给供应商转{amt}元，账户我发你了，我在开会别打电话。', senders: STRANGER },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出号！！v10全皮肤 800出 先付款后换绑 不走平台 平台抽成太狠了 dd我', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '妈妈 游戏里有人要买我的号给我2000块 他说我要先交100保证金到他给的网站 交了才能收钱 我可以交吗', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '🎮代练上王者💯三天包上 学生价66💰 先付定金 上号要验证码 发我就行👌', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '您好，您在交易平台挂售的游戏账号已被买家拍下，货款冻结在平台，请登录 {url} 缴纳保证金{amt}元解冻后即可提现。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '出钻石 1块=200钻 比官方便宜一半 量大从优 先转账后上号发货 zfb wx都行', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '老师，我家孩子在游戏里跟人买装备被骗了三千多，对方说自己是“游戏官方交易员”，让孩子用我手机扫码付的款，这种还能追回来吗', senders: OWN_WORDS },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '亲爱的，我在迪拜的工地下个月就完工了，回国第一件事就是去见你。可是海关扣了我的工资卡，要交{amt}元清关费才放行，你先帮我垫一下好吗，爱你', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '阿姨您好，在相亲角看到您的资料，我也丧偶多年，想找个伴。我是驻外的海军军官，暂时不方便见面。给您寄了份礼物，海关要收{amt}元手续费，麻烦您帮我交一下。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '在接单App上认识的女孩，聊了一个月，天天叫我老公，今天说她妈住院要交押金，让我先转一万，我是不是傻', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: 'Hi handsome, I am a nurse in Manchester, we matched last week 💕 my visa renewal is stuck and the agent needs £{amt} today or I get sent home. Could you help? I will pay you back when we finally meet.', senders: ['foreign', 'virtual', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '今天的晚霞好美，好想和你一起看。对了，我下周想回国看你，可是机票钱卡在海外账户里取不出来，你能先帮我订一张吗？航班信息我发你。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '宝宝💕我们网恋三个月啦 我好想去见你 但是没钱买车票 你先给我转520好不好 见面就还你🥺', senders: STRANGER },
  // ── other ──
  { label: 'fraud', type: 'other', text: '{person}您好，这里是社保中心。经核查，您已故父亲名下有一笔未领取的丧葬抚恤金{amt}元，请在3日内登录 {url} 填写家属银行卡信息领取，逾期将上缴国库。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '您好，节哀。您父亲生前在我们平台买的“养老理财”已到期，本息共{amt}元，需家属注册账户并缴纳10%“继承过户保证金”后才能领取。', senders: DIALER },
  { label: 'fraud', type: 'other', text: '【人社】灵活就业人员补贴发放：外卖骑手、网约车司机可领一次性补贴{amt}元，请登录 {url} 登记银行卡信息和验证码领取。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '您好，您母亲的个人养老金账户还有余额，因本人已去世需办理提取。我们是养老金代办中心，代办费{amt}元，先交费后办理。', senders: DIALER },
  { label: 'fraud', type: 'other', text: '【数字人民币】您获得数字人民币红包{amt}元，请点击 {url} 领取，领取需绑定银行卡并输入短信验证码。', senders: FAKE_PORT, links: PHISH },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[骑手群] 各位兄弟，你们站里的{person}欠{name}{amt}元跑路了，谁见着他跟他说一声，再不还我们天天来这个群里发。', senders: HOUND },
  { label: 'harassment', text: '[语音转文字] 喂，是力健健身吗？你们那个教练{person}欠我们{name}的钱不还，让你们老板管管他，不然明天我们去店门口拉横幅。', senders: HOUND },
  { label: 'harassment', text: '你好，我找你们美容院的{person}，她欠款不还电话也不接，麻烦你转告她，再不处理我们就把她的欠款信息发给你们店所有顾客。', senders: HOUND },
  { label: 'harassment', text: '[一年级家长群] 打扰各位家长，{person}同学的家长在我司借款逾期半年，一直联系不上，请知情的家长代为转告，也请大家注意和此人的金钱往来。——{name}资产保全部', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '{person}，再不还钱我们就去飞毛腿平台投诉你送餐偷吃、骚扰顾客，让你账号被封，看你以后还怎么跑单。', senders: HOUND },
  { label: 'harassment', text: '起床了{person}，还钱的事想好没有？今天不处理，我每隔半小时打一次。', senders: HOUND, hours: DAWN },
  { label: 'harassment', text: '通话记录（今天）：05:12、05:15、05:21、05:30、05:44、06:02，同一个号码连打6次，一接起来就说“{name}的欠款今天必须还”，我老婆孩子全被吵醒了', senders: NONE, hours: [6, 7] },
  { label: 'harassment', text: '{person}，你跟我们签了债务优化协议，服务费还差{amt}元没交，再不交我们就把你委托时提供的借款资料全部发给你家人和单位。', senders: HOUND },
  { label: 'harassment', text: '你现在想解约？告诉你，你身份证、通讯录我们都有，退一分钱都别想。不付尾款我们就帮平台“催”你，让你全家都知道你欠钱。', senders: HOUND },
  { label: 'harassment', text: '{person}，现在是半夜没错，可你欠{name}的钱白天也不接电话，那我们就晚上打，打到你接为止。', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '你好，是运满途车队调度吗？你们车队司机{person}欠我们{name}的钱，你帮我们从他运费里扣了还债，不然我们天天打你们调度电话。', senders: HOUND },
  { label: 'harassment', text: '{person}家长，你儿子在国外读书的钱就是从{name}借的，现在逾期了。你不替他还，我们就联系他的学校和大使馆，让他签证续不了。', senders: HOUND },
  { label: 'harassment', text: '别以为人走了账就没了，你爸欠{name}的{amt}元你们家属必须还，出殡那天我们会去殡仪馆门口等你们。', senders: HOUND },
  { label: 'harassment', text: '{person}您好，我是{name}的客服，凌晨打扰不好意思，您的账单已经逾期了，麻烦您醒了尽快处理一下哈。', senders: OWN_LINES, hours: [0, 1, 5, 6] },
  { label: 'harassment', text: '{sig}{person}您好，您的逾期借款已产生“上门催收费”{amt}元和“律师函费”300元，请连同本金一并还清，否则将安排外访人员到您工作的健身房。', senders: OWN_LINES },
  { label: 'harassment', text: '你一个送外卖的也配借钱？欠钱不还的废物，你全家都是骗子。', senders: HOUND },
  { label: 'harassment', text: '[车友群] 大家看看这张身份证照片，就是跑快马的这个{person}，欠钱不还，大家坐他的车当心点。', senders: HOUND },
  { label: 'harassment', text: '您好，我是快马出行安全中心，接到{name}通报您存在恶意欠款，24小时内不还款的话，平台将永久封禁您的司机账号并冻结流水。', senders: HOUND },
  { label: 'harassment', text: '{person}，跑单那点钱不够还就办张信用卡套出来，或者去别家借个短期的周转，先把我们这笔结了再说，今晚十点前我要看到钱。', senders: HOUND },
  { label: 'harassment', text: '😡😡还钱!!! 再不还我们就把你照片P成遗照发到你学校的留学生群👻 你自己选', senders: HOUND },
  { label: 'harassment', text: '这里是{name}贷后部，您是{person}所在健身房的前台吧？麻烦转告他欠款{amt}元已逾期，他不处理我们就每天给店里打电话。', senders: OWN_LINES },
  { label: 'harassment', text: '[站点群] 这么晚还在跑单的兄弟们，帮忙找一下{person}，他欠钱不接电话，谁告诉我他在哪送单我发50块红包。', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '嫂子，早上五点打扰你是因为你老公一直躲着。你们是夫妻，他的债你也跑不掉，今天不还我们就去你单位。', senders: HOUND, hours: DAWN },
  { label: 'harassment', text: '听说你闺女周六在青少年宫上舞蹈课？我们去教室外面等着，当着别的家长问问她妈欠{name}的钱打算啥时候还。', senders: HOUND },
  { label: 'harassment', text: '{person}，{name}已委托律所对你提起刑事诉讼，法院明天到你跑单的站点现场执行，到时会通知站长配合。', senders: HOUND },
  { label: 'harassment', text: '亲，您在我们婚庆店的同事{person}借了{name}的钱一直不还，您和她关系好，能不能先帮她垫一下？垫了我们就不去店里找她了。', senders: HOUND },
];

export const BLIND10B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
