/**
 * STATUS (session 8, 2026-12-02): written for the text model's training data but NOT in it. With
 * train11 and train12 added to the corpus (besides blind8 to blind11), the analyzer's pooled figures
 * on blind12 + blind13 were 97.9% recall / 5.9% FPR / 82.3% type / 89.2% harassment, against 96.2 /
 * 5.7 / 78.8 / 87.7 for the session-7 analyzer and 97.1 / 4.4 / 83.1 / 88.9 without them: the FPR
 * rose, which the rule fixed beforehand does not allow (docs/evaluation.md, session 8).
 *
 * TRAIN12 training-only bank (twenty-second scam author): this file holds the normal messages,
 * train12b.templates.ts the fraud and harassment; TRAIN12_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (2026-12-02) by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * twenty-second author of a scam bank). Written from general knowledge of how ordinary people
 * write to each other in 2025–2026 — family groups (parents, grandparents, in-laws), friends and
 * classmates, neighbours and 业主群 with their 团长 and 网格员, colleagues' casual chat, sports
 * clubs and hobby groups, churches, temples and volunteer teams, online friends from games and
 * forums — and of how the 社区, schools, police stations and registered lenders write into those
 * circles; of the telecom-fraud scripts that hide in them (the Ministry of Public Security's
 * common types: new-number relatives, bosses and teachers, grandchildren "in trouble", face-swap
 * video calls, 杀猪盘 openers, 宝妈-group brushing, teenagers' game trades, 微商 friends-of-friends,
 * investment tips forwarded in family groups, fake police calling grandparents, fake charity and
 * prizes, and loans, credit repair and "customer service" pitched by a friend of a friend); and of
 * the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent,
 * at most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, collection only from the debtor and the
 * guarantor, no public notices, extra fees, new loans to repay old ones, threats, insults, fraud,
 * violence, spreading private information, fake legal documents or impersonated courts, police or
 * government). While writing it the author read only: eval.types.ts, eval.generator.ts, the
 * earlier template banks (only their headers' style lists and a skim of their
 * texts, to avoid duplicating them and to write differently; not blind14*, blind15* or train11*,
 * of which only their one-line export declarations showed up in a grep for export lines),
 * the FraudType part of scam.types.ts, registry/institutions.json (through a summary script),
 * registry/README.md, shared/facts/regulation.md, the first part of two seeds and of
 * shared/SPEC.md, and the import lines of eval.test.ts (registry.fixture.ts was imported by the
 * check script, not read; eval.metrics.ts was not opened).
 * The analyzer's code, lexicons, signal lists, reason catalogue, closed-channel lists, indicator
 * extraction, rules, text model and training corpus were NOT opened; docs/, scripts/, models/,
 * BENCHMARKS.md, the repository README and git history were NOT read; the analyzer, vitest, its
 * tests and benchmarks were NOT run; no search tool was used on this repository and git was not
 * used. The only runs were `npm run typecheck` and an expansion check outside the repository
 * (generateEvalSet(registry, 'train12') and the other splits) for counts by label, fraud type and
 * sender kind, for duplicate texts against the other splits (compared by the script, not read)
 * and for character-bigram Jaccard similarity (≤ 0.5) against every earlier template and between
 * this bank's own templates.
 *
 * TRAINING-ONLY: this bank was written for the text model's training data. It is never reported
 * as a test, and no figure measured on it says anything about how well the analyzer generalises.
 *
 * Styles (on purpose, what the earlier banks lack): everyday people-to-people messages and the
 * scams that hide in them. Genuine (this file): very short personal texts (到家了, 钱收到了,
 * 锅里有饭), real money between people (群收款 for a dinner or a court booking, 红包 and 压岁钱,
 * 份子钱, a loan to a friend and asking for it back politely, paying a neighbour for groceries,
 * a club treasurer's receipts, church 奉献 and temple 功德 only to the institution's own account,
 * volunteers' reimbursements), new numbers announced by real relatives who say they will never ask
 * for money on them, real emergencies (a fall, a night fever, a burst pipe, a stolen bike),
 * anti-fraud warnings forwarded from the 社区, school, police, a guild leader or a group owner,
 * parents and grandparents asking their children "is this real?" and being answered, daily chatter
 * full of 转账, 验证码, 账户, 冻结, 警察 and 快递, and a few registered lenders' notices seen from
 * the family's side (a lawful daytime reminder to the debtor, a lawful "please ask him to call
 * back" to a relative when he could not be reached, an emergency-contact notice). Voices: elderly
 * people dictating through 语音转文字 with homophone slips (道账, 严正码, 一保卡), teenagers (v我,
 * 开黑, 家人们谁懂啊), northern and southern dialect-flavoured Mandarin (Northeastern, Beijing,
 * Tianjin, Shandong, Henan, Sichuan, Hunan, a little Shanghainese; no Cantonese), very short
 * back-and-forth exchanges pasted as one message (妈：到了没 / 我：到了), replies quoting the
 * previous message (「刘姐：…」 / - - - / reply, > quote, 回复 @…), and a little English.
 */
