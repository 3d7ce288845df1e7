/**
 * BLIND28 held-out bank (thirty-fifth scam author): this file holds the normal messages,
 * blind28b.templates.ts the fraud and harassment; BLIND28_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-fifth author of a scam bank; another author wrote blind29 at the same time, and this
 * author did not open, grep or print that bank, not even its header). Written from general
 * knowledge of how China's gig and platform workers (零工, 平台劳动者) read and write in 2025–2026:
 * 网约车 drivers on 滴滴-, 高德- and 曹操-style platforms, 外卖骑手 and 众包 riders, 快递员 and 驿站
 * staff, 货车司机 on 货拉拉- and 满帮-style freight apps, 代驾, 家政 and 保洁阿姨, 搬家 crews, 跑腿, and
 * small 主播 and 直播带货 hosts; of the platforms' 派单, 结算 and 提现 notices, lawful 押金 rules
 * (refunded 原路 through the app), 服务分 and 封号 appeals through the official 客服, ETC, 加油卡 and
 * charging bills, 车贷 and 融资租赁 reminders, 骑手意外险 and 职业伤害保障 for 新就业形态, 工会 and
 * 司机之家, 交管12123 fines and 年检, station managers', 车队 and 驿站 group chats, customers' 备注,
 * complaints and 打赏; of the fraud scripts aimed at them (fake platform 客服 about 封号, 保证金,
 * 服务分 and 提现 freezes, fake 平台补贴 and 冲单 tasks, 高佣派单 groups with 会员费, fake freight
 * orders with 信息费 and 押车费, fake 车贷 and 征信 fixes, fake 交警, 12123, 运管, 人社 and 税务, fake
 * 车队长, 站长 and fellow drivers borrowing money, romance in drivers' groups, fake 二手车, 电动车,
 * batteries and 网约车证, 运力投资 and 换电柜 schemes, game trades by young riders); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at
 * most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, new loans
 * to repay old ones, threats, insults, violence, spreading private information, fake legal
 * documents or impersonated courts, police or government).
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind28.templates.ts and blind28b.templates.ts (and wrote them); eval.types.ts,
 * eval.generator.ts and eval.metrics.ts (whole); a directory listing of eval/ (`ls -la`: names,
 * sizes, dates; blind29's two file names and sizes appeared in it, nothing more); blind25's header
 * (lines 1–95), the line number of its `const NORMAL` line, and lines 96–133 (its import lines,
 * sender and hour constants, and its first template lines — that range showed FOUR template lines,
 * one more than the three allowed; this is reported here, and nothing was taken from them);
 * blind25b's header (lines 1–56, its labelling rules), the line numbers of its `const` lines, its
 * lines 57–90 with template lines filtered out (constants, the `const FRAUD` line and one section
 * comment), and its first three template lines; a keyword grep over the other template banks of
 * eval/ except blind28* and blind29* — total match counts for 网约车, 滴滴, 高德, 曹操, 司机, 骑手,
 * 外卖, 众包, 快递员, 驿站, 货拉拉, 满帮, 货车, 信息费, 代驾, 家政, 保洁, 搬家, 主播, 带货, 跑腿, 派单, 接单,
 * 冲单, 服务分, 封号, 保证金, 押金, ETC, 加油卡, 12123, 罚单, 违章, 年检, 融资租赁, 车贷, 骑手险, 意外险,
 * 新就业形态, 工会, 站长, 车队, 充电, 打赏, 二手车 (45 keywords), and the first 24 matching fragments
 * (40 characters each side) for 骑手, 网约车 and 12123 — to avoid duplicating them;
 * scam.types.ts (its first 80 lines); registry.fixture.ts; registry/institutions.json (each
 * institution's id, kind, name, hotlines, ports, signatures, first app and first domain, printed
 * by a one-line script); registry/README.md (first 50 lines); shared/facts/regulation.md (whole);
 * listings of shared/facts/ and shared/seeds/ and the first 600 characters of one seed; the first
 * 30 lines of bin/run-ts.js and the scripts block of package.json; the check script
 * /tmp/blind-check/check.mts (read and run, not edited). shared/facts/channels.md and
 * eval.test.ts were not opened. The analyzer's code, lexicons, signal lists, rules, reason
 * catalogue, text model, training corpus and anything else under src/ were NOT opened; models/,
 * scripts/, docs/, bench/, BENCHMARKS.md and the repository README were NOT read; the analyzer,
 * vitest, the tests and the benchmarks were NOT run; no search tool was used and git was not used.
 *
 * Checks run: `npm run typecheck` (passes); `node bin/run-ts.js /tmp/blind-check/check.mts blind28
 * blind29`: 1,904 messages (880 normal, 824 fraud, 200 harassment; fraud by type: brushing_rebate
 * 72, fake_investment 64, fake_loan 80, fake_customer_service 104, impersonating_authority 80,
 * fake_credit_repair 72, fake_shopping 72, impersonating_acquaintance 72, game_trading 56,
 * romance 64, other 88), 0 unreplaced placeholders, 0 generated texts shared by two templates of
 * this bank, 0 equal to one in any other split (blind29 as a count only, 0); no template at or
 * above 0.4 bigram Jaccard against another bank (the first draft had one at 0.404, none at 0.5) and
 * none at or above 0.45 within this bank; a small script of this author's outside the repository
 * (/tmp/b28/max.mts, the check's own Jaccard over dev, test, blind to blind27 and train8 to
 * train12, never blind29, printing only scores and indices) gives the highest as 0.399 against
 * other banks and 0.331 within this bank. No template needed rewriting.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): GIG AND PLATFORM WORKERS. Genuine traffic
 * (this file): invented platforms' ports (快驰出行, 蜂鸟众包, 货运宝, 驿家代驾, 到家保洁, 邻帮跑腿,
 * 速运搬家, 星光直播) sending 结算, 提现, 预约单, 派单 with customers' 备注, 押金 refunds 原路 after
 * 注销 or 还车, "the platform charges no 保证金 / 信息费" notices, 申诉 accepted and 服务分 restored,
 * a 24-hour 暂停接单 with a free appeal, codes with 请勿告知他人 (also "not even to 平台客服"),
 * 冻结 after five wrong passwords, ETC, 加油卡 and night charging bills, 车贷 and 融资租赁 reminders
 * (one 2 days 逾期, a lender's 工号 call offering 延期, an emergency contact asked only to pass on a
 * message), 骑手意外险 bought per day and paid out with no fee, 职业伤害保障, 工会 入会 and a 司机之家
 * 理疗 day, 交管12123 fines and 年检 with no link, group chats (站点, 驿站, 车队, 快递网点, 直播运营,
 * 货车司机群 with a road closure) whose leaders say they never collect money, customers' notes,
 * a lost scarf and earphones, a 保洁阿姨's key under the shoe rack, 打赏 and 感谢费, wages for a 跟车
 * helper, money to a wife, a father's battery, a mother's knee, and "is this real?" questions
 * and warnings from riders, drivers, a 站长, a mother and a bank pausing a transfer; marketing
 * with 退订 (charging, ETC card, 保养, gloves, a driver's data plan). Fraud (blind28b): fake
 * platform 安全中心 and 风控 in SMS, calls and chat, 远程 "服务分 restore" with an APK, 提现 freezes
 * needing 流水验证, fake 骑手险 payouts, 冲单 by ordering and cancelling rides, 刷好评 for 汽车服务
 * shops and 刷播放量, 信息部 信息费 for non-existent cargo, 高佣派单 and 代驾 member groups, 押车费,
 * 公会 signing fees, an extorting "customer" claiming an allergy, fake 交警 / 交通运输局 / 运管 / 城管
 * / 人社 / 税务 and 刑侦 (a 帮信罪 script for a driver who advanced fares), 车主贷 and 骑手贷 with
 * 解冻金 and 验资, fake 征信 删除 tied to 网约车证 and 货运资格证, 运力投资, 挂靠 cars, 换电柜 and 充电桩
 * shares, a 货运链 "mining" coin, fake 二手车 with 双证, batteries, free ETC devices, 加油卡 top-up
 * deals, fake 车队长 / 调度 / 片区经理 / 站长 and a past passenger borrowing money, game accounts,
 * 代充 and 代练, and romance in drivers' 交友群 and a 主播's 冲榜. Harassment (blind28b): collectors
 * who tell or threaten the 车队, 站长, 驿站, 快递网点, the platform (asking it to freeze 提现), the
 * 骑手群, 司机群, a 主播's live room, a 保洁阿姨's employers, villagers and family, who threaten to
 * tow, smash or seize the car or the e-bike at night, add 拖车费 and 催收服务费, push a new loan,
 * pose as a 律师事务所 or 法院执行局, insult, and call at dawn before the first shift. Voices:
 * platform ports, riders, drivers, truckers, 代驾, 保洁阿姨, 主播, 站长, 调度, customers, relatives,
 * lenders' staff; SMS, app pushes, call and voice-to-text transcripts, chat screenshots and group
 * exports; some English from passengers abroad, drivers on foreign platforms and a courier code.
 */
