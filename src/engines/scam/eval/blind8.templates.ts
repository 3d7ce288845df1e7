/**
 * BLIND8 held-out bank (thirteenth scam author): this file holds the normal messages,
 * blind8b.templates.ts the fraud and harassment; BLIND8_TEMPLATES joins them.
 *
 * Who and how: written in session 5 (2026-12-02) by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirteenth author of a scam bank). Written from general knowledge of Chinese telecom-fraud
 * scripts current in 2025–2026 (the Ministry of Public Security's common types), of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at
 * most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, home visits by at least two collectors,
 * no public notices, extra fees, new loans to repay old ones, threats, insults, fraud, violence,
 * spreading private information, fake legal documents or impersonated government, courts or
 * police) and of everyday life in county towns and villages. While writing it the author read
 * only: eval.types.ts, eval.generator.ts, eval.metrics.ts, the other template banks (only to avoid
 * duplicating them and to write differently), scam.types.ts (FraudType, MessageInput),
 * registry.schema.ts, registry/institutions.json, shared/facts/regulation.md, shared/seeds and
 * shared/SPEC.md. The analyzer's code, lexicons, signal lists, rules and models were NOT opened;
 * the analyzer, its tests and benchmarks were NOT run, and no search tool was used on this
 * repository. The only run was an expansion check outside the repository
 * (generateEvalSet(registry, 'blind8')) for counts by label, fraud type and sender kind and for
 * duplicate texts against the other splits, plus the type checker.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): everyday money in smaller cities and the
 * countryside. Township bank branches, rural credit cooperatives (信用社 / 农商行) and village
 * cash points (助农取款点); village committees, township governments and agricultural subsidies
 * (惠农补贴, 耕地地力保护补贴, 一卡通), genuine beside forged; farm-product sales, livestock and
 * grain trading, farm machinery and crop/livestock insurance; migrant workers' wage arrears,
 * labour contractors (包工头) and construction-site payroll through the wage account; county
 * hospitals, village clinics, pharmacies and rural medical insurance (合作医疗); township
 * express stations and village pick-up points; elderly people's pension collection and the
 * yearly pension certification; school bus, boarding and meal fees; temple and church
 * donations; fake "government poverty-relief" and "乡村振兴" loans and funds, fake relatives
 * working in the city, fake village secretaries, fake prizes at the village shop, fake
 * livestock and seed sellers, fake matchmakers. Collectors who come to the village, tell the
 * neighbours, ring the village committee or the labour contractor, post notices, or call at
 * night — beside lawful lenders' reminders, a pre-arranged two-person home visit and a lawful
 * "please ask him to call back" to a registered contact. Many messages are written by people
 * with little schooling, on both sides: plain words, long runs without punctuation, spaces for
 * commas, and homophone slips (在/再, 的/得, 已/以). Senders are mixed realistically:
 * local banks, hospitals and governments use unregistered bulk ports or landlines, villagers
 * write from their own mobiles, and many scams are pasted with no sender. No OCR layouts,
 * service notifications, case-numbered 法催 SMS, multi-part scripts, emoji, pinyin or dialect
 * spellings.
 */
import type { Template } from './eval.types.js';
import { BLIND8B_TEMPLATES } from './blind8b.templates.js';

/** A registered lender's own SMS port. */
const OFFICIAL: Template['senders'] = ['official_port'];
/** A registered lender's own call/SMS channels. */
const LENDER: Template['senders'] = ['official_hotline', 'official_port'];
/** County banks, hospitals, governments, companies: unregistered bulk ports. */
const LOCAL_PORT: Template['senders'] = ['unknown_port'];
/** A local office's notice, sent from its bulk port or pasted on by someone. */
const LOCAL: Template['senders'] = ['unknown_port', 'none'];
/** Village offices and clinics: a landline, a cadre's own mobile, or pasted. */
const OFFICE: Template['senders'] = ['unknown_landline', 'mobile', 'none'];
/** Villagers, relatives, traders writing from their own phones. */
const PERSONAL: Template['senders'] = ['mobile'];
const PERSONAL_OR_PASTE: Template['senders'] = ['mobile', 'none'];
/** Lawful collection contact stays inside 08:00–22:00. */
const COLLECT_HOURS = [8, 9, 10, 11, 14, 16, 19, 20, 21];
/** Country people write early and late. */
const VILLAGE_HOURS = [6, 7, 8, 12, 13, 19, 20, 21];
const ANY_HOUR = [0, 3, 6, 9, 12, 15, 19, 22, 23];

