/**
 * BLIND31 held-out bank (thirty-eighth scam author): this file holds the normal messages,
 * blind31b.templates.ts the fraud and harassment; BLIND31_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-eighth author of a scam bank; another author wrote blind30 at the same time, and this
 * author did not open, grep or print that bank, not even its header: only its file names and
 * sizes appeared in a directory listing). Written from general knowledge of how Chinese mothers,
 * mothers-to-be and their families write about money in 2025–2026 (产检 and 建档 at a 妇幼保健院,
 * 住院押金 settled at the window, 出生医学证明, 生育津贴 paid through the employer after 社保
 * approval, 生育保险 settled at discharge, 产假, the 个税 子女教育 / 3岁以下婴幼儿照护 专项附加扣除
 * claimed by one parent, 疫苗 at the 社区卫生服务中心 with 非免疫规划 vaccines paid on site, 月子会所
 * contracts with a 定金 and a refund clause, 月嫂 and 育儿嫂 hired through a 家政 company with no
 * deposit, 母婴 shop membership points and a voluntary recall handled at the counter, 早教 / 托育 /
 * 兴趣班 fees on a contract with a 冷静期 and 退费 rules and 资金监管, 少儿医保 and 少儿重疾险 renewals
 * and claims, 医美 consultations, 分期 contracts and lawful reminders, 美容院 and 健身房 预付卡 with
 * lawful 退卡 and 停卡, 12315 complaints, 宝妈群 团购 and second-hand baby goods traded in person or
 * through the platform, husbands, mothers and mothers-in-law sharing childcare money); of the
 * fraud scripts aimed at them (宝妈 刷单 and 素人推广 that turn into 垫付, 手工活 with a 押金, fake
 * 免费领 gifts wanting 运费 or a 验证码, 萌宝大赛 votes, 代孕 and 送养 scams, fake 生育津贴 / 育儿补贴 /
 * 托育补贴 notices and 医保 / 疾控 / 税务 / 公检法 calls, fake 奶粉 and 推车 recalls, fake salon, gym,
 * 早教 and 月子中心 refunds, fake 儿童保险 claims and renewals, 医美 / 月子 / 宝妈贷 with an up-front
 * fee, 美容贷 征信 "fixes", fake teachers and 群主 collecting 资料费 or 团购 money, relatives on "new
 * numbers", children's game trades paid from the mother's phone, romance aimed at single mothers
 * and lonely wives, 宝妈理财群, 母婴店加盟 and 月子中心 股权); and of the debt-collection rules in
 * shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6 unanswered call
 * attempts a day per number, third parties only when the debtor is unreachable and never pressed
 * to pay or told the debt, no public notices, extra fees, new loans to repay old ones, threats,
 * insults, violence, spreading private information, fake legal documents or impersonated courts,
 * police or government).
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind31.templates.ts and blind31b.templates.ts (then wrote them); eval.types.ts,
 * eval.generator.ts and eval.metrics.ts (whole); a directory listing of eval/ (`ls -la`: names,
 * sizes and dates); blind25's header (printed with awk up to the end of its first comment) and
 * its lines 60–131 with sed (the end of the header, the import lines, the sender and hour
 * constant declarations, the `const NORMAL` line, one section comment and its first two template
 * lines), after `grep -n "const NORMAL"` on that file for the line number; blind25b's header
 * (awk, same way), its lines 55–90 (end of header, import, sender / hour / link constants, the
 * `const FRAUD` line, a section comment and its first three template lines) and lines 202–205 (the
 * `const HARASSMENT` line and its first three template lines), after `grep -n "const
 * FRAUD\|const HARASSMENT"` on that file for the line numbers; a keyword grep over the other
 * template banks of eval/ except blind30* and blind31* — total match counts for 45 keywords
 * (宝妈, 孕, 产检, 建档, 生育津贴, 生育保险, 月子, 月嫂, 母婴, 奶粉, 疫苗, 早教, 托育, 兴趣班, 退费, 儿童,
 * 医美, 美容院, 健身, 预付卡, 退卡, 分期, 团购, 二手, 婴幼儿, 子女教育, 手工活, 押金, 免费领, 育儿补贴,
 * 召回, 资料费, 单亲, 医美贷, 幼儿园, 宝宝, 玻尿酸, 整形, 私教, 产假, 奶瓶, 尿不湿, 保姆, 家政, 孩子)
 * and the first 24 matching fragments (up to 40 characters each side) for 医美, 宝妈 and 疫苗 — to
 * avoid duplicating them; scam.types.ts (its first 80 lines); registry.fixture.ts (whole, 12
 * lines); registry/institutions.json summarised by a one-line node script (each institution's id,
 * kind, name, hotlines, ports, signatures, first app, first domain); shared/facts/regulation.md
 * (whole); listings of shared/facts/ and shared/seeds/ (the seeds listing cut to its first
 * names); the first 12 lines of bin/run-ts.js and the scripts block of package.json; the check
 * script /tmp/blind-check/check.mts (whole, run, not edited). Allowed but NOT opened:
 * registry/README.md and any seed file. The analyzer's code, lexicons, signal lists, rules,
 * reason catalogue, text model, training corpus and extra messages were NOT opened; nothing else
 * under src/, and models/, scripts/, docs/, bench/, BENCHMARKS.md and the repository README were
 * NOT read; the analyzer, vitest, the tests and the benchmarks were NOT run; no search tool was
 * used and git was not used. The only runs were `npm run typecheck` (passes), the check script
 * (`node bin/run-ts.js /tmp/blind-check/check.mts blind31 blind30`) and a small script of this
 * author's outside the repository (/tmp/blind31-own/within.mts) that prints the highest bigram
 * Jaccard between this bank's own templates. Check results: 1,904 messages (872 normal, 832
 * fraud, 200 harassment; every fraud type at 64–80 messages, i.e. 8–10 templates), 0 unreplaced
 * placeholders, 0 texts shared by two templates of this bank, 0 texts equal to one in another
 * split (blind30 as a count only, 0), no template at or above 0.5 bigram Jaccard against any
 * other bank (the highest is 0.455; nothing had to be rewritten) and a highest of 0.268 within
 * this bank (none at or above the check's 0.45 reporting line).
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): MOTHERS, PREGNANCY, CHILDCARE AND BEAUTY.
 * Genuine traffic (this file): a 妇幼保健院's 产检, 建档, 胎心监护, 住院押金 and 出生医学证明 notices
 * that say the hospital never collects money by text; a wife's NT and 唐筛 news to her husband and
 * a daughter's "进产房了" to her mother; 人社局 and 医保 notices of 生育津贴 and 生育保险, an HR clerk
 * who pays the 津贴 with the salary, a 产假 hand-over to the boss, husbands sharing the 个税 婴幼儿照护
 * deduction, and a mother asking whether a "生育补贴" link is real; 社区卫生服务中心 vaccine bookings,
 * a dawn vaccine queue, a night-time fever after a shot, a nurse who says vaccines are never sold
 * to individuals; 月子会所 contracts and refund clauses, a 月嫂 contract "with no deposit", a 家政
 * 育儿嫂 interview, a grandmother paying for the 月嫂; 母婴 shop points, a recall handled at the
 * counter, a brand's callback that pays nothing; 早教, 托育, 游泳 and 美术 classes with contracts, a
 * 冷静期, a 退费 computed from the contract, 资金监管 notices, teachers who never collect money
 * privately; 少儿医保, a 少儿重疾险 renewal and a claim paid with no action needed; 医美 面诊 and
 * 术后回访, a lender's 医美分期 bill, reminder and 逾期 notice with a 工号 and a 协商 offer, and a
 * friend who warns against signing 分期 on the spot; salon and gym 预付卡 balances, 退卡 and 停卡,
 * a 12315 complaint; 宝妈群 团购 接龙 paid in the mini-program, second-hand prams and cots sold face
 * to face or through the platform, hand-me-down clothes; husbands, mothers and mothers-in-law
 * sending 奶粉钱 and 生活费 (grandmothers at dawn, "别跟你婆婆说"), a 亲属卡 purchase, a bank's
 * pop-up on a 月嫂's new card; bank, wallet and carrier codes with 请勿告知他人, 冻结 after wrong
 * passwords, a first-payee warning and a 亲情套餐; lawful collection (daytime, 工号, the debtor
 * only, an emergency contact told nothing, a deferral offered to a new mother); warnings from a
 * sister, the 反诈中心, a 社区民警, group admins and mothers who nearly paid; marketing with 退订
 * (baby swimming, 孕妇学校, a 母婴 sale, postnatal fitness); a 宝妈 job that charges nothing, a night
 * feed, a single mother meeting a date in daylight, relatives in Sydney, Tokyo and Dubai, and
 * English from a nursery, an app's code and a sister abroad. Fraud and harassment (blind31b): the
 * eleven types in the mothers' world, in SMS, call and video transcripts, 宝妈群 and 小红书 / 抖音
 * / 闲鱼 / QQ pastes, voice-to-text and victims' pleas to husbands and mothers, at night-feed hours
 * as well as by day, with codes, safe accounts, screen sharing, up-front fees, APK and look-alike
 * links, secrecy ("别告诉你老公") and urgency; and collectors who threaten to tell the husband,
 * the 婆婆, the kindergarten, the 宝妈群 or the 产检 hospital, who call at night or during 月子,
 * add fees, push new loans, or pose as a court, a law firm or the police.
 */
