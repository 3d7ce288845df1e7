/**
 * BLIND28 held-out bank, second part: fraud and harassment. Written with blind28.templates.ts by
 * the same independent (thirty-fifth) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: those of blind25b.templates.ts (rules 1–11 and the harassment rule, applied
 * in that order), with these readings for gig and platform workers.
 * (a) A "platform" (网约车, 外卖, 众包, 快递, 货运, 代驾, 家政, 直播 platform) is the company that holds
 *     the worker's account: a fake platform 客服 / 安全中心 / 风控 about 封号, 保证金, 服务分, 押金
 *     refunds, 提现 failures, 骑手意外险 claims or a "subsidy" paid into the worker's account that
 *     needs a fee, a code, a card or screen sharing is `fake_customer_service` (rule 8).
 * (b) Tasks for idle drivers and riders (下单再取消 to "冲单", likes, 刷好评, 刷播放量 for a 主播)
 *     that turn into top-ups are `brushing_rebate` (rule 9).
 * (c) Paying to get work — 信息费 for a freight order that does not exist, 入群费 / 会员费 for a
 *     高佣派单 group, 押车费, a 公会 signing fee, a training fee for a job — is `other` (rule 11,
 *     job deposits that are not tasks).
 * (d) A return on money — 运力投资, buying a car to 挂靠, 充电桩 / 换电柜 shares, a drivers'
 *     "理财群" — is `fake_investment`; a car, an e-bike, a battery, a 网约车证 or a 流量推广 package
 *     paid for and never delivered is `fake_shopping` (rule 10).
 * (e) A 车队长, 站长, 调度, fellow driver or rider the victim knows (or on a "new number") asking
 *     for money is `impersonating_acquaintance` (rule 4); a 交警, 交管12123, 运管 / 交通运输局,
 *     人社 or 税务 voice asking for money, a card or a code is `impersonating_authority` (rule 3).
 * (f) Harassment as in blind25b, where the third parties are the worker's 车队, 站长, 调度, the
 *     platform, the 骑手群 / 司机群, the 驿站 and customers; a collector's threat to tow or seize
 *     the car without a court order or lawful process is a threat of violence.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and cheap numbers that scammers rent. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** People (or people posing as people) on their own phones. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Callers posing as a platform's service line or a state line. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Official-looking numbers: prefixed short codes and look-alike ports. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Pasted group chats, screenshots, retellings. */
const PASTE: Template['senders'] = ['none'];
/** A worker telling a colleague or relative, on a phone or pasted. */
const TELLING: Template['senders'] = ['mobile', 'none'];
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
/** Drivers' and riders' hours: late lunch, evening peak, after the night shift. */
const SHIFT = [10, 13, 15, 20, 21];
const EVENING = [19, 20, 21];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];
const SOME_LINK: Template['links'] = ['shortener', 'none', 'random'];
const LEGIT_LOOK: Template['links'] = ['unknown_legit', 'shortener'];

