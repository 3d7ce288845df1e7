/**
 * BLIND22 held-out bank (twenty-ninth scam author): this file holds the normal messages,
 * blind22b.templates.ts the fraud and harassment; BLIND22_TEMPLATES joins them.
 *
 * Who and how: written in session 9, 2026-12-02, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * twenty-ninth author of a scam bank; another author wrote blind23 at the same time, and this
 * author did not open, grep or print that bank). Written from general knowledge of how China's
 * basic medical insurance (医保电子凭证, 个人账户, 门诊共济, 家庭共济, 异地就医备案, 门诊慢特病,
 * 生育津贴, 长护险 assessments), public hospitals and internet hospitals (预约挂号, 检查报告,
 * 住院预交金, 出院结算, 续方), pharmacies and drug delivery, commercial health insurers and city
 * 惠民保 schemes (投保, 续保, 理赔 materials, 免赔额, 退保 and cash value), crowdfunding platforms
 * for serious illness, care homes and home-care services (押金, 月费), and the consumer-finance
 * lenders that carry 医美, dental, IVF and medical instalments write to patients and families in
 * 2025–2026; of the fraud scripts that imitate them and the Ministry of Public Security's common
 * types told through patients, carers and elderly people; and of the debt-collection rules in
 * shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6 unanswered call
 * attempts a day per number, third parties only when the debtor is unreachable and never
 * pressed to pay or told the debt, no public notices, extra fees, new loans to repay old ones,
 * threats, insults, fraud, violence, spreading private information, fake legal documents or
 * impersonated courts, police or government). All institutions named in the text (滨江市第二人民医院,
 * 安和互联网医院, 康泰大药房, 华康健康险, 惠康保, 暖心筹, 颐年养老服务中心, 安康居家照护, 悦澜生殖医学中心,
 * 朵颜医疗美容 …) are fictional.
 *
 * While writing it the author opened only: the two placeholder files blind22.templates.ts and
 * blind22b.templates.ts; eval.types.ts; eval.generator.ts; eval.metrics.ts (its first 80 lines);
 * a directory listing of eval/ (file names only); the header comments of blind21.templates.ts and
 * blind21b.templates.ts, with blind21's sender constants and first nine normals and the sender
 * and link constant lines of blind21b; the "Styles" paragraphs of the headers of blind9, blind11
 * and blind15; a keyword grep (医保, 医院, 挂号, 住院, 惠民保, 理赔, 退保, 水滴筹, 筹款, 养老院, 护理,
 * 保健品, 医美, 种植牙, 试管, 长护险, 药房, 处方, 以房养老, 体检, 孙子, 医生) over the other template
 * banks except blind22* and blind23*, printing the matching file names and counts, and then the
 * first 160 characters of the matching template texts for 医保, 医美, 养老院, 水滴筹, 筹款 and 退保;
 * scam.types.ts (its first 120 lines: MessageInput, VerdictKind, FraudType); registry.fixture.ts;
 * registry/institutions.json (the sample institutions' names, signatures, hotlines, ports, apps
 * and domains, printed by a one-line script); the first 600 characters of registry/README.md;
 * shared/facts/regulation.md; the first 1,200 characters of one shared seed (000_…); the first 60
 * lines (imports) of eval.test.ts; the first 30 lines of bin/run-ts.js and the first 40 lines of
 * package.json (its scripts). shared/SPEC.md and the other seeds were allowed but not opened. The
 * analyzer's code, lexicons, signal lists, reason catalogue, display labels, closed-channel
 * rules, indicator extraction, text model and training corpus were NOT opened; models/, scripts/,
 * docs/, bench/, BENCHMARKS.md and the repository README were NOT read; the analyzer, vitest, its
 * tests and benchmarks were NOT run; no search tool was used on this repository and git was not
 * used. The only runs were `npm run typecheck` and an expansion check outside the repository
 * (/tmp/blind22-check/check.mts: generateEvalSet for 'blind22' and the other splits) for counts
 * by label, fraud type, sender kind and hour, for placeholder and link checks, for duplicate
 * generated texts against every other split (blind23 included, as a count only, its texts never
 * printed or read) and for character-bigram Jaccard similarity (< 0.5) against every template of
 * dev, test, blind to blind21 and train8 to train12, and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): health and care money. Genuine traffic (this
 * file): 医保 notices beyond the 医保卡 itself — 门诊共济 rules, 家庭共济 binding, the 医保码 login
 * code, a 个人账户 payment alert without links, 居民医保 payment windows, 门诊慢特病 and 生育津贴,
 * 长护险 assessment results and assessor visits, 异地就医备案 step lists; hospital notices laid out
 * as lists (住院须知, 预交金, 出院结算, 手术排期 with a real deadline), report-ready texts,
 * 黄牛 warnings, internet-hospital 续方 and online-visit invoices, a nurses' station note; nurses'
 * and carers' group chats (护理部通知, 护工群 on not handling patients' money, a ward head on
 * collectors phoning the station); pharmacies' 慢病 refills, delivery riders, points; 惠民保
 * enrolment and renewal, an insurer's bilingual claim e-mail, 免赔额 status, 理赔 结案, 退保 with
 * cash value, 犹豫期 and 宽限期; crowdfunding-platform notices and an honest appeal that sends
 * donors to the platform; care-home bills, 押金 refunds, a care home's own scam warning, home-care
 * bookings; 保健品 lectures through the eyes of elderly parents (long, polite, slightly confused
 * messages) and their adult children; registered lenders' 医美, dental and IVF instalments
 * (放款 to the clinic, a lawful daytime reminder and an agency's reminder that name the official
 * channels, 结清 and 征信 updates, a refund that recalculates the plan, a hardship deferral for a
 * hospital stay, a complaint about a collector calling the hospital); Northeastern (东北) speech,
 * a Cantonese-speaking family member in Hong Kong (late at night, from a foreign number), English
 * from a dental clinic, an insurer and a child in London; 小红书 notes and comments; night-time
 * messages from family in a hospital. Many normals use scam vocabulary lawfully (验证码 with
 * 请勿告知他人, 冻结 denied by a child and 支付 paused after wrong passwords, 逾期 in a lawful
 * reminder, 征信 in 结清 and deferral notices, 转账 between spouses and colleagues, 安全账户 and
 * 保证金 named only to warn, 押金 for hospitals and care homes with receipts). Warnings about scams
 * written by relatives, nurses, care homes, 网格员, insurers, lenders and the police, and people
 * asking "is this real?" about a message they only describe, are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND22B_TEMPLATES } from './blind22b.templates.js';

/** A registered lender's own SMS port (medical, dental, 医美 and IVF instalments). */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** 医保局, hospitals, insurers, pharmacies, care homes, platforms (not in the registry): bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A nurses' station, a care-home front desk, a 网格员 or a union office on a desk line or work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Notices, group posts, e-mails, notes and bills pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, neighbours, colleagues on their own phones (or pasted). */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** A registered lender's notice sent through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];

