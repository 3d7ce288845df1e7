/**
 * BLIND10 held-out bank (fifteenth scam author): this file holds the normal messages,
 * blind10b.templates.ts the fraud and harassment; BLIND10_TEMPLATES joins them.
 *
 * Who and how: written in session 6 (2026-12-02), after blind9, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the fifteenth author of a scam bank). Written from general knowledge of Chinese
 * telecom-fraud scripts current in 2025–2026 (the Ministry of Public Security's common types), of
 * the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, collection only from the debtor and the
 * guarantor, no public notices, extra fees, new loans to repay old ones, threats, insults, fraud,
 * violence, spreading private information, fake legal documents or impersonated government,
 * courts or police), of seed 000 (fraudsters offering "协商还款" to people who complained in
 * public) and of the working lives of riders, drivers, salon and gym staff, policyholders,
 * students abroad and bereaved families. While writing it the author read only: eval.types.ts,
 * eval.generator.ts, eval.metrics.ts, the other template banks (only to avoid duplicating them
 * and to write differently), scam.types.ts (FraudType, MessageInput), registry.schema.ts,
 * registry/institutions.json, registry/README.md, shared/facts/regulation.md, shared/seeds,
 * shared/SPEC.md, and the import lines and the one loadShippedRegistry() call of eval.test.ts.
 * The analyzer's code, lexicons, signal lists, rules and models were NOT opened; the analyzer,
 * its tests and benchmarks were NOT run, and no search tool was used on this repository. The
 * only runs were an expansion check outside the repository (generateEvalSet(registry, 'blind10'))
 * for counts by label, fraud type and sender kind, for duplicate texts against the other splits
 * and for character-bigram Jaccard similarity (≤ 0.5) against every earlier template, plus the
 * type checker.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): the debt-relief industry that preys on
 * borrowers in trouble (停息挂账, 债务优化, 反催收联盟, fake 协商还款 after a public complaint)
 * beside lenders' real hardship, deferral and restructuring notices and the real complaint-reply
 * process; delivery riders, ride-hailing and freight-app drivers (deposits, bans, appeals,
 * "platform compensation") and their platforms' real notices; prepaid memberships (gyms, salons,
 * studios, pet shops, wedding services) closing down, with 12315 and shop refund registration;
 * insurers, agents and 退保 agencies; students abroad, their parents, agencies, schools and
 * consulates; funerals, pension stops and the estates of the dead; NFTs, coins and 数字人民币
 * wallets. Registers: key–value forms, bullet lists, telegram-short lines, emoji-heavy youth
 * chat, children writing, pinyin and English abbreviations, fast-typing typos, a few English.
 * Collection in new settings: rider and driver groups, the gym or salon where the debtor works,
 * a school-parent group, freight dispatchers, funerals, "debt-relief" agencies turning to
 * threats, threats to get a rider banned, dawn calls — beside lawful reminders that follow the
 * rules. Many normal messages use scam vocabulary lawfully (解封, 保证金, 退保, 抚恤金, 协商还款).
 */
import type { Template } from './eval.types.js';
import { BLIND10B_TEMPLATES } from './blind10b.templates.js';

/** A registered institution's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender calling or texting from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Delivery and ride platforms, insurers, gyms, schools, 12315: bulk ports not in the registry. */
const BULK: Template['senders'] = ['unknown_port'];
/** Group posts, letters, push notices, forms: pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends, co-workers and shop staff on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named staff member of an agency, shop or insurer calling from a desk or a mobile. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 10, 12, 13, 16, 18, 19, 21];
/** Riders' and drivers' working day runs late: platform notices arrive at any hour. */
const SHIFT = [6, 11, 12, 17, 19, 21, 22, 23];
/** Codes and push notices: any time. */
const ANYTIME = [1, 4, 7, 9, 13, 19, 22, 23];