const FRAUD: Template[] = [
  // —— fake_customer_service: fake platform 客服 about 封号, 保证金, 服务分, 提现, 骑手险 ——
  { label: 'fraud', type: 'fake_customer_service', text: '【出行安全中心】尊敬的司机师傅，系统检测到您近7天有3单疑似“绕路刷单”，账号将于今晚24点永久封禁。如有异议请于2小时内联系申诉专员{phone}，需缴纳申诉押金{amt}元，核实无误后原路退回。', senders: BULK_BAD, hours: SHIFT },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转文字] 喂，是x师傅吧，我这边是平台司机服务部的，工号8842。你这个服务分掉到62了，下周开始就派不到单了。我们现在有个恢复通道，你下载一个“司机助手”，我远程帮你把分调回95，调完交198的技术服务费就行，你先点开屏幕共享我看一下', senders: FAKE_LINES, links: APK_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '骑手您好，您本月的配送收入{amt}元因银行卡信息不一致提现失败，资金已被风控冻结。请添加提现客服企业微信完成“资金解冻认证”，认证时需先转入同等金额验证流水，验证后一并返还。', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'fake_customer_service', text: '司机师傅您好，我是货运平台保障部的，你上周那单拉的货被收货方投诉货损，平台要先从你保证金里扣三千赔付。你要是不想扣，配合我们做个“理赔预审”，把你收到的验证码报一下，我这边帮你撤销投诉', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: 'Driver notice: your account has been flagged for a safety review and will be suspended within 24 hours. To keep receiving trips, verify your identity and pay a refundable security deposit at {url}. Reply STOP will not cancel the review.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '【骑士保障】您的骑手意外险理赔款{amt}元已审核通过，因您绑定的收款卡限额无法到账，请在 {url} 重新填写银行卡号、密码和短信验证码领取理赔款，超时视为自动放弃。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '师傅我跟你说个事，刚才有个自称代驾平台客服的打给我，说我去年交的500块装备押金可以退了，但是要先开通什么“退款账户”，让我在支付宝里借了两千转过去激活，说激活完连押金一起退。我已经转了，现在人不回了', senders: TELLING },
  { label: 'fraud', type: 'fake_customer_service', text: '阿姨您好，我是家政平台的客服小周，您之前在我们这接单的账号被顾客投诉“服务不到位”，要扣您信用分并退回三单服务费。我们可以帮您内部处理，您把手机上的会议软件打开，我指导您操作一下撤销就行，别挂电话', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【众包运营】因平台系统升级，您的众包账户需完成“骑手身份二次认证”，否则{date}后无法抢单。认证请点击 {url} 上传身份证正反面、绑定银行卡并输入收到的验证码。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '主播您好，我是直播平台结算中心的。您的账户这个月的打赏收益{amt}元因为未完成“主播实名税务备案”被冻结，今天下午五点前不备案就清零。备案需要您先缴纳一笔个税预存金，我发个收款码给您', senders: FAKE_LINES, hours: SHIFT },
  // —— brushing_rebate: tasks for idle drivers and riders, 主播 刷播放量 ——
  { label: 'fraud', type: 'brushing_rebate', text: '跑单淡季没单的师傅看过来：在家用手机就能做的“车主任务”，给指定的汽车服务店铺下单好评，一单佣金12元，日结。前三单垫付{amt}以内，后面连本带佣一起返。想做的加群 {url}', senders: BULK_BAD, links: SOME_LINK, hours: SHIFT },
  { label: 'fraud', type: 'brushing_rebate', text: '[司机群聊天记录]\n群主：今天冲单任务第4期开始，接龙的师傅在小程序里下单充值，系统自动派回，一单返佣8%\n老刘：我昨天做了三单，返了九十多\n群主：今天是连单任务，必须做完五单才能一起提现，中途退出的不返', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '雨天不想出车？帮短视频平台刷播放量，每个视频点赞+关注返3元，满30元可提。做满20单升级为“高级任务员”，接单前要先在任务App里充值激活，充多少返多少再加15%', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '姐，就是上回那个“骑手兼职刷单”，前面两单真的返了，第三单让我充2680说是组合单，我充了，现在又说我操作超时要再补4000才能解冻，你能不能先借我两千，我做完就能全部提出来', senders: TELLING },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 兄弟你在等单是吧 我跟你说个来钱快的 就是帮商家刷好评 你下个单付了钱 截图给派单员 她马上连本带息返给你 一单赚二十 我做了一个礼拜了 我把派单员微信推给你', senders: PERSONAL },
  { label: 'fraud', type: 'brushing_rebate', text: '小主播涨粉计划：帮你刷直播间人气，同时你也能接“互助任务”赚钱，给别的主播刷礼物由平台双倍返还。首单返现，第二单起需先充值888开通任务权限。', senders: MIXED, links: SOME_LINK },
  { label: 'fraud', type: 'brushing_rebate', text: '货车师傅空车回程别浪费时间，帮物流平台做“线路打卡”任务，每打卡一条线路返5元，做到第10条送车队专属高佣任务，需要先垫付保险费{amt}元，完成后原路返还+30%佣金。', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'brushing_rebate', text: '外卖站点兼职小组：利用等餐时间帮外卖商家刷单，一单返4块，日结不拖欠。进群先做3个体验单，体验单需要自己先垫付餐费，客服当场返。今日还剩12个名额', senders: PERSONAL, hours: SHIFT },
  // —— other: 信息费, 入群费, 押车费, 公会签约费, job deposits ——
  { label: 'fraud', type: 'other', text: '【货源】广州白云至成都双流 整车 17.5米高栏 32吨电子配件 运费13800 现结。要车的师傅联系{phone}，信息部先收信息费500，装车后退。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[通话转写] 师傅你车到哪了？我这有一车货急走，运费给你一万二，你先转八百信息费给我，我把装货地址和货主电话发你。放心，不装车全退，我们信息部开了十年了', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '高佣派单群招人：专接景区、机场大单，抽成只要5%，比平台高一倍。入群需交年费1288元，进群后每天保证派8单以上，派不满退钱。联系调度{phone}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'other', text: '我上个月在一个代驾派单群交了680会员费，说每天晚上给派酒局的单，结果进去三天一单没有，群主说要再交980升级成金牌会员才能派，我说退钱他就把我踢了', senders: TELLING },
  { label: 'fraud', type: 'other', text: '招聘货车司机：包吃住，月薪1.2万，跑固定线路。需先交押车费5000元（防止司机拉货跑路），上岗满三个月退还。有意者加微信发驾驶证照片。', senders: MIXED },
  { label: 'fraud', type: 'other', text: '恭喜你通过星耀传媒主播签约初审！公司为新人主播提供流量扶持和保底工资8000/月。签约前需缴纳培训费和设备押金共3980元，入职后第一个月工资中返还。请于今日内完成缴费锁定名额 {url}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'other', text: '住家保洁阿姨招聘，雇主在海口，月薪9500包住。家政公司要先交“岗前体检费+保险费”860元，交了才安排面试，机票公司报销', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '你好 我是刚才你送的那单外卖的顾客 你给我送错了 我孩子吃了过敏现在在医院 你要么转我三千医药费私了 要么我投诉到平台让你封号再报警 你自己选', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'other', text: '【搬家师傅招募】同城搬家平台招合作司机，自带面包车或厢货均可，日收入600+。注册需购买平台指定“车贴+工服+保险”套装1280元，不买无法接单，购买链接 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '跑腿小哥你好，我这有个帮忙取件的单，报酬200。件在快递柜，取件码我发你，你取出来后先帮我垫付一下到付的1800货款，到了我这里我马上现金给你加报酬', senders: PERSONAL },
  // —— impersonating_authority: fake 交警, 12123, 运管, 人社, 税务 ——
  { label: 'fraud', type: 'impersonating_authority', text: '【交警支队】您驾驶的营运车辆于{date}在绕城高速超速50%以上，需扣12分并暂扣营运资格。今日内在线缴纳罚款{amt}元可免于现场处理，缴款入口 {url}', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 您好，这里是市交通运输局执法大队，我们查到你在没有网约车运输证的情况下跑了两百多单，属于非法营运，要罚三万。考虑到你是初犯，如果今天在线上交五千的“整改保证金”就可以不立案，这个事先别跟平台说', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '交管12123通知：你名下货车有3起超载违法未处理，已被列入“重点监管车辆”，今晚起高速口将拦截。请立即添加处理专员QQ，提供驾驶证号和银行卡号办理网上消分。', senders: OFFICIALISH, links: SOME_LINK },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】新就业形态劳动者职业伤害保障补贴开始申领，外卖、快递、网约车从业人员每人可领{amt}元，请在{date}前登录 {url} 填写姓名、身份证号、银行卡号及验证码。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '王师傅，我是刑侦大队的张警官，警号020471。我们破获一个洗钱团伙，发现你给乘客垫付车费的那张卡被他们用来走账了，涉嫌帮信罪。现在需要你配合资金清查，把卡里的钱转到我们的核查账户{acct}，查完原路退回，全程保密不要告诉任何人包括你家属', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音转文字] 你好这边是税务局稽查的 你去年在直播平台的打赏收入一共二十六万没有申报个税 要补税加罚款四万多 你现在加一下我们稽查员的微信 按他说的先交一部分 不然下周就冻结你的银行账户', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '【运管处】您的道路运输从业资格证已过期未审验，将于{date}注销。请通过 {url} 在线补审，补审费280元，逾期须重新考试。', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: 'Traffic police notice: the vehicle registered to you has 2 unpaid camera violations. Pay the fine online today at {url} to avoid license suspension and a court summons.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '司机师傅你好，我是城管执法的。你的电动三轮在小区门口违规停放被拍了，按规定要扣车，扣了去取要交一千多停车费。你现在扫我发的码交200罚款我就不拖了', senders: PERSONAL },
  // —— fake_loan: 车贷, 骑手贷, 货车贷 with up-front fees ——
  { label: 'fraud', type: 'fake_loan', text: '【车主贷】凭行驶证即可借5-50万，车不押、不装GPS、不查征信，最快30分钟到账。跑网约车、拉货的师傅优先审批。申请 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[聊天截图]\n放款专员：师傅您的骑手专项贷款8万已经审批下来了\n我：那什么时候到账\n放款专员：您的银行卡号填错了一位，资金被冻结在系统里了，需要您缴纳20%的解冻金一万六，解冻后和贷款一起打给您\n我：我哪有那么多钱', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '货车司机换车贷款：首付3万就能提新车，剩下的我们公司全包，当天办理当天提车。只需要先交2000元的档案费和GPS费，审批不过全额退。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '您好师傅，我是{name}的信贷经理，看您在我们这有记录，现在给网约车司机开了一个内部额度，最高20万，利息比别家低一半。不过放款前要验一下您的还款能力，您往自己另一张卡里存两万，截个图给我就行，我们这边系统核验流水', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '哥我跟你说，那个说帮我办车贷的人先让我交了3800包装费，说帮我把流水做漂亮点，现在又说银行要交一笔“放款保证金”一万，他说这钱放款那天就退。你觉得靠谱不，我已经交了一次了', senders: TELLING },
  { label: 'fraud', type: 'fake_loan', text: '代驾、家政、外卖等灵活就业人员专享：无需社保公积金，身份证+手机号即可申请，额度1-10万，下载 {url} 注册即可，首次借款免息。', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[来电转文字] 您好是x先生吗？您在我们这申请的电动车分期已经通过了，不过系统显示您芝麻分偏低，需要先交一个月的月供加上押金一共680，交完马上发车到您站点', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: 'Quick loans for delivery riders and ride-hail drivers: up to 50,000, no credit check, same-day payout. A small activation fee is required before release. Apply at {url}', senders: OVERSEAS, links: APK_LINKS, en: true },
  { label: 'fraud', type: 'fake_loan', text: '跑车的兄弟缺周转的，可以找我，凭你平台的流水截图就能借，三万五万当天拿。先交一千的服务费，不放款不收钱。微信同号{phone}', senders: PERSONAL, hours: SHIFT },
  // —— fake_credit_repair: 征信 fixes for drivers ——
  { label: 'fraud', type: 'fake_credit_repair', text: '车贷逾期导致征信花了？专业征信修复团队帮您消除逾期记录，修复后可重新贷款买车、考网约车证。成功后付款，先交30%定金。咨询{phone}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 师傅您好，我是{name}征信管理部的，您之前那笔车贷有逾期记录已经上报了，会影响您以后考运输证和买车。我们现在可以给您申请“逾期记录撤销”，需要您先把欠款结清，钱打到我们的清算专户，我把账户发您', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，我们查到你大学时有一笔校园贷没有注销，现在国家要求统一清理，不注销会影响你的网约车从业资格审核。你先在几个借款App里把额度借出来转到我们指定账户，注销后额度自动归零', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '快递员、骑手注意：网贷逾期导致平台实名认证不通过的，可以找我们“征信洗白”，48小时内征信报告恢复干净，每条记录800元，不成功不收费（需先付押金）', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信中心】您的个人信用报告存在异常，将影响车贷审批和货车挂靠。请于24小时内访问 {url} 申请信用修复，修复需缴纳手续费{amt}元。', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '我刚才接个电话说我的驾驶人信用分和征信挂钩了，说我违章太多征信要变黑，他们能帮我“分离”出来，让我下载个软件开共享屏幕。我开了一半觉得不对劲就挂了，是不是骗子', senders: TELLING },
  { label: 'fraud', type: 'fake_credit_repair', text: '代办停息挂账：车贷、网贷、信用卡逾期的司机朋友，我们有律师团队和银行内部关系，帮你协商只还本金，先交服务费3000，协商成功后再收尾款。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音转文字] 老哥你的征信我帮你查了 上面有两条逾期 你想考货运资格证的话得先处理掉 我这边有个内部渠道 一条一千五 今天交钱明天就能删 你要弄的话我发你收款码', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Your credit report shows overdue records that will block your car loan renewal. Our certified repair team can remove them in 3 days. Pay the processing deposit at {url} to start.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  // —— fake_investment: 运力投资, 挂靠, 充电桩, drivers' 理财群 ——
  { label: 'fraud', type: 'fake_investment', text: '司机理财交流群：群里老师每天带大家做“新能源车运力指数”，跑车一个月挣的钱，跟着老师一周就能赚回来。今天开放5个新会员名额，入金1万起，保本保收益。下载交易软件 {url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '投一台换电柜，躺赚骑手换电费！每柜投资2.8万，每月分红2400，12个月回本，公司回购兜底。现在签约再送一台电动车。详询招商经理{phone}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'fake_investment', text: '[聊天截图]\n陈经理：您出车辆首付买一台，车挂到我们运力公司名下，司机我们派，流水每月给您结6000\n我：那车贷谁还\n陈经理：车贷从流水里扣，您啥也不用管，第一批已经有三百多个车主分到钱了，这周签约还送两个月的“保底收益”', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '师傅你知道那个“货运链”不？用跑货的运单挖矿，一单能挖0.3个币，币价天天涨，我已经提了两万了。入门要买一台矿机3980，我拉你进群', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '【共享充电桩】城市合伙人火热招募：每个桩投资6800元，平台负责选址和运营，月收益不低于15%，随时可申请退本。首批名额仅剩30个，点击 {url} 认购。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '快递站的姐妹推荐我一个“驿站股份”，说她们总部要上市，现在一万块买一股，上市以后翻十倍，每个月还有分红。我已经转了两万，现在总部说要再交一笔“股权登记费”才能拿分红证书', senders: TELLING },
  { label: 'fraud', type: 'fake_investment', text: 'Drivers earn while they sleep: join our fleet investment plan, guaranteed 3% weekly return backed by ride revenue. Minimum 5,000. Register now at {url}', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_investment', text: '[语音转文字] 兄弟 我们车队几个都在跟一个老师炒外汇 他每天晚上在群里喊单 上礼拜我投了三万 现在账户上五万多了 就是提现要先交百分之二十的税 你也来试试 带你进群', senders: PERSONAL, hours: EVENING },
  // —— fake_shopping: 二手车, 电动车, 电池, 网约车证, 流量推广 ——
  { label: 'fraud', type: 'fake_shopping', text: '网约车合规二手车转让：2023年秦PLUS，带双证，跑了3万公里，急售4.2万（市场价8万）。人在外地，车在车库，先付5000定金我安排物流把车和证一起发过去', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '我在二手平台看中一台电动车，卖家说是站点骑手换下来的，800块。他让我别在平台拍，直接转他微信，说平台要抽手续费，我转了，现在他说车被物流扣了要再交300保价费', senders: TELLING },
  { label: 'fraud', type: 'fake_shopping', text: '骑手专用72V大容量锂电池，续航200公里，原价2999现价699，支持货到付款（需先付99元定金锁单）。下单 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '直播间流量套餐：新人主播专享，398元包一场直播5000人在线，在线不达标全额退。付款后加投放老师，按老师要求设置直播间。', senders: MIXED, links: SOME_LINK },
  { label: 'fraud', type: 'fake_shopping', text: '代办网约车双证（人证+车证），无需考试，15个工作日拿证，保真可查，全程2600。已帮上千名司机办过，先付定金1000，拿证后付尾款。', senders: BULK_BAD, hours: SHIFT },
  { label: 'fraud', type: 'fake_shopping', text: '[聊天截图]\n卖家：ETC设备免费送，专门给货车用的，高速通行费打八折\n我：真的免费？\n卖家：设备免费，你付89元邮费和激活费就行，扫这个码付\n我：付了，啥时候发货\n（对方已将你删除）', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '货车司机福利：中石化加油卡充1000送300，充5000送2000，卡片包邮到家，先付款后发卡。仅限本周，要办的私聊我', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: 'Used cargo van for sale, 2021 model, low mileage, 30% below market. I am abroad for work, pay the shipping deposit via {url} and the van is delivered to your door in 3 days.', senders: OVERSEAS, links: LEGIT_LOOK, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '代驾折叠电动车清仓，工厂直发，原价3680今日1280，送头盔和充电器。前50名付款再减100，付款链接 {url}，付完客服会主动联系你发货', senders: BULK_BAD, links: LEGIT_LOOK },
  // —— impersonating_acquaintance: 车队长, 站长, 调度, fellow drivers ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老王，我是车队老李，换号了这是新号。我车在服务区抛锚了，拖车和修车要四千多，我手机银行转不了账，你先帮我转一下，回头到家就还你', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[站点群] 站长：各位骑手注意，这个月的骑手意外险统一由我代缴，每人68元，今晚十点前扫我发的这个码交，没交的明天停单', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小张，我是你们调度刘姐，我在外面开会不方便接电话，有个货主的尾款要马上付，公户转不过去，你先用你的卡转两万到这个账户{acct}，下午公司就给你报了，别声张', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '师傅，我是上周坐你车去机场那个客人，你记得不？我在外地钱包丢了，回不去了，你能不能先借我一千五买票，我回去就还你，我把身份证拍给你', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 哥 是我 阿强 我们一起跑过货拉拉的那个 我在老家出了点事 我老婆住院要交押金 急用八千 我微信被封了你用这个号加我 钱转我老婆卡上', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '驿站的小美你好，我是你们片区经理周总，区里明天来检查，每个驿站要交一千的“合规押金”，你先交到我发的这个卡上，明天开会说明', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '【车队群】各位兄弟，工会组织给每个司机办意外险和年检补贴，每人先交150元工本费，我统一办理，交给我个人微信就行，截止今晚。——老队长', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿姨，我是你之前做保洁那家的业主小陈，我现在在医院，手机快没电了，孩子住院要交钱，我先借您两千，明天一早就还您，转到我朋友这个卡上{acct}', senders: PERSONAL },
  // —— game_trading: young riders' game trades ——
  { label: 'fraud', type: 'game_trading', text: '王者荣耀V8账号出售，288个皮肤，国服英雄3个，骑手兄弟下班放松必备，只要899。走平台太贵，私下转账，转完立刻换绑给你', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '[聊天截图]\n买家：你那个号我要了，通过这个交易平台下单 {url}\n我：好\n平台客服：卖家您好，您的账户因银行卡信息错误被冻结，请缴纳888元解冻保证金后才能提现货款', senders: PASTE, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '和平精英免费送皮肤活动！关注就送玛莎拉蒂和套装，仅限今晚，点击 {url} 登录游戏账号领取，需输入手机验证码', senders: BULK_BAD, links: BAD_LINKS, hours: EVENING },
  { label: 'fraud', type: 'game_trading', text: '等单的时候玩原神的兄弟看过来，代充创世结晶五折，648的只要320，先付款后代充，安全不封号。下单加我', senders: PERSONAL, hours: SHIFT },
  { label: 'fraud', type: 'game_trading', text: '我把我的游戏号卖了，买家说在一个交易网站付了款，但是网站说我要先交2000保证金才能提现，客服说不交钱就判我违约要赔三倍，我一个跑外卖的哪来这么多钱', senders: TELLING },
  { label: 'fraud', type: 'game_trading', text: '代练上分：王者从钻石到王者只要158，三天包上。要先付全款，给我账号密码，代练期间别登录，不然掉分不负责', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: 'Selling rare game skins cheap, full account with 200+ items. Pay through my middleman site {url}, he holds the money until you confirm.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  // —— romance: drivers' groups, riders' matches ——
  { label: 'fraud', type: 'romance', text: '亲爱的，我知道你跑车辛苦，所以我想帮你。我舅舅在做一个博彩平台的内部数据，稳赚不赔，你先充五千试试，赢了就不用每天熬夜拉货了，我们早点结婚', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[聊天截图]\n小雨：哥，认识你这两个月是我最开心的时候\n我：我也是\n小雨：我妈突然住院了，手术费还差两万，我实在不好意思开口\n小雨：你先借我，等我发工资就还你，我们见面的时候我请你吃饭', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '老公，我在国外的工作合同到期了，公司给我发了一笔补偿金，但是要先交关税才能寄回国。我这边只差一万二，你帮我先垫上，我回国就去你那边找你，再也不让你一个人跑夜车了', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '在司机交友群认识一个女的，聊了一个月，她说想来我这边一起生活，让我先给她转路费和租房押金八千，我转了，现在她说在车站被骗了还要五千，我是不是被骗了', senders: TELLING },
  { label: 'fraud', type: 'romance', text: '宝贝，你别再送外卖了，太辛苦了。我在一个投资App里有个内部账号，你注册一下我带你做，赚了钱你给自己买辆车。注册链接 {url}', senders: PERSONAL, links: APK_LINKS, hours: EVENING },
  { label: 'fraud', type: 'romance', text: 'Hi dear, I saw your profile in the drivers group. I am a nurse working in Dubai and I feel so lonely. I want to send you a gift box but the courier needs you to pay the customs fee first. I will pay you back when I visit.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 哥哥 我真的很喜欢你 可是我这个直播间今天要冲榜 差三千块就能进前十 进了前十公司给我发奖金 我就能辞职来找你 你帮我刷一点礼物好不好', senders: PERSONAL, hours: [22, 23, 0] },
  { label: 'fraud', type: 'romance', text: '认识三个月的网友说她是家政公司的老板娘，想跟我一起开个保洁店，让我先出五万加盟费，她出店面，签合同的时候再见面。我转了两万定金以后她就经常不回消息了', senders: TELLING },
  // —— short lines and mixed voices ——
  { label: 'fraud', type: 'fake_customer_service', text: '您的接单账号已被限制，今日内点 {url} 申诉，逾期注销。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【12123】您有一笔违法罚款逾期未缴，滞纳金已累计至{amt}元，请立即缴纳：{url}', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '恭喜您在“平台司机年度评选”中获得五星好司机称号，奖金6666元和奖杯一座，领奖需先付个人所得税和快递费共420元，联系颁奖办{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，这边是快递公司理赔中心，您前天寄的那个件在转运中心丢了，我们按三倍赔偿给您，需要您打开支付宝的“备用金”功能，我们把赔款打进去，您照我说的点就行', senders: FAKE_LINES },
  { label: 'fraud', type: 'brushing_rebate', text: '滴滴司机空闲时间可以做的任务：用乘客端下单叫车，司机接单后取消，每取消一单返6元，帮平台冲新区单量，日结，要做的私聊。', senders: PERSONAL, hours: SHIFT },
  { label: 'fraud', type: 'fake_loan', text: '融资租赁车辆也能贷！车在租赁公司名下照样放款，最高车价的八成。只需先付一个月利息作为保证金。速联{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信转文字] 哥们我是跟你一个站送单的小何，我手机摔了用我表哥的号。我电动车被交警扣了，罚款加拖车费一千二，你先转我表哥这个微信，晚上收工我就还你', senders: PERSONAL, hours: SHIFT },
  { label: 'fraud', type: 'fake_customer_service', text: '【货运平台】您的司机账户保证金不足，系统已暂停派单。请于今日18:00前通过 {url} 补缴保证金{amt}元，补缴后立即恢复接单，逾期将清退账号。', senders: BULK_BAD, links: BAD_LINKS, hours: SHIFT },
];

const HARASSMENT: Template[] = [
  // —— collectors who tell the 车队, 站长, platform, 骑手群; threaten to seize the car; night contact ——
  { label: 'harassment', text: '{sig}{person}，你在{name}的借款{amt}元已逾期47天。今天再不还，我们就联系你所在的车队和调度，让全车队都知道你是老赖，看以后谁还敢给你派单。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '[骑手群] 大家好，我是{name}的贷后专员。你们站的骑手{person}欠款{amt}元逾期三个月不还，手机关机。谁知道他住哪、谁跟他一起合租的，私聊我，提供线索有奖。', senders: PASTE },
  { label: 'harassment', text: '你的车是我们贷款买的，车贷逾期了车就不是你的。今晚我们的人就去你停车场把车拖走，GPS定位我们一直看着，别以为换个地方停就没事', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '{person}你好，这里是{name}委托的催收机构。你的欠款逾期已久，我们已经把情况发给你跑车的平台，要求平台冻结你的司机账号和提现，直到你还清为止。', senders: AGENCY },
  { label: 'harassment', text: '[来电转文字] 喂，是{person}站长吗？你们站那个送外卖的小孙欠我们一万多不还，你是他领导，你让他今天必须还，不然我们天天打你们站的电话，还到你们站门口拉横幅', senders: AGENCY },
  { label: 'harassment', text: '凌晨两点也照打，你不还钱就别想睡觉。{name}的钱你也敢拖？明天一早我们去你跑车的网约车公司找你们经理', senders: AGENCY, hours: [0, 1, 2, 3] },
  { label: 'harassment', text: '{sig}您的借款逾期已达90天，本机构已向法院提交诉讼材料，{date}前仍未还款将强制执行，并上门查封您名下车辆和电动车，通知您的户籍所在地村委会张贴公告。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '你在{name}借的钱到现在还不还？我们已经查到你在哪个驿站上班，下午就把你的欠款截图贴到驿站门口，让来取快递的街坊邻居都看看。', senders: AGENCY },
  { label: 'harassment', text: '[语音转文字] 你媳妇的电话我们已经有了 你家孩子在哪个学校上学我们也知道 你一个跑货车的 欠钱不还还躲着 你看着办 今天不还明天我们就去学校门口等', senders: AGENCY },
  { label: 'harassment', text: '【律师函】{person}：受{name}委托，现就你拖欠借款{amt}元一事正式通知：如你在48小时内不还清本息及律师费2000元，本所将向公安机关报案，以诈骗罪追究你的刑事责任。北京某某律师事务所', senders: AGENCY },
  { label: 'harassment', text: '这里是{name}贷后部，看你一直还不上，给你介绍个渠道：先在我们合作的平台借一笔把这期还上，不然明天就上报征信再通知你的车队。借款链接我发你了，快点办', senders: COLLECTOR_OWN, links: SOME_LINK },
  { label: 'harassment', text: '{person}，你今天已经被我们打了十几次电话了，不接是吧？我们会一直打，换十个号打，打到你接为止。你的紧急联系人、通讯录里的司机群我们也会一个一个通知。', senders: AGENCY },
  { label: 'harassment', text: '你好，我是{name}的，你老公{person}在我们这借了两万块逾期了，你作为家属必须替他还，不还的话我们就联系你单位，说你们一家都是骗子。', senders: AGENCY, hours: [21, 22, 23] },
  { label: 'harassment', text: '[快递员群] 各位同事，你们网点的{person}在我们平台欠款逾期，已被列入黑名单。请转告他尽快联系{phone}还款，否则我们会联系快递公司总部要求开除。', senders: PASTE },
  { label: 'harassment', text: '跑代驾的{person}你听好了，今晚我们的人在你常接单的那几个酒店门口等你，看到你那辆电动车就扣。欠{name}的钱不还，你这活也别干了。', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '{sig}{person}，您的分期已逾期，逾期管理费、上门费和违约金合计{amt}元已加入欠款，须今日一次性结清，否则每天再加收200元催收服务费。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '[通话转写] 你是{person}的老乡吧？他欠我们公司钱跑了，你们村里谁不知道他在外面跑滴滴。你帮他还一点，或者告诉我他家在哪，不然我们把他的事发到你们村的微信群里', senders: AGENCY },
  { label: 'harassment', text: '这边是法院执行局的，{name}已经起诉你了，今天下午就要冻结你平台上的提现账户和银行卡。你要撤诉就马上把欠款打到{name}的还款账户，别等法警上门。', senders: AGENCY },
  { label: 'harassment', text: '家政的{person}阿姨，你欠我们的分期已经两个月了，我们会打电话给你服务的那些雇主，告诉他们你欠钱不还，看谁还敢用你做保洁。', senders: AGENCY },
  { label: 'harassment', text: '你这种欠钱不还的废物还有脸开网约车？你全家都是骗子，你爹妈怎么教出你这种人。今天不还钱，我们就把你的照片P成通缉令发到司机群里。', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '{sig}尊敬的客户，您名下的车辆贷款已严重逾期。我司已委托第三方于今晚十一点前往您登记的住址收车，如需避免收车，请立即还款并支付拖车费1500元。', senders: COLLECTOR_OWN, hours: [20, 21, 22] },
  { label: 'harassment', text: '[直播间评论截图] “大家注意，这个主播欠{name}的钱一年了不还，还有脸在这卖货，大家别买她的东西”——对方连续在直播间刷了一晚上', senders: PASTE, hours: NIGHT },
  { label: 'harassment', text: '兄弟你是{person}的同事吧，他车贷欠着不还，电话也不接。我们是{name}的，你跟他在一个车队，你告诉他，再不还我们就去车队停车场把他的车砸了，说到做到。', senders: AGENCY },
  { label: 'harassment', text: '早上六点：{person}，起床了吗？出车之前先把钱还了。你不还我们每天这个点都给你打，也给你老婆打，给你妈打。{name}催收部', senders: AGENCY, hours: [5, 6, 7] },
  { label: 'harassment', text: 'Final notice from {name} collections: you are 60 days overdue. We have contacted your delivery platform and your emergency contacts, and we will visit your workplace tonight unless you pay in full.', senders: COLLECTOR_OWN, hours: NIGHT, en: true },
];

export const BLIND28B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
