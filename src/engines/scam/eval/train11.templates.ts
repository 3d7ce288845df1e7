/**
 * STATUS (session 8, 2026-12-02): written for the text model's training data but NOT in it. With
 * train11 and train12 added to the corpus (besides blind8 to blind11), the analyzer's pooled figures
 * on blind12 + blind13 were 97.9% recall / 5.9% FPR / 82.3% type / 89.2% harassment, against 96.2 /
 * 5.7 / 78.8 / 87.7 for the session-7 analyzer and 97.1 / 4.4 / 83.1 / 88.9 without them: the FPR
 * rose, which the rule fixed beforehand does not allow (docs/evaluation.md, session 8).
 *
 * TRAIN11 training-only bank (twenty-first scam author): this file holds the normal messages,
 * train11b.templates.ts the fraud and harassment; TRAIN11_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (2026-12-02) by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * twenty-first author of a scam bank). Written from general knowledge of how licensed
 * consumer-finance companies, online lenders, internet banks, city banks' card centres, wallets
 * and microloan companies write to their borrowers over the whole life of a loan, and of how
 * their vendors write for them (SMS platforms, AI outbound-call robots, outsourced collection
 * agencies, survey call centres, e-signature platforms, law firms); of the telecom-fraud scripts
 * that imitate each stage (the Ministry of Public Security's common types); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, new loans
 * to repay old ones, threats, insults, fraud, violence, spreading private information, fake legal
 * documents or impersonated courts, police or government). While writing it the author read
 * only: eval.types.ts, eval.generator.ts, the other template banks except blind14*, blind15* and
 * train12* (only their headers' style lists and a skim of their texts, to avoid duplicating them
 * and to write differently), registry/institutions.json, registry/README.md,
 * shared/facts/regulation.md, the beginning of one seed, and the first 45 lines (imports) of
 * eval.test.ts (the author's report; the list first written here was copied from blind13's and
 * named files it never opened). The analyzer's code,
 * lexicons, signal lists, reason catalogue, closed-channel rules, indicator extraction, text
 * model and training corpus were NOT opened; models/, scripts/, docs/, BENCHMARKS.md and the
 * repository README were NOT read; the analyzer, vitest, its tests and benchmarks were NOT run;
 * no search tool was used on this repository and git was not used. The only runs were
 * `npm run typecheck` and an expansion check outside the repository (generateEvalSet(registry,
 * 'train11') and the earlier splits, run on a copy of eval.generator.ts kept outside the
 * repository that leaves out the banks still being written) for counts by label, fraud type and
 * sender kind, for duplicate texts against the earlier splits and for character-bigram Jaccard
 * similarity (≤ 0.5) against every earlier template and between its own templates.
 *
 * This is a TRAINING-ONLY bank: it was written for the text model's training data and is never
 * reported as a test.
 *
 * Styles (on purpose, what the earlier banks lack): the consumer-finance lender's OWN lifecycle,
 * stage by stage, in many lenders' voices — application and 授信 results, 额度 changes and
 * temporary limits, 放款 and 到账 (also late at night, when the borrower applied at night), a
 * failed 放款 to a second-class card, e-contract signing, T-3 and T-0 还款日 reminders, failed
 * 代扣 and grace periods, lawful overdue notices at M1 / M2 / M3 (daytime, to the debtor, no
 * threats, 罚息 stated per contract, a pre-notice before negative 征信 reporting), handover to a
 * named outsourced agency (委外) with verification through the lender's own hotline, 协商还款 /
 * 延期 / 分期 plans offered only in the lender's app or on its hotline, 减免 of 罚息 for
 * hardship, 结清证明, 征信 updates and objection receipts, account closure with a cooling-off
 * period, satisfaction surveys and 消保 education pushes. Voices: formal bank-like letters
 * (尊敬的客户…特此告知), cute app pushes with emoji and 哦/啦/～, terse vendor templates from
 * seven fictional vendors (讯捷云信 SMS platform, 汇通智呼 AI outbound calls, 鼎信资产管理 and
 * 恒安商务咨询 outsourced collection, 云梯客服 surveys, 签易达 e-signature, 正衡律师事务所) with
 * unfilled-looking variables (#userName#, %CUST_NAME%, [[金额]], [客户姓名], $var2$),
 * call-centre scripts with 坐席 / 客户 turns and staff numbers, collectors and lender staff with
 * different habits (a brisk M1 caller, a patient hardship desk, a quality inspector), debtors
 * replying (angry, ashamed, negotiating), emergency contacts replying, relatives and the police
 * warning, people asking "is this real?" in their own words, staff and vendor work mail, a few
 * English and mixed lines. Lawful collection (daytime, the debtor only, a contact person asked
 * only to pass on a call-back request and told nothing of the debt) is labelled normal. Many
 * normals use scam vocabulary lawfully (验证码, 冻结, 逾期, 征信, 转账, 安全, 解冻, 保证金 named
 * only to say it is never charged).
 */
