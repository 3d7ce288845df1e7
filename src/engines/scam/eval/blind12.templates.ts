/**
 * BLIND12 held-out bank (seventeenth scam author): this file holds the normal messages,
 * blind12b.templates.ts the fraud and harassment; BLIND12_TEMPLATES joins them.
 *
 * Who and how: written in session 7 (2026-12-02), after blind11, by an independent evaluation
 * author, a helper session separate from the analyzer's developer and from the authors of every
 * earlier bank (the seventeenth author of a scam bank). Written from general knowledge of how
 * police stations, anti-fraud centres, legal-aid centres, law firms, courts, short-video
 * platforms and their creator centres, MCN agencies, publishers, translation agencies, carriers,
 * phone makers, universities, the 国家开发银行 student-loan system, exit-entry offices and
 * licensed lenders write to people in 2025–2026, of the telecom-fraud scripts that imitate them
 * (the Ministry of Public Security's common types, and the 二次诈骗 aimed at people already
 * defrauded), and of the debt-collection rules in shared/facts/regulation.md (no contact
 * 22:00–08:00 without consent, at most 6 unanswered call attempts a day per number, third
 * parties only when the debtor is unreachable and never pressed to pay or told the debt,
 * collection only from the debtor and the guarantor, no public notices, extra fees, new loans to
 * repay old ones, threats, insults, fraud, violence, spreading private information, fake legal
 * documents or impersonated courts, police or government). While writing it the author read
 * only: eval.types.ts, eval.generator.ts, eval.metrics.ts, the other template banks (only to
 * avoid duplicating them and to write differently), scam.types.ts (FraudType, MessageInput),
 * registry.schema.ts, registry/institutions.json, registry/README.md,
 * shared/facts/regulation.md, shared/seeds, shared/SPEC.md, and the import lines of
 * eval.test.ts. The analyzer's code, lexicons, signal lists, reason catalogue, closed-channel
 * lists, rules and models were NOT opened; docs/, BENCHMARKS.md and git history were NOT read;
 * the analyzer, its tests and benchmarks were NOT run; no search tool was used on this
 * repository and git was not used. The only runs were `npm run typecheck` and an expansion check
 * outside the repository (generateEvalSet(registry, 'blind12') and the other splits) for counts
 * by label, fraud type and sender kind, for duplicate texts against the other splits and for
 * character-bigram Jaccard similarity (≤ 0.5) against every earlier template.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): life after a scam — police case-filing
 * receipts, 反诈中心 and 96110 follow-ups, a bank intervening in a "recovery fee" transfer, legal
 * aid (12348, 法律援助中心), a real lawyer's fee agreement, a court returning recovered money —
 * beside (in blind12b) recovery scams (二次诈骗) by fake 网警, lawyers, "资金追回中心", hackers
 * and fake court refunds; content creators (platform creator-centre settlements and appeals,
 * brand briefs through the platform, MCN settlement sheets and contracts, fan-group giveaways
 * that ask for nothing); freelancers, writers, artists and translators (publishing contracts
 * and royalty statements, fee-free competitions and exhibitions, translation purchase orders,
 * commissions held by a platform, 稿酬 tax); lost and stolen phones and carriers (Apple and
 * 华为 account codes, a taxi driver who found a phone, 补换卡, 携号转网, broadband installers,
 * arrears, package changes, 停机保号); students and graduates (国家助学贷款 续贷 and 毕业确认,
 * 四六级 and 考研 registration, internships and 三方协议, dorm and graduation-photo money);
 * Hong Kong, Macau, Taiwan and overseas Chinese (港澳通行证 renewals, HK residents' mainland
 * accounts, remittances home, cross-border parcel tax, relatives abroad, in Traditional
 * characters and Cantonese where natural). Registers: 弹幕 and meme slang (yyds, 绝绝子, 栓Q,
 * 家人们), emoji standing in for characters (V❤️, 🉑, 💰), pinyin initials (wx, zfb, qq),
 * multi-speaker group-chat exports, formal 公文 notices (关于…的通知, 特此通知), AI robocall
 * transcripts, unpunctuated voice input. Lawful collection (an identified agency and staff
 * number, verification through the lender's official hotline, daytime, the debtor only, a
 * contact person told nothing of the debt when the debtor is unreachable, a debt-transfer
 * notice, a two-person visit announced in advance) is labelled normal. Many normals use scam
 * vocabulary lawfully (验证码 with 切勿告知他人, 冻结/解冻 of real accounts, 保证金 for real
 * shops and rentals, 退款 via the order page, 征信 in a lender's reply, 追回 in police and court
 * notices, 转账 between relatives confirmed by a call or a video).
 */
