/**
 * BLIND19 held-out bank, second part: fraud and harassment. Written with blind19.templates.ts by
 * the same independent (twenty-sixth) author in session 8 (late), 2026-12-02; see that file for
 * who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned
 * on this bank.
 *
 * Labelling rules used here, applied in this order. (1) A victim's own retelling of a scam
 * (typed in second-language Chinese, dictated, or relayed by a sign-language interpreter) is
 * labelled by the scam; a warning written by a relative, a union chair, a counsellor, a bank or
 * the police, and an "is this real?" that only describes a message, are normal (first file).
 * (2) Any offer of credit that wants a fee, 保证金, 解冻金 or 验证金 before paying out is
 * `fake_loan`, whoever it claims to be (a union's "无息借款", a 兴边富民 or herders' loan, a lender's
 * "special quota"). (3) Any pitch whose bait is a return on money (混改 原始股, 年金 "增值通道",
 * 牦牛 托养 dividends, 卢布 arbitrage, border-trade co-op shares, coins) is `fake_investment`,
 * unless a lover leads to it (then `romance`). (4) A message posing as the institution that
 * holds the victim's own account — the payroll bank, the 企业年金 trustee, the union's
 * 互助保障 desk, the union mall, a courier, a registered lender — about that account, an order
 * or a claim (including "提前领取" of 企业年金 for a fee) is `fake_customer_service`. (5) A message
 * posing as a state body — police, customs 缉私, 外汇局, 人社局, 教育厅, 林草局, 民族宗教事务委员会,
 * 纪委监委 — is `impersonating_authority`. (6) "Removing" an overdue record, a 助学贷款 account or a
 * "blacklist" before a 政审 or a visa is `fake_credit_repair`. (7) Goods or services paid in
 * advance to a person who never delivers — 疗休养 押金 and "名额转让", 虫草, border-trade goods, 福利卡
 * resale, private 结汇 and 换汇 agents, 代购 — are `fake_shopping`. (8) A fake workshop head, union
 * chair, 支部书记, relative or classmate on a new number asking for money or codes is
 * `impersonating_acquaintance`. (9) Game accounts, skins, items and 代充 are `game_trading`; paid
 * likes, votes, reviews and reading counts are `brushing_rebate`. (10) Everything else is `other`:
 * 国企 "内部招聘" and 援疆 "转岗" with a 关系费, overseas job lures, benefit and prize phishing from a
 * non-state body or a nameless "center" (工会 慰问金 and 消费券 links, fake 党费 links, a "民族政策补贴
 * 发放中心", a charity's 助学 "保证金", a Nadam lottery). Harassment: a collector — even a registered
 * lender's own port or hotline — who tells or presses the 工会主席, 车间主任, 党支部, 嘎查长, the
 * dormitory on a remote site, the counsellor, the tour guide or the parents; posts in a group or
 * on 朋友圈; threatens the employer's 纪委, a visit, or violence; adds fees; pushes a new loan; sends
 * fake court papers or 协助扣款 letters or poses as police; insults (contempt for the debtor's
 * origin or disability without slurs); rings past six attempts; or contacts the debtor between
 * 22:00 and 08:00 — counted in the debtor's local time, so a collector who admits calling a
 * Xinjiang debtor at 06:30 local time breaks the rule even at 08:30 Beijing time.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00, +08:00) is banned without consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign', 'none'];
/** SMS made to look like a bank's, union's, trustee's or bureau's port. */
const FAKE_PORT: Template['senders'] = ['unknown_port', 'lookalike_short', 'prefixed', 'virtual', 'lookalike_400'];
/** Scam callers. */
const DIALER: Template['senders'] = ['virtual', 'lookalike_400', 'foreign', 'prefixed', 'unknown_landline', 'mobile'];
/** Strangers on chat apps, new "numbers" of people one knows, or pasted chats. */
const STRANGER: Template['senders'] = ['virtual', 'mobile', 'none'];
/** "Lovers", partners and agents abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
/** The victim telling family or asking for help. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat or a post. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A lender's hotline or an agency desk calling third parties. */
const AGENCY: Template['senders'] = ['official_hotline', 'unknown_landline', 'mobile'];
/** Fake court and "法务" SMS from bulk ports and virtual numbers. */
const BULK_HOUND: Template['senders'] = ['unknown_port', 'virtual', 'none'];
/** Scam evenings after a shift. */
const AFTER_SHIFT = [20, 21, 22, 23];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【职工e家】“最美一线职工”网络评选开始啦！每投10票返现5元，投满100票可进“工会助力群”领取高额返利任务，点击参与 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'brushing_rebate', text: '[兼职群] 帮党建公众号刷阅读量：每篇读完截图返2元，满50单升级“支部任务”，需先垫付300元，完成后返400元，当天到账。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '驻站、野外的工友看过来！下班躺着动动手指，给短视频点赞一单2元，日结。第四单开始是“连单”，垫付越多返得越多，带教老师全程指导。', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '招兼职：会维吾尔语的朋友，给电商平台的维吾尔文商品写好评，每条8元。先用自己的钱拍下商品，好评通过后本金加佣金一起返还。[维吾尔文略]', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '언니, 这个 알바 진짜 돼요. 给 商品 点赞 하면 3块, 充值 하면 30% 더 줘요. 我 어제 500 벌었어. 링크 보내줄게.', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '我在手机上做过了一个点赞的工作，前面给了我二十块，后来说要充钱了才能提现，我充了三千，现在那个老师不回我了，怎么办', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: '抢工会消费券要攒“助力值”：帮合作商城的商品下单刷销量，每单返本金加8%佣金，攒够1000助力值可领200元消费券。今晚名额只剩30个。', senders: BLAST, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'brushing_rebate', text: '聋人朋友们！在家就能做的兼职，不用说话不用打电话，给商品点赞、下单就有佣金。首单先垫付99元，马上返129元。加我微信，视频手语一对一教学。', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '集团混改员工持股内部通道：原始股每股1元，上市后至少翻十倍，名额按工龄分配，在编职工优先，今晚八点截止，加群认购 {url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '认养一头牦牛，投入8000元，由合作社统一托管放牧，每月分红300元，三年到期返还本金。已有两千多名牧民和国企职工参与，稳赚不赔。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '卢布汇率大波动，边贸圈内部套利通道限时开放，日收益2%-5%，满洲里几十家商户都在做。下载App入金即可跟单 {url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '【企业年金增值计划】国企职工专享：将企业年金转入“央企养老增值通道”，年化收益12%，保本保息，已在集团备案，额度有限，咨询{phone}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_investment', text: '和田玉籽料“确权份额”上线，一克起投，每月稳定升值5%，平台承诺随时回购。玉石协会会员单位，零风险。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '형, 这个 코인 平台 진짜야. 我 한국 있는 친구 들 都 在 做, 一个月 30% 수익. 你 先 投 一万 试试, 不赚 我 赔你.', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '[边民互助组群] 新朋友阿强：互助组要入股合作社做越南红木，每股2万元，每季度分红20%，组长担保，下周一收钱，想入的私聊我。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: 'Exclusive for SOE staff working abroad: Belt and Road infrastructure notes, 18% a year, principal guaranteed. Minimum USD 5,000. Add our adviser on WhatsApp to reserve a quota.', senders: BLAST, en: true },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '国企在编职工专享信用贷：凭工作证、工资流水，最高50万，年化3.6%，不查征信。放款前需缴纳资金验证金5000元，放款后一并退回。详询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '牧民无抵押贷款：凭草原证、户口本就能贷，最高20万，当天到账。只需先交2%的贷款保险费。[蒙古文略]', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '[12:01] 信贷员小马：您申请的“兴边富民创业贷”5万元已审批\n[12:03] 信贷员小马：系统显示您填写的银行卡号有误，资金已被冻结\n[12:04] 信贷员小马：需先缴纳贷款金额20%的解冻金，解冻后连同贷款一起打给您', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '【职工e家】困难职工无息借款开放申请，最高3万元。申请需先缴纳担保服务费300元，审核通过当天放款，点击申请 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您已获得边疆地区专项额度8万元，请下载最新版{app} {url} 领取，首次提款需开通会员199元。', senders: FAKE_PORT, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '在韩劳务人员专享贷款，凭签证和护照就能贷，最高30万，不看国内征信。한국 체류 중이신 분도 가능. 先交5000元出境保证金，放款后退还。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '我在网上借过了五万的钱，他说我的卡号写错了，钱冻结了，叫我交解冻费一万，我已经交了，他又叫我交会员费，我没有钱了，怎么办', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '铁路、电网、石油职工安居贷：公积金缴满6个月即可申请，最高80万，不看征信、不要担保。办理需先付3000元评估费，加微信{phone}', senders: BLAST },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【驼铃农商银行】您的工资卡未完成双语实名升级，将于今日24时冻结，请点击 {url} 升级，需输入卡号、密码及验证码。[维吾尔文略]', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【天驹能源企业年金】尊敬的职工：您的年金账户检测到异常，已暂停归集，请在 {url} 完成信息核验并缴纳账户维护费，否则年金将被清零。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是企业年金受托机构的客服。您的年金现在可以一次性提前领取了，政策窗口就这个月。您先交3%的手续费到资金托管账户，我们两个工作日内把年金全额打到您卡上。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是职工e家福利商城的客服。您用工会积分兑换的风干牛肉批次有问题要召回，给您三倍赔偿。请下载 {url} 开启屏幕共享，我教您操作退款。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '【职工互助保障】{person}您好，您的住院津贴{amt}元因收款卡号有误被退回，请添加理赔专员QQ{phone}，提供卡号和收到的验证码重新发放。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您在林芝疗休养时寄回家的快递（松茸）在运输中丢失了，我们是快递理赔中心，按规定赔您三倍。您打开支付宝的“备用金”页面，我一步一步带您领。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您尾号{tail}的工资卡代扣还款协议签约失败，本期将产生逾期，请于今日点击 {url} 重新签约，输入银行卡密码与验证码。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【金达莱农商银行】고객님, 您的跨境汇款账户因外汇管理系统升级已被限制收款，请点击 {url} 解除限制。해제하지 않으면 입금이 반송됩니다.', senders: FAKE_PORT, links: PHISH },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 你是天驹能源的{person}吧？我是自治区纪委监委第三审查调查室的。你涉嫌参与一起工程受贿案，现在要对你的资金进行核查。这事严格保密，不能告诉单位领导。你把工资卡里的钱转到监委的核查账户，查清后全额退还。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【民族宗教事务委员会】您家庭符合2026年少数民族“民族政策补贴”申领条件，补贴3600元，请于{date}前缴纳198元手续费后统一发放，联系{phone}。[维吾尔文略]', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家外汇管理局】你名下账户涉嫌为地下钱庄违规结汇，已列入冻结名单，请24小时内联系专案民警{phone}配合调查，逾期将依法冻结你名下全部账户。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 这里是满洲里海关缉私局。你的身份信息被人用来走私一批俄罗斯琥珀，涉案两百多万。你要证明清白，就把名下资金转入国家清查账户，核查完毕原路退回，不许跟任何人说。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【人力资源和社会保障局】您的企业年金因单位未足额缴纳已被冻结，需个人补缴{amt}元方可解冻，请点击 {url} 办理。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 你好，延吉市公安局的。你从韩国往回汇的打工钱涉嫌洗钱，这是保密案件。你下载一个“公安协查”软件，打开视频，我们要核对你的银行流水。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【自治区教育厅】你的少数民族骨干计划奖学金需缴纳个人所得税{amt}元，逾期取消资格，请转入财政代收账户{acct}。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【旗林业和草原局】经卫星遥感监测，您家草场存在超载放牧行为，罚款2000元，请三日内缴入{acct}，逾期将取消草原补奖并移送公安。[蒙古文略]', senders: FAKE_PORT },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '国企政审必查征信！有逾期直接不录用。专业团队走内部渠道删除逾期记录，3个工作日出新报告，不成功不收费，先付30%定金。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '【征信中心】您的预科阶段助学贷款存在未注销记录，将影响您入职国企政审，请添加专员QQ{phone}办理注销。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '他们说我的征信不好了，因为牧民贷款晚还过了两次，能帮我修好，要交八千，我已经交了四千，现在又说要交剩下的才开始修', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_credit_repair', text: '入党、提干、政审前征信有污点？我们可以出具“非恶意逾期证明”，加盖银行公章，一份2800元，全国通用。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您在{app}的借款记录因系统错误被误报逾期，请联系征信专员{phone}办理异议修复，否则将影响您单位的政审考察。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '在韩务工回国人员，征信“黑名单”一站式消除，不影响办签证和买房贷款。한국에서 돌아오신 분들 신용 복구 해드려요. 카톡 상담.', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，这里是征信修复中心。您上大学时在一个网贷平台开过账户没注销，现在要注销，得先把额度里的钱借出来，转到监管账户清零，再注销就不影响您考公和政审了。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '工会会员专享：征信修复补贴，工会报销50%费用，修复一次只要1980元，名额每个单位限5人。', senders: STRANGER },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '[疗休养四批群] 各位师傅好，我是这次疗休养的地接导游小马。为了锁定酒店房间，每人先交500元押金到我个人微信，回来后原路退还。今天下午六点前交齐，没交的酒店不给留房。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '工会疗休养名额转让：林芝五日游，工会全包，我这边空出两个名额，980元一个，转账后我把名单改成你的名字。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '那曲正宗头草，产地直发，一根38元，先款后货，假一赔十。加微信{phone}看货。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '工会发的购物卡、消费卡高价回收，也出售九折卡，先付款后发卡号密码，量大优惠。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '边贸结汇找我，汇率比银行高3个点，坚戈、卢布、图格里克都收。你先把人民币转到我这，两小时内我把外币打到你对方公司账上。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '俄罗斯进口蜂蜜、紫皮糖、巧克力，满洲里保税仓直发，工会团购价，付全款后48小时发货 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_shopping', text: '韩国化妆品 代购, 면세점 가격. 先付全款, 一周到货. 카톡으로 연락 주세요. 定金不退.', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '那达慕大会VIP观赛席，官方渠道售罄，我这有内部票，680元一张，付款后发电子票二维码。', senders: STRANGER },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是工会主席金美玲，这是我新号。工会采购慰问品的钱还差两万，财务下午才走流程，你先帮我垫到供应商账户{acct}，下午就还你。先别在群里说。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是扎西，我在项目上手机掉河里了，这是工友的手机。我工资卡被冻了要交一千块才能解，你先转到这个卡{acct}，别往我原来的号打，打不通。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '엄마, 나야. 韩国 这边 手机 丢了, 새 번호야. 급해서 그런데 医院 要 交 押金, 先 给 我 打 到 这个 账户 {acct} 해줘. 나중에 설명할게.', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是车间主任老韦，加一下我这个新微信。明天检查组来，要给他们准备点土特产，你先转1500给这个人，回头从车间经费里报。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '同志你好，我是第三党支部书记，换了新号。支部要给困难党员送慰问金，你先垫付2000元到这个账户，下月从支部经费报销，抓紧办。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '艾力，我是你的买买提哥，这个是我新的号码了。我在乌鲁木齐的医院，孩子生病了，钱不够了，你给我转五千块吧，明天就还你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi, this is Mark from the site office, I changed my WeChat. HR needs to verify the team bank cards for the bonus, so send me your card number and the code you get by SMS today.', senders: STRANGER, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '卓玛，我是预科班的次仁啊，换号了。我在拉萨进货钱不够，差三千，你先借我，周五回学校就还你，别跟别人说。', senders: STRANGER },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '[游戏私信] 兄弟，你那个满级号卖不？我在塔中驻站，晚上没事就玩，出2500。走“游易保”平台，你先交300保证金验证卖家身份 {url}', senders: STRANGER, links: PHISH, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'game_trading', text: '收闲置游戏号，工地、油田驻站的兄弟看过来，号换钱。先验号再打款，平台提现收10%手续费。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '【游易保】您出售的账号成交款{amt}元因收款卡为边疆地区农信卡，需开通跨行结算，请先转入等额开通金，开通后与货款一起到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'game_trading', text: '리니지 아이템 급처, 싸게 팝니다. 先付款 后 交易, 카톡 연락 주세요.', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '点券六折代充，那曲、阿里这些高原地区专属渠道，付款后半小时到账，不到账包退。', senders: BLAST },
  { label: 'fraud', type: 'game_trading', text: '[语音转文字] 阿爸 我在游戏里卖那个皮肤 对面说先要交三百的保证金才能收钱 我用你的手机转了 现在又要交六百 他说不交就冻结', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '工会联合游戏官方给职工子女送限定皮肤！扫码用QQ登录即可领取，每个号限领一次 {url}', senders: FAKE_PORT, links: PHISH },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '[婚恋App] 我也是常年在外面跑项目的，懂你一个人在阿里高原的寂寞。我在做一个黄金平台，我舅舅是里面的分析师，晚上九点有行情，你下了班我带你一起操作。', senders: STRANGER, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'romance', text: '亲爱的，你在风电场那么辛苦，我心疼。我们说好年底结婚的，我看中一套房子，首付还差十万，你先用我推荐的那个理财平台把钱翻一翻，很快就够了。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: 'Hello dear, I am a UN peacekeeping doctor in South Sudan. You work in an oil field in Xinjiang, we both live far from home and understand loneliness. My salary is held by the UN, I need you to pay the release fee so I can come to China to meet you.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '오빠, 我 是 你 在 相亲 App 认识 的 美玲. 韩国 这边 签证 快 到期 了, 想 去 延吉 找 你, 机票 钱 不够, 你 先 转 我 5000 好吗? 보고 싶어요.', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '我认识过一个女的，在网上，她说很爱我，让我在一个平台投钱，我投了八万了，现在取不出来，她说要先交税才能取出来。', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: '[交友App] 你好呀，看你定位在百色工地，男人在外打拼不容易。我平时跟着一个彩票计划买，跟着买就没亏过，下班了我教你，赚了请我喝奶茶就行。', senders: STRANGER, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'romance', text: '我是在边境口岸驻守的军官，平时没法经常上网，能认识你是缘分。我们部队有个内部的退役安置基金，我给你留了一个名额，先交两万占位，以后我们的生活就有保障了。', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '宝贝，今晚我下夜班了，你不是说想去草原吗？我在一个直播平台当主播，你帮我刷点礼物冲个榜，我下个月请假去锡林浩特见你。', senders: STRANGER, hours: AFTER_SHIFT },
  // ── other ──
  { label: 'fraud', type: 'other', text: '天驹能源集团内部招聘，正式在编，年薪15万起。我手里有内部指标，关系费8万，先付一半，录用后付另一半，没录取全退。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '【职工e家】您有一笔工会节日慰问金600元待领取，请于今日点击 {url} 填写银行卡号及验证码领取，逾期作废。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '【民族政策补贴发放中心】您已通过少数民族家庭补贴资格审核，补贴金额{amt}元，请先缴纳手续费及个人所得税共388元，缴费后24小时内到账。', senders: FAKE_PORT },
  { label: 'fraud', type: 'other', text: '援疆单位内部转岗名额，三年期满可调回内地国企，解决编制，办理费5万，当面签协议，不成全退。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '恭喜您在“那达慕”线上抽奖中获得二等奖，奖品为越野车一辆，需先缴纳个人所得税及手续费8600元，详询{phone}。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【总工会】职工消费券第二轮发放，请扫码登录领取，需输入银行卡号和密码用于会员身份核验 {url}', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '中老铁路老挝段招聘司机和修理工，月薪2万，包吃住包机票，先交体检费和签证费6800元，下周统一出境。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【党费交纳提醒】您二季度党费尚未交纳，请点击 {url} 在线补缴，逾期将影响民主评议结果。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'other', text: '【石榴籽公益基金会】您已被评为民族团结助学对象，资助金5000元，需先缴纳200元助学保证金，资助款到账后退还。', senders: FAKE_PORT },
  { label: 'fraud', type: 'other', text: '关于2026年度集团所属单位定向招聘一线岗位人员的通知\n各有关单位、各位职工家属：\n为解决一线岗位缺员问题，经集团党委研究，决定面向职工子女定向招聘操作岗位人员50名，签订正式劳动合同，纳入集团统一薪酬体系，享受企业年金、住房补贴及野外津贴。现将有关事项通知如下：\n一、报名对象为集团在职及退休职工的子女，年龄35周岁以下；\n二、因名额有限，报名时须缴纳岗位保证金及岗前培训费共计38000元，由招聘工作组统一收取，录用后保证金转为“员工互助金”；\n三、请于{date}前将费用转至招聘工作组负责人账户{acct}，并将转账截图发送至{phone}。\n本通知内部传达，请勿外传。\n集团人力资源部招聘工作组', senders: ['none', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'other', text: '油田内部安置岗位，不用考试，交12万包进，先签协议再交钱。', senders: STRANGER },
];