const NORMAL: Template[] = [
  // ── 医保: 个人账户, 门诊共济, 家庭共济, 电子凭证, 异地就医备案 ──
  { label: 'normal', text: '【市医疗保障局】门诊共济保障提示：自{date}起，职工医保普通门诊费用在二级医院起付线600元以上部分按60%报销，年度最高支付2000元，退休人员比例提高5个百分点。报销在定点医院窗口直接结算，无需另行申请，医保部门不会来电要求“激活门诊报销”。', senders: BULK },
  { label: 'normal', text: '【国家医保服务平台】您已将母亲{person}绑定为家庭共济成员，您的职工医保个人账户可用于支付其在定点医药机构的自付费用。绑定与解绑均只能在本App“家庭共济”页面由本人完成，不收取任何费用。', senders: BULK },
  { label: 'normal', text: '【医保电子凭证】您的医保码动态验证码为{code}，用于在“国家医保服务平台”App登录，5分钟内有效。医保工作人员不会索要该验证码，请勿告知他人。', senders: BULK, hours: [0, 7, 9, 13, 18, 21, 23] },
  { label: 'normal', text: '异地就医备案操作步骤（科室群转发，给要去外地看病的患者家属）\n1. 打开国家医保服务平台App → 异地备案 → 选“异地转诊”或“临时外出就医”\n2. 上传转诊单照片（转诊的话），选择就医地\n3. 提交后一般当天出结果，备案有效期内在就医地定点医院直接结算\n4. 没备案的先垫付，回来拿发票和清单到参保地窗口手工报销\n全程免费，谁找你收“备案加急费”都是骗人的。', senders: PASTE },
  { label: 'normal', text: '爸，你那医保卡没被冻结，我刚在App上查了，状态正常，这个月个人账户还划进来一百多。昨天那个电话说你卡在外地被盗刷的，是骗子，下次再打来你就挂，然后给我打电话。', senders: FOLK, hours: [9, 12, 19, 20, 21] },
  { label: 'normal', text: '【市医疗保障局】您名下医保电子凭证于{date}在本市某定点药店完成一笔个人账户支付{amt}元。如非本人或家庭共济成员使用，请携身份证到就近医保经办窗口或拨打12393咨询。本短信不含链接，无需回复。', senders: BULK },
  { label: 'normal', text: '【城乡居民医保】2027年度居民医保集中缴费期为{date}至次年2月底，可在税务App、银行柜台或社区代收点缴纳。逾期未缴的次年有待遇等待期。缴费只交给税务部门，村里收款请认准开具的正式票据。', senders: BULK },
  { label: 'normal', text: '请问一下，我妈收到一条说“医保个人账户异常，需要重新认证”的短信，没有链接，就让她去社区医保窗口。这种是真的吗？我有点拿不准，是不是骗子现在也不放链接了。', senders: FOLK },
  { label: 'normal', text: '【长期护理保险】{person}您好，您申请的长护险失能等级评估已完成，评定为重度失能二级，自{date}起可享受居家护理服务，每月护理费用由长护险基金按70%支付。评估结果如有异议，可在15个工作日内向经办机构申请复评，复评不收费。', senders: BULK },
  { label: 'normal', text: '【市医保中心长护险经办】评估员将于{date}上午上门为{person}老人做失能评估，评估员两人一组，佩戴工作证，工号可在12393核实。评估全程免费，不收取红包、礼品或“评估加急费”，请家属陪同在场。', senders: BULK },
  // ── 医院: 挂号, 检查报告, 住院押金, 出院结算, 互联网医院 ──
  { label: 'normal', text: '【滨江市第二人民医院】{person}您好，您的增强CT检查报告已出，可在医院公众号“报告查询”或门诊自助机打印。如需医生解读，请预约原开单科室复诊。检查报告查询不收取任何费用。', senders: BULK },
  { label: 'normal', text: '【滨江市第二人民医院】住院须知\n病区：心内科三病区12床\n预交金：入院时预交5000元，可微信、银行卡或现金缴于住院处\n出院结算：医保统筹部分直接减免，余额原路退回\n探视：每日15:00-19:00，每次限1人\n医院收费只在住院处窗口和自助机，任何人私下收费请拒绝。', senders: BULK },
  { label: 'normal', text: '【滨江市第二人民医院】您预约的{date}上午9:30骨科普通号已成功，请凭身份证或医保电子凭证到二楼自助机签到。若不能就诊，请提前24小时在公众号取消，连续爽约将暂停预约资格。', senders: BULK },
  { label: 'normal', text: '【滨江市第二人民医院】{person}家属：患者住院预交金余额不足500元，为不影响治疗，请于今日17:00前到住院处或通过医院公众号“住院缴费”补交。医院不会通过个人账户收取费用。', senders: BULK },
  { label: 'normal', text: '【安和互联网医院】您的复诊续方已由{person}医生审核通过，处方有效期3天。药品由合作药房配送，请在“我的处方”页面确认收货地址后支付药费。本院不接受私下转账，也不会电话推荐“特效药”。', senders: BULK },
  { label: 'normal', text: '【安和互联网医院】温馨提示：线上问诊仅适用于常见病、慢性病复诊，首诊请到实体医院就诊。您的在线问诊费{amt}元已按规定开具电子发票，可在订单详情下载。', senders: BULK },
  { label: 'normal', text: '出院结算单（我拍下来打字给你看下）\n住院天数：9天\n总费用：{amt}\n医保统筹支付：已减\n个人账户支付：已扣\n现金自付：见单据最后一栏\n预交金5000，退回的钱原路退到我那张卡上了。哥你别再转钱给我了，够了。', senders: FOLK, hours: [11, 15, 20, 21] },
  { label: 'normal', text: '【滨江市第二人民医院】尊敬的患者，本院从未委托任何人或机构代挂专家号。“黄牛”加价挂号、所谓“医院内部人员”收费插队均非本院行为，请通过官方公众号或114预约挂号，谨防受骗。', senders: BULK },
  { label: 'normal', text: '{person}你好，我是内分泌科护士站，你爸明天上午空腹抽血，今晚十点以后别吃东西，水可以少喝。住院费不用急，护士站不收钱，结算都在一楼住院处。', senders: STAFF, hours: [16, 18, 20] },
  // ── 护士 / 护工群 ──
  { label: 'normal', text: '【护理部通知】各病区护士长：\n1. 本周五14:00在门诊楼六楼会议室进行压疮护理培训，每病区至少2人参加；\n2. 近期有患者家属反映接到冒充“医院财务科”的电话，称要“退多收的医保费用”，请在交班时向家属提醒：医院退费只走原路，不加微信；\n3. 下月排班表周三前交。', senders: PASTE },
  { label: 'normal', text: '[护工群] 张姐：明天我那床老爷子出院，家属说结算完再给我结这半个月的护工费，按公司标准每天二百六，走公司账户。新来的妹子们记住，家属私下塞钱别收，公司查到要处理的。', senders: PASTE, hours: [20, 21, 22] },
  { label: 'normal', text: '[护工群] 小刘：各位老师，我护理的那位阿姨家属让我帮忙交住院费，说转给我我再去窗口交。我拒绝了，让他们自己手机上交。咱们不经手病人家的钱对吧？\n王组长：对，不经手，做得好👍', senders: PASTE, hours: [13, 19, 21] },
  // ── 药房 / 送药 ──
  { label: 'normal', text: '【康泰大药房】{person}您好，您在本店登记的慢病用药（缬沙坦胶囊）本月可续购，支持医保个人账户支付。可到店购买，也可在美团、饿了么本店页面下单，骑手送药上门，配送费3元。', senders: BULK },
  { label: 'normal', text: '【康泰大药房】您的送药订单已由骑手取货，预计30分钟送达。处方药需收货时出示处方或电子处方截图，骑手不会向您收取订单以外的费用。', senders: BULK },
  { label: 'normal', text: '老舅，你要的那个进口降糖药，我在正规网上药房下的单，要上传处方，医生开的那张我拍过去了。网上那些说不用处方、一个疗程根治糖尿病的，全是假的，别信。', senders: FOLK },
  // ── 商业健康险 / 惠民保 ──
  { label: 'normal', text: '【惠康保·城市定制型商业医疗保险】2027年度惠康保开放投保，保费每人每年89元，不限年龄、既往症可保（既往症部分赔付比例30%），年度免赔额2万元。可通过医保个人账户为本人及家人支付。投保请认准市医保局官方公众号入口，无业务员上门收现金。', senders: BULK },
  { label: 'normal', text: '【惠康保】{person}您好，您的2026年度惠康保将于{date}到期，续保通道已开放，续保无需重新健康告知。不续保的保障到期自动终止，不会产生任何扣费或“违约金”。', senders: BULK },
  { label: 'normal', text: 'Dear {person},\nYour claim (No. HC-2026-0413) under Group Medical Plan has been received. 我们已收到您的理赔申请，需补充以下材料：\n1. 出院小结 Discharge summary\n2. 费用明细清单 Itemised bill\n3. 收款银行卡 (policyholder\'s own account only)\nPlease upload via the member portal. We will never ask for your OTP or a transfer to process a claim.\nClaims Team, Huakang Health Insurance', senders: PASTE },
  { label: 'normal', text: 'Your annual deductible has been met. 您本保单年度免赔额（1万元）已累计扣满，此后发生的合规住院医疗费用将按100%比例赔付，直至年度限额。Deductible status can be checked in the app under "My Policy".', senders: PASTE },
  { label: 'normal', text: '【华康健康险】您的住院医疗理赔已结案，赔付金额{amt}元已转入被保险人本人尾号{tail}的银行卡。赔付明细：总费用扣除医保统筹、免赔额及自费药后按比例计算。如有疑问请致电官方客服或在App“理赔进度”留言。', senders: BULK },
  { label: 'normal', text: '【华康健康险】您申请的重疾险退保已办理：保单现金价值{amt}元，扣除已领取部分后退至投保人本人账户。退保后保障终止，且再次投保可能因年龄和健康状况被拒保，请慎重。本公司不委托任何第三方“代理退保”。', senders: BULK },
  { label: 'normal', text: '妈，那个保险你别急着退。我看了合同，交了六年了，现在退只能拿回现金价值，大概是交的一半。你要是真觉得贵，可以减保额或者改缴费方式，我周末陪你去保险公司柜台问。', senders: FOLK, hours: [12, 20, 21] },
  { label: 'normal', text: '{sig}您好，您在{app}开通的“医疗垫付服务”已生效：在合作医院住院可先凭额度垫付押金，出院后按账单还款，可分3、6、12期，年化利率以借款页面展示为准。我们不会以任何名义要求您先交保证金。', senders: OWN_PORT },
  { label: 'normal', text: '【华康健康险】温馨提醒：您的百万医疗险保单已进入续保宽限期，宽限期至{date}。续保保费将从您绑定的尾号{tail}银行卡扣除，也可在App内手动支付。若不续保，本公司不会电话催缴。', senders: BULK },
  // ── 大病筹款平台 ──
  { label: 'normal', text: '【暖心筹】您发起的“救救我患白血病的女儿”项目已通过医院信息核实，病历及诊断证明已公示。筹款将由平台直接打款至患者就诊医院账户或经核实的患者本人账户，平台不会向筹款人收取“提现保证金”。', senders: BULK },
  { label: 'normal', text: '各位老同学，我舅舅肝癌晚期在省肿瘤医院，我们在暖心筹发了筹款，页面上有医院证明和花费明细，钱平台直接打医院。能帮转发就转发，别私下转钱给我，走平台最清楚。🙏', senders: FOLK, hours: [20, 21, 22, 23] },
  { label: 'normal', text: '【暖心筹】您捐助的项目已结束，筹款人上传了最新治疗票据和出院小结，可在“我的捐助”查看资金使用公示。若对项目真实性有疑问，可在页面点击“举报”，平台将复核。', senders: BULK },
  // ── 养老院 / 居家照护 ──
  { label: 'normal', text: '【颐年养老服务中心】{person}家属您好，您父亲本月照护费用清单如下：床位费1800元、护理费（二级护理）2400元、伙食费900元，合计5100元。请于{date}前通过中心对公账户或前台刷卡缴纳，收费后开具正式发票。押金按合同在退住时结算无息退还。', senders: BULK },
  { label: 'normal', text: '【颐年养老服务中心】近期有人冒充本中心工作人员给家属打电话，称“老人摔伤急需手术费”让转账到个人账户。本中心如遇老人急症会第一时间拨打120并由院长本人联系家属，不会让您转账给个人。请通过前台座机核实。', senders: BULK },
  { label: 'normal', text: '您好，我是颐年养老中心前台。您母亲今天下午量血压偏高，已经请驻点医生看过了，没有大碍，晚上会再量一次。您有空来看看她就好，不用带东西。', senders: STAFF, hours: [15, 17, 19] },
  { label: 'normal', text: '【安康居家照护】{person}您好，您预约的上门护理服务（鼻饲管护理、翻身拍背）定于{date}上午10点，护理员李阿姨（工号HC0217）。服务费按次在App结算，长护险覆盖部分自动减免，护理员不收现金。', senders: BULK },
  { label: 'normal', text: '姐，我去看了那个养老院，护理是真的好，但是他们要交十万的“会员卡费”说能打八折，我没交。月费交月费就行，押金合同上写清楚怎么退，那种预付一大笔的养老卡我觉得不靠谱，你说呢？', senders: FOLK, hours: [19, 20, 21] },
  // ── 保健品 / 健康讲座 warnings ──
  { label: 'normal', text: '【幸福路社区卫生服务中心】提醒：近日小区附近有商家以“免费体检”“健康讲座送鸡蛋”为名召集老年人，推销所谓能治高血压、糖尿病的保健品。保健品不是药品，不能代替药物治疗。请老年朋友有病到正规医院就医。', senders: BULK },
  { label: 'normal', text: '儿啊，我今天跟你王婶去听了个健康讲座，送了一袋米一桶油，人家讲得挺好的，说那个什么深海鱼油一个疗程能把血管里的垃圾都清干净，要三千八。我没买，想着先问问你，你别说我啊。你工作忙，有空回个电话。', senders: FOLK, hours: [10, 16, 19, 20] },
  { label: 'normal', text: '妈，我知道您是好心，但那个讲座送的鸡蛋都是钓鱼用的。那个“磁疗床垫”说能治腰椎，一万二，这就是骗老人钱的。您要腰疼，周六我带您去医院理疗科，医保能报。', senders: FOLK, hours: [20, 21, 22] },
  { label: 'normal', text: '【市市场监管局】消费提示：保健食品标签应有“蓝帽子”标志和“本品不能代替药物”字样。凡宣称治疗疾病、“根治”“无效退款”的均属违法宣传。发现可拨打12315举报。', senders: BULK },
  // ── 医美 / 口腔 / 试管分期 (lenders) ──
  { label: 'normal', text: '{sig}您在{other}办理的口腔种植分期已放款至机构账户：项目金额{amt}元，分12期，首期还款日{date}。若机构未按约提供服务，可在{app}“分期售后”申请暂停还款并提交凭证。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}温馨提示：您本期医美分期账单{amt}元将于{date}到期，请确保尾号{tail}银行卡余额充足，也可在{app}主动还款。如有困难可在App申请延期，我们不会向您的家人或就诊机构透露账单信息。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}您好，您的医美分期已于{date}提前结清，无违约金。结清证明可在{app}“账单-结清证明”下载，征信报告将在次月更新为结清状态。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您申请的医美项目退款已获机构确认，退款{amt}元已退回分期账户冲抵本金，剩余期数与每期金额已重新计算，请在{app}查看。我们不会通过电话让您“注销分期账户”或转账。', senders: OWN_PORT },
  { label: 'normal', text: '【悦澜生殖医学中心】{person}女士您好，您的试管婴儿周期进入促排阶段，请于{date}早上8点空腹来院抽血、B超监测。治疗费用可在医院收费处支付或使用合作金融机构的医疗分期，分期须您本人在机构官方App申请，医院工作人员不代办、不收手续费。', senders: BULK },
  { label: 'normal', text: '{sig}您好，这里是{name}，您在{other}的牙齿矫正分期本期还款已逾期2天，应还{amt}元。请您通过{app}或官方渠道还款，逾期会产生罚息并可能影响个人征信。若已还款请忽略，如有困难可致电{hot}协商。', senders: OWN_LINES },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}本人吗？我这边是{name}客户服务，工号B0452。您的医美分期本月还款日是今天，还差{amt}元，嗯，提醒您一下，在App里就能还。好的，不打扰了，祝您生活愉快。', senders: OWN_LINES, hours: [10, 11, 14, 16] },
  { label: 'normal', text: '【朵颜医疗美容】您预约的{date}光子嫩肤已确认，项目价格已在面诊单中注明，术前请勿化妆。本机构的分期服务由持牌金融机构提供，额度和利率以其App展示为准；如对面诊价格有异议可在7日内无理由取消预约并全额退定金。', senders: BULK },
  { label: 'normal', text: '老公，我问过了，那个做牙的分期是正规消费金融公司放的，合同里写了年化利率，提前还不收钱。诊所说先交两千定金我没交，他们说种完再分期也行。周末一起去看看？', senders: FOLK },
  // ── 东北 / 粤语 / English ──
  { label: 'normal', text: '老妹儿，咱爸那个住院押金我给交上了，别惦记。大夫说恢复得挺好，下礼拜能出院。你那边别瞎整啥网上贷款给咱爸看病，钱够，真不够我找你，嗯呐。', senders: FOLK, hours: [18, 20, 21, 22] },
  { label: 'normal', text: '哎妈呀，那电话老能唠了，说是医保局的，说我卡让人在外地刷了，我一听就寻思不对劲，咱这岁数的卡能刷啥啊？我直接撂了，寻思跟你说一声，你也跟你老丈人唠唠，别上当。', senders: FOLK, hours: [9, 15, 19] },
  { label: 'normal', text: '阿妹，阿嫲喺深圳睇医生嘅钱我已经过咗数俾你，用嘅系我香港张卡，今次冇用转账平台，你收到同我讲声。佢话嗰啲医保嘢佢唔识，你帮佢喺手机开咗个医保码先啦，唔该晒。', senders: ['foreign', 'mobile'], hours: [21, 22, 23] },
  { label: 'normal', text: '细佬，你同阿妈讲，有人打电话话自己系“医保局”又话要转去“公安”，即刻收线。大陆嘅医保局唔会打电话叫人转钱。我喺香港，有咩事打我电话，几夜都得。', senders: ['foreign'], hours: [22, 23, 0] },
  { label: 'normal', text: 'Hi {person}, this is a reminder from Harbour Dental Clinic: your implant review is on {date} at 3:30 pm. The remaining balance can be paid at the front desk by card; our staff will never ask you to transfer money to a personal account. Reply C to confirm.', senders: ['foreign', 'unknown_port'], en: true },
  { label: 'normal', text: 'Dear policyholder, your Critical Illness policy renews on {date}. The premium will be debited from your registered account. If you wish to surrender the policy, its cash value is shown in the member portal; surrender is processed only through our branch or the official app. Huakang Health Insurance will never call you to request a verification code.', senders: PASTE, en: true },
  // ── 老人 long confused messages ──
  { label: 'normal', text: '小王啊，我是楼上李奶奶，麻烦你一下啊，我那个手机上老跳出来说让我弄个什么医保电子凭证，我孙子上次给我弄过一次，现在又不知道弄哪儿去了，你有空的时候帮我看看啊，不着急，你下班了过来就行，谢谢你啊孩子。', senders: FOLK, hours: [8, 10, 15, 19] },
  { label: 'normal', text: '闺女，我今天去医院拿药，那个窗口的小姑娘说我医保卡里钱不多了，我问她咋回事，她说家里人用了一些，是不是你上次给你婆婆拿药用了？用了就用了啊，妈不是说你，就是想问问清楚，别是让坏人刷了。', senders: FOLK, hours: [11, 17, 20] },
  { label: 'normal', text: '大孙子，奶奶收着你发的红包了，你上班挣钱不容易别老给我打钱。我前两天腿疼去社区医院看了，医生说是老毛病，开了膏药，医保报了大半，没花几个钱，你放心啊。', senders: FOLK, hours: [9, 14, 20] },
  // ── warnings / 反诈 / "is this real?" ──
  { label: 'normal', text: '【市公安局反诈中心】提醒：“医保局”“卫健委”工作人员不会电话通知医保卡被冻结，更不会把电话转接到公安局。凡是要求您配合“资金清查”、下载会议软件、转账到“安全账户”的都是诈骗。', senders: BULK },
  { label: 'normal', text: '[家庭群] 大姐：都看一下，我公公今天差点被骗。有人冒充他之前住院那个医院的“医保办”，说多收了费用要退，让他加微信开屏幕共享。幸好护工阿姨在旁边拦住了。大家跟家里老人说，医院退费不会加微信！', senders: PASTE, hours: [19, 20, 21, 22] },
  { label: 'normal', text: '你帮我看看这个是不是骗子：说是保险公司理赔部，说我去年的住院理赔“多赔了”要我退回一部分，给了个银行账号让我转，还说不退就影响征信。我没转，想听听你的意见。', senders: FOLK },
  { label: 'normal', text: '【华康健康险】防骗提示：本公司理赔全流程在官方App或柜面完成，不收取“理赔手续费”“加急费”，不会要求您提供短信验证码或向个人账户转账。如有人以本公司名义联系您，请挂断后拨打保单上的客服电话核实。', senders: BULK },
  { label: 'normal', text: '{sig}防诈提醒：有不法分子冒充我司客服，以“医美分期注销”“征信修复”为由诱导客户转账或借新贷。我司不会要求您注销账户，也无权修改征信记录。如接到此类电话，请挂断后在{app}内联系在线客服。', senders: OWN_PORT },
  { label: 'normal', text: '社区志愿者整理，贴在电梯里：\n老人防骗“四不”\n一、不听——陌生电话说医保卡异常、养老金要补发，不听；\n二、不点——短信里的链接不点；\n三、不转——任何人让转钱到“安全账户”，不转；\n四、不买——讲座上卖“神药”、卖养老项目，不买。\n有疑问打96110或找社区网格员。', senders: PASTE },
  { label: 'normal', text: '{person}您好，我是街道网格员小陈。您母亲今天打电话问我“以房养老”的事，说有人让她把房子抵押了投养老项目每月返钱。我跟她说了这是骗局，您有空回去陪陪她，再跟她讲讲。', senders: STAFF, hours: [10, 15, 17] },
  { label: 'normal', text: '妈你别理那个“养老公寓”的业务员，什么交二十万会员费送床位、每年返10%利息，这就是非法集资。正规养老院就是押金加月费，不会给你返利息。', senders: FOLK, hours: [19, 21, 22] },
  // ── lawful urgency / deadlines / codes ──
  { label: 'normal', text: '【滨江市第二人民医院】{person}您好，您的手术排期已确定为{date}上午，请于前一日14:00前办理入院并完成术前检查。如因医保备案未完成需先自费，出院后可凭发票回参保地报销。床位紧张，逾期未到视为自动放弃。', senders: BULK },
  { label: 'normal', text: '【华康健康险】您的理赔申请材料尚缺“住院病历首页”，请于{date}前在App上传，超过30日未补充将作结案处理（可重新申请）。验证码{code}用于登录App上传材料，工作人员不会向您索要，请勿告知他人。', senders: BULK },
  { label: 'normal', text: '{sig}验证码{code}，您正在申请医疗分期（机构：{other}），切勿告知他人，包括自称医院或本公司工作人员的人。', senders: OWN_PORT, hours: [0, 7, 9, 13, 18, 21, 23] },
  { label: 'normal', text: '{sig}提醒：您今日多次输错交易密码，为保护资金安全，分期账户的支付功能已暂停至明日0点，届时自动恢复；急用可在{app}刷脸验证后恢复。本公司不会来电或发链接帮您“解除限制”。', senders: OWN_PORT },
  { label: 'normal', text: '老公我把咱妈住院的钱转给你了，两万，你在医院窗口交一下，收据拍我。我在夜班，手机一会儿静音，有事给护士站打电话。', senders: FOLK, hours: [22, 23, 0, 1] },
  { label: 'normal', text: '哥，半夜打扰了，爸刚被推进手术室，医生让签字，押金还差八千，我刷了信用卡先垫上了。你明早到了再说，不用现在转，开车慢点。', senders: FOLK, hours: [0, 1, 2, 3] },
  // ── unregistered senders, legit links ──
  { label: 'normal', text: '【云帆体检中心】{person}您好，您的年度体检报告已生成，请登录 {url} 输入体检编号和手机号查看。报告中异常指标请及时到医院专科复查，本中心不销售任何保健品。', senders: BULK, links: ['unknown_legit', 'none'] },
  { label: 'normal', text: '家人们，我找到了那个陪诊服务的官网 {url} ，预约后有专人陪老人挂号、取药、排队，按小时收费，价格页面写得很清楚。下周我出差，妈去复查就约他们了。', senders: FOLK, links: ['unknown_legit'] },
  { label: 'normal', text: '【绿洲商城】您购买的“欧姆龙电子血压计”已发货，订单可在 {url} 查看物流。该商品为医疗器械（二类），请按说明书使用，不能替代医生诊断。', senders: BULK, links: ['unknown_legit', 'none'] },
  { label: 'normal', text: '【远山快递】您的药品包裹（冷链）已到达小区驿站，取件码{code}。胰岛素类药品请尽快取回冷藏，驿站不代收任何“保价费”。', senders: BULK },
  // ── people talking about health money ──
  { label: 'normal', text: '我们科室几个人凑了点钱，给住院的老孙买点营养品，一人两百，我统一收，微信转我就行，明天下班一起去看他。', senders: FOLK, hours: [12, 18, 20] },
  { label: 'normal', text: '我跟你说，我种牙那家诊所一开始报价三万八，我跑了三家比价，最后在公立口腔医院做的，集采以后一颗才六千多，医保还能报一部分挂号和检查。别急着分期，先比价。', senders: FOLK },
  { label: 'normal', text: '[小红书笔记] 试管一年总结：总共花了七万多，其中促排药最贵，部分城市辅助生殖已经纳入医保了，大家先问问自己参保地。有诊所推“包成功套餐”二十万的，千万别信，医学没有包成功。', senders: PASTE },
  { label: 'normal', text: '[小红书评论] @小雨：医美分期逾期了会不会被打电话给家里？\n@阿枝回复：正规的只会联系你本人，联系不上才可能联系紧急联系人，而且不能说你欠钱。要是有人威胁你家里人，直接投诉到金融监管总局12378。', senders: PASTE },
  { label: 'normal', text: '{person}，上个月你帮我垫的那次急诊费八百，我今天发工资了，刚转给你了，查收一下。那天真是谢谢你送我去医院。', senders: FOLK, hours: [12, 19, 21] },
  { label: 'normal', text: '各位家长：学校统一组织的学生意外伤害险和学平险均为自愿参加，由家长自主选择，学校不收取任何费用，也不强制。如有家长接到“学校代收保险费”的电话，请与班主任核实。', senders: PASTE },
  // ── collection: lawful ──
  { label: 'normal', text: '【金信委外催收服务】{person}您好，受{name}委托，提醒您名下医美分期已逾期15天，应还金额{amt}元。请通过{name}官方App还款，本中心不接受转账至个人账户。核实我方身份请拨打{name}客服{hot}。', senders: ['unknown_port', 'unknown_landline'], hours: [10, 11, 14, 15, 16] },
  { label: 'normal', text: '{sig}您好，您反映的“催收人员联系了您就诊的医院”一事已受理。经核查，我司已暂停该外包机构对您账户的催收并启动内部调查，处理结果将在15日内书面回复您。您也可向监管部门投诉。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，我们了解到您因住院治疗无法按期还款。您可在{app}上传住院证明申请延期还款，最长延期3个月，延期期间不计罚息，不影响征信。', senders: OWN_PORT },
  // ── more 医保 / 保险 misc ──
  { label: 'normal', text: '【市医疗保障局】您的生育津贴已核定：按单位上年度职工月平均工资计算，共158天，金额{amt}元，将于{date}前发放至用人单位账户，再由单位支付给您本人。请向单位人事部门了解发放时间。', senders: BULK },
  { label: 'normal', text: '【市医疗保障局】您提交的门诊慢特病（高血压Ⅲ级）待遇认定已通过，自{date}起在选定的定点医院门诊就医可按慢病政策报销。慢病认定不收取任何费用。', senders: BULK },
  { label: 'normal', text: '【华康健康险】投保成功：{person}，您为父亲投保的“银发防癌险”已生效，保费{amt}元/年，等待期90天。本产品犹豫期15天，犹豫期内退保全额退还保费。', senders: BULK },
  { label: 'normal', text: '小周，我是你表姑。我那个惠民保的理赔下来了，八千多，直接打到我卡上的，没让交一分钱。他们说材料齐了十个工作日，还真是，比我想的快。你妈那个也帮她报一下吧。', senders: FOLK },
  { label: 'normal', text: '喂，{person}吗？我是你们单位工会的，今年职工互助保障的住院补助你可以申请，把住院发票复印件和出院小结交到工会办公室就行，不用交钱，月底统一发到工资卡。', senders: STAFF },
  { label: 'normal', text: '【颐年养老服务中心】{person}家属：根据合同，您父亲退住结算已完成，押金{amt}元扣除本月未结费用后，剩余部分已退至合同约定的家属账户，结算单请到前台领取。', senders: BULK },
  { label: 'normal', text: '[科室群] 护士长：今天夜班注意，8床家属情绪激动，说有“催款的”打电话到护士站找他。护士站不透露任何患者信息，这类电话直接说无法提供，并登记来电号码报保卫科。', senders: PASTE, hours: [21, 22, 23] },
  { label: 'normal', text: '【安和互联网医院】您预约的心理咨询（视频）将于今晚21:00开始，请提前5分钟进入诊室。咨询费已支付，如需取消请在开始前2小时操作，全额退款。', senders: BULK, hours: [18, 19, 20] },
  { label: 'normal', text: '妈我问了，你那个医保卡不用“年审”，也没有什么“升级第三代”要交钱，社区那个通知说的是换新卡，免费，带身份证去银行就行。', senders: FOLK },
  { label: 'normal', text: '【市红十字会】{person}您好，您为“大病救助基金”的捐赠{amt}元已到账，电子捐赠票据可在“全国财政电子票据查验平台”查验，可用于个税扣除。感谢您的爱心。', senders: BULK },
  { label: 'normal', text: '【康泰大药房】您的会员积分1200分将于{date}清零，可到店兑换体温计、口罩等，积分兑换不需要支付任何费用或提供验证码。', senders: BULK },
  { label: 'normal', text: 'Mum, I paid the hospital deposit with my card from London, the receipt is in the family group. 医院只收本人窗口或公众号付款，有人说“医院财务”要你转钱，一律不理。I\'ll call you tomorrow morning your time.', senders: ['foreign'], hours: [23, 0, 1, 2] },
];

export const BLIND22_TEMPLATES: Template[] = [...NORMAL, ...BLIND22B_TEMPLATES];
