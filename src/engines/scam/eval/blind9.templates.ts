/**
 * BLIND9 held-out bank (fourteenth scam author): this file holds the normal messages,
 * blind9b.templates.ts the fraud and harassment; BLIND9_TEMPLATES joins them.
 *
 * Who and how: written in session 5 (2026-12-02), after blind8, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the fourteenth author of a scam bank). Written from general knowledge of Chinese
 * telecom-fraud scripts current in 2025–2026 (the Ministry of Public Security's common types), of
 * the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, collection only from the debtor and the
 * guarantor, no public notices, extra fees, new loans to repay old ones, threats, insults, fraud,
 * violence, spreading private information, fake legal documents or impersonated government,
 * courts or police) and of office, travel, hospital, school and residential-compound life in
 * cities. While writing it the author read only: eval.types.ts, eval.generator.ts,
 * eval.metrics.ts, the other template banks (only to avoid duplicating them and to write
 * differently), scam.types.ts (FraudType, MessageInput), registry.schema.ts,
 * registry/institutions.json, registry/README.md, shared/facts/regulation.md, shared/seeds,
 * shared/SPEC.md, and the import lines and the one loadShippedRegistry() call of eval.test.ts.
 * The analyzer's code, lexicons, signal lists, rules and models were NOT opened; the analyzer,
 * its tests and benchmarks were NOT run, and no search tool was used on this repository. The
 * only runs were an expansion check outside the repository (generateEvalSet(registry, 'blind9'))
 * for counts by label, fraud type and sender kind and for duplicate texts against the other
 * splits, plus the type checker.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): the working week of company finance and
 * admin staff — 企业微信 / 钉钉 work groups, a boss and a cashier about paying suppliers,
 * 对公账户 changes, invoices and audit confirmations, payroll and 电子税务局 notices, real
 * beside forged; vehicle owners (ETC cards and their debit accounts, 车险 renewals and claims,
 * parking, car-rental deposits, used-car finance); travel (cancelled and rebooked flights, visas,
 * hotel bookings, travel-agency refunds); 医保 accounts, hospital billing, appointments and
 * health products sold to patients' families; exam registration and certificates, 学籍, grants,
 * tuition refunds, training-course loans and parents in class groups; 物业, utilities and
 * 公积金; teenagers' game accounts and skins with parents writing; cross-border sellers' store
 * verification and platform deposits. Registers: terse business replies, formal e-mails with a
 * 主题/Subject line and a signature, bilingual Chinese/English corporate mail, smart-speaker and
 * voicemail transcripts, banking-app push notifications and residential-compound notice boards.
 * Collection in new settings: collectors writing to the debtor's work group, supervisor or HR, to
 * the 物业 or the landlord, to a guarantor with threats, "法务部" letters with fake case numbers,
 * repeated night calls — beside lawful reminders, self-identifying outsourced agencies and
 * guarantor notices that follow the rules. Many normal messages use scam vocabulary lawfully
 * (codes that say never share them, account changes, 解冻 of deposits, genuine refunds).
 */
import type { Template } from './eval.types.js';
import { BLIND9B_TEMPLATES } from './blind9b.templates.js';

/** A registered institution's own SMS port. */
const OFFICIAL: Template['senders'] = ['official_port'];
/** A registered lender's own call / SMS channels. */
const LENDER: Template['senders'] = ['official_hotline', 'official_port'];
/** Airlines, hospitals, tax bureaus, insurers, 物业 platforms: bulk ports not in the registry. */
const THIRD_PORT: Template['senders'] = ['unknown_port'];
/** Work-group posts, e-mails, push notifications, notice boards, transcripts: pasted text. */
const PASTED: Template['senders'] = ['none'];
/** Colleagues, family, neighbours on their own phones (or pasted from a chat). */
const PERSONAL: Template['senders'] = ['mobile'];
const CHAT: Template['senders'] = ['mobile', 'none'];
/** A company's desk phone or a staff member's mobile. */
const DESK: Template['senders'] = ['unknown_landline', 'mobile'];
/** Lawful collection contact stays inside 08:00–22:00. */
const REMIND_HOURS = [8, 9, 11, 13, 15, 17, 20, 21];
/** Office hours of finance staff. */
const OFFICE_HOURS = [9, 10, 11, 13, 14, 16, 17];
/** Airlines, banks and codes arrive at any time; none of this is collection. */
const ROUND_CLOCK = [0, 2, 5, 7, 12, 16, 20, 23];

