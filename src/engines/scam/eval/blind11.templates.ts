/**
 * BLIND11 held-out bank (sixteenth scam author): this file holds the normal messages,
 * blind11b.templates.ts the fraud and harassment; BLIND11_TEMPLATES joins them.
 *
 * Who and how: written in session 7 (2026-12-02), after blind10, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the sixteenth author of a scam bank). Written from general knowledge of how
 * licensed consumer-finance companies, banks, housing agencies, ticketing platforms, hospitals,
 * care homes and registered charities in China write to people in 2025–2026, of the telecom-fraud
 * scripts that imitate them (the Ministry of Public Security's common types), and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at
 * most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, collection only from the debtor and the
 * guarantor, no public notices, extra fees, new loans to repay old ones, threats, insults, fraud,
 * violence, spreading private information, fake legal documents or impersonated courts, police or
 * government). While writing it the author read only: eval.types.ts, eval.generator.ts,
 * eval.metrics.ts, the other template banks (only to avoid duplicating them and to write
 * differently), scam.types.ts (FraudType, MessageInput), registry.schema.ts,
 * registry/institutions.json, registry/README.md, shared/facts/regulation.md, shared/seeds,
 * shared/SPEC.md, and the import lines of eval.test.ts. The analyzer's code, lexicons, signal
 * lists, reason catalogue, rules and models were NOT opened; the analyzer, its tests and
 * benchmarks were NOT run, and no search tool was used on this repository. The only runs were the
 * type checker and an expansion check outside the repository (generateEvalSet(registry,
 * 'blind11') and the other splits) for counts by label, fraud type and sender kind, for duplicate
 * texts against the other splits and for character-bigram Jaccard similarity (≤ 0.5) against
 * every earlier template.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): consumer-finance lenders' OWN ordinary
 * traffic — limit increases and freezes, rate coupons and 免息券, pre-approved offers, 账单分期,
 * repayment-date changes, failed autopay, early-repayment confirmations, 结清证明, replies to
 * credit-report objections (both corrected and upheld), loan-contract e-signing and its code,
 * face verification inside the official app, app upgrades, privacy-policy updates, account
 * cancellation — written with signature, 拒收请回复R and "请通过官方APP操作", beside (in
 * blind11b) fake loans that imitate them; housing (首付 from parents, 商贷 and 公积金贷,
 * 带押过户 instead of 过桥, 不动产登记, agency deposits into escrow, agencies and 二房东,
 * property-management refunds, 法拍房 through the court platform); weddings and family money
 * (彩礼, banquets, divorce settlements, child support, siblings' inheritance, transfers confirmed
 * by a voice call); entertainment (official ticketing, refunds for cancelled shows, 转赠, club
 * season tickets, lottery for fun, a minor's livestream-tipping refund, fan clubs that refuse
 * 集资, pet shipping, 砍一刀); health and the elderly (hospital deposits, hearing aids, care-home
 * deposits, 医美 quotes and 医美分期, family warnings about 保健品 lectures and 以房养老,
 * hospital crowdfunding on a platform); disasters and charity (registered charities, company
 * drives through the Red Cross, lenders' disaster deferrals). Registers: phone-call
 * speech-to-text with fillers (嗯、那个、就是说、喂喂), live-chat logs with timestamps and role
 * labels, 小红书 notes and comments, 知乎-style answers, 拼多多 group chats, Northeastern and
 * Sichuan words in moderation, messages typed as several short lines, a few English. Lawful
 * collection that follows the rules (identified agency and staff number, verification through
 * the lender's hotline, daytime, the debtor only, a contact person told nothing of the debt when
 * the debtor is unreachable) is labelled normal. Many normals use scam vocabulary lawfully
 * (验证码 with 切勿告知他人, 冻结/解冻 of real deposits and limits, 保证金 for rentals and
 * renovation, 退款 via the order page, 征信 in lenders' replies, 刷脸 inside the official app,
 * 转账 between relatives who confirm by voice call).
 */
