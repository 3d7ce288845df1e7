/**
 * BLIND21 held-out bank, second part: fraud and harassment. Written with blind21.templates.ts by
 * the same independent (twenty-eighth) author in session 8 (evening), 2026-12-02; see that file
 * for who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be
 * tuned on this bank.
 *
 * Labelling rules used here, applied in this order. (1) A victim's own retelling of a scam (a
 * forum plea, a voice note) is labelled by the scam; a warning written by a relative, a teacher,
 * an exam authority, a school, a lender or the police, and an "is this real?" that only
 * describes a message, are normal (first file). (2) A lover or would-be partner met online who
 * leads to money (a fee, a "platform", a parcel) is `romance`, whatever the bait. (3) A message
 * posing as a named state body — 考试院, 人事考试中心, 人社局, 住建厅, 应急管理局, 财政厅, 教育厅, 车管所,
 * the police — is `impersonating_authority`, including "年审费 or your certificate is revoked",
 * "准考证 blocked until you pay", 补贴 links in the 人社局's name and 作弊 "复核保证金". (4) Any
 * offer of credit (考证贷, 学历提升贷, tuition loans) that wants a fee, 保证金, 解冻金 or 流水 before
 * paying out is `fake_loan`. (5) "Removing" 逾期 or 查询 records before a 政审 or 教师资格 check, or
 * "cancelling" a student tuition-instalment account that "hurts your 征信", is
 * `fake_credit_repair`. (6) A message posing as the service that holds the victim's own account
 * or order — the tuition lender, the exam-registration platform, the driving school, the
 * training school's refund desk, 学信网, ACCA, a courier carrying the certificate — about that
 * account, a refund, a double charge or a "membership" is `fake_customer_service`. (7) A fake
 * 班主任, coach, boss, classmate or relative on a new number asking for money is
 * `impersonating_acquaintance`. (8) Paid tasks (reviews, likes, watch counts, 刷学时, 打卡 with a
 * top-up) are `brushing_rebate`; a return on money (学费托管, 原始股, 量化基金, 外汇, coins, 藏品,
 * 加盟分红) is `fake_investment`; game accounts, skins, coins and 代练 are `game_trading`. (9) A
 * paid service never delivered — 包过, 内部通道, 代考, 保录取, answers or 密押卷 before the exam,
 * certificates without an exam, 考生专用房 — is `fake_shopping`. (10) Everything else is `other`:
 * 证书挂靠 income with an 入库费 or 押金, fake HR that requires a paid certificate before
 * onboarding, fake 证书查询 / 补录 sites, and 年审, 补贴, 退税 and 补报 links from a nameless
 * "中心" or "平台" that names no state body. Harassment: a collector — even a registered lender's
 * own port or hotline, even politely — who calls or texts between 22:00 and 08:00 (an exam-day
 * call at 07:00 included); rings past six attempts; tells or presses the employer, the 班主任,
 * the driving coach, the test centre, the parents or an emergency contact; posts in the course
 * group or on 朋友圈; adds 违约金 or 催收费; pushes a new loan; threatens to have a certificate
 * revoked, a 准考证 blocked, a 学历 marked, a visit to the exam venue or violence; insults; or sends
 * fake 律师函 and court papers or poses as the 考试院, the 人社局 or a court.
 */
import type { Template } from './eval.types.js';

