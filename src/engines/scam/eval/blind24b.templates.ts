/**
 * BLIND24 held-out bank, second part: fraud and harassment. Written with blind24.templates.ts by
 * the same independent (thirty-first) author in session 10, 2026-12-03; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here, applied in this order.
 * (1) A victim's or a member of staff's own retelling of a scam they are in (a plea, a chat, a
 *     call record) is labelled by that scam; a victim's retelling of illegal collection is
 *     harassment. A warning written by a bank, an acquirer, a platform, a 商会, an accountant, the
 *     police or a relative, and an "is this real?" that only describes a message, are normal
 *     (first file).
 * (2) A lover or would-be partner (a rich "客户" who flirts with the owner, a dating-site match)
 *     who leads to money — an investment app, customs fees for a gift, a 保证金 — is `romance`,
 *     whatever the bait.
 * (3) A message posing as a named state body — 市场监管局 / 市场监督管理局, 税务局 and its 稽查局,
 *     电子税务局 and 12366, 公安 and 经侦, 法院, 国家知识产权局 / 商标局, 人社局 and 社保, 消防, 食药监 —
 *     that asks for a fine, a fee, a card, a code, an app or a transfer is
 *     `impersonating_authority`: fake 年报 and 经营异常 penalties, fake 稽查, fake 退税, fake 商标
 *     注销 threats (rule 11's collector case excepted).
 * (4) Any offer of credit (经营贷, 税贷, 发票贷, POS 贷, 装修贷, 续贷 过桥) that wants a fee, 激活费,
 *     验资, 解冻金, 流水包装费, 点位费 or a "repayment test" before or instead of paying out is
 *     `fake_loan`.
 * (5) Removing 逾期 from a personal 征信, deleting 经营异常, 行政处罚 or 失信 records from a business's
 *     credit file, or "注销" old loans, for a fee, by anyone NOT posing as a state body, is
 *     `fake_credit_repair`.
 * (6) A message posing as the company that holds the merchant's own account, terminal, store or
 *     shipment — the acquirer (终端 升级, 费率 恢复 asking for a code), the seller or delivery
 *     platform (保证金 top-ups to an account, 店铺 解封 fees, 下线 threats, refund "通道激活"), the
 *     bank (企业网银 证书 "updates", 收款码 认证), the logistics firm (lost-parcel 理赔 with screen
 *     sharing) — about that account is `fake_customer_service`.
 * (7) A boss, 财务 group member, accountant, partner, supplier, landlord, store manager, relative
 *     or regular customer on a new number, a look-alike group or a borrowed phone who asks for
 *     money or announces a new account is `impersonating_acquaintance` (a fake supplier changing
 *     its account belongs here).
 * (8) Paid tasks — 拍单 / 补单 to boost a store, 好评, 点评 打卡, likes and follows, 收藏加购, signing
 *     for empty parcels — with a top-up, 会员费 or 垫付 are `brushing_rebate`, even when framed as a
 *     platform "扶持计划".
 * (9) A promised return on money — 托管加盟 with fixed 分红, 直播间 货品份额, 供应链 垫资, 冷库 shares,
 *     共享设备 "合伙人", 商圈积分, store NFTs, stock tips, cross-border store funds — is
 *     `fake_investment`.
 * (10) Game accounts, skins, coins and point cards, and a staff member's game sale or purchase, are
 *     `game_trading`. A good or paid service never delivered — clearance stock, used equipment,
 *     cheap POS machines for an 激活费, 代运营, a 外卖 store transfer, wholesale phones or liquor, an
 *     advertising slot — is `fake_shopping`.
 * (11) Everything else is `other`: fake customers (an "overpaid" deposit to refund, a banquet
 *     booking that needs liquor bought from a named 酒行, a fake transfer screenshot for goods
 *     taken away), 评选 and 牌匾 fees, 企业黄页 "maintenance" fees, 补贴 links from a nameless
 *     "中心", a staff job with an 押金, a rider's "私了" demand.
 * Harassment: a collector or its agent for the merchant's own loan (经营贷, POS 贷) — even a
 * registered lender's own port, even in plain words — who contacts between 22:00 and 08:00;
 * rings past six attempts; tells or presses suppliers, customers, staff, the landlord, the 商会,
 * the market office, the spouse or the parents; posts in merchant groups or on the shutter; adds
 * 上门费 or 催收服务费; pushes a new loan to repay the old one; threatens to sit in the shop,
 * violence or shame; insults; or sends fake 律师函, court, 执行 or 仲裁 notices, or poses as the
 * police, about that debt (the tell against rule 3 is that it presses repayment of the victim's
 * own debt to the lender rather than a fine or a fee to an unrelated account).
 */
