/**
 * BLIND27 held-out bank (thirty-fourth scam author): this file holds the normal messages,
 * blind27b.templates.ts the fraud and harassment; BLIND27_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-fourth author of a scam bank; another author wrote blind26 at the same time, and this
 * author did not open, grep or print that bank — only its file names and sizes appeared in a
 * directory listing). Written from general knowledge of how Chinese university students,
 * graduate students, new graduates and young people live online in 2025–2026: how 教务处,
 * 研究生院, 财务处, 学生资助 offices, 辅导员, 班长, 学委, 宿管 and course 助教 write (选课, 补考,
 * 学籍 核对 on 学信网, 开题, 档案 and 报到证, 学费 and 住宿费 only on the school's 缴费 platform,
 * 退费 原路退回); 生源地信用助学贷款 as it really works (发放 to the school's account, 续贷 in person
 * at the 县资助中心 with the co-borrower, 还款 reminders after graduation with no private
 * accounts); 奖学金 and 助学金 credited to the student card; 校园卡 top-ups, 冻结 after wrong PINs,
 * a lost card; 四六级, 研招网 and 公务员 registration; 校招 and 实习 with HR on official mail, free
 * interviews, 实习补贴 paid; 社团, 班级 and 宿舍 AA, 垫付 and small loans between room-mates;
 * 二手 trades kept on the platform; games bought only in the official store; B站, 小红书 and 抖音
 * creator traffic; 外卖柜, 驿站 and 到付 couriers; 花呗 / 白条 style 分期 reminders; parents sending
 * 生活费 in voice-to-text at dawn; exchange programmes writing in English. Of the fraud aimed at
 * them (the Ministry of Public Security's common types as they reach students: 点赞 / 种草 / 打榜 /
 * 好评 tasks, 学长带单 and 虚拟币, fake student loans and 助学贷款 "验资", 注销校园贷 and 征信
 * fixes for 考公 and 背调, fake 客服 for 会员自动续费, 外卖 compensation and second-hand 保证金,
 * fake 公检法, 网警, 教育局, 税务 and immigration, fake 辅导员 / 导师 / 班长 / room-mates, 饭圈
 * tickets and merch, exam answers and 代写, game accounts, skins and 代练 off-platform, 网恋 and 陪玩,
 * 培训费 jobs and sextortion); and of the debt-collection rules in shared/facts/regulation.md (no
 * contact 22:00–08:00 without consent, third parties never pressed or told the debt, no public
 * notices, extra fees, new loans for old, threats, insults, spreading private information, fake
 * legal documents or impersonated courts, lawyers and police).
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind27.templates.ts and blind27b.templates.ts; eval.types.ts, eval.generator.ts and
 * eval.metrics.ts (whole); a directory listing of eval/ (file names and sizes); in
 * blind25.templates.ts its header (lines 1–95), its import, sender and hour constant lines with
 * their one-line doc comments (lines 96–127), and the `const NORMAL` line, its first section
 * comment and its first two template lines; in blind25b.templates.ts its header (lines 1–56, the
 * labelling rules), its sender constant declaration lines (a grep for `const` in lines 57–85), and
 * the `const FRAUD` line with its first section comment and first two templates, and the
 * `const HARASSMENT` line with its first three templates (the line numbers of those declarations
 * were printed first); a keyword grep over the other template banks of eval/ (every
 * *.templates.ts except blind26* and blind27*) giving total match counts for 45 keywords — 辅导员,
 * 教务处, 学费, 住宿费, 助学贷款, 生源地, 奖学金, 助学金, 校园卡, 四六级, 考研, 考公, 实习, 校招, 社团, 闲鱼,
 * 皮肤, 代练, B站, 小红书, 抖音, 外卖, 花呗, 白条, 生活费, 室友, 交换生, 校园贷, 征信, 刷单, 点赞, 兼职,
 * 培训费, 自动续费, 杀猪盘, 追星, 饭圈, 演唱会, 洗钱, 通讯录, 律师函, 学信网, 毕业证, 考试, 宿舍 — and
 * the first 24 matching fragments (at most 40 characters each side) for 辅导员, 校园贷 and 代练;
 * scam.types.ts (its first 80 lines); registry.fixture.ts; registry/institutions.json
 * summarised by a one-line script (each institution's id, kind, name, hotlines, ports,
 * signatures, first app, first domain); the first 50 lines of registry/README.md;
 * shared/facts/regulation.md (whole); listings of shared/facts/ and shared/seeds/ (no seed was
 * opened); the first 30 lines of bin/run-ts.js and the scripts block of package.json; the check
 * script /tmp/blind-check/check.mts (read and run, not edited). Three small scripts outside the
 * repository printed only this bank's own templates or cases (a few texts by index, a sample of
 * generated cases, and the highest Jaccard between this bank's own templates). The analyzer's
 * code, lexicons, signal lists, rules, reason catalogue, text model, training corpus and extra
 * messages were NOT opened; nothing else under src/, and models/, scripts/, docs/, bench/,
 * BENCHMARKS.md and the repository README were NOT read; the analyzer, vitest, the tests and the
 * benchmarks were NOT run; no search tool was used and git was not used.
 *
 * Checks run: `npm run typecheck` (passes) and `node bin/run-ts.js /tmp/blind-check/check.mts
 * blind27 blind26`: 1,888 messages (872 normal, 808 fraud, 208 harassment; 72 per fraud type, 80
 * for impersonating_acquaintance and other), 0 unreplaced placeholders, 0 generated texts shared by
 * two templates of this bank, 0 equal to one in any other split (blind26 as a count only, 0).
 * Character-bigram Jaccard against every other bank: one template at 0.660 (a night-time lender
 * reminder) was rewritten; the highest is now 0.444 against other banks, and 0.337 within this
 * bank.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): UNIVERSITY STUDENTS AND YOUNG PEOPLE ONLINE.
 * Genuine traffic (this file): campus notices that name scam vocabulary only to deny it (选课 and
 * 补考 with "no fee, no link", 学籍 核对 free, 档案 with no 档案费, 军训服 退费 原路 with no card
 * number asked), a 辅导员 who says she never asks money in private, 学费 paid on the school
 * platform and a bank's debit notice for it, 住宿费 差价 refunds, 助学贷款 发放, 续贷 in person,
 * 还款 reminders with 罚息 and 征信 stated lawfully, a 资助中心 clerk with a 工号, a parent paying the
 * interest on the official page; 助学金 credited with "never a 手续费", an English scholarship
 * letter; 校园卡 top-ups, a 冻结 card unlocked only in person, a lost card at the 宿管, a binding
 * code with 请勿告知他人; 研招网, 四六级 and 考公 messages and group admins' warnings; offers,
 * interviews, 笔试 calls, 实习补贴 and 宣讲会, and a student asking "is this 培训费 real?" before
 * paying; 社团 烤肉 AA, 毕业照 paid to the shop, 电费 垫付, a room-mate borrowing 两百 in the night;
 * 二手 trades kept on the platform, a seller who blocked a "保证金" buyer; official game top-ups,
 * 换绑 codes, a friend refusing to buy an account; creator 商单, 收益 结算, a fan-group admin
 * denying fake prizes; 驿站, 外卖柜, 到付 and a packing-box courier call; 分期 reminders with 退订,
 * a lender's daytime call with a 工号 and an offer of 延期, a lawful emergency-contact call that
 * tells nothing, 冻结 after wrong passwords, 结清 证明; 生活费 voice notes at dawn, a mother who
 * called the 辅导员 instead of paying, a sister paying 住宿费; warnings from 保卫处, a lender, a
 * class group, a 反诈 call, a 社区民警 and an exchange buddy group; a classmate's "is this 杀猪盘?";
 * a dating-app hello, a ticket notice, free 应援 物料, and English from an exchange friend.
 * Fraud and harassment (blind27b): the same world turned against them — tasks that grow into
 * 连单 and 卡单, 学长 and 助教 selling coins and 数字藏品, 验资 and 解冻金 for student loans, fake
 * 资助 offices and 学籍 alerts, 客服 who want 备用金 borrowed or the screen shared, fake 辅导员 QQ
 * 小号 and 班长 收款码, a fake 导师 and an exchange office gift-card request, 饭圈 预售 and exam
 * answers, game trades off-platform, 网恋 and 陪玩 gifts, 培训费 and 体检费 jobs, a fake charity in
 * the year group; and collectors who threaten the 辅导员, the 学工处, the 教务处, the class group,
 * the 表白墙, room-mates, the internship HR and the home village, post the 通讯录, send fake 律师函
 * and court calls, add 催收服务费, push 以贷养贷, or text at 05:00. Channels: SMS, call and video
 * transcripts, QQ / WeChat / group-chat pastes, voice-to-text without punctuation, dating and
 * 陪玩 app screenshots, and English for exchange students.
 */