const NORMAL: Template[] = [
  // ── borrowers in trouble: real hardship plans, complaint replies, warnings about agencies ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}提交的还款困难申请已受理，受理号KN{code}。请补充近3个月收入流水或失业、住院证明，审核通过后可办理延期或分期。本业务由我司直接办理，不收任何费用，无需委托中介。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您在网络平台发布的关于我司借款的投诉已转消保专席，专员将在2个工作日内用{hot}联系您。专员不会加您个人微信，不会让您把钱转入任何个人账户或“过渡账户”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}投诉TS{code}已办结。结果：减免罚息{amt}元，剩余本金按原计划还。不满意可在30日内申请复核，也可拨12378。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}分期重组确认\n姓名：{person}\n原逾期金额：{amt}元\n重组后期数：18期\n首期还款日：{date}\n签署入口：{app}-我的借款-重组协议\n本业务免费，不存在代办费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}短视频里自称“{name}内部协商员”、能“走内部通道停息挂账”的账号与我司无关。协商还款只能在{app}或拨{hot}申请，批不批都不收服务费。', senders: OWN_PORT },
  { label: 'normal', text: '我今天直接打了{name}的官方电话{hot}，客服说可以申请延期，压根不用找什么债务优化公司。那些人收好几千服务费还不一定办成，抖音上的广告你也别信了', senders: FOLK },
  { label: 'normal', text: '【消费投诉平台】您的投诉（单号{code}）商家已回复：“已与用户电话沟通，同意延期6个月还款。”请于7日内确认是否满意。平台提示：商家不会通过私人微信、QQ与您办理退款或协商。', senders: BULK },
  { label: 'normal', text: '{sig}{person}您好，您近期申请了收入下降延期，已为您开通“灵活就业还款缓冲”：{date}前只还利息，本金顺延3个月。请在{app}点“同意”确认，整个过程无需向任何人付款。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您与我司的借款纠纷已由我司申请至当地金融纠纷调解中心，调解员会用中心公布的电话联系您，调解不收费。委托真伪可拨{hot}核实。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}困难帮扶申请入口：{url}，也可在{app}“还款-帮扶”里申请。页面不会要求您填写银行卡密码或转账。', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '{sig}您提交的因病延期材料已审核通过：延期3个月，期间不计罚息、不报送逾期。协议编号YQ{code}，可在{app}查看。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的投诉因需调取通话录音核实，答复时间延长至{date}。您可随时拨打{hot}查询进度，我们会在此前书面答复。', senders: OWN_PORT },
  { label: 'normal', text: '【{name}官方回复】用户您好，已看到您的留言。为保护隐私，请不要在评论区公开手机号和借款信息，我们的专员会从官方热线{hot}主动联系您，请认准这个号码，其他号码自称专员的都不要理。', senders: PASTE },
  { label: 'normal', text: '{sig}{person}您好，您通过第三方“债务协商机构”提交的委托书我司不予受理。您本人可以直接在{app}申请协商还款，3个工作日内答复，不收任何费用。', senders: OWN_PORT },
  // ── gig workers: platform notices, pay, appeals, insurance ──
  { label: 'normal', text: '【飞毛腿骑手】申诉结果：您对{date}“超时罚款”的申诉已通过，罚款20元已退回骑手钱包。', senders: BULK, hours: SHIFT },
  { label: 'normal', text: 'dd 今晚还跑不 雨太大了我收工了 站长说明天早班补贴翻倍', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '骑手工资条\n姓名：{person}\n本月单量：1126单\n配送费：{amt}元\n冲单奖：600元\n扣款：意外险3元/天\n发放日期：{date}', senders: PASTE },
  { label: 'normal', text: '【飞毛腿骑手】{person}您好，您的健康证将于{date}到期，请在骑手App“资质管理”上传新证，逾期将暂停接单。平台从不收取“保证金”“解封费”。', senders: BULK, hours: SHIFT },
  { label: 'normal', text: '【快马出行】师傅您好，本周流水已结算：完成62单，收入{amt}元，已打到尾号{tail}的银行卡，奖励明细看司机端“钱包-收入”。', senders: BULK, hours: SHIFT },
  { label: 'normal', text: '【快马出行】您的司机账号因连续3次被乘客投诉绕路，暂停接单3天。如有异议，请在司机端“申诉中心”上传行程录音，48小时内出结果。申诉免费，任何“代解封”服务都是骗局。', senders: BULK, hours: SHIFT },
  { label: 'normal', text: '[站点群] 站长：明天暴雨红色预警，大家注意安全，超时单平台自动免责，不用自己掏钱赔顾客。有事私我或者打站点座机。', senders: PASTE, hours: SHIFT },
  { label: 'normal', text: '今天跑了43单 到手287 晚点回 给闺女买了牛奶', senders: ['mobile'], hours: SHIFT },
  { label: 'normal', text: '【运满途】您承运的运单YD{code}已签收，运费{amt}元扣除信息费后T+1到账。平台提醒：货主要求线下加价或先付“押车费”的，请拒绝并在App内举报。', senders: BULK },
  { label: 'normal', text: '【飞毛腿骑手】您已申请退出众包配送。头盔、餐箱已回收，装备押金199元将在7个工作日内原路退回，无需再联系任何人。', senders: BULK },
  { label: 'normal', text: '【快马出行】平台已为您投保新就业形态职业伤害保障，本月保费由平台承担。接单途中受伤请在司机端“安全中心-保障”报案，理赔不收取任何费用。', senders: BULK },
  { label: 'normal', text: 'xswl 今天那个小姐姐给我五星还打赏了5块 yyds 比平台冲单奖还快hhh', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '{sig}{person}您好，本期骑手经营贷应还{amt}元，扣款日{date}。当天流水不够的话可在{app}申请宽限3天，宽限期内不影响征信。', senders: OWN_PORT },
  { label: 'normal', text: '微信上那个货主说要先付300信息费才给装货地址，我没理他，还是在运满途上接单靠谱，平台上的单子钱都是平台担保的', senders: FOLK },
  { label: 'normal', text: '【快马出行】您申请的收入证明已生成，可在司机端“我的-证明开具”下载PDF，用于办理贷款或签证。', senders: BULK },
  { label: 'normal', text: '骑手{person}：您{date}的事故报案已受理，案件号GS{code}。请在骑手App上传诊断书和发票，赔款直接打到您实名认证的银行卡，理赔员不会让您先交钱。', senders: BULK },
  { label: 'normal', text: '您好，我是给您送外卖的，小区门禁进不去，麻烦下楼拿一下，或者告诉我一下门禁密码，谢谢啦', senders: ['mobile'], hours: SHIFT },
  // ── prepaid memberships: closing notices, refund registration, 12315 ──
  { label: 'normal', text: '【12315】您对“力量健身工作室”预付卡纠纷的投诉已受理，承办单位：城东市场监管所。请保留合同和付款凭证。处理过程不收费，工作人员不会让您转账或报验证码。', senders: BULK },
  { label: 'normal', text: '致会员的一封信：因租约到期，本店将于{date}停业。未上完的私教课和年卡余额请在本月底前到前台登记，带会员卡和付款记录即可，退款一律原路退回，不收手续费。联系人：店长{person}', senders: PASTE },
  { label: 'normal', text: '亲爱的会员，您的美容卡余额{amt}元继续有效。本店已搬到人民路88号2楼，无需补差价；如不想继续消费，可按合同申请退还余额。', senders: BULK },
  { label: 'normal', text: '退费确认单\n学员：{person}之子\n课程：少儿美术48课时（已上20课时）\n应退金额：{amt}元\n退款方式：原路退回\n到账时间：7个工作日内\n——星辰画室', senders: PASTE },
  { label: 'normal', text: '【萌宠之家】您家豆豆的洗护套餐还剩6次，本周六有空位，回1约上午，回2约下午，回T退订。', senders: BULK },
  { label: 'normal', text: '{person}您好，我是婚礼策划小周，跟您确认一下：场地布置尾款{amt}元按合同在婚礼结束后付，付到公司对公账户，合同第7条写着账户，不用提前打给我个人哈。', senders: STAFF },
  { label: 'normal', text: '市场监管部门提示：经营者停业的，消费者可凭预付卡合同和付款凭证向12315投诉，也可向法院起诉。“代理退费”“内部渠道先退款”之类收费广告不要相信。', senders: BULK },
  { label: 'normal', text: '有没有人也在那家瑜伽馆办过卡？老板跑了，我已经在12315登记了，也去派出所报了案。大家把付款截图留好，别信那些说交点钱就能先帮你退的', senders: FOLK },
  { label: 'normal', text: '【力健健身】{person}会员您好，您的年卡将于{date}到期，续卡可享9折，不续也没关系，剩余私教课在合同期内照常有效。回T退订', senders: BULK },
  { label: 'normal', text: '[钢琴班家长群] 各位家长，下周三老师外出，停课一次，课时顺延不扣。学费仍按合同交到琴行对公账户，如有老师私下让转账，请先跟前台确认。', senders: PASTE },
  { label: 'normal', text: '{person}你好 我是楼下美容院的小丽 你上次做的护理套餐还剩3次 有空来坐坐 不收钱得 都是卡里扣的', senders: ['mobile'] },
  { label: 'normal', text: '【爱尚婚纱摄影】因门店停业，已预订套餐的顾客可转到其他门店拍摄或全额退款。退款登记请到原门店或打门店座机，原路退回，不收登记费。', senders: BULK },
  { label: 'normal', text: '{person}您好，您订的布偶猫弟弟第二针疫苗打完了，周六可以来店里接。尾款到店当面付或刷卡都行，疫苗本和购买合同一起给您。', senders: STAFF },
  // ── insurance: premiums, surrender, claims, agents ──
  { label: 'normal', text: '【安康人寿】您的保单（尾号{tail}）第5年度保费{amt}元将于{date}自动扣缴，请保持账户余额充足。宽限期60天内保障不受影响。', senders: BULK },
  { label: 'normal', text: '【安康人寿】您的退保申请已受理。提示：退保会损失部分现金价值，本次退保金为{amt}元（约为已交保费的62%），如需撤回请在3日内致电客服。本公司从未委托任何机构办理“全额退保”。', senders: BULK },
  { label: 'normal', text: '{person}姐，我是您的保险代理人小郑。您去年问的保单贷款我查了，现金价值能借{amt}元，年利率5%，在保险公司App里自己申请，钱直接到您本人卡上，我不经手。', senders: STAFF },
  { label: 'normal', text: '【金融监管提示】警惕“代理退保”：对方以全额退保为名收高额手续费，再诱导您转买其他产品。退保问题请直接找保险公司，或拨12378。', senders: BULK },
  { label: 'normal', text: '【安康人寿】理赔案件LP{code}已结案，赔付金额{amt}元已转入受益人尾号{tail}的账户。', senders: BULK },
  { label: 'normal', text: '{sig}您经我行代理购买的“安康人寿终身寿险”犹豫期将于{date}结束。条款可在{app}-保险-我的保单查看，如有疑问请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '妈，那个说能帮你全额退保的人别理他。我问过保险公司了，要退自己去柜台办就行，身份证照片千万别发给他', senders: FOLK },
  { label: 'normal', text: '【安康人寿】您名下保单可申请增加保额，需重新做健康告知，核保通过后生效。本公司不会以“保单升级”为由让您先退保再投保，也不收任何升级费。', senders: BULK },
  { label: 'normal', text: '【安康人寿】我们已收到被保险人身故理赔申请。请受益人准备死亡证明、户籍注销证明、本人身份证和银行卡，通过App或柜面提交。理赔全程免费。', senders: BULK },
  // ── students abroad, parents, schools, consulates ──
  { label: 'normal', text: '【领事保护提醒】近期多发冒充使领馆、国内公安的电信诈骗：对方称留学生“涉嫌洗钱”“护照被冒用”，要求“配合调查”、独自住酒店并转账。使领馆不会电话要求转账或提供账户，遇到请立即报警。', senders: PASTE },
  { label: 'normal', text: 'Dear Student, your Semester 2 tuition invoice (AUD {amt}) is now in the Student Portal. Pay only through the portal or by BPAY to the University account. The University never asks you to pay an agent or a personal account. — Student Finance Office', senders: PASTE, en: true },
  { label: 'normal', text: '儿子，学费我今天在银行汇过去了，用的是学校官网上的账户，汇款单拍照发你了，你登录学校系统看看到没到。视频时候再细说', senders: FOLK },
  { label: 'normal', text: 'mum 到宿舍了 wifi巨慢 明天去办bank account和电话卡 别担心 有事wx', senders: ['mobile', 'foreign'] },
  { label: 'normal', text: '{person}家长您好，我是启航留学的林老师。学校offer下来了，押金要在{date}前付，请登录学校申请系统直接付给学校。我们只收合同上写的服务费，不代收学费。', senders: STAFF },
  { label: 'normal', text: '{sig}您于{date}办理的境外汇款（用途：留学学费，USD {amt}）已汇出，汇款编号HK{code}，预计1–3个工作日到账。', senders: OWN_PORT },
  { label: 'normal', text: '【启明国际学校】家长您好，下学期学费缴费通知已在家长端App发布，请通过App“缴费中心”支付。学校财务从不通过个人微信收款。', senders: BULK },
  { label: 'normal', text: '【中国领事】您在“中国领事”App提交的护照换发申请已审核通过，新护照将邮寄至您填写的地址，请注意查收。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '爸 你们在温哥华落地了吗 我五点去接 在出口C等我 手机漫游开了没', senders: ['mobile', 'foreign'] },
  { label: 'normal', text: 'Reminder from the Consulate-General: consular officers will never phone you to say your passport was used in a crime in China, and will never transfer your call to the "police". Hang up and call the consulate on the number published on its website.', senders: PASTE, en: true },
  { label: 'normal', text: 'hey mum landed ok 🙌 the uni pickup bus was there. will call once i get my sim. if anyone messages saying they are me and need money, it is not me lol', senders: ['mobile', 'foreign'], en: true },
  // ── funerals, estates, pension stops ──
  { label: 'normal', text: '【安和殡仪馆】{person}您好，您预约的{date}上午9点告别厅已确认。火化证明请凭逝者身份证和死亡医学证明原件到服务大厅领取。馆内收费均开正式票据，请勿向个人转账。', senders: BULK },
  { label: 'normal', text: '【社会保险服务】经核查，参保人已于{date}去世，其基本养老金自次月起停发。丧葬补助金和抚恤金请家属带死亡证明、户口注销证明到社保经办窗口申领，申领免费，不通过短信链接办理。', senders: BULK },
  { label: 'normal', text: '{sig}关于已故客户的存款继承：请继承人带死亡证明、亲属关系证明或继承公证书到网点办理。我行不会打电话通知“遗产待领取”，也不会要求先交费。详询{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '[家族群] 各位亲戚，爸爸的追悼会定在{date}上午十点，城西殡仪馆二号厅。不收礼金，大家来送送他就好，交通不方便的跟我说，我来安排车。', senders: PASTE },
  { label: 'normal', text: '{sig}{person}您好，已收到您提交的借款人死亡证明，相关借款已暂停计息和提醒，后续处理方式我司将在15个工作日内书面告知。如有疑问请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '墓位维护费缴费通知\n墓区：松柏园B区12排\n逝者：{person}之父\n应缴：{amt}元（10年）\n缴费方式：到园区服务中心刷卡或扫园区官方收款码\n咨询：园区服务中心', senders: PASTE },
  { label: 'normal', text: '姑，奶奶的存折我去银行问了，要带死亡证明和户口本，所有继承人一起去，或者先去公证处办公证。不急，等头七过了再说', senders: FOLK },
  { label: 'normal', text: '您好，我是安和殡仪馆接待员小陈，明早7点半车到您家楼下，逝者的衣物请提前备好。费用明细到馆里再结算，都有正式发票。', senders: STAFF },
  { label: 'normal', text: '【安和殡仪馆】温馨提示：本馆从未委托任何个人或机构在医院、小区推销“殡葬一条龙”，服务项目和价格以馆内公示为准。', senders: BULK },
  // ── coins, NFTs, 数字人民币 ──
  { label: 'normal', text: '{sig}您的数字人民币钱包（尾号{tail}）收到消费红包{amt}元，来源：城区消费季活动。红包{date}前有效，可在支持数字人民币的商户使用，不能提现，也无需“激活”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}数字人民币钱包由运营机构开立，没有“数币升级”“钱包扩容费”这回事。子钱包支付限额可在{app}“数字人民币-子钱包管理”里自己设置。', senders: OWN_PORT },
  { label: 'normal', text: '[{app}推送] 子钱包推送成功：已向“城市地铁”推送支付额度200元。', senders: PASTE, hours: ANYTIME },
  { label: 'normal', text: '【鲸藏数字】您购买的数字藏品《青铜立人·第3号》已上链存证，仅供收藏欣赏。本平台不支持二次交易，也不承诺任何溢价回购。', senders: BULK },
  { label: 'normal', text: '{sig}我行监测到您近期频繁向多个个人账户小额转账。提示：虚拟货币交易在我国不受法律保护，如有人以“搬砖套利”“U商收款”为由借用您的银行卡，请拒绝。需要帮助请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '你别碰那个币了 新闻说都是盘子 我把钱存定期了 利息少但是踏实', senders: FOLK },
  // ── short, emoji, children, typos, forms ──
  { label: 'normal', text: '妈妈我放学了 在王奶奶家写作业 爸爸说6点来接我 我没有乱买东西', senders: ['mobile'] },
  { label: 'normal', text: '🏀今天打赢了!!! 教练说周六加练 晚点回家 饭给我留一口😋', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '老板我今天晚到十分中 电瓶车没电了 推着走呢 马上到', senders: ['mobile'] },
  { label: 'normal', text: '{sig}本月账单摘要：\n· 本期应还：{amt}元\n· 最后还款日：{date}\n· 还款方式：{app}自动扣款（尾号{tail}）\n· 提前还款：免手续费', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{code}是您修改收款银行卡的验证码。如非本人操作，请立即拨打{hot}冻结账户，不要把验证码告诉任何人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}结清通知：借款尾号{tail}，本息{amt}元已全部还清，账户状态将在次月更新至征信系统。', senders: OWN_PORT },
  { label: 'normal', text: 'bro 周末开黑不 我新买的皮肤 官方商城zfb付的 不是闲鱼收的那种', senders: FOLK },
  { label: 'normal', text: '爸爸 老师说明天交春游的钱 80元 在学校缴费系统里交 不用给现金', senders: ['mobile'] },
  { label: 'normal', text: '{sig}尊敬的客户，您已获得“新市民安居”利率优惠资格，年化利率3.6%起，额度可在{app}查看。本行不收任何贷前费用。拒收请回R', senders: OWN_PORT },
  // ── lawful collection, agencies that identify themselves, complaint outcomes ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款已逾期5天，应还{amt}元，请在{date}前处理。如有困难可回复“困难”，由专员与您协商。我们不会联系您的家人或同事。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{person}先生您好，我是受{name}委托的和信资产调解员，工号HX{tail}。您的借款逾期20天了，想和您约个还款计划。委托关系可在{app}“委外机构公示”查到，还款只还到{name}官方账户。', senders: STAFF, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，知道您最近跑单辛苦，本期{amt}元可以先还一半，剩下的{date}前补齐即可，不收额外费用。路径：{app}-还款-部分还款。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{person}您好，按您上次说的晚高峰后方便，约今晚9点半给您打电话聊还款安排，想改时间直接回复就行。——{name}贷后专员', senders: OWN_LINES, hours: [18, 19, 20] },
  { label: 'normal', text: '{sig}逾期提醒\n借款编号：JK{code}\n逾期天数：12天\n应还总额：{amt}元（含罚息）\n还款渠道：{app}\n对金额有异议可拨{hot}申请核账。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您反映的“催收员凌晨来电”经核查属实。我司已对涉事外包机构停止派案并扣减服务费，今后对您的联系仅限工作日白天。投诉编号TS{code}。', senders: OWN_PORT },
  { label: 'normal', text: '[通话转写] {person}您好，我是{name}客服，这通电话有录音。您的本期账单逾期了，今天方便还吗？不方便的话我们可以帮您登记一个还款日期。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您申请的“暂停电话提醒7天”已生效，期间只发短信提醒，还款可在{app}完成，到期后恢复正常联系。', senders: OWN_PORT },
];

export const BLIND10_TEMPLATES: Template[] = [...NORMAL, ...BLIND10B_TEMPLATES];
