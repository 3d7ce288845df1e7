/**
 * BLIND29 held-out bank, second part: fraud and harassment. Written with blind29.templates.ts by
 * the same independent (thirty-sixth) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: the eleven rules and the harassment rule of blind25b.templates.ts's header,
 * applied in the same order, with these readings for this bank's theme (office workers, brokers,
 * funds, pensions and digital money):
 * (a) A fake boss, 领导, 部门经理, HR, 财务 or colleague on 企业微信, 钉钉, 飞书, a "new" WeChat or a
 *     pasted chat, asking for a transfer, a payment to a "supplier", gift cards or a loan, is
 *     `impersonating_acquaintance` (rule 4), also when the bait is payroll, 报销 or a 年终奖.
 * (b) A fake 税务局 / 个税 "退税专员", 社保局, 医保局, 证监会, 公积金中心 or 外汇局 voice that asks for
 *     money, a card, a code, screen sharing or secrecy is `impersonating_authority` (rule 3) —
 *     except that an offer of CREDIT (公积金信用贷, 社保贷) with an up-front fee is `fake_loan`
 *     (rule 6) even when it names the 公积金中心, because the bait is the loan itself.
 * (c) 信用卡提额, 额度 "激活" and 大额分期 offered for a fee, 验资 or 保证金 are `fake_loan` (rule 6);
 *     "removing" 逾期 or 查询 records before a 房贷 or 公积金 loan is `fake_credit_repair` (rule 7).
 * (d) A fake 券商, 基金 or bank desk about the victim's existing account (两融 or 创业板 permission
 *     "opened by mistake", an 养老金账户 "abnormal", a 会员 auto-renewal, a 航班改签 compensation)
 *     is `fake_customer_service` (rule 8); a fake broker app, 打新 "内部额度", 荐股群, 内幕消息,
 *     数字藏品, USDT or 虚拟币 "量化" that promises a return is `fake_investment` (rule 9).
 * (e) Renting out one's card or account to move money (跑分, USDT 搬砖 that is really laundering)
 *     and fake 猎头 / 背调 / 入职 fees are `other` (rule 11).
 * Harassment here includes a collector who calls or messages the debtor's employer, HR, 领导 or
 * colleagues, posts in a 同事群 or 公司群, threatens to "let the company know" or to get the debtor
 * fired, or sends a fake 律师函 to the office address.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and cheap numbers that scammers rent. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** People (or people posing as people) on their own phones. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Callers posing as a service or a state line. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Official-looking numbers: prefixed short codes and look-alike ports. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Pasted chats (企业微信, 钉钉, WeChat groups), screenshots retold, posts. */
const PASTE: Template['senders'] = ['none'];
/** A victim telling a spouse or a friend, on a phone or pasted. */
const TELLING: Template['senders'] = ['mobile', 'none'];
/** Mixed: a bulk port, a mobile, or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas callers and chat partners. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** A collector (or its agent) on the lender's own channels. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collector's agency on a desk line or a work mobile. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Outside 08:00–22:00. */
const NIGHT = [22, 23, 0, 1, 2, 6, 7];
/** After work. */
const EVENING = [19, 20, 21];
/** Working hours. */
const OFFICE = [9, 10, 11, 14, 15, 16];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];
const SOME_LINK: Template['links'] = ['shortener', 'none', 'random'];
const NEUTRAL_LINK: Template['links'] = ['unknown_legit', 'shortener', 'random'];

