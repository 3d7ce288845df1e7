/**
 * BLIND30 held-out bank (thirty-seventh scam author): this file holds the normal messages,
 * blind30b.templates.ts the fraud and harassment; BLIND30_TEMPLATES joins them.
 *
 * Who and how: written in session 12, 2026-12-04, by an independent evaluation author, a helper
 * session separate from the analyzer's developer and from the authors of every earlier bank (the
 * thirty-seventh author of a scam bank; another author wrote blind31 at the same time, and this
 * author did not open, grep or print that bank, not even its header — only its file names and
 * sizes appeared in a directory listing, and the check script printed its name with a count of
 * 0 shared texts). Written from general knowledge of cross-border lives in 2025–2026: how the
 * 国家移民管理局, local 出入境 offices, the 12367 hotline and 边检 write (港澳通行证 made, 签注
 * done at a self-service machine, 护照 appointments, 台胞证 renewals, 自助通关 enrolment, all free
 * or paid at the window); how 海关, airports, 国际快递 (DHL-style, 顺丰国际), 转运 warehouses,
 * 保税仓 shops and 离岛免税 shops write about duties, inspections and refunds; how banks write
 * about 境外消费, 境外取现, 境外汇款 for 学费, the 5万美元 annual 便利化购汇 quota, SWIFT
 * remittances, 结汇, 跨境理财通 and paused transfers to suspicious accounts; how universities abroad,
 * their finance and international offices, visa systems, letting agencies and overseas banks
 * write in English (statements, receipts, OTPs, blocked cards, new sign-ins); how Hong Kong and
 * Macau banks, 港险 agents and MPF trustees write in Traditional Chinese and Cantonese; how
 * 大湾区 commuters, 跨境学童 schools, 港珠澳 buses and 港车北上 read; how students, parents,
 * grandparents and siblings across time zones write at night; how 华人 groups, 同乡会, 中文学校
 * and 学联 post; of the fraud scripts aimed at them (fake 海关 / DHL "contraband" calls
 * transferred to "缉私" or "公安", fake 使领馆 robocalls, fake 出入境 / 签注 / 签证 / 入境处 fees,
 * fake 外汇局 and CRS tax calls, "self-kidnapping" of students, fake kidnappings told to parents,
 * fake 港险 / 外汇 / IPO / USDT / MPF / 澳门贵宾厅 investments, 留学贷 and 资金证明 loans, visa-linked
 * 征信 fixes, 代购, rentals abroad, 留学中介 保录, private 换汇, 杀猪盘 across borders, overseas
 * jobs with deposits and 电诈园 recruitment); and of the debt-collection rules in
 * shared/facts/regulation.md (no contact 22:00–08:00 without consent, at most 6 unanswered call
 * attempts a day per number, third parties only when the debtor is unreachable and never pressed
 * to pay or told the debt, no public notices, extra fees, new loans to repay old ones, threats,
 * insults, spreading private information, fake legal documents or impersonated courts, police or
 * government) — here applied to collectors who reach parents in China, the school or employer
 * abroad, room-mates and 华人 groups, or threaten 限制出境, 边控 and deportation.
 *
 * What this author opened, and nothing else in the repository: the placeholder
 * blind30.templates.ts and blind30b.templates.ts (and wrote them); eval.types.ts,
 * eval.generator.ts and eval.metrics.ts (whole); a directory listing of eval/ (file names and
 * sizes); blind25.templates.ts lines 1–131 (its header comment, its sender and hour constant
 * declarations and the first 3 lines after `const NORMAL`), and blind25b.templates.ts lines 1–80
 * and 86–89 (its header with the labelling rules, its sender and hour constant declarations and
 * the first 3 lines after `const FRAUD`), after printing the line numbers where their first
 * comments end and where `const NORMAL` / `const FRAUD` start; a keyword grep over the other
 * template banks of eval/ except blind30* and blind31* — total match counts for 港澳通行证, 签注,
 * 出入境, 移民局, 海关, 跨境, 海淘, DHL, 顺丰国际, 外汇, SWIFT, 5万美元, 留学, 学费, 大使馆, 领事馆, 香港,
 * 澳门, 港险, MPF, 深圳湾, 港珠澳, 台胞证, 华人, 时差, 留学生, 绑架, 代购, 租房, 签证, 换汇, Wise, 汇款,
 * OTP, 唔, 嘅, 保单, 移民, 护照, 清关, 关税, 违禁品, 洗钱, 澳洲, 温哥华 (45 keywords), and the first 24
 * matching fragments (40 characters each side) for 海关, 签注 and 跨境 — to avoid duplicating
 * them; scam.types.ts (its first 80 lines) and registry.fixture.ts; registry/institutions.json
 * summarised by a one-line script (each institution's id, kind, name, hotlines, ports,
 * signatures, first app and first domain); the first 50 lines of registry/README.md;
 * /work/shared/facts/regulation.md (whole); listings of /work/shared/facts/ and
 * /work/shared/seeds/ and the first 600 characters of one seed; the first 30 lines of
 * bin/run-ts.js and the scripts block of package.json; the check script
 * /tmp/blind-check/check.mts (read and run, not edited). The analyzer's code, lexicons, signal
 * lists, rules, reason catalogue, text model, training corpus and anything else under src/, and
 * models/, scripts/, docs/, bench/, BENCHMARKS.md and the README were NOT opened; the analyzer,
 * vitest, the tests and the benchmarks were NOT run; no search tool was used and git was not used.
 *
 * Checks run: `npm run typecheck` (passes); `node bin/run-ts.js /tmp/blind-check/check.mts
 * blind30 blind31`: 1,896 messages (872 normal, 824 fraud, 200 harassment) from 237 templates,
 * unreplaced placeholders 0, texts shared by two templates of this bank 0, texts equal to one in
 * another split 0 (blind31 as a count only, 0); highest character-bigram Jaccard against other
 * banks 0.412 (two English templates first at 0.486 and 0.483, under the 0.5 limit, were
 * rewritten anyway), and 0.336 within this bank (computed by a small script outside the
 * repository over this bank's own templates only). No template was ever at 0.5 or above.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): CROSS-BORDER LIVES — HONG KONG, MACAU, TAIWAN
 * AND CHINESE ABROAD. Genuine traffic (this file): 出入境 notices (通行证 made, 签注 at the
 * machine with nothing more to pay, a 护照 appointment that names the fake "加急费", a 台胞证
 * renewal, 12367 asking only for a rating, 自助通关 enrolment), customs and parcels (a 顺丰国际
 * clearance with no tax, a DHL duty notice in English, a courier with a 工号 who takes payment
 * only on the company's terminal, a 转运 warehouse that takes no private transfers, the airport's
 * cash-declaration rule, a box of 腊肉 confiscated by Australian customs, a random inspection that
 * cost nothing), banks on their own ports (a Hong Kong purchase, a tuition remittance to the
 * school's account, the 5万美元 quota, a code for 境外取现 with 请勿告知他人, a card 冻结 after three
 * wrong PINs at a foreign ATM, a call with a 工号 checking a large transfer, a paused remittance
 * to an account linked to fraud, 跨境理财通, inbound remittances and 结汇), universities and
 * overseas banks in English (fee statements, receipts, a visa lodged with nothing more to pay,
 * OTPs, blocked cards, a rent direct debit, a new sign-in, a lease renewal), Hong Kong and Macau
 * in Traditional Chinese and Cantonese (an account-opening appointment, 港险 paid only to the
 * insurer with 21 days' 冷静期, MPF statements, a Macau bank's call), the 大湾区 (港珠澳 bus
 * tickets, 跨境学童 buses, queues at 深圳湾, 北上 dinners split AA, 港车北上), families across
 * time zones at 1 a.m. (生活费 that is enough, a work visa granted, a sister abroad who will repay
 * a hospital deposit, grandparents' Cantonese voice note from an arrivals hall), 华人 groups (a
 * warning about consulate robocalls, a clear-out sale with no deposit, a room to rent with the
 * bond paid to the state scheme, a 同乡会 party, a Chinese school that never collects in the
 * group, the 中国领事 App), warnings from a 反诈中心, a bank, a carrier and an international
 * office, "is this real?" questions that paid nothing (a 签注 "activation fee", a fake embassy
 * call, a DHL call, a 港险 "8% guaranteed", a private 换汇 offer), lawful collection (a reminder
 * offering deferral to a customer abroad, a call with a 工号 that sets a new date, a contact asked
 * only to pass on a message, an offer never to contact family, school or employer) and marketing
 * with 退订 (travel cards, a study-abroad fair, roaming packs, a Hong Kong tour paid to the agency).
 * Fraud and harassment (blind30b): call transcripts that start as a courier and end at "缉私";
 * consulate robocalls timed for a time zone abroad; a fake 香港入境处 fee; a Cantonese "澳门司警";
 * a 台胞证 "注销"; a student told to hide in a hotel, and the ransom video sent to the parents;
 * 港险, MPF, IPO, USDT, 外汇 and 澳门 schemes; visa-linked loans, 征信 and 边控 fixes; 代购, rentals,
 * 保录, 换汇 and tickets; children, room-mates, bosses, 同乡会 heads and 辅导员 on new numbers;
 * romance from 中环, 台北, 吉隆坡, 伦敦, 澳门 and Heathrow; review tasks for Amazon, TikTok, Google
 * and Shopee; and collectors who call parents at midnight, write to the university abroad, post
 * in a 华人 group, threaten 边控 and deportation, or send a "Hong Kong law firm" letter.
 */
