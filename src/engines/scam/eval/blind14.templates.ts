/**
 * BLIND14 held-out bank (nineteenth scam author): this file holds the normal messages,
 * blind14b.templates.ts the fraud and harassment; BLIND14_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (2026-12-02), after blind13, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the nineteenth author of a scam bank). Written from general knowledge of how
 * securities brokers, fund companies, futures firms, banks' wealth-management and gold-account
 * desks, 个人养老金 accounts, 储蓄国债 sales, the personal income-tax app and tax bureaus, 人社 and
 * 社保卡 services, 出入境 offices, 户政 and 居住证 desks, 不动产登记 centres, the 12345 hotline,
 * community workers and consumer lenders write to people in 2025–2026; of the telecom-fraud
 * scripts that imitate them (the Ministry of Public Security's common types: 荐股群 and "内部消息",
 * fake broker apps and 虚拟盘, guaranteed "打新", fake 金交所 products, "国债预约金", fake 退税,
 * 养老金认证 "过期停发", 出入境 "证件异常", fake 社保卡 upgrades, 配资 and share-backed "loans");
 * and of the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without
 * consent, at most 6 unanswered call attempts a day per number, third parties only when the
 * debtor is unreachable and never pressed to pay or told the debt, no public notices, extra fees,
 * new loans to repay old ones, threats, insults, fraud, violence, spreading private information,
 * fake legal documents or impersonated courts, police or government). All brokers, funds,
 * futures firms, cities, platforms and trading centres named here (澄江证券, 青岚证券, 溪山证券,
 * 松石基金, 晴川基金, 岚山期货, 云州市, 云州金融资产交易中心, 鼎盛国际 …) are made up; lenders and
 * banks come from the registry's fictional samples. While writing it the author read only:
 * eval.types.ts, eval.generator.ts, eval.metrics.ts, the other template banks (only their
 * headers' style lists and a skim of their texts, to avoid duplicating them and to write
 * differently; nothing was copied), scam.types.ts (FraudType, MessageInput), registry/
 * institutions.json, registry/README.md, shared/facts/regulation.md, shared/seeds, shared/SPEC.md,
 * and the first 45 lines (imports) of eval.test.ts; registry.schema.ts and registry.fixture.ts
 * were only imported by the check script (to load the registry), not studied. The analyzer's
 * code, lexicons, signal lists, reason catalogue, closed-channel rules, indicator extraction,
 * text model and training corpus were NOT opened; models/, scripts/, docs/, BENCHMARKS.md and
 * the repository README were NOT read; the analyzer, vitest, its tests and benchmarks were NOT
 * run; no search tool was used on this repository and git was not used. The only runs were
 * `npm run typecheck` and an expansion check outside the repository (generateEvalSet(registry,
 * 'blind14') and the earlier splits, through a copy of eval.generator.ts in /tmp with absolute
 * imports, made because another author's bank file was missing at first, and compared with the
 * real generator, which expands this bank identically) for counts by label, fraud type and
 * sender kind, for duplicate texts against the other splits and for character-bigram Jaccard
 * similarity (≤ 0.5) against every earlier template and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): people's savings, investments and personal
 * government services. Securities brokers (新股 and 可转债 中签 and 缴款 from the investor's own
 * funds account, 两融 维持担保比例 warnings, expired ID documents and 账户 restrictions, 适当性
 * re-assessment, 休眠账户, online shareholder voting, 北交所 permissions, dividends and their tax,
 * account closure, a compliance call-back, a real account manager's invitation), fund companies
 * (分红 methods, 定投扣款失败 with a retry, 赎回 and 转换 confirmations, a fund nearing 清盘),
 * futures firms (追加保证金 by 银期转账 only, 交割月, video 见证 inside the app), banks'
 * wealth-management (理财到期, 风险测评, 净值回撤, 大额存单, 个人养老金 contributions and withdrawal
 * conditions, 储蓄国债 sales with no 预约费, 积存金, an anti-fraud call-back holding a "国债预约金"
 * transfer), the 个人所得税 App (汇算 appointments, 退税到账, 补税, income-record appeals,
 * 专项附加扣除), 养老金资格认证 and pension rises, 社保卡 replacement and activation, 出入境 (护照,
 * 港澳通行证 签注, appointments), 居住证 签注, 落户, 不动产登记 taxes, 12345 replies and call-backs,
 * and consumer lenders whose borrowers trade stocks with loan money (loan-use reminders, lawful
 * daytime collection to the debtor only) — beside (in blind14b) 荐股群, fake broker apps and
 * 虚拟盘, "打新" guarantees, 原始股, fake 金交所 plans, 国债 "预约金", share-backed "loans", fake
 * 退税 links, 养老金 "停发" links, fake 出入境 and 户政 calls, and collectors who exploit a
 * debtor's portfolio. Registers: pinyin and initials mixed into Chinese (jia wx, zfb, yhk, dk,
 * zx, gjj), radical-split and look-alike characters (氵去院, 亻言用卡, 扌喿盘, 証卷), enclosed and
 * full-width numerals (①②③, ２０２５), app-push payloads written as JSON-ish objects or Markdown
 * with **bold**, headings, tables and bullet lists, SMS with unsubscribe tails (拒收请回复R,
 * 退订回T), truncated push previews ending with "…", several messages or a call log pasted
 * together with timestamps, Northeastern (整, 老好了, 门儿清, 白话) and Sichuan (嬢嬢, 莫, 撒, 瓜娃子,
 * 兄弟伙) colloquial writing, older investors' long rambling messages, a few English. Harassment
 * beside blatant threats: the debt posted in 股吧, 朋友圈 and 抖音, printed notices delivered by
 * courier or written on a 外卖 order, calls to the child's school and to the broker's account
 * manager, robocalls past the daily cap, demands to sell shares or redeem funds, a visit
 * announced in the 业主群, polite calls before 08:00. Lawful collection (the lender's own port,
 * daytime, the debtor only, hardship options, an identified agency verifiable through the
 * lender's hotline) is labelled normal. Many normals use scam vocabulary lawfully (验证码 with
 * 请勿转发, 冻结 and 限制交易 of real accounts, 追加保证金 and 强行平仓 at a futures firm, 逾期 and
 * 征信 in a lender's reminder, 补税 and 滞纳金 from the tax bureau, 转账 refused or confirmed in
 * person, 安全 tips that quote scam scripts).
 */