const NORMAL: Template[] = [
  // ── township bank branches and rural credit cooperatives ──
  { label: 'normal', text: '【清河县农商银行】您尾号{tail}的账户{date}转入{amt}元，摘要：耕地地力保护补贴。补贴由财政直接发放，本行工作人员不会以任何理由向您索要密码或验证码。', senders: LOCAL_PORT },
  { label: 'normal', text: '【农村信用合作联社】尊敬的客户：您的社会保障卡金融账户将于本月底到期，请本人携带身份证到就近网点或村级助农服务点免费换卡。换卡不收任何费用，请勿相信电话或短信里的“在线换卡”。', senders: LOCAL_PORT },
  { label: 'normal', text: '【清河县农商银行】{person}您好，您在我行办理的农户小额信用贷款{amt}元将于{date}到期，请提前把钱存入尾号{tail}的账户，到期自动扣款。如需续贷请到镇上网点面签，客户经理不会让您转钱到个人账户。', senders: LOCAL_PORT, hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}你好 我是镇上农商行的小周 你上回问的那个种养殖户贷款 要带户口本 身份证 土地承包证到网点来填表 我们这不收啥手续费 利息合同上写的清清楚楚 有不懂的直接来柜台问我', senders: PERSONAL },
  { label: 'normal', text: '【清河县农商银行】您尾号{tail}的账户因身份证件已过期，已暂停非柜面交易。请本人携带有效身份证件到任一网点更新信息后即可恢复，本行不会通过短信链接或电话为您办理。', senders: LOCAL_PORT },
  { label: 'normal', text: '通知 村口小超市的助农取款点从15号起搬到村委会一楼了 取养老金 取补贴带上社保卡就行 不收手续费 有事找李会计', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【农村商业银行】反诈提醒：近期有人冒充“扶贫办”“农业局”工作人员上门或来电，称可办理无息扶贫贷款、补发惠农补贴，但要先交手续费。正规补贴直接打到一卡通，不收一分钱，遇到请拨打110。', senders: LOCAL_PORT },
  { label: 'normal', text: '【清河县农商银行】您在我行的整存整取定期存款{amt}元将于{date}到期，到期后按约定自动转存。如需支取，请本人持存单和身份证到网点办理。', senders: LOCAL_PORT },
  { label: 'normal', text: '【清河县农商银行】春耕贷款开始办理：种粮大户、养殖户凭身份证和承包合同即可申请，利率以借款合同为准，审批通过后直接放款到本人账户。办理全程不收取任何前期费用，先让您交钱的都是骗子。', senders: LOCAL_PORT },
  { label: 'normal', text: '【农信】您尾号{tail}的卡于{date}在村级助农服务点取现{amt}元。如非本人操作，请持卡到就近网点或拨打卡背面的客服电话。', senders: LOCAL_PORT, hours: ANY_HOUR },
  { label: 'normal', text: '{person}您好，这里是镇农商行信贷部。您家那笔贷款上个月的利息还没扣到，可能是卡里余额不够，麻烦这两天存进去就行，有困难可以来网点跟我们商量，电话里就不多说了。', senders: ['unknown_landline', 'mobile'], hours: COLLECT_HOURS },
  { label: 'normal', text: '【邮政储蓄银行】您好，您在{date}领取的惠农补贴存折已补办完成，请本人带身份证到镇邮政网点领取，代领需带户口本和代领人身份证。', senders: LOCAL_PORT },
  // ── village committees, township governments, subsidies ──
  { label: 'normal', text: '【大王庄村委会】通知：2026年耕地地力保护补贴开始核对面积，请各户户主本周内带身份证到村委会签字确认，不收任何费用。有疑问找村会计。', senders: OFFICE },
  { label: 'normal', text: '各位村民 明天上午9点在村委会开会 说下今年的合作医疗交费的事 每人380 可以在手机上交也可以交给网格员 交了有收据的 千万别把钱给不认识的人', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【青石镇人民政府】2026年度种粮补贴名单已在各村公示栏公示7天，如有异议请到镇农业服务中心反映。补贴直接发放到一卡通，任何人向您索要手续费、工本费，请立即拨打110。', senders: LOCAL },
  { label: 'normal', text: '二婶 你家今年的低保复审要交材料了 户口本 身份证 还有你家大军的残疾证复印件 礼拜四之前送到村委会 不用花钱 谁跟你要钱你告诉我', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【青石镇农业服务中心】农机购置补贴申请已开放，购机户请携带购机发票、身份证、一卡通到镇服务中心登记，补贴资金审核后直接打到本人一卡通。不需要交任何押金。', senders: LOCAL },
  { label: 'normal', text: '村里的自来水费这季度每户45 户主自己用手机交或者交给组长都行 组长会给开票 没交的这礼拜交一下 谢谢大伙', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【大王庄村委会】今年的秸秆还田补助按亩发放，标准每亩20元，统一打到各户一卡通，预计{date}前到账。不需要点链接登记，也不需要提供银行卡密码。', senders: OFFICE },
  { label: 'normal', text: '老刘 你家那三亩地流转给合作社的租金 今年的以经打到你一卡通上了 一共2400 你去信用社打个条看看 有啥不对来村委会找我', senders: PERSONAL },
  { label: 'normal', text: '【青石镇人民政府】提醒：生猪调出大县奖励资金由县财政统一拨付到养殖场对公账户，政府工作人员不会打电话让您先交保证金或“激活费”。', senders: LOCAL },
  { label: 'normal', text: '明天上午村里来县民政局的人核对高龄补贴 八十岁以上的老人家里留个人 带上身份证户口本就行 不用准备别的 也不收钱', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  // ── migrant workers, labour contractors, site payroll ──
  { label: 'normal', text: '【远建劳务】{person}，您4月份工资{amt}元已通过农民工工资专用账户发放至您尾号{tail}的银行卡，请注意查收。对工资有异议请联系项目部劳资员，不要相信私下“代讨工资”。', senders: LOCAL_PORT },
  { label: 'normal', text: '兄弟们 老板说钱下礼拜三一定到 到了我第一时间给大家发 大伙在坚持几天 谁家里实在急的先跟我说 我自己先垫点', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '媳妇 这个月工资还没发 工地上说月底一起结 你先别急 孩子的住校费我找二哥借了先交上 等我发了在还他', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【清河县人社局】农民工朋友：如遇拖欠工资，可拨打12333或到县劳动保障监察大队现场投诉，投诉和法律援助均免费，不需要向任何个人交“代理费”。', senders: LOCAL },
  { label: 'normal', text: '项目部通知：本周六发放3月份工资，以实名制考勤为准，工资直接打到个人工资卡，不发现金。还没办工资卡的找劳资员登记，带身份证。', senders: ['none', 'mobile'] },
  { label: 'normal', text: '王哥 我那三千块工钱啥时候能给啊 家里老人住院了等着用 你别嫌我催 实在不行先给一半也行', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【清河县法律援助中心】讨要劳动报酬可申请法律援助，免费办理。请携带身份证、欠条或考勤记录到县司法局一楼窗口，工作人员不会上门收费。', senders: LOCAL },
  { label: 'normal', text: '都注意点 昨天有人打电话给老孙 说能帮着讨回工地的工钱 先交两千块律师费 那是骗人的 正经法律援助一分钱不要 大家别上当', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '张师傅 你今年在我这干了168个工 按一天260算 扣掉预支的五千 剩下的过年前一次结清 你核对下 有出入跟我说 我这有考勤本', senders: PERSONAL },
  // ── county hospitals, village clinics, pharmacies ──
  { label: 'normal', text: '【清河县人民医院】您已预约{date}上午内科门诊，请携带身份证或医保卡提前30分钟到门诊一楼取号。如需取消请提前一天致电医院预约中心。', senders: LOCAL_PORT },
  { label: 'normal', text: '【清河县人民医院】患者家属您好：住院患者预交金余额不足，请尽快到住院部一楼收费处续交。医院只在收费窗口和自助机收费，不会让您转账到个人账户。', senders: LOCAL_PORT },
  { label: 'normal', text: '【清河县医保中心】您{date}出院的住院费用已按规定报销{amt}元，报销款已打入本人社保卡金融账户，请注意查收。', senders: LOCAL_PORT },
  { label: 'normal', text: '【仁和大药房】会员日：本周六降压、降糖药品满100减10，可刷医保卡个人账户。详情到店咨询。退订回T', senders: LOCAL_PORT },
  { label: 'normal', text: '村卫生室通知 65岁以上的老人免费体检 下礼拜二上午空腹来 带身份证 抽血 心电图都不收钱 行动不方便的跟我说 我上门', senders: OFFICE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '阿姨 您的化验单出来了 血糖有点高 别的没啥 药按时吃 下个月来复查带上医保卡 别在外面买那些说能治糖尿病的保健品', senders: PERSONAL },
  // ── township express stations, village pick-up points, rural e-commerce ──
  { label: 'normal', text: '【青石镇快递驿站】您的包裹已到镇上驿站，取件码{code}。村里代收点每周二、周五统一送到村委会旁边的小卖部，着急可以自己来镇上取。', senders: LOCAL_PORT, hours: ANY_HOUR },
  { label: 'normal', text: '你家的快递到了 是个大箱子 好像是化肥 我放店门口了 记得来拿 晚上我关门早', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '{other}：您在助农专区购买的苹果5斤装已发货，快递单号YS{code}{tail}，预计3天送达镇上驿站。查看物流 {url}', senders: LOCAL_PORT, links: ['unknown_legit', 'none'] },
  { label: 'normal', text: '大姐 你家那个土蜂蜜还有没 我要五斤 钱我微信转你 还是你寄到付 我都行', senders: PERSONAL },
  { label: 'normal', text: '老板 你订的两百只鸡苗明天早上到 运费我先垫了 到了你点一下数 没问题再给钱就行', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【青石镇快递驿站】您有一件包裹超过7天未取，已按寄件人要求退回。如有疑问请到驿站柜台咨询，驿站不会通过电话收取任何“理赔费”。', senders: LOCAL_PORT },
  { label: 'normal', text: '你在网上卖的那批小米 买家那边已经确认收货了 平台说货款7天后自动到你店铺账户 到时候你自己提现就行 别信打电话说要交保证金才能提现的', senders: PERSONAL },
  // ── livestock, grain and farm-product trading, farm insurance ──
  { label: 'normal', text: '老李 明天我带车过来拉猪 价格按今天行情7块2一斤 过了磅现场结钱 今晚别喂食了', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '那头牛我看过了 一万二你要是同意 我先给你两千定金 拉走的时候把剩下的一次付清 咱俩写个条', senders: PERSONAL },
  { label: 'normal', text: '收玉米 本周价格1块08 上门过磅 现钱或者转账都行 有要卖的打这个电话 量大价格好商量', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【丰收种植专业合作社】2025年度二次返利已核算完毕，入社社员按土地入股亩数分配，明细已张贴在合作社门口，返利将打到各户一卡通。有疑问请到合作社办公室核对。', senders: OFFICE },
  { label: 'normal', text: '收割机明天到你们村 一亩地80 割完再给钱 要割的今晚跟我说一声 我排个顺序', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【国元财险】{person}您好，您投保的能繁母猪保险报案已受理，查勘员将于明天上午到现场查勘。理赔款直接支付到投保人本人账户，全程不收取任何费用。', senders: LOCAL_PORT },
  { label: 'normal', text: '你家母猪的疫苗打完了 一共120块 不急着给 下回我来了一起算', senders: PERSONAL },
  // ── pensions and the elderly ──
  { label: 'normal', text: '【清河县社保中心】您本月城乡居民基本养老金已发放至社会保障卡，请注意查收。养老金领取资格认证可在手机上免费办理，也可到村里找协管员代办。', senders: LOCAL_PORT },
  { label: 'normal', text: '妈 你的养老金我帮你查了 这个月的到了 你去村委会那个取款点取就行 别听人家说啥要交钱才能领的 没这回事', senders: PERSONAL },
  { label: 'normal', text: '{person}你好 我是村里的社保协管员 你家老爷子今年的居民养老保险还没交 最低档200 可以交给我开收据 也可以自己用手机交 月底截止', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '孙子 奶奶卡上的钱取不出来了 取款点说卡坏了 你放假回来带奶奶去信用社看看 奶奶不会弄', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【青石镇民政办】80周岁以上老人第二季度高龄津贴已发放到本人一卡通，无需申请，不收取任何费用。不会有工作人员打电话要求老人提供验证码。', senders: LOCAL },
  // ── school bus, boarding and meal fees ──
  { label: 'normal', text: '【青石镇中心小学】家长您好，本学期住宿费、伙食费按县教育局核定标准收取，请通过学校统一缴费平台缴纳并保留电子票据。老师不会让家长转账到个人微信或银行卡。', senders: LOCAL },
  { label: 'normal', text: '各位家长 下礼拜一开学 住校生带好被褥 校车还是原来的站点 早上6点40在村口等 校车费按学期在缴费平台上交 不要给司机现金', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '小宇妈妈 明天下大雪路上结冰 校车停运一天 学校已经发通知了 孩子在家上网课 后天正常', senders: PERSONAL, hours: [6, 7, 19, 20, 21] },
  { label: 'normal', text: '爸 学校要交下学期的住宿费800 老师说在缴费平台上交 我把缴费的截图发你 你看一下 不会弄就等我周末回去弄', senders: PERSONAL },
  { label: 'normal', text: '【清河县第二中学】营养改善计划通知：本学期农村义务教育学生营养餐免费供应，学校不向家长收取任何餐费，如有人以此名义收费请向县教育局举报。', senders: LOCAL },
  { label: 'normal', text: '班主任通知 下周三开家长会 会后交这学期的作业本费和保险费 保险自愿 不想买的不用买 费用在家长会上当面交给会计 给收据', senders: PERSONAL_OR_PASTE },
  // ── temples and churches ──
  { label: 'normal', text: '各位居士 农历十五寺里做法会 随喜功德 功德箱和寺里挂着的收款码都可以 不强求 有需要收据的到客堂登记', senders: PERSONAL_OR_PASTE, hours: VILLAGE_HOURS },
  { label: 'normal', text: '弟兄姊妹平安 这周日礼拜后商量修教堂屋顶的事 奉献自愿 钱交给会计当场记账 账本大家随时可以看', senders: PERSONAL_OR_PASTE },
  { label: 'normal', text: '村里修土地庙的捐款名单贴在庙门口了 一共收了一万三千六 大家核对下自己的名字和钱数 有写错的找三叔改', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【普济寺】本寺从不通过短信、电话或网上募捐，也没有委托任何人上门化缘。请善信注意，凡以本寺名义索要“功德钱”的都不是本寺所为。', senders: LOCAL },
  // ── registered lenders: lawful reminders, visits and marketing ──
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期10天，应还{amt}元。如在外务工暂时不方便，可在{app}申请延期或分期，也可致电{hot}协商。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{person}您好，我是{name}的外访专员，工号WF{tail}。按前天电话里和您约好的，{date}下午我和一位同事到您家里聊聊还款安排，到时出示工作证。如需改时间请打{hot}。', senders: ['official_hotline', 'mobile'], hours: COLLECT_HOURS },
  { label: 'normal', text: '打扰了，您是{person}借款时登记的联系人。我们是{name}，这几天一直联系不上他本人，麻烦您方便时让他回个电话{hot}。具体事情不便跟您说，也跟您没有关系。', senders: LENDER, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}农忙过了手头紧？{app}新用户首笔借款可享30天免息，年化利率（单利）7.2%起，以审批结果为准。借款只在{app}内申请，不收取任何前期费用。退订回T', senders: OFFICIAL, links: ['none', 'official'] },
  { label: 'normal', text: '{sig}您尾号{tail}的借款已全部结清，感谢您的信任。结清证明可在{app}“我的—借款记录”中下载。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}验证码{code}，您正在登录{app}，5分钟内有效。任何人（包括自称客服、村干部、亲戚）向您要验证码都不要给。', senders: OFFICIAL, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}{person}您好，您在{name}的借款逾期已超过90天，经多次联系未果，我司拟依法向人民法院起诉。如有还款困难，请在{date}前致电{hot}协商。是否立案以法院正式送达的文书为准。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '你好 我是{name}的客服 你那笔钱已经晚了二十天了 这个月能不能先还一点 有困难可以跟我说 也可以打{hot}问 我们这边能给你申请分期', senders: LENDER, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}{person}您好，您本期应还{amt}元已从尾号{tail}的银行卡扣款成功，下期还款日为{date}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您申请的{amt}元借款已放款至尾号{tail}的银行卡，请注意查收。我司不会以“放款失败”“账户冻结”为由要求您缴纳任何费用。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}您好，您与我们约定的还款计划已生效：每月{date}前还款，共8期，期间不再加收费用。如在外打工收入有变化，可随时致电{hot}调整。', senders: OFFICIAL, hours: COLLECT_HOURS },
  { label: 'normal', text: '{sig}提醒：您的借款将于3天后到期，应还{amt}元。秋收卖粮款到账了的话，记得留够还款，可在{app}提前还款，不收违约金。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}您好，您申请的借款未通过审核。近期如有人以“内部渠道包过”“交钱提额”为由联系您，均与我司无关，请勿转账。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}尊敬的客户，您可在{app}申请“个体经营贷”，适合农资店、养殖户周转，年化利率以合同为准。详情 {url} 退订回T', senders: OFFICIAL, links: ['official', 'none'] },
  // ── people talking about money ──
  { label: 'normal', text: '二叔 卖猪的钱我给你转过去了 {amt} 你看下收到没 没收到给我打电话', senders: PERSONAL },
  { label: 'normal', text: '老张 借你那两千块啥时候方便还 不着急 就是我家孩子下个月开学要用', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '妹 我想在网上借点钱买个三轮车 你说那个{app}靠谱不 利息高不高 你在城里懂的多 帮我看看', senders: PERSONAL },
  { label: 'normal', text: '哥 前天有人打电话说是扶贫办的 要给我办无息贷款 先交两千保证金 我没理他 你也注意点 跟爸妈也说一声', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '大姐 村里那个说投钱养牛一年翻倍的 我觉的不靠谱 你别投了 咱们的钱还是存信用社稳当', senders: PERSONAL },
  { label: 'normal', text: '妈 我这个月工资发了 给你转了一千 你别舍不得花 买点肉吃 降压药别断了', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '爸 我这个月生活费不太够 你方便的话再给我打三百 还是打到原来那张卡上就行 不急 下礼拜前就行', senders: PERSONAL },
  { label: 'normal', text: '明天老王家娶媳妇 份子钱我替你随了200 你回来给我就行 礼账上写的你的名', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '你说的那个合作医疗 我已经在手机上给咱家四口人交好了 一共1520 截图发你了 收据在手机上能查', senders: PERSONAL },
  { label: 'normal', text: '三舅 上回你说信用社那个贷款利息是多少来着 我也想贷点钱把大棚扩一扩 你啥时候有空带我去问问', senders: PERSONAL },
  // ── alarming-looking but lawful notices ──
  { label: 'normal', text: '【国网清河县供电公司】您户号尾号{tail}的电费已欠费{amt}元，请及时通过网上国网App、银行代扣或村电工缴纳。逾期未缴将依规定停电，停电前会另行通知。', senders: LOCAL_PORT },
  { label: 'normal', text: '【青石镇派出所】近期我镇发生多起冒充“扶贫办”“农业局”的诈骗，凡是让您先交钱才能办贷款、领补贴的都是骗局。请转告家中老人，遇到可拨打110或到派出所咨询。', senders: LOCAL },
  { label: 'normal', text: '【清河县农商银行】风险提示：您尾号{tail}的账户今日向陌生个人账户转账{amt}元，已被系统暂缓到账。如果是有人让您转的“保证金”“解冻费”，请立即到网点或报警。', senders: LOCAL_PORT, hours: ANY_HOUR },
  { label: 'normal', text: '李大爷 你家的养老金认证该做了 这个月底前 不会弄手机的话拿着身份证来村委会 我给你弄 不要钱的 别让外人帮你弄', senders: PERSONAL, hours: VILLAGE_HOURS },
  { label: 'normal', text: '【清河县人民法院】提示：本院不会通过短信或电话要求当事人向个人账户、“安全账户”转账，诉讼费只能通过法院缴费系统或诉讼服务中心窗口缴纳。对收到的涉诉信息有疑问，请到本院诉讼服务中心核实。', senders: LOCAL },
];

export const BLIND8_TEMPLATES: Template[] = [...NORMAL, ...BLIND8B_TEMPLATES];
