/**
 * BLIND19 held-out bank (twenty-sixth scam author): this file holds the normal messages,
 * blind19b.templates.ts the fraud and harassment; BLIND19_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (late), 2026-12-02, by an independent evaluation author, a
 * helper session separate from the analyzer's developer and from the authors of every earlier
 * bank (the twenty-sixth author of a scam bank). Written from general knowledge of how trade
 * unions (基层工会 and company unions: 职工互助保障, 困难职工帮扶, 金秋助学, 节日福利 and 消费券 in a
 * union app, 职工疗休养, legal aid for workers), state-owned employers (payroll and 薪酬明细,
 * 企业年金 statements and retirement payout, 住房补贴, 内部竞聘 and campus hiring with 政审,
 * finance-sharing centres, 纪委 廉洁提醒), 党支部 (党费, 主题党日, 三会一课) and study apps,
 * rural credit cooperatives, rural commercial and village banks in Xinjiang, Tibet, Inner
 * Mongolia, Yanbian and Guangxi (bilingual notices, 一卡通 payouts, herders' loans, judicial and
 * dormant-account freezes, anti-fraud call-backs), universities with many minority students
 * (国家助学金, 骨干计划, counsellors), border-trade (边民互市, 结汇 at the bank, customs brokers,
 * foreign partners), herders' and farmers' 惠农 payments (草原补奖, 牦牛 insurance, 棉花 sales)
 * and consumer-finance lenders with borrowers on remote sites write to people in 2025–2026; of
 * the fraud scripts that imitate them (the Ministry of Public Security's common types: fake
 * 工会 福利 links, fake 企业年金 "提前领取" with a fee, fake 国企 "内部招聘" with 关系费, fake
 * 疗休养 deposits, "民族政策补贴" needing a 手续费, fake 结汇 agents, fake 纪委 and 海关缉私 calls,
 * 征信 "repair" before a 政审, 杀猪盘 aimed at workers on remote sites); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, new
 * loans to repay old ones, threats, insults, fraud, violence, spreading private information,
 * fake legal documents or impersonated courts, police or government). While writing it the
 * author read only: eval.types.ts, eval.generator.ts, eval.metrics.ts, the other template banks
 * except blind16*, blind17* and blind18* (only their headers' style lists and a skim of texts,
 * to avoid duplicating them and to write differently), scam.types.ts (FraudType, MessageInput),
 * registry/institutions.json (the sample institutions' channels), the start of registry/
 * README.md, shared/facts/regulation.md, the start of shared/SPEC.md and of one shared seed,
 * and the first 45 lines (imports) of eval.test.ts; registry.fixture.ts was only imported by the
 * check script to load the registry (registry.schema.ts was not needed). The analyzer's code, lexicons,
 * signal lists, reason catalogue, closed-channel rules, indicator extraction, text model and
 * training corpus were NOT opened; models/, scripts/, docs/, BENCHMARKS.md and the repository
 * README were NOT read; the analyzer, vitest, its tests and benchmarks were NOT run; no search
 * tool was used on this repository and git was not used. The only runs were `npm run typecheck`
 * and an expansion check outside the repository (/tmp/blind19-check/check.mts: generateEvalSet
 * for 'blind19' and the other splits) for counts by label, fraud type and sender kind, for
 * duplicate generated texts against every other split (blind16–blind18 included, as a count
 * only, their texts never printed or read) and for character-bigram Jaccard similarity (≤ 0.5)
 * against every template of dev, test, blind to blind15 and train8 to train12, and between this
 * bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): state enterprises, unions and life in the
 * minority regions. Genuine traffic (this file): a company union and a regional 总工会 (互助保障
 * enrolment and 住院津贴 paid to the payroll card, 困难职工帮扶 公示, 金秋助学, festival points and
 * consumption vouchers in a union app that cannot be cashed, birthday-cake vouchers, 慰问品 on a
 * remote site, workers' legal aid, 疗休养 lists, the travel agency the union contracted, a 劳模
 * 疗休养 form); state-owned employers (payroll SMS from the paying bank, 薪酬明细 with 野外 and
 * 高原 allowances, 企业年金 annual statements and the retirement choice, 住房补贴 notices,
 * 内部竞聘 and campus hiring with a free 政审 that asks for the candidate's own credit report, a
 * finance-sharing centre's warning about fake bosses, late pay explained, a formal 严正声明
 * against fake 内部招聘); 党支部 and study apps (党费 through the system or to the 组织委员 with a
 * receipt, 主题党日 on the anti-fraud law, a 党员大会 notice, 纪委 廉洁提醒); banks in Xinjiang,
 * Tibet, Inner Mongolia, Yanbian and Guangxi (fictional 驼铃农商银行, 格桑农信, 草原农信,
 * 金达莱农商银行, 铜鼓村镇银行) with bilingual notices where the Chinese half is shown and the other
 * marked [维吾尔文略] / [蒙古文略] / [藏文略] / [壮文略] or written in Hangul; minority students'
 * grants and counsellors; border trade (边民互市 settlements, 结汇 at the counter, customs
 * brokers who say duties go to the treasury, a Kazakh partner writing English); herders and
 * farmers (草原补奖 in a 嘎查 group, 牦牛 insurance, cotton and 虫草 sale proceeds, a Nadam race
 * prize). Voices: minority personal and place names (阿依古丽, 买买提, 热依拉, 古丽娜尔, 努尔兰,
 * 扎西, 卓玛, 巴特尔, 朝鲁, 乌云, 金美玲, 崔英姬, 韦, 覃; 伊犁, 塔中, 那曲, 林芝, 锡林郭勒, 延吉,
 * 龙井, 东兴, 二连浩特, 霍尔果斯), 朝鲜族 Korean–Chinese code-switching in Hangul, Chinese written
 * by second-language speakers (了/过 and measure-word slips, odd word order), accessibility
 * (【手语翻译转述】 video-relay transcripts for deaf users, braille-display abbreviations with their
 * expansion, large-print notices with one short sentence per line), formal 国企 文件 language
 * (关于…的通知, 各基层工会, 特此通知, 严正声明), a few English. Lawful collection (the lender's own
 * reminder that offers a 延期 for workers out of signal, a lender that promises to call only in
 * hours that suit the debtor's region, an identified agency with a staff number that books a
 * payday plan and calls no employer, a cooperative's announced two-person visit for a renewal,
 * a contact told only to pass on a call-back request) is labelled normal. Many normals use scam
 * vocabulary lawfully (验证码 with 请勿告诉任何人, 冻结 in a judicial freeze, a dormant account and
 * a late-pay rumour, 逾期 in a lender's reminder, 征信 in a 政审 and a loan check, 转账 between
 * family, 安全 in site notices, 手续费 and 押金 named only to say they are never charged).
 * Warnings about scams written by relatives, union chairs, counsellors, police and banks, and
 * people asking "is this real?" about a message they only describe, are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND19B_TEMPLATES } from './blind19b.templates.js';

/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Unions, state employers, local banks, schools and bureaus not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** An HR desk, union office, branch or agency on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Documents, group posts, transcripts and relays pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends, workmates, counsellors and village heads on their own phones. */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** Relatives working in Korea, partners abroad (or their messages pasted). */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact, inside 08:00–22:00 (and later than 10:00 for the far west). */
const DAYLIGHT = [9, 10, 11, 14, 15, 16, 17, 19];
/** Codes and card alerts: any hour. */
const ANYTIME = [0, 2, 7, 9, 13, 18, 21, 23];
/** Evenings after a shift. */
const EVENING = [19, 20, 21, 22];
/** Remote sites where the signal comes back late. */
const LATE_SIGNAL = [22, 23, 0, 1];