const HARASSMENT: Template[] = [
  // ── the union, the workshop, the Party branch, the 纪委 ──
  { label: 'harassment', text: '[通话转写] 您好，是天驹能源机修车间工会吗？我找工会主席。你们车间的{person}在我们{app}借了钱，逾期三个月了。你们工会是管职工的，麻烦您出面让他还钱，不然我们每天都打过来。', senders: HOUND },
  { label: 'harassment', text: '韦主任您好，我是{name}贷后部的。你手下的覃志强欠款不还，请你发工资前先从他工资里扣一部分给我们，账户我稍后发你。', senders: AGENCY },
  { label: 'harassment', text: '致天驹能源机修车间党支部：\n你支部党员{person}拖欠{name}借款{amt}元，长期拒不归还，严重违背党员诚信要求。请支部在党员大会上对其进行通报批评，并督促其尽快还款。\n{name}贷后管理部', senders: BULK_HOUND },
  { label: 'harassment', text: '{person}，你是国企在编的吧？欠钱不还，我们材料已经准备好了，明天实名举报到你们集团纪委，说你作风有问题。你这个编制还保不保得住，自己想。', senders: HOUND },
  { label: 'harassment', text: '您好，请问是天驹能源人力资源部吗？我们是{name}的，贵单位员工{person}在我司有一笔{amt}元的借款已逾期，想跟您核实一下他的在职情况和每月工资发放日。', senders: AGENCY },
  { label: 'harassment', text: '致天驹能源集团财务部：\n根据债权人{name}申请，请贵单位协助从职工{person}的工资中每月扣划2000元至以下账户{acct}，直至欠款清偿完毕。\n此致\n（加盖“法务部”章）', senders: BULK_HOUND },
  // ── village, 嘎查, dormitory, school, tour group, family ──
  { label: 'harassment', text: '[通话转写] 喂，是巴音嘎查的嘎查长吗？你们嘎查的牧民乌云在我们平台欠了两万多，人联系不上。你是嘎查长，明天开会的时候当着大家的面说一下，让他家里人赶紧替他还。', senders: HOUND },
  { label: 'harassment', text: '[项目部宿舍群] 3号板房的各位：你们屋的扎西欠{name}的钱三个月了，他要是跟你们借钱千万别借。麻烦转告他今天必须还款，不然我们就联系项目部让他走人。', senders: ['none'] },
  { label: 'harassment', text: '[巴音嘎查牧民群] 各位牧民：本群的巴特尔欠网贷不还，已经上了黑名单，大家不要跟他做生意，也别借给他羊，免得被连累。', senders: ['none'] },
  { label: 'harassment', text: '您是天山民族学院的辅导员吧？你们学生古丽娜尔在我们平台办的分期逾期了。请您在班会上说一下，让她赶紧还，不然我们就去学校宿舍找她。', senders: HOUND },
  { label: 'harassment', text: '听说你这周跟工会去疗休养了？欠钱还有心思旅游？我们已经给你们团的导游打了电话，让他当着大家的面提醒你。', senders: HOUND },
  { label: 'harassment', text: '阿姨，您儿子在韩国打工，欠我们平台三万。他不接电话，您是他妈妈，这个钱您得先替他还上，不然我们就派人去龙井您家里坐坐。', senders: HOUND },
  { label: 'harassment', text: '[天驹能源退休职工群] 大家好，群里老张的儿子欠我们公司贷款不还。老张，你当爹的有义务替他还，不然我们就把这事发到你们单位每个群里。', senders: ['none'] },
  { label: 'harassment', text: '[朋友圈截图] 曝光！天驹能源集团职工{person}，身份证号6528**********，欠{name}借款不还，请同事、亲友互相转告，见到他让他还钱！', senders: ['none'] },
  // ── hours across time zones, daily cap ──
  { label: 'harassment', text: '[通话转写 北京时间23:40] 别睡了，你们新疆才九点多，不算晚。今天的钱到底什么时候还？', senders: HOUND, hours: [23, 0, 1] },
  { label: 'harassment', text: '[通话转写] 债务人：你知道我们这边才六点半吗？我还在睡觉。\n催收员：我们按北京时间，八点半上班就开始打。你这笔已经拖了一周，今天中午前必须还。', senders: HOUND, hours: [7, 8] },
  { label: 'harassment', text: '{sig}{person}，今天给您打了11次电话都没人接，我们会一直拨下去，直到您接听为止。请立即回电{hot}。', senders: OWN_LINES },
  { label: 'harassment', text: '[语音] 你在哪个井队我们都知道，半夜两点打你电话你不接，明天直接打你们队长。', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '{sig}{person}您好，您的借款已逾期，请今日内还款，以免影响个人征信。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '[来电记录] 同一号码今日来电：06:40 未接、07:05 未接、07:30 未接\n[短信] 知道你在林芝工地早上八点开工，所以早点打。接电话。', senders: HOUND, hours: [6, 7] },
  // ── fees, new loans, fake papers, fake police, threats, insults ──
  { label: 'harassment', text: '{sig}{person}，您的借款已逾期。按我司规定，新疆、西藏等地区需另行缴纳“异地催收服务费”500元，请与欠款一并还清。', senders: OWN_LINES },
  { label: 'harassment', text: '你工资卡一个月几千，还不上就去{other}再借一笔，我给你推个口子，今天下款今天还我们。', senders: HOUND },
  { label: 'harassment', text: '【民事诉前调解告知书】{person}：你拖欠{name}借款一案已由自治区高级人民法院立案，如不在48小时内还款，将冻结你的工资卡和企业年金账户，并通知你所在单位党委。联系书记员{phone}。', senders: BULK_HOUND },
  { label: 'harassment', text: '我们是你户籍地派出所的，你欠{name}的钱已经涉嫌诈骗。再不还款，我们就到你单位当着同事的面带人。', senders: HOUND },
  { label: 'harassment', text: '【人民法院】[维吾尔文略] 你因拖欠网贷已被立案，三日后在你们村公开宣判，全村广播通知。', senders: BULK_HOUND },
  { label: 'harassment', text: '[카톡] 너 한국 가서 돈 안 갚고 도망갔지? 你 延吉 家里 地址 我们 都 知道. 你 엄마한테 매일 전화할 거야.', senders: HOUND },
  { label: 'harassment', text: '我们在拉萨有人，你在林芝那个工地我们也找得到，别逼我们派人上去。', senders: HOUND },
  { label: 'harassment', text: '你们那地方出来的人是不是都这样，借了钱就装死？一个月挣那么几千块还学人家借钱，丢你们全村的脸。', senders: HOUND },
  { label: 'harassment', text: '【手语翻译转述】（来电方通过视频手语服务留言）告诉她：欠的钱再不还，我们就把她一个聋子借钱不还的事发到聋人协会群里，让所有人都知道。', senders: ['none'] },
  { label: 'harassment', text: '你\n欠钱\n不还\n明天\n去你单位\n找你领导', senders: HOUND },
  { label: 'harassment', text: '[通话转写] 覃师傅是吧？我们上次给你们车间主任打过电话了，他说会跟你谈。你今天再不还，下一个电话就打给你们工会主席和党支部书记，让全车间都知道。', senders: HOUND },
];

export const BLIND19B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
