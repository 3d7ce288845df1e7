/**
 * BLIND11 held-out bank, second part: fraud and harassment. Written with blind11.templates.ts by
 * the same independent (sixteenth) author in session 7 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 *
 * Labelling rules used here. A victim's own message retelling a scam, and a forwarded "is this
 * real?" with the original quoted, are labelled by the scam. Anything that offers a loan, a
 * limit, a withdrawal or a mortgage / bridging / 首付贷 / 医美分期 and asks for money first
 * (解冻金, 保证金, 验资, 会员费, 保险费, 渠道费) or sends a fake lender app is `fake_loan`; a fake
 * message about a service the victim already has (a contract to sign, an app to upgrade, a
 * refund, a recall, a subscription to cancel) posing as the company's service desk is
 * `fake_customer_service`; anything whose ask is about the credit record — cancelling a
 * "student account", removing 逾期, 征信修复 — is `fake_credit_repair`, even when the caller
 * poses as a regulator or the credit centre; other posing as courts, police, housing, civil
 * affairs, market regulators or exit-entry offices is `impersonating_authority`. Betting "plans"
 * and 跟单 on a platform that takes deposits, 以房养老 and care-home "memberships" that promise
 * returns are `fake_investment`; a date or 相亲 contact who leads to investing, or who asks for
 * money for love, is `romance` (also a streamer's private "PK" pleas and 婚托); a marriage
 * agency, tickets, 代抢, pets and their shipping "insurance", 法拍房 and rentals that do not exist,
 * health devices sold with false claims are `fake_shopping`; a new number or account posing as a
 * relative, landlord, property manager or club leader is `impersonating_acquaintance`; fake
 * charity, disaster relief, prizes and fan-club 集资 by strangers are `other`. A collector — even
 * a registered lender's own line — who writes to wedding guests, a bride's family, a landlord or
 * agency, a hospital or care home, a fan club, a livestream room or a group-buy chat, threatens
 * to post on 小红书 / 抖音, adds 上门费 / 律师费, pushes a new loan, calls 22:00–08:00, or poses
 * as a court's 执行局 is harassment, even when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
/** Early-morning calls, before 08:00. */
const DAWN = [5, 6, 7];
/** Group posts, notes, transcripts and chat logs: pasted text, no sender. */
const NONE: Template['senders'] = ['none'];
/** Chats from a stranger's phone or forwarded from a group. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** The victim (or a relative) writing to family or asking for help. */
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
  // ── fake_loan: imitations of lenders' own traffic ──
  { label: 'fraud', type: 'fake_loan', text: '{sig}恭喜！您在{app}的预授信额度50000元已激活，点击 {url} 立即提现，24小时内未领取将自动作废。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '【{name}放款中心】{person}您好，您的借款{amt}元放款失败：收款卡号填写有误，资金已被冻结。请在30分钟内缴纳解冻金1500元至风控账户{acct}，解冻后与借款一并到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '您好，您申请的8万元贷款已审批，但系统评估您的还款能力不足，需要您先转入借款金额20%做验资，验资完成立即退还，转到我们财务对公户{acct}。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '征信黑了也能下！{name}内部渠道，专做被拒客户，不看大数据，只要身份证，30分钟出额度。放款前需交会员费{amt}元激活通道，加微{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '{name}新版APP上线，老用户额度统一提升至20万，旧版即将停止服务，请尽快下载新版领取额度：{url}', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '[通话转写] 喂，您好，嗯，我这边是{name}信贷部的，看您之前在我们平台借过款哈，就是说现在有个老客户回馈，利息减半，最高三十万。那个，您下载一下我们的专属APP填个资料，放款前交一份借款保险，保险费放款后原路退……', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '过桥垫资、赎楼、转贷，当天放款，不看征信，房产中介合作渠道。签约先付3个点渠道费，放款后再算利息。{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '医美分期0首付💉不查征信，学生也能办，做完再还。申请需先交2000元资质审核保证金，审核通过全额退回，名额有限速约～', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '我在网上找了个贷款，说我信用分不够要先开会员提额，交了800\n又说流水不够让我存2万截图\n存了又让我转到他们的“验资账户”\n现在说再交5000就放款\n我是不是被骗了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '[在线客服 21:14] 放款专员：您好，您的额度已审批通过\n[21:14] 放款专员：系统检测到您的银行卡异常，需缴纳20%流水保证金\n[21:15] 用户：能从借款里扣吗\n[21:15] 放款专员：不可以的亲，需您自行转入，放款时一并退还', senders: NONE },
  { label: 'fraud', type: 'fake_loan', text: 'Congratulations! Your personal loan of RMB 80,000 is approved, no credit check. Pay the refundable insurance deposit of RMB {amt} to release the funds: {url}', senders: ['foreign', 'virtual', 'none'], links: PHISH, en: true },
  { label: 'fraud', type: 'fake_loan', text: '【住房金融服务中心】您的房贷已符合“存量利率下调”条件，可由4.2%降至2.8%。需先结清原贷款，我中心提供无息过桥资金，办理前需缴纳担保费{amt}元，详询{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '首付不够？首付贷帮你凑，零首付上车，审批三天。只需先付评估费和公证费，款到即签。', senders: BLAST },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '彩票计划群✨导师每天发“必中计划”，跟单3期回本，充值平台最低500起，胜率92%，进群看往期战绩 {url}', senders: BLAST, links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_investment', text: '世界杯内部料，老师带单跟投，昨天红单8场🔥 进VIP群交888会费，平台充值后按老师方案下注，稳赚不赔。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '阿姨，您把房子抵押给我们公司，每个月给您一万养老钱，抵押拿到的钱再投我们的养老项目，年息15%。签个委托书就行，公证我们陪您去办。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '松龄康养社区会员招募：预存10万成为终身会员，每年返12%“养老补贴”，五年到期本金全退，还能优先入住。名额只剩20个，明天讲座现场签约送米面油。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '【小红书评论】姐妹我也是宝妈，在家跟着老师做黄金，一个月多赚一万多，想学的私我，带你开户，先入金两千试试水～', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '灾后重建专项债券开放认购，国家兜底，年化8%，三个月起投，认购即为灾区做贡献，认购入口 {url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '我在那个彩票平台跟着导师的计划买，前面赢了三千多，后来说我账户“投注异常”，要交流水保证金才能提现，交了两万还是提不出来，客服让我再充', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_investment', text: '演唱会门票期货了解一下：现在低价认购热门场次“票权”，开票后平台按3倍回收，一张赚两千，认购即锁仓，满30天可提现。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '[通话转写] 喂，叔叔您好，我是上次健康讲座的小刘啊，嗯，就是说咱们公司那个“长寿参”种植基地现在开放认养，一亩三万，每年分红四千，到期公司原价回购，您看要不要给您留两亩？', senders: DIALER },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【乐享票务】您购买的演唱会门票因场馆调整需办理改签，改签失败将按票价3倍赔付，请联系客服{phone}办理，办理时需开启屏幕共享。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】尊敬的用户，您的借款合同电子签名未完成，账户将被冻结并上报征信。请点击 {url} 完成刷脸认证，并输入银行卡密码确认身份。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是直播平台客服，您孩子打赏的钱可以全额退回。请下载“退款助手”{url}，打开屏幕共享，我一步步指导您操作。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '【幸福里物业】业主您好，您有一笔多收的物业费{amt}元待退还，请点击 {url} 填写银行卡号、取款密码和收到的验证码领取。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】您的{app}版本过低将停止服务，额度将被清零。请立即下载新版本 {url}，登录后按提示完成身份验证。', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，您去年买的那款助听器属于召回批次，厂家统一退款{amt}元，需要您提供银行卡号和手机上收到的验证码，我这边马上给您打款。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【拼单客服】您参与的“砍价免费拿”已成功，发货前需支付9.9元运费险，请添加客服{phone}扫码支付，超时视为放弃。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 喂喂，能听到吗？您好，这边是{other}客服，就是说您之前开通了一个“医美分期会员”，嗯，每个月会扣{amt}元，现在需要您配合关闭，不然会影响征信，那个，您先打开支付宝……', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '妈让我问问你，她收到这个是不是真的：“【大病筹款】您为父亲发起的筹款已满额，提现前需缴纳资金安全保证金{amt}元，请联系客服{phone}。”', senders: OWN_WORDS },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【市住建局】您名下房产网签备案信息异常，已被限制交易。请于{date}前登录 {url} 提交核验资料并缴纳备案保证金，逾期将冻结不动产登记。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是市中级人民法院执行局，您购买的房产涉及一起查封案件，需缴纳执行保证金{amt}元到法院监管账户，否则房产将被强制拍卖。案件保密，不得告知他人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【民政局婚姻登记处】系统显示您的结婚登记信息存在重婚风险，需配合核查，请添加工作人员{phone}进行视频认证，逾期登记将被撤销。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '我是市公安局反诈中心的民警，你给灾区捐款的那个账户涉嫌洗钱，你的银行卡已经被冻结，需要把卡里的钱转到安全账户接受资金审查。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【医保局】您的医保卡被他人在外地违规使用，涉嫌骗保，即将停用。如有疑问请按1转接医保稽查科，稍后将转接公安机关备案。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: 'Notice from the Exit-Entry Administration: your residence permit has been flagged for unpaid tax. Pay the penalty of RMB {amt} within 24 hours at {url} or your visa will be cancelled.', senders: ['foreign', 'virtual', 'unknown_port'], links: PHISH, en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '我们是市场监管局的，你在二手平台加价转卖演唱会门票，属于倒卖票证，要罚款{amt}元，今天交了就不立案，账户发你。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音转文字] 喂，是{person}吗？我是派出所的，你家老人在养老院那个账户涉嫌非法集资，现在要冻结。你把他名下的钱先转到我们提供的监管账户，查清后退还。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}的，系统显示您大学时开通的分期账户属于“在校违规借贷”，按监管要求今天必须注销，否则每天扣征信分，会影响您房贷审批。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '买房被征信卡住？专业征信修复，逾期记录、查询次数都能处理，保证房贷批下来，费用8000，先付一半，批不下来退款。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '医美分期逾期上征信了？我们和机构有合作，可以出“非恶意逾期证明”帮你消掉记录，一条1500，加V{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '金融监管总局消保局通知：您名下有3个网贷账户未注销，已影响个人征信，请尽快联系注销专员{phone}按指引办理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '【知乎回答】征信花了能修复吗？能。我就是做这行的，有人行内部关系，逾期可删，已经帮两百多人办下房贷。具体私信，先评估后收费。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '他说我有个学生分期账户没关，不关就影响结婚买房办贷款\n让我把几个APP能借的都借出来转给他“清空额度”\n我转了三万多\n现在他不接电话了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 嗯……您好，是{person}吗？这边是征信中心的，就是说您征信上有一条错误的逾期，那个，我们可以帮您申请撤销，需要您先下载一个会议软件，开一下共享屏幕。', senders: DIALER },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '代抢演唱会门票，内场前排包出票，代抢费300一张，先付定金，抢不到全退。已帮上千粉丝抢到，好评截图看朋友圈。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '票在手 内场1080原价出 临时去不了 不加价\n先付款我再转给你 不走闲鱼 平台扣手续费太多', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '柯基幼犬包纯种，八百包邮，全国宠物托运到家，先付定金200锁狗，视频看狗随时可以。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【宠物托运】您的宠物已到达中转站，因航空新规需补缴运输保险费{amt}元，缴纳后12小时内送达，签收后保险费退还。未缴纳将退回并产生滞留费。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_shopping', text: '法拍房内部捡漏，市场价五折，不用摇号。先交5万认购金锁房源，法院拍卖前我们帮你操作，保证拍到。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '房子在小区东门，两室一厅只要1800。我人在外地不方便带看，你先转押金和一个月房租，我把钥匙和合同快递给你。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '免费健康讲座，到场送鸡蛋！老专家亲自讲，会后限量特价“纳米磁疗仪”原价12800今天只要3980，治高血压糖尿病，无效退款。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '高端婚恋会员，红娘一对一，包介绍成功，签约费3.8万，七天内安排见三位优质对象。签约后概不退款。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '[拼团群] 团长：今晚九点半价团，茅台1499一瓶，直接转我微信锁单，明天统一发货，名额30个，先到先得', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '助听器厂家直销，原价8800现1980，先付款后发货，不满意包退，加微信{phone}，给老人买的抓紧。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '我在网上买了只布偶猫，付了1500，卖家说托运要交800“宠物保险”，交了又说笼子不合格要再交1200，现在猫也没见着', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_shopping', text: '喜宴酒店年底档期内部价：五星酒店18桌只要2万8，员工渠道不走前台，定金今天转到我个人卡才能锁档期，酒店名字和合同婚礼前一周再发你。', senders: STRANGER },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表姐，我是小军，换了新微信。结婚酒店尾款还差两万今天必须交，你先帮我转给酒店经理，账户{acct}，下周就还你，先别跟我妈说。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}您好，我是物业的小张，换了工作号。您家下半年物业费可以先转我，我帮您开票，年底有九折。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是房东，原来那个号不用了。这个月房租转到我新卡{acct}，老卡挂失了，转完截图发我。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '弟，我二姐。爸那套房子过户要先交契税和公证费，我这钱不够，你先转三万给公证处王主任，账号{acct}，急，我在办手续别打电话。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶，我是您孙子，在外面跟人打架把人打伤了，派出所让赔{amt}，别告诉我爸妈，我让同学去您家拿钱。', senders: ['virtual', 'mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[后援会] 我是会长，原群被封了，这是新群。生日应援集资今晚12点截止，每人至少200，转到我新号收款码，明细明天公示。', senders: STRANGER, hours: [19, 20, 21, 22] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姑，我是小萍，我妈住院要手术，医院让先交三万押金，我的卡限额了，你直接转到主治医生的账户{acct}吧，手术完我再跟你细说。', senders: STRANGER },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出原神号 满命雷神 五百出 支付宝先转 号直接给你 不用中介 中介跑路的多', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '您在游戏交易平台出售的账号买家已付款，因您的收款账户未实名，资金被冻结。请联系客服{phone}缴纳认证金{amt}元后提现。', senders: FAKE_PORT },
  { label: 'fraud', type: 'game_trading', text: '免费领限定皮肤🎁关注主播后扫码进群，填游戏账号、密码和验证码就能领，今晚截止 {url}', senders: STRANGER, links: ['random'] },
  { label: 'fraud', type: 'game_trading', text: '我儿子在游戏里卖装备，对方说要先付“账户保证金”才能打款，孩子拿我微信转了1200，这个是不是骗人的', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '兄弟 我这个号啥子皮肤都有 八百块拿走 要得不\n你先转 我马上改密码给你', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '游戏代充五折，648只要320，先付款后上号充值，上号时把登录验证码发我就行。', senders: STRANGER },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '{person}你好，我们是婚恋网上匹配的，我在新加坡做跨境电商。最近平台有个内部活动，我带你做一单，就当我们感情的见证好不好？', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '宝贝早安\n今天又梦见你了\n我舅舅在证券公司\n说明天那个平台有数据漏洞\n我们一起投一点\n赚了钱就去办婚礼❤️', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '王姐，我在国外执行维和任务，明年退役就回来娶你。退役金要先交两万“审核费”才能发放，你先帮我垫上，回来全部给你。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: 'Honey, my contract on the oil rig ends next month. My bank froze my account for security, can you send USD {amt} through this link so I can book my flight to you? {url}', senders: ['foreign', 'virtual', 'none'], links: ['random', 'shortener'], en: true },
  { label: 'fraud', type: 'romance', text: '相亲网站认识的男朋友，说带我一起做外汇，刚开始真赚了，后来投了四十万，平台提不了现，他也联系不上了', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '哥哥，我是直播间的小雨🥺下播后只想跟你聊天，今晚PK要输了会被公会罚，你帮我刷几个嘉年华嘛，下个月我去你城市见你好不好', senders: STRANGER, hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '相亲对象约我在一家茶楼见面，聊得挺好，点了一壶茶结账要2888，她说是她朋友开的店，第二天就把我拉黑了', senders: OWN_WORDS },
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '演唱会抢票助力任务：帮票务平台刷热度，每助力一次返10元，做满10单开放高佣抢票任务，需先垫付票款，完成后返还本金加20%。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '招小红书素人点赞评论，一条5毛日结，高级任务需先充值做单，佣金翻倍，加{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '帮店铺拼单冲销量，拼一单返佣金15元，本金秒返。第一单垫99，第二单垫699，第三单联单垫2999，连做完一起返。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '宠物博主招募“云养宠”体验官，每天给宠物视频点赞返3元，升级VIP需先买398元猫粮礼包，升级后单价翻五倍。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '妈\n我做了那个点赞兼职\n前三单都返了\n第四单要我充5000\n说充了连本带利退\n现在又说要再充8000才能解冻\n咋整啊', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '阿姨，在家动动手指就能挣钱，帮商城看广告，看一条返1块，老年人专属岗位，先交99元开通会员就能做。', senders: DIALER },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job for students: like and rate hotel listings, RMB 300–800 a day. First 3 tasks free, then top up to unlock premium tasks with higher commission. WhatsApp {phone}', senders: ['foreign', 'virtual', 'none'], en: true },
  // ── other: fake charity, prizes, fan-club 集资 ──
  { label: 'fraud', type: 'other', text: '【灾区紧急救援】地震灾情严重，急需善款！扫码捐款直达灾区，每捐100元可获政府颁发的爱心证书，转发一次救一人 {url}', senders: BLAST, links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'other', text: '【体彩中心】恭喜您的手机号在“公益彩票回馈”活动中抽中二等奖8.8万元，领奖需先缴纳20%个人所得税，请联系兑奖专员{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'other', text: '【官方后援会】偶像生日大屏应援集资开启，满5万即可上外滩大屏！集资入口 {url}，满额后公布明细，不足额原路退回。', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '恭喜您在直播间抽中免单大奖：价值2999元按摩椅一台，只需支付199元物流费，点击 {url} 填写地址领取。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '红十字会地震赈灾专户：{acct}（户名：张某某），一元也是爱，转发一次救一人🙏', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '恭喜您获得“健康长寿”抽奖一等奖，奖品为价值6800元的理疗仪，领取需交300元保管费，明早八点前到讲座现场或转账给工作人员。', senders: DIALER },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[婚礼群] 各位来宾，新郎{person}在{name}欠款{amt}元逾期三个月未还，今天收的礼金请先帮他还债，我们就在酒店门口等。', senders: HOUND },
  { label: 'harassment', text: '阿姨您好，您未来女婿{person}在我们{name}欠钱不还，这样的人您也敢把女儿嫁给他？婚前不还清，婚礼当天我们去现场找他。', senders: HOUND },
  { label: 'harassment', text: '你是{person}的房东吧？他欠{name}的钱一直不还，你把他的租房合同和身份证复印件发给我们，不然我们天天打你电话。', senders: HOUND },
  { label: 'harassment', text: '你们中介门店的{person}在我们这借钱逾期了，告诉他，这个月不还，我们就去门店闹，让他的客户都知道他是老赖。', senders: HOUND },
  { label: 'harassment', text: '{person}，你妈住院的病房我们知道了，三楼12床。明天我们过去，当着病友的面问问她儿子什么时候还钱。', senders: HOUND },
  { label: 'harassment', text: '叔叔，您儿子{person}欠钱不还，我们知道您在住院，但这钱总得有人还，您先拿养老钱帮他垫上吧。', senders: HOUND },
  { label: 'harassment', text: '[后援会群] 群里的{person}追星花钱大手大脚，欠我们{name}的钱不还，请群主把她踢了，也请各位转告她马上还钱。', senders: HOUND },
  { label: 'harassment', text: '[直播间弹幕] 主播{person}欠{name}网贷{amt}元不还！！家人们别给她刷礼物了，她就是个老赖', senders: HOUND, hours: [20, 21, 22, 23] },
  { label: 'harassment', text: '[拼团群] 群里的{person}在{name}借钱逾期了，谁跟她拼过单的帮忙告诉她，再不还我们把她的收货地址和电话发出来。', senders: HOUND },
  { label: 'harassment', text: '{person}，再不还钱，我们把你的身份证照片和欠款截图发到小红书和抖音，标题就叫“95后女老赖”，让你出名。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，您的欠款长期未处理，已产生外访上门费800元、律师费1500元、诉讼保全费{amt}元，请于今日18:00前连同本金一并还清。', senders: OWN_LINES },
  { label: 'harassment', text: '{person}，你不是还有{other}App的额度吗？先借出来把我们这笔还了，我这有个合作平台，十分钟下款，链接发你 {url}', senders: HOUND, links: ['random', 'shortener'] },
  { label: 'harassment', text: '早上6点给你打电话是因为你白天不接。{person}，今天不还，明早5点我们接着打。', senders: HOUND, hours: DAWN },
  { label: 'harassment', text: '[通话转写] 喂，{person}您好，不好意思这么晚打扰，我是{name}贷后的，就是说您那个账单已经逾期了，嗯，明天能还上吗？', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '【区人民法院执行局】{person}，你与{name}借款纠纷已进入强制执行，明日将查封你名下房产并在小区张贴公告，速联系执行法官{phone}还款。', senders: HOUND },
  { label: 'harassment', text: '喜悦宴会厅吗？{date}在你们那办酒的{person}欠我们钱，让他先把钱还了再办，不然我们到现场拉横幅。', senders: HOUND },
  { label: 'harassment', text: '物业你好，你们小区6栋的{person}欠款不还，麻烦在业主群里发个通知提醒一下，欠款证明我们发你了。', senders: HOUND },
  { label: 'harassment', text: '你前夫{person}欠{name}的钱是你们婚姻期间借的，你也跑不掉，不还我们就去你单位找你领导谈。', senders: HOUND },
  { label: 'harassment', text: '{person}\n你个老赖\n结婚有钱办酒\n还钱就没钱？\n不要脸\n今天不还等着瞧', senders: HOUND },
  { label: 'harassment', text: '您好，是松鹤养老院吗？你们那住着的陈老太太，她儿子{person}欠钱不还，请转告老太太，儿子不还我们就来院里找她。', senders: HOUND },
  { label: 'harassment', text: '{person}，你欠的钱啥子时候还嘛？再拖我们就到你屋头来，你屋头老人娃娃都在，你自己想清楚。', senders: HOUND },
  { label: 'harassment', text: '{person}你咋整的？欠钱不还还拉黑我？明儿我整几个兄弟去你单位门口等你，不信你试试。', senders: HOUND },
  { label: 'harassment', text: '你好，{person}把你填成了紧急联系人，他欠{name}{amt}元已经逾期，你作为朋友有义务督促，也可以先帮他还一部分。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，您的借款已严重逾期，我们将于今晚对您持续进行电话提醒，直至您还款为止。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '{person}，你已涉嫌恶意透支构成诈骗罪，我司法务部已向公安机关报案，24小时内不还款将有人上门抓你。', senders: HOUND },
  { label: 'harassment', text: '{person}，你在筹款平台上给你爸筹的钱先拿来还我们，不还我们就在你的筹款页面下面留言说你骗捐。', senders: HOUND },
  { label: 'harassment', text: '听说你买了周六演唱会的票？有钱追星没钱还钱。{person}，周六我们就在体育馆门口等你。', senders: HOUND },
];

export const BLIND11B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