import type { Template } from './eval.types.js';
import { BLIND28B_TEMPLATES } from './blind28b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Platforms, 驿站 systems, 交管, insurers, fuel and charging firms, 工会 not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A 站长, 调度, 车队长, agent, 4S or leasing clerk on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Group-chat exports, app pushes, call transcripts and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Drivers, riders, customers and relatives on their own phones (sometimes pasted). */
const FOLK: Template['senders'] = ['mobile', 'none', 'mobile'];
/** Workers and customers, some on an MVNO number (many drivers carry a cheap second card). */
const FOLK_ANY: Template['senders'] = ['mobile', 'virtual', 'none'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Relatives and customers abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A platform's port, or the notice pasted into a drivers' group. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** Night shifts: 代驾, night riders, long-haul trucks. */
const LATE = [22, 23, 0, 1, 2];
/** Evening peak. */
const EVENING = [19, 20, 21];
/** Early starts: 驿站 opening, the first 早高峰 order, trucks leaving. */
const DAWN = [5, 6, 7];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 6, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // —— platform 派单 / 结算 / 提现 notices ——
  { label: 'normal', text: '【快驰出行】师傅您好，您{date}的流水已结算，扣除平台信息服务费后实收{amt}元，已转入司机钱包。提现请在司机端“钱包”内操作，到账银行卡尾号{tail}，平台不会通过电话或短信索要验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【快驰出行】您有一笔预约单：明早06:40 从锦绣花园东门到高铁东站，乘客备注“两个大行李箱，麻烦帮忙抬一下”。请在出发前15分钟到达上车点。', senders: BULK, hours: EVENING },
  { label: 'normal', text: '【蜂鸟众包】本周配送结算已完成：完成订单163单，配送费及奖励合计{amt}元，恶劣天气补贴已计入。如对明细有疑问，请在App“我的-收入明细”中提交核对，客服不会要求您转账。', senders: BULK },
  { label: 'normal', text: '【货运宝】货主已确认收货，运费{amt}元将于T+1个工作日结算至您绑定的银行卡（尾号{tail}）。回单照片已上传成功，感谢您的承运。', senders: BULK },
  { label: 'normal', text: '【驿家代驾】您{date}晚间共完成代驾5单，收入已入账。今晚为周五高峰，22:00-02:00完单可额外获得夜间奖励，以App内活动页面为准，无需报名缴费。', senders: BULK, hours: EVENING },
  { label: 'normal', text: '[App推送] 提现申请已提交：{amt}元，预计2小时内到账。若24小时未到账，请在“帮助中心-提现问题”联系在线客服。', senders: PASTE, hours: ANYTIME },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}收到“快驰出行司机提现”转入{amt}元，当前可用余额请登录{app}查看。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【到家保洁】阿姨您好，明天上午9:00有一单“日常保洁3小时”，地址滨江苑6栋1203，雇主备注：家里有猫，请勿开阳台门。服务费完单后由平台结算，请勿向雇主收取现金。', senders: BULK, hours: EVENING },
  { label: 'normal', text: '【邻帮跑腿】您接的帮买单已完成，商品垫付款{amt}元及跑腿费已由平台一并结算给您。顾客打赏5元已到账，谢谢您的辛苦。', senders: BULK },
  { label: 'normal', text: '【速运搬家】师傅您好，{date}下午2点同城搬家订单已派给您：两室一厅，有钢琴，需3名搬运工，电梯房。订单金额已由客户在线支付，现场如有加价项目须在App内发起，客户同意后生效。', senders: BULK },
  { label: 'normal', text: 'Ride completed. Your earnings for this trip have been added to your driver wallet. Weekly payouts are sent automatically every Tuesday. We will never ask for your password or a verification code.', senders: BULK, en: true },
  // —— deposits stated lawfully, refunds through the app ——
  { label: 'normal', text: '【蜂鸟众包】您已成功申请注销众包账号。装备押金将在装备归还站点核验后7个工作日内原路退回至支付账户，全程无需另行缴费，如有人以“退押金”为由让您转账，请勿理会。', senders: BULK },
  { label: 'normal', text: '【快驰出行】关于租车押金：您在合作车行租用的车辆已还车并验车完毕，押金3000元将于15个工作日内原路退回（违章查询期结束后）。如有违章，将在App内列明后扣除，平台不会通过电话收取任何费用。', senders: BULK },
  { label: 'normal', text: '[司机群] 车行小刘：各位师傅，交车的时候押金退款全部走App，我们门店不收现金也不收个人转账。有人打电话说是车行财务让你转钱的，一律是假的，直接挂。', senders: PASTE },
  { label: 'normal', text: '平台从来没有“保证金”这个东西，注册接单都不收钱。你说的那个要交两千保证金才能接单的，是骗子，别理。', senders: FOLK },
  { label: 'normal', text: '【货运宝】温馨提示：平台对司机不收取任何保证金、会员费、信息费。货主发布的订单运费均在线托管，如有人私下要求先付信息费，请截图举报，举报核实奖励50元。', senders: BULK },
  { label: 'normal', text: '{sig}您的电动车分期合同已结清，押金500元已于{date}原路退回尾号{tail}的银行卡，请注意查收。合同结清证明可在{app}下载。', senders: OWN_PORT },
  // —— 服务分, 封号 appeals through the official 客服 ——
  { label: 'normal', text: '【快驰出行】您对{date}订单“乘客投诉绕路”的申诉已受理，预计3个工作日内完成审核。审核期间账号正常接单，服务分暂不扣减。结果将通过App消息通知您。', senders: BULK },
  { label: 'normal', text: '【蜂鸟众包】您的账号因连续3日超时率过高被暂停接单24小时，{date} 18:00自动恢复。如有异议，可在App“申诉中心”提交说明及凭证，申诉不收取任何费用。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，这边是代驾平台服务中心，工号3307。您昨天晚上有一单乘客说车上有划痕，我们调了行车记录仪，确认跟您无关，这个投诉已经撤销了，服务分也恢复了。不需要您做任何操作，就是告知您一下，祝您接单顺利。', senders: STAFF },
  { label: 'normal', text: '师傅，你服务分掉了不用急，在司机端“服务分”里点申诉，上传订单截图就行，一般两三天出结果。别信那些说花钱能帮你刷回来的。', senders: FOLK },
  { label: 'normal', text: '【到家保洁】您本月服务评分4.92，排名本区前10%，获得“金牌阿姨”标识，下月优先派单。感谢您认真对待每一户人家。', senders: BULK },
  // —— 验证码 with 请勿告知他人, 冻结 after wrong passwords ——
  { label: 'normal', text: '【快驰出行】验证码{code}，您正在登录司机端，5分钟内有效。工作人员不会向您索要验证码，请勿告知他人。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【蜂鸟众包】您正在更换提现银行卡，验证码{code}。如非本人操作，请立即修改密码。请勿将验证码告知任何人，包括自称平台客服的人员。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}验证码{code}，用于绑定“货运宝”快捷支付，切勿告知他人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【快驰出行】您的司机账号今日连续5次密码输入错误，为保障账户安全已冻结登录30分钟。如非本人操作，请通过刷脸找回密码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的支付密码输错次数过多，账户支付功能已临时冻结，24小时后自动解除，也可在{app}通过人脸识别立即解冻。我司不会致电要求您转账解冻。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: 'Your verification code is {code}. Use it to sign in to the courier app. Do not share this code with anyone.', senders: BULK, hours: ANYTIME, en: true },
  // —— ETC, 加油, charging bills ——
  { label: 'normal', text: '【畅行ETC】您的货车ETC于{date}通行京港澳高速，通行费{amt}元已从绑定账户扣除。本月累计通行费可在App开具电子发票。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的ETC记账卡（尾号{tail}）本期通行费账单{amt}元，将于{date}自动扣款，请确保账户余额充足。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '【易充电】您的充电订单已完成：充电42.6度，电费+服务费合计{amt}元，已从账户余额扣除。夜间23:00-07:00谷时电价更低。', senders: BULK, hours: LATE },
  { label: 'normal', text: '【加油卡】您的加油卡于{date}在省道S203加油站消费{amt}元，卡内余额1286.50元。如非本人消费，请拨打卡背面客服电话挂失。', senders: BULK },
  { label: 'normal', text: '加油卡我给你充了两千，在卡里了，你跑长途省着点用，别老在高速上加，贵。', senders: FOLK },
  // —— 车贷, 融资租赁, lawful reminders and collection ——
  { label: 'normal', text: '{sig}{person}您好，您的车贷本期应还{amt}元，还款日{date}。请提前在还款卡中存入足额资金。如已还款请忽略。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}您的车辆融资租赁合同本期租金{amt}元已逾期2天，为避免影响您的信用记录，请尽快通过{app}或对公账户还款。如有困难可致电{hot}申请延期，我司不会通过任何个人账户收款。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}吗？我是{name}贷后服务专员，工号A2219。您的车贷上个月那期还没还上，想了解一下是不是跑车收入有变化？如果暂时困难，我们可以帮您申请延期还款，需要的话您在App里提交一下申请就行。今天就是跟您确认一下情况，打扰了。', senders: OWN_LINES, hours: [10, 11, 14, 15, 16] },
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期5天，当前应还{amt}元。请登录{app}还款，逾期将按合同约定计收罚息并上报征信。客服热线{hot}（工作日9:00-18:00）。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '您好，我是{name}的工作人员，工号B0671。{person}留了您的电话作为联系人，我们这两天联系不上他，麻烦您方便的话让他回个电话给{hot}，谢谢。具体什么事我们不方便跟您说，也不需要您做什么。', senders: OWN_LINES, hours: [10, 14, 16] },
  { label: 'normal', text: '{sig}您的车贷已于{date}全部结清，抵押解除材料将在5个工作日内寄出，请留意快递。解押请本人到车管所办理，不需要向任何人支付费用。', senders: OWN_PORT },
  { label: 'normal', text: '【融驰租赁】{person}您好，您的租赁车辆下月将到期，可选择留购或退车。留购需支付尾款{amt}元，请通过合同约定的对公账户支付，门店销售人员不会收取个人转账。', senders: BULK },
  // —— 骑手险, 社保 for 新就业形态, 工会 ——
  { label: 'normal', text: '【蜂鸟众包】您今日首次接单，平台已为您投保当日骑手意外险（保费3元，从当日收入中扣除）。出险请在App“保险”页面报案，理赔款直接打到您本人账户，不需要您先付任何费用。', senders: BULK, hours: DAWN },
  { label: 'normal', text: '【人社服务】您已纳入新就业形态就业人员职业伤害保障，保障由平台统一缴纳，个人无需缴费。查询参保信息请通过掌上12333或当地人社局官方渠道，我局不会发送链接要求填写银行卡。', senders: BULK },
  { label: 'normal', text: '【区总工会】网约车、外卖、快递等新就业形态劳动者可免费入会，入会后享受免费体检、法律援助和暖心驿站服务。入会请到街道工会服务站或工会官方App办理，不收取会费以外任何费用。', senders: BULK },
  { label: 'normal', text: '[司机之家群] 工会老赵：明天下午两点，司机之家有免费的颈椎理疗和血压检测，带上身份证就行。另外有人在群里发“工会补贴”链接，那是假的，工会不会让大家点链接填卡号。', senders: PASTE },
  { label: 'normal', text: '骑手险理赔下来了，上次摔那一下医药费报了一千二，直接打到我卡上了，啥费用都没让交。你上回说你也摔了，赶紧在App里报案。', senders: FOLK_ANY },
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}收到灵活就业养老保险个人缴费退款{amt}元。', senders: OWN_PORT },
  // —— traffic fines from 交管12123, 年检 ——
  { label: 'normal', text: '【交管12123】您的营运车辆（粤B***{tail}）于{date}在深南大道有违反禁止标线指示的交通违法行为，请及时通过交管12123 App处理。本短信不含任何链接。', senders: BULK },
  { label: 'normal', text: '【交管12123】您的机动车（川A***{tail}）检验有效期至{date}，请在有效期满前三个月内到检测站检验或通过App申领检验标志。营运车辆须按规定到指定检测站上线检测。', senders: BULK },
  { label: 'normal', text: '车子年检约好了，下周三早上去检测站，带行驶证和交强险保单。网约车的要查营运证，记得一起带上。', senders: FOLK },
  { label: 'normal', text: '我看了下12123，你那个违章是上个月在高架上压线，罚200扣1分，直接在App上交就行。那种发短信带链接让你交罚款的都是假的。', senders: FOLK },
  { label: 'normal', text: '【交警支队】温馨提示：近期有不法分子冒充交警发送“违章缴费”链接短信。交通违法处理和罚款缴纳请通过交管12123 App或到窗口办理，交警不会通过短信链接或个人账户收取罚款。', senders: BULK },
  // —— station managers, 车队, group chats ——
  { label: 'normal', text: '[站点群] 站长：明天暴雨红色预警，大家量力而行，积水路段别硬闯。平台恶劣天气补贴会自动发，不用找我报名，也不用给我交任何钱。注意安全！', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[驿站员工群] 店长：今天到件1200多，下午三点补一批。小李负责出库扫码，阿芳盯货架。取件码对不上的先别给，让顾客出示取件短信。', senders: PASTE, hours: DAWN },
  { label: 'normal', text: '[车队群] 队长：下周的线路排好了，老张跑郑州，老刘跑武汉。ETC卡都检查下余额，过路费公司月底统一报销，票据交给财务小王。', senders: PASTE },
  { label: 'normal', text: '[骑手群] 老骑手：新来的兄弟注意，站长从来不私下收钱，什么保险、装备、押金都是App里扣。有人加你好友说是站长要钱的，先在群里问一声。', senders: PASTE },
  { label: 'normal', text: '调度：明早五点半装车，仓库三号门，货单我发你微信了。路上注意休息，别疲劳驾驶。', senders: STAFF, hours: DAWN },
  { label: 'normal', text: '站长我今天家里孩子发烧，想请半天假，下午能不能帮我把单子关了？明天我早点来补。', senders: FOLK_ANY, hours: DAWN },
  { label: 'normal', text: '[快递网点群] 网点主管：这个月的派件费明细已经发到各自App里，有问题的周五前找我核对。提醒一下，工资只走公司代发，不会让任何人先交钱再发工资。', senders: PASTE },
  // —— customers' notes, complaints, tips ——
  { label: 'normal', text: '师傅您好，我是刚才下单的乘客，我在小区北门，穿红色外套，旁边有个快递柜。不着急，您慢慢开。', senders: FOLK_ANY },
  { label: 'normal', text: '外卖小哥你好，放门口就行，不用敲门，孩子在睡觉。谢谢啦，辛苦了！', senders: FOLK_ANY },
  { label: 'normal', text: '[订单备注] 麻烦帮忙带一瓶冰可乐，钱我已经在订单里加了跑腿费，多的不用找，辛苦了~', senders: PASTE },
  { label: 'normal', text: '师傅，刚才我的耳机好像落你车后座了，白色的，方便的话我在App里发起“物品遗失”，按平台的送还费给您。', senders: FOLK },
  { label: 'normal', text: '您好，我是今天下午的保洁阿姨，厨房已经打扫完了，冰箱里过期的东西我放在门口了，您回来看看要不要扔。钥匙放在鞋柜第二层。', senders: FOLK },
  { label: 'normal', text: '今天有个顾客给了我20块钱打赏，说下雨天辛苦，我说不用她非要给。这种人真好', senders: FOLK },
  { label: 'normal', text: '【快驰出行】乘客对您的服务给出五星好评并感谢费5元：“师傅开得很稳，还帮我把行李放进后备箱”。感谢费已计入本单收入。', senders: BULK },
  { label: 'normal', text: '您好，我对昨天的外卖配送有点意见，餐到的时候汤洒了一半。不是骑手的问题，是商家没封好，我已经在App里跟商家说了，给骑手还是打了好评。', senders: FOLK_ANY },
  { label: 'normal', text: 'Hi, I am the passenger from this morning, I think I left my scarf in your car. Could you check the back seat? I can pick it up at your convenience, no rush.', senders: ABROAD, en: true },
  // —— transfers between family and colleagues ——
  { label: 'normal', text: '老婆，这周跑了六千多，刚转你四千，房租和孩子补课费先交了，剩下的我留着加油。晚上收车了给你打电话。', senders: FOLK, hours: LATE },
  { label: 'normal', text: '爸，我给你卡上转了一千五，你去把电动车电池换了吧，别再骑那块老的了，上次半路没电推回来的。', senders: FOLK },
  { label: 'normal', text: '老刘，昨天在服务区你帮我垫的三百块过路费，我微信转你了，收一下。下次喝茶我请。', senders: FOLK_ANY },
  { label: 'normal', text: '跟车的小伙子这个月工钱我转你了，三千八，你核一下。过年前那趟多给了你两百，别嫌少。', senders: FOLK },
  { label: 'normal', text: '[家庭群] 儿子：妈，我这个月送外卖挣了七千多，给你转了两千。你别省着，膝盖疼就去医院看看，挂号费我出。', senders: PASTE },
  { label: 'normal', text: '哥，我今天晚上跑代驾到两点，你帮我去幼儿园接一下小宝，钱你不用出，我回来给你带宵夜。', senders: FOLK, hours: EVENING },
  // —— warnings about scams, "is this real?" questions that pay nothing ——
  { label: 'normal', text: '兄弟们注意，最近有人打电话冒充平台客服，说你服务分太低要封号，让你下载软件开屏幕共享。我差点上当，挂了以后打官方客服问，人家说根本没这回事。', senders: FOLK_ANY },
  { label: 'normal', text: '我收到个短信说我骑手险理赔到账了要填银行卡号和验证码，我没点。这是真的吗？我最近也没出过事啊', senders: FOLK },
  { label: 'normal', text: '有个货主在群里说有一车货去昆明，让先交五百信息费，我问了一下平台客服，说平台上的单子都不收信息费，私下交的出了事平台不管。那我就不接了。', senders: FOLK },
  { label: 'normal', text: '【反诈提醒】外卖骑手、网约车司机朋友们：“封号解封要交钱”“冲单奖励要先垫付”“高佣派单群要交会员费”都是诈骗！平台申诉均免费。接到可疑电话请拨打96110咨询。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，这里是{name}客服，工号6025。您刚才在我们App上有一笔向陌生账户的大额转账被暂停了，对方账户多次被举报。您能说一下是转给谁的吗？如果有人说是“平台保证金”，那很可能是诈骗，建议您先不要转。', senders: OWN_LINES },
  { label: 'normal', text: '妈，你问我那个说“跑车挣大钱先交培训费”的招聘是不是真的？不是，正规平台注册都免费。你跟舅说一声，别交钱。', senders: FOLK },
  { label: 'normal', text: '师傅，有个人加我微信说是你们车队的，让我帮忙转账，我觉得不对劲没转，先问问你，是你们队里的人吗？', senders: FOLK_ANY },
  { label: 'normal', text: '站长，有人在骑手群里发链接说领“高温补贴”，要填身份证和银行卡，这个是咱们站发的吗？我没填。', senders: FOLK_ANY },
  { label: 'normal', text: 'Hey, got a text saying my driver account will be suspended unless I pay a deposit. I did not click anything. Is this legit? The app itself shows my account as normal.', senders: ABROAD, en: true },
  // —— 直播带货 hosts, small 主播 ——
  { label: 'normal', text: '【星光直播】主播您好，您{date}的直播收益{amt}元已结算，扣除平台服务费后的金额将于次月5日前发放至实名认证的银行卡。结算明细可在主播后台查看。', senders: BULK },
  { label: 'normal', text: '[直播运营群] 运营小美：今晚八点的带货场，样品下午三点前到，大家提前试一下。链接由商家后台上架，主播不要私下收粉丝的钱，所有订单走平台。', senders: PASTE },
  { label: 'normal', text: '主播你好，昨天直播间买的那个保温杯收到了，质量挺好的。就是颜色跟直播里看着有点不一样，不影响用，给个好评。', senders: FOLK_ANY, hours: EVENING },
  { label: 'normal', text: '姐，你那个直播间昨天有人打赏了一千多，平台结算要等到下个月吗？我看后台还在冻结期，说是防止退款的，到期自动解冻。', senders: FOLK },
  // —— freight, 代驾, 家政, 搬家, 跑腿 genuine ——
  { label: 'normal', text: '【货运宝】您已成功接单：苏州工业园区→合肥经开区，4.2米厢货，家具12件，运费{amt}元（平台托管）。装货时请核对货物数量并拍照上传。', senders: BULK },
  { label: 'normal', text: '师傅，货到了吗？到了给我打个电话，我让仓库的人下来卸。回单签好字拍照给我，运费平台那边我马上确认。', senders: STAFF },
  { label: 'normal', text: '[代驾通话转写] 您好，我是您叫的代驾师傅，我已经到了您说的饭店门口，穿蓝色马甲。您的车是白色的是吧？我先给您车拍个照，检查一下外观，一会儿开的时候您坐后排休息就行。', senders: PASTE, hours: LATE },
  { label: 'normal', text: '【到家保洁】您预约的“深度保洁”服务已完成，保洁师张阿姨已离开。如对服务满意，可在App内给予评价；服务费已在下单时支付，请勿另行付款给服务人员。', senders: BULK },
  { label: 'normal', text: '您好，我是搬家公司的，明天早上八点到您家，三个人一辆厢货，楼层费和拆装费都在报价里了，不另外收钱。有易碎的您今晚先用毛巾包一下。', senders: STAFF, hours: EVENING },
  { label: 'normal', text: '跑腿小哥你好，文件已经放在公司前台了，麻烦直接交给前台的王小姐就行，签收单拍个照发我。谢谢', senders: FOLK_ANY },
  // —— marketing with 退订 ——
  { label: 'normal', text: '【易充电】新能源网约车司机专享：本月夜间充电服务费5折，充满100度送20度电券，券在App“我的卡券”中自动发放。退订回T', senders: BULK },
  { label: 'normal', text: '{sig}货车司机专属ETC信用卡上线，通行费最高95折，年费首年免。详询{hot}或登录{app}。拒收请回复R', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '【途安汽修】老客户福利：营运车辆保养套餐立减80元，含机油、机滤、四轮定位。到店出示本短信即可。回TD退订', senders: BULK },
  { label: 'normal', text: '【骑行装备】冬季骑手手套、护膝套装59元，平台骑手凭工作证再打九折，门店地址：建设路88号。退订回N', senders: BULK },
  { label: 'normal', text: '{sig}畅游卡司机版：每月29元享30G定向流量，导航、接单App免流量。办理请到营业厅或发送KT到本号码。退订回TD', senders: OWN_PORT },
  // —— 二手车, 电动车, 游戏, other chatter ——
  { label: 'normal', text: '我那台跑网约车的车准备卖了，跑了二十一万公里，手续齐全，想要的可以来车行看车，过户在车管所办，钱当面给，不收定金。', senders: FOLK },
  { label: 'normal', text: '兄弟，你那个电动车电池是在哪换的？我这块跑不到六十公里就没电了，想换个正规店的，别买网上那种来路不明的。', senders: FOLK_ANY },
  { label: 'normal', text: '今晚收工早，十点开黑？我王者号借我表弟玩了两天，他段位掉了，我得打回来哈哈。账号千万别卖，有人私聊我说高价收，我没理。', senders: FOLK_ANY, hours: LATE },
  { label: 'normal', text: '老公，明天早上你出车前记得把车险单子拿上，保险公司的人说续保可以在App里直接付，不用给业务员个人转账。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '[通话转写] 您好，这里是车管所预约中心，您预约的{date}上午十点营运车辆年检已确认，请带好行驶证原件和营运证，检测费在检测站现场缴纳。祝您生活愉快。', senders: STAFF },
  { label: 'normal', text: '[驿站通知] 您的包裹已到锦园驿站，取件码{code}，营业时间07:00-21:00。代收点不收取任何保管费，超过3天未取将联系您确认退回。', senders: BULK_OR_PASTE, hours: DAWN },
  { label: 'normal', text: '【丰顺快递】您好，快递员{person}已揽收您的寄件，运费{amt}元已在线支付。快递员不会以“包裹异常”为由索要转账，理赔请通过官方App申请。', senders: BULK },
  { label: 'normal', text: '儿子你开车注意安全，晚上别跑太晚。你舅说想借你的车去跑两天网约车，我说车是贷款买的、保险不能随便借，你自己拿主意。', senders: FOLK, hours: LATE },
  { label: 'normal', text: '阿姨，下周二的保洁我们改到周三行吗？家里来客人。服务费我在App里改时间就行，不会多收您的钱吧？', senders: FOLK_ANY },
  { label: 'normal', text: '您好，我是快驰出行司机服务中心的，看到您在App里申请了车辆保险理赔咨询，想跟您确认一下事故时间和地点，资料在App里上传就行，全程不收费。', senders: STAFF },
  // —— a few more voices: landlines, abroad, no sender ——
  { label: 'normal', text: '您好，这里是蓝湾小区物业，有个外卖骑手把电动车停在消防通道了，车把上挂着蓝色头盔，麻烦您联系一下骑手挪一下，谢谢。', senders: ['unknown_landline'] },
  { label: 'normal', text: '儿子，我在温哥华一切都好，不用给我打钱。你跑车别太拼，晚上十一点以后就收车吧，身体要紧。', senders: ABROAD, hours: DAWN },
  { label: 'normal', text: '[货车司机群] 老周：G4这段今晚封道施工，去长沙的绕京港澳，别走错了。服务区加油站那个说免费送ETC的小广告别扫，上次有人扫了被扣钱。', senders: PASTE, hours: LATE },
];

export const BLIND28_TEMPLATES: Template[] = [...NORMAL, ...BLIND28B_TEMPLATES];