const NORMAL: Template[] = [
  // ── the union: mutual cover, hardship aid, festivals, vouchers, legal aid ──
  { label: 'normal', text: '【天驹能源集团工会】各位会员：2026年度职工互助保障已由公司工会统一参保，个人无需缴费，保障期自{date}起一年。住院津贴请在“职工e家”App上传出院小结和费用清单，审核后发至本人工资卡。工会不会打电话索要银行卡密码或验证码。', senders: BULK },
  { label: 'normal', text: '【职工e家】{person}您好，您申报的互助保障住院津贴（住院9天）已审核通过，补助{amt}元将在5个工作日内打入尾号{tail}的工资卡。疑问请找本单位工会或拨12351职工服务热线。', senders: BULK },
  { label: 'normal', text: '关于2026年度困难职工帮扶资金发放情况的公示\n各基层工会：\n经基层工会申报、入户走访、公司工会审核，拟对机修车间热依拉·艾买提等12名困难职工给予帮扶，名单附后。公示期为5个工作日，对公示内容有异议的，可向公司工会书面反映。\n帮扶资金由公司工会财务直接转入职工本人工资卡，任何人不得代领，不收取任何费用。\n特此公示。\n天驹能源集团有限公司工会委员会', senders: PASTE },
  { label: 'normal', text: '【天驹能源集团工会】中秋福利已发放到“职工e家”福利账户，每人300积分，可在App福利商城兑换月饼、风干牛肉、大米等，有效期至{date}。积分不能提现、不能转让，请勿相信“积分兑现”“代领”一类信息。', senders: BULK },
  { label: 'normal', text: '【职工e家】您已领取自治区总工会职工消费券（满200减50）一张，限伊犁州内签约商户使用，7日内有效。付款时出示券码即可核销，商户不得另收手续费。', senders: BULK },
  { label: 'normal', text: '@全体成员 金秋助学开始报名了，今年家里有孩子考上大学的，带录取通知书、户口本复印件来找我登记，周五下班前截止。钱是工会直接打到大家工资卡上，一分钱不用交。外面有人打电话说帮你办助学金先收费的，都是骗子。——车间工会小组长 热依拉', senders: FOLK },
  { label: 'normal', text: '[公司工会公众号] 近期有职工收到“工会福利领取”短信，链接页面要求填写银行卡号、密码和验证码。公司工会郑重提醒：工会福利只通过“职工e家”App和基层工会发放，从不发短信链接，从不收取手续费。收到请直接删除，可拨打96110咨询。', senders: PASTE },
  { label: 'normal', text: '【自治区总工会职工法律援助中心】{person}您好，您反映的拖欠工资问题已受理，值班律师将于{date}上午在工人文化宫二楼接待，援助免费。请带上劳动合同、考勤记录和工资条。', senders: BULK },
  { label: 'normal', text: '【松岭森工集团工会】祝您生日快乐！生日蛋糕券已放入职工e家卡包，凭券到指定门店领取，无需付款。', senders: BULK },
  { label: 'normal', text: '项目部工会的慰问品到了：每人两箱牛奶、一箱阿克苏苹果，今晚饭后在食堂门口签字领，不收钱。倒夜班的兄弟明早找我拿。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '主席，我手机收到一个短信，说工会“节日慰问金”600块，要点链接填卡号领。我没点，直接删了。咱们工会今年真发慰问金吗？', senders: FOLK },
  { label: 'normal', text: '[公司工会群] 工会主席金美玲：最近有人在外面收钱，说能把孩子弄进咱们集团当正式工，“关系费”八万。集团招聘全部公开考试、网上公示，谁收钱谁违法。家属们千万别上当，有线索直接向集团纪委反映。', senders: PASTE },
  // ── 疗休养 ──
  { label: 'normal', text: '关于做好2026年度职工疗休养工作的通知\n各基层工会：\n为落实职工疗休养制度，公司工会决定分五批组织一线职工、劳动模范赴林芝、阿勒泰开展疗休养活动。现将有关事项通知如下：\n一、名额按各单位一线职工人数分配，优先安排长期在野外、高原作业的职工；\n二、疗休养费用按规定在职工福利费中列支，职工个人不承担费用，任何单位和个人不得以押金、定金、保证金等名义向职工收取费用；\n三、各基层工会于{date}前报送名单。\n特此通知。', senders: PASTE },
  { label: 'normal', text: '【西岭铁建七局工会】{person}您好，您已列入第三批职工疗休养名单，时间自{date}起5天，地点林芝。集合时间地点以工会群通知为准，全程费用由工会承担，不需要交任何押金。', senders: BULK },
  { label: 'normal', text: '[疗休养三批群] 导游小邓：各位师傅好，我是工会签约的景行旅行社导游，明早7:30在单位大门集合，记得带身份证和常用药。行程费用工会已经和我们结清了，路上不安排任何自费购物，大家不用交钱给我。高反的师傅提前跟我说，车上有氧气。', senders: PASTE },
  { label: 'normal', text: '巴特尔师傅，您今年的劳模疗休养定在北戴河，健康检查表请在15号前交到工会办公室，检查在职工医院做，单位结算。有事打我座机。——公司工会 张敏', senders: STAFF },
  // ── the state employer: pay, 企业年金, 住房补贴, hiring ──
  { label: 'normal', text: '[银行App推送] 代发工资到账 | {amt}元 | 尾号{tail} | 付款方：天驹能源集团有限公司 | {date}', senders: PASTE, hours: ANYTIME },
  { label: 'normal', text: '【红柳河石化 人力资源共享中心】您的2026年5月薪酬明细已发布：岗位工资、绩效工资、野外津贴、高原津贴、夜班补贴；代扣养老、医疗、失业保险、住房公积金、企业年金个人缴费、工会会费及个人所得税。请登录员工自助平台查看，如有异议请于5个工作日内联系本单位劳资员。', senders: BULK },
  { label: 'normal', text: '【天驹能源集团企业年金】{person}您好，截至2025年12月31日，您的企业年金个人账户余额{amt}元，2025年度投资收益率3.12%，明细可在员工自助平台查询。企业年金在达到法定退休年龄、完全丧失劳动能力、出国（境）定居或身故时方可领取，任何机构以“提前领取”名义收费均为诈骗。', senders: BULK },
  { label: 'normal', text: '[电话转写] 您好，是巴特尔师傅吗？我是集团人力资源部管年金的小乌。您下个月退休，企业年金可以选按月领、分次领，或者一次性买商业养老保险。手续您带身份证和退休审批表到人力资源部来办，不用转账，也不要您银行卡密码。您跟家里商量好了给我回个话就行。', senders: STAFF },
  { label: 'normal', text: '关于发放2026年度职工住房补贴的通知\n各单位：\n根据集团住房分配货币化实施办法，2026年度住房补贴自{date}起按月随工资发放。无房职工及住房面积未达标职工，请填写《住房补贴申请表》，连同房产查询证明交本单位房管员，逾期视为本年度放弃申请。\n人力资源部 财务部', senders: PASTE },
  { label: 'normal', text: '【集团财务共享中心】提醒：财务人员只凭OA审批单付款。任何领导通过微信、QQ要求转账，一律当面或拨打办公电话核实。近期有人冒充集团领导添加财务人员微信，请提高警惕。', senders: BULK },
  { label: 'normal', text: '各位同事：因集团资金账户年中结算，5月工资推迟至{date}发放。账户并没有被冻结，工资一分不会少，请不要听信群里的谣言，也不要为了周转去借网贷。——人力资源部', senders: PASTE },
  { label: 'normal', text: '【天驹能源集团】2026年度内部公开竞聘公告已在集团人力资源系统发布，报名、笔试、面试全程免费，纪委全程监督。凡以“内部关系”“保过”“指标”名义收取费用的，一经发现移交纪检部门。', senders: BULK },
  { label: 'normal', text: '{person}你好，你已进入集团2026年校园招聘政审环节。请本人到当地人民银行征信分中心或通过商业银行网银免费查询《个人信用报告》（简版即可），于{date}前交人力资源部。政审不收任何费用，也不需要找任何人“修复”征信。', senders: BULK },
  { label: 'normal', text: '天驹能源集团有限公司\n关于不法分子冒用我集团名义实施“内部招聘”诈骗的严正声明\n近期，有不法分子冒用我集团及所属单位名义，以“内部招聘”“直接入编”“定向安置”为由收取所谓关系费、培训费、政审费。现郑重声明：\n一、我集团招聘信息仅在集团官网及人力资源社会保障部门指定平台发布；\n二、招聘全过程不收取任何费用，从未委托任何中介或个人代为招聘；\n三、对冒用我集团名义的违法行为，我集团将依法追究法律责任。\n特此声明。', senders: PASTE },
  { label: 'normal', text: '{person}，集团工资代发行明年一月起换成驼铃农商银行，新卡统一在单位办，银行的人周三来会议室现场办，带身份证，办卡不收费。旧卡先别销，公积金贷款还从那张卡扣。', senders: FOLK },
  { label: 'normal', text: '班组各位：下周一开始四班三倒，夜班补贴每班50元随工资发。新劳保鞋到了，找库管阿不都签字领，不收钱。', senders: FOLK },
  { label: 'normal', text: '[项目部通知] 各位同事：6号板房WiFi密码已更换，新密码贴在板房门口。宿舍管理员不会上门收“网费”“押金”，有人收费请直接报项目部安全员。', senders: PASTE },
  { label: 'normal', text: '【安全生产】今日作业区风力8级，高空作业暂停，请各班组长点名确认人员在岗安全。', senders: BULK },
  // ── 党建 and study ──
  { label: 'normal', text: '【学习平台】您本周学习积分已达优秀，本月在支部排名第3。继续加油！', senders: BULK },
  { label: 'normal', text: '[支部群] 各位党员同志：二季度党费请于{date}前在“智慧党建”系统自行交纳，或交给组织委员阿依古丽，现金当场开收据。支部不会委托任何人私下微信收党费，也不会发链接让大家“补缴”。——第三党支部', senders: PASTE },
  { label: 'normal', text: '各位党员：本周五16:00在二楼会议室开主题党日，内容是学习《反电信网络诈骗法》，观看警示教育片。请准时参加，带笔记本。车间党支部 覃志强', senders: STAFF },
  { label: 'normal', text: '关于召开2026年第二季度党员大会的通知\n各党小组：\n经支委会研究，定于{date}下午在党员活动室召开党员大会。议程：一、传达上级会议精神；二、讨论预备党员转正事宜；三、开展廉洁警示教育。请各党小组长通知到人，不得无故缺席。\n中共天驹能源机修车间支部委员会', senders: PASTE },
  { label: 'normal', text: '【集团纪委】廉洁提醒：端午节期间严禁收受礼品礼金、消费卡。另：如有人冒充纪检监察干部要求您“配合调查”并转账，请立即报警，纪检监察机关从不要求当事人转账。', senders: BULK },
  // ── minority-region banks: bilingual notices ──
  { label: 'normal', text: '【驼铃农商银行】验证码{code}，用于手机银行登录，5分钟内有效。请勿告诉任何人，包括银行工作人员。[维吾尔文略]', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【驼铃农商银行】您尾号{tail}的账户{date}入账{amt}元，摘要：草原生态保护补助奖励。如有疑问请到就近网点咨询。[维吾尔文略]', senders: BULK },
  { label: 'normal', text: '【金达莱农商银行】您尾号{tail}的借记卡{date}收到境外汇款{amt}元（韩元结汇入账）。\n고객님, 해외송금이 입금되었습니다. 문의는 가까운 영업점으로 방문해 주세요.', senders: BULK },
  { label: 'normal', text: '【草原农信】{person}您好，您的牧户贷款（本金3万元）将于{date}到期，请提前把款项存入尾号{tail}的账户，按时还款可继续享受贴息。如遇白灾等困难可到信用社申请展期。[蒙古文略]', senders: BULK },
  { label: 'normal', text: '【格桑农信】扎西您好，您的虫草收购款{amt}元已到账尾号{tail}。本社工作人员不会打电话让您把钱转到“安全账户”。[藏文略]', senders: BULK },
  { label: 'normal', text: '【铜鼓村镇银行】您尾号{tail}的账户因长期未使用已转为久悬账户，本人带身份证到任一网点即可恢复，资金安全无损失。[壮文略]', senders: BULK },
  { label: 'normal', text: '【驼铃农商银行】您尾号{tail}的账户已被伊宁市人民法院依法冻结（司法冻结），冻结金额{amt}元。如有疑问请本人持身份证到开户网点查询冻结机关及文书号，或直接联系该法院。本行不会通过电话为您办理解冻。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，是阿依古丽女士吗？我是驼铃农商银行英阿瓦提支行的，您刚才在柜台要往一个陌生账户转三万，按规定我们回访一下。对方是不是说帮您办低息贷款，要先交保证金？……对，这就是诈骗。这笔钱我们先不给您转，您别着急，可以到派出所咨询一下。', senders: STAFF },
  { label: 'normal', text: '【金达莱农商银行】您于{date}授权本行查询个人信用报告，用于“兴边富民”创业贷款审批。如非本人授权请到网点反映。\n신용조회 안내: 본인이 아닌 경우 영업점에 문의하세요.', senders: BULK },
  { label: 'normal', text: '【草原农信】为保障资金安全，自{date}起手机银行向非本人账户转账单日限额调整为5万元，柜台业务不受影响。如需调整请本人带身份证到网点办理。[蒙古文略]', senders: BULK },
  { label: 'normal', text: '【草原农信】{person}您好，客户经理阿拉坦、苏日娜两人将于{date}上午到嘎查部办理牧户贷款到期续贷，请带户口本、草原承包经营权证和身份证，现场不收任何现金。', senders: BULK },
  { label: 'normal', text: '【铜鼓村镇银行】\n老人家：\n有人打电话\n说您的卡被冻结了，\n让您转钱。\n这都是骗子！\n不要转！\n有事来网点问我们。', senders: BULK },
  // ── registered lenders: codes, warnings, lawful reminders ──
  { label: 'normal', text: '{sig}{code}是您本次在{app}提交借款申请的动态码，10分钟有效。{name}员工不会向您索要此码，谁要都别给。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}提醒：我司从未与任何单位工会合作发放“职工专属低息贷”，借款只能在{app}内申请，放款前不收取任何费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款本期应还{amt}元，到期日{date}。考虑到您所在地区的作息时间，我司客服只在北京时间10:00至21:00之间联系您，您也可以在App内自助还款或申请延期。', senders: OWN_PORT, hours: [10, 11, 14, 16, 17, 19] },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期5天，欠款{amt}元，逾期将按合同计收罚息并可能报送征信。请通过{app}还款；如因在野外作业信号不好无法按时还款，可回复“延期”或致电{hot}申请。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写] 您好，请问是扎西先生吗？我是{name}委托的信和资产管理公司催收员，工号{tail}，通话全程录音，您可以拨{name}官方客服{hot}核实我的身份。您这笔借款逾期二十天了……您在那曲项目上的工资月底才发，我理解。那我给您登记一个月底还款计划，到时候您在{app}里自己还就行，我们不会给您单位打电话。', senders: STAFF, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}您好，您的朋友{person}在{app}预留您为联系人。我司近日无法联系到其本人，麻烦您转告他回电{hot}。本短信不涉及其他信息，打扰了。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好：今日三次致电未能接通，系统已停止今天的外呼，明天白天再与您联系。逾期款项可随时在{app}自助归还，有困难请回电{hot}说明。', senders: OWN_LINES, hours: DAYLIGHT },
  // ── minority students ──
  { label: 'normal', text: '【天山民族学院学生资助中心】{person}同学，你申请的2025-2026学年国家助学金（一等，4300元）已审核通过，分两次发放至校园卡绑定的银行卡尾号{tail}。学校不会以任何理由要求学生先交“激活费”“手续费”。', senders: BULK },
  { label: 'normal', text: '买买提同学，你的少数民族高层次骨干人才计划录取材料学院已经盖好章了，原件明天来辅导员办公室拿。另外提醒一下，这几天有人冒充学校打电话说奖学金要先交税，学校从来不这样。', senders: FOLK },
  { label: 'normal', text: '老师您好，我是22级会计班的古丽娜尔。我的助学金卡昨天来了一个短信，说是要绑定新卡，我没有点过了那个链接。这个是学校发了的吗？我有点害怕了。', senders: FOLK },
  { label: 'normal', text: '“石榴籽”助学金2026年度资助名单公示\n经各学院推荐、学校学生资助工作领导小组审定，天驹能源集团“石榴籽”助学金拟资助学生40名，每人5000元，由学校财务处直接发放至学生本人银行卡。公示期内如有异议，请向学生资助中心反映。', senders: PASTE },
  { label: 'normal', text: '卓玛，预科班的绿色通道我帮你问了，学费可以先办生源地助学贷款，到县资助中心签合同就行，不用给任何人钱。你到了成都给我打电话。', senders: FOLK },
  // ── border trade ──
  { label: 'normal', text: '【驼铃农商银行】您的边民互市贸易结算款{amt}元已入账尾号{tail}（坚戈结汇），流水可在手机银行“边贸结算”查询。[维吾尔文略]', senders: BULK },
  { label: 'normal', text: '[东兴边民互助组群] 组长韦春燕：各位边民，明天互市点开市，带边民证和银行卡。货款走银行统一结算，打到各人卡上。不要私下找人换越南盾，上个月北仑河那边就有人被骗了。', senders: FOLK },
  { label: 'normal', text: '{person}，您那批从满洲里进的俄罗斯面粉已经放行了。关税和增值税按海关缴款书在“单一窗口”网上支付，税款直接进国库，不用转给我们。我们的代理费按合同月底开票结算。——宏达报关 小崔', senders: STAFF },
  { label: 'normal', text: 'Dear Mr. Nurlan, the second payment for contract HG-2026-031 was sent from our bank in Almaty today via SWIFT. Please check with your bank in Khorgos in 2-3 working days. Our bank details have NOT changed. If you receive any e-mail saying otherwise, please call me first. Best regards, Aigerim', senders: ABROAD, en: true },
  { label: 'normal', text: '巴特尔哥，蒙古国那边的货款我看了，是从他们公司对公账户打过来的。银行说要你本人带身份证和合同去柜台办结汇，汇率按银行牌价，不能找外面的人换。', senders: FOLK },
  { label: 'normal', text: '[通话转写] 努尔兰先生您好，我是驼铃农商银行霍尔果斯支行国际业务部的。您今天那笔8万美元货款到账了，需要您补一份合同和发票复印件才能办结汇入账，这是外汇管理的规定。您明天上午带原件到柜台就行，我们不会让您往别的账户转钱。', senders: STAFF },
  // ── herders and farmers ──
  { label: 'normal', text: '[巴音嘎查牧民群] 嘎查长朝鲁：各户的草原补奖今天到一卡通了，每户金额在嘎查部公示栏贴着，大家核对一下面积。有人打电话说补奖要交“认证费”的，不要理，那是骗子。', senders: FOLK },
  { label: 'normal', text: '【雪域农险】{person}您好，您投保的牦牛死亡险（耳标号{code}）理赔已审核，赔款{amt}元将支付至您本人的一卡通账户，理赔不收取任何费用。', senders: BULK },
  { label: 'normal', text: '[语音转文字] 姐你那个棉花款到了没有 我的昨天打到信用社卡上了 一公斤七块二 轧花厂给的单子我拍给你看 你的要是没到就去问一下过磅的', senders: FOLK },
  { label: 'normal', text: '韦阿婆，村委通知：您家的生猪养殖补贴已经打到惠农卡上了，1200块。您带卡到镇上信用社查一下就知道，不用给任何人钱。——村委会小覃', senders: FOLK },
  { label: 'normal', text: '【锡林郭勒那达慕组委会】恭喜您在{date}那达慕赛马比赛中获得第三名，奖金{amt}元将由组委会财务转入您报名时登记的本人银行卡，个人所得税已代扣代缴，无需您另外缴费。', senders: BULK },
  { label: 'normal', text: '儿子，信用社给我打电话说我的贷款下个月到期了，让我去网点办续贷手续。他说不用给他钱，去网点就行。这个是真的吧？你周末回来陪我去一趟。', senders: FOLK },
  // ── warnings: police, relatives, relays, large print ──
  { label: 'normal', text: '【伊宁市公安局反诈中心】提醒：近期有人冒充“民族宗教事务委员会”发送“民族政策补贴”短信，要求先交手续费。政府补贴从不收费！有疑问请拨96110。[维吾尔文略]', senders: BULK },
  { label: 'normal', text: '【手语翻译转述】（视频手语服务，译员转为文字）王阿姨说：儿子，我刚才接到一个视频电话，一个男人打手语说他是警察，说你出事了要交保证金。我没给钱，挂了。\n译员提示：警察不会通过视频要求转账，如有疑问可发短信到12110报警或拨打96110。', senders: PASTE },
  { label: 'normal', text: '엄마, 전화로 경찰이라고 하는 사람 있으면 바로 끊어. 那些人 说 你的卡 洗钱了 什么的, 全部 사기야. 钱 절대 보내지 마. 有事 先 给我 打电话.', senders: ABROAD },
  { label: 'normal', text: '[职工e家 在线客服]\n用户：年金能不能提前取出来？有人说交5%手续费就能提前领。\n客服：您好，企业年金只能在退休、完全丧失劳动能力、出国（境）定居或身故时领取。所谓“提前领取”都是诈骗，请勿转账，也不要提供银行卡和验证码。\n用户：好的，谢谢，我就说怎么可能。', senders: PASTE },
  { label: 'normal', text: '我刚接到一个显示“0991-96110”的电话，说我正在转的钱可能是骗局，让我别转了。这个号码是真的吧？我还没转，先问问你。', senders: FOLK },
  { label: 'normal', text: '【天驹能源集团离退休管理中心】\n张师傅：\n您的企业年金\n本月已发放。\n金额{amt}元。\n已到工资卡。\n不用交任何钱。\n有事打老干部处电话。', senders: BULK },
  { label: 'normal', text: '[盲文点显器·简写] GH FL YF 300JF, YXQ ZH {date}. BHSF, WDLJ.\n（展开：工会福利已发300积分，有效期至上面的日期。不会收费，勿点链接。）', senders: PASTE },
  { label: 'normal', text: '[读屏输入] 李姐 我的 帮扶 申请表 已经 交给 工会 了 盲人按摩店 这个月 房租 我 自己 交 了 不用 你们 帮我 转钱 谢谢 有事 给我 发 语音', senders: FOLK },
  { label: 'normal', text: '【手语翻译转述】崔英姬女士（聋人）对银行说：我的银行卡丢了，请帮我挂失。我不方便打电话，请用短信回复我。\n银行回复：已为您尾号{tail}的卡办理临时挂失，请三日内本人带身份证到网点办理正式挂失和补卡。', senders: PASTE },
  // ── families, workmates, second-language Chinese, Korean code-switching ──
  { label: 'normal', text: '경리님, 这个月 工资条 我 看了, 夜班 补贴 好像 少 两天. 明天 上午 我 去 财务 확인할게요.', senders: FOLK },
  { label: 'normal', text: '아빠, 这个月 월급 나왔어. 给你卡上 转了 2000, 확인해봐. 药 别忘了 吃.', senders: ABROAD },
  { label: 'normal', text: '과장님, 明天 회의 几点? 我 延吉 출장 갔다가 下午 돌아와요.', senders: FOLK },
  { label: 'normal', text: '经理你好，我明天请假一天了，我的孩子生病过了，要去医院。工作的事情我交给艾力了，他都知道。谢谢你。', senders: FOLK },
  { label: 'normal', text: '你好，我是扎西。我的卡上的钱没有看到，草原补助的钱什么时候来了？我昨天去过了信用社，他们说再等几天。我不着急，就是问一下。', senders: FOLK },
  { label: 'normal', text: '阿依古丽，我在塔中这边挺好的，这个月有野外补助，工资卡应该多一千多。你取点给妈买药。这边晚上十一点以后才有信号，别担心。', senders: FOLK, hours: LATE_SIGNAL },
  { label: 'normal', text: '到那曲了，信号差，勿念。', senders: FOLK, hours: LATE_SIGNAL },
  { label: 'normal', text: '妈，我上个月借小军的三千块今天转还他了，他说收到了。你别操心这个。', senders: FOLK },
  { label: 'normal', text: '这一个羊是我的，那一个羊是我哥哥的，钱我们分开收了。老板你转账的时候写清楚名字，谢谢。', senders: FOLK },
  { label: 'normal', text: '老王，周六援疆工作队去喀什古城，大家AA。门票自己在景区官方小程序买，不用转给我，午饭到时候现场付。', senders: FOLK },
  { label: 'normal', text: '【龙井市朝鲜族老年协会】회원 여러분: 本周三上午九点 老年活动室 有 派出所 民警 来 讲 防骗. 都 来 听听, 不收费. 떡 준비했어요.', senders: FOLK },
  { label: 'normal', text: 'Hi Zhaxi, site payroll will be paid on {date} through the company bank as usual. If anyone asks you to pay a fee to receive your salary or bonus, report it to HR. Mark, site office', senders: FOLK, en: true },
  { label: 'normal', text: '覃师傅，明天市总工会“春风行动”招聘会在体育馆，免费入场，有几家国企来招焊工。带身份证和技能证就行，别信那些说交钱包进厂的。', senders: FOLK },
  { label: 'normal', text: '老婆，我在吉隆口岸这边，项目部食堂伙食不错，别担心。工资卡在你那，房贷记得15号前存够，别忘了。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{person}您好，我是工会女工委的。您申请的单亲困难女职工救助材料齐了，我们下周二入户走访，两个人一起去，会提前打电话跟您约时间，不收任何钱。', senders: STAFF },
  { label: 'normal', text: '师父，我转正了！工会说下个月开始交会费，从工资里扣，0.5%。请您吃大盘鸡。', senders: FOLK },
  { label: 'normal', text: '【红柳河石化】尊敬的员工家属：春节期间，一线员工仍坚守在塔里木油区。公司向您致以节日问候，慰问品将由所在单位工会送到家中，无需签收付费。', senders: BULK },
  { label: 'normal', text: '韦姐，你问的那个“疗休养自费升级”我去工会问了，根本没有这回事，工会的行程都是全包的。群里那个人已经被踢了。', senders: FOLK },
];

export const BLIND19_TEMPLATES: Template[] = [...NORMAL, ...BLIND19B_TEMPLATES];
