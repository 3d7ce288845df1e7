/**
 * BLIND5 bank (burned in session 5, in training since), second part: fraud and harassment. Written with blind5.templates.ts by
 * the same independent author on 2026-12-01; see that file for who, how, what was read and the
 * rule that the analyzer MUST NEVER be tuned on this bank.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
const SCAM_SENDERS: Template['senders'] = ['mobile', 'virtual', 'none', 'foreign', 'unknown_port'];
const CALLERS: Template['senders'] = ['mobile', 'unknown_landline', 'virtual', 'lookalike_400', 'prefixed'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[1/3] 亲～恭喜你被抽中成为「好物体验官」，看视频点赞就能领佣金💰\n[2/3] 每天3-5单，一单5-20元，做完马上返到你zfb\n[3/3] 感兴趣加接待员v信：tyg{tail}，备注「体验官」', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '[福利任务群({tail})]\n派单员-小琪：🔔第18轮任务开始，前10名完成额外奖励8.8元\n群友“幸运星”：做完了，已提现328💰\n群友“阿龙”：真的到账了，感谢老师🙏\n派单员-小琪：今天的加码单是“预付单”，充值越多返得越多，最高返40%，要参加的私我报名', senders: ['none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '姐，在吗？好久没联系啦😊 我最近在做个副业挺好的，每天下班在手机上帮商家做数据，一个月多挣四五千。你要不要试试？先做几单免费的，熟悉了再接垫付单，返得更多。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job for Filipino and Indonesian workers in China: like and follow shops on our app, earn 300-800 yuan a day, paid the same day. After training you get "prepaid orders": you pay first and receive your money back with a bigger commission. Add WhatsApp {phone}', senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '兼zhi刷dan，一单返yong10%，本jin五分钟秒退，宝妈学生都能做，jia扣扣{code}详谈', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '【通话录音】\n对方：喂您好，打扰一下，我们是{other}的运营，现在有个“提升店铺人气”的任务——\n我：什么任务？\n对方：很简单，您在App里拍下指定商品，不用真……呃，先付款，我们十分钟内全额退还再给您5%佣金。\n我：要先付多少？\n对方：第一单就三十几块，后面单子大一点，返的也多。', senders: ['mobile', 'unknown_landline', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '网店冲销量：拍单不收货，每单佣金百分之八，单笔本金壹仟至伍仟元，五分钟内连本带佣返还，今日名额仅剩十二个，加薇信{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '🔥看短剧也能赚钱🔥 看完一集点赞评论返0.5元，邀请好友再奖10元，满50元可提现👉{url} 首次提现需完成“新人充值任务”', senders: SCAM_SENDERS, links: ['apk', 'random', 'shortener'] },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '老同学群里加的你，还记得我吗？我是高中隔壁班的林琳😊\n（三天后）最近在跟一个私募的老师学打新，上周中了两签\n（一周后）老师给我们开了个机构专户，能拿到原始股配售，你要不要也开一个？五万起，我带你', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '[财富交流2群]\n助理-小雅：早上好各位家人☀️ 昨天张教授推荐的票已经涨停，跟上的家人扣个1\n群友：1\n群友：1 赚了一万二\n助理-小雅：今天开放“机构席位”，用教授的专属App下单，一手起步，名额只有30个 {url}', senders: ['none'], links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: 'Hi, we are the Chinese Students Finance Club at your university. We run a mentoring group on crypto arbitrage: 3% a day, principal protected. Join our Telegram and deposit at least 500 USDT to unlock the signal bot.', senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '內部消息：港股新股暗盤配售，認購價低過招股價三成，上市首日保證升五成，最低入場十萬港元，名額得返幾個，WhatsApp聯絡{phone}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '【通话录音】\n对方：阿姨您好，我是{other}财富中心的小陈——您先别挂，就占用您一分钟。\n阿姨：我不买保险。\n对方：不是保险，是国家支持的黄金储备项目，存一万每个月分三百，到期本金全退——\n阿姨：这么高？\n对方：对，央行背书的，今天签约还送一克金条。您把身份证号报给我，我先给您登记个名额。', senders: ['mobile', 'unknown_landline', 'lookalike_400'] },
  { label: 'fraud', type: 'fake_investment', text: '炒gu不如跟单，老师带你做“量化对冲”，月收益百分之三十起，亏损平台赔付，入金伍万元起送VIP席位，加微 xin {phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_investment', text: '【{other}】AI量化基金内测邀请：接入大模型自动交易，近90天年化收益286%，内测用户保本保收益，限前200名，注册即领888元体验金 {url}', senders: ['unknown_port', 'virtual', 'mobile'], links: ['random', 'shortener', 'apk'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '[短信1] {name}提醒：您有一笔备用金{amt}元待领取\n[短信2] 额度今日24点失效，回复1立即激活\n[短信3] 激活需先缴纳首期保险费，金额为额度的百分之十，请联系放款专员{phone}', senders: ['unknown_port', 'lookalike_short', 'virtual'] },
  { label: 'fraud', type: 'fake_loan', text: '【来电录音】\n对方：您好，是{person}吗？我是贷款公司的业务经理，您之前在网上申请过贷款对吧？\n我：好像是……\n对方：现在有政策，无抵押、不看征信，最高二十万，利息一厘八——\n我：要什么手续？\n对方：您加一下我同事的v信，下个App认证，先交一笔工本费八百八，放款后退给您。', senders: CALLERS },
  { label: 'fraud', type: 'fake_loan', text: '您好，這裡是融資服務中心，您的信貸案已核准30萬，但因您的聯徵分數不足，需要先「美化帳戶」，請把{amt}元存入指定帳戶做金流證明，撥款後全數退還。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: 'Loan for foreign workers in China: no passport check, no salary slip, up to CNY 50,000 the same day. Pay a small processing fee of CNY {amt} first, then the money is sent to your card. WhatsApp {phone}', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_loan', text: '急用钱找我！不看zhengxin，不查大数据，黑户也能dai款，放款前先交押金证明还款能力，下款后退，加薇信dk{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '（借款App内客服）亲，您的借款审核已通过了🎉 不过您的银hang卡号少填了一位，资金被冻结在系统里了😥 别着急哈，按流程交一下解冻金{amt}元，解冻后连同借款一起打给您～', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: '您的借款伍万元已进入放款流程，因流水不足需验资，请向财务账户转入借款金额的百分之二十即壹万元，验资完成后连同借款一并到账。财务账户：{acct}', senders: SCAM_SENDERS },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【通话录音】\n“喂，您好，我这边是快手平台客服，工号KS3361，您之前在直播间开通了一个——”\n“什么？我没开过。”\n“对，可能是误触。这个会员每月扣八百，今天不关闭就会一直扣。”\n“那怎么关？”\n“您别挂，我教您，先打开支付宝，点右下角“我的”……”', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hi, this is customer service from the courier company. Your parcel from Taobao was lost at customs and we will refund three times its value. Please add our claims agent on WeChat and share your screen so we can guide you through the refund.', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '你好，我係淘寶客服，你早排買嘅電熱水壺驗出有安全問題，已經下架，我哋會全額退款再補償{amt}元。請你加我哋嘅理賠專員微信，佢會發個二維碼俾你掃。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【理赔通知】亲，您在tao宝购买的商品因质量问题被召回，平台将退款并三倍赔偿，请+v信{phone}联系售后专员办理，过期作废', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【1/2】您购买的{date}高铁车次因线路施工停运，票款将原路退回。\n【2/2】另有停运补偿金200元，需添加12306理赔专员企业微信{phone}核实身份后发放，逾期不予受理。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '客服小甜🍬：亲亲，您的退款卡在“待确认”了呢～麻烦您下载一下腾讯会议，进入会议号{code}，点一下“共享屏幕”，我帮您点确认就好啦，全程不用您花一分钱哦💕', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我这边是{name}客服，您的号码因套餐升级将在今晚12点后停机，需要给您做一个“实名复核”，稍后您会收到一条验证码，报给我就可以了。', senders: CALLERS },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【通话录音】\n“这里是上海市公安局浦东分局，我姓李，警号——”\n“你等一下，你怎么有我电话？”\n“{person}，你别激动。你名下一张银行卡涉嫌给电诈团伙洗钱，案件保密，你旁边有没有人？”\n“我……我没办过什么卡啊。”\n“所以要配合做资金清查，你找个没人的房间，我们视频做笔录。”', senders: ['prefixed', 'foreign', 'unknown_landline', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is the Beijing Municipal Public Security Bureau. A phone card registered with your passport was used in a fraud case. You must stay alone in a hotel, keep the video call on and not contact your parents until the investigation ends. A guarantee deposit of USD 10,000 is required.', senders: ['foreign', 'prefixed'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，我係澳門司警，你嘅銀行戶口涉嫌洗黑錢，依家要凍結你所有資產。如果要證明清白，就要將存款轉去我哋指定嘅監管戶口，唔好同任何人講。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【医bao局通知】您的医保卡在外地被违规套取{amt}元，已冻结，解冻请联系医保稽查专员{phone}，否则将移交公an机关处理', senders: ['unknown_port', 'virtual', 'mobile', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[1/3]【市公安局】{person}你好，你涉嫌一起特大洗钱案，案件编号J{tail}{code}\n[2/3] 请立即登录 {url} 查看《刑事拘留证》\n[3/3] 配合资金核查期间请勿向任何人透露，否则以妨碍司法论处', senders: ['unknown_port', 'virtual', 'prefixed'], links: ['lookalike', 'random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务稽查】你申报的个人所得税存在异常，需补缴税款及滞纳金共计叁万贰仟元，请于今日十七时前缴至税务专户{acct}，逾期将移送公安。', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'impersonating_authority', text: '喂，你是{person}不？我这是交警大队的，你那车{date}撞了人跑了，监控都拍着了，人家现在还住院呢。你要不想被刑拘，先把赔偿款转过来，我给你压着不往上报。', senders: ['mobile', 'unknown_landline', 'virtual'] },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '【通话录音】\n“您好，这里是{name}，您大学时在我们平台注册过学生账户——”\n“我没注册过。”\n“系统有记录的，可能是您当时领优惠券顺手开通的。现在规定毕业生必须关闭，不关征信会显示异常——”\n“那我要怎么弄？”\n“您下一个会议软件，我共享屏幕给您演示，很快。”', senders: CALLERS },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Hi, this is {name} student services. The student loan account you opened at university was not closed before graduation and will be reported as a default to the central bank credit centre. Please join the Zoom meeting we send you so we can close it today.', senders: ['foreign', 'mobile', 'lookalike_400'], en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '征xin有逾期？网dai还不上？专业“停cui协商”，只还本金，逾期记录可消除，先签约后服务，加V：tc{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '[网贷上岸互助群(312)]\n群主-上岸哥：新来的兄弟别怕，按我说的做：1.停止还款 2.打电话投诉平台 3.交888律师费我们帮你出律师函\n群友A：我交了，催收真的停了！\n群主-上岸哥：名额有限，今天交的送“征信修复”服务', senders: ['none'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，我哋係債務重組顧問，幫你申請IVA（個人自願安排），最多減免八成欠款，環聯TE紀錄即刻清走，首期顧問費{amt}元，WhatsApp {phone}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '[1/2] {sig}您在校期间开通的分期权限尚未关闭，已被纳入“征信异常名单”\n[2/2] 请于今日18点前致电专员{phone}办理关闭，逾期将影响您及家人的征信与贷款', senders: ['unknown_port', 'lookalike_short', 'prefixed'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '😱征信黑了贷不了款？内部通道修复征信，连续逾期也能消除，费用仅需捌佰捌拾捌元，三个工作日出新报告📄 私我', senders: SCAM_SENDERS },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '你好呀，看到你在小红书发帖想收二手Switch，我这台去年买的，玩得很少😊\n可以再送你两个卡带哦\n平台要扣手续费，咱们微信直接交易吧，你转我{amt}，我今天就顺丰发', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '[演唱会转票群]\n“票务”阿泽：内场前排还有两张，原价转，1680一张\n群友：靠谱吗？\n“票务”阿泽：群里好多人买过了，先付定金500锁票，开演前一周发电子票\n群友：已付，等票～', senders: ['none'] },
  { label: 'fraud', type: 'fake_shopping', text: 'Cheap iPhone 16 Pro, brand new, only CNY 3,500 (store price 8,999). Stock from a customs auction. Pay the full amount by WeChat first, we ship by SF Express the same day. Contact {phone}', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_shopping', text: '日本藥妝代購，原價七折，先付全款，兩星期到貨，已經幫過三百幾位客人，PayMe或者轉數快過數即可，唔設退款。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '【年货节】五常大米+东北木耳礼盒，原价398现价68，仅限今日，点击 {url} 付款后3日内发货，回T退订', senders: ['unknown_port', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '代办北京小客车指标、上海沪牌，内部渠道，三个月内拿牌，先付服务费{amt}元，办不成全额退款，联系{phone}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '三亚亚龙湾五星酒店内部协议价，海景房每晚只要官网价三折，需先全款转到我们旅行社对公账户{acct}锁房，入住时出示确认单即可。', senders: ['mobile', 'virtual'] },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 张总：在吗？\n[QQ] 张总：我在外面开会，手机静音，有事打字\n[QQ] 张总：有笔合同尾款今天要付，你先跟出纳说一下，转{amt}元到这个账户{acct}，回来我补签字', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音电话]\n“奶奶……是我，小杰。”\n“小杰？你声音怎么怪怪的？”\n“我感冒了……奶奶你别问了，我跟同学打架把人打伤了，派出所让赔钱，你千万别跟我爸说——”\n“多少钱啊？”\n“两万，我同学一会儿把卡号发你，你去银行转，别打我电话，我手机被扣了。”', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Hi Dad, it's me, my phone got stolen so I'm using a friend's number. My tuition payment bounced and the university will cancel my visa today. Can you send CNY {amt} to my roommate's account {acct}? I'll explain later, can't call now.", senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你國中同學阿凱啦，LINE換新帳號了，還記得我嗎？😄\n（隔天）欸不好意思突然開口，我公司今天要付貨款差三萬，你可以先借我嗎？下禮拜一還你，匯到我老婆帳戶{acct}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '幺爸，我是小勇撒，换号了哈。我在外头出了点事，要赔别个钱，你先莫跟我老汉儿说，借我八千块嘛，转到这个卡上{acct}，下个月就还你。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[五年一班家长群]\n“班主任-{person}”：各位家长，本学期研学费每人三百八十元，请扫下方二维码缴纳，今晚八点截止，未缴的孩子不能参加\n家长A：已交\n家长B：已交\n“班主任-{person}”：还有14位家长没交，请抓紧', senders: ['none'], hours: [18, 19, 20] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '在吗在吗👋 我是你大学社团的学姐呀，还记得吗～最近过得怎么样？\n（聊了两天后）\n学姐：宝，能不能帮我个小忙😭 我的支付宝被风控了，房租转不出去，你先帮我转给房东{amt}，明天就还你🙏', senders: ['none', 'mobile'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[1/3] 你好，你在交易群里挂的王者号我要了，一千二\n[2/3] 我已经在“游戏宝”平台下单付款了，你注册一下就能收钱 {url}\n[3/3] 平台客服说你的账户要先交保证金才能解冻，交完马上退', senders: ['mobile', 'none', 'virtual'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '你好，你的“蛋仔”账号被人举报开挂，半小时后就永久封号了😱 想保住账号就让家长打开微信，扫我发的码交“解封保证金”，解封后自动退回，别让家长挂电话哦', senders: ['none', 'mobile'], hours: [12, 16, 17, 18, 19, 20] },
  { label: 'fraud', type: 'game_trading', text: 'Selling Valorant account, Radiant rank, 20 skins, only CNY {amt}. Buyer pays through the middleman site {url} to be safe, I get paid after you confirm the login. DM me on Discord.', senders: ['foreign', 'none'], links: ['random', 'lookalike'], en: true },
  { label: 'fraud', type: 'game_trading', text: '兄弟，你嗰隻原神號我出三千蚊，不過我唔識用你講嘅平台，我哋用呢個網站交易啦，佢有擔保，你登記咗就收到錢 {url}', senders: ['foreign', 'mobile'], links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: 'wz点juan 5折dai充，官方直充不fenghao，先付kuan后到账，量大优惠，加扣扣{code}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'game_trading', text: '出售游戏装备“屠龙宝刀”全服唯一，售价壹万捌仟元，私下交易不扣手续费，先付一半定金，上号验货后再付尾款，联系{phone}。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'game_trading', text: '【通话录音】\n“你好，这里是游戏交易平台风控部——”\n“是我刚买的号有问题吗？”\n“对，卖家的收款账户没实名，您付的{amt}元被冻结了。要解冻需要您再转一笔同等金额做‘资金验证’——”\n“我已经付过钱了啊。”\n“验证完两笔会一起退还，十分钟到账。”', senders: ['mobile', 'lookalike_400', 'virtual'] },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '（第1天）你好呀，系统推荐你是附近的人，看你照片挺阳光的😊\n（第5天）今天加班好累，要是你在身边就好了\n（第12天）亲爱的，我签证要续，中介要先交一万二押金，我的卡被冻住了，你能先帮我一下吗？见面就还你💕', senders: ['none', 'mobile', 'virtual'], hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: 'My love, I finally booked my flight to Shanghai to see you! But the airline says my card from Ghana is blocked, so I need you to pay CNY {amt} for the ticket. I will pay you back the day I arrive. I miss you so much.', senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '我們在交友軟體聊了一個月，我真的很想見你。我下週飛台北，但我媽突然住院要先付醫藥費，你能先借我五萬嗎？到台灣馬上還你，我把護照照片傳給你看。', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: '越南新娘介绍，费用全包八万，包结婚包签证，三个月内到家，先交订金两万，见面不满意可以换人。', senders: ['mobile', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'romance', text: '阿哥，我哋倾咗两个月，我真系好钟意你。我阿妈喺越南做手术，差两万蚊，你可唔可以借畀我？我返香港就还你，到时我哋第一次见面❤️', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: "Hey, I saw you on Tinder last week. I'm Jason, an architect in Melbourne, I really enjoy talking with you... By the way I'm stuck at Dubai airport, my wallet was stolen. Could you lend me AUD 800 for a hotel? I'll pay you back tomorrow, promise.", senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '王阿姨您好，我是退休军官老李，在老年相亲群看到您，觉得您很有气质🌹 我们聊得这么投缘，下个月我想去看您。我有笔抚恤金要解冻，得先交三千手续费，我的卡冻着，您能先帮我垫一下吗？', senders: ['mobile', 'none'] },
  // ── other: trojan invitations, money mules, extortion, fake charity, prizes, ransom, account takeover ──
  { label: 'fraud', type: 'other', text: '{person}，我和小美下个月结婚啦💒 电子请柬在这里，点开看酒店地址和时间哦 {url}', senders: ['mobile', 'virtual', 'none'], links: ['apk'] },
  { label: 'fraud', type: 'other', text: '招聘“支付通道测试员”：用你自己的银hang卡和支付宝帮公司收款再转出，每走一万提成两百，日结，不需要本钱，加飞机 @pay{tail}', senders: SCAM_SENDERS },
  { label: 'fraud', type: 'other', text: 'I hacked your phone and recorded you through the camera while you were watching adult videos. I have all your contacts. Send 500 USDT to my wallet within 48 hours or the video goes to everyone you know.', senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'other', text: '【爱心接力】紧急求助！8岁女孩白血病急需骨髓移植，家里已经卖房，还差二十万🙏 转发本条到三个群即可获得平台配捐，捐款通道 {url}', senders: ['mobile', 'none', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '恭喜您！您的門號在「全民抽獎」活動中獲得二獎iPhone 16一支，請於24小時內點擊 {url} 填寫收件資料並支付運費與稅金{amt}元。', senders: ['foreign', 'unknown_port', 'mobile'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'other', text: '你儿子在我们手上，他在澳洲读书对吧，照片你已经看到了。三天内准备五十万，打到我们给的账户，敢报警或者联系学校，你就再也见不到他。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'other', text: '帮我个忙呗，我微信被限制登录了，需要好友辅助验证，你扫一下这个二维码就行，很快的 {url}', senders: ['mobile', 'none'], links: ['random', 'shortener'] },
];

const HARASSMENT: Template[] = [
  // ── third parties "just verifying", told or pressed ──
  { label: 'harassment', text: '阿姨您好，打扰一下，我们就是核实个信息哈：您儿子{person}是在{other}上班吧？他在{name}有笔{amt}元的账单，您当妈的方便就提醒他一下，我们也是为他好。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '您好，这里是{name}，想跟贵司人事核实一下员工{person}是否在职。另外麻烦转告他，他在我司的借款已经逾期三个月了，请他尽快处理。', senders: ['official_hotline', 'unknown_landline', 'mobile'] },
  { label: 'harassment', text: '{person}老师您好，我是{name}的工作人员，想跟您核实一下您班上学生小宇的家长联系方式，他爸爸在我们这边有欠款，一直联系不上……', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{person}先生你好，我們是{name}的法務專員，已經打給你太太確認過你的住址了，也跟她說了你欠款的事。今天下午五點前沒有處理，明天我們就親自到府拜訪。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: 'Hello {person}, this is the recovery team for {name}. We called your HR department today to confirm your employment and told them about your unpaid balance of CNY {amt}. We will visit your office on Friday unless it is settled.', senders: ['mobile', 'foreign'], en: true },
  { label: 'harassment', text: '[微信群“{person}欠款核实群”]\n催收-小张：各位都是{person}通讯录里的好友，拉大家进来没别的意思，就是核实一下大家是否认识此人\n催收-小张：此人在{name}借款{amt}元逾期未还，知道他现住址的请私我，谢谢配合', senders: ['none'] },
  { label: 'harassment', text: '[1/3] {person}，最后一次提醒\n[2/3] 你通讯录前二十个联系人的名单我们已经整理好了\n[3/3] 晚上九点前不处理，每个人都会收到一条关于你的短信', senders: ['mobile', 'virtual'] },
  // ── visits to work, home, village ──
  { label: 'harassment', text: '{sig}{person}您好，因您一直未处理逾期账单，我司外访组计划本周四上午到您单位拜访，届时会向贵单位人事了解您的在职和收入情况，请提前做好准备。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '您好{person}，我是{name}委托的外访专员，明天上午我们三位同事会到您老家村里走访，顺便跟村委会了解一下您家的情况。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你个瘪犊子，借钱的时候挺能耐，现在装死？明儿个我就上你们单位门口嚷嚷去，让全单位都知道你欠钱不还。', senders: ['mobile', 'virtual'] },
  // ── banned hours, calls over the cap ──
  { label: 'harassment', text: '{sig}{person}您好，打扰您休息了，您的账单仍未处理，请今晚务必登录{app}还款，我们稍后会再次致电。', senders: ['official_port'], hours: LATE },
  { label: 'harassment', text: '{sig}早上好，{person}！新的一天从还款开始，您的欠款{amt}元今天务必处理，8点后我们将联系您的紧急联系人。', senders: ['official_port', 'unknown_port'], hours: [5, 6, 7] },
  { label: 'harassment', text: '{person}，凌晨兩點都未瞓吖？你欠{name}嗰筆數幾時還？我哋每個鐘打一次，打到你聽為止。', senders: ['mobile', 'virtual'], hours: [1, 2, 3, 4] },
  { label: 'harassment', text: '叔叔您好，这么晚打扰您不好意思，您女儿{person}的电话一直打不通，她在{name}的借款今天必须处理，您能不能先帮她垫上？', senders: ['mobile', 'unknown_landline'], hours: [22, 23, 0, 6, 7] },
  { label: 'harassment', text: "{person}, still awake? Your debt to {name} is overdue. We'll keep calling every 30 minutes tonight until you pick up.", senders: ['mobile', 'virtual'], hours: [23, 0, 1, 2], en: true },
  { label: 'harassment', text: '[通话记录]\n08:05 未接\n08:40 未接\n09:15 未接\n10:02 未接\n10:30 未接\n11:11 未接\n11:45 未接\n12:20 未接\n[短信] {person}，这是今天第八个电话了，你不接就打到下班，明天继续。', senders: ['mobile', 'unknown_landline', 'official_hotline'], hours: [12, 13] },
  // ── public notices, extra fees, new loans ──
  { label: 'harassment', text: '【朋友圈】寻人启事：{person}，身份证尾号{tail}，因欠{name}款项{amt}元失联，请知情者私信，有重谢。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '老赖{person}👎 欠{name}{amt}不还，已经发到你们小区业主群了🙂 要不要再发一遍？', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{sig}{person}，您的逾期账单已产生“委外催收服务费”{amt}元及“上门差旅费”600元，需与本金一并结清，否则将继续计收。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '{person}，你欠款本金伍仟，加上违约金、催收费、律师费，今天需要一次性还清壹万贰仟元，少一分我们就上门。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你{app}里不是还有额度吗？借出来先把我们这边还了，不然我今天就给你爸打电话，你自己选。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，你的yuqi已经通知到你jiaren和gongsi了，今天不huan，明天直接shangmen', senders: ['mobile', 'virtual'] },
  // ── fake lawyer letters, courts, police; veiled threats ──
  { label: 'harassment', text: '【律师函】致{person}：本所受{name}委托正式通知您，您恶意逃废债务{amt}元的行为已涉嫌“拒不执行判决、裁定罪”和“信用卡诈骗罪”，案件材料已递交公安机关，请于收函后24小时内联系本所律师{phone}，逾期后果自负。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '【朝阳区人民法院】{person}：你已被{name}起诉，本院定于明日上门查封你的房产及车辆，并通知你所在单位协助执行。如需撤诉请立即联系原告还款。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '我是你户籍地派出所的刘警官，{name}已经报案了。你现在马上把欠款还了，我可以帮你撤案，不然明天就发协查通报。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'harassment', text: '{person}，我们也不想走到这一步。你母亲每天早上六点半去菜市场买菜对吧，我们同事{date}还碰到她了，替我们问个好。', senders: ['mobile', 'virtual'] },
];

export const BLIND5B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
