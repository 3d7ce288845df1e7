/**
 * BLIND24 held-out bank (thirty-first scam author): this file holds the normal messages,
 * blind24b.templates.ts the fraud and harassment; BLIND24_TEMPLATES joins them.
 *
 * Who and how: written in session 10, 2026-12-03, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-first author of a scam bank; another author wrote blind25 at the same time, and this
 * author did not open, grep or print that bank, not even its header). Written from general
 * knowledge of how card acquirers and 收单 firms (T+1 商户结算, 费率调整 under the 特约商户 agreement,
 * 终端 activation codes, 风控 holds on 提现 lifted in the official app), e-commerce seller platforms
 * (类目保证金 frozen inside the platform, 违规 and 下架 notices, 提现 to the bound 对公账户, 售后 and
 * 仅退款 rulings), food-delivery and 到店 platforms (weekly settlement, 活动报名, 差评 申诉, 核销),
 * banks (经营贷, 税贷 and 发票贷 with no up-front fee, lawful reminders, 结清, 续贷, 企业网银 U盾 and
 * 数字证书, 对公账户 年度核实 and 开户 面签, 代发工资), tax offices (电子税务局, 12366, 定额, 数电票,
 * 经营所得), social insurance for employers, 市场监管 (工商年报 in 国家企业信用信息公示系统, free of
 * charge; 移出经营异常; 食品经营许可; 12315 mediation), trademark agents, wholesale markets,
 * suppliers, customers, logistics lines, landlords of shops, 代账会计, franchisors and shop staff
 * write in 2025–2026; of the fraud scripts that imitate them (fake 年报 / 经营异常 penalties, fake
 * 税务稽查 and 发票 offers, fake 保证金 top-ups and 店铺 解封 fees, fake terminal upgrades asking for a
 * code, 刷单 and 好评 tasks for shops, 经营贷 with 手续费 or 验资, a fake boss in the 财务 group, a fake
 * supplier changing its account, fake 商标 renewals, fake customers' refund and 代购 scripts, fake
 * 企业征信 repair, 加盟 and 直播带货 returns, a rich "客户" as a lover, game trades among shop staff);
 * and of the debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without
 * consent, at most 6 unanswered call attempts a day per number, third parties only when the
 * debtor is unreachable and never pressed to pay or told the debt, no public notices, extra fees,
 * new loans to repay old ones, threats, insults, fraud, violence, spreading private information,
 * fake legal documents or impersonated courts, police or government).
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind24.templates.ts and blind24b.templates.ts; eval.types.ts, eval.generator.ts and
 * eval.metrics.ts (whole); a directory listing of eval/ (file names and sizes); blind23's header
 * and its sender and hour constants (with their one-line comments), blind23b's header and its
 * constant names, and the last 20 lines of blind22's header; a keyword grep over the other
 * template banks except blind24* and blind25* — match counts for 收单, POS, 商户, 个体户, 店铺,
 * 保证金, 工商年报, 经营异常, 税务, 发票, 电子税务局, U盾, 数字证书, 对公, 年检, 商标, 知识产权, 代账, 批发,
 * 货款, 对账, 外卖, 差评, 经营贷, 税贷, 加盟, 直播带货, 商会, 律师函, 好评, 刷单, 财务群, 老板, 供应商,
 * 终端, 费率, T+1, 结算, 解封 and 验资, and about 50 matching line fragments for 供应商, 店铺 and 商户 —
 * to avoid duplicating them; scam.types.ts (its first 80 lines: MessageInput, FraudType);
 * registry.fixture.ts; registry/institutions.json (each institution's id, name, signatures,
 * hotlines, ports, apps and domains, printed by a one-line script); the first lines of
 * registry/README.md; the first 80 lines of shared/facts/regulation.md; a listing of
 * shared/seeds/ with file sizes (no seed was read); the import lines among the first 40 lines of
 * eval.test.ts; the first 30 lines of bin/run-ts.js and the scripts block of package.json.
 * shared/SPEC.md was allowed but not opened. The analyzer's code, lexicons, rules, reason
 * catalogue, text model, training corpus and extra messages were NOT opened; nothing else under
 * src/, and no part of models/, scripts/, docs/, bench/, BENCHMARKS.md or the repository README,
 * was read; the analyzer, vitest, the tests and the benchmarks were NOT run; no search tool was
 * used on this repository and git was not used. The only runs were `npm run typecheck` and an
 * expansion check outside the repository (/tmp/blind24-check/check.mts, run with bin/run-ts.js:
 * generateEvalSet for 'blind24' and the other splits) for counts by label, fraud type, sender
 * kind and hour, for unreplaced placeholders, for generated texts duplicated across this bank's
 * templates or equal to one in any other split (blind25 as a count only, its texts never printed
 * or read), and for character-bigram Jaccard similarity (every template below 0.5; the highest
 * was 0.47, nothing needed rewriting) against every template of dev, test, blind to blind23 and
 * train8 to train12, and between this bank's own templates (highest 0.35); plus a one-off helper
 * (/tmp/blind24-check/urls.mts) that listed this bank's templates whose {url} could expand empty
 * or whose links were unused.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): MERCHANTS, SHOP OWNERS AND SMALL BUSINESSES.
 * Genuine traffic (this file): an acquirer's T+1 settlement, a 费率 change under the signed
 * agreement with free termination, a terminal activation code with 请勿告知他人, a 风控 hold on
 * 提现 lifted by uploading 进货单 in the app, an 装机员 swapping a terminal for free, a 收款码 daily
 * total late at night, a voice box's "到账"; seller platforms' 保证金 rules (frozen inside the
 * platform, never paid to a person), a 违规 下架 notice, a 提现 to the 对公账户, a 仅退款 ruling, a
 * seller's reply to a buyer, a 运营 group rule against private transfers, a 商家后台 login code;
 * food-delivery settlement, 活动报名 that costs nothing, a 差评 申诉 with no paid deletion, a
 * 团购 核销; banks' 税贷 and 发票贷 with no fee, 经营贷 instalments, a lawful 逾期 reminder and a
 * 贷后 call with a 工号, 结清, 续贷 with a warning against 过桥, 企业网银 U盾 renewal and a PIN lock,
 * a transfer code, 对公 年度核实, 开户 面签, 代发工资, a cash deposit, a 24-hour account freeze after
 * wrong passwords; tax notices (申报期, 数电票 额度, 定额 below the threshold), 社保 for employers,
 * a 代账会计 who warns about fake 税务 WeChats; 工商年报 free in the 公示系统, 移出经营异常 free, 食品
 * 经营许可 延续, 12315 mediation, a licence change; a trademark agent's reminder naming the 官费, an
 * owner who checked a 商标 "抢注" call and ignored it; wholesale-market dawn deliveries, monthly
 * 对账, 货款 to the 对公账户, a supplier's account change confirmed by a call to the contract's
 * landline, a supplier abroad saying its account has NOT changed, logistics 到付; shop WeChat
 * groups (盘点, 工资, a boss who says he never asks for transfers in the group), a cashier who
 * refused a "friend of the boss", a night shift closing up, a supplier checking an account change
 * by the shop's landline; shop landlords (a lawful rent reminder, a card change said in person, a
 * repair deducted from rent); franchisor and 直播 team notices; warnings from an acquirer, the
 * 反诈中心, a 商会 group, a community policeman and 消防 inspectors; "is this real?" questions
 * about 经营异常 and 虚开发票 texts. Voices: shop owners' voice-to-text without punctuation, a
 * market vendor's long run-on, Cantonese (老细, 啲, 咗), Northeastern (老妹儿, 整, 岔劈) and
 * Shanghainese (侬, 阿拉, 伐) flavours, a 老版 typo, emoji from a clothes shop, staff and family
 * late at night, English from a warehouse in Ontario, a supplier in Vietnam, an expatriate
 * customer, a counsel's office, a seller hub and a bank. Many normals use scam vocabulary
 * lawfully (验证码 and 动态码 with 请勿告知他人, 冻结 after wrong passwords and 风控 holds, 逾期 in
 * lawful reminders, 征信 in 结清 notices, 保证金 / 押金 named only to say they are never charged or
 * stay frozen in the platform, 经营异常 and 罚款 only to warn, 转账 between family and to the 对公账户)
 * and come from unregistered bulk ports, mobiles, landlines, foreign numbers or no sender.
 */