import type { Template } from './eval.types.js';
import { BLIND30B_TEMPLATES } from './blind30b.templates.js';

/** A registered institution texting from its own port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered institution texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** 出入境, 海关, couriers, universities, insurers, HK banks and shops not in the registry: bulk ports. */
const BULK: Template['senders'] = ['unknown_port'];
/** A courier, an agent, a branch or a school office on a desk line or a work mobile. */
const STAFF: Template['senders'] = ['unknown_landline', 'mobile'];
/** Group-chat exports, call transcripts, emails and notes pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Relatives, friends and colleagues in China on their own phones (sometimes pasted). */
const FOLK: Template['senders'] = ['mobile', 'none', 'mobile'];
/** Relatives and friends, some on an MVNO number. */
const FOLK_ANY: Template['senders'] = ['mobile', 'virtual', 'none'];
/** Children, siblings and friends abroad on foreign numbers, or pasted. */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Overseas banks, universities, landlords and community groups: foreign numbers or pasted. */
const FOREIGN: Template['senders'] = ['foreign', 'foreign', 'none'];
/** A notice from a bulk port, or pasted into a family or 华人 group. */
const BULK_OR_PASTE: Template['senders'] = ['unknown_port', 'none'];
/** A registered lender's notice through a bulk vendor, or its own port. */
const VENDOR_OR_OWN: Template['senders'] = ['official_port', 'unknown_port'];
/** Family across time zones: late evening and the small hours in China. */
const TIME_ZONES = [22, 23, 0, 1, 2, 5, 6];
/** Codes and app pushes: any hour. */
const ANYTIME = [0, 3, 6, 9, 13, 18, 21, 23];
/** Evenings. */
const EVENING = [19, 20, 21];

