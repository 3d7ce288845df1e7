/**
 * BLIND23 held-out bank (thirtieth scam author): this file holds the normal messages,
 * blind23b.templates.ts the fraud and harassment; BLIND23_TEMPLATES joins them.
 *
 * Who and how: written in session 9, 2026-12-02, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirtieth author of a scam bank; another author wrote blind22 at the same time, and this author
 * did not open, grep or print that bank). Written from general knowledge of how car lenders and
 * 以租代购 leasing firms (放款 to the dealer, 抵押登记, GPS clauses, 提前结清, 解押 materials, 征信
 * updates), car insurers (续保 quotes, 查勘, 定损, 赔款 to the insured), ETC issuers, 交管12123 and
 * 车管所 (记分, 学法减分, 换证, 违法处理), parking, charging, ride-hailing and freight platforms, used-car
 * platforms (托管 尾款, 过户), landlords, tenants, agencies and 长租公寓 (押一付三, 退押金, 租房分期),
 * mortgage lenders (LPR 重定价, 提前还款, 抵押注销), 公积金 centres, property managers (物业费, 专项维修
 * 资金 votes, 停水 notices), utilities (电费 arrears and 停电, prepaid meters, 燃气 安检), carriers
 * (套餐, 欠费停机, 实名核验, 宽带 installers) and renovation / appliance lenders write in 2025–2026;
 * of the fraud scripts that imitate them (fake ETC / 12123 / 车管所 links, fake 解押 and 征信
 * fixes, car loans with up-front fees, cheap rentals wanting a deposit, 公积金 提取代办, fake 套餐降费
 * asking for a code, 车位 and 共享充电桩 investments, impersonated landlords and relatives, and the
 * Ministry of Public Security's other common types told through drivers, owners and tenants); and
 * of the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without
 * consent, at most 6 unanswered call attempts a day per number, third parties only when the
 * debtor is unreachable and never pressed to pay or told the debt, no public notices, extra fees,
 * new loans to repay old ones, threats, insults, fraud, violence, spreading private information,
 * fake legal documents or impersonated courts, police or government).
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind23.templates.ts and blind23b.templates.ts; eval.types.ts, eval.generator.ts and
 * eval.metrics.ts (whole); a directory listing of eval/ (file names and sizes); blind21's header,
 * its sender and hour constants and the first few NORMAL lines, and blind21b's header; the
 * "Styles" paragraph (first lines) of the headers of blind12 to blind20; a keyword grep over the
 * other template banks except blind22* — match counts for ETC, 12123, 以租代购, 解押, 公积金, 物业,
 * 押一付三, 宽带, 停机, 充电桩, 车位, 装修贷, 拖车, 业主群, 燃气, 车险, 网约车, 货拉拉, 二手车, 房贷, 维修基金,
 * 套餐, and the first 80 matching line fragments for ETC, 12123, 车险, 公积金, 充电桩, 车位, 装修贷 and
 * 押一付三 — to avoid duplicating them; scam.types.ts (its first 80 lines: MessageInput,
 * FraudType); registry.fixture.ts; registry/institutions.json (each institution's id, kind,
 * name, hotlines, ports and first app, printed by a one-line script); registry/README.md;
 * the first 80 lines of shared/facts/regulation.md; a listing of shared/seeds/ and the first
 * 1,500 characters of one seed; the import lines among the first 40 lines of eval.test.ts; the
 * first 30 lines of bin/run-ts.js and the scripts block of package.json. shared/SPEC.md and
 * registry.schema.ts were allowed but not opened. The analyzer's code, lexicons, signal lists,
 * rules, reason catalogue, display labels, closed-channel rules, indicator extraction, text model,
 * training corpus and extra messages were NOT opened; src/engines/classifier, models/, scripts/,
 * docs/, bench/, BENCHMARKS.md and the repository README were NOT read; the analyzer, vitest, the
 * tests and the benchmarks were NOT run; no search tool was used on this repository and git was
 * not used. The only runs were `npm run typecheck` and an expansion check outside the repository
 * (/tmp/blind23-check/check.mts, run with bin/run-ts.js: generateEvalSet for 'blind23' and the
 * other splits) for counts by label, fraud type, sender kind and hour, for unreplaced
 * placeholders and links, for generated texts duplicated across this bank's templates or in any
 * other split (blind22 as a count only, its texts never printed or read), and for
 * character-bigram Jaccard similarity (< 0.5; one template at 0.52 was rewritten) against every
 * template of dev, test, blind to blind21 and train8 to train12, and between this bank's own
 * templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): CARS, HOMES AND EVERYDAY BILLS. Genuine
 * traffic (this file): a car lender's own notices (放款 paid to the dealer's 对公账户, 抵押登记 free of
 * any 代办费, GPS clauses with free removal after 结清, 提前结清 and 解押 materials, 征信 updated in the
 * next cycle, a contract-signing code, a lawful daytime call to the debtor with a 工号, a 24-hour
 * password freeze lifted free, a ride-hailing driver's 购车分期); a 以租代购 lease (car registered
 * to the lessor until the last instalment); dealers and insurance agents on their own mobiles
 * (pay the company, not me); insurers' 定损, 查勘 and 赔款 notices and a car-insurance instalment;
 * ETC 扣费 and 黑名单 lifted automatically, 12123 记分 and 换证 notices, a pasted 违法处理通知书, a
 * police 反诈 SMS; parking and charging apps (免密支付, 占位费), ride-hailing and freight platforms
 * (no 押金, 失物找回, weekly settlement), a 车队 captain's group notice, used-car 托管 and 过户,
 * a 车管所 window sign; landlords and tenants (rent to the card in the contract, a landlord who
 * changes cards and says so in person, 合租 bill splits, a blocked drain), 长租公寓 deposits
 * refunded 原路, 租金分期 that stops with the lease, an agency's 资金监管; 房贷 LPR 重定价, 提前还款,
 * 抵押注销, 公积金 提取 and 补材料, a lender's warning that 存量房贷 rates change automatically;
 * paper 物业费 and 停水 notices pasted into chats, 业主群 posts (维修资金 votes, a fake 收款码 torn
 * down, a leak settled between neighbours), a 物业 desk's lawful reminder; 电费 arrears with a
 * real 7-day deadline and free 复电, prepaid meters, 燃气 安检 that sells nothing, a 水费 bill, a
 * night 停气 notice; carriers' formulaic SMS (流量 80%, 欠费停机 in 3 days, 实名 复核 in a shop, a
 * 套餐变更 code with 请勿告知他人, a warning about fake 套餐降费 calls, a 宽带 installer, a 拆机 slip);
 * 装修贷 paid by milestones to the firm and appliance instalments; family and drivers late at
 * night, relatives abroad (Sydney, Vancouver) on foreign numbers, people who checked a 车位 or a
 * 充电桩 offer and refused it, "is this real?" questions about 12123, ETC and 降息 texts.
 * Voices: drivers' voice-to-text without punctuation, a Sichuan flavour (要得, 莫得, 晓得, 啥子,
 * 老汉儿, 娃儿, 婆娘, 兔头) and a Henan flavour (中不中, 俺, 恁, 木有) of Mandarin, landlords, tenants,
 * 业主群 posts, pasted paper notices and slips, and English from an expatriate tenant, a serviced
 * apartment, car-rental firms and a mother abroad. Many normals use scam vocabulary lawfully
 * (验证码 with 请勿告知他人, 冻结 after wrong passwords, 逾期 in lawful reminders, 征信 in 结清 notices,
 * 黑名单 for ETC, 保证金 / 押金 / 定金 named only to say they are never charged, 转账 between family)
 * and come from unregistered bulk ports, mobiles, landlines, foreign numbers or no sender.
 */
