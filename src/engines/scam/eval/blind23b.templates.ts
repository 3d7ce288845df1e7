/**
 * BLIND23 held-out bank, second part: fraud and harassment. Written with blind23.templates.ts by
 * the same independent (thirtieth) author in session 9, 2026-12-02; see that file for who, how,
 * what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on this
 * bank.
 *
 * Labelling rules used here, applied in this order. (1) A victim's own retelling of a scam (a
 * plea in a chat, a voice note, a call transcript) is labelled by the scam; a warning written by
 * a relative, a 车队 captain, a lender, a carrier, a 物业 or the police, and an "is this real?"
 * that only describes a message, are normal (first file). (2) A lover or would-be partner met
 * online who leads to money (a car-auction "platform", a breakdown, 诚意金, a parcel, a dating-app
 * deposit) is `romance`, whatever the bait. (3) A message posing as a named state body — 车管所,
 * 交管12123 and the 交警, 公安 and 经侦, 住房公积金管理中心, 住建局, 税务局, 交通运输局, a court, the
 * exit-entry bureau — that asks for money, a card or a code is `impersonating_authority` (unless
 * rule 10's collector case applies). (4) Any offer of credit (car loans, 零首付 or 以租代购 with a
 * 档案费, driver loans, 装修贷, 公积金贷, 房贷转贷, foreigners' car loans) that wants a fee, 押金,
 * 保证金, 解冻金, 流水 or 验资 before paying out is `fake_loan`. (5) Removing 逾期 or 查询 records,
 * "注销" an old instalment account, lifting a 抵押 or a GPS without paying off the loan, 征信异议
 * 代办, or restoring a platform 信用分 for money is `fake_credit_repair`. (6) A message posing as the
 * company that holds the victim's own account, contract or order — the car or mortgage lender,
 * the insurer, the ETC issuer, the carrier (套餐降费, 实名核验 asking for a code), the power
 * company, the 物业, the 长租公寓, a charging or ride-hailing or used-car platform, a car-rental
 * firm — about that account, a refund, a freeze or a deposit is `fake_customer_service`
 * (utilities and carriers are companies, not state bodies). (7) A landlord, relative, 车队长,
 * 业主群 neighbour, spouse or project manager on a new number or a borrowed phone asking for money
 * is `impersonating_acquaintance`. (8) Paid tasks (reviews, likes, fake ride orders, app
 * sign-ups, "刷浏览量") with a top-up are `brushing_rebate`; a return on money (车位, 共享充电桩,
 * 运力 cars, 二手车 export shares, 公积金 "理财", EV funds) is `fake_investment`; game accounts,
 * skins, coins and a child's game purchase are `game_trading`. (9) A good or paid service that is
 * never delivered — a cheap rental or an overseas "owner" wanting a deposit, 法拍 cars, a
 * 车位 sold from abroad, 驾照代消分, cheap ETC devices, cheap 宽带, discounted 水电燃气 代缴 — is
 * `fake_shopping`. (10) Everything else is `other`: 公积金 提取代办 and 维修基金 退还代办 that sell
 * access to the victim's own money for a fee, 补贴 and 奖品 links from a nameless "中心" or "平台"
 * that names no state body, a fake driver job with a 车辆押金, and a staged parking-lot 刮车
 * demand. Harassment: a collector or its agent — even a registered lender's own port or hotline,
 * even politely — who calls, texts or visits between 22:00 and 08:00; rings past six attempts;
 * tells or presses the 车队, the passengers, the freight platform, the landlord, the 物业, the
 * employer, the emergency contact, the village or the spouse's workplace; posts in the 业主群 or
 * the lift; adds 逾期管理费, 上门费 or 拖车费; pushes a new loan to repay the old one; threatens to
 * 拖车 at night, violence or shame; insults; or sends fake 律师函 and court papers, or poses as the
 * 交警 or a court, about the victim's own debt (the tell from rule 3 is that it presses repayment
 * of that debt in the lender's app rather than a fee to a "supervised account").
 */
import type { Template } from './eval.types.js';

