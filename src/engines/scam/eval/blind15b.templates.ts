/**
 * BLIND15 held-out bank, second part: fraud and harassment. Written with blind15.templates.ts by
 * the same independent (twentieth) author in session 8 (2026-12-02); see that file for who, how,
 * what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on this
 * bank.
 *
 * Labelling rules used here. Who wrote the text decides: a message written by the fraudster or
 * the collector (including one forwarded or pasted whole, with its link, account or number) is
 * labelled by its author's intent; a message written by a victim, relative, colleague, employer,
 * platform, lender or the police about a scam (an "is this real?" question, a warning, a retelling)
 * is normal (blind15.templates.ts). Jobs: task work with prepayment and rebates, however it is
 * dressed (打字员 "任务包", 配音员 "充值接单", 点赞员 "激活费", 主播 打榜 "刷多少返多少", review writers'
 * "预付定金") is `brushing_rebate`. A fee or a step demanded by a fake employer, agency, MCN or
 * background checker the victim did not know before — 押金, 体检费, 工衣 / 住宿押金, 报名费, 主播
 * 保证金, 海员 服务费, an 入职贷 / 培训贷 signed for the "job", a "背调" that wants online-banking
 * logins — and the overseas high-pay lure to 东南亚 or the Gulf, are `other` (recruitment fraud).
 * A paid service sold to a job-seeker by someone not posing as the employer (包过证书, 内推包入职)
 * is `fake_shopping`. Someone posing as one particular person the victim knows (the HR who
 * interviewed them, their foreman, their boss on 飞书, their matchmaker, a classmate, a son) on a
 * new account is `impersonating_acquaintance`, even when the money is called a work fee. A
 * "trader" job that needs a deposit on a trading platform, 员工持股 / 内部入股, 主播孵化 "合伙人" and
 * 医美 equipment 众筹 with fixed returns are `fake_investment`. Instalments: credit offered for an
 * up-front fee (建档费, 解冻保证金, 服务费, 流水, 包装费, 会员费 for wage advances) is `fake_loan`. A
 * message posing as a shop, clinic, decoration firm, marriage agency, school, recruiting platform,
 * payroll platform, courier or the lender itself about an order, a balance (医美 尾款), a refund,
 * an auto-renewal or a mis-set 分期 that must be "cancelled" is `fake_customer_service`; one whose
 * pitch is the borrower's credit record (注销 a "校园分期", "多头借贷" marks, 消除 or 更正 records for
 * a fee, "背调过不了") is `fake_credit_repair`. A stranger selling cheap 医美 名额, a membership
 * agency that takes a deposit to a matchmaker's personal account, 员工价 phones, unlicensed 整装
 * packages, prizes that need 运费 are `fake_shopping`. A date, match or streamer who asks for
 * money for love or leads to investing or betting, and a 婚托 who steers to an over-priced shop,
 * are `romance`. A fake 劳动监察, 人社局, 社保中心, 公安, 法院, 市场监管 or 税务 body that asks the
 * victim for money or card details, with no debt of the victim's being collected, is
 * `impersonating_authority`. Collection: a message about a debt the person really owes (named
 * lender, named instalment) that breaks the rules is harassment, even when it comes from the
 * lender's own port or hotline and even when polite — contact 22:00–08:00 (06:30 before an early
 * shift, 23:00 after a night shift), more than six attempts a day, telling or pressing the new
 * employer, HR, a background checker, the clinic, the decoration firm, the matchmaker, a date,
 * co-workers, a factory or school group, the MCN or a parent, public posts, 上门费 and a 手续费 to
 * "stop" credit reporting, pushing a new loan, fake 律师函, collectors posing as 劳动监察 or a
 * court, threats and insults.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 5, 6, 7];
/** After a night shift ends, or late evening. */
const AFTER_SHIFT = [22, 23, 0, 1];
/** Chats, game channels, comment threads and group posts pasted with no sender. */
const CHAT: Template['senders'] = ['none'];
/** Strangers' phones, or chats forwarded from them. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** Unsolicited job ads and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile', 'none'];
/** SMS made to look like an institution's, platform's or agency's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** Recruiters, mentors and "lovers" abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A lender's own line or its agency's phones. */
const AGENCY: Template['senders'] = ['official_hotline', 'mobile', 'unknown_landline'];
/** Collectors' bulk SMS dressed up as an authority. */
const BULK_HOUND: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【居家兼职】招录入打字员，手机就能做，一千字15元日结。首单试岗免费，转“正式岗”需先购买录入任务包298元，任务完成后包费连同佣金一起返还。带教微信{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[B站私信] up主你好～我们是一家动画工作室，在招兼职配音员，试音过了每条给60。正式接单前要在我们的“声优接单平台”充值，垫付越多分成越高，一单做完连本带利一起结。平台入口{url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'brushing_rebate', text: '[抖音评论区]\n@求职的阿杰：有没有在家能做的活？\n└ @小鱼不吃鱼 回复 @求职的阿杰：我就在做点赞员，点一个三块，每天两三百，想做的私我。入门先交个199的账号激活费，第二天就回本了', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '5G消息｜【全民兼职】\n您有一笔佣金待领取\n恭喜获得“电商体验官”资格，首单返现18.8元已入账，再完成3笔体验订单即可提现。\n【立即领取】【拒绝】\n{url}', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'brushing_rebate', text: '@TaskHelper_88：欢迎加入任务频道👋 今天第一单给酒店写五星好评，奖励15元，截图发我就结。第四单开始是“组合任务”，要先在平台垫付3000，完成后返还3600，不按流程做的账户会被冻结，中途不能退出。', senders: OVERSEAS },
  { label: 'fraud', type: 'brushing_rebate', text: '[微信群] 主播冲榜助力兼职：给指定直播间刷小心心、停留十分钟，截图领8元。晚上八点的“打榜团”要先给主播刷礼物，刷多少返多少再加20%，由公会统一结算到你微信。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '[厂群] 有没有下班想赚点外快的？手机上帮商家拍单，一单返8块，我上个月做了两千多。要做的加我，前面要先垫点货款，返得快，不耽误上班。', senders: CHAT, hours: [12, 18, 20, 21, 22, 23] },
  { label: 'fraud', type: 'brushing_rebate', text: '医美机构招线上体验官：在点评App给指定门诊写体验笔记，一篇50元。接单前需先在门诊小程序“预付”项目定金做真实订单，笔记审核通过后定金原路返还，再加30%佣金。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音 40秒] 姐，我跟你说的那个听书配音的活真的可以，你先把那个298的设备押金交了，录满十条就退给你，还有提成，我带了好几个宝妈都赚到钱了。', senders: STRANGER },

  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【高薪招聘】外汇交易助理，底薪8000+提成，无需经验，带薪培训。入职前须在公司指定平台开设个人交易账户并入金5000元用于“实盘考核”，考核期收益全部归个人，考核通过即转正。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '[语音 1分02秒] 老乡，我们厂老板在搞内部员工入股，一股五千，每个月分红百分之八，年底还能退本，外面的人想进都进不来。你要的话今晚把钱转我，我帮你一起登记。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '星芒主播孵化计划招募合伙人：出资3万元认领一个直播间，公司负责主播和运营，每月固定分红4000元，合同写明保本，8个月回本。名额只剩3个，先付定金锁位。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: 'WhatsApp | Mentor Lisa：各位新同学早上好☀️ 本周“美股量化训练营”第三课开始了，昨天跟单的同学平均收益6.8%。今天开放VIP通道，入金满2万的由助理一对一带单，开户链接：{url}', senders: OVERSEAS, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '亲爱的朋友，我们的公司是新加坡的一家数字资产的投资公司，现在正在招聘兼职的市场推广员。你只需要在我们的平台投资最低的500美元，就可以每一天获得1.5%的收益，并且你介绍的朋友投资，你会获得额外的10%的奖金。请你点击这里注册：{url}', senders: OVERSEAS, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '【入职福利】欢迎新同事加入“员工持股理财群”，公司内部认购通道今晚8点开放，1万元起投，年化收益保底24%，名额有限，请按群公告链接入金 {url}', senders: STRANGER, links: PHISH },
  { label: 'fraud', type: 'fake_investment', text: '医美仪器众筹：出资5万元认购一台热玛吉设备，放在合作门诊使用，门诊每月返租金3000元，三年后按原价回购，稳赚不赔，签正规合同。', senders: BLAST },

  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【手机分期】白户黑户都能办，0首付拿新机，不查征信，当天提货。先交399元“建档费”，审批不过全额退还。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '5G消息｜{sig}\n分期额度已审批\n您的手机分期额度{amt}元已审批，因收款银行卡信息有误，资金已被冻结，请缴纳解冻保证金后重新放款。\n【立即解冻】【暂不处理】\n{url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '装修贷低至3厘，额度最高50万，不用装修合同，不看征信。放款前需验证还款能力，请先向指定账户转入2万元流水，放款时一并退还。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '【医美分期】{person}您好，您的项目分期额度5万元已预审通过，需先缴纳分期服务费和履约保险1280元方可激活额度，激活后可在任意合作门诊使用。缴费请联系专员{phone}', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '工友们！发薪前缺钱用“薪快借”，凭厂牌就能预支工资，最高5000，下载{url}注册，开通会员299元，三分钟到账，不看征信。', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '学员福利：学费不够的同学，我们对接的“学易贷”不看征信，额度秒批。放款前要先交首月利息和担保费共860元给课程顾问，放款后直接抵扣学费。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '@loan_vip_cn：大额网贷包下款，负债高、有逾期、征信花了都能做，5万到30万，先付20%“包装费”，下款后再结尾款。私聊发身份证正反面和通讯录截图。', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '[通话转写] 喂您好，我是{name}的信贷经理。您申请的5万元已经审批了，但是您填的银行卡号少了一位，资金被系统冻结了。您先转一笔保证金到我们的验证账户，证明是本人操作，十分钟就能解冻到账。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '[闪信] 您的员工专享备用金20000元已到账待领取，领取前需验证银行流水，请勿挂机，专员将来电指导。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '家具家电分期不看征信，有逾期的也能办，交1500押金就能提货，押金等分期结束后退。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您申请的装修贷已进入放款环节，因近期征信查询次数过多，需做一笔“流水”提高评分，请将8000元转入监管账户{acct}，放款时连本带息退回。', senders: FAKE_PORT },

  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【职来直聘】您开通的“求职加速VIP”将于今日自动续费，每月688元。如非本人开通，请于今日18点前联系客服{phone}取消，逾期将按月扣费。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是数码商城售后，您上周分期买的那台手机厂家召回了，要给您退全款。您下载一个会议App，打开屏幕共享，我一步步教您在分期App里操作退款。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【澜亭医美】{person}您好，您本月预约项目的尾款{amt}元尚未结清，系统将于今日关闭预约，请点击{url}在线支付尾款，付款后到店免排队。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '匠心家装财务部通知：因公司对公账户年审冻结，本期工程款请转入项目经理个人账户{acct}，年审结束后补开正式收据，给您带来不便敬请谅解。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '缘来婚恋退费专员：您好，因您的红娘已离职，您的会员服务合同可申请全额退费。为确认收款账户，请下载“退费助手”{url}，按提示输入银行卡号和验证码。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好这边是{name}客服中心，系统显示您买空调的时候分期被误设成了“24期会员扣费”，每月会多扣300元。需要您配合取消，不取消会一直扣下去，您现在方便打开{app}吗？', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【薪云灵活用工】您的劳务报酬{amt}元因收款银行卡信息不一致结算失败，请于24小时内登录{url}重新绑卡，并输入短信验证码完成核验，逾期款项退回企业。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是远山快递理赔专员，您的入职材料快件在运输途中丢失了，我们按三倍运费赔偿。请添加理赔QQ，在“理赔系统”里填写银行卡信息完成登记。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '5G消息｜{sig}\n分期服务费退还通知\n经核查，您的分期合同多收取服务费{amt}元，可申请原路退还。\n【立即申请】【拒绝】\n{url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '[闪信] 【知行职业教育】您的课程分期退费已审批，因财务系统升级需人工处理，请保持电话畅通，客服将来电指导您通过“备用金”账户接收退款。', senders: FAKE_PORT },

  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【劳动保障监察】您所在单位涉嫌拖欠工资，已被列入欠薪专项整治名单。为保障您的工资及时清偿，请于今日登录{url}填写本人银行卡号及验证码，办理工资代发登记。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】您已符合职业技能提升补贴申领条件，补贴金额1500元，请于{date}前添加办理专员QQ完成资格认证，认证需缴纳工本费50元。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我是市公安局出入境管理支队的，你的身份证被人拿去办了去柬埔寨的劳务签证，这个团伙涉嫌跨境电诈。现在你要配合调查，不能告诉任何人，把你名下的钱转到我们指定的安全账户做资金核查。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【社保中心】您的社保卡因单位断缴已被冻结，将影响医保报销和养老金计算，请于48小时内点击{url}重新激活。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【区人民法院】您与“澜亭门诊部”的消费纠纷已立案，案号（2025）民初{tail}号。请于今日联系书记员{phone}进行庭前调解，调解金需先存入法院代管账户，逾期将缺席判决并冻结名下账户。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管局】您在“知行职业教育”的预付学费已纳入培训机构退费专项，请于3个工作日内登录{url}提交银行卡信息及验证码，逾期视为放弃退费。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【出入境管理】您申请的境外劳务签证正在审核，按规定须缴纳境外务工保证金8000元至指定账户{acct}，回国后全额退还，未缴纳将取消签证。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 您好，我这里是税务局的，您在个税App上有一笔劳务报酬退税2860元，现在给您办理，您打开手机银行，按我说的一步步点，中间收到的验证码念给我核对。', senders: DIALER },

  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，我是{name}的工作人员。您之前在数码门店办的手机分期被标记为“校园分期”，按最新规定必须注销，不然会影响征信，以后买房买车都贷不了款。我现在教您把额度里的钱取出来，转到我们账户上核销。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信修复：医美分期逾期上了征信？找我们，内部渠道45天删除记录，不成功不收费，先交30%定金。微信{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，我们是征信服务中心的。系统识别到您在婚介所办的会员分期属于异常借贷，如果不及时解除，征信上会被标记为“多头借贷”，影响您以后的工作背调和贷款。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '背调过不了？征信有逾期影响入职银行、国企？我们可以开“非恶意逾期证明”并同步消除记录，一条800，三个工作日出结果。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '5G消息｜个人信用服务\n您的信用记录存在异常\n检测到您名下有一笔分期记录异常，可能影响入职背调，请于今日处理。\n【立即处理】【忽略】\n{url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '@zx_repair_team：征信花了、网贷逾期、入职背调查到过不了的，找我们专业处理，银行内部人员操作，全网最低价。先付一半，记录消了再付尾款。', senders: CHAT },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，您名下的装修分期在征信上显示为“经营贷”，会导致您无法通过国企背调，需要我们帮您申请更正，更正需缴纳审核费680元。', senders: FAKE_PORT },

  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '[小红书私信] 姐妹，我是医美机构的内部员工，有几个热玛吉内部价名额，原价两万现在6800，先付两千定金锁名额，付款码我发你，到店补尾款就行。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【牵手良缘】高端婚恋一对一红娘服务，保证三个月内见面成功，会员费9800元可分期零利息。即日起预约先转1000元定金至红娘个人账户{acct}锁定名额。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '[图片：二维码] 工厂内部员工福利：新款手机员工价3999元，扫码付全款，工厂统一发货到车间，名额仅限本厂员工，截止今晚12点。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '整装套餐9.9万全包，拎包入住，今天交2万定金锁价。公司刚开业，合同后补，定金直接打我个人卡，给你最低价。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '电工证、叉车证、健康证包过，不用考试，交1280元直接出证，官网可查，拿证就能上岗涨工资。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '大厂内推，包入职，先付5000元押金给内推人，不入职全额退。岗位任选，月薪两万起，不看学历。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '尊敬的客户，我们是日本的一家中古奢侈品的店铺，为了回馈中国的顾客，我们的包包以三折的价格出售，请通过银行转账的方式支付全部的款项，我们将在收到款项后的三天里面发货。', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_shopping', text: '[抖音评论区]\n@装修小白：有没有靠谱的家电分期？\n└ @家电清仓王 回复 @装修小白：我们仓库清库存，一线品牌空调冰箱五折，私信我加微信，先付款后发货，不走平台能省手续费', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '宝子你好～你在直播间抽中的扫地机器人已经登记了，补29元运费和保价费就给你发顺丰，付款码发你，今天不补就作废了哦', senders: STRANGER },

  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是人事部的陈经理，这是我的新微信。明天入职的几位新同事，公司要统一办工资卡，需要每人先转280元工本费给我，我统一交给银行办理。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 我是A拉的组长，换号了。厂里有个急单要给供应商垫付运费，你先转2000到这个账户{acct}，下周跟工资一起报销，别在群里说，领导不让声张。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是小军，我手机摔坏了，用的同事的号。宿舍要交下半年住宿费1800，今天不交就要搬出去，你先转到这个卡上{acct}，我发工资就还你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[飞书] 王总：在吗？我在开会不方便接电话。客户那边急着要一笔定金，你先从公司账户转8万到这个账户{acct}，回头我补审批手续，抓紧。', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 小陈啊，我是缘来的李姐，换了个新号。上次给你介绍的吴小姐说想见面，她家里讲究，要你先准备个见面红包6666，你转我这边，我帮你转交给她家里。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'WhatsApp | 老同学，我是张伟啊，大学隔壁宿舍的，现在在新加坡一家公司做HR。这边公司账户年底冻结了，工资发不出来，你能先借我两万周转吗？下周一就还你，多还你两千。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音 12秒] 小李，我是你张哥，我手机掉了，这是借的别人的号。我在医院给我爸交押金还差一千五，你先转给我，明天还你，别打我原来那个号了，打不通。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}您好，我是上周面试您的HR小宋，换了个工作号。您的offer批下来了，入职要先买一份“雇主责任险”，公司统一代缴，您先转368元给我，报到当天退还。', senders: STRANGER },

  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[世界频道] 出满级号，全皮肤全英雄，价格好说，私聊。交易只走“游趣保”担保，平台链接{url}，走别的平台不卖。', senders: CHAT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '[队伍频道] 兄弟你那把“炎龙之刃”卖不？我出3000，走交易平台，你先在平台交500保证金证明是卖家本人，成交后一起退给你。', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: '【游趣保】您出售的账号交易资金{amt}元因收款账户未实名认证已被冻结，需缴纳等额认证金解冻，认证金将在解冻后与货款一并退还。', senders: FAKE_PORT },
  { label: 'fraud', type: 'game_trading', text: '招游戏代练，每天两小时，日结100-300。上岗先交500元账号押金领号，练满15天押金和工资一起结。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '[图片：二维码] 点券五折代充，B站up主都在用的渠道，扫码付款后十分钟到账，不到账包退。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '[公会群] 新来的兄弟：有人收号吗？我这个号有限定皮肤，官方交易行手续费太高，私下走我朋友的平台，你先付一半定金我就换绑。', senders: CHAT },

  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[婚恋App] 遇见你真好～我平时在做黄金投资，我舅舅在平台做分析师，周末有个内部行情，你要不要试试？小投一点，赚了我们一起去旅游，亏了算我的。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: 'Hi dear, 我是在海上钻井平台工作的工程师，合同快结束了，想回国跟你见面。我把积蓄和礼物寄给你了，但是包裹在海关被扣，需要你先付8000元清关费，我回来马上还你。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '[语音 35秒] 哥，我妈今天突然住院了，医院要先交三万押金，我手里实在凑不够，你能先借我两万吗？等我发了工资就还你，我们不是说好年底见家长的吗。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '宝宝跟你说个秘密，我表哥在一个博彩平台做技术，发现平台有漏洞，每天晚上九点到十点下注稳赢，我已经赚了十几万了。你也注册一个，我带你，赚了钱我们就结婚。{url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'romance', text: '[直播间私信] 哥哥，今晚PK输了我就要被公会罚，你帮我刷几个嘉年华好不好？等我这个月冲上榜，就私下跟你见面，你是我在这里唯一信的人了。', senders: CHAT, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '我亲爱的，我是一个来自乌克兰的女人，我非常想要去中国和你结婚。但是我的签证和机票的费用需要1500美元，我现在没有足够的钱，请你通过西联汇款帮助我，我会永远爱你。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '[微信] 亲爱的，明天我们去我朋友开的那家茶庄坐坐吧，他那里的茶可好了，你买两盒送我爸妈当见面礼，他们肯定喜欢你。一盒也就三千多。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '[婚恋App] 我们都聊了一个月了，你还不信我吗？我用的这个理财平台是我们公司高管内部用的，你先充五千试试，看到收益就放心了。等你赚到钱，彩礼的事我们都好商量。', senders: STRANGER },

  // ── other: recruitment fraud and the overseas lure ──
  { label: 'fraud', type: 'other', text: '【海外高薪】泰国电商客服，月薪2.5万+提成，包吃住包机票，没有护照我们帮办，落地有专人接，面试通过48小时内出发。联系{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '@HR_Amy_KH：西港园区直招，打字聊天，月薪1.8万起，年底分红。先坐高铁到边境城市，我们安排车接你过去，证件路上我们帮你保管，不用担心。', senders: OVERSEAS },
  { label: 'fraud', type: 'other', text: '恭喜通过面试！岗前需参加为期一个月的“带薪培训”，培训费12800元可以用我们合作的分期，每月从工资里扣，培训完包入职，月薪过万。请今天下载{url}完成分期申请。', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'other', text: '{person}您好，您已通过我司初试，请于明天中午前将入职体检费150元转至人事专员个人微信，我们统一安排医院体检，逾期视为放弃录用。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '[图片：二维码] 新员工请扫码缴纳工衣押金和住宿押金共380元，离职时凭收据退还。扫码后截图发给带班文员，明早凭截图领工衣厂牌。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '恭喜你通过星芒传媒主播海选！签约前需缴纳主播保证金3000元和形象包装费1980元，签约三个月后返还保证金，公司保底月薪8000。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【衡信背调】{person}您好，贵司委托我们对您进行入职背调，需核验您的银行流水及收入情况，请登录{url}输入网银账号、密码及短信验证码完成授权，逾期未完成将影响录用。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '【蓝领快聘】电子厂急招普工，工价25元/小时，报名费200元、介绍费500元，交钱当天安排进厂，不进厂不退。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '我们的公司在迪拜，提供酒店前台的工作，月薪5000美元，包住宿。工作签证和机票的费用需要你首先支付，到达以后由公司报销，请尽快把护照照片发给我们。', senders: OVERSEAS },
  { label: 'fraud', type: 'other', text: '船员外派：远洋货轮招普通水手，年薪20万，无需经验。办理海员证、培训和外派手续需先交服务费1.6万元，上船后从工资里返还一半。', senders: BLAST },
];

