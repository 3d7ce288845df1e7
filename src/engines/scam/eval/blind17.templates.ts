/**
 * BLIND17 held-out bank (twenty-fourth scam author): this file holds the normal messages,
 * blind17b.templates.ts the fraud and harassment; BLIND17_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (later that day), 2026-12-02, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the twenty-fourth author of a scam bank). Written from general knowledge of how
 * subscription and digital-service businesses write to people in 2025–2026 — 短剧 apps (金豆
 * 充值, 会员, refunds that have to go through the app store), video and music memberships and
 * family plans, 网盘 auto-renewal (续费提醒 before the charge, how to cancel in settings, what
 * happens to files over quota), 云手机 instances and 云游戏 time cards, app-store receipts, family
 * purchase approval and refund results, carriers' 增值业务 (二次确认 by reply keyword, 退订 by SMS
 * keyword, 代收费 on the phone bill, 积分 that are redeemed only in the carrier's own app), AI
 * apps and developer consoles (API keys, 2FA, OAuth consent), 知识付费 courses with 7-day refunds,
 * 小程序 games (防沉迷, tiny 提现 of a few 角), livestream 打赏 refunds through the platform's
 * minor-protection channel, 客服工单 threads and satisfaction surveys, complaint platforms — and of
 * how consumer lenders, banks, wallets and carriers touch that world (免密支付 and 自动扣款
 * agreements, card alerts at digital merchants, 先享后付 / 信用付 for memberships, bundled
 * 权益会员 sold with a loan and refunded on complaint); of the telecom-fraud scripts that imitate
 * them (the Ministry of Public Security's common types); and of the debt-collection rules in
 * shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6 unanswered call
 * attempts a day per number, third parties only when the debtor is unreachable and never pressed
 * to pay or told the debt, no public notices, extra fees, new loans to repay old ones, threats,
 * insults, fraud, violence, spreading private information, fake legal documents or impersonated
 * courts, police or government). While writing it the author read only: eval.types.ts,
 * eval.generator.ts, eval.metrics.ts, the other template banks except blind16* (only their
 * headers' style lists and a skim of texts, to avoid duplicating them and to write differently),
 * scam.types.ts (FraudType, MessageInput), registry/institutions.json, registry/README.md,
 * shared/facts/regulation.md, shared/seeds, and the first 45 lines (imports) of eval.test.ts
 * (registry.fixture.ts was only imported by the check script; registry.schema.ts and
 * shared/SPEC.md were not opened). The analyzer's code, lexicons, signal lists, reason catalogue, closed-channel
 * rules, indicator extraction, text model and training corpus were NOT opened; models/, scripts/,
 * docs/, BENCHMARKS.md and the repository README were NOT read; the other author's blind16 bank
 * was NOT opened; the analyzer, vitest, `npm test` and the benchmarks were NOT run; no search tool
 * was used on this repository and git was not used. The only runs were `npm run typecheck` and an
 * expansion check outside the repository (generateEvalSet(registry, 'blind17') and the earlier
 * splits) for counts by label, fraud type and sender kind, for duplicate texts against the other
 * splits and for character-bigram Jaccard similarity (≤ 0.5) against every earlier template and
 * between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): SUBSCRIPTIONS and DIGITAL SERVICES — 短剧
 * apps (金豆 top-ups, SVIP 连续包月, a child's top-ups refunded only through the app store, creator
 * take-downs, script contracts), video and music memberships (pre-charge reminders, device limits,
 * family groups, cancellations), 网盘 (renewal with what happens over quota, shared-link
 * take-downs, temporary freezes lifted by the owner's own face check), 云手机 and 云游戏 (instance
 * expiry, queue screens, outage compensation, parental limits), app-store receipts, family
 * purchase approvals and refund results (approved and refused), carriers' 增值业务 (二次确认 by
 * reply Y, 退订 by keyword, 代收费 lines on a bill, points redeemed only in the carrier's app), AI
 * apps (Pro renewals, leaked API keys revoked, 2FA codes, OAuth consent screens, SSO at work),
 * 知识付费 courses (7-day refunds, platform warnings about 副业 groups), 小程序 games (防沉迷, a
 * 0.30-yuan 提现), livestream 打赏 refunds through the minor-protection channel, and lenders' own
 * membership, 先享后付 and 免密支付 traffic — beside (in blind17b) the scams that imitate them:
 * "误开会员 / 百万保障, cancel it or your 征信 suffers", fake 短剧 refund links, fake app-store
 * refund desks with screen sharing, "AI 副业" courses with a 代理费, 小程序 game "提现" needing a
 * 解冻金, fake carrier 积分兑换 links, fake 网盘 "违规内容" warnings from "网警", 短剧 and AI 算力
 * investments. Writing styles: 客服工单 threads with ticket IDs and system lines
 * (【系统】工单已转交二线), in-app system notifications with order IDs and timestamps, push + SMS
 * pairs about the same event, voice-assistant dialogues (小鲸小鲸，…), developer and tech-jargon
 * English and Chinglish (API keys, 2FA, OAuth, webhooks, on-call), English–Chinese mixed product
 * names (SVIP, Pro Max, MirrorCloud), screenshots described in brackets ([截图：扣费记录 ×3]),
 * terse one-line auto-replies (收到，稍后处理), complaints forwarded from a 黑猫投诉-style platform
 * (the fictional 白鸽投诉) with the merchant's reply. Harassment (blind17b) beside blatant threats:
 * 1-分 transfers and 红包 whose 备注 insult or threaten, 话费 top-ups to relatives' phones with a
 * debt note, shared 网盘 folders and 共享相册 named after the debt, comments and 弹幕 under the
 * debtor's 短视频 / 直播, fake 助力 links sent to every contact, app-store style reviews naming the
 * debtor, messages through a game's friend list and guild channel, a lender's own calls at 22:30
 * "because you only answer at night", more than six calls a day, extra "外访费". Lawful collection
 * (the lender's own port or hotline, daytime, the debtor only, hardship plans in the app, a
 * contact person asked only to pass on a call-back request) is labelled normal. Many normals use
 * scam vocabulary lawfully (验证码 with 切勿告知他人, 冻结 of a 网盘's sharing and of 金豆, 逾期 of a
 * 云手机 instance and of a 先享后付 bill, 征信 in a lender's membership refund, 转账 between
 * flatmates sharing a family plan, 安全 alerts, 违规 in a real take-down, 提现 and 积分兑换 described
 * honestly). "Is this real?" questions and warnings written by relatives, schools, the police,
 * the platforms and the lenders are normal.
 */