/** Bulk ports and cheap numbers that scammers rent. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** People (or people posing as people) on their own phones. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Callers posing as a service line. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Pasted chats, posts, retellings. */
const PASTE: Template['senders'] = ['none'];
/** Mixed: a bulk port, a mobile, or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas callers. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** A collector (or its agent) on the lender's own channels. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collector's agency on a desk line or a work mobile. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Outside 08:00–22:00. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '跑车的师傅空闲时间赚点油钱：给4S店和汽修店写好评，一条15元，日结。第三单起要先垫付“保养套餐”下单金额，完成后连本带佣金一起返，新人首单返30%。加导师微信 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '网约车司机福利群：每天帮平台“冲单量”，在指定小程序下单叫车再取消，一单返8元。满20单升级VIP任务，需充值{amt}元激活，充得越多返得越多，今天名额只剩12个 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '我就是被骗了 说给二手车平台点赞收藏 一个赞两块 前面确实给了我六十多 后面说要做“联单任务” 先垫三千八 做完返四千六 垫了之后又说我操作超时要再充一万解冻 现在人拉黑了 我报警有用吗', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}】诚招居家兼职：给租房App上的房源“刷浏览量”，每单佣金5-50元。下载任务App {url} 注册后领取新手任务，完成三单后需缴纳账户保证金{amt}元方可提现，保证金随佣金一起退回。', senders: ['unknown_port', 'virtual'], links: APK_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '业主群里有人拉人做“装修公司好评师”哈 先给你派个小单 垫付99块下单装修设计服务 马上返109 我已经做了一周赚了两千多 你要不要 把你支付宝实名发我', senders: PERSONAL },
  { label: 'fraud', type: 'brushing_rebate', text: '充电桩App推广员：扫码注册一个新用户奖励20元，邀请10人以上可做“团长”，团长任务需要先在App内充值电费余额{amt}元做流水，次日返还并加送15%。扫码 {url}', senders: MIXED, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job for foreigners in China: rate car rental companies on our app, RMB 200 per day. After 3 free tasks you need to top up RMB 2,000 to unlock the "premium order", refunded with 30% commission in 10 minutes. WhatsApp {phone}', senders: OVERSEAS, en: true },

  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '城市核心地段产权车位认购，3万起投，平台统一出租，月收租金保底1.2%，一年后原价回购。目前一期仅剩27个车位，加客户经理微信 {phone} 锁定，定金当天付款才保留。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '共享充电桩合伙人招募：投资一台直流快充桩4.8万，运营方包场地包运维，每天保底收益168元，45天回本。老合伙人已分红超百万，入群看每日收益截图 {url}', senders: MIXED, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '兄弟 我这段时间跟一个老师在做“新能源车位REITs” App上显示一个月赚了四万多 现在开放内部额度 最低两万 收益比银行高十倍 你要信我就下这个App {url}', senders: PERSONAL, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '网约车运力投资：您出资购买一台新能源车挂靠我司运营，司机由我司派驻，您每月稳拿车辆收益3500元，合同三年，第四年车归您。首批50台，签约即送加油卡。详询 {phone}', senders: ['unknown_port', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_investment', text: '【{other}】您持有的“二手车周转收益计划”本期收益{amt}元已到账，账户冻结中，缴纳个人所得税预缴款后即可提现，请在24小时内登录 {url} 操作，逾期收益作废。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '我妈在业主群里被一个人带着投“社区车位众筹” 说每天看收益 前两个月真提出来两千 后来追加了十五万 现在App打不开了 那个人微信也注销了 这种还能追回来吗', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '公积金也能理财了！将公积金账户余额转入“安居增值计划”，年化8.6%，随存随取，比放在公积金中心多赚十倍。名额有限，加群领取开户链接 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '老乡 俺在郑州做二手车出口中亚 一台车转手挣两三万 你投十万算你一台车的份子 一个月结一次 俺这边有海关单据给你看 中的话今天先打五万把车锁住', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: 'Exclusive for expats: invest in EV charging stations in Shenzhen through our licensed Hong Kong fund, guaranteed 18% annual return, USDT accepted. Minimum USD 5,000. Book a call with our advisor: {url}', senders: OVERSEAS, en: true, links: BAD_LINKS },

  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '零首付提车！不看征信、不查流水，黑户也能办，当天提车。只需先交3000元“GPS安装押金”和{amt}元“金融服务费”，提车后全额退还。联系购车顾问 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您申请的车辆抵押贷款已审批通过{amt}元，因您的银行卡号填写错误，资金被系统冻结，需缴纳解冻保证金才能重新放款，请在30分钟内转入对公账户{acct}，逾期将上报征信。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_loan', text: '跑网约车的师傅：车贷没还完也能再贷！凭驾驶证和行驶证当天放款5-30万，车不押、照常开。下载 {url} 申请，放款前需缴纳首期利息做还款能力验证。', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[聊天截图文字] 放款专员：您的装修贷已批10万，现在需要您账户里有百分之二十流水才能放款，您先存两万到您自己的卡上，然后按我说的转到验资账户，验完马上连本带款一起打给您', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '【公积金贷】您的公积金缴存记录良好，可申请免抵押信用贷最高50万，年化2.6%，今日内申请免手续费。申请入口 {url} ，填写后专员来电，需先支付保险费{amt}元。', senders: ['unknown_port', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '货车司机专享贷：有驾照有车就能借，最高20万，秒批。我们是{name}的合作渠道，先交两千“工本费”给你做档案，放款时一起扣回来，你把身份证正反面发我', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '以租代购 0首付 月供1999开走新能源车 不查征信 只需要交一万押金和五千“档案费” 签完合同当天就能提车 三年后车归你 名额有限 加微信 {phone}', senders: MIXED },
  { label: 'fraud', type: 'fake_loan', text: '我在网上找了个房贷转贷中介 说能把我的房贷转成年化2.8的经营贷 先让我交了八千“过桥费” 后来又说银行要验资 让我贷了两个网贷凑钱转过去 现在人联系不上了', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: 'Need a car loan with bad credit or no Chinese credit history? We approve foreigners in 1 hour, no documents. Pay a refundable "insurance deposit" of RMB 1,500 to activate the loan. Apply now: {url}', senders: OVERSEAS, en: true, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '二手车按揭 无需首付 征信花了也能批 先付两千“评估费”我们派评估师上门看车 评估通过当天放款 你把车架号和行驶证拍给我先走流程', senders: ['mobile', 'unknown_port'] },

  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是{name}客服中心，系统显示您的车贷合同因利率调整需要重新签署，否则本月起利率上浮至24%。请下载我们的“会议”App开启屏幕共享，专员一步步指导您操作。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您的ETC卡因车牌信息与发行系统不一致已被锁定，将影响今晚高速通行。请在2小时内点击 {url} 重新认证，需填写绑定银行卡及验证码。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '尊敬的车主，您的车险理赔款{amt}元因收款账户异常退回，请添加理赔专员QQ完成“理赔账户验证”，验证过程中需要您向指定账户转入一笔同等金额做流水核对，核对后全部退还。', senders: ['unknown_port', 'lookalike_400', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【蓝鲸移动】尊敬的用户，您符合老用户“套餐降费”资格，月租可由128元降至38元，流量不变。客服将致电您，请把收到的6位验证码告诉客服完成办理。', senders: ['unknown_port', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话录音转文字] 您好我是蓝鲸移动的客服，您的号码实名信息和公安系统不一致，今天18点前不核验就会停机。我给您发个验证码，您念给我听一下，我帮您后台处理……对，就是刚收到的那个六位数', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '【蓉川供电】您的电费已欠费{amt}元，系统将于今日20:00停电。为避免停电，请立即通过以下链接缴费 {url} ，或拨打电力客服专线 {phone} 办理延期。', senders: BULK_BAD, links: BAD_LINKS, hours: [8, 12, 17, 19] },
  { label: 'fraud', type: 'fake_customer_service', text: '业主您好，我是锦园物业财务，系统升级后您家物业费多扣了{amt}元，需要退还给您。请加我微信，我发您一个退款二维码，扫码后按提示输入银行卡号和验证码就能退款到账。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '【栖居公寓】您的退租押金退款失败，原因：收款账户信息不完整。请于24小时内登录 {url} 补填银行卡号、密码及短信验证码，逾期押金将按违约处理不予退还。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '师傅您好，我是畅行出行司机安全中心，您的账号被乘客投诉多次，平台将永久封号并冻结未提现收入。要解封需要缴纳“服务分保证金”{amt}元，我发您一个收款账户，交完马上恢复。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '您好这里是{name}，您的房贷扣款卡被系统识别为风险账户，本月月供无法扣款，将产生逾期。请将月供转入我行“临时还款账户”{acct}，我们后台替您还款。', senders: ['lookalike_short', 'lookalike_400', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【快充电】您的充电账户存在异常扣费，平台将为您退款{amt}元，请点击 {url} 填写退款信息，退款需开通“极速退款”服务，按页面提示完成即可到账。', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话记录] 自称好车二手车客服：你在平台卖车的订单有买家投诉车况不符，平台要冻结你的保证金，你要先把五千块退款打到买家的账户，平台核实后再把全部车款给你。', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: 'Dear customer, this is CityDrive Rentals. Our system charged your card twice for your rental. To receive the refund, please download our "refund assistant" app and share your screen with our agent: {url}', senders: ['foreign', 'unknown_port', 'virtual'], en: true, links: APK_LINKS },

  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【车管所】您的机动车驾驶证因连续两个周期未审验，将于{date}被注销。请立即登录 {url} 进行在线审验并缴纳审验费，逾期不处理的需重新考取驾照。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '交管12123提示：您名下车辆川A***{tail}有5条违法记录未处理，累计罚款{amt}元，已列入重点稽查名单。请于今日内访问 {url} 缴纳罚款，否则将依法扣留车辆。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '我是蓉川市公安局交警支队事故科的民警，你上周驾驶的车辆涉及一起肇事逃逸，对方重伤。现在这个案子要移交刑侦，你如果想私了，先交两万保证金到我们的监管账户，不要告诉家里人。', senders: ['unknown_landline', 'prefixed', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【住房公积金管理中心】您的公积金账户因单位申报异常被临时冻结，冻结期间无法提取和贷款。请于48小时内点击 {url} 提交身份信息和银行卡进行解冻核验。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话录音转文字] 这里是蓉川市住建局，你名下的房产租赁合同没有备案，涉嫌违规出租，要处罚金两万。现在配合网上备案可以减免，你先把身份证号和银行卡号报一下，我们给你开个备案账户', senders: PASTE },
  { label: 'fraud', type: 'impersonating_authority', text: '我是市公安局经侦支队的，你的车贷合同被一个洗钱团伙冒用了，你的账户涉案。现在要对你名下所有资金做清查，把钱转到我们给的安全账户，查清后原路退回，这是保密案件。', senders: ['prefixed', 'foreign', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【蓉川市税务局】您出售二手房的个人所得税存在少缴，需补缴税款及滞纳金{amt}元，否则将影响不动产过户并纳入失信名单。补缴入口 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【交通运输局】网约车驾驶员证年审通知：您的网约车从业资格证需于{date}前完成年审，年审费280元，逾期将吊销资格证并处罚款。在线办理 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【汴州市中级人民法院】你的车辆因涉及一起民事纠纷已被列入查封名单，请于今日16时前联系承办法官{phone}缴纳解封保证金，逾期将强制拖车拍卖。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is the Exit-Entry Administration Bureau. Your residence permit is linked to unpaid traffic fines and a car registered in your name was used in a crime. To avoid detention, transfer your savings to a supervised account today. Do not tell your employer.', senders: OVERSEAS, en: true },

  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '车贷逾期上征信了？我们有内部渠道，专业删除逾期记录，不成功不收费。先交三成定金，七个工作日见效，征信干净了买房贷款都不受影响。咨询 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '车贷没还完也能解押！我们和车管所有合作，不用结清贷款，一次性收费{amt}元帮你把抵押登记撤掉，车可以随便卖。已成功办理3000多台。加微信 {phone}', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好我是{name}征信专员，您名下有一笔以前的“租房分期”没有注销，影响您的房贷审批。要注销需要把账户里的额度全部借出来转到我们的清零账户，清零后系统自动还款，您不用承担。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: 'GPS拆除+解押一条龙：车贷还没还清？我们帮你拆掉GPS、撤掉抵押，贷款公司查不到车。另可修复车贷逾期征信，先付款后办理，当天搞定。{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '你房贷批不下来就是征信上网贷查询太多 俺认识征信中心的人 两千块帮你把查询记录清掉 一周之内再去银行 保证批 先转一千 办好了再给一千', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '[聊天记录] 对方：您的公积金贷款被拒是因为征信有“疑似不良”标记，我们可以做“征信异议申诉”，全程代办，费用3800，成功率98%。申诉需要您把网银登录密码给我，我们后台提交材料。', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信服务中心】检测到您的个人征信存在车贷逾期记录，将于{date}正式上报，届时将影响子女入学、乘坐高铁。如需撤销，请于今日内访问 {url} 办理“征信异议”。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '网约车司机注意：平台“司机信用分”低于600将无法接单并同步征信。我们可以代刷信用分、修复投诉记录，一单200元，包恢复派单。先付款 联系 {phone}', senders: MIXED },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Bad credit from an unpaid car lease in China? Our "credit clean" service removes overdue records from the PBOC report in 5 days. Fee USD 300 paid before work starts. Contact: {phone}', senders: OVERSEAS, en: true },

  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '房东直租 地铁口精装一室一厅 月租1200 拎包入住 我人在外地不能带看 你先转一个月押金{amt}元锁房 我把钥匙快递给你 今天不定就给下一个人了', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: 'Hi, I saw you are looking for a flat. I am the owner, working in Dubai now. 2-bedroom near the embassy area, only RMB 3,500/month. Pay the first month and deposit through my agent and I will courier the keys. Many people want it, please decide today.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '法拍二手车内部渠道 宝马X3只要六万八 车况极好 手续齐全 因为是法院拍卖不能看车 先交一万订金锁车 拍下后包送到家 详情加 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_shopping', text: '驾照扣分了？代消分一分100元，当天处理，不用本人到场，12分全消也能办。先付款，处理完发截图给你。联系 {phone}', senders: ['unknown_port', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: 'ETC低价办理，免费送设备，高速通行费永久7折。只需支付设备押金199元，扫码下单后快递包邮到家 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '我在二手平台看中一台车 卖家说人在外地 车在停车场 让我先转五千定金他叫朋友开过来给我看 转了之后说还要交“异地运输费” 再后来就不回了 这个平台能帮我找回来吗', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '小区车位低价转让 产权车位八万 原价十五万 因出国急售 可以先付三万定金签意向书 过户的时候再付尾款 我现在在国外不方便看 可以视频看车位', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '【宽带特惠】千兆宽带三年只要388元，含路由器和安装。点击 {url} 下单并支付，安装师傅三天内上门。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '水电燃气代缴 全国通用 9折充值 电费满一千返一百 加微信转账后半小时到账 已为上万户服务 {phone}', senders: MIXED },

  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小王 我是房东 我原来那张卡被冻结了 这个月房租转到我侄女的卡上 {acct} 户名不一样你别管 今天转了哈 我在医院陪你阿姨不方便接电话', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈 我车被扣了 在高速上追尾了人 对方要三万私了 我手机快没电了 用朋友的号给你发的 你先把钱打到这个卡上{acct} 别给我爸说 回去再给你解释', senders: ['mobile', 'virtual'], hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老周 我是车队队长 换了个新号 存一下 明天帮我个忙 队里有个师傅出车祸 急需押金 你先给我转五千 下周结运费的时候一起还你', senders: ['virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '舅舅 是我 我在成都买房差两万首付 银行今天下午四点截止 我微信被封了 你先转到售楼处这个账户{acct} 我晚上给你打电话', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信聊天] “业主群群主”私聊：李姐 我是6栋的物业老张 今天业委会要交电梯维修的垫付款 你先帮我转一下两千 我这边手机银行被限额了 晚上还你', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '哥 是我 俺在郑州出事了 开车撞了人 交警让先交押金 俺不敢跟家里说 你先给俺打一万 卡号发你了 别打电话 俺在做笔录', senders: ['mobile', 'virtual'], hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi Emma, it is your landlord Mr. Wang. I changed my number. My bank account is being audited, so please send this quarter\'s rent to my cousin\'s account {acct} instead. Please do it today, I will give you a receipt later.', senders: ['virtual', 'mobile', 'foreign'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}您好 我是您家装修的项目经理 公司对公账户这两天在年审 瓷砖供应商催货款 麻烦您把三期款先转到我个人卡 {acct} 公司会给您补开收据', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老婆 我新换的号 原来的手机修车的时候摔坏了 4S店说保险要先垫付维修费八千 你先转给这个账户 我这边着急取车', senders: ['mobile', 'virtual'] },

  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出赛车手游满级账号 带限定跑车和传说涂装 原价充了一万多 现在两千出 走交易平台 {url} 你注册一下 我这边挂单 平台要收你保证金五百 交易完退', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '叔叔 你儿子用你手机买了我的游戏皮肤 但是平台说他未成年 交易冻结了 要家长交“解冻认证费”{amt}元才能退钱 不然就要上报公安 你加一下平台客服', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '跑车间隙玩的那个开车模拟游戏 有人收我的号 出价三千 让我在他发的交易网站上架 说提现要先交个人所得税和手续费 我交了两次都没到账 是不是被骗了', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '低价游戏币 赛车手游金币5折 一万金币只要50 先付款后发货 量大还有优惠 扫码付款 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: 'Selling my racing game account with 40 rare cars, cheap because I am leaving China. Use this trading site so both sides are protected: {url}. You will need to pay a small verification fee to the site first.', senders: OVERSEAS, en: true, links: BAD_LINKS },

  // ── romance ──
  { label: 'fraud', type: 'romance', text: '亲爱的 我在澳门这边帮我舅舅做车辆进口 有个平台能低价拍到平行进口车 我自己拍了两台赚了十几万 你也试一下 就当给我们以后买房攒首付 我教你操作 {url}', senders: ['virtual', 'foreign', 'mobile'], links: BAD_LINKS, hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '宝 我快到你那边了 车在服务区坏了 修车要三千 我卡里钱被冻结了 你先借我 见面就还你 我们第一次见面我不想搞砸', senders: PERSONAL, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '在婚恋网站认识的一个男的 说是做二手车生意的 聊了两个月天天叫我老婆 然后让我在一个“汽车拍卖平台”充钱跟他一起拍车 说包赚 我充了八万多 提不出来了 他也不理我了', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '妹妹 我们认识这么久了 我准备在你们小区买套房 以后就定居了 开发商内部认购要先交五万诚意金 我在国外转账不方便 你先帮我交一下 房子写你名字', senders: ['foreign', 'virtual'], hours: [22, 23, 0, 1] },
  { label: 'fraud', type: 'romance', text: 'My love, I am a US army engineer in Syria. I shipped my car and savings to China in a diplomatic box for our future home. Customs needs a clearance fee of USD 2,800 before they deliver it to you. Please send it today, I can not wait to see you.', senders: OVERSEAS, en: true, hours: [22, 23, 0, 1, 6] },
  { label: 'fraud', type: 'romance', text: '哥哥 我在你附近上班 下班想找你吃饭 我们先在这个同城约会App上认证一下 认证要充值199保证金 是防止男生放鸽子的 见面后退 {url}', senders: ['virtual', 'mobile'], links: APK_LINKS, hours: [19, 20, 21, 22, 23] },

  // ── other ──
  { label: 'fraud', type: 'other', text: '公积金提取代办：无需购房、无需离职，全额提取，3天到账。收费仅为提取金额的15%，提取成功后付款，需提供公积金账号密码和身份证照片。咨询 {phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '维修基金退还代办：商品房专项维修资金可申请全额退还！我们帮业主整理材料提交，平均每户可退一万多，先交480元材料费。名额有限，扫码报名 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【新能源汽车补贴发放中心】您的购车补贴{amt}元已到账待领取，请在{date}前点击 {url} 填写银行卡和验证码领取，逾期视为自动放弃。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '招聘网约车司机：包车包单，月入过万，无需自己有车。入职需缴纳车辆押金8000元和培训费1200元，培训三天后上岗，押金离职退还。地址私聊 {phone}', senders: MIXED },
  { label: 'fraud', type: 'other', text: '[通话录音转文字] 你是川A那台白色车的车主吧？我刚在停车场看到你的车把我车刮了，监控都拍到了。我不想报警麻烦，你微信转我一千五修车费就算了，不然我报警调监控你还要扣分。', senders: PASTE },
  { label: 'fraud', type: 'other', text: '【{other}】恭喜您的手机号在“车主感恩节”抽奖中获得二等奖：新能源汽车一台。领奖需先缴纳车辆购置税和保险费共{amt}元，领奖入口 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【人才安居申报平台】您符合青年人才租房补贴条件，每月可领补贴{amt}元，连续发放24个月。请在 {url} 填写银行卡号及短信验证码申领，申领前需缴纳资料审核费50元。', senders: BULK_BAD, links: BAD_LINKS },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '{person}你车贷拖了两个月了还装死？今晚十二点前不还，我们的人就到你小区把车拖走，车上东西丢了别怪我们', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '{sig}{person}，您的车贷已逾期，我司贷后人员将于今晚23:00上门核实车辆位置，请保持电话畅通。', senders: COLLECTOR_OWN, hours: [22, 23, 0] },
  { label: 'harassment', text: '你好 是畅行出行车队吗 你们车队那个姓王的司机欠我们车贷三万多 你们管不管 他要是不还 我们就天天打电话给你们 让你们车队也开不了工', senders: AGENCY },
  { label: 'harassment', text: '乘客您好，您刚才乘坐的车辆司机{person}欠我司车贷未还，车辆随时会被收回。请您转告他尽快还款，给您添麻烦了。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '[锦园小区业主群] 各位业主注意：3栋2单元1102的{person}，借我们公司装修贷八万块两年不还，人就住在这里，大家见到了帮忙问问，家里装那么好钱都是借的！（附身份证照片）', senders: PASTE },
  { label: 'harassment', text: '物业小刘你好 我们是{name}委托的催收 你们小区2-1-502的业主欠我们钱 麻烦你把他的车牌号和平时几点回家告诉我们 不配合我们就去你们物业闹', senders: AGENCY },
  { label: 'harassment', text: '【汴州市人民法院】执行通知：被执行人{person}拖欠车辆贷款{amt}元，本院已立案强制执行，将于明日查封车辆并冻结名下房产，请立即在{app}还清欠款，或联系执行法官{phone}。', senders: ['unknown_port', 'virtual'] },
  { label: 'harassment', text: '{sig}您的房贷已逾期15天，现收取逾期管理费800元、上门催收费500元，合计1300元须与欠款一并于今日还清，否则每日加收200元。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '车贷还不上是吧 我给你推个口子 {other}那边秒批 你先在那边借两万把我们这期平了 不然明天就报你恶意逃废债 车直接拖', senders: AGENCY },
  { label: 'harassment', text: '瓜娃子 车贷都还不起还开啥子车 你屋头老汉儿的电话我们晓得 今晚上不还钱我们就打给他 让全村都晓得你欠钱', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '[来电记录] {date} 同一号码来电：08:02 08:15 08:31 09:04 09:40 10:12 10:55 11:30 13:05 14:22 15:10 16:45（未接12次）。短信：不接是吧？接着打，打到你接为止。', senders: PASTE },
  { label: 'harassment', text: '房东您好，您的租客{person}欠我司租房分期款未还，联系不上本人。麻烦您转告他，再不还我们会联系您这边冻结房子的租赁合同，并上门张贴催收告示。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{person}你给我听好了 你的车GPS我们随时看得到 你送娃儿上学的路线我们都晓得 钱不还 哪天路上出点事别怪我们', senders: AGENCY },
  { label: 'harassment', text: '{sig}尊敬的客户，您的车贷已严重逾期，我司已将您的欠款信息发送至您通讯录联系人及您所在单位，请尽快还款以免影响更大。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '王经理您好，我们是{name}法务部，您公司员工{person}拖欠车贷逾期三个月，请您督促他还款，并从他本月工资里直接扣给我们，否则我们会联系你们老板。', senders: ['unknown_landline', 'mobile'] },
  { label: 'harassment', text: '律师函\n致{person}：你拖欠车辆贷款本息{amt}元，经我所多次催告仍拒不履行。若于24小时内未还款，我所将以涉嫌“合同诈骗罪”向公安机关报案，并申请法院拘留。\n蓉城正义律师事务所（受{name}委托）', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '你妈电话不接你也不接 那我只能凌晨去你家楼下等了 俺们三四个人 你看着办', senders: AGENCY, hours: [0, 1, 2, 23] },
  { label: 'harassment', text: '{sig}{person}，您在天际家电办理的冰箱分期本期{amt}元仍未入账，请今晚抽空在{app}处理，明早六点我们还会再次提醒您。', senders: COLLECTOR_OWN, hours: [23, 0, 5, 6] },
  { label: 'harassment', text: '[通话录音转文字] 喂，{person}吗？我这边是交警队的。你欠{name}的车贷人家已经报到我们这里了，你的车已经列入布控，上路就扣。赶紧去{app}把欠款还清，不然我们直接上门。', senders: PASTE },
  { label: 'harassment', text: '{person}你老婆在哪个单位上班我们已经查到了 明天就去她单位门口拉横幅 “老赖的家属” 不想丢人今天就把车贷还上', senders: AGENCY },
  { label: 'harassment', text: '[业主群] 致8栋业主：我司已在贵栋电梯张贴{person}的欠款公告，如有业主与其相识，请督促还款，知情不报者视为协助逃债。——{other}贷后管理部', senders: PASTE },
  { label: 'harassment', text: '你是{person}的紧急联系人吧，他欠我们的钱不还，你作为担保人要承担还款责任，今天你替他还一半，不然我们就起诉你。', senders: AGENCY },
  { label: 'harassment', text: '{sig}{person}您好，您本期还款未到账，请于今日处理。（今日第9次提醒）', senders: COLLECTOR_OWN },
  { label: 'harassment', text: 'Hello, this is the recovery team for your car lease. You moved out without paying, so we have contacted your employer HR and your landlord, and we will share your photo in your building group tonight unless you pay in full.', senders: ['foreign', 'mobile', 'virtual'], en: true, hours: [22, 23, 0] },
  { label: 'harassment', text: '贷后通知：{person}欠款已委托我司处理。我司外访人员已到你户籍所在村，村委会和邻居已告知你的欠款情况，请你今天主动联系，否则我们会在村口张贴公告。', senders: ['unknown_port', 'mobile'] },
  { label: 'harassment', text: '你这个月再不还 我们就把你的车拖了 拖车费五千 停车费一天两百 全部算你头上 拖走了想拿回来没门', senders: AGENCY },
  { label: 'harassment', text: '货运宝平台客服你好，你们平台司机{person}欠我们车贷，请你们把他这周的运费直接转给我们抵债，不然我们会在你们平台上天天投诉他。', senders: ['unknown_landline', 'mobile'] },
  { label: 'harassment', text: '{person}，你的装修贷已逾期。你儿子在哪个学校我们都清楚，要是不想让老师同学知道他爸是老赖，今天把钱还了。', senders: AGENCY, hours: [7, 12, 20, 22] },
  { label: 'harassment', text: '死皮赖脸的东西 借钱的时候叫爹 还钱的时候装孙子 你全家都不得好死 今天不还明天就让你出名', senders: AGENCY, hours: [9, 13, 23, 1] },
];

export const BLIND23B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