import type { Template } from './eval.types.js';
import { BLIND31B_TEMPLATES } from './blind31b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Hospitals, 社保, 社区卫生服务中心, 母婴 shops, 早教 centres, salons and gyms not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A clinic's front desk, a 月子中心 consultant, a 早教 adviser or an agent on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** 宝妈群 posts, call transcripts, screenshots and notes pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Husbands, grandmothers, sisters and other mothers on their own phones (sometimes pasted). */
const FOLK: Template['senders'] = ['mobile', 'none', 'mobile'];
/** The same, some on an MVNO number. */
const FOLK_ANY: Template['senders'] = ['mobile', 'virtual', 'none'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Relatives and friends abroad. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** A hospital or shop port, or the notice pasted into the family chat. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** Night feeds. */
const NIGHT_FEED = [23, 0, 1, 2, 3, 4];
/** Evenings after bedtime. */
const EVENING = [19, 20, 21];
/** Early mornings: grandmothers and 疫苗 queues. */
const DAWN = [6, 7];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 3, 9, 13, 18, 21, 23];

const NORMAL: Template[] = [
  // —— hospital: 建档, 产检, 分娩, 出生证明 ——
  { label: 'normal', text: '【市妇幼保健院】孕妈妈您好，您已成功预约{date}上午产科门诊（孕16周产检），请携带母子健康手册、身份证和医保卡，空腹抽血请8:30前到二楼检验科。本院不会通过短信收取任何费用。', senders: BULK },
  { label: 'normal', text: '【市妇幼保健院】建档提醒：孕12周前请到一楼建档窗口办理，需带夫妻双方身份证、早孕B超单。建档费用按物价标准在收费窗口或自助机缴纳，请勿向任何个人转账。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '老公，今天NT检查做完了，医生说宝宝很好，数据都正常。下次产检约在{date}，是唐筛，那天你请个假陪我去吧，要空腹', senders: FOLK },
  { label: 'normal', text: '[医院公众号消息] 您的胎心监护报告已出，可在“报告查询”中查看。如有异常，医生会电话联系您，来电号码为本院总机，不会要求您转账或提供验证码。', senders: PASTE },
  { label: 'normal', text: '您好，这里是妇产科护士站。您的住院押金还剩{amt}元，出院结算时多退少补，退款原路退回到缴费的银行卡，请到一楼出院结算窗口办理，不需要在手机上操作。', senders: STAFF },
  { label: 'normal', text: '【出生医学证明】宝宝的出生医学证明已制作完成，请父母双方携带身份证到医院二楼出生证明办理处领取，领取不收费。工作时间：周一至周五 8:00-17:00。', senders: BULK },
  { label: 'normal', text: '妈，我进产房了，医生说宫口开了三指，你们别着急来，老公在外面等着。住院押金交过了，在窗口刷的卡，你别信有人打电话说要交钱', senders: FOLK },
  { label: 'normal', text: '[宝妈群] 问一下，谁知道妇幼的四维彩超要提前多久约？我在公众号上没约到号，是不是只能去窗口？有人说可以找黄牛加急，我可不想花那个冤枉钱', senders: PASTE },

  // —— 社保 生育津贴 / 生育保险, 产假, 个税 专项附加扣除 ——
  { label: 'normal', text: '【人社局】您的生育津贴申请已审核通过，津贴{amt}元将于15个工作日内发放至单位账户，由单位按规定支付给您。人社部门不会通过短信链接或电话要求您缴费。', senders: BULK },
  { label: 'normal', text: '亲，你的生育津贴社保那边已经批下来了，钱先打到公司账户，这个月工资里一起发给你，明细我发你邮箱。有疑问随时问我，我是人事小周', senders: STAFF },
  { label: 'normal', text: '【医保】您本次分娩住院费用已按生育保险政策结算，统筹支付{amt}元，个人自付部分已在出院时结清。详情可在国家医保服务平台App查询。', senders: BULK },
  { label: 'normal', text: '[宝妈群] 姐妹们，生育津贴不用找任何人办，入职满一年交了生育保险，单位人事直接在网上报，或者你自己在人社App里申请。有人加我说交手续费帮办，一看就是骗子', senders: PASTE },
  { label: 'normal', text: '老婆，个税App我帮你看了，3岁以下婴幼儿照护的扣除我这边填了，每个月两千，我们俩只能一个人填，你那边就别重复填了，不然会有提示', senders: FOLK },
  { label: 'normal', text: '【个人所得税】您好，您提交的子女教育专项附加扣除信息已确认。如需修改请登录个人所得税App办理。税务机关不会以短信链接通知补税或退税。', senders: BULK },
  { label: 'normal', text: '领导，我的产假是从{date}开始，一共158天，加上我们这边的生育奖励假。工作我已经交接给小李了，文件都在共享盘里，有急事可以打我电话', senders: FOLK_ANY },
  { label: 'normal', text: '是真的吗？我收到一条说“生育补贴”的短信，说要点链接填银行卡号和验证码才能领。我没点，截图发你，你帮我问问你们单位人事，社保是这么发的吗', senders: FOLK },

  // —— 疫苗: 社区医院 appointments ——
  { label: 'normal', text: '【社区卫生服务中心】您的宝宝预约的13价肺炎疫苗第2剂接种时间为{date}上午，请携带预防接种证。非免疫规划疫苗费用在接种门诊现场支付，请勿轻信他人代约收费。', senders: BULK },
  { label: 'normal', text: '明天一早我先去社区医院排队给宝宝打疫苗，你七点之前把宝宝的接种本放到门口的包里，别忘了，上次就忘了带，白跑一趟', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[接种小程序] 提醒：宝宝的麻腮风疫苗已到可接种时间，请在小程序“预约接种”中选择时间段。接种后需留观30分钟，如有发热请及时就医。', senders: PASTE },
  { label: 'normal', text: '社区医院护士说五联疫苗这周没货了，让我们下周再约。我问了能不能自己去别的地方买，她说疫苗都不能个人买，网上卖“上门打疫苗”的都是假的，千万别信', senders: FOLK },
  { label: 'normal', text: '宝宝打完疫苗有点低烧，37.8度，医生说属于正常反应，多喝水，超过38.5再吃退烧药。妈你别着急来，我们能照顾好', senders: FOLK, hours: NIGHT_FEED },

  // —— 月子中心, 月嫂, 育儿嫂 contracts ——
  { label: 'normal', text: '{person}您好，我是悦月月子会所的顾问小林。您签的28天套餐合同已经生效，定金已收，剩余费用在入住当天到前台对公刷卡或转账到合同上的公司账户，我们不收个人转账。', senders: STAFF },
  { label: 'normal', text: '【悦月月子会所】温馨提示：您的入住日期为{date}，如分娩日期变化请提前告知，我们会为您调整房间。按合同约定，入住前可申请退订，定金扣除比例以合同第6条为准。', senders: BULK },
  { label: 'normal', text: '月嫂阿姨的合同我看了，26天一万二，家政公司开发票，中途不满意可以换人，换人不加钱。押金是没有的，她说要押金的公司都不正规。我觉得可以签', senders: FOLK },
  { label: 'normal', text: '宝妈您好，我是家政公司的张姐，给您推荐的育儿嫂明天上午过来面试，她有育婴师证和健康证，您可以当面查验原件。面试不收任何费用，满意了再签三方合同。', senders: STAFF },
  { label: 'normal', text: '闺女，月嫂的钱我跟你爸出，你别跟我们争，就当是给外孙的见面礼。钱我明天去银行转给你，你把卡号再发我一遍，我记不住', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '[月子中心群] 各位宝妈，本周四下午三点有产后修复讲座，免费参加，不推销产品。想预约的在群里接龙。如有人私信以会所名义收费，请直接联系前台核实。', senders: PASTE },

  // —— 母婴 shops, 奶粉 membership, recalls done properly ——
  { label: 'normal', text: '【贝贝乐母婴】亲爱的会员，您本月的奶粉积分已到账，累计满10罐可到店兑换1罐同段奶粉。积分兑换只在门店收银台办理。退订回T', senders: BULK },
  { label: 'normal', text: '【贝贝乐母婴】您在门店购买的婴儿湿巾（批号见外包装）因供应商自主召回，可凭小票或会员记录到任一门店全额退货，无需提供银行卡或验证码。退订回T', senders: BULK },
  { label: 'normal', text: '姐，你上次问的那款羊奶粉，店里这周会员日买二送一，我帮你看了生产日期是今年三月的，要的话我给你带两罐，钱回头再说', senders: FOLK },
  { label: 'normal', text: '{sig}您正在使用{name}为母婴商城订单付款{amt}元，验证码{code}，5分钟内有效。请勿告知他人，任何客服都不会向您索要验证码。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '[宝妈群] 提醒一下大家，最近有人冒充奶粉品牌客服打电话说“批次召回三倍赔偿”，让开屏幕共享。正规召回都是在官方公众号和门店公告，到店退货，不会让你操作手机转钱', senders: PASTE },
  { label: 'normal', text: '您好，这里是奶粉品牌的消费者热线回访，您上周反馈的奶粉结块问题，检测结果显示产品合格，结块是受潮导致的。我们会给您寄一罐新的作为补偿，不需要您支付任何费用，方便确认一下收货地址吗？', senders: STAFF },
  { label: 'normal', text: '老公，纸尿裤快没了，我在App里下单了两箱，用的你那张卡，扣了{amt}块，你看到扣款提醒别以为是被盗刷了哈', senders: FOLK },

  // —— 早教, 托育, 兴趣班: fees on contract and 退费 rules ——
  { label: 'normal', text: '【小树苗早教】{person}家长您好，宝宝本周六10:00的亲子音乐课照常进行，剩余课时18节。课程费用均通过中心前台或官方小程序缴纳，老师个人不收取任何费用。', senders: BULK },
  { label: 'normal', text: '家长您好，关于您申请的退费：按合同第八条，未消课时按原价退还，已赠送课时不计费，扣除教材费后应退{amt}元，将在7个工作日内原路退回到您付款的账户。如有疑问请到前台核对。', senders: STAFF },
  { label: 'normal', text: '【阳光托育中心】各位家长：下月托育费请于{date}前通过“家园通”App缴纳，可开具发票。本中心不会在家长群发收款码，也不会让家长转账到老师个人账户。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '妈，孩子的游泳班我报了，一期十二节，一千六，在商场那家店里刷的卡，合同上写了不满意前两节可以全退。你不用给我钱，你来接送就帮大忙了', senders: FOLK },
  { label: 'normal', text: '[家长群] 我是美术班的刘老师，提醒各位家长：下学期的报名和缴费只在机构前台和官方公众号办理，我个人不会私下收任何费用，如果有人用我的头像加你要钱，请直接拉黑并告诉我', senders: PASTE },
  { label: 'normal', text: '你好，我想确认一下，你们早教中心的年卡如果孩子生病请假，课时是可以顺延的吧？另外合同上写的冷静期七天，我现在是第三天，想退的话是全额退吗', senders: FOLK_ANY },
  { label: 'normal', text: '{person}您好，我是早教中心的课程顾问，看到您上次带宝宝来试听了，本月报课有优惠，但不着急，您可以回家和家里人商量，合同和退费规则我先发您看看。', senders: STAFF },
  { label: 'normal', text: '【教育局】提示：校外培训机构预收费须进入资金监管账户，家长缴费请核对机构收款账户是否为监管账户，一次性收费不得超过3个月或60课时。', senders: BULK },
  { label: 'normal', text: '幼儿园的入园体检表我拿回来了，下周一交给老师。保育费是在学校的缴费系统里交的，我已经交完了，收据在你车上那个文件袋里', senders: FOLK },

  // —— 儿童 insurance, 少儿医保 ——
  { label: 'normal', text: '【少儿医保】您孩子的2026年度城乡居民医保已缴费成功，缴费金额{amt}元。可在医保App查询参保状态。医保部门不会电话要求您转账。', senders: BULK },
  { label: 'normal', text: '{person}您好，我是您家孩子少儿重疾险的代理人小孙，今年的续期保费{amt}元会在{date}从您授权的银行卡自动扣款，如果您想调整保额或者不续了，可以在保险公司官方App操作或者打客服电话，不用找我转账。', senders: STAFF },
  { label: 'normal', text: '[通话转写] 您好，这边是保险公司理赔部，您提交的孩子住院理赔材料已经审核通过，理赔款{amt}元会在三个工作日内打到您填写的银行卡上，不需要您做任何操作，也不会收取任何费用，请您注意查收。', senders: STAFF },
  { label: 'normal', text: '老婆，孩子住院那次的发票和出院小结我都拍照传到保险公司App上了，理赔申请已提交，说三到五天审核。你别理那些说要帮你加急理赔的电话', senders: FOLK },

  // —— 宝妈群, 团购, second-hand baby goods ——
  { label: 'normal', text: '[宝妈群] 团购接龙：有机米粉，两盒69包邮，团长统一下单。付款在接龙小程序里付，不接受私下转账。到货后有破损直接找团长，原路退款。', senders: PASTE },
  { label: 'normal', text: '宝宝的推车闲置了，九成新，三百块出给邻居，自提，小区里当面看当面付。不包邮，不走外地，不要定金，谢谢大家', senders: PASTE },
  { label: 'normal', text: '你好，我在闲鱼上看到你卖的婴儿床，能不能走平台交易？我在平台下单付款，你发货我确认收货，这样我们都放心。私下扫码我就不买了哈', senders: FOLK_ANY },
  { label: 'normal', text: '姐，你家孩子穿小的衣服要是还没处理，给我家妞留着呗，我给你发个红包买水果，你别推辞。周末我去你家拿', senders: FOLK },
  { label: 'normal', text: '[宝妈群] 上周团的儿童绘本到了，在3号楼快递柜，取件码群里私发给各位了。有人少收到的告诉我，我找商家补发。没有其他任何费用', senders: PASTE },
  { label: 'normal', text: '群主，我看到群里有人发“免费领婴儿推车只付运费”的链接，是不是广告？要不要踢一下，我怕新来的宝妈上当', senders: FOLK_ANY },
  { label: 'normal', text: '我在二手群里买了个安全座椅，卖家是同小区的，当面验货付的现金。你下次别在网上买那种“低价转让先付定金”的，我们楼里有人被骗了', senders: FOLK },

  // —— 医美 clinics: consultations, 分期 contracts, lawful reminders ——
  { label: 'normal', text: '【悦颜医疗美容】{person}您好，您预约的面诊时间为{date}下午2点，面诊免费，医生会根据您的情况给出方案和报价，不满意不用做。本院持有医疗机构执业许可证，可在卫健委官网查询。', senders: BULK },
  { label: 'normal', text: '{sig}{person}您好，您在合作医美机构办理的分期本期应还{amt}元，还款日{date}，可在{app}自动扣款或主动还款。如项目未实施，可凭机构证明申请取消分期。', senders: OWN_PORT },
  { label: 'normal', text: '[通话转写] 您好，我是{name}的客服，工号3086，来电是提醒您医美分期本期账单已出，还款日是后天。您如果资金紧张，可以在App里申请延期，会有说明。我们不会让您转账到个人账户。好的，打扰您了。', senders: OWN_LINES },
  { label: 'normal', text: '姐妹，我劝你再想想，那个机构让你当场签分期，说今天签有优惠，我觉得不对。正规医院面诊完都让你回家考虑的，价格和分期利息都要写在合同上，你先拍给我看看', senders: FOLK },
  { label: 'normal', text: '{sig}您好，您的分期账单已逾期3天，应还{amt}元，请尽快通过{app}还款，逾期可能产生罚息并影响个人征信。如有疑问请致电{hot}。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '术后第七天回访：{person}您好，我是悦颜医美的护士小吴，想问问您双眼皮的恢复情况，有没有红肿或者疼痛？周四可以来拆线，拆线不收费，需要的话我帮您约医生。', senders: STAFF },
  { label: 'normal', text: '{person}您好，我是{name}贷后服务专员，工号B1172。您的分期已逾期12天，今天是工作日上午来电提醒，您可以在App里查看还款计划，也可以申请分期协商。我们只和您本人沟通，不会联系您的家人。', senders: OWN_LINES },

  // —— 美容院 and 健身房 预付卡: 办卡, 退卡 ——
  { label: 'normal', text: '【青禾美容】{person}您好，您办理的护理卡本次消费1次，剩余9次，卡内余额{amt}元。如需退卡，可携带身份证到店办理，按合同扣除已消费项目原价后退还余款。退订回T', senders: BULK },
  { label: 'normal', text: '您好，您的健身年卡退卡申请已受理，按合同约定扣除已使用月份和10%手续费后，退款{amt}元将在15个工作日内原路退回您的支付宝。如有疑问可拨打门店电话。', senders: STAFF },
  { label: 'normal', text: '[宝妈群] 有没有人去过小区门口那家美容院？今天推销让我充五千送两千，我没充。听说预付卡超过五千要签合同，还可以找市场监管局备案，你们觉得靠谱不', senders: PASTE },
  { label: 'normal', text: '老婆，你那张健身卡我帮你问了，店里说产后可以申请停卡六个月，不扣天数，带上出生证明复印件就行，不用退卡', senders: FOLK },
  { label: 'normal', text: '【12315】您对某美容店预付卡退费的投诉已受理，编号{tail}，承办单位将在7个工作日内与您联系。请保管好合同和付款凭证。本平台不收取任何费用。', senders: BULK },
  { label: 'normal', text: '您好，我是健身房的私教小陈，您这周三晚上七点的课还上吗？产后恢复课我们先做评估，不上强度。课时费已经在您的课包里扣了，不需要另外付钱。', senders: STAFF, hours: EVENING },

  // —— husbands and grandmothers sharing childcare money ——
  { label: 'normal', text: '老婆，这个月的奶粉钱和托育费我转你了，一共六千，你看一下到账没。剩下的你自己买点好吃的，别总省着', senders: FOLK },
  { label: 'normal', text: '妈，宝宝的疫苗钱和体检费我自己出就行，您别再给我转了，上次的两千我还没花完呢。您有空来看看孙子就好', senders: FOLK },
  { label: 'normal', text: '闺女 妈给你转了三千 给娃买点奶粉尿不湿 别跟你婆婆说是我给的 省得她多想 收到回个话 妈不会弄那个微信收款 你自己点一下', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '奶奶这个月带孙子辛苦了，我给您转了两千生活费，您别省着，想吃啥就买。您要是用不惯手机转账，我周末回去给您现金', senders: FOLK_ANY },
  { label: 'normal', text: '儿子，你媳妇月子里想吃啥你跟妈说，妈给你们炖汤送过去。钱的事你别操心，家里有', senders: FOLK, hours: DAWN },
  { label: 'normal', text: '老公我用你的亲属卡给宝宝买了个安全座椅，一千二，你那边会收到扣款短信，是我买的，别紧张', senders: FOLK },
  { label: 'normal', text: '[家庭群] 大家注意，宝宝满月酒定在{date}，在小区旁边的饭店，不收礼金，就是一家人吃个饭。谁要是问你们要份子钱转账，那肯定不是我们', senders: PASTE },

  // —— banks, wallets, telecom: codes, 冻结 after wrong passwords, transfers ——
  { label: 'normal', text: '{sig}您的银行卡尾号{tail}因连续输错密码已被临时冻结，24小时后自动解冻，或携带身份证到网点办理。本行不会致电要求您提供验证码或转账至“安全账户”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在为尾号{tail}的账户开通亲属卡（给家人使用），请勿告知他人。如非本人操作，请忽略。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}您尾号{tail}的账户向“张某某”转账{amt}元，对方为首次收款人。若对方自称客服、民警或要求您“退款”“解冻”，请立即停止转账并拨打{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您已成功为号码尾号{tail}办理家庭亲情套餐，新增副卡将于次月生效，月费{amt}元。详询{hot}。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您好，您的{app}账户在新设备登录，如非本人操作，请立即修改密码。我们不会以任何理由要求您开启屏幕共享或下载会议软件。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '老公，我给月嫂转工资的时候银行跳出提示说“对方可能是诈骗”，其实是她新办的卡。我打电话跟她核对了卡号，确认是她本人才转的，你放心', senders: FOLK },

  // —— lawful collection: daytime, 工号, the debtor only, an emergency contact told nothing ——
  { label: 'normal', text: '[通话转写] 您好，请问是{person}的紧急联系人吗？我是{name}的客服，工号C2046，我们联系不上{person}本人，麻烦您方便的时候转告他回个电话，号码是{hot}。具体事情我们只能跟本人说，打扰您了。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}{person}您好，您的账单已逾期，当前应还{amt}元。如因生育、育儿等原因暂时困难，可通过{app}“还款协商”提交申请，我们将在3个工作日内联系您。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '您好，{person}，我是{name}的贷后专员小赵，工号D3391。知道您刚生完宝宝，不打扰您太久，您这笔分期可以申请延后一期，办理在App里就能操作，不收手续费。您看需要的话我发个指引短信给您。', senders: OWN_LINES },

  // —— warnings, "is this real?", refusals ——
  { label: 'normal', text: '姐，你跟我说的那个“军官男朋友”又让你转钱了？认识两个月一面没见过，现在说要给孩子交什么入学赞助费。你千万别转，明天我陪你去派出所问问', senders: FOLK },
  { label: 'normal', text: '【反诈中心】近期多发冒充“育儿补贴”“生育津贴”发放的诈骗，要求点击链接、填写银行卡和验证码。补贴发放不收任何费用，请勿点击陌生链接。如有疑问拨打96110。', senders: BULK },
  { label: 'normal', text: '[社区民警] 各位宝妈：有人在群里招“在家串珠子、刷好评”的兼职，要先交押金或者垫钱的都是诈骗。遇到了截图发我，别转钱。我的警务室电话贴在群公告里。', senders: PASTE },
  { label: 'normal', text: '妈，有人给你打电话说是我孩子幼儿园老师、要交钱的，你一定先打我电话问。老师收费都在幼儿园的缴费系统里，不会找奶奶要钱', senders: FOLK },
  { label: 'normal', text: '这个是真的吗？有人加我说是美容院总部，说门店要关了可以退卡里的钱，让我下载会议软件。我没下，我直接去店里问了，店里说根本没关门', senders: FOLK_ANY },
  { label: 'normal', text: '刚才有个电话说我是“孕产关怀贷”的白名单用户，可以免息借五万，我说我不需要就挂了。老公你也跟你妈说一声，别被这种电话骗了', senders: FOLK },
  { label: 'normal', text: '宝妈们，我刚才差点被骗，有人冒充疾控说孩子疫苗要补种收费。我打了社区医院的电话，护士说免疫规划疫苗都是免费的，补种也是预约了去现场，从来不电话收钱', senders: PASTE },
  { label: 'normal', text: '[宝妈群] 管理员提醒：群里禁止发任何兼职、理财、代购链接，私信你说带你赚钱的一律拉黑。群里的团购只有群公告里的这两个团长，其他人都不是', senders: PASTE },
  { label: 'normal', text: '老婆，我看了那个“月子中心股东分红”的宣传，年化百分之十八，这不就是非法集资吗，咱们别投，有闲钱给孩子存个定期就行', senders: FOLK, hours: EVENING },

  // —— marketing with 退订 ——
  { label: 'normal', text: '【童趣游泳馆】宝宝游泳体验课9.9元一节，限0-3岁，需家长陪同。到店付款，不预收费。地址：幸福路88号。退订回T', senders: BULK },
  { label: 'normal', text: '【贝贝乐母婴】双十一预告：纸尿裤满399减60，奶粉会员第二件半价，活动在门店和官方小程序同步进行。拒收请回复R', senders: BULK },
  { label: 'normal', text: '【孕产课堂】免费孕妇学校开课啦：分娩镜头、母乳喂养、新生儿护理，每周六上午，医院三楼多功能厅，凭产检卡入场，无需缴费。回TD退订', senders: BULK },
  { label: 'normal', text: '【健身工坊】产后塑形课程上新，首节体验课免费，不办卡也可以按次付费。详情可到店咨询。退订回T', senders: BULK },

  // —— daily life: 宝妈 work, kindergarten, night feeds, abroad ——
  { label: 'normal', text: '[宝妈群] 小区超市招理货员，上午九点到下午三点，正好接送孩子，月薪三千五，交社保，当面面试，不收任何费用。想去的我把店长电话给你', senders: PASTE },
  { label: 'normal', text: '老公，凌晨三点了，宝宝又醒了要喝奶，我冲好了，你明天上班别迟到。奶粉快见底了，你下班路过母婴店带一罐，会员卡在我钱包里', senders: FOLK, hours: NIGHT_FEED },
  { label: 'normal', text: '亲爱的，我在网上认识的那个男的说要见面，我带着孩子不方便，约在了商场的咖啡店，白天人多。他没提过钱，要是提钱我就直接拉黑，放心', senders: FOLK_ANY },
  { label: 'normal', text: 'Hi sis, I sent some baby clothes and a carrier by post from Sydney, tracking number is in the email. No customs fee should be needed, but if anyone calls asking you to pay, ignore it and tell me.', senders: ABROAD, en: true },
  { label: 'normal', text: '姐，我在东京给宝宝买了两罐奶粉和一些小衣服，下个月回国亲自带回来，不用你付钱。最近那种“海外代购先付款”的你别碰', senders: ABROAD },
  { label: 'normal', text: 'Reminder from Little Oaks Nursery: fees for next term are paid only through the school portal. Staff will never ask for a bank transfer by text or WeChat. Thank you.', senders: BULK_OR_PASTE, en: true },
  { label: 'normal', text: 'Your verification code for the Baby Care app is {code}. Do not share it with anyone. We will never call you to ask for this code.', senders: BULK, en: true, hours: ANYTIME },
  { label: 'normal', text: '【幼儿园】各位家长：本周五上午亲子运动会，请给孩子穿运动鞋，家长免费参加。园所不会向家长私下收取任何活动费用，如有疑问请拨打园办电话。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '姐，上次你借我的五千块给孩子交托育费，我今天发工资了，转你了，你查收一下。谢谢你救急，改天请你吃饭', senders: FOLK_ANY },
  { label: 'normal', text: '[通话转写] 您好，我是保险公司的代理人，想给您介绍一款少儿教育金保险。您不需要现在决定，我把条款和犹豫期的说明发给您，投保只在保险公司官方App签字付款。', senders: STAFF },

  { label: 'normal', text: '[来电转写] 您好，这里是社区卫生服务中心儿保科，宝宝六个月的儿保体检可以约了，您看{date}上午方便吗？带上儿童保健手册就行，体检是免费的，到时候在一楼预检台登记。', senders: ['unknown_landline'] },
  { label: 'normal', text: '老婆，我在迪拜这边发工资了，转了一万回家，走的是银行跨境汇款，两三天到账。孩子的早教课你想报就报，别心疼钱，我这边一切都好', senders: ABROAD, hours: EVENING },
  { label: 'normal', text: '你好，我是上次在早教中心一起上课的乐乐妈妈，想问下你们退课的钱退回来没有？我的前台说十五个工作日原路退，我就是想确认一下是不是真的要等这么久', senders: ['virtual', 'mobile'] },
];

export const BLIND31_TEMPLATES: Template[] = [...NORMAL, ...BLIND31B_TEMPLATES];
