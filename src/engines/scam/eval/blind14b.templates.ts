/**
 * BLIND14 held-out bank, second part: fraud and harassment. Written with blind14.templates.ts by
 * the same independent (nineteenth) author in session 8 (2026-12-02); see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here. A victim's own retelling of a scam (typed, dictated, pasted as a
 * chat log with timestamps) is labelled by the scam; a warning about a scam written by a
 * relative, a community worker, the police, a broker or a bank is normal (blind14.templates.ts),
 * and so is a forwarded "is this real?" whose quoted original is genuine. Savings and
 * investments: any pitch whose bait is a return on money — 荐股群 and "内部消息", fake broker or
 * 虚拟盘 apps, "打新" with guaranteed allotment, 原始股, fake 金交所 / 金融资产交易中心 products,
 * 配资 platforms you deposit into, a "国债内部额度" that needs a 预约金, a fund's "内部份额" — is
 * `fake_investment`, whoever it claims to be; a credit offer (secured on shares, funds, 社保,
 * 公积金, 个税 income or a pension, or a "raised limit" in a lender's name) that wants a fee, 押金,
 * 保证金 or 解冻金 before paying out is `fake_loan`. A message
 * posing as the victim's broker, fund company, futures firm, bank or lender about an account the
 * victim already has (年检, 适当性 re-assessment, a failed 定投, a dividend that "cannot be
 * paid", a 理财 that "did not come back", a dormant gold account, a loan "used for stocks") is
 * `fake_customer_service`. A message posing as a state body — tax bureau (退税 links, 补税), 人社 /
 * 社保 (养老金认证 "过期停发", 社保卡 失效), 出入境 (证件异常, 签注注销), 公安 / 户政, 不动产登记,
 * 12345, 证监会 or a court — is `impersonating_authority`. The hook "your credit record must be
 * fixed, cleaned or a loan account cancelled" is `fake_credit_repair`. A paid product or service
 * from a private seller that never comes (纪念币 预约, 金条 sold in a livestream and paid by
 * transfer, 代办护照 / 签注, 社保代缴, a fake course enrolment) is `fake_shopping`. A named person
 * the victim knows — a child, grandchild, relative, boss, old colleague, teacher, or the victim's
 * own account manager — on a new number asking for money is `impersonating_acquaintance`,
 * whatever the money is said to be for; a stranger who only claims inside access is
 * `fake_investment`. Game accounts, skins, 代充 and game-trading sites are `game_trading`. A
 * dating or online "lover" who leads to investing, bonds or a withdrawal fee is `romance`.
 * Prizes, collectibles "回购" with 鉴定费, inheritance fees, private "维权联盟" and hackers who will
 * recover losses, membership "补贴" schemes are `other`. Collection: when the demand is to repay a
 * real loan from a named lender (to the lender, in its app), the message is harassment, not
 * fraud, even if the collector poses as the police or a court, forges a 冻结 notice or writes
 * 氵去院; it is harassment when it posts the debt in 股吧, 朋友圈, 抖音, an 业主群, a 股友群 or a
 * class group, delivers printed notices by courier or 外卖 rider, calls the child's school, the
 * broker's account manager or a relative, presses anyone other than the debtor to pay, announces
 * a visit to neighbours, demands that the debtor sell shares or redeem funds under a threat,
 * charges 外访费 or 律师函费, pushes a new loan or 两融 to repay, threatens, insults, rings more than
 * six times a day (robocalls included), or contacts anyone 22:00–08:00 — even from the lender's
 * own port and even when polite.
 */
import type { Template } from './eval.types.js';