import type { Template } from './eval.types.js';
import { TRAIN11B_TEMPLATES } from './train11b.templates.js';

/** The lender's own SMS port. */
const PORT: Template['senders'] = ['official_port'];
/** The lender's own port or its hotline. */
const OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** The lender's hotline (calls, call-backs, transcripts). */
const HOTLINE: Template['senders'] = ['official_hotline'];
/** Sent for the lender through a vendor's SMS platform, or from its own port. */
const VENDOR: Template['senders'] = ['unknown_port', 'official_port'];
/** An outsourced agency's desk line, SMS platform or work mobile. */
const AGENCY: Template['senders'] = ['unknown_landline', 'unknown_port', 'mobile'];
/** People writing to each other, or pasted text. */
const PEOPLE: Template['senders'] = ['mobile', 'none'];
/** Pasted text, screenshots, notes. */
const NONE: Template['senders'] = ['none'];
/** User-triggered messages (codes, disbursements) may arrive late at night. */
const ANY_HOUR = [8, 12, 19, 21, 22, 23, 0, 1];
/** The lender's own website. */
const OFFICIAL_LINK: Template['links'] = ['official'];

const NORMAL: Template[] = [
  // ── application and 授信 ──
  { label: 'normal', text: '{sig}尊敬的{person}：您于{date}提交的个人消费贷款申请已审批通过，授信额度{amt}元，授信有效期12个月，年化利率（单利）以{app}“借款确认页”展示为准。用款前本公司不收取任何费用。产品说明见{url}。特此告知。', senders: PORT, links: OFFICIAL_LINK },
  { label: 'normal', text: '{sig}叮咚🎉{person}，你的额度出炉啦～{amt}元已经放进{app}的“我的额度”里，随借随还、按日计息。借之前记得看一眼年化利率哦💡 我们不会在你借款前收一分钱～', senders: PORT },
  { label: 'normal', text: '{sig}很遗憾，您本次申请暂未通过综合评估。本次审批查询会在您的个人信用报告“贷款审批”查询记录中显示，属正常记录。您可在{date}后重新申请，重新申请不需要“包装资料”，也不需要找中介。', senders: PORT },
  { label: 'normal', text: '{sig}尊敬的#userName#，您于#applyDate#提交的借款申请正在审核中，预计1个工作日内完成，结果将以短信通知。审核期间无需缴纳任何费用，请勿相信“内部加急”。', senders: VENDOR },
  { label: 'normal', text: '{sig}您的借款申请还差一步：请在{app}“我的申请-补充资料”上传近3个月工资流水截图。资料只在APP内上传，我们不会让您通过微信、QQ或邮箱发送身份证照片。', senders: PORT },
  { label: 'normal', text: '[授信回访录音] 坐席：您好，请问是{person}本人吗？这里是{name}客户服务中心，工号{tail}，本次通话会录音。\n客户：是我。\n坐席：您昨天在{app}申请了额度，想跟您确认是本人操作、借款用途是日常消费，对吗？\n客户：对，装修买家具。\n坐席：好的。提醒您：借款资金不能用于购房、炒股和理财；我们不会让您提供验证码或密码，也不会先收费。祝您生活愉快。', senders: HOTLINE },
  { label: 'normal', text: '{name}: Your credit line application has been approved. Limit: RMB {amt}, valid for 12 months. The APR is shown in {app} before every drawdown. We never charge any fee before you borrow.', senders: PORT, en: true },

  // ── 额度 changes ──
  { label: 'normal', text: '{sig}{person}您好，经定期综合评估，自{date}起您的可用额度调整为{amt}元。已借款项按原合同执行，不受影响。如对调整有疑问，可致电{hot}，我们会说明评估依据中可以公开的部分。', senders: OWN },
  { label: 'normal', text: '{sig}您的临时额度{amt}元将于{date}24:00到期收回，到期后恢复为固定额度。临时额度内未还的借款仍按原计划还款，不会产生额外费用。', senders: PORT },
  { label: 'normal', text: '{sig}因您的借款已逾期，账户借款功能已暂停。结清逾期款项后1个工作日内系统自动恢复，恢复不需要缴纳“解冻费”，也不需要找人“走流程”。', senders: PORT },
  { label: 'normal', text: '💌 额度小助手来啦：{person}，你的额度这个月没有变化哦～最近有人冒充我们说能“刷流水提额”“交钱激活大额”，千万别理！{app}的额度只看你按时还款的表现，一分钱都不用交🙅', senders: PORT },
  { label: 'normal', text: '刚有人打电话说是{name}的，说我额度能提到五万，要先转两千“解冻金”进去走个流水。我直接挂了，打开APP一看额度根本没变。你们也留个心，这种电话别接茬', senders: PEOPLE },

  // ── 放款 and 到账 ──
  { label: 'normal', text: '{sig}您申请的借款{amt}元已放款，预计2小时内到账您尾号{tail}的储蓄卡（遇银行系统维护可能顺延）。首期还款日{date}。本笔借款无需再支付任何费用。', senders: PORT, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}您的借款正在放款中，受收款银行处理时间影响暂未到账，最迟{date}前到账。若放款不成功，借款自动取消、额度自动恢复，不会产生利息，也不需要您补缴任何款项或“修改卡号”。', senders: PORT },
  { label: 'normal', text: '{sig}放款未成功：您绑定的尾号{tail}银行卡为Ⅱ类账户，单日入账超限，资金未发出、未计息。请在{app}“银行卡管理”换绑本人Ⅰ类卡后重新提交。本公司不会因此收取保证金，也不会致电要求您转账验证。', senders: PORT },
  { label: 'normal', text: '钱到啦💰 {amt}元已经躺进你尾号{tail}的卡里～第一期{date}还，记得留足余额哦🐷 有问题戳{app}右下角“我的-客服”，别加陌生人微信～', senders: PORT, hours: ANY_HOUR },
  { label: 'normal', text: '哥，那笔装修款{name}放下来了，APP上显示已到账，我刚查了卡确实进了。合同我也下载了，年化13.9%，分12期，每月大概还一千出头。你那边别再帮我找中介了，中介说要收3个点服务费，没必要', senders: PEOPLE },

  // ── e-contract ──
  { label: 'normal', text: '【签易达】{name}邀请您签署《个人借款合同》（编号HT{code}），请登录{app}在“待签合同”中查看并签署。签易达仅提供电子签名服务，不收取任何费用，不会来电索要签约验证码。', senders: ['unknown_port'] },
  { label: 'normal', text: '{sig}您正在签署借款合同，验证码{code}，5分钟内有效。本验证码仅用于本人在{app}内确认，任何人（包括我司员工）索要都不要给。', senders: PORT, hours: ANY_HOUR },
  { label: 'normal', text: '{name} e-contract: type {code} in {app} to sign loan agreement HT-2025. Valid for 5 min. Did not start a signing? Ignore this text; nobody from {name} will phone you for it.', senders: PORT, en: true, hours: ANY_HOUR },

  // ── 还款日 reminders ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款本期应还{amt}元，还款日为{date}（3天后）。请确保尾号{tail}扣款卡余额充足，系统将在还款日自动扣款。已还款请忽略。', senders: PORT },
  { label: 'normal', text: '{sig}【还款日提醒】尊敬的客户，您本期账单[[金额]]元将于今日到期，系统将于今日多次尝试扣款，请保持扣款卡余额充足。如已还款请忽略本短信。', senders: VENDOR },
  { label: 'normal', text: '⏰ 今天是还款日！本期{amt}元，打开{app}点“立即还款”就好啦～已经还过的宝子请忽略这条，比心❤️', senders: PORT },
  { label: 'normal', text: '[智能外呼·汇通智呼] 您好，这里是{name}的智能语音助理。提醒您：您的借款本期还款日是{date}，应还金额{amt}元。如已还款请忽略。需要人工服务请挂机后拨打{hot}。本通话不会要求您提供任何验证码或密码，再见。', senders: VENDOR },
  { label: 'normal', text: '{sig}还款成功：您已还款{amt}元，本期账单已结清，下期还款日{date}。感谢您按时还款，良好的还款记录有助于额度评估。', senders: PORT, hours: ANY_HOUR },

  // ── failed 代扣 and grace periods ──
  { label: 'normal', text: '{sig}今日代扣未成功（原因：扣款卡余额不足），本期应还{amt}元。您的借款享有3天还款宽限期，{date}前还清不计罚息、不报送逾期。还款请在{app}内操作。', senders: PORT },
  { label: 'normal', text: '{sig}尊敬的%CUST_NAME%：您尾号{tail}的银行卡代扣失败，错误码E051（超出单笔支付限额）。请登录{app}手动还款，或在“还款设置”中更换扣款卡。', senders: VENDOR },
  { label: 'normal', text: '{sig}温馨提示：您的还款宽限期将于今日24:00结束，仍有{amt}元未还。今日还清仍视为按时还款；明日起将按合同约定计收罚息。', senders: PORT },
  { label: 'normal', text: '[客服通话] 坐席：{person}您好，我是{name}客服，工号{tail}。看到您今天的代扣没成功，是不是换了银行卡？\n客户：对，旧卡注销了。\n坐席：那您在APP“还款设置”里绑一张新卡就可以，我这边不能替您操作，也不需要您把卡号报给我。今天之内还上都不算逾期。\n客户：行，我现在弄。', senders: HOTLINE },

  // ── lawful overdue notices M1 / M2 / M3 ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款已逾期3天，逾期金额{amt}元。根据借款合同第七条，逾期期间按合同利率加收50%计收罚息。请尽快在APP内还款；如遇困难可拨打{hot}申请协商。', senders: PORT },
  { label: 'normal', text: '[通话记录·M1组] 您好，请问是{person}本人吗？……我是{name}贷后服务部的工作人员，工号{tail}。您这笔借款逾期12天了，应还{amt}元，想问一下今天能安排吗？……嗯，明白，工资下周三到。那您到时在APP里还就行，逾期每天的罚息合同里有写，早还少一点。确实有困难的话，APP里可以提交延期申请。好的，那就不打扰您了，再见。', senders: HOTLINE },
  { label: 'normal', text: '{sig}{person}：您的借款已逾期超过30天，截至今日欠款本息合计{amt}元（含合同约定的罚息）。逾期信息已依法报送金融信用信息基础数据库。请于{date}前通过{app}还款，结清后我们将在下一报送周期更新记录。', senders: PORT },
  { label: 'normal', text: '{sig}尊敬的{person}：您的借款逾期已满90天，欠款{amt}元。我司保留依法通过诉讼途径主张权利的权利；如进入诉讼，您将收到法院依法送达的正式文书，我司不会通过短信发送“传票”。您仍可通过{app}还款或拨打{hot}协商。特此告知。', senders: PORT },
  { label: 'normal', text: '{person}您好，我是{name}贷后的小周，上午给您打了两次没接通，您方便的时候回个电话就行，{hot}转贷后服务，我们工作日九点到六点都在。本短信不需要您回复任何验证码或个人信息。', senders: OWN },
  { label: 'normal', text: '{sig}您好，根据监管要求，现告知：您在我司的借款如{date}前仍未还款，我司将向征信系统报送本笔逾期信息。若您已还款，请忽略本通知；如对欠款金额有异议，可在{app}“账单详情”查看明细或致电{hot}。', senders: PORT },
  { label: 'normal', text: '不好意思，这个月工资晚发了，我15号一定还上。麻烦你们别往我家里打电话，我妈身体不好，有事打我这个号就行。', senders: PEOPLE },
  { label: 'normal', text: '你们一天打三个电话有意思吗？？我说了月底发了工资就还，跑不了。再这么打我就投诉到12378，你们自己看着办', senders: PEOPLE },
  { label: 'normal', text: '您好，我现在每个月只能拿出1500左右，剩下的{amt}能不能分12期还？我已经在APP里提交了“还款有困难”的申请，编号XS{code}，麻烦帮我跟一下进度，谢谢', senders: PEOPLE },
  { label: 'normal', text: '{sig}{person}您好，已收到您的反馈。我们已备注：仅联系您本人、工作日9:00—20:00联系，不向您的联系人透露任何借款信息。您的协商申请正在审核，3个工作日内答复。', senders: OWN },
  { label: 'normal', text: 'Past-due notice ({name}): RMB {amt} has been outstanding for 7 days. Penalty interest accrues at the rate written in clause 7 of your agreement. Settle it inside {app}; for hardship plans ring {hot} between 9 am and 8 pm.', senders: PORT, en: true },
  { label: 'normal', text: '[质检通报] 各位坐席：本周抽检发现2通电话在21:40后仍在外呼，1通在客户明确说明是同事后仍追问客户去向。即日起系统21:30自动锁线，联系人电话只允许请其转告回电，不得提欠款。请组长周五前组织复训。——贷后质检组', senders: NONE },

  // ── handover to an outsourced agency (委外) ──
  { label: 'normal', text: '{sig}{person}您好，因您的借款逾期，自{date}起我司委托鼎信资产管理有限公司提供还款提醒服务。该公司人员会主动表明机构名称和工号，只会提醒您通过{app}还款，不会要求您向任何个人账户转账。如需核实，请拨打我司客服{hot}。', senders: PORT },
  { label: 'normal', text: '您好{person}，我是鼎信资产的调解专员刘敏，工号DX{code}，受{name}委托跟您联系您逾期的那笔借款。款项请只通过{app}或APP内显示的{name}对公还款账户支付，我这边不收任何钱。您可以先打{name}官方客服{hot}核实我的身份，再回我电话。', senders: AGENCY },
  { label: 'normal', text: '{sig}【委外告知】尊敬的[客户姓名]，您的逾期账户现由恒安商务咨询有限公司（服务编号[工号]）提供提醒服务。如需核实委托关系，请致电{hot}。还款请认准{app}。', senders: VENDOR },
  { label: 'normal', text: '{sig}{person}您好，鼎信资产管理有限公司对您账户的委托服务已于{date}结束，后续由我司直接为您服务。此前您与该公司沟通的还款方案如已在{app}内确认，继续有效。', senders: PORT },
  { label: 'normal', text: '我刚打了{hot}问过了，那个鼎信的刘专员确实是{name}委托的，工号也对得上。她说的分期方案我在APP里看到了，我就在APP里点确认，钱不转给任何人。', senders: PEOPLE },

  // ── 协商还款 / 延期 / 分期 ──
  { label: 'normal', text: '{sig}您提交的协商还款申请已通过：剩余欠款{amt}元分24期偿还，首期还款日{date}。请于3日内在{app}“我的协商方案”确认签署，方案生效后停止计收罚息。全程不收取手续费，我司不委托任何“代理协商”机构。', senders: PORT },
  { label: 'normal', text: '[热线录音] 坐席：{person}您好，您的情况我了解了。现在有两种方案：一是本期延后30天，期间正常计息；二是剩余本金重新分18期。\n客户：我选第二种吧。\n坐席：好的，方案我已经推送到您的{app}，您在“消息中心”点开确认就生效。我这边发不了链接，也不需要您转账到任何账户。', senders: HOTLINE },
  { label: 'normal', text: '{sig}您的延期还款申请已获批准：本期还款日延至{date}，延期期间按原利率计息，不收取延期服务费，不影响征信。请留意{app}内更新后的还款计划。', senders: PORT },
  { label: 'normal', text: '{sig}很抱歉，您本次提交的个性化分期申请暂未通过（原因：逾期金额低于办理标准）。您可直接在{app}还款，或致电{hot}由人工为您评估其他方案。', senders: PORT },
  { label: 'normal', text: '🤝 还款遇到困难别硬扛～在{app}首页点「还款有困难」就能申请延期或分期，全程线上、全部免费。那些说能帮你“全额停息”“只还本金”的中介要先收钱，别信哦！', senders: PORT },
  { label: 'normal', text: '【签易达】您有一份待签署的《还款计划变更协议》（发起方：{name}），请在{app}内核对期数与每期金额后签署。签署前请勿向任何人提供验证码。', senders: ['unknown_port'] },

  // ── 减免 of 罚息 for hardship ──
  { label: 'normal', text: '{sig}{person}您好，您提交的住院证明已审核通过，经申请同意减免您账户已产生的罚息{amt}元。减免后剩余应还本息以{app}显示为准，请于{date}前还款。本次减免无需支付任何费用。', senders: PORT },
  { label: 'normal', text: '[困难客户服务专线] 坐席：您说的失业情况我登记了。减免罚息需要您在APP里上传离职证明或失业登记证明，审核一般5个工作日。\n客户：要交什么费吗？\n坐席：不用，任何费用都没有。如果有人说交钱能加快减免，那一定不是我们。', senders: HOTLINE },
  { label: 'normal', text: '我上个月被裁了，{name}那笔还剩八千多，罚息每天都在涨。想问问他们能不能减免一点，是不是直接打客服电话就行？网上那种代协商的我不敢找', senders: PEOPLE },
  { label: 'normal', text: '{sig}受近期强降雨影响，受灾地区客户可在{app}“灾害帮扶”入口申请最长3个月延期还款，延期期间免收罚息、不报送逾期。本服务不收费，无需委托他人代办。', senders: PORT },

  // ── 结清证明 ──
  { label: 'normal', text: '{sig}恭喜您！您在{app}的全部借款已于{date}结清。如需结清证明，可在APP“我的-证明开具”在线申请，加盖电子签章，免费开具；本公司不委托任何机构“代办”。', senders: PORT },
  { label: 'normal', text: '🎓 恭喜“毕业”！你在{app}的借款全部还清啦～结清记录会在下一个报送周期同步到征信。想留个纸质证明？APP里申请就行，免费包邮📮', senders: PORT },
  { label: 'normal', text: '主题：结清证明邮寄通知\n{person}您好：\n您申请的纸质结清证明（编号JQ{code}）已于今日通过EMS寄出，收件地址为您在{app}登记的地址。电子版与纸质版效力相同，真伪可拨{hot}核验。\n{name}客户服务中心', senders: NONE },

  // ── 征信 ──
  { label: 'normal', text: '{sig}您的借款已于{date}结清，我司已在本报送周期将该笔账户状态更新为“结清”，预计1—2周后可在征信中心查询到更新结果。查询个人信用报告请通过人民银行征信中心官方渠道，免费。', senders: PORT },
  { label: 'normal', text: '{sig}您提交的征信异议申请已受理（受理号YY{code}），我们将在20日内核查并书面答复。受理期间无需提供任何费用，也请不要相信声称“付费加急”的来电。', senders: PORT },
  { label: 'normal', text: '我打了份征信报告，上面多了一条{name}的“贷款审批”查询，我想起来了，是我上次在APP里点了测额度。这个不算逾期吧？会不会影响我下个月办房贷', senders: PEOPLE },

  // ── account closure ──
  { label: 'normal', text: '{sig}您申请的{app}账户注销已受理。注销设15天冷静期，期间可随时撤回；冷静期结束后账户注销，借款记录按法律规定保存。注销是否成功不影响您的征信，也不需要缴纳任何费用。', senders: PORT },
  { label: 'normal', text: '{sig}近期有人冒充我司客服，以“学生账户未注销影响征信”为由让您下载会议软件、共享屏幕并转账。本公司从不主动来电要求注销账户，征信记录也无法通过转账改变。遇到类似电话请挂断并拨打{hot}核实。', senders: PORT },

  // ── satisfaction surveys ──
  { label: 'normal', text: '【云梯客服】您好，{name}邀请您对近期的还款提醒服务评价：非常满意回1，满意回2，一般回3，不满意回4。回复免费，本调查不涉及任何奖励、返现或转账。', senders: ['unknown_port'] },
  { label: 'normal', text: '[回访] 您好，这里是{name}委托的云梯客服回访中心，耽误您一分钟。想了解上周我们贷后人员联系您时，是否表明了身份？是否在晚上十点后联系过您？是否向您家人提起过借款？……好的，感谢您的反馈，我们会如实记录。', senders: ['unknown_landline', 'unknown_port'] },

  // ── 消保 education ──
  { label: 'normal', text: '{sig}【消保课堂】真假客服三招辨：①我司客服只用{hot}和本短信号码；②不会让您下载会议或投屏软件；③不会让您把钱转入“安全账户”或个人账户。拿不准就挂断，自己拨打官方电话核实。', senders: PORT },
  { label: 'normal', text: '{sig}金融消费者权益保护教育宣传月：您有权知悉借款的综合年化成本，有权拒绝搭售保险和会员，有权要求我司更正错误的征信记录。投诉可拨{hot}，15日内答复。详见官网{url}', senders: PORT, links: OFFICIAL_LINK },
  { label: 'normal', text: '🚫 反诈小课堂｜真正的{name}：✅只在{app}里放款 ✅放款前0费用 ✅还款只进APP显示的对公账户。❌“先交保证金才放款” ❌“转账验证流水” ❌“加微信内部办理”——见到❌就是骗子哦！', senders: PORT },
  { label: 'normal', text: '{sig}您有权了解我们的催收行为规范：贷后人员须表明身份，每日22:00至次日8:00不联系您；不向您的联系人透露借款信息；不收取任何额外费用。如遇违规行为，请拨打{hot}投诉，我们将在15日内回复。', senders: PORT },
  { label: 'normal', text: 'Three things {name} never does: charge you anything before a loan is paid out, phone you for a one-time code, or tell you to park money somewhere "safe". Unsure? Hang up and ring {hot} yourself.', senders: PORT, en: true },

  // ── warnings from relatives, the police, colleagues ──
  { label: 'normal', text: '儿子，你是不是在网上借了钱？刚才有个人打电话给我，说你逾期了要我替你还，我说我不知道就挂了。你自己去APP里看看到底欠没欠，别被骗子蒙了，真有困难跟家里说', senders: PEOPLE },
  { label: 'normal', text: '【反诈提醒】近期我辖区多名群众接到冒充贷款平台“客服”电话，以“利率过高可退息”“注销账户”等为由诱导转账。请记住：正规平台退款原路返回，不会让您转账。如有疑问请拨打96110。——城东派出所', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '别信那个说能帮你跟{name}谈减免的“法务团队”，我表哥交了三千服务费，人直接拉黑了。减免的事你自己在APP里申请或者打客服，一分钱不用花', senders: PEOPLE },
  { label: 'normal', text: '老公，你那个分期我在APP里帮你看了，下个月15号扣{amt}，工资卡余额不够，我先转了两千进去。以后这种事你早点说，别一个人扛着', senders: PEOPLE },

  // ── "is this real?" ──
  { label: 'normal', text: '[在线客服] 用户：有人自称你们委外的，让我把钱转到他们“公司账户”，说能免一半罚息，是你们的人吗？\n客服：您好，我司委外机构只提醒还款，不会让您转账到其账户，还款只能在APP内完成。请您提供对方号码，我们登记核查。\n用户：好的，那我不转了。', senders: NONE },
  { label: 'normal', text: '刚有个400开头的号码打给我，说是{name}的，说我有个什么账户没注销会影响征信，让我下个软件。我没下，挂了。这是真的还是骗子啊？', senders: PEOPLE },
  { label: 'normal', text: '{sig}您好，您来电反馈的号码{phone}不是我司号码，我司不会通过该号码办理任何业务。已为您登记，建议您同时向12321举报。', senders: OWN },
  { label: 'normal', text: '奇怪，我收到一条短信说我在{name}借的钱到账了，可我根本没借啊？我登APP看了没有借款记录，卡里也没进钱。你说我要不要打他们客服问问', senders: PEOPLE },

  // ── emergency contacts ──
  { label: 'normal', text: '{sig}您好，{person}在我司业务中留您为联系人，我们暂时无法与其本人取得联系，烦请转告其拨打{hot}回电。本短信不涉及您的任何还款义务，打扰之处敬请谅解。', senders: OWN },
  { label: 'normal', text: '我跟他就是以前的同事，当时他随手填了我当紧急联系人，我也一年多没联系了。我转告不了，你们别再打给我了，谢谢。', senders: PEOPLE },
  { label: 'normal', text: '好的，我给他发微信了，让他今天给你们回电话。', senders: PEOPLE },
  { label: 'normal', text: '律师朋友问一下：我被人填成了网贷的紧急联系人，今天接到电话让我转告他回电，没说别的。这种联系人我是不是没有替他还钱的义务？', senders: PEOPLE },

  // ── lawful lawyer's letter (a vendor) ──
  { label: 'normal', text: '正衡律师事务所受{name}委托致函{person}：您与委托人签订的借款合同项下尚欠本息{amt}元。请于{date}前通过{app}还款或致电{hot}协商。本函系律师函，并非法院文书；如委托人提起诉讼，您将收到法院依法送达的材料。本所不接受任何形式的转账。', senders: ['unknown_port', 'unknown_landline'] },

  // ── ordinary work and personal messages ──
  { label: 'normal', text: '明早9点M1组例会，把上周的承诺还款兑现率和投诉量表格带上。新来的三个同事先跟听录音，别急着单独外呼。', senders: PEOPLE },
  { label: 'normal', text: '主题：5月短信发送对账单\n{name}对接人您好：贵司5月经讯捷云信平台发送通知类短信共计128,406条，营销类0条，退订回复412条已同步黑名单。对账单见附件，如无异议请于{date}前确认。——讯捷云信 客户成功部', senders: NONE },
  { label: 'normal', text: '主题：关于委外作业合规的补充要求\n鼎信资产各位：自下月起，所有外呼须在8:00—21:00内完成，联系人只可请其转告回电；每案每日拨打不超过3次；严禁收取任何服务费。违规一次扣减当月服务费，两次终止合作。——{name}委外管理岗', senders: NONE },
  { label: 'normal', text: '{name}那笔今天终于还完了！！三年了，无债一身轻🎉 晚上火锅我请，谁也别跟我抢', senders: PEOPLE },
  { label: 'normal', text: '周六去看爸妈吗？我开车，顺路接你。', senders: PEOPLE },
  { label: 'normal', text: '组长，3号线那个客户说他在医院，下午再联系。我备注了，今天就不再拨了。', senders: PEOPLE },
  { label: 'normal', text: '【汇通智呼】系统通知：{name}外呼任务“T-3还款提醒-0521”已完成，呼叫{code}次，接通率61%，全部在09:00—20:00内完成，无投诉。详情登录管理后台查看。', senders: ['unknown_port'] },
  { label: 'normal', text: '小李，你那边昨天说要“上门”的那个客户先别去了，合规说必须两人、提前告知、白天，还得有授权书。流程没走完之前一律只打电话。', senders: PEOPLE },
  { label: 'normal', text: '妈你放心，那个网贷我已经跟平台在APP里办了分期，每个月一千二，我自己能还上。上次打你电话那个人我已经投诉了，平台说以后不会再联系你。', senders: PEOPLE },
  { label: 'normal', text: '{sig}$var1$您好，您的借款$var2$期账单已出，应还{amt}元，最后还款日{date}。请在{app}内还款，我司不会通过个人账户收款。', senders: VENDOR },
  { label: 'normal', text: '{person}您好，您上周在{app}投诉贷后人员联系您单位一事，经调取录音核实属实，我们已对相关人员停岗处理，并向您致歉。今后只会联系您本人。处理结果如有异议可拨{hot}或12378。', senders: HOTLINE },
  { label: 'normal', text: '行，那就按你们APP里那个方案来，18期，每期九百多。就一个要求：别再打我单位座机了，前台都问我两回了。', senders: PEOPLE },
  { label: 'normal', text: '{sig}我们注意到您近期频繁申请多家机构借款。理性借贷，量入为出；如您有以贷养贷的困扰，可拨打{hot}咨询还款规划，我们不会向您推荐其他借款产品。', senders: PORT },
  { label: 'normal', text: '[客服通话] 客户：我昨天收到个短信，说我卡号填错了，资金被冻结，让交20%保证金才能解冻。\n坐席：您好，这不是我们发的。您的借款申请状态是“审核中”，还没放款，自然也没有冻结。我司任何环节都不收保证金，请不要转账。\n客户：吓我一跳，好的。', senders: HOTLINE },
  { label: 'normal', text: '逾期还款告知函\n{person}：\n您好！您于{date}通过{app}与我司签订《个人借款合同》，借款本金{amt}元，分12期归还。截至本函出具之日，您已连续三期未按约还款，逾期已满90天。依据合同第七条、第九条，逾期期间按合同利率上浮50%计收罚息，罚息明细可在APP“账单详情”逐日查看；除合同约定的本金、利息和罚息外，我司不收取任何其他费用。\n如您确有困难，可在APP内提交延期、分期或减免罚息申请，或于工作日9:00—18:00拨打{hot}。我司委托的外部机构如与您联系，会告知机构名称和工号，您可通过上述电话核实；任何要求您向个人账户转账的，都不是我司或受托机构。\n如协商未果，我司将依法向人民法院起诉，相关文书以法院依法送达为准。\n特此函告。\n{name}贷后管理部', senders: NONE },
  { label: 'normal', text: '你好，我是那个逾期三个月的{person}。先说声对不起，不是故意不接你们电话，是真的不知道该怎么说。去年底厂里停工，我老婆又生病，三张卡、两个平台全逾期了，每天一睁眼就是账单。你们上周电话里那个姓周的姑娘说话挺客气的，说可以在APP里申请分期，我昨晚试着提交了，上传了停工证明和病历，不知道够不够。我现在每个月能保证还一千二，多了真拿不出来。能不能请你们帮忙看看，也麻烦别再打我父母电话了，他们年纪大，上次接了一次整晚睡不着。谢谢。', senders: PEOPLE },
];

export const TRAIN11_TEMPLATES: Template[] = [...NORMAL, ...TRAIN11B_TEMPLATES];
