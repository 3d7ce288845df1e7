/**
 * BLIND6 held-out bank, second part: fraud and harassment. Written with blind6.templates.ts by
 * the same independent (ninth) author in session 5 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
const SCAM: Template['senders'] = ['mobile', 'virtual', 'none', 'foreign', 'unknown_port'];
const CALLERS: Template['senders'] = ['mobile', 'unknown_landline', 'virtual', 'lookalike_400', 'prefixed'];
/** A screenshot or scan forwarded by the scammer. */
const SHOT: Template['senders'] = ['none', 'mobile', 'virtual'];
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'virtual'];
const BAD_LINKS: Template['links'] = ['random', 'shortener', 'ip', 'lookalike'];

const FRAUD: Template[] = [
  // ── brushing_rebate: likes/follows, box-office "助力", chained orders ──
  { label: 'fraud', type: 'brushing_rebate', text: '点赞日结 {url}', senders: ['mobile', 'virtual', 'unknown_port', 'none'], links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'brushing_rebate', text: '（截图识别）\n14:08  4G\n任务大厅                我的\n今日已完成 12/30 单    累计佣金 ¥36.00\n● 关注抖音号并截图上传      +3.00  [去完成]\n● 直播间点赞满100次         +2.00  [去完成]\n● 进阶福利单（需预付） 预付 ¥500 返 ¥650  [立即抢单]\n提现规则：完成当日全部30单后方可提现\n——这是我们平台后台，前面都是免费单，做完就能提。接待员工号{tail}', senders: SHOT },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，这里是短视频平台签约MCN机构，现招募居家兼职：给合作主播点赞、关注、评论，每条2元，满20元即可提现。请先下载任务App并用手机号注册 {url} ，注册后联系带教老师领取首单。', senders: SCAM, links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '电影“票房助力”兼职：在我们给的页面购买指定场次电影票，出票后平台按票价130%回购，春节档加开名额。先从1张开始熟悉流程，熟练后可以接10张起的团购单，佣金更高。{url}', senders: SCAM, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '带教老师：你刚才那一单触发了“三连单”，系统规定要连续做完三单才能一起结算，目前还差两单，共{amt}元。现在放弃的话，前面垫付的钱会被系统判定违规冻结；三单做完，本金加佣金一起返给你。', senders: SHOT },
  { label: 'fraud', type: 'brushing_rebate', text: '亲，感谢购买！给商品5星好评并晒图，截图发给售后即可领20元返现。另外店铺长期招“体验官”，每天帮店铺下单刷数据，本金加佣金当天返，需要的话扫码进工作群 {url}', senders: ['mobile', 'unknown_port', 'none'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '图片文字：\n提现记录\n{date} 12:31  提现成功  +128.00\n{date} 18:05  提现成功  +356.00\n{date} 21:47  提现成功  +1,024.00\n——\n姐妹，这是我上周做点赞任务的提现记录，每天都能到账。老师说新人名额只剩3个，你要做的话我把你推给老师 {phone}', senders: SHOT },
  { label: 'fraud', type: 'brushing_rebate', text: '【任务中心】您的账户因“操作超时”被系统冻结，账户内佣金及本金共{amt}元暂时无法提现。根据平台规则，需充值冻结金额的30%作为“信誉修复金”方可解冻，解冻后全部原路返还，请联系专属客服处理。', senders: SCAM },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【截图识别】\n证券  机构专用席位\n尊敬的VIP客户：恭喜您中签 科创板新股 1000股\n中签价 38.60   应缴款 ¥38,600.00\n缴款截止  今日 15:00\n※机构通道缴款须转入以下监管账户\n户名：上海鼎泰投资管理有限公司\n账号：{acct}\n逾期未缴视为放弃并扣除信用分\n（第1页）', senders: SHOT },
  { label: 'fraud', type: 'fake_investment', text: '王老师助理：您好，王老师团队研发的“AI量化交易系统”上周实盘收益23.6%，对账单截图已经发您了。现开放20个学员名额，5万起投，系统自动交易，收益每天可提。请先下载交易App，注册时邀请码填{tail} {url}', senders: SCAM, links: ['apk', 'random', 'lookalike'] },
  { label: 'fraud', type: 'fake_investment', text: '明日涨停票 {url}', senders: ['unknown_port', 'mobile', 'virtual', 'foreign'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_investment', text: '叔叔阿姨们好，我们是“颐养天年”康养项目，国家扶持的养老产业。现在认购一个养老床位只需3万元，每月返利1200元，三年后本金全退，还送免费体检和旅游。名额有限，明天上午在社区活动中心开推介会，请带上身份证和银行卡。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我是券商的投资经理。一家即将在港交所上市的公司开放原始股内部认购，1元/股，上市后预计涨10倍以上。因为是内部额度，只对老客户开放，认购款请在今天下午3点前转入股权托管账户{acct}。', senders: CALLERS },
  { label: 'fraud', type: 'fake_investment', text: '跟单外汇黄金，导师带单胜率90%，MT5正规平台，账户开在你自己名下，入金1万美金起，每周收益8%以上，亏损由平台赔付。今晚8点直播讲解入金流程，联系导师助理{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_investment', text: '共享储能电站项目招商：投资一台储能柜19800元，每天返收益268元，75天回本，电站由国企背景公司运营，收益每天自动到账，每推荐一人再奖1000元。项目说明会报名 {url}', senders: SCAM, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '（图片文字）\n数字资产    我的钱包\n总资产（USDT）  52,310.44\n今日收益  +1,862.10\n[提现]  提现需先缴纳20%个人所得税方可到账\n——\n客服：您的提现申请已受理。按平台规定，需先缴纳个人所得税{amt}元至财务专用账户，缴纳后2小时内到账。', senders: ['none', 'mobile', 'foreign'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '截图文字：\n<  借款详情\n借款金额  50,000.00\n审核状态  放款失败\n失败原因：您填写的银行卡号有误（尾号{tail}），资金已被系统冻结\n处理方式：联系在线客服，缴纳借款金额20%的解冻金，核实后随借款一起发放\n[联系客服]\n——以上是您的借款状态，请今天内处理，否则冻结记录将上报征信。', senders: SHOT },
  { label: 'fraud', type: 'fake_loan', text: '额度已下发 {url}', senders: ['unknown_port', 'mobile', 'virtual', 'none'], links: ['random', 'shortener', 'apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您在{name}的备用金额度20000元已审批通过，年化利率3.6%，无需征信，当天到账。请于今日内点击 {url} 领取，逾期额度作废。', senders: SPOOF, links: ['lookalike', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_loan', text: '信贷经理：{person}您好，您的贷款材料已通过初审，但系统显示您的银行流水不足，暂不符合放款条件。按规定需要您先向以下账户转入{amt}元做“还款能力验证”，验证后5分钟内原路退回并同时放款。账户：{acct}', senders: ['mobile', 'virtual', 'unknown_landline', 'none'] },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，您连续缴存公积金满一年，可以申请“公积金信用贷”，最高50万，年利率2.8%，不查征信。我是合作银行的客户经理，办理需要先支付1%的资料审核费，下款后退还。需要的话联系我：{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '恭喜，您的借款申请已批准，金额{amt}元。根据放款要求，您需先购买一份“借款履约保证保险”，保费为借款金额的10%，保险生效后系统自动放款，保费可在第一期还款时抵扣。请将保费转至保险公司专户{acct}。', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '您好，这边是{name}授信专员，您的预审额度8万元需要在线激活。请下载腾讯会议，输入会议号{code}，入会后打开屏幕共享，我一步一步指导您操作，大概十分钟就能到账。', senders: CALLERS },
  { label: 'fraud', type: 'fake_loan', text: '【助学贷款服务中心】{person}同学你好，你申请的生源地助学贷款本年度已审批，放款前需核实收款账户。请添加助学贷款专员{phone}完成“账户激活”，激活需存入500元验证金，核验后退回。', senders: ['unknown_port', 'virtual', 'mobile'] },
  // ── fake_customer_service: parcels, livestreams, 百万保障, ETC, flights, short-video platforms ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是远山快递理赔部的工作人员，您单号尾号{tail}的快件在运输途中丢失，非常抱歉。按公司规定将给予您3倍赔偿共{amt}元，理赔需要在“理赔专线”App里完成，请下载 {url} ，登录后按客服提示操作。', senders: ['mobile', 'virtual', 'unknown_landline', 'lookalike_400'], links: ['apk', 'random', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好！我是直播间售后客服，您{date}在直播间拍下的外套经质检抽查甲醛超标，平台将为您办理双倍退款。退款需要先添加售后专员的企业微信，专员会通过视频会议指导您在{app}里开通“退款通道”。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_customer_service', text: '（截图识别）\n{name}\n【重要通知】\n您的“百万保障”试用期将于今日到期\n到期后将按每月{amt}元自动扣费，并同步至个人征信\n如需关闭请联系专属客服：{phone}\n[立即关闭]    [暂不处理]', senders: SHOT },
  { label: 'fraud', type: 'fake_customer_service', text: 'ETC已停用 {url}', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '【航班变动】尊敬的旅客，您预订的{date}航班因机械故障已取消，航空公司为每位旅客提供300元补偿。请致电理赔专线{phone}办理改签及补偿，补偿需要绑定您的银行卡并核对验证码，请于今日18点前处理。', senders: ['unknown_port', 'virtual', 'mobile', 'foreign'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是抖音官方客服，工号DY{tail}。系统检测到您的账号误开通了“直播带货商家会员”，今晚12点起每月自动扣除{amt}元会费，还会影响您的征信。我现在帮您取消，请先打开支付宝找到“百万保障”页面，再按我的提示操作。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '客服：退款需要财务在线审核，您用手机下载一下Zoom，会议号{code}，进去以后点下面的“共享屏幕”，财务会看着您操作，确保退款打到您本人的卡上。共享时如果弹出验证码短信不用管，财务会处理。', senders: SHOT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是外卖平台的食品安全专员，您昨天点餐的那家店被查出使用过期原料，平台对受影响的顾客统一赔付{amt}元。请提供一下收款银行卡号和预留手机号，稍后您会收到一条验证码，请读给我做身份核验。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '【绿洲商城】您好，您的订单因系统故障被重复扣款{amt}元，客服将为您办理退款。由于退款需走“备用金”通道，请在{app}中申请一笔与退款等额的借款用于身份验证，验证完成后借款自动撤销并退款。详询{phone}', senders: ['unknown_port', 'mobile', 'virtual'] },
  // ── impersonating_authority: scans of summonses, freezes and wanted notices; 医保/社保; fake 12381/96110 ──
  { label: 'fraud', type: 'impersonating_authority', text: '图片文字识别结果：\n北 京 市 第 二 中 级 人 民 法 院\n传   票\n（2026）京02刑初字第{code}号\n被传唤人：{person}   身份证尾号{tail}\n案由：涉嫌洗钱罪、非法出租出借银行账户\n应到时间：接此传票后24小时内\n注意：被传唤人如需申请财产清查以证明清白，须联系承办检察官 {phone}，\n并将名下资金转入资金监管账户，待核查后返还\n逾期未到将依法拘传\n（印）\n—— 第 1 页 ——', senders: ['none', 'mobile', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '扫描件：\n市公安局\n冻 结 财 产 通 知 书\n公（经）冻财字〔2026〕{code}号\n{person}：\n因你名下尾号{tail}的银行卡涉嫌参与跨境洗钱，我局决定冻结你名下全部银行账户及支付账户。\n如需申请解冻，请于今日17时前与办案民警联系，并配合将资金转入“清查专户”{acct}进行安全核查，核查无误后原路退回。\n本案涉及保密，不得向家人、银行工作人员透露。\n（公章）', senders: ['none', 'mobile', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '你看这张图里是不是你：\n公安部\nA 级 通 缉 令\n公缉〔2026〕{tail}号\n姓名  {person}\n涉嫌罪名  非法集资、洗钱\n（识别结束）\n我是案件承办警官，现在给你机会配合调查。马上找个没人的房间，下载我们发给你的“警务通”App {url} 做视频笔录，否则明天全国发布。', senders: ['foreign', 'virtual', 'prefixed', 'mobile'], links: ['apk', 'random', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【医保中心】您的医保卡于{date}在外地药店连续刷卡4笔共{amt}元，涉嫌违规套现，已被系统冻结。如非本人操作，请立即致电医保中心稽查科{phone}，逾期将移交公安机关处理。', senders: ['unknown_port', 'virtual', 'mobile', 'unknown_landline', 'prefixed'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市人社局社保稽核科。经核查，您的社保卡被人冒用，在外地领取养老待遇，涉嫌骗保，案件已移交公安。我现在把电话转给经侦支队的李警官，他会告诉您怎么证明清白。请不要挂电话，也不要告诉家人，以免泄密。', senders: ['unknown_landline', 'prefixed', 'virtual', 'foreign'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【12381】您的号码被多名用户举报涉嫌诈骗，将于24小时内停机并纳入失信名单。如有异议请点击 {url} 提交实名申诉，需填写身份证号、银行卡号及验证码。', senders: ['unknown_port', 'mobile', 'virtual', 'foreign'], links: ['random', 'shortener', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '我这里是96110反诈中心，您名下的银行卡被诈骗团伙用来收取赃款，涉案金额巨大。为证明您不是同伙，需要把卡里的资金转入“反诈资金监管账户”做清查，清查完48小时内返还。您现在去银行，不要跟柜员说原因。', senders: ['prefixed', 'foreign', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是海关缉私局。您有一个国际包裹被查出夹带违禁药品，收件人是您，身份证尾号{tail}。案子已经移交公安，我把电话转给分局的办案警官，您如实配合，可能需要缴纳一笔保证金证明您不知情。', senders: ['prefixed', 'foreign', 'unknown_landline', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家反诈中心】系统监测到您的银行卡已被列入涉诈风险名单，将于今日冻结。为避免影响正常使用，请立即下载国家反诈中心“资金安全检测”版 {url} ，按提示完成银行卡验证。', senders: ['unknown_port', 'virtual', 'mobile', 'foreign'], links: ['apk', 'random', 'shortener'] },
  // ── fake_credit_repair: 征信 notices, student-loan accounts, "清零" ──
  { label: 'fraud', type: 'fake_credit_repair', text: '（图片识别）\n中国人民银行征信中心\n个人征信异常告知书\n告知对象：{person}\n经系统核查，你在校期间开通的{name}校园分期账户至今未注销，\n已产生不良记录 3 条，将于{date}正式上传个人信用报告。\n处理方式：请于截止日前联系征信专员 {phone} 办理注销及记录清除，\n注销需将账户内额度全部借出并转入指定账户冲正。\n（征信中心业务专用章）', senders: ['none', 'mobile', 'virtual', 'unknown_port'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信受损提醒 {url}', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}根据监管新规，{name}将于本月底前统一清理大学期间注册的学生借贷账户。您名下账户仍未关闭，逾期将被视为违规借贷并影响个人征信。请尽快致电注销专线{phone}办理，办理时需配合完成额度清零。', senders: SPOOF },
  { label: 'fraud', type: 'fake_credit_repair', text: '专业处理征信逾期、网贷黑名单、查询次数过多，与征信中心有合作渠道，7个工作日删除不良记录。先付一半定金1980元，出新报告后付尾款，不成功全额退款。咨询{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是{name}的客服。您之前在我们平台有过几次逾期，现在有一个“征信保护”窗口期，只要把您在各平台的额度都清零就不会上报。我给您发钉钉会议邀请，入会后共享屏幕，我教您操作，十分钟就好。', senders: CALLERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，系统显示您的{app}账户存在“高风险借贷记录”，央行要求今日内完成额度清零，否则将影响您和家人的征信。操作方法：在{app}里把可用额度全部借出，转入清算专员提供的账户{acct}，核验后原路退回并注销额度。', senders: ['mobile', 'virtual', 'lookalike_400', 'prefixed'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '图片文字：\n个人信用报告（简版）\n信用评分  412（较差）\n负面记录  网贷逾期 6 条\n查询记录  近3个月 27 次\n——\n征信顾问：您看，您的征信已经花了，现在哪家银行都贷不了。我们可以走“异议申诉”通道帮您全部消除，每条记录服务费800元，先付50%我们就开始操作。', senders: SHOT },
  // ── fake_shopping: livestream prizes, tickets, liquor, second-hand sellers, pets, services ──
  { label: 'fraud', type: 'fake_shopping', text: '直播间刚才抢到iPhone福袋的那位粉丝请注意，你中奖了！因为直播间库存有限，请私下联系主播助理支付39.9元运费和保价费，扫码付款后48小时内发货 {url}', senders: ['none', 'mobile', 'virtual'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '你好，看到你在找{date}那场演唱会的门票，我这里有内场前三排的工作人员票，原价出不加价。因为是内部票不能走票务平台，需要先付全款，开演前一天把电子票转到你的账户上。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '飞天茅台内部渠道，原价1499，整箱6瓶，需要的提前付款排单，下周统一发货，量大可以开发票。老客户都在复购，付款入口 {url}', senders: SCAM, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '（截图文字）\n订单详情\n订单号 2026{code}{tail}\n状态：买家已付款，等待卖家缴纳保证金\n提示：为保障交易安全，卖家需缴纳与订单金额相等的保证金{amt}元，缴纳后货款与保证金一并解冻至卖家账户\n——你是卖家吧？我这边已经付款了，你按页面提示交一下保证金就能收到钱，交易客服在这里 {url}', senders: SHOT, links: ['random', 'shortener', 'lookalike'] },
  { label: 'fraud', type: 'fake_shopping', text: '您好，您订的那只布偶猫已经到机场了，但航空公司要求活体运输必须购买专用航空箱和运输保险，一共{amt}元，付完马上登机，明天上午就能送到您家。这笔费用在您收到猫以后全额退还。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '特价机票代订：{date}上海飞三亚往返仅需680元，是航空公司的内部退改签名额，出票后可在官网查询。需要先把票款转到我们票务公司账户{acct}，半小时内出票。', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '驾照分不够用？12分全消代办，不用去现场学习考试，每分120元，当天处理，先付款后办理，办完可在交管12123 App查询。联系{phone}', senders: SCAM },
  // ── impersonating_acquaintance: face-swapped relatives, bosses in company groups ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '刚才视频你看到是我了吧，这边信号太差先挂了。我在外地谈一个项目，要给合作方转{amt}元保证金，我的卡今天限额转不出去，你先帮我转到这个账户{acct}，户名是对方公司的会计。晚上回酒店我再给你打电话，先别跟你舅妈说。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '（企业微信·财务部工作群）\n陈总：@出纳 在吗？我跟客户在开会，不方便接电话。\n陈总：今天下班前给这个供应商付一笔定金{amt}元，合同我晚上补给你，账户：{acct}\n陈总：付完把回单截图发群里，这事先别在大群里说。', senders: ['none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是你们部门的刘总，这是我的私人号，工作号快满了，你存一下。明天上午要给一位领导送点心意，我不方便出面，你先帮我转{amt}元给他，回头我给你报销，账户我一会儿发你。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是小军，刚才视频里你也看到了，我真的在派出所。同学开车撞了人，我坐在车上也有责任，现在要先交{amt}元保证金才能放人。你别给我爸打电话，他知道了会骂死我，钱转到这个警官的卡上：{acct}。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老同学，我是你高中同桌小林，换了个号码。我在外地出差突然阑尾炎住院，急需交押金{amt}元，手机银行又被冻住了，你先借我一下，出院马上还你，钱转到我表哥的卡上{acct}。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小周，我是王总。下午要去拜访客户，你帮我在绿洲商城买10张面值1000元的购物卡，买好后把卡号和密码拍照发我，钱明天给你报。我在开会，别打电话，发消息就行。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}家长您好，我是孩子的班主任，这是我的新号码。学校下周统一订购期末复习资料，每位学生260元，请直接转到我这个账户{acct}，我统一交给教务处。这事我单独通知，就不在群里说了。', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '你好，你是老张的儿子吧？我是你爸单位的同事老孙。你爸刚才在单位突发心梗，正在医院抢救，急需交押金，他手机在我这儿，我们同事先凑了一些，还差{amt}元，你先转到医院收费处的这个账户{acct}，我在这儿守着。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  // ── game_trading: unbanning, skins, escrow platforms, top-ups, renting ──
  { label: 'fraud', type: 'game_trading', text: '【游戏安全中心】您的游戏账号因检测到外挂行为已被封禁，如属误封，请在24小时内登录官方解封通道 {url} 提交申诉，申诉需缴纳98元“解封验证金”，解封成功后全额退还。', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '免费领皮肤 {url}', senders: ['mobile', 'none', 'virtual', 'unknown_port'], links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'game_trading', text: '（截图识别）\n游戏交易平台    我的钱包\n可用余额 ¥0.00    冻结金额 ¥1,200.00\n冻结原因：卖家账户未开通“担保交易会员”，资金无法提现\n开通会员 ¥300   [立即开通]\n——买家已经付了1200，你开通会员就能提出来，开通费也会一起退给你。', senders: SHOT },
  { label: 'fraud', type: 'game_trading', text: '游戏钻石折扣代充，官方渠道，6折到账，648档只要388，先付款后充值，全程不需要你的账号密码，只要给我游戏ID。老客户都在我这里充，联系{phone}', senders: SCAM },
  { label: 'fraud', type: 'game_trading', text: '看到你在找那把限定武器皮肤，我这儿有一把。平台交易要扣15%手续费，我们私下交易吧，你先转{amt}元，我马上上号交易给你。好几个老客户都能作证，信誉截图我发你。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'game_trading', text: '你好，你在平台上挂的游戏账号我想长期租，每天给你80元租金。你先把账号密码和手机收到的验证码发给我，我登录看一下装备，确认没问题马上预付一周租金。', senders: ['mobile', 'none', 'virtual'] },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '认识你这三个月是我最开心的日子。我已经订好下个月去你那边的车票了，可我妈今天突然查出肿瘤要住院，押金还差{amt}元，我的工资卡又被前夫冻结了。我知道开口不好，你能先帮我一下吗？等我到了第一件事就是还你。', senders: ['none', 'mobile', 'virtual'], hours: [19, 20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: '你好呀，我是交友App上和你配对成功的小雨。App里聊天要开会员，太贵了，我们去我平时用的聊天软件吧，注册还送积分，你下载一下 {url} ，我在里面等你，还能视频哦。', senders: ['none', 'mobile', 'virtual'], links: ['apk', 'random'] },
  { label: 'fraud', type: 'romance', text: '亲爱的，我给你寄的生日礼物（一块手表和一些现金）被海关扣下了，快递公司说要先交清关费{amt}元才能放行。我在海外维和医院没法转账，你先交一下，以后我加倍补给你。快递公司的收款账户是{acct}。', senders: ['foreign', 'none'] },
  { label: 'fraud', type: 'romance', text: '{person}您好，我是婚恋网站的高级红娘。根据您的条件为您匹配到一位女士，32岁，中学教师，看了您的资料很满意。安排见面需要先升级钻石会员19800元，升级后我们安排线下约会，保证三个月内确定恋爱关系。', senders: ['mobile', 'unknown_landline', 'virtual'] },
  { label: 'fraud', type: 'romance', text: '宝贝，我们在App上聊了一个多月了，我打算下周从厦门飞过去见你。但我的银行卡正在换新，机票和酒店还差{amt}元，你先帮我垫上，见面我就还你。我先把身份证照片发你，你放心。', senders: ['none', 'mobile', 'virtual'], hours: [20, 21, 22, 23, 0] },
  // ── other: USDT 跑分, sextortion, trojans, exam answers, subsidy phishing, jobs abroad ──
  { label: 'fraud', type: 'other', text: 'USDT跑分兼职，只需要一张银行卡和一个支付宝，帮平台收款后按指令购买USDT转出，每跑1万赚150元，日入上千。新人需先交5000元“风控押金”，跑满一周退还。联系客服{phone}', senders: SCAM },
  { label: 'fraud', type: 'other', text: '刚才视频聊天的画面我都录下来了，你的通讯录我也全部导出了。给你一小时，转{amt}元到这个账户{acct}，否则视频会发给你通讯录里的每一个人，包括你老婆和你单位领导。', senders: ['none', 'virtual', 'foreign'], hours: [21, 22, 23, 0, 1] },
  { label: 'fraud', type: 'other', text: '是你吗？{url}', senders: ['mobile', 'virtual', 'none'], links: ['apk'] },
  { label: 'fraud', type: 'other', text: '2026年公务员考试行测、申论原题及答案，考前3小时内部渠道获取，考后不中不收费，先付1000元定金锁定名额。联系{phone}', senders: SCAM },
  { label: 'fraud', type: 'other', text: '【以旧换新补贴】您好，您符合国家家电以旧换新补贴条件，补贴金额2000元，请于{date}前点击 {url} 填写姓名、身份证号、银行卡号及验证码领取，逾期视为放弃。', senders: ['unknown_port', 'mobile', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '迪拜高薪客服岗位，月薪3万包吃住，机票公司报销，无需学历和经验。先交3000元签证办理费和体检费，办好马上出发，名额只剩5个。联系人事{phone}', senders: SCAM },
];

const HARASSMENT: Template[] = [
  // ── banned hours ──
  { label: 'harassment', text: '{sig}{person}您好，这么晚打扰您不好意思。您的借款已逾期12天，待还{amt}元，为免影响您的信用，请今晚就在{app}处理，我们的专员稍后会再给您打个电话。', senders: ['official_port'], hours: LATE },
  { label: 'harassment', text: '{person}您好，我是{name}的贷后专员，知道现在是凌晨，可您白天一直不接电话，只能这个时间联系您了。请现在回电{phone}，否则我们每半小时打一次。', senders: ['mobile', 'virtual'], hours: [0, 1, 2, 3, 4] },
  { label: 'harassment', text: '{sig}{person}，早上好。您的欠款{amt}元已逾期，今天是最后处理期限，请在上班前完成还款，否则9点后我们将联系您的单位。', senders: ['official_port', 'unknown_port'], hours: [5, 6, 7] },
  { label: 'harassment', text: '阿姨，一大早打扰您了。您女儿{person}在我们{name}的借款还没还，电话也不接，您当妈的帮她想想办法，今天先替她还一部分吧。', senders: ['mobile', 'official_hotline'], hours: [6, 7, 22, 23] },
  { label: 'harassment', text: '{person}，我们{name}的两个同事现在就在你家楼下，你不下来我们就一直等，等到你下来为止，邻居问起来我们就照实说。', senders: ['mobile', 'virtual'], hours: [22, 23, 0, 6, 7] },
  { label: 'harassment', text: '{person}您好，已经晚上11点了，我们知道您还没睡。{name}的欠款今天不处理的话，明早7点我们会准时给您和您家人打电话。', senders: ['mobile', 'virtual', 'official_hotline'], hours: [22, 23, 0] },
  // ── over the call cap ──
  { label: 'harassment', text: '{person}您好，今天我们已经给您打了11次电话都没接通，稍后还会继续拨打，直到与您本人取得联系为止。请您理解，这也是为了帮您解决问题。——{name}贷后服务', senders: ['official_port', 'official_hotline', 'mobile'], hours: [17, 18, 19, 20] },
  { label: 'harassment', text: '今天换了5个号码给你打电话，一个都不接是吧？没关系，我们有的是号码，接下来每个小时都会有新号码打给你，你接了我们就说清楚{name}这笔账。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  // ── the contact list, emergency contacts, employers, colleagues ──
  { label: 'harassment', text: '{sig}{person}您好，您今天已接听我们的来电但仍未还款。按照流程，我们将于明天联系您的紧急联系人，核实您的还款意愿和近况。如不希望我们打扰您的家人，请今天内在{app}结清欠款。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '{person}您好，您授权的通讯录里共有286位联系人，从明天起我们会逐一致电核实您的工作和住址。我们只是核实，不会多说什么，但对方怎么想就不好说了。还款入口在{app}。', senders: ['mobile', 'virtual', 'official_hotline'] },
  { label: 'harassment', text: '您好，您被{person}设置为借款紧急联系人。{person}在{name}的借款已逾期67天，欠款{amt}元，目前拒不还款。作为紧急联系人，请您督促其今天内还款，或由您先行代为偿还，否则我们将持续与您联系。', senders: ['mobile', 'unknown_port', 'official_hotline'] },
  { label: 'harassment', text: '您好，是{other}人事部吗？贵司员工{person}在{name}有一笔借款逾期未还，金额{amt}元，我们多次联系他都没有结果，希望贵司配合督促他还款，必要时从工资里代扣。我们也会给贵司寄一份书面函件。', senders: ['unknown_landline', 'mobile', 'official_hotline'] },
  { label: 'harassment', text: '{sig}{person}您好，考虑到电话沟通效果不佳，我司外访同事将于本周三下午到您公司前台拜访，届时会请您的部门主管一起协调还款事宜，希望您理解配合。如不希望我们上门，请于明天中午前在{app}还清欠款。', senders: ['official_port', 'mobile'] },
  { label: 'harassment', text: '你好，请问你是{person}的同事吧？我们是{name}的，他欠我们钱一直不还，电话也不接，麻烦你跟他说一声，再不还我们就去你们公司找他了，到时候大家面子上都不好看。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '您好，打扰了，我们是{name}，只是想跟您核实一下，{person}是您的朋友吧？他在我们这里有一笔{amt}元的借款已经逾期了，您最近和他有联系吗？方便的话请提醒他尽快还款，谢谢。', senders: ['official_hotline', 'mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{person}您好，您户籍地村委会的电话我们已经查到了，明天上午会请村干部帮忙上门，做做您父母的工作，让他们督促您还{name}的款。', senders: ['mobile', 'official_hotline'] },
  { label: 'harassment', text: '{person}您好，我是受{name}委托的贷后专员，工号HX{tail}。温馨提示：如果您今天仍不处理，我们将按流程向您通讯录中的亲友发送“协助联系函”，届时可能会影响您的社会关系，请慎重考虑。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '叔叔您好，我们是{name}委托的催收机构。您儿子{person}的欠款{amt}元已经逾期半年，按规定父母对子女的债务有代偿义务，请您本周内替他还款，否则我们会起诉您承担连带责任。', senders: ['unknown_landline', 'mobile'] },
  // ── fake lawyer letters, fake court papers, debt buyers ──
  { label: 'harassment', text: '【律师函】\n致：{person}\n我方受{name}委托，现正式函告：您的借款已严重逾期，涉嫌恶意拖欠。请于收函后48小时内结清全部欠款及律师费1500元，否则我方将向法院起诉并申请冻结您名下财产，由此产生的一切费用由您承担。\n{name}法务部  法务专员刘某\n联系电话：{phone}', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '图片文字：\n律 师 催 告 函\n（2026）催字第{code}号\n{person}先生/女士：\n你已构成“恶意逃废债务”，我方已代理{name}向公安机关报案，\n如在{date}前仍未还款，公安机关将上门带走调查，并通知你户籍所在地村（居）委会。\n承办：法务组 王主任\n——\n这份函已经寄到你老家了，你自己看着办。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '（截图识别）\n执 行 通 知 书（预）\n被执行人：{person}\n申请执行人：{name}\n执行标的：{amt}元及催收服务费、上门费\n本通知书送达后3日内未履行的，将对你采取限制高消费、纳入失信被执行人名单、通知所在单位等措施\n——{name}贷后管理部 制', senders: ['none', 'mobile', 'virtual'] },
  { label: 'harassment', text: '【债权受让通知】{person}：你在{name}的欠款已转让给我公司，即日起由我公司全权处理。转让产生的“债权转让手续费”800元和“催收服务费”须与本金一并支付。7日内不处理，我们将直接上门，并通知你的亲属和单位。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '这里是{name}合作的“经侦协查中心”，你的逾期已被认定为恶意透支，协查通报将于明天发往你户籍所在地派出所和你的单位。想撤回通报，今天下午5点前把钱还上。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  // ── public exposure, extra fees, new loans ──
  { label: 'harassment', text: '{person}您好，因您长期拖欠{name}借款，我们已制作《催收告知函》，将于周末张贴在您所住小区的单元门口和物业公告栏，请您务必在此之前主动联系我们处理。', senders: ['mobile', 'virtual', 'unknown_landline'] },
  { label: 'harassment', text: '你的身份证照片、借款合同和家庭住址已经整理好了，今晚上传到“老赖曝光”平台，同步发到你的家族群。想撤下来，今天之内把{name}的钱还了。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '已经把你的借款信息和欠款截图发给了你通讯录里备注“老婆”“妈妈”“王经理”的三个人，剩下的联系人今晚8点统一发。你现在还{name}的钱，我们就停下来。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '{sig}{person}，您的逾期账单已转入“特别处理”，除本金外需另行缴纳加急处理费300元、外访差旅费500元、资料费100元，合计应还{amt}元，请今日内在{app}一并结清。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '给你推荐个口子，星河银行那边新客户秒批，你先去那边借5000出来把我们{name}这边平了，不然下午3点前我们就开始打你通讯录。', senders: ['mobile', 'virtual'] },
  // ── veiled threats and insults ──
  { label: 'harassment', text: '{person}，您孩子在实验小学三年级二班吧？我们同事这两天刚好在学校附近办事。您也不想孩子放学的时候听到什么不好的话吧，{name}的钱今天解决了，对大家都好。', senders: ['mobile', 'virtual'] },
  { label: 'harassment', text: '你这种借钱不还的人就是社会的渣滓，脸都不要了，活着有什么意思？你爸妈知道养出你这么个东西吗？今天不把{name}的钱还上，我让你全家都抬不起头。', senders: ['mobile', 'virtual'] },
];

export const BLIND6B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
