/**
 * TRAIN12 training-only bank, second part: fraud and harassment. Written with
 * train12.templates.ts by the same independent (twenty-second) author in session 8 (2026-12-02);
 * see that file for who, how, what was read and run, and the styles. TRAINING-ONLY: never
 * reported as a test.
 *
 * Labelling rules used here. A message is labelled by what it does, not by who forwards it: a
 * relative or friend who passes a scam on as good advice (a stock "teacher", an 养老 project, a
 * "内部渠道" loan, a credit "洗白" contact, a clicking-for-money group) is labelled by the scam; so
 * is the target's own retelling of a scam they are in, or are about to act on, or only just broke
 * off (typed, dictated with slips, or a child's confession), and a question "should I pay?" that
 * carries the scam's demand with no warning. It is normal (train12.templates.ts) only when it is a
 * warning, or a question that is answered with a warning, or about a genuine message.
 * Acquaintances: anyone who claims to be someone the reader knows — a child or grandchild on a
 * new number, a boss, a teacher, a pastor, a club captain, an in-law, a game friend whose QQ was
 * taken over, a face-swap video "relative" — is `impersonating_acquaintance`, even when the
 * message asks for nothing yet ("换号了…明天找你有点事"). A stranger who builds affection (加错人
 * openers, online "partners" met in games or forums, a lonely widow or a surgeon abroad) and then
 * asks for money or leads to a platform is `romance`; a stranger who pitches a platform without
 * affection is `fake_investment`. Fake police, courts, 医保局, 民政局, tax bureaus and "community
 * police" who ask for money, accounts or card numbers are `impersonating_authority`; a fake
 * "征信中心" worker about an old student loan that must be "注销", or anyone offering to delete
 * overdue records, is `fake_credit_repair`; a fake lender, platform, shop or courier desk about a
 * membership, refund or claim is `fake_customer_service`; a loan "pre-approved" that needs a fee,
 * a 解冻金 or a login and code first is `fake_loan`. Teenagers' skins, 代充, account and coin sales,
 * "frozen" trade payments and account valuations are `game_trading`; a fake game refund desk is
 * `fake_customer_service`. Goods and tickets paid in advance to a stranger, including 微商 and
 * 团长 who are friends of friends and religious trinkets, are `fake_shopping`. Fake charity, fake
 * prizes and rewards, fake "名人录" honours and fake kidnappings are `other`. Harassment: a
 * collector of a real loan — an agency or the registered lender's own line — who writes to a
 * family, 业主, hobby, church, volunteer or dancing group, tells a classmate, teacher, neighbour,
 * in-law, roommate or game friend about the debt or presses them to pay, contacts anyone between
 * 22:00 and 08:00, rings more than six times a day, charges extra fees, pushes a new loan, sends a
 * fake lawyer's letter or "通告", poses as police, threatens or insults, is harassment even when
 * polite; a relative's account of such calls is harassment too. A collector posing as police to
 * recover the named lender's loan is harassment; a "police officer" who invents a crime and wants
 * a 安全账户 transfer is fraud.
 */
import type { Template } from './eval.types.js';

