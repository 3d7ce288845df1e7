/**
 * BLIND7 held-out bank, second part: fraud and harassment. Written with blind7.templates.ts by
 * the same independent (eleventh) author in session 5 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 * A forwarded "is this real?" message is labelled by the quoted original.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
const EVENING = [19, 20, 21, 22, 23];
/** A forged notification, chat or screen pasted as text. */
const PASTE: Template['senders'] = ['none'];
/** A victim forwarding the message to a relative. */
const FWD: Template['senders'] = ['mobile', 'none'];
const SCAM: Template['senders'] = ['mobile', 'virtual', 'unknown_port', 'foreign'];
/** SMS spoofing an institution's port or short code. */
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'virtual'];
const CALLERS: Template['senders'] = ['mobile', 'virtual', 'lookalike_400', 'unknown_landline', 'prefixed'];
const FOREIGN: Template['senders'] = ['foreign', 'virtual', 'mobile'];
const BAD_LINKS: Template['links'] = ['random', 'shortener', 'ip', 'lookalike'];
const APK: Template['links'] = ['apk', 'shortener', 'random'];
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[旺旺] 店铺客服：亲，您是我们店的老客户，店里现在招“补单体验官”，在家用手机就能做：按我们给的链接下单，不用收货，本金加8%佣金当天返到您支付宝。名额只有10个，感兴趣加运营主管QQ：{tail}{code}', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '服务通知\n悦享任务\n佣金到账通知\n本期佣金：¥68.00（待提现）\n提现条件：完成“进阶任务”3单，每单需先垫付，完成后返还本金及20%佣金\n请联系接单导师领取任务 >', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '通知栏：众帮赚\n您有3笔佣金待领取，共¥126.00。完成今日“冲单任务”即可一键提现，冲单需先充值，任务结束后全额返还。立即领取 {url}', senders: PASTE, links: APK },
  { label: 'fraud', type: 'brushing_rebate', text: '姐，你看这个是不是真的，小区群里有人转的：“宝妈居家兼职，手机给商品点收藏、加购物车，一单3元，日结。做满10单升级高佣单，先垫付后返款，100%安全。报名加客服{phone}”我想试试，赚点奶粉钱。', senders: FWD },
  { label: 'fraud', type: 'brushing_rebate', text: "Hi! We're hiring English-speaking 'app testers' in China. Place test orders on shopping apps with your own money and get it refunded plus 10% commission within an hour. First three orders are small, bigger orders pay more. Register here: {url}", senders: FOREIGN, links: ['random', 'shortener'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '[京东 · 在线客服] 您好，恭喜您被选为本店“新品体验官”！体验流程：在客服发给您的页面先垫付下单，我们会把本金和15%体验佣金一起返给您，无需收货、无需评价。请点击进入体验专区 {url}', senders: PASTE, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '老板您好，我们是专业的店铺运营团队，除了帮店铺冲销量，也招兼职刷手：您家里有人闲着可以来做，每单垫付几百元，半小时内返本金加5%佣金。先做一单体验，联系{phone}', senders: ['mobile', 'virtual', 'unknown_port'] },
  // ── fake_investment: teacher livestreams, fake exchanges ──
  { label: 'fraud', type: 'fake_investment', text: '【财经直播间】{person}老师今晚20:00开播，现场解读明日主线板块，进直播间即送3只“潜力金股”。名额有限，点击预约 {url}  退订回T', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是{person}老师的助理小雅。今晚直播间开放“机构VIP席位”，老师会在小课堂里实盘带单，上周学员平均收益18%。进小课堂需要先在我们的合作平台开户入金，最低2万。开户链接 {url}', senders: ['mobile', 'virtual', 'none'], links: ['apk', 'random', 'lookalike'] },
  { label: 'fraud', type: 'fake_investment', text: '通知栏：汇鑫国际\n系统升级公告：为迁移至新版交易引擎，所有账户须在48小时内补缴账户资产的10%作为“迁移保证金”，逾期未迁移的资产将被冻结。迁移完成后保证金随资产一并返还。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '【CoinMax交易所】尊敬的用户，平台将于今晚24:00升级至V5.0，旧版App停止服务。请立即下载新版 {url} 并用原账户登录，完成“资产同步”（需充值任意金额激活钱包），未同步的资产将按无主资产处理。', senders: ['unknown_port', 'foreign', 'virtual'], links: ['apk', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '服务通知\n金牛学堂\n直播课报名成功\n课程：零基础学炒股·第3期\n开课时间：{date} 19:30\n请添加助教企业微信领取课件，助教将拉您进“学员实战群”，老师每日在群内带单，保证收益。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '爸让我问问你：他手机上收到这个：“王教授原油期货实战营，跟着教授操作，一个月翻倍，亏损平台兜底。明晚8点直播，报名请加助理{phone}”。他说已经听了两次直播，想投5万进去，这个能信吗？', senders: FWD },
  { label: 'fraud', type: 'fake_investment', text: "Join Professor Liu's free live class tonight at 8pm: live A-share picks explained in English for expats. Students who follow his trades on our partner platform made 35% last month, losses compensated. Download the platform app to watch: {url}", senders: FOREIGN, links: ['apk', 'random'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '{person}老板您好，我们做供应链金融，给大型国企的供应商垫资，项目稳、收益高：投入10万元，每月固定返3%利息，一年后本金全退，合同盖章。您生意上的闲钱可以放进来，下周有个项目推介会。', senders: ['mobile', 'unknown_landline', 'virtual'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '通知栏：速易借\n放款失败通知\n因您填写的收款银行卡信息与身份证不一致，款项{amt}元已被银行冻结。请于2小时内联系在线客服缴纳“账户解冻金”，解冻后一并放款，逾期将影响您的征信。', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '{person}老板您好，我是银行合作的经营贷专员。凭营业执照就能贷，最高50万，无抵押、不看流水，3天到账。为加快审批，需要先交2%的“过桥服务费”，放款后退还。联系我{phone}', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_loan', text: '服务通知\n{name}借款\n额度审批通知\n审批额度：50000.00元\n放款前请开通“极速放款会员”（费用{amt}元），开通后30分钟内到账。\n立即开通 >\n——这是{name}官方通知，请尽快开通，否则额度作废。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: "Hello, this is the credit desk of an international bank in Shanghai. As an expat employee you are pre-approved for a salary advance of 30,000 CNY. To activate it, download our loan app and pay the first month's interest and insurance in advance: {url}", senders: FOREIGN, links: ['apk', 'random', 'shortener'], en: true },
  { label: 'fraud', type: 'fake_loan', text: '哥，我在网上申请了个贷款，对方发来这个：“您的借款{amt}元已审批，根据规定需先购买履约保险，保费转入保险专户后立即放款。”我已经交了一次，现在又说我的银行卡号填错了要交解冻费，这是不是骗子？', senders: FWD },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您的{app}借款额度即将失效，旧版App已停止放款。请下载新版激活额度，当日可提现 {url}', senders: SPOOF, links: ['apk', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '{sig}恭喜，您的“信用积分”已达到免息借款标准，可兑换30000元免息额度。请点击 {url} 激活，激活需验证银行卡余额不低于借款额的10%。', senders: SPOOF, links: BAD_LINKS },
  // ── fake_customer_service: fake 旺旺, merchant penalties, app upgrades, utilities, couriers ──
  { label: 'fraud', type: 'fake_customer_service', text: '[旺旺] 您好，我是淘宝官方理赔专员。您{date}购买的商品因仓库爆仓未能发货，平台按规定给您三倍赔偿。由于订单已关闭，赔付需在“理赔助手”里领取，请下载 {url} 后联系我。', senders: ['none', 'mobile', 'virtual'], links: APK },
  { label: 'fraud', type: 'fake_customer_service', text: '[商家后台 · 违规处罚通知] 您的店铺涉嫌销售假冒商品，已被冻结保证金并限制提现。请在24小时内联系平台风控专员{phone}缴纳“违规解冻金”{amt}元，逾期将永久关店并追缴货款。', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}店主您好，我是平台商家运营部的，工号SJ{tail}。您的店铺被买家投诉“虚假发货”，系统要扣5000元保证金并下架全部商品。我可以帮您走“免罚通道”，请先下载“商家申诉”软件，打开后把后台页面共享给我 {url}', senders: CALLERS, links: ['apk', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的{app}当前版本存在安全漏洞，将于今日24时停止服务。为保障资金安全，请立即卸载旧版并下载安全升级版 {url} ，登录后按提示完成银行卡信息验证。', senders: SPOOF, links: ['apk', 'lookalike', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【国家电网】您户（户号尾号{tail}）已欠费{amt}元，将于今晚20:00实施停电。请立即点击 {url} 在线缴费，缴费后自动复电。', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '服务通知\n城南燃气缴费\n停气预警通知\n您家燃气费已欠费，且燃气表检测到异常，明日将远程关阀停气。\n请添加燃气专员{phone}缴清欠费并办理“安全复检”。', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '[Yuanshan Express] Your international parcel could not be delivered because the address is incomplete. Please confirm your address and pay a 12.90 CNY redelivery fee within 24 hours: {url}', senders: ['unknown_port', 'foreign', 'virtual'], links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '老公你看这个，说我买的面霜有问题要退款：“您好，我是绿洲商城售后，您购买的面霜经检测激素超标，平台为您办理退款并赔付{amt}元。请提供收款银行卡号和预留手机号，稍后您会收到验证码，请告诉我完成验证。”要给他吗？', senders: FWD },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，京东客服。系统检测到您的账户开通了“白条商户版”，每月将收取服务费{amt}元。如需关闭，需先把白条额度内的资金转到平台监管账户{acct}做验证，验证后自动关闭并全额退回。', senders: CALLERS },
  // ── impersonating_authority: 12123, tax audits, visas, courts ──
  { label: 'fraud', type: 'impersonating_authority', text: '【交管12123】您的车辆于{date}被电子监控抓拍闯红灯，罚款200元记6分，已逾期未处理，将加收滞纳金并暂扣驾驶证。请立即登录 {url} 绑定银行卡缴纳罚款。', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '服务通知\n交通违法缴款\n您的驾驶证有3条违法记录已逾期，驾驶证将于明日被冻结。\n请点击“立即缴款”，填写银行卡号、有效期和验证码完成缴纳。\n立即缴款 > {url}', senders: PASTE, links: ['lookalike', 'random', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务稽查】贵公司涉嫌虚开增值税发票，已被列入重点稽查对象，公司账户将于48小时内被查封。请法人于今日内联系稽查专员{phone}说明情况，并按要求缴纳“稽查保证金”，核查无误后全额退还。', senders: ['unknown_port', 'virtual', 'unknown_landline', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，这里是市税务局稽查局。你们店去年的个税和增值税申报存在重大异常，要立案调查，可能涉嫌偷税罪。考虑到是小微企业，可以走“自查补缴”程序，今天下午把补缴款{amt}元转到国库代收账户{acct}，就不再移送公安。', senders: ['unknown_landline', 'prefixed', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'Exit-Entry Administration Notice: Your visa has been flagged for irregularities and you may be deported within 72 hours. To avoid detention, call our officer at {phone} today and pay the verification deposit. Do not discuss this case with your employer.', senders: ['foreign', 'virtual', 'prefixed', 'mobile'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: 'Housing Registration Office: Your accommodation registration as a foreign resident has expired. A fine of 2,000 CNY applies and your residence permit will be cancelled unless you pay online within 24 hours at {url}', senders: ['unknown_port', 'virtual', 'foreign'], links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '【个人所得税】经大数据比对，您2025年度存在少缴个人所得税情况，需补缴税款及滞纳金{amt}元，逾期将纳入税收失信名单并限制出行。请于今日内登录 {url} 完成补缴。', senders: ['unknown_port', 'virtual', 'mobile'], links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '妈，你看这条是真的吗？“服务通知\n移动微法院\n执行通知：您作为被执行人的案件已立案，名下账户将被冻结。请于今日联系执行法官{phone}，将执行款转入法官指定账户后撤销冻结。”我没欠过谁钱啊。', senders: FWD },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '服务通知\n征信服务中心\n征信异常提醒\n您名下存在1笔未注销的学生网贷账户，将于{date}上报个人征信。\n请联系征信专员{phone}办理注销。\n查看详情 >', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '儿子，你看看这个：“您好，我是{name}客服，您大学期间开通的学生账户未按新规注销，会影响征信，需要把账户额度借出来转到我们的清算账户完成注销。”你上大学时用过这个吗？', senders: FWD },
  { label: 'fraud', type: 'fake_credit_repair', text: '【企业信用修复】贵公司存在1条行政处罚记录，已影响招投标及银行贷款。我司与信用平台有合作通道，3个工作日内可撤下公示记录，费用4800元，先付一半。咨询{phone}', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '通知栏：信用管家\n您的信用分已降至“较差”，多家银行将拒绝您的贷款申请。开通“信用修复会员”（{amt}元/年），专员一对一帮您删除逾期记录。立即开通 {url}', senders: PASTE, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[旺旺] 您好，我是平台金融客服。系统显示您学生时期注册的分期账户学生身份未解除，按监管要求需要注销，否则利息翻倍并上报征信。注销需要您先在其他平台把额度借出来做“还款能力证明”，我一步一步教您。', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，我在征信系统内部工作，您之前在{name}的逾期记录我们可以走“异议处理”直接删掉，一条1500元，办好您自己去查报告。这事别在电话里多说，加我私人号细聊{phone}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}根据征信新规，您的账户需于今日完成“征信授权升级”，否则将被标记为不良用户。请点击 {url} 更新授权，需填写身份证号、银行卡号及验证码。', senders: SPOOF, links: BAD_LINKS },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '[旺旺] 亲，您看的这款手机我们有内部渠道货，比页面便宜800元。平台扣点太高，价格没法在页面上改，您加我微信，直接转账给我就给您发货，全国联保。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: "Hi, I saw your post looking for a flat near Jing'an Temple. My 1-bedroom is 4,500 a month, fully furnished. I'm working abroad so I can't show it, but if you transfer the deposit and first month ({amt} CNY) to my account, I'll post the keys and contract to you.", senders: FOREIGN, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '服务通知\n年货严选\n订单支付成功\n商品：五常大米礼盒×2\n实付：¥59.90\n温馨提示：因物流费用上涨，发货前需补缴运费险及保价费¥{amt}，请联系客服{phone}补缴后发货。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '妈问我这个能不能买：“农场直供五常大米，原价198元一箱，现价39.9元包邮，限量100箱。农场直发不走平台，请直接转账到负责人卡上{acct}，转账后截图发我。”她已经想转了，你帮忙看看。', senders: FWD },
  { label: 'fraud', type: 'fake_shopping', text: '{person}老板，我做原材料批发，最近有一批库存PP颗粒清仓，比市场价低15%，现货。因为急用钱清仓，必须先付全款，款到当天发货，需要的话我把营业执照发你看。账户：{acct}', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_shopping', text: 'Fast visa extension service for foreigners! We renew your residence permit in 3 days, no need to visit the Exit-Entry office. Fee 3,000 RMB paid in advance by WeChat or bank transfer. Approval guaranteed. Contact {phone}', senders: FOREIGN, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '您好，我是天际家电直营店客服，您在直播间预约的“1元抢空调”抢到了！请在30分钟内通过付款链接补足运费和安装费{amt}元，超时作废 {url}', senders: ['mobile', 'virtual', 'none'], links: ['random', 'shortener'] },
  // ── impersonating_acquaintance: suppliers' bank-account changes, staff, relatives ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '张总您好，我是鸿运包装财务部小李。我司基本户正在做年审，暂停收款，这个月的货款{amt}元麻烦打到我们新开的账户{acct}，户名是我们的全资子公司。变更函我下午补盖章发您，今天能付的话麻烦付一下，月底要对账。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '【对账通知】尊敬的合作伙伴：因我司开户银行调整，即日起原收款账户停止使用，请将本月及后续货款汇入新账户：{acct}。原账户来款将被退回，延误责任自负。如有疑问请回复本短信，请勿致电原财务人员（已离职）。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老板，我是店里的小陈，手机掉水里了，先用朋友的号。刚才有个老客户订了20桌年夜饭，要先付{amt}元给供货商订海鲜，我这边没钱，你直接转给供货商吧，账户是{acct}，他说今天不付就不留货了。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '哥，这是不是你那个表叔？他加我说：“侄子，我是你表叔，换了新号。我在医院陪你表婶做手术，卡里的钱转不出来，先借我{amt}元，明天让你妈还你。”我都没见过这个表叔。', senders: FWD },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Hi Sarah, this is Ben from the Friday football group, new number. My Alipay got frozen after I changed phones and I have to pay my wife's hospital deposit today. Could you transfer {amt} yuan to the hospital cashier account {acct}? I'll pay you back tomorrow.", senders: FOREIGN, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Hi, this is your landlord Mr. Wang. My old bank card has a problem, so please pay this month's rent to my wife's account {acct} instead. Please transfer today; no need to call, I'm in a meeting all afternoon.", senders: ['mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老同学，我是你初中同学刘洋，好多年没联系了，这是我新号。我在外地做生意，有批货要付款，对公账户限额了，能不能先借我{amt}元周转两天？钱转到我公司会计的卡上{acct}，后天一定还你。', senders: ['mobile', 'virtual', 'none'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '通知栏：游易宝\n您出售的账号已被买家拍下（¥{amt}），资金已冻结在平台。因您的账户未实名认证，需缴纳“认证保证金”后方可提现，保证金24小时内原路退还。去认证 {url}', senders: PASTE, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '姐，小宝要在网上买游戏皮肤，对方发了这个：“平台交易手续费太高，我们私下交易，你先付{amt}元，我马上上号转给你，好几个老客户可以作证。”我要不要给他转？', senders: FWD },
  { label: 'fraud', type: 'game_trading', text: '服务通知\n游戏充值中心\n充值到账失败通知\n您充值的6480钻石因“支付渠道异常”未到账，请联系客服{phone}办理退款，需提供支付账号及短信验证码。', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '[旺旺] 店铺客服：亲，您拍的游戏点卡已发货，但系统检测到您的游戏账号有风险，需要先把账号和密码发给我们做“安全绑定”，绑定后点卡才能充进去哦。', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: 'Cheap game credits! Top up your mobile game at 40% off through our agent channel in China. Pay by WeChat first, credits arrive in 10 minutes. Just send us your game ID and password. Contact {phone}', senders: FOREIGN, en: true },
  { label: 'fraud', type: 'game_trading', text: '你好，你在平台下单的代练我接了，但你的账号刚上去就被系统检测异常封号了，解封得交398元“申诉费”，你转给我，我帮你找官方的人处理，解封后段位照样给你上。', senders: ['mobile', 'virtual', 'none'] },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '妈，你那个网上认识的“王教授”又发了什么？你转给我的是这条：“亲爱的，我在海外的项目结束了，回国前要交一笔个人所得税{amt}元才能把工资带回来，你先帮我垫上，回国我们就去领证。”这个人你见过吗？', senders: FWD },
  { label: 'fraud', type: 'romance', text: "Good evening handsome, it's Xiaomei, we met at the language exchange in Sanlitun. I can't stop thinking about you. My visa to visit your country needs 50,000 yuan proof of funds for one day. Could you transfer it to my account {acct}? I'll send it back the next day, I promise.", senders: FOREIGN, hours: EVENING, en: true },
  { label: 'fraud', type: 'romance', text: '通知栏：心动时刻\n“小雨”给您送了一份礼物并发来3条私信。开通钻石会员（¥298/月）即可查看私信并与她视频，她说今晚只等你一个人。立即开通 {url}', senders: PASTE, links: ['random', 'apk'], hours: EVENING },
  { label: 'fraud', type: 'romance', text: '服务通知\n缘定红娘\n见面安排确认\n为您匹配的女嘉宾已同意见面，请于今日缴纳“见面诚意金”{amt}元，见面后如未成功全额退还。\n联系您的专属红娘{phone}', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '宝贝，我在部队的事你知道的。我们这边结婚要打报告，组织审核要交一笔“婚姻审核保证金”{amt}元，我现在封闭训练没法转账，你先帮我交到这个账户{acct}，审核一过我就去见你父母。', senders: ['mobile', 'virtual', 'none'], hours: EVENING },
  { label: 'fraud', type: 'romance', text: '认识你之后我每天都很开心。今天是我生日，同事都收到男朋友的礼物了，我不要多，你给我买两张500元的购物卡，把卡号和密码拍给我就好，就当给我一个惊喜嘛。', senders: ['none', 'mobile', 'virtual'], hours: EVENING },
  // ── other: points, tax refunds, subsidies, merchant subsidies, prizes ──
  { label: 'fraud', type: 'other', text: '{sig}尊敬的用户，您的积分{code}分将于今日24点清零，可兑换现金红包或家电礼品，请立即登录 {url} 兑换，兑换时需验证银行卡信息。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【个税退税】您有2025年度个人所得税退税{amt}元待领取，请于{date}前点击 {url} 填写银行卡号和验证码完成退税，逾期视为自动放弃。', senders: ['unknown_port', 'virtual', 'mobile'], links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '服务通知\n育儿补贴申领\n您家庭符合2026年育儿补贴申领条件，补贴3600元。\n请进入申领页面，填写身份证号、银行卡号、密码及验证码。\n立即申领 > {url}', senders: PASTE, links: ['lookalike', 'random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '舅，你帮我看看，我妈收到这个：“医保个人账户余额可以提现到银行卡，年底未提现部分清零，请点击 {url} 办理提现。”她说要去办，这是真的吗？', senders: FWD, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: 'Notice to foreign residents: you are eligible for a 2,000 RMB living subsidy for foreigners in China. Claim before {date} by entering your passport number, bank card number and SMS code at {url}', senders: ['unknown_port', 'foreign', 'virtual'], links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'other', text: '【商户补贴】尊敬的商户，您的收款码符合2026年小微商户费率补贴条件，可退还已扣手续费{amt}元。请于今日内点击 {url} 填写结算卡号及验证码领取，逾期作废。', senders: ['unknown_port', 'virtual', 'mobile'], links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '您好，您的手机号已累计通信积分5880分，可兑换500元话费充值卡，兑换需下载“积分商城”客户端并绑定银行卡 {url}', senders: ['unknown_port', 'virtual', 'lookalike_short'], links: ['apk', 'shortener'] },
  { label: 'fraud', type: 'other', text: '【平台商户年度评选】恭喜您的店铺获评“年度优质商户”，奖金8888元。领取前须按规定缴纳20%个人所得税，请转入代扣账户{acct}，到账后奖金即刻发放。', senders: ['unknown_port', 'mobile', 'virtual'] },
];

const HARASSMENT: Template[] = [
  // ── scripted "法催" SMS with case numbers (fake legal process) ──
  { label: 'harassment', text: '【法催通知】案件编号：FC2026-{code}\n当事人：{person}\n您在{name}的欠款{amt}元已移交法务部处理，现已进入司法审查阶段。请于24小时内联系案件专员{phone}，逾期将由司法人员上门送达并冻结名下财产。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '{person}：你的案件（编号{tail}-{code}）今日已进入“立案前调解”最后阶段。调解失败后将由法院强制执行，执行时将通知你的单位和户籍所在地村委会，请于今天17:00前还清{name}欠款。——法务调解中心', senders: COLLECTOR },
  { label: 'harassment', text: '【法务部】{person}你好，经核查你名下{name}借款已构成恶意逃废债，案件编号ZC{code}，我部已整理材料拟移送公安机关以“诈骗罪”立案。念你初犯，今日全额还款可撤销移送。', senders: ['mobile', 'unknown_port'] },
  { label: 'harassment', text: '案件编号：（2026）催执字第{code}号 被告：{person} 你方欠{name}款项{amt}元，法院已受理，明日上午将由执行局工作人员上门查封家中财产，请提前准备身份证件并通知家人在场。', senders: ['mobile', 'virtual'], hours: [7, 9, 13, 20, 22] },
  { label: 'harassment', text: '{sig}{person}，您的案件已分配至“诉讼组”，案件号SS{code}。除欠款外，本案已产生催收服务费1200元、法务处理费800元，请于今晚22点前在{app}一并结清，否则费用每日递增。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '【法催中心】{person}，案件编号FC{code}。你白天不接电话，我们只能这个时间通知：明早8点前未还{name}的款，案件将提交法院并同步发函至你单位人事部门。', senders: ['mobile', 'virtual'], hours: LATE },
  // ── threats phrased as "friendly advice" ──
  { label: 'harassment', text: '{person}，善意提醒一句：你家小区门口那家早餐店我们同事经常去，天天能看到你出门。{name}的钱早点解决，大家都省心，不然哪天碰上了多尴尬。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '作为过来人给你个忠告：{name}这笔钱拖下去，受影响的不只是你，你爱人单位、孩子学校那边，我们都有办法“沟通”。趁现在还能谈，别让事情走到那一步。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}您好，我不是吓唬您，只是好心提醒：和您情况一样的一位客户，上个月就是在单位被当众找上门的，最后工作也丢了。您肯定不想这样吧？今天把{name}的{amt}元处理掉。', senders: ['mobile', 'official_hotline'] },
  { label: 'harassment', text: '给你留点面子，今天是最后一次好好说话。你老家的地址、你父母的电话我们都有，明天开始就换一种方式沟通了，{name}的账你自己掂量。', senders: ['mobile', 'virtual'], hours: LATE },
  { label: 'harassment', text: '{sig}温馨建议：{person}先生/女士，为了您的家庭和睦，建议您今天处理欠款。我们也不想把您的情况告诉您的家人和邻居，但流程就是流程。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '兄弟，交个朋友劝你一句，欠{name}的钱早还早安心。我们这行什么人都有，有些同事脾气不好，真上门了我也拦不住。', senders: ['mobile', 'virtual'] },
  // ── collectors posing as couriers or old classmates to locate the debtor ──
  { label: 'harassment', text: '您好，我是远山快递的，有一份{name}寄给{person}的“法律文书”快件，地址写的是他老家，他人不在。请问他现在住哪个小区、在哪上班？我们要当面送达，不然按拒收处理，后果他自己承担。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}你好，我是快递员，你的到付件送不到，麻烦发个现在的住址。\n（对方发来地址后）\n别装了，我们是{name}贷后的，地址已经记下了，明天上门，你自己准备好钱。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '阿姨您好，我是{person}的大学同学，下个月同学聚会一直联系不上他，您能告诉我他现在在哪个城市、哪家公司吗？\n——说实话吧阿姨，我是{name}的，他欠款{amt}元一直躲着，您不说我们也查得到，到时候就直接去您家了。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '老同学，还记得我吗？高中三班的。我现在帮{name}做贷后，你同桌{person}欠我们一笔钱，人找不到了。你跟他关系好，帮忙问问他现在住哪，顺便劝他把钱还了，不然我们只能在同学群里说这事了。', senders: ['mobile', 'virtual'] },
  // ── the emergency contact asked to "pass on a message" ──
  { label: 'harassment', text: '您好，您是{person}的紧急联系人。麻烦您帮忙带个话：他在{name}的欠款{amt}元已经逾期90天，让他今天之内处理，不然后续我们只能天天找您了。', senders: ['mobile', 'official_hotline', 'unknown_landline'] },
  { label: 'harassment', text: '{person}的家属您好，麻烦转告一下：他再不还{name}的钱，我们就按“恶意逃债”处理了，到时候会上门找您了解情况。您是他的紧急联系人，有义务配合。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '您好，不好意思打扰，想请您给{person}带句话：{name}这边给他最后期限了，明天中午12点前还清{amt}元。您作为朋友也劝劝他，实在不行您先帮他垫上，朋友之间应该的。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{sig}您好，您被{person}填写为紧急联系人。{person}已逾期，欠款{amt}元，请您转告其尽快还款，并协助督促。如联系不上本人，我们将持续与您联系。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '这么晚打扰了，您是{person}的姐姐吧？他电话一直关机，我们{name}这边没办法，只能找您。请您现在就给他打电话，让他明天一早把钱还了。', senders: ['mobile', 'virtual'], hours: LATE },
  { label: 'harassment', text: 'Hello, you are listed as the emergency contact of {person}. Please pass on this message: the loan with {name} is 60 days overdue ({amt} CNY). If it is not paid by tomorrow we will contact the employer and all the colleagues.', senders: ['mobile', 'virtual'], en: true },
  // ── night-time contact ──
  { label: 'harassment', text: '{sig}{person}您好，您的账单已逾期，当前欠款{amt}元。请立即登录{app}还款，我们的同事会在半小时后与您电话确认。', senders: ['official_port'], hours: [23, 0, 1, 2] },
  { label: 'harassment', text: '还没睡吧？{name}的钱打算什么时候还？白天你不接，那就晚上聊，我们有的是时间，今晚每隔一小时给你打一次。', senders: ['mobile', 'virtual'], hours: LATE },
  { label: 'harassment', text: '{person}，早上六点了，起床先把{name}的钱还了吧。今天不还，八点开始打你通讯录。', senders: ['mobile', 'virtual', 'official_hotline'], hours: [5, 6, 7] },
  { label: 'harassment', text: 'Hello {person}, it is past midnight and you are still not answering. Your {name} loan of {amt} CNY is overdue. We will keep calling tonight until you pick up.', senders: ['mobile', 'virtual'], hours: [23, 0, 1], en: true },
  // ── call cap, workplace, new loans, spreading the debt ──
  { label: 'harassment', text: '今天已经给你打了14个电话，你一个都不接。系统会自动继续拨打，直到你接为止，影响你上班别怪我们。——{name}贷后', senders: ['mobile', 'official_hotline', 'unknown_landline'] },
  { label: 'harassment', text: '{person}您好，这里是{name}。鉴于您长期未还款，我们将在本周五派同事到您单位前台，当着同事的面把情况说清楚，也会请您的领导协助督促。', senders: ['official_hotline', 'mobile'] },
  { label: 'harassment', text: '{sig}{person}，您的逾期已超过30天，现为您推荐合作平台“快借宝”的新额度，申请后可直接还清我方欠款；不处理的话，每天将产生50元催收管理费。', senders: ['official_port', 'mobile'] },
  { label: 'harassment', text: '你们小区物业的电话我们已经打过了，物业答应明天在业主群里提醒一下“有住户欠款不还”。你要是今天还上{name}的钱，我们就跟物业说不用发了。', senders: COLLECTOR },
];

export const BLIND7B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
