/**
 * BLIND17 held-out bank, second part: fraud and harassment. Written with blind17.templates.ts by
 * the same independent (twenty-fourth) author in session 8 (later that day), 2026-12-02; see that
 * file for who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER
 * be tuned on this bank.
 *
 * Labelling rules used here. A victim's own account of a scam, and a forwarded "is this real?"
 * that quotes a scam's demand (pay, share the screen, open a link, give a code), are labelled by
 * the scam; a warning written by a relative, a school, the police or a platform, and a question
 * about a genuine notice, are normal (blind17.templates.ts). Subscriptions: anyone posing as a
 * platform's, app store's, carrier's or lender's own customer service or system notice — "误开会员
 * / 百万保障 will charge monthly and hit your 征信", a 短剧 or livestream refund desk, an app-store
 * "退款专员" with screen sharing, a fake renewal or quota notice, a carrier 积分兑换 link, a fake
 * ticket thread — is `fake_customer_service`. A fake 网警, 网信办, 市场监管局, 版权局, 工信部 or court
 * about an account, a 网盘 or a number (no lender's debt behind it) is `impersonating_authority`.
 * "Delete a 征信 record", "注销 an old membership-instalment account or your credit suffers" and
 * paid "信用修复" are `fake_credit_repair`. A loan offer that needs a 会员费, 激活费 or 解冻金 first is
 * `fake_loan`. Putting money into 短剧 shares, AI 算力, "云手机矿机", 数字藏品 or a trading bot for a
 * promised return is `fake_investment`. Paid tasks (追剧 reviews, 打榜 plays, app-store ratings,
 * 数据标注 "jobs", livestream likes) that move on to 垫付 and 返利 are `brushing_rebate`. Buying
 * something that is never delivered or is not what it claims — cheap memberships, shared accounts,
 * cracked apps, an "AI 副业" course sold with a 代理费 or a final "授权费" — is `fake_shopping` (a
 * course that then leads into a stock-tips group is `fake_investment`). A fake relative, friend,
 * teammate, boss or colleague on a new number or account is `impersonating_acquaintance`, also
 * when they ask for a code. Game accounts, items, 代充, skins, unbanning, and a 小程序 game's
 * "提现" that needs a 解冻金 are `game_trading`. A lover, streamer, 陪玩 or match who asks for money
 * for love or leads to investing is `romance`. 裸聊 / AI face-swap extortion, ransomware on a
 * 网盘, leaked-data extortion, fake prizes and fake charity are `other`. Harassment: anything sent
 * to collect a lender's overdue debt that breaks the collection rules — even from the lender's
 * own port or hotline, even when polite, even when it borrows a court's or lawyer's voice — is
 * harassment: contact 22:00–08:00, more than six calls a day, telling or pressing a third party
 * (relatives, colleagues, employer, a course or game group), public disclosure (comments, 弹幕,
 * reviews, shared folders and albums, 助力 links), 1-分 transfers, 红包 or 话费 top-ups carrying a
 * debt note, extra fees, pushing a new loan, fake legal documents, threats and insults. A
 * relative's or debtor's report that quotes such conduct is labelled harassment too.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 6, 7];
/** "You only answer at night." */
const HALF_TEN = [22, 23];
/** Screenshots, chats, pop-ups, comment threads and retold stories: pasted, no sender. */
const PASTE: Template['senders'] = ['none'];
/** Strangers' phones, or chats forwarded from them. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** The victim (or a relative) writing in their own words. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited ads and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile', 'none'];
/** SMS dressed up as a platform's, carrier's or institution's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** Lovers, hackers and extortionists abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat or a post. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A registered institution's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A lender's own line or its agency's phones. */
const AGENCY: Template['senders'] = ['official_hotline', 'mobile', 'unknown_landline'];
/** A platform's, bank's or carrier's bulk port carrying the collector's words. */
const CARRIED: Template['senders'] = ['unknown_port', 'none'];

