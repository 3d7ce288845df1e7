/**
 * TRAIN11 training-only bank, second part: fraud and harassment. Written with train11.templates.ts
 * by the same independent (twenty-first) author in session 8 (2026-12-02); see that file for who,
 * how, what was read and run, and the styles. TRAINING-ONLY: never reported as a test.
 *
 * Labelling rules used here. A victim's own message retelling a scam is labelled by the scam; a
 * person asking "is this real?" in their own words, without the scam's link, account or
 * instructions quoted, and any warning written by a relative, the police or the lender is normal
 * (train11.templates.ts). Anything that offers a loan, a limit, a 放款 or an "activation" and
 * asks for money, card data or an app install first (解冻金, 保证金, 验证流水, 会员费, 公证费,
 * 服务费) is `fake_loan`. Anything posing as the lender's own staff, its outsourced agency (委外)
 * or its vendors about a loan the victim already has — a 协商还款 or 减免 offer, a repayment
 * that must go to a "对公" account held by a person or to a personal QR code, an interest
 * refund, a duplicate disbursement to send back, a membership to cancel, a contract to re-sign,
 * a survey reward — is `fake_customer_service`: a genuine lender and its agency collect only
 * through the lender's app or the account the app shows, so a repayment demanded into any other
 * account is fraud, not collection. Anything whose ask is about the credit record (注销"学生账户",
 * deleting 逾期, 征信修复, an "expedited objection") is `fake_credit_repair`, even when the caller
 * poses as the credit centre. Fake police, courts, prosecutors, the regulator or the anti-fraud
 * centre that want money moved to a "safe", "escrow" or "court" account, or a fee paid, are
 * `impersonating_authority`. A new number or account posing as a friend, relative, boss,
 * classmate or one's former loan officer is `impersonating_acquaintance`. Paid tasks, reviews and
 * "流水" tasks with advances are `brushing_rebate`; steady-profit schemes to "pay the loans off"
 * are `fake_investment`; goods, coupons, courses or document-printing services paid and never
 * delivered are `fake_shopping`; game accounts, items and top-ups are `game_trading`; a lover or
 * date who asks for money or for loans taken in the victim's name, or leads to investing, is
 * `romance`; forged subsidies, payouts and prizes, fake collective lawsuits and sextortion are
 * `other`. Harassment is a collector — the lender's own port or hotline, a named agency, or a
 * person — who is collecting the debt for the lender (repayment into the app) but breaks the
 * rules: contact 22:00–08:00, more than six calls a day, pressing or telling a third party
 * (emergency contact, spouse, parents, employer, school), public disclosure, extra fees, pushing
 * new loans, threats, insults, fake legal documents or posing as a court or the police — even
 * when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
/** Just past the 22:00 line. */
const NIGHT = [22, 23];
/** Early-morning calls, before 08:00. */
const DAWN = [6, 7];
/** Pasted text, screenshots, group posts. */
const NONE: Template['senders'] = ['none'];
/** Chats from a stranger's phone or forwarded from a group. */
const STRANGER: Template['senders'] = ['virtual', 'mobile', 'none'];
/** The victim writing to family or asking for help. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile'];
/** SMS made to look like the lender's or its vendor's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** "Lovers" and contacts abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
/** Collectors on personal phones, desk lines, or pasted from a chat. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];
/** An outsourced agency's SMS platform, desk line or work mobile. */
const AGENCY_LINES: Template['senders'] = ['unknown_port', 'unknown_landline', 'mobile'];