/** Group posts and chat exports pasted with no sender. */
const GROUP: Template['senders'] = ['none'];
/** Strangers and friends-of-friends on personal or MVNO numbers, or pasted from a chat. */
const STRANGER: Template['senders'] = ['mobile', 'virtual', 'none'];
/** Impersonators on a "new number". */
const NEW_NUMBER: Template['senders'] = ['virtual', 'mobile', 'foreign'];
/** "Lovers", relatives "abroad" and overseas shops. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
/** The target (or a child) retelling it to family. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited mass SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign'];
/** SMS made to look like an institution's or a government body's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['virtual', 'foreign', 'prefixed', 'unknown_landline', 'lookalike_400', 'mobile'];
/** Collectors on personal phones, desk lines, or pasted from a chat. */
const HOUND: Template['senders'] = ['mobile', 'virtual', 'unknown_landline', 'none'];
/** A registered lender's own channels (or its staff's phones), used against the rules. */
const MISUSED: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];
/** A registered lender's SMS, from its own port or a vendor's bulk port. */
const LENDER_SMS: Template['senders'] = ['official_port', 'unknown_port'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 3, 5, 7];
/** Before 08:00. */
const DAWN = [5, 6, 7];
/** Scams that arrive any time of day or night. */
const ANYTIME = [0, 7, 9, 12, 15, 19, 21, 23];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[宝妈互助群] 姐妹们，带娃在家也能挣奶粉钱😘 给网店商品点个赞截个图，一单2块，我天天做。想做的私我，先送三单体验，做顺手了再升“高佣单”', senders: GROUP },
  { label: 'fraud', type: 'brushing_rebate', text: '亲爱的，你上回说想在家带娃挣点零花，我表姐那个群就是干这个的，点赞关注就给钱，我昨天领了18。你加她吧{phone}，就说我介绍的，她手把手教', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音] 儿子妈跟你说个事 妈在那个群里给人家点赞一个给三块 前头给了我四十多 后来让我先垫八百做个大单 说做完给一千二 我转了 现在又说我操作错了要再垫两千才能提出来 这咋弄啊', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '接单群拉人！！给主播直播间挂热度，挂着就行一小时15，学生党友好。先交29会员费进群，三天回本 {url}', senders: BLAST, links: ODD, hours: ANYTIME },
  { label: 'fraud', type: 'brushing_rebate', text: '各位邻居打扰了，我是8栋新搬来的，在做网店好评返现，邻居拍下商品我们全额返本金外加8块辛苦费，一天限20单，感兴趣的加我，一点不耽误带娃', senders: GROUP },
  { label: 'fraud', type: 'brushing_rebate', text: '导师：今天第三单是联单，要连做三笔才结算\n我：可我卡里就剩两千了\n导师：系统不能中断哦，中断的话前面的本金都会被冻结，可以找家人周转一下，做完马上全部返还\n我：那我问问我老公', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '主内平安🙏 弟兄姊妹们，我这边有个在家做的“祝福任务”，帮福音书店的商品写好评，每单返现5元，十单以上返20%，先自己垫付货款，系统确认后全部返还，也算为事工出一份力', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '「小芳：真的假的 点赞就给钱？」\n- - - - -\n真的呀亲，我昨天做了十几单，截图给你看。新人先做三单免费的，后面大单要先垫付，系统秒返，我带你', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '[相亲相爱一家人] 大舅：都看看，这个王老师带的股票群，我进去一个月挣了两万多，每天早上九点群里报代码，跟着买就行，免费的！想进的我拉你们 {url}', senders: GROUP, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '刘姐，上回跟你说的那个黄金项目，我又投了五万，每月返三千，比存银行强多了。公司正规的，还有自己的养老院，下周组织我们去参观，管午饭，你跟我一块儿去看看', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '老同学，给你透个内部消息，我在一个数字资产群跟着老师做，一周涨了30%。平台叫“远航”，要用我的邀请码注册，你先充一千试试水，不挣算我的 {url}', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '老弟啊，二舅跟你唠个正经事儿，俺们屯老李头整了个新能源项目，原始股，一块钱一股，明年上市翻十倍。名额贼少，我给你留了两万块钱的，你今儿就得把钱打过来，过了今儿就没了', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: 'bro 我最近跟一个外汇带单老师，胜率90%+，每晚八点直播喊单，MT4开户就行，入金5000刀起，我这个月+37%，截图给你看。想玩我把老师微信推你', senders: STRANGER, hours: ANYTIME },
  { label: 'fraud', type: 'fake_investment', text: '[书法群] 各位老师，我们协会跟一家艺术品交易所合作，会员作品可以“确权上链”挂牌交易，入会费三千八，一年后保底回购翻倍，名额先到先得', senders: GROUP },
  { label: 'fraud', type: 'fake_investment', text: '闺女啊 妈跟你说 那个养老公寓的项目 交一万块钱一年给一千五的利息 还给妈留个床位 隔壁王婶都交了 妈也想交个五万 你看中不中', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_investment', text: '姐夫推荐的，他们单位好多人都在买，“稳盈宝”，年化12%，保本，随时能取，我买了十万了，链接给你 {url}', senders: STRANGER, links: PHISH },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '我表哥在{name}做信贷经理，有内部渠道，征信花了也能批，最高二十万。就是要先交两千的“资料包装费”，下款了再从里面扣，你要办我把他微信推给你', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '宝妈专属贷款，不查征信、不打电话给家人，身份证就能下款，额度3000-50000，当天到账。首次需缴纳会员费199元激活额度 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '“经理”：您的贷款审批通过了，5万元\n我：那咋还没到账\n“经理”：系统显示您填的银行卡号错了一位，资金被冻结了，需要交3000解冻金证明还款能力\n我：我没钱啊\n“经理”：可以找朋友借一下，解冻后连同贷款一起打给您', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '[业主群] 装修的邻居看过来：和多家银行合作的装修专项贷，年化3.6%，不看流水，最快当天放款，放款前收1%风险保证金，放款后退还。有需要加我，8栋已经好几户办了', senders: GROUP },
  { label: 'fraud', type: 'fake_loan', text: '学生也能借！不用父母同意，有学生证就能借500-5000，买手机买皮肤都行。先转99元“信用认证费”给我们财务 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_loan', text: '幺妹儿，我晓得你最近手头紧，我朋友有个路子，帮你在{name}上把额度“刷”出来，你把{app}账号和验证码给他，他弄好你就能借八万，只收你百分之十的好处费', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您的备用金额度{amt}元已激活，因您的银行卡信息与身份证不一致，放款暂未成功。请于{date}前登录 {url} 完成账户校验，逾期额度将失效。', senders: FAKE_PORT, links: PHISH },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '我同事她老公在{name}上班，说你那个{app}里开了“会员自动续费”，一个月扣598，不关还影响征信。他能帮你关，你下个会议软件跟他共享一下屏幕就行', senders: STRANGER },
  { label: 'fraud', type: 'fake_customer_service', text: '【游戏官方客服】您好，检测到您的游戏账号为未成年人使用，家长可申请全额退款。请家长添加退款专员QQ，按指引在手机银行完成退款流程 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递公司理赔专员，您寄给家里老人的包裹运输中破损了，我们按三倍赔付，请加我企业微信，我给您发理赔链接 {url}', senders: DIALER, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '[语音转文字] 乖孙女 刚才有个人打电话说是啥平台的客服 说奶奶的百万保障到期了 不关的话每个月都扣钱 让我照他说的在手机上点 我点了一半害怕就挂了 他还在打', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您好，您在{app}开通的借款会员服务将于今日自动扣费{amt}元，如非本人操作，请立即联系人工客服{phone}办理取消，以免影响个人征信。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '亲，您在咱家店里买的那件童装被检测出甲醛超标，我们主动召回，给您退款再双倍赔偿。麻烦加一下售后专员微信，要在支付软件的“备用金”里操作退款', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hi, this is the customer care team of {other}. The parcel you sent to your parents was lost and you are eligible for a double refund. Please install our support app {url} and share your screen so our agent can guide you.', senders: DIALER, links: DOWNLOAD, en: true },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[通话] 喂，是{person}吧？我是市公安局刑侦支队的，您的身份证被人冒用开了银行卡，涉嫌洗钱，现在要对您的存款做资金清查。这事要保密，不能跟子女讲，他们也可能被监控。您现在去银行，把钱转到我们给的安全账户{acct}，查清了就退给您', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '老人家您好，我是医保局的，系统显示您的医保卡在外地被人盗刷了三千多，要马上冻结。我给您转接公安局的王警官，您照他说的做，千万别挂电话', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【江城市民政局】您好，您已符合2025年高龄津贴发放条件，每月300元，首次补发一年。请于{date}前添加工作人员微信{phone}办理，需缴纳20元工本费。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '孩儿，恁爹今儿接了个电话，说是法院的，说俺欠了人家钱被告了，明儿不去交钱就来抓人，让先交五千块保证金，我说俺得问问俺孩儿，他说不中不能跟人说', senders: OWN_WORDS },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}，我是网警支队的，刚才视频里你也看到我的警官证了。你的微信号涉嫌参与网络赌博，需要配合调查。现在把屏幕共享打开，按我说的把你名下所有账户的余额查给我看', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【江城市公安局】您的亲属{person}因涉嫌诈骗已被刑事拘留，请家属于24小时内缴纳取保候审保证金，详情联系办案民警{phone}', senders: FAKE_PORT, hours: ANYTIME },
  { label: 'fraud', type: 'impersonating_authority', text: '阿姨您好，我是咱们街道派出所的社区民警，最近骗子多，我们在给老年人登记“资金安全备案”，您把存折和银行卡号报给我，我们备个案，骗子就转不走您的钱了', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是区税务局，您父亲名下的房子出租没申报个税，要补缴税款和滞纳金，不然就冻结房产。老人年纪大了，您代他办一下，加我QQ我把缴款账户发您', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '听我闺蜜说你之前网贷逾期上了征信？她老公认识银行内部的人，能把逾期记录删了，一条三千，不成功不收钱，先付一半定金就行', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '在吗 我是咱大学同学群里的 你大学时候用过的那个校园贷账户没注销 现在国家要清理 不注销影响征信以后贷不了款 我也刚弄完 你加这个客服照他说的弄 {phone}', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '[二手交易群] 专业征信修复，逾期、呆账、查询过多均可处理，合作律所“异议申诉”，15个工作日见效，已帮上千人成功上岸。先交服务费，无效退款', senders: GROUP },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您好，系统检测到您的个人征信存在异常记录，系我司数据报送错误，需您本人配合核实更正，请于今日内联系专员{phone}，逾期将正式上报。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '小张啊 我是你妈跳舞那个李阿姨 听你妈说你房贷批不下来是征信不好 我侄子专门弄这个 交一万块钱能给你弄成白户 你妈让你自己跟他联系哈', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '兄弟 你那网贷逾期不是上征信了吗 我认识个大佬能“铲单” 你把借款app的账号密码给他 两天给你洗白 我朋友就弄过 真的', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是征信中心的工作人员，您名下有一笔上学时的借款记录没结清，按新规今天要注销。注销前需要把借款平台的额度全部借出来，转到指定账户做“清零核验”，核验完原路退回', senders: DIALER },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '亲，我是你同事小王的朋友，在做大牌原单包包，专柜三折，今天就剩最后三个。先付定金五百，发货前付尾款，不走平台，平台手续费太高', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '[业主群] 新团长来啦～我不是本小区的，朋友拉我进来的。智利车厘子JJ级5斤装只要39！接龙后今晚12点前转我个人微信全款，后天统一到，过时不候', senders: GROUP },
  { label: 'fraud', type: 'fake_shopping', text: '我朋友是演唱会主办方的工作人员，内场票原价出，1680一张，官方早卖光了。你先把钱转我，我让他明天直接转赠到你账号上', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '您好，您看中那只柯尔鸭已经打好疫苗了，包邮到家。活体托运要先付800的“航空箱押金”和保险，到家后押金退还', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '宝妈们，我老公在海外工作，奶粉一手货源，一罐比国内便宜一百多。要的先转全款，一周清关发货，量大还能再便宜', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_shopping', text: '[居士群] 感恩师兄们。本人从终南山请来开过光的小叶紫檀手串，原价三千八，随喜结缘价688，转账后三日内寄出，数量有限，结缘为止', senders: GROUP },
  { label: 'fraud', type: 'fake_shopping', text: '坛友好，你收的那台二手相机我这有，九成新才2200。平台抽成高，咱直接微信转账，我发快递给你，先付一半定金', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '我们单位发的月饼提货券多了，498的礼盒券180出，要几张转我，我把券码拍给你', senders: STRANGER },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈 我换号了 这是新号码 你存一下 旧号别打了 我明天找你有点事', senders: NEW_NUMBER, hours: ANYTIME },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[工作群] 张总：小李，现在方便吗？我在开会不方便接电话，有个客户的保证金要紧急付一下，账户我私发你，你先从公司账上转过去，回头我补签字', senders: GROUP },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[三年级二班家长群] 班主任：各位家长好，本学期课后托管费每人680元，请今天下午五点前扫码缴纳，缴费后截图发群里，逾期不予安排 {url}', senders: GROUP, links: ODD },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[通话] 奶奶…是我…我嗓子哑了，感冒了。奶奶我在外地跟人起了点冲突，人家要报警，私了要两万，您千万别跟我爸说，他会打死我的。我同学一会儿去您家拿钱，您先取出来', senders: DIALER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '刚才视频你看到是我了吧，信号不好就挂了。我这边真急，你先转我两万，这号是新办的卡，下午就还你，别在家族群里说', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '弟兄平安，我是林牧师，这是我的新微信。有位姊妹住院急需手术费，教会的钱还没批下来，你先帮忙奉献一些到这个账户{acct}，主必记念你的爱心', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '球友们，我是队长老陈，换号了。新赛季报名费每人500，今天截止，转我这个新号，老号那个微信被盗了先别用', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '亲家母，我是小芳她妈，换了个新号。孩子们买房首付还差点，不好意思跟你们开口，我这边先凑了，你们看能不能也凑三万，直接转中介的账户{acct}，先别跟孩子们说，给他们个惊喜', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老汉儿，是我，手机摔烂了借室友的发的。学校要交实习押金两千八，今天不交就没得实习了，你转给我室友嘛，他微信就是这个号，莫打电话，我在上课', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '「妈：你是不是换号了？」\n- - - - -\n对 妈 旧手机丢了。你先别给别人说，我这两天要交房租押金，差三千，你先转我这张卡{acct}，发工资就还你', senders: NEW_NUMBER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 兄弟在不？我小胖啊，急事，我妈住院了我卡里没钱，你先借我500，微信转不了，扫我这个收款码，晚上就还你 {url}', senders: STRANGER, links: ODD, hours: ANYTIME },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Auntie, it’s me, Jiajia. My phone was stolen in Sydney, so I’m texting from a friend’s number. I need AUD 1,500 today for a visa document, can you send it to my friend’s account {acct}? Please don’t tell Mum, she worries.', senders: OVERSEAS, hours: ANYTIME, en: true },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出号！！v10号 全皮肤 星耀 只要588 急出 走我自己的交易平台 先付钱再换绑 不走官方 官方抽成太狠 {url}', senders: STRANGER, links: ODD, hours: ANYTIME },
  { label: 'fraud', type: 'game_trading', text: '🎁恭喜你被抽中领取限定皮肤！扫码登录即可领取，仅限今晚，过期作废 {url}', senders: BLAST, links: PHISH, hours: ANYTIME },
  { label: 'fraud', type: 'game_trading', text: '代充代充 全服六折 648只要388 秒到 要的私 学生党可以先付一半', senders: STRANGER, hours: ANYTIME },
  { label: 'fraud', type: 'game_trading', text: '[交易平台] 您出售的账号已被买家拍下，但您的收款账户未开通“交易保障”，资金已冻结，请缴纳{amt}元保证金解冻，解冻后连同货款一并返还 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '帮主：你那把武器我高价收，2000，不过得走我朋友的平台交易，你先注册一下，平台要你充300认证，交易完一块儿返你', senders: STRANGER, hours: ANYTIME },
  { label: 'fraud', type: 'game_trading', text: '妈我被骗了呜呜 我在游戏里跟人买皮肤 他让我扫码付了200 说没到账又让我付 我用你手机付了三回 现在他把我拉黑了', senders: OWN_WORDS, hours: ANYTIME },
  { label: 'fraud', type: 'game_trading', text: '账号估价：您的游戏账号估价5680元，可一键出售！登录回收平台 {url} 填写账号密码和手机验证码即可极速到账', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '金币1块钱3000 比交易行便宜一半 量大管够 先转账后发货 拍完私聊报角色名 不退不换', senders: STRANGER, hours: ANYTIME },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '不好意思加错人了，本来想加我表姐的。不过你头像挺好看的，你也在江城吗？', senders: OVERSEAS, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: '宝贝，今天收盘我又挣了八千，我舅舅在那个平台做分析师，有内部数据。我不是要你投钱，就是想让你也轻松点，你先充两千试试，亏了算我的', senders: OVERSEAS, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: '哥哥 我们在游戏里认识这么久了 我真的想去见你 可我没钱买车票 你能先转我600吗 见面就还你 我不是那种人', senders: STRANGER, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: 'Hello dear, I am a surgeon with a UN mission overseas. Talking with you every night is the only light in my life. My leave package is coming to you through a diplomatic courier; please pay the $800 clearance fee so they can deliver it.', senders: OVERSEAS, hours: ANYTIME, en: true },
  { label: 'fraud', type: 'romance', text: '王大哥，认识您这段时间我心里特别踏实。我儿子在国外出了点事，要一笔律师费，我一个女人家实在没办法，您要是信我就先借我三万，等我房子卖了就还您', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '亲爱的，我在海上平台的合同下个月就结束了，公司说寄回国的行李要交一万二关税，我这边美元换不了，你先帮我交上，行李一到我就去见你', senders: OVERSEAS, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: '我们都在一起三个月了 你都不愿意为我花钱 我生日想要个皮肤168 你转给我 不然就是不爱我', senders: STRANGER, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: '[聊天记录 导出]\n周一 21:14 安娜：今天好累呀，刚下班，你吃饭了吗？\n周一 21:20 我：吃了，你也早点休息\n周三 22:03 安娜：跟你聊天真开心，好久没人这么关心我了。我爸妈走得早，一个人在外面打拼挺不容易的\n周五 20:45 安娜：给你看看我今天做的菜🥘 以后做给你吃好不好\n周日 19:30 安娜：对了，我舅舅在一家交易所做风控，他偷偷告诉我每周三晚上有个数据漏洞，我跟着做了三个月，从没亏过。我不是想让你掏钱哈，就是我这边有个单子额度不够，你要是愿意，注册个账户我帮你操作，赚了钱我们一起去旅游\n周日 19:31 安娜：你放心，本金随时能取，我把我的收益截图发你看', senders: OVERSEAS, hours: ANYTIME },
  { label: 'fraud', type: 'romance', text: '老哥你好，俺是东北的，在南方做点小买卖，离了好几年了，看你朋友圈觉着你人挺实在，能处个朋友不？', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '亲爱的，这是我一直在用的平台，我把我的账户给你看，今天这单是内幕，错过要等半年。你注册一下 {url}，我教你操作，就当是为了我们的将来', senders: OVERSEAS, links: DOWNLOAD, hours: ANYTIME },
  // ── other ──
  { label: 'fraud', type: 'other', text: '[爱心群] 转发扩散🙏 江城一名五岁女孩患白血病，急需手术费三十万，家里已经卖房了。请有爱心的人直接转账给孩子妈妈{acct}，每一分都是生命的希望', senders: GROUP },
  { label: 'fraud', type: 'other', text: '恭喜您的手机号在{other}周年庆中抽中二等奖：价值9999元的家电一台，需先缴纳个人所得税及运费{amt}元，逾期视为自动放弃，详情 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'other', text: '师兄们，明天初一我们组织放生，一份功德398，转到这个账户{acct}，所有功德回向给您的家人，名额满即止', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '[语音转文字] 儿子 妈刚才接了个电话说妈参加那个老年活动中了一台电视 说要先交三百的邮费 他马上给我送来 我给他转不转', senders: OWN_WORDS },
  { label: 'fraud', type: 'other', text: '你儿子在我们手上，不想他出事就别报警，一小时内打五万到这个卡{acct}，敢报警你就等着收尸', senders: DIALER, hours: ANYTIME },
  { label: 'fraud', type: 'other', text: '【华夏名人录编委会】恭喜您入选本年度“华夏杰出人物”，将颁发荣誉证书和金质奖章并收录典籍，需缴纳工本费1280元，请联系编委会{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【江城爱心联盟】您好，您转发的“寻找走失老人”信息帮家属找到了亲人，家属为表感谢准备了2000元酬金，请点击 {url} 填写收款银行卡及验证码领取', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'other', text: 'Congrats! Your number was drawn in the church anniversary lucky draw 🎉 Prize: a 7-day cruise for two. Pay the port tax of ¥1,280 before Friday to claim it: {url}', senders: BLAST, links: ODD, en: true },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[王家人] 大家好，我是{name}委托的法务，你们家王强在我司借款逾期三个月了，今天进这个群就是让各位亲戚都知道，谁能联系上他让他今天把钱还了，不然后果自负', senders: GROUP },
  { label: 'harassment', text: '[业主群] 各位邻居，5栋1单元702的刘某某在网贷平台欠钱不还，已经躲了两个月，住这种人隔壁大家当心点，看到她请让她联系我们{phone}', senders: GROUP },
  { label: 'harassment', text: '你好，你是李明的高中同学吧？我们在他通讯录里看到你。他欠了我们一万二，人联系不上，你们是同学，你先帮他还上，或者劝劝他，不然我们挨个打给你们班所有人', senders: HOUND },
  { label: 'harassment', text: '[钓友群] 打扰各位钓友，群里的“老赵钓鱼”欠我司贷款逾期不还，所有电话都拉黑了，谁跟他熟麻烦转告，再不还我们就把他身份证照片发群里', senders: GROUP },
  { label: 'harassment', text: '[通话] 阿姨，这么晚打扰您了，我是{name}的。您儿子的账我们今晚必须要个说法，他不接电话，您是他妈，您今晚就得给我们一个准话，哪天还？', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '你告诉你那个老公，欠钱不还就是个畜生，一家子老赖，他照片我们已经P好了，再装死就发到他老家村里的群', senders: HOUND },
  { label: 'harassment', text: '[通话记录] 今天 09:02 未接\n09:15 未接\n09:31 未接\n09:47 未接\n10:05 未接\n10:20 未接\n10:41 未接\n11:03 未接\n[短信] 第九回打你了还不接？躲得了初一躲不过十五', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，您的账单已转入委外处置，除本金外需另缴催收服务费800元、上门费500元，今日18点前结清可免上门。', senders: LENDER_SMS },
  { label: 'harassment', text: '【律师函】{person}：你欠{name}借款逾期，本律所已向法院申请诉前保全，明日上午由法警到你户籍地村委会送达传票并张榜公示，届时你家人将一并列为被执行人。', senders: HOUND },
  { label: 'harassment', text: '我是你户籍地派出所的，有人报案说你恶意欠款涉嫌诈骗，你今天下午三点前不把{name}的欠款还上，我们就上门传唤，你爸妈那边已经通知了', senders: HOUND },
  { label: 'harassment', text: '您好，是王强的岳母吧？您女婿在我们平台借了六万多，逾期了。我们觉得这事该让您知道，您闺女嫁给这种人也是受罪，您劝劝他，要不您先帮他还一部分', senders: HOUND },
  { label: 'harassment', text: '{person}您好，打扰了。您的朋友陈晓在我司有一笔欠款，他把您留成了联系人。我们知道这事跟您没关系，但您要方便的话，能不能先帮他垫付一部分，我们可以给您减免利息', senders: MISUSED },
  { label: 'harassment', text: '林牧师您好，你们教会的刘姊妹在我们这儿借钱不还，您作为她的牧师是不是该管管？要不这周日礼拜的时候我们亲自去教会找她', senders: HOUND },
  { label: 'harassment', text: '[志愿者群] 各位志愿者，你们团队的孙某在我司逾期欠款，一边当好人一边欠钱不还，请大家监督他，看到他让他回电{phone}', senders: GROUP },
  { label: 'harassment', text: '你是“夜雨”的游戏好友吧？他在我们这儿欠了钱失联了，你把他真名和住址发我，或者你跟他说，再不还钱我们就去他学校找他', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '您好，请问是张子涵的班主任吗？孩子爸爸张伟在我司借款逾期了，联系不上，麻烦您让孩子回家转告她爸爸，或者把家长的新电话给我们', senders: HOUND },
  { label: 'harassment', text: '[通话] 大爷，早上五点打给您也是没办法，您儿子躲我们半个月了。今天上午十点前不还钱，我们就去您村里找村支书说道说道', senders: HOUND, hours: DAWN },
  { label: 'harassment', text: '{sig}{person}，您尾号{tail}的借款今日仍未还款，请于今晚24点前通过{app}完成还款，我们将持续与您联系。', senders: LENDER_SMS, hours: LATE },
  { label: 'harassment', text: '你现在还不上就去别的平台借一笔周转，我把链接发你，先把我们这边结清，别的平台慢慢还 {url}', senders: HOUND, links: ODD },
  { label: 'harassment', text: '【通告】现有欠款人周某（附照片），身份证号3201**********1234，长期拖欠{name}借款拒不归还，望亲朋好友见此人转告，知情不报者视为共同担保。', senders: GROUP },
  { label: 'harassment', text: '明天中午十二点前看不到钱，我们就把你的借款合同、身份证照片发你朋友圈和你们公司群，你自己掂量', senders: HOUND },
  { label: 'harassment', text: '[语音转文字] 闺女 昨天半夜一点多又有人打电话给妈 说你哥欠了啥平台的钱 骂得可难听了 说不还就让你哥在村里抬不起头 妈一宿没睡着', senders: OWN_WORDS },
  { label: 'harassment', text: '[QQ] 你是王磊的妹妹吧，你哥欠我们钱不还，你让他看看这条消息，不然我们天天给你发，发到你们学校去', senders: HOUND },
  { label: 'harassment', text: '您好，我们是催收公司的，您隔壁302那户欠了不少钱，麻烦您下回看到他家有人，让他们给我们回个电话，顺便帮我们拍张照', senders: HOUND },
  { label: 'harassment', text: '你跟你那老弟唠唠，欠钱不还算咋回事儿？再整这出，哥几个就上他家门口蹲着去，瞅他能躲几天', senders: HOUND },
  { label: 'harassment', text: '群聊“刘洋还款督促群”已创建。群成员：刘洋的母亲、刘洋的同事小王、刘洋的大学同学……\n群主：各位好，拉大家进来是因为刘洋在我司逾期，请大家一起督促他，谁能帮他还一部分的私聊我', senders: GROUP },
  { label: 'harassment', text: '「你们再打我就报警了」\n- - - -\n报呗，你老公欠钱天经地义，警察来了也得还。你今天不给个话，明天我们就去孩子幼儿园门口等你', senders: HOUND },
  { label: 'harassment', text: 'Hi, is this Kevin’s roommate? He owes our company money and keeps ignoring us. Tell him if he doesn’t pay by tonight we will contact his school and his parents in China.', senders: HOUND, en: true },
  { label: 'harassment', text: '[群聊“老三届同学会”]\n陌生人（由群成员“李建国”邀请）：各位叔叔阿姨好，打扰一下。\n陌生人：我是{name}的贷后专员，群里的李建国先生在我司借款已逾期97天，本金加罚息共计{amt}元，多次联系无果。\n陌生人：我们查到他手机通讯录里有在座的各位，所以冒昧进群。各位都是老同学，谁和他住得近的麻烦上门劝一劝，实在不行大家凑一凑先帮他把钱还了，也算帮老同学保住脸面。\n张老师：你这是干什么？谁让你进来的？\n陌生人：阿姨您别误会，我们这是正规催收。他要是再不还，我们下周会把起诉材料寄到他单位和每一位联系人家里。\n（李建国已退出群聊）', senders: GROUP },
  { label: 'harassment', text: '[广场舞群] 各位阿姨好，群里赵阿姨的儿子欠钱不还，阿姨您帮着劝劝，当妈的也有责任，不然下周我们去广场上找您', senders: GROUP },
];

export const TRAIN12B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