const FRAUD: Template[] = [
  // ── fake_customer_service: 误开会员, refunds, app stores, renewals, 积分 ──
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，这边是桔子短剧平台客服专员，工号 0{tail}。后台显示您上个月领了“新人免费会员”，今天试用到期，系统会按每月{amt}元从您绑定的银行卡和借款 App 里扣，还会上报征信。我现在帮您人工关闭，您先打开手机设置里的“屏幕共享”……', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【桔子短剧】尊敬的用户，因系统故障您被重复扣除会员费 3 次，请于 24 小时内点击 {url} 填写银行卡号及验证码申请三倍赔付，逾期视为自动放弃。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是苹果应用商店的退款专员。您在 App Store 误订阅的“云手机尊享版”每月扣 688，现在可以走绿色通道全额退。您下载一个“会议”App，输入会议号我给您共享屏幕，一步步教您操作；退款前要先验证您银行卡的流水，卡里需要有一笔和扣费等额的钱。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hi，长河视频 SVIP（年费档）将在 2 小时后扣费 ¥688.00。Not you？年费档 App 内无法取消，请直接致电专属客服 {phone} 办理撤销。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【方舟云盘】您的空间已严重超限，3 日后将清空全部照片和文件。点击 {url} 完成会员身份认证即可领取 500G 永久扩容，认证需绑定银行卡。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '工单号：GD2025{code}\n【系统】您的退款工单已转交二线\n[客服-小艺] 您好，您的重复扣费退款因“支付通道冻结”无法原路退回，请添加退款专员 QQ {phone}，提供到账卡号和收到的短信验证码，我们为您人工打款。', senders: STRANGER },
  { label: 'fraud', type: 'fake_customer_service', text: '【云海移动】尊敬的客户，您的 2980 积分今日 24 点清零，可兑换 288 元现金红包或话费，点击 {url} 登录领取（需验证银行卡完成到账）。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是萤火直播未成年人退款中心的，看到您提交了孩子打赏的退款申请。为了给您加急，需要您先往“退款验证账户”{acct}转一笔和打赏等额的钱做流水验证，验证通过后两笔一起退给您。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【灵犀AI】您的 Pro 会员自动续费失败，账户将于今晚 24 点注销，全部对话记录和作品将被清空。请立即在 {url} 重新绑定支付方式。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: 'Apple: your subscription "CloudPhone Pro" (CNY 698/yr) renews today. If you did not authorise it, call billing support at {phone} within 2 hours to cancel and receive a full refund.', senders: FAKE_PORT, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您在{app}开通的“会员加速包”属于误开通，每月自动扣费并计入征信负债。请联系注销专员{phone}办理，注销时需配合完成“额度清零”验证。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，上个月在长河视频开过会员对吧？我们系统升级，老用户有一笔费用返还，您加一下我的企业微信，我帮您登记，两分钟就好。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '[截图：短信“您的百万医疗保障试用期已满，将按月扣费 598 元并同步征信，退订请联系{phone}”]\n我打过去了，对面让我下个 App 开屏幕共享，说要把借款 App 里的额度“清零”才能退订，这是真的吗？', senders: OWN_WORDS },
  // ── impersonating_authority: 网警, 网信办, 工信部, 市场监管, 版权局, courts ──
  { label: 'fraud', type: 'impersonating_authority', text: '【网警提示】您的方舟云盘账号存储的文件涉嫌传播违法内容，已被纳入网络安全审查。请于今日内联系网安专员{phone}配合核查，逾期将冻结账户并依法追究法律责任。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电] 我是江城市公安局网安支队的民警，警号 0{tail}。你云盘里有涉黄视频的分享链接，已经被三千多人下载，涉嫌传播淫秽物品罪。现在给你做线上笔录，你先下载“公安网安”App，案件保密，不准告诉家人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【网信办】您的短视频账号因发布违规短剧片段被记入不良信用，将同步至个人征信。请于 48 小时内登录 {url} 缴纳罚款并签署整改承诺书。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '工信部通知：您名下号码涉嫌开通违规增值业务、发送诈骗短信，两小时后将被停机。如有疑问请按 9 转人工处理。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监督管理局】经查，您被违规扣取的视频会员费已责令商家退还。请添加“消费者退费专员”{phone}，按指引在手机银行完成“退费确认”操作。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是国家版权局执法处。您的网盘存有大量盗版短剧并对外分享，权利人已准备起诉。现在可以调解：缴纳赔偿保证金{amt}元至指定账户{acct}，即可免于起诉。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[电子送达] 您因视频会员服务合同纠纷被起诉，案号（2025）民初{code}号，传票请查看 {url}，需登录并验证身份后方可阅读。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: 'Cyber Police Unit: your cloud-drive account has been flagged for illegal content, case no. CP-{code}. Call {phone} today to avoid account freezing and criminal charges. Do not discuss this case with anyone.', senders: OVERSEAS, en: true },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '你大学时在{app}开的“先享后付”会员一直没关，现在显示逾期，已经影响征信了。我们是征信中心的合作机构，能帮你把这条记录消掉，需要你先把 App 里的额度借出来，转到“清零账户”。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用修复】会员扣费逾期、先用后付欠款上了征信？内部渠道 3-7 个工作日删除不良记录，先付 30% 定金，不成功全退。咨询 {phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '灵犀征信 AI 修复助手：上传你的征信报告，AI 一键生成异议申诉，7 天保证洗白，单次服务 699 元，下载 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '看到你在白鸽投诉上投诉会员乱扣费了。我们专门帮人处理这类事：你的征信上其实已经挂了这个平台的一条记录，我们能撤掉，也能帮你把钱要回来，按结果收费，先交个 200 块建档费就行。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}消保中心的，您名下有一个学生时期开通的视频会员分期账户没有注销，按新规必须注销，不然影响征信。需要您把手机上几个平台的借款额度都点出来验证一下，验证完马上退回。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Credit Fix Pro: late subscription charges hurting your credit score? We remove negative records from the central credit database in 5 days. Pay the CNY 299 file fee at {url} to start.', senders: BLAST, links: ODD, en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用服务中心】您的“小程序免密支付”账单逾期记录已生成，今晚将上报央行征信。点击 {url} 申请一次性信用修复，仅需 9.9 元认证费。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写 · 约 6 分钟]\n对方：您好，我这边是“个人信用信息服务平台”的，工号 {tail}。您前几年用手机号开过很多会员：视频、网盘、云手机，里面有几个是“先用后付”，一直没结清，系统已经判定为恶意欠费。\n我：我都关了啊？\n对方：关会员不等于结清。明天系统统一上报，您以后房贷车贷都批不了。我现在给您开“一次性结清通道”，您把各个借款 App 的额度借出来，转到我们的“信用核验账户”，核验完 24 小时内原路退回，记录也同步删除。\n我：要转多少？\n对方：按您的额度来，先转{amt}，过程中不要接听其他电话，也不要跟家人说，会影响核验。', senders: DIALER },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【速享借】恭喜！您的 50000 元额度已审批，开通“极速放款会员”（199 元）即可秒到账，未放款全额退会员费。{url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '【资源分享】不查征信 · 不看负债 · 秒批 5 万，安装包已上传网盘，提取码 {code}：{url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '你好，我是{name}的客户经理，看你之前是我们的会员，现在有个老客户回馈额度，利息很低。开通一个 198 的“额度会员”就能看到额度，会员费下款后从第一期里抵，你加我微信我帮你走流程。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '灵犀 AI 智能贷：AI 秒审，不看征信，最高 20 万。提交申请后需购买“AI 风控评估报告”39 元，报告通过率 99%，通过即放款。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: 'Instant loan approved: CNY 30,000 to your wallet in 5 minutes. Activate your VIP Loan Membership (CNY 299) first; it is refunded with your first repayment. Download: {url}', senders: BLAST, links: DOWNLOAD, en: true },
  { label: 'fraud', type: 'fake_loan', text: '[截图：借款 App“审核中”页面，红字“银行卡信息异常，资金已冻结”]\n客服让我交 3000 解冻，说交了马上放款，我已经交过两次会员费了，这是不是骗子啊', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '【话费贷】凭手机号就能借，话费信用分满 600 可借 2 万。先充值 200 元话费“激活信用额度”，额度 10 分钟内到账。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '贷款审核需要您用我们提供的“云手机”登录，防止您手机里的病毒影响放款。云手机按天租，38 元一天，租完我把登录码发您，放款后租金一并退还。', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '短剧投资招募：《闪婚总裁》第二季，单集 500 元起投，按平台充值流水分成，上线 7 天回本，预计年化 300%。已有 800+ 投资人，剩余 20 份，进群看后台实时数据 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '灵犀算力宝：租一台 H100 算力节点，每天收益 1.2%，随存随取，AI 时代的“数字房租”。新用户首投 1000 送 200 体验金。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '“云手机矿机”一台 1880，24 小时自动挂机跑广告，每天收益 68 元，一个月回本；买 10 台送 1 台，团队长每月还有分红。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '[微信] 王哥：我最近跟了一个短剧版权的项目，平台有大厂背景，每个月按播放量分钱，上个月我分了四千多。你要不要也投一点？一份两千起，我把对接人推给你。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: 'AI Quant Club: our GPT-powered trading bot returns 3–5% a day. Connect your wallet via OAuth, deposit USDT and withdraw any time. Limited beta seats left.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_investment', text: '短剧数字藏品首发：持有《重生之我在南洋当首富》主角卡，享全剧充值流水 0.5% 分红，明日开盘 9.9 元，预计翻 10 倍，限量 3000 张。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '【知行财商】跟着 AI 老师学“短视频 + 理财”，结课后带你进实盘群，老师每天推 3 只 AI 概念股，跟着买不赚退学费。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '我在那个“AI 数字人分红”平台投了两万，前面每天都有收益能提，上周突然说要交 20% 的“税费”才能提现，客服还让我再充一笔“激活资金”……', senders: OWN_WORDS },
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【追剧赚钱】在家刷短剧就能赚钱！每看完一部写好评截图返 8 元，日结。进阶“剧场冲榜任务”需先充值会员单，返本金 + 30% 佣金。带教 {phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '鲸歌音乐打榜兼职：用你自己的账号每天循环播放指定歌曲 100 次，截图结算 15 元。想多赚可以做“冲榜单”，先用自己的钱买数字专辑，平台返 1.5 倍。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '应用商店五星好评员：下载指定 App 写一条好评截图，每条 5 元。第 4 单起为“组合单”，需先垫付会员费，三单一起返还，完成后统一提现。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '居家 AI 数据标注员，每天标 200 张图赚 150。入职要买“标注工具授权”299 元，培训结束返还；第一周还能领“垫付任务单”，垫得越多奖金越高。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '@task_bot：今日任务 #17 进入萤火直播间点赞 + 关注，截图发我结算 3 元。\n任务 #18 为“福利单”：充值 198 元给指定主播打赏，系统返还 258 元。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '姐妹在吗？我们在做新 App 体验，你帮忙在应用商店写一句评价，我给你发个小红包～ 做完还有别的小活动，每天都能领', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '[截图：任务群，“导师”：第三单是联单，需一次性完成 3 笔充值才能结算]\n我已经垫了 4800，他说再充 2000 就全部返还，要不要继续……', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '网盘拉新日结：帮方舟云盘推新用户，每开通一个会员奖励 20 元。推广后台需先“充值激活”1000 元押单，满 20 单押单连同奖励一起提现。', senders: BLAST },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '长河视频年卡 官方渠道内部价 38 元一年（原价 258），全网最低，付款后发激活码。只收微信转账，不走平台，走平台会被查。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【AI 副业训练营】0 基础用 AI 做短剧解说，一部手机月入过万！报名费 1980 元含“全网分发代理权”，学不会全额退，名额仅剩 7 个 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_shopping', text: '灵犀 AI Pro 共享号，一个月 15，24 小时不限量。扫我个人收款码付款，付完还要交 50 元“防封押金”，用满一个月退。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '飞梭云游戏 无限时长永久卡 ¥68（官方 ¥399/季），数量有限。付款后人工充到你账号，需要你提供登录手机号和验证码。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '全网 VIP 破解版合集：长河、桔子、鲸歌全解锁，一次付费终身免费。安装包 {url}，付 29.9 元后发解压密码。', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_shopping', text: '你之前在我们这报的“AI 绘画商用课”还有最后一节“商用授权课”没解锁，需要补交 899 元授权费才能拿结业证书和接单资格，不补的话前面的课不算数。', senders: DIALER },
  { label: 'fraud', type: 'fake_shopping', text: 'All-in-one streaming bundle: video + music + 2 TB cloud, lifetime, only CNY 49 one-time. Pay through the QR code, login details sent within 24 h. No refunds.', senders: BLAST, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '[截图：二手平台聊天，卖家：“云手机年卡 99，拍下后别确认收货，我私下发你账号”]\n我付了之后他就把我拉黑了，平台那边显示已发货……', senders: OWN_WORDS },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你表哥，换号了。公司买了个 AI 软件的年费要对公付款，公司卡今天限额，你先帮我转{amt}到这个账户{acct}，晚上就还你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信 · 新好友] 我是{person}，这个号临时用。客户那边要几张视频会员年卡当礼品，你先在应用商店买 10 张充值卡，卡密拍给我，回头走报销。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'hey it\'s Kevin from IT (new number). We are moving everyone\'s SSO to the new OAuth provider tonight. I just triggered a 6-digit code to your phone — reply with it so I can bind your account, otherwise you will be locked out tomorrow.', senders: STRANGER, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机掉水里了，这是同学的号。我报了个考研网课今天截止交钱，你把钱转给这个老师{acct}，晚点我用自己手机跟你说。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗在吗，我网盘登不上了，用你手机号做一下辅助验证，等下你收到一个验证码发我就行，急用！！', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '（游戏好友私信）哥，我是跟你开黑的阿凯，换小号了。我这边充值卡在“待支付”，你帮我扫这个码付 68，等下微信还你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 小刘啊，我张总，在开会不方便接电话。财务那边要续一下公司的云服务器，你先垫一下，转到我发你的这个对公账户，转完截图给我。', senders: STRANGER },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[小程序弹窗] 糖果星球：恭喜！您的金币已可提现 ¥1288.00\n⚠ 提现账户存在风险，已临时冻结\n缴纳解冻金 ¥64.40 完成激活，5 分钟内到账\n[立即激活] {url}', senders: PASTE, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '出一个满级号，全皮肤，1200 出。走平台要被扣手续费，直接转我微信，转完给你换绑手机。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '手游 / 云游戏低价代充，648 档只要 288，官方渠道。充值需要你的账号密码和验证码，10 分钟到账。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '（交易平台客服）您购买的账号因您的银行卡未认证，交易已被冻结，需要支付与订单等额的保证金{amt}元激活交易账户，交易完成后原路退还。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '【周年庆】限定皮肤免费领！扫码登录游戏账号即可领取，仅限今日：{url}', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '你的游戏号被封了对吧？我是游戏公司内部的，能帮你解封，解封费 300，先付一半，解完再付另一半。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: 'Selling a Candy Planet account with 12,000 diamonds, cheap. Pay with store gift cards only: send the card codes first and I\'ll change the bound phone to yours.', senders: OVERSEAS, en: true },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[陪玩 App 私信] 小哥哥，跟你连麦这一周我真的好开心。我姐在做一个 AI 短剧分红平台，我自己也投了，你要不要跟我一起？等赚够了我就去你的城市见你～', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '萤火直播的“小鹿”加了我微信，说喜欢我，每天聊到半夜。这周她说 PK 要输了会被公司罚款，让我先转她五千帮她打榜，说下播就还我……', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: 'Hi dear, it\'s Dr. Lin, the engineer on the oil platform. Our chats are the best part of my day. My salary sits in a cloud account that stays locked until I pay a release fee — could you help with 800 dollars in gift cards? I will repay you double when I land.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '游戏里认识的“老婆”说她家里出事了，急需 3000 块手术费，让我先转给她，说我们在游戏里结过婚就是一家人，等她好了就来见我。', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '认识你这一个月，我已经习惯每天晚上跟你语音了。你不是说想学理财吗？我表哥就是做这个的，周末让他带带你，先小额试试，赚了算你的，亏了算我的。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '【心遇】红娘：您匹配到的女嘉宾对您很满意，但她要求男方是“钻石会员”才能继续联系，会员费 6999，她说见面后一起 AA。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '宝宝，我的手机银行被冻结了，房东今天催房租，你先帮我在这个小程序里付一下 2600，等解冻了我连本带利转你，爱你🥺', senders: STRANGER },
  // ── other: extortion, ransomware, prizes, charity, gambling ──
  { label: 'fraud', type: 'other', text: '你的视频我已经用 AI 合成好了，你通讯录里的人我都导出来了。给你 30 分钟，转 5000 到这个账户{acct}，不然就发给你家人和同事。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: 'Your cloud-drive files have been encrypted. Send 0.05 BTC to the wallet below within 48 hours to receive the decryption key. After that the key is destroyed and your photos are gone.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'other', text: '恭喜您在鲸歌音乐十周年活动中获得二等奖：手机一部 + 年卡会员。请先缴纳 ¥199 个人所得税及运费，领奖链接 {url}', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'other', text: '飞梭云游戏“棋牌专区”我玩了一个月，上周赢了两万多，结果提不出来，客服说我流水不够，要再充 30% 的“流水保证金”才能提现。', senders: OWN_WORDS },
  { label: 'fraud', type: 'other', text: 'We found your company\'s leaked API keys and customer database on a dark-web forum. Pay 2,000 USDT within 72 hours and we delete them; otherwise they go public and we report you to the regulator.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'other', text: '短剧演员小雨确诊白血病，剧组发起爱心接力！扫码捐款即可获得签名照，所有善款直接转入小雨妈妈个人账户{acct}，请转发给更多好心人🙏', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【AI 查询】手机号定位、通话记录、网盘内容都能查，24 小时出结果。先付 300 定金，查不到不退，已有上千客户好评。', senders: BLAST },
];

