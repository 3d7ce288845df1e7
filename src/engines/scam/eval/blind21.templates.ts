/**
 * BLIND21 held-out bank (twenty-eighth scam author): this file holds the normal messages,
 * blind21b.templates.ts the fraud and harassment; BLIND21_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (evening), 2026-12-02, by an independent evaluation author, a
 * helper session separate from the analyzer's developer and from the authors of every earlier
 * bank (the twenty-eighth author of a scam bank; another author wrote blind20 at the same time,
 * and this author did not open that bank). Written from general knowledge of how exam
 * authorities and test centres (省教育考试院, 人事考试中心, 职业技能鉴定 and 评价机构, 车管所 and
 * driving schools, 应急管理 departments for 特种作业 certificates, 财政 departments for accountants'
 * continuing education), 人社 departments paying 职业技能提升补贴, accredited training schools and
 * the consumer-finance lenders that carry their 教育分期 tuition (with cooling-off and refund
 * terms), employers that require certificates and continuing education, 学信网 verification,
 * and international certificate bodies (ACCA, PMP) write to learners in 2025–2026; of the fraud
 * scripts that imitate them (包过 and 内部渠道 with a 定金, 证书挂靠 income, fake 补贴申领 links
 * asking for a bank card and a code, answers sold before the exam, fake 学历提升 with a 培训贷,
 * fake 证书查询 sites, "年审费 or your certificate is revoked", fake HR demanding a paid
 * certificate before onboarding, and the Ministry of Public Security's common types told through
 * learners); and of the debt-collection rules in shared/facts/regulation.md (no contact
 * 22:00–08:00 without consent, at most 6 unanswered call attempts a day per number, third
 * parties only when the debtor is unreachable and never pressed to pay or told the debt, no
 * public notices, extra fees, new loans to repay old ones, threats, insults, fraud, violence,
 * spreading private information, fake legal documents or impersonated courts, police or
 * government). While writing it the author opened only: eval.types.ts, eval.generator.ts,
 * eval.metrics.ts, the placeholder blind21.templates.ts, the headers of blind13, blind15 and
 * blind19 / blind19b (with blind19's sender constants and first normals and blind19b's last
 * harassment lines), a directory listing of eval/ (file names only), a keyword
 * grep (教师资格, 准考证, 建造师, 培训贷, 包过, 职业技能, 电工 …) over the other template banks except
 * blind20* with the matching lines printed, to avoid duplicating them, scam.types.ts (its
 * first 80 lines: FraudType, MessageInput), registry.fixture.ts (to load the registry in the
 * check script), registry/institutions.json (the sample institutions' channels, printed by a
 * one-line script), the start of registry/README.md, shared/facts/regulation.md, the first
 * 1,500 characters of one shared seed, the first 45 lines (imports) of eval.test.ts, and — to
 * learn how to run the check script — the first lines of bin/run-ts.js and the scripts block of
 * package.json. registry.schema.ts and shared/SPEC.md were allowed but not opened. The
 * analyzer's code, lexicons, signal lists, reason catalogue, closed-channel rules, indicator
 * extraction, text model and training corpus were NOT opened; models/, scripts/, docs/,
 * BENCHMARKS.md and the repository README were NOT read; the analyzer, vitest, its tests and
 * benchmarks were NOT run; no search tool was used on this repository and git was not used.
 * The only runs were `npm run typecheck` and an expansion check outside the repository
 * (/tmp/blind21-check/check.mts: generateEvalSet for 'blind21' and the other splits) for counts
 * by label, fraud type, sender kind and hour, for placeholder and link checks, for duplicate
 * generated texts against every other split (blind20 included, as a count only, its texts never
 * printed or read) and for character-bigram Jaccard similarity (≤ 0.5) against every template
 * of dev, test, blind to blind19 and train8 to train12, and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): adult certificates, skills and continuing
 * education. Genuine traffic (this file): exam notices laid out as 时间 / 地点 / 须知 lists
 * (教师资格 笔试 and 面试, 初级会计 机考, 一级 and 二级建造师, 消防设施操作员 实操, 低压电工 复审,
 * 成人高考 报名 and 录取, 自考 毕业申请 and 免考, 普通话 测试), 准考证-like field blocks (姓名 /
 * 准考证号 / 考点 / 座位号), 准考证 printing windows, 考点 changes and weather postponements, score
 * release, 成绩复核, certificate collection (本人 or 委托 代领, free) and the national certificate
 * look-ups; 驾照 科目一 to 科目四 appointments, 补考, 换证 and a driving school's fee rules;
 * 人社 notices about 职业技能提升补贴 (申领 in the official app, paid to the 社保卡, a 公示 list, a
 * refusal); accredited training schools and their lenders' 教育分期 (a 7-day cooling-off, refunds
 * pro rata, repayments paused when a school stops teaching, 结清 and 征信 updates, a lawful
 * daytime reminder to the debtor only); employers' continuing-education and 持证上岗 rules and HR
 * asking for a 学信网 在线验证码 (a code that is not secret); training-group chat announcements
 * with 打卡 day counts and 接龙 lists; course consultants' sales scripts with 限时优惠 that still
 * promise no pass and keep the refund terms; anxious learners' long messages (third attempts,
 * a mother of two, a night-shift guard); middle-aged workers' blunt speech (electricians,
 * crane drivers, a site foreman); Guangxi (桂柳) and Yunnan flavoured Mandarin without Cantonese
 * (老表, 莫, 咯, 讲, 好多钱, 克, 整, 板扎, 哪样, 喊, 格是); English for ACCA and PMP (exam entry,
 * attendance docket, audit, PDUs) alone and mixed with Chinese. Many normals use scam vocabulary
 * lawfully (验证码 with 请勿告知他人, 冻结 of a lender account after wrong passwords, 逾期 in a
 * lawful reminder, 征信 in a 结清 notice and a 教师资格 question, 转账 between spouses, 安全 in
 * 特种作业 training, 年审 and 复审 explained as free, 保证金 and 定金 named only to say they are never
 * charged). Warnings about scams written by relatives, teachers, police, exam authorities,
 * schools and lenders, and people asking "is this real?" about a message they only describe,
 * are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND21B_TEMPLATES } from './blind21b.templates.js';

/** A registered lender's own SMS port (tuition instalments). */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Exam authorities, test centres, 人社, schools and 学信网 (not in the registry): bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A teacher, 班主任, coach, HR desk or test-centre office on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Notices, group posts, 准考证 blocks, transcripts and e-mails pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, classmates, workmates on their own phones (or pasted). */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** A registered lender's notice sent through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Study-group posts late in the evening. */
const EVENING = [19, 20, 21, 22];
/** Exam-day mornings. */
const EXAM_MORNING = [6, 7, 8];
/** Codes: any hour. */
const ANYTIME = [0, 7, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // ── exam notices: 时间 / 地点 / 须知 ──
  { label: 'normal', text: '【滇南市人事考试中心】2026年度一级建造师执业资格考试准考证打印通知\n时间：{date}9:00起至考试前一日17:00\n方式：考生登录中国人事考试网自行下载打印，A4纸黑白即可\n须知：\n1. 准考证不收取任何费用，中心不委托任何机构代打印；\n2. 考试当天须携带准考证和有效身份证件原件；\n3. 考点地址以准考证为准，不另行短信通知。', senders: BULK },
  { label: 'normal', text: '2026年上半年中小学教师资格考试（面试）考生须知\n一、时间：{date}，上午8:00开始候考，迟到30分钟不得进入候考室；\n二、地点：南宁市第三职业技术学校（准考证上注明考场）；\n三、流程：抽题→备课20分钟→试讲10分钟→答辩5分钟；\n四、禁止携带手机、智能手表进入候考室，统一封存；\n五、面试成绩约一个月后在考试网站查询，考点工作人员不提供“提分”“内部打分”服务。\n省教育考试院', senders: PASTE },
  { label: 'normal', text: '【省财政厅会计资格评价中心】您报考的初级会计专业技术资格考试为无纸化机考，考试批次为{date}第2批（13:30-15:30）。请提前30分钟到达考点，携带身份证原件，计算器由系统提供，不得自带。考前一日可登录全国会计资格评价网查看考场信息。', senders: BULK },
  { label: 'normal', text: '【桂中职业技能鉴定所】消防设施操作员（四级/中级技能）实操考核安排\n日期：{date}\n时间：8:30签到，9:00开考\n地点：柳州市城中区鉴定所二楼实训室\n须知：穿平底鞋、长裤；带身份证和准考证；考核分“火灾报警控制器操作”“消防水泵启停”两项，各30分钟。\n鉴定所不收取实操补考以外的任何费用，补考费按物价局核定标准在报名系统缴纳。', senders: BULK },
  { label: 'normal', text: '【市应急管理局】{person}：您持有的低压电工作业特种作业操作证将于{date}到期复审。请在到期前60日内参加不少于8学时的复审培训并提交复审申请。复审本身不收取费用，培训可在有资质的培训机构或本单位安全部门完成。证件信息可在应急管理部特种作业操作证查询平台核对。', senders: BULK },
  { label: 'normal', text: '【省教育考试院】您已完成2026年成人高校招生考试网上报名，报名号已生成。现场（或网上）确认时间：{date}至9月8日，须本人上传近期免冠照片并完成缴费。考试院从不委托中介“保录取”“免试入学”，录取结果只在考试院网站公布。', senders: BULK },
  { label: 'normal', text: '【省教育考试院】恭喜您被昆明理工学院（成人高等教育）会计学专业（业余，专升本）录取。录取信息可在考试院网站查询，入学报到与学费缴纳请以学校继续教育学院通知为准，学费只交到学校对公账户。', senders: BULK },
  { label: 'normal', text: '高等教育自学考试毕业申请须知\n时间：{date}至本月25日\n条件：全部课程合格（含实践环节），思想品德鉴定表由所在单位或街道盖章\n材料：身份证、毕业照（在指定照相馆拍摄，费用30元现场交）、课程合格证明\n地点：各市（州）自考办窗口\n注意：毕业审核不收取任何“加急费”，毕业证书审核通过后约三个月发放。', senders: PASTE },
  { label: 'normal', text: '【曲靖市自考办】您申请的《大学英语（二）》课程免考已审核通过（凭大学英语四级成绩）。免考成绩将在下次课程成绩发布时一并录入，不需要另行缴费。', senders: BULK },
  { label: 'normal', text: '【省语言文字测试中心】您报名的普通话水平测试安排在{date}上午第3场，地点：师范学院图书馆四楼机房。请携带身份证，提前20分钟到场。测试成绩约30个工作日后在国家普通话水平测试网查询，电子证书免费下载。', senders: BULK },
  { label: 'normal', text: '考试院提醒：今天上午的初级会计考试，考点8:00开放入场，请考生带好身份证原件，手机关机放在考场外的物品存放处。祝考试顺利！', senders: BULK, hours: EXAM_MORNING },
  { label: 'normal', text: '【滇南市人事考试中心】因强降雨，原定{date}在蒙自考点举行的二级建造师考试，该考点考生调整至个旧一中考点，考试时间不变。请重新下载打印准考证，给您带来不便敬请谅解。', senders: BULK },
  { label: 'normal', text: '【广西人事考试网】受台风影响，北海考区{date}的职业资格考试延期举行，新的考试时间另行通知。已缴考试费保留，无需重新报名，也不会有人打电话让您“补缴”。', senders: BULK },
  // ── 准考证-like field blocks ──
  { label: 'normal', text: '准 考 证\n考试名称：2026年二级建造师执业资格考试\n姓 名：{person}\n证件号码：5303**********2416\n准考证号：253000112208\n考 点：曲靖市麒麟区第七中学\n考 场：第16考场   座位号：21\n科目：建设工程施工管理 {date} 9:00-12:00\n注意事项：凭准考证和身份证原件进入考场；开考30分钟后不得入场。', senders: PASTE },
  { label: 'normal', text: '机动车驾驶人考试预约结果\n姓名：{person}\n考试科目：科目二（场地驾驶技能考试）\n考试场地：桂林市叠彩区第二考场\n考试日期：{date} 上午场\n预约状态：预约成功\n提示：请携带身份证按时到场，考试费已在预约时缴纳，考场不收取任何现金。', senders: PASTE },
  { label: 'normal', text: 'ACCA Attendance Docket\nStudent: {person}\nExam: Financial Management (FM)\nExam date: {date}, 2026, 09:00\nCentre: Kunming CBE Centre\nSeat: 14\nYou must bring this docket and your passport or ID card. No mobile phones in the exam room.', senders: PASTE, en: true },
  // ── scores, 复核, certificates ──
  { label: 'normal', text: '【省教育考试院】2026年上半年中小学教师资格考试笔试成绩已发布，请登录教师资格考试网查询。单科成绩合格有效期2年，成绩不能通过任何渠道修改。', senders: BULK },
  { label: 'normal', text: '【会计资格评价中心】您申请的初级会计考试成绩复核结果：复核后成绩与原成绩一致（《经济法基础》58分）。如有疑问请工作日拨打考区咨询电话，复核不收费。', senders: BULK },
  { label: 'normal', text: '【桂中职业技能鉴定所】您的消防设施操作员（四级）证书已制作完成。领取时间：{date}起每周一至周五；地点：鉴定所一楼服务窗口；须带本人身份证，代领须带委托书和双方身份证复印件。证书领取不收任何费用，证书编号可在技能人才评价证书全国联网查询。', senders: BULK },
  { label: 'normal', text: '{person}您好，您的二级建造师注册证书已到，公司统一领回来了，在项目部资料室，找小杨签字领取。注册是公司办的，不收你钱。', senders: STAFF },
  { label: 'normal', text: '【滇南市人事考试中心】二级建造师资格证书（电子证书）已发放，请登录省人社厅网上服务大厅下载，电子证书与纸质证书具有同等效力。中心不提供收费邮寄、代领服务。', senders: BULK },
  // ── 驾照 ──
  { label: 'normal', text: '【桂林市车管所】您预约的科目一考试（{date} 14:00）已成功。请携带身份证提前30分钟到达考场候考。考试费已缴，补考费按规定标准在网上支付，考场内无人收费。', senders: BULK },
  { label: 'normal', text: '【桂林市车管所】您{date}的科目二考试成绩：不合格（第一次80分以下、第二次不合格）。10日后可重新预约补考，补考费通过交管官方App缴纳。', senders: BULK },
  { label: 'normal', text: '【昆明市车管所】您的机动车驾驶证将于{date}有效期满，请在有效期满前90日内申请换证，可通过交管官方App线上办理，体检在定点医院完成。车管所不会通过短信链接收取换证费。', senders: BULK },
  { label: 'normal', text: '顺达驾校学员须知：学费一次性交到驾校财务室，开具收据和发票；模拟练车按小时计费，价格贴在前台墙上；教练不得私下收红包、烟酒，发现请打投诉电话。学员中途退学的，按合同扣除已发生的培训费后退还余款。', senders: PASTE },
  { label: 'normal', text: '张教练：明天科目三考试，早上6点半在驾校门口上车，统一拉去考场，别迟到。身份证带好，其他什么都不用带，也不用给考官准备什么，正常开就行。', senders: STAFF, hours: EVENING },
  { label: 'normal', text: '【昆明市车管所】恭喜您科目四（安全文明驾驶常识）考试合格，驾驶证已制证。您可选择到窗口领取或在交管官方App申领电子驾驶证，邮寄费用由快递公司收取。', senders: BULK },
  // ── 人社 skills subsidy ──
  { label: 'normal', text: '【市人力资源和社会保障局】职业技能提升补贴申领提示：企业职工参加失业保险累计满1年、取得职业资格证书或职业技能等级证书的，可在证书核发之日起12个月内通过电子社保卡或本局网上办事大厅申领。补贴发放到本人社会保障卡金融账户，办理过程中不会要求您提供银行卡密码或短信验证码。', senders: BULK },
  { label: 'normal', text: '【市人社局】{person}您好，您申领的职业技能提升补贴（四级，1500元）已审核通过，将于{date}前发放至您的社会保障卡。社保卡金融功能未激活的，请本人携带身份证到社保卡服务银行网点激活。', senders: BULK },
  { label: 'normal', text: '【市人社局】您提交的职业技能提升补贴申请未通过审核，原因：所持证书不在当年补贴目录内。如有异议可在15个工作日内到就业服务窗口申请复核。', senders: BULK },
  { label: 'normal', text: '关于2026年第二批职业技能提升补贴发放对象的公示\n经个人申报、系统比对和审核，拟对王建军等216人发放职业技能提升补贴，现予公示（名单附后，身份证号已做脱敏处理）。公示期：{date}起5个工作日。\n对公示有异议的，可以书面形式向市就业服务中心反映。\n补贴资金直接发放至本人社会保障卡，不收取任何费用。', senders: PASTE },
  { label: 'normal', text: '阿妈，你讲的那个补贴短信我帮你查了，人社局的补贴是在手机上电子社保卡里头申请的，钱直接打到社保卡，不用点哪样链接，也不用报银行卡密码。你那个短信是假的，莫管它咯。', senders: FOLK },
  // ── training schools and their tuition instalments ──
  { label: 'normal', text: '{sig}{person}您好，您在启明职业培训学校报名的“消防设施操作员（四级）”课程，学费3680元已通过{name}教育分期支付，分12期，每期本息见{app}。自签约起7日内为冷静期，您可在{app}申请取消，已付款项全额退回，不收任何费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在确认与“匠心技能培训中心”的教育分期合同，5分钟内有效。验证码请勿告知他人，培训机构顾问无权向您索要。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}{person}您好，您的教育分期本期应还{amt}元已于{date}逾期2天。请通过{app}还款，逾期信息可能按规定报送征信。如因失业、疾病暂时无力还款，可在{app}提交延期申请。本通知仅发给您本人。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您分期就读的博文教育已停止开课。自{date}起您名下该笔教育分期暂停扣款、暂停计息，我们正与机构协商退费，进展将短信告知。请勿相信任何自称“退课代理”“维权律师”要求先交费的人。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您在匠心技能培训中心的教育分期已结清，结清证明可在{app}下载。您的征信报告将在下一个报送周期更新为“结清”，无需另行办理，也不需要找任何人“注销”。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}提醒：近期有人冒充我司客服，称“学员分期账户需注销，否则影响征信”，诱导下载共享屏幕软件或转账。我司不会要求您注销账户或转账，详询{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '[通话录音转写] {name}客服：您好，请问是{person}本人吗？……这边是{name}，您在启明职业培训学校的分期，这个月的还款日是后天，提醒您一下账户余额。如果课程有问题没上成，也可以在App里提交反馈，我们会跟学校核实。还有别的需要吗？好的，不打扰您了，再见。', senders: ['official_hotline'] },
  { label: 'normal', text: '【启明职业培训学校】{person}您好，您的退费申请已受理：课程总价3680元，已上课时占25%，按合同第七条扣除920元后，余款2760元原路退回分期账户，剩余分期同步取消。处理时限10个工作日，全程不需要您支付任何手续费。', senders: BULK },
  { label: 'normal', text: '{sig}您的{app}账户因连续5次输错密码已临时冻结，24小时后自动解冻，或本人通过{app}人脸识别即时解冻。我们不会来电索要密码、验证码，也不会要求您向任何账户转账“解冻”。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您好，您在{date}申请的教育分期尚在冷静期内。如果您是在推销人员催促下签约，或发现机构承诺“包过”“包就业”，可在{app}一键取消，我们会联系机构全额退款。', senders: OWN_PORT },
  { label: 'normal', text: '【匠心技能培训中心】学员退费规则（节选）\n1. 签约7日内未上课，全额退费；\n2. 开课后按已上课时比例扣费，教材按成本价扣除；\n3. 使用分期付款的，退费款项直接退至分期机构，冲减剩余本金；\n4. 本中心任何员工不得承诺“包过”“内部名额”，不得向学员收取合同以外费用。\n投诉电话见合同首页。', senders: PASTE },
  // ── course consultants' sales scripts (lawful) ──
  { label: 'normal', text: '李姐您好，我是启明培训的课程顾问小周～上次您问的电工证课程，本月报名立减300元，截止这周日，原价2680现在2380。课程是理论+实操，考试在市鉴定所统一考，我们不承诺包过，但考不过可以免费重学一期。签合同后7天内不满意可以全额退，您可以先来试听一节。', senders: STAFF },
  { label: 'normal', text: '【恒学教育】双十一限时优惠：一级建造师全科班立减500元，赠历年真题电子版。报名请到门店或官方小程序签电子合同，学费开具发票。我们不出售“押题”“答案”，也不提供“挂靠”服务。回T退订', senders: BULK },
  { label: 'normal', text: '王哥，我跟您说实话，二建这个证靠自己考，我们就是帮您把课讲明白、把题刷够。您白天上班，晚上看直播回放就行。学费可以一次交也可以分期，分期是{name}放款，合同里利率写得清清楚楚，您回去跟嫂子商量好了再定，不着急。', senders: STAFF },
  { label: 'normal', text: 'PMP备考班 5月班限时早鸟价：¥4,980（原价¥5,980），含35 contact hours证明、模拟题库和一次免费重听。PMI exam fee（USD 405 for non-members）由学员本人在PMI官网支付，我们不代收考试费。报名后7天内未开课可无理由退款。', senders: STAFF },
  // ── employers: continuing education, 持证上岗, 学信网 ──
  { label: 'normal', text: '【滇中建工集团人力资源部】关于2026年度专业技术人员继续教育的通知：持证人员每年须完成不少于90学时的继续教育（公需科目30学时、专业科目60学时），统一在省专业技术人员继续教育平台学习，费用由公司统一缴纳，个人无需支付。请于{date}前完成，完成情况纳入年度考核。', senders: BULK },
  { label: 'normal', text: '各项目部注意：下月起电工、焊工、架子工必须持证上岗，证件过期的本月内到安全部报名复审培训，培训费公司出，复审那两天算正常出勤。谁要是在外面花钱买假证，查出来直接清退。——安全部 老杨', senders: FOLK },
  { label: 'normal', text: '{person}您好，我是桂南电力安装公司HR。您的入职材料还差学历验证：请登录学信网，申请《教育部学历证书电子注册备案表》，把报告上的12位在线验证码发给我，我们在学信网上核验。这个验证码不是短信验证码，可以给HR。入职不收任何费用，也不需要您先考什么证。', senders: STAFF },
  { label: 'normal', text: '【学信网】您的手机校验码为{code}，用于学信网账号登录，10分钟内有效。工作人员不会向您索取此校验码，请勿泄露。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【学信网】您申请的《教育部学历证书电子注册备案表》已生成，在线验证有效期30天，可在学信档案中延长或关闭。如需出国或求职使用，请直接提供报告或在线验证码。', senders: BULK },
  { label: 'normal', text: '财务部全体：会计人员继续教育今年在省财政厅指定平台完成，每人90学分，单位统一报名，平台账号已发到各位邮箱。平台不会让你们交费，也不会打电话核实银行卡。截止12月15日，完不成的影响明年职称申报。', senders: PASTE },
  { label: 'normal', text: '小韦，公司的安全员C证考试统一报名，报名费公司先垫，发工资时不扣。你把身份证正反面和一寸照交到综合办就行，不要发到那些陌生群里。', senders: STAFF },
  // ── training-group chat: 打卡 and 接龙 ──
  { label: 'normal', text: '[一建冲刺营3班] 班主任小林：@全体成员 今天是打卡第23天！今日任务：《项目管理》第4章精讲 + 30道单选。打卡格式：姓名+已完成，晚上10点前在群里发。连续打卡满30天的同学送纸质错题本，邮费我们出。', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[一建冲刺营3班] 周六上午9点线下模考（免费），地点在机构二楼教室，参加的同学接龙：\n1. 杨海波\n2. 覃丽\n3. 岩温（西双版纳过来，周五晚上到）\n4. 段师傅\n5. ', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[教资面试群] 班主任：各位，证书统一领取的同学请接龙，我周三去教育局帮大家领回来，带上委托书原件。领证不要钱，谁跟你们说要交“领证费”的，截图发我。\n1. 罗晓燕 委托书已交\n2. 陈静 委托书已交\n3. 李玉梅', senders: PASTE },
  { label: 'normal', text: '[初级会计打卡群] 打卡第58天 ✅ 经济法第6章 刷题42道 正确率81%\n——今天加班到九点，回来还是把题做了，离考试还有12天，大家冲！', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[消防设施操作员周末班] 通知：本周日实操课调整到下午2点，上午机房要借给鉴定所考试用。教材费已经包含在学费里了，不用另交，有人在群里私聊卖“内部题库”的不是我们老师，直接举报。', senders: PASTE },
  { label: 'normal', text: '[电工班群] 老师：明天实操考核，穿绝缘鞋，自己的电工工具包带上。考核时断电、验电、挂牌一个步骤都不能少，安全第一。考不过的下个月免费补训。', senders: PASTE, hours: EVENING },
  // ── ACCA / PMP in English and mixed ──
  { label: 'normal', text: 'Dear {person},\nYour exam entry for the ACCA June 2026 session has been confirmed: Performance Management (PM) and Taxation (TX). Your attendance docket will be available in myACCA two weeks before the exam. ACCA will never ask you to pay fees by bank transfer to an individual or through a chat app.\nACCA Student Services', senders: PASTE, en: true },
  { label: 'normal', text: 'Congratulations! Your PMP application has been approved. You have one year from {date} to take the exam. Schedule your appointment through the PMI website. If your application is selected for audit, you will be notified by e-mail and asked for copies of your education certificates and the signatures of your project supervisors.', senders: PASTE, en: true },
  { label: 'normal', text: 'Reminder: your PMP certification cycle ends on {date}. You have earned 52 of the 60 PDUs required. Report PDUs in CCRS; renewal fee is paid on the PMI site only.', senders: PASTE, en: true },
  { label: 'normal', text: 'ACCA F5→PM 这门我终于过了！score 62 😭 今天myACCA出成绩，学习群里那个说能“pay to check result early”的，千万别信，官方出分时间就是统一的。', senders: FOLK },
  { label: 'normal', text: '同学们提醒一下：ACCA exam fee 只能在 myACCA 里面用自己的卡支付，机构和老师都不代收；如果有人微信私聊说 "early bird discount, transfer to me"，那不是我们的人。— 学习顾问 Cindy', senders: PASTE },
  // ── anxious learners, blunt workers, regional voices ──
  { label: 'normal', text: '老师，我想问一下，我教资面试已经考了三次了，每次都差一两分。今天突然有个人加我微信，说他认识考官，能帮我“调分”，只要先付两千定金。我没理他，但是我真的好焦虑，又怕错过机会……这种是真的吗？我两个孩子都要带，白天上班晚上才能练试讲，真的考不起第四次了。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '我在小区当保安，夜班，白天睡觉，晚上值班的时候刷题。自考本科还剩两门，《管理学原理》考了两次都是56分。班长说他有个亲戚能搞到“原题”，要八百块。我没钱也不想搞那些，就想问下大家有没有免费的真题资料，官方那种。', senders: PASTE, hours: [23, 0, 1] },
  { label: 'normal', text: '老子干了二十多年电工，现在讲必须持证才能上工地，考就考嘛。就是那个理论题，什么“安全色”“接地电阻”，背得我脑壳疼。你们莫笑我，考过了请你们喝酒。', senders: FOLK },
  { label: 'normal', text: '塔吊司机证复审，去年我自己去安监那边办的，一分钱没花，就是培训两天。那个打电话说交六百包办复审的，我直接挂了。', senders: FOLK },
  { label: 'normal', text: '老表，你那个电工证复审搞好没有咯？我听讲要克人社局那边培训两天，不要钱的。莫去信那些讲交钱就能拿证的，我们村有个后生就被骗了好多钱。', senders: FOLK },
  { label: 'normal', text: '你克不克考科目三嘛？我约到下个礼拜二了，教练喊我们七点钟到驾校集合。前两天练了一哈灯光，板扎得很！考过了整顿烧烤。', senders: FOLK },
  { label: 'normal', text: '阿妹，你那个会计证考着没有？考着了就整点好吃的庆祝下嘛。格是还要考中级？慢慢来，莫着急。', senders: FOLK },
  { label: 'normal', text: '我们柳州这边建造师继续教育都是在网上搞的，单位统一交钱，你自己莫交。前两天有人打电话讲你证书要年审交费，那是骗子，年审哪样的根本没得。', senders: FOLK },
  { label: 'normal', text: '考完了，感觉还行，出来了。', senders: FOLK },
  { label: 'normal', text: '过了！！！科二一把过', senders: FOLK },
  { label: 'normal', text: '工头老段：明天早上不去工地了，我克考安全员，下午回来。材料堆场那边你们盯一下，塔吊不开。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '媳妇，成考的学费我转你卡上了，4200，你明天自己去学校财务处交，记得要收据。别给那个拉你报名的中介，学校说了只认对公账户。', senders: FOLK },
  { label: 'normal', text: '爸，你说的那个“继续教育学时不够要罚款”的电话我问了你们单位人事，人家说没这回事，学时在网上补就行，不用交钱。下次再有人打来你就说让他找单位。', senders: FOLK },
  // ── warnings from police, exam authorities, schools, family ──
  { label: 'normal', text: '【滇南市公安局反诈中心】考试季提醒：凡是声称“内部渠道包过”“考前提供答案”“花钱改分”“证书挂靠年赚数万”的，都是诈骗。正规考试报名、缴费、证书查询只在官方网站办理。如遇可疑来电，请拨打96110咨询。', senders: BULK },
  { label: 'normal', text: '严正声明\n近期有不法分子冒用我院名义，以“考前答案”“内部名额”“证书加急”为由收取费用。我院郑重声明：我院从未授权任何机构或个人代理考试报名、出售试题或办理证书，所有考试信息以官方网站公布为准。请广大考生提高警惕，发现线索及时向公安机关报案。\n省教育考试院', senders: PASTE },
  { label: 'normal', text: '【国家反诈中心】您好，近期多发冒充人社部门发送“职业技能补贴申领”短信的诈骗，链接会要求填写银行卡号和验证码。请勿点击。', senders: BULK },
  { label: 'normal', text: '儿子，你上次说要花钱找人弄那个建造师证，妈问了你舅，他在住建局上班，说根本没有不考就能拿证的事，交了钱都是打水漂。妈宁愿给你报个正经的培训班，你别去找那些人。', senders: FOLK },
  { label: 'normal', text: '[家族群] 二叔：大家注意，我今天接到电话，说我的电工证“年审”没交费要作废，让我往一个账户转380。我打了鉴定所电话问，人家说证书没有年审费这一说。转发给家里考过证的人看看。', senders: PASTE },
  { label: 'normal', text: '【恒学教育】郑重提示：本机构从未开展“证书挂靠”“代考”“包过”业务，近期有人冒用本机构名义在网上招揽挂靠，请勿相信。本机构所有收费均开具正规发票。', senders: BULK },
  { label: 'normal', text: '同学们，近期有诈骗分子冒充学院继续教育办老师，在群里发“学籍注册费”收款码。学院学费只通过学校缴费平台收取，老师不会在群里发个人收款码。——继续教育学院 办公室', senders: PASTE },
  // ── "is this real?" ──
  { label: 'normal', text: '这个短信说我的二建证书要“年审”，不交费就注销，是真的吗？我记得建造师是注册制，没听说过年审要交钱。', senders: FOLK },
  { label: 'normal', text: '大家帮我看看，有个网站说能查证书真假，让我输身份证号和手机号，还要交19.9元“查询费”。官方的证书查询不是免费的吗？', senders: PASTE },
  { label: 'normal', text: '请问一下群里的老师，有人打电话说我是“成人高考优秀考生”，可以免试读本科，只要交报名费和教材费，格是真的？我没报过这个名。', senders: PASTE },
  { label: 'normal', text: '刚刚有个自称人社局的打电话，说我有两千块技能补贴，让我加QQ。我没加。人社局会这样打电话吗？', senders: FOLK },
  { label: 'normal', text: 'Is this legit? Someone on LinkedIn says they can get my PMP application "pre-approved, no audit" for USD 300. I thought only PMI decides that.', senders: PASTE, en: true },
  // ── ordinary personal and work messages ──
  { label: 'normal', text: '周老师，明天试讲我抽到的是《背影》，您能帮我看一下教案吗？我晚上改好发您邮箱。', senders: FOLK },
  { label: 'normal', text: '刘工，二建考完了，下周一我回项目部上班，这几天辛苦你帮我盯着进度报表。', senders: FOLK },
  { label: 'normal', text: '学委：下周三自考实践课《计算机应用基础》上机考核，机房在实训楼302，带学生证。', senders: FOLK },
  { label: 'normal', text: '张阿姨，您家孩子考教资要的那本《综合素质》，我家闺女去年用过，八成新，您拿去用，不要钱。', senders: FOLK },
  { label: 'normal', text: '【顺达驾校】{person}学员您好，您{date}上午8:00-10:00的科目二练车已预约成功，教练：覃师傅，车号：桂C·学352。如需取消请提前一天在小程序操作。', senders: BULK },
  { label: 'normal', text: '【启明职业培训学校】{person}同学，您的结业证书和培训学时证明已寄出，快递单号SF1420{tail}，运费学校承担。请注意查收，签收时不需要付款。', senders: BULK },
  { label: 'normal', text: '技能等级认定报名通知：本公司作为备案的职业技能等级认定机构，将于{date}组织电工（四级）认定考试，报名对象为本公司在岗职工。报名免费，考试费由公司承担，考试合格颁发职业技能等级证书，可在人社部门网站查询。——人力资源部', senders: PASTE },
  { label: 'normal', text: '【全国会计资格评价网】您的报名信息已审核通过，考试费{amt}元已缴纳成功。请于考前10日登录本网站打印准考证。', senders: BULK },
  { label: 'normal', text: '{sig}您好，您本月教育分期{amt}元已于{date}自动扣款成功，剩余5期。课程或退费问题请联系{hot}，我们不会通过个人微信与您联系。', senders: OWN_PORT },
];

export const BLIND21_TEMPLATES: Template[] = [...NORMAL, ...BLIND21B_TEMPLATES];
