/**
 * BLIND4 held-out bank (sixth split).
 *
 * Who and how: written on 2026-12-01 by an independent evaluation author (a helper session
 * separate from the analyzer's developer and from the blind2 and blind3 authors), from general
 * knowledge of Chinese telecom-fraud scripts current in 2025–2026 (the Ministry of Public
 * Security's common types), of the debt-collection rules in shared/facts/regulation.md (no
 * contact 22:00–08:00, at most 6 unanswered call attempts a day per number, third parties only
 * when the debtor is unreachable and never pressed to pay or told the debt, no public notices,
 * extra fees, new loans to repay old ones, threats, insults or impersonated courts/police) and of
 * ordinary consumer notifications. While writing it the author read only the eval types, the
 * generator, the metrics, the other template banks (to avoid duplicates and to write
 * differently), the public scam types, the registry schema and data (registry/institutions.json),
 * shared/facts/regulation.md, shared/SPEC.md and shared/seeds. The analyzer's code, lexicons,
 * signal lists, rules and models were NOT opened, and the analyzer was NOT run on this bank.
 * The only run made was an expansion check (generateEvalSet(registry, 'blind4')) for labels,
 * fraud types and duplicates against the other banks.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read individual misses here to
 * change lexicons, weights, rules or models; report its figures only. Once a change is made
 * because of something seen here, the bank is no longer blind and a new one has to be written.
 *
 * Style on purpose (what the earlier banks lack): multi-turn chat logs pasted with timestamps
 * and both sides, voice-message / call-recording / video-call captions, DingTalk, Douyin,
 * Xiaohongshu, LINE, WhatsApp and Telegram layouts; 2025–2026 scripts: "大学生分期账户/学籍账户"
 * wording of the student-account scam, 停息挂账/债务优化/法务协商 agents, fake 医保 refunds and
 * 社保 audits, fake 国家反诈中心 apps, airline cancellations with "compensation", ETC tag
 * "re-activation", live-stream rebate tasks (气氛组, 冲榜单), 数字人民币 wallet and "数币"
 * schemes, 超长期特别国债 subscriptions, AI voice-clone and video-call impersonation, fake
 * landlords and doctors, game-account renting, 代充 and escrow sites, pig-butchering
 * wrong-number openers and 酒托. Hard normals share the scams' vocabulary: a lender's own
 * 停息挂账/困难帮扶 notices, lenders warning about credit-repair agencies, genuine ETC, 医保,
 * 社保卡, 数字人民币, 12306 and airline notices, a 12381 warning and a 96110 call, lawful
 * collection from a registered hotline (incl. allowed edge hours 08:xx and 21:xx), a lawful
 * third-party message when the debtor is unreachable, and family members warning each other
 * about voice-clone calls or splitting bills. Some fraud hides behind a genuine-looking 【sig】
 * or an opt-out "回T退订"; harassment includes polite reminders at banned hours, excessive
 * calls, relatives/employers/schools pressed or told, public notices and fake court letters.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
const SCAM_SENDERS: Template['senders'] = ['virtual', 'mobile', 'unknown_port', 'foreign', 'none'];

const NORMAL: Template[] = [
  // ── institution notifications that share scam vocabulary ──
  { label: 'normal', text: '{sig}关于网上流传的“停息挂账”：我司从未委托任何第三方办理协商还款，也不收取代理费。如您确有还款困难，可在{app}“还款-困难帮扶”中自助申请延期或分期，全程免费，审核结果以本号码短信通知为准。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}提醒：近期有自称“征信修复”“债务优化”“反催收联盟”的机构冒用我司名义收取服务费，并教唆您停止还款。征信记录由金融机构依法如实报送，任何第三方都无法“洗白”；如对记录有异议，请拨打{hot}免费申请核查。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}{person}您好，您提交的困难帮扶申请已通过：剩余本金{amt}元自下期起分24期偿还，按原合同利率计息，不收取任何手续费，已产生的逾期罚息予以减免。新的还款计划请在{app}查看。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}经核查，您{date}借款时多收取的担保服务费{amt}元已原路退回至尾号{tail}的银行卡，1-3个工作日到账。本次退费无需您进行任何操作，请勿向任何人提供验证码。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的投诉工单（TS{tail}{code}）已于{date}办结，处理结果已发送至{app}消息中心。如对结果有异议，可自收到结果之日起30日内申请复核，或拨打{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您于{date}提交的个人征信异议申请已受理，我司将在20日内完成核查并告知结果。异议处理不收取任何费用，也不需要您下载其他App或添加任何人的微信。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您尾号{tail}的卡绑定的ETC于{date}产生高速通行费86.50元，已扣款成功。ETC设备需更换或重新激活请到发行网点办理，我行不会发送链接要求进行“ETC认证”。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您已成功开通数字人民币钱包（尾号{tail}），可在“数字人民币”App中查看。钱包余额不计付利息，不存在“升级钱包”“转入资金领补贴”等业务，请勿相信。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}风险提示：您尾号{tail}的账户{date}向陌生账户发起的转账{amt}元疑似涉诈，已为您暂缓处理。如确为本人真实意愿，请携身份证到网点或致电{hot}核实。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}尊敬的客户，您账户预留的职业和联系地址已超过三年未更新，根据反洗钱管理要求，请本人在{app}“我的-个人信息”或到网点补充，逾期未更新将暂停部分非柜面交易。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您在{app}投保的百万医疗险已于{date}自动续保，扣费298元。如不需要，可在{app}“我的保单”关闭自动续保，犹豫期内退保全额退费。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您的账号于{date}在新设备（HUAWEI Mate 60）登录。如非本人操作，请立即在{app}“安全中心”冻结账户。我们不会致电要求您提供验证码或开启屏幕共享。', senders: ['official_port'], hours: [0, 1, 7, 23] },
  { label: 'normal', text: '{sig}您本次借款{amt}元已放款，年化利率（单利）15.4%，借款合同已存至{app}“合同中心”。请按期还款，我司不会以任何理由要求您向个人账户转账。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}欢迎来到香港！您的号码已开通港澳台漫游，当地流量10元/天（3GB封顶），通话0.99元/分钟。如接到自称客服的可疑来电，可回拨{hot}核实。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}根据电话用户实名制要求，您名下号码需进行二次实名核验，请本人携带身份证原件到任一营业厅办理。我们不会通过短信链接或电话要求您上传证件、提供验证码。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}閣下尾號{tail}嘅信用卡月結單已經出咗，最低還款額同到期日可以喺{app}睇到。我哋唔會用短訊連結叫你登入或者提供一次性密碼。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}您好，您申請的信貸{amt}元已撥款至尾號{tail}帳戶。本公司不會以任何名義要求您先行匯款、繳交保證金或購買保險，若接獲可疑來電請撥{hot}查證。', senders: ['official_port'] },
  { label: 'normal', text: '{name}: your request to defer the {date} instalment has been approved, no fee applies. We have not appointed any "debt relief" agency; anyone who asks you to pay them to negotiate with us is a scammer. Questions: {hot}', senders: ['official_port'], en: true },
  // ── marketing on the institution's own channels ──
  { label: 'normal', text: '{sig}暑期自驾季，{app}绑定ETC享通行费95折，活动详情 {url} 。本活动不收取任何费用。退订回T', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}{person}您好，您的循环额度已恢复可用，借款前可在{app}试算每期还款金额，实际年化利率以页面展示为准。理性借贷，量入为出。拒收请回复R', senders: ['official_port'] },
  { label: 'normal', text: '{sig}今晚8点{app}官方直播间讲解“如何看懂个人信用报告”，不荐股、不带货、不收费，直播入口 {url} 。退订回T', senders: ['official_port'], links: ['official', 'none'] },
  // ── lawful collection ──
  { label: 'normal', text: '{sig}{person}，您的借款已逾期45天，应还{amt}元。我司多次联系未果，请于{date}前通过{app}还款或致电{hot}协商分期。逾期信息将依法报送征信系统，我司保留依法起诉的权利。', senders: ['official_port'], hours: [8, 9, 14, 21] },
  { label: 'normal', text: '【通话录音】“您好，请问是{person}本人吗？我是受{name}委托的合作催收机构工作人员，工号C2206，本次通话全程录音。您的账单已逾期60天，金额{amt}元。委托关系可以在{app}里核实，还款只还到{app}里的官方账户。如果您觉得我们的方式有问题，可以打{hot}投诉。请问这周能安排多少？”', senders: ['official_hotline', 'unknown_landline'] },
  { label: 'normal', text: '您好，这里是{name}客户服务中心，抱歉打扰。我们需要联系{person}处理一项个人业务，其预留号码连续三次无法接通，麻烦您方便时转告其本人回拨{hot}。我们不会向您透露具体事项，也不需要您代为处理任何款项。', senders: ['official_hotline'] },
  { label: 'normal', text: '{sig}{person}，您与我司的借款合同纠纷已经人民法院调解结案，请按民事调解书约定的日期和金额通过{app}还款。调解书以法院送达的纸质文书为准，我司不会通过短信发送任何法律文书。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}Your loan is 30 days overdue (CNY {amt}). Please repay in the {app} or call {hot} to discuss a plan. Our agents contact you only between 8:00 and 22:00 and never contact your family or employer about the debt.', senders: ['official_port'], en: true },
  // ── government, transport, anti-fraud channels ──
  { label: 'normal', text: '【工信部反诈专班】您好，您近期可能接触过涉嫌诈骗的电话或短信。请勿向陌生人转账，勿透露验证码，如有疑问请拨打96110咨询。本短信无需回复。', senders: ['none'], hours: [10, 15, 21, 22] },
  { label: 'normal', text: '[来电 0571-96110] 您好，我是杭州市反诈中心民警，系统提示您刚接听了疑似冒充客服的诈骗电话。请问您有没有下载会议软件、有没有转账？如果对方再联系您，请直接挂断，千万不要按他说的操作。', senders: ['none'] },
  { label: 'normal', text: '【苏州医保】您的职工医保个人账户于{date}划入{amt}元，可通过“国家医保服务平台”App查询。医保部门不会通过短信链接办理退费或补贴，也不会要求您转账。', senders: ['unknown_port'] },
  { label: 'normal', text: '【人社服务】您申领的第三代社保卡已制卡完成，请本人携带身份证于{date}后到所选银行网点领取，领卡及激活均不收取任何费用。', senders: ['unknown_port'] },
  { label: 'normal', text: '【铁路12306】订单E{tail}{code}，{person}您已购{date}G7512次12车08F号，请携带购票证件乘车，检票口请留意车站公告。', senders: ['unknown_port'] },
  { label: 'normal', text: '【南方航空】尊敬的{person}，很抱歉，您预订的{date} CZ3101航班因天气原因取消。您可通过南航App或官网免费改签或全额退票，我们不会来电要求您提供银行卡信息或进行转账操作。', senders: ['unknown_port'] },
  { label: 'normal', text: '【学生资助中心】国家助学贷款只能在“国家开发银行助学贷款”官方系统查询和还款，不存在“注销学生账户”“毕业转换账户”等业务，接到此类来电请立即挂断。', senders: ['unknown_port'] },
  { label: 'normal', text: '社区民警提醒：现在骗子能用AI模仿孩子的声音、换脸打视频电话借钱。接到“我出事了快转钱”的电话，先挂断，再拨打孩子原来的号码核实，或者问一个只有你们知道的问题。', senders: ['none', 'unknown_port'] },
  // ── honest unregistered senders ──
  { label: 'normal', text: '【邻里驿站】您的快递因电话无人接听暂存本驿站，取件码{code}，营业时间8:00-21:00。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您在直播间购买的商品已发货，如需退换请在订单页申请售后，客服不会私信要求您线下转账或扫码。', senders: ['unknown_port'] },
  { label: 'normal', text: '【藏宝阁】您上架的角色已被买家购买，成交金额扣除5%手续费后已转入您的平台钱包，可在“我的-钱包”提现至本人银行卡。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】您报名的“防范电信网络诈骗”社区讲座将于{date}下午3点在社区活动中心举行，现场不收费、不推销任何产品。', senders: ['unknown_port'] },
  { label: 'normal', text: '【物业服务中心】本月燃气费请通过燃气公司官方公众号自助缴纳，物业工作人员不会上门收取现金，也不会让您扫个人收款码。', senders: ['unknown_port'] },
  { label: 'normal', text: '{person}您好，我是房东，下个月起房租还是每月5号前转到合同上那张卡，押金不变。合同到期前一个月我再跟你确认续租的事。', senders: ['mobile'] },
  // ── family, friends and colleagues talking about money ──
  { label: 'normal', text: '[微信群·周五火锅局]\n小雅：总共1156，八个人，每人144.5，我发了群收款，大家点一下就行～\n阿杰：已付\n小雅：收到👌', senders: ['none'], hours: [20, 21, 22, 23] },
  { label: 'normal', text: '今晚打邊爐埋單$1,440，六個人每人$240，PayMe或者轉數快俾我都得，唔急～', senders: ['mobile'] },
  { label: 'normal', text: '這次露營的營位跟食材我先刷卡了，一人650，週末前用LINE Pay轉我就好，明細放在群組記事本。', senders: ['mobile'] },
  { label: 'normal', text: '爸，刚才有人打你电话说是我同学要借钱对吧？那是骗子，我同学不会找你借钱，我手机一直在身上，你千万别转！', senders: ['mobile'] },
  { label: 'normal', text: '妈，刚才那个视频电话不是我！是骗子用AI换了我的脸，我在公司好好的，什么事都没有，你千万别转钱，有事就打我这个老号码。', senders: ['mobile'] },
  { label: 'normal', text: '妈，您上个月住院的钱医保报销了三千二，直接打到您社保卡上了，不用找任何人办手续。有人打电话说要给您退医保费的都别理。', senders: ['mobile'] },
  { label: 'normal', text: '哥，借你的五千我分两次还，这个月先还两千五，刚转你支付宝了，收到回我一下', senders: ['mobile'] },
  { label: 'normal', text: '室友们，本月电费312、水费48、燃气65，一共425，四个人每人106.25，我先垫了，晚上转我就行', senders: ['mobile', 'none'] },
  { label: 'normal', text: '周三是王姐生日，咱们组每人凑50买蛋糕和花，钱转给我，我统一去订', senders: ['mobile'] },
  { label: 'normal', text: '宝，你生日那天的餐厅我订好了，这顿我请，你别再偷偷转我钱啦😤', senders: ['mobile'], hours: [12, 20, 21, 22] },
  { label: 'normal', text: '你那个号真要卖的话就走官方交易平台，别加什么“担保客服”的微信，我表弟上次就是这么被骗的', senders: ['mobile'] },
  { label: 'normal', text: '闺女，ETC我已经在银行网点办好了，绑的是你爸的卡，上高速直接扣费，你别操心了', senders: ['mobile'] },
  { label: 'normal', text: '你帮我看看这条是不是真的，说我医保卡要年审，让我点链接，我没点。', senders: ['mobile'] },
  { label: 'normal', text: '我到奶茶店了，靠窗那桌穿白色卫衣的就是我，你到了跟我说～', senders: ['mobile'] },
  { label: 'normal', text: '钱收到了，谢啦🙏', senders: ['mobile'] },
  { label: 'normal', text: '转你了，查收一下', senders: ['mobile', 'none'] },
  { label: 'normal', text: 'Hey, dinner came to ¥486 in total, so ¥162 each. Just WeChat me whenever, no rush!', senders: ['mobile'], en: true },
  { label: 'normal', text: 'Mum, I landed safely. Phone battery is at 5%, will call you from the hotel. Love you.', senders: ['mobile'], hours: [6, 7, 23], en: true },
];

const FRAUD: Template[] = [
  // ── brushing_rebate: live-stream tasks, seeding notes, plays, reviews ──
  { label: 'fraud', type: 'brushing_rebate', text: '抖音私信｜你好呀～我们是MCN机构，招直播间气氛组，进直播间点赞评论挂机，一小时结算30元。今天还有“福利单”：帮主播刷礼物冲榜，刷多少返多少，再加20%佣金，直接返到你支付宝。想做回“1”', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【直播福利任务】第1、2单已返佣，第3单为“冲榜单”：需在指定直播间购买{amt}元礼物卡，主播下播后统一返还本金+35%佣金。超时未完成视为自动放弃，本金不予退还。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'brushing_rebate', text: '小红书私信：姐妹你好，看你笔记写得很好，我们品牌方招素人种草，发一篇笔记给200。先在我们的商城下单垫付商品款，笔记发布48小时内连本带佣一起退给你～', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '招募音乐推广员：在音乐App给指定歌曲刷播放量，日结佣金，满100即可提现。需先在推广App开通推广员资格（押金199元，完成任务后退还）{url}', senders: SCAM_SENDERS, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: "Hi, I'm Grace from a travel marketing firm. We pay you to leave 5-star reviews for hotels on our partner app: CNY 8 per review, 500+ a day. After 10 reviews you unlock merchant tasks that need a deposit, refunded with 30% commission. Interested? WhatsApp {phone}", senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '有偿问卷招募：填一份问卷得15元，扫码进群由接待员派单。连续完成5份后可领“高佣任务包”，需先充值{amt}元激活账户，激活费随佣金一并返还。', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '您好～我們是YouTube頻道推廣團隊，幫影片按讚、訂閱、截圖就有獎金，一則50元，當日領。加入後可接「加碼任務」，先儲值就能領三倍回饋，LINE ID：yt{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'brushing_rebate', text: '10:02 接待员：您好，今天的第一个任务是关注这3个直播间并截图，完成后发我领8元红包\n10:15 我：已发\n10:16 接待员：红包已发～现在给您安排进阶任务，在平台垫付{amt}元购买指定商品，5分钟后返本金+25%佣金\n10:40 接待员：系统显示您操作超时，账户已锁定，需要再充值一笔同等金额才能解锁提现', senders: ['none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '喺屋企用手機幫網店寫好評，每單佣金$20，即日過數，唔使經驗。入群先做三單示範，之後做「拼單」要先墊付，完成即刻連本帶利退返。WhatsApp {phone}', senders: ['foreign', 'mobile'] },
  // ── fake_investment: bonds, e-CNY schemes, mentors, stablecoins ──
  { label: 'fraud', type: 'fake_investment', text: '【内部认购】超长期特别国债内部额度最后一天！年化收益12%，国家信用兜底，一万元起投，通过专属App认购：{url} ，由机构代理，售完即止。', senders: SCAM_SENDERS, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '数字人民币“早鸟计划”：用数字钱包充值参与“数币孵化”，每天释放1.5%收益，180天回本后纯赚，央行背书不会亏。下载“数币钱包” {url} 邀请码{code}', senders: SCAM_SENDERS, links: ['apk', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: '张姐，这是我跟您说的那个老师的课，今晚直播讲“北交所打新”，我跟了三个月赚了四十多万。您先开个户，入金五万起，老师在群里发指令，咱们一起操作。开户链接 {url}', senders: ['mobile', 'none'], links: ['random', 'apk', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: 'USDT稳定币理财，平台日息1.2%，T+0随存随取，本金由交易所保险基金担保，首充满1000U送100U。客服Telegram @usdt_{tail}', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_investment', text: "Hi, I'm Daniel, an analyst at a Hong Kong family office. We share IPO allocation signals with a few private clients; last month's picks returned 46%. Open an account on our partner platform {url} and deposit at least USD 5,000 to receive tomorrow's signal.", senders: ['foreign', 'mobile'], links: ['random', 'shortener'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '您的黄金模拟盘已为您盈利80%，现在开通实盘账户，入金{amt}元即可享受老师一对一喊单，亏损由平台风险准备金全额赔付，今日开户再送500元体验金。', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_investment', text: '尊敬的会员，您的账户因“单日收益超过风控阈值”被暂停提现，需缴纳账户资金30%的“反洗钱审查保证金”，审查通过后与收益一并返还。请于24小时内联系在线客服，逾期账户将被清算。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，我們是宏X投顧，近期半導體概念股的主力進出都在我們掌握中，加入VIP群組三天內保證獲利15%，不賺不收費，請加LINE：invest{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '阿姨，咱们这个“康养公寓”项目是备过案的，现在预存{amt}元就能锁定床位，每月返3%的养老红利，三年后本金全退，今天交还送两桶油。', senders: ['mobile', 'unknown_landline'] },
  // ── fake_loan: provident-fund loans, packaging, activation, insurance ──
  { label: 'fraud', type: 'fake_loan', text: '【公积金贷款】您的公积金缴存满24个月，可申请公积金信用贷，额度最高30万，年化2.98%。因您的征信评分不足，需先缴纳{amt}元信用保证金，放款后随首期一起退还。办理专员{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '您好，我们是专业助贷团队，和多家银行有内部合作，负债高、征信花也能做。需要先帮您“包装流水”，走我们提供的账户转一圈，手续费{amt}元，下款后再收8个点服务费。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您的额度50000元已生成，当前状态“待激活”。请按客服指引向下方账户转入{amt}元完成还款能力验证，验证通过后额度立即可用：{acct}', senders: ['unknown_port', 'lookalike_short', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在本平台申請的小額貸款已通過，依規定須先購買「履約保證保險」{amt}元，保費於撥款後全額退還，請於今日內完成，否則額度將失效。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: 'Your {name} credit limit of CNY 80,000 is ready. To release the funds, verify your bank card by paying a refundable CNY {amt} security deposit at {url} within 2 hours.', senders: ['foreign', 'unknown_port', 'lookalike_short'], links: ['lookalike', 'shortener'], en: true },
  { label: 'fraud', type: 'fake_loan', text: '14:02 放款客服：您好，您的借款已经到了“待放款”节点\n14:03 放款客服：但是系统提示您的银行卡后四位和身份证信息不匹配，资金被风控冻结了\n14:05 我：那怎么办\n14:05 放款客服：需要您缴纳借款金额10%的解冻金，解冻后和借款一起打到您卡上，这是财务对公账户{acct}', senders: ['none'] },
  { label: 'fraud', type: 'fake_loan', text: '征信不好？黑户白户都能借，今天秒批👉{url}', senders: ['virtual', 'unknown_port', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，我是经营贷渠道经理小何，国家对个体工商户有贴息政策，年化最低1.9%。您的营业执照已经预审通过，请先下载“银企通”签约App并缴纳200元工本费 {url}', senders: ['mobile', 'unknown_landline', 'lookalike_400'], links: ['apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_loan', text: '【{other}】您有一笔低息分期额度待领取，领取前需开通“极速放款会员”（{amt}元/年），未放款全额退还。开通入口 {url} 回T退订', senders: ['unknown_port'], links: ['random', 'shortener', 'ip'] },
  // ── fake_customer_service: airlines, ETC tags, food claims, fan clubs, e-CNY wallets ──
  { label: 'fraud', type: 'fake_customer_service', text: '【航班变动】尊敬的旅客，您预订的{date}航班因航空管制取消，航空公司将为您办理改签并赔付误机补偿金400元/人。补偿需通过“退改签专用通道”领取，请添加航司理赔客服企业微信：{phone}（仅限今日）', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: 'Dear passenger, your flight on {date} has been cancelled due to an aircraft fault. To claim rebooking and CNY 300 compensation, call our refund desk at {phone}. Please keep your banking app open to receive the payment.', senders: ['foreign', 'unknown_port'], en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '【ETC服务】您的ETC电子标签已超过年检期限，设备将于明天0点停用，高速通行将按全程最高费率收费。请立即访问 {url} 完成设备重新激活，需验证绑定的银行卡信息。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['lookalike', 'shortener', 'random', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是外卖平台食品安全专员，您昨天点的那单商家被查出使用过期食材，平台给您申请了5倍赔付{amt}元。需要您打开支付宝扫我发的二维码“确认身份”，页面上输入赔付金额就是领取赔付。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是抖音电商客服，您在直播间购物时误开通了“主播粉丝团VIP”，今晚24点起每月自动扣费599元。需要您配合关闭：请先下载“飞书”加入会议，我共享操作步骤给您。', senders: ['mobile', 'lookalike_400', 'unknown_landline', 'prefixed'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的手机银行数字证书将于今日到期，过期后将无法转账及登录。请于24小时内登录 {url} 更新证书，需验证银行卡号、交易密码及短信验证码。', senders: ['unknown_port', 'lookalike_short', 'prefixed'], links: ['lookalike', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '你好，我係順豐客服，你嘅包裹喺轉運途中遺失，我哋會按申報價值三倍賠償。請你加理賠專員WhatsApp，跟住指示喺網上銀行輸入賠償編號{code}就可以收款。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您开通的数字人民币钱包因长期未使用将降级为四类钱包，钱包内的消费补贴{amt}元将被回收。请下载升级包 {url} 并按提示将银行卡余额转入钱包完成激活验证。', senders: ['unknown_port', 'virtual', 'lookalike_short'], links: ['apk', 'random', 'lookalike'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，這裡是蝦皮購物客服，您上週的訂單因系統錯誤被設定為「批發商會員」，每月將自動扣款{amt}元。稍後會由銀行專員與您聯繫協助取消，請先準備好提款卡到附近ATM操作。', senders: ['foreign', 'unknown_landline'] },
  // ── impersonating_authority: 医保/社保, fake anti-fraud centre, customs, traffic, courts ──
  { label: 'fraud', type: 'impersonating_authority', text: '【国家医保局】您的医保个人账户存在重复缴费{amt}元，可申请原路退回。请于{date}前登录 {url} 填写社保卡及银行卡信息办理退费，逾期视为自动放弃。', senders: ['unknown_port', 'virtual', 'mobile', 'prefixed'], links: ['lookalike', 'random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市人社局社保稽核科，系统显示您在两个城市重复领取养老保险待遇，涉嫌骗保，需退回{amt}元，否则将移交公安机关。我现在把电话转给经侦支队的王警官，请保持通话。', senders: ['prefixed', 'unknown_landline', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家反诈中心】您的手机已被植入木马，银行卡存在被盗刷风险。请立即下载最新版反诈安全防护App {url} ，并按提示将资金转入“安全保护账户”，由民警远程为您保护。', senders: ['unknown_port', 'prefixed', 'virtual'], links: ['apk', 'random', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是机场海关缉私局，您有一个寄往泰国的包裹被查出夹带他人护照和银行卡，涉嫌跨境洗钱。现在将您的电话转接至公安局，通话期间请勿挂断，也不要告诉任何人。', senders: ['prefixed', 'foreign', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【网警】您于{date}使用手机访问违规网站已被记录，依据《网络安全法》将处以{amt}元罚款，请在24小时内联系处理，逾期将上门执法：{phone}', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【交管12123】您的车辆有一笔超速违法未处理，需缴纳罚款并记6分，请于今日内点击 {url} 在线缴纳，逾期将影响车辆年检。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'random', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is Officer Chen of the Shanghai Public Security Bureau. Your passport was used to open accounts in a fraud case. This is a confidential investigation: switch to a video call on the app I send you, do not tell your family, and have your bank cards ready for a fund verification.', senders: ['foreign', 'prefixed'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '喂，你好，呢度係深圳公安局刑偵大隊，你喺內地一間銀行嘅戶口涉及一宗詐騙案，而家要你開視像錄口供，唔好同屋企人講，唔係會妨礙調查。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【法院执行局】您因名下信用卡被他人盗刷已被列入失信被执行人名单，将被限制乘坐高铁和飞机。如非本人所为，请联系承办法官{phone}办理“撤销失信”手续。', senders: ['unknown_port', 'virtual', 'mobile'] },
  // ── fake_credit_repair: student-account variants, debt-settlement agents, credit scores ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}的客服专员，工号8812。系统显示您在校期间实名开通的“大学生分期账户”还有一笔未关闭的授信，按照“学生资质清退”要求，今天24点前不关闭的话，征信会被标记为不良学生户。我发您一个会议号，您进去我一步步教您操作。', senders: ['mobile', 'lookalike_400', 'prefixed', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '网贷逾期、信用卡还不上？律师团队帮您“停息挂账”，只还本金，最长可分60期，全国3万+成功案例。前期只收{amt}元律师服务费，签约后我们代您和银行协商，催收电话马上停。咨询{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '债务规划师：您把各个平台的账单截图发我，我们走“法务协商”，一般能减免50%以上\n债务规划师：签约费{amt}元，签完您就先别还了，平台打电话来您就说已经委托律师\n债务规划师：放心，征信我们最后会一并修复', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信有污点？内部渠道走“异议申诉”，逾期记录7天消除，不成功退款，vx：zxxf{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}监管通知：您名下有一个“学籍认证账户”未完成毕业转换，将于今日上报征信中心。请点击 {url} 提交毕业证信息完成转换。', senders: ['unknown_port', 'lookalike_short', 'prefixed'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，這裡是債務協商中心，您的信用卡與信貸可以申請「前置協商」降息至零，月付只要原來的三成，請先匯入協商規費{amt}元，我們就為您送件並清除遲繳紀錄。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Debt relief programme: stop paying your lenders today. Our legal team negotiates up to 70% off your loans and removes late payments from your credit report. One-time enrolment fee CNY {amt}. Reply YES or add WeChat debtfree{tail}.', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '客服：您的账户注销前需要做“额度清零验证”，请在{app}把可用额度全部借出来，转到我们提供的人行监管账户{acct}，验证完十分钟内自动退回，不会产生利息。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用中心】您的个人信用分已降至“较差”，将影响贷款和子女政审。现开放“信用提升”通道，缴纳{amt}元即可恢复至“优秀”。办理入口 {url}', senders: ['unknown_port', 'virtual'], links: ['random', 'shortener', 'ip'] },
  // ── fake_shopping: tickets, rentals, fuel cards, presales, cars, visas ──
  { label: 'fraud', type: 'fake_shopping', text: '春运抢票内部通道：12306合作代购，成功率99%，高铁卧铺都能抢，先付票款+50元加速费，抢不到全额退。加V：piao{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '你好，我在豆瓣租房小组看到你在找房，我那套一室一厅还在，月租1800。我现在人在外地没法带看，你先交{amt}元定金，我把钥匙快递给你，不满意可以退。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '加油卡8折充值，充1000到账1250，官方渠道可开发票，每人限充5000，先转账后到账，联系{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '【直播间专属】阳澄湖大闸蟹礼券6对只要99元（原价598），今天截单，扫码付款后凭短信提货 {url}', senders: ['unknown_port', 'mobile', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '二手宝马X3，2021年上牌，只跑了3万公里，车主急着出国15万转让。车在外地，可以视频看车，先付{amt}元定金锁车，物流送车上门，验车后再付尾款。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: 'Cheap flights: Shanghai–London return only CNY 2,800 with our agency fare. Pay by bank transfer to hold the seat, e-ticket issued within 24 hours. WeChat me: travel{tail}', senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'fake_shopping', text: '日本簽證代辦，免財力證明，三天出簽，先付全額{amt}元，不過件不退費請放心，加LINE：visa{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '宝宝，直播间那款貂绒大衣平台上卖399，私聊价299，走平台要被扣20%，你直接微信转我，我今天就给你发顺丰～', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '張學友演唱會飛，內場兩張，每張$1,880，我喺外地冇得面交，你先轉數快畀我，我即刻email電子飛畀你。', senders: ['mobile', 'foreign'] },
  // ── impersonating_acquaintance: voice clones, video calls, bosses, landlords, doctors ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音通话转文字] 妈……是我，我声音有点哑，感冒了。我开车把人蹭了，对方要私了，你先别跟我爸说，赶紧往我发你的这个卡上转两万，我一会儿再给你打：{acct}', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[视频通话 0:07 已挂断]\n爸，我这边信号不好，视频先挂了。我刚才说的那个事你赶紧办，学校要交的实习押金八千六，转到带队老师的卡上{acct}，别打电话，我在开会。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Grandma, it's me, Tom. Please don't tell Mum. I'm in trouble: I got arrested after a car accident and need CNY {amt} for bail today. My lawyer will text you the account. Please hurry.", senders: ['mobile', 'foreign'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '钉钉消息｜刘总：小周，我拉了个临时工作群，你先进来，群号{code}。\n今天要付给供应商一笔定金{amt}元，审批我回头补，你先从对公账户转到对方账户，转完截图发我。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '三姨，我是小敏，在澳洲换了新号码。我下个月回国的机票想让你先帮我订，我这边外币卡付不了，你先转一万二给我同学代订，回国我就还你。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是房东，换新号了，以后房租别转老卡了，转到这个新账户：{acct}，这个月的记得今天转哈', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '你好，我是你爸住院科室的主治医生，你爸要做个紧急手术，需要先交三万手术押金，我让护士把缴费账户发你，你先转过来，不然今天排不上台。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你表姐啦，換LINE了，最近生意週轉不過來，你先借我五萬，下週五一定還你，這是我老公的帳戶{acct}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[語音訊息] 媽咪，係我呀，我部手機跌咗，用住朋友部機。我而家喺深圳出咗啲事，要即刻俾三萬蚊，你唔好打電話，轉數快俾呢個號碼就得。', senders: ['mobile', 'foreign'] },
  // ── game_trading: renting, top-ups, escrow, gacha, kids, skins ──
  { label: 'fraud', type: 'game_trading', text: '出租原神/王者号，全皮肤满级，租一天15，押金200，还号后押金秒退。先转押金到我微信，再发你账号密码。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '王者点券6折代充，100元到账166点券，量大更便宜，先转账后充值，不满意退款，Q：{code}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'game_trading', text: '【交易猫】您在平台挂售的账号已被买家下单，因您未开通“担保收款”，货款{amt}元已冻结。请联系客服{phone}缴纳同等金额的保证金后，与货款一并解冻提现。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '卖家：号是我自己的，包找回，你走我这个担保平台付款就行，平台客服会把账号发你 {url}', senders: ['mobile', 'none'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '原神代抽，十连保底必出五星，一单68，先付款后上号，抽不出全额退，扣1私聊～', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '小朋友你好！我是“蛋仔派对”官方福利官，你抽中了限定皮肤，需要用家长手机打开微信，进入“我-服务-钱包”，按我说的步骤操作就能领取，千万别让爸妈知道哦，不然奖品会失效。', senders: ['none', 'mobile'], hours: [12, 16, 17, 19, 20] },
  { label: 'fraud', type: 'game_trading', text: 'WTS: Genshin AR60 account, 12 five-star characters, CNY {amt}. I only accept payment through this escrow site {url}, it holds your money until you confirm the login.', senders: ['foreign', 'none'], links: ['random', 'lookalike'], en: true },
  { label: 'fraud', type: 'game_trading', text: '天堂W鑽石特價出售，比官方便宜四成，匯款到我帳戶後30分鐘內轉到你角色，LINE：game{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'game_trading', text: 'CS2开箱网站新人福利：注册送3次免费开箱，开出金刀可直接提到Steam库存，充值满{amt}元再送一把AK皮肤 {url}', senders: SCAM_SENDERS, links: ['random', 'shortener', 'ip'] },
  // ── romance: wrong-number openers, pig-butchering, 酒托, matchmakers ──
  { label: 'fraud', type: 'romance', text: '不好意思啊，我好像加错人了😅 不过你头像挺好看的，做个朋友可以吗？我叫Vivian，在新加坡做金融分析，平时下班了挺无聊的。', senders: ['mobile', 'virtual', 'foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: "Hi Amy, are we still on for golf this Saturday? ... Oh, sorry, wrong number! You seem nice though. I'm Kevin, I run a crypto trading desk in Dubai. Mind if we keep chatting?", senders: ['foreign'], en: true },
  { label: 'fraud', type: 'romance', text: '宝贝，我们基金经理今晚会在黄金夜盘给内部点位，我已经帮你把账户开好了，你入金三万就行，赚了我们十月份就去领证好不好💍 {url}', senders: ['none', 'mobile', 'foreign'], links: ['random', 'apk'], hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '哥哥，我到了，这家咖啡馆是我闺蜜开的，你过来坐坐嘛～我已经点了两杯手冲和一瓶红酒，你到了直接买单就好，我在二楼等你😘', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'romance', text: '（婚恋App私信）王哥您好，我是平台认证红娘小李，为您匹配到一位35岁、在事业单位工作的女士，对您很满意。为保证见面质量，需先开通“钻石牵线会员”{amt}元，不满意可退。', senders: ['none', 'mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'romance', text: '宝贝，今天是我们认识100天，你说过要给我惊喜的～我看中一个包，你在我朋友的店里下单就行，付完他直接寄给我 {url}', senders: ['none', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'romance', text: '我在柬埔寨的工地上被老板扣了护照，只有你能帮我了，交五万块的赎身费他们才放我回国，回去我们就结婚，求你了', senders: ['foreign', 'mobile', 'none'] },
  { label: 'fraud', type: 'romance', text: '親愛的，我在杜拜做石油貿易，下個月就回台灣跟你見面。我寄給你的包裹卡在海關了，裡面有金條和現金，需要你先幫我付一筆關稅{amt}元，海關人員會跟你聯繫。', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: '在探探上聊天不方便，我们换到Telegram吧 @vivi_{tail}，我给你看看我最近在做的副业，一天能赚两三千哦，以后我们一起做～', senders: ['none', 'virtual', 'mobile'], hours: [21, 22, 23, 0] },
  // ── other: extortion, subsidies, points, admissions, licences, jobs abroad, health products ──
  { label: 'fraud', type: 'other', text: '{person}，你在酒店的视频我们已经用AI合成好了，你单位同事和你家人的微信我们都有。48小时内转{amt}元到{acct}，否则视频就发出去。', senders: ['virtual', 'foreign', 'none'] },
  { label: 'fraud', type: 'other', text: '2025年度职业技能提升补贴开始申领啦！持有任意职业证书即可领取1500-2000元，名额有限，点击 {url} 填写姓名、身份证和银行卡号即可到账。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'shortener', 'lookalike'] },
  { label: 'fraud', type: 'other', text: '【{other}】您的积分{code}分将于今晚清零，可免费兑换电饭煲一台，请登录 {url} 兑换，仅需支付邮费9.9元。', senders: ['unknown_port', 'mobile'], links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'other', text: '家长您好，今年高考有“内部补录指标”，985院校定向名额，分数差30分也能录，需缴纳{amt}元指标费，录取通知书下来后再付尾款。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'other', text: '驾照扣分代消，12分一次清零，全国可办，不用去交警队，每分150元，先付后办，加v {phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'other', text: '出国劳务：迪拜酒店服务员月薪3万，包吃包住，签证机票全包，中介费{amt}元先交一半，名额满即止。', senders: ['mobile', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'other', text: '【健康讲座】中老年免费体检送鸡蛋！体检查出问题可现场购买进口磁疗床垫，专治高血压糖尿病，无效退款，报名电话{phone}', senders: ['unknown_port', 'mobile'] },
];

const HARASSMENT: Template[] = [
  // ── banned hours (22:00–08:00), excessive calls ──
  { label: 'harassment', text: '{sig}{person}，系统已将您的逾期账单移交贷后外访组，请保持电话畅通。', senders: ['official_port', 'unknown_port'], hours: LATE },
  { label: 'harassment', text: '【通话录音】“起了没？别装睡，{name}那笔钱你打算拖到什么时候？我这个点打给你就是让你长记性。”', senders: ['mobile', 'virtual'], hours: [5, 6, 7] },
  { label: 'harassment', text: '[语音留言 0:31] {person}，我是{name}贷后的，你一直不接电话，那我今晚就隔半小时打一次，打到你接为止。', senders: ['mobile', 'unknown_landline', 'official_hotline'], hours: [22, 23, 0, 1] },
  { label: 'harassment', text: '{person}，这个号今天已经打了你十四次了，你不接我就换号接着打，打到你关机为止。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'harassment', text: '你是{person}的家里人吧？这么晚打扰了，你家这位欠我们{amt}元，电话一直不接，那只能你来想办法了。', senders: ['mobile', 'unknown_landline'], hours: [22, 23, 0] },
  { label: 'harassment', text: '睡得着吗？老赖', senders: ['mobile', 'virtual'], hours: [1, 2, 3, 4] },
  // ── relatives, employers, schools, contacts pressed or told ──
  { label: 'harassment', text: '您好，请问是{person}的家属吗？您家人在{name}借了{amt}元一直不还，您是家属，今天能不能先帮忙把钱还上？不然我们只能去您老家找老人了。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '您好，这里是{name}，请转告贵单位财务部：员工{person}长期拖欠我司借款{amt}元，请从其本月工资中代扣，否则我们每天派人到贵单位前台等候。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你儿子在实验小学三年级二班吧？明天放学我们去学校门口，跟班主任聊聊他爸欠钱的事。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '[微信群“欠款说明群”]\n群主：各位好，拉大家进群是因为{person}欠{name}{amt}元不还，大家都是其通讯录里的朋友，麻烦劝劝，劝不动的我们一个个打电话。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '【{name}】您好！您的好友{person}在我平台借款逾期，其已将您设为紧急联系人，请您督促其今日还款{amt}元，逾期将视为您默认承担担保责任。', senders: ['unknown_port', 'mobile'] },
  { label: 'harassment', text: '林小姐，妳在{name}的欠款已經超過90天，我們已經查到妳男朋友的電話跟妳上班的地方，今天不處理，明天就去妳公司樓下等妳。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: 'This is your last warning from {name} collections. We have already texted your sister and your manager. Pay CNY {amt} by 6pm or we post your ID card photo on your company page.', senders: ['mobile', 'foreign', 'virtual'], en: true },
  { label: 'harassment', text: '{person}，你的overdue我们已经escalate到你公司HR了，email已经发过去，今天不settle，明天直接cc你老板和全组同事。', senders: ['mobile', 'virtual'] },
  // ── public notices, spreading private information, extra fees, new loans ──
  { label: 'harassment', text: '我们已经在你老家村委会门口和你家楼道里贴了催款告示，写清楚了你的名字和欠{name}的钱，街坊邻居都看到了。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '你的身份证正反面和手持照我们已经做成了“失信人员”海报，今晚八点发到你小区业主群，你还有三个小时。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，现在光还{amt}不够了，我们外访组为你跑了一趟，差旅费加上门服务费一共1200，你一起出，少一分就继续上门。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你把手机里还能借的口子都点一遍，{other}那个新户能下三千，先借出来还我们，别跟我说借不到。', senders: ['mobile', 'virtual'] },
  // ── threats, insults, fake courts/police ──
  { label: 'harassment', text: '扑街，借錢唔還仲敢熄機？你老母住邊我哋知，聽日上門搵佢傾下。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: '你再躲一天试试，我们已经派人在你公司楼下蹲着了，看到你人直接带走。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '【XX区人民法院执行局】{person}：你与{name}的借款纠纷已进入强制执行，执行法官今日下午将带队到你单位扣押财产，如需暂缓执行请在两小时内还清{amt}元。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '我是{name}的法务，我表哥就在你们那边派出所，你再不还，我让他按诈骗给你立案，拘你十五天。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{sig}【刑事立案告知】{person}，因您恶意拖欠借款{amt}元，我司已向公安机关报案，立案后将对您采取强制措施，并通知您的直系亲属及工作单位。', senders: ['official_port', 'unknown_port'] },
];

export const BLIND4_TEMPLATES: Template[] = [...NORMAL, ...FRAUD, ...HARASSMENT];
