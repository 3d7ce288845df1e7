/**
 * BLIND32 held-out bank (thirty-ninth scam author): this file holds the normal messages,
 * blind32b.templates.ts the fraud and harassment; BLIND32_TEMPLATES joins them.
 *
 * Who and how: written in session 14 (the brief said 13), 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-ninth author of a scam bank; another author wrote blind33 at the same time, and this
 * author did not open, grep or print that bank, not even its header: only its file names and
 * sizes appeared in a directory listing, and the check script reported it as a count only).
 * Written from general knowledge of how small shopkeepers, 个体工商户 and micro-business owners in
 * China, and the people who work for them, meet money in 2025–2026: a noodle shop, a 便利店 and a
 * 小超市, a 批发市场 档口, a hair salon, a 五金店 and an electric-bike repair shop, a 抖店 and a
 * 外卖 / 团购 restaurant, a small lantern or garment factory. How 收款码 and 商户 settlement notices
 * read (日结, T+1 顺延, 提现 succeeded or bounced, 个人码 → 商家码 upgrades done inside the app,
 * 费率 changes announced in the merchant back office, the 收款音箱's 流量卡); how 收单 and 聚合支付
 * providers write (a free terminal swap by an engineer with a 工牌, 签到失败, idle terminals paused,
 * warnings against "费率过高" callers and remote-control apps); banks' and lenders' 经营贷, 税贷,
 * 发票贷 and POS 贷 with no up-front fee, instalment, 逾期 and 结清 notices, lawful collection calls
 * (daytime, with a 工号, no threats, third parties asked only to pass on a call-back and told
 * nothing); 税务 (征期, 小规模 零申报, 个体户 定额, 数电发票, 12366, the 专管员 asking for a late
 * filing in the 电子税务局, 代账 bookkeepers); 市场监管 (个体户 年报 in the 公示系统 — free, no more
 * 年检 —, 食品经营许可 延续, 抽检 results, 变更登记); 外卖 / 团购 / 抖店 merchant back offices
 * (店铺评分, 差评 申诉 with no paid deletion, 活动报名 with no fee, 保证金 held only inside the
 * platform and refunded on closing, 账单 and 结算, 极限词 下架); suppliers and 物流 (对账单, 货款 by
 * contract, "our account has never changed, call our landline", short deliveries, 到付 运费);
 * 房东, 铺租, 物业 and 水电; staff wages, 代发工资, 单位社保, 排班 and the 员工群; 对公账户, 企业网银
 * 动态码, U盾 certificates, 久悬 accounts and 年度核实; 商铺财产险, 食品安全责任险, 雇主责任险;
 * family, fellow owners, 社区民警 and the 市场管理处. And of the fraud scripts aimed at them
 * (Ministry of Public Security's common types): fake platform 客服 and 小二 about 降权, 违规,
 * 保证金 "补缴", 活动保证金 and auto-renewing "会员"; fake 收单 desks about 费率, 收款码 "升级", POS
 * "淘汰" and 风控 限额; fake 对公 U盾 证书助手 APKs; fake 税务 稽查, 发票 "异常", 留抵退税, 定额 "上调",
 * fake 市场监管, 卫生监督, 烟草专卖 and 社保 fines, fake 执照 年检 links, fake police about a 收款码
 * that "received stolen money"; 经营周转金, 税贷 "流水美化", 商户贷 解冻金, 档口贷 建档费, 发票贷
 * membership fees, 续贷 过桥 and 创业担保贷 "service fees"; owners, 老板娘, 财务 bosses, suppliers,
 * landlords and relatives on new numbers asking the 会计, 店员 or owner to pay (a changed
 * supplier account above all); 刷好评, 补单互助 and 团购 "销量加速" with advances; 商会 projects,
 * 共享门店, 打新, 无货源 托管, 冷链 仓位, USDT 搬砖 and 加盟 分红; 经营异常 移出, 失信 and 行政处罚
 * "removal" and 对公 评级 fixes; fake 代运营, 推广位, 二手设备, 货源 and 装修; game accounts, Q币
 * cards and 代练 around a 网吧 or 电玩店; dating-app matches who pull the owner into a "platform";
 * fake 大客户, 团建 and 外贸 orders with 履约保证金, 验厂费 or goods to be bought from "their" supplier,
 * renting out 收款码 and 对公账户, sextortion aimed at the shop's review page. And of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at
 * most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, new loans
 * to repay old ones, threats, insults, violence, spreading private information, fake legal
 * documents or impersonated courts, police or government), here aimed at the shop: sitting in
 * front of the 面馆, calls to the 房东, suppliers, staff and the village at home, posts in the
 * 批发市场 group, 团购 reviews and live-stream comments, posters on the 卷帘门, fees for "上门".
 *
 * What this author opened, and nothing else in the repository: the brief (/tmp/brief32.md); the
 * placeholder blind32.templates.ts and blind32b.templates.ts (then written); eval.types.ts,
 * eval.generator.ts and eval.metrics.ts (whole); a directory listing of eval/ (ls -la: names,
 * sizes, dates); blind29.templates.ts lines 1–136 (its header, imports and its sender and hour
 * constant declarations) and lines 137–141 (the `const NORMAL` line, one section comment and the
 * first 3 template lines); blind29b.templates.ts lines 1–28 (its header with the labelling rules)
 * and lines 62–66 cut at 600 characters (the `const FRAUD` line, one section comment and the
 * first 3 template lines) — its constant declarations (lines 29–61) were not printed; to find
 * those ranges, an awk for the first comment-closing line of each file and a `grep -n` for the
 * `const NORMAL`, `const FRAUD` and `const HARASSMENT` lines (it printed only those, and two lines
 * of blind29's header that name `const NORMAL`, no template line); a keyword grep over the other
 * template banks of eval/ except blind32* and blind33* — total match counts for 收款码, 商户, 到账,
 * 结算, 提现, 费率, POS, 聚合支付, 经营贷, 税贷, 发票, 增值税, 个体户, 营业执照, 年报, 食品经营, 市场监管,
 * 外卖, 团购, 店铺, 保证金, 降权, 抖音小店, 批发, 货款, 对账, 房东, 租金, 公户, 对公, 代运营, 好评, 加盟,
 * 样品, 老板, 店员, 会计, 门店, 美团, 拼多多, 稽查, 执照, 进货, 供应商, 商铺 (45), and the first 24
 * matching fragments (at most 40 characters each side) for 收款码, 经营贷 and 店铺 — to avoid
 * duplicating them (they showed that at least one earlier bank already covers merchants, so this
 * bank was written to differ from those fragments); scam.types.ts (its first 80 lines);
 * registry.fixture.ts (whole, it is short); registry/institutions.json summarised by a one-line
 * node script (each institution's id, kind, Chinese name, hotlines, ports, signatures, first app,
 * first domain); registry/README.md (its first 50 lines, which is all of it that printed);
 * shared/facts/regulation.md (whole); listings of shared/facts/ and shared/seeds/ (no seed was
 * opened, though 600 characters of one were allowed); the first 30 lines of bin/run-ts.js and
 * the scripts block of package.json; the check script scripts/check-blind-bank.ts (read and run,
 * not edited). A small helper in /tmp printed this bank's own templates by index to find the ones
 * the check named. The analyzer's code, lexicons, signal lists, rules, reason catalogue, text
 * model and training corpus were NOT opened; nothing else under src/, and models/, the rest of
 * scripts/, docs/, bench/, BENCHMARKS.md and the repository README were NOT read; no other bank's
 * template lines were read beyond the above; the analyzer, vitest, the tests and the benchmarks
 * were NOT run; no search tool was used. Against the brief, git was used once, read-only: a
 * `git status --short` at the very end, which showed that only the two files of this bank had
 * changed; no git command that changes the repository was run.
 *
 * Checks run: `npm run typecheck` (passes) and `node bin/run-ts.js scripts/check-blind-bank.ts
 * blind32 blind33`: 236 templates (111 normal, 100 fraud, 25 harassment) expand to 1888 messages
 * (888 normal, 800 fraud, 200 harassment; every fraud type has at least 6 templates: 14
 * fake_customer_service, 11 impersonating_authority, 11 impersonating_acquaintance, 10 fake_loan,
 * 10 fake_investment, 8 brushing_rebate, 8 fake_shopping, 8 other, 7 fake_credit_repair, 7
 * romance, 6 game_trading); 0 unreplaced placeholders; 0 generated texts shared by two templates
 * of this bank; 0 equal to one in any other split (blind33 as a count only, 0). Two templates
 * first reached the rewrite line against other banks (an English fake-owner gift-card message at
 * 0.508 and a 食品经营许可 延续 notice at 0.516) and were rewritten; after that the highest
 * character-bigram Jaccard against every template of the other banks (blind33 excluded by the
 * script) is 0.420, and within this bank no pair reached 0.45 (highest 0.299). Two amounts
 * written as "{amt}00元" and two odd uses of {code} were also fixed, and one harassment template
 * first written as a retelling was rewritten as the collector's own group post.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): THE SHOP COUNTER AND THE MERCHANT BACK
 * OFFICE. Genuine traffic (this file) is written in the voices of acquirers, 聚合支付 providers,
 * insurers, a 农商行, a grain-and-oil supplier, a logistics firm, a salon chain and platforms that
 * are not in the registry (invented names 惠收单, 云拓支付, 汇融聚合, 城南农商行, 鑫盛粮油, 恒达物流,
 * 泊安财险, 青丝坊美发, on bulk ports, plus {other} platforms), registered wallets, banks and lenders
 * on their own ports ({sig}) for 收款码 settlement, 代发工资, 对公 and 经营贷 notices, a 装机员, a
 * 客户经理, a 理赔员, a tax 专管员 and a 市场监管所 officer on desk lines or work mobiles with a 工号
 * who say they want no money, merchant back-office pastes (账单, 评分, 下架, 保证金 rules), shop,
 * 进货 and 员工 group chats, 收款音箱 read-outs, owners, 老板娘, staff, 代账 bookkeepers, landlords,
 * relatives and fellow owners on mobiles and MVNO numbers (铺租, 货款 对账, a short delivery, an
 * honest customer returning change, "is this real?" about a 收款码 "升级" SMS, a 税务 call and a
 * 商会 group — none of them pays), a grown child in Australia, a Dubai buyer in English. Many use scam
 * vocabulary lawfully: 验证码 and 动态码 with 请勿告知他人, 冻结 / 锁定 after wrong passwords, 逾期 in
 * lawful reminders and calls, 保证金 and 样品费 named only to say they are never charged or held
 * only inside the platform, 账户变更 named to say it never happens, 转账 between family and staff,
 * 稽查, 罚款 and 收款码出租 in warnings. Fraud and harassment (blind32b) vary the channel (SMS, call
 * transcripts, 企业微信 / WeChat pastes, group-chat screenshots, voice-to-text, dating-app DMs,
 * English e-mails and chats), the length (one line to a paragraph) and the red flags (codes,
 * 监管账户 and 保全账户, 腾讯会议 screen sharing and remote "商户助手" apps, up-front 保证金 / 押金 /
 * 解冻金 / 建档费 / 验厂费, secrecy from the 老板娘 and the 会计, urgency before closing time or a
 * supplier's deadline, APK links, look-alike 400 and short numbers, prefixed and overseas numbers),
 * with the shop as the lever: the 外卖 score, the 团购 page, the 收款码 and the supplier's account.
 */
