/**
 * TRAIN9 template bank, second half: fraud of every MPS type and illegal-collection harassment.
 * TRAINING data only, by the independent tenth author, session 5 (2026-12-02); see
 * train9.templates.ts for who, how, what was read and the styles. Concatenated into
 * TRAIN9_TEMPLATES there.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
const LATE_EVENING = [20, 21, 22, 23];
/** Scam senders: personal, virtual, foreign or anonymous. */
const SCAM: Template['senders'] = ['mobile', 'virtual', 'foreign', 'none'];
/** Robocalls and IVR-style fraud calls. */
const ROBO: Template['senders'] = ['unknown_landline', 'prefixed', 'virtual', 'foreign'];
/** Callers pretending to be a registered institution. */
const LOOKALIKE: Template['senders'] = ['lookalike_400', 'lookalike_short', 'prefixed'];
/** App direct messages and chats pasted without a number. */
const APP: Template['senders'] = ['none'];
const COLLECTOR: Template['senders'] = ['mobile', 'unknown_landline', 'virtual'];

const FRAUD: Template[] = [
  // ── brushing_rebate: job ads and recruiter chats that turn into tasks ──
  { label: 'fraud', type: 'brushing_rebate', text: '[BOSS直聘]\nHR：你好，岗位是“电商运营助理”，线上居家办公。\nHR：工作很简单，就是帮合作店铺下单提升权重，货款你先垫，完成后平台返还，每单佣金3%-10%。\nHR：加我QQ {phone} 领取新手任务。', senders: APP },
  { label: 'fraud', type: 'brushing_rebate', text: '[抖音私信] 亲，感谢给我们的视频点赞！恭喜您获得“点赞员”兼职资格，每关注一个主播得3元，日结到账。下载{other}任务App {url} 输入邀请码{code}即可领取任务。', senders: APP, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '[微博私信] 你好，我们是影视公司宣发部，招兼职“票房助力员”：先垫付购买电影票{amt}元，次日返还本金并另加15%收益。想做的话回复1，拉你进任务频道。', senders: APP },
  { label: 'fraud', type: 'brushing_rebate', text: '[招聘App聊天]\nHR：我们这是在家做的数据录入，每天两小时，日结。\n求职者：要交钱吗？\nHR：入职不收钱。先给你派个体验单，给这个商品点收藏截图就行。\nHR：体验单8元佣金已结算。下面是进阶单，需要你先垫付{amt}元购买商品，系统会自动返还本金和20%佣金。', senders: APP },
  { label: 'fraud', type: 'brushing_rebate', text: '[机器人来电] 您好，我们是{other}人事部，现招聘线上兼职，手机操作，日结200到500元，宝妈学生均可。感兴趣请按1，稍后客服将添加您的微信发放任务。', senders: ROBO },
  { label: 'fraud', type: 'brushing_rebate', text: '[微博私信] 宝子，我们品牌在招“产品体验官”，在店铺下单写好评，货款全额返还再给30元辛苦费。前两单单独结算，第三单起是“组合单”，要一次付完三单才能一起返哦。', senders: APP },
  { label: 'fraud', type: 'brushing_rebate', text: '导师：你第4单是“卡单”，因为操作超时被系统冻结了。导师：需要再做一单{amt}元的“解冻单”，才能把前面的本金和佣金一起提出来，不做的话之前的钱都会清零。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}招聘】诚聘兼职网店客服，手机操作，日赚300+，无需经验，时间自由。添加导师微信{phone}，首单垫资秒返，多劳多得。', senders: ['unknown_port', 'mobile', 'virtual'] },

  // ── fake_investment: elderly pension projects, 原始股, 以房养老, DMs ──
  { label: 'fraud', type: 'fake_investment', text: '【{other}颐养中心】阿姨您好，我们的“候鸟式养老”项目现在认购一个床位只要{amt}元，每年返还12%的服务收益，三年后本金全退，另送全年免费体检，名额有限请尽快来店签约。', senders: ['unknown_port', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '叔叔您好，我是{other}的理财顾问。您的房子闲着也是闲着，可以办“以房养老”：房子抵押给我们合作的机构，每月给您发八千元养老金，再帮您把抵押款投一个年化18%的项目，手续我们全包，您带上房产证来签个字就行。', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_investment', text: '【内部消息】{other}科技即将在北交所上市，现开放一批员工原始股对外认购，1元一股，上市后预计30元以上。认购请联系{person} {phone}，认购款汇至公司指定账户{acct}，请勿外传。', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_investment', text: '爷爷奶奶们，今天讲座最后一个大福利：办我们的“富硒养生”金卡只要{amt}元，不但每月送保健品，还能参与公司分红，每个月返10%，年底本金原数退还，今天办卡还送一袋大米！', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '[语音外呼] 您好，这里是{other}养老服务平台。国家支持的养老产业基金现开放认购，年化收益15%，保本保息，随时可取。了解详情请按1，专属顾问将为您一对一服务。', senders: ROBO },
  { label: 'fraud', type: 'fake_investment', text: '[抖音私信] 在老师直播间看到你啦！我们股票交流群每天免费推送涨停牛股，进群前先下载{other}证券App {url} 开户，开户即送一万元体验金，盈利可直接提现。', senders: APP, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '[微博私信] 你好，我是财经博主的助理。老师最近在带一个“数字人民币内测”项目，投入{amt}元三天翻倍，官方背书不会亏，名额只剩5个，回复“参加”我发你链接。', senders: APP },
  { label: 'fraud', type: 'fake_investment', text: '客服：您在平台的收益已达到提现标准，但系统检测到您的账户等级不足，需要升级为VIP会员才能提现，升级费{amt}元转入专属通道账户{acct}，升级后本金和收益一起到账。', senders: ['none', 'mobile', 'virtual'] },

  // ── fake_loan: robocalls, DMs, upfront fees ──
  { label: 'fraud', type: 'fake_loan', text: '[语音外呼] 您好，这里是{name}贷款中心，您有一笔最高二十万元的信用额度待激活，无需抵押、不查征信、当天到账。激活请按1，人工客服请按0。', senders: LOOKALIKE },
  { label: 'fraud', type: 'fake_loan', text: '[抖音私信] 看到你在评论区问哪里能借钱，我们是正规平台，黑户也能下款，今天申请今天到。下载 {url} 填写资料即可，放款前需交{amt}元工本费。', senders: APP, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '【放款通知】您申请的借款已审批通过，但因您填写的银行卡号有误，资金已被系统冻结。请于2小时内联系财务专员{phone}缴纳解冻保证金{amt}元，逾期将影响您的征信。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '[微博私信] 你好，看到你发微博说急用钱。我们这边可以做“空放”，一万起借，不看征信不打电话，只需要先交10%的“包装费”帮你把资料做漂亮，下款快。', senders: APP },
  { label: 'fraud', type: 'fake_loan', text: '客服：您的借款审核已通过，但信用分只有420分，需要刷流水到600分才能放款。请先往您自己的银行卡存入{amt}元，再转到我们的验资账户{acct}，验资完成连同贷款一起打给您。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您已获得{name}特批额度50000元，年化利率3.6%，今日领取有效，点击 {url} 立即领取。', senders: ['unknown_port', 'lookalike_short', 'mobile'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，我们是{other}金融，您申请的贷款需要先购买一份“履约保证保险”{amt}元，保险公司确认后两小时放款。保费直接转给理赔专员{person}的个人账户{acct}就可以。', senders: ['mobile', 'virtual', 'unknown_landline'] },

  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '[语音外呼] 您好，这里是快递理赔中心，您的包裹在运输途中丢失，我们将为您进行三倍赔付。办理理赔请按1转人工客服，客服将指导您领取赔偿。', senders: ROBO },
  { label: 'fraud', type: 'fake_customer_service', text: '[语音外呼] 您好，您在{other}开通的“百万保障”服务试用期已结束，今日起每月自动扣费{amt}元。如需取消请按1，转接人工客服为您关闭。', senders: ROBO },
  { label: 'fraud', type: 'fake_customer_service', text: '[抖音私信] 【抖音官方客服】检测到您的账号开通了“抖音金融分期”服务，不关闭将每月扣费并影响征信，请添加客服QQ {code} 进行关闭处理。', senders: APP },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}经核查，您在{app}的借款利率超过监管上限，可申请退还多收利息{amt}元。请添加退费专员企业微信，并下载会议软件共享屏幕，由专员协助办理。', senders: ['unknown_port', 'lookalike_short', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【车险理赔中心】尊敬的车主，因系统升级您的保单需重新认证，否则将于今日失效。请点击 {url} 填写银行卡号和收到的验证码完成认证。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是{other}商城客服。您购买的儿童玩具被质检出甲醛超标，我们为您退款并赔偿{amt}元。请您打开支付宝“备用金”，先把备用金领出来，这一步是退款通道验证，马上退回。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[微博私信] {name}官方客服：您在微博投诉的问题已受理。为加快处理，请点击 {url} 登录您的账户，并输入收到的短信验证码，我们将为您办理退款。', senders: APP, links: ['lookalike', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[语音外呼] 您好，这里是{name}客服中心，您的账户因长期未使用将被收取账户维护费，每月{amt}元。关闭扣费请按1，客服将引导您进行屏幕共享操作。', senders: LOOKALIKE },

  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[语音外呼] 您好，这里是公安局反诈中心，您的身份证涉嫌被用于开设诈骗账户，请立即按9转接民警处理，否则将冻结您名下全部银行卡。', senders: ROBO },
  { label: 'fraud', type: 'impersonating_authority', text: '【劳动人事争议仲裁委员会】{person}：原单位以违约为由对你提起劳动仲裁，案号仲裁字〔2025〕第{tail}号。请于{date}前缴纳仲裁预交金{amt}元至账户{acct}，逾期视为放弃答辩。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[微博私信] 我们是网警支队，你在微博发布的内容涉嫌传播谣言，已被立案调查。请立即下载“公安执法”App {url} 配合视频笔录，否则将上门拘传。', senders: APP, links: ['apk', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音外呼] 您好，这里是社保服务中心，您的社保卡因信息异常将于今日停用，继续使用请按1，人工客服将为您核实银行账户信息。', senders: ROBO },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】经核查，您的养老金多发放了{amt}元，需在3日内退回，请转入财政回收账户{acct}，否则将暂停发放并依法追究责任。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是检察院经济犯罪检察部，你名下账户涉及一起非法集资案。为证明清白，需要你把资金转入“国家资金清查账户”接受审查，审查结束48小时内返还。案件保密，不得告诉家人。', senders: ['prefixed', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务局】您2024年度个税汇算存在少缴，需补缴税款及滞纳金{amt}元，请于今日登录 {url} 办理，逾期将列入纳税失信名单。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'shortener', 'random'] },

  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音外呼] 您好，这里是{name}，系统检测到您在校期间开通过学生借款账户，根据国家规定须于今日注销，否则将影响个人征信。注销请按1，转专员处理。', senders: LOOKALIKE },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微博私信] 看你在超话里吐槽征信花了、贷款批不下来？我们有银行内部关系，可以把查询记录和逾期记录删掉，三天出新报告，先付定金{amt}元。', senders: APP },
  { label: 'fraud', type: 'fake_credit_repair', text: '[抖音私信] 征信黑了别着急！专业“征信修复”，逾期、呆账、查询过多都能处理，成功率98%，不成功全额退款。加V了解详情 {phone}', senders: APP },
  { label: 'fraud', type: 'fake_credit_repair', text: '专员：注销学生账户前要把您名下的额度清零。请按我说的在{app}借出{amt}元，转到央行指定的清零账户{acct}，清零完成后系统会自动把钱还回去，不产生利息。', senders: ['mobile', 'virtual', 'lookalike_400'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信中心】您的个人信用报告存在异常不良记录，将影响房贷、车贷审批，请于今日联系{phone}办理异议消除，逾期将永久保留。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[QQ] 我以前也是征信黑户，后来找了个老师帮我“洗白”了，现在房贷都批了。他收费{amt}，先付一半，你要的话我把他QQ推给你。', senders: APP },

  // ── fake_shopping: 闲鱼 / 转转 chats, private sales, health products ──
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天]\n卖家：这个iPad九成新，{amt}出。\n买家：可以，我直接拍下吗？\n卖家：闲鱼最近查得严，拍下要扣5%服务费，你加我微信，我发你一个担保交易链接 {url}，一样有保障。', senders: APP, links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天]\n买家：钱我已经付了，你看截图。\n买家：平台提示要你先发货，钱才会解冻到你账户，你先发顺丰吧，单号发我。\n卖家：我这边没看到订单啊？\n买家：系统延迟，你看截图就知道了，快点发，我急用。', senders: APP },
  { label: 'fraud', type: 'fake_shopping', text: '[转转聊天]\n卖家：手机在外地，不方便面交。你先付一半定金{amt}，我顺丰发给你，收到验完再付尾款。\n卖家：定金转我支付宝就行，别走平台，平台抽成太高了。', senders: APP },
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天]\n卖家：票是电子票，需要转赠，你先转全款，我马上在App里转给你。\n买家：能走闲鱼担保吗？\n卖家：票类走担保会被下架，我卖了几十单了，放心，先转{amt}到我卡上{acct}。', senders: APP },
  { label: 'fraud', type: 'fake_shopping', text: '[抖音私信] 宝，你在直播间拍的那款包包是工厂尾货，直播间库存没了。你加我微信，我给你私单价{amt}包邮，先付款后发货，今天就能寄。', senders: APP },
  { label: 'fraud', type: 'fake_shopping', text: '阿姨，这款“量子能量床垫”能调理高血压、糖尿病，医院治不好的都能睡好，原价一万九，今天老会员专享价{amt}元，您先交个定金，我们给您留货上门安装。', senders: ['mobile', 'none', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_shopping', text: '[转转聊天]\n卖家：九成新电动车，出国急售，只要800。\n买家：能看车吗？\n卖家：人已经在机场了，车在朋友那，你付款后发物流，运费我出。付款转到{acct}就行。', senders: APP },
  { label: 'fraud', type: 'fake_shopping', text: '[微博私信] 你好，日本药妆正品代购，比专柜便宜一半，下单先转全款到{acct}，两周到货。代购商品不退不换，不支持平台交易。', senders: APP },

  // ── impersonating_acquaintance: QQ friends and relatives borrowing ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 在吗？我手机坏了，现在用电脑登的QQ。有点急事，能不能先借我{amt}？微信支付宝都登不上，你直接转到这个卡号{acct}，户名是我表哥，明天还你。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 兄弟，帮个忙，我在外地医院交押金差三千，你先打到我发你的账户，晚上我让你嫂子转你。别打电话，我这边信号很差，一打就断。', senders: ['none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 小刘，我是张处。明天要给上面领导送个东西，不方便用自己的卡，你先帮我转{amt}到这个账户{acct}，周一上班我给你，这事别在办公室说。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微博私信] 表妹，是我，我微信被封了只能在这里找你。我在国外交学费还差一点，能不能先转我{amt}？我发你账户，下个月奖学金下来就还你。', senders: APP },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机掉水里了，这是同学的号。考证报名费{amt}元今天截止，你转到同学这张卡{acct}，我在上课不方便接电话，转完发个短信就行。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[抖音私信] 哥，我是小雨，刚注册的抖音，微信被盗了。我在驾校交费还差{amt}，你扫我发的二维码转我一下，晚上回家就还你。', senders: APP },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 老同学，是我啊，大学上下铺的阿杰，好多年没联系了。最近生意资金周转不开，借我两万，一周后还你两万二。这是我新号，别问老号了，你先转，真的急。', senders: ['none', 'virtual'] },

  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[转转聊天]\n卖家：王者荣耀V8账号，388个皮肤，{amt}出。\n卖家：转转上游戏账号不好过审，我们走“{other}游戏交易”平台，平台担保，你先注册 {url} 把钱充到平台余额。', senders: APP, links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易平台】您购买的游戏账号因您的收款银行卡信息填写错误，交易资金已被冻结，需缴纳{amt}元解冻金才能完成交易，解冻后资金全额退还。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '[抖音私信] 小朋友，你评论说想要永久皮肤？加我QQ {code}，用爸爸妈妈的手机扫码就能免费领，页面显示的扣款只是验证，过一会就退回来了。', senders: APP },
  { label: 'fraud', type: 'game_trading', text: '[闲鱼聊天]\n买家：你的游戏金币我全要了，已经在“{other}交易猫”下单了。\n买家：你登录 {url} 确认收款，新卖家要先交{amt}元保证金才能提现，提现时一起退。', senders: APP, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '[微博私信] 高价收原神账号！你先把账号换绑给我验号，验完马上打款，我收过几百个号了，信誉保证，先换绑我才能看到装备。', senders: APP },
  { label: 'fraud', type: 'game_trading', text: '[QQ] 出租和平精英顶级号，玩一天30元，押金{amt}元还号后全退。押金先转到{acct}，转完发你账号密码，上号后别改密码。', senders: ['none', 'virtual'] },

  // ── romance: dating-app long cons turning into investment (杀猪盘) ──
  { label: 'fraud', type: 'romance', text: '[交友App聊天]\n他：认识你这一个月，每天最开心的就是跟你说晚安。\n他：对了，我舅舅在香港做外汇分析，今晚非农数据有内部信号，我已经下单了。\n他：你也开个户试试吧，先放{amt}，赚了给自己买个包❤️ {url}', senders: APP, links: ['random', 'apk', 'shortener'], hours: LATE_EVENING },
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天]\n她：我平时在一个平台做“漏洞单”，稳赚不赔，这周已经赚了六万。\n她：你注册一个，我教你怎么下注，等赚够了我们一起去三亚旅行好不好？', senders: APP, hours: LATE_EVENING },
  { label: 'fraud', type: 'romance', text: '[Soul聊天]\n他：亲爱的，你上次充的两万已经涨到五万了。\n他：但平台说提现要先交20%的保证金，我的钱都在账户里锁着出不来，你先凑一下，提出来我们就能见面了。', senders: APP },
  { label: 'fraud', type: 'romance', text: '[抖音私信] 小姐姐你好，我是在新加坡做金融的，看了你的视频觉得你特别真实，想认识一下。我们公司有个数字货币理财项目，只告诉身边亲近的人，等熟了我带你一起做。', senders: APP },
  { label: 'fraud', type: 'romance', text: '[微博私信] 我是驻外工程师，离异带一个女儿，想找个能一起过日子的人。最近我跟着一个导师在黄金平台做单，每天收益3%，你要是信我，先投一点点试试，亏了算我的。', senders: APP },
  { label: 'fraud', type: 'romance', text: '[交友App聊天]\n她：我爸住院了急需手术费，我的钱都在理财平台锁着，下周才到期。\n她：你能不能先借我{amt}？解锁了马上还你，我们不是说好下个月见面吗😢', senders: APP, hours: LATE_EVENING },
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天]\n他：宝贝，我们领证前把婚房首付凑齐吧。\n他：我在“{other}”平台做新能源期货，你把积蓄放进来，我帮你操作，一个月就够首付了 {url}', senders: APP, links: ['random', 'apk'] },
  { label: 'fraud', type: 'romance', text: '[探探聊天]\n她：哥哥你玩彩票吗？我有个计划员，跟着他买“幸运飞艇”每天都赚。\n她：你先充{amt}试试，跟着我下注，输了我赔你，就当我们的约会基金啦。', senders: APP, hours: LATE_EVENING },

  // ── other: fake charity / disaster donations, fake lottery wins ──
  { label: 'fraud', type: 'other', text: '【地震灾区紧急募捐】{date}发生的地震造成大量群众受灾，急需帐篷和药品。请爱心人士转账至救灾专户{acct}（收款人：王建国），每捐100元可获电子捐赠证书。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'other', text: '[抖音私信] 您好，我是“爱心助学”公益主播，山区孩子冬天没有棉衣，捐{amt}元就能让一个孩子温暖过冬。请直接转到我们负责人的个人账户，感谢您的善心🙏', senders: APP },
  { label: 'fraud', type: 'other', text: '[微博私信] 求求好心人，我家在这次洪水里被冲垮了，孩子还在发高烧，求大家转一点钱买药，支付宝{phone}，好人一生平安。', senders: APP },
  { label: 'fraud', type: 'other', text: '【福彩中心】恭喜您的手机号码在“双色球幸运号码抽取”中获得二等奖奖金{amt}元，请于{date}前登录 {url} 缴纳个人所得税后领取。', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'other', text: '[语音外呼] 恭喜您！您的手机号被抽中为{other}十周年庆幸运用户，获得价值{amt}元的大礼包，领取请按1，仅需支付29元包邮费。', senders: ROBO },
  { label: 'fraud', type: 'other', text: '您在{other}网购的包裹内附带的刮刮卡刮中一等奖：现金18万元或轿车一辆。请登录 {url} 输入卡片编号领奖，领奖前需预先缴纳公证费和保证金。', senders: SCAM, links: ['random', 'lookalike', 'ip'] },
  { label: 'fraud', type: 'other', text: '[微博私信] 我们是“一元捐”公益平台，捐1元就能抽iPhone 16，中奖率100%，下载App {url} 参与，中奖后支付运费和税费即可发货。', senders: APP, links: ['apk', 'random'] },
];

const HARASSMENT: Template[] = [
  // ── night contact (polite words, banned hours) ──
  { label: 'harassment', text: '[语音外呼] 您好，这里是{name}贷后提醒，您的账单已逾期，请尽快还款。转人工请按1，重听请按2。', senders: ['official_hotline'], hours: NIGHT },
  { label: 'harassment', text: '{sig}{person}，您在{app}的欠款{amt}元已逾期7天，请今晚务必处理，我们稍后还会来电。', senders: ['official_port'], hours: [23, 0, 1, 6] },
  { label: 'harassment', text: '[凌晨来电] {person}，醒醒，钱还没还就别睡了。从现在开始我们每半小时打一次，打到你接为止。', senders: COLLECTOR, hours: [1, 2, 3, 4] },
  { label: 'harassment', text: '[抖音私信] {person}，这么晚还在刷视频？有空刷抖音没空还{name}的钱？明早八点前不还，你的粉丝都会知道你欠钱不还。', senders: ['none'], hours: [23, 0, 1] },

  // ── sarcasm and insults ──
  { label: 'harassment', text: '{person}，真佩服你，借钱的时候手速那么快，还钱的时候怎么就瘫痪了？手机能刷视频就不能点一下还款？你这脸皮可以去申请专利了。', senders: COLLECTOR },
  { label: 'harassment', text: '哟，{person}老板又换号了？躲得挺专业啊。欠{name}{amt}元都还不上，还天天在朋友圈晒吃晒喝，要不要我帮你把这些截图发给你爸妈欣赏一下？', senders: COLLECTOR },
  { label: 'harassment', text: '你这种人活着就是浪费空气，借钱不还的垃圾，你爸妈养你有什么用？赶紧还钱，别让我再骂第二遍。', senders: COLLECTOR },

  // ── 曝光: contact list, 朋友圈, Weibo ──
  { label: 'harassment', text: '{person}，你的通讯录我们已经导出来了，一共386个联系人。今天下午五点前不还款，我们就给每个人发一条短信：“{person}借钱不还，请督促其还款”。', senders: COLLECTOR },
  { label: 'harassment', text: '你的“老赖海报”已经做好了，照片、身份证号、欠款金额都在上面，今晚就发到你朋友圈的共同好友和你们小区业主群，你自己看着办。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '[微博私信] {person}，别以为换了微信就找不到你，你的微博我们也关注了。再不还{name}的钱，就在你每条微博下面评论你欠钱不还，让你的粉丝都看看。', senders: ['none'] },
  { label: 'harassment', text: '{person}的亲友您好：{person}在{name}借款{amt}元，已逾期92天拒不还款，特此告知，请督促其尽快处理，以免影响您与其交往中的声誉。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '[机器人外呼] 这里是{name}逾期处理中心。您已被列入重点催收名单，系统将于今晚开始向您的全部通讯录联系人发送催收通知。立即还款请按1，继续拖欠请挂机。', senders: ['unknown_landline', 'official_hotline', 'virtual'] },

  // ── door visits and threats ──
  { label: 'harassment', text: '{person}，明天上午十点我们三个人到你家楼下，你不开门我们就在楼道里等，顺便跟你邻居们聊聊你欠钱的事。', senders: COLLECTOR },
  { label: 'harassment', text: '我们的人已经到你公司门口了，你自己下来，还是我们上去找你领导？给你十分钟考虑。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '我不管你有没有钱，今晚我们兄弟几个就上门，你家几楼几号我们都清楚，到时候出点什么事别怪我们没提醒你。', senders: ['mobile', 'virtual'] },

  // ── relatives, employers, friends, schools ──
  { label: 'harassment', text: '您好，您是{person}的紧急联系人吧？他欠我们{amt}元已经逾期三个月，您作为联系人要承担连带责任，今天必须替他还上，否则把您一起起诉。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，请问是{person}单位的人事部吗？你们员工欠网贷不还，需要你们配合从他工资里扣款还给我们，不然我们每天打电话到你们前台。', senders: COLLECTOR },
  { label: 'harassment', text: '[QQ] 你是{person}的QQ好友吧？他欠钱跑路了，你知道他在哪吗？不告诉我们的话，就把你也列为担保人一起追。', senders: ['none'] },
  { label: 'harassment', text: '叔叔，您儿子{person}在{name}的借款拖了两个月了。您年纪大了我们也不想为难您，但他再不还，我们只能每天早晚各给您打一次，直到您帮他还上为止。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，您是{person}孩子的班主任吧？孩子家长欠钱不还，麻烦您在家长群里提醒一下他，不然我们明天放学去学校门口等他。', senders: ['mobile', 'virtual'] },

  // ── fake arbitration and legal documents, impersonated police / courts / lawyers ──
  { label: 'harassment', text: '【仲裁通知书】{person}：申请人{name}与你借款合同纠纷一案，本会已受理，案号（2025）仲字第{tail}号。你若在{date}前未结清欠款{amt}元，本会将作出缺席裁决并申请法院强制执行，同时通报你的工作单位。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '【{other}仲裁委员会】你逾期一案的《裁决书》已生效，执行局将于三日内冻结你的微信、支付宝及名下全部银行卡，并将你列入失信被执行人名单。如需撤销执行，请立即联系处理专员{phone}还清欠款。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'harassment', text: '{sig}【网络仲裁立案告知】{person}，因您长期拖欠借款，您的案件已进入仲裁程序，裁决书即将下发至您户籍所在地派出所及村委会，请立即在{app}还款。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '我是经侦大队的，你欠{name}的钱已经涉嫌恶意透支和诈骗。现在给你最后一次机会，今天还清可以不立案，不然明天直接上门带人。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，我是{other}律师事务所的王律师，你的借款纠纷已由本所代理。今天不还款，我们就向法院申请对你司法拘留15天，并通知你们公司将你开除。', senders: COLLECTOR },
  { label: 'harassment', text: '【人民法院】{person}，你被{name}起诉一案已判决，即日起进入强制执行程序，执行人员将于明日到你家中清点查封财产，请立即通过{app}结清欠款{amt}元。', senders: ['mobile', 'unknown_port', 'virtual'] },

  // ── extra fees ──
  { label: 'harassment', text: '{person}，你现在逾期超过30天了，按我们的规定要加收“上门催收费”800元和“资料整理费”300元，这些不交，本金还了也不算结清。', senders: COLLECTOR },
  { label: 'harassment', text: '你的案子已经转到我们“特别处理组”，想停止催收就先交{amt}元“暂停服务费”，交了之后一周内不会有人联系你和你家里人。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}，您的逾期账户已产生“委外催收服务费”{amt}元，须与欠款一并缴清，否则将持续计费并安排外访人员上门。', senders: ['official_port', 'mobile'] },
  { label: 'harassment', text: '[微博私信] 你欠的钱我们已经整理成帖子了，带上你的真名、学校和欠款截图，今晚十点准时发在你们学校的超话里，想撤帖就先还清{name}的{amt}元。', senders: ['none'] },
];

export const TRAIN9B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