import type { Template } from './eval.types.js';
import { BLIND23B_TEMPLATES } from './blind23b.templates.js';

/** A registered lender texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Carriers, utilities, 物业, 12123, insurers, apps and leasing firms not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A dealer, an agent, a 物业 desk, a landlord's agency or a lender's branch on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Paper notices, group posts, screenshots, call transcripts and e-mails pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, drivers, landlords, tenants and neighbours on their own phones (or pasted). */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** A registered lender's notice sent through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Relatives and tenants abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Drivers and family late at night. */
const LATE = [22, 23, 0, 1];
/** Early-shift drivers. */
const DAWN = [5, 6, 7];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 6, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // ── car loans and 以租代购 leases: the lender's own notices ──
  { label: 'normal', text: '{sig}{person}，您的汽车消费贷款{amt}元已于{date}放款，资金已直接支付至经销商对公账户，您本人无需转账。车辆上牌后30日内须在车管所办理抵押登记，由经销商陪同办理，我司不收取任何登记代办费、GPS费或“放款服务费”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的车贷已于{date}全部提前结清，违约金按合同第9条为0元。解押所需的《机动车登记证书》和解除抵押委托书将在5个工作日内快递至合同地址，解押请本人携材料到车管所或通过交管12123预约办理，全程不需要向任何个人付款。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您的车贷第18期应还{amt}元将于{date}从尾号{tail}的银行卡自动扣款，请保持余额充足。已还款请忽略。如暂时困难可在{app}“还款协商”中申请，请勿相信任何自称可“停催”“减免”的第三方。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}根据您签订的贷款合同第14条，您车辆安装的GPS定位设备仅用于贷后管理，不采集车内录音。贷款结清后可在{app}预约免费拆除，请勿自行拆卸。拆除不收费，也不需要先交“押金”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的汽车贷款已结清，结清信息将随下一个报送周期更新到征信系统，通常不超过1个月。本公司从不委托机构“加急修复”或“删除逾期记录”，如有人以此为由收费，请拨打{hot}核实后报警。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}签署《汽车抵押贷款合同》，有效期5分钟。请勿告知他人，包括自称本公司放款专员、车管所或4S店工作人员的人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '[通话录音转文字] 您好，请问是{person}本人吗？我是{name}贷后服务专员，工号0417。您的车贷本期{amt}元已经逾期3天了，今天方便处理吗？……好的，那您通过{app}还款就行，不要转到任何个人账户。逾期超过宽限期会计罚息也会报送征信，有困难可以申请延期，我给您登记一下。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您在{app}连续5次输错交易密码，账户已临时冻结24小时。到期自动解冻，也可本人刷脸提前解除，解冻不收取任何费用。如非本人操作，请立即修改密码。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '王哥，车贷批下来了👍 首付38000你周六来店里刷卡，刷到我们公司对公账户，POS小票上有公司全称，千万别转我个人微信哈。合同当场签，抵押登记我陪你去车管所，不收钱', senders: STAFF },
  { label: 'normal', text: '【途畅融资租赁】{person}您好，您的以租代购合同（车辆登记在我司名下，租期36期付清后过户给您）第12期租金{amt}元已于{date}扣款成功。车辆过户前请勿私自转让、抵押。提前付清租金可在门店申请，过户费按车管所标准由您直接缴纳。', senders: BULK },
  { label: 'normal', text: '{sig}温馨提示：本公司车贷从不收取“保证金”“验资费”“解冻费”，放款前不会要求您向任何账户转账。有人以{name}名义让您先付款才能放款的，都是冒充，请拨打{hot}核实。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '姐我这个月车贷晚两天还 跟贷款公司客服说过了 他们有三天宽限期 不上征信的 你别担心 周四跑完长途回来就还上', senders: FOLK, hours: LATE },
  { label: 'normal', text: '{sig}您申请的“网约车司机购车分期”已审批通过，额度{amt}元，年化利率以合同为准。放款前我司不收取任何费用，不要求提供银行卡密码或验证码。签约请在{app}内完成，{date}前未签约审批结果自动失效。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}，您的车贷解押手续已办完，车管所系统显示抵押状态为“已解除”。登记证书原件已随挂号信寄回，单号以短信为准。感谢您按期还款。', senders: OWN_PORT },

  // ── car insurance ──
  { label: 'normal', text: '张哥 你车险{date}到期 今年交强险加商业险我给你报的价单子发你了 三者险还是200万 你看一下 没问题就在保险公司App上自己付款 钱直接进保险公司 我这边不经手', senders: STAFF },
  { label: 'normal', text: '【远航财险】您的车险报案（报案号{code}）已完成定损，定损金额{amt}元。赔款将在您提交维修发票后3个工作日内支付至被保险人本人尾号{tail}的账户。理赔进度可在远航财险App查询，理赔员不会要求您先支付“加急费”。', senders: BULK },
  { label: 'normal', text: '【远航财险】您的车辆报案后，查勘员李师傅（工号CK2231）将于30分钟内到达现场，联系电话以本短信为准。请在安全地带等候，开启双闪并放置三角警示牌。查勘不收取任何费用。', senders: BULK, hours: [7, 12, 19, 22, 23] },
  { label: 'normal', text: '老婆 刚刚追尾了 人没事 别担心 交警来了 对方想私了让我转3000 我没答应 等保险公司来定损 你别给任何人转钱啊 有人打电话说是我同事也别信', senders: FOLK, hours: [8, 18, 21, 23] },
  { label: 'normal', text: 'Hi {person}, this is CityDrive Rentals. Your Toyota Corolla rental ends on {date}. The RMB 3,000 deposit hold on your credit card will be released 7-15 working days after the car is returned and checked. Traffic fines during the rental period are settled through the 12123 record, never by bank transfer to a staff member. Reply STOP to opt out.', senders: ['unknown_port', 'foreign'], en: true },
  { label: 'normal', text: '{sig}您的车险分期（保费{amt}元，分10期）已开通，首期将于{date}扣款。该分期由本公司提供，保险合同由保险公司签发，退保时未到期分期同步终止，不产生违约金。', senders: OWN_PORT },

  // ── ETC, 12123, 驾驶证 ──
  { label: 'normal', text: '{sig}您绑定的ETC记账卡{date}通行扣费42.50元（入口成都北，出口德阳）。本月累计通行费{amt}元。ETC卡不需要年审，也不需要在线“激活认证”，请勿点击陌生链接。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的ETC记账卡因绑定扣款卡余额不足，已于{date}被列入通行黑名单。请将扣款卡余额补足，系统将在24小时内自动解除黑名单，无需联系任何人办理，也不收取解除费用。', senders: OWN_PORT },
  { label: 'normal', text: '【交管12123】您的驾驶证本记分周期累计记分3分。可通过交管12123 App“学法减分”参加网上学习考试，每次最多减6分，免费。任何“代学代考”“买分卖分”均属违法。', senders: BULK },
  { label: 'normal', text: '【交管12123】您的机动车驾驶证将于{date}有效期满，请在期满前90日内通过12123 App或到车管所申请换证，需上传体检信息。换证工本费10元，在App内支付。', senders: BULK },
  { label: 'normal', text: '爸 你问的那条“车管所驾驶证即将注销”的短信不要点 我在12123上查了 你的证状态是正常 记分0分 以后收到这种先截图给我', senders: FOLK, hours: LATE },
  { label: 'normal', text: '【蓉川市公安局反诈中心】提醒：近期有人冒充“车管所”“交管部门”发送“驾驶证将被注销”“违章未处理将吊销”等短信，附带链接要求填写银行卡。交管部门处理违法只在交管12123 App或窗口办理，不会发链接收款。', senders: BULK },
  { label: 'normal', text: '违法处理通知书（张贴件照片文字）\n车牌号：川A·***{tail}\n违法时间：{date} 08:42\n违法地点：二环高架东段\n违法行为：机动车违反禁令标志指示\n处理方式：请车主在15日内通过交管12123 App或到就近交警队处理，罚款缴入国库账户。\n蓉川市公安局交通管理局', senders: PASTE },
  { label: 'normal', text: '群里师傅们注意哈 ETC要激活、换卡都是去发行银行网点或者官方App 有人发短信说ETC失效点链接的全是骗子 我上周差点点了 还好我婆娘拦住', senders: PASTE, hours: [20, 21, 22, 23] },
  { label: 'normal', text: '老公这个是真的吗 有条短信说我车有三条违章 再不交就扣车 让点链接交罚款 号码是个1069开头的 我还没点 你帮我在12123上看看', senders: FOLK },

  // ── parking, charging, ride-hailing and freight ──
  { label: 'normal', text: '【泊易停】您的车辆川A***{tail}在天府广场停车场停放2小时14分，停车费12元已通过免密支付扣款。如有异议可在泊易停App“订单申诉”中提交，工作人员不会电话索要验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【快充电】您的充电订单已完成，本次充电38.6度，电费+服务费共{amt}元，已从钱包余额扣除。充满后请在15分钟内挪车，超时占位费按站点公示标准收取。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【畅行出行】司机师傅您好，平台加盟不收取任何押金、保证金或“入网费”。车辆和驾驶员证件审核在畅行出行司机端App完成，线下有人以平台名义收费的，请拨打平台客服举报。', senders: BULK },
  { label: 'normal', text: '老板 货送到了 回单拍照传平台了 运费你直接在平台上确认付款就行 我这边不收现金也不要转我微信 平台那边三天到账', senders: FOLK, hours: [6, 12, 19, 22] },
  { label: 'normal', text: '【畅行出行】乘客您好，司机已在平台登记您遗失的物品（黑色双肩包）。请在App“失物找回”中与司机约定归还，平台虚拟号码通话，归还时请当面确认。请勿向自称平台客服的陌生人支付“寄回费”。', senders: BULK },
  { label: 'normal', text: '【车队群公告】各位师傅：下月起运费结算统一走平台，队里不再收现金，也不代收任何“保证金”。有人私下说交钱给派好单的，直接截图发我。有车贷的师傅按时还，实在紧张找我，队里可以先预支，写借条不收利息。 —— 车队长 老周', senders: PASTE },
  { label: 'normal', text: '早班单接了哈 六点半去双流机场接人 车加满电了 你们娘俩早上自己吃早饭 晚上回来给你带兔头', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '【货运宝】司机师傅，您本周完成订单23单，运费{amt}元已结算至您绑定的尾号{tail}银行卡。平台不收取提现费，也不会通过电话让您充值“信用分”。', senders: BULK },

  // ── used cars ──
  { label: 'normal', text: '【好车二手车】您购买的车辆（大众朗逸 2021款）已完成过户，新行驶证已寄出。尾款{amt}元由平台托管，您确认收车无误后平台才会付给卖家。如车况与检测报告不符，7天内可在App发起退车。', senders: BULK },
  { label: 'normal', text: '你好 我在平台上看到你卖的那台车 我在郑州 想周末过去看车 俺得先看了实车开一圈 再去车管所查有没有抵押 没问题了当场签合同过户 定金我不先打哈 中不中', senders: FOLK },
  { label: 'normal', text: '二手车过户提醒（车管所窗口贴纸照片）：1. 买卖双方本人到场或委托书公证；2. 车辆有抵押的须先解押；3. 过户费按规定标准现场缴纳，窗口不收现金转账；4. 场外“黄牛”代办与本所无关。', senders: PASTE },

  // ── rent: landlords, tenants, 长租公寓, 租房分期 ──
  { label: 'normal', text: '小王 下个季度房租{amt}元 {date}之前打过来就要得 还是打合同上那张尾号{tail}的卡 晚两天也莫得事 热水器我周六喊师傅来修', senders: FOLK },
  { label: 'normal', text: '【栖居公寓】{person}您好，您已于{date}办理退租，管家验房无损坏，押金{amt}元将在7个工作日内原路退回您支付时使用的账户。退押金无需您提供银行卡密码或验证码，也不收取手续费。', senders: BULK },
  { label: 'normal', text: '{sig}您通过{app}办理的租金分期已生效，每月{date}扣款{amt}元，共11期。租约提前解除时，剩余分期按合同同步终止，已付款项按实际居住天数结算。如公寓方停止经营，请立即拨打{hot}申请暂停扣款。', senders: OWN_PORT },
  { label: 'normal', text: '房东您好 我是302的租客 卫生间下水堵了两天了 物业说是您这户自己的管子 麻烦您看一下找谁修 费用您先垫还是我垫了从下月房租里扣都可以 谢谢', senders: FOLK },
  { label: 'normal', text: 'Hi Mr. Wang, this is Emma from flat 1203. My contract ends on {date}. Could we do the move-out check together that morning? You said the deposit (2 months) would go back to my ICBC card after the check. No rush, just want to confirm. Thanks!', senders: ['mobile', 'foreign'], en: true },
  { label: 'normal', text: '【安家中介】租客您好，您意向的房源需签约前到门店核验房东房产证和身份证原件。押金和租金请在门店刷卡或转入合同载明的账户，切勿在看房前向“房东”个人转账“定金”。', senders: BULK },
  { label: 'normal', text: '我换了张卡哈 下个月起房租打新卡 我明天过来抄水电表顺便把卡号当面写给你 微信上有人用我头像找你要钱的莫理 我不会在微信上让你转新账户', senders: FOLK },
  { label: 'normal', text: '[合租群] 本月水电燃气：电费186，水费42，燃气65，四个人平摊每人73.25，月底前转给我就行，截图我贴在群相册了。下个月轮到小李收哈', senders: PASTE, hours: [20, 21, 22, 23] },
  { label: 'normal', text: 'Dear tenant, this is a reminder from Harbour View Serviced Apartments. Rent for {date} is due within 5 days. Please pay through the resident portal or at the front desk. We never ask for payment to a personal account, and our staff will not call you asking for card codes.', senders: ['unknown_port', 'none'], en: true },
  { label: 'normal', text: '看房记录：小区门口那套一室一厅 押一付三 每月2300 房东本人来的 带了房产证 我拍了照 合同打算下周二在中介门店签 钱刷中介的监管账户 妈你别担心', senders: FOLK, hours: [21, 22, 23] },

  // ── mortgages and 公积金 ──
  { label: 'normal', text: '{sig}您的个人住房贷款（尾号{tail}）将于{date}按合同约定进行利率重定价，重定价后执行利率以最新LPR为基准，加点数不变。调整后月供约{amt}元，可在{app}查看还款计划。重定价由系统自动完成，无需您办理任何手续。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您预约的个人住房贷款部分提前还款已受理，还款日为{date}，请于当日前将{amt}元存入还款账户。提前还款可选择缩短期限或减少月供，不收取违约金以合同为准。办理全程在{app}或营业网点完成。', senders: OWN_PORT },
  { label: 'normal', text: '【住房公积金】您提交的“偿还住房贷款本息”提取申请已办结，{amt}元已划入您本人尾号{tail}的银行卡。公积金提取不收取任何费用，中心未委托任何中介“代办提取”。', senders: BULK },
  { label: 'normal', text: '【住房公积金】您的公积金贷款申请需补充材料：购房合同备案证明、首付款发票。请于{date}前在公积金App上传或到服务大厅提交，逾期未补充的申请将退回，可重新申请。', senders: BULK },
  { label: 'normal', text: '{sig}{person}，您的房贷本月应还{amt}元，截至今日尚未扣款成功，已逾期1天。请尽快存入还款卡，以免产生罚息和不良征信记录。如已存入请忽略。咨询请拨打{hot}。', senders: OWN_LINES },
  { label: 'normal', text: '爸 俺算了一下 公积金一年能提两万多 直接还房贷 中介说交五百代办 我问了公积金中心 人家说自己在App上点一下就行 木有任何费用 恁别交钱给中介啊', senders: FOLK, hours: LATE },
  { label: 'normal', text: '有人知道存量房贷利率调整是自动的吗？我收到条短信说“存量房贷利率下调，请点链接申请”，发送号码不是银行的，我没点。问了银行客服说是自动调的，不用申请，想再确认下', senders: PASTE },
  { label: 'normal', text: '{sig}提醒：我行存量房贷利率调整由系统自动完成，不需要客户点击链接“申请降息”，也不会收取“调整手续费”。如收到此类短信，请勿点击，致电{hot}核实。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的房贷已于{date}结清。请凭结清证明和不动产权证书，与我行经办人约定时间到不动产登记中心办理抵押注销，登记费按规定标准缴纳。我行不委托任何第三方收取“注销代办费”。', senders: OWN_PORT },

  // ── property management and 维修基金 ──
  { label: 'normal', text: '物业费缴费通知（单元门张贴件）\n各位业主：2026年度物业费（1.8元/平方米/月）请于{date}前缴纳。缴费方式：物业服务中心前台刷卡，或“锦园智慧社区”小程序在线缴纳。物业工作人员不会上门收取现金，也不会发送个人收款码。\n锦园物业服务中心', senders: PASTE },
  { label: 'normal', text: '[锦园小区业主群] 物业客服小刘：@全体成员 3栋电梯大修方案已在一楼公告栏公示，拟使用专项维修资金约{amt}元，需经3栋专有部分面积过半、人数过半业主同意。投票在住建部门“维修资金”小程序进行，{date}截止。', senders: PASTE },
  { label: 'normal', text: '{person}您好，我是锦园物业前台小刘，您家2-1-502去年下半年物业费还没缴，共{amt}元。方便时在小程序上缴或者来前台刷卡就行，有问题可以来物业中心聊。打扰了', senders: STAFF },
  { label: 'normal', text: '[业主群] 大家注意！今天有人在单元门贴了个二维码说是“物业费优惠缴费”，扫出来是个人收款。物业已经撕掉了，物业费只在前台和小程序交，别扫来路不明的码', senders: PASTE, hours: [19, 20, 21, 22] },
  { label: 'normal', text: '停水通知\n因二次供水水箱清洗，{date} 9:00—17:00 1-6栋停水，请提前储水。如遇紧急情况请联系物业值班电话（一楼公告栏有）。\n锦园物业 工程部', senders: PASTE },
  { label: 'normal', text: '[业主群] 6栋 老陈：楼上漏水的事谢谢物业小张帮忙协调了，维修基金这次用不上，楼上业主自己出钱修防水，我们两家签了协议，顺便提醒一下别人冒充物业打电话说“维修基金要退还”让交手续费的都是骗子', senders: PASTE },

  // ── utilities: 水电燃气, prepaid meters ──
  { label: 'normal', text: '【蓉川供电】尊敬的客户，您户号尾号{tail}的电费截至{date}欠费{amt}元。请于7日内通过网上国网App或供电营业厅缴纳，逾期将按规定停电。缴费后自动复电，不需要支付复电费。', senders: BULK },
  { label: 'normal', text: '【蓉川供电】您的预付费电表剩余电量约8度，请及时充值。充值可在网上国网App、营业厅或银行代收网点办理，充值后电表自动到账。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【蓉川燃气】{person}您好，我公司将于{date}对您所在小区开展年度入户安检，安检员持工作证上门，安检免费，不推销任何产品。如需更换报警器、软管，请自行到正规门店购买，我司不指定商家。', senders: BULK },
  { label: 'normal', text: '【汴州水务】您户号尾号{tail}的本期水费{amt}元已出账，缴费截止日{date}。可通过银行代扣、支付平台“生活缴费”或营业厅缴纳。水务公司不会电话要求您向个人账户转账。', senders: BULK },
  { label: 'normal', text: '【蓉川燃气】因市政管网改造，{date} 22:00至次日6:00高新区部分小区暂停供气，恢复供气后请勿自行点火，如有异味请拨打燃气抢修电话。', senders: BULK, hours: [9, 14, 17, 20] },
  { label: 'normal', text: '娃儿 电卡又没得钱了 你在手机上帮我充两百嘛 户号我拍给你了 莫充错了哈 你妈说楼下贴的那个“低价充电费”的广告是骗人的 我没打', senders: FOLK, hours: [20, 21, 22, 23] },

  // ── broadband and mobile carriers ──
  { label: 'normal', text: '【蓝鲸移动】尊敬的客户，您本月套餐内通用流量已使用80%，剩余约6GB。超出部分按3元/GB计费，当月封顶。如需更换套餐，请登录蓝鲸移动App或到营业厅办理。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【蓝鲸移动】您的号码截至{date}欠费{amt}元，请于3日内缴费，逾期将暂停通话功能。缴费可通过蓝鲸移动App、营业厅或银行代缴，缴费后2小时内恢复。我司不会通过个人账户收取话费。', senders: BULK },
  { label: 'normal', text: '【蓝鲸移动】按照实名制要求，您名下号码尾号{tail}需进行实名信息复核。请本人携带身份证到任一营业厅办理，或在蓝鲸移动App内人脸核验。我们不会电话要求您提供验证码或银行卡信息。', senders: BULK },
  { label: 'normal', text: '【蓝鲸移动】验证码{code}，您正在办理套餐变更（变更为59元畅享套餐，次月生效）。如非本人操作请忽略，请勿告知他人，营业员也不会向您索要。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '您好 我是蓝鲸宽带装维师傅小周 工号Z3306 约的明天上午10点上门装宽带 光猫和路由器是套餐里送的 不另外收钱 您家有人吗', senders: ['mobile'] },
  { label: 'normal', text: '【蓝鲸移动】提醒：近期有人冒充我司客服来电称可“套餐降费”“宽带提速免费升级”，要求您报出短信验证码。我司办理业务不会索要验证码，请勿告知任何人。', senders: BULK },
  { label: 'normal', text: '[营业厅受理单照片文字] 业务：携号转网授权码查询 / 宽带拆机\n客户：{person}\n说明：宽带拆机后光猫需在30日内归还营业厅，逾期按协议赔付设备款；拆机当日起停止计费。\n受理员签字：周', senders: PASTE },

  // ── renovation loans and appliance instalments ──
  { label: 'normal', text: '{sig}您的装修贷款{amt}元已审批，资金将按装修合同约定的节点（开工、水电验收、竣工）分三次直接支付至装修公司对公账户，每次支付前需您在{app}确认。本公司不收取任何前期费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您于{date}在天际家电门店办理的冰箱分期（{amt}元，12期，免息）已生效，每月自动扣款。如退货，分期将同步取消并退还已还款项，无需另行申请。', senders: OWN_PORT },
  { label: 'normal', text: '刘姐 水电验收做完了 拍了视频发您了 二期款按合同打到我们公司对公账户 不用打我个人卡 装修贷那边您在App上点确认放款就行 周三开始贴砖', senders: STAFF },
  { label: 'normal', text: '【天际家电】以旧换新补贴提醒：您购买的空调已享受政府补贴{amt}元，补贴在下单时直接抵扣，无需您另外申请或点击链接领取。安装师傅上门不收取额外补贴“手续费”。', senders: BULK },
  { label: 'normal', text: '{sig}{person}，您的家电分期本期{amt}元将于{date}扣款。这是正常还款提醒，不是催收。如需查询账单或提前还款，请在{app}办理。', senders: VENDOR_OR_OWN },

  // ── family, neighbours and drivers talking about money (some late) ──
  { label: 'normal', text: '妈我到了 刚跑完最后一单 今天流水还可以 车贷的钱够了 明天就还 你早点睡 别等我了', senders: FOLK, hours: LATE },
  { label: 'normal', text: '哥 首付还差五万 我转你了 你收一下 别跟嫂子说是借的 就说我随的份子 哈哈 房子定下来喊我吃饭', senders: FOLK, hours: [21, 22, 23] },
  { label: 'normal', text: '儿子 我在老家 今天有个人打电话说是你的车贷公司 说你逾期了 让我帮你还 我没理他 挂了 你那边是不是真的有啥事 给妈回个电话', senders: FOLK, hours: [19, 20, 21, 22] },
  { label: 'normal', text: 'Mum here. Landed in Sydney fine. Dad says the car insurance back home renews on {date}, I have set the auto-pay from my own card, so please ignore any call asking you to pay it for me. Love you, call you on Sunday.', senders: ABROAD, en: true, hours: [0, 1, 6, 23] },
  { label: 'normal', text: '闺女 我在温哥华 你小区物业费我已经在小程序上交了一年的 如果物业有人打电话找你要钱你让他看系统记录 别转账', senders: ABROAD, hours: [1, 2, 3, 23] },
  { label: 'normal', text: '跟你说一下 楼下那个卖车位的说八万一个 我去不动产中心查了 那个车位根本没有产权 是人防车位只能租 不能卖 还好没交定金 你那边要是有人找你买也别信', senders: FOLK },
  { label: 'normal', text: '【网约车司机之家】提醒：近期有人冒充平台“安全中心”致电司机，称账户存在风险需缴纳保证金解封。平台封号申诉只在司机端App内进行，不收取任何费用。转发给车队的师傅们。', senders: PASTE },
  { label: 'normal', text: '我们公司最近帮员工办车贷的事：HR说和银行合作有员工专享利率，但是必须本人去网点面签，不交任何中介费。有人在群里私下说“交两千包过”的不是公司的人', senders: PASTE },
  { label: 'normal', text: '老汉儿 停车场那个月卡我续了 三个月四百五 停车场收费亭扫的码 开了发票 你明天直接开进去就行了', senders: FOLK },
  { label: 'normal', text: '这个短信是不是骗人的：说我的ETC在高速上“异常扣费”，要我加一个客服QQ退款。我查了银行App，扣费记录都正常。发的号码是个手机号。', senders: PASTE },
  { label: 'normal', text: '{sig}反诈提示：收到“车贷可解押，不用还清”“车辆抵押一键解除”等信息请勿相信。车辆解押须在结清全部贷款后由我司出具材料，到车管所办理。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}{person}您好，您申请的“车位分期”（购买小区产权车位，{amt}元，24期）已放款至开发商监管账户。请凭购车位合同到不动产登记中心办理车位产权登记。', senders: OWN_PORT },
  { label: 'normal', text: '师傅我的车下午三点要用 能不能麻烦把你的车往前挪一点 我在地库B2 你挡着我出口了 谢谢哈 电话是挪车码上那个', senders: ['mobile', 'virtual'] },
  { label: 'normal', text: '{sig}您的账户本月有一笔{amt}元转账至“锦园物业服务有限公司”，摘要“物业费”。如非本人操作，请立即拨打{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '朋友推荐的共享充电桩项目我去问了 说投五万一个桩每月分红三千 我觉得不靠谱 没投 你也别碰 真正的充电站都是国家电网和车企自己建的', senders: FOLK, hours: [20, 21, 22] },
  { label: 'normal', text: '喂 俺是小区门口修车的老郑 你那车胎换好了 两条四百六 等你下班来拿车再给钱 不着急 中', senders: ['mobile'] },
  { label: 'normal', text: '【安家中介】{person}您好，您委托出租的房源已成交，租客押一付三共{amt}元已进入资金监管账户，扣除约定佣金后将于{date}转入您合同登记的银行卡。', senders: BULK },
  { label: 'normal', text: 'Hello, this is Sunrise Car Rental. We confirm your one-way booking from Chengdu Airport to Chongqing on {date}. Payment is taken only at pickup, by card in the name of the driver. If anyone contacts you claiming your booking needs a "security transfer" first, it is not us.', senders: ['unknown_port', 'foreign', 'none'], en: true },
];

export const BLIND23_TEMPLATES: Template[] = [...NORMAL, ...BLIND23B_TEMPLATES];
