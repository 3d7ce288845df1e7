/**
 * BLIND29 held-out bank (thirty-sixth scam author): this file holds the normal messages,
 * blind29b.templates.ts the fraud and harassment; BLIND29_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-sixth author of a scam bank; another author wrote blind28 at the same time, and this
 * author did not open, grep or print that bank, not even its header: only its file names and
 * sizes appeared in a directory listing, and the check script printed it as a count only).
 * Written from general knowledge of how salaried office workers and young professionals in
 * China's big cities meet money in 2025–2026: how 券商 write (开户, 风险测评 and 适当性 renewals, 新股
 * and 可转债 中签 with 缴款 deadlines, 两融 维持担保比例 warnings, 分红, 逆回购, 科创板 permissions,
 * 银证转账, investor-education warnings about 荐股群 and fake apps); how 基金公司 write (定投扣款
 * succeeded or failed, 分红方式, 赎回到账, 基金经理变更公告); bank 理财 maturity, 净值 回撤, 大额存单 and
 * 结构性存款 notices; 个人养老金 accounts (开户, 缴存 within the 12000-yuan yearly cap, 凭证 for the
 * 个人所得税 App); 数字人民币 wallets (兑出, 子钱包 limits, 消费季红包 with no link to click, an
 * employer's festival bonus in e-CNY); 住房公积金 提取 and 对冲还贷, LPR 重定价 and 提前还款; 个税
 * 汇算, 专项附加扣除 and 国库退税 only through the official app; 代发工资, 电子工资条, 年终奖 单独计税,
 * 企业年金; lawful credit-card and 分期 reminders and collection calls (daytime, with a 工号,
 * third parties asked only to pass on a call-back and told nothing); HR, 财务 and 行政 notices on
 * 企业微信, 钉钉 and 飞书 (报销 approvals, invoice rules, 入职 paperwork, 体检, "finance never asks
 * by chat", the fake 张总 spotted and reported); colleagues' AA, 份子钱, 团建 经费, 拼车, 奶茶接龙;
 * conferences, 差旅 and airline delays; 续保 and group medical claims. And of the fraud scripts aimed
 * at them (Ministry of Public Security's common types): fake bosses, 财务总监, HR and 法务 on
 * 企业微信 / 钉钉 / 飞书 and gift-card requests in English; 荐股群, 内幕消息, 机构打新 "内部额度", fake
 * broker and fund apps, 私募 "保本", 数字藏品, USDT 量化 and 合约跟单, 数币理财, fake 养老金 "增强计划",
 * and "pay 20% tax before withdrawal"; fake 两融 "误开通" desks with screen sharing, fake fund
 * 清盘迁移, fake 航班改签 and 会员 renewals, fake 差旅 refunds; fake 个税退税, 税务稽查, 社保退费,
 * 证监会 追损, 外汇局 and 经侦 voices; 公积金信用贷, 白领信用贷, 奖金预支 and 提额 for fees; 征信修复
 * before a 房贷 or 公积金 loan; after-work 刷单 side-gigs; 杀猪盘 with "投行VP" and "基金经理" matches;
 * cheap concert tickets, 保过班, 闲鱼 MacBooks and 体检卡; game accounts and skins; fake 猎头 背调费,
 * 跑分, fake 年会 prizes, sextortion aimed at the victim's company. And of the debt-collection rules
 * in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6 unanswered call
 * attempts a day per number, third parties only when the debtor is unreachable and never pressed
 * to pay or told the debt, no public notices, extra fees, new loans to repay old ones, threats,
 * insults, violence, spreading private information, fake legal documents or impersonated courts,
 * police or government), here aimed at the workplace: calls to the 领导, HR and colleagues, posts
 * in the 公司群, "单位协查" letters, 律师函 抄送 HR, threats to the debtor's job.
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind29.templates.ts and blind29b.templates.ts (then written); eval.types.ts, eval.generator.ts
 * and eval.metrics.ts (whole); a directory listing of eval/ (ls -la: names, sizes, dates);
 * blind25.templates.ts lines 1–132 (each line cut at 400 characters): its header, its sender and
 * hour constant declarations, the `const NORMAL` line, one section comment and the first 3
 * template lines; blind25b.templates.ts lines 1–90 (cut at 600 / 400 characters): its header with
 * the labelling rules, its constant declarations, the `const FRAUD` line, one section comment and
 * the first 3 template lines; to find those line ranges, a `grep -n` over each of the two files
 * for the comment-closing lines and the `const NORMAL` / `const FRAUD` lines (it printed only
 * those and the one-line doc comments of the constants, no template line); a keyword grep over
 * the other template banks of eval/ except blind28* and blind29* — total match counts for 荐股,
 * 内幕, 券商, 基金, 定投, 打新, 中签, 两融, 风险测评, 净值, 个人养老金, 数字人民币, 公积金, LPR, 个税,
 * 退税, 年终奖, 企业年金, 工资条, 报销, 企业微信, 钉钉, 财务, HR, 领导, 同事群, USDT, 虚拟币, 数字藏品,
 * 提额, 征信, 航班, 改签, 会员, 续保, 分期, 杀猪盘, 刷单, 社保, 房贷, 股票, 理财, 红包, 同事, 年会 (45),
 * and the first 24 matching fragments (at most 40 characters each side) for 荐股, 个人养老金 and
 * 数字人民币 — to avoid duplicating them; scam.types.ts (its first 80 lines); registry.fixture.ts
 * (whole, it is short); registry/institutions.json summarised by a one-line node script (each
 * institution's id, kind, Chinese name, hotlines, ports, signatures, first app, first domain);
 * registry/README.md (its first 50 lines, which is all of it that printed); shared/facts/
 * regulation.md (whole); listings of shared/facts/ and shared/seeds/ (no seed was opened, though
 * 600 characters of one were allowed); the first 30 lines of bin/run-ts.js and the scripts block
 * of package.json; the check script /tmp/blind-check/check.mts (read and run, not edited). The
 * analyzer's code, lexicons, signal lists, rules, reason catalogue, text model, training corpus
 * and extra messages were NOT opened; nothing else under src/, and models/, scripts/, docs/,
 * bench/, BENCHMARKS.md and the repository README were NOT read; no other bank's template lines
 * were read beyond the above; the analyzer, vitest, the tests and the benchmarks were NOT run; no
 * search tool was used and git was not used.
 *
 * Checks run: `npm run typecheck` (passes) and `node bin/run-ts.js /tmp/blind-check/check.mts
 * blind29 blind28`: 244 templates (113 normal, 105 fraud, 26 harassment) expand to 1952 messages
 * (904 normal, 840 fraud, 208 harassment; every fraud type has at least 6 templates: 15
 * fake_investment, 12 impersonating_acquaintance, 12 fake_customer_service, 10
 * impersonating_authority, 10 fake_loan, 9 brushing_rebate, 8 fake_credit_repair, 8 fake_shopping,
 * 8 romance, 7 other, 6 game_trading); 0 unreplaced placeholders; 0 generated texts shared by two
 * templates of this bank; 0 equal to one in any other split (blind28 as a count only, 0). The
 * highest character-bigram Jaccard against every template of the other banks (blind28 excluded
 * by the script) is 0.485 (no template reached 0.5, so none had to be rewritten for similarity);
 * within this bank no pair reached 0.45. Seven fraud and harassment templates that were first
 * written as third-person retellings were rewritten as the scam's or the collector's own message
 * (or made clear that the victim is still paying), to follow rule 1 of blind25b.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): THE SALARIED MIDDLE CLASS AND DIGITAL FINANCE.
 * Genuine traffic (this file) is written in the voices of brokers and fund companies that are not
 * in the registry (invented names 衡川证券, 远帆证券, 青禾基金, 启望基金, 泊舟保险, 南屿航空, on bulk
 * ports), registered banks and lenders on their own ports ({sig}), a broker's 客户经理 and a bank's
 * 理财经理 and 个贷 staff on desk lines with a 工号 who say they want no password and no transfer,
 * HR / 财务 / 行政 and IT on 企业微信, 钉钉 and 飞书 (pasted, no sender), 部门群 and 出差群 posts,
 * colleagues and spouses on mobiles and MVNO numbers (AA, 份子钱, a loan between colleagues with
 * "don't borrow from 网贷", 定投 and LPR small talk, "is this real?" questions about a 退税 link, an
 * 打新群, a 两融 call and a 猎头's 背调费 — none of them pays), a son in London and a Singapore
 * colleague, and English finance and travel notices. Many use scam vocabulary lawfully: 验证码
 * with 请勿告知他人 for a 养老金 缴存 or a 企业微信 login, 冻结 / 锁定 after wrong passwords, 逾期 in
 * lawful reminders and calls, 保证金 and 验资 named only to say they are never charged, 平仓 in a
 * real 两融 warning, 转账 between colleagues, 清盘 and 共享屏幕 in warnings. Fraud and harassment
 * (blind29b) vary the channel (SMS, 企业微信 / 钉钉 / 飞书 pastes, new group chats, call and video-call
 * transcripts, voice-to-text, 小红书 / 抖音 / dating-app DMs, English e-mails and chats), the length
 * (one line to a paragraph) and the red flags (codes, 安全账户 and 过渡账户, 腾讯会议 screen sharing,
 * up-front 税费 / 保证金 / 验资金 / 背调费, secrecy from colleagues and spouse, urgency before a
 * meeting or the market close, APK links, look-alike ports, prefixed numbers, overseas numbers),
 * with the workplace as the lever: the boss in a meeting, payroll re-binding, a 年终奖 "tax", a
 * 同事群 where a collector posts the debtor's ID, a 律师函 抄送 HR, a threat to write to the 行长.
 */