import type { Template } from './eval.types.js';
import { BLIND17B_TEMPLATES } from './blind17b.templates.js';

/** A registered lender's, bank's, wallet's or carrier's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** A registered lender's notice sent through its SMS vendor's port. */
const VENDOR: Template['senders'] = ['official_port', 'unknown_port'];
/** Unregistered apps, platforms, app stores, carriers, schools and police: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** In-app notifications, ticket threads, receipts and screenshots pasted with no sender. */
const PUSH: Template['senders'] = ['none'];
/** Family, flatmates, friends and colleagues on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** Codes, receipts, security alerts and card alerts: any hour. */
const ANYTIME = [0, 1, 7, 12, 16, 20, 22, 23];
/** People binge-watching and buying late. */
const LATE_USE = [20, 21, 22, 23, 0, 1];

const NORMAL: Template[] = [
  // ── 短剧 apps ──
  { label: 'normal', text: '[App 内通知] 桔子短剧 · 10:42\n充值成功 ✓\n订单号：JZ{code}{tail}\n商品：98 金豆（约可解锁 30 集）\n实付：¥9.90（Apple 应用内购买）\n金豆长期有效，不支持转赠或提现。如非本人操作，可在“我的-帮助-充值记录”申请核查。', senders: PUSH, hours: LATE_USE },
  { label: 'normal', text: '【桔子短剧】您好，您在{date}反馈的“孩子误充值 3 笔共 ¥118.00”已核实。由于这几笔通过 Apple 支付，平台无法直接退款，请在 iPhone“设置-Apple 账户-媒体与购买项目-购买记录”中点“报告问题”提交申请，结果以 Apple 邮件为准。我们已冻结这 3 笔订单对应的金豆，避免继续被消费。本平台客服不会来电让您下载任何软件。', senders: BULK },
  { label: 'normal', text: '【甜橙剧场】您的 SVIP 连续包月将于{date}续费，金额 ¥25.00，扣款方式：微信支付。如不再需要，可在 App“我的-会员-管理续费”一键关闭，关闭后本期权益照常可用到期末。拒收请回复R', senders: BULK },
  { label: 'normal', text: '[推送 21:03] 甜橙剧场：年卡会员开通成功，有效期至 2026-05-31，去看《南洋首富》大结局 >\n[短信 21:03] {sig}您尾号{tail}的账户于21:03向“甜橙剧场”支付198.00元，余额请登录{app}查看。', senders: PUSH },
  { label: 'normal', text: '我妈问我：“手机上弹出来说我看短剧欠了 199，不交就起诉，是不是真的？” 我看了下，是她装的一个“免费剧场”里的广告弹窗，点进去要填银行卡号，我直接帮她卸了。家里有老人的都查一下手机。', senders: FOLK },
  { label: 'normal', text: '【桔子短剧】创作者您好，您上传的二创剪辑《总裁的替身新娘 1-5》因使用未授权片源已下架（第 2 次）。累计 3 次将限制投稿 30 天。如持有授权书，可在“创作者中心-作品申诉”上传，平台不收取任何申诉费用。', senders: BULK },
  { label: 'normal', text: '【甜橙剧场】编剧合作通知：您投递的剧本《重回十八岁那年》已通过初审，合同将通过“创作者中心”在线签署。平台不收取审稿费、包装费或保证金，稿酬按合同分两次打到您本人实名认证的银行卡。', senders: BULK },
  { label: 'normal', text: '今晚《南洋首富》更新大结局，谁都别在群里剧透！！', senders: FOLK, hours: LATE_USE },
  // ── video and music memberships ──
  { label: 'normal', text: 'Hi，长河视频 VIP（连续包季）将在 24 小时后扣费 ¥58.00。Manage it：App → 我的 → VIP 会员 → 自动续费管理。如果是在 App Store 订阅的，请到 iPhone“设置 → Apple 账户 → 订阅”里取消。', senders: BULK },
  { label: 'normal', text: '【鲸歌音乐】您的“黑胶 SVIP”已取消自动续费，当前权益有效至{date}，到期后不再扣款。想恢复的话，在“账号-会员中心”重新开通即可。', senders: BULK },
  { label: 'normal', text: '鲸歌音乐 · 家庭共享\n{person}邀请你加入 Premium Family（最多 6 人），会员费由组长支付，你无需付款。\n接受：App 内“消息 - 家庭邀请”\n不认识邀请人？忽略即可，邀请 7 天后失效。', senders: PUSH },
  { label: 'normal', text: '【长河视频】验证码{code}，用于在新设备“Android TV · 客厅”登录，10分钟内有效。如非本人操作，请勿提供给任何人并尽快修改密码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【长河视频】您的账号正同时在 4 台设备播放，超出 VIP 同时观看上限（2 台），最早登录的设备已自动下线。若有陌生设备，请到“设置-账号安全-登录设备管理”移除并改密。', senders: BULK, hours: LATE_USE },
  { label: 'normal', text: '{sig}您尾号{tail}的储蓄卡{date}快捷支付扣款25.00元，商户：长河视频（连续包月）。如需解除该商户的自动扣款，可在{app}“支付管理-免密支付/自动扣款”中关闭。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '家庭会员我续好了，一年 238，你们先把自己的电视和平板登录一下，超过 5 台会把别人挤掉。钱不用给我，过年红包里扣（开玩笑', senders: FOLK },
  { label: 'normal', text: '小鲸小鲸，播放我收藏的歌单。\n小鲸：正在为您播放“晨跑”，共 42 首。您的黑胶会员还有 3 天到期，需要我到期前提醒您吗？\n不用了。\n小鲸：好的，不会再提醒。', senders: PUSH },
  { label: 'normal', text: '奶奶：手机上那个“鲸歌音乐”又发短信说要扣 15 块？\n我：那是我给您开的听戏会员，每月 15，扣的是我的卡，您不用管。要是有人打电话说帮您“退会员”，直接挂。', senders: FOLK },
  // ── 网盘 ──
  { label: 'normal', text: '【方舟云盘】您的超级会员（2TB）将于{date}到期，开启自动续费的将在到期前 1 天扣费 ¥30.00。当前已用 1.68TB；若不续费，超出免费空间的文件仍可查看、下载，只是不能再上传，不会被删除。取消续费：App“我的-会员中心-自动续费”。', senders: BULK },
  { label: 'normal', text: '【方舟云盘】您分享的链接“2024 家庭照片”因被举报已临时屏蔽，原因：疑似包含他人身份证件。文件本身未删除，您可在“我的分享”中修改分享范围或发起申诉。平台不会以“违规”为由要求您缴纳任何罚款或保证金。', senders: BULK },
  { label: 'normal', text: 'Fangzhou Drive security alert: new sign-in to your account from Chengdu (iOS 18, Safari) at 02:14. If this was you, no action is needed. If not, change your password and turn on 2-step verification in Settings → Security. We will never phone you about this alert.', senders: BULK, hours: ANYTIME, en: true },
  { label: 'normal', text: '【方舟云盘】检测到您的账号短时间内在多地登录，已临时冻结“分享”和“转存”功能 24 小时，文件安全不受影响。本人可在 App“账号安全”中通过人脸核验立即解冻，全程免费。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '把网盘里那份“2025Q2 经营分析-终版v3.xlsx”的链接再发我一下，提取码好像过期了', senders: FOLK },
  { label: 'normal', text: '提醒自己：方舟云盘的 2FA 恢复码存在 1Password 的 Family vault 里，一共 10 个，每个只能用一次。不要截图发家庭群！', senders: PUSH },
  // ── 云手机 and 云游戏 ──
  { label: 'normal', text: '【镜界云手机】您的云手机实例 CP-{tail}（安卓 12 · 标准版）将于{date}到期。到期后数据保留 7 天，逾期未续费实例将被释放、数据无法恢复。续费请在 App“我的设备”中操作，本产品没有自动续费。', senders: BULK },
  { label: 'normal', text: '[飞梭云游戏] 排队中… 当前第 37 位，预计等待 6 分钟\n会员加速：剩余时长 12 小时 40 分\n开始游戏后按分钟扣除时长，退出即停止计时。', senders: PUSH, hours: LATE_USE },
  { label: 'normal', text: '【飞梭云游戏】您购买的“畅玩月卡”（订单 FS{code}）因{date}服务器故障连续不可用超过 24 小时，已按补偿规则自动延长 3 天，并退还 ¥5.00 至原支付账户，1-3 个工作日到账，您无需任何操作。', senders: BULK },
  { label: 'normal', text: '云手机那台跑脚本的实例我先关了，ADB 调试端口别开公网，昨晚日志里有人在扫 5555。API key 已经轮换，新的放在团队 Vault，别往群里贴。', senders: FOLK },
  { label: 'normal', text: '飞梭云游戏 · 家长助手\n孩子账号“乐乐”本周已游戏 3 小时，剩余可用 0 小时。\n消费限额：单次 ≤ ¥50，单月 ≤ ¥200。\n如需修改，请在家长端完成身份验证后操作。', senders: PUSH },
  { label: 'normal', text: '有人用过 MirrorCloud 云手机 Pro Max 吗？挂 24h 跑 Auto.js 会不会被封，月卡 ¥39 值不值？', senders: FOLK },
  { label: 'normal', text: 'Heads-up: your free trial of MirrorCloud Phone ends on {date}. After that you will be charged CNY 68.00 per month unless you cancel at least 24 hours before. You can cancel any time in Settings → Subscriptions.', senders: BULK, en: true },
  // ── app stores: receipts, family approvals, refunds ──
  { label: 'normal', text: 'Your receipt from Apple\nORDER ID: MT{code}{tail}\n甜橙剧场 — SVIP 月卡 (Monthly)　¥25.00\nRenews {date}\nBilled to: WeChat Pay\nIf you did not authorise this purchase, open your purchase history and choose Report a Problem.', senders: PUSH, hours: ANYTIME },
  { label: 'normal', text: '【星图应用市场】您于{date}申请的退款（订单号 {code}{tail}，商品：知行课堂 · 年度会员）已审核通过，¥198.00 将在 1-5 个工作日内原路退回。进度可在“我的-订单-退款详情”查看。', senders: BULK },
  { label: 'normal', text: 'Refund request update: we reviewed your request for "Cloud Storage 200 GB (Monthly)" and cannot issue a refund, because the subscription was used during this billing period. You can still cancel to avoid future charges: Settings → your name → Subscriptions.', senders: PUSH, en: true },
  { label: 'normal', text: '家庭组通知\n孩子账号“乐乐”请求购买：《糖果星球》钻石礼包 ¥6.00\n[批准]　[拒绝]\n批准后将使用家庭管理员的付款方式支付。', senders: PUSH, hours: LATE_USE },
  { label: 'normal', text: '[截图：扣费记录 ×3]\n姐你帮我看看，这三笔“AppStore-甜橙剧场”每笔 30，是我手滑订阅了吗？要不要打网上搜到的客服电话？\n姐：别打搜来的电话！设置 → Apple 账户 → 订阅 里先取消，再在购买记录里点“报告问题”申请退款。', senders: FOLK },
  { label: 'normal', text: '[推送] 星图应用市场：退款已提交，预计 1-5 个工作日到账\n[短信] {sig}您尾号{tail}的账户收到退款19.90元，交易对方：星图应用市场。', senders: PUSH },
  { label: 'normal', text: '[截图：微信支付 › 自动续费 列表：长河视频 25 元/月、方舟云盘 30 元/月、灵犀 AI 68 元/月]\n光订阅一个月就 123，今天全关了，只留网盘。', senders: FOLK },
  // ── carriers: 增值业务, 代收费, 积分 ──
  { label: 'normal', text: '【云海移动】尊敬的客户，您本月已订购的增值业务：①彩铃-经典版 5元/月 ②视频彩铃会员 10元/月。回复“TDCL”退订彩铃，回复“TDSP”退订视频彩铃，退订次月生效。', senders: BULK },
  { label: 'normal', text: '【云海移动】您已成功退订“手机视频会员(15元/月)”，次月起不再收费，本月已扣费用不退。感谢使用。', senders: BULK },
  { label: 'normal', text: '【云海移动】您正在订购“云盘尊享包 10元/月”，确认订购请在15分钟内回复“Y”，回复其他内容或不回复视为放弃。若非本人操作，请勿回复。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '话费账单明细（{date}）\n套餐月费 ………… 59.00\n增值业务 ………… 15.00（视频彩铃会员）\n代收费业务 ……… 6.00（应用商店 - 糖果星球）\n合计 ……………… 80.00\n对代收费有异议，可拨打客服热线申请核查退费。', senders: PUSH },
  { label: 'normal', text: '【云海移动】您有 2860 积分将于 12 月 31 日清零，可登录“云海移动”App-我的-积分商城兑换话费或流量。积分兑换不需要支付任何费用，也不需要填写银行卡信息。', senders: BULK },
  { label: 'normal', text: '爸：短信说我手机开了个“彩铃”每月扣钱，回复 TD 就能退，是真的吗？\n我：真的，是营业厅的客服号发的，回了会收到退订成功。就是别点任何短信里的链接。', senders: FOLK },
  { label: 'normal', text: '【云海移动】安全提示：您的号码刚刚办理了“补换卡”，如非本人办理，请立即拨打客服热线或携带身份证到营业厅处理。补卡后原卡失效，请留意各 App 的登录验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '查了话费详单，原来是儿子在电视盒子上点了“4K 影视包 29 元/月”，走的话费代收。打客服说首月可以退，已经退订了，回头把盒子设个购买密码。', senders: FOLK },
  // ── AI apps and developer consoles ──
  { label: 'normal', text: '【灵犀AI】您的 Pro 会员（¥68/月）已续费成功，本月包含长文本对话不限次、绘图 500 张。发票可在“设置-订单与发票”自助开具；取消续费后，本期结束时降级为免费版。', senders: BULK },
  { label: 'normal', text: 'Lingxi AI Platform: we found your API key ending {tail} in a public code repository and revoked it to protect your account. Create a new key in Console → API Keys. No usage was billed after revocation. We will never ask you to send a key or a 2FA code by email or chat.', senders: BULK, en: true },
  { label: 'normal', text: '[授权确认] “知行课堂”申请使用你的灵犀账号登录\n将获取：头像、昵称\n不会获取：手机号、支付信息、聊天记录\n[允许]　[拒绝]\n授权可随时在“账号-第三方应用”中撤销。', senders: PUSH },
  { label: 'normal', text: '2FA code for your Lingxi Console: {code}. It expires in 10 minutes. Lingxi staff will never ask for this code. If you did not try to sign in, reset your password.', senders: BULK, hours: ANYTIME, en: true },
  { label: 'normal', text: 'heads up：CI 里的 key 已经换成灵犀的 service account，老 token 已 revoke。本地 .env 记得 pull 一下 secrets 模板，真值千万别 commit 🙏', senders: FOLK },
  { label: 'normal', text: '@所有人 团队的灵犀AI企业版已续到明年 6 月，统一走 SSO 登录，别用个人手机号另注册。发票找行政，也别自己掏钱买“低价共享号”，号一封数据就没了。', senders: FOLK },
  { label: 'normal', text: 'PR 已 merge：订阅模块的 webhook 重试改好了，DID_RENEW 和 SUBSCRIPTION_RENEWED 都会落库，重复通知按 transaction_id 去重。周四灰度，有问题 @我。', senders: FOLK },
  // ── 知识付费 courses ──
  { label: 'normal', text: '【知行课堂】您购买的《Excel 从入门到精通（含 AI 插件）》学习进度 8%，符合“7 天无理由退款”，¥99.00 已原路退回，课程权限同步关闭。', senders: BULK },
  { label: 'normal', text: '【知行课堂】提醒：课程老师不会私下拉您进群“跟单赚钱”，也不会收取“副业代理费”“结业授权费”。平台的所有收费都在 App 订单里完成，遇到私聊收费请在课程页点“举报”。', senders: BULK },
  { label: 'normal', text: '别信那个“AI 副业训练营”。我同学交了 1980，说有人带着做“AI 漫剧分发”一个月回本，结果就是网盘里一堆录播课，退款群第二天就解散了。真想学 AI 去正规平台买课，七天内能退。', senders: FOLK },
  { label: 'normal', text: '{sig}您在知行课堂购买的课程已选择{app}分 6 期支付，首期已于{date}扣款。若课程在 7 天内退款，分期将同步取消、已付款项原路退回，无需另行申请。', senders: OWN_PORT },
  // ── 小程序 games ──
  { label: 'normal', text: '【糖果星球】防沉迷提醒：你已连续游戏 2 小时，请注意休息。未成年人仅可在周五、六、日和法定节假日 20:00-21:00 游戏 1 小时。', senders: PUSH, hours: [20, 21] },
  { label: 'normal', text: '[小程序] 糖果星球：提现成功，¥0.30 已到账微信零钱（本周第 1 次，满 0.3 元可提）。提现不收手续费；任何要你先付“解冻金”“激活费”的页面都是仿冒的。', senders: PUSH },
  { label: 'normal', text: '儿子玩的那个消消乐小程序，说看广告能提现，攒了 19.8 块差 0.2 就能提。我看这种永远差一点，别浪费时间了，更别充钱“加速提现”。', senders: FOLK },
  { label: 'normal', text: '【糖果星球】温馨提示：游戏账号仅限本人使用，官方不提供任何账号交易、代充或代练服务。在群里私下买“低价钻石”可能导致封号，付出的钱也追不回来。', senders: BULK },
  // ── livestream 打赏 refunds for minors ──
  { label: 'normal', text: '【萤火直播】家长您好，您提交的未成年人打赏退款申请（工单号 YH{code}）已受理。请在 7 个工作日内于“设置-未成年人保护-退款申请”上传：① 监护人身份证明 ② 孩子使用设备的情况说明 ③ 支付记录截图。审核通过后原路退回，平台不会打电话让您转“退款手续费”。', senders: BULK },
  { label: 'normal', text: '【萤火直播】未成年人消费退款结果：经核实，工单 YH{code} 中的 12 笔打赏共 ¥{amt} 符合退款条件，已原路退回至微信支付，预计 1-3 个工作日到账。该账号已开启青少年模式，关闭需监护人验证。', senders: BULK },
  { label: 'normal', text: '老婆，孩子拿我手机在直播间打赏了两千多，我已经在萤火直播 App 里走了未成年人退款通道，客服说交材料就行，不用给谁转钱。那个私信说能“加急退款”的别理。', senders: FOLK, hours: [19, 20, 21, 22] },
  { label: 'normal', text: '各位家长：寒假将至，请检查孩子的手机、平板是否开启“未成年人模式”并设置支付密码。如发现孩子在直播或游戏中充值打赏，请通过平台官方“未成年人退款”入口申请，切勿相信网上“代理退款”“全额追回”的广告。——江城实验小学德育处', senders: BULK },
  // ── 客服工单 threads, surveys, auto-replies ──
  { label: 'normal', text: '工单号：GD{code}{tail}　状态：处理中\n[10:02 用户] 上个月被扣了两次会员费，截图已上传\n[10:05 客服-小鹿] 已收到，正在核查扣费记录\n【系统】工单已转交二线（支付组）\n[14:40 支付组] 经核实为重复扣费，已退款 ¥25.00，原路退回\n【系统】工单状态：已解决，请为本次服务评价 ☆☆☆☆☆', senders: PUSH },
  { label: 'normal', text: '{sig}您提交的工单（编号{code}）已更新：“会员服务费退费申请”已受理，预计3个工作日内给出结果，结果将通过短信及{app}“我的-客服工单”告知。请勿相信任何自称可“加急处理”的来电。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}感谢您致电{hot}，请为本次服务打分：回复1非常满意，2满意，3一般，4不满意。回复免费。', senders: OWN_PORT },
  { label: 'normal', text: '收到，稍后处理', senders: FOLK },
  { label: 'normal', text: '【客服自动回复】您的留言已收到，人工客服服务时间 9:00-21:00，我们会在 2 小时内回复，请勿重复提交。', senders: PUSH, hours: ANYTIME },
  { label: 'normal', text: '已退，查收下', senders: FOLK },
  { label: 'normal', text: '工单 #{code} 已关闭（超过 72 小时未回复）\n【系统】如问题未解决，可在 7 天内点击“重新打开”。\n用户：我明明回复了啊？？扣了三次费还没退，再关单我就去投诉了', senders: PUSH },
  { label: 'normal', text: '【系统】工单 INC-{code} 优先级 P2 → P1\n【系统】已通知 on-call：{person}\n[02:14 on-call] 支付回调 5xx，已回滚到 v3.8.1\n[02:31 on-call] 已恢复，补偿任务在跑，重复扣费的用户今天统一原路退款', senders: PUSH, hours: ANYTIME },
  { label: 'normal', text: '[自动回复] 在开会，晚点回你。急事打电话。', senders: FOLK },
  // ── complaint platforms ──
  { label: 'normal', text: '【白鸽投诉 · 已完成】投诉编号 BG{code}\n投诉对象：长河视频\n问题：未经同意自动续费，扣费前没提醒\n诉求：退款　涉诉金额：¥75.00\n[商家回复] 您好，该账户去年开通连续包月，扣费前 1 天已发送短信提醒。考虑到您近期未使用，已退还最近三个月费用，原路退回。\n[用户评价] 已收到，满意。', senders: PUSH },
  { label: 'normal', text: '【白鸽投诉】投诉对象：{name}\n问题：借款时默认勾选“加速审核会员”，被扣 ¥199\n诉求：退还会员费\n进度：商家已回复 ——“经核实该会员为可选项目，已为您全额退款，款项 3 个工作日内原路退回。如仍有疑问请联系{hot}。”', senders: PUSH },
  { label: 'normal', text: '{sig}您在{app}借款时开通的“权益会员”（299.00元）已按您的申请退订，费用已退回尾号{tail}的扣款卡。会员与借款审批无关，退订不影响您的额度，也不会影响征信记录。', senders: OWN_PORT },
  { label: 'normal', text: '我在白鸽投诉上投诉了甜橙剧场乱扣费，两天就有人回了，是 App 里的官方客服私信，让我在订单页点退款，没让我加任何人，也没要验证码，钱今天已经回来了。', senders: FOLK },
  { label: 'normal', text: '【白鸽投诉 · 处理中】投诉编号 BG{code}\n投诉对象：方舟云盘\n标题：自动续费没提醒，一年扣了我 360\n内容：我是去年 6 月为了传毕业照开的超级会员，当时页面默认勾了“连续包月”，我根本没注意。之后一直没用，今年对账才发现每月扣 30，一共扣了 12 次。客服说扣费前都发过短信，可我手机上一条都找不到（[截图：短信列表，无相关提醒]）。希望退还未使用期间的费用，并取消自动续费。\n诉求：退款 ¥360.00\n[{date} 商家回复] 您好，已核实：因您的手机号开启了运营商拦截，部分提醒短信未送达。已为您关闭自动续费，并退还最近 6 个月费用 ¥180.00，其余费用对应的空间在此期间一直为您保留。退款原路返回，3 个工作日内到账。如有异议，可在本投诉下继续补充。\n【系统】等待用户确认处理结果（剩余 6 天）', senders: PUSH },
  { label: 'normal', text: '《长河视频自动续费服务规则》（节选）\n1. 您开通连续包月 / 包季 / 包年后，我们将在每个计费周期到期前 24 小时内通过您选择的支付方式扣费；扣费前 5 日会以短信或 App 消息提醒您。\n2. 取消方式：App“我的 - VIP 会员 - 自动续费管理”；通过 Apple 订阅的，请在 iPhone“设置 - Apple 账户 - 订阅”中取消；通过微信、支付宝或银行卡签约的，也可在对应支付 App 中解约。\n3. 取消后，已扣费周期内的权益不受影响，我们不会因取消续费收取任何费用，也不会影响您的个人信用。\n4. 如您是未成年人，请在监护人同意后开通；监护人可通过“客服 - 未成年人消费”申请核查退款。\n5. 长河视频工作人员不会以“关闭会员”“取消扣费”为由要求您转账、借款或共享屏幕。', senders: PUSH },
  // ── lenders, banks and wallets: 免密支付, 先享后付, membership ──
  { label: 'normal', text: '{sig}您尾号{tail}的银行卡在“镜界云手机”的免密支付今日累计已达 500 元上限，后续交易需输入密码。如非本人操作，请立即在{app}中冻结该免密协议或致电{hot}。', senders: OWN_LINES, hours: ANYTIME },
  { label: 'normal', text: '{sig}验证码{code}，您正在把尾号{tail}的卡绑定为应用商店付款方式，5分钟内有效。自称客服、退款专员向您索要验证码的都是诈骗，切勿告知他人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您在{app}开通的“信用付”可用于视频、音乐等数字会员消费。开通时已经您授权查询征信报告，后续还款记录将按规定报送；按期还款不产生额外费用。不需要可在“支付设置”中关闭。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}【消保小课堂】会员扣费三步查：① 看扣费短信里的商户名；② 在支付 App 的“自动续费 / 免密支付”里查签约；③ 到商户 App 里取消并申请退款。来电让您“关闭会员以免影响征信”的，直接挂断。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}反诈提示：有人冒充“应用商店退款专员”来电，称您的订阅重复扣费，要求您开启屏幕共享、在{app}借款“走退款流程”。退款只会退回原支付账户，从不需要借款或转账。接到此类电话请挂断并拨打{hot}核实。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您已在{app}成功解除与“飞梭云游戏”的自动扣款协议，今后该商户将无法从您的账户自动扣款。已产生的订单如需退款，请联系商户处理。', senders: OWN_PORT },
  { label: 'normal', text: 'Hey, the "{name}" charge of CNY 19.90 on my card — is that real? Checked the app: it is the Plus membership I turned on with a loan promo last spring. Cancelled it under Me → Membership, refund requested through the in-app chat, no calls needed.', senders: FOLK, en: true },
  // ── lawful collection (daytime, the debtor only) ──
  { label: 'normal', text: '{sig}您好，您的“先享后付”订单（商户：知行课堂 · 年度会员）本期应付299.00元已逾期3天，请通过{app}“账单”页面还款。我们不会委托他人用私人账户收款，也不会联系您的通讯录。如对订单本身有异议，请先向商户申请退款。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写 14:20] 坐席：您好，请问是{person}本人吗？我是{name}的客服，工号{tail}，本次通话全程录音。您的账单已逾期 10 天，金额{amt}元……嗯，理解，您可以在{app}里申请分期，我这边也可以帮您登记下周五还款。今天就不再打扰您了，有问题请拨{hot}。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}，您在{app}的借款已逾期，欠款金额以 App 显示为准。请本人登录 App 还款或致电{hot}协商。本短信由{name}委托发送，回T退订', senders: VENDOR, hours: DAYLIGHT },
  { label: 'normal', text: '[{app} · 我的工单]\n工单号 XS{code}　类型：协商还款\n09:12 您提交了“失业导致还款困难”申请，附件：离职证明.pdf\n【系统】工单已分配至协商专员\n11:30 协商专员：您好，已为您申请 6 期延期方案，每期{amt}元，请在“还款计划”页确认，确认前不收取任何费用。\n【系统】待您确认', senders: PUSH, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，我们有一件事务需要联系您的亲友（手机尾号{tail}），近期多次未能联系上，如方便请转告其拨打{hot}或登录{app}查看消息。此事与您本人无关，打扰了。', senders: OWN_PORT, hours: DAYLIGHT },
  // ── warnings from police, relatives, communities ──
  { label: 'normal', text: '【江城市反诈中心】近期有人自称“短剧平台客服”来电，说您“误开会员、每月扣费、不关会上征信”，再诱导您下载会议软件共享屏幕。会员在 App 设置里自己就能关，真客服不会要您共享屏幕或转账。', senders: BULK },
  { label: 'normal', text: '妈你记住：凡是说“你网盘里有违规内容，我是网警”的都是骗子。网警不会打电话让你交罚款，更不会让你装什么“安全防护”App。真有事派出所会让你本人去。', senders: FOLK },
  { label: 'normal', text: '[小区群] 物业转发：这几天有“手机积分兑换”短信，链接点进去要填银行卡和验证码，已经有 3 户被盗刷。积分只在运营商自己的 App 里兑，短信里的链接一律别点。', senders: PUSH },
  { label: 'normal', text: '这条是真的吗？“【方舟云盘】您的超级会员将于明日自动续费 30 元，如需取消请在 App-会员中心关闭。” 我记得去年开过。\n—— 查过了，号码和签名都对，也没有链接，就是续费提醒。不想续就自己进 App 关掉。', senders: FOLK },
  { label: 'normal', text: 'Is this legit? Got an email: "Your subscription to Cloud Phone Pro was renewed for CNY 68". Did not remember subscribing, but Settings → Subscriptions shows it — a free trial from last month. Cancelled it and filed a refund request myself.', senders: FOLK, en: true },
  { label: 'normal', text: '问一下，长河视频连续包月扣费前会发短信吗？刚收到一条 106 开头的，说明天扣 25，也没链接，是官方的吧？', senders: FOLK },
  { label: 'normal', text: '@阿杰 这季度合租的视频会员 + 网盘一共 168，四个人一人 42，转我微信就行，备注“会员”。', senders: FOLK },
  { label: 'normal', text: '小橙小橙，我的网盘还剩多少空间？\n小橙：方舟云盘已用 1.2TB，共 2TB，会员将于{date}自动续费 30 元。\n小橙小橙，帮我关掉自动续费。\n小橙：此操作需要您在方舟云盘 App 内确认，已为您打开“会员中心”。', senders: PUSH },
];

export const BLIND17_TEMPLATES: Template[] = [...NORMAL, ...BLIND17B_TEMPLATES];
