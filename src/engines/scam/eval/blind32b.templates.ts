/**
 * BLIND32 held-out bank, second part: fraud and harassment. Written with blind32.templates.ts by
 * the same independent (thirty-ninth) author in session 13, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: the rules of blind29b.templates.ts's header (which applies the eleven rules
 * and the harassment rule of blind25b in order; this author read only blind29b's header, not
 * blind25b's), with these readings for this bank's theme (shopkeepers, 个体工商户, micro-business
 * owners and their staff):
 * (a) A fake 外卖 / 团购 / 电商 platform 客服 or 小二, a fake 收单 / 聚合支付 / POS service desk or a
 *     fake bank 对公 desk about the merchant's EXISTING shop, 收款码, terminal or account (店铺违规,
 *     保证金 "补缴", 降权, 费率 "调整", 收款码 "升级" or "年审", POS "换机") is `fake_customer_service`.
 * (b) A fake 税务局 稽查, 发票 "异常" desk, 市场监管 / 食药监 inspector, 执照 年检 link, 社保 or
 *     police voice asking for money, a card, a code, a link or secrecy is
 *     `impersonating_authority` — except an offer of credit in an agency's name (税贷, 发票贷, 创业
 *     担保贷) with an up-front fee, which is `fake_loan` because the bait is the loan.
 * (c) 经营贷, POS 贷, 税贷, 货押贷 or 续贷 过桥 with an up-front 手续费 / 保证金 / 验资 / 解冻费 is
 *     `fake_loan`; "removing" 逾期, 经营异常名录 entries, 失信 or 行政处罚 records for a fee by an
 *     agent who does not pretend to be the agency is `fake_credit_repair`.
 * (d) A fake owner, 老板娘, partner, 会计 or supplier on WeChat / a new number asking the 会计,
 *     店员 or owner to pay, including "our bank account has changed, pay the 货款 here", is
 *     `impersonating_acquaintance`.
 * (e) Paid 刷好评, 刷单 for one's own shop's ranking, or "tasks" that pay a rebate after the victim
 *     advances money, is `brushing_rebate`; a fake 代运营, 推广, 加盟 or 设备 service or goods that
 *     are paid for and never delivered is `fake_shopping`; a 加盟 or 项目 that promises fixed
 *     分红 / returns, and 老板 investment groups, are `fake_investment`.
 * (f) A fake 大客户, 政府采购 or 团餐 order that wants the merchant to pay a 保证金, 入围费, 样品费 or
 *     to buy goods from a named "supplier" first, renting out the shop's 收款码 or 对公账户 (跑分),
 *     and sextortion are `other`.
 * (g) Buying or selling game accounts, 装备, 点卡 or 代练 is `game_trading`, also when a shop sells
 *     them; a match met on a dating app or 抖音 who steers the busy owner to a "platform" is
 *     `romance`.
 * Harassment here includes a collector who threatens to come to the shop or stall, tells or
 * threatens to tell customers, suppliers, the 房东 or the market office, posts on the shop's
 * 团购 / 外卖 page or review section, calls at night, sends fake 法院 / 律师 papers, adds fees, or
 * pushes a new loan to repay the old one.
 */
import type { Template } from './eval.types.js';

/** Look-alike platform or bank numbers and ports. */
const FAKE_DESK: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_port', 'virtual'];
/** Bulk ports that send the bait. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual'];
/** A stranger's mobile or MVNO number. */
const STRANGER: Template['senders'] = ['mobile', 'virtual'];
/** A chat, call transcript or voice-to-text pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** A "new" WeChat or number of someone the victim knows, often pasted. */
const NEWNUM: Template['senders'] = ['none', 'mobile', 'virtual'];
/** Calls from prefixed, overseas or desk numbers. */
const CALLER: Template['senders'] = ['prefixed', 'foreign', 'unknown_landline', 'virtual'];
/** Overseas numbers. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Collectors: mobiles, MVNO numbers, landlines, pastes. */
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline', 'none'];
/** Shop opening hours. */
const SHOP = [8, 10, 11, 14, 15, 17, 19];
/** After closing, when owners count the day. */
const CLOSING = [21, 22, 23];
/** Night: 22:00–08:00. */
const NIGHT = [22, 23, 0, 1, 6, 7];