import type { Template } from './eval.types.js';
import { BLIND14B_TEMPLATES } from './blind14b.templates.js';

/** A registered bank's or lender's own SMS port. */
const PORT: Template['senders'] = ['official_port'];
/** A registered institution by SMS or from its hotline. */
const PORT_OR_LINE: Template['senders'] = ['official_port', 'official_hotline'];
/** Brokers, funds, futures firms and government offices (unregistered) through bulk ports. */
const BULK_PORT: Template['senders'] = ['unknown_port'];
/** A registered lender's notice sent either by its port or through an SMS vendor. */
const PORT_OR_VENDOR: Template['senders'] = ['official_port', 'unknown_port'];
/** App pushes, in-app messages, screenshots and chat exports pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Relatives, friends, neighbours on their own phones, or pasted. */
const FAMILY: Template['senders'] = ['none', 'mobile'];
/** A named account manager, community worker or clerk on a mobile or a desk line. */
const CLERK: Template['senders'] = ['mobile', 'unknown_landline'];
/** Call-backs from government or police desk lines. */
const DESK: Template['senders'] = ['unknown_landline'];
/** Codes and pushes: any hour. */
const ANY_HOUR = [0, 2, 7, 9, 12, 18, 21, 23];
/** Families chatting after work. */
const AFTER_WORK = [18, 19, 20, 21, 22];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYTIME = [8, 9, 10, 12, 15, 17, 19, 21];
/** After the close and evening settlement. */
const AFTER_CLOSE = [15, 16, 17, 18, 19, 20];

