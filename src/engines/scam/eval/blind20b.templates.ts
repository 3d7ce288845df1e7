/**
 * BLIND20 held-out bank, second part: fraud and harassment. Written with blind20.templates.ts by
 * the same independent (twenty-seventh) author in session 8 (evening), 2026-12-02; see that file
 * for who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be
 * tuned on this bank.
 *
 * Labelling rules used here, applied in this order.
 * (1) A retelling — by the victim, a parent, a child or a village mediator — is labelled by what
 *     it retells: a scam by the scam's type, a collector's conduct as harassment. A warning, or
 *     an "is this real?" that only describes a message, is normal (first file).
 * (2) Harassment vs fraud when a "court", "lawyer" or "执行局" appears: a message that presses the
 *     recipient (or the recipient's family, employer or village) to repay a debt owed to a named
 *     lender — even through a 立案 that does not exist, fake 传票, a fake 执行法官, an "应诉保证金"
 *     paid into the lender's app, or a 律师费 the contract never mentioned — is harassment. A
 *     message that uses a case, a court or a lawyer to take a fee, a deposit, a "settlement
 *     discount", a code or an app install for someone other than the lender is fraud.
 * (3) Any offer of credit that wants a fee before paying out (资金公证, 律师见证费, 公证费, 保证金,
 *     解冻费) is `fake_loan`, whoever it claims to be.
 * (4) Selling the removal of an adverse record the victim really has or fears — 失信, 限高,
 *     被执行 history, a published judgment, 征信 overdue entries, a 校园贷 "案底" — is
 *     `fake_credit_repair`, even when it poses as a court, a lawyer or the lender.
 * (5) Posing as a court, 执行局, procuratorate, police, 劳动仲裁委, 法律援助中心 or 公证处 (a
 *     state-authorised body) to take money, codes or an app install is `impersonating_authority`.
 * (6) Posing as the victim's own lender, wallet, its law firm or its authorised mediation agency,
 *     or as a platform the victim uses (司法拍卖 platform, a legal-advice app, a courier), about
 *     that account, order or deposit — including a settlement "discount" paid to a personal or
 *     "结算" account and a false "诉讼标记" on the account — is `fake_customer_service`.
 * (7) A bait of returns (法拍房 shares, 不良债权包, litigation funding, 破产重整 shares, "公证保本"
 *     products, judgment trading) is `fake_investment`, unless a lover leads to it (`romance`).
 * (8) Goods or services paid in advance and never delivered (律师函代写, 法拍车 and 代拍 定金,
 *     document packs, paid consultations, translation + 公证 packages, textbooks) are
 *     `fake_shopping`; game accounts, items and their "仲裁" or "公证" are `game_trading`; paid
 *     reviews, votes, likes and 联单 tasks for law firms and legal apps are `brushing_rebate`.
 * (9) A fake relative, classmate, boss, own lawyer or village mediator on a new number asking for
 *     money is `impersonating_acquaintance`; an online lover asking for money is `romance`.
 * (10) Everything else is `other`: 撤诉 and 捞人 fixers with a 活动费, 追损 "recovery lawyers",
 *     prize draws needing a 公证费, 法考 包过, paid "内推" into court jobs, copyright-troll
 *     settlement demands into a personal account.
 * Harassment also covers a registered lender's own port or hotline when it contacts the debtor
 * between 22:00 and 08:00, adds fees, or writes to the debtor's contacts; any collector calling
 * more than six times a day, pressing or telling third parties (parents, siblings, colleagues,
 * the employer's HR, the village mediator), posting the debt in a group or on 朋友圈, threatening
 * violence, arrest, the employer or the visa, insulting the debtor, sending fake court papers or
 * posing as a judge or the police.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00, +08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 5, 6, 7];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign'];
/** SMS made to look like a court's, notary's, lender's or platform's port. */
const FAKE_PORT: Template['senders'] = ['unknown_port', 'lookalike_short', 'prefixed', 'virtual', 'lookalike_400'];
/** Scam callers. */
const DIALER: Template['senders'] = ['virtual', 'foreign', 'prefixed', 'unknown_landline', 'mobile', 'lookalike_400'];
/** Strangers on chat apps, new "numbers" of people one knows, or pasted chats. */
const STRANGER: Template['senders'] = ['virtual', 'mobile', 'none'];
/** Retellings and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Lovers and "lawyers" abroad. */
const ABROAD: Template['senders'] = ['foreign', 'virtual'];
/** Collectors on their own phones and desk lines. */
const HOUND: Template['senders'] = ['mobile', 'virtual', 'unknown_landline'];
/** Collectors through bulk ports or their own phones. */
const HOUND_PORT: Template['senders'] = ['unknown_port', 'mobile', 'virtual'];
/** Phishing links. */
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
/** Links in ads. */
const ADS: Template['links'] = ['random', 'shortener'];

