/**
 * BLIND15 held-out bank (twentieth scam author): this file holds the normal messages,
 * blind15b.templates.ts the fraud and harassment; BLIND15_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (2026-12-02), by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * twentieth author of a scam bank; a nineteenth author wrote blind14 at the same time, and this
 * author did not open that bank). Written from general knowledge of how recruiting platforms and
 * their HR users, employers' HR and onboarding systems, background-check firms, labour agencies
 * and factory staffing, factory floors and dormitories, MCN agencies and platform guilds, and
 * point-of-sale instalment lenders (phone shops, 医美 clinics, decoration firms, vocational
 * schools, furniture and appliance stores, marriage agencies) write to people in 2025–2026; of
 * the fraud scripts that imitate them (the Ministry of Public Security's common types, plus
 * recruitment fraud and the overseas "high-pay job" lure into scam compounds); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, new
 * loans to repay old ones, threats, insults, fraud, violence, spreading private information,
 * fake legal documents or impersonated courts, police or government). While writing it the
 * author read only: eval.types.ts, eval.generator.ts, the opening of eval.metrics.ts, the other
 * template banks except blind14 (only their headers, a skim of their texts and a grep for
 * keywords and brand names, to avoid duplicating them and to write differently), scam.types.ts
 * (FraudType, MessageInput), the opening of registry.fixture.ts (to load the registry in the
 * check script; registry.schema.ts was allowed but not needed), registry/institutions.json,
 * registry/README.md, shared/facts/regulation.md, shared/seeds, shared/SPEC.md, and the import
 * lines (first 45) of eval.test.ts. The analyzer's code, lexicons, signal lists, reason
 * catalogue, closed-channel rules, indicator extraction, text model and training corpus were NOT
 * opened; models/, scripts/, docs/, BENCHMARKS.md and the repository README were NOT read; the
 * analyzer, vitest, its tests and benchmarks were NOT run; no search tool was used on this
 * repository and git was not used. The only runs were `npm run typecheck` and an expansion check
 * outside the repository (generateEvalSet(registry, 'blind15') and the earlier splits) for
 * counts by label, fraud type, sender kind and hour, for placeholder and link checks, for
 * duplicate texts against the earlier splits and for character-bigram Jaccard similarity
 * (≤ 0.5) against every earlier template and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): work, gig jobs and big-ticket instalments —
 * recruiting-platform traffic (interview invitations, HR chats on a 直聘-style app, rejections,
 * login codes, the platform's own fee warnings), offer letters and 背调 consent (including a
 * finance employer asking the candidate to print their own credit report), HR onboarding (入职须知,
 * 入职体检 paid at the hospital, 社保增员, 个税 任职受雇 confirmation, payroll cards, e-signed labour
 * contracts and their codes, probation, leaving settlements), labour agencies and factory staffing
 * (返费 paid by the factory, 借支, wage slips, dormitory and safety notices, very long factory job
 * ads), legal 主播 / MCN recruiting through a platform guild; point-of-sale instalments (手机分期,
 * 医美分期 at a clinic, 装修贷 paid to the decoration firm by milestones, 教育分期 with a refund
 * path, furniture and appliance instalments, 婚介 memberships with a cooling-off period) beside
 * (in blind15b) the scams that imitate them: 高薪 overseas jobs luring to 东南亚, 入职贷 / 培训贷 at
 * fake employers, 刷单 recast as 打字员 / 配音员 / 点赞员 jobs, fake 主播 保证金, 押金 and 体检费 to a
 * personal account, fake 医美 尾款 links, marriage-agency romance cons, fake 分期 "解除" and 退款
 * calls. Registers: 5G / RCS rich messages written as card title + body + button labels
 * (【立即查看】【拒绝】), flash SMS ([闪信]), QR-code instructions and image alt-text
 * ([图片：二维码]), Telegram / WhatsApp / 飞书 chats with usernames, 抖音 and B站 comment threads
 * with @-replies, in-game chat channels, reply-keyword prompts (回复1确认，回复2取消), bilingual
 * HR English (offer letters, "Dear candidate") and a few English-only messages, machine-
 * translated Chinese from foreign employers, very long job descriptions, Guangdong factory-floor
 * slang without Cantonese (拉长, 长白班, 两班倒, 返费, 借支, 厂牌, 工衣), voice notes transcribed with
 * [语音] markers. Lawful collection (the lender's own reminder with hardship options, an agency
 * collector with a staff number who sends the debtor to the official app, a contact person told
 * nothing of the debt, a line that stops calling for the day, daytime, the debtor only) is
 * labelled normal. Many normals use scam vocabulary lawfully (验证码 with 切勿告知他人, 冻结 of a
 * real instalment account, 逾期 in a lawful reminder and in office chat, 征信 in a lender's reply
 * and a finance employer's background check, 转账 between family and colleagues, 安全 training,
 * 押金 for a rider's rental bike with a receipt). "Is this real?" questions and warnings written
 * by relatives, colleagues, the police, employers, platforms and lenders are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND15B_TEMPLATES } from './blind15b.templates.js';

/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A registered lender's call, transcribed. */
const OWN_CALL: Template['senders'] = ['official_hotline'];
/** Recruiting platforms, employers' HR systems, clinics, decoration firms, agencies, police: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A lender's notice sent through an SMS vendor, or from its own port. */
const VENDOR: Template['senders'] = ['official_port', 'unknown_port'];
/** Chat exports, comment threads, group posts, letters pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends, workmates on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named HR, consultant, project manager or clerk on a mobile or a desk line. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Recruiters and employers abroad, or their messages pasted. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** Codes and account alerts: any hour. */
const ANYTIME = [0, 2, 6, 9, 13, 17, 21, 23];
/** Shift workers' chats around the night shift (not collection). */
const SHIFT = [6, 7, 19, 20, 22, 23, 0, 1];
const OFFICIAL: Template['links'] = ['official', 'none'];