const NORMAL: Template[] = [
  // ── securities brokers ──
  { label: 'normal', text: '【澄江证券】恭喜！您申购的新股“华屹科技”中签500股，中签价12.36元，应缴款6180.00元。请于{date}16:00前确保资金账户可用余额充足，系统自动扣款，无需转账至任何其他账户。连续12个月内累计3次中签放弃认购将暂停申购资格。拒收请回复R', senders: BULK_PORT },
  { label: 'normal', text: '{"title":"新股中签提醒","body":"您有1笔新股中签待缴款，请在T+2日16:00前保持资金账户余额充足，逾期视为放弃…","from":"青岚证券App","action":"open_app","badge":1}', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '【溪山证券】您{date}申购的可转债“恒科转债”未中签。今日可申购新债：宁远转债（信用申购，无需预缴款）。新股新债均只能在本公司App或交易软件中申购，本公司不设任何“打新内部通道”。退订回T', senders: BULK_PORT },
  { label: 'normal', text: '**两融风险提示**\n- 当前维持担保比例：**136.8%**（警戒线140%）\n- 平仓线：130%\n- 可选处理方式：追加担保品、卖券还款或直接还款\n\n以上操作均在您本人信用账户内完成，本公司不会要求您把钱转入任何个人或“监管”账户。如有疑问请致电营业部。\n——青岚证券 融资融券部', senders: PASTE, hours: AFTER_CLOSE },
  { label: 'normal', text: '【澄江证券】您在我司登记的身份证件已于{date}到期。根据账户实名制管理要求，证件过期满30天后将限制账户买入、转出功能（卖出不受影响）。请在App“我的-个人资料-证件更新”上传新证件，或携证件到就近营业部办理。我司不会通过短信链接收集证件照片。', senders: BULK_PORT },
  { label: 'normal', text: '【青岚证券】尊敬的投资者：您的风险承受能力评估结果将于{date}满三年失效。失效后仍可卖出、赎回已持有的产品，但不能新购中高风险产品。重新评估请在App“业务办理-适当性评估”中本人作答，约需5分钟。', senders: BULK_PORT },
  { label: 'normal', text: '【溪山证券】经中国结算核查，您名下深市证券账户已连续三年无交易、无持仓且资金余额低于100元，已被列为休眠账户。如需继续使用，请本人持身份证到营业部或通过App视频见证申请激活；不再使用则无需任何处理。', senders: BULK_PORT },
  { label: 'normal', text: '【澄江证券】您持有的“南岭制药”将于{date}召开年度股东大会，您可在交易时段通过交易软件“网络投票”栏目参与投票。投票免费，不会有任何人电话索要您的交易密码。', senders: BULK_PORT },
  { label: 'normal', text: '{person}，打扰了，我是澄江证券东湖营业部的客户经理小周，执业证书编号在中证协网站能查到。下周三下午营业部有场投资者教育讲座，讲个人养老金和储蓄国债怎么买，不荐股、不收费、不建群。您有空可以来听，回个1我给您留座。', senders: CLERK },
  { label: 'normal', text: '【青岚证券】您申请的资金账户销户已办理完毕，账户内剩余资金{amt}元已转回您本人的三方存管银行卡（尾号{tail}）。感谢您一直以来的信任。', senders: BULK_PORT },
  { label: 'normal', text: '您好，您的北交所股票交易权限已于今日开通。北交所股票上市首日不设涨跌幅限制，其后日涨跌幅限制为30%，波动较大，请结合自身情况理性投资。——溪山证券', senders: BULK_PORT },
  { label: 'normal', text: '【澄江证券】您持有的“东江电力”2025年度分红已于{date}派发，每10股派3.20元（含税），红利已入资金账户。持股不满1年的股息红利税将在您卖出时由系统按持有期限计算扣收。', senders: BULK_PORT },
  { label: 'normal', text: '### 澄江证券 · 官方提醒\n① 我司员工不会拉您进“荐股群”“VIP群”；\n② 不会推荐您下载应用商店以外的交易App；\n③ 不会要求您向个人账户转账“打新”“认购”；\n④ 不会承诺任何投资收益。\n遇到以上情况，请拨打营业部电话核实，或直接报警。', senders: PASTE },
  { label: 'normal', text: '[通话记录] 您好，我是青岚证券合规回访专员，工号{tail}，本次通话有录音。来电是对您上周开通的融资融券账户做回访，只需确认是否本人办理、是否了解相关风险……好的，确认是您本人。最后提醒，我司不会在电话里要求您提供密码或验证码，再见。', senders: DESK },
  { label: 'normal', text: '青岚证券：【盘后提醒】您自选股中的“华屹科技”今日收涨4.12%，成交额较前一交易日放大…', senders: PASTE, hours: AFTER_CLOSE },
  { label: 'normal', text: '## 溪山证券 · 月度对账单（{date}）\n| 项目 | 金额（元） |\n|---|---|\n| 期初资产 | 152,340.00 |\n| 期末资产 | 148,912.55 |\n| 本月净转入 | 0.00 |\n| 本月手续费 | 36.20 |\n> 对账单由系统自动生成，如与您的记录不符，请致电客服或到营业部核对。', senders: PASTE },
  { label: 'normal', text: '【澄江证券】验证码{code}，用于登录您的信用交易账户。工作人员不会向您索取验证码，请勿转发。', senders: BULK_PORT, hours: ANY_HOUR },
  // ── fund companies ──
  { label: 'normal', text: '【松石基金】您持有的松石稳健增利债券A于{date}实施分红，每10份派0.15元。您选择的分红方式为“红利再投资”，红利将按除息日净值折算为基金份额，到账后可在本公司App或您购买的销售机构查询。', senders: BULK_PORT },
  { label: 'normal', text: '【晴川基金】您{date}的定投计划扣款未成功（原因：尾号{tail}银行卡余额不足）。系统将于下一交易日再扣一次，仍失败则本期跳过，连续三期失败定投计划将自动终止。如需更换扣款卡，请在App内操作，本公司不会发送链接让您“重新绑卡”。', senders: BULK_PORT },
  { label: 'normal', text: '晴川基金：您赎回的晴川货币A {amt}元已于今日划至尾号{tail}的银行卡，请注意查收。', senders: BULK_PORT },
  { label: 'normal', text: '【松石基金】您的基金转换申请已确认：转出松石成长混合10000.00份，转入松石纯债9860.42份，转换费12.30元已扣除。交易明细可在App“交易记录”中查询。', senders: BULK_PORT },
  { label: 'normal', text: '【晴川基金】关于晴川量化优选混合可能触发基金合同终止情形的提示：该基金已连续45个工作日资产净值低于5000万元，如至{date}仍未恢复，将按合同约定进入清算程序，清算后的剩余财产按份额比例退回您原支付账户，无需您提供任何银行卡信息。', senders: BULK_PORT },
  { label: 'normal', text: '松石基金：近期有不法分子冒充我司“客户经理”添加投资者微信，以“内部份额”“保本理财”为名诱导转账，我司从未…', senders: PASTE, hours: ANY_HOUR },
  // ── futures firms ──
  { label: 'normal', text: '【岚山期货】{person}您好，截至今日结算，您的期货账户风险度为103.6%，已超过公司规定标准，请于下一交易日开盘前追加保证金或自行减仓，否则公司有权按合同对持仓强行平仓。追加保证金请通过银期转账从您本人签约银行卡转入，公司不接受任何个人账户收款。', senders: BULK_PORT, hours: AFTER_CLOSE },
  { label: 'normal', text: '【岚山期货】温馨提示：您持有的合约即将进入交割月，自然人客户不能参与实物交割，请在{date}收盘前自行平仓，逾期未平仓部分将由交易所按规定强制平仓。', senders: BULK_PORT },
  { label: 'normal', text: '岚山期货开户提醒：您的开户申请已提交，审核员将于今天17:00前通过官方App发起视频见证，请准备好身份证原件。视频见证只在官方App内进行，不会通过QQ、微信或会议软件进行。', senders: BULK_PORT },
  // ── banks: wealth management, pension accounts, bonds, gold ──
  { label: 'normal', text: '{sig}理财兑付通知：“稳享90天”（R2中低风险）{date}到期兑付，兑付金额{amt}元（含收益），当日已入账您尾号{tail}的借记卡，产品实际年化2.41%。如需续买，请在{app}“理财”频道自主选择，我行不会电话引导您转账续投。', senders: PORT },
  { label: 'normal', text: '{sig}您的个人客户风险评估已过期，请在{app}“理财-风险测评”中重新评估，评估完成前暂不能购买新的理财产品。测评须本人在App内自主作答，任何工作人员都不会替您答题。拒收请回复R', senders: PORT },
  { label: 'normal', text: '{sig}您尾号{tail}账户的3年期大额存单将于{date}到期，到期本息自动转入活期。如需续存，可在{app}或网点办理，利率以届时挂牌为准。', senders: PORT },
  { label: 'normal', text: '{sig}您已成功向个人养老金资金账户缴存{amt}元，本年度缴存可按每年12000元的上限在个税中扣除。缴费凭证可在{app}“个人养老金”栏目下载，在个人所得税App填报扣除时使用。', senders: PORT },
  { label: 'normal', text: '{sig}温馨提示：个人养老金资金账户内的资金，需达到领取基本养老金年龄、完全丧失劳动能力、出国（境）定居等条件方可领取。任何声称可以“提前解冻”“提前领取”个人养老金的收费服务都不可信。', senders: PORT },
  { label: 'normal', text: '{sig}2025年第三期储蓄国债（电子式）将于{date}起发售，3年期票面利率1.93%，5年期2.00%，额度有限，售完即止。可通过{app}“国债”频道或网点柜台购买，购买不收取任何预约费、保证金。', senders: PORT },
  { label: 'normal', text: '{sig}您的积存金定投已于今日扣款{amt}元，按当日积存价买入黄金3.21克，累计持有18.60克。黄金价格波动较大，请关注投资风险。', senders: PORT },
  { label: 'normal', text: '{"msgType":"PRICE_ALERT","product":"积存金","trigger":"当前价格已低于您设定的提醒价","tip":"本提醒仅供参考，不构成投资建议","open":"{app}"}', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '{person}您好，我是{name}的理财经理小冯。原来对接您的林经理调岗了，以后由我为您服务，您可以在{app}“我的客户经理”里看到我的姓名和工号核对。行里的产品都只在App或柜台购买，我不会让您往任何个人账户转钱。', senders: CLERK },
  { label: 'normal', text: '{sig}受近期债券市场调整影响，您持有的“月月盈”理财产品净值短期回撤0.35%。该产品为中低风险（R2）净值型产品，不保本、不承诺收益，可在{app}查看净值走势及持仓明细；如需赎回，请在开放日于App内操作。', senders: PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}购买理财产品“稳享180天”，金额{amt}元。验证码仅用于本人操作，任何人索要都是诈骗。', senders: PORT, hours: ANY_HOUR },
  { label: 'normal', text: '[通话转写] {name}客服：您好，请问是{person}吗？系统看到您刚才向一个外地个人账户转账五万元，备注写的是“国债预约金”，这笔我们先暂缓了。您认识收款人吗？……储蓄国债只在我行柜台和App里卖，不需要给任何个人交预约金。建议您先别转，需要的话我帮您联系当地派出所。', senders: PORT_OR_LINE },
  { label: 'normal', text: '{sig}您通过{app}申购的“松石稳健增利A”已确认份额3210.55份，确认净值1.0342元。基金代销不收取合同约定以外的任何费用，份额明细可在App“我的持仓”查询。', senders: PORT },
  // ── personal income tax ──
  { label: 'normal', text: '个税汇算小贴士（云州市税务局）：\n① ３月１日—３月２０日需在个人所得税App预约办理；\n② ３月２１日—６月３０日无需预约；\n③ 退税只退至本人名下银行卡，请勿点击任何“退税链接”；\n④ 咨询请拨打１２３６６。', senders: BULK_PORT },
  { label: 'normal', text: '【国家税务总局云州市税务局】您２０２５年度个税汇算申请的退税款已办理退库，预计１至３个工作日到账至您在个人所得税App中填报的本人银行卡，请注意查收。', senders: BULK_PORT },
  { label: 'normal', text: '【国家税务总局云州市税务局】{person}：经复核，您2024年度综合所得汇算存在应补未补税款，请于{date}前登录个人所得税App更正申报并缴纳。逾期未办理的，税务机关将依法处理并按日加收滞纳金。如有疑问请拨打12366。', senders: BULK_PORT },
  { label: 'normal', text: '个人所得税｜收入纳税明细提醒\n系统发现您有一条来自“云州恒达商贸有限公司”的工资薪金收入记录，如您未在该单位任职受雇，可在“收入纳税明细”中选择该记录发起申诉，申诉免费…', senders: PASTE, hours: ANY_HOUR },
  { label: 'normal', text: '【个人所得税】2026年度专项附加扣除信息确认已开始，您可在App中“一键带入”上年信息；赡养老人、子女教育、住房租金等信息如有变化，请及时修改后提交。', senders: BULK_PORT },
  { label: 'normal', text: 'IIT app reminder: the annual reconciliation for 2025 runs from March 1 to June 30. Any refund is paid only to a bank account in your own name that you enter in the app. The tax bureau never sends refund links by SMS.', senders: BULK_PORT, en: true },
  // ── pensions and social security ──
  { label: 'normal', text: '王大爷，我是社区的小刘。今年的养老金认证您还没做呢，别着急，不是说不做立马就停，就是提醒一下。您让孙子在“掌上12333”上帮您刷个脸就完事儿了，整不明白就周三上午来社区，我给您弄，一分钱不要。有人打电话说认证要交钱的，您千万别搭理。', senders: CLERK },
  { label: 'normal', text: '【云州市人力资源和社会保障局】根据今年基本养老金调整政策，您的月养老金自1月起增加62.50元，1月至今的增发部分将于{date}随当月养老金一并补发至社保卡金融账户，无需申请，也无需缴纳任何费用。', senders: BULK_PORT },
  { label: 'normal', text: '【云州社保卡服务】您申请补换的第三代社会保障卡已制卡完成，请于{date}起携带身份证到所选银行网点领取并现场激活。领取前后请勿将卡号、密码告诉他人，原卡已挂失作废。', senders: BULK_PORT },
  { label: 'normal', text: '妈，社保卡你拿到了撒？那个要去银行柜台激活的，设个六位密码，你自己设，莫让柜台以外的人帮你输。激活了养老金才打得进来。莫急，周六我陪你去。', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: '【电子社保卡】您正在“云州人社”App签发电子社保卡，验证码{code}，仅用于本人身份核验，请勿透露给任何人。', senders: BULK_PORT, hours: ANY_HOUR },
  { label: 'normal', text: '【云州市税务局】您的灵活就业人员基本养老保险{date}批量扣款未成功，请确认三方协议银行卡余额充足，系统将于月底再次扣款。您也可以在“云州税务”小程序中自行缴纳。', senders: BULK_PORT },
  { label: 'normal', text: '【云州社保】您的城乡居民养老保险２０２５年度个人缴费{amt}元已到账，政府补贴６０元同步记入个人账户，可在“掌上12333”查询。', senders: BULK_PORT },
  { label: 'normal', text: '[语音转文字] 老伴儿啊 我上社区把那个认证整完了 人家小姑娘拿手机给我拍了一下就完事儿了 一分钱没花 你别听楼下老李瞎白话说要交钱 他那是让人忽悠了', senders: FAMILY },
  // ── exit-entry, household registration, property, 12345 ──
  { label: 'normal', text: '【云州出入境】{person}您好，您申请的普通护照已制证完成，将按您选择的方式快递寄送，运单号另行短信通知。如需自取，请携带受理回执到出入境接待大厅3号窗口。', senders: BULK_PORT },
  { label: 'normal', text: '【云州市公安局出入境管理支队】您的往来港澳通行证团队旅游签注将于{date}到期。续签可在出入境自助签注机即时办理（本人持证，自助缴费），也可通过“移民局”App在线申请。', senders: BULK_PORT },
  { label: 'normal', text: '出入境管理部门提醒：证件办理进度、签注、预约均可免费查询。民警不会打电话告诉您“证件异常”“涉嫌偷渡”并要求转账，接到此类来电请直接挂断并拨打110。', senders: BULK_PORT },
  { label: 'normal', text: '【出入境预约】您已预约{date}上午10:00-10:30在云州市出入境接待大厅办理普通护照，请携带身份证原件准时到场，现场采集指纹和照片，逾期未到视为自动取消。', senders: BULK_PORT },
  { label: 'normal', text: '【云州市公安局】您的居住证有效期签注将于{date}到期，请在“云州警务”小程序或居住地派出所办理签注，办理免费。逾期未签注的居住证暂停使用，不影响您再次申领。', senders: BULK_PORT },
  { label: 'normal', text: '【云州户政】您提交的人才引进落户申请已审核通过，请于{date}前携带准迁证及身份证到迁入地派出所户籍窗口办理入户手续，全程不收取任何费用。', senders: BULK_PORT },
  { label: 'normal', text: '【云州市不动产登记中心】您于{date}受理的二手房转移登记（受理号{code}）税费已核定，请在登记大厅税务窗口或“云州不动产”公众号“一窗办”中缴纳，缴纳后即可领取电子不动产权证书。中心不会通过任何个人账户收取税费。', senders: BULK_PORT },
  { label: 'normal', text: '【12345热线】{person}您好，您反映的“证券营业部门口有人发放股票培训传单”问题（工单号2505{code}）已转市场监管部门办理。处理结果：已对发放人员劝离，并告知其不具备投资咨询资质；如仍有此类情况可再次来电。请评价：回复1满意，2基本满意，3不满意。', senders: BULK_PORT },
  { label: 'normal', text: '[来电转写] 您好，这里是12345政务服务便民热线回访。您上周反映的居住证签注问题，派出所已经联系过您了吗？……好的，已经办好了就行。本次回访不需要您提供任何个人信息，感谢您的支持。', senders: DESK },
  { label: 'normal', text: '【不动产登记】验证码{code}，您正在查询本人名下不动产登记信息，5分钟内有效，如非本人操作请忽略。', senders: BULK_PORT, hours: ANY_HOUR },
  // ── consumer lenders and their borrowers ──
  { label: 'normal', text: '{sig}温馨提示：根据借款合同约定，消费贷款资金仅限用于个人日常消费，不得用于购房、证券、期货、理财等投资。如发现资金流入证券账户，我司有权按合同提前收回贷款，请合理安排资金。拒收请回复R', senders: PORT },
  { label: 'normal', text: '{sig}{person}您好，您在{app}的借款本期应还{amt}元已于{date}到期未还，目前逾期2天。请登录{app}还款；若近期收入受影响，可在App内“还款困难申请”提交材料，我司将在5个工作日内回复。', senders: PORT_OR_VENDOR, hours: DAYTIME },
  { label: 'normal', text: '[通话转写] 您好，请问是{person}本人吗？我是{name}贷后服务专员，工号{tail}。您的借款逾期5天了，今天来电只是提醒，还款请在{app}里操作，不需要转到任何个人账户。……您说月底发工资后还？好的，我记下了，这期间不会频繁打扰您。如有疑问可以打{hot}核实我的身份。', senders: PORT_OR_LINE, hours: DAYTIME },
  { label: 'normal', text: '【还款提醒告知】{person}您好，{name}已委托云州信诚商务服务有限公司就您的逾期借款向您本人进行提醒，经办人工号{tail}。还款请仅通过{app}内本人还款通道，我司不收取任何费用，您可拨打{hot}核实本次委托。', senders: BULK_PORT, hours: DAYTIME },
  { label: 'normal', text: '哥，我跟你说实话，去年我从两个App借了八万多炒股，现在套了一半。催收的倒是挺客气，每次就问我啥时候能还。我想把股票割了先还上，以后再也不借钱炒股了，你别告诉咱妈。', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: '{sig}您的借款已于{date}全部结清，结清证明可在{app}“我的借款-已结清”中下载。结清信息将在下一报送周期更新至您的个人信用报告。', senders: PORT },
  { label: 'normal', text: '{sig}风险提示：近期有不法分子以“{name}合作配资”“借款炒股一比十”为名招揽客户。我司从未与任何配资平台合作，也不会发放用于炒股的贷款。本短信不含链接。', senders: PORT },
  { label: 'normal', text: '{name} reminder: {amt} from your loan fell due on {date} and has not reached us yet. Pay it in our app, or set up a hardship plan there if money is tight. This text goes to you alone; nobody else is contacted about it.', senders: PORT, en: true, hours: DAYTIME },
  { label: 'normal', text: '{sig}因您连续多次输错登录密码，{app}账户已临时冻结24小时，期间不影响正常还款。如需立即解冻，请在App内刷脸验证或致电{hot}，我司不会发送任何“解冻链接”。', senders: PORT_OR_LINE, hours: ANY_HOUR },
  { label: 'normal', text: '{sig}提醒：近期出现“个税退税补贴”诈骗短信，诱导点击链接填写银行卡号、密码和验证码。退税只在个人所得税App内申请，任何链接都不要点。本短信不含链接。', senders: PORT },
  // ── warnings from family, police, community, teachers ──
  { label: 'normal', text: '爸 你那个“牛股研习社”群赶紧退了 那老师让你下的App不是正规券商的 我查了应用商店里根本没有 钱入进去就是虚拟盘 你看到的涨都是假的 千万别再入金了 有事打我dh', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: '**云州市公安局反诈中心提醒**\n\n近期高发“荐股+虚拟盘”诈骗：\n- 先免费荐股、晒收益截图\n- 再拉进“机构VIP群”，推荐下载非官方交易App\n- 前期小额能提现，大额入金后以“风控审核”“缴纳个人所得税”为由拒绝出金\n\n正规证券交易只能通过持牌券商的官方App进行。', senders: PASTE },
  { label: 'normal', text: '【12381】您近期接触的号码涉嫌“虚假投资理财”诈骗，请勿下载对方推荐的交易软件，勿向陌生账户转账。本短信无需回复。', senders: BULK_PORT },
  { label: 'normal', text: '[通话转写] 您好，我这边是云州市反诈中心。系统提示您今天下载了一款叫“鼎盛财富”的App，这是我们已经核实过的诈骗平台，您有没有往里面充钱？……还没充是吧，那太好了，您把它卸载了，对方再让您转账就别理。我们不会让您转账，也不要您的验证码。', senders: DESK },
  { label: 'normal', text: '各位嬢嬢叔叔，最近有人打电话冒充社保局，说养老金认证过期了要停发，喊你点链接或者交啥子“恢复费”。莫信！认证不要钱，在掌上12333刷个脸就行，不会弄的来社区找我。——网格员小陈', senders: FAMILY },
  { label: 'normal', text: '妈，银行的国债是在柜台或者手机银行里直接买的，根本没有要交“预约金”到个人账户这回事，那个自称“国债专员”的是骗子。你把他微信删了，明天我陪你去网点问清楚。', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: '各位学员：下周二的理财课暂停一次。近期有学员反映在公园遇到“免费领鸡蛋听讲座”，最后推销所谓“金交所定向融资”产品，年化12%，这类都不是正规渠道，请大家千万不要买。——老年大学 周老师', senders: CLERK },
  { label: 'normal', text: '提醒大家：最近骗子短信故意把“法院”写成“氵去院”，把“信用卡”写成“亻言用卡”，就是为了躲过拦截。看到这种拆开写的字，基本可以直接删掉。', senders: FAMILY },
  // ── "is this real?" with a genuine original quoted ──
  { label: 'normal', text: '小刘，帮我看看这条是真的不：“【澄江证券】恭喜您申购的新股中签1000股，请于今日16:00前保证资金账户余额充足。”我没买过新股啊？\n——阿姨，这是真的，您开户时开了自动申购，中签后系统从您自己的账户扣款，不用转给任何人。', senders: FAMILY },
  { label: 'normal', text: '闺女，我收着个信儿说“个人所得税App退税已到账”，没让我点啥，就说钱打卡里了，这是真的不？我一查卡里真多了三百来块。\n——爸，真的，去年你那个大病医疗我帮你填的，这是退回来的税，放心花吧。', senders: FAMILY },
  { label: 'normal', text: '[家庭群] 二叔：这条短信让认证养老金，是真的吗？“【人社】您的养老金领取资格认证即将到期，请通过掌上12333或到社区办理，认证免费。”\n堂妹：是真的，没有链接、不收费，我周末过去给您弄。', senders: PASTE },
  { label: 'normal', text: '[在线客服]\n客户 14:02：刚收到你们短信说我身份证过期要限制交易，是真的吗？\n客服小澄 14:03：您好，经查询您登记的证件确已过期，请在App“证件更新”中上传新证件，我司短信不会带链接。\n客户 14:05：好的，那我自己在App里弄。', senders: PASTE },
  // ── ordinary personal and work messages ──
  { label: 'normal', text: '老张，今天大盘又绿惨了，我那只白酒跌了三个点，算了不看了。晚上出来喝茶不？就楼下那家，我请。', senders: FAMILY, hours: AFTER_CLOSE },
  { label: 'normal', text: '小军啊，我跟你说个事儿，你别嫌我啰嗦。我跟你妈退休这些年，每个月的退休金加起来七千出头，除了买菜看病也没啥花销，攒了二十来万。以前我在证券公司开的户，零零碎碎买了几只股票，这几年一直套着，也懒得看了。楼下老王天天拉我去听什么养老项目讲座，送鸡蛋送挂面，我去了一回，人家说年化百分之十几，我心里直打鼓，没敢买。后来我去银行问了，柜台的姑娘说储蓄国债三年的一九三、五年的两厘，保本，就是得抢。我就买了十万的五年期，凭证在抽屉第二格里。剩下的存了定期。你有空回来帮我看看股票是卖了还是留着，我这眼神儿也看不清App上那些小字了。', senders: FAMILY },
  { label: 'normal', text: '[10:01] HR小吴：各位，企业年金本年度个人账户对账单已发到大家的邮箱\n[10:03] 老孙：收到\n[10:15] HR小吴：再提醒一下，企业年金要退休时才能领，有人打电话说能“提前领取”的都是骗子\n[10:16] 李姐：👍 收到', senders: PASTE },
  { label: 'normal', text: 'jm 我把上个月的基金定投停了 yhk里钱不够 零钱里还有点 先凑房租 等发工资再开回来', senders: FAMILY },
  { label: 'normal', text: '老公，我在手机银行开了个人养老金账户，今年先存了一万二，汇算的时候能抵个税。你要不也开一个？别在外面乱买那些说年化8%的。', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: '主任，明天上午我请半天假，去出入境大厅拍照办护照，下个月去新加坡开会要用。预约截图发您了，下午一点前回来。', senders: FAMILY },
  { label: 'normal', text: '{person}，过户材料我都备齐了：身份证、户口本、结婚证原件。税费那块登记中心说窗口刷卡就行，中介说让先把钱转给他代缴，我没同意，还是现场交吧，周四上午九点大厅见。', senders: FAMILY },
  { label: 'normal', text: '我想给12345打个电话投诉，小区楼下有人天天拉老人去听“养老投资讲座”，送鸡蛋送挂面，我妈都去三回了。你说是打12345还是直接打110？', senders: FAMILY, hours: AFTER_WORK },
  { label: 'normal', text: 'Hi Lily, my residence permit expires next month. The exit-entry office said I can book online and bring my passport, work permit and the housing registration form. No agent needed, right? Thanks!', senders: FAMILY, en: true },
  { label: 'normal', text: '新股中了！500股，明天记得留钱在账户里。', senders: FAMILY },
  { label: 'normal', text: '养老金到账了，这个月多了六十多。', senders: FAMILY },
  { label: 'normal', text: '国债买上了，五年的，凭证放抽屉里了，放心。', senders: FAMILY },
  { label: 'normal', text: '王总，明天下午两点的资金安排会改到三点，议题是闲置资金做国债逆回购和货币基金的比例，材料我今晚发您邮箱。', senders: CLERK },
  { label: 'normal', text: '[09:30] 【澄江证券】今日有新股可申购：华屹科技，申购上限5500股。\n[16:40] 【澄江证券】您申购的华屹科技配号10个，中签结果将于T+2日公布。\n[老伴的留言] 这俩短信我看着像真的，反正也不用交钱，等着看中没中吧。', senders: PASTE },
];

export const BLIND14_TEMPLATES: Template[] = [...NORMAL, ...BLIND14B_TEMPLATES];