/** 22:00–08:00: collection contact banned without consent. */
const NIGHT = [22, 23, 0, 1, 2, 6, 7];
/** Early morning, before 08:00. */
const EARLY = [5, 6, 7];
/** Pasted chat logs, screenshots, posts, delivery slips: no sender. */
const PASTED: Template['senders'] = ['none'];
/** A stranger's chat or call, or forwarded. */
const CHATTER: Template['senders'] = ['mobile', 'virtual', 'none'];
/** The victim writing to someone, or dictating. */
const VICTIM: Template['senders'] = ['none', 'mobile'];
/** Unsolicited bulk advertising. */
const SPAM: Template['senders'] = ['unknown_port', 'mobile', 'virtual', 'foreign', 'none'];
/** SMS dressed as a broker's, bank's, lender's or government port. */
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'virtual', 'lookalike_400'];
/** Scam callers. */
const CALLER: Template['senders'] = ['virtual', 'lookalike_400', 'unknown_landline', 'foreign', 'prefixed', 'mobile'];
/** Offshore "advisers" and "lovers". */
const OFFSHORE: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISHING: Template['links'] = ['lookalike', 'ip', 'shortener', 'random'];
const INSTALL: Template['links'] = ['apk', 'random', 'shortener'];
const SHADY: Template['links'] = ['shortener', 'random', 'ip'];
/** Collectors' own phones, desk lines, or pasted. */
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline', 'none'];
/** A registered lender's own port and hotline, used against the rules. */
const LENDER: Template['senders'] = ['official_port', 'official_hotline'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【财经号运营兼职】给财经视频号、股评直播间点赞关注评论，每条2元，日结到zfb。做满20条进“理财任务群”，按指令申购指定基金截图返佣15%，本金需先垫付。+wx {phone}', senders: SPAM },
  { label: 'fraud', type: 'brushing_rebate', text: 'jz招募～下载“金橙财富”注册实名就送8.8，每拉一个人再返20💰 进阶任务先充888激活金，做完连本带利一起返，到账超快 {url}', senders: SPAM, links: INSTALL },
  { label: 'fraud', type: 'brushing_rebate', text: '阿姨您好，我们在招“养老服务体验官”，每天在App上给养老机构打卡写评价，一单3块。今天有高额单：先在平台买一份“养老理财体验包”，当天本金连利息一起退回，好多退休老师都在做呢。', senders: CHATTER },
  { label: 'fraud', type: 'brushing_rebate', text: '[13:02] 派单员：第1单，去股评直播间点个赞，截图发我\n[13:05] 我：好了\n[13:06] 派单员：佣金5元已发 ✔\n[13:20] 派单员：第4单是联动单，先在平台充1000，做完返1300\n[13:41] 派单员：系统显示你超时操作，账户冻结了，需要再充3000才能解冻…', senders: PASTED },
  { label: 'fraud', type: 'brushing_rebate', text: '{"task":"基金代销平台五星好评","reward":"¥6/条","level_up":"完成10条解锁VIP垫资单","rule":"先垫后返，返佣30%","contact":"tg @jinniu_task"}', senders: CHATTER },
  { label: 'fraud', type: 'brushing_rebate', text: '老妹儿，这活儿老简单了，就给那些炒股App写五星好评，一条五块，一天整个百八十的不费劲儿。后边儿还有“打单”的，先垫钱后返，返得老多了，姐带你整呗？', senders: CHATTER, hours: [12, 19, 20, 21] },
  { label: 'fraud', type: 'brushing_rebate', text: '【云州“最美养老院”网络评选】为本社区养老院投票，每票奖励2元话费；邀请10位好友助力再领“助力金”88元，领取前需先缴纳19.9元实名认证费 {url}', senders: SPAM, links: PHISHING },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '内部消息‼️明天早盘有一只重组票，zl资金已经进场，目标三个板。只在VIP群里发代码，进群jia wx {phone}，名额仅限30位，先到先得', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '【澄江証卷】尊敬的客户，您已获得“机构专属席位”资格，可参与本周战略配售，中签率百分百。请下载机构版交易端 {url} 登录后入金即可参与。退订回T', senders: SPOOF, links: INSTALL },
  { label: 'fraud', type: 'fake_investment', text: '打新稳赚不赔！科创板新股走“机构通道”保证中签，每签至少赚8000。中签后只需把缴款打到监管专户，上市当天我们帮您卖出，利润五五分。', senders: CHATTER },
  { label: 'fraud', type: 'fake_investment', text: '[语音转文字] 小李啊 跟你说个事 我在那个老师的群里跟着买股票 那个软件叫鼎盛国际 账上显示挣了二十多万了 可我要取出来 他说得先交百分之二十的个人所得税 还得交风控保证金 交完才能出金 我这都交了三万了 还是取不出来 你说这咋整啊', senders: VICTIM },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我是{name}国债发行专员。本期超长期特别国债额度非常紧张，行里给老客户预留了一部分内部额度，年化4.8%。需先缴纳认购额20%的预约金到发行托管账户{acct}锁定额度，发行当日自动转为认购款。', senders: CALLER },
  { label: 'fraud', type: 'fake_investment', text: '**云州金融资产交易中心 · 定向融资计划（第18期）**\n- 期限：12个月\n- 年化：**11.8%**，按季付息\n- 起投：5万元\n- 保障：国企担保 + 应收账款质押\n\n📌 本期仅剩额度320万，扫码添加理财顾问认购', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '个人养老金升级啦！现推出“养老金增值专户”，年化9.6%，国家政策支持，收益是存款的三倍。退休人员凭养老金卡即可开户，每户限额50万，详询{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '兄弟伙，我表哥在期货公司上班，他那儿有个黄金带单群，老师喊买就买喊卖就卖，我跟了两个礼拜赚了一万多。你也整点钱进去嘛，要用他们自己的App开户哈，应用商店头搜不到的那种 {url}', senders: CHATTER, links: INSTALL },
  { label: 'fraud', type: 'fake_investment', text: '【牛股早知道】今日涨停预告：00****已被主力锁定，明日开盘前点击查看完整代码及买点…{url}', senders: SPAM, links: SHADY },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是松石基金的客户经理。本月公司推出员工内部专享份额“松石稳盈1号”，保本保息年化8%，因为是内部额度不对外公开，需要转到公司对接账户{acct}认购，今天下午三点截止。', senders: CALLER },
  { label: 'fraud', type: 'fake_investment', text: 'Hi, Kevin here from a Hong Kong family office. We hold a pre-IPO allocation in a US-listed AI stock. Minimum ticket USD 10k, 30% guaranteed on day one. Pay in USDT and I\'ll send you the trading app link.', senders: OFFSHORE, en: true },
  { label: 'fraud', type: 'fake_investment', text: '恭喜您获得新客体验金８８８８元！“鼎盛环球”外汇黄金平台，跟随导师策略，日收益５%—１５%，首次入金再送３０%赠金，客服：{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '老哥，我们公司马上要在北交所上市，现在只有员工和亲友能认购原始股，一块五一股，上市至少十块。你要的话我给你留五万股，钱打我个人卡上，我这边统一去办。', senders: CHATTER },
  { label: 'fraud', type: 'fake_investment', text: '沪深主力内参：明日有一只“亻氐位重组”股，扌喿盘手已建仓完毕，目标涨幅50%+。加薇{phone}领取代码，不收费，跟对了再交流', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '[股友群] 群主：今天的打新额度还剩最后6个，在“鼎盛证券机构版”里申购，中签率87%，不中签全额退款。没下载的看群公告，入金走客服给的对公卡，别走自己银行卡的银证转账，那个抢不到额度。', senders: PASTED },
  { label: 'fraud', type: 'fake_investment', text: '打新必中，稳赚，v{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_investment', text: '张阿姨，您上回在讲座上登记的那个“康养国债”，本周五就截止认购了，三年期年化6.5%，比银行的国债高多了。您明天上午把存折带上，我们车接您去公司签合同，钱当场转给财务就行。', senders: CALLER },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【澄江金融服务】凭证券账户持仓即可申请“股票质押快贷”，不过户、不平仓，最高可贷市值的70%，年化3.6%。审批通过后需缴纳首期保证金{amt}元激活额度，当天放款，详询{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_loan', text: '社保缴满一年就能贷！凭社保卡、个税App收入记录申请“社保信用贷”，最高20万，无抵押免面签。dk加wx {phone}，放款前交一笔工本费，放款后退回。', senders: SPAM },
  { label: 'fraud', type: 'fake_loan', text: '[15:10] 审核员小林：您的养老贷款3万元已审批\n[15:12] 审核员小林：系统提示您填写的社保卡号与收款卡不一致，资金已冻结\n[15:13] 审核员小林：需缴纳流水证明金6000元证明还款能力，解冻后和贷款一起到账\n[15:30] 我：我没有这么多钱\n[15:31] 审核员小林：可以先交一半，剩下的从贷款里扣…', senders: PASTED },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您的{app}借款额度已提升至50000元。因您名下存在证券账户交易记录，提现前需完成“资金用途承诺”认证并缴纳承诺保证金{amt}元，认证入口：{url}', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'fake_loan', text: '退休人员专享“养老金贷”：凭退休证、养老金卡就能贷，月息低至0.3%，不查征信，业务员上门办理。先交一个月利息做押金即可放款，详询{person}{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_loan', text: '嬢嬢，你要用钱我们这儿可以贷，拿个人所得税App里的收入截图就行，不看征信，三天下款。就是要先交八百块钱“包装费”，帮你把流水做漂亮点，审核才过得了。', senders: CHATTER },
  { label: 'fraud', type: 'fake_loan', text: 'dk急用？yhk流水不够也能批，凭gjj/sb放款，最快2h到账 🚀 先付3%服务费，不成功全退，wx {phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_loan', text: '您好，看到您在股吧说被套了缺资金补仓。我们是“券商合作”的融资渠道，基金、理财持仓都能做抵押，额度当天出。就是账户需要先验资，您转两万到我们的验资户，放款时一起打给您。', senders: CHATTER },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【澄江证券】您的证券账户未完成年度年检，将于今日24时冻结，冻结后无法卖出股票。请立即登录 {url} 完成年检，上传身份证正反面、银行卡及交易密码。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'fake_customer_service', text: '【青岚证券】根据监管新规，您的投资者适当性信息需重新认证，否则账户将降级并限制交易。请点击 {url} 下载“认证助手”并开启屏幕共享，客服将一对一指导您完成。', senders: SPOOF, links: INSTALL },
  { label: 'fraud', type: 'fake_customer_service', text: '【晴川基金】您本月定投扣款失败，基金账户已被标记异常，系统将于2小时后自动赎回全部份额并收取5%违约金。如需保留，请添加在线客服QQ {phone} 重新绑定银行卡。', senders: SPOOF },
  { label: 'fraud', type: 'fake_customer_service', text: '【松石基金】您有一笔现金分红{amt}元待领取，因预留银行卡信息过期无法到账，请于24小时内登录 {url} 更新收款信息，逾期分红将退回。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是{name}理财中心的，您在我们这儿买的理财今天到期了，但是系统升级没法自动到账，需要您配合操作一下。您先下载一个“云视讯”，我共享屏幕指导您……对，把短信里的验证码念给我，我这边帮您把本金和收益转回去。', senders: CALLER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的积存金账户因长期未交易被标记为“异常休眠”，黄金份额将于{date}强制卖出。如需保留，请联系专属客服{phone}办理激活，激活需缴纳账户管理费198元。', senders: SPOOF },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 喂，{person}是吧，我是{name}风控部的，工号{tail}。系统监测到你的借款转进了证券账户，违反了借款合同，公司要提前收回全部贷款并收取违约金。你现在把账户里剩下的钱转到我们的资金监管账户，核查没问题再给你退回去。', senders: CALLER },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】个人养老金账户缴存异常提醒：您本年度的缴存资金已被系统暂扣，点击 {url} 查看原因并…', senders: SPOOF, links: PHISHING, hours: [7, 8, 12, 20, 21, 22] },
  { label: 'fraud', type: 'fake_customer_service', text: '[{name}] Unusual login on your wealth-management account. To avoid suspension, verify your identity at {url} within 2 hours and enter the SMS code you receive.', senders: SPOOF, links: PHISHING, en: true },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【个人所得稅】您有一笔２０２５年度个税退税￥{amt}待领取，请于今日内登录 {url} 填写银行卡信息办理退税，逾期视为自动放弃。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'impersonating_authority', text: '【社保待遇核查】{person}：经大数据比对，您的养老金存在重复领取嫌疑，已暂停发放。请在24小时内访问 {url} 上传手持身份证照片并绑定常用银行卡，核查通过后恢复发放并补发。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 您好，这里是云州市出入境管理局，您名下的护照被人冒用办理了出境手续，涉嫌一起偷渡案件，现在给您转接公安民警做笔录……您的资金需要配合清查，请把存款转到安全账户，这件事要保密，不要告诉家人。', senders: CALLER },
  { label: 'fraud', type: 'impersonating_authority', text: '【社保卡中心】您的社保卡因未升级第三代芯片将于明日失效，医保将无法报销、养老金将无法到账。请点击 {url} 在线激活（需输入卡号及6位密码）。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'impersonating_authority', text: '【中国证监会投资者保护】您在“鼎盛国际”平台的损失已纳入本次清退赔付名单，赔付金额{amt}元。请于{date}前联系专员{phone}核实身份，并缴纳8%的赔付手续费，逾期视为放弃。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '【12345市民热线】您好，您名下有一笔居住证补贴{amt}元待发放，请添加工作人员微信{phone}办理领取，领取前需先代扣个人所得税20%。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家税务总局稽查局】{person}：您的证券账户股票交易存在偷逃个人所得税行为，应补缴税款及罚款{amt}元。请于今日17点前缴至国库代收账户{acct}，否则将移送公安机关并冻结名下全部账户。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '【不动产登记中心】您名下房产因共有人信息不完整，登记将被注销。请于三个工作日内登录 {url} 补录产权人信息并缴纳登记工本费80元。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'impersonating_authority', text: '【云州市中级人民氵去院】您因证券账户涉嫌参与非法集资已被立案调查，请于今日内联系办案人员{phone}配合资金核查，否则将冻结您名下所有亻言用卡及账户。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}你好，我是云州公安局户政科的，你的户口信息被人拿去办了居住证和银行卡，牵扯到一个洗钱案。你下载“警民通”App {url} 跟我视频，把名下银行卡都登记一下，别跟任何人说。', senders: CALLER, links: INSTALL },
  { label: 'fraud', type: 'impersonating_authority', text: '【出入境管理】您的往来港澳通行证签注因证件信息异常已被注销。请在2小时内通过 {url} 重新提交签注申请并缴纳加急费120元，否则证件作废并列入出境限制名单。', senders: SPOOF, links: PHISHING },
  { label: 'fraud', type: 'impersonating_authority', text: '[08:51] 来电 +00 96110（未接）\n[08:55] 短信：您的养老保险个人账户涉嫌违规冒领，已被公安冻结…\n[09:02] 来电 自称“社保局王科长”：认证没通过，要交清查保证金，先转到“社保监管户”，核实后原路退回\n[09:10] 我：我跟儿子商量一下\n[09:11] 王科长：这是保密案件，不能跟家人说', senders: PASTED },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '两融强平、股票质押违约影响征信？我们有银行内部渠道，可以走“征信异议”一次性删除逾期记录，不成功不收费，先付30%定金。v：{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 你好，这边是{name}征信管理部，我们查到你上学时在一个理财App开过“学生理财贷”，现在国家要求全部注销，不注销会影响你的征信。你先把几个App里的额度借出来，转到我们指定的账户清零，注销完再退给你。', senders: CALLER },
  { label: 'fraud', type: 'fake_credit_repair', text: '你征信花了嘛？莫慌，我们专门做“征信优化”的，网贷查询记录、逾期都能处理，弄完马上能贷款买房。按条收费，一条八百，先给一半，弄好了再给尾款。', senders: CHATTER },
  { label: 'fraud', type: 'fake_credit_repair', text: '【个人信用报告修复中心】您名下的个人养老金账户与证券账户存在“异常关联”记录，已影响您的信用评分。请于{date}前联系{phone}办理信用修复，修复后方可正常领取养老金。', senders: SPAM },
  { label: 'fraud', type: 'fake_credit_repair', text: 'zx黑了也不怕 专业洗白 网贷逾期 xyk逾期 两融违约 统统能消 合作银行内部人员操作 三天出新报告 加v详聊{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_credit_repair', text: '**征信修复 · 官方授权合作机构**\n- ✅ 逾期记录消除\n- ✅ 查询次数清零\n- ✅ 失信被执行人名单移除\n\n> 已为3000+股民、基民恢复贷款资格。咨询：{phone}', senders: SPAM },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '2026马年生肖纪念币预约开始啦！不用去银行排队，我们代预约，一组10枚，每组加收服务费60元。微信转账后发您预约截图，发行后快递到家。', senders: CHATTER },
  { label: 'fraud', type: 'fake_shopping', text: '【直播间专属】国家级工艺投资金条，今日特价每克398元，比银行便宜一百多！请直接转账到主播对公账户{acct}，转账后截图给客服安排发货，不支持平台下单。', senders: SPAM },
  { label: 'fraud', type: 'fake_shopping', text: '护照、港澳通行证加急代办，最快3天出证，本人不用到场！提供身份证照片和一寸照即可，先付代办费880元，出证后快递到家。', senders: SPAM },
  { label: 'fraud', type: 'fake_shopping', text: '断缴社保补缴代办：外地户口、灵活就业都能代缴，保证不断缴，养老医疗一起办。先付半年费用，月底前给您缴上，加v{phone}', senders: SPAM },
  { label: 'fraud', type: 'fake_shopping', text: '【老年大学报名】春季“理财课+周边游”套餐仅需299元，名额已满可付费优先录取，请扫下方收款码付款，付款后拉您进班级群。', senders: SPAM },
  { label: 'fraud', type: 'fake_shopping', text: '哥子，正宗投资金条，银行渠道拿的货，比金店一克便宜六十。你要的话先打一半定金过来，我明天去提货给你寄过来，保证是真的。', senders: CHATTER },
  { label: 'fraud', type: 'fake_shopping', text: 'No time for the exit-entry office? Our agency gets your residence permit renewed within 48 hours. Just transfer RMB 1,200 on WeChat, courier us your passport, and it comes back with the new permit.', senders: CHATTER, en: true },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我换新微信了，旧号被盗了。我们公司员工有打新股的内部额度，我手头差三万缴款，你先转到我同事这张卡{acct}，户名张磊，下周就还你。我在开会，别打电话。', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}您好，我是澄江证券营业部的小周，换了个工作号。今天有一批券商收益凭证额度，年化5.2%，我先帮您锁定了，您把钱转到我这个卡上我给您操作，比App里买方便。', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 小王，我是刘总，这是我私人号。财务今天要给券商交一笔打新保证金，你先从公司账上转二十万到下面这个账户，手续我回来补签，这事别声张。', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶，我是大宝，手机摔坏了用同学的号给你发的。我在学校办护照要交钱，还有签证押金，一共八千，你别跟我爸说，他该骂我了，你先打到我同学卡上哈。', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老哥，我是原来厂里的老周啊，换号了。我闺女在国外要交学费，急着用两万，我那股票被套着卖不出去，你先借我周转一下，下礼拜解套就还你。', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'dd 我是你小姨 手机号换了 帮我个忙 我在医院 zfb限额了 你先转五千到这个yhk {acct} 晚上还你 别打电话 不方便接', senders: CHATTER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[19:02] 周老师（新号）：各位学员，我是周老师，原来的号不用了\n[19:05] 周老师（新号）：下学期理财课教材费每人380，统一转我个人微信\n[19:06] 周老师（新号）：今晚截止，过时不候\n[19:20] 学员刘阿姨：已转', senders: PASTED },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出号出号 v10 全皮 1288 要的dd 走平台太贵 zfb直接转 先款后号', senders: CHATTER },
  { label: 'fraud', type: 'game_trading', text: '爷爷，我在游戏里卖装备赚了两千块，买家说交易平台要先交一千保证金才能提现，我没钱，你帮我转一下嘛，提出来就还你。', senders: VICTIM },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易平台】您出售的账号已被买家购买，因您的收款银行卡信息填写错误，货款已冻结。请联系在线客服{phone}缴纳解冻保证金{amt}元，解冻后与货款一起到账。', senders: SPOOF },
  { label: 'fraud', type: 'game_trading', text: '低价代充！点券五折，充1000只要500。需要你的游戏账号和密码，我登录帮你充，先付款后到账，老客户都知道。', senders: CHATTER },
  { label: 'fraud', type: 'game_trading', text: '兄弟，你那个号我要了，八百。我先在“乐淘手游交易网”下单，你去那个网站登记收款，要先交两百“卖家认证费”，认证了钱才打得到你卡上 {url}', senders: CHATTER, links: PHISHING },
  { label: 'fraud', type: 'game_trading', text: '## 免费领限定皮肤\n- 关注即送\n- 填写游戏账号+密码\n- 输入收到的验证码确认领取\n\n👉 {url}', senders: SPAM, links: PHISHING },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天]\n林姐：陈大哥，你一个人也要照顾好自己呀。\n林姐：我表哥在云州金融资产交易中心做高管，有个内部理财年化18%，我投了五十万。你的退休金放银行太亏了，我教你下载平台，赚了钱咱们一起去旅游❤️', senders: CHATTER },
  { label: 'fraud', type: 'romance', text: 'My dear, I am a US Army doctor on duty overseas. I have a gold trading account but cannot log in from here. Open an account on the platform I send you and deposit first, then we withdraw together and start our future ❤️ {url}', senders: OFFSHORE, links: INSTALL, en: true },
  { label: 'fraud', type: 'romance', text: 'bb 今天是我们认识第30天🥰 我舅舅给的内部盘今天又涨了 你也充一点嘛 就当给我们存结婚基金 zfb转不了就用yhk转到平台 {url}', senders: OFFSHORE, links: INSTALL },
  { label: 'fraud', type: 'romance', text: '大哥，咱俩处了俩月了，我是真心想跟你过日子。就是我那笔理财到期了，提现得交一万多手续费，我这边一时凑不上，你先帮我垫上，提出来我全转给你，咱俩年底就把事儿办了。', senders: CHATTER },
  { label: 'fraud', type: 'romance', text: '[第1天] 她：加错人了，不好意思😊\n[第5天] 她：你也做生意吗？我在香港做金融\n[第12天] 她：老公～我教你买新股，稳的\n[第15天] 她：这个平台是我们内部的，先入金五万试试…', senders: PASTED },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 妹子啊 我跟你说 我在网上认识一个退休的教授 人老好了 天天关心我 他说他在搞那个国债的内部认购 收益比银行高多了 让我把存折里那二十万先转给他 他帮我一块儿买 你说我转不转啊', senders: VICTIM },
  { label: 'fraud', type: 'romance', text: '{"from":"温柔的云","msg":"亲爱的，提现审核就差最后一步了，要交15%保证金，你先帮我垫一下，我们的结婚基金就能出来啦😘","platform":"同城交友"}', senders: CHATTER, hours: [20, 21, 22, 23] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '【收藏品回购】您家里的老版人民币、邮票、纪念币我们高价回购，先寄样品鉴定，鉴定费与保价费共380元，鉴定通过按市场价三倍回收。', senders: SPAM },
  { label: 'fraud', type: 'other', text: '【股民维权联盟】您在“鼎盛国际”等虚拟盘平台的亏损可以追回！我们的律师团队已帮上千股民挽回损失，先交5000元立案服务费，追回后再按20%分成。', senders: SPAM },
  { label: 'fraud', type: 'other', text: '恭喜您在“券商周年庆”抽奖中获得二等奖现金8888元！领奖需先缴纳20%个人偶然所得税，请联系领奖专员{phone}。', senders: SPAM },
  { label: 'fraud', type: 'other', text: '【养老服务中心】凡60岁以上老人，凭身份证即可办理“敬老卡”，每月享受100元消费补贴。办卡需缴纳工本费及激活费共198元，今天上午在小区门口现场办理。', senders: SPAM },
  { label: 'fraud', type: 'other', text: '专业技术团队，可以进虚拟盘后台把你的亏损数据改回来，已经帮很多人出金，不成功不收费，先付技术押金3000。tg联系 @recover_cn', senders: OFFSHORE },
  { label: 'fraud', type: 'other', text: 'Dear beneficiary, your late relative left a dormant investment account of USD 2.3 million with our bank in London. To release the funds you must first pay a transfer tax of USD 3,500.', senders: OFFSHORE, en: true },
  { label: 'fraud', type: 'other', text: '【股民互助基金】为帮助被套股民，本基金开放会员申请，缴纳999元会费即可每月领取“解套补贴”300元，连领三年，名额有限。', senders: SPAM },
  { label: 'fraud', type: 'other', text: '[10:15] 陌生号：您好，您的快递里有一张“证券开户礼”刮刮卡\n[10:16] 我：刮出来是一等奖，平板电脑\n[10:20] 领奖客服：恭喜！领奖需要先付邮费和公证保证金共560元…', senders: PASTED },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '【股吧·华屹科技吧】曝光！本吧ID“老钱炒股”本名钱某某，身份证尾号{tail}，借了{name}的钱拿去炒股，逾期三个月不还。大家看看他天天晒的收益截图，有钱炒股没钱还债！认识他的转告一声。', senders: PASTED },
  { label: 'harassment', text: '【朋友圈】转发扩散：{person}，欠款{amt}元逾期不还，天天在股友群里吹赚了多少，对债务却装聋作哑。请认识他的朋友督促其还款。（附照片三张）', senders: PASTED },
  { label: 'harassment', text: '[抖音视频文案] 这位就是锦湖小区3栋的“股神”老王，借网贷炒股亏了就不还，今天我们上门找他，家里没人开门。@云州同城 评论区认识的告诉他一声 #老赖曝光 #借钱不还', senders: PASTED },
  { label: 'harassment', text: '[快递面单] 收件人：{person}（邻居代收）  物品：催收函\n函件内容：你欠{name}借款{amt}元已逾期，限三日内还清，否则我司将派员上门，并通知你所在小区物业及左邻右舍。', senders: PASTED },
  { label: 'harassment', text: '[外卖订单备注] 送3单元502 {person}：“欠钱不还的人吃得下饭吗？今天还钱，不还明天这份送到你单位前台。”——您的债权方', senders: PASTED, hours: [11, 12, 18, 19] },
  { label: 'harassment', text: '[通话转写] 喂，是云州实验小学三年级二班的班主任吗？你们班有个学生叫王子轩吧，他爸欠我们公司钱好几个月了，电话一直不接。麻烦您跟孩子说一声，让他爸赶紧还钱，不然我们只能去校门口等了。', senders: COLLECTOR },
  { label: 'harassment', text: '{"caller":"智能语音提醒","target":"{person}","attempt":9,"today_total":9,"script":"您的借款已逾期，请立即还款，本提醒将持续拨打直至您接听"}', senders: LENDER },
  { label: 'harassment', text: '[09:01] 未接来电 {hot}\n[09:20] 未接来电 {hot}\n[09:41] 未接来电 {hot}\n[10:05] 未接来电 {hot}\n[10:30] 未接来电 {hot}\n[11:02] 未接来电 {hot}\n[11:40] 未接来电 {hot}\n[12:15] 短信：{sig}您已连续七次未接听，我司将持续拨打直至接通，并同步联系您的紧急联系人。', senders: PASTED },
  { label: 'harassment', text: '{person}，我们查过了，你证券账户里还有华屹科技两千股，市值四万多。明天九点半开盘前全部给我卖掉还款，卖完截图发我。你要是不卖，我们就把你借钱炒股的事发到你们股友群，群主我们已经加上了。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}您好，经核实您名下持有基金资产，请于今日内赎回用于归还逾期欠款{amt}元，赎回到账后请立即还款。', senders: LENDER, hours: NIGHT },
  { label: 'harassment', text: '[业主群] 各位邻居好，我是{name}委托的外访专员。本周六上午我们将到5栋2单元{person}家上门拜访，了解其借款逾期情况。哪位邻居知道他近况的，欢迎私聊我。', senders: COLLECTOR },
  { label: 'harassment', text: '[老年大学书法班群] 打扰各位学员。贵班{person}在我司有一笔借款逾期未还，多次联系未果，麻烦认识的同学转告一下，尽快处理，以免影响个人信用和子女。', senders: COLLECTOR },
  { label: 'harassment', text: '[通话转写] 你好，是澄江证券的周经理吗？你有个客户叫{person}，在我们这儿欠钱没还。你能不能帮忙看一下他账户里还有多少钱，劝他把股票卖了先还我们？你们天天服务他，这个忙应该帮。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}，您的借款已逾期45天，除本息外需另行支付“外访服务费”800元、“律师函制作费”300元，请于{date}前一并还清，否则不予办理结清。', senders: LENDER },
  { label: 'harassment', text: '【证券账户冻结通知书】\n被执行人：{person}\n因你拖欠{name}借款{amt}元，经申请，我中心已启动“证券资产保全”程序，将于三个工作日内冻结你名下证券账户及基金份额。\n云州金融仲裁调解中心（法务部）', senders: COLLECTOR },
  { label: 'harassment', text: '[通话转写] 我是云州市经侦支队的张警官，你借网贷炒股、恶意拖欠，已经涉嫌诈骗了，再不还款我们明天就上你家拘传。现在还来得及，今天把欠{name}的钱在App里还上，这事就不立案了。', senders: COLLECTOR },
  { label: 'harassment', text: '姓{person}的，别以为换了手机号就找不着你。你闺女在哪个学校、几点放学我们门儿清。三天内不还钱，你自个儿掂量。', senders: COLLECTOR },
  { label: 'harassment', text: '你个瓜娃子，借钱的时候喊爹喊妈，还钱的时候装死。炒股亏了是你活该，莫拿这个当借口，今天不还你就等到起，老子天天给你打。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，你不是有股票账户吗，去开个两融融点钱出来先把我们这笔平了，或者下载{other}的App再借一笔，先还上再说，拖下去对你没好处。', senders: COLLECTOR },
  { label: 'harassment', text: '[通话转写] 您好，打扰了，这边是{name}的，您的账单已经逾期六天了，想确认一下您今天能不能处理？……好的，您方便的话现在在App里还一下就行，谢谢。', senders: LENDER, hours: EARLY },
  { label: 'harassment', text: '【第１２次呼叫】您好，这里是{name}智能催收，您今日已有１１次未接听记录，系统将每隔３０分钟自动拨打一次，直至您还款为止。', senders: LENDER },
  { label: 'harassment', text: '{person}您好，您儿子在我司的借款逾期了，联系不上他本人。您做家长的帮他把这笔还了吧，听说您有退休金和理财，先还{amt}元，不然孩子的征信就毁了。', senders: COLLECTOR },
  { label: 'harassment', text: '[股友交流群] @全体成员 各位股友，本群“稳健哥”在我司借钱不还，还天天在群里荐股，大家小心别借钱给他。有他现住址的请私信我。', senders: PASTED },
  { label: 'harassment', text: 'xd 你那笔dk逾期20天了 别装死 wx zfb都把我拉黑了是吧 再不回消息 你通讯录的人我挨个打 你爸妈 你同事 一个都跑不了', senders: COLLECTOR },
  { label: 'harassment', text: '**催 收 公 告**\n\n住户{person}：\n你因借款逾期拒不还款，现张贴本告示，请邻里互相转告。\n① 欠款金额：{amt}元\n② 出借机构：{name}\n③ 限期：{date}前还清\n\n——特此公告（本告示由快递员代为张贴于单元门口）', senders: PASTED },
  { label: 'harassment', text: '【氵去务中心】{person}，你拖欠{name}的借款已进入司氵去程序，{date}将由执行人员上门查封家中财物并冻结你的股票账户，如需撤案请今日在App内还清。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'harassment', text: 'Final warning. You borrowed from {name} and put it all into stocks. If you do not repay by {date}, we will email your employer and post your photo in your building\'s WeChat group.', senders: COLLECTOR, en: true },
  { label: 'harassment', text: '[语音转文字] 我们已经到你小区门口了 保安说你在家 你要是不下来 我们就挨家挨户敲门问 让你邻居都晓得你借钱炒股不还', senders: COLLECTOR, hours: NIGHT },
  { label: 'harassment', text: '[通话转写] 阿姨早，打扰您了，我是{name}的，您儿子电话打不通，您知道他最近在忙什么吗？他在我们这儿的借款已经逾期一个多月了，您方便的话提醒他一下。', senders: LENDER, hours: EARLY },
  { label: 'harassment', text: '还钱。不还今晚就去你家敲门。', senders: COLLECTOR, hours: NIGHT },
  { label: 'harassment', text: '{sig}{person}您好，您的亲友张伟在我司借款逾期30天，欠款{amt}元，请您督促其尽快还款，感谢配合。', senders: LENDER },
];

export const BLIND14B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