const NORMAL: Template[] = [
  // ── finance and admin: work groups, suppliers, 对公账户, invoices, audits ──
  { label: 'normal', text: '[企业微信·财务共享中心] 各位同事：本月差旅报销请于{date}前在费控系统提交，纸质发票粘贴好后投到前台的报销箱。所有付款只走系统审批，群里或私聊有人让你先垫付、先转账的，一律先打电话核实。', senders: PASTED, hours: OFFICE_HOURS },
  { label: 'normal', text: '[钉钉·行政通知] 下月1日起公司基本户开户行变更为{name}，新账户以加盖公章的《银行账户变更函》为准，函件已由采购部寄给各供应商。今后如有人在微信、邮件里说“账户又变了”，请按合同上的座机回拨确认。', senders: PASTED, hours: OFFICE_HOURS },
  { label: 'normal', text: '收到。合同HT-{tail}首款{amt}元下午已走对公，回单晚点发邮箱。', senders: CHAT, hours: OFFICE_HOURS },
  { label: 'normal', text: '小林，鑫达那笔货款我在OA上批了，按合同里写的那个账户付，别用他们业务员微信里发的新账号。付完把回单挂到流程上，我明天看。', senders: PERSONAL, hours: OFFICE_HOURS },
  { label: 'normal', text: '{sig}贵单位尾号{tail}的对公账户于{date}收到汇款{amt}元，付款人：杭州鑫达五金有限公司，附言：3月货款。详情请登录企业网银查询。', senders: OFFICIAL },
  { label: 'normal', text: '【票通云】您好，杭州鑫达五金有限公司为您开具的增值税电子普通发票已送达，价税合计{amt}元。可在邮件附件中下载，并可到全国增值税发票查验平台查验真伪，本服务不收取费用。', senders: THIRD_PORT },
  { label: 'normal', text: '主题：关于2025年度审计函证的说明\n各位同事：\n会计师事务所将于{date}起向我司开户银行和往来单位寄发询证函。询证函只需盖章后按函上的地址寄回，不涉及任何付款。如有人以“函证”“审计调账”名义要求汇款，请不要理会并告知财务部。\n此致\n财务部 刘静（分机8021）', senders: PASTED, hours: OFFICE_HOURS },
  { label: 'normal', text: 'Subject: 供应商付款账户确认 / Supplier bank details\n各位供应商：本公司不会通过邮件或聊天工具变更付款账户，任何变更须双方盖章书面确认，并由我方按合同预留电话回拨核实。\nDear suppliers, we never change payment details by e-mail or chat; any change needs a stamped letter and a call-back to the number in the contract.\n应付账款组 Accounts Payable', senders: PASTED, hours: OFFICE_HOURS },
  { label: 'normal', text: 'Subject: Expense claim approved\nHi, your expense claim EC-{code} has been approved and will be paid with the next payroll run on {date}. Nothing else is needed from you; we never ask for bank-card passwords or codes.\nFinance Shared Services', senders: PASTED, en: true, hours: OFFICE_HOURS },
  { label: 'normal', text: '张姐，楼下快递柜的押金是公司出的，发票抬头开公司全称，税号我微信发你了，开完放我桌上就行。', senders: PERSONAL, hours: OFFICE_HOURS },
  { label: 'normal', text: '您好，我是星辰科技的出纳，我们公司基本户要更换预留印鉴，想问下需要带哪些材料到网点？法人必须本人到场吗？', senders: PERSONAL, hours: OFFICE_HOURS },
  { label: 'normal', text: '[企业微信·全员群] IT部提醒：这几天如果收到“企业邮箱即将停用，请点击链接验证”的邮件，直接删除即可。公司邮箱不会停用，IT同事也不会找任何人要密码或验证码。', senders: PASTED },
  { label: 'normal', text: '{sig}验证码{code}，您正在企业网银为尾号{tail}的对公账户新增收款人。如非本单位经办人操作，请勿告知任何人并立即致电{hot}。', senders: OFFICIAL, hours: ROUND_CLOCK },
  { label: 'normal', text: '周总，鑫达说他们下个月换开户行，变更函原件今天快递过来了，我按合同上的号码打给他们财务核对过，是真的。新账户等您在OA审批后我再录系统，这期货款还是付老账户。', senders: PERSONAL, hours: OFFICE_HOURS },
  // ── payroll and the tax bureau ──
  { label: 'normal', text: '[钉钉·人事] {date}的工资已发放，工资条在“薪酬”应用里查看，个税按累计预扣法计算。工资卡变更请本人带新卡到人事部签字办理，线上不接收卡号。', senders: PASTED },
  { label: 'normal', text: '[钉钉·人事] 各位同事，本次发放的是年终奖，选择了单独计税，税后金额以工资条为准。对计税有疑问可以在“个人所得税”App里查看扣缴明细，或者来人事部当面核对。', senders: PASTED },
  { label: 'normal', text: '【国家税务总局】贵单位的发票开具额度已按纳税信用等级自动调整，请登录电子税务局“发票额度调整”模块查看。本短信无需回复，不含任何链接。', senders: THIRD_PORT },
  { label: 'normal', text: '[电子税务局] 贵单位2025年度企业所得税汇算清缴已申报成功，应补税额{amt}元，将于{date}通过三方协议账户自动扣缴，请确保对公账户余额充足。', senders: PASTED },
  { label: 'normal', text: '【税务局】纳税人您好：贵单位有一份《税务事项通知书》待签收，请登录电子税务局“我的信息—文书送达”签收，或到办税服务厅领取。税务机关不会要求向个人账户缴纳任何款项。', senders: THIRD_PORT },
  { label: 'normal', text: '李总，电子税务局提示我们三月个税申报里有个员工身份证号录错了，我已经更正重报，不产生滞纳金，跟您说一声。', senders: PERSONAL, hours: OFFICE_HOURS },
  // ── vehicles: ETC, 车险, parking, rental, used cars ──
  { label: 'normal', text: '{sig}您名下的ETC记账卡因绑定的扣款卡（尾号{tail}）已销户，于{date}暂停使用。请携带行驶证和新的借记卡到任一网点重新绑定，现场办理，不收费；我们不会发送链接让您“在线恢复”。', senders: OFFICIAL },
  { label: 'normal', text: '【高速ETC客服】您的ETC电子标签已完成二次激活，可正常通行。如更换前挡风玻璃，需携带行驶证到服务网点免费重新激活，网上没有“远程激活”。', senders: THIRD_PORT },
  { label: 'normal', text: '【安达财险】{person}您好，您车牌尾号{tail}的交强险和商业险将于{date}到期，续保报价已推送至“安达保险”App。保费只能在App内或营业厅支付给保险公司，业务员不会让您转到个人账户。', senders: THIRD_PORT },
  { label: 'normal', text: '【安达财险】您的报案（事故号AD{code}）已结案，赔款{amt}元已支付至被保险人本人尾号{tail}的账户。对赔付金额有异议，可在App“理赔进度”中申请复核。', senders: THIRD_PORT },
  { label: 'normal', text: '【滨江停车】您的车辆（尾号{tail}）{date}在万象城B2停车场停放4小时，已通过无感支付扣费20.00元。', senders: THIRD_PORT, hours: ROUND_CLOCK },
  { label: 'normal', text: '【途程租车】您的订单已还车，车辆押金{amt}元已解冻并退回原支付账户；违章押金将在30天内无违章记录后自动解冻，无需联系客服操作。', senders: THIRD_PORT },
  { label: 'normal', text: '{sig}{person}您好，您在合作车商办理的二手车分期已放款，{amt}元已直接支付给车商，首期还款日为{date}，还款计划可在{app}查看。车辆抵押登记由我司办理，不另收费用。', senders: OFFICIAL },
  { label: 'normal', text: '车友群问一句：我ETC在收费站显示“无效卡”，去银行网点一查是车牌信息没同步，柜台改完当场就好了，一分钱没收。大家收到让点链接“恢复ETC”的短信别点。', senders: CHAT },
  { label: 'normal', text: '[智能音箱对话记录]\n用户：小悦小悦，我的车险什么时候到期？\n音箱：根据您绑定的保单，车险将于{date}到期。续保请打开保险公司的官方App办理，我不能替您付款。', senders: PASTED },
  { label: 'normal', text: '老哥，那台二手车店里做过第三方检测，没泡水没大事故，报告发你了。过户当天在车管所办，车款付到车行对公账户，发票车行开，你放心。', senders: PERSONAL },
  { label: 'normal', text: '{sig}车主专享：凭行驶证可在{app}申请车主信用贷，年化利率（单利）8.5%起，不押车、不装GPS、无任何前期费用，以审批结果为准。{url} 退订回T', senders: OFFICIAL, links: ['official', 'none'] },
  // ── travel: flights, visas, hotels, agencies ──
  { label: 'normal', text: '【云翔航空】尊敬的旅客，您{date}的YX8217航班因天气原因取消，您可在购票渠道或云翔航空App免费改签或全额退票。如接到自称可“双倍赔付”的来电，请勿提供银行卡信息。', senders: THIRD_PORT, hours: ROUND_CLOCK },
  { label: 'normal', text: '【云翔航空】{person}您好，您已改签至{date} 07:35 YX8219航班，座位32C，差价免收。请至少提前90分钟到达机场办理值机。', senders: THIRD_PORT, hours: ROUND_CLOCK },
  { label: 'normal', text: '主题：签证材料收讫确认\n{person}您好：\n您的申根签证材料已于今日递交签证中心，护照预计10个工作日内寄回。签证费已在递交时现场刷卡支付，本社不会再以“加急”“补材料”等名义另行收费。\n海途旅行社 签证部', senders: PASTED },
  { label: 'normal', text: '【栖云酒店】您预订的{date}入住高级大床房2晚已确认，房费到店支付。如需取消，请在入住前一天18:00前在预订平台操作，酒店不会来电要求您提前转账“担保”。', senders: THIRD_PORT },
  { label: 'normal', text: '{person}您好，我是海途旅行社计调小吴。航班取消后您报的清迈6日团已全额退款{amt}元，原路退回您付款的信用卡，3到5个工作日到账，退款凭证已发到您邮箱。', senders: DESK },
  { label: 'normal', text: 'Subject: Booking Confirmation / 预订确认 #{code}\nDear Guest 尊敬的宾客：\nYour reservation is guaranteed by the card on file; no payment is needed before arrival. 您的预订已由信用卡担保，入住前无需另行付款。\nFront Office, Harbour View Hotel 海景酒店前台', senders: PASTED },
  { label: 'normal', text: '[{app}推送] 您的信用卡在境外（泰国 曼谷）消费{amt}元，交易成功。如非本人操作，请立即在App内冻结卡片或致电{hot}。', senders: PASTED, hours: ROUND_CLOCK },
  { label: 'normal', text: '【行旅网】您申请的{date}机票退票已完成，航班取消退票手续费0元，退款{amt}元将在7个工作日内原路退回。', senders: THIRD_PORT },
  { label: 'normal', text: '爸，你们的高铁票我改签好了，后天上午9点02那趟，车厢座位号发你微信了，进站直接刷身份证，不用取纸票。', senders: PERSONAL },
  { label: 'normal', text: '您好，我是栖云酒店前台，您昨天退房时落了一个充电器在房间，我们保管在前台了，下次来可以取，也可以到付寄给您，方便的话回复一下地址。', senders: DESK },
  // ── 医保, hospitals, health products ──
  { label: 'normal', text: '【市医疗保障局】您的医保电子凭证已激活，可在定点医院和药店扫码结算。医保部门不会来电通知“医保卡异常”“涉嫌骗保”，更不会让您转账。', senders: THIRD_PORT },
  { label: 'normal', text: '【市第一人民医院】{person}家属您好，患者出院结算已完成，医保统筹支付{amt}元，个人自付部分已从预交金中扣除。剩余预交金请持押金条到住院收费处办理退还。', senders: THIRD_PORT },
  { label: 'normal', text: '【市第一人民医院】您已预约{date}下午心内科专家号，就诊序号18，请携带医保卡提前到自助机签到。累计爽约3次将暂停预约资格30天。', senders: THIRD_PORT },
  { label: 'normal', text: '[住院部公告] 近期有人冒充本院“营养科专家”在病房向家属推销特效营养液、抗癌保健品。本院医生不在病房推销任何产品，也不会让家属扫码付款，遇到请告知护士站。', senders: PASTED },
  { label: 'normal', text: '【安达健康险】您提交的住院医疗理赔材料已审核通过，赔款{amt}元已转至被保险人尾号{tail}的银行卡，理赔不收取任何手续费。', senders: THIRD_PORT },
  { label: 'normal', text: '姐，爸的住院费我刚在医院自助机上续交了两千，收据拍给你了。医生说下周能出院，出院结算时医保直接减，不用我们先垫全款。', senders: PERSONAL, hours: [7, 8, 12, 19, 20, 21, 22] },
  { label: 'normal', text: '【康宁大药房】{person}您好，您家人登记的降压药已到货，请凭处方到店购买，可用医保支付。本店不做电话推销，也不上门送“特效药”。', senders: THIRD_PORT },
  { label: 'normal', text: '【市医疗保障局】您{date}在异地定点医院的住院费用已直接结算，统筹基金支付{amt}元，无需回参保地报销。结算明细可在“国家医保服务平台”App查询。', senders: THIRD_PORT },
  // ── education: exams, certificates, 学籍, grants, refunds, class groups ──
  { label: 'normal', text: '【省教育考试院】2026年上半年全国大学英语四、六级考试报名已开始，请登录考试院官方报名网站报名缴费，截至{date}。考试院从不委托任何机构“内部报名”“保过”。', senders: THIRD_PORT },
  { label: 'normal', text: '【市职业技能鉴定中心】您报考的三级人力资源管理师证书已制作完成，可在技能人才评价证书查询平台查到编号。纸质证书请于{date}后到中心领取，领取不收费。', senders: THIRD_PORT },
  { label: 'normal', text: '[班级群·三年级二班] 各位家长：学籍信息年度核对表已发到群文件，请核对孩子姓名和身份证号，有误的周五前私信我修改。学籍核对不收任何费用，也不需要填银行卡。——班主任 陈老师', senders: PASTED },
  { label: 'normal', text: '【市学生资助中心】您的2025学年国家助学金第一笔{amt}元已发放至学生本人尾号{tail}的银行卡。资助资金不需要“激活”，也不会要求学生或家长先交钱。', senders: THIRD_PORT },
  { label: 'normal', text: '【启航教育】{person}家长您好，您申请的退费已审批：按合同扣除已上12课时后退还{amt}元，原路退回您当时的付款账户，约5个工作日到账。', senders: THIRD_PORT },
  { label: 'normal', text: '{sig}您通过合作培训机构申请的教育分期已提前结清，结清证明可在{app}下载。如机构停课，您可在{app}“贷款问题反馈”中申请协商处理，无需通过任何第三方“退课代理”。', senders: OFFICIAL },
  { label: 'normal', text: '[班级群] 家长们好，下学期春游费用由学校在“智慧校园”缴费平台统一收取，每人85元，平台上显示的收款方是学校。我不在群里收钱，也不会私信大家扫码。——二年级三班 班主任', senders: PASTED },
  { label: 'normal', text: '@全体成员 明天科学课做手工，每个孩子带一个空牛奶盒和两个瓶盖，家里有的就行，不用买新的，谢谢配合！', senders: PASTED, hours: [12, 17, 18, 19, 20, 21] },
  { label: 'normal', text: '[学工系统通知] 你申请的2025年度国家励志奖学金已通过学校公示，奖金将于{date}前打入学生本人银行卡。如有人来电称要先交“个税”或“手续费”才能领取，请报告辅导员。', senders: PASTED },
  { label: 'normal', text: '【省人事考试网】您参加的一级建造师考试成绩已发布，请登录本网站查询。证书领取另行通知，本网站不提供任何“改分”“调分”服务。', senders: THIRD_PORT },
  // ── 物业, utilities, 公积金 ──
  { label: 'normal', text: '【小区公告栏】各位业主：2026年度物业费标准不变（多层1.2元/平方米·月），可在物业服务中心前台刷卡，或在“悦家物业”小程序缴纳，收款方为悦家物业服务有限公司。物业人员不会上门收取现金。\n悦家物业服务中心 {date}', senders: PASTED },
  { label: 'normal', text: '[小区公告] 因二次供水设备检修，{date} 9:00—15:00 3栋、5栋停水，请提前储水。检修不收任何费用，如有人上门以“换水表”“测水质”名义收钱，请拨打物业前台电话。', senders: PASTED },
  { label: 'normal', text: '【悦家物业】{person}业主您好，您房屋（5栋1单元1102）2025年下半年物业费尚未缴纳，金额{amt}元，请于{date}前缴纳。对收费有异议的，欢迎到服务中心当面沟通。', senders: THIRD_PORT, hours: REMIND_HOURS },
  { label: 'normal', text: '【城南燃气】您家燃气表余量不足20立方米，请及时在燃气公司App或营业厅充值。安检员上门会出示工作证，安检免费，不推销报警器。', senders: THIRD_PORT },
  { label: 'normal', text: '【住房公积金管理中心】您的住房公积金账户{date}汇缴入账{amt}元，缴存状态正常。公积金中心不会通过短信链接办理提取或“贷款额度激活”。', senders: THIRD_PORT },
  { label: 'normal', text: '[公积金App推送] 您提交的“偿还商业贷款”提取申请已受理，审核通过后资金将转入您本人尾号{tail}的银行卡，预计3个工作日。', senders: PASTED },
  { label: 'normal', text: '各位邻居，明天上午电梯年检停用两小时，物业已经在电梯口贴了通知。家里有老人要上下楼的可以提前跟物业说，他们会派人帮忙。', senders: CHAT, hours: [8, 12, 19, 20, 21] },
  { label: 'normal', text: '【城南水务】您户号尾号{tail}的本期水费账单已出，用水18吨，应缴62.40元，可在水务App或银行代扣缴纳。本短信不含链接。', senders: THIRD_PORT },
  { label: 'normal', text: '【小区公告栏】反诈提示：近期有人冒充物业发“燃气费退费”“停车费返还”链接。本物业所有收费、退费只在服务中心办理。——悦家物业 社区民警 联合提醒', senders: PASTED },
  // ── game accounts, teenagers and parents ──
  { label: 'normal', text: '您好，我是用户家长。孩子12岁，上周用我的手机在游戏里充了{amt}元买皮肤，我已经在游戏官方的“未成年人退款”入口提交了材料，请问审核一般要几天？', senders: CHAT },
  { label: 'normal', text: '【游戏官方】您申请的未成年人充值退款已审核通过，退款{amt}元将在7个工作日内原路退回。官方不会通过QQ或电话联系您办理退款，也不收任何费用。', senders: THIRD_PORT },
  { label: 'normal', text: '儿子，你那个号上的皮肤想卖就在游戏官方的交易平台上卖，钱到了平台账户再提现。别加别人QQ私下交易，更不要用我的手机给任何人转钱。', senders: PERSONAL, hours: [7, 12, 18, 19, 20, 21] },
  { label: 'normal', text: '[家长群] 学校提醒：最近有孩子在游戏里被骗装备。请不要把支付密码告诉孩子，手机里可以开启“青少年模式”和大额支付提醒。', senders: PASTED },
  { label: 'normal', text: '【游戏官方】您的验证码为{code}，用于修改账号实名信息，10分钟内有效。官方客服不会索要验证码，请勿告诉任何人。', senders: THIRD_PORT, hours: ROUND_CLOCK },
  // ── cross-border sellers ──
  { label: 'normal', text: '[卖家中心通知] 您的店铺已通过二次身份验证（视频核验），全部销售权限已恢复。平台不会通过邮件或聊天工具要求卖家缴纳“验证保证金”。', senders: PASTED },
  { label: 'normal', text: 'Subject: Payout scheduled / 回款通知\nYour disbursement of USD 2,340.15 has been sent to the bank account on file ending {tail}. 您的回款已发起，收款账户尾号{tail}，预计3—5个工作日到账。\nSeller Support 卖家支持', senders: PASTED },
  { label: 'normal', text: '{person}您好，我是货代公司的单证员，您发美国的这票货已订上{date}的船，报关资料齐了。运费按报价单{amt}元付到我司对公账户，发票随提单一起寄出。', senders: DESK },
  { label: 'normal', text: '{sig}您在{app}绑定的跨境收款账户本月收到境外回款{amt}元，已按实时汇率结汇入账，结汇不另收手续费。', senders: OFFICIAL },
  { label: 'normal', text: '[钉钉·运营群] 店铺绩效这周掉到了“待改进”，原因是两单迟发货。大家按卖家后台的绩效说明整改，申诉只在后台提交，别找外面说能“刷回绩效”的服务商。', senders: PASTED },
  // ── banks and wallets: codes, card changes, holds, refunds ──
  { label: 'normal', text: '{sig}您申请的新卡已寄出，旧卡（尾号{tail}）将在新卡激活30天后停用，原卡绑定的自动还款和ETC扣款会自动迁移。激活请在{app}完成，工作人员不会来电索要卡密。', senders: OFFICIAL },
  { label: 'normal', text: '[{app}推送] 您有一笔退款{amt}元已到账，来源：云翔航空 退票。', senders: PASTED, hours: ROUND_CLOCK },
  { label: 'normal', text: '{sig}{date}有一台新设备（华为 Mate 60）登录了您的{app}。如果不是您换手机，请立刻在App“安全中心”锁定账户，或拨打{hot}，我们不会另发链接让您“解除锁定”。', senders: OFFICIAL, hours: ROUND_CLOCK },
  { label: 'normal', text: '{sig}动态码{code}，用于在{app}提高单日转账限额，切勿转发。任何自称员工、公安或客服的人向您索取，都是诈骗。', senders: OFFICIAL, hours: ROUND_CLOCK },
  { label: 'normal', text: '{sig}Sign-in from a new device: enter {code} in {app} to confirm it is you (valid for 5 minutes). If you did not try to sign in, ignore this text and keep the number to yourself.', senders: OFFICIAL, en: true, hours: ROUND_CLOCK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户向新收款人转账{amt}元，因收款账户存在风险已被拦截，资金未转出。我们会通过{hot}与您联系确认，不会要求您提供验证码或再次转账。', senders: OFFICIAL, hours: ROUND_CLOCK },
  // ── registered lenders: lawful reminders, agencies, guarantors, complaints ──
  { label: 'normal', text: '{sig}{person}您好，您的借款本期应还{amt}元已逾期3天，请在{app}还款；如遇困难可在App申请延期。本短信由{name}发送，咨询请拨{hot}。', senders: OFFICIAL, hours: REMIND_HOURS },
  { label: 'normal', text: '主题：逾期账款委托催收告知函\n{person}：\n受{name}委托，诚达资产管理有限公司（委托编号WT-{code}）自{date}起就您名下的逾期借款与您联系，委托关系可在{app}“委外机构公示”或拨打{hot}核实。还款只通过{name}官方渠道，我司不收取任何费用，也不会联系与借款无关的人。\n诚达资产管理有限公司 调解员 孙倩', senders: PASTED },
  { label: 'normal', text: '{sig}{person}您好，您为借款人提供连带责任保证的借款（合同尾号{tail}）已逾期30天，未还金额{amt}元。根据《保证合同》约定，请您督促借款人还款或与我司协商，详询{hot}。本通知只发送给借款人和保证人。', senders: OFFICIAL, hours: REMIND_HOURS },
  { label: 'normal', text: '主题：保证责任提示函\n{person}先生/女士：\n您是{name}借款合同（编号BZ{code}）的保证人。借款人已逾期，请于{date}前与我司联系协商履行方式。我司不会要求您向任何个人账户付款，也不会向您的同事、家人透露借款情况。\n{name} 贷后管理部  客服热线 {hot}', senders: PASTED, hours: REMIND_HOURS },
  { label: 'normal', text: '[语音信箱转文字] {person}您好，这里是{name}客服，想和您确认一下本月的还款安排。不方便接听没关系，您可以在{app}查看账单，或回电{hot}。祝您生活愉快。', senders: LENDER, hours: REMIND_HOURS },
  { label: 'normal', text: '{sig}{person}您好，我们已收到您关于“催收人员联系您同事”的投诉，编号TS{code}。我司已暂停该外包机构对您的一切联系，并将在15日内给您书面答复。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}您好，您申请的个性化分期已通过，剩余本金{amt}元分24期偿还，期间不计罚息。协议已发送至{app}“我的合同”，请在{date}前签署。', senders: OFFICIAL, hours: REMIND_HOURS },
  { label: 'normal', text: '主题：诉前调解告知\n{person}：\n就您在{name}的借款纠纷，我司已向南山区人民法院申请诉前调解，调解员将通过“人民法院在线服务”平台与您联系，请以法院平台信息为准。我司不会通过短信发送法律文书，也不会让您向个人账户还款。\n{name} 法务合规部', senders: PASTED, hours: REMIND_HOURS },
  { label: 'normal', text: '{person}您好，我是{name}委托的诚达资产的调解员孙倩，工号CD{tail}。前几天跟您约好今天对一下分期方案，您现在方便吗？不方便的话您定个时间，委托关系可以打{hot}核实。', senders: DESK, hours: REMIND_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您登记的紧急联系人信息已按您的申请删除。今后我们只与您本人联系，如有还款问题请拨打{hot}。', senders: OFFICIAL },
];

export const BLIND9_TEMPLATES: Template[] = [...NORMAL, ...BLIND9B_TEMPLATES];