const HARASSMENT: Template[] = [
  // ── employers, HR, background checks ──
  { label: 'harassment', text: '您好，是鑫诚电子人事部吗？我是{name}合规部的，想核实一下贵司新入职员工{person}的在职情况和每月发薪日期。……对，他在我们这有一笔手机分期欠款，麻烦你们发工资的时候提醒他先还我们。', senders: AGENCY },
  { label: 'harassment', text: '您好，我们是做背调的，想了解一下刘某某在贵司的情况。另外麻烦您转告他，他的分期已经逾期两个月了，再不还我们就直接联系你们老板。', senders: HOUND },
  { label: 'harassment', text: '您好，贵公司人事部吗？你们员工{person}欠款不还，麻烦通知他。不然我们就发函到你们公司，要求你们从他工资里代扣。', senders: HOUND },
  { label: 'harassment', text: '【劳动监察大队】经查，你存在恶意拖欠债务行为，本大队已通知你所在单位暂扣你本月工资，用于偿还{name}的欠款。如有异议，请于今日内联系{phone}。', senders: BULK_HOUND },
  // ── clinic, decoration firm, school, MCN ──
  { label: 'harassment', text: '澜亭门诊部吗？你们客户{person}做完项目，分期一直不还，你们作为商户有连带责任。请把她的家庭住址和家属电话给我们，要不然你们先把钱垫上。', senders: HOUND },
  { label: 'harassment', text: '匠心家装的项目经理吗？你们给{person}家装修的那套房子，业主装修贷欠我们钱。你们先别交房，剩下的工程款直接打给我们，我们跟业主慢慢算。', senders: HOUND },
  { label: 'harassment', text: '知行教育的老师您好，你们学员{person}的教育分期已经逾期了，请您在班级群里提醒他一下，同学们都看着，也好督促他。', senders: HOUND },
  { label: 'harassment', text: '星芒传媒你好，你们签的主播小雨欠我们五万分期。今晚她开播的时候，我们会在她直播间刷屏公布她的欠款，别怪我们没提前打招呼。', senders: HOUND },
  // ── matchmaker and dates ──
  { label: 'harassment', text: '[通话转写] 喂，是缘来婚恋的红娘吗？你们会员{person}欠了我们一笔分期一直不还。你把跟他见面的那个女孩电话给我一下，我们要让她知道他是什么人。', senders: HOUND },
  { label: 'harassment', text: '你好，你最近相亲的那个男的欠了我们平台三万多不还，劝你离他远点。顺便转告他，再不还钱我们就把他的事发到你们相亲群里。', senders: HOUND },
  // ── co-workers and groups, public posts ──
  { label: 'harassment', text: '[3号线群] 各位工友，你们线上的李某（工号0876）借钱不还，已经逾期90天。谁跟他熟的让他马上联系我，知情不报的我们一起追究。', senders: CHAT },
  { label: 'harassment', text: '你好，你是{person}的同事吧？他在我们这有笔欠款，你跟他说一下让他赶紧处理，不然我们以后每天给你打电话。', senders: HOUND },
  { label: 'harassment', text: '[抖音评论区] @小雨爱唱歌 这个主播欠我们平台分期不还，大家别给她刷礼物了，她的身份证照片和欠款截图我都放在主页了，自己去看。', senders: CHAT },
  { label: 'harassment', text: '[B站评论区]\n@路人甲 回复 @某UP：这个up主借钱不还，欠款截图和借款合同都在这里，大家评评理，转发让他出名。', senders: CHAT },
  { label: 'harassment', text: '[群聊] 鑫诚电子B拉工友群：我是催收公司的，你们群里的@阿杰 欠钱不还，谁借过他钱或者知道他新号码的私聊我，有奖励。', senders: CHAT },
  { label: 'harassment', text: '阿姨您好，打扰了。您儿子在我们这有笔装修分期，他一直不接电话，麻烦您帮他先还一下吧，您也不想儿子上黑名单吧？', senders: HOUND },
  { label: 'harassment', text: '[通话转写] 您好，这里是{name}贷后服务中心，您的教育分期已逾期15天。我们联系不上您本人，已经通知了您的紧急联系人和您报名时填写的工作单位，请尽快还款。', senders: ['official_hotline'] },
  // ── hours and frequency ──
  { label: 'harassment', text: '[通话转写 06:32] 喂，起了没？知道你七点上早班，所以这个点打给你。今天必须把钱还上，不还我中午就打你们车间座机。', senders: HOUND, hours: [6] },
  { label: 'harassment', text: '知道你下夜班了，别装睡，这个点正好聊聊你欠的钱。你不回，我就一直打。', senders: HOUND, hours: AFTER_SHIFT },
  { label: 'harassment', text: '[闪信] 你还睡得着？欠的钱今天不还，明天你们车间主任就会知道。', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '{sig}{person}，分期账户逾期未还，请马上处理，以免影响征信记录。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '[来电记录] 同一号码今日来电：08:05 未接、08:31 未接、09:02 未接、09:40 未接、10:15 未接、11:03 未接、12:20 未接、13:45 未接、14:30 未接\n[短信] 接电话！今天你不接我就打到你接为止。', senders: HOUND },
  { label: 'harassment', text: '[来电记录] {hot} 今日第9次来电（均未接通）\n[短信] {sig}{person}，请立即回电处理欠款。', senders: OWN_LINES },
  // ── fees, new loans, fake legal papers, threats, insults ──
  { label: 'harassment', text: '{sig}{person}，您的分期已逾期。今日17点前缴纳“征信暂缓上报手续费”300元至专员账户，可暂停报送征信，否则明天自动上报，后果自负。', senders: ['official_port', 'official_hotline', 'mobile'] },
  { label: 'harassment', text: '通知：{person}，我方已安排外访人员上门催收，上门费500元、差旅费300元已计入您的欠款，请连同本金一并结清。', senders: ['unknown_port', 'mobile'] },
  { label: 'harassment', text: '还不上是吧？我给你推个口子，今天就能下款，你先借出来把我们这笔平了，不然明天就上门。', senders: HOUND },
  { label: 'harassment', text: '[图片：律师函]\n律师函\n致{person}：你拖欠{name}分期款项，已涉嫌恶意透支及诈骗罪，本所将于三日内移交公安机关立案，并通知你所在单位及户籍地村委会。立即还款可免于刑事追究。', senders: HOUND },
  { label: 'harassment', text: '【区法院执行局】关于{person}手机分期欠款一案，已进入强制执行程序，三日内将到你单位张贴执行公告并冻结工资卡。立即还款可撤销执行，联系{phone}。', senders: BULK_HOUND },
  { label: 'harassment', text: '再不还钱，我们的人明天就去你厂门口等你下班，你自己掂量掂量。', senders: HOUND },
  { label: 'harassment', text: '我们已经知道你住宏泰五金宿舍B栋312，今晚下班我们三个人过去找你，当面聊聊你这笔分期怎么还。', senders: HOUND },
  { label: 'harassment', text: '老赖，做个医美的钱都要借，脸都不要了还整什么容？整成天仙也是个欠钱不还的。', senders: HOUND },
];

export const BLIND15B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