import type { Template } from './eval.types.js';
import { BLIND11B_TEMPLATES } from './blind11b.templates.js';

/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender calling or texting from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Ticketing, housing, hospitals, care homes, charities, government service: bulk ports not in the registry. */
const BULK: Template['senders'] = ['unknown_port'];
/** Notes, answers, group posts, receipts and chat logs pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family and friends on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named agent, shop, care-home or agency employee on a desk line or a mobile. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** One-time codes and system notices: any hour. */
const ANYTIME = [0, 3, 7, 9, 12, 15, 20, 23];
/** People chatting in the evening. */
const EVENING = [18, 19, 20, 21, 22, 23];

const NORMAL: Template[] = [
  // ── consumer-finance lenders' own ordinary traffic ──
  { label: 'normal', text: '{sig}{person}您好，根据您近半年的按时还款情况，系统已将您在{app}的循环额度调整为{amt}元，无需任何操作，也不收取费用。额度以APP内“我的额度”页面为准。拒收请回复R', senders: OWN_PORT },
  { label: 'normal', text: '{sig}送您一张利率优惠券：{date}前在{app}借款，年化利率可享8折，券已放入“我的-卡券”，借款确认页自动抵扣。借款前请查看综合年化成本。拒收请回复R', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您有1张7天免息券将于{date}到期，借款时勾选即可抵扣利息，到期未用自动失效。请通过官方APP操作，我司不会来电让您“激活”卡券。退订回T', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}，您已获得一笔预审额度，可在{app}首页查看。预审结果不代表最终放款，放款前不收取任何费用，借款资金只会打入您本人名下银行卡。拒收请回复R', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您本期账单{amt}元可申请账单分期，可选3/6/12期，每期手续费以{app}分期页展示为准，可随时提前结清。是否办理由您自主决定，我司工作人员不会要求您向任何个人账户转账。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}还款日修改成功：自下期账单起，您的每月还款日由15日改为25日。本期仍按原还款日{date}还款。如非本人操作，请拨打{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的银行卡今日自动扣款未成功（余额不足），本期应还{amt}元。今日24点前还款不算逾期，可在{app}点“立即还款”，或在“还款设置”更换扣款卡。', senders: OWN_PORT, hours: [9, 12, 15, 18, 20] },
  { label: 'normal', text: '{sig}您已于{date}提前归还本金{amt}元，提前还款手续费0元。剩余期数和每期应还已重新计算，请在{app}“借款记录”查看新的还款计划。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您申请的结清证明（编号JQ{code}）已生成，加盖我司电子印章，可在{app}“我的-证明下载”获取PDF，真伪可在官网扫码查验。如需纸质版邮寄，请拨{hot}预约，邮寄免费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您提出的征信异议已核查完毕：该笔借款{date}的逾期记录系我司代扣通道故障所致，并非您的责任，我司已向征信中心报送更正，预计20个工作日内生效，届时可在人民银行征信中心官网查询。异议处理不收取任何费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的征信异议申请已办结。经调取扣款记录，{date}当期确未按时足额还款，该记录如实报送，无法删除。对结果有异议可向征信中心申诉或拨打12378。凡声称付费即可“删除逾期”的机构均不可信。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的借款合同待签署：金额{amt}元，期限12期。请在{app}内阅读《借款合同》及《个人信息授权书》后完成电子签名。签约验证码只在APP内本人填写，切勿告知他人，我司员工不会索要。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，用于借款合同电子签名，5分钟内有效。切勿告知他人，任何人索要均为诈骗。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}为保障资金安全，您本次借款需完成人脸识别，请打开{app}在“借款-身份核验”页面按提示刷脸。我司不会通过电话、视频通话或第三方链接要求您刷脸或共享屏幕。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}系统升级通知：{date}凌晨2:00—5:00{app}暂停借款和还款服务，当日自动扣款顺延至升级后执行，不影响征信。请到手机自带应用商店更新，不要点击陌生链接下载安装包。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}我们更新了《隐私政策》和《第三方信息共享清单》，主要变化：补充征信查询授权期限、公开合作机构名单。全文见{app}“设置-隐私”，可随时撤回授权。回复R可拒收营销短信，不影响服务通知。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的{app}账户已注销。注销前账户无未结清借款，个人信息将按《隐私政策》在法定保存期满后删除或匿名化处理。如非本人操作请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}经综合评估，您在{app}的可用额度暂时冻结，已借款项按原计划还款即可。如需恢复，可在APP内提交复评申请，复评免费，我司不会以任何名义收取“解冻金”。', senders: OWN_PORT },
  { label: 'normal', text: '【{name}在线客服】\n[10:02] 智能助手：您好，请问有什么可以帮您？\n[10:03] 用户：能不能人工帮我提一下额度\n[10:03] 智能助手：额度由系统按用信和还款情况定期评估，暂不支持人工提额，提额也不收任何费用。\n[10:04] 用户：有人加我微信说能内部提额\n[10:04] 智能助手：那是诈骗，请勿添加，也不要转账。', senders: PASTE },
  { label: 'normal', text: '[通话转写] 喂，您好，请问是{person}吗？我这边是{name}客服，工号{tail}。嗯，那个，就是说您上周申请的账单分期已经审批好了，您在APP里点一下确认就生效。我这边不需要您提供验证码，也不用转账。您要不放心，可以挂了直接打{hot}核实。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}费用说明：您在{app}的借款年化利率（单利）15.8%，本期应还{amt}元为本金加利息，无会员费、担保费或其他服务费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您申请的借款{amt}元已放款至您本人尾号{tail}的银行卡，首期还款日{date}。如有人以“刷流水”“解冻”“验证还款能力”为由要求您把这笔钱转出，请立即报警。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}经核查，您提前结清时多收利息{amt}元，已原路退回尾号{tail}银行卡，1—3个工作日到账，您无需任何操作，也不会有人来电索要卡号。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}很抱歉，您本次借款申请未通过综合评估，30天后可再次申请，本次申请不产生任何费用。近期有人冒充我司称“补资料可重审”“交费包过”，请勿相信。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}额度已备好：{app}最高可借20万，年化利率7.2%起，实际以审批为准。请通过官方APP操作。拒收请回复R', senders: OWN_PORT },
  { label: 'normal', text: '{sig}Your {app} instalment of RMB {amt} is due on {date}. Please pay in the app or keep your auto-debit card funded. We never ask for your verification code and never ask you to pay into a personal account. Reply R to stop marketing messages.', senders: OWN_PORT, en: true },
  { label: 'normal', text: '在吗\n我刚收到{name}短信\n说给我提额了\n我没点链接\n自己打开APP看的\n真提了哈哈\n你那边有没有', senders: FOLK },
  { label: 'normal', text: '【知乎回答】问：收到短信说“额度已激活”，是真的还是诈骗？\n答：持牌机构确实会发额度通知，但有三点可以判断：①额度只在官方APP里看得到，不用点短信链接；②放款前不收一分钱；③不会让你加个人微信。凡是要先交“解冻金”“验资款”“会员费”的，都是骗子。', senders: PASTE },
  // ── 医美 quotes and 医美分期 ──
  { label: 'normal', text: '{sig}您在悦颜医疗美容门诊部办理的医美分期已生效：项目金额{amt}元，分12期，每月{date}扣款。如项目未实施或机构停业，可拨{hot}申请暂停扣款并协助退款。', senders: OWN_PORT },
  { label: 'normal', text: '【悦颜医美】{person}您好，您咨询的眼综合项目报价{amt}元，含麻醉和术后两次复查。可全款，也可分期，分期需您本人在持牌机构APP里签约，我们不代办、不收手续费。术前请带身份证面诊。', senders: BULK },
  // ── housing: buying, loans, registration, agencies, renting, property management ──
  { label: 'normal', text: '老公 首付的钱我妈转了20万到我卡上\n我刚跟她视频确认过了 是她本人转的\n明天一起去银行存到购房资金监管账户', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{sig}{person}您好，您的个人住房商业贷款已审批通过：金额85万元，期限30年，利率按LPR减30个基点执行。请于{date}携带身份证、购房合同原件到网点面签。我行不收取任何“加急费”“包过费”。', senders: OWN_PORT },
  { label: 'normal', text: '【住房公积金】您的公积金个人住房贷款申请已受理，受理号GJ{code}。审批结果将短信通知，贷款直接划入售房方账户，办理全程不收费。', senders: BULK },
  { label: 'normal', text: '{person}，你那套房原贷款还剩38万，买家的银行要求先解押才能过户。现在可以办“带押过户”，不用找过桥垫资，也省了那3个点的过桥费。我下午陪你去银行问问流程。——安家地产小孙', senders: STAFF },
  { label: 'normal', text: '【不动产登记中心】您申请的不动产转移登记已办结，可于{date}后凭受理回执和身份证到登记大厅领取不动产权证书，也可在政务服务APP申领电子证照。', senders: BULK },
  { label: 'normal', text: '定金收据\n今收到：{person}\n购房定金：人民币贰万元整\n房源：幸福里3栋1单元602\n存入：经纪机构资金监管专户\n约定：卖方违约双倍返还，买方违约不予退还\n经办人：孙建  日期：{date}', senders: PASTE },
  { label: 'normal', text: '【安居租房】{person}您好，您的租房合同已生效（押一付三），押金{amt}元由平台托管，退租验房无损坏后7个工作日内退回原支付账户。房租请在APP内支付，不要转给任何个人。', senders: BULK },
  { label: 'normal', text: '姐，这屋是我整租下来再转租的，房东知道，同意转租的字据我拍给你看。押一个月，你退租那天屋里没毛病我当场退，咋整都行。你不放心就跟房东通个电话。', senders: ['mobile'] },
  { label: 'normal', text: '【幸福里物业】业主您好，2024年度多收的公摊电费已核算完毕，您户应退{amt}元，将于{date}前退回原缴费账户。无需登记，也无需提供任何银行卡信息。', senders: BULK },
  { label: 'normal', text: '{person}您好，您家装修已验收合格，装修押金3000元今天已原路退回到您缴费的那张卡，请查收。有问题来物业前台找我。——幸福里物业小马', senders: STAFF },
  { label: 'normal', text: '买法拍房一定要在法院指定的司法拍卖平台上报名，保证金交到平台冻结，没拍中自动解冻退回。那种说能“内部低价拿房”让你先交好处费的，千万别信，我同事就被骗了', senders: FOLK },
  { label: 'normal', text: '昨天看的那套房子采光要得，就是物业费贵了点。首付三成，其余公积金贷，月供三千出头，你们觉得咋样嘛？周末再去看一趟', senders: FOLK },
  { label: 'normal', text: '【住房公积金】您本次提取住房公积金{amt}元（用途：偿还购房贷款）已转入尾号{tail}的银行卡。', senders: BULK },
  // ── weddings and family money ──
  { label: 'normal', text: '妈，彩礼的事我跟小雨家说好了，8万8，订婚那天当着两家面给，他们家陪嫁一辆车。别的不用搞那么复杂，酒席简单办。', senders: FOLK },
  { label: 'normal', text: '【喜悦宴会厅】{person}您好，您预订的{date}婚宴（18桌）定金5000元已收到，余款宴席结束后结算，可刷卡或对公转账，不收现金以外的个人转账。菜单调整请提前7天联系宴会部。', senders: BULK },
  { label: 'normal', text: '按离婚协议，房子归你，我那一半的房款分三次给。第一笔20万今天转到你工行卡了，你查一下，收到回个信。孩子这周末还是我去接。', senders: FOLK },
  { label: 'normal', text: '这个月抚养费2000转你了，另外孩子下学期的钢琴课我直接交给琴行了，不用你再出。', senders: FOLK },
  { label: 'normal', text: '大哥、二姐：律师说爸那套老房子咱们三个都是第一顺序继承人，要一起去公证处办继承公证，再去不动产中心过户。卖了三家平分，下周六上午大家都有空不？', senders: FOLK },
  { label: 'normal', text: '[婚礼群] 新郎新娘已到场！礼金台在一楼大厅，不方便到场的亲友可以直接转新人本人，别转给任何自称“婚庆工作人员”的人哈🙏', senders: PASTE },
  { label: 'normal', text: '爸，你刚才微信说要借两万给二叔，我打电话跟你确认了是你本人，钱已经转你卡上。你转给二叔前也让他打个电话，现在冒充亲戚的太多了。', senders: FOLK },
  { label: 'normal', text: '【婚姻登记预约】您已成功预约{date}上午的结婚登记，请双方携带本人户口簿、身份证及2张2寸双人合照到婚姻登记处办理，登记不收费。', senders: BULK },
  { label: 'normal', text: 'Mum, I booked the wedding venue in Auckland. Paid the NZD 2,000 deposit to their business account after checking it on their website and calling the manager. Will send photos tonight!', senders: ['foreign', 'none'], en: true },
  // ── entertainment: tickets, lottery, livestreams, fan clubs, pets, group buys ──
  { label: 'normal', text: '【乐享票务】您购买的{date}“星河巡回演唱会”门票2张已出票。本场实名制入场，须本人持身份证原件，门票不可转售。请勿在二手平台或通过“代抢”购票。', senders: BULK },
  { label: 'normal', text: '【乐享票务】很遗憾，{date}的演出因故取消。您支付的票款{amt}元将在5个工作日内原路退回，无需申请，平台不会来电要求您操作退款。', senders: BULK },
  { label: 'normal', text: '【城市足球俱乐部】您的2025赛季季票已生效，座位：东看台B区12排。比赛日凭官方App内的动态电子票入场，截图无效。', senders: BULK },
  { label: 'normal', text: '抢到了！！！内场两张🎉 官方app抢的 原价1280 周六一起冲\n我先付了 你回头转我一半就行', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '票我在乐享票务App里用“转赠”给你了 你登录看看收到没 钱不急', senders: FOLK },
  { label: 'normal', text: '老爸今天又在楼下彩票站买了两注双色球，说中了请全家吃饭😂 十块钱图个乐呵，我让他别去网上买那种“跟单计划”', senders: FOLK },
  { label: 'normal', text: '【直播平台】您提交的未成年人充值退款申请已审核通过，退款{amt}元将原路退回付款账户。我们已为该账号开启青少年模式。', senders: BULK },
  { label: 'normal', text: '[后援会公告] 本次生日应援不集资、不收钱。大家自愿在公益平台的“助学计划”捐一元就行，证书截图发群里。任何私人收款码都不是后援会的，请直接举报。', senders: PASTE },
  { label: 'normal', text: '【宠物托运】您托运的宠物（柯基，3.2kg）已随航班装机，预计15:40到达，请带身份证到机场货运站提取。费用已在下单时结清，到站不再收取任何保险费或押金。', senders: BULK },
  { label: 'normal', text: '我家猫生了四只，你要的话送你一只，不要钱。打完疫苗你来接，或者我送过去，别在网上买什么“包纯种”的了', senders: FOLK },
  { label: 'normal', text: '【小红书笔记】演唱会抢票避坑🙅‍♀️\n1️⃣只认官方App，“代抢”“内部票”全是坑\n2️⃣实名票转赠只能在App里点\n3️⃣说“先付款后转票”的直接举报\n💬评论：姐妹说得对，我室友被骗了1800', senders: PASTE },
  { label: 'normal', text: '[家庭群] 帮我砍一刀呗 还差0.5% 砍完那个电饭锅就免费了 不用填任何信息 点进去就行 {url}', senders: PASTE, links: ['unknown_legit', 'none'] },
  { label: 'normal', text: '拼单成功了，你那份我先付了，到了给你拿过去，二十几块钱不用转了', senders: FOLK },
  { label: 'normal', text: 'Your refund of RMB {amt} for the postponed match has been sent to your original card. No action needed, and nobody will call you to "speed it up". — City FC Ticket Office', senders: BULK, en: true },
  // ── health and the elderly ──
  { label: 'normal', text: '各位亲友，我爸脑出血在市一院ICU，我们在大病筹款平台发起了筹款，医院证明和诊断书都公示在页面上，善款由平台打到医院账户。能帮转发就很感谢了🙏', senders: FOLK },
  { label: 'normal', text: '【市第一人民医院】{person}家属您好，患者住院预交金余额已不足2000元，请到住院收费处或通过医院公众号“住院服务”缴纳。医院不会通过任何个人账户收费。', senders: BULK },
  { label: 'normal', text: '【听力验配中心】{person}您好，您父亲的助听器已调试完毕，{date}可到店领取。尾款按合同到店刷卡支付，佩戴30天内不满意可退。', senders: BULK },
  { label: 'normal', text: '{person}您好，您母亲的入住手续已办好，床位押金5000元和首月费用都开了正式票据。押金存专户，退住时结清退还。我们不卖会员卡，也不收“预存养老费”。——松鹤养老院前台', senders: STAFF },
  { label: 'normal', text: '爸，楼下那个发鸡蛋的“健康讲座”别去了，送鸡蛋就是为了卖你几千块的保健品，上回李叔就买了一万多的“磁疗床垫”，一点用没有', senders: FOLK },
  { label: 'normal', text: '老妹儿，咱妈那降压药我在社区医院开了，医保报完才三十几块钱，别整那些电视上卖的“特效药”了，都是忽悠', senders: FOLK },
  { label: 'normal', text: '【金融监管提示】老年人住房反向抵押养老保险只能由持牌保险公司经营。以“以房养老”为名让老人抵押房产去“投资理财”的都是骗局，有疑问请拨12378。', senders: BULK },
  { label: 'normal', text: '[语音转文字] 喂喂，闺女啊，那个，社区卫生站今天免费量血压，我就去了一趟，人家没让买东西，就是说下个月还有，你别操心啊', senders: FOLK },
  { label: 'normal', text: '[通话转写] 您好，这里是市一院体检中心，嗯，{person}阿姨您预约的是{date}上午的体检，空腹来，带身份证和医保卡就行，费用到前台交，我们电话里不收钱，也不需要您报验证码。', senders: STAFF },
  // ── disasters and charity ──
  { label: 'normal', text: '【市慈善总会】您通过慈善中国公示的“防汛救灾”募捐项目捐赠的{amt}元已到账，电子捐赠票据可在项目页面申领。感谢您的善举。', senders: BULK },
  { label: 'normal', text: '[公司群] 行政部：地震灾区捐款自愿参加，请统一通过红十字会官网的公开募捐通道捐，捐完截图发我登记即可。公司不收现金，也不收转账。', senders: PASTE },
  { label: 'normal', text: '妈 我们这边水退了\n一楼泡了 人都没事\n政府发了救灾物资\n你们别寄钱\n我过两天去银行问问受灾的贷款能不能延期', senders: FOLK },
  { label: 'normal', text: '{sig}受本次强降雨影响，受灾地区客户可在{app}“还款-受灾延期”申请最长3个月延期还款，期间不计罚息、不影响征信，申请免费，无需提供银行卡密码。', senders: OWN_PORT },
  { label: 'normal', text: '各位校友：校友会为洪灾地区学校募集图书，款项统一走学校教育基金会对公账户，每一笔都在基金会官网公示，不接受任何个人代收。——校友会秘书处', senders: PASTE },
  // ── English from expats ──
  { label: 'normal', text: 'Hi Ms Li, just to confirm I paid this month\'s rent of 6,500 RMB into your account through my bank app. The agency says the deposit stays in their escrow until we move out, right? — Tom (Flat 602)', senders: ['mobile', 'none'], en: true },
  { label: 'normal', text: 'Reminder from the agency: your new lease starts on {date}. Rent is paid only inside the rental app; our staff never ask you to send money by WeChat to a personal account.', senders: BULK, en: true },
  // ── codes and deposits used lawfully ──
  { label: 'normal', text: '【安居租房】验证码{code}，您正在申请退还租房押金至原支付账户。切勿告知他人，平台客服不会索要。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【乐享票务】您的账号正在新设备登录，验证码{code}。如非本人操作，请立即修改密码。切勿告知他人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}您在{app}的账户因连续5次密码错误已临时冻结，24小时后自动解冻，或在APP内通过本人刷脸立即解冻，整个过程不收费。', senders: OWN_PORT, hours: ANYTIME },
  // ── more plain family and platform traffic ──
  { label: 'normal', text: '【拼单平台】您的退款申请商家已同意，{amt}元将原路退回，可在“订单详情-退款进度”查看。平台客服不会通过电话索要银行卡号或验证码。', senders: BULK },
  { label: 'normal', text: '昨晚在直播间给那个唱歌的刷了个小火箭，一百块，图个热闹，你别念叨我了😂 我给自己设了每月上限', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{sig}您在{app}的借款已全部结清。如不再使用，可在APP“设置-注销账户”自行注销，注销无需联系客服，也不存在“清空额度”“关闭学生账户”等操作。', senders: OWN_PORT },
  { label: 'normal', text: '【大病筹款】您发起的筹款已达目标金额，平台已将{amt}元直接拨付至患者所在医院的住院账户，拨付不收取任何保证金或手续费。', senders: BULK },
  { label: 'normal', text: '哥，咱爸过寿的酒店我订好了，定金500我出了，剩下的到时候咱俩一人一半，当天在酒店前台直接结，你不用先转我', senders: FOLK },
  { label: 'normal', text: '幺妹，你订婚那天的酒席我帮你问好了，二十桌，一桌一千八，定金交到酒楼前台开收据，要得不？', senders: FOLK },
  // ── lawful collection ──
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款已逾期3天，应还{amt}元。请在APP内还款，我司不会让您转入任何个人账户。如有困难可在APP内申请延期。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}本人吗？嗯，我是受{name}委托的安信资产管理公司催收专员，工号AX{tail}，这通电话全程录音。您的借款逾期45天了，想跟您约个还款计划……委托关系您可以挂断后拨{name}官方热线{hot}核实，还款只还到{app}。', senders: STAFF, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期60天。我司已委托律师事务所向您寄送律师函，您将收到EMS纸质函件，内容可拨{hot}核实。律师函不收取任何费用，还款请仍通过{app}。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '您好，打扰了，我是{name}的工作人员。{person}登记了您作为联系人，我们连续几天都联系不上他，麻烦您方便时提醒他回电{hot}。具体事项不便透露，您不需要做任何事，谢谢。', senders: OWN_LINES, hours: [10, 11, 14, 15, 16] },
  { label: 'normal', text: '{sig}{person}您好，按您昨天电话里的约定，本期{amt}元可分两次还，第二笔{date}前还清即可，不加收费用，已在{app}生成新的还款计划，请确认。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '【人民法院】{person}：您与{name}借款合同纠纷一案已立案，案号（2025）民初{code}号。请登录人民法院在线服务平台查看起诉材料并选择是否调解。法院不通过短信、电话收取任何费用。', senders: BULK, hours: DAYLIGHT },
];

export const BLIND11_TEMPLATES: Template[] = [...NORMAL, ...BLIND11B_TEMPLATES];