const FRAUD: Template[] = [
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的{person}：经定期综合评估，您的可用额度已调整为80000元。为启用新额度，需完成一次还款能力验证：向验证账户{acct}转入新额度的5%，验证通过后与首笔借款一并退回。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '您的借款{amt}元放款失败，原因：收款卡号填写错误一位，资金已被银行冻结在途。请于2小时内联系放款专员{phone}缴纳解冻保证金（放款后原路退回），逾期资金将被划回并记录违约。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '叮咚🎉 你的额度出炉啦～50000元已进入“待领取”状态，点{url}领取。领取前需要开通放款会员（299元/年）才能秒到账哦～', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '征信花了也能借！不看大数据、不查负债、不打通讯录，3-20万秒批秒到，下载{url}注册即送免息券，退订回T', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '[来电] 您好，这里是{name}放款中心，工号{tail}。您的借款已审批通过，但系统显示您的银行流水不足，放款前需要做一次“资金证明”：您把{amt}元转到我们的监管账户，系统识别到流水后自动放款，这笔钱跟借款一起打给您。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的#userName#，您的借款已审批通过，请添加放款专员企业微信{phone}办理放款。放款前需缴纳首期服务费，服务费可在第一期还款中抵扣。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您的借款合同因电子签名与身份证照片不一致被系统退回，需要重新走线下公证流程，公证费{amt}元交到公证专员账户，公证完当天放款。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '李姐说你最近手头紧，我这边有个渠道，{name}的内部名额，利息比APP上低一半，走一下流程就能下款。先把身份证正反面和银行卡拍给我，再准备两千块打点一下审核的人，下款了再说。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您申请的借款{amt}元已到账，但因您的账户被风控系统标记，资金暂不可用。请在{url}完成“账户激活”，激活需存入借款金额20%的流水保证金，激活后可随时提取。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '{name} Loan Dept: RMB 50,000 was approved for you today. The money stays on hold until a refundable insurance deposit of RMB {amt} reaches settlement account {acct}. Deadline: 24h, after that the offer lapses.', senders: BLAST, en: true },
  { label: 'fraud', type: 'fake_loan', text: '我申请了一个借款APP，额度三万。先说卡号错了资金冻结，让我交了解冻费；又说要交保证金证明还款能力；最后说要刷流水，前前后后转了一万二，一分钱也没到账，客服现在也不回了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您有一笔预授信额度{amt}元将于今日24点失效，旧版APP无法领取，请下载新版完成领取：{url}', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '{sig}系统检测到您的借款账户存在异常，借款功能已冻结。解冻需缴纳账户保证金{amt}元至风控监管账户{acct}，核验完成后24小时内自动退回并恢复额度。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_loan', text: '下款了吗？没下就对了，现在各家都收紧。我这儿有个白户口子，只要实名+一张卡，额度两万起，先交三百的“通道费”占名额，不下款全退。', senders: STRANGER },

  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好{person}，我是{name}协商中心的王经理。您的逾期可以申请“只还本金、减免全部罚息”，但减免方案要先把本期款{amt}元转入我司对公账户才能生效：户名张立伟，账号{acct}。今天是方案的最后一天。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}【委外通知】您的逾期账户已转由中诚信合资产处理，请于今日18点前将欠款{amt}元转至指定还款账户{acct}（户名：陈建华），逾期将按规定上报征信并移交诉讼。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是{name}客服，工号{tail}。系统显示您之前的借款利率超过了国家规定的上限，可以给您退还多收的利息{amt}元。需要您下载一个会议软件，打开屏幕共享，我一步步指导您操作退款。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您在{app}开通了“借款加速会员”，每月自动扣费399元。如果不关闭，会员费逾期会上报征信。我现在帮您关闭，需要您把各个借款APP的可借额度借出来，转到我们的核查账户验证后退回。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您本期代扣失败，账户将于今日24点转入逾期并上报征信。请立即点击{url}更新扣款卡信息，并输入收到的验证码完成补扣。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}满意度调查】您好，参与本次贷后服务回访可获得50元还款抵用金，请点击{url}填写银行卡号、有效期和短信验证码领取。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，您的借款符合本月“提前结清优惠”，一次性转入{amt}元即可结清全部欠款，剩余部分由公司核销，结清后征信显示正常。结算专户：{acct}，户名见转账页面。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电] 您好，这里是{name}财务部。昨天系统故障给您重复放款了一笔{amt}元，麻烦您今天把多出来的这笔转回我们的财务账户，账户我发您短信。不转的话系统会按两笔借款计息，还会算您逾期。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}因系统升级，您本月被重复扣款{amt}元。退款请回复收到的6位验证码至本号码，工作人员将在30分钟内原路退回。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您提交的延期还款申请已初审通过，按规定需缴纳延期服务费（本金的3%）至延期专户，缴费后系统自动顺延还款日，您的征信不会受影响。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【签易达】您与{name}的借款合同存在签名异常，将于今日作废并要求一次性还款。工作人员会致电为您办理重签，请将收到的验证码告知工作人员完成核验。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '喂，{person}吧？我{name}贷后的小赵啊，你这笔逾期十来天了吧。这样，今天还的话走我们这边的临时通道，APP那边的罚息就不算了，我把收款码发你微信，你扫一下备注手机号就行，我这边给你销账。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是{name}回访中心。经核查，上次贷后人员联系您时存在违规行为，公司决定补偿您{amt}元。请您提供收款银行卡号和稍后收到的验证码，我们马上打款。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '我按那个“协商专员”说的，把八千转到了他给的“对公账户”，说是能免一半罚息。结果今天打开APP，欠款一分没少，打过去的电话已经停机了……', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hi, calling from {name}. Last year the interest on your account went above the legal cap, so RMB {amt} is owed back to you. Grab the refund helper at {url}, open it and tap share-screen so I can walk you through it.', senders: DIALER, links: DOWNLOAD, en: true },

  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，请问是{person}本人吗？我这边是{name}个贷协商部，工号{tail}，本次通话全程录音。看到您在我们这里的借款逾期了，之前在网上也有投诉记录对吧？公司这边很重视，专门成立了协商小组。根据最新的监管政策，像您这种困难客户可以申请“停息挂账”，罚息全免，本金分60期。不过这个方案是总部特批的，不走APP，APP里面看不到，需要您先还一笔首期款表示诚意，打到我们协商专用的对公账户，户名是我们财务的名字，您别担心，转账备注写您的身份证后六位，系统会自动关联。今天下午四点前办完，方案马上生效，过了今天名额就给别人了。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}的客服专员。您大学期间在我们平台开过校园贷账户，按监管要求现在必须注销，否则会影响您的个人征信，以后买房买车都贷不了款。我指导您操作注销，先下载一个会议软件。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '专业修复征信：逾期记录、查询次数、呆账均可处理，与银行内部合作，7个工作日见效，不成功全额退款。先付30%定金，咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信中心】您的个人信用报告存在一条异常逾期记录，将影响后续贷款审批。如非本人原因，请于3日内点击{url}在线申请修复。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}，您的账户注销还差最后一步：系统要求把您名下各平台的可用额度清零。请您在各个借款APP里把额度借出来，统一转入征信清零监管账户，注销完成后全部原路退还。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信花了？大数据乱了？我们有渠道三天洗白，洗完直接下款。已经帮两千多个老哥上岸，不信看截图。私聊报价👇', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您的征信异议申请已受理。为加快核查进度，请缴纳异议加急处理费{amt}元至{acct}，缴纳后3个工作日内删除相关逾期记录。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '结清了征信上还挂着逾期？我们内部渠道能把“曾逾期”改成“正常”，不留任何痕迹，银行查不出来。一条记录2800，先付一半，改完截图给你验。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '逾期了别慌！我们可以帮你停催、消除上报征信的逾期记录，法务团队直接对接平台。首次咨询免费，签约后按欠款的15%收服务费，先交后办。', senders: BLAST },

  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '我是市公安局经侦支队的民警，警号{tail}。你在{name}的借款资金被犯罪团伙用于洗钱，你现在涉嫌协助洗钱。为证明清白，你需要把这笔钱转到我们的资金安全核查账户，案件保密，不要告诉家人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【人民法院】你因借贷合同纠纷被起诉，案号（2025）民初{code}号。请于今日缴纳诉讼保全费{amt}元至法院代管账户{acct}，逾期将依法查封你名下财产。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '金融监管总局通知：经查，{name}向您发放的贷款属于违规放贷，您可申请退还已支付的本息。退还前需缴纳资金清算费{amt}元，请联系专案组{phone}办理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '国家反诈中心提示：监测到您刚收到的放款资金来源可疑，为防止被冻结，请立即将该笔资金转入反诈核查账户，核查通过后退回。', senders: ['prefixed', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}，我是检察院的，你名下的贷款账户被用于非法集资，现已对你发出协查令，文件在{url}，你看完马上联系我，不配合就直接网上通缉。', senders: DIALER, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电] 这里是人民银行征信管理处。你的身份信息被冒用，在多家平台开了贷款账户。为了不影响你，我们要把你卡里的钱临时转入央行保护账户，等案子结束再还给你。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: 'Cyber police notice: your {name} loan account is linked to a money-laundering case. Transfer your balance to the safe custody account {acct} today to avoid arrest. Do not tell anyone.', senders: ['foreign', 'virtual'], en: true },

  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是之前给你办贷款的客户经理小王，换了个微信，加这个就行。公司这个月有个内部降息名额，我给你留了一个：你先把这个月的钱转给我，我走内部通道帮你还，能省三百多罚息。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '是我，老陈，换号了。我{name}那笔今天到期，卡被冻了转不出去，你先帮我还一下{amt}，转到这个卡{acct}，明天一早就还你。', senders: ['virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是张总，在开会不方便接电话。你先从公司账上给这个账户转{amt}，是跟{name}那边授信的保证金，合同我回头补签，抓紧办，办完截图给我。', senders: ['virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐，我网贷逾期了，别告诉爸妈。催收说今天不还就上门，你先转我三千，转我同学这张卡：{acct}，我手机快没电了，别打电话，微信说。', senders: ['virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我是你大学室友小吴，换号了。我在{name}有个额度我自己借不出来，能不能借你的身份证和银行卡帮我申请一下，钱我来还，绝对不连累你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '爸，我手机掉了，这是同学的号。我这个月的分期今天扣款，卡里钱不够，你先转两千到这个号的支付宝，晚上我用新手机给你打电话。', senders: ['virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '您好，我是您同事刘芳的爱人。她住院了，手机也不在身边，{name}那边催得紧，她让我找您先借五千周转，转这个账户就行：{acct}。', senders: ['virtual', 'mobile'] },

  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '负债的兄弟看过来：每天给借款APP做“注册+好评”任务，一单返8元，日结。做满三单升级垫付任务，垫付越多返得越多，一个月把网贷还干净不是梦。拉你进群 {phone}', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '网贷还不上？充值返利任务了解一下：垫付{amt}元，十分钟返本金+15%佣金，新人前三单保本，连续完成七单额外奖励888。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '帮平台刷借款流水，每笔返佣300。你在自己的APP里借一笔出来，转到我们的流水账户，三天后本金连佣金一起打回，利息我们也报销。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '本来想做点刷单挣钱还信用卡，第一单返了12块，第二单返了50。后面派了个三千的“联单”，做完说我操作超时，要再充五千才能把钱提出来，我现在两头都还不上了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '【用户体验官招募】参与{name}新版APP体验：每天点赞、评论、截图打卡，返现日结。连续7天后开放“充值体验”高佣任务，充得越多返得越多。报名：{url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '[任务群] 接待员：今天第3单是组合任务，需要连续完成4笔，中途不能退出，否则前面的本金冻结。第4笔垫付金额{amt}，完成后本金+佣金一次性返到你银行卡，抓紧时间。', senders: NONE },

  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '借款客户专享：把刚到账的贷款放进“稳盈计划”，月收益8%，每月的收益就能覆盖贷款利息，到期本金全退，等于白用钱。名额只给按时还款的老客户。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '你这笔钱放卡里也是白付利息，不如跟着我们老师做外汇，我带的学员上个月都翻了一倍，一个月就能把贷款全还上。先入金五千试试，亏了算我的。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '{name}出借人计划限时开放：认购平台优质借款人资产包，年化18%，按月付息，平台风险准备金全额兜底。最低认购1万元，添加理财顾问{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_investment', text: '[股票交流群] 老师：负债的朋友别灰心，这只票主力已经建完仓，三天起码30%。手里没闲钱的可以先从借款APP周转一点，赚了马上还，机会不等人。', senders: NONE },
  { label: 'fraud', type: 'fake_investment', text: '还网贷最快的办法：买我们的矿机，每天自动产币，稳定日收益1.2%，随时能提现。现在入场送一台，很多负债的朋友已经靠这个上岸。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '逾期客户福音：您的欠款可一键转为平台即将上市的原始股权，上市后按10倍回购，既不用还钱还能赚钱。认购需补缴欠款的20%作为入股金。', senders: BLAST },

  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '代办结清证明、纸质征信报告加急打印，各大平台都能开，当天寄出，198元一份。付款扫码后发快递单号。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '{sig}您的还款积分8800即将清零，可免费兑换电饭煲一台，仅需支付运费19.9元，点击{url}填写收货地址并扫码付款。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_shopping', text: '转让{name}免息券、提额卡，官方渠道来的，50元一张，10张起卖，微信转账后发券码，绑定就能用。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '“上岸训练营”负债人专享：一对一还款规划师陪跑30天，教你合法降低月供、科学排期。原价3999，今天报名只要1999，付款后拉你进私教群。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '结清老客户感恩回馈：恭喜您获得定制行李箱一个，免费赠送，只需到付邮费25元。请添加礼品专员{phone}确认地址后付款。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '我在群里买的那个“网贷记账管家”会员，说能自动提醒还款、帮你排期，交了268，链接打开是空白页，客服把我拉黑了。', senders: OWN_WORDS },

  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '卖号还网贷的看过来：游戏账号高价回收，在{url}交易平台上架。买家已付款，但平台显示你的收款账户未认证，资金冻结，需要缴纳{amt}元认证保证金才能提现。', senders: STRANGER, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '为了还{name}那笔，我把玩了五年的号挂出去卖。买家说付了款但被平台冻结，要我交“解冻费”，我交了两次，平台又说要“大额认证”，钱没拿到，号也被人改密了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '游戏账号抵押借钱：你的号当抵押，当天放三千到五千，不查征信。先把账号密码和绑定手机验证码发给估价师评估，评估费50元。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '学生党手头紧？点券5折代充、皮肤3折，全网最低，已服务上万人。先付款后上号充值，充完记得改密码。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '[交易平台客服] 您出售的装备买家已下单，{amt}元已到平台账户。由于您是首次交易，需先充值同等金额激活提现功能，激活后本金与货款一并提现。', senders: ['virtual', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '兄弟，你那把限定皮肤我收了，价格按你说的。我们走“担保交易”，你先在这个平台上架，我这边付款后平台会发你验证码，你把验证码给我确认收货就行。', senders: STRANGER },

  // ── romance ──
  { label: 'fraud', type: 'romance', text: '宝贝，你那点网贷别愁了。我舅舅在一个平台做内部数据，你跟着我买几单，最多两个星期就能全还清，以后咱俩结婚也不用背着债。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '亲爱的，我在国外的工程款被银行冻结了，解冻要交一笔手续费。你能不能先用{app}借{amt}帮我交一下？回国第一件事就是还你，然后去见你爸妈。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '我妈突然住院要交押金，我这个月工资还没发，身边也没人能借。你那边额度能不能先借出来帮我一下，下个月我一定连利息一起还你，你是我最信任的人了。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '网恋了半年的男朋友，一直说他在搞工程回款慢，让我在三个平台帮他借钱周转，说婚房首付的钱马上到。现在三家都逾期了，他的微信把我删了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '你的额度先借出来，投到我朋友那个项目里，分红够我们俩还所有的贷款，明年就能办婚礼。你要是不信我，那我们也别谈以后了。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: 'Honey, once my shipment clears customs I will pay off all your loans. Please borrow RMB {amt} in {app} and send it to my agent\'s account {acct} for the customs fee. I love you.', senders: OVERSEAS, en: true },

  // ── other ──
  { label: 'fraud', type: 'other', text: '【债务纾困】根据最新政策，网贷逾期人员可领取一次性纾困补贴{amt}元，请于{date}前点击{url}登记，补贴发放前需缴纳个人所得税。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '[网贷维权群] 群主：我们律师团正在集体起诉{name}，要求退还全部利息。报名参加诉讼的每人交500元立案费，人越多胜诉率越高，截止到本周五。', senders: NONE },
  { label: 'fraud', type: 'other', text: '你借款时上传的通讯录和视频我们都有。现在给你十分钟，转五千到这个账户{acct}，不然你那段视频马上发到你所有联系人手机上。', senders: ['virtual', 'foreign'] },
  { label: 'fraud', type: 'other', text: '恭喜您在{name}借款人周年庆抽奖中获得二等奖：现金{amt}元。请添加兑奖专员{phone}，缴纳公证费后24小时内到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'other', text: '平台清退兑付通知：已停运的网贷平台出借资金即将统一兑付，请加入兑付登记群，缴纳2%的兑付登记费后按顺序打款。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '个人债务“一键清零”政策开放申请：符合条件的可办理个人破产登记，全部网贷免还。登记费980元，名额有限，{url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '【还款互助金】您申请的紧急还款互助金{amt}元已审批到位，领取前需缴纳账户激活费，请回复“1”获取缴费账户。', senders: FAKE_PORT },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[来电转写 22:37] 喂，{person}是吧？{name}的。知道你下班了，正好有空聊聊你那笔钱。白天不接，那我们就晚上打，今晚不给个说法我就一直打。', senders: HOUND, hours: NIGHT },
  { label: 'harassment', text: '{sig}温馨提醒：{person}您好，您的借款已逾期，请于今日还款。如已还款请忽略。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '[智能外呼·汇通智呼] 您好，这里是{name}。您的借款自{date}起已逾期，请立即还款。本通话将在今日持续拨打直至您接听。', senders: AGENCY_LINES, hours: DAWN },
  { label: 'harassment', text: '【未接来电×9】{name}贷后 今天上午 最近一次11:30\n——\n{person}，这是上午第九个了。不接是吧，没关系，下午接着打，打到你接为止。', senders: HOUND, hours: [11, 12, 14] },
  { label: 'harassment', text: '{sig}{person}您好，今日已第8次致电您未接通，请尽快接听或回电处理逾期欠款。', senders: OWN_LINES },
  { label: 'harassment', text: '您好，您是{person}的紧急联系人吧？他在我们这里借的钱已经逾期两个月了，我们联系不上他。您作为联系人有义务督促他还款，要不您先帮他把这期{amt}元垫上，回头你们自己算。', senders: HOUND },
  { label: 'harassment', text: '{sig}您好，您的朋友{person}在我司借款{amt}元，已逾期60天未还，经多次联系无果。请您转告其尽快还款，以免产生不良后果。', senders: OWN_LINES },
  { label: 'harassment', text: '最后通知你一次，今天下午五点前不还，你手机通讯录里一千多个人每个人都会收到一条短信，告诉他们你借钱不还。你爸妈、你领导、你前女友，一个都跑不了。', senders: HOUND },
  { label: 'harassment', text: '{person}，我们外访同事明天上午去你们公司前台找你，顺便跟你们人事聊一下你的情况。你要是不想闹得全公司都知道，今晚之前把钱还了。', senders: HOUND },
  { label: 'harassment', text: '您好，请问是星辰科技人事部吗？你们员工孙立军在{name}欠款逾期，我们需要核实他的在职情况和工资发放日期，以后他的工资请先扣一部分还我们。', senders: HOUND },
  { label: 'harassment', text: '【恒安商务咨询】[客户姓名]：您的账户已委外处理，除欠款本息外，须另行支付委外催收服务费{amt}元，与欠款一并在{app}内还清，否则不予结案。', senders: AGENCY_LINES },
  { label: 'harassment', text: '你这笔已经安排上门了，上门一次的差旅费800元由你承担，加到你的欠款里。要是不想多出这笔钱，今天就在APP里还。', senders: HOUND },
  { label: 'harassment', text: '【律师函】{person}：正衡律师事务所受{name}委托正式通知你，你已涉嫌恶意透支及诈骗，我所已向公安机关提交报案材料，立案编号{code}。限你24小时内在{app}结清，否则将追究刑事责任。', senders: AGENCY_LINES },
  { label: 'harassment', text: '{person}你好，你在{name}的欠款已正式立案，案件编号XA{code}。经办人会在三个工作日内带着拘传令去你户籍所在地，请你提前把钱还上，还了以后我们可以帮你撤案。', senders: HOUND },
  { label: 'harassment', text: '【执行局通知】{person}，因你拒不偿还{name}借款，法院将于{date}对你名下财产强制执行，并将你列入失信被执行人名单。立即在{app}还款可暂缓执行。', senders: HOUND },
  { label: 'harassment', text: '我是派出所的，{name}已经报案说你借钱不还，你现在去APP里把钱还了，我这边就不给你立案了，不然明天我们直接去你单位找你。', senders: HOUND },
  { label: 'harassment', text: '你一个大男人借几千块钱都还不上，有脸活着吗？废物一个，你爸妈养你有什么用，赶紧还钱！', senders: HOUND },
  { label: 'harassment', text: '{person}，你家楼下那个便利店挺热闹的，你儿子每天放学都在那买零食吧。钱什么时候还，你自己掂量。', senders: HOUND },
  { label: 'harassment', text: '[小区业主群] 各位邻居好，3栋1202的住户在{name}借款逾期不还，多次联系拒不处理。请大家见到他提醒一下，欠债还钱天经地义。附：他的照片和身份证。', senders: NONE },
  { label: 'harassment', text: '你别跟我说没钱，{other}那边现在还能借，你去借一笔先把我们这边平了，下个月再说下个月的。要不要我把申请方法发给你？', senders: HOUND },
  { label: 'harassment', text: '阿姨您好，我们是{name}的，您儿子欠我们钱不还，他不接电话，当父母的不能不管吧？您今天先替他还一部分，不然我们只能去你们村里找村委会了。', senders: HOUND },
  { label: 'harassment', text: '{sig}【重点催收名单】[客户姓名]，您已被列入重点催收名单，我司将于[日期]起联系您的工作单位及户籍所在地村（居）委会，协助督促还款。', senders: AGENCY_LINES },
  { label: 'harassment', text: '[来电转写 23:15] 您好，是{person}的紧急联系人吗？不好意思这么晚打扰，他的欠款今天必须处理，您能不能现在给他打个电话，或者您这边先垫一下？', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '你是他老婆吧？这是夫妻共同债务，法律上你也得还。你们家那点事我们都清楚，他不还你就替他还，不然我们去你单位找你。', senders: HOUND },
  { label: 'harassment', text: '[通话记录] 紧急联系人 李女士 今日来电：08:30 08:41 08:55 09:12 09:40 10:15 11:02 13:30 14:10\n[短信] 李女士，你不接也没用，你朋友什么时候还钱，我们就什么时候停。', senders: HOUND },
  { label: 'harassment', text: 'This is {name} collections. It is past 11 pm and we will keep calling you and your emergency contacts every half hour until the overdue amount of RMB {amt} is paid in {app}.', senders: OWN_LINES, hours: [23, 0, 1], en: true },
  { label: 'harassment', text: '{person}，之前说的分期方案作废了，今天必须全额还清。不还的话你全家的征信都会受影响，你孩子以后考公、当兵政审全过不了，你自己想清楚。', senders: HOUND },
  { label: 'harassment', text: '您好，是实验小学三年级二班的王老师吗？您班上陈子涵的爸爸在{name}欠款逾期，一直联系不上，麻烦您在家长群里说一声，或者让孩子回去转告他爸爸。', senders: HOUND },
  { label: 'harassment', text: '[朋友圈截图] 寻人启事：赵磊，男，身份证号3201**********1234，欠{name}借款{amt}元逾期不还，人已失联。知情者请联系{phone}，提供线索有酬谢。', senders: NONE },
  { label: 'harassment', text: '【鼎信资产】{person}，您的案件已由调解转为上门外访，外访组将于明日对您的住址、单位及父母住址同时上门核实，外访全程录像并张贴欠款告知书。', senders: AGENCY_LINES },
  { label: 'harassment', text: '{person}，你听好了。你在{name}那笔拖了四个月，电话不接、短信不回，你以为换个城市就没事了？你老家的地址、你爸妈的电话、你老婆单位的座机，我们手上都有。这周我们已经给你表哥、你大学同学、你们公司前台都打过了，跟他们说了你欠多少钱，他们现在都知道你是什么人。今天是最后一次给你机会：晚上八点前在APP里还清，再加两千块的“外访差旅费”打过来，不然明天我们的人直接去你老家，把欠款告知书贴在你家门口和村委会公告栏上，让全村人都看看。', senders: HOUND },
];

export const TRAIN11B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