/** Bulk spam from any cheap route. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign'];
/** Spoofs of an institution's channels. */
const FAKE_PORT: Template['senders'] = ['unknown_port', 'lookalike_short', 'prefixed', 'lookalike_400', 'virtual'];
/** Callers pretending to be an office or a service desk. */
const DIALER: Template['senders'] = ['virtual', 'lookalike_400', 'foreign', 'prefixed', 'unknown_landline', 'mobile'];
/** Chat apps and private numbers (or pasted chat logs). */
const CHAT: Template['senders'] = ['none', 'mobile', 'virtual'];
/** A new number for someone the victim knows. */
const NEW_NUMBER: Template['senders'] = ['mobile', 'virtual'];
/** Partners and "mentors" abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
/** The victim's own retelling, pasted or sent to a friend. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Pasted group posts. */
const GROUP: Template['senders'] = ['none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];

/** Collectors on private lines. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own port and hotline. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** An agency collector on the lender's hotline or its own lines. */
const AGENCY: Template['senders'] = ['official_hotline', 'unknown_landline', 'mobile'];
/** Fake notices sent in bulk. */
const BULK_HOUND: Template['senders'] = ['unknown_port', 'virtual', 'none'];
/** Collection contact in these hours (22:00–08:00, +08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
/** Exam-day dawn. */
const EXAM_DAWN = [6, 7];

const FRAUD: Template[] = [
  // ── fake_shopping: 包过, 内部通道, 代考, answers, certificates without an exam ──
  { label: 'fraud', type: 'fake_shopping', text: '姐，跟您透个底，今年教资面试我们有“内部通道”，考官那边提前打过招呼，面试当天您正常去讲就行。名额就剩最后3个，今天下单锁定价9800，先交3000定金占位，出成绩后补尾款。过了这个周末就涨到12800了，您考虑一下？', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '【一建考前】开考前2小时发送《实务》《法规》原题+答案，配微型耳机一套，不准不收费。先付定金{amt}元，考完看成绩再付尾款。联系{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '科二科三考场有自己人，安排你走“绿色通道”，考不过全退。一个科目1500，先转到我私人卡{acct}，考前一天通知你上几号车。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '初级会计机考代考，专业枪手顶替入场，照片做过融合处理，成绩全国可查。两科打包3600，先付一半，出分付余款，你在家等分就行。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '成人高考不想考？我们和学校继续教育学院合作，交“保录取”服务费4800，考试那天随便写，分数线保证过，录不上退一半。先转2000锁名额。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '[语音转写] 你下周考电工实操是吧？我表哥就在那个鉴定所，实操那天你跟他说一声是我介绍的，他会照顾。你先拿两千给我，我请他吃个饭，剩下的事不用你管。', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_shopping', text: 'PMP 35 contact hours certificate 直接出，不用上课，¥399。另有 PMI “no-audit guaranteed” 服务 ¥1,999，付款后24小时内发货，支持转账到个人账户。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '你们物业要求消控室持证上岗对吧？中级消防设施操作员我这边能“加急走批”，下个月鉴定批次直接带上你的名字，资料我帮你填，人不用来考。费用2580，今天付1000定金，证下来付尾款。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '[网友求助] 上个月在短视频里看到一个“考证老师”，说二建可以走“特殊批次”，我交了6800到他私人账户，说好考前一周发“密押卷”。结果考前三天他把我拉黑了，卷子也没收到，现在还能追回来吗？', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_shopping', text: '【考生专用房】二建考试当天考点步行5分钟，安静不吵，考生价168元/晚，房源紧张，先付全款锁房，付款码发您微信。', senders: BLAST },
  // ── other: 挂靠, fake HR, fake 查询 and 补录 sites, nameless centres ──
  { label: 'fraud', type: 'other', text: '【证书价值评估】您的二级建造师证书可挂靠至甲级施工企业，年薪2.8万，一年一签，不用上班。签约前需缴纳“人才入库费”680元和“社保开户保证金”1500元，挂靠成功后退还保证金。详询{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '{person}您好，我是筑才猎头的顾问。看到您在人才网上传了一建证书，我们合作的一家建筑公司资质升级急需一建，挂一年给您四万，分两次付。只要把证书原件和社保转过来，先交两千押金证明诚意，项目验收后一起退。', senders: CHAT },
  { label: 'fraud', type: 'other', text: '恭喜您通过我司“仓储主管”岗位面试！按集团规定，入职前须取得《物流管理师》岗位资格证，由我司合作的培训中心统一办理，费用3980元，入职满三个月由公司全额报销。请今日内缴费并上传截图，逾期视为放弃录用。', senders: CHAT },
  { label: 'fraud', type: 'other', text: 'HR通知：您应聘的安全主任岗位已初审通过。入职须持“注册安全工程师（助理级）”证书，未持证者请在{url}报名“快速认证通道”，缴纳认证费1680元，3日出证，入职后公司报销。', senders: ['virtual', 'mobile', 'unknown_port'], links: ODD },
  { label: 'fraud', type: 'other', text: '【证书查询中心】您的职业技能等级证书尚未录入全国联网数据库，用人单位将无法查询。请于{date}前登录{url}完成证书补录，补录需缴纳数据维护费198元。', senders: FAKE_PORT, links: ODD },
  { label: 'fraud', type: 'other', text: '【职业资格证书管理中心】您名下的电工证已超过年审期限，系统将于48小时内作废。请登录{url}缴纳年审费及滞纳金共{amt}元，缴费后证书恢复有效。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '[家长群转发] 好消息！考过证的人国家都发补贴，我刚领了1600，在这里登记就行 {url} 填身份证、卡号和收到的验证码，名额不多大家抓紧。', senders: GROUP, links: ['shortener', 'random', 'ip'] },
  { label: 'fraud', type: 'other', text: '【个税服务平台】您取得的职业资格证书可享受继续教育专项附加扣除，系统检测到您尚未申报，待退税款{amt}元。请点击{url}绑定银行卡并输入验证码领取退税。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '2026年二级建造师考试官方报名人数已满，剩余名额可通过“补报通道”报名：{url}，补报须另缴服务费200元，名额保留24小时，过时作废。', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'other', text: '物流公司招长途司机，月薪1.5万。入职须持A2驾照，没有的由公司安排“内部增驾”，费用9800元先交到车队长账户，入职后每月从工资里报销一千。', senders: CHAT },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【省人事考试中心】2026年度一级建造师考试准考证打印通知：经系统核验，您的报名照片不符合要求，准考证暂停打印。请于{date}前登录{url}重新上传照片并缴纳审核费50元，逾期视为放弃考试。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【市人力资源和社会保障局】您申领的职业技能提升补贴（1500元）因社保卡金融账户信息不全发放失败，请于24小时内登录{url}补全银行卡号、预留手机号及短信验证码，逾期补贴退回国库。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【省住房和城乡建设厅】{person}：您的二级建造师注册证书未按期完成年度审验，将于3个工作日内予以吊销并记入不良行为记录。如需保留，请拨打审验专线{phone}办理补审，补审费800元。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我们是市应急管理局特种作业科的，你的低压电工证复审超期了，系统显示已经冻结。现在可以给你走个补办，交580块复审费到我们指定账户{acct}，今天交今天恢复，不然证书作废，你就不能上岗了。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 这里是市公安局经侦支队，我们在查一个伪造证书的团伙，你的会计证书被他们用来办理虚假资质，你涉嫌伪造国家机关证件罪。为证明清白，需要把你名下银行卡资金转入安全账户核查。案件保密，不要告诉家人和单位。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【车管所】您的驾驶证记分已满12分，将于{date}注销驾驶资格。如需线上学习消分，请登录{url}缴纳学习费{amt}元并完成身份验证。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【省教育厅学历认证中心】经学信网比对，您的成人高考学籍存在异常，学历将被注销。请于48小时内登录{url}提交学籍核验并缴纳核验费，逾期不再受理。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 您好，我是区人社局职业能力建设科的小王，您考的保育师证书要在系统里重新认证，不然补贴发不下来。我现在给您发个验证码，您收到后念给我听一下就行，很快的。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【省财政厅】{person}：您的会计人员信息采集未通过，继续教育学分不足，会计专业技术资格将于本月底注销。请立即联系会计管理科{phone}缴纳补学费用，逾期不予恢复。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] {person}吗？我是省教育考试院考务处的。你在上次考试中被系统判定使用通讯设备作弊，要取消你三年报考资格。如果不是你本人作弊，可以申请复核，复核期间要交两千块复核保证金到监管账户，结束后原路退回。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【省教育考试院】恭喜您被成人高等教育录取！请于{date}前通过{url}缴纳学籍注册费及电子学籍建档费共{amt}元，逾期取消录取资格。', senders: FAKE_PORT, links: PHISH },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是会计资格评价网报名平台客服。系统显示您的报名费被重复扣了两次，我们需要给您退款。请下载“云会议”App打开屏幕共享，我一步步指导您操作。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的教育分期账户扣款异常，本期将被扣款两次。为避免重复扣款，请把收到的验证码回复给客服专员做冲正处理，或拨打{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【顺达驾校】各位学员：因驾校经营调整停止招生，未完成培训的学员可申请退还剩余学费。请于3日内登录{url}登记，填写银行卡号及验证码，退款原路返还。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '我是启明培训退费专员，您的课程退费已经审批了，但因为是分期付的，需要在我们的退费系统里操作。我发您下载链接{url}，装好之后把屏幕共享打开，我帮您把钱退到银行卡。', senders: CHAT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递理赔专员，鉴定所寄给您的证书快件在转运中丢失了，按规定赔付三倍运费外加300元补偿。请加理赔专员微信，按提示在支付宝备用金里操作领取。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: 'ACCA Student Support: your exam booking payment for the June 2026 session has failed and your entry will be cancelled. To keep your seat, pay the fee again within 12 hours at {url}. Reference {code}.', senders: BLAST, links: PHISH, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您好，您在{date}申请的教育分期被误开通“学员会员”，每月将自动扣费299元。如需取消，请联系专属客服{phone}，客服将指导您在{app}内关闭，需提供验证码核实身份。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您在恒学教育App购买的一建网课被系统误设为“代理商”，每月自动扣1280元代理费，今天是最后取消日。请保持电话畅通，稍后金融专员会指导您操作。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【学信网】您的学信档案检测到异地登录风险，账号已冻结，学历报告暂停验证。请点击{url}验证身份并绑定银行卡解冻。', senders: FAKE_PORT, links: PHISH },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【考证贷】持证人专享，无抵押免征信，最高20万，凭任意职业证书秒批，放款前仅需缴纳“证书核验费”299元。下载{url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '学历提升专项低息贷款：专升本、在职研究生学费全包，最高5万，年化3.6%。已为您预批，只需缴纳1%的“放款保证金”激活额度，保证金随首期还款退还。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '[客服对话] 您的培训费分期贷款已审批通过，但系统显示您填写的银行卡号有误，资金已被冻结。需要您转入贷款额10%的解冻金{amt}元到财务账户{acct}，核实后连同贷款一起打给您。', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '学费不用愁，我们机构合作的金融公司能帮你办，不看征信。就是你得先转两千到这张卡上刷一下流水，证明你有还款能力，款下来就退给你。', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '{sig}恭喜！您已获得“技能学员专享额度”50000元，年化低至3.2%。激活额度需开通会员（199元），请点击{url}完成激活，未激活额度将于今日24点失效。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: 'ACCA 全科学费贷，0 interest for 12 months，无需担保人。Approved amount: ¥38,000. 放款前请支付 risk deposit ¥1,900，放款后随首期返还。Contact our loan officer on WeChat.', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '[求助帖] 想贷款报个成考班，网上找了个“助学贷”，对方先让我交了800工本费，又说我征信有瑕疵要交3000保证金，交完又说要刷银行流水。现在钱没贷到，反倒搭进去三千八。', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '[语音转写] 兄弟你不是要考B照缺钱嘛，我认识个放款的，三万块当天到账，不要抵押。你先给他打个一千二的“包装费”，他帮你把资料弄好。', senders: OWN_WORDS },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '教师编政审在即，征信有逾期将一票否决！专业团队帮您消除逾期记录、网贷查询记录，不成功不收费，前期仅需缴纳材料费880元。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，这边是{name}学员服务部。您之前在培训机构办的教育分期，按照监管要求“学生分期账户”要全部注销，不注销会影响征信。您先下载一个会议App，我给您开屏幕共享，帮您把额度清零。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '您大学期间办过的“培训分期”还挂在名下，已被纳入征信异常名单，月底前不清理会影响考公和评职称。需要您把几个平台的额度借出来转到监管账户核销，核销后资金原路返还。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微信聊天] 兄弟，你想考教师编，政审会查征信的。我朋友在银行做后台，你那两条信用卡逾期他能处理掉，就是要走点“人情”，八千块，三天见效。', senders: CHAT },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信修复中心】考公、考编、教资认定前必查征信！已帮助3000+考生成功“洗白”，逾期、呆账、查询过多均可处理，签合同保障。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}尊敬的用户，您在本平台的教育分期系“在校学生”期间办理，不符合最新监管规定，需在今日内注销并关闭额度，否则将上报征信。请拨打{phone}联系注销专员。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '考完 ACCA 想出国工作？签证会查 credit，你的征信有 overdue record 会被拒签。我们 can clean up your record in 7 days，fee ¥3,500，先付一半。', senders: CHAT },
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[课程好评兼职] 帮培训机构在地图和点评App写五星好评，每条返现8元，日结。做满10单升级“VIP任务”，需先垫付购买课程，完成后课程费+20%佣金一起返还。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '网课刷学时兼职：帮继续教育平台的学员挂机刷课，一小时15元。接单前要在我们平台充值300元开通接单权限，单子越多返利越高。', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '【刷题赚钱】每天在“考证宝”完成20道题截图打卡，即可领取3元现金，邀请好友另有奖励。连续打卡7天解锁“高级任务”，充值99元可享每日返利30元。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '[教资备考交流群] 群友：姐妹们，我在做一个兼职，就是给网课老师的视频点赞关注，一个3块，昨天赚了一百多。想做的加一下接待老师，她会拉你进任务群。', senders: GROUP },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转写] 我就是想备考的时候挣点生活费，他们让我给机构直播间刷观看量，前几单确实返了钱。后来说要做“联合任务”，先垫付3000，我垫了，又说操作超时要再充5000才能解冻，我才晓得被骗了。', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time for ACCA students：给 study app 写 review，each review ¥10，paid daily。Level 2 tasks need a pre-payment that comes back with 30% commission，添加导师 WhatsApp。', senders: OVERSEAS },
  { label: 'fraud', type: 'brushing_rebate', text: '驾校招募“口碑推广员”：给驾校短视频点赞评论，每条2元，满50条进入“冲单任务”，冲单需先自行充值下单，完成后本金加佣金一起返。', senders: BLAST },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '[PMP学员交流群] 助教：各位同学，咱们很多人是做项目管理的，手上有点积蓄。董老师在带一个“量化基金”的学员内测，每天收益1.5%，只对学员开放，名额20个，感兴趣私聊我拉小群。', senders: GROUP },
  { label: 'fraud', type: 'fake_investment', text: '“学费托管计划”：把一年学费4万存入我们的教育理财平台，每月返息2%，结业时本金全额返还，等于免费读书还倒赚。今天签约再送价值3000元的题库。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '我们恒远教育集团明年港股上市，现在内部员工和学员可以认购原始股，一块钱一股，上市后至少翻十倍。认购款打到集团财务经理的个人账户，节前截止。', senders: CHAT },
  { label: 'fraud', type: 'fake_investment', text: 'Hi，我是ACCA持证导师Kevin，带学员做黄金和外汇实盘，胜率90%+。想把财务知识变成收益的同学可以进群跟单，首次入金$500起，前三天亏损我来补。', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_investment', text: '【数字证书藏品】首批“职业技能荣誉证书”数字藏品限量发售，每份199元，平台承诺30天回购价不低于800元，已有学员转卖获利5倍。点击{url}抢购。', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '考证培训加盟，零经验也能做：总部提供生源和题库，加盟费6.8万，每月保底分红8000元，一年回本。今天签约总部再补贴1万元。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '[一建考友群] 群友“稳稳上岸”：考证也是为了多挣钱嘛，我最近跟一个老师做数字货币，两周赚了两万多，截图在这。想了解的私我，带你进去，一起上岸。', senders: GROUP },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 各位同学，我是班主任林老师，原来的号被封了，用这个小号联系大家。明天的冲刺班资料费每人180元，直接转到这个微信，晚上12点前转完我好统计。', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小刘，我是周总，这是我新号。我在开会不方便接电话，你先帮我给培训学校转一下我儿子的报名费28000，账号我发你，下午回公司给你。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '晓燕，我是阿丽啊，准考证打印要交费，我微信今天转账限额了，你先帮我转600到这个卡上{acct}，明天还你。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是小军，手机掉了用同学的号发的。今天成考学费最后一天，我卡里钱不够，你先转3000到学校老师账户{acct}，别打电话，我在上课。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老表，是我，阿明，换号了。我在南宁考B照，驾校讲今天要交补考费和住宿，我身上钱不够，你先帮我转1500过来，下礼拜还你咯。', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 我是张教练，这是我另一个号。明天科三考试，考场那边要“安排”一下，每个学员800，转到我这个号，别在群里说。', senders: CHAT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi Amy, this is David from our ACCA study group. I am stuck in Singapore and my card is blocked. Could you pay my exam fee through this link for me? I will return it tomorrow. {url}', senders: OVERSEAS, links: ODD, en: true },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[闲鱼聊天] 备考一建没时间玩了，王者V8号低价出，128个皮肤，1800。你先付款我发账号密码，走平台要手续费，直接转我微信就行。', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: '卖家您好，您挂售的原神账号已成交，买家付款{amt}元暂存平台担保账户。首次提现须验证收款能力，请在{url}先存入500元，验证通过后连同货款一起到账。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '考完会计想放松一下吧？原神代练冲深渊满星，包月188，先付款后开工，加QQ下单当天安排打手。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '[求助] 准备教资的时候把游戏号挂出去卖，买家说在一个交易网站下了单，让我去那个网站提现，结果提现说我银行卡号填错了，要交2000解冻，交了之后又让交“会员费”，我才反应过来。', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '[电工班群] 有人要和平精英皮肤吗？我朋友在游戏公司上班，内部价五折，要的先把钱转我，我统一报给他充。', senders: GROUP },
  { label: 'fraud', type: 'game_trading', text: '游戏账号高价回收，在线估价，最快10分钟到账。点击{url}输入游戏账号和密码即可估价。', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'game_trading', text: '[语音转写] 哥，你在驾校等车的时候不是玩梦幻嘛，我这有便宜的游戏币，一万金两百块，比官方便宜一半。你先转钱，我上线就跟你交易。', senders: OWN_WORDS },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[考证App私信] 你好呀，看你也在备考初级会计，我们做个学习搭子互相监督吧？我在深圳做财务，平时也研究理财……（两周后）宝贝，我舅舅在一个理财平台做内部风控，这两天有个机会收益很稳，你要不要跟我一起试一下？', senders: CHAT },
  { label: 'fraud', type: 'romance', text: '[聊天记录] Babe，我在伦敦的ACCA exam fee被银行冻结了，下周就要考试，你能先帮我转£800吗？等我回国就还你，我们就可以见面了❤️', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '[婚恋App] 亲爱的，我报了护士资格证培训班，还差6000学费，我爸妈都不支持我，我只有你了。你先帮我交上，等我考上护士我们就结婚。', senders: CHAT },
  { label: 'fraud', type: 'romance', text: '[语音转写] 我五十多岁了，老伴走了几年，在网上认识一个女老师，说她在带自考班。聊了两个月，她说要办培训学校，让我先借她十万块交场地租金，说开学就还，还说以后我们一起过日子。', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '[私聊] 我们在一建群里认识快三个月了，每天陪你刷题聊天，我是认真的。最近我在一个平台找到了漏洞，稳赚，我已经赚了二十万，你注册一下我带你，赚够首付我们就在昆明买房。', senders: CHAT },
  { label: 'fraud', type: 'romance', text: '我在远洋货轮上做轮机长，下个月考完船员证就回国见你。我给你寄的包裹里有礼物和一些美金，海关说要交关税和保管费9800，你先帮我垫上好吗？', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: 'My dear, I passed my PMP today and my company in Dubai wants to send me to China to meet you. The agency needs USD 1,200 for the work visa first. Can you help me? I will pay you back the day I land.', senders: OVERSEAS, en: true },
];