const HARASSMENT: Template[] = [
  // ── 1-分 transfers, 红包 and 话费 top-ups with a debt note ──
  { label: 'harassment', text: '[截图：微信转账 ¥0.01 ×8，转账备注“王建欠款3万不还 老赖全家不得好死”]\n这是第 8 笔了，全转到我妈的微信上，我妈根本不认识这些人。', senders: OWN_WORDS },
  { label: 'harassment', text: '{sig}您尾号{tail}的账户收到转账0.01元，附言：还钱，否则明天去你单位。', senders: OWN_PORT },
  { label: 'harassment', text: '【云海移动】您的号码成功充值话费 1.00 元，充值方留言：“你儿子{person}欠{amt}元逾期不还，请家属督促”。', senders: CARRIED },
  { label: 'harassment', text: '我妈说她手机又被人充了 1 块话费，短信里带一句“您儿子借款逾期，请家属督促还款”，这个月第五次了，她都吓得睡不着。', senders: OWN_WORDS },
  { label: 'harassment', text: '[微信红包 ¥0.01] 封面文字：“陈浩，欠债还钱天经地义，今晚不还明天就去你家”', senders: HOUND, hours: LATE },
  // ── shared folders, albums, comments, reviews, 弹幕, 助力 links ──
  { label: 'harassment', text: '【方舟云盘】用户“贷后-老陈”向您共享了文件夹“李某欠款3.2万·全家资料”，含身份证照片、通讯录截图等 17 个文件。[查看] [拒绝]', senders: PASTE },
  { label: 'harassment', text: '[共享相册邀请] “{person}的老赖档案”已将你添加为成员，相册内 42 张照片。邀请者留言：看看你同事借钱不还的样子。', senders: PASTE },
  { label: 'harassment', text: '[评论区截图] @小雨的日常 新作品下：“博主借{name}的钱三个月不还，还有脸拍视频？@她同事 @她老公 大家认清她”——同一个号在我每条视频下都刷了一遍。', senders: PASTE },
  { label: 'harassment', text: '【帮忙助力】你的好友王丽参加了“还款互助”，她已逾期{amt}元无力偿还，点击 {url} 为她助力还款，转发越多她减免越多。', senders: HOUND, links: ODD },
  { label: 'harassment', text: '[应用评论 ★☆☆☆☆] 用户“正义贷后”：这个 App 的开发者张某某（手机 138****2217）在我们平台借款逾期 90 天不还，看到的人请转告他赶紧还钱！', senders: PASTE },
  { label: 'harassment', text: '[直播间弹幕] “主播欠钱不还” ×30（同一账号“催收007”刷屏）\n[弹幕] “她欠{name}一万二，家住江城南门小区”\n主播：各位家人别理他……', senders: PASTE, hours: LATE },
  // ── game friend list, guild, course group ──
  { label: 'harassment', text: '[游戏好友消息] 陌生玩家“还钱啊”：你是赵磊吧？欠的钱今天不还，我就把你游戏名和欠款截图发到世界频道，让你战队都知道。', senders: PASTE },
  { label: 'harassment', text: '[公会频道] 会长你好，你们公会的“夜猫子”（赵某）欠我们平台的钱不还，麻烦转告他，不然我们每天来这里刷屏。', senders: PASTE },
  { label: 'harassment', text: '[知行课堂 · 学员群] 新成员“助学顾问”：请问群里有认识学员周某的吗？她在{name}有一笔逾期，麻烦大家转告她尽快联系我，谢谢～', senders: PASTE },
  // ── the lender's own channels against the rules: night, call cap, third parties, fees ──
  { label: 'harassment', text: '[通话转写 22:30] 喂，{person}是吧？我是{name}贷后的。白天打你不接，那就只能晚上打了，你不是只有晚上才接电话吗？明天中午前把{amt}还上。', senders: AGENCY, hours: HALF_TEN },
  { label: 'harassment', text: '[通话记录 · 今天] 未接来电 ×9（08:10–20:50）\n[短信] {sig}{person}，今日已多次致电您未果，请尽快处理您的逾期账单。', senders: OWN_LINES },
  { label: 'harassment', text: '{sig}{person}您好，您的账单已逾期，本次安排上门催收需加收“外访服务费”300元，请随欠款一并在{app}中支付。', senders: OWN_PORT },
  { label: 'harassment', text: '{sig}{person}您好，您的同事李某在我司借款{amt}元已逾期60天，您是其紧急联系人，请督促其还款，否则将持续联系您。', senders: OWN_PORT },
  { label: 'harassment', text: '{sig}{person}晚上好，{app}提醒您：借款账单已逾期5天，今晚12点前还款可避免明日继续产生罚息。', senders: OWN_LINES, hours: [22, 23, 0, 1] },
  { label: 'harassment', text: '[智能音箱留言 23:40] “{person}，你在{name}的欠款已经逾期，你老婆的电话我们也打了，明天再不处理就打给你爸妈。”', senders: HOUND, hours: [23, 0] },
  // ── fake legal documents, fake courts, new loans ──
  { label: 'harassment', text: '【律师函】致：{person}\n您拖欠{name}款项{amt}元，本所已向法院申请立案，三日内不还款将冻结您名下微信、支付宝、各平台会员账号及网盘数据。\n——江城某某律师事务所（贷后合作）', senders: HOUND },
  { label: 'harassment', text: '江城市人民法院执行局：被执行人{person}，因欠{name}借款未还已被列入失信名单，名下所有网络账号将被封禁，请于今日联系执行法官{phone}处理。', senders: HOUND },
  { label: 'harassment', text: '你这笔还不上就去别的平台借一笔先把我们的平了，我给你推几个口子，下款快，不看征信，今天必须结清。', senders: HOUND },
  // ── threats, insults, third parties ──
  { label: 'harassment', text: '你欠的钱再不还，我们的人明天去你公司楼下拉横幅，你那点破事全公司都会知道。', senders: HOUND },
  { label: 'harassment', text: '老赖，你妈没教过你借钱要还？躲着不接电话，你算个什么东西', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '你手机里的通讯录我们都备份到网盘了，今天不还就群发给每一个人，说你借钱不还。', senders: HOUND },
  { label: 'harassment', text: '致贵公司人事部门：【贷后工单 CS-{code}】贵司员工{person}在{name}借款逾期，请贵司协助督促其还款并从工资中代扣，否则我方将持续联系贵司前台。', senders: HOUND },
  { label: 'harassment', text: '阿姨您好，我是{name}的，您女儿在我们这借了{amt}一直不还，电话也不接。您当妈的帮她还一下吧，不然我们只能起诉她，到时候是要坐牢的。', senders: AGENCY },
  { label: 'harassment', text: 'This is the final warning, {person}. You owe {name} {amt}. If the money is not in by tonight, your employer, your landlord and everyone in your contacts gets your photo with the word DEADBEAT. We know where you live.', senders: HOUND, en: true },
  { label: 'harassment', text: '[网盘分享] 提取码 {code}：“{person}欠款证据合集（身份证+借款合同+家人电话）”——已发到你们小区业主群，自己看着办。', senders: HOUND },
];

export const BLIND17B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