import type { Template } from './eval.types.js';
import { BLIND29B_TEMPLATES } from './blind29b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Brokers, fund companies, airlines, insurers, HR systems and 公积金 centres not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A 客户经理, an HR or 财务 colleague, a branch or an agent on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** 企业微信 / 钉钉 / WeChat group exports, emails, call transcripts and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Colleagues, friends and spouses on their own phones (sometimes pasted). */
const PEERS: Template['senders'] = ['mobile', 'none', 'virtual'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Colleagues and offices abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A notice from a bulk port, or pasted into a chat. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** After work. */
const EVENING = [19, 20, 21];
/** Late nights of people who work late. */
const LATE = [22, 23, 0];
/** Trading hours. */
const MARKET = [9, 10, 11, 13, 14];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 7, 9, 12, 18, 21, 23];

const NORMAL: Template[] = [
  // —— 券商: 开户, 风险测评, 新股中签, 两融, 分红, 密码, 投资者教育 ——
  { label: 'normal', text: '【衡川证券】尊敬的客户，您的证券账户已开立成功，资金账号尾号{tail}。首次登录请使用本公司官方App，初始密码已通过短信另行发送，请及时修改。本公司工作人员不会索要您的交易密码。', senders: BULK },
  { label: 'normal', text: '【衡川证券】您的风险承受能力评估结果将于{date}到期，到期后将无法申购中高风险产品。请登录官方App“我的-风险测评”重新评估，评估免费，无需联系任何人。', senders: BULK },
  { label: 'normal', text: '【远帆证券】恭喜您中签新股1000股，请于{date}日终前确保资金账户可用余额足额，系统将自动扣款。如放弃认购请在App中操作，连续12个月内3次中签未缴款将被限制申购。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '【远帆证券】风险提示：您的信用账户维持担保比例已低于140%，请于下一交易日前追加担保物或偿还融资负债，否则我司将按合同约定进行平仓。详询客服或营业部，我司不会通过私人微信联系您。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '【衡川证券】您持有的股票于今日派发现金红利，税前每10股派3.20元，已划入您的资金账户。红利税将在卖出时根据持股期限计算扣除。', senders: BULK },
  { label: 'normal', text: '【远帆证券】投资者教育提示：近期有不法分子冒用我司名义建立“荐股群”“内部打新群”，诱导下载非官方App。我司从不通过群聊推荐个股，也不会让您向个人账户转账。官方App请在应用商店搜索下载。', senders: BULK },
  { label: 'normal', text: '【衡川证券】您的交易密码连续输错5次，账户已被临时锁定，次日自动解锁。如非本人操作，请携带身份证到营业部或通过官方App视频办理重置。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【衡川证券】验证码{code}，您正在登录手机证券，5分钟内有效。请勿告知他人，工作人员不会向您索取验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '【远帆证券】您好，您申请开通的科创板交易权限已通过审核，次一交易日生效。请注意科创板股票涨跌幅限制为20%，上市前五日不设涨跌幅限制。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '【衡川证券】您昨日参与的1天期国债逆回购已到期，本金及利息已回到资金账户，可用于今日交易或转出。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '【远帆证券】您申请的可转债“X转债”中签10张，每张100元，请于今日16:00前保持账户余额不少于1000元。可转债价格波动较大，请理性投资。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '[来电转写] 您好，我是衡川证券营业部的客户经理小吴，工号8031。打电话是提醒您账户的适当性信息快到期了，您有空在App里自己更新就行，不用告诉我任何密码，也不用加我微信。有问题可以打我们官方客服核实我的身份。', senders: STAFF, hours: MARKET },
  { label: 'normal', text: '【远帆证券】银证转账成功：从银行卡尾号{tail}转入证券资金账户{amt}元。如非本人操作请立即致电我司官方客服。', senders: BULK, hours: MARKET },
  { label: 'normal', text: '【衡川证券】您的账户近期交易频繁，提示您关注投资风险。我司不提供任何“保本保收益”服务，任何自称我司员工承诺收益的，请拨打官方客服举报。', senders: BULK },

  // —— 基金: 定投, 分红, 净值, 赎回 ——
  { label: 'normal', text: '【青禾基金】您的定投计划已于今日成功扣款{amt}元，对应份额将于T+1日确认，可在官方App或直销网站查询。基金有风险，投资需谨慎。', senders: BULK },
  { label: 'normal', text: '【青禾基金】您本期定投扣款失败，原因：银行卡余额不足。本期不再补扣，下期将按原计划执行，连续三期失败定投计划将自动终止。', senders: BULK },
  { label: 'normal', text: '【启望基金】您持有的基金本次分红，每10份派发0.25元，您选择的分红方式为红利再投资，再投资份额已于今日确认。', senders: BULK },
  { label: 'normal', text: '【启望基金】您赎回的基金份额已确认，赎回款{amt}元预计于{date}前到达您的银行卡尾号{tail}，请注意查收。', senders: BULK },
  { label: 'normal', text: '【启望基金】公告：本公司旗下混合型基金自{date}起变更基金经理，详情见本公司官网及中国证监会指定信息披露媒体。此变更不影响您的持有份额。', senders: BULK },
  { label: 'normal', text: '{sig}您购买的理财产品本周净值出现回撤，当前单位净值低于购买时净值。理财非存款，净值型产品不保本，如需了解请在{app}查看产品说明书或致电{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '同事们注意一下，我刚收到一个电话说是我们买的那只基金要“清盘迁移”，让我转钱到新账户。我挂了打基金公司客服问了，根本没这回事，大家别上当', senders: PASTE },
  { label: 'normal', text: '我把每月的定投从周一改到发工资那天了，上个月扣款失败了一次，是卡里没钱哈哈。你也在定投那个指数吗', senders: PEERS, hours: EVENING },

  // —— bank 理财, 大额存单, 风险评估 ——
  { label: 'normal', text: '{sig}您持有的理财产品已于{date}到期，本金及收益共{amt}元已返还至尾号{tail}的账户，可在{app}查看明细。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您预约的大额存单已于今日成功认购，金额{amt}元，期限3年，可在{app}“我的存款”中查看。如非本人操作请致电{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的风险评估已过期，为保障您的权益，购买理财产品前请在{app}重新完成风险评估。我行不会通过短信链接要求您评估。', senders: OWN_LINES },
  { label: 'normal', text: '[来电转写] {person}您好，我是{name}网点的理财经理，工号0527。您上次问的那款养老理财是R2风险等级，不保本但波动不大。您要是感兴趣可以周末来网点聊，需要双录，我不会在电话里让您买，也不会让您转账给我。', senders: STAFF },
  { label: 'normal', text: '{sig}您的结构性存款产品已到期，实际年化收益率1.85%，本金及收益已到账。结构性存款收益以到期实际为准，详见{app}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}【理财净值公告】您持有的固收类理财本期净值1.0213，近一月年化2.61%。产品历史业绩不代表未来表现。回复T退订', senders: VENDOR_OR_OWN },

  // —— 个人养老金: 开户, 缴存, 抵扣 ——
  { label: 'normal', text: '{sig}您已在我行开立个人养老金资金账户，尾号{tail}。本年度缴存上限12000元，缴存凭证可在{app}下载，用于个人所得税App申报扣除。请勿相信任何“提前领取”“代办提取”的说法。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您本月向个人养老金资金账户缴存{amt}元已成功。年度内可分次缴存，缴存资金可用于购买名录内的储蓄、理财、保险和基金产品。', senders: OWN_PORT },
  { label: 'normal', text: '各位，年底了提醒一下：个人养老金今年还没存的抓紧，12月31日前缴存才能算今年的额度，明年3月汇算的时候在个税App里填“个人养老金”那一栏，上传银行给的凭证就行。别找什么代办。', senders: PASTE },
  { label: 'normal', text: '老婆 我把个人养老金账户开了 在手机银行上弄的 先存了五千 买了一只养老目标基金 明年退税应该能退几百块', senders: PEERS, hours: LATE },
  { label: 'normal', text: '【个人养老金信息平台】您的个人养老金账户已与资金账户完成绑定。本平台及各商业银行不会以短信链接形式要求您补充信息或缴费。', senders: BULK },

  // —— 数字人民币: 钱包, 充值, 红包, 子钱包 ——
  { label: 'normal', text: '{sig}您已从尾号{tail}的银行卡向数字人民币钱包兑出{amt}元，当前钱包余额可在数字人民币App查看。数字人民币钱包由运营机构开立，无需缴纳任何开通或升级费用。', senders: OWN_PORT },
  { label: 'normal', text: '【数字人民币】恭喜您在“城市消费季”活动中获得数字人民币红包{amt}元，已存入您的钱包，有效期至{date}，仅限线下指定商户消费，不可转账提现。活动无需点击任何链接领取。', senders: BULK },
  { label: 'normal', text: '公司今年的过节福利发的是数字人民币，行政说大家打开数字人民币App就能看到，不用填任何信息，也不用点谁发的链接。有同事没收到的在群里说一下工号。', senders: PASTE, hours: [10, 11, 15] },
  { label: 'normal', text: '{sig}您已设置数字人民币子钱包“外卖专用”，单笔支付限额200元，可在{app}随时修改或关闭。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '你数币钱包里的那个消费红包明天过期了，别忘了用，楼下便利店就能扫。我刚用掉买了两杯咖啡', senders: PEERS },

  // —— 公积金, 房贷, LPR ——
  { label: 'normal', text: '【住房公积金】您申请的租房提取已审核通过，提取金额{amt}元将于3个工作日内转入您的银行卡尾号{tail}。办理公积金业务不收取任何费用，请认准官方App和服务网点。', senders: BULK },
  { label: 'normal', text: '【住房公积金】您的单位已为您缴存本月住房公积金，个人与单位合计{amt}元，账户余额可通过公积金App或12329查询。', senders: BULK },
  { label: 'normal', text: '{sig}您的个人住房贷款将于{date}按最新LPR重新定价，调整后执行利率以{app}显示为准，月供随之变化。本次调整无需您办理任何手续。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您预约的提前还款申请已受理，提前归还本金{amt}元将于{date}从尾号{tail}账户扣收，请确保余额充足。提前还款不收取违约金。', senders: OWN_PORT },
  { label: 'normal', text: '【住房公积金】您已成功签约“公积金对冲还贷”，每月将自动提取公积金用于偿还房贷。如需解约请通过官方渠道办理。', senders: BULK },
  { label: 'normal', text: '今天LPR又降了5个基点，我那个房贷明年一月重定价，月供能少一百来块。你的是几月份重定价的？合同上写着', senders: PEERS, hours: EVENING },
  { label: 'normal', text: '[来电转写] 您好，我是{name}个贷中心的，工号2210。您的组合贷公积金部分已经审批通过，下周二请带身份证、结婚证原件到网点面签。面签不收任何费用，也不需要您提前转账。', senders: STAFF },

  // —— 个税: 汇算, 退税, 专项附加扣除 (only the official app) ——
  { label: 'normal', text: '【国家税务总局】您的2025年度个人所得税综合所得汇算已申报成功，应退税额{amt}元，退税审核通过后将由国库直接退至您填报的银行卡，请通过个人所得税App查看进度。税务机关不会发短信链接让您办理退税。', senders: BULK },
  { label: 'normal', text: '【个人所得税】您的退税已由国库退付至尾号{tail}的银行卡，金额{amt}元，请注意查收。', senders: BULK },
  { label: 'normal', text: '@所有人 HR提醒：年度专项附加扣除请在12月31日前通过“个人所得税”App确认，子女教育、住房贷款利息、赡养老人这些不确认的话明年一月起暂停扣除。只用官方App，不要点任何人转发的链接。', senders: PASTE, hours: [10, 14, 16] },
  { label: 'normal', text: '我去年汇算补税了八百多，因为两处收入。今年提前在个税App上把房租扣除填了，应该不用补了。你们退了多少', senders: PEERS },
  { label: 'normal', text: '【国家税务总局】温馨提示：2025年度个税汇算将于{date}开始，为避免拥堵，请按App内预约时间办理。凡称“可帮多退税”“代办退税”的，均存在虚假申报风险。', senders: BULK },

  // —— 工资, 年终奖, 企业年金 ——
  { label: 'normal', text: '{sig}您尾号{tail}的账户于{date}收到代发工资{amt}元，付款方：上海某某科技有限公司。', senders: OWN_PORT },
  { label: 'normal', text: '【HR系统】您的11月电子工资条已生成，请登录公司HR系统查看，查看密码为身份证后六位。如对工资有疑问请联系所在BU的HRBP，HR不会要求您提供银行卡密码或验证码。', senders: BULK },
  { label: 'normal', text: '各位同事，今年年终奖将随1月工资一起发放，个税按单独计税方式计算，详细说明见邮件。公司不会另外建群发奖金，也不会让任何人“先交税再领奖金”。', senders: PASTE },
  { label: 'normal', text: '【企业年金】您的企业年金个人账户本季度权益已更新，单位及个人缴费合计{amt}元，可登录受托人网站查询投资收益。企业年金需达到法定领取条件方可领取。', senders: BULK },
  { label: 'normal', text: '年终奖到了！比去年少了一点但也还行 晚上请你吃饭 你定地方', senders: PEERS, hours: EVENING },
  { label: 'normal', text: '财务部通知：12月工资将提前至12月28日发放，年终奖另行通知。如工资卡需要变更，请本人携带新卡到财务室当面办理，线上、电话一律不受理工资卡变更。', senders: PASTE },

  // —— 信用卡, 分期 and lawful collection reminders ——
  { label: 'normal', text: '{sig}您尾号{tail}的信用卡本期账单{amt}元，最后还款日{date}。如已还款请忽略。可在{app}设置自动还款。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的分期借款本期应还{amt}元已逾期1天，请尽快通过{app}还款，以免影响您的信用记录。如有困难可致电{hot}申请协商。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '[来电转写] 您好，请问是{person}本人吗？我是{name}的客服，工号30152，这通电话是提醒您上月的账单还有{amt}元没有还，已经逾期五天了。您方便的话这两天在App里还上就可以，如果资金紧张可以申请延期，我们这边会有专人联系您。', senders: OWN_LINES, hours: [10, 14, 16] },
  { label: 'normal', text: '[来电转写] 您好，打扰了，我是{name}的工作人员，工号1187。我们联系不上{person}，您是他留的联系人，麻烦您方便时转告他回电{hot}就行，具体事情我们不便透露，也不需要您做别的。谢谢您。', senders: OWN_LINES, hours: [10, 15] },
  { label: 'normal', text: '{sig}您的账户已逾期，为避免产生更多罚息，请于{date}前还款。如您对账单有异议，可拨打{hot}或在{app}在线客服提出，我司不会委托任何个人收取还款。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '{sig}您的信用卡临时额度将于{date}到期，到期后需一次性还清临时额度部分。我行提额不收取任何费用，不会通过电话要求您验资或转账。', senders: OWN_PORT },
  { label: 'normal', text: '上个月用分期买了个新电脑，12期免息，今天扣了第三期。你别信那种打电话说帮你“降息”的，我刚接了一个，直接挂了', senders: PEERS, hours: EVENING },

  // —— HR, 财务, 报销, 入职, company anti-fraud notices ——
  { label: 'normal', text: '【钉钉】您提交的差旅报销单（金额{amt}元）已通过部门负责人审批，正在等待财务复核，预计5个工作日内打款至您的工资卡。', senders: PASTE, hours: [10, 11, 15, 16] },
  { label: 'normal', text: '财务小提醒：报销发票抬头请写公司全称和税号，餐饮发票需附消费明细。电子发票不要重复打印提交，系统会自动查重。有问题来财务室找我，不用私聊转钱什么的。', senders: PASTE },
  { label: 'normal', text: '【企业微信】全员通知：近期有不法分子冒充公司领导、财务人员，使用相同头像添加员工好友，要求转账或购买礼品卡。公司所有付款均需走OA审批，任何人不得以私聊方式要求转账，收到类似消息请截图报告信息安全部。', senders: PASTE },
  { label: 'normal', text: '{person}你好，我是人力资源部的小陈。你的入职材料还差一份离职证明和体检报告，周五前发到我邮箱就行。公司入职不收取任何费用。', senders: STAFF, hours: [10, 14, 16] },
  { label: 'normal', text: 'Hi team, a reminder that expense claims for the Q4 offsite must be submitted in the travel system by Friday. Finance will never ask you by chat to transfer money or share a verification code. Thanks, Finance Ops', senders: ABROAD, en: true },
  { label: 'normal', text: '刚才企业微信上有个“张总”加我，头像和名字都一样，上来就问我在不在、能不能帮他付一笔款。我打了张总办公室座机，他说根本没加过我。大家都注意一下', senders: PASTE, hours: [11, 15] },
  { label: 'normal', text: '王总在吗？刚才有个号冒充您让我转账，我没转，已经报给IT了。另外下午的评审会改到三点，会议室不变。', senders: PEERS },
  { label: 'normal', text: '【飞书】审批通知：您发起的“供应商付款-办公设备采购”审批已通过，财务将按合同约定付至对方对公账户。', senders: PASTE },
  { label: 'normal', text: '各位，公司体检预约已开放，在HR小程序里自己选时间和机构，体检费用公司全额承担，不需要大家先垫钱。家属加项自费的在体检中心现场付。', senders: PASTE },

  // —— colleagues: AA, 团建, 份子钱, 拼车, 同事群 ——
  { label: 'normal', text: '今天中午的火锅一共486，六个人，每人81，我发了群收款，大家有空点一下就行，不急哈', senders: PASTE, hours: [13, 14] },
  { label: 'normal', text: '[同事群] 下周五团建，每人先交200活动经费给行政小李，多退少补，发票回来后在群里公示明细。不想去的提前说一声。', senders: PASTE },
  { label: 'normal', text: '小周结婚，咱们组一起随个份子吧，每人500，我这边先统一收，婚礼当天一起给他。不方便的别勉强，我把名单记在共享表格里。', senders: PASTE },
  { label: 'normal', text: '刚刚转你的是昨天打车回家的钱，一共58，我那份29加上你垫的早餐，凑个整40给你了', senders: PEERS, hours: EVENING },
  { label: 'normal', text: '明早我开车，顺路捎你去公司吧，还是老地方等。油费不用给了，你请我杯咖啡就行', senders: PEERS, hours: [21, 22, 7] },
  { label: 'normal', text: '老刘生日，蛋糕我订好了，下午四点茶水间。份子每人30，转我微信，我最后把截图发群里对账', senders: PASTE },
  { label: 'normal', text: '你上次借我的那两千不急，你房租周转开了再还就行。不过别去那种网贷借，利息太吓人了', senders: PEERS, hours: LATE },
  { label: 'normal', text: '[同事群] 谁的工牌落在会议室B了？照片在这，姓陈，市场部的。我放前台了', senders: PASTE },
  { label: 'normal', text: '奶茶拼单还差两杯满减，要的在下面接龙：1. 小王 杨枝甘露少冰 2. 阿杰 生椰拿铁 3.', senders: PASTE, hours: [14, 15] },
  { label: 'normal', text: '我妈又被那种说“医保卡被盗刷”的电话吓到了，还好她先给我打了电话。你们家里老人也提醒一下，公检法不会打电话让转钱的', senders: PEERS, hours: [12, 21] },

  // —— conferences, business travel, airlines and hotels ——
  { label: 'normal', text: '【南屿航空】您预订的{date} MU5xx 航班因航路天气原因延误，预计起飞时间另行通知。如需改签或退票，请通过本公司官方App或值机柜台免费办理，我司不会致电要求您转账领取补偿。', senders: BULK },
  { label: 'normal', text: '【差旅平台】您的酒店订单已确认：{date}入住，2晚，到店付款，公司协议价。取消政策：入住前一天18:00前免费取消。', senders: BULK },
  { label: 'normal', text: '您好，您已成功注册2026金融科技年会，参会码{code}，请于签到时出示。会议免费，主办方不会以任何理由向您收取“席位保证金”。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '[出差群] 明天去深圳的同事，机票行政已经统一订好了，行程单发邮箱了，大家自己在航司App里值机选座。住的酒店在会展中心旁边，房费公司直接结。', senders: PASTE, hours: [17, 18, 20] },
  { label: 'normal', text: '【12306】您改签的{date}G1xx次列车已成功，新票已出票，差价{amt}元将按原路退回。请勿轻信自称“铁路客服”要求转账的电话。', senders: BULK },
  { label: 'normal', text: 'Your booking for the Singapore client workshop is confirmed. Hotel: 3 nights from {date}, paid by the company travel account. No action is needed; please ignore any calls asking for a card deposit.', senders: ABROAD, en: true },

  // —— insurance 续保, 医疗险, 车险 ——
  { label: 'normal', text: '{sig}您的百万医疗险将于{date}到期，如需续保请在{app}确认续保，保费{amt}元将在到期日从绑定账户扣款。不需要续保可关闭自动续保。', senders: OWN_PORT },
  { label: 'normal', text: '【泊舟保险】您的车险将于{date}到期，可通过官方App或联系您的服务专员办理续保。保险公司不会以“退保费”“理赔加急”为由要求您向个人账户转账。', senders: BULK },
  { label: 'normal', text: '[来电转写] 您好{person}，我是泊舟保险的续保专员，工号6620。您的车险下个月到期，今年无出险，保费比去年低一些，报价我发您短信了。您考虑好在官方App里直接下单就行，不着急。', senders: STAFF },
  { label: 'normal', text: '公司团体医疗险的理赔材料收到了，这次门诊费用{amt}元，预计10个工作日赔付到工资卡。有疑问请找HR小赵，保险公司不会单独打电话让你补交费用。', senders: PASTE },

  // —— codes, freezes after wrong passwords, device changes ——
  { label: 'normal', text: '{sig}验证码{code}，用于个人养老金账户缴存确认，10分钟内有效。请勿告知他人，我行工作人员不会向您索取。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的手机银行登录密码连续输错，账户已被暂时冻结登录功能，24小时后自动解除，或本人携带身份证到网点办理。如非本人操作请致电{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您的账户于{date}在新设备登录{app}，如非本人操作，请立即修改密码并致电{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【企业微信】您的账号正在新设备登录，验证码{code}。如非本人操作，请忽略并联系公司IT管理员。请勿将验证码发给任何人，包括自称IT的同事。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '{sig}您申请的数字人民币钱包解绑验证码为{code}，请勿泄露。如非本人操作，说明可能有人冒用您的信息，请立即联系{hot}。', senders: OWN_PORT, hours: ANYTIME },

  // —— warnings and "is this real?" (nothing paid) ——
  { label: 'normal', text: '我收到一条短信说我个税退税失败，要点链接补录银行卡。我没点，在个税App里看了，退税已经到账了。这种是骗子吧？', senders: PEERS },
  { label: 'normal', text: '有人拉我进了一个“机构打新群”，说能拿到内部中签额度，先下他们的App入金。听着就不对，我退群了。你们有没有遇到过', senders: PEERS, hours: EVENING },
  { label: 'normal', text: '【反诈中心】提醒：凡是让你下载陌生App炒股、打新、买数字藏品的，凡是要你“先交税才能提现”的，都是诈骗。如有疑问请拨打96110咨询。', senders: BULK },
  { label: 'normal', text: '老公，刚有个电话说是证券公司的，说我两融权限误开了要关闭，让我下会议软件共享屏幕。我说我去营业部办，他就挂了。我查了我根本没开过两融', senders: PEERS },
  { label: 'normal', text: '想问一下，有个人说是猎头，要我先交一千块背调费，说入职后报销。正规猎头会收候选人钱吗？我还没转', senders: PEERS },
  { label: 'normal', text: '【远帆证券】温馨提示：近期出现冒充我司“客服”以“关闭两融权限”“账户异常”为由诱导共享屏幕的诈骗。我司不会要求您下载会议软件或向任何账户转账，如有疑问请拨打官方客服。', senders: BULK },
  { label: 'normal', text: '[部门群] 转发一下安全部的提醒：钉钉上有人冒充财务发“工资卡重新绑定”的链接，千万别点。公司换代发行会提前一个月发正式通知，工资卡变更只能本人去财务室办。', senders: PASTE },

  // —— marketing with 退订 ——
  { label: 'normal', text: '{sig}年末理财季：稳健型理财产品业绩比较基准2.3%-2.8%，详情请登录{app}查看产品说明书。理财非存款，产品有风险，投资须谨慎。拒收请回复R', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '【衡川证券】新客户开户享万一佣金优惠，活动详情以官方App公告为准。股市有风险，入市需谨慎。退订回T', senders: BULK },
  { label: 'normal', text: '【启望基金】本周五晚8点官方直播：“养老目标基金怎么选”，不荐股、不建群，直播入口在官方App首页。退订回TD', senders: BULK, hours: EVENING },
  { label: 'normal', text: '{sig}信用卡新户礼：首刷满188元送50元立减金，详情见{app}活动页。回复TD退订', senders: VENDOR_OR_OWN },

  // —— abroad, English, a few more voices ——
  { label: 'normal', text: 'Hi, this is Priya from the Singapore office. I paid for the team dinner last night, total 420 SGD. I\'ll split it in the expense system, so nobody needs to transfer anything to me personally.', senders: ABROAD, en: true, hours: [9, 20] },
  { label: 'normal', text: '妈，我在伦敦出差，这边晚上了。年终奖发了，我给你转了五千，你收一下。要是有人打电话说是我、要你打钱，一律挂掉，先给我发微信语音确认', senders: ABROAD, hours: [6, 7, 22] },
  { label: 'normal', text: '{person}您好，我是{name}的客户经理，您的账户年检需要更新一下身份证有效期，您在{app}里自己拍照上传就行，或者方便时带身份证来网点。我不会发链接给您，也不会要您的验证码。', senders: STAFF, hours: [10, 15] },
  { label: 'normal', text: '【数字人民币】您收到一笔来自“张某某”的数字人民币转账{amt}元，已存入钱包尾号{tail}。如非预期收款，请勿按陌生人要求“退回”到其他账户，可联系运营机构客服处理。', senders: BULK_OR_PASTE, hours: ANYTIME },
  { label: 'normal', text: '你上次说想开个人养老金，我那个是在工资卡银行开的，手机银行五分钟搞定。别去那种说“高息养老金增值”的群，纯属扯淡', senders: PEERS, hours: LATE },
];

export const BLIND29_TEMPLATES: Template[] = [...NORMAL, ...BLIND29B_TEMPLATES];