export const BLIND20B_TEMPLATES: Template[] = [
  // ── impersonating_authority: courts, 执行局, procuratorate, arbitration, notaries, legal aid ──
  { label: 'fraud', type: 'impersonating_authority', text: '【岚川市鹤汀区人民法院】电子送达：{person}，你有一份（2026）岚0203民初{code}号开庭传票待签收，请于今日18时前点击 {url} 完成身份核验后查看。逾期未签收视为拒不到庭，将依法缺席判决并纳入失信名单。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话录音整理] 对方：你好，这里是岚川市中级人民法院立案庭，你名下有一起信用卡恶意透支案件，案件编号岚中刑{tail}号，已经进入审理阶段。你要证明自己清白，得把名下资金转入法院的资金清查账户，核查完全额退回。这个案子涉密，不要跟家人说，也不要去银行问。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【在线诉讼通知】{person}：你涉及的合同纠纷案将于今日下午在线开庭，当事人须下载“网上法庭”客户端参加庭审，下载地址 {url} 。安装后输入案号登录，并开启屏幕共享以便法官核验证据。', senders: FAKE_PORT, links: ['apk'] },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是望溪县人民法院执行局，你名下尾号{tail}的银行卡因涉及一起担保纠纷，将于今天下午4点被冻结。如果你对这笔担保不知情，需要配合做资金隔离，先把卡里的钱转到执行局临时监管账户{acct}，解冻后原数返还。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【鹤汀公证处】{person}您好，您的亲属生前在本处办理遗产提存，提存金额{amt}元，您为指定领取人。因提存期即将届满，请于三日内缴纳提存保管费及个人所得税共1860元至公证处指定账户{acct}，逾期提存款将依法上缴国库。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是南渡区人民法院诉前调解中心的调解员，你在网贷平台的借款已被起诉，现在可以庭前调解，调解成功最多减免60%。减免后的款项先打到调解中心对接专员的账户，由法院统一结算，今天交的话明天就撤诉。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【岚川市劳动人事争议仲裁委员会】{person}：你申请的劳动争议仲裁已受理，开庭前须缴纳仲裁保证金{amt}元，请于24小时内转入仲裁委代收账户{acct}，否则视为撤回仲裁申请。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【岚川法律援助】{person}您好，您的法律援助申请已通过初审，需缴纳援助律师差旅保证金{amt}元，结案后全额退还，请尽快联系援助专员{phone}办理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【岚川市公安局经侦支队】{person}：您被骗资金已追回部分，按比例发还{amt}元。请点击 {url} 填写收款银行卡号、预留手机号及短信验证码进行身份核验，24小时内到账。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[对方发来的PDF，截取文字]\n岚川市人民检察院\n冻 结 管 制 令\n编号：岚检冻{code}\n犯罪嫌疑人：{person}\n涉嫌罪名：洗钱罪\n— 第 1 页 共 2 页 —\n经查，该嫌疑人名下账户涉及……现对其名下资产实施冻结\n管制，当事人须配合将资金转入国家安全账户进行清查，\n清查期间严禁向任何人透露……', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '我跟你说啊，前天有个法院的人打电话来，说我身份证被人拿去开了卡，在外地洗钱，要抓我。后来又转给一个姓李的检察官，说我要是清白的，就把存折里的钱转到他们那个“安全账户”，查完就退。他让我别告诉你们，我转了三万，现在那个电话打不通了', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: "NOTICE FROM THE PEOPLE'S COURT / 人民法院通知\nYour residence permit is linked to a money-laundering case (Case No. {code}). To avoid detention and deportation, pay the bail deposit via {url} within 12 hours.\n你的居留许可涉及洗钱案件，须在12小时内缴纳保证金。", senders: ['foreign', 'virtual', 'unknown_port'], links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【人民法院在线服务】{person}：有人使用你的身份信息提交了网上立案申请。如非本人操作，请回复刚收到的验证码撤销申请，稍后专员将致电协助处理。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，南渡区法院民二庭。您那个案子书记员这边要您补一份材料，我把“庭审材料提交”的会议号发您，您进去以后按提示点一下，法官在线等着核对。', senders: ['virtual', 'mobile', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【鹤汀区人民法院执行局】申请执行人{person}：你案执行款{amt}元已到账，因系统升级需重新绑定收款账户，请点击 {url} 登录，输入银行卡密码及短信验证码完成绑定。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转接记录] 书记员：您好，您的传票被邮局退回了，我这边帮您转到南渡区公安分局刑警队王警官。……王警官：你的银行卡涉及一起非法集资案，现在需要你下载“公安云视频”做远程笔录，摄像头对准身份证，不要挂电话。', senders: ['prefixed', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是法院送达中心，您有一份法律文书邮件因地址不详被退回，查询请按1转人工，重新投递请按2。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '专业处理失信被执行人：无需还清欠款，律师团队对接法院内部，7个工作日移出失信名单、解除限高，高铁飞机照坐，孩子上学不受影响。先付50%定金，办成再付尾款，联系{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，我是衡正法律咨询的韩律师。看到您在中国执行信息公开网上有一条失信记录，这个会影响子女政审。我们有渠道做“信用修复备案”，一次性撤销，费用8800，今天签约打八折。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '你的判决书在网上能搜到，老板、同事、相亲对象一搜就知道。我们能申请撤网，48小时下架，3980一篇，先付款后操作，加V：{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '上个月我在网上找了个说能“征信洗白”的律师，说我那几笔法院判了的网贷逾期能一起消掉，先交了“法院撤销申请费”六千八，后来又要“征信中心对接费”，交完就把我拉黑了。我现在该怎么办', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用修复中心】{person}：您名下3条被执行记录即将同步至征信报告，影响房贷车贷审批。可申请“司法信用修复”，登录 {url} 上传身份证照片并缴纳服务费，可在同步前拦截。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '限高令能撤，不用全还。我手上好几个成功的，都是跟执行法官沟通以后走“执行和解”撤的。你把判决书拍照发我，我先评估，费用看情况。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '【{name}法务】{person}，您的逾期已被我司起诉并上报征信。现开通“诉讼和解+征信修复”通道，结清后由我司律师出具无逾期证明并删除征信逾期记录，名额仅剩今日，详询{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '同学你好，我是岚川法律援助志愿团的，你大一时的校园贷已被平台起诉，会留下案底和征信污点，影响考公考研。我们可以帮你走“注销+撤诉”，需要你先把名下几个借款App的额度借出来，转到监管账户做资金证明。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '失信能撤，限高能解，全国法院都能办，不成功不收费，只收资料费。', senders: BLAST },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '{person}，我是{name}委托的诉前调解员，您这笔借款公司同意减免一半，今天打到我这边的结算账户{acct}就能销案。户名是我们调解中心负责人，这是内部流程，您放心。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】尊敬的用户，系统检测到您的账户被误标为“诉讼催收”状态，将影响个人征信。请致电法务客服{phone}解除标记，需配合完成账户核验。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【法小帮】您在本平台开通的“律师VIP咨询”年度会员即将自动扣费1998元。如非本人操作，请联系退订客服{phone}，客服将指导您在手机银行完成退订。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是司法拍卖平台客服，您参拍标的的保证金{amt}元因银行通道异常未能解冻，需要您开启屏幕共享，我教您在手机银行里做一下“反向退款”。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，远山快递理赔部。您寄往律师事务所的诉讼材料件在转运中丢失，按“重要文件”标准赔付{amt}元，请扫我发您的二维码进入理赔页面，填写银行卡信息领取。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，这边是{name}贷后法务中心。您的逾期案件已进入诉讼前最后协商期，我们可以帮您申请“停息挂账”。需要您下载会议App共享屏幕，法务会指导您在{app}里完成和解签约。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【衡平律所】{person}：受{name}委托，你的借款纠纷可申请一次性结清减免，结清款须转入本所代收账户{acct}，本所出具结清证明后向法院撤回起诉。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}，我是{name}的客户经理小唐，你上次问的提前结清，法务那边给你批了个优惠价，我把付款码发你微信，扫一下就行，比在App里还便宜两千多。', senders: STRANGER },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】您的账户因涉诉已被司法冻结。如需紧急解冻，请联系客服专员{phone}缴纳解冻保证金，解冻后原路退还。', senders: FAKE_PORT },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '您的{amt}元借款已审批通过。因您征信有诉讼记录，放款前需做一次资金公证，证明您有还款能力，请将借款额度的10%转入公证处监管账户{acct}，公证完成后与借款一并打到您卡上。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '打官司没钱交诉讼费、保全费？“讼无忧”诉讼专项贷，最高20万，凭起诉状即可申请，当天放款，只需预付首月服务费。申请入口 {url}', senders: BLAST, links: ADS },
  { label: 'fraud', type: 'fake_loan', text: '失信被执行人、限高、征信花都能下款！专做黑户，额度5000-50000，需先缴纳风险保证金，放款后退还。{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '胜诉了执行款迟迟不到位？我们提供“执行款垫付”，凭判决书即可预支80%，当天到账，只收律师见证费{amt}元。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '[聊天记录]\n贷款顾问：您好，您的贷款已经到放款环节了\n我：那怎么还没到账\n贷款顾问：您这个金额大，按规定要律师见证签约，律师费1200您先付一下，付款码发您了\n我：不是说不收任何费用吗\n贷款顾问：这是律所收的，不是我们平台收的', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '{sig}{person}，您在{app}的和解协议已审核通过，可申请“和解专享贷”{amt}元用于一次性结清，审批后需先支付电子签章公证费，请登录 {url} 办理。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '哥们儿，你上次说要周转那个事，我有个朋友在律所做抵押借款，房本押他那，公证一做当天拿钱。就是得先交个评估费，不多，两千。要不要我拉你进群？', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '我以为是正规的，对方发来的借款合同上还盖着“公证处”的红章。先说我银行卡号填错了资金被冻结，要交“解冻费”才能重新放款，又说要“公证费”，前前后后交了九千多，一分贷款没见着', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: 'Loan approved: CNY 50,000 for your legal expenses. To release the funds, a notarization deposit of CNY 2,000 is required. Pay now: {url}', senders: BLAST, links: PHISH, en: true },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【法拍房捡漏群】本周望溪县法院拍卖一批住宅，起拍价是市价五折，团队专业代拍，入股即可分红，10万起投，拍下转手月收益15%。进群 {url}', senders: BLAST, links: ADS },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我们是岚川金融资产交易中心的投资顾问，现有一批法院已判决的不良债权包，本金800万，两折收购，法院强制执行回款后年化收益超40%，名额有限。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '诉讼投资新风口：资助胜诉率95%以上的商事案件，律师团队把关，判决执行后分成30%，最低5万元参与，资金托管在律所账户。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '{person}，一家上市公司的子公司正在法院破产重整，重整投资人份额内部认购，一股两元，重整完成后上市交易，预计翻十倍。认购款打到管理人账户{acct}，别外传。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '周律跟我说，他们律所最近在做“债权收购”项目，就是把法院判了还没执行的钱打折买过来，执行到了就赚差价。我投了两万，上个月返了三千。你要有闲钱我拉你。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '本产品经公证处全程公证、保本保息，年化18%，投资合同公证书可在线验真 {url} ，首投送500元体验金。', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'fake_investment', text: '“执行宝”App上线：把你的胜诉判决挂上平台转让，也能买别人的判决赚执行回款，日收益千分之八。下载 {url}', senders: BLAST, links: ['apk'] },
  { label: 'fraud', type: 'fake_investment', text: '[群公告] 老师今晚8点直播讲解“司法拍卖资产包”操作，跟着老师上车的学员上周平均收益23%。未开户的联系助理小美，入金通道今晚关闭。', senders: STRANGER, hours: [18, 19, 20] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '你老公那个案子我能找到人，检察院那边有关系，交二十万“活动费”能让他们撤诉，最晚一个月人就出来。只能现金或者转我表弟卡上，别跟律师说。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '我在看守所里认识人，你家孩子这种情况能办取保候审，先交3万“打点费”，办不成全退。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '被网络诈骗了不要慌！专业律师团队帮您追回被骗资金，已帮上千人挽回损失，先交立案服务费，追回后再按比例收费。{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【{other}】恭喜您在“普法知识有奖问答”中获得一等奖：现金{amt}元。按规定领奖须先办理中奖公证，公证费680元请按 {url} 页面提示转入指定账户。', senders: BLAST, links: ADS },
  { label: 'fraud', type: 'other', text: '法考包过班：内部命题组老师押题，主观题保过，不过全额退费，报名费1.28万，先交定金3000锁名额。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '岚川市中院招聘聘用制书记员20名，内部推荐免笔试，需缴纳培训费及政审费4600元，名额有限，先到先得。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '被骗以后我在网上找“反诈律师”，对方说能通过法院冻结骗子账户把钱追回来，让我先交保全担保金一万五。交了以后又说法院要“司法鉴定费”。我到底被骗了几次啊', senders: PASTE },
  { label: 'fraud', type: 'other', text: '【版权律师函】你在朋友圈使用的一张图片侵犯我方著作权，拟起诉索赔5万元。现可和解，三日内支付和解金2800元至代理人账户{acct}，否则立案。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: "We are the Legal Recovery Desk. Our lawyers can freeze the scammer's wallet by court order and return your lost funds within 7 days. A refundable filing fee of USD 300 is required. Contact us on Telegram.", senders: ABROAD, en: true },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '在网上买了个“律师函代写”服务，付了199，对方说律所盖章要加钱，又付了300“加急费”，结果发来的函是P的章，再找人已经把我拉黑了', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '朋友，我这有辆法院拍卖流拍的车，2022年的，拍卖价六万八，内部渠道。你先交五千定金锁车，过户手续我们全包。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【法律文书大全】起诉状、答辩状、离婚协议、借条模板800套，律师审核版，原价299今日39.9，付款后自动发货 {url}', senders: BLAST, links: ADS },
  { label: 'fraud', type: 'fake_shopping', text: '[截图文字] 婚姻家事律师｜一对一咨询｜先付后咨询 388元 → 已付款 → 对方开启了朋友验证，你还不是他（她）朋友。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '法拍房代拍，不用本人参拍，我们用内部账号帮你拍，成交价保证低于起拍价，代拍定金两万，拍不中全退。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '出全套法考教材加网课账号，原价两千，现在350，先转账我再发快递，不走平台，走平台要扣手续费。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '出国材料翻译+公证一条龙，三天出证，无需本人到场，1200元全包，先付全款后出件。微信{phone}', senders: BLAST },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姑，我是小宇，换号了。我开车撞了人，对方要私了，不然就报警起诉我，律师说先赔两万能和解。我不敢跟我爸说，你先帮我转一下，账号是律师的{acct}。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '张姐您好，我是孙岚律师，这是我的新微信，旧号出了点问题。法院那边诉讼费今天是最后一天，系统交不进去，您先转给我，我去窗口帮您交，账号{acct}。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小刘，我在法院开庭，手机不方便接电话。有个保全费要马上交，我这边的卡限额了，你先从自己卡上转八万给对方律师，回头公司给你报。账号我发你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 妈……我出事了……我在派出所……你别告诉我爸……律师马上给你打电话，他说什么你照做……', senders: ['virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老同学，我在打离婚官司，对方把我账户全冻结了，律师费还差一万，下周判下来就还你，你方便先借我吗？我换号了，之前的号被她拿走了。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[家族群新成员] 二叔：大家好，这是我新号。奶奶继承公证的费用，公证处说要我们五家先凑齐，每家四千，转到我这个卡上我统一去交：{acct}', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我是你大学同寝室的老陈，这是我工作号。有个事不好意思开口，我爸那边官司要交一笔钱，你今天方便的话……', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是村调解员周德顺，换号了。你家跟隔壁宅基地的调解书要拿去县法院确认，得交两千确认费，你转到这个号绑的卡上，我明天带过去。', senders: STRANGER },
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【律师好评任务】为入驻律师写五星评价，每条返佣8元，做满10单开放“冲单任务”，垫付金额越高返佣越高。接单进群 {url}', senders: BLAST, links: ADS },
  { label: 'fraud', type: 'brushing_rebate', text: '我在一个叫“律帮”的App上做任务，给律师投票打榜，一票返两块。后来说有“连单任务”，要先垫付1980，做完连本带利返2300，我垫了三次，提现的时候说我操作失误资金被冻结，要交解冻金', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '招募普法视频点赞员，在家用手机就能做，点赞关注截图一单3元，日结，佣金秒到。先加导师{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '司法拍卖助拍员：按指定标的出价“热场”，每次加价返佣50元，保证金先垫后返，当天结算。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '帮律所App拉新：下载注册并完成实名，一单返30元。第二阶段需用自己账户在App内购买咨询券，系统自动返还本金加20%佣金。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[任务群] 接待员小雨：第5单为律师服务套餐联单，需垫付{amt}元，完成后返本金+佣金。请按要求截图回传，超时未完成视为放弃，垫付资金不予退回。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job: rate law firms on maps, earn CNY 20 per review, paid daily. Advanced tasks need a small prepayment, refunded with a bonus. Join: {url}', senders: BLAST, links: ADS, en: true },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '你好，你在交易平台挂卖的游戏账号我拍了，钱已经付了，但平台提示你的账户“未完成交易公证”，资金被冻结，你得联系平台仲裁客服交公证保证金才能提现。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易仲裁中心】您出售的账号被买家申请仲裁，判定需缴纳仲裁保证金{amt}元，否则账号将被收回并追究法律责任。处理链接 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '我是你买的那个号的原号主，现在我找回来了。你不想号被封，就私下再给我三千，我给你写个“放弃找回声明”，还能去做公证。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '儿子卖游戏皮肤，买家说平台要“律师见证”才能解冻货款，让他扫码交了800块见证费，现在平台找不到了，买家也不回消息。', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '出满级号，带全皮肤，可以签账号转让协议再做公证，不走平台，定金500先锁号。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '[游戏内私聊] 兄弟，你的号被人举报涉嫌盗刷，官方法务准备起诉你。你加我QQ，我内部帮你撤销，顺便你那批装备我按原价回收。', senders: STRANGER },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '宝贝，我跟你说实话，我前妻起诉我分财产，法院冻结了我所有账户，下周开庭完就解冻。律师费还差三万，你能先帮我垫一下吗？开完庭我们就去领证。', senders: STRANGER, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: 'My darling, the lawyer in London says my late father’s inheritance can be released to me only after I pay the probate fee. Just 5,000 dollars, then we can finally be together.', senders: ABROAD, en: true },
  { label: 'fraud', type: 'romance', text: '认识两个月了，一直没跟你说，我在律所做法拍业务，有内部消息。你信我的话，就在我给你的平台上投一点，这周那套房子拍下来一转手，赚的钱我们拿去装修婚房。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '亲爱的，我妈说结婚前要做婚前财产公证，公证处要求双方各存一笔钱做“资产证明”。你先把二十万转到我妈卡上，公证完就还你。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '网上认识的一个“律师”，说自己是岚川某律所的合伙人，天天嘘寒问暖。后来说他手上一个案子要垫付保全保证金，让我借他十万，结案就还，现在人不见了。', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '我在海外维和，回国前要签一份法律声明，需要家属交纳手续费才能放行。我们的未来就靠你了，等我回来。', senders: ABROAD },
  // ── harassment: collectors faking court involvement, third parties, night, fees ──
  { label: 'harassment', text: '{person}，{name}已经正式向鹤汀区人民法院起诉你了，立案号2026民初第{tail}号，下周一开庭。你今天下午五点前在{app}结清，我还能让法务撤。', senders: HOUND },
  { label: 'harassment', text: '[妈妈转述] 今天家里收到一个快递，里面是“法院传票”，写你欠{name}的钱要开庭，还盖着红章，说不还就来家里查封。快递单上寄件人写的是“律师事务所”。你到底欠了多少？你爸气得血压都上来了', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '{person}：三日内不还{name}的{amt}元，我们将向你单位人事部发送《协助执行通知书》，申请强制执行扣你工资，到时候全公司都知道。', senders: HOUND },
  { label: 'harassment', text: '我是鹤汀区法院执行局的执行法官，姓王。{person}，你欠{name}的钱今天不还，我就带法警去你家。', senders: HOUND },
  { label: 'harassment', text: '你好，我这边是衡信律师事务所，受{name}委托处理你的逾期。这么晚打给你是因为白天你不接。今天必须给我一个还款时间，不然明天就立案。', senders: ['unknown_landline', 'mobile'], hours: [22, 23, 0, 1] },
  { label: 'harassment', text: '周主任您好，我是{name}的贷后专员。你们村{person}欠我司{amt}元逾期半年了，麻烦您作为调解员去他家做做他父母的工作，让老人先帮他还上，不然我们只能把材料交法院，到时候在村里影响也不好。', senders: HOUND },
  { label: 'harassment', text: '{person}：你的逾期已委托律所处理，按规定需另行承担律师费{amt}元及诉讼准备费，与欠款一并在{app}还清，否则不予办理结清。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '{person}你个老赖，欠钱不还还有脸活着？法院传票已经发到你们村委会，明天全村都知道你是个什么东西。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，您的借款已严重逾期，我司法务部已准备起诉材料，请立即回电{hot}。', senders: ['official_port'], hours: LATE },
  { label: 'harassment', text: '[通话记录截图转文字] 今天 09:02 未接 | 09:15 未接 | 09:40 未接 | 10:31 未接 | 11:05 未接 | 12:20 未接 | 13:48 未接 | 14:30 未接（同一号码）\n对方短信：再不接我就一直打，打到你接为止，接了咱们谈谈法院的事。', senders: HOUND },
  { label: 'harassment', text: '您好，请问是{person}的同事吗？这位在{name}的借款逾期三个月，欠{amt}元，我们已经在准备起诉，麻烦您转告一声尽快处理，不然法院传票会直接寄到你们公司。', senders: HOUND },
  { label: 'harassment', text: '[朋友圈截图文字] 【失信曝光】{person}，身份证尾号{tail}，欠{name}借款{amt}元拒不归还，法院已立案。认识此人的请转告，知情不报视为包庇。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '《民事起诉状（副本）》\n原告：{name}\n被告：{person}\n诉讼请求：1.判令被告归还借款本息{amt}元；2.判令被告承担本案全部诉讼费用及原告律师费；3.依法对被告采取拘留措施。\n……\n以上起诉状已于今日提交，如需撤诉，请于24小时内联系承办人{phone}。', senders: HOUND },
  { label: 'harassment', text: '我是南渡区公安分局的，{person}，你在{name}的借款已经涉嫌恶意透支，构成诈骗，今天不还，明天我们就上门带你回来做笔录。', senders: HOUND },
  { label: 'harassment', text: '别以为躲着就没事，法院管不了你，我们管得了。你孩子在哪个学校上学，我们都知道。', senders: HOUND, hours: [21, 22, 23] },
  { label: 'harassment', text: '{person}，你这种人也配打官司？还说要请律师，请得起律师怎么还不起钱？劝你别丢人现眼了，你爸妈的脸往哪搁。', senders: HOUND },
  { label: 'harassment', text: '阿姨您好，我是{name}法务部的，您家孩子{person}欠我们钱，我们已经要起诉了。您是当妈的，是不是先替孩子把这{amt}元还上？老人家也不想看到自家孩子被法院拘留吧？', senders: HOUND },
  { label: 'harassment', text: '[石桥村村民群] @全体成员 受{name}委托通知：本村村民{person}欠款{amt}元逾期未还，已进入诉讼程序，请家属和亲友督促其还款。（转发）', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '[单位前台转来的信件] 致岚川某科技有限公司人事部：贵司员工{person}因拖欠{name}借款已被法院判决，请贵司自收函之日起协助扣划其工资用于还款，否则将追究贵司协助执行责任。——{name}法务中心（信上无法院印章，无案号）', senders: PASTE },
  { label: 'harassment', text: 'This is the legal department of {name}. You left the country without repaying your loan. Tomorrow we will inform your employer and your embassy and ask the court to cancel your visa.', senders: ['foreign', 'mobile'], en: true },
  { label: 'harassment', text: '您好，是{person}的家属吧？我是{name}委托的律师助理。这个案子我们下周就正式起诉了，按流程起诉前要通知直系亲属。您看方不方便代为先还一部分，这样我们可以跟公司申请暂缓。', senders: HOUND },
  { label: 'harassment', text: '{person}您好，打扰了，我是{name}委托的调解员小何，想在您上班前跟您确认一下今天的还款，方便接个电话吗？', senders: ['mobile', 'unknown_landline'], hours: [6, 7] },
  { label: 'harassment', text: '【执行预告】{person}：经{name}申请，本案将于三个工作日内移送执行，执行人员将到你单位送达文书并现场扣押财物。你单位地址我们已经掌握。', senders: HOUND_PORT },
  { label: 'harassment', text: '你已经被我们报上失信名单了，高铁飞机都坐不了，你孩子以后考公务员政审也过不了。想撤销，今天就把{name}的钱还了。', senders: HOUND },
  { label: 'harassment', text: '{sig}您好，您的通讯录好友{person}在{name}的借款已逾期，我司已提起诉讼。如您与其相熟，请督促其尽快还款。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '[微信] 律师-老刘：兄弟，我也不跟你绕弯子，你欠{name}这点钱，我一个电话你们单位领导就知道了。要面子就今天还，我给你留个体面。', senders: HOUND },
  { label: 'harassment', text: '【诉讼服务】{person}，你被{name}起诉一案已登记，庭前须缴纳“应诉保证金”{amt}元至{app}，不缴纳将直接判决并登报公告。', senders: HOUND_PORT },
  { label: 'harassment', text: '[语音转文字] 老王家的，今天有个催账的打电话给我，说你儿子欠网贷，让我这个调解员上你家说说，还说不还就在村口贴告示。我跟他说了这不归我管，你家的事我也不乱说。你跟孩子讲一声，别让人家天天往村里打电话。', senders: PASTE },
  { label: 'harassment', text: '明天就有人去你单位门口拉横幅，写上你的名字和欠{name}多少钱，你等着出名吧。', senders: HOUND, hours: [0, 1, 2, 23] },
];