const NORMAL: Template[] = [
  // ── recruiting platforms and HR chats ──
  { label: 'normal', text: '【麦穗招聘】5G消息｜面试邀请\n鑫诚电子（长安工业区）邀请您参加“SMT操作员”现场面试\n时间：{date} 上午9:30\n地点：乌沙工业区三栋一楼招聘厅\n面试不收取任何费用，请携带身份证原件。\n【接受邀请】【改约时间】【拒绝】', senders: BULK },
  { label: 'normal', text: '【麦穗招聘】您投递的“仓库拣货员（长白班）”已被HR查看，对方希望约您{date}下午电话沟通。回复1确认，回复2改期，回复3不再考虑。回复TD退订', senders: BULK },
  { label: 'normal', text: '[职来直聘 聊天记录]\nHR-林女士（鑫诚电子·招聘主管）：你好，看了你的简历，之前做过QC是吧？我们这边长白班，早8晚8，中午休息一个半小时，底薪2300加计件，综合到手6000左右。\n我：请问要交什么费用吗？\nHR-林女士：不用，厂里直招，一分钱不收。体检是入职后厂里统一安排去医院做，费用厂里出。你方便的话明天上午过来，带身份证就行。', senders: PASTE },
  { label: 'normal', text: '【职来直聘】求职安全提示：招聘方以任何名义要求您缴纳押金、体检费、培训费、服装费，或要求下载陌生App、办理贷款、提供银行卡密码的，均属违规。请在聊天页点击“举报”，平台核实后封禁该账号。', senders: BULK },
  { label: 'normal', text: '{person}您好，我是昨天在职来直聘上跟您沟通的HR小宋。约您{date}下午3点电话面试，大概二十分钟，主要聊聊之前的项目经历。到时候我用这个号打给您，有变动随时说。', senders: STAFF },
  { label: 'normal', text: '好的林姐，明早九点半我带身份证过去，谢谢您', senders: FOLK },
  { label: 'normal', text: '【麦穗招聘】感谢您参加“仓储主管”岗位的面试。经综合评估，您暂不符合本岗位要求，简历将保留在企业人才库中，后续有合适岗位会再与您联系。祝求职顺利。', senders: BULK },
  { label: 'normal', text: '简历收到了，周四上午方便来公司面试吗？地址在园区B座六楼前台。', senders: STAFF },
  { label: 'normal', text: '【职来直聘】登录验证码{code}，5分钟内有效。HR及平台客服不会向您索要验证码，请勿泄露。', senders: BULK, hours: ANYTIME },

  // ── offers, background checks ──
  { label: 'normal', text: 'Offer Letter｜录用通知书\nDear candidate / 亲爱的候选人：\n我们很高兴地通知您，您已被录用为「海外市场专员」(Overseas Marketing Specialist)，试用期3个月，税前月薪12,000元，工作地点深圳南山。\nPlease sign the offer through the e-sign link in our email and reply by {date}. 入职无需缴纳任何费用，公司不会要求您转账或办理贷款。\nBest regards,\nHR Team', senders: PASTE },
  { label: 'normal', text: 'Dear candidate, thanks for meeting our panel today! Next step: a 30-min video chat with the hiring manager on {date}. We never charge candidates, and we only collect bank details after you sign. Cheers, Talent Acquisition', senders: ABROAD, en: true },
  { label: 'normal', text: '【背调通知】{person}您好，您已进入终面后流程。我们委托第三方背调机构“衡信背调”核实您近两份工作的在职时间、岗位与离职原因，请在邮件附件的授权书上电子签名。本次背调不涉及您的银行卡、密码或验证码，也不向您收取任何费用。', senders: BULK },
  { label: 'normal', text: '您应聘的是信贷审批岗，按公司制度需要您本人登录征信中心官网或到银行网点自助机，打印一份《个人信用报告》简版，入职当天交给人事。公司不代查，也不需要您把任何账号密码或验证码发给我们。——招聘组 {person}', senders: STAFF },
  { label: 'normal', text: '[通话转写] 您好，我是衡信背调的调查员，受一家科技公司委托，跟您核实一下{person}在贵司的在职时间和岗位，他本人已经签了授权书。……对，就这两项，别的不用说。好的，打扰您了，谢谢。', senders: ['unknown_landline', 'mobile'] },

  // ── onboarding ──
  { label: 'normal', text: '入职须知：请于{date}上午8:30到行政楼二楼报到，带身份证、学历证原件、一寸照片两张、本人名下储蓄卡（发工资用，只登记卡号，不用给密码）。入职体检请自行到二甲以上医院做，发票入职后报销。', senders: STAFF },
  { label: 'normal', text: '入职体检通知：请于{date}前到市人民医院体检中心（门诊楼4楼）自费完成入职体检套餐，现场缴费、现场开票，凭发票入职后报销。公司不代收体检费，也不会让您把钱转给任何个人。', senders: BULK },
  { label: 'normal', text: '【人事部】本月新入职同事的社保已于{date}申报增员，次月起可在国家社会保险公共服务平台或本地人社App查询缴费记录。如发现单位没有缴，可以先找人事核对，也可以拨打12333咨询。', senders: BULK },
  { label: 'normal', text: '【人事部】新同事请在个人所得税App“任职受雇信息”中确认本公司的受雇信息。如果发现有不认识的单位给你申报了收入，可以直接在App里申诉。', senders: BULK },
  { label: 'normal', text: '{sig}您的工资代发账户已开通，卡号尾号{tail}。首次登录{app}请本人设置密码，我们的工作人员不会询问您的密码或短信验证码。', senders: OWN_PORT },
  { label: 'normal', text: '【薪云电子签】您正在签署与宏泰五金的劳动合同，验证码{code}，10分钟内有效。如非本人操作请忽略，切勿将验证码告诉他人（包括自称HR的人）。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[飞书] 行政-阿May：欢迎新同学！入职第一天先在飞书里完成“入职任务”：上传身份证、签保密协议和员工手册确认书。电脑和门禁卡下午到IT工位领，有问题直接@我。', senders: PASTE },
  { label: 'normal', text: '[图片：二维码] 新员工入职群｜扫码加入“2025届校招新人群”，群主为HRBP周老师。群里只发培训和分配安排，不收任何费用，不做任何接龙转账。', senders: PASTE },
  { label: 'normal', text: '{person}，恭喜通过试用期考核，{date}起转正。转正后月薪按offer约定调整，公积金缴存比例由5%调到12%，下个月工资条上能看到。', senders: STAFF },
  { label: 'normal', text: '【人事】您的离职手续已办结，最后一个月工资和未休年假折算共{amt}元，将于{date}随正常发薪日发到您的工资卡；社保本月减员，请及时在新单位办理增员，或自行以灵活就业身份续缴。', senders: BULK },

  // ── labour agencies and factory floors ──
  { label: 'normal', text: '【蓝领帮】正规劳务派遣（许可证编号见门店公示）：电子厂普工，长白班，时薪23元，包住不包吃，做满45天厂方返费2000元打到您本人工资卡。我们不收报名费、体检费、服装费，有人冒我们的名义收钱，请拨12333投诉。', senders: BULK },
  { label: 'normal', text: '【宏泰五金直招｜长期有效】\n岗位：普工（男女不限，18-45周岁）、CNC学徒、仓管\n班次：两班倒，一周一倒，白班8:00-20:00，夜班20:00-8:00，夜班补贴每晚20元\n工价：底薪2360元（当地最低工资标准），平时加班1.5倍，周末2倍，综合工资6500-8000元\n福利：入职即买五险，满一年有公积金；包住（4人间，空调热水），饭堂餐补每天15元直接充进饭卡\n发薪：每月15号发上月工资，银行代发到本人卡，不压工资\n要求：身份证原件，无需学历，无需经验，有师傅带\n重要：本厂直招，不收押金、不收体检费（入职体检由厂里统一安排到医院做，厂里出钱）、不收工衣费，也不让员工办任何贷款。非本厂人员以“内部名额”为由收钱的，一律是骗子。\n面试地址：工业园三路18号东门保安室，周一至周六9:00-11:00\n咨询：人事部{person}', senders: BULK },
  { label: 'normal', text: '[3号线群] 拉长：明天早班7点半打卡，物料到了，A拉先做X款，B拉换线。新来的几个记得去行政领工衣和厂牌，饭卡在二楼行政窗口充，别找外面的人代充。', senders: PASTE, hours: SHIFT },
  { label: 'normal', text: '[车间群] 组长：这周赶货，周六加班到晚上十点，愿意加的在群里接龙，不加的不勉强，加班费按两倍当月发，夜宵厂里出。', senders: PASTE, hours: SHIFT },
  { label: 'normal', text: '[语音 23秒] 老婆我下夜班了，今天计件做了八百多个，拉长说下个月可能转长白班。你睡吧不用等我，我吃个炒粉就回宿舍。', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '【宏泰五金】{person}，您申请的本月借支800元已批准，随{date}的工资一并发到工资卡，下月工资里扣回，不收利息。如非本人申请，请找车间文员。', senders: BULK },
  { label: 'normal', text: '工资条｜{date}\n基本工资 2360.00\n平时加班 1286.50\n周末加班 604.00\n全勤奖 200.00\n餐补 150.00\n扣社保个人部分 -412.60\n实发 {amt}\n有疑问找车间文员小刘核对考勤。', senders: BULK },
  { label: 'normal', text: '【蓝领帮】{person}您好，您在鑫诚电子已做满45天，厂方返费2000元已核对完考勤，{date}由厂方随工资直接打到您本人卡上。我们中介不经手这笔钱，也不会找您收什么“返费手续费”。', senders: BULK },
  { label: 'normal', text: '宿舍通知：B栋本周四下午统一安全检查，不准私拉电线，电动车不准进宿舍充电，违规的罚款50元，到行政窗口交钱开收据。', senders: PASTE },
  { label: 'normal', text: '【宏泰五金安全生产】新员工三级安全培训{date}上午在二楼培训室，考试合格后才能上岗。签到请扫培训室门口张贴的码，不要扫群里陌生人发的码。', senders: BULK },
  { label: 'normal', text: '妈，我这边夜班刚下，厂里发了中秋月饼和两百块过节费，直接进工资卡了。你们早点睡，别老给我转钱，我够用。', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '工衣领了没？明早七点半厂门口等你一起走', senders: FOLK, hours: SHIFT },
  { label: 'normal', text: '[语音 31秒] 阿姨你好，我是小芳的组长，她今天发烧请了假，让我跟您说一声，她手机没电了。厂里有医务室，已经看过了，没什么事，您别担心，明天让她给您回电话。', senders: ['mobile'] },

  // ── streamers and MCN, done legally ──
  { label: 'normal', text: '[抖音私信] 你好，我们是星芒传媒的招募经纪，看了你的游戏解说觉得挺有意思。我们签约走平台公会合同，不收任何保证金和培训费，保底按月结算，合同可以先发你找律师看。感兴趣的话可以约个时间来公司看看直播间。', senders: PASTE },
  { label: 'normal', text: '[微信] 星芒传媒-经纪人小唐：合同发你邮箱了。签约是从平台公会后台发起的，你在App“创作者中心-公会合作”里能看到邀约。分成比例、保底和解约条款在合同第5条和第8条，不懂的先问律师再签，不着急。', senders: PASTE },
  { label: 'normal', text: '[B站评论区]\n@配音圈小张：有没有UP知道正规配音兼职在哪接？\n└ @声之形工作室 回复 @配音圈小张：正规的一般走平台接单，试音不收钱，结算也走平台。凡是让你先交会员费、充值接单的都别信。\n└ @配音圈小张 回复 @声之形工作室：懂了，谢谢！', senders: PASTE },
  { label: 'normal', text: '【星芒传媒】{date}直播收益结算单已生成：主播分成{amt}元，已扣代缴个税，将通过灵活用工平台发放至您实名认证的银行卡。明细请在公会后台查看。', senders: BULK },

  // ── instalments at the point of sale ──
  { label: 'normal', text: '{sig}5G消息｜分期账单已出\n您在“锦程通讯”门店办理的手机分期（12期）本期应还{amt}元，还款日{date}，可在{app}设置自动还款。\n【查看账单】【设置自动还款】【联系客服】', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您在“锦程通讯”门店申请的手机分期已审批通过：商品款{amt}元，分12期，每期金额和总费用已在合同中列明，年化利率见{app}合同页。分期款直接付给商户，不会打到您本人账户。{url}', senders: OWN_PORT, links: OFFICIAL },
  { label: 'normal', text: '[门店店员 微信] 哥，你那个手机分期合同是在{name}的App里签的，首期还款日{date}，到时候App自动扣，不用转给我。要提前还也是在App里点，别信有人打电话说帮你“解除分期”。', senders: FOLK },
  { label: 'normal', text: '{person}您好，我是澜亭门诊部的咨询师小周。您想分期做的光子项目，我们合作的是持牌机构，需要您本人在对方App上申请、刷脸、签合同，钱直接付到门诊部账户，我这边不会让您转钱给我个人。术前要面诊并签知情同意书，没做项目前可以申请撤销分期。', senders: STAFF },
  { label: 'normal', text: '{sig}放款通知：{amt}元已按您的授权直接划付给“澜亭医疗美容门诊部”（收款方为诊所对公户）。首期还款日{date}，共12期。若项目一直没做，或诊所关门，拨{hot}可申请暂停扣款并走退款流程。', senders: OWN_PORT },
  { label: 'normal', text: '【澜亭门诊部】{person}您好，您{date}的光子嫩肤复诊已确认。项目尾款请到店后在前台刷卡或扫前台收银码支付，我们不会通过短信链接收取尾款，也不接受转到员工个人账户。', senders: BULK },
  { label: 'normal', text: '{sig}您的家装分期已放款至“匠心家装”对公监管账户，按合同节点（水电验收、泥木验收、竣工）分三次划付，每次需您本人在{app}确认验收后才会付给装修公司。如装修公司要求您提前确认全部节点，请先拨打{hot}咨询。', senders: OWN_PORT },
  { label: 'normal', text: '[微信] 匠心家装-项目经理老郑：王哥，水电做完了，明天上午十点验收，您到场看一下打压试水。验收签字之后银行才放第二笔款给公司，您先别在App里点确认。', senders: STAFF },
  { label: 'normal', text: '【匠心家装】本公司收取工程款只使用合同载明的对公账户，任何员工不得以个人名义收款。如有人以“公司账户年审”“更换收款账户”为由让您转账，请先拨打合同上的客服电话核实。', senders: BULK },
  { label: 'normal', text: '{sig}您为“知行职业教育”课程申请的教育分期{amt}元已生效。按合同约定，开课前或开课7日内退课的，可申请撤销分期，由机构退回款项、我们同步结清，您无需另付费用。', senders: OWN_PORT },
  { label: 'normal', text: '【知行职业教育】{person}您好，您提交的退课申请已审核通过，扣除已上课时后，剩余学费{amt}元将原路退回至分期机构，由其结清您的分期账户，预计7个工作日。期间无需您另外转账或提供验证码。', senders: BULK },
  { label: 'normal', text: '{sig}您在家居城“木语家具”分期购买的沙发已完成签约，共6期，每期{amt}元，免息，手续费0元。送货安装完成后请在{app}确认收货，分期自确认之日起计期。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您在商场办理的空调分期（12期）合同已生成。确认办理请回复1，非本人办理请回复2，我们将暂停放款并尽快联系您核实。', senders: OWN_PORT },
  { label: 'normal', text: '【缘来婚恋】{person}，您的会员服务合同（12个月，总价以合同为准）已由您本人选择分期支付，分期由持牌机构提供。合同含7天冷静期，冷静期内书面申请可全额退款。我们的红娘不会以“加急匹配”“见面费”为由让您转账到个人账户。', senders: BULK },
  { label: 'normal', text: '[微信] 缘来婚恋-红娘李姐：小陈，周六下午两点在商场一楼的咖啡店，女孩姓吴，做会计的，资料你已经在App里看过了。第一次见面AA就好，别带贵重礼物，也别聊借钱投资这些，有不对劲的随时跟我说。', senders: STAFF },
  { label: 'normal', text: '{sig}经核实，您办理教育分期的机构已停止经营。您可在{app}“分期-商户异常”中提交停课证明，审核通过后未到期分期将暂停扣款。我们不会委托任何第三方收取“退款服务费”。{url}', senders: OWN_PORT, links: OFFICIAL },
  { label: 'normal', text: '[闪信] {sig}温馨提示：您本月手机分期已自动扣款{amt}元，扣款账户尾号{tail}。本信息无需回复。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}因您的分期账户近期多次在异地登录，为保障资金安全，已临时冻结账户额度。请本人登录{app}完成人脸识别后即可恢复，我们不会来电要求您转账或提供验证码。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}{person}您好，关于您咨询的“医美分期是否上征信”：该分期属于个人消费贷款，依规报送征信，按时还款不会产生不良记录；提前结清后，征信报告会在次月更新为“结清”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}5G消息｜结清证明已生成\n您的教育分期已全部还清，感谢您的信任。\n【下载结清证明】【评价服务】\n{url}', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '{sig}您好，您在“锦程通讯”办理的手机分期合同，签约验证码{code}。门店店员不需要知道这个验证码，请您本人在{app}内输入。', senders: OWN_PORT, hours: ANYTIME },

  // ── lawful collection ──
  { label: 'normal', text: '{sig}{person}，您的手机分期（门店：锦程通讯）已逾期3天，当前待还{amt}元。逾期会按合同计罚息并报送征信；若近期有困难，可在{app}提交延期或协商还款申请，咨询{hot}。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写] 您好，这里是{name}贷后服务，工号A2317，请问是{person}本人吗？……您的医美分期本期还差{amt}元，今天是逾期第5天。您看什么时候方便处理？如果最近收入受影响，可以在App里提交困难说明申请分期还款，我们不会联系您的家人和单位。', senders: OWN_CALL, hours: DAYLIGHT },
  { label: 'normal', text: '您好，我们是{name}的客服，想找一下{person}，他登记的联系人是您。麻烦您转告他回个电话到{hot}，具体事情我们只能跟他本人说。谢谢，打扰了。', senders: OWN_CALL, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}家装分期第4期将于{date}自动扣款{amt}元，扣款卡尾号{tail}，请提前存入。', senders: OWN_PORT },
  { label: 'normal', text: '{person}您好，这里是“恒衡信息”贷后服务，我们受{name}委托联系您，我的催收员编号HX0562。您的手机分期逾期第20天，未还{amt}元。核实委托关系可拨{hot}。还款只走{app}，请勿转入我个人或任何个人账户。', senders: ['unknown_port', 'mobile'], hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}，我们今天已联系您两次未接通，今日不再来电。您的教育分期已逾期，可在每日9:00-21:00回电{hot}，或在{app}自助还款。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写] ……理解，您说厂里停工放假两个月没收入。这样，您可以在App上传停工证明申请延期还款，延期期间不计罚息。您方便的时候再回复我，不用今天定。', senders: OWN_CALL, hours: DAYLIGHT },

  // ── warnings ──
  { label: 'normal', text: '【集团招聘中心】提醒：近期有人冒充本公司HR，以“内推”“保录取”为由收取体检费、服装费、培训费。本公司招聘全程不收取任何费用，不会让您下载陌生App或办理任何贷款。', senders: BULK },
  { label: 'normal', text: '【市公安局反诈中心】“月入三万、包机票、免签证”的海外高薪招聘多为陷阱，去了可能被限制人身自由、被逼从事电诈。出境务工请通过有资质的对外劳务合作企业，资质可在商务部网站查询。', senders: BULK },
  { label: 'normal', text: '[语音 58秒] 儿子，你表哥说的那个去泰国做“电商客服”的活你千万别去，电视上天天放，去了护照一收就回不来了。家里不缺你那点钱，在厂里踏踏实实干，听见没有？', senders: FOLK },
  { label: 'normal', text: '{sig}提醒：我们不会致电要求“解除分期”“关闭分期权限”“取消会员扣费”，更不会让您转账、贷款或开启屏幕共享。接到此类电话请挂断，并拨打{hot}核实。', senders: OWN_PORT },
  { label: 'normal', text: '哥，你说的那个在家做打字员、先交298买“任务包”的，就是刷单，我同事上个月被骗了四千。正经打字的活不会让你先交钱。', senders: FOLK },
  { label: 'normal', text: '【劳动保障监察】遇到拖欠工资可拨打12333，或到区劳动保障监察大队现场投诉，投诉不收费。我们不会通过短信链接让您登记银行卡或填写验证码。', senders: BULK },
  { label: 'normal', text: '[厂群] 人事部：有人用“宏泰五金人事部”的头像加员工微信，说帮办“员工贷”“提前预支工资”，要先交会员费。厂里从来没有这个业务，借支只在车间文员那里登记。', senders: PASTE },
  { label: 'normal', text: '[村群] 村委会通知：最近有人在群里招去缅甸、柬埔寨的“高薪”活，说包机票包签证，大家千万别去，去了就回不来。家里有年轻人在外打工的，多打电话问问。', senders: PASTE },
  { label: 'normal', text: '[抖音评论区]\n@打工人阿强：宏泰五金真的不收钱吗？\n└ @宏泰五金人事部 回复 @打工人阿强：真的，本厂直招不收任何费用，认准东门保安室现场面试，不用找中介。', senders: PASTE },
  { label: 'normal', text: '[班级群] 班主任：学费只能交到学校财务处对公账户或校园缴费平台，学校不跟任何机构合作“分期入学”。有同学接到电话说可以“学费零首付分期”，一律别理。', senders: PASTE },

  // ── "is this real?" ──
  { label: 'normal', text: '[B站私信] up主你好，有人私信我说招配音员，一条三十块，但要先交99的会员费才能接单，这是真的吗？我有点想试试又怕被骗。', senders: PASTE },
  { label: 'normal', text: '@HR小王 请问你们面试需要先交体检费吗？有个人打电话说是你们公司的，让我转150给他。', senders: FOLK },
  { label: 'normal', text: '老公，刚才有个电话说我那个医美分期是“误开通”的，要帮我解除，不然影响征信。我没理他直接挂了，你帮我在App里看看是不是真的有这回事。', senders: FOLK },
  { label: 'normal', text: '@dev_lin: 有人在 Telegram 上说是新加坡公司的 HR，要远程面试，让我先装一个 APK 做“技术测评”，靠谱吗？\n@kai_w: 不靠谱。正经公司用 Zoom 或 Teams 发个会议链接就行，不会让你装来路不明的 APK。', senders: PASTE },
  { label: 'normal', text: '你好，我刚收到一条短信，说我在你们这的项目尾款没付，让我点链接付。是你们发的吗？我记得那天是到店刷卡付清的。', senders: FOLK },
  { label: 'normal', text: '李姐，上周见的那个男生一直让我下个App跟他一起投黄金，说稳赚不赔，我有点怕，这个人你们那边核实过吗？', senders: FOLK },
  { label: 'normal', text: '[厂群] 有人知道“薪快借”这个App吗？有人发的说凭厂牌就能预支工资，要先交会员费，到底能不能用？', senders: PASTE, hours: SHIFT },

  // ── ordinary personal and work traffic ──
  { label: 'normal', text: '[飞书] 项目群｜@全体成员 周三的客户演示改到下午4点，PPT终版今晚12点前传云文档，逾期的我就按旧版讲了哈。', senders: PASTE },
  { label: 'normal', text: 'WhatsApp | Jasmine (Recruiter, Singapore): Hi, this is Jasmine from the agency that reached out on LinkedIn. The client has confirmed your second interview on {date}, 10am SGT, on Teams. The employment pass is applied for by the employer and you pay nothing. 你的中文简历我也转给 hiring manager 了。', senders: ABROAD },
  { label: 'normal', text: '尊敬的候选人先生/女士：\n我们非常高兴地通知您，您已经通过了我们的公司在德国的第一轮的面试。第二轮的面试将会在线上的视频会议进行，时间是{date}北京时间下午4点。关于签证的事情，将由我们的公司的人力资源部门和您一起办理，所有的费用由公司来承担。我们的公司从来不会要求候选人支付任何的金钱。\n带着最好的问候', senders: ABROAD },
  { label: 'normal', text: '[公会频道] 会长-北辰：周五晚9点公会战，全员上线。装备交易一律走游戏内交易行，私下转账出了问题公会不管，也别信私聊你的“官方客服”。', senders: PASTE },
  { label: 'normal', text: '[系统] 您在交易行上架的“紫晶护腕”已售出，货款已扣除5%交易税并存入角色邮箱，请于7日内领取。', senders: PASTE },
  { label: 'normal', text: '[语音 15秒] 喂，跟你说个好消息，我那个面试过了！下周一入职，五险一金都有，就是离家远点，要坐一个小时地铁。', senders: FOLK },
  { label: 'normal', text: 'offer签了，月底入职🎉 请你吃饭！', senders: FOLK },
  { label: 'normal', text: '[语音 20秒] 儿子，妈刚给你转了三千，先把房租押金交了。刚才视频看到你了就放心了，新工作好好干，别熬夜。', senders: FOLK },
  { label: 'normal', text: '【远山快递】骑手招募：站点招全职、兼职骑手，电动车可自带或在站点租用（租车押金500元，站点开收据，退车当天原路退回）。入职需在官方骑手App实名注册，健康证请自行到社区医院办理。', senders: BULK },
  { label: 'normal', text: '[图片：二维码] 招聘会现场签到码｜扫码签到后可领取企业名录。本次招聘会由区人社局主办，企业免费参会，求职者免费入场。', senders: PASTE },
  { label: 'normal', text: '【宏泰五金】入职体检安排在{date}上午8点，厂车7:20从东门出发。回复Y确认乘车，回复N自行前往。体检费厂里已统一结算，到医院不用交钱。', senders: BULK },
  { label: 'normal', text: '[飞书] 王总：小刘，合同盖好章了，你下午拿去财务走付款流程，别在微信上转，按规矩走OA审批。', senders: PASTE },
  { label: 'normal', text: '兄弟，上次借你的两千我转你了，你看下到没到。下个月发了工资请你吃烧烤。', senders: FOLK },
];

export const BLIND15_TEMPLATES: Template[] = [...NORMAL, ...BLIND15B_TEMPLATES];