import type { Template } from './eval.types.js';
import { BLIND12B_TEMPLATES } from './blind12b.templates.js';

/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender calling or texting from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Police, courts, platforms, carriers, schools, publishers: bulk ports not in the registry. */
const BULK: Template['senders'] = ['unknown_port'];
/** Notices, contracts, group exports, app pushes and transcripts pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family and friends on their own phones or pasted from a chat. */
const FOLK: Template['senders'] = ['none', 'mobile'];
/** A named officer, editor, agent, installer or clerk on a mobile or a desk line. */
const STAFF: Template['senders'] = ['mobile', 'unknown_landline'];
/** Relatives and firms abroad (or their messages pasted). */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact, inside 08:00–22:00. */
const DAYLIGHT = [8, 9, 10, 11, 14, 16, 19, 21];
/** One-time codes and system notices: any hour. */
const ANYTIME = [0, 2, 6, 9, 13, 17, 20, 23];
/** People chatting in the evening. */
const EVENING = [18, 19, 20, 21, 22, 23];

const NORMAL: Template[] = [
  // ── after a scam: police, anti-fraud centre, courts, legal aid, lawyers ──
  { label: 'normal', text: '【江城公安】{person}，您报案的电信网络诈骗案件已受案，受案回执编号A{code}。办案民警会通过单位座机与您联系。公安机关办案不收取任何“追赃费”“解冻费”，也不存在什么“资金追回中心”；被骗资金如被依法追缴，将通知您本人持身份证到派出所办理发还。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，这边是江城市反诈中心96110回访专线。嗯，您上周报的那起刷单被骗的案子，我们想了解一下，最近有没有人以“帮您追回损失”的名义加您微信或者打电话？……有是吧，那个是二次诈骗，公安机关办案不收一分钱，您千万别再转账了。案子有进展，办案单位会通知您去所里，不会在网上办。', senders: ['unknown_landline'] },
  { label: 'normal', text: '【江城市法律援助中心】{person}您好，您申请的法律援助（劳动报酬纠纷）经审查符合条件，已指派律师承办，承办律师将于3个工作日内与您联系。法律援助全程免费，承办律师不得以任何名义向您收费。咨询请拨12348。', senders: BULK },
  { label: 'normal', text: '[12348热线记录]\n来电人：我被网上投资骗了六万，有个律所打电话说能帮我追回，先交30%代理费。\n值班律师：诈骗案件的赃款追缴由公安机关负责，被害人不需要向任何机构交钱“追回”。您先到派出所报案拿受案回执，经济困难的话可以申请法律援助。\n来电人：那个律所说跟警方有合作。\n值班律师：没有这种合作，请不要转账。', senders: PASTE },
  { label: 'normal', text: '委托代理合同（节选）\n委托人：{person}\n受托人：江城明理律师事务所\n案由：民间借贷纠纷一审\n律师费：人民币8000元，于签约后3日内支付至本所对公账户，本所开具正式发票\n特别约定：承办律师不得私自收取任何费用；本所不对案件结果作任何承诺', senders: PASTE },
  { label: 'normal', text: '【江城市中级人民法院】{person}：您作为被害人的（2025）刑初{code}号诈骗案已审结，依法追缴的赃款将按比例发还。请于{date}起携带身份证原件及本人银行卡到本院执行局窗口办理，或登录人民法院在线服务平台提交本人收款账户。发还不收取任何费用，本院不会电话要求转账。', senders: BULK },
  { label: 'normal', text: '你上次被骗那事，今天又有人加你说是网警能帮追回？别理。我问了我表哥，他就在派出所，说他们办案从来不加微信、更不收钱，有进展会直接通知你去所里签字', senders: FOLK },
  { label: 'normal', text: '{sig}您尾号{tail}的账户因公安机关办理电信诈骗案件协查需要已被依法冻结，冻结金额{amt}元，冻结机关：江城市公安局。如有异议请本人携身份证到营业网点或直接联系冻结机关，我司不会通过电话或链接为您“解冻”。', senders: OWN_PORT },
  { label: 'normal', text: '国家反诈中心App\n报案进度\n您提交的线索已推送至属地公安机关，线索编号{code}。请妥善保存转账记录和聊天截图。凡是自称能“内部追回”“加急返还”并要求付费的，均为二次诈骗。\n[查看详情]', senders: PASTE },
  { label: 'normal', text: '{person}您好，我是城西派出所民警刘峰。您被骗案件里冻结在涉案账户的{amt}元已经审批完可以返还了，请这周工作日带身份证和本人银行卡到所里二楼办案区签字，钱直接退到您本人卡上，所里不收任何费用。不放心可以打110转城西所核实。', senders: STAFF },
  { label: 'normal', text: '[通话转写] 您好，我是{name}反诈专员，工号{tail}。您刚才向一个新收款账户转账{amt}元，想跟您确认一下是您本人操作吗？……对方是不是说能帮您“追回之前被骗的钱”，要先交手续费？嗯，那这个就是诈骗。这笔我们先帮您暂缓，您可以在{app}里撤销。我们不会要您提供验证码。', senders: OWN_LINES },
  { label: 'normal', text: '关于防范“帮您追回损失”类二次诈骗的通知\n各社区居民：\n近期辖区发生多起诈骗分子冒充律师、网警，以“追回被骗资金”为名收取手续费、保证金的案件。公安机关追赃挽损不收取任何费用，请勿轻信陌生来电和私信。如有疑问请拨打96110或110。\n特此通知。\n江城市公安局城西分局\n{date}', senders: PASTE },
  { label: 'normal', text: '【社区公告】本周六上午9:00-11:30，司法所律师在社区服务中心一楼提供免费法律咨询，借贷纠纷、劳动争议、被骗后怎么报案维权都可以问，现场不收任何费用，也不推销任何服务。', senders: PASTE },
  { label: 'normal', text: 'Dear Mr Chan, thank you for instructing us on the Shenzhen property matter. Our fixed fee is HKD 15,000, payable to the firm client account printed on our letterhead once you sign the engagement letter. We never change bank details by phone or WhatsApp. Li & Partners', senders: ABROAD, en: true },
  // ── content creators: platform, brands, MCN, fans ──
  { label: 'normal', text: '【短视频创作者中心】您4月的创作收益{amt}元已结算，可在App“创作者中心-收益提现”提现至已实名认证的本人银行卡，提现免手续费，个税由平台代扣代缴。平台不会以“账号加权”“流量扶持”等名义向您收费。', senders: BULK },
  { label: 'normal', text: '【短视频创作者中心】您申请加入“中视频伙伴计划”已通过审核，收益按有效播放量计算，每月5日结算上月收益。审核全程在App内完成，无需缴纳保证金，工作人员也不会私信索要验证码。', senders: BULK },
  { label: 'normal', text: '主题：【商单邀约】护肤品牌夏季新品种草合作\n{person}您好，我是晴川文化商务部的小林。品牌方想邀请您拍一条60秒口播视频，报价{amt}元（含税）。下单走平台任务系统，平台担保结算，您不需要垫付任何费用，样品由我们寄出。附件是brief，方便的话明天沟通档期～\n晴川文化 商务 林晓', senders: PASTE },
  { label: 'normal', text: 'MCN月度结算单\n达人：小周的厨房\n结算周期：2025年4月\n平台收益：12680.00\n机构分成（30%）：3804.00\n应付达人：8876.00\n打款方式：{date}前汇入达人本人银行卡\n备注：如对结算有异议，请于7日内书面提出', senders: PASTE },
  { label: 'normal', text: '姐妹这个商单也太香了yyds！品牌直接在平台下单，钱平台先托管，视频发出去验收完就到账，一分钱不用垫，绝绝子🥹 下周请你喝奶茶', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '【粉丝群公告】家人们！破十万粉福利来啦🎉 本条视频评论区抽3位宝子送同款保温杯，包邮到家，不用付任何运费，也不用加任何人私聊。中奖名单下条视频置顶公布，私信找你要钱的都是冒充的，直接举报哈！', senders: PASTE },
  { label: 'normal', text: '【短视频平台】您发布的视频因使用未授权音乐被限制推荐，可在“创作者中心-违规记录”查看详情并免费申诉，申诉结果3个工作日内通知。平台客服不会添加个人微信处理申诉。', senders: BULK },
  { label: 'normal', text: '[群聊导出]\n运营小美: 明天下午两点开播，样品已经到公司了\n达人阿凯: 收到👌 佣金还是按后台显示的算？\n运营小美: 对，坑位费品牌已经打到公司对公户了，月底跟结算单一起给你\n达人阿凯: 好嘞 钱的事我就不操心了哈哈\n运营小美: 开播前记得检查下小黄车链接', senders: PASTE },
  { label: 'normal', text: '帮我看看这个MCN合同，签三年，违约金写的五十万，分成我六他们四，有点慌。我还没签，周末先找个律师看一遍再说', senders: FOLK },
  { label: 'normal', text: '【星图任务平台】您接取的品牌任务“618家电测评”已验收通过，任务款{amt}元将于T+7日结算至账户余额，可在App内自行提现。', senders: BULK },
  { label: 'normal', text: '【短视频平台】验证码{code}，您正在进行创作者实名认证，切勿告知他人。平台不会以任何理由索要验证码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[直播弹幕]\n主播这个口红色号绝绝子！\n家人们链接在小黄车，别信私信发的“粉丝专属价”\n已下单 坐等收货😋\n栓Q 又没抢到\n主播说了补货，明晚八点', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '【电商平台】您的小店需缴纳类目保证金2000元，请在商家后台“资金-保证金”页面自行缴纳，退店且无未完结纠纷后可申请全额退还。平台不会通过私信或个人账户收取保证金。', senders: BULK },
  // ── freelancers: writers, artists, photographers, translators ──
  { label: 'normal', text: '您好，我是江城文艺出版社编辑部小郑。您的书稿《山路》选题已经通过，出版合同发到您邮箱了：版税率8%，首印5000册，合同签订后一个月内预付50%版税。出版社不向作者收取任何出版费、书号费。有问题随时电话我。', senders: STAFF },
  { label: 'normal', text: '版税结算单（2024年度）\n书名：《城南旧事新编》\n销售册数：3216\n定价：48.00\n版税率：8%\n应付版税：12349.44\n代扣个税：1788.71\n实付金额：10560.73\n付款日期：{date}', senders: PASTE },
  { label: 'normal', text: '关于举办第十届“江城印象”摄影大赛的通知\n各位摄影爱好者：\n本次大赛由市摄影家协会主办，投稿免费，不收取任何报名费、评审费、证书费，获奖作品由主办方颁发奖金和证书。投稿截止日期{date}，详见协会官网。\n特此通知。', senders: PASTE },
  { label: 'normal', text: '您好，这是本周的翻译任务单：产品说明书英译中，约6800字，单价120元/千字，周五18点前交稿。稿费按月结，次月10号前打到您本人银行卡。我们不收押金，也不收试译费。——青禾翻译 项目经理Amy', senders: STAFF },
  { label: 'normal', text: '约稿单确认啦：头像插画一张，总价{amt}元，定金30%已经托管在平台，初稿确认后再付尾款。老师放心，我不会私下转账，全程走平台～', senders: FOLK },
  { label: 'normal', text: '【个人所得税】您{date}取得的稿酬所得已由扣缴义务人申报，可在个人所得税App“收入纳税明细”中查看。如有异议可在App内发起申诉。', senders: BULK },
  { label: 'normal', text: '老张，那个说给你出诗集要交三万“出版资助费”的你先别转。正规出版社是给作者付稿费的，真要自费出书也是跟出版社签合同、开发票，不会让你转到个人账户。', senders: FOLK },
  { label: 'normal', text: 'Hi, this is Lena from Northlight Images. Your photo "Old Town Rain" was licensed by a travel magazine this month. Your share of USD 120 will be paid to your registered PayPal account on the 15th. No action is needed.', senders: ABROAD, en: true },
  { label: 'normal', text: '【江城市文联】{person}您好，您的作品《秋收》入选第五届市美术作品展，请于{date}前将原作送至市美术馆布展。作品运输和保险由主办方承担，参展不收取任何费用。', senders: BULK },
  { label: 'normal', text: '同学你好，恭喜你的作品在大学生广告艺术大赛省赛获得二等奖！证书由组委会统一寄到学院，不需要交证书费或评审费，要是收到让你付费领奖的短信直接忽略。——学院团委 周老师', senders: STAFF },
  { label: 'normal', text: '[写作群导出]\n阿青: 又有人私信我说入选什么“名人录”，交三千九编委会会费\n老莫: 别交，正经比赛和评选都不收评审费\n小柚: 我上次投的市文联征文就一分钱没收，获奖了还发稿费\n阿青: 懂了，已拉黑', senders: PASTE },
  // ── lost and stolen phones, carriers ──
  { label: 'normal', text: 'Apple 账户代码：{code}。请勿与他人共享。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: 'Your Apple Account code is: {code}. Do not share it with anyone.', senders: BULK, hours: ANYTIME, en: true },
  { label: 'normal', text: '【华为】您的华为帐号正在一台新设备上登录，验证码{code}，10分钟内有效。如非本人操作，请勿将验证码告诉任何人，并前往“设置-华为帐号-安全中心”修改密码。', senders: BULK, hours: ANYTIME },
  { label: 'normal', text: '[语音转文字] 喂，是丢手机的那位吧？我是开出租的，你手机落我车后座了，刚才你家里人打进来我才知道。我现在在火车站东广场，你过来拿，不要钱，要不我就交到客运站失物招领那儿。', senders: ['mobile'] },
  { label: 'normal', text: '我手机昨晚在地铁上丢了，号已经挂失，微信也冻结了。这两天要是有“我”找你借钱、发链接，全是假的！新手机到了我再给你发消息', senders: FOLK },
  { label: 'normal', text: '【畅联通信】您的号码于{date}在江城解放路营业厅办理了补换卡业务，原SIM卡已失效。如非本人办理，请立即致电客服热线或携身份证到营业厅核实。', senders: BULK },
  { label: 'normal', text: '[通话转写] 您好，我是畅联通信解放路营业厅的小许。您昨天问的携号转网，要先把合约期里的宽带解绑，本人带身份证来厅里办就行。我们电话里不收任何费用，也不需要您报验证码。', senders: STAFF },
  { label: 'normal', text: '【畅联宽带】{person}您好，您预约的宽带安装将于{date}下午2-4点上门，师傅姓王，手机尾号{tail}，上门会出示工牌。安装费已在下单时支付，现场不再收取任何费用。', senders: BULK },
  { label: 'normal', text: '[智能语音来电] 您好，这里是畅联宽带客服。您预约的宽带安装师傅明天上午上门，确认时间请按1，改约请按2。安装费已在下单时付清，本来电不会要求您付款或提供验证码。', senders: ['unknown_landline'] },
  { label: 'normal', text: '【畅联通信】尊敬的客户，截至本月1日您的话费余额为-36.50元，请于3日内缴费以免影响使用。可通过官方App、营业厅或银行代缴，我司不会发送陌生链接催缴话费。', senders: BULK },
  { label: 'normal', text: '【畅联通信】您已成功办理套餐变更：自下月1日起由“畅享129元套餐”变更为“畅享59元套餐”，本月套餐不变。如非本人操作，请回复QX取消或拨打客服热线。', senders: BULK },
  { label: 'normal', text: '【江城公安】{person}，您报失的华为手机已由城东派出所追回，请携带购机发票或包装盒及身份证，于工作日到城东派出所领取，认领不收取任何费用。', senders: BULK },
  { label: 'normal', text: 'wx号被盗了！！别信那个号上发的任何借钱、zfb转账 我现在用qq跟你说 号找回来了再通知你', senders: FOLK },
  { label: 'normal', text: '【畅联通信】您的号码已成功办理停机保号，保号期间月功能费5元。恢复使用请携带身份证到营业厅或在官方App办理。', senders: BULK },
  { label: 'normal', text: '【Apple】您的维修订单R{code}已完成，可在营业时间携带有效身份证件到 Apple Store 取回设备。维修费用已在送修时结清，取机时无需另行付款。', senders: BULK },
  { label: 'normal', text: '我刚在营业厅补了卡，原来那张跟手机一起被偷了，新卡现在能用。银行我也打电话挂失了，明天去网点补卡，你们这几天收到我借钱的消息都别理', senders: FOLK },
  // ── students and graduates ──
  { label: 'normal', text: '【国家开发银行】张同学，您本学年的国家助学贷款续贷申请已审核通过，贷款金额12000元，将于{date}前直接划付至学校账户抵扣学费和住宿费。续贷审核不收取任何费用。', senders: BULK },
  { label: 'normal', text: '关于做好2025届毕业生国家助学贷款毕业确认工作的通知\n各学院：\n请组织贷款毕业生于{date}前登录国家助学贷款信息系统完成毕业确认、更新联系方式。确认过程不收费，也不存在“注销账户”。请辅导员提醒学生：凡电话要求转账、共享屏幕的均为诈骗。\n特此通知。\n学生资助管理中心', senders: PASTE },
  { label: 'normal', text: '【江城理工大学教务处】您已成功报名2025年上半年全国大学英语四级考试，笔试时间{date}上午。准考证将于考前一周开放打印，请登录官方报名网站自行打印。考试答案不会提前泄露，任何宣称“保过”“考前答案”的均为诈骗。', senders: BULK },
  { label: 'normal', text: '研招网提示：您的2026年硕士研究生招生考试网上报名信息已提交，请于{date}前完成网上确认（上传本人照片、身份证），逾期未确认视为放弃。报考费按省教育考试院标准在系统内支付。', senders: PASTE },
  { label: 'normal', text: '[班级群] 辅导员：同学们注意，最近有人在群里发“考研内部名额”“四六级答案”，统统是骗子，交了钱只会被拉黑。另外明天下午三点在图书馆报告厅开三方协议说明会，毕业班同学准时到场。', senders: PASTE },
  { label: 'normal', text: '实习录用通知\n李同学：\n欢迎加入江城云图科技数据部，岗位：数据分析实习生，实习补贴200元/天，每月10日发放至本人银行卡。报到请携带身份证、学生证及学校实习协议到前台，公司不收取任何培训费、押金或工服费。\n人力资源部', senders: PASTE },
  { label: 'normal', text: '【就业指导中心】您与江城云图科技签订的就业协议书已完成学校鉴证，可于工作日到学生事务中心领取。违约责任以协议书约定为准，学校鉴证不收取任何费用。', senders: BULK },
  { label: 'normal', text: '各位新生家长：住宿费和床上用品费统一在学校缴费平台交，宿舍钥匙押金50元报到当天在宿管处现场交、毕业退宿时退。除此之外任何人发的收款码都不要扫。——2025级3班班主任', senders: PASTE },
  { label: 'normal', text: '[班级群导出]\n班长: 毕业照定了周四上午，照相馆报价每人35，含一张大合照和电子版\n学委: 钱交到班费里吗？\n班长: 对，在班费小程序里交，照相馆的发票我会发群里\n小王: 收到\n小李: 能带家属合照吗\n班长: 可以，多拍一张加10块，当场付给照相馆', senders: PASTE },
  { label: 'normal', text: '妈，生活费收到了。刚才那条让你把钱转到新卡的短信不是我发的，我打电话就是跟你说这个，以后转钱前先打我电话嗷', senders: FOLK },
  { label: 'normal', text: '[语音转文字] 老师您好我是大三的小陈我想问一下那个助学金的申请表是交到学院还是交到资助中心我昨天在网上看到有人说交两百块可以保证拿国奖是真的吗我觉得不太对劲儿那个人还说是资助中心的老师的亲戚', senders: FOLK },
  { label: 'normal', text: 'Hi Dad, tuition for next term is due on {date}. I will pay it myself through the university portal, so please send the money to my own HSBC account like last time. I will video call you tonight to confirm the amount.', senders: ABROAD, en: true },
  { label: 'normal', text: '{sig}您好，根据监管规定，我司不向在校大学生发放互联网消费贷款。您的借款申请因身份信息显示为在校学生未获通过，本次申请不产生任何费用，也没有任何“学生专属通道”。', senders: OWN_PORT },
  { label: 'normal', text: 'dd我 下午一起去营业厅补卡 身份证记得带\nzfb和wx的免密支付我先帮你关了 新卡到手再开', senders: FOLK },
  // ── Hong Kong, Macau, Taiwan, overseas Chinese ──
  { label: 'normal', text: '【出入境管理】{person}您好，您的往来港澳通行证将于{date}到期，可通过“移民局”App预约或到就近出入境窗口办理换发，工本费按规定标准缴纳，进度可拨12367查询。出入境部门不会来电要求转账。', senders: BULK },
  { label: 'normal', text: '{sig}尊敬的客戶：按監管要求，持港澳居民來往內地通行證開立的賬戶需定期更新身份資料。請於{date}前攜帶有效證件到任一網點辦理，或在{app}內上傳證件。本機構不會透過電話或連結收取任何費用。', senders: OWN_PORT },
  { label: 'normal', text: '阿媽，我啱啱喺銀行App匯咗五千蚊人民幣返屋企，應該聽日到，你收到就WhatsApp話我知。唔好理啲話要你「補手續費」嘅電話呀。', senders: PASTE },
  { label: 'normal', text: '二舅从加拿大打视频过来了，确实是他本人，说表弟那边学费差一点，让我们先借两万。我跟他视频聊了十来分钟，钱直接汇到表弟学校的缴费账户了，收据他也发我了。', senders: FOLK },
  { label: 'normal', text: '【远山快递】您的跨境包裹（运单尾号{tail}）经海关查验需缴纳行邮税{amt}元，请在本App“跨境税费”页面支付，缴税后可下载电子完税凭证。快递员不会上门或电话收取现金税款。', senders: BULK },
  { label: 'normal', text: '您好，這裡是台胞證受理窗口，您申請的台灣居民來往大陸通行證已製證完成，請於{date}後攜帶舊證及受理回執到原受理點領取，領證免費，無需預約。', senders: BULK },
  { label: 'normal', text: 'Aunt Mei, I sent CNY 20,000 to Grandma\'s account through my bank app just now for her hospital bill. Cousin Jun called me to read out the account number, so it is correct. Reference MEI-{tail}.', senders: ABROAD, en: true },
  { label: 'normal', text: '阿爸，入境處同海關都唔會打電話話你「涉嫌洗黑錢」㗎，有人咁講你即刻收線，再打返俾我。我問過警察，佢哋話呢啲全部係假冒官員。', senders: FOLK },
  { label: 'normal', text: '【星河银行】您于{date}向本人香港账户跨境汇款{amt}元已汇出，用途：赡家。如需查询可登录手机银行“外汇业务”页面，我行不会通过电话要求补缴任何“汇款保证金”。', senders: BULK },
  { label: 'normal', text: '表哥，我下個月帶阿嫲過澳門睇你，通行證同簽注都辦好咗，酒店我自己喺官網訂咗，你唔使幫我俾錢。', senders: FOLK },
  { label: 'normal', text: '【防騙提示】香港警務處提提你：入境處、海關及內地公安都唔會透過電話要求市民轉賬或提供網上銀行密碼。如有懷疑，請致電防騙易熱線18222查詢。', senders: BULK },
  // ── lawful collection ──
  { label: 'normal', text: '{person}您好，我是受{name}委托的江城信衡商务咨询公司催收员，工号XH{tail}。您的借款已逾期28天，金额{amt}元，请通过{app}还款，不要转入任何个人账户。委托关系可拨{name}官方客服{hot}核实。', senders: STAFF, hours: DAYLIGHT },
  { label: 'normal', text: '{person}您好，打扰了。您的朋友在办理业务时留了您的电话，我们这三天一直联系不上他本人，麻烦您见到他时请他回电{hot}。具体事项涉及个人信息不便说明，您不需要做任何事。——{name}客户服务部', senders: OWN_LINES, hours: [10, 11, 14, 15, 16] },
  { label: 'normal', text: '[智能语音外呼] 您好，这里是{name}。您的账单已逾期5天，请尽快在{app}内还款，以免产生更多逾期记录；如已还款请忽略。本通话为系统提醒，不会要求您提供验证码或转账。结束请挂机。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '债权转让通知书\n{person}：\n根据{name}与江城资产管理有限公司签订的《债权转让协议》，{name}已将其对您享有的借款债权（本金余额{amt}元）转让给江城资产管理有限公司。自本通知送达之日起，请向受让人履行还款义务，债务金额不因转让而增加。还款账户以受让人官网公示的对公账户为准。\n特此通知。', senders: PASTE, hours: DAYLIGHT },
  { label: 'normal', text: '[通话转写]\n专员：您好，请问是{person}本人吗？我是{name}委托的贷后专员，工号{tail}，本次通话全程录音。\n客户：是我，这个月工资晚发了。\n专员：理解。那您看{date}前能不能先还最低还款额？我给您在系统里备注。您可以挂断后打{hot}核实我的身份。\n客户：行。\n专员：好的，打扰您了。', senders: STAFF, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您的借款逾期90天，我们多次联系未果，拟于{date}下午安排两名佩戴工牌的工作人员上门沟通还款方案。如时间不便请提前拨打{hot}改约。上门不收取任何费用，工作人员不会向您的家人或邻居透露借款情况。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}，您在{app}申请的延期还款已审批：本期{amt}元顺延至{date}，顺延期间不计罚息。如需调整还款计划，可在APP“还款-协商”页面提交。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '刚才有个说是{name}的打给我，说找不到你，让你回个电话，别的啥也没说。我也没多问，你自己打官方客服问问吧', senders: FOLK },
  // ── scam vocabulary used lawfully ──
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}申请解除登录保护。切勿告知他人，本公司工作人员不会以任何理由索要。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '房子押金两千我已经退到你支付宝了，水电燃气都抄过表，没欠费。合同原件你有空拿给我就行。——房东老周', senders: ['mobile'] },
  { label: 'normal', text: '【{other}】您申请的仅退款已处理，{amt}元将退回原支付账户，可在“我的订单-售后”查看进度。如有人自称客服要您另外操作“加急退款”，请直接挂断。', senders: BULK },
  { label: 'normal', text: '{sig}{person}您好，经查您在{app}的借款均按时还款，征信报告中的“贷款审批”查询记录是您申请借款时授权的贷前查询，属正常记录，不代表逾期。如有疑问请拨{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '宝 我V❤️刚转你💰520 生日快乐🎂 别给我退回来哈 今晚🉑以一起吃饭不', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '[语音转文字] 儿子啊你那个手机号是不是换了今天有个号码打电话说是你我听声音不象就挂了然后我打你原来那个号你接了我就放心了你也跟你姐说一声别上挡', senders: FOLK },
  { label: 'normal', text: '{sig}{person}您好，您在{app}绑定的尾号{tail}银行卡已解绑，新卡绑定成功。本次操作由您本人在APP内完成，如非本人操作请立即拨打{hot}冻结账户。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}温馨提示：近期有人冒充公安、律师，以“帮您追回网贷被骗资金”“退还多收利息”为名索要手续费。我司退费只会原路退回您本人账户，无需您支付任何费用。详情见 {url}', senders: OWN_PORT, links: ['official', 'none'] },
  { label: 'normal', text: '【{other}】恭喜您在品牌官方账号抽奖中获得保温杯一个，奖品将包邮寄出，无需支付任何费用。收货信息请在活动页面“我的奖品”中填写，客服不会私信索要银行卡。', senders: BULK },
  { label: 'normal', text: '{sig}{person}您好，您本人于{date}提交的账户解冻申请已通过，{app}账户恢复正常使用。解冻在APP内刷脸完成，全程免费。', senders: OWN_PORT },
];

export const BLIND12_TEMPLATES: Template[] = [...NORMAL, ...BLIND12B_TEMPLATES];