import type { Template } from './eval.types.js';
import { BLIND24B_TEMPLATES } from './blind24b.templates.js';

/** A registered bank, wallet or lender texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Acquirers, seller and delivery platforms, tax, 社保, 市场监管 and logistics not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A bank's account manager, an accountant, a supplier's or landlord's office on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Group posts, screenshots, paper letters, call records and chats pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Owners, staff, family, customers and drivers on their own phones (or pasted). */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** A registered institution's notice sent through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Suppliers, warehouses and relatives abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Shops closing, staff and family late at night. */
const LATE = [21, 22, 23, 0];
/** Wholesale markets and deliveries at dawn. */
const DAWN = [4, 5, 6, 7];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 6, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // — card acquiring, 收单, terminals and 收款码 —
  { label: 'normal', text: '{sig}商户结算通知：您的商户（编号尾号{tail}）{date}的刷卡及扫码交易已完成T+1结算，净额{amt}元已划入绑定的对公账户，手续费按协议费率扣收，逐笔明细请在{app}“商户服务-结算记录”或官网查看：{url}', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '【通汇收单】尊敬的特约商户：依据双方签订的《银行卡受理协议》，自{date}起借记卡手续费率维持0.5%（封顶20元）不变，贷记卡由0.55%调为0.6%。如不同意调整，可在30日内到签约网点书面申请终止协议，不收违约金。本司不会因费率调整电话索要验证码或要求下载任何软件。', senders: BULK },
  { label: 'normal', text: '{sig}您正在激活智能POS终端（SN尾号{tail}），激活码：{code}，10分钟内有效。激活码只需由您本人在终端屏幕上输入，装机人员和客服均不会索要，请勿告知他人。', senders: VENDOR_OR_OWN, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的收款商户近期出现多笔夜间异地大额收款，已触发风险核查，暂停提现但不影响正常收款。请在{app}“商户中心-风险核查”上传近一个月进货单及门头照片，审核通过后自动恢复提现，全程免费，不存在“解冻金”。', senders: OWN_PORT },
  { label: 'normal', text: '老板您好我是开户行收单部装机的小郑 明天上午十点左右到店把您那台旧刷卡机换成新的扫码盒子 旧的我带回去 不收任何钱 到时候您自己用手机登商户App扫一下绑定 密码您自己输别告诉我', senders: STAFF },
  { label: 'normal', text: '{sig}您的商家收款码{date}共收款86笔，合计{amt}元，已按约定自动结算至尾号{tail}的账户，如有疑问请致电{hot}。', senders: OWN_PORT, hours: [22, 23] },
  { label: 'normal', text: '到账提醒：收款码今日第37笔，到账二十六元五角', senders: ['none'] },
  { label: 'normal', text: 'Merchant payout for {date}: CNY {amt} has been credited to your business account ending {tail}. Fees follow your acquiring agreement. Questions: {hot}. Our staff never ask for your terminal password or activation code.', senders: OWN_LINES, en: true },
  { label: 'normal', text: '{sig}商户安全提醒：近期有人冒充收单机构以“POS机升级”“费率恢复优惠”为名打电话，索要短信验证码或让商户下载远程软件。本机构终端升级均为自动推送，不会电话索要验证码，核实请在{app}内联系客服、拨打{hot}或查看官网公告 {url}', senders: OWN_PORT, links: ['official'] },

  // — e-commerce seller platforms —
  { label: 'normal', text: '[青禾商家中心·规则说明] 类目保证金只会在您店铺绑定的支付账户内冻结，不需要向任何个人或“专员”账户转账补缴；店铺关闭且售后期结束后，保证金满30天自动解冻退回原账户。', senders: PASTE },
  { label: 'normal', text: '[商家中心·违规处理] 您的商品“加厚冲锋衣（ID尾号{tail}）”主图含“全网最低价”等绝对化用语，已作下架处理，本次不扣分。修改后可重新提交上架；如有异议可在“店铺体检-违规记录”中申诉。平台小二不会私下联系您收取任何解封费用。', senders: PASTE },
  { label: 'normal', text: '【拾趣小店】您发起的货款提现{amt}元已受理，预计1-3个工作日到达店铺绑定的对公账户（尾号{tail}）。更换提现账户须由店铺主账号在电脑端完成法人人脸认证。', senders: BULK },
  { label: 'normal', text: '亲 您这单物流显示已签收在小区驿站 您说没拿到 我这边已经在后台帮您发起了“物流异常”申诉 平台会找快递核实 确实没收到会原路全额退给您 不用加我私人微信也不用点什么链接哈', senders: PASTE },
  { label: 'normal', text: '[平台介入结果] 订单尾号{tail}：买家申请“仅退款”，经核实商品已签收且未提供质量问题凭证，平台判定驳回，该笔货款{amt}元将按正常结算周期进入您的店铺账户。', senders: PASTE },
  { label: 'normal', text: '[店铺运营群] 客服组注意：今天开始凡是买家私聊说“加个微信直接转你便宜点”或者“改地址先转运费”的一律拒绝，统一让他在订单页操作，谁私下收款被平台抓到店铺要扣分的。', senders: PASTE },
  { label: 'normal', text: '老版 后台提示类目保证金还差两千 我看了是从店铺支付宝余额里直接冻结的 不用转给谁 你有空在电脑上点下确认就行', senders: FOLK },
  { label: 'normal', text: '【青禾商家中心】验证码{code}，您正在新设备登录商家后台，5分钟内有效。请勿告知他人，平台工作人员不会向您索要。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: 'Hi, this is Amy from the 3PL warehouse in Ontario. Three cartons of your SKU ending {tail} arrived crushed, photos are in the portal. We already filed the carrier claim; all we need from you is the replacement quantity by Friday.', senders: ABROAD, en: true },
  { label: 'normal', text: 'Your store payout of CNY {amt} for the week of {date} has been sent to the bank account on file. See Seller Hub > Finance for the statement. We never ask sellers to pay a fee to release funds.', senders: BULK, en: true },

  // — food delivery and 到店 —
  { label: 'normal', text: '【快饭商家版】您的门店{date}结算周期外卖收入{amt}元已结算至门店账户，佣金与配送服务费明细可在商家版App“财务-账单”查看，如对账单有疑问可在App内发起对账申诉。', senders: BULK },
  { label: 'normal', text: '【快饭商家版】“夏日满减节”报名已开启：门店自行设置满30减5及以上档位，补贴按活动页标注比例由平台与门店分担，报名免费，截止{date}。不参加可忽略。', senders: BULK },
  { label: 'normal', text: '【探味商家版】您的门店新增1条1星评价。如认为该评价恶意或与消费无关，可在商家后台“评价管理-申诉”提交证据，平台3个工作日内审核。平台不提供、也不授权任何人提供付费删评。', senders: BULK },
  { label: 'normal', text: '老板 今晚外卖单爆了出餐慢 有个顾客催了三回说要差评 我给他补送了一瓶酸梅汤 他说不差评了 你明天看看后台', senders: FOLK, hours: LATE },
  { label: 'normal', text: '【探味商家版】团购券（尾号{tail}）已在本店核销，“双人铜锅涮肉套餐”收入将随下周结算入账。如非本店操作，请尽快修改店员子账号密码。', senders: BULK },
  { label: 'normal', text: '张姐我说一下那个平台的业务经理今天来店里了说咱们店可以报那个神券活动 我问了不收钱 就是每单让利两块 我没签等你回来定', senders: FOLK },

  // — banks: 经营贷, 税贷, 发票贷, reminders —
  { label: 'normal', text: '{sig}尊敬的个体工商户：根据您的纳税信用情况，您可在{app}申请“税易贷”，额度最高30万元，年化利率3.6%起，随借随还、按日计息。申请全程线上，无任何手续费，放款前不收保证金，也不会要求向个人账户转账验资。产品说明：{url}', senders: OWN_PORT, links: ['official'] },
  { label: 'normal', text: '{sig}您的经营贷（借据尾号{tail}）本期应还{amt}元，还款日{date}，请在当日前存足还款账户。如经营暂时困难，可致电{hot}咨询调整还款计划。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您好，您的经营性贷款已逾期3天，应还{amt}元，请尽快通过{app}或到网点归还。逾期将按合同计收罚息并如实报送征信。如有异议请致电{hot}，本行不会通过任何个人账户收款。', senders: OWN_PORT, hours: [10, 14, 16] },
  { label: 'normal', text: '李老板您好，我是支行对公客户经理小吴。您上次问的发票贷，我们是按近12个月开票额核额度的，需要您在电子税务局里点一下“授权查询”，税务密码不要给我也不要给任何人。利率3.45%，不收中介费，您有空到行里面签就行。', senders: STAFF },
  { label: 'normal', text: '{sig}您的经营贷款（借据尾号{tail}）已于{date}全部结清，结清证明可在{app}下载，征信记录将在下一个报送周期更新。', senders: OWN_PORT },
  { label: 'normal', text: 'Dear client, your SME working-capital line of CNY 200,000 has been approved at 3.9% p.a. Funds go straight to your company account after you e-sign in the app. No fee of any kind is payable before drawdown.', senders: OWN_PORT, en: true },
  { label: 'normal', text: '{sig}您的经营贷授信将于{date}到期，如需续贷，请在到期前15日内通过{app}上传近6个月经营流水。本行不提供、也未委托任何中介提供“过桥垫资”，请勿轻信代办。', senders: OWN_PORT },
  { label: 'normal', text: '（通话记录）您好，我是{name}的贷后专员，工号{code}，跟您确认一下经营贷还款的事……您这笔逾期12天了，今天方便安排吗？……好的，您说下周三货款回笼后还，我给您备注上，到时在{app}里还就行，有疑问打{hot}。打扰您了。', senders: OWN_LINES, hours: [10, 11, 15] },
  { label: 'normal', text: '{sig}您尾号{tail}的对公账户{date}现金存入{amt}元，当前余额请以网银或柜面为准。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}代发工资：贵单位{date}提交的代发工资87笔、合计{amt}元已全部入账，失败0笔，明细请登录企业网银查询。', senders: OWN_PORT },

  // — 企业网银, U盾, 数字证书, 对公账户 —
  { label: 'normal', text: '{sig}贵单位企业网银数字证书（U盾）将于{date}到期，请法人或授权经办人携U盾到开户网点，或登录企业网银“证书管理”自助更新，更新免费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}按账户管理要求，贵公司对公账户（尾号{tail}）需完成年度信息核实。请于{date}前在企业网银上传最新营业执照，或携公章到开户网点办理；未按期核实的账户将暂停非柜面业务，补核后即恢复。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您的企业网银U盾密码连续输错6次已锁定，账户资金不受影响。请经办人携U盾和身份证原件到开户网点解锁，不收取费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您正通过企业网银向尾号{tail}账户转账{amt}元，动态码{code}。请先核实收款方，任何人索要动态码都是诈骗，请勿告知他人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '刘总，今天要付佳美包装的货款{amt}元，我已经在网银里做了制单，需要您用复核U盾审批，您回公司插电脑上点一下就行。', senders: STAFF },
  { label: 'normal', text: 'Note from the finance desk: please do not lend the company U-key to anyone, "bank staff" included. The bank renews digital certificates for free at the branch counter.', senders: PASTE, en: true },
  { label: 'normal', text: '{sig}您预约的对公账户开户已受理，请法定代表人本人于{date}携营业执照正本、公章、财务章和身份证原件到网点面签，开户免收工本费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的商家账户因登录密码连续错误5次已临时冻结24小时，资金安全不受影响，到时自动解除；也可在{app}通过人脸识别立即解冻。', senders: OWN_PORT, hours: ANYTIME },

  // — tax, 社保, 市场监管 —
  { label: 'normal', text: '【市税务局】温馨提示：本月增值税及附加税费申报期截至15日，个体工商户请通过电子税务局或个人所得税App办理经营所得申报，逾期申报将依法处理。咨询请拨12366。', senders: BULK },
  { label: 'normal', text: '张会计你好 我那个个体户的经营所得汇算是不是三月底前要报 电子税务局里有个待办一直亮着 你帮我看下要我干啥 要刷脸我自己来', senders: FOLK },
  { label: 'normal', text: '王总，本月进项票都勾选确认完了，增值税应缴{amt}元已在电子税务局申报，三方协议会自动从对公户扣，账上留够钱就行。另外最近有人冒充税务局打电话让加微信“补缴罚款”，税务局不加微信收钱，别理。', senders: STAFF },
  { label: 'normal', text: '老板上周那批货的专票麻烦开一下 抬头税号我发你微信了 开好发我邮箱 电子的也行', senders: FOLK },
  { label: 'normal', text: '【税务】贵单位已使用全面数字化的电子发票，如需提高开票额度，可在电子税务局“发票额度调整申请”中自行申请。税务机关不会通过短信链接或电话收取任何“升级费”“认证费”。', senders: BULK },
  { label: 'normal', text: '【社会保险】贵单位{date}社会保险费已申报，应缴{amt}元，将于本月20日前从签约账户划扣。新入职员工请在30日内办理参保登记。', senders: BULK },
  { label: 'normal', text: '老板我这个月刚来 社保是这个月就开始交吗 人事说要身份证复印件 我放收银台抽屉里了', senders: FOLK },
  { label: 'normal', text: '刘姐，新来的两个店员我已经在单位社保费客户端里做了增员，下个月一起扣，个人部分从工资里代扣，明细我微信发您。', senders: STAFF },
  { label: 'normal', text: '【税务事项通知书】（定额核定）经营者{person}，经营地址城南批发市场B区，核定月经营额未达增值税起征点，本期无需缴纳增值税。实际经营额变化的，请在次月申报期如实申报。', senders: PASTE },
  { label: 'normal', text: '【市场监管】温馨提示：企业和个体工商户年度报告填报时间为1月1日至6月30日，请登录国家企业信用信息公示系统自行填报。年报免费，无需委托任何机构付费代办。', senders: BULK },
  { label: 'normal', text: '各位老板，工商年报6月30号截止，在公示系统里报，不要钱。我代账的客户都帮大家报好了，没报的把营业执照拍给我。收到啥“经营异常罚款”的短信先发给我看，链接别点。', senders: PASTE },
  { label: 'normal', text: '哥你看这条是真的不 说我那个个体户没报年报要被列经营异常 叫我加一个微信处理 我觉得不对头', senders: FOLK },
  { label: 'normal', text: '【市场监管】您的企业已补报年度报告，经审核已移出经营异常名录，相关信息在国家企业信用信息公示系统公示。移出不收取任何费用。', senders: BULK },
  { label: 'normal', text: '【市场监管】您的食品经营许可证将于{date}到期，请在有效期届满30个工作日前通过政务服务网提出延续申请，办理免费。', senders: BULK },
  { label: 'normal', text: '【12315】消费者对贵店的投诉（编号尾号{tail}）已转属地市场监管所调解，请在7个工作日内提交情况说明。调解不收取任何费用。', senders: BULK },
  { label: 'normal', text: '【政务服务】您提交的个体工商户变更登记（经营范围）已核准，电子营业执照已同步更新，可在“电子营业执照”小程序下载，本次办理不收费。', senders: BULK },
  { label: 'normal', text: '李会计 你看下这条 说我店涉嫌虚开发票要稽查 让我下个什么税务App配合 是真的假的啊', senders: FOLK },

  // — trademarks —
  { label: 'normal', text: '商标续展提醒函：贵司第35类注册商标将于{date}期满，续展可在期满前12个月内自行通过国家知识产权局商标网上服务系统提交，官费500元直接向国家知识产权局缴纳；如委托本所代理，代理费另签合同并由本所开票。本函仅为提醒，不构成付款要求。', senders: PASTE },
  { label: 'normal', text: '刚有个人打电话说咱们的商标被人抢注了要交三千块保护费 我上商标局网站查了 商标好好的 就是吓唬人 你在店里接到这种电话也别理', senders: FOLK },
  { label: 'normal', text: 'Hi Mr. Chen, our associate in Shenzhen confirms CNIPA has accepted your trademark application. The official fee was already covered by our invoice from March, so nothing is due now. We will write again when the examination result is out.', senders: ABROAD, en: true },

  // — wholesale, suppliers, customers, logistics —
  { label: 'normal', text: '王老板 今早的菜到了 给你放三号档口了 土豆两百斤白菜一百五 钱还是月底一起对账', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '陈总您好，这是{date}的月度对账单：本月发货7车，货款合计{amt}元，已付{amt}元，余款请在月底前转入合同约定的我司对公账户，账号以合同为准。核对无误请回复确认。', senders: STAFF },
  { label: 'normal', text: '（电话记录）我：喂，李经理吗？我城南五金小王。你们昨天发函说换了收款账户？\n对方：对，换到本地农商行了，函上盖了公章，你按合同上的座机打过来确认就对了。\n我：行，那这期货款我按新户转，以后再有人说换账户我都先打这个座机。', senders: PASTE },
  { label: 'normal', text: '老板明天给我店里送二十箱矿泉水十箱可乐 钱还是老规矩送到了扫码', senders: FOLK },
  { label: 'normal', text: '张经理，货款{amt}元已从我司对公户转到贵司对公账户，回单截图发您了，麻烦查收后开票。', senders: STAFF },
  { label: 'normal', text: '【远途物流】您的货物（运单尾号{tail}）已到城东专线仓，共12件，请持提货单到仓库自提，到付运费{amt}元在仓库窗口付款并开票，司机不另收任何费用。', senders: BULK },
  { label: 'normal', text: '师傅我到你们批发市场东门了车进不去 你叫个人出来卸货 到付的运费单子在我这 你们看着给', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '各位客户老板：受纸浆涨价影响，下月起A4复印纸每箱上调3元，已下的单按原价走。货款照旧打公司账户，不要转我个人。', senders: STAFF },
  { label: 'normal', text: 'Dear Mr. Li, a quick note: our bank details have NOT changed. If any e-mail asks you to pay a new account, please call my office line before you pay anything. Best regards, Sarah, Hoa Binh Ceramics', senders: ABROAD, en: true },
  { label: 'normal', text: '陈姐 刚刚有人用你的头像加我说你们换了收款账户 我打你店里座机问一下 你们真换了吗 没换我就还转原来那个公户', senders: FOLK },
  { label: 'normal', text: '喂老李啊我跟你说市场管理处今天贴了通知下个月摊位费涨到一千二一个月还是到管理处窗口交开收据的那些在手机上说交了打八折的你别信我上回差点就信了', senders: FOLK },
  { label: 'normal', text: '明早六点的货别忘', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '快递柜满了 件放你店门口了 记得收', senders: FOLK },

  // — shop staff, family, landlords —
  { label: 'normal', text: '[门店工作群] 店长：今晚盘点，收银机现金点完放保险柜，备用金留五百，明早班的把昨天营业额截图发群里。', senders: PASTE, hours: [21, 22] },
  { label: 'normal', text: '[门店工作群] 老板：工资明天直接打到各位工资卡。再说一遍，我不会在群里让任何人转钱，要付货款我当面或者打电话讲，群里有人冒充我就截图发我。', senders: PASTE },
  { label: 'normal', text: '老板刚才有个人打店里电话说是你朋友 让我从收银台拿两千给他 说你同意了 我没给 你方便回我个电话', senders: FOLK },
  { label: 'normal', text: '姐我下班了 卷帘门锁好了钥匙放老地方 今天微信收了三千四现金八百多 明细明天给你', senders: FOLK, hours: LATE },
  { label: 'normal', text: '爸 店里下季度房租我刚转你卡上了 你明天交给房东 记得让他写个收条', senders: FOLK, hours: LATE },
  { label: 'normal', text: '老公 供货的老周来电话说货款还差一点 我问账号他说还是原来那个 我就按原来的转了 你别操心', senders: FOLK },
  { label: 'normal', text: '【商铺租赁】{person}您好，您承租的步行街12号铺位下季度租金{amt}元，请于{date}前转入合同约定的出租方账户。逾期按合同每日万分之五计违约金，对金额有疑问请到物业办公室核对。', senders: STAFF },
  { label: 'normal', text: '小刘 下个季度开始房租转到我爱人那张卡 我下午到店里当面跟你说 签个补充协议 在这之前谁发消息说换卡都别信', senders: FOLK },
  { label: 'normal', text: '房东大哥 店里空调漏水我找人修了 花了两百 发票拍你了 下个月房租里扣行不', senders: FOLK },
  { label: 'normal', text: '老细 今日啲货到咗未呀 我下昼过嚟攞 钱照旧转去公司个户口', senders: FOLK },
  { label: 'normal', text: '老妹儿 你店里的冻货给我整二十斤 明儿一早我去拿 钱微信给你转 别整岔劈了啊', senders: FOLK, hours: LATE },
  { label: 'normal', text: '阿姨 侬店里厢个发票开好伐 阿拉公司报销要用个 抬头我发侬微信了', senders: FOLK },
  { label: 'normal', text: '姐妹们店里上新啦🎉秋冬毛衣到了 老顾客进店九折 不用提前转账 来店里试穿满意再买哈😘', senders: ['unknown_port', 'mobile'] },
  { label: 'normal', text: '老板 昨天在你店里买的电饭煲插上不亮 今天拿过来换一个行吗 小票还在', senders: FOLK },
  { label: 'normal', text: 'Hi, I ordered 30 cupcakes for Saturday. Can I pay the deposit at the counter instead of by transfer? Thanks, Julia', senders: ['mobile'], en: true },
  { label: 'normal', text: 'Boss, the POS guy came and swapped the terminal. He didn\'t ask for any code or money, I just logged in with the shop account myself. Receipt is in the drawer.', senders: FOLK, en: true },

  // — franchise, 直播, insurance, inspections, warnings —
  { label: 'normal', text: '【禾茶加盟总部】各位加盟商：下月起物料统一上调3%，订货仍在订货系统下单，货款付到总部对公账户。总部任何人都不会让你们付到个人账户，也没有所谓“续约保证金”。', senders: BULK },
  { label: 'normal', text: '[直播运营群] 今晚八点开播 主推紫砂壶 库存两百件 主播照脚本讲 别说“全网最低”会被判违规 场控盯着评论区 有人刷外链的直接踢', senders: PASTE, hours: [19, 20] },
  { label: 'normal', text: '【远帆财险】您的商铺财产险（保单尾号{tail}）将于{date}到期，续保可在本公司官方公众号办理，保费直接付给保险公司，业务员不会让您转到个人账户。', senders: BULK },
  { label: 'normal', text: '各位商户：本周四下午街道联合消防检查，请提前看看灭火器有效期，通道别堆货。检查不收费也不推销灭火器，有人上门卖的一律别买。', senders: PASTE },
  { label: 'normal', text: '【反诈中心】商户朋友请注意：自称老板、财务群里让你转账的，自称平台让你交保证金解封店铺的，都是诈骗！转账前请当面或电话核实，可疑情况请拨96110。', senders: BULK },
  { label: 'normal', text: '[商会群] 提醒各位会员：最近有人假冒市场监管局打电话，说年报逾期要罚款，让扫码交钱。年报免费，监管部门不会电话收罚款，大家互相转告一下。', senders: PASTE },
  { label: 'normal', text: '各位商户好，我是辖区派出所社区民警，这两天在市场里发反诈传单，重点讲两个：“刷好评返现”和“店铺保证金补缴”都是骗局。有拿不准的直接来市场二楼警务室找我。', senders: PASTE },
  { label: 'normal', text: '{sig}您的POS经营贷本期已逾期，请于3日内还款{amt}元，可在{app}操作。我们不会联系您的供应商、客户或房东，确有困难可申请延期。', senders: OWN_PORT, hours: [10, 15] },
];

export const BLIND24_TEMPLATES: Template[] = [...NORMAL, ...BLIND24B_TEMPLATES];