import type { Template } from './eval.types.js';
import { BLIND27B_TEMPLATES } from './blind27b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Universities, 教务处, 财务处, 资助中心, platforms, couriers and shops not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A teacher, an HR recruiter, a 资助中心 clerk or a courier on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Group-chat exports, call transcripts, screenshots and notes pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Parents, room-mates and classmates on their own phones (sometimes pasted). */
const FOLK: Template['senders'] = ['mobile', 'none', 'mobile'];
/** Young people, many on an MVNO number. */
const FOLK_ANY: Template['senders'] = ['mobile', 'virtual', 'none'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Exchange programmes, friends and offices abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A school or platform port, or the notice pasted into a chat. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** Late at night in the dorm. */
const LATE = [22, 23, 0, 1];
/** Evenings. */
const EVENING = [19, 20, 21];
/** Early mornings: parents up at dawn. */
const DAWN = [6, 7];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 6, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // —— 教务处, 辅导员, 研究生院, 宿管, 课程群 ——
  { label: 'normal', text: '【江城大学教务处】各位同学：2025-2026学年第二学期选课将于{date}9:00开放，请登录教务系统选课。教务处不会通过短信发送链接，也不收取任何选课费用。', senders: BULK },
  { label: 'normal', text: '[年级群] 辅导员：明天下午两点三教201开年级大会，讲评奖评优和寝室用电安全，请假找班长登记。再强调一遍，我不会私聊找任何人要钱，有人加你自称是我，先给我打电话核实。', senders: PASTE },
  { label: 'normal', text: '辅导员李老师：小周，你的助学金申请材料还缺一份家庭情况说明，周五前交到学院学工办就行，不用交任何费用。有问题直接来办公室找我。', senders: FOLK_ANY },
  { label: 'normal', text: '【临川理工学院】您的补考安排已发布：高等数学（二）{date}上午8:30，图书馆东区B105。请携带学生证和身份证参加。学校从未委托任何人办理“补考包过”。', senders: BULK },
  { label: 'normal', text: '[班级群] 学委：四六级报名今天开始，入口在教务处官网的通知里，报名费在考试报名网站上自己交，别找人代报，也别买什么“内部答案”，去年隔壁班就有人被骗了。', senders: PASTE },
  { label: 'normal', text: '教务处提醒：本学期学籍信息核对本周截止，请登录学信网核对姓名、身份证号和照片，有误的找学院教学秘书修改，核对本身不收费。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '同学你好，我是研究生院培养办的张老师。你的开题报告表导师还没签，系统里一直显示待审核，麻烦这两天找导师在线签一下，截止{date}。', senders: STAFF },
  { label: 'normal', text: '[辅导员通知] 毕业生注意：档案转递去向请在就业系统里填，派遣和报到证的问题统一找学院就业专员。学校不收档案费，有人打电话要钱的直接挂。', senders: PASTE },
  { label: 'normal', text: 'Dear exchange students, the Study Abroad Office will hold a pre-departure briefing on {date} in Room 305. Please bring your passport and the signed course approval form. We never ask for payment by phone or text message.', senders: BULK_OR_PASTE, en: true },
  { label: 'normal', text: '[楼栋群] 宿管阿姨：明天上午十点查违章电器，热得快、小电锅都收起来啊，查到了要登记报给学院的，别怪阿姨没提醒', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '【江城大学学生事务中心】关于秋季学期军训服装费退费：退费将原路退回缴费时使用的账户，同学们无需任何操作，也不会有人联系你索要卡号。', senders: BULK },
  { label: 'normal', text: '[课程群] 助教：作业三截止时间推迟到周日23:59，交到学校课程平台上，不要发邮箱。期中成绩已经出了，有疑问周三答疑时间来办公室。', senders: PASTE },
  // —— 学费, 住宿费 on the school's 缴费 platform ——
  { label: 'normal', text: '【江城大学财务处】2025-2026学年学费及住宿费已开放缴纳，请登录学校统一缴费平台或“掌上校园”公众号缴费。学校不会通过个人账户、二维码或QQ收取任何费用。', senders: BULK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}向“江城大学”支付学费{amt}元，余额请登录{app}查看。', senders: OWN_PORT },
  { label: 'normal', text: '爸，学费我在学校缴费平台上交好了，截图发你微信了，是学校官方的页面，不是别人发的链接。住宿费开学报到那天再交', senders: FOLK },
  { label: 'normal', text: '[宿舍群] 住宿费退费名单出来了，调宿舍的同学差价原路退回，不用找宿管，也不用给谁发卡号，等财务处打款就行', senders: PASTE },
  { label: 'normal', text: '财务处温馨提示：本学年学费缴纳截止日为{date}。家庭经济困难的同学可在学院申请缓缴或走绿色通道，不影响按时注册。', senders: BULK },
  { label: 'normal', text: '妈 你别再转了 学校说学费可以直接用助学贷款抵 我已经在学校系统里弄好了 剩下的住宿费我做家教的钱够', senders: FOLK },
  // —— 助学贷款: 发放, 续贷, 毕业确认, 还款 ——
  { label: 'normal', text: '【生源地信用助学贷款】尊敬的借款学生：您本学年的助学贷款{amt}元已于{date}发放至学校账户，用于抵扣学费。办理贷款全程不收取任何费用，如有疑问请咨询县学生资助管理中心。', senders: BULK },
  { label: 'normal', text: '助学贷款还款提醒：您已毕业，本年度应还本息{amt}元，请于12月20日前存入还款账户或通过官方还款渠道办理。如已还款请忽略，切勿向任何个人账户转账。', senders: BULK },
  { label: 'normal', text: '[老乡群] 学姐：今年续贷的同学记得带学生证、身份证和户口本去县资助中心，签合同要本人和共同借款人一起到场，一分钱不收，别信网上那些“代办续贷”。', senders: PASTE },
  { label: 'normal', text: '{sig}{name}提醒：您的助学贷款已进入还款期，本期应还{amt}元，将于{date}从尾号{tail}账户自动扣款，请保持余额充足。逾期将产生罚息并报送征信。如已还款请忽略。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{person}您好，我是县资助中心的工作人员，工号0317。您今年的续贷合同还差本人的电子签字，请自己登录助学贷款系统完成，我们不会电话索要验证码或密码。', senders: STAFF },
  { label: 'normal', text: '[语音转文字] 娃 你那个助学贷款的利息我给你还了啊 就在那个官方的还款页面弄的 你别又拿生活费去还 好好吃饭 天冷多穿点', senders: FOLK, hours: DAWN },
  // —— 奖学金, 助学金 credited ——
  { label: 'normal', text: '【江城大学】你的国家助学金第一批{amt}元已发放至学生银行卡（尾号{tail}），请注意查收。学校发放资助款从不要求学生先交“手续费”“个税”或“激活费”。', senders: BULK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户{date}收到“江城大学学生资助”转入{amt}元，摘要：奖学金。', senders: OWN_PORT },
  { label: 'normal', text: '[班级群] 班长：校级奖学金公示名单挂在学院官网，公示五天，有异议找辅导员。获奖的钱直接打进学生卡，谁接到要你“先交手续费”的电话，那就是骗子。', senders: PASTE },
  { label: 'normal', text: 'Hi Lin, congratulations! Your merit scholarship for the exchange semester has been approved. The stipend will be paid into your local bank account after registration week. No action or payment is needed from you. International Student Office', senders: ABROAD, en: true },
  { label: 'normal', text: '妈！我拿到一等奖学金了！！学校直接打到我卡上的，这个月你就别给我打生活费了，我留着自己换电脑', senders: FOLK, hours: EVENING },
  // —— 校园卡 ——
  { label: 'normal', text: '【校园一卡通】您的校园卡于{date}充值{amt}元成功，当前余额可在“掌上校园”查询。如非本人操作，请到一卡通服务中心办理挂失。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '一卡通中心提示：校园卡连续三次输错密码已被冻结，请本人带身份证到服务中心解冻。线上不办理解冻，也不需要任何转账。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '[寝室群] 谁捡到张校园卡 名字周思雨 信息学院的 我放宿管阿姨那了 补卡要二十块 先别急着补', senders: PASTE },
  { label: 'normal', text: '{sig}验证码{code}，您正在为校园卡绑定{app}自动充值，请勿告知他人。', senders: OWN_PORT, hours: ANYTIME },
  // —— 四六级, 考研, 考公 ——
  { label: 'normal', text: '【研招网】您的2026年全国硕士研究生招生考试网上报名信息已提交，请在规定时间内完成网上确认。本网不会以任何名义通过短信或电话收取费用。', senders: BULK },
  { label: 'normal', text: '[考研群] 群主：再说一次，报名费只在研招网上交。什么“内部名额”“保研渠道”“押题包过”全是骗人的，谁在群里私聊你让你转账直接截图发我踢人。', senders: PASTE },
  { label: 'normal', text: '验证码{code}，您正在登录全国大学英语四六级考试报名网站，5分钟内有效，请勿泄露给他人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【人事考试网】您报考的2026年度公务员考试已通过资格审查，请于{date}前在报名系统内完成网上缴费。请勿轻信任何“内部渠道”“保过班”。', senders: BULK },
  { label: 'normal', text: '学姐 我考公报名的照片审核没过 说背景颜色不对 你当时是在哪拍的呀 学校照相馆可以吗', senders: FOLK_ANY },
  { label: 'normal', text: '[自习室群] 有没有人一起拼考研网课 正版的 在官方App上开团购价 每个人自己付自己的 不用转给我', senders: PASTE },
  // —— 实习, 校招, HR on official mail ——
  { label: 'normal', text: 'Dear candidate, thank you for applying to our 2026 campus recruitment. We are pleased to invite you to a second-round video interview on {date}. The interview is free of charge. Please confirm your slot on our careers site {url}.', senders: BULK, links: ['unknown_legit'], en: true },
  { label: 'normal', text: '【{other}校园招聘】{person}您好，您已通过一面，二面安排在{date}下午，详情请登录招聘官网查看。我司招聘全程不收取任何费用，请警惕冒名诈骗。', senders: BULK },
  { label: 'normal', text: '你好，我是{other}的HR小吴，offer已经发到你学校邮箱了，记得三天内回复是否接受。三方协议下周我会在邮件里统一说明，入职不需要交任何费用。', senders: STAFF },
  { label: 'normal', text: '[实习群] 组长：明早九点周会，实习生把这周日报填好。工资卡的事人事会统一办，有陌生人加你说能“提前发工资”“预支补贴”的别理。', senders: PASTE },
  { label: 'normal', text: '人力资源部：您本月实习补贴{amt}元已于{date}转入您登记的银行卡，请查收。如有疑问请回复邮件或到人事办公室咨询。', senders: BULK },
  { label: 'normal', text: '[来电转写] 您好，请问是{person}吗？我是{other}招聘组的，您投的暑期实习简历通过了，想约您下周三上午线上笔试，链接会发到您邮箱，您看时间方便吗？好的，那我这边给您登记上。', senders: STAFF },
  { label: 'normal', text: '学长你好，我投了你们公司的实习，有个人加我微信说是HR，让我先交五百培训费才能入职，这是真的吗？我还没转，想先问问你', senders: FOLK_ANY },
  { label: 'normal', text: '宣讲会通知：{other}2026届校园招聘宣讲会将于{date}晚7点在学生活动中心举行，现场可投简历，不收取任何费用。', senders: BULK_OR_PASTE },
  // —— 社团, 班级, 宿舍: AA and 垫付 ——
  { label: 'normal', text: '[社团群] 社长：周六团建烤肉一共1860，十二个人每人155，群收款我发了，不方便的线下给我也行，收齐了我把小票拍群里。', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[班级群] 班长：毕业照的钱直接在摄影店扫店家的码付，收据我拍照发群里，这次我不经手任何钱。', senders: PASTE },
  { label: 'normal', text: '谁还没转啊 昨天火锅AA每人86 我在群里发了收款 已经转过的别重复转哈', senders: FOLK_ANY, hours: LATE },
  { label: 'normal', text: '[宿舍群] 这个月电费我先垫了一百二 四个人一人三十 不着急 月底一起给我就行', senders: PASTE },
  { label: 'normal', text: '[学生会群] 本周活动经费报销请把发票交到团委办公室，财务核对后直接打到个人学生卡上，不要私下转账。', senders: PASTE },
  { label: 'normal', text: '动漫社招新啦！本学期会费20元，只在招新摊位当面交，线上不收任何费用，有人私聊找你收会费请直接举报给社联。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '[宿舍群] 老三：谁先借我两百吃饭 周五我妈打钱就还 当面给你或者转你都行', senders: PASTE, hours: LATE },
  { label: 'normal', text: '兄弟上周借你的三百转你了，多出来的五块是请你喝可乐的哈哈', senders: FOLK_ANY },
  // —— 二手 on the platform ——
  { label: 'normal', text: '【闲鱼】你的宝贝“九成新考研数学复习全书”已被拍下，买家已付款，请在48小时内发货。请勿脱离平台交易，平台不会要求卖家缴纳保证金才能收款。', senders: BULK },
  { label: 'normal', text: '[二手聊天] 买家：同学你好，这个台灯还在吗？我也是本校的，能不能在你宿舍楼下面交？我在App上拍下，你当面看我确认收货就行。', senders: PASTE },
  { label: 'normal', text: '学弟 显示器你直接在App上拍就行 我改好价了 你付完我明天给你送到寝室 你确认收货钱才到我这 咱俩都放心', senders: FOLK_ANY },
  { label: 'normal', text: '有个买家让我加他微信，说平台上付不了款，要我扫他发的码开通什么“保证金”，我没理直接拉黑了，你们在二手群卖东西也小心点', senders: FOLK },
  { label: 'normal', text: '交易提醒：您的订单买家已确认收货，货款{amt}元已转入您的平台余额，可在“我的-钱包”中查看和提现。', senders: BULK },
  // —— games bought in the official store ——
  { label: 'normal', text: '【游戏充值】您已在官方商城成功购买“星耀礼包”，支付{amt}元，点券已发放到账。如非本人操作，可在7日内通过官方客服申请退款。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '验证码{code}，您正在申请游戏账号换绑手机。如非本人操作请忽略并修改密码，切勿把验证码告诉任何人，包括自称官方客服的人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[开黑群] 别买群里那些低价皮肤啊 上次老王就被骗了 要买直接游戏商城里买 周五打折活动就开了', senders: PASTE, hours: LATE },
  { label: 'normal', text: '兄弟 你那号我还是不买了 官方说账号不能私下交易 查到会封 我自己慢慢练吧', senders: FOLK_ANY, hours: EVENING },
  { label: 'normal', text: '账号安全提醒：您的游戏账号于{date}在新设备登录，如非本人操作请立即修改密码。官方不提供账号买卖、代充或代练服务。', senders: BULK },
  // —— B站, 小红书, 抖音 creators ——
  { label: 'normal', text: '[私信] 你好，我是某数码品牌的商务，看了你B站的开箱视频很喜欢，想邀请你做一期合作。报价你先发我，合同走平台商单系统，我们这边不收你任何费用。', senders: PASTE },
  { label: 'normal', text: '【小红书】你发布的笔记“二战上岸经验分享”被推荐到首页，已获得1.2万次浏览，快去看看大家的评论吧。', senders: BULK },
  { label: 'normal', text: '恭喜你开通创作者收益！本月收益{amt}元将于{date}结算至已绑定的支付宝账户。平台不会以“解冻收益”“提现手续费”为由向你收费。', senders: BULK },
  { label: 'normal', text: '[粉丝群] 群主：最近有人冒充我私信你们说抽中周边要交运费，都是假的。我的抽奖只在主页动态开，中奖后用平台私信联系，不收任何钱。', senders: PASTE },
  { label: 'normal', text: 'Hi! We loved your vlog about your exchange semester in Lyon. Our travel brand would like to send you a free backpack for an honest review. There is no fee; we ship after you confirm your address in the creator platform inbox.', senders: ABROAD, en: true },
  // —— 外卖, 快递 ——
  { label: 'normal', text: '【菜鸟驿站】您的包裹已到江城大学北区驿站，取件码{code}，请凭码取件，驿站晚上十点关门。', senders: BULK },
  { label: 'normal', text: '同学你好，你的外卖放在宿舍楼下外卖柜3号格了，取餐码{code}，祝用餐愉快～', senders: FOLK_ANY, hours: [11, 12, 18, 21, 23] },
  { label: 'normal', text: '你好，你有个到付件，十二块，我在六号楼门口，下来扫我工作码就行，不在的话我放驿站', senders: FOLK },
  { label: 'normal', text: '[来电转写] 喂同学，我是快递站的，你约的寄件我到宿舍楼下了，那几箱书要打包箱的话五块一个，不要的话就用你自己的袋子，我在楼下等你。', senders: STAFF },
  { label: 'normal', text: '外卖平台：您的订单超时送达，已为您发放3元无门槛红包，可在“我的-红包”查看，无需联系客服或提供银行卡。', senders: BULK },
  // —— 花呗 / 白条 / 分期: lawful reminders, with 工号, daytime, 退订 ——
  { label: 'normal', text: '{sig}您在{name}的本月账单{amt}元，还款日{date}，可在{app}内还款，按时还款有助于积累信用。退订回T', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}您好，您的分期借款已逾期3天，当前应还{amt}元，请尽快通过{app}还款，逾期将产生罚息并可能影响征信。如已还款请忽略。客服{hot}', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '[来电转写] 您好，我是{name}的客服专员，工号A2317，请问是{person}本人吗？您这期账单逾期两天了，方便的话今天在App里还一下；如果手头紧，也可以申请延期，我这边帮您登记。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}毕业季专享：您的{name}分期免息券已到账，详见{url}，退订回TD', senders: VENDOR_OR_OWN, links: ['official'] },
  { label: 'normal', text: '【南湖数码】开学季学生专享：笔记本电脑12期免息，凭学生证到店咨询，详情见{url}。拒收请回复R', senders: BULK, links: ['unknown_legit'] },
  { label: 'normal', text: '{sig}您在{name}的借款已全部结清，感谢按时还款，结清证明可在{app}中下载。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的账户因连续多次输错密码已被临时冻结，24小时后自动解冻，或本人登录{app}刷脸解冻。{name}不会来电索要密码或验证码。', senders: OWN_PORT },
  // —— 生活费, family, room-mates ——
  { label: 'normal', text: '[语音转文字] 囡囡 这个月生活费打你卡上了 两千 天冷了自己去买件羽绒服 别光顾着省钱 钱不够跟妈说', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '爸 生活费收到了 这个月有助学金 下个月少打点就行 周末给你们视频', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '妈 我刚转你五百是给你买生日礼物的 别退给我 是我家教赚的 不是借的', senders: FOLK },
  { label: 'normal', text: '[家庭群] 姐：弟弟这学期住宿费我出了，妈你别操心，他自己在学校官网交的，我把钱转给他了。', senders: PASTE },
  { label: 'normal', text: '[语音转文字] 儿子 刚才有个电话说你在学校出事了要交钱 我没信 直接打给你辅导员问了 你没事就好 以后手机别老静音', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '宝 我刚接个电话说是你们学校的，让我交什么住宿费差价，我说要先问你，他就挂了，是不是骗子啊？', senders: FOLK },
  { label: 'normal', text: '室友生病去校医院了，我先帮他垫了挂号和药费八十六，等他回来再说，他爸妈那边不用说', senders: FOLK_ANY },
  // —— warnings, "is this real?" questions that pay nothing ——
  { label: 'normal', text: '【江城大学保卫处】反诈提醒：近期有人冒充辅导员、班长在QQ群发布“缴纳教材费”“奖学金审核费”，学校收费一律通过统一缴费平台，请勿向任何个人账户转账。', senders: BULK },
  { label: 'normal', text: '{sig}【反诈提示】同学们请警惕“注销校园贷”“刷单返利”“游戏账号交易”等骗局，{name}不会要求您借款转账或共享屏幕。官方客服{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '[班级群] 我刚接到个自称公安局的电话，说我的卡涉嫌洗钱，连我名字和学号都知道，吓死我了，我直接挂了打了110，大家小心啊', senders: PASTE },
  { label: 'normal', text: '请问一下，我收到短信说我大学开过校园贷要注销，不注销影响征信，可我从来没借过钱，这是真的吗？链接我没点', senders: FOLK_ANY },
  { label: 'normal', text: '[来电转写] 您好，这里是反诈中心，我们监测到您刚才接听的电话疑似冒充客服诈骗，请问您有没有转账，或者下载什么会议软件？没有就好，对方再打来请直接挂断。', senders: PASTE },
  { label: 'normal', text: '学姐，我在交友软件上认识一个男生，聊了两周，他让我去一个平台投点钱说稳赚，我觉得不对劲还没投，你帮我看看这是不是杀猪盘？', senders: FOLK_ANY, hours: LATE },
  { label: 'normal', text: '[宿舍群] 别去做那个“点赞一单三块”的兼职 隔壁班同学做到后面被要求垫钱 垫了三千一分没拿回来 已经报警了', senders: PASTE, hours: LATE },
  { label: 'normal', text: '社区民警提醒：开学季是针对大学生诈骗的高发期，凡是“先交钱再办事”的奖学金、助学贷款、兼职一律是诈骗。拿不准的拨打96110咨询。', senders: BULK },
  { label: 'normal', text: 'Heads-up from the exchange buddy group: someone is calling international students pretending to be immigration police and asking for money. Real officers never do that. Hang up and tell the International Office.', senders: ABROAD, en: true },
  // —— dating, 追星, friends ——
  { label: 'normal', text: '[交友App] 你好呀，我也是江城大学的，看你也喜欢爬山，周末户外社组织去西山，你去不去？可以一起', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '【票务平台】您购买的演唱会门票已出票，电子票将于演出前72小时显示。请勿转卖入场二维码，如需退票请在App内操作。', senders: BULK },
  { label: 'normal', text: '[后援会群] 管理：应援物料全部免费，现场签到领取。谁私下卖“后援会内部渠道”的票和周边都跟我们无关，别给任何人转钱。', senders: PASTE },
  { label: 'normal', text: "Hey, it's Emma from the language exchange meetup! Great chatting with you about Beijing. Coffee on Thursday after class? My treat this time, you paid last week.", senders: ABROAD, en: true },
  // —— codes, marketing with 退订, lawful third-party contact ——
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}进行学生身份认证，10分钟内有效。请勿告知他人，工作人员不会索要验证码。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: 'Your exchange portal verification code is {code}. It expires in 10 minutes. Never share this code with anyone, including university staff.', senders: BULK, hours: ANYTIME, en: true },
  { label: 'normal', text: '【学信网】验证码{code}，您正在申请学籍在线验证报告，请勿转发给他人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '驾校暑期学生班招生，报名立减300，学费可分两次交，全部在驾校前台缴费并开具收据。退订回N', senders: BULK },
  { label: 'normal', text: '【考研培训】2027考研全程班早鸟价开启，七天无理由退款，报名请认准官网 {url}。本机构不收取任何“保过费”。退订回TD', senders: BULK, links: ['unknown_legit'] },
  { label: 'normal', text: '[来电转写] 您好，请问是{person}吗？我是{name}的客服，工号B0926。您的同学小赵留了您的电话作为联系人，我们联系不上他，麻烦您方便时提醒他回个电话，别的不打扰您了，谢谢。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您有一笔账单即将到期，可登录{app}查看。如您收到自称我司人员、要求向个人账户还款的信息，请拨打{hot}核实。', senders: OWN_PORT },
];

export const BLIND27_TEMPLATES: Template[] = [...NORMAL, ...BLIND27B_TEMPLATES];
