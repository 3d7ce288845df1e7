/**
 * BLIND31 held-out bank, second part: fraud and harassment. Written with blind31.templates.ts by
 * the same independent (thirty-eighth) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: those of blind25b.templates.ts's header, applied in the same order (a victim's
 * own retelling is labelled by the scam, warnings and "is this real?" that pay nothing are
 * normal; romance; the voice of a state body; a known person or someone speaking for them; game
 * trades; credit with a fee first; credit repair; posing as the company that holds the account;
 * tasks vs. returns on money; goods and services never delivered; everything else `other`; and
 * the harassment rule for real collectors). This theme needed these further rules, read with
 * those numbers:
 * (3a) A fake 生育津贴 / 生育保险 / 育儿补贴 / 托育补贴 / 疫苗 notice or call that speaks as 社保局,
 *      医保局, 卫健委, 疾控, 民政, 教育局 or 税务 (个税 专项附加扣除 "退税") and wants a fee, a card,
 *      a code or screen sharing is `impersonating_authority`; the same bait from a nameless
 *      "补贴申领中心" with no state voice is `other`.
 * (4a) A fake 早教 / 幼儿园 / 兴趣班 teacher or 班主任 who collects 资料费, 教材费 or 报名费 into a
 *      private QR code is `impersonating_acquaintance`, as in blind25b rule 4.
 * (6a) 医美 / 月子 / 早教 "分期" or a 宝妈贷 that wants a 审核费, 保证金 or 解冻金 before paying out
 *      is `fake_loan`. A 美容贷 in which a salon talks the victim into signing a loan in her own
 *      name for a treatment promised "free" or "repaid by us" (体验官, 模特返款) is `fake_shopping`
 *      (a service sold on false claims), unless the salon asks for a fee before a loan, which is
 *      `fake_loan`.
 * (7a) Deleting a 医美贷 / 美容贷 / 母婴分期 逾期 record, or "协商停息" sold for a fee, is
 *      `fake_credit_repair`.
 * (8a) A fake 奶粉 / 母婴 brand or shop "recall", a 美容院 / 健身房 预付卡 "refund" from the shop
 *      that holds the card, a 儿童保险 "claim" or "auto-renewal" from the insurer, a 月子中心 deposit
 *      refund from the centre: `fake_customer_service`. A nameless 维权 agency that promises to
 *      get back a closed salon's or gym's 预付卡 money for a fee is `other`.
 * (9a) A return on money — 母婴店加盟 with a fixed monthly share, 宝妈理财群, 月子中心 股权,
 *      奶粉代理 "分红" — is `fake_investment`; 宝妈 tasks that turn into 垫付 are `brushing_rebate`.
 * (10a) Prepaid 早教 / 托育 / 健身 / 美容 packages, cheap 奶粉 / 纸尿裤 "一手货源", fake 月嫂 or 月子中心
 *      bookings, second-hand baby goods that never ship: `fake_shopping`.
 * (11a) "免费领" 母婴 gifts that want 运费 or a 验证码, 手工活 / 串珠 with a 押金, fake baby-photo
 *      contests with a fee, and a 代孕 / 领养 scam are `other`.
 * Harassment adds: a collector who threatens to tell the husband, the in-laws, the kindergarten
 * or the 宝妈群, or to post the debtor's photo there, or who mentions the baby to press repayment.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and cheap numbers that scammers rent. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** People (or people posing as people) on their own phones. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Callers posing as a service, a clinic or a state line. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'unknown_landline', 'mobile', 'lookalike_short'];
/** Official-looking numbers: prefixed short codes and look-alike ports. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Pasted chats, 宝妈群 posts, 小红书 DMs, retellings. */
const PASTE: Template['senders'] = ['none'];
/** A mother telling her husband or her own mother, on a phone or pasted. */
const FAMILY: Template['senders'] = ['mobile', 'none'];
/** Mixed: a bulk port, a mobile, or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas callers and "doctors abroad". */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'prefixed'];
/** A collector (or its agent) on the lender's own channels. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collector's agency on a desk line or a work mobile. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** Outside 08:00–22:00: night feeds and early mornings. */
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
/** Evenings after the baby sleeps. */
const EVENING = [19, 20, 21];
/** Night feeds: mothers are awake and scrolling. */
const NIGHT_FEED = [23, 0, 1, 2, 3, 4];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];
const SHORT_LINKS: Template['links'] = ['shortener', 'random'];
const ODD_LINKS: Template['links'] = ['unknown_legit', 'shortener', 'ip'];