const FRAUD: Template[] = [
  // —— fake_customer_service: fake platform 小二, fake 收单 and POS desks ——
  { label: 'fraud', type: 'fake_customer_service', text: '【商家服务中心】您的外卖店铺因近7日出餐超时率过高已被系统降权，曝光量下调80%。如需恢复，请于今日18点前联系专属运营经理{phone}办理“流量申诉”，逾期店铺将暂停接单。', senders: FAKE_DESK, hours: SHOP },
  { label: 'fraud', type: 'fake_customer_service', text: '（通话记录）您好老板，这边是{other}商家客服，您店铺的消费者保障保证金少交了三千，系统今晚要做下架处理。您别急，我教您操作：打开手机银行，转到平台监管账户{acct}，户名写“商户保证金专户”，交完当场给您恢复。', senders: CALLER, hours: SHOP },
  { label: 'fraud', type: 'fake_customer_service', text: '【聚合支付】尊敬的商户：根据央行新规，个人收款码将于{date}起停止经营收款，请立即点击{url}升级为“商家码”，升级需验证结算卡号、支付密码及短信验证码，未升级的收款码将冻结。', senders: FAKE_DESK, links: ['lookalike', 'shortener', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '老板你好，我是收单公司的客户经理，你们店那台POS机费率被系统误调成1.25%了，每刷一万多扣七十多块。现在帮你调回0.38，需要你下个“商户助手”把屏幕共享给我，我远程改参数，几分钟就好。{url}', senders: STRANGER, links: ['apk', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[抖店客服] 亲，您的小店因“虚假发货”被消费者投诉，已扣除信用分12分，保证金将被冻结30天。我们可以为您走加急申诉，需先把冻结的保证金转到审核账户做“资金核验”，核验完原路退回。加我企微：{phone}', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '{name}商户中心提醒：您的电签POS机已列入淘汰批次，{date}后将无法刷卡。新机免费更换，仅需预付押金299元（下月随结算返还），请扫码或点击{url}登记收货地址。', senders: FAKE_DESK, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'fake_customer_service', text: '团购平台通知：贵店“双人套餐”核销异常，涉嫌刷单套现，平台已暂停结算。请在2小时内登录 {url} 上传营业执照并输入法人银行卡信息完成复核，否则所有未结算款项将予以扣除。', senders: BLAST, links: ['lookalike', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是银行对公业务中心，您单位公户的U盾证书今天到期，到期后无法对公转账和发工资。请按短信链接{url}下载新版证书助手，插上U盾输入密码后按提示操作即可自动续期。', senders: FAKE_DESK, links: ['apk', 'lookalike'] },
  { label: 'fraud', type: 'fake_customer_service', text: '张老板，平台这边显示您店铺开通了“极速退款会员”，每月自动扣398元，是我们系统给新商户默认开的。不取消的话今天就扣第一期，您下个腾讯会议，我给您发会议号，共享屏幕我一步步带您关。', senders: CALLER, hours: SHOP },
  { label: 'fraud', type: 'fake_customer_service', text: '【商户通】您的收款码账户被检测到异常大额交易，已触发风控限额，当前日收款上限500元。解除限额请联系商户专员QQ{code}，按指引完成“流水验证”（需向验证账户转入当日收款额的30%，24小时内退还）。', senders: FAKE_DESK },
  { label: 'fraud', type: 'fake_customer_service', text: 'Shop owner notice: your storefront on our marketplace has been flagged for counterfeit listings. To avoid permanent closure, pay the compliance deposit of USD 500 via the link {url} within 12 hours. Contact seller support on WhatsApp {phone}.', senders: ABROAD, links: ['random', 'lookalike'], en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '喂，是"老李面馆"吗？我外卖平台客服啊，你家店被差评投诉太多，系统要扣你3000块违约金。要不扣的话，你加一下我们商家经理微信，交一千的"整改保证金"，一个月没差评就退给你。', senders: CALLER, hours: SHOP },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】商家您好，您参加的“618大促”活动报名未缴纳活动保证金，商品将被移出会场并降权。请访问{url}补缴2000元，活动结束后48小时内全额返还至您的店铺余额。', senders: BLAST, links: ['shortener', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '（语音转文字）老板你好 我们是那个扫码支付的服务商 你的收款码有一笔三万的交易被判定成赌博资金 现在要给你的码做个解绑 你先别收钱了 把你收到的验证码念给我 我这边马上操作 不然你这个码连带你的银行卡都会被冻结', senders: PASTE },

  // —— impersonating_authority: fake 税务 稽查, 发票 异常, 市场监管, 执照 年检 ——
  { label: 'fraud', type: 'impersonating_authority', text: '【电子税务局】您的个体户开具的电子发票存在异常（票面金额与申报收入不符），已纳入风险纳税人名单。请于{date}前登录{url}完成“发票异常解除”，逾期将停止您的开票权限并移交稽查。', senders: FAKE_DESK, links: ['lookalike', 'ip', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '（通话记录）我是区税务局稽查局的工作人员，工号{code}。你店里去年有一批发票被认定虚开，涉案金额较大，按规定要冻结你的经营账户。你要配合调查就先把账户里的钱转到我们指定的“税款保全账户”{acct}，查清后原路退回，这件事不能告诉你家里人和会计。', senders: CALLER },
  { label: 'fraud', type: 'impersonating_authority', text: '市场监管局通知：经抽检，贵店销售的散装熟食菌落总数超标，拟处罚款二万元。如对处罚无异议，可在三日内缴纳罚款{amt}元至执法专户{acct}，享受减半处理；逾期将吊销食品经营许可证。咨询{phone}', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管】您的营业执照尚未完成本年度年检，{date}后将被列入经营异常名录，影响贷款及开票。请点击{url}在线年检，需填写法人身份证号、银行卡号并缴纳工本费30元。', senders: FAKE_DESK, links: ['lookalike', 'random', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '喂，你是开理发店的王老板吧？我是派出所的，你的收款码最近收过一笔电诈赃款，现在你名下所有账户要配合核查。下载一下我发你的“公安协查”App，把身份证正反面拍上去，再按提示开视频，我们这边远程给你做资金清查。{url}', senders: CALLER, links: ['apk'] },
  { label: 'fraud', type: 'impersonating_authority', text: '税务局温馨提示：你单位有一笔增值税留抵退税{amt}元待领取，因你未及时确认即将作废。请添加税务专管员微信{phone}，提供公户账号和法人手机验证码，当日即可退到账户。', senders: BLAST },
  { label: 'fraud', type: 'impersonating_authority', text: '[卫生监督] 接群众举报，你店后厨存在卫生问题，明天上午将联合执法检查。如需提前整改指导，可先缴纳“整改服务费”1800元，由我们安排专家上门，检查时可免予处罚。联系人：{person}', senders: STRANGER, hours: SHOP },
  { label: 'fraud', type: 'impersonating_authority', text: '社保中心通知：你公司为员工缴纳社保存在少缴漏缴，系统拟罚款并记入企业信用。需在今日内由法人通过{url}补缴差额并缴纳滞纳金，逾期冻结单位社保账户，员工将无法报销。', senders: FAKE_DESK, links: ['lookalike', 'shortener'] },
  { label: 'fraud', type: 'impersonating_authority', text: '（电话转写）这里是检察院经侦，你作为法人的那家小公司被人用来走账洗钱，现在要你配合。你先开着免提，不许挂电话，去附近的银行把公户里的钱转到国家监管账户，我会给你发一份加盖公章的“冻结通知书”，不照做明天就上门带走。', senders: CALLER },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务提醒】个体工商户定额核定调整：您的月定额已由3万元上调至9万元，将按新定额补缴税款。如需申请下调，请于3日内点击{url}提交申请，并预缴保证金800元。', senders: FAKE_DESK, links: ['random', 'ip'] },
  { label: 'fraud', type: 'impersonating_authority', text: '烟草专卖局：你的便利店卷烟零售许可证即将到期，本次换证改为线上办理，请加客服微信{phone}，交纳换证费和诚信保证金共2600元，不办理的按无证经营处理并没收库存。', senders: STRANGER },

  // —— fake_loan: 经营贷, 税贷, POS 贷 with up-front fees ——
  { label: 'fraud', type: 'fake_loan', text: '【小微商户专享】凭营业满一年的收款码流水即可申请最高50万经营周转金，年化3.6%，无抵押不上征信。您已预审通过，点击{url}填写资料，放款前需缴纳1%风险准备金。', senders: BLAST, links: ['random', 'shortener', 'apk'] },
  { label: 'fraud', type: 'fake_loan', text: '王姐，我是做银行税贷渠道的小刘，你店里纳税等级B，能批二十万税贷。就是流程上要先做一笔“流水美化”，你把三万块转到我们合作公司账户走一圈，当天连本带贷一起打回给你。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '（通话记录）您好，{other}普惠金融，您申请的商户贷15万已放款，但系统显示您预留的银行卡户名与营业执照不一致，资金已被冻结。需要您缴纳贷款额10%的解冻保证金，缴纳后十分钟内到账，保证金随首期还款退还。', senders: CALLER },
  { label: 'fraud', type: 'fake_loan', text: '批发市场的老板看过来：进货缺钱找我们，凭档口租赁合同就能贷，三天放款，利息比银行还低。先交两千块“档案管理费”建档，不成功全退。微信同号{phone}', senders: STRANGER, hours: SHOP },
  { label: 'fraud', type: 'fake_loan', text: '【发票贷】您的企业近12个月开票额达标，可获授信38万元。请在{url}下载“企业金融”App完成授权，首次提款需开通会员（年费1999元），开通即享随借随还。', senders: BLAST, links: ['apk', 'random'] },
  { label: 'fraud', type: 'fake_loan', text: '老板，您银行那笔经营贷下个月就到期了吧？银行不一定给您续。我们专业做过桥，先帮您把贷款还上，续贷下来再结。需要您先转两万押金锁定资金，三个点利息，当天走款。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '[创业担保贷款] 人社局联合银行发放个体户贴息贷款，最高30万，财政全额贴息。名额有限，需先在线缴纳担保服务费{amt}元锁定名额，链接{url}，今日截止。', senders: BLAST, links: ['lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: '您的POS机已满足提额条件，可一键开通“刷卡贷”额度8万，以后刷卡收款自动还款。开通需验证还款能力：请先刷一笔{amt}元到指定商户，完成后额度马上生效。', senders: FAKE_DESK },
  { label: 'fraud', type: 'fake_loan', text: '（语音转文字）哥 我们这个是专门给开店的做的 你看你抖音小店一个月流水也有十几万 贷个二十万没问题 就是你这个店铺信用分低了一点 要交一个三千八的增信费 交了我包你过 不过全退', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: 'Dear merchant, your business loan of CNY 200,000 has been pre-approved by our Hong Kong partner. A one-time insurance fee of CNY 2,800 is required before disbursement. Reply YES and our officer will contact you.', senders: ABROAD, en: true },

  // —— impersonating_acquaintance: fake owners, 老板娘, suppliers, 会计 ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 小美，我是老板，这是我新号，旧号被封了。我在外面谈进货，供应商那边催得紧，你先从店里收款码的钱里转{amt}元到这个卡{acct}，户名“陈建国”，晚上回店里我再跟你对账，别跟老板娘说我换号的事。', senders: NEWNUM },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '（微信聊天记录）\n“李会计，把公户余额截图发我一下”\n“好的王总”\n“我现在在税务局办事，这边要先交一笔滞纳金{amt}，你转到这个账户，回执发我”\n“要不要走审批？”\n“来不及了，我回去补签，快点”', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '【通知】各合作客户：本公司因银行账户调整，自即日起货款请汇入新账户：户名：{other}贸易有限公司，账号{acct}。原账户停止使用，汇入原账户造成的损失由贵方自行承担。——鑫达冻品 财务部', senders: NEWNUM },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老周啊，我是你的面粉供应商老黄，换了个号。这个月货款你直接打我老婆卡上吧，公司卡被税务查了暂时不能进账，卡号{acct}，打完拍个照给我，下批货我多给你让一个点。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 财务群新进的“张总”：@出纳 今天下午三点前把给福建那家厂的定金付了，{amt}元，对方账户信息我单独发你，这单是我亲自谈的，不用走OA，付完直接在群里回个1。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐，是我小芳，以前在你店里做过美甲的。我现在换号了，急用钱交房租，你能先借我三千吗？下周工资发了就还你，我这卡有问题，你转到我表哥卡上{acct}。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '（视频通话后截图）老板娘：阿强你看到我了吧，信号不好画面卡。刚才跟你说的那笔，就是隔壁刘哥要的那批货的钱，你用店里的支付宝先给他转过去，他的账户我发你了，回来我给你加工资。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '房东这边通知一下：我换了收租的卡，以后房租都打到这张{acct}，户名是我侄子的，原来那张卡丢了已经挂失。这个月的铺租请{date}前转过来，转完发截图给我。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '喂，二舅吗？我是你外甥啊，听不出来了？我在外地跑业务，货车被扣了，要交五千罚款才能放，不敢跟我妈说，你先帮我转一下，我把交警那边的账号发你手机上。', senders: CALLER, hours: [20, 21, 22] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老板我是仓库小陈，用我朋友手机发的，我手机没电了。物流那边说今天到的那批货要现付运费和卸货费一共{amt}，司机等着卸，你转到司机的码上，我这就把码发你。', senders: STRANGER, hours: SHOP },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Amy, it is Kevin (owner). Texting from my travel SIM, the shop phone died. Our bakery supplier in Shenzhen wants the flour deposit settled before noon or they ship to someone else. Please wire {amt} to their new account {acct} from the shop account and send me the slip. Do not bother my wife with this, I will sort it out when I land.', senders: ABROAD, en: true },

  // —— brushing_rebate: 刷好评, 刷单 for one's own shop, tasks with advances ——
  { label: 'fraud', type: 'brushing_rebate', text: '老板，想让你的团购店冲上榜单第一吗？我们有三千真人账号帮你下单核销写好评，每单你先把餐费打给我们，我们用你的钱下单，三天后连本带平台补贴一起返给你，店铺评分保证4.9。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '【店铺扶持计划】新开网店零销量？加入“补单互助群”，群友互相下单互相好评，你先为别人垫付3单，系统自动安排10单回到你店里，返还本金并奖励佣金15%。进群{url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: '（群聊截图）管理员：今天第三轮任务，给“湘味小厨”美团店下单一份68元套餐，截图好评后返76元。第四轮是连单，三单合计{amt}，必须做完才能一起返，中途退出本金不退哦。', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '招店铺兼职：每天给合作商家写点评、点赞收藏，一条3元，日结。前三单是体验单，先垫付商品钱，后面再返。适合店员下班后做，加客服{phone}领任务。', senders: BLAST, hours: CLOSING },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我们是{other}官方合作的“销量加速”服务商。你们店的抖音团购券我们安排买家下单，钱由你先垫进我们的采购账户，核销后平台结算给你，我们只抽5%。前期先做十单试试？', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '老板娘你好呀，我是做好评返现的，您店里的顾客写一条带图五星，我们这边给顾客返5块，您只要每天充值500到任务平台做备用金，月底按好评数给您奖励流量，充多少返多少。{url}', senders: STRANGER, links: ['random', 'ip'] },
  { label: 'fraud', type: 'brushing_rebate', text: '（语音转文字）就是你先在那个App上接单 给别的店拍东西 拍完截个图 钱马上返你还多给百分之十 我们这个群里好多开店的都在做 晚上关了店做一两个小时 一个月能多挣好几千', senders: PASTE, hours: CLOSING },
  { label: 'fraud', type: 'brushing_rebate', text: '【拼单冲量】商家帮扶任务：为指定店铺拍单冲销量，单单返本金+12%佣金，首单小额立返。当前任务需垫付{amt}元，因系统卡单需再完成2单方可提现。任务大厅{url}', senders: BLAST, links: ['shortener', 'apk'] },

  // —— fake_investment: 老板 groups, 加盟 分红, 供应链 项目 ——
  { label: 'fraud', type: 'fake_investment', text: '【商会内部群】各位老板晚上好，今晚8点王会长带大家做“供应链票据”项目，起投5万，月息4%，保本保息，到期本息一次结清。群里已经有三十多位老板跟投，名额只剩6个，私聊我登记。', senders: PASTE, hours: [19, 20, 21] },
  { label: 'fraud', type: 'fake_investment', text: '开店太累了吧？不如把闲钱放我们这，连锁奶茶“共享门店”计划，一万块认购一股，每天按门店营业额分红，年化36%，随时可退。下载App看实时流水：{url}', senders: BLAST, links: ['apk', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: '（群聊）助理：各位老板，今天老师讲的港股打新“商户专属通道”，中签率100%，开户后先入金20万验资，老师亲自操作。上周跟的李总已经赚了四十多万，截图在上面。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '兄弟，我在做一个跨境电商的“无货源店铺托管”，你投六万，我们团队帮你开店运营，每月保底分你8千，不够我们补，合同有公章。你看你那个五金店一年才挣多少。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '老板您好，我们是“小微企业数字资产”平台，把您店里的收款流水做成数字凭证上链，可以在平台上出售变现，当前认购价每份1000元，上市后翻五倍。限时开放给个体户，{url}', senders: BLAST, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'fake_investment', text: '王老板，上次饭局说的那个“冷链仓储”项目你考虑了没？投十万占一个仓位，每个月固定回款六千，政府扶持的，不会亏。今天不定明天就被别人拿走了，定金先转两万就行。', senders: NEWNUM },
  { label: 'fraud', type: 'fake_investment', text: '[老板圈] 实体店生意难做，跟着导师做黄金期货，每天只需十分钟，一个月翻倍不是梦。今日入群福利：开户送888元体验金，盈利可提现。点击加入{url}', senders: BLAST, links: ['shortener', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: 'USDT搬砖套利，专为做生意的老板设计，低买高卖赚差价，日收益2%-3%。你店里的流水闲着也是闲着，先拿5000试水，我带你操作，提现秒到。电报搜 @laoban_banzhuan 找我', senders: ABROAD },
  { label: 'fraud', type: 'fake_investment', text: '“品牌加盟+分红”双收益：加盟我们的烘焙品牌只需9.8万，总部统一运营，你不用管店，每月固定返还加盟费的6%，两年回本后净赚。本月签约再送设备。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '（电话转写）老板，我们是理财公司的，最近出了一款“商户流水宝”，您把每天收款的钱转进来，次日给您千分之五的收益，比银行强多了，本金随时可取。您先转一万试一下？', senders: CALLER },

  // —— fake_credit_repair: 经营异常, 失信, 行政处罚, 征信 before a 经营贷 ——
  { label: 'fraud', type: 'fake_credit_repair', text: '您的公司已被列入经营异常名录，影响银行开户、贷款和招投标。我们是专业信用修复机构，三个工作日帮您移出名录，同时删除行政处罚记录，费用4800元，先付一半。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '老板，你申请经营贷被拒是因为征信上有三次网贷逾期，我们有银行内部渠道可以申请“逾期消除”，每条1500，修复后马上能贷。你先把征信报告拍给我，再交押金。', senders: STRANGER },
  { label: 'fraud', type: 'fake_credit_repair', text: '【信用修复中心】您的个体户名下存在一条“失信被执行”记录，将影响子女上学、乘坐高铁及开店。官方通道限时办理撤销，点击{url}提交资料并缴纳服务费。', senders: BLAST, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '（通话记录）您好，这边是企业信用服务的，查到您店铺去年因为食品标签被罚过款，这个处罚记录会在企业信用网上公示五年，供应商和银行都能看到。我们可以帮您加急撤下来，需要您先开个共享屏幕，我帮您登录填一下表。', senders: CALLER },
  { label: 'fraud', type: 'fake_credit_repair', text: '专业处理企业征信：税务非正常户解除、经营异常移出、法院失信删除，包办包过。已帮三千多家小微企业恢复贷款资格，收费透明，先交资料费800元，办不成退款。{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '哥，我帮你查了，你那个店的对公账户被银行评了“高风险”，以后转账都受限。我认识人能在人行系统里把评级改回来，但是要走个流程，需要你贷一笔款出来转给我做验证，当天就能改好。', senders: NEWNUM },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Your company has a negative record in the national credit database. Our agency can remove it within 48 hours for a fee of CNY 3,600. Pay the deposit via {url} to start.', senders: ABROAD, links: ['random', 'shortener'], en: true },

  // —— fake_shopping: fake 代运营, 设备, 进货, 加盟 services never delivered ——
  { label: 'fraud', type: 'fake_shopping', text: '【代运营】抖音小店、美团外卖代运营，包月1980元保证月销翻三倍，不达标全额退款。现在签约送直播间装修和10条短视频。扫码付款后客服拉你进服务群。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '老板，你之前咨询的二手商用冰柜还在，九成新，原价八千现价两千二，同城包送。先付一千定金我们安排车，到了再付尾款。定金转这个支付宝就行，{phone}', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '（聊天记录）“货源我们厂家直供，爆款T恤拿货价12块一件，起批300件”\n“能先看样吗”\n“样品也要钱的，你先付全款，今天发物流，物流单号给你”\n“付完了”\n“还要付一笔保价费，不然货在仓库不放”', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '【美团外卖推广】您的店铺可开通“首页黄金广告位”，每天曝光5万次，包月仅需3999元（原价9999），今日下单再送霸王餐活动。付款链接{url}，付款后24小时上线。', senders: BLAST, links: ['random', 'shortener', 'lookalike'] },
  { label: 'fraud', type: 'fake_shopping', text: '做网红奶茶店找我们，总部提供全套设备、配方、装修和开业运营，加盟费只要3万8，比市面便宜一半。先交2万品牌保证金锁定区域，下周安排你来总部培训。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '你好，二手POS机、收银一体机、扫码枪批发，全新机器五折，支持一清。先款后货，货到不满意包退。下单请加微信，收款后两小时内发顺丰。{url}', senders: BLAST, links: ['random', 'ip'] },
  { label: 'fraud', type: 'fake_shopping', text: '（语音转文字）就是那个 你店里的装修设计我们包了 先付三成设计费 图纸三天出来 我看你也急着开业 今天付的话我给你打八折 付到我私人账户就行 公司账户这两天在年审', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: 'Factory direct: commercial coffee machines at 40% off for cafe owners. Full payment in advance by bank transfer, shipping within 3 days. Order here: {url}', senders: ABROAD, links: ['random', 'unknown_legit'], en: true },

  // —— game_trading: game accounts, 装备, 点卡 bought and sold by shopkeepers and staff ——
  { label: 'fraud', type: 'game_trading', text: '老板，你店门口贴的收游戏账号我看到了，我有个王者荣耀V8号，全皮肤，八百出。不过走交易平台要你先交198的“账号验证费”，平台链接{url}，验证完钱和号一起到你手上。', senders: STRANGER, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易】您在平台出售的“原神初始号”已被买家拍下，但您的收款账户未实名，资金已冻结。请在{url}缴纳保证金{amt}元完成解冻，解冻后货款连同保证金一并到账。', senders: BLAST, links: ['lookalike', 'shortener'] },
  { label: 'fraud', type: 'game_trading', text: '（聊天记录）“你们网吧能批量进点卡吗？我这有一批Q币卡，面值一百的七十出”\n“先发卡密验一张”\n“验卡要先付一半，行规”\n“行，转你了”\n“剩下的卡在我朋友那，再转一千保证金我让他发”', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '老板你家儿子在我这买的游戏装备，钱付了一半，剩下两千三说你来付。不付的话账号我收回来，之前的钱也不退。你转到我这个卡{acct}，发截图给我我就交号。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '代练工作室招合作门店：你的电玩店给我们引流，客户在你这下单代练，钱先打到我们平台，我们每单给你20%。合作要先交5000加盟押金，平台链接{url}。', senders: BLAST, links: ['random', 'apk'] },
  { label: 'fraud', type: 'game_trading', text: '兄弟，你要的那个CF英雄级武器号我给你留着，1500。我这边是担保交易，你先把钱转到“担保客服”，他验号没问题再放给我，客服QQ{code}，别私下转我，不安全。', senders: NEWNUM, hours: [20, 21, 22, 23] },

  // —— romance: busy owners met on apps, steered to a "platform" ——
  { label: 'fraud', type: 'romance', text: '你每天守着店那么辛苦，我看着都心疼。我舅舅在做一个外汇平台，内部有漏洞，我每周都在里面稳稳赚一点。你要不要试试？我教你，赚了给你自己买件好衣服，亏了算我的。', senders: NEWNUM, hours: CLOSING },
  { label: 'fraud', type: 'romance', text: '（交友App私信）亲爱的，你关店了吗？今天我跟你说过的那个博彩平台的“必中计划”又开了，我刚充了五万赚了两万多。你先注册一个，邀请码{code}，我带你下注，我们攒钱一起开第二家店。', senders: PASTE, hours: CLOSING },
  { label: 'fraud', type: 'romance', text: '王哥，认识你一个月了，我是真心想跟你过日子。我妈住院要做手术，还差三万押金，我实在没办法才开口。你先转给我，等我爸的拆迁款下来马上还你，你不会不管我吧？', senders: NEWNUM, hours: [21, 22, 23] },
  { label: 'fraud', type: 'romance', text: 'Hi dear, I saw your restaurant on TikTok, you look so kind. I am a nurse working in Dubai. I sent you a gift box with jewelry and cash, but customs needs you to pay the clearance fee of USD 800. Please send it to the agent {phone}.', senders: ABROAD, en: true },
  { label: 'fraud', type: 'romance', text: '姐姐你好，我在抖音上刷到你的服装店好几次了，你穿搭真有品味。我是做跨境电商的，最近在一个平台上做“代购分销”，稳赚不赔。我们先处处，我带你一起做，你先充两万开个分销店铺。', senders: NEWNUM },
  { label: 'fraud', type: 'romance', text: '（语音转文字）宝贝我跟你说 我那个朋友在澳门那边有个内部的彩票渠道 每期都能提前知道号码 我已经赚了好几十万了 你那个小超市一年才挣几个钱 你把进货的钱先拿二十万过来 我帮你投 下个月我们就去看房', senders: PASTE, hours: [22, 23] },
  { label: 'fraud', type: 'romance', text: '我们在一起这么久，你连一张我的照片都不敢给你员工看，是不是嫌弃我？我不管，明天我生日，你给我转5200证明你爱我，然后我们一起在“同心理财”上面存钱买婚房。{url}', senders: NEWNUM, links: ['random', 'apk'], hours: [20, 21, 22] },

  // —— other: fake 大客户 orders with fees, 跑分, renting the 收款码, sextortion ——
  { label: 'fraud', type: 'other', text: '您好，我是市某局后勤处的采购员，单位要订200份中秋礼盒，直接在您店里下单。按规定供应商要先缴纳履约保证金{amt}元，另外礼盒里的茶叶要从我们指定的茶厂进，我把厂家电话发您。', senders: STRANGER, hours: SHOP },
  { label: 'fraud', type: 'other', text: '老板你好，我们公司团建要订50桌酒席，定金明天公司转过来。另外领导爱喝一款特供酒，你帮我从这个酒商那先进10箱，钱你先垫一下，结账时一起算，酒商电话{phone}。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '收款码出租，一天赚300到800！你店里的收款码闲时借我们用，收到的钱按要求转出去，每万抽佣80元，不用做任何事。安全可靠，很多店主都在做。加微信{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '（聊天记录）“你好，我们是外贸公司，想给你们工厂下一个五万件的订单”\n“好的，样品能先寄吗”\n“可以，不过我们客户要求做第三方验厂，验厂费6800你先付，下单后在货款里扣”', senders: PASTE },
  { label: 'fraud', type: 'other', text: '王老板，你那个对公账户借我走几笔账，都是正规生意的钱，每笔给你三个点，一个月随便几万块。不用你操作，U盾给我就行，用完还你。', senders: NEWNUM },
  { label: 'fraud', type: 'other', text: '你在我们平台和美女视频的录像已经保存了，你的通讯录里有你店里的员工、供应商和老婆。两小时内转两万到{acct}，不然我就把视频群发给他们，还发到你店的大众点评上。', senders: STRANGER, hours: [22, 23, 0] },
  { label: 'fraud', type: 'other', text: '恭喜您的店铺被评为“年度诚信商户”，可领取奖牌、证书和5万元扶持金。请先缴纳证书制作费和快递费共680元，并提供对公账户接收奖金，详情{url}', senders: BLAST, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'other', text: '急招兼职：有营业执照的个体户老板，帮我们公司代收货款，钱打到你的收款码上，你再转到我们指定账户，每天结佣金两百，零风险，随时可以退出。', senders: STRANGER },
];

const HARASSMENT: Template[] = [
  // —— collectors at the shop: customers, suppliers, 房东, night calls, fake legal papers ——
  { label: 'harassment', text: '{name}贷后：你的经营贷已经逾期四十天，电话不接是吧？明天上午我们三个人到你面馆门口坐着，来一个客人我就跟他说一遍你欠钱不还，看你还做不做生意。', senders: COLLECTOR },
  { label: 'harassment', text: '姓刘的，你欠{name}的{amt}元再不还，我们就在你店的团购页面下面天天写评价，让所有来吃饭的都知道老板是个老赖。你的外卖店铺我们也已经截图了。', senders: COLLECTOR, hours: NIGHT },
  { label: 'harassment', text: '你好，是幸福路那家理发店的房东吗？你的租客陈某在我们这里欠款逾期三个月，人联系不上，你作为房东要配合我们，要么让他还钱，要么你先帮他垫上，不然我们天天来店门口找。', senders: COLLECTOR },
  { label: 'harassment', text: '[批发市场老板群] 各位老板注意：A区36号档口的张某某在{name}借款不还，已经失联，跟他有货款往来的都注意风险，谁有他新号码请私信我，提供线索有奖。', senders: ['none'] },
  { label: 'harassment', text: '（凌晨来电录音）你睡得着吗？欠钱不还还睡得着？我告诉你，从今天开始每天晚上这个点我都给你打，你不接我就打你老婆、打你店里的员工，一个都跑不掉。', senders: COLLECTOR, hours: [0, 1, 2, 3] },
  { label: 'harassment', text: '【法院传票】{person}：你因拖欠网贷被起诉，本院定于{date}开庭，届时将查封你经营的店铺及全部库存，冻结营业执照。如需撤诉请于今日内联系承办人{phone}结清欠款。', senders: COLLECTOR },
  { label: 'harassment', text: '你好，是鑫达冻品吗？我们是{name}的，你们的客户“老周烧烤”老板欠我们钱，以后你们给他发货的时候跟他说一声赶紧还钱，不然我们去你们仓库找你们老板谈，毕竟你们是合作关系。', senders: COLLECTOR },
  { label: 'harassment', text: '逾期通知：你的账户已产生上门催收费1200元、律师费2000元和违约金{amt}元，今天下午必须一起还清。不还的话，下午我们的外访人员就去你店里，当着顾客的面办手续。', senders: COLLECTOR },
  { label: 'harassment', text: '还不上是吧？我给你指条路，你去{other}再借一笔，那边我熟，半小时到账，先把我这边平了，不然你这个便利店我保证你开不下去。', senders: COLLECTOR },
  { label: 'harassment', text: '（微信语音转文字）你那店开在哪里我们都知道，招牌我都拍了，你老婆每天几点来看店我也知道，你要是今天还装死，别怪我们找人去你店里聊聊。', senders: COLLECTOR, hours: [22, 23] },
  { label: 'harassment', text: '我们已经把你的身份证照片、欠款记录和你店的地址做成了海报，今晚就贴到你们市场的公告栏和你店门口的卷帘门上，让整个市场的人都认识认识你。', senders: COLLECTOR, hours: NIGHT },
  { label: 'harassment', text: '【律师函】致尊敬的店员：你们老板{person}因欠款被我所代理起诉，请你转告他本周内还款，否则本所将向你们店里每一位员工发送协查函，你们的工资也可能被冻结。', senders: COLLECTOR },
  { label: 'harassment', text: '你好，我是{name}催收部的，你们店的老板欠我们钱，你是他店里的员工吧？你告诉他，不还钱的话我们就天天给你们店打电话，让你们没法接外卖订单。', senders: COLLECTOR },
  { label: 'harassment', text: '老板你好，看你抖音小店做得挺红火，欠我们的钱倒是不还。我们已经准备好了，今晚你直播的时候会有人去评论区刷你欠款的截图，刷到你下播为止。', senders: COLLECTOR, hours: [20, 21, 22] },
  { label: 'harassment', text: '（短信）你好，你是{person}的老家邻居吧，他在城里开店欠了我们好几万跑了，麻烦你告诉他父母，让家里赶紧帮他还上，不然我们下周到村里去找村委会。', senders: COLLECTOR },
  { label: 'harassment', text: '我是{name}的外访组长，已经到你店门口了，卷帘门关着是吧？我们就在这等，今天等不到人，明天找物业把你的铺面封了，你押金也别想要回来。', senders: COLLECTOR, hours: [7, 8, 21] },
  { label: 'harassment', text: '最后一次提醒：你拖欠的{amt}元今天不处理，明天公安就会以诈骗罪对你立案，你的营业执照和对公账户都会被冻结，你的孩子以后考公政审也过不了。', senders: COLLECTOR },
  { label: 'harassment', text: '哟，生意不错嘛，刚在你店里吃完饭，给你留了个“评价”。你欠的钱一天不还，我们的人一天来你店里吃一顿，每次都给你写一条，让你的评分掉到三星以下。', senders: COLLECTOR, hours: CLOSING },
  { label: 'harassment', text: '给你的供应商都打过电话了，说你欠钱不还人品有问题，以后谁还敢给你赊账？这只是开始，你的房东、你的客户我们都会一个一个通知。', senders: COLLECTOR },
  { label: 'harassment', text: '{name}通知：你因多次拒接催收电话，账户已升级为“恶意逃废债”，将于今晚23点起每半小时拨打一次你及紧急联系人的电话，直到你还款为止。', senders: COLLECTOR, hours: [22, 23] },
  { label: 'harassment', text: '（通话记录）你是那个小吃店的老板吧？你爸是不是在老家养猪？我们已经把你的欠款情况告诉你村里的人了，你要是还不还，我们就去你爸的猪场拉横幅。', senders: COLLECTOR },
  { label: 'harassment', text: '[微信群“陈老板还款督促群”] 各位好，我是{name}的催收专员，这个群里都是陈老板的朋友和老顾客。他在我们平台借款{amt}元逾期不还，大家有义务劝他还钱，谁愿意先帮他垫上的可以私聊我。', senders: ['none'] },
  { label: 'harassment', text: 'Mr. Chen, you owe our company money and you keep ignoring us. We know where your shop is. If you do not pay today we will visit your shop with our team and tell every customer. Last warning.', senders: ['foreign', 'none'], en: true },
  { label: 'harassment', text: '你别以为关了店换了号就没事了，我们查到你新店开在哪了，明天给你新店的每个员工打电话，告诉他们跟着你干迟早拿不到工资。', senders: COLLECTOR, hours: [6, 7, 22] },
  { label: 'harassment', text: '【{name}】你的欠款已逾期，今日不还将产生加急处理费每天300元，并将你的欠款信息推送至你所在市场管理处和商户协会，影响你的摊位续租。', senders: COLLECTOR },
];

export const BLIND32B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
