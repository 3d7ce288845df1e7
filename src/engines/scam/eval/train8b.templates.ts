/**
 * TRAIN8 template bank, second half: fraud of every MPS type and illegal-collection harassment.
 * TRAINING data only, by the eighth author (see train8.templates.ts for who, how and the styles);
 * concatenated into TRAIN8_TEMPLATES there.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without consent. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
const SCAM: Template['senders'] = ['mobile', 'virtual', 'foreign', 'none', 'unknown_port'];
const CALLER: Template['senders'] = ['unknown_landline', 'prefixed', 'virtual', 'foreign'];
const COLLECTOR: Template['senders'] = ['mobile', 'unknown_landline', 'virtual'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[QQ群公告] 本群为“{other}”官方任务群，每日发布点赞、关注任务，一单5元。新人完成3单后进入“福利单”，需垫付{amt}元，完成后返还本金+25%佣金。接单请私聊管理员。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【朋友圈】宝妈在家带娃也能月入过万💰！每天花两小时，用手机给商家做单，垫多少返多少还有提成，想加入的滴滴我，名额只剩3个！{url}', senders: ['none', 'mobile'], links: ['random', 'shortener', 'none'] },
  { label: 'fraud', type: 'brushing_rebate', text: 'Hi! Got your number from a job site. We hire remote "app optimisers" for online sellers: finish 40 orders a day and earn 800–2,000 CNY. You top up your work account first and get it back with commission. WhatsApp {phone}', senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '喺屋企兼職幫外賣平台俾好評，一日做二十單，每單$15。做滿十單要「充值解鎖」高佣金任務，之後連本帶利提現。加Telegram {phone}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'brushing_rebate', text: '接待员：恭喜完成新手任务，8元佣金已到账✅\n接待员：下一单是“连单任务”，需连续完成3单，分别垫付{amt}元、2888元、5888元，全部完成后一次性返还本金和30%佣金。\n接待员：中途退出会导致数据异常，本金将无法返还哦', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【招聘】电商平台招“数据员”，在家用手机帮店铺拍单提升销量，每单返现5%-20%，当天结算。下载接单App {url} 邀请码{code}，首单需自行垫付。', senders: SCAM, links: ['apk', 'random', 'shortener'] },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '我是币圈老K，十年交易经验，带过的学员没有亏钱的。今晚比特币合约有一波百倍行情，跟我在{other}交易所开户入金，盈利分我20%，亏了我补。注册 {url}', senders: SCAM, links: ['random', 'apk', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: 'Hello friend, I am a crypto mentor from Singapore. Our AI arbitrage bot earns 5% daily on USDT, fully guaranteed. Start with 1,000 USDT on our platform {url} and withdraw anytime.', senders: ['foreign', 'none'], links: ['random', 'ip'], en: true },
  { label: 'fraud', type: 'fake_investment', text: '[语音转文字] 王阿姨，我是养老服务中心的小刘啊，咱们那个“养老产业投资”项目下周截止，投十万每月返两千利息，比存银行强多了，您今天带上存折过来签合同，还送您一台按摩椅。', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，這裡是「台股飆股研究社」，老師每天早上8點在LINE群報明牌，會員上週平均獲利22%。現在加入送三檔飆股，儲值{amt}元開通VIP，保證獲利不賺退費。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '主题：【内部通知】原始股认购资格确认\n尊敬的{person}：\n您已获得“{other}”上市前原始股认购资格，每股1.8元，上市后预计翻10倍。请于{date}前将认购款汇至指定账户{acct}，名额有限，请勿外传。', senders: ['none'] },
  { label: 'fraud', type: 'fake_investment', text: '这个 DeFi 项目我们 insider 都在冲，staking 年化 300%，lock 30 天后 withdraw 保本，你先转 5000U 到这个 wallet，我帮你 set up，稳的。', senders: ['mobile', 'none', 'foreign'] },
  { label: 'fraud', type: 'fake_investment', text: '客服：您的账户盈利已达{amt}元，根据平台规定，提现前需先缴纳20%个人所得税。税款需单独转入，不能从账户余额扣除，缴纳后2小时内到账。', senders: ['none', 'mobile', 'virtual'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '{sig}{person}您好，您有一笔{amt}元低息贷款待领取，今日领取免首期利息，点击 {url} 填写身份证和银行卡即可放款，无需审核。', senders: ['unknown_port', 'mobile'], links: ['lookalike', 'shortener', 'random'] },
  {
    label: 'fraud',
    type: 'fake_loan',
    text: '【通话录音】\n“您好，这里是{name}放款中心，您在我们App申请的五万元已经审批了。”\n“是吗？什么时候到账？”\n“系统显示您的流水不足，需要您先存入{amt}元证明还款能力，我们核实后连贷款一起放。”\n“存到哪里？”\n“为了避免资金被冻结，请转到我们的财务监管账户{acct}，审核完原路退回。”',
    senders: ['lookalike_400', 'mobile', 'virtual'],
  },
  { label: 'fraud', type: 'fake_loan', text: 'Foreigners welcome! Borrow up to 100,000 CNY with only your passport, no work permit or credit history needed. A small insurance deposit of 800 CNY is refunded on approval. Contact our agent {phone}', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_loan', text: '免聯徵、免保人，學生、家管都能借，最快2小時撥款！手續費先匯{amt}元，撥款後一併退還，LINE洽詢：loan{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，您的贷款App账户被标记为“风险账户”，需缴纳{amt}元解冻金才能提现。这笔钱还是您自己的，放款时会一起到账，请尽快处理，否则额度作废。', senders: ['mobile', 'virtual', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_loan', text: '私人貸款即日批，唔使睇TU，黑名單都得，先俾$3,000手續費，錢一到即刻過數，WhatsApp {phone}', senders: ['foreign', 'mobile'] },
  // ── fake_customer_service (utilities, ETC, refunds, memberships) ──
  { label: 'fraud', type: 'fake_customer_service', text: '【国网电力】您的户号欠费{amt}元，今日18:00将停止供电，请立即点击 {url} 缴费，逾期将加收违约金并上报征信。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【ETC服务中心】您的ETC卡已过期，将于今日失效，请及时登录 {url} 重新认证，逾期将无法正常通行。', senders: ['unknown_port', 'mobile', 'virtual'], links: ['lookalike', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【航空公司】尊敬的旅客，您{date}的航班因机械故障取消，可获改签补偿300元，请致电{phone}办理退改签，办理时需核实银行卡信息。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转文字] 您好，我是{other}网课平台的客服，您之前买的考研课程现在可以全额退款{amt}元。退款需要您先在支付宝“备用金”里借出一笔，转到我们的对公账户做资金验证，验证后连同退款一起退给您。', senders: CALLER },
  { label: 'fraud', type: 'fake_customer_service', text: '【燃气公司】检测到您家燃气表存在漏气隐患，已远程关阀。请添加客服微信{phone}缴纳安全检测费{amt}元，缴费后恢复供气。', senders: ['mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【順豐】閣下的包裹因地址不詳無法派送，請於24小時內點擊 {url} 更新地址並支付$12重新派送費。', senders: ['foreign', 'unknown_port'], links: ['lookalike', 'shortener', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: 'Hello, this is customer service of your online shopping platform. Your account was registered as a wholesale dealer by mistake and will be charged 1,200 CNY every month. To cancel, download the app from {url} and share your screen with me.', senders: ['foreign', 'unknown_landline'], links: ['apk', 'random'], en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您的抖音月付 membership 被误开通了，每月 auto 扣款{amt}元，需要您下载“云会议”开启 screen share，我一步步教您 cancel。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您在直播间购买的保健品批次不合格，平台将三倍赔付{amt}元，请添加理赔专员QQ {code} 办理，需提供银行卡号及收到的验证码。', senders: ['unknown_port', 'mobile'] },
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: '【通话录音】\n“您好，我是{name}信用卡中心的，系统看您用卡记录很好，可以给您提额到五万。”\n“需要我做什么？”\n“提额前要做个激活，您把卡里的钱先转到系统给您生成的验证账户{acct}，激活后一分钟原路退回。您也可以开一下屏幕共享，我远程帮您操作。”',
    senders: ['lookalike_400', 'lookalike_short', 'prefixed'],
  },
  // ── impersonating_authority (police with case numbers, customs, social security) ──
  { label: 'fraud', type: 'impersonating_authority', text: '这里是市公安局刑侦支队，我是李警官，警号031426。你涉嫌一起跨境洗钱案，案件编号JX2025{tail}，名下银行卡流水异常。现在需要你找个安静的宾馆配合远程笔录，不得告诉任何人。', senders: CALLER },
  { label: 'fraud', type: 'impersonating_authority', text: '【海关总署】您有一个国际包裹因申报不实被我关扣留，内含违禁物品，涉嫌走私。请立即联系缉私局{phone}说明情况，否则将移交司法机关处理。', senders: ['unknown_port', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: 'Customs notice: your international parcel is held because import duty of 198 CNY is unpaid. Pay within 48 hours at {url} or the parcel will be returned and you may be fined.', senders: ['foreign', 'unknown_port', 'virtual'], links: ['lookalike', 'random', 'shortener'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '【社保局】您的养老金资格认证即将到期，逾期将停发养老金。请点击 {url} 上传身份证照片和银行卡信息完成认证。', senders: ['unknown_port', 'mobile'], links: ['random', 'lookalike', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是市医保局的，您的医保卡在外地被人盗刷买药，涉嫌骗保。我现在给您转接公安局，您配合调查，先把卡里的钱转到国家监管账户。', senders: ['mobile', 'prefixed', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_authority', text: '這裡是刑事警察局偵查隊，您的帳戶被詐騙集團當作人頭帳戶，地檢署已發出監管令，請依指示將存款轉到法院監管帳戶。偵查不公開，請勿告知家人。', senders: ['foreign', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '主题：法院传票电子送达\n{person}：您涉及一起合同纠纷案件，案号(2025)沪0115民初{tail}号，请于{date}前登录 {url} 查看起诉状并缴纳诉讼保证金，逾期将缺席审判。', senders: ['none'], links: ['ip', 'random', 'lookalike'] },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音转文字] 老人家，我是公安局的张警官，您的退休金账户被犯罪分子盯上了，为了保护您的钱，今天要把存款全部转到我们的安全账户，千万别跟子女和银行柜员说，这是机密。', senders: ['prefixed', 'unknown_landline', 'mobile'] },
  // ── fake_credit_repair (student-loan cancellation, credit-record "repair") ──
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: '[来电转文字]\n“{person}您好，我是{name}的客服，您大学时注册过我们的学生会员账户，现在按监管要求要全部清退。”\n“我没注册过啊。”\n“可能是当时同学帮您弄的，系统里有记录。不注销每年会产生年费，还会影响征信，以后买房贷款都批不了。我现在帮您注销，您先下载一个会议软件，把屏幕共享给我。”',
    senders: ['lookalike_400', 'prefixed', 'mobile'],
  },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}系统显示您在校期间开通了借款账户，依据最新监管要求须于今日关闭，否则征信将被标记为“不良”，请按客服指引操作：{phone}', senders: ['unknown_port', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，我哋係信貸資料修復中心，可以幫你刪除TU入面嘅逾期紀錄，三個工作天搞掂，收費$2,800，先付一半。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Credit score too low for a mortgage? We remove overdue records from your PBOC credit report in 7 days through internal channels. Fee 3,000 CNY, half upfront. Add WeChat {phone}', senders: ['foreign', 'mobile', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '【朋友圈】专业处理网贷逾期！帮你停催收、谈减免，征信不良可修复，已帮5000+人上岸，私信我免费评估👇 {url}', senders: ['none', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '客服：注销账户前要走一次“资金流转核验”，您在{app}把可借额度全部借出来，转到我们的核验账户{acct}，系统确认您没有套现后会原路退回。', senders: ['mobile', 'virtual', 'lookalike_400'] },
  // ── fake_shopping (scalpers, health products, second-hand, pets) ──
  { label: 'fraud', type: 'fake_shopping', text: '周杰伦{date}演唱会内场票有两张，原价1680一张，我有黄牛渠道，2200一张给你，先转全款，出票后立刻转赠到你的大麦账户。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '[语音转文字] 大爷，我是“健康大讲堂”的小张，上次您量血压偏高吧？我们这个纳米量子水杯，喝三个月降压药都能停，原价6800，今天老年会员价2980，您先转个定金，我给您送上门。', senders: ['mobile', 'unknown_landline'] },
  { label: 'fraud', type: 'fake_shopping', text: "Selling my almost new iPhone 15 Pro, leaving China next week, only 3,000 CNY. I'm already at the airport so I'll ship it by SF once you transfer the money. Alipay or bank transfer only.", senders: ['mobile', 'foreign'], en: true },
  { label: 'fraud', type: 'fake_shopping', text: '限量版球鞋代購，日本官網直送，全台最低價，先匯款{amt}元到帳戶{acct}，14天內到貨，LINE：shoes{tail}', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'fake_shopping', text: '柯基幼犬低价送养，只需付运费和防疫费{amt}元，包健康，外地可空运，加微信{phone}。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '【朋友圈】飞天茅台内部渠道，1499原价拿货，每人限购6瓶，先付款后发货，要的私聊，今天截单！', senders: ['none', 'mobile'] },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 奶奶，是我，小杰，我嗓子发炎了说话有点哑。我在学校把同学的眼镜打碎了，要赔{amt}块，别告诉我爸妈，你转到这个卡上就行 {acct}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 我是王总，这是我小号。你把公司账户上的{amt}元先转给合作方，账号{acct}，我在外面谈事情，流程回头补，抓紧。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位家长好，我是班主任李老师，这是我的新微信。下学期教辅资料费每人{amt}元，请直接扫我发的二维码支付，今晚12点截止。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: "Hi, it's Mark from the office, lost my phone so using a new number. Could you buy four 500-yuan Apple gift cards for a client and send me the codes? I'll pay you back this afternoon.", senders: ['mobile', 'foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿妹，我係舅父呀，換咗新號碼。我喺醫院要交按金$8,000，銀行卡唔記得帶，你轉住過嚟呢個戶口先：{acct}，聽日還你。', senders: ['foreign', 'mobile'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信视频 0:05 已挂断] 老同学，视频信号不好。我在外地出差钱包被偷了，先借我{amt}救个急，转这个卡{acct}，周一还你。', senders: ['none', 'mobile'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '卖号：原神60级，{amt}元出，走“{other}游戏担保”平台交易，链接 {url} ，你先把钱打到平台，我这边收到通知就换绑给你。', senders: ['mobile', 'none'], links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '【和平精英】恭喜你获得免费皮肤！请先联系客服QQ {code} 验证身份，再用爸爸妈妈的手机扫码“0元激活”，如果显示扣款是系统冻结，稍后会退回。', senders: ['virtual', 'mobile', 'unknown_port'] },
  { label: 'fraud', type: 'game_trading', text: 'Buying your CS2 skins at 120% of market price! Just log in on our trade site {url} with your Steam account to confirm the trade.', senders: ['foreign', 'none'], links: ['lookalike', 'random'], en: true },
  { label: 'fraud', type: 'game_trading', text: '收購遊戲帳號！天堂M、原神高價收，先在我們的交易平台註冊，需儲值{amt}元保證金才能提領貨款。', senders: ['foreign', 'mobile'] },
  // ── romance (dating apps moving to another app) ──
  { label: 'fraud', type: 'romance', text: '在Soul上聊得好开心呀😊 这个App老是限流，我们加微信吧 {phone}。我表哥教我在一个平台做黄金，每天稳赚，等加上了我也带你赚～', senders: ['none', 'virtual', 'mobile'], hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: "Hi dear, it's Jessica from the dating app. WhatsApp is easier for me. My uncle works at a crypto exchange and taught me a trading trick, I made 80k last month. I can show you, we could build our future together ❤️ {url}", senders: ['foreign', 'none'], links: ['random', 'shortener'], en: true },
  { label: 'fraud', type: 'romance', text: '亲爱的，我是联合国维和部队的军医，下个月就退役来中国找你。我的行李和存款要托运过去，需要你帮我付一笔运输保险费{amt}元，我在战区不方便转账。', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: '寶貝，我們在交友軟體認識三個月了，我真的想跟你過一輩子。我在一個博弈網站抓到規律，你先入金兩萬試試，我帶你一起賺，婚禮的錢就有了 {url}', senders: ['foreign', 'none'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'romance', text: '[婚恋App聊天]\n她：今天加班好累，你想我没？\n他：想啊\n她：我舅舅在证券公司，说明天有个新股内部配售，我已经投了十万。你也投一点吧，赚了我们就拿去付首付❤️ 平台地址 {url}', senders: ['none'], links: ['random', 'apk'] },
  // ── other (charity, prizes, jobs abroad) ──
  { label: 'fraud', type: 'other', text: '【爱心救助】白血病女孩小雨急需手术费，每人捐10元就能救她一命！捐款请转账至募捐负责人个人账户{acct}，转发本条功德无量。', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'other', text: '【{other}】恭喜您的手机号在“周年庆回馈”活动中抽中二等奖：现金{amt}元及笔记本电脑一台！请登录 {url} 领奖，领奖前需缴纳个人所得税及公证费。', senders: ['unknown_port', 'mobile'], links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'other', text: '《奔跑吧》节目组恭喜您成为场外幸运观众，获得奖金8万元及苹果电脑一台，请联系兑奖专线{phone}，兑奖需先交保证金1800元。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'other', text: '泰国高薪招聘客服，月薪2-3万，包机票包吃住，不需要经验，会打字就行。先到昆明集合，护照由公司统一保管办理工签。联系{phone}', senders: ['mobile', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'other', text: 'Overseas job offer: hotel staff in Dubai, USD 2,500 a month, free visa and flight. Pay a 6,000 CNY processing fee first to secure your place. Limited quota, reply today.', senders: ['foreign', 'mobile'], en: true },
  { label: 'fraud', type: 'other', text: '您好，我們是「愛心育幼院」，年底物資短缺，懇請您認購愛心筆一盒{amt}元，款項請匯入帳戶{acct}，我們會寄收據給您。', senders: ['foreign', 'mobile'] },
];

const HARASSMENT: Template[] = [
  // ── banned hours and call floods ──
  { label: 'harassment', text: '{sig}{person}，您的逾期款项{amt}元请尽快处理，今晚我们会继续联系您。', senders: ['official_port'], hours: NIGHT },
  { label: 'harassment', text: '{sig}尊敬的客户，您本期账单已逾期，请于今日内还款，如有疑问请致电{hot}。', senders: ['official_port'], hours: [23, 0, 5, 6] },
  { label: 'harassment', text: '【通话录音 23:48】\n催收：{person}是吧，睡了？欠钱的人还有脸睡觉？\n客户：现在快十二点了……\n催收：十二点怎么了，你还钱我就不打。', senders: COLLECTOR, hours: [23, 0, 1] },
  { label: 'harassment', text: '{person}，今天第二十一个电话了，你不接也没用，我们系统会一直自动拨，直到你接为止。', senders: COLLECTOR },
  { label: 'harassment', text: '凌晨两点了还在玩手机吧？朋友圈刚更新的，别装看不到我消息，今天不还明天就去你单位。', senders: ['mobile', 'virtual'], hours: [1, 2, 3] },
  // ── relatives, colleagues and employers pressed ──
  { label: 'harassment', text: '[语音转文字] 喂，是{person}他妈吧？你儿子在{name}借的钱逾期了，你当妈的管不管？今天你先替他还{amt}，不然我们就天天打给你们老两口。', senders: COLLECTOR },
  { label: 'harassment', text: '[语音转文字] 老爷子，您孙子在我们这借了钱跑了，您是他爷爷，这钱您得替他还上，不还我们就去您村里大喇叭广播。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '你好，你是{person}的同事吧？他欠我们钱，你们关系这么好，你先帮他垫一下，不然我们就去你们公司找领导，说你包庇老赖。', senders: COLLECTOR },
  { label: 'harassment', text: '主题：关于贵司员工欠款的告知函\n致人力资源部：\n贵司员工{person}（身份证尾号{tail}）在{name}借款逾期。请贵司通知其本人今日内还款，并将此函转发至其所在部门全体同事。如未处理，我司将安排人员到贵司前台协助催收。', senders: ['none'] },
  { label: 'harassment', text: '[QQ群公告] 本群为{person}欠款催收群，群成员均为其通讯录好友和同事。请各位督促其还款{amt}元，每天有专人在群里通报进度，直到还清为止。', senders: ['none'] },
  // ── public exposure, insults, threats of visits ──
  { label: 'harassment', text: '【朋友圈】曝光！{person}，欠{name}{amt}元拒不还款，手机号{phone}，大家看到他躲着点，认识的转告他赶紧还钱！（附身份证照片）', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '{person}，你这种人怎么好意思活着？借钱的时候装孙子，还钱的时候装死，废物一个，全家都跟着你丢人。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{person}，我们外访组明天上午到你家，你爸妈那个小区我们已经去过一次了，你自己想清楚要不要当着邻居的面谈。', senders: COLLECTOR },
  { label: 'harassment', text: '你再唔還錢，我哋就喺你公司樓下派傳單，寫明你欠咗{name}幾多錢，睇下你仲有冇面返工。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: '你欠的錢再不還，我們就把你的照片和欠款資料貼到你家巷口，再發到你小孩學校的家長群，讓大家知道你是什麼人。', senders: ['mobile', 'foreign'] },
  { label: 'harassment', text: 'You think you can hide? We know where you live and where your kids go to school. Pay the {amt} today or our people will be at your door tonight.', senders: ['mobile', 'virtual'], en: true },
  { label: 'harassment', text: '{person}，你的 case 已经 escalate 了，今晚我们 team 会挨个 call 你 contacts 里的人，让他们都知道你是 deadbeat。', senders: ['mobile', 'virtual'] },
  // ── fake legal letters, extra fees, new loans for old ──
  { label: 'harassment', text: '【律师函】{person}：受{name}委托，你恶意逃废债务{amt}元已涉嫌诈骗罪，本律所将于48小时内向公安机关移送材料，届时将对你实施拘留并冻结你名下全部账户。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '{sig}【立案通知】{person}，你的欠款案件已由法院立案，明日将派执行人员上门查封家具电器，如需撤诉请于今日18点前还款。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '你现在要还的不止{amt}了，我们这边额外加收催收服务费和违约处理费共2000元，不交这笔钱账就结不了。', senders: COLLECTOR },
  { label: 'harassment', text: '别跟我说没钱，{other}和别的App你都还能借，我教你怎么下款，借出来先把我们这笔平了，今天必须到账。', senders: ['mobile', 'virtual'] },
];

export const TRAIN8B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