const FRAUD: Template[] = [
  // —— impersonating_acquaintance: fake bosses, HR and 财务 on 企业微信 / 钉钉, colleagues ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 小{person}，我是周总，在跟客户开会不方便接电话。合同这边要先付一笔定金给对方，你从公司账户先走{amt}元到这个卡号{acct}，户名我一会儿发你，财务那边我回来再补签字，抓紧。', senders: PASTE, hours: OFFICE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[钉钉私聊] 我是新来的财务总监，这是我的工作号。今天下班前要把一批供应商的尾款结掉，老板刚在群里点了你的名，你把收款码发给我，我把审批单截图给你，你先用个人信用卡垫一下，月底报销连本带补贴一起给。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '王经理您好，我是集团HR部的{person}，我们在统一核对年终奖发放账户。请把您工资卡号、身份证和收到的验证码发我，系统核对完当天就能到账，这个只针对管理岗，暂时不要在部门群里说。', senders: PERSONAL, hours: OFFICE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗？我是你们部门的李总，这是我私人微信，原来那个号被封了。我在外地出差，老婆那边急用钱，你方便先帮我转{amt}元吗？回来当面还你，别跟同事说，影响不好。', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[新建群聊“项目核心组”] 董事长：@出纳 上午十点前给合作方打{amt}元履约保证金，账户信息我私发你。这事走OA来不及，先付款后补单，我在外面签约，电话别打，群里回复收到即可。', senders: PASTE, hours: OFFICE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '兄弟，我老陈啊，以前坐你对面工位那个。我现在手机丢了用朋友的号，人在机场回不去，机票钱差{amt}，你先转我这个支付宝{phone}，落地就还你，千万别打我原来那个号，已经停机了', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '【飞书】{person}你好，我是行政部，公司中秋福利改为发京东E卡，需要每位同事先在这个链接登记领取并支付{amt}元税费，税费随下月工资返还：{url}', senders: MIXED, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 喂小刘啊 我是你们处长 你听得出来吧 我嗓子有点哑 明天上午你到我办公室来一趟 哦对了 我这边有个朋友急着要一笔钱 我不方便出面 你先帮我转一下 我把账号发你短信上', senders: FAKE_LINES, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi, it\'s Michael from the regional office. I\'m stuck in a board meeting and need you to buy six Apple gift cards of 500 each for a client today. Send me the codes by WeChat and keep it between us until the deal is announced. Will reimburse tonight.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你们公司法务部的，老板让我拉你进一个项目保密群，群号发你了。进群后按总经理的指示操作，涉及一笔并购款，严禁外传，今天之内必须完成付款，不然项目要黄。', senders: PERSONAL, hours: OFFICE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 亲，我是你大学室友阿敏呀，换新号啦～我现在在一家投行做，这周有个内部认购名额，要先帮领导垫{amt}，下周连本带利还你一倍，你信不过我吗', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[钉钉] 财务部通知：因银行系统升级，本月工资改由新账户代发，请各位同事点击 {url} 重新绑定工资卡，并填写收到的验证码完成核验，今天18点前未完成的将延迟发薪。', senders: MIXED, links: BAD_LINKS, hours: OFFICE },

  // —— fake_investment: 荐股群, 内幕, fake 券商 apps, 打新, 数字藏品, USDT, 虚拟币 ——
  { label: 'fraud', type: 'fake_investment', text: '【牛市特训营】您已被邀请进入“机构席位交流群”，首席老师每天早盘前免费推送3只涨停预期股，上周胜率92%。加助理微信{phone}即可进群，名额仅剩12个。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '[群聊记录] 助理小雅：各位同学，明天开始我们转到机构专用通道，普通券商App抢不到这批额度。请下载“中科智投”App，用老师给的邀请码注册，入金最低5万，新股中签率百分百，{url}', senders: PASTE, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '老公你别拦我，那个群里的王老师真的准，我跟着买了三次都赚了，这次是机构打新的内部额度，要转二十万到他们平台的对公账户{acct}，三天后上市就能翻倍，我已经转了八万', senders: TELLING, hours: EVENING },
  { label: 'fraud', type: 'fake_investment', text: '内部消息：某科技龙头下周二公告重组，私募已经在建仓。想跟的私聊，跟投需缴纳10%保证金，利润三七分成，亏了全额退。绝对保密，外泄取消资格。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '【国际数字资产】尊敬的用户，USDT量化套利机器人已为您开通体验资格，日收益1.2%-3%，随时可提。下载App：{url} 注册即送50U体验金。', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '[小红书私信] 姐妹你好呀，看你也是互联网大厂的～我是做数字藏品的，平台下周要出一个航天联名款，首发价199，二级市场至少十倍，我可以给你留白名单，先把钱转我帮你抢', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是华鼎资本的投资顾问，您之前在我们这里咨询过基金。现在有一个私募专项，年化18%保本保息，起投20万，只针对白领高净值客户，合同可以快递给您，今天签约额外送2%。', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'fake_investment', text: '你的养老钱放银行太亏了！加入“个人养老金增强计划”，把个人养老金账户的钱转到我们合作的特殊账户，年化12%，还照样抵个税，详询{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '[电话转写] 这边是澄明证券VIP服务部，您是我们筛选出来的优质客户，现在给您开通港股打新绿色通道，不用排队，需要先把资金转到我们的过渡账户验资，验资完账户显示全部资金就可以申购', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_investment', text: '师兄，我在做一个比特币合约跟单，导师一周带我们赚了40%，我截图给你看。平台叫“BitNova”，网址{url}，你先充个一万U试试，亏了我负责', senders: PERSONAL, links: SOME_LINK, hours: EVENING },
  { label: 'fraud', type: 'fake_investment', text: '【数字人民币推广中心】数币理财上线！把数字人民币钱包余额转入“数币增益宝”，每日结息0.6%，央行试点项目，名额有限，点击{url}立即参与', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '群里老师说现在出金要先交20%个人所得税，交了才能把那108万提出来。我手上没那么多，你能不能先借我十万？就一周，提出来马上还你，本金都在里面呢', senders: TELLING },
  { label: 'fraud', type: 'fake_investment', text: '[抖音直播间私信] 感谢关注！本周“涨停密码”内参免费领取，回复“666”进入股票交流群，群内老师实盘操作，只收盈利分成，不赚钱不收费。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '您在我司平台的外汇账户盈利已达到提现门槛，但系统检测到账户存在风险，需补缴30%的风险保证金才能解冻出金，请联系专属客户经理{phone}办理。', senders: BULK_BAD },

  // —— fake_customer_service: fake 券商 / 基金 / bank desks, 会员, 航班改签, 养老金账户 ——
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是证券公司客服中心。系统显示您的账户上周被误开通了融资融券权限，下月起每月会收取{amt}元的两融管理费并上报征信。为帮您关闭，请下载“腾讯会议”共享屏幕，我指导您操作。', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的基金定投协议因扣款银行卡异常已被暂停，未完成的份额将于{date}被强制赎回并扣除20%违约金，请立即点击{url}重新验证银行卡信息。', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '【航旅通知】尊敬的旅客，您预订的{date}航班因机械故障取消，可办理改签或获得300元延误补偿。请联系航司理赔专线{phone}，工作人员将协助您通过手机银行领取补偿。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是某视频平台会员中心的，您去年开通了我们的“商务尊享会员”，今天到期会自动续费每月800元，要取消的话我们这边需要核实一下，您打开支付宝首页备用金，借出来的钱转到我们核验账户，核验完原路退回', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '{name}客服提醒：您的个人养老金资金账户因实名信息过期被系统冻结，资金无法计入税前扣除，请在{date}前通过 {url} 更新身份证影像并完成人脸识别，逾期将无法享受今年的个税抵扣。', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: 'Dear customer, your airline booking for the conference trip has been rescheduled due to weather. To receive your 1,200 RMB rebooking compensation, please call our service desk at {phone} and follow the instructions in your banking app.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递理赔中心的。您上周寄给公司的报销发票原件在分拣中心丢了，我们按快递险赔您三倍运费加{amt}元补偿，您加一下我们理赔专员的QQ，发个链接给您填银行卡号。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【{name}】您的信用卡账单分期利率已调整，系统检测到您有一笔未确认的高息分期，若不取消将多扣{amt}元利息。取消请下载官方服务App：{url}', senders: OFFICIALISH, links: APK_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '[微信聊天] 客服：亲，您在我们店买的那台办公笔记本检测到批次质量问题，给您退全款再补偿200，需要您在支付宝搜“蚂蚁借呗”看下额度，借出来的钱要先打到我们的退款核对账户，系统才能原路退回哦', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '这里是基金公司直销客服，您持有的货币基金因监管要求将于今日清盘，账户资金需要迁移到新的托管账户{acct}，请在下午三点前自行转入，否则份额作废。', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'fake_customer_service', text: '【差旅平台】您公司账户下的酒店订单因重复支付产生退款{amt}元，请点击 {url} 登录并输入银行卡号与验证码领取退款，24小时内未领取退款自动失效。', senders: BULK_BAD, links: BAD_LINKS },

  // —— impersonating_authority: fake 税务, 社保, 证监会, 公检法, 外汇局 ——
  { label: 'fraud', type: 'impersonating_authority', text: '【个人所得税】您2025年度综合所得汇算可退税{amt}元，因银行卡信息不全退税失败，请于{date}前登录 {url} 补录银行卡及验证码，逾期视为放弃。', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 你好，这里是市税务局稽查局，我们发现你在三家公司同时领取工资，涉嫌偷逃个人所得税，要移送公安。现在需要你配合资金核查，把名下存款转到国库监管账户，这件事不要告诉单位。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是人社局社保中心的，您的社保多缴了三年，可以申请退还{amt}元。您加一下我们工作人员的QQ，下载“社保退费”App共享屏幕，我们教您操作退费。', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'impersonating_authority', text: '【证监会投资者保护局】您曾在非法荐股平台受损，现已纳入追损名单，可挽回损失{amt}元。请联系专案专员{phone}，缴纳5%司法保全费后款项原路退回。', senders: BULK_BAD },
  { label: 'fraud', type: 'impersonating_authority', text: '[视频通话转述] 那个穿警服的说我身份证被人拿去开了证券账户洗钱，涉案金额两千多万，给我看了“逮捕令”。我已经赎回了两只基金转过去一半了，他说下午三点前要把剩下的也转进安全账户接受审查，不能跟任何人说，包括你', senders: TELLING },
  { label: 'fraud', type: 'impersonating_authority', text: '国家外汇管理局通知：您名下账户存在USDT非法兑换记录，已被列入外汇违规名单，银行卡将于今日冻结。如需解除请立即致电{phone}，按工作人员指引办理。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是医保局，您的医保卡在外省被人盗刷了一万多，涉嫌骗保，我现在帮您转接公安局刑侦支队，请保持电话畅通，不要挂断，也不要告诉家人。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[钉钉转发] 税务局最新通知：2026年起企业员工须在“电子税务局个人版”重新办理个税信息认证，否则年终奖无法发放。下载地址{url}，认证时需绑定工资卡。', senders: MIXED, links: APK_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，我是经侦大队的李警官，警号0371。你公司的财务被抓了，供述你参与了虚开发票，你现在是嫌疑人。为证明清白，需要你把工资卡和理财里的钱转到清查账户，查清后全额退还。', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '【市住房公积金管理中心】您的公积金账户因单位欠缴被暂停，房贷将受影响。请于{date}前点击{url}补缴差额并核验身份。', senders: OFFICIALISH, links: BAD_LINKS },

  // —— fake_loan: 公积金 / 社保 贷, 白领信用贷, 提额 for a fee ——
  { label: 'fraud', type: 'fake_loan', text: '【白领专享】凭社保或公积金即可申请信用贷，最高50万，年化3.6%，不查征信，当天放款。申请入口：{url} 回T退订', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '您好，您的公积金信用贷30万已审批通过，但银行流水显示您还款能力不足，需要先往您自己名下的贷款账户存入15%的验资金，验资后十分钟放款，验资金随贷款一起退回。', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'fake_loan', text: '[聊天截图] 贷款专员：亲，您填写的银行卡号少了一位，系统已冻结放款资金，需要缴纳{amt}元解冻金才能重新提现，这是银监会规定，不是我们收的哦', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '信用卡额度太低？内部渠道一次提额到10万，适用各大银行，先付1%手续费，提额失败全额退款。加V：{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '{name}：尊敬的客户，您已获得装修分期备用额度{amt}元，激活需缴纳首期保险费，请在{date}前下载App激活：{url}', senders: OFFICIALISH, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 您好，我是消费金融的客户经理，看到您是外企员工，征信很好，给您一个员工专享贷，额度20万，利息比房贷还低。放款前要交一笔保证金证明您有还款意愿，下午就能到账', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '老婆，那个贷款平台说我流水不够，要我再转8000做流水，转完一起放款，我已经交了3000手续费了，你先支援我一下好吗，放款了立马还你', senders: TELLING, hours: EVENING },
  { label: 'fraud', type: 'fake_loan', text: '年终奖还没发？先用我们的“奖金预支”，凭工资条可借3个月年终奖，无需担保，注册即缴99元会员费，秒批：{url}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'fake_loan', text: 'Loan offer for expats and professionals in Shanghai: up to 500,000 RMB, no credit check. A refundable processing deposit of 2% is required before disbursement. WhatsApp {phone}.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_loan', text: '您申请的房贷转经营贷已预审通过，利率2.9%，可置换现有LPR房贷。需先支付过桥垫资服务费{amt}元及评估费，请到我们的合作账户{acct}转账后安排面签。', senders: AGENCY },

  // —— fake_credit_repair: 征信 fixes before 房贷 / 公积金 loans ——
  { label: 'fraud', type: 'fake_credit_repair', text: '房贷被拒？征信有逾期、查询多、网贷多？我们有银行内部关系，专业修复征信，3个工作日消除不良记录，成功后付款，先交资料费{amt}元。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转写] 您好，我是征信中心的，您大学期间开通过一个校园贷账户没注销，现在要按新规注销，不然会影响您的公积金贷款和工作背调。您把几个借款App里能借的钱都借出来，转到我们的清零账户，核销后退还', senders: FAKE_LINES, hours: OFFICE },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信修复】您的个人信用报告存在3条逾期记录，已影响您的贷款和信用卡审批。点击{url}申请“异议处理”，48小时删除记录，官方合作渠道。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，我们是金融服务公司，看到你在网上咨询过逾期问题。你那两笔信用卡逾期我们可以走“银行特批”，从征信上彻底删掉，费用是欠款的两成，签个委托书就行，不影响你评职称和入职。', senders: AGENCY },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微信聊天] 老师：您的征信“查询次数过多”，银行会认为您资金紧张。我这边可以给您做“征信优化”，把硬查询清掉，收费3800，定金先付一半，做完当月就能批房贷。', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '{name}通知：您的借款账户因信息错误被错误上报征信逾期，需要配合我们进行“征信更正”，请开启屏幕共享并按提示把账户资金转入核验户，更正后资金返还。', senders: OFFICIALISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '在职公务员和国企员工注意！网贷记录将影响个人档案和晋升，现可一键注销所有网贷账户并清除征信痕迹，名额有限，联系{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '我同事介绍了一个征信修复的，说能把我那笔分期逾期从报告上删掉，不然下个月公积金贷款批不下来。对方要先收4000“打点费”，我已经转了，今天又说要加2000，说银行那边要走关系', senders: TELLING },

  // —— brushing_rebate: side-gigs for office workers ——
  { label: 'fraud', type: 'brushing_rebate', text: '下班后的副业了解一下：用手机给商家App写好评、点关注，一单3-15元，每天一小时轻松多赚两千。无需押金，感兴趣加导师{phone}领取第一单。', senders: BULK_BAD, hours: EVENING },
  { label: 'fraud', type: 'brushing_rebate', text: '[群聊记录] 接待员：恭喜完成三单基础任务，佣金已返！现在进入“联单任务”，需要连续垫付3笔，第一笔{amt}元，全部完成后本金加30%佣金一起返还，中途退出则系统冻结所有收益。', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '老公我跟你说实话，我下班做那个点赞兼职，前面都返钱了，后来说卡单了，要再充两万才能解冻，我已经充进去四万多了，客服说再充最后一笔就能全部提出来', senders: TELLING, hours: EVENING },
  { label: 'fraud', type: 'brushing_rebate', text: '【招聘】知名电商平台招募线上“数据优化员”，帮店铺提升销量，先拍后返，佣金日结，适合宝妈白领学生，详情{url}', senders: BULK_BAD, links: SOME_LINK },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我们是影视公司宣发部，邀请您参与新片“评分助力”，每给一部电影打五星可得8元，另有“充值返利”任务收益更高，下载{url}领取任务', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '[企业微信外部联系人] 你好，我是你们公司合作的福利平台，现在有员工专属兼职：帮品牌在小红书发笔记、点赞收藏，每篇返20。第一单要你先下单买样品，收货后连本金一起返。', senders: PASTE, hours: OFFICE },
  { label: 'fraud', type: 'brushing_rebate', text: '通勤路上就能赚！关注公众号做“短视频点赞”任务，每个赞0.5元，满10元可提现。高级任务需购买会员卡和垫资，回报率40%。', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job for busy professionals: rate hotels on our partner app, 20-50 USD per task, paid daily. Advanced tasks require a small top-up that is refunded with commission. Add our mentor on Telegram {phone}.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 那个任务群里的派单员说我操作失误了 单子被锁 要我再做三单才能把之前的本金和佣金一起提出来 一单要五千 我已经在找同事借了', senders: TELLING },

  // —— romance: 杀猪盘 for professionals ——
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天] 亲爱的，今天又加班到很晚吧，心疼你。我舅舅在证券公司做高管，他说这个平台的黄金期货最近有漏洞，我自己已经赚了一百多万。我把账号借你试试，你先充五万，跟着我的点位下单就行。', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '宝贝，我在新加坡的项目快结束了，回国就来见你。我的分红在平台上提不出来，需要先交一笔税，你能不能先帮我垫{amt}美金？我回国后加倍还你，这辈子就认定你了。', senders: OVERSEAS, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[相亲认识的男生] 他说他是投行VP，每天早晚问候，聊了两个月，现在让我在一个叫“Coinbit Pro”的App上跟他一起做USDT套利，说是为我们以后的婚房做准备，我已经投了十二万，他说再投二十万就能翻倍', senders: TELLING },
  { label: 'fraud', type: 'romance', text: 'Hi dear, I am a surgeon with the UN mission. I have sent you a parcel with gifts and some cash for our future, but customs in Guangzhou asks for a clearance fee of 8,600 RMB. Please pay it to the agent today, I will repay you when I land.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '老婆，我妈突然住院要做手术，我卡里的钱都在理财里取不出来，你先帮我转两万到医院的账户{acct}，这周五理财到期我马上还你，爱你', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[交友软件] 你好，看你的资料也是做金融的，好有缘。我在香港做基金经理，平时很忙，想找个懂我的人。我们有一个内部的港股通道，最近有个大机会，你愿意一起试试吗？我可以教你。', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '姐姐，我是上次在健身房加你的那个男生呀，我这学期学费和房租都交不上了，你能借我八千吗，我们不是说好下个月见家长的吗，我保证毕业就还你', senders: PERSONAL, hours: [21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '我们在一起三个月了，你还不信我吗？那个数字货币平台是我哥们开的，你提不出来是因为要先交保证金激活大额提现，交完就能出来，我已经帮你垫了一半，剩下的{amt}你自己转一下。', senders: PERSONAL, hours: EVENING },

  // —— fake_shopping: tickets, 考证, second-hand, 代购, cards ——
  { label: 'fraud', type: 'fake_shopping', text: '演唱会内场票原价转让，公司发的福利票去不了，1680一张，不走平台，先付定金500锁票，开演前三天发电子票。微信{phone}', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '【职考学院】PMP、CPA、中级经济师“保过班”，内部渠道提前拿题，不过全额退款！报名费{amt}元，今晚12点截止：{url}', senders: BULK_BAD, links: SOME_LINK, hours: EVENING },
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天] 卖家：这台MacBook Pro是公司年会抽的，全新没拆封，6500出。平台扣手续费太多了，你直接转我支付宝，我顺丰到付给你，放心，我有实名认证的。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '海外代购奢侈品包包，专柜正品，价格是国内的五折，支持验货，先付全款后发货，已有上千位白领姐妹回购，下单链接{url}', senders: BULK_BAD, links: NEUTRAL_LINK },
  { label: 'fraud', type: 'fake_shopping', text: '高端体检卡低价转让！三甲医院VIP体检套餐，原价6800现1200，公司福利多了用不上。今天付款今天激活，名额只剩两张，转账到{acct}', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '我在群里买了两张健身房年卡的转让卡，已经转了3000，卖家现在说要再付500过户费才能把卡转到我名下，不然前面的钱不退。你帮我看看要不要再付？他说今天是最后期限', senders: TELLING },
  { label: 'fraud', type: 'fake_shopping', text: '【商旅优选】国庆特价机票：北京-三亚往返699元，仅限今日，低于官网五折。请拨打订票专线{phone}，确认后支付到指定账户出票。', senders: BULK_BAD },

  // —— game_trading: accounts, skins and 点券 among young professionals ——
  { label: 'fraud', type: 'game_trading', text: '[游戏交易群] 出王者荣耀V10满皮肤号，国服称号，2800出，不走交易平台，走平台要扣20%，先付一半，换绑后付另一半。', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '你好，你在交易平台挂的原神账号有人出价5000，但你的账户信用分不足无法提现，需要先缴纳{amt}元保证金激活提现功能，请点击{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: 'CS2稀有皮肤低价出，蝴蝶刀渐变只要市场价一半，Steam交易有冷却期，先转钱我走礼物赠送，加我QQ聊：{phone}', senders: PERSONAL, hours: [21, 22, 23] },
  { label: 'fraud', type: 'game_trading', text: '[语音转文字] 我在游戏里买了个代练 说三天上王者 先付了六百 结果号被冻结了 代练说要交八百解封费才能继续 不然号就没了', senders: TELLING },
  { label: 'fraud', type: 'game_trading', text: '游戏点券八折充值，官方内部渠道，支持所有手游，量大更优惠，公司团建游戏竞赛专用。先付款后充值，客服微信{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'game_trading', text: 'Selling a maxed Genshin account with all 5-star characters, 1,500 RMB. Don\'t use the marketplace, they freeze funds. Pay by bank transfer first and I\'ll send the login and email.', senders: OVERSEAS, en: true },

  // —— other: 跑分, fake 猎头 / 背调 fees, prizes, charity ——
  { label: 'fraud', type: 'other', text: '【猎头】您好，您的简历已通过某500强公司初筛，年薪60万，入职前需要做第三方背调，背调费{amt}元由候选人承担，入职后报销，请转账至背调机构账户{acct}。', senders: BULK_BAD, hours: OFFICE },
  { label: 'fraud', type: 'other', text: '日赚500-2000！只需提供闲置银行卡和手机，帮我们做USDT搬砖，资金进来你转出去，每笔提成1%，安全合法，不需要任何成本。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '【年会抽奖组委会】恭喜贵部门员工{person}在年度答谢会线上抽奖中获得一等奖（新能源轿车一辆）。领奖前须缴纳12%个人所得税及上牌服务费，请于{date}前转账至组委会账户{acct}，逾期视为自动放弃。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[陌生人私信] 上周跟你视频的那个“女生”是我们的人，你的视频我们都录了，你公司通讯录也拿到了。今晚十二点前转{amt}元到这个账户{acct}，不然视频直接发到你们公司群和你领导手机上。', senders: PERSONAL, hours: [22, 23] },
  { label: 'fraud', type: 'other', text: '远程办公岗，在家即可完成，月薪1.5万。入职需购买公司指定工作电脑及培训资料，费用{amt}元，转正后全额返还，请联系人事专员{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[朋友圈转发] 我的同事家孩子得了白血病，急需手术费，公司已经捐了，大家帮帮忙，捐款请直接转到孩子妈妈的卡上{acct}，截图发我登记，越快越好，谢谢大家', senders: MIXED },
  { label: 'fraud', type: 'other', text: '兄弟，有个活儿帮我一下，我朋友从国外转一笔钱回来，走你的银行卡过一下，进来多少你转到我给的几个账户，给你5%好处费，没风险的', senders: PERSONAL, hours: EVENING },

  // —— a few more with neutral-looking links and none ——
  { label: 'fraud', type: 'fake_shopping', text: '【员工内购会】本季度品牌家电员工价低至三折，仅限在职白领认证购买，付款后15个工作日发货，不支持退款。内购页面：{url}', senders: BULK_BAD, links: NEUTRAL_LINK },
  { label: 'fraud', type: 'fake_investment', text: '私募基金“安心盈”第8期开放认购，起投10万，业绩基准年化15%，签约即送体检卡，合同、托管协议均可线上查看：{url} 咨询理财顾问{phone}', senders: BULK_BAD, links: NEUTRAL_LINK },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是某某航空的客服，您{date}的航班取消了，改签需要退您差价，这边需要您提供一下银行卡号和收到的验证码，我给您直接打到卡上，您现在方便看短信吗', senders: FAKE_LINES },
];
const HARASSMENT: Template[] = [
  // —— collectors at the office: employer, HR, 领导, colleagues, 同事群; night; fake legal papers ——
  { label: 'harassment', text: '你好，是{person}的领导吗？他在我们平台借的钱已经逾期三个月了，欠款{amt}元，人一直联系不上。麻烦你们公司督促他还款，不然我们只能把材料寄到你们公司人事部，对公司影响也不好。', senders: AGENCY },
  { label: 'harassment', text: '[公司大群] 各位同事，{person}在我司借款逾期不还，身份证和借款合同照片附后。请大家转告他尽快处理，否则明天我们直接上门到公司前台找他。', senders: PASTE },
  { label: 'harassment', text: '{name}：您的借款已逾期，我方已掌握您的工作单位信息，如今日18点前仍未还款，将派外访人员到您公司当面与您及您的人事部门沟通。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '你不还钱是吧？你们公司HR的电话我已经打过了，下一步我就打给你们老板，再给你们公司每个人发短信，看你在公司还怎么待下去。', senders: AGENCY },
  { label: 'harassment', text: '[来电转写] 喂，你是{person}的同事吧？对，我们是做贷后的，他欠了我们钱不接电话，你跟他在一个办公室是吧？你帮他先垫一下也行，不然我们天天打你们公司座机。', senders: AGENCY, hours: OFFICE },
  { label: 'harassment', text: '凌晨打扰了，但你再不还款，明早九点我们就把你的逾期情况发到你们公司的邮箱和钉钉上。现在还来得及，{amt}元今晚还清。', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '{sig}您在我司的借款严重逾期，已启动“单位协查”程序，将向您的工作单位发送协助催收函，并告知您的直属领导。请立即还款。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '【律师函】致{person}：你拖欠的借款本息已移交我所处理，本律师函同时抄送你单位人力资源部。三日内未结清，我所将向法院起诉并申请到你单位强制扣划工资。（xx律师事务所）', senders: AGENCY },
  { label: 'harassment', text: '你们公司前台说你今天在，我们的人就在楼下等着。你下来把钱还了，不然我们上去当着你同事的面聊，到时候丢脸的是你。', senders: AGENCY, hours: OFFICE },
  { label: 'harassment', text: '我们是法院执行局的，你的网贷欠款已被立案，明天我们会联系你们单位冻结工资卡并张贴执行公告。要撤案就马上在借款App里把欠款还上，你自己想清楚。', senders: FAKE_LINES },
  { label: 'harassment', text: '您的欠款逾期已产生催收服务费{amt}元、上门差旅费800元，这些费用需要和本金一起结清，否则不能办理结清证明。', senders: AGENCY },
  { label: 'harassment', text: '实在还不上可以找我们的合作平台再借一笔把这边平了，我把链接发你，借出来马上还，不然我们就要通知你单位了：{url}', senders: AGENCY, links: SOME_LINK },
  { label: 'harassment', text: '[语音转文字] 你个老赖 天天装死 穿得人模狗样坐写字楼 欠钱不还 信不信我把你照片P成通缉令发你们公司大群', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '十一点半了你还装睡？今晚我已经打了你十几个电话，再不接明天就让你在公司待不下去，你们部门经理的手机号我已经查到了。', senders: AGENCY, hours: [23, 0] },
  { label: 'harassment', text: '{person}您好，这是第九次拨打您的电话未接通。您在{name}的账单已逾期{date}天，我们将持续拨打直至您接听，并同步联系您填写的单位电话。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '你好，我找你们公司人事。你们员工{person}在我们这里欠款，我们需要他的入职档案和家庭住址，你们不配合的话我们就去劳动局说你们包庇。', senders: AGENCY, hours: OFFICE },
  { label: 'harassment', text: '我们已经给你公司的十几个同事打了电话，他们现在都知道你欠钱不还。要想这事不再扩大，今天下午三点前必须还清。', senders: AGENCY },
  { label: 'harassment', text: '早上六点：你老婆单位和你单位我们都知道在哪，你要是再拖，就别怪我们去两边都闹一闹，大家都别想好好上班。', senders: AGENCY, hours: [6, 7] },
  { label: 'harassment', text: '【催收通知】您好，您的逾期信息将于今日在您所在公司园区的电子屏和物业群进行公示，如需撤销公示请立即还款。', senders: ['unknown_port', 'virtual'] },
  { label: 'harassment', text: '[企业微信外部消息] 你好，我是{name}贷后部的，加你是因为你是{person}的同事。麻烦转告他，他拖欠的{amt}元再不处理，我们会给你们部门每个人都发一遍。', senders: PASTE },
  { label: 'harassment', text: 'This is a final notice regarding your overdue loan. We have your employer\'s HR contact and your manager\'s email. If payment is not made by tonight, we will inform them of your debt and your unreliability.', senders: AGENCY, en: true, hours: NIGHT },
  { label: 'harassment', text: '你不是在银行上班吗？金融行业的人欠钱不还，我们会向你们单位纪检举报，还会写信给你们行长，你这工作还想不想要了？', senders: AGENCY },
  { label: 'harassment', text: '{sig}尊敬的客户，您已逾期。我司将依法委托第三方律所上门，并就您的欠款情况与您的单位、同事及通讯录联系人逐一核实。', senders: COLLECTOR_OWN, hours: [7, 22, 23] },
  { label: 'harassment', text: '[来电转写] 我是派出所的，你涉嫌恶意拖欠网贷，已经构成诈骗，现在给你最后机会，马上把欠的钱还到平台，不然明天我们到你单位带人。', senders: AGENCY },
  { label: 'harassment', text: '同事们好，我是{person}的债主，他借了我们公司的钱玩消失，谁能提供他的下落或者让他联系我，重谢。他的借条照片我发群里了大家看看。', senders: PASTE, hours: [8, 12, 21] },
  { label: 'harassment', text: '你跑不掉的。你的逾期记录我们已经打印好寄到你们公司了，收件人写的是你们总经理，明天一早你就知道了。', senders: AGENCY, hours: [2, 3] },
];

export const BLIND29B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