import type { Template } from './eval.types.js';
import { TRAIN12B_TEMPLATES } from './train12b.templates.js';

/** Family, friends, neighbours and club members on their own phones, or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** Chat exports, group posts and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** A real relative or friend announcing a new number (carriers' own or MVNO numbers). */
const NEW_NUMBER: Template['senders'] = ['mobile', 'virtual', 'none'];
/** Relatives travelling or living abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none', 'mobile'];
/** Schools, 社区 and other unregistered bodies: bulk SMS ports. */
const BULK: Template['senders'] = ['unknown_port', 'none'];
/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender calling or texting from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Family chat and codes: any hour, nights included (night is no sign of anything here). */
const ANYTIME = [0, 1, 6, 8, 12, 17, 20, 23];
/** After work and school. */
const EVENING = [18, 19, 20, 21, 22, 23];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** Early risers: grandparents, park groups, sports clubs. */
const MORNING = [6, 7, 8, 9];

const NORMAL: Template[] = [
  // ── very short personal texts ──
  { label: 'normal', text: '到家了', senders: FOLK, hours: ANYTIME },
  { label: 'normal', text: '落地了，手机就剩5%的电，到酒店充上再回你', senders: ABROAD, hours: ANYTIME },
  { label: 'normal', text: '钱收到了，谢谢姐。下个月发了工资就还你', senders: FOLK },
  { label: 'normal', text: '妈 我到学校了 宿舍在六楼 没电梯 累死😮‍💨', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '快递给你搁门口鞋柜上头了，盒子上贴着单子', senders: FOLK },
  { label: 'normal', text: '锅里给你留了饺子，自己热一下', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '今儿加班，甭等我吃饭了', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '老妹儿到家没？到了吱一声，别让你妈搁那惦记', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '晓得了，莫操心，我们在成都耍得巴适得很，后天就回来', senders: FOLK },
  { label: 'normal', text: '爷爷问你啥时候放寒假，他要去集上给你置办年货', senders: FOLK, hours: MORNING },
  { label: 'normal', text: 'ok 下班顺路帮你取', senders: FOLK },
  { label: 'normal', text: '油钱转你了啊，别给我退回来，不然下回不坐你车了', senders: FOLK },
  { label: 'normal', text: '到了到了别催，门口找车位呢', senders: FOLK, hours: ANYTIME },
  { label: 'normal', text: '红包是给娃的压岁钱，你别替他推，收下', senders: FOLK },
  { label: 'normal', text: '谢谢张阿姨的菜，钱我塞您家门口信箱里了，36块', senders: FOLK },
  { label: 'normal', text: '刚才电梯里没信号，现在好了，有事打我', senders: FOLK, hours: ANYTIME },
  // ── back-and-forth exchanges pasted as one message ──
  { label: 'normal', text: '妈：到了没\n我：到了\n妈：吃饭没\n我：吃了\n妈：吃的啥\n我：面\n妈：光吃面哪行，给你转了200，买点肉\n我：收到了妈', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '[业主群]\n5-502：团的土鸡蛋到了吗\n团长小周：到了，在门卫室，写了门牌号\n5-502：钱转你了，36\n团长小周：收到👌 下周有草莓，要的接龙', senders: PASTE },
  { label: 'normal', text: '张：这周六羽毛球还打不\n我：打，场子订好没\n张：订了两小时，160，四个人一人40\n我：群收款发出来吧\n张：发了\n我：付了', senders: PASTE },
  { label: 'normal', text: '爸：手机上来了个严正码 说啥登录\n我：不是我弄的 谁要都别给 说是我也别给\n爸：那人还打电话来了 说是送快递的\n我：挂了拉黑 我晚上回去给你看看\n爸：好 删了', senders: PASTE, hours: ANYTIME },
  { label: 'normal', text: 'A：哥们数学作业写完没\nB：没 最后那道大题啥意思\nA：我拍给你 别全抄啊 老班看得出来\nB：知道知道 明天v你一瓶可乐', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '我：老周，上个月借你那三千，方便的话这周能还不？不急，就问一嘴\n老周：哎呀我给忘了！现在转\n老周：[转账] 3000.00\n我：收到，谢了哈\n老周：该我谢你', senders: PASTE },
  { label: 'normal', text: '爷爷：你给我装那个反诈软件老响\n我：响了说明来的是可疑电话 您别接就行\n爷爷：刚才还有个96110打来\n我：那是反诈中心提醒您的 是真的 它不找您要钱\n爷爷：哦 那我放心了', senders: PASTE, hours: MORNING },
  // ── replies quoting the previous message ──
  { label: 'normal', text: '「刘姐：明早广场舞几点？」\n- - - - - - - - - - - -\n七点半，老地方，记得带扇子，穿红衣裳', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '「老爸：你那边下雪没」\n——————\n下了，老大了，我穿着你给买的羽绒服呢，一点不冷', senders: FOLK },
  { label: 'normal', text: '回复 @小胖：哪个区的号\n我二区的，晚上八点开黑带你上分，别买代练，封号不值当', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '> 王老师：请家长今晚在学校小程序里确认春游回执，费用学校统一收，不通过个人转账。\n收到，已确认。谢谢王老师提醒', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '「大姑：侄女，你姑父住院借你那钱下礼拜还你」\n—— —— ——\n大姑不急，姑父身体要紧，钱的事以后再说', senders: FOLK },
  // ── real money between people ──
  { label: 'normal', text: '[群收款] 高三(2)班毕业二十年聚会\n发起人：班长李军\n每人200元，已收31人\n备注：多退少补，饭店账单聚会后拍群里公示', senders: PASTE },
  { label: 'normal', text: '各位球友，本季度场地费每人300，用群里的“群收款”付，或者周六现场给我现金，我记本子上，月底把球馆开的发票拍群里。——俱乐部财务 老韩', senders: FOLK },
  { label: 'normal', text: '弟兄姊妹平安！本月奉献请投入礼拜堂奉献箱，或转入教会对公账户（户名：江城市福音堂），请勿转给任何个人，包括同工和传道人。需要收据的找财务同工开。', senders: FOLK },
  { label: 'normal', text: '[居士群] 阿弥陀佛。本寺随喜功德一律在寺内功德处登记开票，或扫寺院大殿旁公示的对公收款码。近来有人冒充法师私信化缘，请大家不要转账给个人。', senders: PASTE },
  { label: 'normal', text: '志愿者们辛苦了！上周去敬老院垫的车费和水果钱，把发票或小票拍给我，周五前统一报销到大家本人微信。没小票的也跟我说一声，按实际报。', senders: FOLK },
  { label: 'normal', text: '哥，小丽结婚的份子钱我替你随了，一千，你有空转我就行，不急', senders: FOLK },
  { label: 'normal', text: '李奶奶，您让我带的菜和降压药都放您门口了，一共68块5，小票夹在袋子里。您别给我现金了，下回包包子喊我一声就行', senders: FOLK },
  { label: 'normal', text: '小刘，过年前你说周转一下的那五千，我这边孩子报兴趣班要用，你看月底前能还不？要是紧分两回也行，咱不伤和气', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '昨晚那顿一共486，五个人一人97.2，我发群收款了，谁还没付点一下，不着急哈', senders: FOLK },
  { label: 'normal', text: '大孙子奶奶给你转了五百块钱你看看道账没有 买点好吃的别舍不得 学习别太累了 奶奶不会弄这个是你小叔帮我按的', senders: FOLK },
  // ── new numbers announced by real relatives and friends ──
  { label: 'normal', text: '我是小雨，换了个新号，旧号月底就停了，存一下哈。先说好，我不会用新号找任何人借钱，要是有人用我的名义要钱，直接打视频给我。', senders: NEW_NUMBER },
  { label: 'normal', text: '大姨，我是你外甥女婷婷，这是我新号，刚才在家族群里也说了，您存上。老号停了别再打了，有事还是微信视频', senders: NEW_NUMBER },
  { label: 'normal', text: '妈 这是爸的新号 我给他换了个老人机 字大 你存一下 他刚才打你没打通', senders: NEW_NUMBER },
  { label: 'normal', text: '我是三叔，到温哥华了，这是这边的号，打国际长途贵，平时还是微信视频。都挺好的，别惦记，跟你奶奶说一声', senders: ABROAD, hours: ANYTIME },
  { label: 'normal', text: '老同学，我陈浩，原来微信号被封了新注册了一个，你刚通过那个就是。不放心咱俩视频一下，还是那个大脑门儿哈哈', senders: NEW_NUMBER, hours: EVENING },
  // ── real emergencies ──
  { label: 'normal', text: '哥，爸刚才在小区门口摔了一跤，120拉到市一院急诊了，我在这儿陪着，片子拍了说是骨裂，不要紧。你先别请假，晚上下班直接过来，费用我已经在窗口交了', senders: FOLK, hours: ANYTIME },
  { label: 'normal', text: '孩子半夜烧到39度5，我带去儿童医院了，你明早送两件换洗衣服过来，医保卡在电视柜抽屉第二层', senders: FOLK, hours: [0, 1, 2, 3, 4, 5] },
  { label: 'normal', text: '你家是不是水管爆了？楼下502天花板在滴水，物业师傅已经把总阀关了，你赶紧回来看看', senders: FOLK },
  { label: 'normal', text: '我电动车在超市门口被偷了，已经报警了，派出所让明天上午去做笔录，晚上你来接我一下呗', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '姐，妈又把钱转给那个卖保健品的了，我已经打了110，民警让带妈去派出所做笔录，你也过来一趟，别骂她，她也是被哄的', senders: FOLK },
  // ── anti-fraud warnings forwarded from the 社区, school, police, groups ──
  { label: 'normal', text: '[业主群] 网格员小杨：各位业主，近期有人冒充物业在群里发“维修基金返还”链接，要填银行卡号和验证码。物业从不在群里发链接收费，看到了请@管理员踢人，拿不准就打社区电话核实。', senders: PASTE },
  { label: 'normal', text: '【江城实验小学】家长您好：近期有人冒充班主任在家长群收“资料费”“保险费”。学校所有收费均通过学校缴费平台，班主任不会私下收款。遇到可疑消息，请电话联系班主任本人核实。', senders: BULK },
  { label: 'normal', text: '转发自派出所公众号：寒假到了，警惕“免费领皮肤”“低价代充”骗局，骗子会让孩子用家长手机扫码付款、开屏幕共享。请跟孩子约好：游戏里任何要花钱的事，先问爸妈。', senders: FOLK },
  { label: 'normal', text: '奶奶，这几天要是有人打电话说是我，说我打架了、撞车了、让您拿钱，您一分都别给，直接挂了打我这个号，或者打我爸。我天天在学校，好着呢', senders: FOLK },
  { label: 'normal', text: '[摄影群] 群主公告：有人私加大家卖“二手镜头”，头像名字跟我一模一样，那不是我！我从不私聊卖东西，大家交易走二手平台担保，别直接转钱。', senders: PASTE },
  { label: 'normal', text: '公会的小朋友们注意：最近有人冒充官方说“账号异常要解冻”，让你加QQ扫码。官方只在游戏内邮件通知，交易全走游戏里的交易行，别私下给人转钱，被骗了马上告诉家长', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '妈，刚才那个96110的电话是真的反诈中心打的，说你今天接了个可疑电话，怕你上当。你做得对，说你医保卡有问题那个就是骗子，他没找你要钱吧？', senders: FOLK },
  { label: 'normal', text: '【南门社区】老年朋友们：凡是自称公安、法院、医保局打电话让您转账到“安全账户”的，全是骗子。公安机关不会电话办案，更没有“安全账户”。拿不准先给子女打电话或拨110。', senders: BULK, hours: MORNING },
  { label: 'normal', text: '[幸福里小区3号楼群 聊天记录]\n网格员小杨：@所有人 跟大家说个事，昨天咱楼一位阿姨差点被骗，骗子冒充她孙子打电话，说在外地把人撞了要私了，让阿姨取两万块钱，说一会儿有“同学”上门来拿。\n2-401 老周：我的天，后来呢？\n网格员小杨：银行柜员看阿姨着急取现金就多问了两句，报了警，民警赶到的时候那个“同学”刚好上楼，已经抓了。\n1-602 王姐：我婆婆也接过这种电话，声音还挺像。\n网格员小杨：现在还有AI换脸、换声音的，视频里看着是亲人也别急着转钱。记住三条：挂了电话打亲人原来的号码核实；不给上门的陌生人现金；拿不准就打110或者找我。家里有老人的，今晚回去跟他们念叨念叨🙏\n3-302 小李：收到，已转发到我们家群里了', senders: PASTE },
  // ── "is this real?" asked and answered ──
  { label: 'normal', text: '闺女你帮妈看看这个短信是真的不 说妈的养老金从这个月调整了多发一百多 让去银行存折上看 没让点啥也没让给钱 妈就是问问', senders: FOLK, hours: MORNING },
  { label: 'normal', text: '妈：儿子有个小伙子加我微信说是你同事，说你开会不方便，叫我给他转钱，我没转\n我：妈我没同事找你，那是骗子，拉黑他，你做得对\n妈：吓死我了 已经拉黑了', senders: PASTE },
  { label: 'normal', text: '妈：这个是真的吗？“{sig}您本期账单{amt}元将于{date}到期，请通过{app}还款。”\n我：是真的，是我自己买手机分期的，到时候我会还，它只让在App里还，没让转账给谁，放心', senders: PASTE },
  { label: 'normal', text: '乖孙 爷爷问你个事 手机来了个短信说我一保卡个人账户今年划进去多少钱 写的是一保局 这个要紧不 要不要回它', senders: FOLK, hours: MORNING },
  { label: 'normal', text: '姐你看这个“您的包裹已到小区驿站，取件码{code}”是真的不？我最近没买东西啊\n……\n哦想起来了，是妈给我寄的腊肠，没事了', senders: FOLK },
  { label: 'normal', text: '爸，你发我那个截图我看了，是{name}的官方短信，号码也对，就是提醒你那张卡这个月的还款日，你在{app}里点还款就行，别听别人说啥“代还”。', senders: FOLK },
  { label: 'normal', text: '妈 你截图那个“你已被列入征信黑名单”的短信是骗子发的 正规银行不这么写 我帮你举报了 你删了吧 谁打电话说这事都别理', senders: FOLK, hours: EVENING },
  // ── daily chatter full of scam words ──
  { label: 'normal', text: '我卡没被冻结，是我自己丢了去银行挂失的，新卡下周才下来，这周报销能先打到我另一张卡上不？帮我问问财务', senders: FOLK },
  { label: 'normal', text: '我表弟考上警察了！下礼拜在老家摆酒，你去不去，一块儿开车回', senders: FOLK },
  { label: 'normal', text: '打麻将那二十块转你了哈，愿赌服输，下回赢回来', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '刚才快递小哥打电话说放驿站了，我让他送上门了，你回来记得拿，是给爸买的血压计', senders: FOLK },
  { label: 'normal', text: '我们公司年会我抽中个扫地机器人，真中了，不是骗子那种哈哈，明天扛回家', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '今天单位组织看了个反诈电影，演的就是“安全账户”那一套，看完我头一个想到咱爸，你回去再跟他念叨念叨', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '我游戏账户让我妹拿去玩还充了68，我在游戏里提交了未成年退款申请，客服说3个工作日审核，退回原支付账户', senders: FOLK },
  { label: 'normal', text: '刚才银行打电话是真的，我在网点柜台给我妈转的钱，他们回访问是不是本人操作，我说是给我妈的，就过了', senders: FOLK },
  // ── registered lenders, seen from the family's side ──
  { label: 'normal', text: '{sig}您尾号{tail}的借款本期应还{amt}元，还款日{date}。请通过{app}还款或保持绑定银行卡余额充足，我司不会要求您向任何个人账户转账。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}您正在新设备登录{app}，验证码{code}，5分钟内有效。任何人索要验证码都是诈骗，包括自称家人、同事的。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您已将{person}设置为紧急联系人。我们仅在无法与您取得联系时请其转告您回电，不会向其透露您的借款信息，也不会要求其代为还款。', senders: OWN_PORT },
  { label: 'normal', text: '[通话录音整理] 您好，请问是{person}本人吗？我是{name}贷后服务的工作人员，工号{tail}。您有一笔{amt}元的还款逾期两天了，提醒您尽快在{app}里还，确实有困难的话App里可以申请延期。……好的，那就不打扰您了，再见。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '[通话录音整理] 您好，请问是{person}吗？我是{name}的客服，工号{tail}。我们有事要联系您家人王强，他的电话连着几天都没打通，麻烦您方便时转告他回个电话，号码是{hot}。具体什么事我们只能跟他本人说，打扰您了。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您的借款已逾期5天，逾期可能影响个人征信。请尽快登录{app}还款；如遇困难可在App内申请分期。我司不会联系您的亲友催收，也不收取任何额外费用。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '妈，{name}那个短信是催我还款的，是我自己买电脑分期的，这个月手头紧晚了几天，今天已经在App里还上了，你不用管，谁打电话让你转钱都别转', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '{sig}温馨提示：近期有不法分子冒充我司员工，借家族群、朋友“熟人介绍”办理贷款并收取“内部渠道费”。我司贷款仅通过{app}申请，不收取任何前期费用，也没有任何“内部渠道”。', senders: OWN_PORT },
  { label: 'normal', text: '{name}: Reminder — your instalment of {amt} is due on {date}. Please repay in our official app only. We never ask you or your family to transfer money to a personal account.', senders: OWN_PORT, hours: DAYLIGHT, en: true },
  // ── clubs, classes, hobby and faith groups ──
  { label: 'normal', text: '跑团通知：江城半马报名今晚8点开，只在赛事官方小程序报，团里不代报名不代收钱。有人私信说有“内部名额”要收费的，一律别信，截图发群里', senders: FOLK, hours: MORNING },
  { label: 'normal', text: '合唱团的姐妹们，演出服统一在团里订，一套120，交给会计王姐，她给大家开收据。下周三排练带身份证复印件，演出方要报名单', senders: FOLK },
  { label: 'normal', text: '钓友群的兄弟们，周日水库那边下大雨，活动取消了，交的塘费老刘挨个退，没退到的私聊他', senders: FOLK, hours: MORNING },
  { label: 'normal', text: '老年大学书法班：下学期学费请到学校一楼缴费窗口交，现金刷卡都行，给开正式收据。班长不收钱，微信里谁找你收学费都别理', senders: BULK },
  { label: 'normal', text: 'Hi all, Grace from the Sunday English fellowship here. Potluck this Saturday, 6pm in the church hall. No need to bring money, just a dish! If anyone messages you asking for donations in my name, it isn’t me.', senders: FOLK, en: true },
  { label: 'normal', text: '车队周末骑行路线发群里了，集合点东门加油站，早上六点半。头盔必须戴，不戴的别来哈', senders: FOLK, hours: MORNING },
  // ── colleagues ──
  { label: 'normal', text: '帮我带杯美式，少冰，钱转你了', senders: FOLK },
  { label: 'normal', text: '[工作群] 刘总：大家注意，今天有人用我的头像加财务要转款，那不是我。我从不私信让人转钱，所有付款走OA审批，有疑问直接打我座机确认', senders: PASTE },
  { label: 'normal', text: '姐妹们，下周三小林生日，咱凑份子给她买个加湿器，每人30，转我微信就行，买完我把小票发群里', senders: FOLK },
  // ── online friends from games and forums ──
  { label: 'normal', text: '网友面基：周六下午三点，万达一楼那家咖啡店？我穿黑卫衣戴眼镜，奶茶我请，不见不散', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '坛友你好，你那台二手相机我想要，咱们走平台担保交易吧，你挂个链接我拍下，确认收货平台再给你放款，双方都放心', senders: FOLK },
  { label: 'normal', text: '我在游戏里把那套皮肤送你了，走的游戏内赠送，你上线看邮箱领，不用给我钱，生日快乐兄弟', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '家人们谁懂啊 我妈以为我被骗了 其实是我自己拿压岁钱在官方商城买的键盘 发票都给她看了还不信😭', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '兄弟你号别卖了 上回那个说高价收号的先让你交“验号费” 那就是骗子 我表哥就栽过', senders: FOLK, hours: EVENING },
  // ── dialect-flavoured family talk ──
  { label: 'normal', text: '妮儿，恁爹今儿去镇上营业厅把电费交了，人家给打了票，你别再手机上交了，交重了', senders: FOLK, hours: MORNING },
  { label: 'normal', text: '崽，你寄回来的钱收到哒，莫再寄咯，屋里冒得么子要用钱的地方，你自己留到恰饭', senders: FOLK },
  { label: 'normal', text: '介俩月水费是物业代收的，我去物业交的现金，给了收据，你甭信那个让点链接交水费的短信', senders: FOLK },
  { label: 'normal', text: '囡囡，姆妈收到侬寄来的快递了，两盒月饼，老好吃的。侬覅再买了，铜钿省省', senders: FOLK },
  { label: 'normal', text: '俺娘说了，今年过年俺们都回去，恁把俺那屋拾掇拾掇，给俺侄子的红包俺准备好了', senders: FOLK },
];

export const TRAIN12_TEMPLATES: Template[] = [...NORMAL, ...TRAIN12B_TEMPLATES];