const NORMAL: Template[] = [
  // —— 出入境 and 移民局: 港澳通行证, 签注, 护照, 台胞证, 12367 ——
  { label: 'normal', text: '【国家移民管理局】您申请的往来港澳通行证已制证完成，请于{date}后凭受理回执到原受理点领取，选择邮寄的可在“移民局”App或拨打12367查询寄递进度。', senders: BULK },
  { label: 'normal', text: '【出入境管理】您的往来港澳通行证个人旅游签注（一年多次）已办结。签注可在任一出入境自助签注机打印，签注费已在受理时缴纳，无需另付任何费用。', senders: BULK },
  { label: 'normal', text: '您已预约{date}上午在市民中心出入境接待大厅办理普通护照。请携带本人身份证原件，照片现场免费采集；证件费用仅在窗口缴纳，工作人员不会打电话或发链接让您另外交“加急费”。', senders: BULK },
  { label: 'normal', text: '【厦门出入境】您好，您的台湾居民来往大陆通行证换发申请已受理，预计7个工作日制证完成，取证时请携带旧证及受理回执。查询进度可关注官方公众号。', senders: BULK },
  { label: 'normal', text: '[来电转写] 您好，这里是12367移民管理服务热线回访，您上周咨询的港澳签注到期续办问题，现在已经办好了吗？……好的，本次回访只做满意度调查，不需要您提供证件号码或者任何验证码，感谢您的评价，再见。', senders: ['unknown_landline', 'none'] },
  { label: 'normal', text: '出入境提醒：签注只能在出入境窗口、自助签注机或“移民局”App办理。不存在“签注异常需要缴费激活”“通行证被注销需补交担保金”这类业务，收到此类短信或电话请直接忽略，有疑问打12367。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【边检提示】您已成功备案内地居民出入境“自助通关”，下次经深圳湾、罗湖等口岸出入境时可直接使用自助通道，无需人工验证。备案全程免费。', senders: BULK },
  { label: 'normal', text: '妈，你的护照明年三月就过期了，八月去多伦多看我之前一定要先换，不然签证办不了。换护照在移民局App上就能预约，你让我爸陪你去，别找什么代办，要收好几百。', senders: ABROAD },
  // —— 海关, 跨境电商, 海淘 and 国际快递 ——
  { label: 'normal', text: '顺丰国际：您从大阪寄出的快件SF{code}已于今日完成进口清关，本票未产生税费，预计明天由同城快递员派送，派送前会电话联系您。', senders: BULK },
  { label: 'normal', text: "DHL: Import duties and taxes of CNY {amt} are due for your shipment from Frankfurt. You can pay in the official app before delivery or by card to the courier at the door. DHL does not call to ask for payment to a personal account.", senders: ['unknown_port', 'none'], en: true },
  { label: 'normal', text: '[来电转写] 您好，我是顺丰的快递员，工号在面单右上角能看到。您有一个从美国寄来的件，海关出了税单，一共{amt}元，您可以在App里面付，也可以我到了以后您扫我们公司的收款机，不用转我个人。下午四点左右给您送过去可以吗？', senders: STAFF },
  { label: 'normal', text: '您在商城国际馆购买的澳洲奶粉已从保税仓发出，清关已完成。跨境综合税已在下单时一并支付，收货时无需再付任何费用，快递员不会向您收取“关税”。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '【白云机场海关】温馨提示：出入境旅客携带人民币现钞超过2万元或外币现钞折合超过5000美元的，请选择申报通道并填写《中华人民共和国海关进出境旅客行李物品申报单》，申报不收取任何费用。', senders: BULK },
  { label: 'normal', text: '我第一次海淘买了双球鞋，物流显示“海关查验中”，我还以为要交罚款，结果问了客服，说是随机抽查，不收钱，查完就放行了。大家别被那种说包裹违禁要转账的电话吓到。', senders: FOLK_ANY },
  { label: 'normal', text: '老婆，那个日本寄来的包裹海关说要补税一百多块，我在“掌上海关”里面交了，电子税单截图发你了。快递员明天送，不用再给他钱了。', senders: FOLK },
  { label: 'normal', text: '【转运仓通知】您的包裹已到达美国特拉华仓库，实重3.2磅，请在会员中心提交出库申请并在线支付运费，本仓库不接受任何个人转账，客服也不会私下加您微信收款。', senders: BULK },
  { label: 'normal', text: '爸，你寄给我的那箱腊肉被澳洲海关没收了，他们这边肉类不能带也不能寄，没罚款，就是扔了。以后别寄吃的了，我这边华人超市都买得到。', senders: ABROAD, hours: [20, 21, 22] },
  // —— cross-border payments: 境外消费, 跨境汇款, 外汇额度, SWIFT, 银联 ——
  { label: 'normal', text: '{sig}您尾号{tail}的卡于{date}在香港特别行政区消费港币{amt}，折合人民币以入账金额为准。如非本人交易，请立即致电{hot}。', senders: OWN_PORT, hours: [9, 12, 15, 19, 21] },
  { label: 'normal', text: '{sig}您于{date}办理的境外汇款已汇出：汇款币种美元，用途“自费留学学费”，收款人为学校账户。预计2-5个工作日到账，汇款参考号可在{app}“跨境汇款-汇款记录”中查询。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}温馨提示：个人年度便利化购汇额度为等值5万美元，您本年度已使用等值3.2万美元。留学学费等超额度需求可凭录取通知书、学费账单到网点办理，无需支付任何中介费。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您正在开通尾号{tail}借记卡的境外用卡及境外取现功能，验证码{code}，5分钟内有效。请勿告知他人，本行工作人员不会向您索取验证码。', senders: OWN_PORT, hours: [0, 7, 9, 13, 18, 22, 23] },
  { label: 'normal', text: '{sig}您尾号{tail}的卡在境外ATM连续三次输错密码，为保护资金安全已临时冻结取现功能。回国后可在{app}“卡片管理”自助解冻，或持身份证到任一网点办理。', senders: OWN_PORT, hours: [1, 3, 5, 14, 20] },
  { label: 'normal', text: '[来电转写] 您好，我是{name}的客服，工号2716。看到您刚才从手机银行向境外个人账户汇款4万9千美元，想跟您确认一下是您本人操作、知道对方是谁吧？……是给您女儿交房租，好的。提醒您一下，如果有人自称公安或者大使馆让您汇钱，一定先挂断核实，打扰了。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}出境游用卡礼遇：活动期间使用银联卡在境外商户消费满300元返30元，每户每月限3次。详情见{app}活动页，回T退订。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您的个人外汇账户收到境外汇入款美元{amt}，汇款人YANG LI。请在{app}“汇入汇款”中确认交易性质后入账，确认及结汇均不收取手续费。', senders: OWN_PORT },
  { label: 'normal', text: '儿子，学校那个学费账户我抄下来了，今天在中行柜台办的电汇，SWIFT码和收款账号都是照着学校邮件填的，柜员还帮我核对了一遍。回执拍照发你，到账了跟学校财务说一声。', senders: FOLK },
  { label: 'normal', text: '妈，学费我已经用学校官网的付款入口交了，直接刷的你给我办的那张卡，不用你再汇钱了。有人打电话说学校要补交什么保证金的，肯定是骗子，学校只在学生系统里出账单。', senders: ABROAD, hours: [21, 22, 23, 0, 7] },
  // —— 留学: tuition to the university's own account, offices, visas, dorms ——
  { label: 'normal', text: "Finance Office: the Semester 2 fee statement has been posted to your student account. Pay it from the portal (card, bank transfer to the University's own account with your student number as reference, or an approved payment partner) before the census date. Staff never phone students to collect fees.", senders: ['foreign', 'none', 'unknown_port'], en: true },
  { label: 'normal', text: '爸妈，学校给的学费缴费参考号是我的学号加姓氏，你们在国内银行汇款的时候“附言”那一栏一定要填这个，不然学校对不上账。收款方是大学本身的账户，名字是学校英文全称，别汇给任何个人。', senders: ABROAD, hours: TIME_ZONES },
  { label: 'normal', text: '我今天收到一封邮件，说学校换了收款银行，让把学费打到一个新账户，我觉得不对劲，就打了学生系统里留的财务处电话，对方说根本没换过账户，让我把那封邮件转给IT部门了。妈你们那边也留意一下。', senders: ABROAD, hours: [22, 23, 0, 6] },
  { label: 'normal', text: '【新生接机】中国学生学者联合会本学期免费接机报名已开放，请在学联公众号填写航班信息，志愿者会提前一天联系你。接机不收任何费用，也不会让你提前转账占位。', senders: ['foreign', 'none'] },
  { label: 'normal', text: "Your student visa application has been lodged. The application charge was paid online by card at the time of lodging; there is nothing further to pay. We will contact you only through your online account, never by phone asking for money.", senders: ['foreign', 'none'], en: true },
  { label: 'normal', text: '宿舍押金退了，学校住宿办直接退回到当初付款的那张卡上，四百多镑，扣了一点清洁费，账单里都写着。妈你看到卡里进了一笔外币别奇怪。', senders: ABROAD, hours: [23, 0, 1] },
  { label: 'normal', text: '{person}您好，我是留学服务中心的顾问小周，您孩子的三所学校申请已全部提交。按合同约定，学校的申请费由您本人在各校官网用信用卡直接支付，我们只收合同里写明的服务费，已经开过发票了。', senders: STAFF },
  { label: 'normal', text: '同学们，新学期开学季又到了，学联提醒：自称大使馆、警察、快递打来电话说你涉案、让你去酒店“隔离”或者不要联系父母的，一律是诈骗。遇到这种情况先挂电话，给家里打个电话报平安。', senders: BULK_OR_PASTE },
  // —— overseas banks: English notices, OTPs, alerts ——
  { label: 'normal', text: 'Use {code} to approve your international transfer. If you did not request this, do not share the code, even with someone who says they work for the bank, and call us on the number on your card.', senders: FOREIGN, hours: ANYTIME, en: true },
  { label: 'normal', text: "Your debit card ending {tail} has been blocked after 3 incorrect PIN attempts. To unblock it, log in to the mobile banking app or visit a branch with photo ID.", senders: FOREIGN, hours: ANYTIME, en: true },
  { label: 'normal', text: 'A transfer of $250.00 from ZHANG WEI has been deposited into your account. Reference: rent share. No action is needed.', senders: FOREIGN, hours: [1, 4, 9, 22], en: true },
  { label: 'normal', text: "Reminder: your monthly direct debit for rent of GBP 950.00 to the landlord's letting agency will be taken on {date}. Make sure you have enough funds in your account.", senders: FOREIGN, en: true },
  { label: 'normal', text: 'New sign-in to your online banking from a new device (iPhone, Shanghai). If this was you, you can ignore this message. If not, call the number on the back of your card.', senders: FOREIGN, hours: [2, 10, 16, 23], en: true },
  // —— 香港 / 澳门 banks, 港险, MPF, 跨境理财通 ——
  { label: 'normal', text: '【香港銀行】閣下預約於{date}下午2時30分在旺角分行辦理個人開戶，請攜帶港澳通行證、身份證及住址證明正本。本行不會透過電話或短訊要求閣下預先轉賬或繳付“開戶保證金”。', senders: ['foreign', 'unknown_port'] },
  { label: 'normal', text: '{person}，我是友邦的持牌保险顾问阿芳，想跟你确认一下下周在香港签单：你本人要到场，保费用你自己名下的银行卡或银联卡直接付给保险公司，不经过任何个人账户。签完有21天冷静期，不想要可以全额退。', senders: ['foreign', 'mobile'] },
  { label: 'normal', text: '您的強積金周年權益報表已上載至計劃網站，請登入查閱供款及投資回報紀錄。受託人不會致電要求您把強積金轉往私人投資計劃。', senders: ['foreign', 'unknown_port'] },
  { label: 'normal', text: '{sig}您已成功开通“跨境理财通”南向通业务，汇款专户与投资户已完成绑定，资金闭环管理，只能在两个专户之间划转。个人额度300万元，可在{app}查询余额。', senders: OWN_PORT },
  { label: 'normal', text: '【保費提示】您的保單將於{date}到期繳費，可透過轉數快或網上銀行轉入保險公司戶口，戶口名稱為保險公司全稱。本公司職員及代理人不會以個人戶口收取保費。', senders: ['foreign', 'unknown_port', 'none'] },
  { label: 'normal', text: '[來電轉文字] 你好，我係澳門嘅銀行客戶服務部，同你確認一下，今朝你個戶口有一筆轉去內地嘅匯款，係咪你本人操作？……好，冇問題。提提你，我哋唔會問你要密碼或者驗證碼，有人咁問你就即刻收線。', senders: ['foreign', 'none'] },
  { label: 'normal', text: '表哥，我香港那张卡的网银一直登不上，银行说密码错太多次被冻结了，要我本人回去柜台重置。下个月去深圳找你的时候顺便过关去办一下，你不用帮我弄，别把验证码发给别人。', senders: FOLK_ANY },
  // —— 大湾区 commuting: 深圳湾, 港珠澳, 跨境学童, 北上 ——
  { label: 'normal', text: '【港珠澳大桥穿梭巴士】您已成功购买{date}珠海口岸往香港口岸车票1张，请提前30分钟凭有效证件到口岸候车，车票可在官方小程序改签。', senders: BULK },
  { label: 'normal', text: '【跨境学童】家长您好，明日因口岸通关系统维护，跨境校巴提前15分钟出发，请于早上6:40前送学童到福田集合点。学童过关需随身携带通行证及学童证。', senders: BULK, hours: [19, 20, 21] },
  { label: 'normal', text: '老公，今晚深圳湾过关的人超多，排了四十多分钟，我大概九点才到家，你们先吃饭不用等我。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '周末北上去深圳吃饭，我们一家四口，我订了福田那家茶楼，你们直接从罗湖过来就行。AA就好啦，到时候微信转我，别跟我客气。', senders: ['foreign', 'mobile', 'none'] },
  { label: 'normal', text: '【港车北上】您提交的港澳单牌车入出内地预约已审核通过，请于预约日期经港珠澳大桥珠海公路口岸入境。审核结果只在官方系统查询，审核不收费。', senders: BULK },
  { label: 'normal', text: '同事们，下周一起去香港参加展会，过关时间统一约在早上八点半，深圳湾口岸大厅集合。港澳通行证和签注大家自己检查一下是否还在有效期，费用公司统一报销，不用提前转给我。', senders: FOLK_ANY },
  { label: 'normal', text: '{sig}您的电子钱包已开通跨境支付功能，在香港商户扫码付款将按实时汇率结算。本次开通验证码{code}，请勿转发他人。', senders: OWN_PORT, hours: ANYTIME },
  // —— 台湾 relatives and 台胞 ——
  { label: 'normal', text: '阿姨，我下個月要回大陸工作了，台胞證上週已經換好，這次用的是卡式的，機場可以走自助通道。到了廈門再打電話給妳，不用來接我喔。', senders: ['foreign', 'none'] },
  { label: 'normal', text: '舅舅从台北打电话来说，外婆的红包他托人带回来了，是现金，当面给，让我们别听任何人说“帮忙汇款”的电话，他不会叫我们转钱给陌生账户。', senders: FOLK },
  { label: 'normal', text: '{sig}您好，您在本行开立的台胞个人账户已完成身份信息更新，台湾居民来往大陆通行证有效期已同步。如非本人操作请致电{hot}。', senders: OWN_PORT },
  // —— parents visiting children abroad ——
  { label: 'normal', text: '【签证申请中心】您已成功预约{date}上午9:30在北京签证申请中心递交探亲签证材料并录入生物信息。签证费用已在线支付，现场服务费以官网公示为准，中心不会电话要求您汇款。', senders: BULK },
  { label: 'normal', text: '爸妈，你们转机在迪拜，下飞机跟着“Transfer”的牌子走，不用出关，也不用再交钱。到了多伦多入境的时候海关问你们来干嘛，就说来看儿子，带了吃的要如实申报，申报了最多是扔掉，不会罚钱。', senders: ABROAD, hours: TIME_ZONES },
  { label: 'normal', text: '女儿，刚才有个电话说是你们学校的，说你欠了学校一笔钱让我汇过去，我没理他，直接给你打电话了。你那边现在半夜，看到回我一下，没事就好。', senders: FOLK, hours: [10, 14, 16] },
  { label: 'normal', text: '妈，我给你们买了旅游保险，保单发你邮箱了，在国外看病先打保单上那个救援电话，别自己先付大钱。航班信息和我的地址我都打印好了放在你包里。', senders: ABROAD },
  { label: 'normal', text: '[语音转文字] 阿仔啊 我同你阿爸落咗机啦 喺机场等行李 你唔使急 慢慢揸车过嚟 我哋喺三号门口等你 冇事嘅', senders: ['foreign', 'none'], hours: [5, 6, 22, 23] },
  { label: 'normal', text: '孩子爸，机票我在航空公司官网订好了，两个人往返一万二，用的是我自己的信用卡。有个网站说便宜三千要先转账，我没敢订，还是官网踏实。', senders: FOLK },
  // —— 华人 community groups ——
  { label: 'normal', text: '[温哥华华人群] 各位注意，最近很多人接到自称“中国领事馆”的语音电话，说有文件要领、按9转人工，然后说你涉案要汇钱。领事馆不会这样打电话，大家直接挂，也提醒家里老人。', senders: PASTE },
  { label: 'normal', text: '回国清仓：宜家书桌一张、台灯一个、电饭煲一个，一共40刀，自取，地点在UBC附近。当面看货当面付，不收定金，不接受先转账。', senders: ['none', 'foreign'] },
  { label: 'normal', text: '找室友：墨尔本CBD两室公寓，单间每周280澳币，可以先约时间来看房，满意了再签租约。押金按规定交到州政府的押金管理机构，不交给我个人。', senders: ['none', 'foreign'] },
  { label: 'normal', text: '【同乡会】本周六下午在唐人街中华会馆举办中秋联谊会，免费入场，有月饼和茶点。需要帮忙报名的老人家可以打会馆办公室电话，活动不收费、不募捐。', senders: ['foreign', 'none'] },
  { label: 'normal', text: '中文学校家长群通知：下学期学费请在学校网站用信用卡缴纳，或者开学第一天在前台刷卡，老师不会在群里收钱，也不会私聊让您转账。', senders: PASTE },
  { label: 'normal', text: '提醒：护照到期换发可以在“中国领事”App上在线申请，材料审核通过后邮寄到家，全程不用去使馆。领事馆工作人员不会打电话让您汇款、交“保证金”或者办什么“资金核查”。', senders: BULK_OR_PASTE },
  // —— time zones: night-hour messages between families ——
  { label: 'normal', text: '妈 我刚下课 你那边是不是凌晨两点了 别回我了快睡 我就是说一声这周的生活费还够 不用转', senders: ABROAD, hours: [1, 2, 3] },
  { label: 'normal', text: '爸，你那边几点了？我这边周日下午，想跟你视频一会儿，你要是已经睡了明天早上我再打。', senders: ABROAD, hours: TIME_ZONES },
  { label: 'normal', text: '儿子，这个季度的生活费我今天在手机银行汇了，用途填的“留学生活费”，额度还够。你那边到账了发个消息给我，到了就行，不用打电话，你们那边是半夜。', senders: FOLK, hours: [9, 10, 15] },
  { label: 'normal', text: '姐，我在纽约这边凌晨才下班，看到你说妈住院了，我明天一早就去订机票。住院押金你先垫一下，我回去跟你算清楚，要多少你直接告诉我。', senders: ABROAD, hours: [12, 13, 14] },
  { label: 'normal', text: '我知道这个点你在睡觉，不用回。就是想告诉你，我的工作签证批下来了，下个月正式入职，终于不用再担心续签了。', senders: ['foreign', 'virtual', 'none'], hours: [0, 1, 2, 4] },
  // —— warnings from police, banks, schools and carriers ——
  { label: 'normal', text: '【反诈提醒】近期出现冒充“海关”“快递”“使领馆”的诈骗电话，称您的包裹夹带违禁品、护照涉案，随后转接“公安”要求资金核查。公安机关不会通过电话办案，更没有“安全账户”。如有疑问请拨打96110。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '{sig}提醒：近期有不法分子冒充我行“境外用卡中心”来电，以卡片在境外被盗刷为由，诱导客户转账至“安全托管户”。本行不存在此类账户，任何要求您转账或提供验证码的来电均为诈骗。', senders: OWN_PORT },
  { label: 'normal', text: 'International Student Office: we are aware of scam calls to Chinese students from people claiming to be embassy staff or police. They may tell you to stay alone in a hotel and not to contact your family. Hang up, and contact us or campus security.', senders: ['foreign', 'none'], en: true },
  { label: 'normal', text: '[来电转写] 您好，这里是市反诈中心，我们注意到您家里刚刚接到一个境外来电，对方有没有说您在国外的孩子被绑架了？……那是诈骗，请先不要转账，马上给孩子打个电话，我们也会联系当地派出所上门帮您。', senders: ['unknown_landline', 'none'] },
  { label: 'normal', text: '{sig}您已开通国际漫游服务，在境外使用流量将按目的地资费计费，可在{app}查看实时用量。境外接到显示为“+86”开头、自称客服或公安的来电请谨慎，我们不会来电要求转账。', senders: OWN_PORT },
  // —— "is this real?" questions that pay nothing ——
  { label: 'normal', text: '这条短信是真的吗？说我的港澳签注被注销了，要点链接交激活费才能用。我签注是上个月刚办的，我没点，想先问一下。', senders: FOLK_ANY },
  { label: 'normal', text: '问一下大家，我妈接到一个电话说是“中国驻日本大使馆”，说我涉嫌什么洗钱案件，让她不要告诉我。她没转钱，挂了以后直接给我打电话了。这种是不是骗子？要不要报警？', senders: PASTE },
  { label: 'normal', text: '姐，刚刚有个自称DHL的人打电话说我有个包裹被扣了，要转到海关，我直接挂了。我最近根本没买过国外的东西，这个应该不用管吧？', senders: FOLK },
  { label: 'normal', text: '朋友推荐一个香港的储蓄险，说保证回报8%，要把钱先转给他个人，我觉得不对劲没转。正规港险是不是要本人去香港签单、直接付给保险公司？', senders: FOLK_ANY },
  { label: 'normal', text: '有个同学说可以私下帮我换英镑，汇率比银行好，要我先转人民币给他。我没答应，还是用学校推荐的正规汇款渠道比较放心，多花点手续费也行。', senders: ['foreign', 'none', 'virtual'] },
  // —— lawful collection reminders (daytime, 工号, no threats, third parties told nothing) ——
  { label: 'normal', text: '{sig}{person}您好，您在{name}的借款本期应还{amt}元已逾期3天，请及时通过{app}还款，以免产生罚息。如您身在境外还款不便，可致电{hot}申请延期或分期方案。', senders: VENDOR_OR_OWN },
  { label: 'normal', text: '[来电转写] 您好，我是{name}的贷后专员，工号8031。您的账单逾期了几天，想问问您这边是不是在国外，还款有没有什么困难？……好的，我这边给您登记一个两周后的还款日，到时候在App里还就可以，这期间不会再打扰您。', senders: OWN_LINES },
  { label: 'normal', text: '{person}您好，我是{name}的客服，工号5520。我们这几天联系不上您的一位朋友，您是他预留的联系人，麻烦您方便时转告他回个电话。具体事情我们不便透露，也不需要您做任何事，打扰了。', senders: OWN_LINES },
  { label: 'normal', text: '{sig}您好，您的账户已逾期{amt}元。我们可为在境外的客户提供线上协商还款服务，请登录{app}“还款协商”提交申请，我们不会联系您的家人、学校或雇主。', senders: OWN_PORT },
  // —— marketing with 退订 ——
  { label: 'normal', text: '{sig}暑期留学季：持本行信用卡在境外消费享最高5%返现，留学生家长办理附属卡免年费。详情咨询{hot}，拒收请回复R。', senders: OWN_PORT },
  { label: 'normal', text: '【国际教育展】2025春季留学展{date}在国际会展中心举办，英美澳加等百余所院校招生官现场答疑，免费入场，现场不收取任何申请费用。退订回T', senders: BULK },
  { label: 'normal', text: '{sig}出国流量包上新：港澳台3日畅游包25元，日韩7日包68元，开通后即时生效，在{app}即可订购。回复TD退订。', senders: OWN_PORT },
  { label: 'normal', text: '【港澳游】五一香港迪士尼+维港夜游3天2晚跟团游，报名请到门店或官方小程序签订正规旅游合同，团费对公支付。我社不通过个人账户收款，退订回T。', senders: BULK },
  // —— colleagues, friends and family: ordinary cross-border money and errands ——
  { label: 'normal', text: '老王，上次你帮我在香港代买的奶粉钱我刚微信转你了，一千三百六，按你说的汇率算的。下次你去再帮我带两罐呗，钱我还是先转你。', senders: FOLK },
  { label: 'normal', text: '我在澳门这边的工资是发澳门币，每个月寄钱回家走的是银行的跨境汇款，手续费一百多。妈你收到了就跟我说，别听谁说能帮你“换汇”更划算的。', senders: ['foreign', 'mobile', 'none'] },
  { label: 'normal', text: '公司通知：派驻香港同事的差旅补贴本月起由财务直接打到工资卡，不需要提供任何验证码或密码。有人冒充财务让你转账或扫码，请直接跟财务部电话核实。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '哥，你帮我看看这个海外代购靠不靠谱，说日本药妆七折，要先付全款。我在她朋友圈没看到什么买家反馈，我先不买了，你觉得呢？', senders: FOLK_ANY },
  { label: 'normal', text: '{sig}您向境外汇款已被暂缓处理：系统识别收款账户与近期诈骗案件有关联。请勿在对方催促下重复汇款，如需继续办理请携带身份证到网点核实，或致电{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '儿子说他在温哥华租的房子房东要提前收押金，我让他先去看房、签合同、拿到收据再给，他说房东就是这么办的，当面交的。放心了。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '你好，我是楼下新搬来的住户，也是从国内来的留学生，明天我去华人超市，要不要帮你带点东西？钱等我买回来你再给我就行。', senders: ['foreign', 'virtual'] },
  { label: 'normal', text: 'Hi {person}, this is the leasing office. Your lease renewal is ready to sign in the resident portal. Rent stays the same; please pay through the portal as usual. We never ask residents to wire money to a new account by text.', senders: FOREIGN, en: true },
  { label: 'normal', text: '{sig}您申请的境外旅行信用卡已寄出，卡片需本人在{app}激活，激活验证码{code}，请勿告诉任何人，包括自称本行员工的人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '【离岛免税】您的免税商品已办理提货，提货凭证与您的身份证件、离岛航班信息一致。如需退货请在官方App申请，退款原路退回，客服不会要求您提供银行卡验证码。', senders: BULK },
  { label: 'normal', text: '外婆，我是你外孙女，我在新加坡挺好的，这周末打工多赚了点，不用你给我寄钱了。要是有人打电话说我出事要钱，你别信，直接打我这个号码，我二十四小时开机。', senders: ['foreign', 'none'], hours: [20, 21, 22] },
  // —— a few more: HK OTPs, receipts, refunds, 结汇, a code for a parent's new card ——
  { label: 'normal', text: '【網上理財】一次性密碼{code}，用於登入閣下之網上理財賬戶，5分鐘內有效。切勿向任何人（包括本行職員）透露此密碼。OTP for login, do not share.', senders: FOREIGN, hours: ANYTIME },
  { label: 'normal', text: "Payment received: thank you, we have received GBP {amt} towards your tuition fees for this academic year. A receipt is available in your student account. This is an automated message, please do not reply.", senders: ['foreign', 'none', 'unknown_port'], en: true },
  { label: 'normal', text: '您好，您在海外旗舰店申请的退货已由保税仓签收，货款和已缴纳的跨境税款将在3个工作日内原路退回您的支付账户，无需联系任何“退款客服”，也无需提供验证码。', senders: BULK_OR_PASTE },
  { label: 'normal', text: '爸，我回国前把卡里剩下的加币在手机银行结汇了，钱已经转到你的卡上，一共两万一千多，用途写的“个人结汇-留学结余”。你查一下到没到，到了就行。', senders: ['foreign', 'mobile', 'none'], hours: [7, 21, 22, 23] },
  { label: 'normal', text: '{sig}您为家属申领的境外留学附属卡已激活，验证码{code}仅用于本次激活确认。请勿告知他人，如非本人操作请致电{hot}。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '出国前提醒自己：常用药带够，处方药带上医生开的英文处方；入境卡上“是否携带药品、食品”如实勾选，申报了顶多是被拿走，不申报才会被罚。', senders: ['none', 'mobile'] },
];

export const BLIND30_TEMPLATES: Template[] = [...NORMAL, ...BLIND30B_TEMPLATES];