import type { Template } from './eval.types.js';
import { BLIND32B_TEMPLATES } from './blind32b.templates.js';

/** A registered institution (wallet, bank, lender, carrier) texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Acquirers, 聚合支付 providers, platforms, tax and market offices, insurers not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A 客户经理, a 收单 service engineer, a supplier's office or a branch on a desk line or work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Merchant-backend notices, shop group chats, call transcripts and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Owners, staff, family, suppliers and landlords on their own phones (sometimes pasted). */
const PEERS: Template['senders'] = ['mobile', 'none', 'virtual'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Buyers, suppliers and relatives abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A notice from a bulk port, or pasted into a chat. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** Before opening and after closing. */
const EARLY_LATE = [7, 8, 21, 22];
/** Codes, 到账 pushes and settlement: any hour a shop is open, and the night batch. */
const ANYTIME = [0, 6, 8, 12, 13, 19, 21, 23];
/** Office hours of banks and agencies. */
const OFFICE = [9, 10, 11, 14, 15, 16];
/** Shop opening hours. */
const SHOP_HOURS = [8, 10, 11, 14, 15, 17, 19];

const NORMAL: Template[] = [
  // —— 收款码 and 商户 settlement: 到账, 结算, 提现, 费率 ——
  { label: 'normal', text: '{sig}商户日结通知：您的经营收款码{date}收款共123笔，合计{amt}元，扣除手续费后已结算至尾号{tail}的银行卡，请留意到账。明细可在{app}“商家服务-账单”查看。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您申请的商家收款提现{amt}元已到账尾号{tail}的结算卡，本次提现免费。如非本人操作，请立即拨打{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【惠收单】尊敬的商户，根据收单服务协议，自{date}起您门店的扫码支付费率维持0.38%不变，信用卡刷卡费率由0.55%调整为0.60%，详见商户后台公告。本公司不会以费率调整为由要求您转账、下载软件或提供验证码。', senders: BULK },
  { label: 'normal', text: '{sig}您的个人收款码近30日经营收款笔数较多，为保障资金安全，建议在{app}免费升级为商家收款码，升级后可开具收款凭证、查看经营流水。升级全程在App内完成，我们不会电话索要密码或验证码。', senders: OWN_PORT },
  { label: 'normal', text: '到账提醒 微信收款 十八元 / 支付宝到账 三十二元 / 收款码到账 九元五角（店里喇叭今天中午的记录，老婆让我核一下午饭那会儿的账）', senders: PASTE, hours: [12, 13] },
  { label: 'normal', text: '{sig}您的商户结算账户{date}因节假日顺延，T+1结算款将于下一工作日到账，敬请留意。详询{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '【汇融聚合】您的门店“老街牛肉面”昨日交易汇总：微信{amt}元，支付宝、云闪付及数字人民币合计若干笔，已于今晨6:00批量结算。有疑问请登录商户后台或联系您的签约服务商，勿轻信陌生来电。', senders: BULK, hours: [6, 7, 8] },
  { label: 'normal', text: '{sig}商户提现失败提醒：您于{date}发起的提现{amt}元因结算卡已注销未能入账，资金已退回商户余额，无任何损失。请在{app}更换本人名下结算卡后重新提现。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您好，您的商家码本月累计收款已超过个人经营码额度，超出部分将于次日自动转为商户结算，无需任何操作、不收取额外费用。若有人以“额度解冻”为由联系您，请拨{hot}核实。', senders: OWN_PORT },
  { label: 'normal', text: '老婆 收款码那个钱我提到店里那张卡了 一共两万三 明天进货用 你别再转出去了啊', senders: PEERS, hours: EARLY_LATE },

  // —— POS and 聚合支付 service ——
  { label: 'normal', text: '【云拓支付】尊敬的商户，我司服务工程师将于{date}上午上门为您更换新版智能POS，换机免费，旧机请一并交回。工程师会出示工牌，不会索要任何费用、密码或验证码。如需改期请致电客服。', senders: BULK },
  { label: 'normal', text: '（通话记录）您好，我是收单服务商的装机员小赵，工号{code}，跟您确认一下明天十点去您店里装扫码盒子，您在店吗？好的，机器和流量卡都是免费的，到时候您只需要在合同上签字，不用给我转钱。', senders: STAFF, hours: OFFICE },
  { label: 'normal', text: '【云拓支付】您的POS终端已连续90天无交易，为保障账户安全已暂停使用。如需继续使用，请携营业执照到签约网点或通过官方商户App申请恢复，全程免费。', senders: BULK },
  { label: 'normal', text: '【惠收单】风险提示：近期有不法分子冒充收单机构，以“POS机费率过高”“机器升级”为由诱导商户共享屏幕、下载远程软件或转账。我司所有业务均通过官方App办理，从不要求远程操作。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '[商户服务群] 各位老板，新机的小票打印纸在柜台这边领，一人两卷，不收钱。机器有问题直接打机身背面那个客服电话，别加群里陌生人的微信。', senders: PASTE },
  { label: 'normal', text: '{sig}您的收款音箱流量卡将于{date}到期，到期后自动续费每月5元，可在{app}“我的设备”中关闭续费。如有疑问请拨打{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '师傅，我们店那台刷卡机今天刷不了，屏幕一直显示“签到失败”，你们客服电话占线，能帮忙看看吗？不着急，明天上午来也行。', senders: PEERS },

  // —— banks and lenders: 经营贷, 税贷, 发票贷, reminders, lawful collection ——
  { label: 'normal', text: '{sig}尊敬的个体工商户，您可在{app}申请“商户经营贷”，按日计息，随借随还，年化利率以审批结果为准。申请及放款前不收取任何费用，请勿轻信“包装流水”“内部渠道”。拒收请回复R。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}您的税贷额度已审批通过，授信额度26万元，有效期12个月。您可在{app}自助提款，放款只会进入您本人或企业账户，我行不会要求您缴纳保证金或验资。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}您好，您的经营贷本期应还{amt}元，将于{date}从尾号{tail}账户自动扣款，请确保余额充足。如已还款请忽略。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的经营性贷款已逾期3天，逾期金额{amt}元，将按合同计收罚息并可能影响个人征信。请尽快通过{app}或网点还款，如有困难可致电{hot}协商还款计划。', senders: OWN_LINES },
  { label: 'normal', text: '（通话记录）您好，请问是{person}吗？我是{name}贷后管理中心的工作人员，工号{code}。您店里那笔经营贷这个月的还款还差{amt}元，想问下这两天方便处理吗？……理解，月底货款回来再还也可以，我给您备注一下，到时候直接在App上还就行，我们不会让您转到任何个人账户。', senders: OWN_LINES, hours: OFFICE },
  { label: 'normal', text: '{sig}您好，我们多次联系借款人未果，请您转告其本人尽快回电{hot}。本短信不涉及其个人信息，打扰之处敬请谅解。', senders: OWN_LINES },
  { label: 'normal', text: '【城南农商行】个体户专属“发票贷”上线：依据近一年开票数据线上审批，最高可贷50万，需本人在手机银行授权查询纳税信息。贷款审批不收费，任何要求先交钱的都是诈骗。退订回T', senders: BULK },
  { label: 'normal', text: '{sig}您的经营贷已于{date}全部结清，感谢使用。结清证明可在{app}下载，如需纸质版请持身份证到网点领取。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}温馨提示：您的经营贷授信将于{date}到期，如需续贷请提前通过{app}提交近6个月流水，我行不与任何“过桥”机构合作，续贷无需先还后贷垫资。', senders: OWN_PORT },
  { label: 'normal', text: '你好，我是城南农商行的客户经理{person}，上周你来问的那个商户贷，审批材料还差营业执照副本和租赁合同，你有空拍照发我，或者明天带原件来网点都行，不需要交钱。', senders: STAFF, hours: OFFICE },
  { label: 'normal', text: '{sig}您的POS商户贷还款提醒：本月应还{amt}元，将从您的收单结算款中按比例扣收。如对扣款有疑问，请拨打{hot}，请勿向他人转账“代还”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的手机银行登录密码连续输错5次，已被临时锁定，24小时后自动解锁，或携本人身份证到网点解锁。如非本人操作请拨打{hot}。', senders: OWN_PORT, hours: ANYTIME },

  // —— 税务: 增值税 申报, 电子发票, 个体户 定额 ——
  { label: 'normal', text: '【税务提醒】本月征期截止日为{date}，请按时办理增值税及附加税费申报。小规模纳税人月销售额10万元以下免征增值税，仍需按期进行零申报。申报请通过电子税务局或自然人电子税务局App办理，咨询12366。', senders: BULK },
  { label: 'normal', text: '【税务提醒】您本季度为个体工商户定额户，核定税额不变，请于征期内通过银行账户完成自动扣缴。如需调整定额，请携资料到主管税务机关办税服务厅，税务机关不会通过短信链接收取任何费用。', senders: BULK },
  { label: 'normal', text: '【税务提示】近期有不法分子冒充税务人员，以“发票异常”“稽查冻结”为由要求转账到“保全账户”。税务机关不会通过电话要求转账，也不存在“安全账户”。如有疑问请拨打12366。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【电子发票服务平台】您已成功开具数电发票1张，发票号码尾号{tail}，价税合计{amt}元，购方已收到交付短信。本短信仅作通知，不含链接。', senders: BULK },
  { label: 'normal', text: '王姐，上个月的发票我给你开好了，电子发票已经发到你们店邮箱，抬头和税号你核一下，有错我给你红冲重开。钱不着急，月底对账一起结。', senders: PEERS },
  { label: 'normal', text: '【电子税务局】您的登录验证码为{code}，5分钟内有效。请勿告知他人，税务工作人员不会向您索要验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '老板，这季度的增值税申报我已经做完了，小规模没超额度是零申报，附加税也是零，下周我把申报表截图发你存着。社保那边下个月基数要调，到时候再跟你说。——代账小刘', senders: PEERS },
  { label: 'normal', text: '（通话记录）你好，这里是区税务局第三税务所，我是专管员{person}。你的个体户上季度漏报了一次，系统显示逾期未申报，麻烦这周内到办税服务厅或者在电子税务局补报一下，有滞纳金的话在系统里缴，我们不会让你转到任何账户。', senders: STAFF, hours: OFFICE },
  { label: 'normal', text: '叔，有人打电话说是税务局的，说我店里发票有问题要交钱解冻，我没理他挂了。我查了下12366说税务局不会电话让转账，是骗子吧？你那边有没有接到？', senders: PEERS },

  // —— 市场监管: 营业执照 年报, 食品经营许可, 抽检 ——
  { label: 'normal', text: '【市场监管】温馨提示：个体工商户年度报告报送时间为每年1月1日至6月30日，请登录国家企业信用信息公示系统或扫描执照上的二维码免费报送。年报不收取任何费用，谨防以“年检”“代办”名义收费的诈骗。', senders: BULK },
  { label: 'normal', text: '【东湖区市场监管局】“老街牛肉面”负责人：贵店食品经营许可证有效期至{date}止。小店如继续营业，可于期满前在“一网通办”上传健康证和布局图自行申请延续，现场核查由两名执法人员持证进行，全程不收费。', senders: BULK },
  { label: 'normal', text: '（通话记录）你好，我是街道市场监管所的，姓李。你们店上周的抽检结果出来了，合格，报告下周一送到店里给你签收。另外提醒你们后厨的健康证有两个下个月到期，记得去复检。', senders: STAFF, hours: OFFICE },
  { label: 'normal', text: '各商户注意：明天上午市场监管所来市场做食品安全检查，请各档口把进货台账、健康证摆出来，冷柜温度调好。检查不收任何费用，有人上门收“整改费”的马上报市场管理处。——市场管理处', senders: BULK_OR_PASTE },
  { label: 'normal', text: '老板，刚来了两个穿制服的说是食药监的，说我们熟食要罚款两万，让扫码交罚款就能少罚。我没扫，让他们等你回来，他们就走了。你要不要打12315问问？', senders: PEERS, hours: SHOP_HOURS },
  { label: 'normal', text: '【市场监管】您提交的个体工商户变更登记（经营范围）已核准，可登录政务服务网下载电子营业执照，纸质执照可到登记窗口领取，不收取工本费。', senders: BULK },
  { label: 'normal', text: '[个体户服务群] 有人问执照年检的事，统一回复一下：现在没有“年检”了，只有年报，自己在公示系统上报，免费，5分钟搞定。收到什么“年检链接”“逾期罚款”短信的都别点。', senders: PASTE },

  // —— 外卖 / 团购 / 电商 merchant platforms ——
  { label: 'normal', text: '【{other}商家版】您的店铺本周评分4.7，较上周下降0.1，主要原因为“出餐慢”差评2条。可在商家后台“顾客评价”中查看并回复顾客，评价不可付费删除。', senders: BULK },
  { label: 'normal', text: '【{other}商家版】您报名的“周末满减”活动已审核通过，将于{date}上线。活动补贴由平台与商家按约定比例承担，无需缴纳任何报名费或保证金。', senders: BULK },
  { label: 'normal', text: '[商家后台·结算] 您店铺本期账单（编号{code}）已出，本期营业额{amt}元，扣除平台服务费、配送费及活动补贴后，应结算金额将于3个工作日内打入您绑定的结算账户。如有异议请在后台发起账单申诉。', senders: PASTE },
  { label: 'normal', text: '[平台规则说明] 店铺消费者保障金只在商家后台的“保证金”模块中缴纳和冻结，平台从不会通过电话、微信或个人账户收取保证金。接到“补缴”“解冻”电话请直接挂断。', senders: PASTE },
  { label: 'normal', text: '【{other}商家版】您的店铺因连续7日出餐超时率超过20%，已触发经营提醒，暂不影响曝光。可查看后台“经营诊断”获取改善建议，改善后提醒自动解除。', senders: BULK },
  { label: 'normal', text: '小店通知：您的店铺保证金{amt}元已在退店审核通过后原路退回至店铺绑定的支付账户，请注意查收。如未到账，请在商家后台联系在线客服，勿添加任何私人客服微信。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【团购商家中心】您的店铺{date}有38张团购券被核销，对应款项已计入待结算金额，次日可提现。退款顾客的券已自动作废，无需手动处理。', senders: BULK },
  { label: 'normal', text: '（店铺运营群）店长：大家注意，这两天有人打电话冒充平台客服，说我们店违规要交罚款。平台的处罚只在商家后台看，咱们不接受任何电话里的“整改费”，谁接到都先截图发群里。', senders: PASTE },
  { label: 'normal', text: '【{other}商家版】您收到一条顾客差评，内容涉及“菜品有异物”，请在48小时内于后台回复或提交申诉证据。平台工作人员不会私下联系您“付费删评”。', senders: BULK },
  { label: 'normal', text: '[抖店后台] 您的商品“手工辣椒酱500g”因标题含“最好吃”极限词被下架，不扣分。修改标题后可重新提交审核。', senders: PASTE },
  { label: 'normal', text: '老王，你们店上外卖平台的那个活动报名了没？我问了业务经理，报名不要钱，就是让利百分之十，平台也补一点。有人打电话让你交报名费的别信。', senders: PEERS },

  // —— suppliers and 物流: 对账, 货款, 到货, account changes checked by phone ——
  { label: 'normal', text: '周老板您好，我是鑫盛粮油的会计，这个月的对账单发您微信了：本月进货{amt}元，已付一半，余款请按合同在{date}前付到我们公司对公账户，账户跟以前一样没变过。以后如果有人说我们换了账户，请一定先打我们座机确认。', senders: STAFF },
  { label: 'normal', text: '【远山快递】您的到付货件（批发市场B区发出，3件）已到达网点，预计今天下午送到店里，运费{amt}元由收件人支付，可现金或扫快递员出示的公司收款码。', senders: BULK },
  { label: 'normal', text: '老陈，你上次说供应商换账户的事我打他们公司座机问了，根本没换，是有人冒充的。幸亏没打钱，你也跟你家会计说一声，换账户的一律打电话核实。', senders: PEERS },
  { label: 'normal', text: '[进货群] 明早五点半拉菜，芹菜、土豆、鸡蛋照旧，新加两箱豆腐。货款还是老规矩周结，周日我把单子拍给你们各自对。', senders: PASTE, hours: EARLY_LATE },
  { label: 'normal', text: '您好，这边是恒达物流，您从义乌发的那批货今天已经装车，车牌和司机电话我发您，预计后天到。运费已经在您下单时付过了，司机路上不会再收任何费用。', senders: STAFF },
  { label: 'normal', text: '王总，上季度的货款我这边核了一下，有三张单子的数量跟送货单对不上，差了十二箱，我把单据拍给你，你让仓库查一下，查清楚了再付款，不急。', senders: PEERS },
  { label: 'normal', text: '【鑫盛粮油】尊敬的客户，我司收款账户信息以合同为准，近期如收到任何“账户变更”通知，请务必致电我司座机核实。我司不会通过微信或短信更改收款账户。', senders: BULK },
  { label: 'normal', text: '老板，今天到的那批冻品少了两箱牛肉，我拍了照片，送货的司机也签了字，你跟供应商说一下，下次补上或者在货款里扣。', senders: PEERS, hours: EARLY_LATE },

  // —— 房东, 商铺租金, 物业, 水电 ——
  { label: 'normal', text: '小刘，下个季度的铺租该交了，一万八，还是转到我以前那张工行卡。合同明年三月到期，续不续你提前一个月跟我说，租金不涨。', senders: PEERS },
  { label: 'normal', text: '【商业街物业】您的商铺（2号楼108）{date}水电费账单已出，电费{amt}元，请于本月25日前在物业服务中心或官方小程序缴纳。物业不会上门收取现金，也不会发送私人收款码。', senders: BULK },
  { label: 'normal', text: '房东阿姨，这个月房租我刚转你了，截图发你了。另外店里的空调外机有点响，你有空找个师傅来看一下，修理费咱们按合同来。', senders: PEERS },
  { label: 'normal', text: '（通话记录）喂，王老板，我是你铺子的房东。我这两天收到个短信说我换卡了，不是我发的啊，我没换卡，你别往别的卡打钱，还是老卡。', senders: PEERS },
  { label: 'normal', text: '各位商户：因线路改造，本市场将于{date}晚22:00至次日6:00停电，请提前处理好冷柜里的货物。给大家带来不便，敬请谅解。——市场管理处', senders: BULK_OR_PASTE, hours: [9, 10, 16, 17] },

  // —— 员工: wages, 社保, 排班 ——
  { label: 'normal', text: '[店铺员工群] 老板：这个月工资明天发，照例转到各自的工资卡，加班费已经算进去了，有问题私聊我。另外提醒大家，我不会用新号让你们转钱，看到都别信。', senders: PASTE },
  { label: 'normal', text: '{sig}您好，您尾号{tail}的账户于{date}收到代发工资{amt}元，付款方：某某餐饮店。如有疑问请拨打{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '【社保】您单位{date}应缴社会保险费已申报，合计{amt}元，将于扣款日从单位账户自动划扣，请确保账户余额充足。查询请登录社保网上服务平台。', senders: BULK },
  { label: 'normal', text: '老板，我下个月想请三天假回家，我姐结婚。排班表我跟小张换好了，他替我两天，周三那天你看能不能找个临时工。', senders: PEERS },
  { label: 'normal', text: '小王，你的社保我已经给你交上了，下个月起医保卡就能用。你把身份证复印件再给我一份，我给会计那边留底。', senders: PEERS },
  { label: 'normal', text: '老板，昨晚收银的时候有个顾客扫码付了五十八，说支付没成功又给了现金，我对了下账，其实扫码是到账了的，多收了他五十八，他留了电话，我今天退给他了。', senders: PEERS },
  { label: 'normal', text: '店里新来的两个小姑娘我都跟她们说了：谁用老板的头像加你、让你转钱的，一律先打我电话；收款码的钱不能动，每天晚上对完账我来转。', senders: PEERS, hours: EARLY_LATE },
  { label: 'normal', text: '【雇主责任险】您为3名员工投保的雇主责任保险已生效，保险期间一年，电子保单已发送至您邮箱。理赔请拨打保险公司客服电话，保险公司不会要求您先交“理赔手续费”。', senders: BULK },

  // —— 公户 and 对公转账, U盾, codes ——
  { label: 'normal', text: '{sig}您单位账户尾号{tail}于{date}对公转账支出{amt}元，收款方：鑫盛粮油有限公司，用途：货款。如非本单位操作，请立即致电{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}企业网银动态码{code}，您正在进行对公转账，金额{amt}元。请核实收款人信息，切勿将动态码告知任何人，包括自称银行工作人员的人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您单位的企业网银U盾证书将于{date}到期，请法人或经办人携U盾及营业执照到开户网点更新，或在企业网银内自助更新。我行不会通过短信链接或电话要求您下载“证书助手”。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您的对公账户因连续12个月未发生交易，已转为久悬账户，暂停对外支付。如需恢复，请携营业执照、公章及法人身份证到开户网点办理。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的单位结算账户年度核实即将开始，请于{date}前通过企业网银或到网点完成信息确认，核实免费。请勿点击陌生链接办理。', senders: OWN_PORT },
  { label: 'normal', text: '老婆，公户那边我刚转了两万到你卡上，是这个月的房租和给工人的工资，你先别动，明天一早发工资。', senders: PEERS },
  { label: 'normal', text: '{sig}验证码{code}，您正在为商户“绑定新的结算账户”，如非本人操作请忽略并立即修改密码。请勿将验证码告诉任何人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的账户支付密码输错次数过多已冻结，可在{app}通过人脸验证解冻，或拨打{hot}。我们不会主动致电要求您转账解冻。', senders: OWN_PORT, hours: ANYTIME },

  // —— 商业保险 ——
  { label: 'normal', text: '【泊安财险】您投保的商铺财产综合险（含火灾、盗抢）将于{date}到期，续保请联系您的保险顾问或登录官方公众号办理，保费标准见续保通知书。退订回T', senders: BULK },
  { label: 'normal', text: '王老板您好，我是泊安财险的理赔员{person}，您报案的店铺水管爆裂损失我们已经查勘完了，定损{amt}元，赔款会直接打到您投保时留的账户，您不需要支付任何费用。', senders: STAFF, hours: OFFICE },
  { label: 'normal', text: '【泊安财险】您的食品安全责任险保单已生效，保单号尾号{tail}。发生顾客食物中毒等事故时，请第一时间拨打我司客服报案。', senders: BULK },

  // —— family, friends and fellow owners: transfers, questions, warnings ——
  { label: 'normal', text: '妈，店里这个月进货钱不够，我先从你那借五千，下个月十号前还你，转到我那张建行卡就行。', senders: PEERS },
  { label: 'normal', text: '哥，我刚收到个短信说我们超市的收款码要升级，不升级就冻结，里面还有个链接。我没点，这是真的吗？你那边有没有收到类似的？', senders: PEERS },
  { label: 'normal', text: '隔壁奶茶店的小李刚被骗了，有人冒充美团客服打电话说店铺违规要交保证金，她转了三千。大家注意啊，平台的事只在后台处理，没有电话里交钱这一说。', senders: PEERS },
  { label: 'normal', text: '我是辖区派出所的社区民警老刘，今天下午来你们商业街发反诈宣传册。重点提醒：冒充供应商说换账户的、冒充老板让员工转账的、说店铺违规要交钱的，都是骗子，转账前先打电话核实。', senders: STAFF },
  { label: 'normal', text: '【国家反诈中心】商户朋友请注意：收款码出租、对公账户出借是违法行为，可能被追究刑事责任。接到可疑电话请拨打96110咨询。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '老张，听说你那个经营贷被拒了？我跟你说，网上那种说能“包装流水”“内部渠道”的千万别找，都是骗手续费的。你去农商行问问他们的个体户贷款，利息不高也不收中介费。', senders: PEERS },
  { label: 'normal', text: '亲，刚才有人冒充我给你发消息说换了收款账户吗？我没换！我们店的账户一直是对公那个，以后凡是说换账户的，你先打我手机确认。——鑫达冻品 陈姐', senders: PEERS },
  { label: 'normal', text: '闺女，我今天在店里接到个电话说是税务局的，让我下个什么App，我直接挂了，然后去办税厅问了，人家说没这回事。你放心，我没转钱。', senders: PEERS },
  { label: 'normal', text: '（商户群）有没有人知道，有个自称“商会秘书长”的拉我进了个群，说带老板们做供应链项目，月息四个点。我一分钱没投，就是想问问有没有人听说过这个商会？', senders: PASTE },

  // —— marketing with 退订 ——
  { label: 'normal', text: '【惠收单】开店送好礼：新签约商户即享三个月扫码费率0.25%，免费领取收款音箱一台。详询当地服务经理，退订回T', senders: BULK },
  { label: 'normal', text: '【{other}】中秋团购备货季，商家进货满5000元减300，下单请认准官方批发平台，货到付款、可开发票。拒收请回复R', senders: BULK },
  { label: 'normal', text: '【城南农商行】个体户开户季：开立个体工商户结算账户免开户费、免首年年费，送收款码立牌一套。详询网点，退订回T', senders: BULK },

  // —— salons, repair shops, small factories, 网店, abroad ——
  { label: 'normal', text: '【青丝坊美发】{person}您好，您在本店办理的会员卡余额{amt}元，本次消费烫染扣除268元。会员卡不记名不挂失，充值请到店里前台办理，本店不通过微信私下收款。退订回T', senders: BULK },
  { label: 'normal', text: '王师傅，我那台电动车你修好了没？电瓶换了多少钱你说个数，我下午去拿车的时候扫你店里的码。', senders: PEERS },
  { label: 'normal', text: '老板，广州那家客户说要下两千件的单，让我们先寄样，我问了样品费他说不用我们出，他们出运费。合同我让他先发过来你看，定金到了再开工。', senders: PEERS },
  { label: 'normal', text: '（通话记录）喂，是五金店的周老板吗？我是前天来买水管的那个，你们家给我多找了一百块钱，我给你转回去了，你看下收款码有没有到。', senders: PEERS },
  { label: 'normal', text: '[抖店后台] 您的店铺本月货款{amt}元已结算至店铺余额，可在“资金-提现”中提现到绑定的对公或法人账户，提现手续费按平台规则收取。', senders: PASTE },
  { label: 'normal', text: 'Hi Mr. Wang, this is Priya from the Dubai buyer. We received the sample lanterns, the quality is good. Our purchase order for 3,000 pcs will come by email today; we will pay the 30% deposit by T/T to your company account as in the pro-forma invoice. No fees needed from your side.', senders: ABROAD, en: true },
  { label: 'normal', text: '爸，我在澳洲这边挺好的，店里生意忙就别总给我打电话了。你说有人冒充我要钱的事，我从来不会让你往陌生卡里转钱，有事我都打视频。', senders: ABROAD },
  { label: 'normal', text: '【工业园区管委会】各入园企业：本年度小微企业稳岗补贴申报已开始，请通过人社部门官方网站或政务服务App在线申报，申报免费，补贴直接拨付至企业对公账户。任何以“代办补贴”名义收费的均非官方。', senders: BULK },
  { label: 'normal', text: '（通话记录）你好，这里是{name}客服，工号{code}。您的小额贷款已经逾期5天，这次来电只是提醒您还款，您可以在{app}里查看账单。如果暂时有困难可以申请延期，我们不会联系您的家人或店里的人。', senders: OWN_LINES, hours: OFFICE },
  { label: 'normal', text: '【批发市场管理处】各档口老板：明天起市场开通统一的聚合收款码，由市场与银行合作提供，不收费率，到管理处二楼登记即可领取。请勿扫描外来人员张贴的收款码。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【{other}】您申请的加盟资料已收到。我们的加盟需经实地考察、签订正式合同后才付款，且所有款项只付至公司对公账户，不承诺任何固定收益。如有人以我司名义收取“名额保证金”，请报警。', senders: BULK },
];

export const BLIND32_TEMPLATES: Template[] = [...NORMAL, ...BLIND32B_TEMPLATES];