const HARASSMENT: Template[] = [
  // ── employer, class group, coach, parents, emergency contact ──
  { label: 'harassment', text: '[通话转写] 喂，是桂南电力安装公司人事部吗？你们公司有个叫{person}的员工，在我们平台办了培训贷一直不还。你们单位要督促他还款，不然我们每天打你们公司总机。', senders: HOUND },
  { label: 'harassment', text: '[一建冲刺营3班] 陌生成员：大家看一下这张照片，这个人就是你们班的{person}，在{name}办的学费分期到现在不还，谁跟他熟的让他赶紧处理，不然我们天天在群里发。', senders: GROUP },
  { label: 'harassment', text: '林老师您好，您班上的学员{person}在我们这里的分期逾期了，电话一直不接。您是班主任，麻烦上课的时候当面跟她说，今天必须还，不然我们就去你们教室找她。', senders: AGENCY },
  { label: 'harassment', text: '张教练是吧？你们驾校学员覃某某欠我们的学车分期不还，你帮忙转告一下，他不还清就别让他考科三了。', senders: HOUND },
  { label: 'harassment', text: '[教资面试群] 各位学员，本群成员罗某某拖欠学费分期已三个月，现予以公示。请知情同学督促其还款，也提醒大家不要借钱给她。', senders: GROUP },
  { label: 'harassment', text: '阿姨，您女儿报培训班的分期欠了我们八千多，她不接电话。您是她妈妈，这个钱您得替她还，今天转过来，不然我们就去她上班的地方。', senders: HOUND },
  { label: 'harassment', text: '[通话转写] 您好，请问是{person}吗？您是王丽的紧急联系人。她在{name}的教育分期逾期了，本息一共{amt}元，麻烦您转告她尽快处理，最好您也帮她想想办法。', senders: ['official_hotline'] },
  { label: 'harassment', text: 'Dear HR of 滇中建工: your employee {person} has an overdue tuition loan with {name}. Please deduct the amount from her salary and confirm by reply. We will copy her manager on every reminder until it is paid.', senders: BULK_HOUND },
  { label: 'harassment', text: '[朋友圈截图] 曝光老赖！{person}，启明职业培训学校电工班学员，欠{name}学费分期不还，照片如下，身份证号5301**********，认识的人转告他还钱！', senders: GROUP },
  { label: 'harassment', text: '[消防设施操作员周末班] 老师：@陈某 你的学费分期一直没还，分期公司已经找到学校了。你的证书学校先扣着，什么时候还清什么时候来领。大家也提醒他一下。', senders: GROUP },
  { label: 'harassment', text: '你个大男人，欠几千块学费都不还，在工地上怎么抬得起头？明天我就打给你们工头老段。', senders: HOUND },
  // ── hours and the daily cap ──
  { label: 'harassment', text: '[通话转写 07:02] 今天你考二建是吧？考试之前先把钱还了，不然我们九点钟就打到考点办公室去，说你欠钱不还。', senders: HOUND, hours: EXAM_DAWN },
  { label: 'harassment', text: '{sig}{person}早上好，学费分期第4期尚未入账，今天出门前请留意账户余额，祝考试顺利。', senders: OWN_LINES, hours: EXAM_DAWN },
  { label: 'harassment', text: '{sig}{person}您好，您的教育分期本期{amt}元仍未归还，请尽快通过{app}还款，感谢配合。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '[语音 23:40] 你莫装睡，晓得你在家。欠的学费分期好久还？明天不还我们就整到你们村委会克。', senders: HOUND, hours: [23, 0, 1] },
  { label: 'harassment', text: '[通话转写] 不好意思这么晚打扰，我是受{name}委托的催收专员，工号A0317。您的教育分期已经逾期20天，今天能不能先还一部分？', senders: AGENCY, hours: [22, 23] },
  { label: 'harassment', text: '[来电记录] 今日同一号码来电13次：08:05、08:20、08:41、09:10……17:50，均未接通。\n[短信] 看到未接了吧？不接就一直打，打到你接为止。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，系统显示今日已外呼9次均未接通，外呼将持续进行至您接听，请留意来电。', senders: OWN_LINES },
  // ── fees, new loans, certificates, fake papers, fake bodies ──
  { label: 'harassment', text: '{sig}{person}，您的教育分期已逾期，根据催收政策需另行支付违约金{amt}元及委外催收服务费300元，请于今日内一并还清。', senders: OWN_LINES },
  { label: 'harassment', text: '你还不上就再去别的平台借一笔，我发你个口子，十分钟下款，先把我们这个结清，不然明天就打你单位电话。', senders: HOUND },
  { label: 'harassment', text: '你的培训贷已经逾期45天，我们已经把你的情况报给了鉴定中心，再不还，你那个消防证就会被吊销，以后别想在这行干了。', senders: HOUND },
  { label: 'harassment', text: '我们已经给你报考的鉴定所打过电话了，告诉他们你欠款的事。证书能不能发下来，就看你今天还不还。', senders: HOUND },
  { label: 'harassment', text: '你再不还款，我们就通知学信网把你的自考学历标记为失信学历，以后找工作一查就知道，你这个本科等于白读。', senders: HOUND },
  { label: 'harassment', text: '【省教育考试院】{person}：经核查你有未结清的教育分期欠款，根据规定已冻结你的准考证打印资格，还清后方可恢复，联系{phone}。', senders: BULK_HOUND },
  { label: 'harassment', text: '我们是人社局的，你欠培训贷不还，已经被列入失信名单，你申请的技能补贴会直接扣下来抵债，社保卡也会被冻结。', senders: HOUND },
  { label: 'harassment', text: '【律师函】{person}：您拖欠{name}教育分期本息{amt}元，本所受托已向法院起诉，法院将于{date}冻结您名下所有银行卡及职业资格证书，并通知您所在单位。如需撤诉请于今日联系{phone}。', senders: BULK_HOUND },
  { label: 'harassment', text: '【人民法院】{person}：你因拖欠教育分期已被立案，将于{date}在你所在单位公开宣判，并撤销你的职业资格证书。速联系执行法官{phone}。', senders: BULK_HOUND },
  { label: 'harassment', text: '听说你周六在一中考点考试，我们的人会在考点门口等你，当着所有考生的面跟你谈谈还钱的事。', senders: HOUND },
  { label: 'harassment', text: '读个破成人本科还要借钱，学历没混到，脸先丢光了。你这种人考什么证都是浪费，赶紧还钱。', senders: HOUND },
  { label: 'harassment', text: '再不还钱，考场门口见，我们几个兄弟会让你这辈子都拿不了笔。', senders: HOUND },
];

export const BLIND21B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