const FRAUD: Template[] = [
  // —— brushing_rebate: 宝妈 tasks at home that turn into 垫付 ——
  { label: 'fraud', type: 'brushing_rebate', text: '[宝妈副业群] 今天的任务：在母婴App给指定纸尿裤店铺下单+五星晒图，拍完截图给接待员，本金+8%佣金半小时内退回。新人前三单是小额，第四单起是“组合单”，要连做三单才能一起结算哦～', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '姐你前面两单提现很顺吧？这单是奶粉店的冲量单，要先垫{amt}，系统显示你卡单了，必须再补一单同金额的才能解冻佣金，不补的话前面的本金也提不出来，我这边也没办法哦', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'brushing_rebate', text: '哄睡后的两小时别浪费！给早教机构的试听课视频点赞、写评价，一条5元，满30元就能提现。下载任务App {url} 用邀请码{code}注册，进阶任务需要充值做“信誉单”，返利30%', senders: BULK_BAD, links: APK_LINKS, hours: NIGHT_FEED },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 亲爱的你放心做 我也是二胎妈妈 在家没收入才做这个的 你就按我说的 先在那个链接里充两千 做完五个关注任务 平台会把两千四打回你卡上 我上个月靠这个给娃交了托育费', senders: PERSONAL },
  { label: 'fraud', type: 'brushing_rebate', text: '【孕妈兼职】给月子中心和产后修复店做口碑打卡，每单返15-60元，手机操作不用出门。接单群：{url} 注：高佣单需先预付体验金，完成后连本带佣一起返还', senders: BULK_BAD, links: SHORT_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '小红书私信：宝，看你发的产后恢复笔记，我们是品牌方，想请你做素人推广，每篇笔记佣金300。先到我们合作商城下单产品（自己垫钱），发完笔记连货款一起返，今天还有两个名额～', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '接待员：你好宝妈，你现在是第3轮任务，已完成2/3，最后一单金额{amt}，完成后本金和佣金一次性返还到你的余额。如果中途退出，系统会判定违约，余额冻结不能提现，请在20分钟内完成付款', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '妈，我想问问你，我在群里做那个给童装店刷好评的兼职，前面都返钱了，现在说我操作失误要交三千块“修复费”才能把之前的八千提出来，你能先借我三千吗，我不敢跟他说', senders: FAMILY, hours: EVENING },
  { label: 'fraud', type: 'brushing_rebate', text: 'Mommy side hustle: like and review baby stroller listings from your phone, $5 per task, paid daily. Level-up tasks need a small prepaid deposit that is returned with 30% commission. Join: {url}', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '幼儿园家长群里有人加我，说给儿童绘本店“刷销量”，拍下不用收货，一单佣金20。我做了两单确实返了，第三单让我垫一千八，说做完就返两千二，现在客服说要再做两单才能提现…', senders: FAMILY },

  // —— other: 免费领 giveaways with 运费 or 验证码, 手工活 deposits, baby contests, 代孕 / 领养 ——
  { label: 'fraud', type: 'other', text: '恭喜您获得“新生儿关爱礼包”（婴儿推车+奶瓶套装），请于24小时内登记领取，仅需承担运费{amt}元，逾期视为放弃：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '宝妈您好，这边是母婴福利社，您报名的免费纸尿裤试用已审核通过，为确认是本人领取，请把手机刚收到的6位验证码发我一下，我这边马上安排发货', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '[招聘] 在家做手工 串珠子 钉珠片 缝婴儿鞋 计件结算 多劳多得 不限时间 适合带娃宝妈。首次领料需交398元材料押金 交满100件全额退 加工费每周五结 联系{phone}', senders: MIXED },
  { label: 'fraud', type: 'other', text: '您的宝宝照片已入围“全国萌宝大赛”50强！想冲进前十需要亲友投票，也可开通VIP助力通道，198元直接加500票，前三名奖励奶粉一年+5000元早教基金。报名页：{url}', senders: BULK_BAD, links: SHORT_LINKS },
  { label: 'fraud', type: 'other', text: '[来电转写] 您好，我们是手工坊的，您上个月领的那批发夹返工不合格，按合同要扣除押金，另外材料损耗要赔{amt}元。您如果想继续做，得重新交一次质量保证金，我们才能再发料', senders: FAKE_LINES },
  { label: 'fraud', type: 'other', text: '正规机构，合法代孕，包性别，包成功，全程保密。首付五万签约，后续按孕周付款，试管失败免费重来。有意向加微信详谈，名额有限', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '宝妈福利：扫码进群免费领取价值299元的婴儿辅食机，群满200人统一发货，到时只需付19.9元邮费，另外要先完成三个转发任务截图给群主。名额剩17个 {url}', senders: MIXED, links: SHORT_LINKS },
  { label: 'fraud', type: 'other', text: '育儿补贴申领中心：您家庭符合0-3岁婴幼儿每月补贴条件，需先缴纳资格认证服务费{amt}元，认证通过后补贴一次性发放到账，今日截止 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '美容院倒闭了预付卡的钱要不回来？我们是消费者维权中心，专业帮您追回，成功率95%，前期只收2800元立案材料费，追回后再按比例收佣。加维权顾问{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '送养：刚满月的女宝，家里条件不好养不起，找有缘的好人家，不要钱，只需要给孩子妈妈一点营养费和医院的费用，一共三万，手续我们这边都能办好，私聊', senders: PASTE },

  // —— fake_shopping: prepaid 早教 / 托育 / 健身 packages, 一手货源 奶粉, fake 月嫂, baby goods that never ship ——
  { label: 'fraud', type: 'fake_shopping', text: '宝妈们，进口奶粉港版一手货源，某牌三段原价358，我这里198一罐，十罐起包邮。先转全款，每周三统一从香港发货，要的接龙后转账给我，不走平台，平台要扣点', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '金牌月嫂预约：26天服务原价一万五，本月特惠8800，育婴师证、健康证齐全。先付3000定金锁档期，档期满了就没了。付定金后两天没人回，电话也打不通了，这种还能要回来吗', senders: FAMILY },
  { label: 'fraud', type: 'fake_shopping', text: '[闲鱼聊天] 亲，婴儿床九成新，原价2600，现在800出。别在平台拍了，平台扣手续费，你直接扫我这个码付款，我今天就找货拉拉给你送过去', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '早教周年庆：原价1.98万的两年课包，今晚12点前交满9800再送60节，限前20名家长。定金500不退，付款码在这里 {url}（仅限微信私下转账，开发票另收点）', senders: BULK_BAD, links: ODD_LINKS, hours: EVENING },
  { label: 'fraud', type: 'fake_shopping', text: '健身房马上开业预售！年卡原价3980，预售价699，再送10节私教课，老带新再减100。扫码交钱就是会员，开业时间下个月定（店已经装修一年了还没开，老板电话也停机了）', senders: MIXED },
  { label: 'fraud', type: 'fake_shopping', text: '孕妈必备！防辐射服+胎心监护仪+孕妇枕套装，原价999，今日直播间秒杀99，货到付款也行，但需先付29.9元“保价金”才能锁单。链接：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '私立月子中心内部名额转让，原价6.8万的28天套房，现在3.2万转给你，合同可以直接过户到你名下，你先把钱转我，我带你去前台办更名。（到了才知道那个人根本不是会员）', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '[小红书私信] 姐妹，热门的那款儿童安全座椅我有员工内购价，比旗舰店便宜四百，要的话先付定金200，剩下的发货前付。我这里还有很多宝妈的好评截图你看～', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '脐带血干细胞存储，限时免费存18年，只需缴纳检测费和冷链运输费3680元，宝宝一生只有一次机会！签约顾问：{phone}（所谓的公司没有任何资质，钱交了没人来采血）', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_shopping', text: '美容院老板：姐，我们这卡马上涨价了，现在充两万送一万，做什么项目都行，永久有效。你今天扫我私人码充，店里的码在维修。（第二周店就关门了）', senders: FAMILY },

  // —— fake_investment: 宝妈理财群, 母婴店加盟, 月子中心 股权, 奶粉代理 分红 ——
  { label: 'fraud', type: 'fake_investment', text: '[宝妈理财互助群] 今天导师带单的收益截图已发群里，跟投的姐妹平均赚了12%。新进群的宝妈先在{url}开户，首笔入金五千起，导师一对一教你怎么给娃攒教育金，名额只剩三个', senders: PASTE, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '母婴连锁店招合伙人：投资8万入股一家门店，不用你管店，每月固定分红4000，一年回本，三年后本金全退。已经有两百多位宝妈合伙人，签约请联系招商经理{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '月子中心股权众筹最后一期：每份1万元，年化收益18%，按月付息，另外送入住折扣券。我们在三个城市都有店，政府扶持项目，安全可靠。认购链接 {url}', senders: MIXED, links: SHORT_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '老婆我跟你说件事你别生气，我在那个奶粉代理的App里投了五万，说是囤货分红，每天都有收益，现在要提现说要先交20%的个税，交了才能提，你那边能不能先转我一万', senders: FAMILY, hours: EVENING },
  { label: 'fraud', type: 'fake_investment', text: '亲，看你朋友圈是在家带娃的，有没有兴趣了解一下数字藏品？我们出的“生肖宝宝”系列，首发买入一个月翻三倍，我带的宝妈都回本了。先下载{url}注册，邀请码{code}', senders: PERSONAL, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '[语音转文字] 姐 这个项目是做婴儿纸尿裤出口的 你投两万进来 每个月返你一千五 我自己投了十万了 你看这是我的返款记录 不过要快 下个月就不收散户了', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '早教品牌加盟：一次性投入15万，总部包选址、包装修、包招生，保底每月利润2万，不达标总部补差。今天签约还送价值3万的教具。加盟热线{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: 'Hi dear, I am also a single mom. My mentor helps moms like us earn from crypto arbitrage, 5% a day. Start with $500 on this platform {url} and I will guide you step by step.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_investment', text: '医美诊所内部股东招募：每股五万，诊所每月按流水给股东分红，年化不低于30%，还能享受股东价做项目。我们老板在群里直播对账，很透明的，姐妹放心入', senders: PASTE },

  // —— fake_loan: 宝妈贷, 医美 / 月子 / 早教 分期 with an up-front fee ——
  { label: 'fraud', type: 'fake_loan', text: '【{name}】尊敬的客户，您申请的医美项目分期额度38000元已审批通过，因您系首次借款，需先缴纳5%风险保证金至指定账户{acct}，放款后随首期退回。详询{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 您好，是{person}吗？您家里在我们这申请的月子中心分期我们这边批了，但是您的银行卡号填错了一位，资金被冻结了，需要您转一笔解冻金，金额是贷款的10%，转完五分钟就到账', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '宝妈专享“育儿周转金”：无需工作证明，凭出生证明和身份证即可申请，最高5万，不看征信。下载App {url} 激活额度需缴纳会员费199元', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '客服：您好，您的早教课分期已通过初审，但您的流水不够，需要在您自己的卡里存入2万元做验资，截图给我们，验资完成即可放款，资金还是在您自己卡里的', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '妈，我那个医美分期申请下来了，但是他们说我征信有点问题，要先交三千“包装费”才能放款，放款了我马上还你，你先借我行不行，今天不交额度就作废了', senders: FAMILY },
  { label: 'fraud', type: 'fake_loan', text: '【{name}】您好，您的孕产关怀贷已到账失败，原因：收款账户异常。请于2小时内登录{url}完成账户认证并缴纳认证费，逾期额度将被收回', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '全职妈妈也能贷！没收入、没社保、征信花都能做，凭身份证和老公的手机号就下款。先交1280元工本费和上门签约费，不成功全退。私聊我：{phone}', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '[QQ聊天记录] 放款专员：您的生育费用借款提现失败，系统检测到您的账户存在刷单风险，已冻结。为证明还款能力需要缴纳一笔5000元的流水保证金，放款时一起退还。', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '美容院的顾问跟我说先交2000的“额度开通费”，就可以帮我申请免息医美分期，做完项目分24期还，我交了钱他说额度还在审核，又让我交1500的“加急费”，这是不是骗人的，钱都交出去了', senders: FAMILY },

  // —— fake_customer_service: 奶粉 recalls, 预付卡 refunds from the shop, 儿童保险 claims, 月子中心 deposits ——
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我这边是奶粉品牌的客服，您上个月在旗舰店买的两罐三段奶粉，同批次检出问题被召回了，我们要给您三倍赔偿。您打开支付宝的“备用金”，按我说的操作，赔款会先到备用金里', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【母婴旗舰店】尊敬的会员，您购买的婴儿奶粉因批次质量问题已下架召回，请点击{url}填写退款信息，需输入银行卡号及收到的验证码完成原路退款', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是您办卡的美容院总部客服，门店因经营调整将关闭，您卡内剩余的{amt}元可以申请退款。为了核实身份，请下载会议App打开屏幕共享，我们财务远程帮您操作退款', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是您家孩子那份少儿重疾险的理赔专员，上次孩子住院的理赔款三千六已经批下来了，不过理赔通道要求验证您的银行卡活跃度，您先往卡里转入同等金额，系统自动退还并加上理赔款', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '宝妈您好，您在我们月子中心交的2万元定金因为房型调整可以全额退还，退款需要通过我们的财务平台操作，请添加财务专员企业微信，并按提示开通“退款通道”（需先支付0.1%的手续费）', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '【{sig}】您给孩子开通的“成长守护”儿童保险会员即将自动续费，每月扣费{amt}元，如非本人操作，请立即致电{phone}取消，否则将持续扣费并影响您的征信', senders: OFFICIALISH },
  { label: 'fraud', type: 'fake_customer_service', text: '健身房客服：您好，由于门店搬迁，您的年卡可以按剩余天数退款。请点击{url}登记退款，登记后客服会联系您，通过“扫码收款”的方式把钱退给您，请按提示输入支付密码确认收款', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '[语音转文字] 老公 刚才有个说是母婴店客服的 说我买的那个婴儿推车有安全隐患要召回赔我钱 让我开了个什么屏幕共享 现在我卡里被转走了六千多 怎么办啊', senders: FAMILY },
  { label: 'fraud', type: 'fake_customer_service', text: 'Dear customer, the baby formula you ordered has been recalled. To receive your refund of 3x the price, please download our refund assistant {url} and follow the agent on screen.', senders: OVERSEAS, links: APK_LINKS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这边是早教中心的财务，您孩子的课包因为老师离职无法继续，可以申请退剩余课时费。退费需要您先在{app}里申请一笔借款作为“退费凭证”，到账后转到我们对公账户，我们再连同课时费一起退给您', senders: FAKE_LINES },

  // —— impersonating_authority: fake 社保 生育津贴, 疾控 疫苗, 教育局 托育补贴, 税务 子女教育, 公安 ——
  { label: 'fraud', type: 'impersonating_authority', text: '【社保局】您的生育津贴{amt}元已核定，因未绑定社保卡金融账户无法发放，请于今日内登录{url}完成绑定，逾期退回', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 您好，这里是市医保局，您的生育保险报销材料有问题，系统显示您重复报销了一笔产检费用，涉嫌骗保，需要把这笔钱先退到医保局的监管账户，否则会移交公安机关处理', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '疾控中心通知：您孩子的百白破疫苗批次存在问题，需要补种进口疫苗，补种费用国家承担一半，个人需先缴纳680元至指定账户，未补种可能影响入园入学，联系{phone}', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务局】您在个人所得税App填报的3岁以下婴幼儿照护专项附加扣除有误，需补缴税款及滞纳金{amt}元，请于48小时内点击{url}处理，否则将纳入税收违法“黑名单”', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我是市公安局刑侦支队的，你不要紧张。你儿子的身份证信息被人用来办了银行卡，涉嫌一起洗钱案，现在需要你配合调查，这个事情要保密，不能告诉家里任何人，包括你老公', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '教育局托育补贴发放通知：2025年度普惠托育补贴每名幼儿3600元，请家长于本周内下载“托育补贴”App {url} 实名认证，认证时需绑定银行卡并输入短信验证码', senders: OFFICIALISH, links: APK_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是卫健委妇幼处的，您在医院建档时的信息被泄露，有人用您的身份办了出生医学证明，涉嫌买卖婴儿。请下载我们的办案App，开启屏幕共享配合核查，并把资金转入安全账户保全', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '民政局：您申请的困难家庭育儿补助已批准，每月800元共12个月。首次发放前需缴纳个人所得税及手续费共{amt}元，请转入财政代收账户{acct}，转账备注姓名', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '[视频通话转写] 我是检察院的王检察官，这是我的工作证你看清楚。你的生育津贴账户涉嫌接收赃款，现在冻结了。你现在把手机里所有的钱转到我们的清查账户，调查清楚后原数返还，你要是挂电话就是妨碍公务', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】关于发放2025年生育补贴的通知：请符合条件的宝妈扫描二维码或访问{url}申领，填写姓名、身份证号、银行卡号、预留手机号及验证码，补贴3个工作日到账', senders: BULK_BAD, links: SHORT_LINKS },

  // —— fake_credit_repair: 医美贷 / 美容贷 / 母婴分期 逾期 deleted for a fee ——
  { label: 'fraud', type: 'fake_credit_repair', text: '做医美欠的美容贷上征信了？影响老公买房贷款？我们有银行内部关系，可以出具“非本人意愿签约”证明，直接撤销贷款合同并删除记录，先付定金3000，办成再付尾款', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '[来电转写] 您好，这边是{name}的征信专员，您之前的母婴分期有一笔逾期记录，现在人行有个政策可以一次性消除，但需要您先在其他平台借出全部额度，转到我们的核验账户证明资金不是违规所得', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '宝妈产假期间收入下降导致信用卡逾期？我们提供“停息挂账”协商服务，保证减免全部利息并删除逾期记录，服务费按欠款的15%收取，先交一半。咨询{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '[抖音私信] 姐，你之前评论说医美分期还不上被催，我们团队专门做“反催收+征信修复”，交1980入会，我们出律师函给平台，逾期记录一个月内消掉，催收电话一个都不会再打来', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '【{sig}】您名下的美容分期合同被判定为“诱导贷款”，可申请注销并修复征信。请于今日访问{url}提交注销申请，需缴纳征信修复保证金，注销完成后退还', senders: OFFICIALISH, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '我怀孕的时候借了网贷，现在征信花了，有个人说他能帮我把记录洗白，让我先下载一个叫“信用管家”的App开屏幕共享，他在我手机上操作，还让我别跟老公说，他这样正常吗', senders: FAMILY },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我们是征信中心合作的修复机构，看到您名下有三笔月子会所分期的逾期，会影响孩子以后考公政审。现在办理修复只要2680元，两周出新版征信报告，付款码：{url}', senders: PERSONAL, links: SHORT_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Your credit report shows overdue payments from a beauty clinic instalment plan. Our credit repair team can remove them in 7 days. Fee: 300 USD, paid upfront via {url}.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音转文字] 你那个医美的贷款我们查到了 是违规放贷 可以全部不用还 还能把征信恢复 但是要你配合走一个流程 先把你卡里的钱转到我们指定的律所账户做资金隔离', senders: FAKE_LINES },

  // —— impersonating_acquaintance: fake teachers with 资料费, hacked 宝妈 friends, a husband's "new number", in-laws ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位家长好，我是小一班的班主任李老师。本学期绘本教材和手工材料费每位幼儿268元，请家长们今晚八点前扫下方二维码缴纳，缴完截图发我私聊，不要在群里发哦', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '亲爱的，我是你在月子中心认识的小雅妈妈呀，换了新微信。我现在急着给宝宝交住院押金，卡被限额了，你能先帮我垫五千吗？明天一早就还你，转我这个卡{acct}就行', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老婆，我手机掉了，这是同事的号。我在外面陪客户，刚刚说好的那个早教课今天截止报名，你先转六千八到这个账户{acct}，是课程顾问的，回去跟你说', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信聊天] 儿媳妇，我是你婆婆，这是我新号，旧手机坏了。你大姑家孩子住院了急用钱，你先打两万到这个卡上，别跟你老公说，他知道又要吵', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是舞蹈班的王老师，下个月汇演要统一订演出服和化妆，每人380元，这次不走机构收款，直接转我个人微信就行，名单我统计一下，明天中午前要报给服装厂', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[来电转写] 喂，是{person}吗？我是你家宝宝的儿保医生啊，上次体检的时候留的电话。孩子的微量元素检测结果有点异常，我们医院有个进口营养干预方案，名额很少，我私人帮你留了一个，今天先交两千预约费', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '宝妈群群主：紧急通知！明天团购的那批进口奶粉要提前付款给厂家，大家不用在接龙里付了，直接转到我这个新的收款码，老码被风控了。今晚十点截止', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐，我是你表妹小敏，我这边生了，剖腹产大出血在ICU，医院让先交三万押金，我老公还在外地赶过来，你能先帮我转一下吗，卡号我让护士发你', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '家长您好，我是孩子钢琴班的教务，孩子下学期的考级报名费和资料费共{amt}元，今天是最后一天，请转账到我们老师的个人卡{acct}，户名王某某，转完发截图', senders: BULK_BAD },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 妈妈你好，我是你家朵朵的托班老师，园里统一给孩子们买了意外险和午餐补助，这个月要补交460元，直接扫我发的码就好，别的家长都交了就差您家', senders: PASTE },

  // —— game_trading: a child's game account, skins and top-ups on the mother's phone ——
  { label: 'fraud', type: 'game_trading', text: '[游戏私聊] 小朋友，你这个号的皮肤挺多的，我出八百收，不过交易平台要你先交二百保证金，你用你妈妈的手机扫这个码付一下，交易完连钱一起给你', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '妈妈，我在游戏里卖装备，买家付钱了但是平台说我的账户没实名，钱被冻结了，客服说要交一千五解冻，我能用你的微信付吗，付完钱就能提出来还多五百', senders: FAMILY },
  { label: 'fraud', type: 'game_trading', text: '免费领限定皮肤！扫码进群，完成家长认证即可领取。家长认证：请用爸爸妈妈的手机打开支付宝扫码，输入密码确认身份（不会扣钱哦）{url}', senders: MIXED, links: SHORT_LINKS },
  { label: 'fraud', type: 'game_trading', text: '[游戏内邮件转述] 妈 有人要用两千块买我那个满级的号 他让我们去一个叫“游易宝”的交易网站挂单 说卖家要先交五百押金才能提现 他说很多人都这样 你帮我交一下嘛 卖了钱都给你', senders: FAMILY },
  { label: 'fraud', type: 'game_trading', text: '代练上王者，七天保证上，宝妈给孩子买的都说好。先付全款388元，加微信发账号密码，代练期间不要登录哦。（付完钱号被改了密码，人拉黑了）', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '亲，你闺女挂在交易网站的那个游戏号我们要了，价格3600，我已经付款到平台了，但你们账户需要升级为商家才能收款，升级费500，点这里操作 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '低价点券充值，1折！给孩子充游戏币不用花原价，先付款后到账，一次最少充500。老客户可以先充后付——新客户必须先付，截图发我，十分钟内到', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: 'Mom can you pay this for me? A guy in the game is buying my account for 200 dollars but the trading site says I need to pay a 50 dollar verification fee first. Link: {url}', senders: FAMILY, links: BAD_LINKS, en: true },

  // —— romance: single mothers, lonely wives, dating-app "doctors" and "officers" ——
  { label: 'fraud', type: 'romance', text: '[交友软件聊天] 我不介意你带着孩子，我会把他当亲生的。我在海外做工程，下个月回国就去看你们。我给你寄了礼物，有给宝宝的奶粉和衣服，海关说要交清关费，你先帮我垫一下好吗', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '宝贝，我知道你一个人带孩子很辛苦，我一直想帮你。你听我的，在我说的那个平台充一万，我教你做，赚的钱给孩子上好的幼儿园，我们的未来要一起努力', senders: PERSONAL, hours: NIGHT_FEED },
  { label: 'fraud', type: 'romance', text: 'My dear, I am a doctor with the UN in Syria. I want to marry you and raise your daughter as my own. My box of savings is stuck at the airport, please pay the 1,200 USD clearance fee so it can be delivered to you.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '[婚恋网站私信] 我是离异带娃的，知道单亲妈妈的不容易。咱们聊了一个月了，我是真心的。我妈住院了急需手术费，我的钱都在理财里取不出来，你能先借我三万吗？下周一到期就还你', senders: PERSONAL },
  { label: 'fraud', type: 'romance', text: '老婆，我们结婚后我负责养你和宝宝，你不用上班了。但是我现在的工资卡被冻结了，要交一笔解冻费两万，你先帮我转一下，解冻了我全部打到你卡上做彩礼', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[相亲App] 认识你和你儿子是我这辈子最幸运的事。我在部队不方便视频，等我休假就去见你们。战友说能帮我提前调休，但是要打点两万，我津贴卡在部队用不了，你先帮我转一下好不好', senders: PERSONAL, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 亲爱的 我在机场了 带了给你和孩子的礼物 可是被海关扣了说超额要罚款 我身上的卡刷不了 你先给这个海关的账户打一万二 我出来马上还你 爱你', senders: OVERSEAS, hours: NIGHT_FEED },
  { label: 'fraud', type: 'romance', text: '宝贝，你上次说想给孩子报早教班，我给你转了五万块但是被银行拦截了，说我们不是直系亲属要交个人所得税，你交三千税就能收到，我把客服的链接给你 {url}', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'romance', text: '你老公不疼你，我疼你。你带孩子这么累，我想给你买个包，可是你得先在这个商城注册成会员，充点钱才能下单，会员充值的钱我以后双倍给你', senders: PERSONAL, hours: NIGHT_FEED },
];
const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[来电转写] 喂，你那笔医美分期拖了四十多天了吧？你老公知道你借钱去打玻尿酸吗？今天下午五点前不还，我就直接打给你老公，把你的借款合同发到他单位去', senders: AGENCY },
  { label: 'harassment', text: '你婆婆的电话我们已经拿到了，你要是还不上，我们就跟老人家好好聊聊她儿媳妇在外面欠了多少钱，到时候你在婆家还怎么待，自己想清楚', senders: AGENCY },
  { label: 'harassment', text: '【{sig}】{person}您好，您的借款已逾期{amt}元。如今晚仍未处理，我司将联系您孩子所在幼儿园的老师和班级家长群，告知您的失信情况，请勿自误', senders: COLLECTOR_OWN, hours: NIGHT },
  { label: 'harassment', text: '[宝妈群截图] 群里的各位宝妈注意了，头像是粉色小猪的这位{person}，在{name}借了钱三个月不还，天天在群里晒娃买买买，欠钱不还的人大家擦亮眼睛，别跟她拼团', senders: PASTE },
  { label: 'harassment', text: '凌晨两点你还在刷朋友圈，有时间晒娃没时间还钱？我现在就一直给你打，打到你接为止，你不接我就打你妈的电话，让老人家半夜也别睡了', senders: AGENCY, hours: [1, 2, 3] },
  { label: 'harassment', text: '你这种人也配当妈？孩子以后知道他妈是个老赖会怎么想？你不要脸你孩子还要脸，三天之内不还钱，我们的人就去幼儿园门口等你接孩子', senders: AGENCY },
  { label: 'harassment', text: '请问是{person}的家属吗？我们是{name}的委托律所。{person}在我司的美容贷款已严重逾期，根据法律规定夫妻共同债务需共同偿还，请您于明日前代为还清{amt}元，否则将一并起诉并冻结您的工资', senders: AGENCY },
  { label: 'harassment', text: '【法院】{person}，你因拖欠{name}借款被起诉，案号（2025）民初字第{tail}号，传票已生成，请于24小时内联系承办人{phone}还款销案，逾期将强制执行并通知你的单位', senders: OFFICIALISH },
  { label: 'harassment', text: '你欠的钱已经逾期了，现在除了本金还要交2000元的上门催收费和800元的律师函费，不交的话我们明天派两个人到你小区，你月子中心那边我们也知道在哪', senders: AGENCY },
  { label: 'harassment', text: '[通话转写] 你现在还不上没关系，我给你推个平台，你在那边借出来先把我们这笔还上，保住征信，不然你以后孩子上学政审都过不了。借哪个我微信发你，今天必须办', senders: AGENCY },
  { label: 'harassment', text: '{person}您好，这里是{name}贷后管理中心。您的分期已逾期，我们已经打过您单位人事的电话，也告知了您的同事您的欠款情况，希望您尽快处理，不要让大家都难看', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '深夜打扰了，但您的借款今天再不还就要上门了。我们已经查到您爸妈家的地址，老人家身体不好吧？您也不想我们去吓到他们。现在是晚上十一点，给您两个小时', senders: AGENCY, hours: [23] },
  { label: 'harassment', text: '你在产检的那家医院我们也知道，你再装死，我们就去妇产科门口拉横幅，让所有来产检的人都看看你是什么人', senders: AGENCY },
  { label: 'harassment', text: '【律师函】{person}：受{name}委托，就您的借款违约一事正式函告，限您于三日内还清全部欠款及违约金{amt}元，逾期我所将向您户籍所在地村委会、您配偶单位发函并公示', senders: MIXED },
  { label: 'harassment', text: '[家族群] 各位亲戚好，我是{name}的催收专员。{person}借了我们的钱给孩子报早教班，现在一直不还，麻烦各位叔叔阿姨劝劝，也可以帮忙先还一部分，不然我们只能起诉了', senders: PASTE },
  { label: 'harassment', text: '早上六点叫你起床还钱，今天是第八次打你电话了，你不接我就换号继续打，你老公的号、你姐的号我都有，今天就让全家都知道', senders: AGENCY, hours: [5, 6, 7] },
  { label: 'harassment', text: '我们是公安局经侦大队的，你欠{name}的借款涉嫌恶意透支诈骗，今天不还清就要对你立案，到时候你孩子落户口、上学都会受影响，现在立刻联系贷款方还款', senders: OFFICIALISH },
  { label: 'harassment', text: '{person}，你欠的钱不还，我们已经把你的照片和身份证做成催收海报了，明天就发到你们小区的业主群和宝妈群，到时候别说我们没提醒你', senders: AGENCY, hours: EVENING },
  { label: 'harassment', text: '[语音转文字] 你个骗子 借钱的时候说得好听 现在装死 你等着 我们的人已经在你婆家那个村了 明天就去村委会贴你的欠款公告 让全村人都知道你是老赖', senders: AGENCY },
  { label: 'harassment', text: '【{sig}】尊敬的客户，您的借款已逾期，我司已将您的欠款信息同步给您的紧急联系人（您的母亲），请您尽快还款，否则我们会继续联系您的其他亲属', senders: COLLECTOR_OWN, hours: [22, 23, 6] },
  { label: 'harassment', text: '你老公在哪上班我们清楚得很，他们公司前台电话就在我手上。你今天要是再拖着，我就打过去问问他们领导，员工老婆欠钱不还公司管不管', senders: AGENCY },
  { label: 'harassment', text: '{person}您好，您美容院办卡时申请的分期已逾期两期，我们依据合同收取逾期管理费、上门服务费、短信通知费共{amt}元，必须今天一并结清，否则每天再加收200元', senders: COLLECTOR_OWN },
  { label: 'harassment', text: 'We know where your daughter goes to kindergarten. Pay the overdue loan to the lender today or we will talk to the teachers and the other parents about your debt.', senders: AGENCY, en: true },
  { label: 'harassment', text: '[通话转写] 我不管你是不是在坐月子，欠钱就得还，坐月子也不耽误你转账吧？你今晚不还，我明天就找人去你家楼下，跟你邻居们好好说说', senders: AGENCY, hours: [21, 22, 23] },
  { label: 'harassment', text: '催收通知：{person}，你的欠款已移交我司处理。我们已经联系了你的大学同学群和你前公司的同事，下一步是你孩子学校的家长委员会，你自己选择什么时候还款', senders: AGENCY },
];

export const BLIND31B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