import type { Template } from './eval.types.js';

/** Bulk ports, virtual numbers and throwaway mobiles. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** One person's phone. */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Numbers that look like an institution's: look-alike 95/96 and 400 numbers, prefixed short codes, desk lines. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'prefixed', 'unknown_landline', 'mobile'];
/** Pasted chats, group posts and call records with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Mixed: a bulk port, a mobile or pasted. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas and virtual numbers. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** Official-looking senders for frauds posing as a platform or a state body. */
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'none'];
/** A registered lender's own channels used by its collectors. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** A collection agency's desk lines, mobiles and virtual numbers. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
/** 22:00–08:00. */
const NIGHT = [22, 23, 0, 1, 2, 6, 7];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];

const FRAUD: Template[] = [
  // — brushing_rebate —
  { label: 'fraud', type: 'brushing_rebate', text: '【店铺扶持计划】新店没流量？加入商家互助群，每天帮同行店铺拍单冲销量，一单佣金20-60元，本金10分钟返还。首单先垫付{amt}元，连做三单解锁高佣任务，对接客服：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '招兼职好评师：给指定外卖店铺写五星带图好评，一条8元日结。先交98元会员费进任务群，做满十单会员费全退。', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '我开服装店的 朋友拉我进了个“商家互评群” 说大家互相下单冲销量 前两单都返了本金加佣金 第三单要连做五单一共两万八 做完又说我操作超时要再充一万解冻 现在钱提不出来咋办', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '[店员兼职群] 下班后手机就能做：给直播间点赞关注，每个任务3元，满50可提现。想接大单的先在任务平台充值做垫付单，充500返650，充2000返2800，名额有限先到先得', senders: MIXED },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我是{other}的运营，看到您家小店评分偏低，我们可以安排“真实买家补单”提升权重：您先在我们给的链接下单垫付货款，不用发货，每单返还本金加8%服务费。扫码进群对接：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '【本地生活兼职】帮商家在地图App打卡写点评，一单返现12元。每单需先用自己账户给商家“预付消费”，平台确认后连本带佣返还，新手首单100元，之后由任务系统派单。下载任务App：{url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: 'Side income for shop owners: boost your store ranking with "merchant-to-merchant orders". Pay for a task order and get the principal back plus 12% within 10 minutes. Starter task CNY 200, VIP tasks from CNY 3,000. Join: {url}', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '驿站老板您好，我们是电商“空包补单”服务商，您只需代签空包裹并在App里点确认收货，每单给您3元。接单前要先充500元押金进系统，每天结算，做得多押金还能升级。', senders: PERSONAL },
  { label: 'fraud', type: 'brushing_rebate', text: '（通话记录）对方：王老板您好，我们做店铺代运营的，现在有个免费的“商家权重任务”，您在我们给的链接拍几单，本金加佣金马上退。\n我：要先付钱啊？\n对方：垫付的本金系统自动返，第一单才一百多，做到第三单佣金翻倍。', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '姐你店里不忙的时候可以接这个 给网店刷收藏加购 一个两毛 我昨天提了四十 今天他们说要升高级会员才能接垫付单 要交688 你说我交不交', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '【{other}商家学院】您已获得“好评任务官”资格：每天按派单在指定店铺下单并五星好评，系统返佣金15%。开通任务权限需先缴纳{amt}元任务保证金，做满30单连同佣金一起退还。{url}', senders: BULK_BAD, links: BAD_LINKS },

  // — fake_investment —
  { label: 'fraud', type: 'fake_investment', text: '【鲜饮托管加盟】零经验当老板！投6.8万托管一家奶茶店，总部派人运营您不用到店，每月固定分红8000元，8个月回本，合同保本。名额仅剩3个：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '直播带货合伙人招募：投3万认购直播间“货品份额”，主播每卖一件你分一份利润，收益日结，昨天合伙人平均到账460元。扫码进合伙人群看流水：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '老板们看过来：我们给大型商超的供应商做垫资，资金占用7天，每期收益4%，一万起投，合作三年零逾期。有闲钱的私聊我，打款到项目公司账户{acct}。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '我在商会群里认识个“理财老师” 让我跟他买跨境电商的“店铺收益权” 投五万每天返一千 前十天都返了 我追加到三十万以后平台就提不了现 说要先交20%个税才能提 这是不是骗子', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: '【商户财富群】内部消息：某新能源股明日涨停，VIP学员已提前布局。入群费1888元，跟老师操作月收益30%以上，不赚全退。下载专用交易App：{url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '老板您好，我们在店里免费放共享充电宝，您也可以自购设备当“渠道合伙人”：每台680元，平台统一运营，每台每天返收益12元，三个月回本后纯赚。下单入口{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '【商圈通证】本地商户专享：店铺流水可兑换商圈积分，积分每天自动升值1.2%，随时可卖回平台兑现，已有2000家商户参与。开户入口：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: 'Dear business owner, our cross-border e-commerce fund pays a fixed 2% weekly on your stake in the online stores we operate. Minimum USD 5,000, principal guaranteed, withdraw any time. WhatsApp our advisor: {phone}', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'fake_investment', text: '我们预制菜项目现在开放“供应链股东”名额 投一万每天返息150 三十天后本金退回 老板们拿闲钱就行 我自己都投了二十万 款转到公司账户{acct} 合同随后寄', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '各位档主：市场准备扩建冷库，邀请大家入股，每股两万，年分红24%，签约当天先返首月红利。由市场“投资部”统一收款，请转到{acct}，本周五截止。', senders: MIXED },
  { label: 'fraud', type: 'fake_investment', text: '【店铺上链计划】把您的门店注册成数字资产，认购一份店铺数字藏品999元，平台回购价每周上涨10%，首周即可获利，详询{url}', senders: BULK_BAD, links: BAD_LINKS },

  // — fake_loan —
  { label: 'fraud', type: 'fake_loan', text: '【商户贷】凭营业执照即可申请经营贷，额度5-100万，不看征信不查流水，当天放款。您的审核已通过，需先缴纳{amt}元账户激活费，放款后退还：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '您的POS商户流水已符合“刷卡贷”条件，可贷20万元，年化3%。因首次借款，需先向风控账户转入贷款额的10%作验资保证金，验资完成后连同贷款一起到账。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '我开超市的 网上申请了个经营贷批了十五万 提现时说我卡号填错一位账户被冻结 要我转三万解冻金 转完又要交个税和保险 前前后后转了五万多 一分钱没到账', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '老板您好，我们是银行合作的助贷机构，按您的纳税等级能做税贷50万，利率2.8%，今天就能批。需要先付一笔“流水包装费”{amt}元把对公流水做漂亮，批不下来全退。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '【发票贷】按开票额1:1授信，免抵押，30分钟到账！您的额度已预审通过，请下载App支付“工本费+保险费”后放款：{url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '（通话记录）对方：张老板，您申请的经营贷额度30万已审批，现在需要您报一下银行卡号和手机验证码，系统要做一笔“还款能力验证”，先从卡里扣一万，五分钟后原路退回。', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: 'Fast cash for small shops! Up to CNY 500,000, no collateral, no credit check, approved in 1 hour. Pay a one-time processing fee of CNY 1,980 to release the funds. Apply: {url}', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_loan', text: '专做经营贷到期续贷过桥：您银行贷款下月到期，我们先垫钱帮您还上，续贷批下来再还我们。需先交5%保证金加3000服务费，营业执照原件押我们这。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '开店装修缺钱？{other}门店装修贷最高80万，前12个月免息，凭租赁合同即可申请。审核通过后需先缴合同公证费{amt}元方可放款，专员电话{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '【小微快贷】您的店铺获得预授信28万元。为防范洗钱，放款前需向监管账户转入首月还款额作为“还款意愿金”，放款后可抵扣。专员微信见：{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '老板你那个贷款我给你弄下来了 五十万 明天到账 就是银行那头得先打点一下 你转我八千点位费 我给你走内部通道 别跟外人说', senders: PERSONAL },

  // — fake_customer_service —
  { label: 'fraud', type: 'fake_customer_service', text: '【通汇收单】尊敬的商户：您的POS终端版本过低，今日起将暂停结算。我司工作人员稍后致电协助远程升级，届时请提供手机收到的6位验证码完成绑定。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '（通话记录）对方：您好，收单中心客服，您店里刷卡机的费率被系统调成1.25%了，要恢复0.38%得重新认证，我给您发个验证码您念给我。\n我：短信上写着请勿告知他人啊。\n对方：那是防外人的，我是官方客服。', senders: PASTE },
  { label: 'fraud', type: 'fake_customer_service', text: '【商家中心】您的店铺因涉嫌虚假交易已被限制经营，请于24小时内申诉解封，解封需缴纳违规保证金{amt}元，逾期将永久关店并冻结全部货款。申诉入口：{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好我是平台招商部的小二，您店铺类目保证金不足，今天不补齐要降权。系统维护中后台暂时交不了，请直接转到平台的“保证金托管账户”{acct}，我这边手动给您入账。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_customer_service', text: '【快饭商家版】您的门店因评分过低即将被下线，如需保留在线状态，请联系商家经理缴纳“流量扶持保证金”{amt}元，经理微信：{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的企业网银数字证书今日到期，将影响对公转账，请立即登录{url}下载新版证书控件，并输入U盾密码及短信验证码完成更新。', senders: SPOOF, links: ['lookalike', 'ip', 'apk'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{name}商户风控中心：您的收款账户收款行为异常已被冻结。如需解冻，请配合完成“资金清白验证”，将账户余额转入验证账户{acct}，核验后2小时内原路退回。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '【远途物流】您好，您店铺寄出的货物（运单尾号{tail}）在中转时丢失，我司按货值三倍理赔，请添加理赔专员QQ并下载会议软件共享屏幕办理：{url}', senders: SPOOF, links: APK_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '【商家中心】您店铺有一笔买家退款因账户异常无法原路退回，需要您配合“退款通道激活”：30分钟内扫码进入商家安全中心，按提示先垫付退款金额，系统稍后双倍返还。{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: 'Seller Hub Security: your store has been suspended for policy violations. To reinstate it, pay the compliance deposit of USD 300 within 12 hours at {url}, or your balance will be forfeited.', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}商户提醒：您的商家收款码未完成年度认证，今晚24点起停用。请点击{url}填写结算卡号、取款密码和短信验证码完成认证。', senders: SPOOF, links: BAD_LINKS, hours: [19, 20, 21] },
  { label: 'fraud', type: 'fake_customer_service', text: '我开餐馆的 昨天有人打电话说是外卖平台的 说我店被误开了“高级商户”每月要扣年费 不取消就从结算款里扣 教我在手机上开了个屏幕共享 然后卡里两万多就没了', senders: PASTE },

  // — impersonating_authority —
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管局】您的企业未按期报送年度报告，已被列入经营异常名录，将处罚款{amt}元并限制法定代表人出行。请于今日内点击{url}缴纳罚款并补报。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '（通话记录）对方：喂，城南五金店老板吗？我是区市场监督管理局的，你店年报没报，系统要罚五千，再不处理就吊销营业执照。你加一下我们科室的微信，罚款先转给我们登记，可以给你从轻处理。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_authority', text: '【税务局稽查局】经大数据比对，贵单位存在虚开增值税发票嫌疑，需配合稽查。请于今日下载“税务稽查”App上传账簿并缴纳稽查保证金，逾期移送公安机关：{url}', senders: SPOOF, links: APK_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【电子税务局】您有一笔个体户增值税留抵退税{amt}元待领取，请于24小时内登录{url}填写银行卡号及验证码办理退税。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是市公安局经侦支队，您店铺的收款账户涉嫌为电诈团伙洗钱，现需冻结调查。为证明清白，请将账户资金转入公安监管的安全账户，此事严格保密，不得告诉家人和店员。', senders: FAKE_LINES },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家知识产权局】贵司注册商标即将到期，如未在{date}前缴纳续展费及保护费{amt}元，商标将被注销并由他人注册。请转账至商标局指定账户{acct}，并回复营业执照号码。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】贵单位存在少缴漏缴社保情况，已列入稽核名单，须补缴{amt}元及滞纳金。请法人今日内添加稽核员微信处理，否则将冻结单位银行账户。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '我是辖区消防大队的 你们店昨天检查不合格要罚两万 现在交三千整改保证金可以先不罚 转到这个账号{acct} 明天给你开收据', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_authority', text: '【市人民法院】您经营的门店因商品质量纠纷被消费者起诉，传票已发出。了解案情请拨打{phone}，今日未联系将缺席判决并冻结营业账户。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: 'Market Regulation Bureau: your company is listed for abnormal operations. Pay the CNY 5,000 penalty today at {url} to avoid revocation of your business licence.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '【食药监】接群众举报，你店出售过期食品，依法罚款{amt}元。可扫码先行缴纳，缴纳后本次不计入诚信档案：{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '昨天有人打电话说是税务局的 说我店里一批发票是虚开的 让我下个App做笔录 后来视频里又来个穿警服的说我涉嫌洗钱 让我把店里对公户的钱转到“国库监管账户” 我转了十二万 今天越想越不对', senders: PASTE },

  // — fake_credit_repair —
  { label: 'fraud', type: 'fake_credit_repair', text: '【企业信用修复中心】您的企业存在经营异常和行政处罚记录，已影响招投标和贷款。我们走内部通道3个工作日删除记录，费用3800元，不成功全退：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '老板您好，看到您经营贷被拒了，多半是征信上有逾期。我们和征信系统有合作，能把逾期做“异议消除”，一条两千，先付一半，三天出新报告。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '（通话记录）对方：您好，我是{name}征信专员，您开店时办的一笔网贷一直没注销，现在拉低了您的企业征信评分。需要您按我的指导把几个借款App里的额度借出来，转到核验账户清零，才能注销。', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '专业处理“失信被执行人”名单、撤销限高令，店铺法人被限高也能办，内部关系七天见效，费用面议。微信同号{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '我开店贷款逾期过一回 有人加我说能帮我把征信洗白 先收了四千服务费 又说要做“资金流水证明”叫我转两万到他给的账户 现在人联系不上了', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: 'Credit fix for entrepreneurs: we remove late payments and court records from your business credit file in 5 days. Fee CNY 2,800, half paid upfront. Contact: {phone}', senders: BULK_BAD, en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '【年报代办】贵公司已被列入经营异常，我司可代为修复企业信用并快速移出名录，需缴“信用修复保证金”{amt}元，今日办理享八折：{url}', senders: BULK_BAD, links: BAD_LINKS },

  // — fake_shopping —
  { label: 'fraud', type: 'fake_shopping', text: '清仓！品牌店倒闭一整批羽绒服 正品吊牌都在 三十一件 一千件起拿 先付三成定金就发货 要的老板加我', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '转让九成新商用冰柜、烤箱全套，店面到期急出，原价四万现价八千包物流。先付定金两千锁货，发货后再付尾款。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '【POS免费领】一清正规机，费率0.38%永不涨价，秒到账，只需支付{amt}元“流量卡激活费”即可包邮到店：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '我们是官方认证的代运营服务商，三个月包您店铺冲进类目前十，签约费9800，签完安排专属运营，不达标全额退款，今天签再送直播间搭建。', senders: MIXED },
  { label: 'fraud', type: 'fake_shopping', text: '外卖店铺转让：月销3000+，评分4.8，包过户，一万二打包，先付三千定金走担保交易，担保链接：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_shopping', text: '我在网上找了个厂家订了五百个奶茶杯 付了全款四千多 对方说发货了 单号一直查不到 现在微信把我拉黑了 那个店铺页面也打不开了', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: 'Wholesale iPhone 16 stock for shop resellers: sealed, 40% below market. Minimum 20 units, 50% deposit by bank transfer, ships in 3 days. Order here: {url}', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'fake_shopping', text: '低价名酒名烟批发 专供便利店 比市场价低三成 现货 先转账后发货 物流到付 要货的老板加微信', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '【商圈广告】您的店铺可在地铁站电子屏投放广告，原价两万一个月，本周特价2980元，付款后三天内上刊。付款链接：{url}', senders: BULK_BAD, links: BAD_LINKS },

  // — impersonating_acquaintance —
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[财务工作群]\n王总：@出纳 小李，我在外面跟客户谈合同，不方便接电话。今天先把货款{amt}元转给对方，账户发你：{acct}，转完截图给我，合同我回来补签。', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '陈总您好，我是佳美包装财务小周。我们公司基本户在年检，这个月货款请先转到新账户{acct}，户名是我们总经理本人，变更函下周补寄，麻烦尽快安排。', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '王总我是代账公司小张 换新号了 您这个月有笔税款要补 我已经帮您申报了 但是系统扣款失败 您先转我这个账户 我去税务局帮您交{acct}', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小刘我是房东老陈 换号了 下季度房租转到我侄子这张卡{acct} 我人在外地这两天就要用 别打我原来那个号 已经停了', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '兄弟我老赵 手机掉了这是新微信 进货款差两万 你先帮我垫给供货商 账号我发你 明天就还你', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '表姐，我在泰国进货，付完定金手机卡被冻结了，用朋友的号给你发。供货商要马上结尾款，你先帮我转三万到他卡上{acct}，我回来马上还你。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小孙你现在去银行给我转五万到这个账户 客户那边急着要 我在开会接不了电话 转完发截图给我 别问了快点', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi Lily, it\'s Mr. Wang. I\'m boarding now. Please pay the supplier deposit of CNY 86,000 to the account below before 3pm, I\'ll sign the papers tomorrow. Don\'t call, just send me the receipt. {acct}', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是店里的出纳 上周有人把我拉进一个群 里面老板和会计都在 头像名字一模一样 老板让我给一个新供应商转了十八万 后来当面问老板他根本不知道 群也解散了', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老板我是常来你店里拿货的刘姐 换了个号 我现在在医院 孩子急诊 能不能先借我五千 明天到店里还你', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[门店群] 店长（新号）：各位，总部要求今天交季度服装押金，每人500，我统一收，直接转我这个账户{acct}，下班前交齐，别私聊总部。', senders: PASTE },

  // — game_trading —
  { label: 'fraud', type: 'game_trading', text: '老板 我在一个游戏交易平台卖号 买家付钱了 平台说我账户没开通提现要交三千保证金 交了又说银行卡信息错了要再交 我已经借了店里小李的钱 我是不是被骗了', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '【{other}游戏交易】您出售的账号已被买家拍下，货款8800元已冻结在平台，请在30分钟内缴纳{amt}元“交易保证金”激活提现，逾期订单自动取消：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '我店里小哥介绍的收游戏金币的 说比市场价低一半 我先转了一千 对方说要刷够流水才能放金币 又让我再转两千', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '出原神初始号 五星角色齐全 188一个 网吧老板批发更便宜 先付款后发号 微信{phone}', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: 'Selling rare CS2 skins cheap for your internet-café customers. Pay through our escrow site {url}; a deposit is required to unlock the trade.', senders: OVERSEAS, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'game_trading', text: '（通话记录）对方：您好，我是游戏平台客服，您店员用您的收款账户给游戏充了值，被判定未成年消费，要退款的话先下载这个会议软件，我教您操作退款流程。', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '电竞馆老板看过来：游戏点卡批发八折出，量大从优，先款后卡，今天下单再送10%面值。', senders: PERSONAL },

  // — romance —
  { label: 'fraud', type: 'romance', text: '老板娘，那天去你店里买茶叶的香港客户是我，一直忘不了你。我在做黄金现货，有内部数据，你开个账户我带你，就当是我们以后的家底：{url}', senders: PERSONAL, links: BAD_LINKS },
  { label: 'fraud', type: 'romance', text: '王姐，我是上次在你店里订了五十箱酒的张总，聊了这么久我是真心喜欢你。我在国外的货款被海关扣了，要交一笔清关费才能回国见你，你先帮我垫三万好不好', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '（交友软件认识一个月）他说他是做跨境电商的大老板，教我把店里的周转钱放到他们平台“冲业绩”能翻倍，说以后结婚了这些都是我们的，我已经转了八万', senders: PASTE },
  { label: 'fraud', type: 'romance', text: 'My dear, since you told me about your little bakery I think of you every day. I am sending you a gift box with cash from Dubai; just pay the customs clearance fee of USD 800 to this agent: {phone}', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '我们聊了这么久 你知道我对你是认真的 我朋友在做直播带货的投资 带我赚了不少 你开店太辛苦了 我想你轻松点 下载这个App先投两万试试{url}', senders: PERSONAL, links: APK_LINKS },
  { label: 'fraud', type: 'romance', text: '哥，我是前天在你五金店买东西的小美，加了你微信就一直想你。我最近在学外汇，导师说下周大涨，要不要跟我一起投点，我们一起赚钱一起去旅游', senders: PERSONAL },
  { label: 'fraud', type: 'romance', text: '（婚恋网站）对方自称在新加坡做进出口的“黄总”，聊了两个月说要回国跟我一起开店，让我先在他指定的平台用我的营业执照注册商户帮他收货款，还要先交五万保证金', senders: PASTE },

  // — other —
  { label: 'fraud', type: 'other', text: '老板，刚订的那桌酒席定金我转了{amt}元，手滑多打了一个零，麻烦把多的退到这个账户{acct}，转账截图发你了。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '老板，我们单位明天订二十桌，另外要麻烦你帮我们从指定酒行代购两箱特供酒，钱你先垫，吃完饭一起结账，酒行电话{phone}。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '【诚信商户评选组委会】恭喜贵店入选“年度十佳诚信商户”，请于3日内缴纳评审费及牌匾制作费{amt}元，逾期视为放弃：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【商户补贴中心】您的店铺符合小微商户纾困补贴条件，可领取补贴8000元，请点击链接填写收款卡号、密码及验证码领取：{url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '店员招聘：包吃住月薪八千，入职先交800元服装押金和体检费到人事微信，干满一个月全退。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '老板你家餐里吃出头发了 顾客要投诉到平台让你下线 我是送餐的骑手 我帮你私了 你转我五百我去跟顾客说', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: 'Congratulations! Your shop has been selected for the Asia Top Merchant Award 2025. Pay the listing fee of USD 450 to receive your trophy and media coverage: {url}', senders: BULK_BAD, links: BAD_LINKS, en: true },
  { label: 'fraud', type: 'other', text: '老板我拿那两台空调 钱我银行转过去了 跨行可能要24小时到账 这是转账截图 我先把货拉走了哈', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '【企业名录】贵公司已收录于全国企业黄页，年度维护费{amt}元，未缴费将影响贵公司在搜索中的展示，请于{date}前转账至{acct}。', senders: BULK_BAD },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '{name}催收：你的经营贷逾期两个月了，明天我们的人直接去你店里坐着，当着你顾客的面要钱，看你这生意还做不做。', senders: AGENCY },
  { label: 'harassment', text: '王老板，再不还款我们就把你欠钱的事挨个通知你的供应商，看以后谁还敢给你赊货。', senders: AGENCY },
  { label: 'harassment', text: '你POS贷欠的钱今天不还，我们就联系你店铺的房东，告诉他你欠了一屁股债，让他别跟你续租。', senders: AGENCY },
  { label: 'harassment', text: '你们商会会长的电话我们已经拿到了，要面子就今天把{amt}元还上，不然商会所有人都会知道你是老赖。', senders: AGENCY },
  { label: 'harassment', text: '[批发市场商户群] 大家注意：B区18号档口老板欠{name}经营贷三万不还，电话不接，跟他做生意的都小心，认识他的让他赶紧还钱！', senders: PASTE },
  { label: 'harassment', text: '你是这家店的店员吧？跟你们老板说他欠我们的贷款不还，我们会每天打店里电话，直到他还钱为止，你们也别想好好上班。', senders: AGENCY },
  { label: 'harassment', text: '{sig}您的商户贷款已逾期15天，应还{amt}元，请在今晚12点前通过{app}还款。', senders: COLLECTOR_OWN, hours: [23, 0, 1] },
  { label: 'harassment', text: '（凌晨一点来电）喂你睡了吗？欠钱不还还睡得着？明天你店不用开了，我们八点就到门口等你', senders: AGENCY, hours: [0, 1, 2] },
  { label: 'harassment', text: '【律师函】致{person}：受{name}委托，因你拖欠经营贷款{amt}元，本所将于48小时内申请查封你店铺全部货品及营业执照，并同步通知你的客户和供应商。如需和解请立即联系承办律师{phone}。', senders: AGENCY },
  { label: 'harassment', text: '【执行通知】你拖欠{name}的借款已进入强制执行程序，执行人员明日上门查封店铺并张贴公告。今日还清欠款{amt}元可撤销执行。', senders: AGENCY },
  { label: 'harassment', text: '你POS贷逾期了，除了本金还得另交2000块上门费和1500块催收服务费，不交我们每天派人去你店里。', senders: AGENCY },
  { label: 'harassment', text: '欠钱的废物，开个破店还学人贷款，你这种人活该倒闭，今天不还钱我让你全家都抬不起头。', senders: AGENCY, hours: [22, 23] },
  { label: 'harassment', text: '您好，我们是{name}贷后部门。您常合作的“老陈五金”老板欠我们贷款逾期了，您下次的货款能不能直接付给我们，就当帮他还款。', senders: AGENCY },
  { label: 'harassment', text: '你老婆的电话我们已经打过了，你爸妈住哪我们也知道，再拖着不还，我们就去你老家找他们要，让全村都知道。', senders: AGENCY },
  { label: 'harassment', text: '你现在还不上没关系，我给你介绍个平台，先借出来把我们这边平掉，不然明天就上门，你自己选。', senders: AGENCY },
  { label: 'harassment', text: '我是派出所的，接到{name}报案，你的经营贷涉嫌恶意逃废债，今天不在App里还清就立案抓人，你自己看着办。', senders: AGENCY },
  { label: 'harassment', text: '再不还钱明天就在你店门口贴告示，写上你欠钱不还，再拉条横幅，让整条街都看看。', senders: AGENCY },
  { label: 'harassment', text: '你的欠款截图我们已经发给批发市场管理处和你那几个老客户了，下一步发到你孩子学校的家长群。', senders: AGENCY },
  { label: 'harassment', text: '（通话记录）今天第9次来电：你为什么不接？我们会一直打到你接为止，打你店里座机，打你店员手机。', senders: AGENCY },
  { label: 'harassment', text: '{sig}尊敬的客户，您的经营贷逾期未还，我司已安排外访人员今晚到您店铺及住所核实情况。', senders: COLLECTOR_OWN, hours: [22, 23, 0] },
  { label: 'harassment', text: 'You owe CNY {amt} on your shop loan. Pay tonight or tomorrow we walk into your store and tell every customer and your landlord. Don\'t test us.', senders: AGENCY, hours: NIGHT, en: true },
  { label: 'harassment', text: '我开店贷了{name}的款逾期两个月 现在他们天天打我店员电话 还在我们商户群里发我身份证照片说我是老赖 这样合法吗', senders: PASTE },
  { label: 'harassment', text: '你挂靠那家公司的财务我们联系过了，跟他们说了你欠钱的事，让他们把你下个月的货款先扣下来还我们。', senders: AGENCY },
  { label: 'harassment', text: '早上六点我们人已经在你店门口了，卷帘门上给你贴了催款单，你不出来我们就一直等。', senders: AGENCY, hours: [6, 7] },
  { label: 'harassment', text: '【仲裁委员会】{name}诉你借款纠纷一案已立案，你未还款{amt}元，将冻结你个人及店铺全部银行账户，并通报你所在商会和行业协会。请于今日24点前还款结案。', senders: AGENCY },
  { label: 'harassment', text: '别以为关了店就找不到你，你那个门面和仓库在哪我们都清楚，还钱还是等着出事，你自己选。', senders: AGENCY, hours: NIGHT },
];

export const BLIND24B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
