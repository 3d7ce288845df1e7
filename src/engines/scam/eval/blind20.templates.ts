/**
 * BLIND20 held-out bank (twenty-seventh scam author): this file holds the normal messages,
 * blind20b.templates.ts the fraud and harassment; BLIND20_TEMPLATES joins them.
 *
 * Who and how: written in session 8 (evening), 2026-12-02, by an independent evaluation author, a
 * helper session separate from the analyzer's developer and from the authors of every earlier
 * bank (the twenty-seventh author of a scam bank). Written from general knowledge of how courts,
 * law firms, mediators and notaries reach people in 2025–2026 — basic-level and intermediate
 * courts (立案受理, 电子送达 of 传票 through the court's own platform, 诉前调解 schedules, 判决生效,
 * 执行款 paid out, 失信 deleted after payment, 保全 lifted, 诉讼费 refunds, 司法网拍 deposits,
 * 12368), 诉调对接 centres and 人民调解委员会 (villages, streets, traffic accidents), labour-
 * arbitration committees, notary offices (继承公证, 提存, remote video notarisation, 委托公证),
 * law firms writing for clients in divorce, inheritance, tenancy, traffic-accident and wage
 * cases, 法律援助 centres and the 12348 line, and consumer lenders whose overdue loans end up in
 * court (a lawful 律师函 sent once to the debtor alone, 诉前调解 through the court platform, 结案
 * and 失信 removal after payment); of the telecom-fraud scripts that imitate them (fake 传票 links
 * and 案件编号 calls, fake 调解员 with a "discount", fake 公证处 提存 and 资金公证, fake lawyers
 * selling 撤诉 or 消除失信, "网上法庭" APKs, fake 执行局 freezes, 追损 second scams); and of the
 * debt-collection rules in shared/facts/regulation.md (no contact 22:00–08:00 without consent, at
 * most 6 unanswered call attempts a day per number, third parties only when the debtor is
 * unreachable and never pressed to pay or told the debt, no public notices, extra fees, threats,
 * insults, fake legal documents or impersonated courts, police or government).
 *
 * What the author opened, and nothing else: eval.types.ts, eval.generator.ts, eval.metrics.ts;
 * the first 45 lines of eval.test.ts; scam.types.ts, registry.schema.ts, registry.fixture.ts;
 * registry/institutions.json and registry/README.md; shared/facts/regulation.md, the four files
 * in shared/seeds and shared/SPEC.md; the empty blind20 placeholder; among the earlier banks, the
 * header of blind13.templates.ts, the style lists in the headers of blind14–blind19, the header,
 * sender constants and first normals of blind19.templates.ts and blind19b.templates.ts, and grep
 * excerpts of court, notary, mediation and lawyer texts across the earlier banks (only to avoid
 * duplicating them and to write differently). NOT opened: the analyzer's code, lexicons, signal
 * lists, reason catalogue, closed-channel rules, indicator extraction, text model and training
 * corpus (nothing else under src/engines/scam/ or src/), models/, scripts/, docs/, BENCHMARKS.md,
 * the repository README, the blind21 bank, git history. NOT run: the analyzer, vitest, npm test,
 * npm run bench, git, any search tool on this repository. The only runs were `npm run typecheck`
 * and an expansion check outside the repository (/tmp/blind20-check/check.mts: generateEvalSet on
 * 'blind20' and the earlier splits) for counts by label, fraud type and sender kind, for duplicate
 * generated texts against the other splits, and for character-bigram Jaccard similarity (≤ 0.5)
 * against every earlier template and between this bank's own templates.
 *
 * Rule: the analyzer MUST NEVER be tuned on this bank. Do not read its individual misses to
 * change lexicons, weights, rules, thresholds or models; report its figures only. Once anything
 * is changed because of something seen here, the bank is no longer blind and a new one has to be
 * written by a new author.
 *
 * Styles (on purpose, what the earlier banks lack): COURTS, LAW FIRMS, MEDIATION and NOTARIES in
 * people's lives, not only debt — a fictional city (岚川市, 鹤汀区, 南渡区, 望溪县, 柳塘镇, 石桥村)
 * with its courts, 诉调对接中心, street, village and traffic-accident mediation committees,
 * 劳动人事争议仲裁委员会, 公证处, 法律援助中心, 公证协会 and law firms (衡平, 知止, 远澜); rental
 * deposits, divorce and child visits, 宅基地 and drainage quarrels between neighbours, unpaid
 * wages, a renovation firm that ran off, a traffic-accident claim, inheritance of a house and
 * of savings, overseas relatives signing powers of attorney. Writing styles: formal legal
 * register (案号 formats such as （2026）岚0203民初、执、执保、民终、民特, 劳人仲案字〔2026〕第…号,
 * （2026）岚鹤证字第…号; 原告/被告, 本院认为, 判决如下, 特此函告), party lists, statute articles
 * (第一千一百二十七条), document excerpts pasted from PDFs with broken line breaks, page footers
 * (— 第 3 页 共 5 页 —) and tick boxes (☑是 □否), court-platform system notices with case IDs, a
 * 12348 / 12368 call summary, lawyers' WeChat messages mixing formal and casual (～, 😂, 哈),
 * elderly litigants' confused retellings (who is 原告), a rural mediator's plain speech in
 * voice-to-text, law-firm internal group chat, bilingual court and notary notices for foreign
 * parties and a few English-only messages, very short replies. Lawful collection (the lender's
 * own port or hotline, daytime, the debtor only, hardship plans, an identified agency verifiable
 * through the lender's hotline, a 律师函 sent once to the debtor alone, a lawsuit announced with
 * "以法院送达的文书为准", 诉前调解 through the court platform) is labelled normal. Many normals use
 * scam vocabulary lawfully (验证码 for the court platform, a notary's e-sign and a 和解协议 with
 * 请勿告诉任何人, 冻结 in a judicial freeze, a 保全 lifted and an auction deposit released, 逾期 of
 * a loan and of an appeal period, 征信 and 失信 after settlement, 转账 records used as evidence,
 * 安全 of original documents, 保证金 named only to say courts never take it by phone). "Is this
 * real?" questions and warnings written by relatives, a village mediator, the police, courts,
 * notary offices, law firms, HR and lenders are normal. Fraud and harassment are in blind20b.
 */
import type { Template } from './eval.types.js';
import { BLIND20B_TEMPLATES } from './blind20b.templates.js';

/** A registered lender's own SMS port. */
const OWN_PORT: Template['senders'] = ['official_port'];
/** A registered lender texting or calling from its own channels. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline'];
/** Courts, arbitration committees, notaries, legal-aid centres, mediation committees: bulk 106 ports. */
const COURT: Template['senders'] = ['unknown_port'];
/** A clerk, mediator, notary or lawyer on a desk line or a work mobile. */
const OFFICE: Template['senders'] = ['unknown_landline', 'mobile'];
/** Documents, group posts, call summaries and screenshots pasted with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Family, friends, colleagues and lawyers on their own phones. */
const FOLK: Template['senders'] = ['mobile', 'none'];
/** Foreign parties and relatives abroad (or their messages pasted). */
const ABROAD: Template['senders'] = ['foreign', 'none'];
/** Lawful collection contact: inside 08:00–22:00. */
const DAYLIGHT = [9, 10, 11, 14, 15, 16, 17, 19];
/** Codes: any hour. */
const ANYTIME = [0, 6, 8, 12, 20, 23];
/** After work. */
const EVENING = [19, 20, 21];

const NORMAL: Template[] = [
  // ── courts: filing, service, hearings, judgments ──
  { label: 'normal', text: '【岚川市鹤汀区人民法院】{person}：原告{name}诉你金融借款合同纠纷一案，本院已于{date}立案受理，案号（2026）岚0203民初{code}号。起诉状副本、举证通知书等材料已推送至“人民法院在线服务”平台，请用本人身份证号登录查阅。本院不会通过短信或电话要求缴纳任何费用。', senders: COURT },
  { label: 'normal', text: '【岚川市南渡区人民法院】电子送达：{person}，本院向你送达（2026）岚0205民初{tail}号案件开庭传票，开庭时间{date}14:30，地点第三审判庭。请于3日内通过 https://zxfw.court.gov.cn 或“人民法院在线服务”微信小程序登录签收，签收后即视为送达。咨询请拨12368。', senders: COURT },
  { label: 'normal', text: '【鹤汀区人民法院诉调对接中心】{person}您好，您与{person}房屋租赁合同纠纷一案已委派特邀调解员陈敏进行诉前调解，时间定于{date}上午10时，地点本院一楼6号调解室。如不同意调解，可在平台点“不同意调解”，案件将转立案审查。', senders: COURT },
  { label: 'normal', text: '【望溪县人民法院】（2025）岚0231民初{tail}号民事判决书已于{date}发生法律效力。负有履行义务的当事人请自觉履行；权利人可在判决确定的履行期限届满后二年内向本院申请强制执行。', senders: COURT },
  { label: 'normal', text: '【岚川市鹤汀区人民法院】{person}：你申请执行的（2026）岚0203执{tail}号案件，本院已于今日从执行款专户向你立案时登记的尾号{tail}账户划付{amt}元，请注意查收。如三日内未到账，请携身份证到诉讼服务中心执行窗口查询。', senders: COURT },
  { label: 'normal', text: '【南渡区人民法院】{person}：你在（2025）岚0205执{tail}号案件中已全部履行生效法律文书确定的义务，本院已于{date}删除你的失信被执行人信息并解除限制消费措施，中国执行信息公开网同步约需3个工作日。', senders: COURT },
  { label: 'normal', text: '12368诉讼服务热线 通话小结\n来电事由：来电人称接到“本院法官”电话，要求将“诉讼保证金”转入个人账户。\n核查情况：本院系统内无以来电人为当事人的案件。\n答复：法院不会通过电话收取任何费用，请勿转账；已告知其向公安机关报案。\n工单号：S{code}', senders: PASTE },
  { label: 'normal', text: '岚川市鹤汀区人民法院\n民 事 判 决 书\n（2026）岚0203民初{tail}号\n原告：{name}，住所地……\n法定代表人：……\n被告：{person}，男，汉族，1986年\n生，住岚川市鹤汀区……\n本院认为，原、被告签订的借款合同系双方真实意\n思表示，合法有效。被告未按约还款，应承担违约\n责任。判决如下：\n一、被告于本判决生效之日起十日内偿还原告借款本金\n— 第 3 页 共 5 页 —\n{amt}元及利息（以未还本金为基数……', senders: PASTE },
  { label: 'normal', text: '【岚川市中级人民法院】反诈提示：近期有人冒充本院工作人员，以“案件编号”“资金核查”“冻结账户”为由要求转账。本院诉讼费用只能通过诉讼费缴费系统或诉讼服务中心窗口缴纳，不向个人账户收款，不要求下载任何非官方App，不会电话要求共享屏幕。', senders: COURT },
  { label: 'normal', text: '【南渡区人民法院】{person}您好，（2026）岚0205民初{code}号案件将于{date}9:30在线开庭。请提前一天在“人民法院在线服务”小程序完成设备测试（摄像头、麦克风），开庭时保持环境安静，不得录音录像。无需下载其他软件。', senders: COURT },
  { label: 'normal', text: '【鹤汀区人民法院】{person}：你在（2026）岚0203民初{tail}号案件中预交的案件受理费，因调解结案减半收取，应退{amt}元已提交财务，预计15个工作日内原路退回交费账户，无需另行申请。', senders: COURT },
  { label: 'normal', text: '【岚川市中级人民法院】您参与的司法网拍（标的：南渡区滨江路某住宅）已结束，您未竞得。竞买保证金{amt}元由拍卖平台自动解冻并退回原支付账户，一般1—3个工作日，无需联系任何人办理。', senders: COURT },
  { label: 'normal', text: '您好，我是鹤汀区法院民二庭书记员林晓，（2026）岚0203民初{tail}号的案子，法官临时出差，开庭改到{date}下午两点半，正式变更通知会在法院平台再推一次，以平台为准。有问题打庭里座机，或拨12368转。', senders: OFFICE },
  { label: 'normal', text: 'Notice of Service / 送达通知\nNandu District People’s Court, Lanchuan 岚川市南渡区人民法院\nCase No. 案号: (2026) Lan 0205 Min Chu {tail}\nTo 致: Mr. David KLEIN\nThe court has accepted your former landlord’s claim about the rental deposit. 本院已受理你前房东提起的租赁押金纠纷。Please read the documents on the People’s Court Online Service platform; you may appoint an agent. 请登录人民法院在线服务平台查阅材料，可委托代理人。The court never asks for payment by phone. 法院不会电话要求付款。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '闺女，今天手机来了个法院的短信，写的岚0231民初什么号，就是咱家跟你三叔那块宅基地的事，叫下个月十号去开庭，上面说不收钱，有事打12368。我打过去了，那边小姑娘说有这个案子，让带上土地证。你那天能陪我去不', senders: FOLK },
  { label: 'normal', text: '小强你帮爷爷看看，法院这个纸上写的“原告”是我，“被告”是你王叔。是我告的他没错吧？我还以为被告是要抓人的，吓我一跳', senders: FOLK },
  { label: 'normal', text: '【望溪县人民法院】（2026）岚0231执{tail}号案件双方已达成执行和解：被执行人自{date}起每月向申请执行人本人账户支付{amt}元。和解履行期间本院暂缓强制措施；如不履行，申请执行人可申请恢复执行。', senders: COURT },
  { label: 'normal', text: '送达地址确认书\n案号：（2026）岚0205民初{code}号\n受送达人：{person}\n是否同意电子送达：☑是 □否\n电子送达地址：本人手机号码\n告知事项：1.受送达人提供的送达地址应当准确、有效……\n2.因地址不准确、变更未告知等原因，导致文书未能被实际\n接收的，文书退回之日视为送达之日。\n受送达人签名：_______ 日期：{date}', senders: PASTE },
  { label: 'normal', text: '【岚川市中级人民法院】{person}：你提交的网上立案申请（申请号{code}）材料不全，请补充身份证明、证据目录后重新提交。补正不收费，也无需委托任何“代办”人员。', senders: COURT },
  { label: 'normal', text: '【鹤汀区人民法院执行局】申请执行人{person}：本院已对被执行人名下银行存款采取冻结措施，冻结金额{amt}元，扣划到本院执行款专户后将另行通知您领款。执行过程中本院不收取“加急费”，请勿相信索要费用的来电。', senders: COURT },
  { label: 'normal', text: '（家事案件，已隐去当事人信息）\n……本院认为，婚姻关系的存续应以夫妻感情为基础。原、被告分居已满二年，经本院调解无效，应准予离婚。关于子女抚养，婚生女随原告生活，被告每月给付抚养费1500元至其年满十八周岁。\n判决如下：\n一、准予原告×××与被告×××离婚；\n二、……\n如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于岚川市中级人民法院。', senders: PASTE },
  { label: 'normal', text: '【岚川市中级人民法院】{person}：你上诉的（2026）岚02民终{tail}号案件已于{date}收案，合议庭组成人员已在“人民法院在线服务”告知。二审案件受理费请按交费通知书通过官方缴费系统缴纳。', senders: COURT },
  { label: 'normal', text: '【南渡区人民法院】（2026）岚0205执保{tail}号：因申请人撤回财产保全申请，本院已解除对你名下尾号{tail}银行账户的冻结，银行处理约需1—2个工作日。', senders: COURT },
  { label: 'normal', text: '【鹤汀区人民法院】您已预约{date}上午诉讼服务中心“立案咨询”窗口，凭身份证取号。本院立案不收取任何代办费用，院外自称“有关系”的代办人员与本院无关。', senders: COURT },
  { label: 'normal', text: '【鹤汀区人民法院】被执行人{person}：因你未履行（2026）岚0203执{tail}号案件生效判决确定的义务，本院已依法冻结你名下银行存款，并向你送达执行通知书、报告财产令，请登录“人民法院在线服务”查看。履行款只能交至本院执行款专户或申请执行人本人账户。', senders: COURT },
  // ── mediation: villages, streets, traffic, family ──
  { label: 'normal', text: '[语音转文字] 老刘啊我是村调委会老周，你跟隔壁那个排水沟的事，我跟他那边也说好了，后天上午九点到村部来，两家都到，把话当面说开，调解不要钱的啊，外头有人说要交啥费你别听，到时候签个协议，不行再去法院也来得及', senders: FOLK },
  { label: 'normal', text: '【柳塘镇人民调解委员会】{person}您好，您与{other}的装修款纠纷已受理，定于{date}下午2点在镇综治中心调解室调解。人民调解不收取任何费用，达成协议后双方可共同向望溪县人民法院申请司法确认。', senders: COURT },
  { label: 'normal', text: '【岚川市道路交通事故人民调解委员会】{person}：你方与对方车辆{date}发生的交通事故，定于本周四上午在交警大队三楼调解室进行损害赔偿调解，保险公司理赔员一同到场。请携带驾驶证、行驶证、医疗票据原件。', senders: COURT },
  { label: 'normal', text: '【望溪县人民法院】{person}：你与{person}在柳塘镇人民调解委员会达成的调解协议，本院已裁定确认有效，案号（2026）岚0231民特{tail}号。一方拒绝履行或未全部履行的，对方当事人可向本院申请强制执行。', senders: COURT },
  { label: 'normal', text: '{person}您好，我是南渡区法院家事调解室的孙老师。下周二上午的调解孩子不用带来，两位先分开谈，再一起谈。能谈拢最好，谈不拢也不影响你们诉讼的权利。时间有变动提前给我打电话。', senders: OFFICE },
  { label: 'normal', text: '[鹤汀花园业主群] 社区调解员 王姐：@全体成员 物业费和停车位的事，本周六下午3点在居委会二楼开调解会，物业公司经理会来。大家有意见当面提，别在群里吵。调解不收钱，也不会让大家当场签什么欠费确认。', senders: PASTE },
  { label: 'normal', text: '{sig}{person}，关于您在{name}的逾期借款，我司已向岚川市鹤汀区人民法院申请诉前调解。法院会通过“人民法院在线服务”平台或12368渠道向您发出调解通知，调解员以法院平台显示的为准。还款仍只通过{app}进行，详询{hot}。', senders: OWN_PORT, hours: DAYLIGHT },
  // ── labour arbitration ──
  { label: 'normal', text: '【岚川市劳动人事争议仲裁委员会】{person}：你诉{other}劳动争议一案已立案受理，案号岚劳人仲案字〔2026〕第{tail}号，定于{date}上午9:00在第二仲裁庭开庭。劳动人事争议仲裁不收费。', senders: COURT },
  { label: 'normal', text: '【岚川市劳动人事争议仲裁委员会】岚劳人仲案字〔2026〕第{tail}号案件裁决书已作出，请当事人于{date}前携身份证到仲裁院一楼窗口领取，也可来电申请邮寄送达。', senders: COURT },
  { label: 'normal', text: '哥跟你说个事，厂里欠我三个月工资那个，我去劳动仲裁了，仲裁员给调解的，厂里答应这个月底前一次性打到我工资卡上，一共一万二。仲裁那边一分钱没收，还给了我一份调解书。你别操心了', senders: FOLK },
  { label: 'normal', text: '{person}你好，我是仲裁院的办案员小赵，你那个加班费的案子，对方公司提出想调解，按你主张数额的八成给，你考虑一下，明天下午五点前回我个话。不同意就按原定时间开庭。', senders: OFFICE },
  { label: 'normal', text: '【岚川人社】您提交的劳动争议网上仲裁申请（受理号{code}）已审核通过，受理通知书可在“岚川人社”App查看。仲裁不收费，请勿相信代理人“包赢”“先交押金”之类的承诺。', senders: COURT },
  // ── notaries ──
  { label: 'normal', text: '【岚川市鹤汀公证处】{person}您好，您预约的继承公证面谈定于{date}上午9:30，请全部继承人携带身份证、户口簿、被继承人死亡证明、亲属关系证明及房产证原件到场。公证费按收费标准在本处窗口缴纳并开具票据。', senders: COURT },
  { label: 'normal', text: '[公证员 许老师]：材料我看过了，还差两样：一是您外婆的死亡证明，派出所或医院开的都行；二是您母亲那一辈兄弟姐妹的亲属关系证明，社区开不了的可以去档案馆查。齐了再约面谈，不着急。', senders: PASTE },
  { label: 'normal', text: '【望溪县公证处】{person}：{person}已于{date}在本处办理提存，提存标的为房屋租赁押金{amt}元，提存编号（2026）岚望证提字第{tail}号。请您本人持身份证到本处领取，领取时签署领取笔录。本处不会电话通知先缴费再领取。', senders: COURT },
  { label: 'normal', text: '【鹤汀公证处】{person}您好，您申请的海外远程视频公证（委托书）已受理，公证员将于北京时间{date}20:00通过“中国领事”App与您视频连线，请提前备好护照原件。公证费已在线支付，无其他费用。', senders: COURT, hours: EVENING },
  { label: 'normal', text: '爸妈上周去公证处把遗嘱公证办了，公证员单独问了他俩话，全程录像，挺正规的。公证费是在窗口刷卡交的，有票。你们放心，不是外面那种上门推销“养老遗嘱”的。', senders: FOLK },
  { label: 'normal', text: '【岚川市鹤汀公证处】提示：本处从不办理所谓“资金公证”“放款公证”“验资公证”，也不会因贷款放款要求您缴纳公证保证金。凡以公证为名要求向个人账户转账的，均非本处行为，请报警。', senders: COURT },
  { label: 'normal', text: '{person}您好，这里是鹤汀公证处。您办的房屋委托公证书已出证，编号（2026）岚鹤证字第{tail}号，可以本人来取，也可以快递到付。公证书真伪可在中国公证协会的公证书查询系统输入编号核验。', senders: OFFICE },
  { label: 'normal', text: '【鹤汀公证处】您正在“岚川公证”小程序申请委托公证，验证码{code}，5分钟内有效，请勿转告他人。', senders: COURT, hours: ANYTIME },
  { label: 'normal', text: '[家族群] 二叔：奶奶那笔存款的事，公证处说我们五个继承人都得到场，谁去不了就写放弃继承声明，那个也得公证。下月15号上午，大家排个时间，费用到时候现场交，按人头分摊。', senders: FOLK },
  { label: 'normal', text: '【岚川市公证协会】公证书真伪可在中国公证协会官网或出证公证处核验。公证处不会通过QQ、微信收取公证费，也不存在把“加急出证费”转入个人账户的做法。', senders: COURT },
  // ── law firms ──
  { label: 'normal', text: '岚川衡平律师事务所\n律 师 函\n（2026）衡平函字第{tail}号\n致：{person}\n本所接受{person}的委托，指派本所律师就委托人与您离婚后财产分割事宜致函如下：\n一、双方于2023年协议离婚，离婚协议第四条约定……\n二、……\n请您于收函之日起十五日内与本所律师联系协商。\n特此函告。\n岚川衡平律师事务所 律师：孙岚\n{date}', senders: PASTE },
  { label: 'normal', text: '李姐，跟您同步一下哈～您父亲那套房的继承，按《民法典》第一千一百二十七条，第一顺序继承人是配偶、子女、父母。您奶奶还健在，所以她也有一份，这个得先跟老人家沟通好😂 下周我把继承公证要的材料清单发您。律师费按合同走所里对公账户，别转我个人哈。', senders: FOLK },
  { label: 'normal', text: '律师函\n致：{person}（出租人）\n本所受承租人{person}委托，就房屋租赁押金返还事宜致函：承租人已于{date}按约退租并交还钥匙，经双方验房确认无损坏。依据租赁合同第八条，您应返还押金{amt}元。请于七日内转入承租人本人账户，逾期本所将接受委托代为提起诉讼。\n知止律师事务所', senders: PASTE },
  { label: 'normal', text: '{person}您好，我是远澜律所的周律师，您爱人交通事故的案子，交警的责任认定书出来了，对方全责。伤残鉴定约在{date}，去市司法鉴定中心，鉴定费在中心窗口交、开正规票据。保险赔付等鉴定结论出来后再谈，任何人打电话说“理赔加急”要您先打钱，都别理。', senders: OFFICE },
  { label: 'normal', text: '律师函\n（2026）衡平函字第{code}号\n{person}：\n本所受{name}委托，就您在{app}的借款逾期一事致函。截至{date}，您尚欠本金及利息合计{amt}元（明细可在{app}“我的借款”查看）。请您在收到本函后十五日内通过{app}还款，或致电{hot}协商分期。逾期未处理的，委托人保留依法起诉的权利。\n本函仅送达您本人，本所未向任何第三方披露上述信息。\n岚川衡平律师事务所', senders: ['none', 'unknown_port'], hours: DAYLIGHT },
  { label: 'normal', text: '王哥，法院的交费通知出来了，诉讼费7350，您在“人民法院在线服务”里点交费，钱直接进法院的财政账户。千万别转给我，也别转给任何自称书记员的人。交完截个图发我就行。', senders: FOLK },
  { label: 'normal', text: '【衡平律师事务所】{person}您好，您委托的劳动争议案件代理费已收到，发票已开具至您预留的邮箱。本所收费仅通过对公账户，户名岚川衡平律师事务所；如有人以本所名义要求转入个人账户，请拨打本所前台座机核实。', senders: COURT },
  { label: 'normal', text: '这个真不能保证赢，张阿姨。谁跟您说“花钱能找法官打招呼”都是骗您的，律师也不能这么干。咱们就按证据来，该打的官司好好打。', senders: FOLK },
  { label: 'normal', text: '[律所内部群] 小吴：明天鹤汀法院三个庭——9点民一庭离婚案（当事人已确认到庭）、10点半执行听证、14点租赁纠纷线上庭。证据原件放在李律桌上蓝色文件袋，别拿错了。', senders: PASTE },
  { label: 'normal', text: '{person}您好，我是您前配偶的代理律师孙岚，关于孩子探视的安排，我方希望在开庭前先沟通一次。我的执业证号可在岚川市律师协会官网查询。您如已委托律师，请转告其与我联系。', senders: OFFICE },
  { label: 'normal', text: '陈律师：提醒您一下，判决书是上周三送达的，上诉期十五天，下周四到期。您要是决定不上诉，我们就等判决生效后申请执行；逾期不上诉，一审判决就生效了。', senders: OFFICE },
  { label: 'normal', text: '好的周律师，明早带户口本和结婚证原件过去。', senders: FOLK },
  // ── legal aid, 12348 ──
  { label: 'normal', text: '【岚川市法律援助中心】{person}：法律援助决定书（岚法援决字〔2026〕第{tail}号）已作出，对您与{other}之间的欠薪纠纷给予援助，承办人为衡平所周律师，近日会约您面谈。依照《法律援助法》，受援人无需支付律师费、差旅费或任何“保证金”。', senders: COURT },
  { label: 'normal', text: '【12348岚川法网】您好，您咨询的“父母去世后存款如何继承”答复如下：可由全体继承人持死亡证明、亲属关系证明或继承公证书到银行办理；小额存款可按银行规定简化手续。详情可拨12348或到就近公共法律服务站。', senders: COURT },
  { label: 'normal', text: '通话小结（12348公共法律服务热线）：来电老人称孙子“在外地打架被抓，律师要两万取保金”。值班律师答复：取保候审保证金交至公安机关指定的银行专户，不交给律师个人；建议先与孙子本人及家人核实，可拨110或96110咨询。', senders: PASTE },
  { label: 'normal', text: '【鹤汀街道公共法律服务工作站】本周六上午在社区广场开展“民法典进社区”活动，律师现场解答继承、婚姻、租房问题，免费，不推销任何产品，不收集身份证、银行卡信息。', senders: COURT },
  { label: 'normal', text: '您好，我是法援中心指派的周律师，您讨工资的案子我接了。明天上午十点能来律所一趟吗？带上工资条、考勤、和老板的聊天记录。放心，法援案件我们一分钱不收。', senders: OFFICE },
  // ── lenders whose loans meet the courts ──
  { label: 'normal', text: '{sig}{person}，您在{name}的借款已逾期45天，欠款{amt}元。请于{date}前通过{app}还款或申请延期分期。我司工作人员仅在8:00-21:00联系您本人，不会联系您的家人和单位，也不会发送任何“法院传票”。咨询{hot}。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}，您与我司（2025）岚0205执{tail}号案件的款项已全部结清，我司已于今日向南渡区人民法院提交结案申请并申请删除失信信息，以中国执行信息公开网显示为准。结清证明可在{app}下载。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}验证码{code}，您正在{app}签署《还款和解协议》，10分钟内有效。验证码仅用于本人签署，请勿告诉任何人，包括自称法院、律师或我司工作人员的人。', senders: OWN_PORT, hours: ANYTIME },
  { label: 'normal', text: '{sig}提醒：近期有人冒充{name}法务或“诉前调解员”，称可为您“减免本金、消除征信”，要求转账至个人账户。{name}的还款只通过{app}或官方对公账户，法院文书只由法院送达。可疑来电请挂断后拨{hot}核实。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}：您在{name}的借款逾期已超过120天，经多次联系未能协商一致，我司已向有管辖权的人民法院提交起诉材料。是否立案、何时开庭，以法院通过官方渠道送达的文书为准，可拨12368查询。诉讼期间您仍可在{app}申请和解。', senders: OWN_PORT, hours: DAYLIGHT },
  { label: 'normal', text: '[通话记录整理] 来电{hot}，对方：您好，请问是{person}本人吗？我是{name}贷后服务的工作人员，工号{tail}。您这笔借款逾期23天了，想跟您确认一下还款计划。……好的，那您15号发工资后在{app}里先还一期，我给您备注上，这期间不会再打扰您。', senders: OWN_LINES, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}您在{name}的借款已结清，结清状态将随次月报送更新至征信系统。结清证明可在{app}自助下载，我司从不收取任何“征信修复费”。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}根据岚川市鹤汀区人民法院（2026）岚0203执{tail}号协助冻结通知书，您在{name}的账户余额已被司法冻结，冻结金额{amt}元。如有异议请向该法院咨询；我司无权解除司法冻结，也不会要求您转账“解冻”。客服{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}{person}，您与{name}在岚川市金融纠纷调解中心达成的分期还款调解协议已生效，首期还款日{date}，金额{amt}元，请通过{app}还款。该协议已经法院司法确认，我司不会另行收取任何费用。', senders: OWN_PORT },
  { label: 'normal', text: '{sig}您好，您反映收到自称“{name}法务部”的短信，称已对您立案。经核实该短信非我司发送，您的借款状态正常，无逾期记录。请勿点击其中链接，官方客服{hot}。', senders: OWN_PORT },
  { label: 'normal', text: '{person}您好，我是{name}委托的诚衡调解服务中心的周凯，工号ZK{tail}。您的借款逾期38天了，我想跟您商量一个分期方案。委托关系可拨{name}客服{hot}核实，钱请只还到{app}里，我这边不经手任何款项。今天不方便的话您定个时间。', senders: OFFICE, hours: DAYLIGHT },
  { label: 'normal', text: '{sig}{person}您好，您在{app}提交的“协商还款”申请已受理，我司将于{date}工作时间由{hot}致电您本人，通话中不会索要验证码，也不会要求您转账至个人账户。', senders: OWN_PORT },
  // ── family, friends, work, warnings, "is this real?" ──
  { label: 'normal', text: '【岚川市公安局反诈中心】冒充法院“电子传票”的诈骗近期高发：骗子发带链接的短信，或打电话报“案件编号”，要求下载“网上法庭”App、共享屏幕、缴纳保证金。法院不会这样做，遇到请拨96110或110。', senders: COURT },
  { label: 'normal', text: '妈你记住：法院要是真告你，会寄纸的传票，或者发短信让你到官方平台看，绝对不会打电话让你交“保证金”，更不会让你装什么App。有人这么说你直接挂，然后给我打电话。', senders: FOLK },
  { label: 'normal', text: '律师您好，我收到一条说我有“法院传票未签收”的短信，带个链接，我没点。我最近没跟谁打官司啊，这种是真的吗？要不要管它？', senders: FOLK },
  { label: 'normal', text: '求助：收到一条自称望溪县人民法院的短信，让我登录人民法院在线服务查看起诉材料，说是二手车买卖合同纠纷。我确实跟人有过车的纠纷。我打了12368，那边说确实有这个案子。那应该是真的吧？开庭要准备啥？', senders: PASTE },
  { label: 'normal', text: '爸，那个自称公证处的人说奶奶有“遗产提存款”要交手续费才能领，您别理。我打了公证处的电话，人家说根本没这回事；真要领提存款，得本人拿身份证去公证处，不收钱。', senders: FOLK },
  { label: 'normal', text: '主任，我下周三上午要去南渡区法院开庭，就是之前租房押金那个案子，我是原告。请半天假，下午回来上班。', senders: FOLK },
  { label: 'normal', text: '传票收到了，周三开庭，我请假去。', senders: FOLK },
  { label: 'normal', text: '公证处几点下班？我想今天把委托书交了', senders: FOLK },
  { label: 'normal', text: '跟你说个好消息，装修公司跑路那个案子法院判了，执行款今天打到我卡上了，什么都没扣，一分不少。法院短信写得清清楚楚，从头到尾没让我交一分钱。', senders: FOLK, hours: EVENING },
  { label: 'normal', text: '[石桥村村民群] 村调解员周德顺：乡亲们注意，这几天有人打电话冒充咱县法院，说谁家谁谁欠网贷要“全村公示”，要交钱“撤案”。我问过县法院了，法院不会这么干。接到这种电话直接挂，有事到村部找我。', senders: PASTE },
  { label: 'normal', text: '我那天去了法院那个调解的屋，一个女同志戴眼镜，很客气，说你们两家都是亲戚，房子的事好好商量。我说我不识字，她就一条一条念给我听，念完了我按了手印。她说这个不要钱，回家等电话就行。我跟你说是怕你又说我被骗了', senders: FOLK },
  { label: 'normal', text: '哈哈你别慌，法院短信里那个“诉前调解”是真流程，就是先让你们俩谈谈。你登小程序看看是谁告你，多半是那家健身房要你补会员费。不想调解就点不同意，正式起诉了再说。', senders: FOLK },
  { label: 'normal', text: '【人力资源部】各位同事：因诉讼、仲裁需出庭的，凭法院传票或仲裁开庭通知复印件申请公假，不扣工资。传票原件请自行妥善保管，不要交给他人代办。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '转账记录我都截图给律师了，他说这个能证明借款事实，起诉的时候当证据用。你那边的借条原件千万别弄丢，锁柜子里最安全。', senders: FOLK },
  { label: 'normal', text: '{person}，您好，我是鹤汀区法院执行局的法官助理。您那个案子被执行人已经全额履行，我们这边结案了。您之前问他的征信问题，失信名单是法院删，银行征信不归法院管，外面说“花钱删征信”的都别信。', senders: ['unknown_landline'] },
  { label: 'normal', text: '【人民法院在线服务】验证码：{code}，您正在登录人民法院在线服务平台，5分钟内有效。法院工作人员不会向您索要验证码。', senders: COURT, hours: ANYTIME },
  // ── English and bilingual ──
  { label: 'normal', text: "Dear Ms. Tanaka, this is Zhou from Yuanlan Law Firm. The Heting District People's Court has set the hearing on your deposit dispute for {date} at 9:30. You can attend online through the court's mini-program, and I will send you a step-by-step guide. Our fee invoice went to your company account. Please do not pay anyone who calls claiming to be a court clerk.", senders: ['mobile', 'foreign'], en: true },
  { label: 'normal', text: 'Your appointment at Heting Notary Office is confirmed for {date}, 10:00. Please bring your passport and the original power of attorney. A certified translator is available on site; all fees are paid at the counter against an official receipt.', senders: COURT, en: true },
  { label: 'normal', text: '致 To: 朴俊浩先生 Mr. PARK Jun-ho\n关于 Re: {person}诉你离婚纠纷一案 the divorce case filed by your spouse\n本院定于{date}开庭。你可申请以视频方式出庭，并可委托中国律师代理。The hearing is scheduled; you may attend by video and appoint a Chinese lawyer. 本院不会要求你向个人账户付款。The court never asks for payment to a personal account.\n岚川市南渡区人民法院 Nandu District People’s Court', senders: ABROAD },
  { label: 'normal', text: "Hi Mark, Lin from the firm here. Good news: the court confirmed the mediation agreement, so your former employer has to pay the remaining wages within 30 days. If they don't, we'll apply for enforcement. Nothing extra to pay on your side.", senders: ['mobile', 'foreign'], en: true },
];

export const BLIND20_TEMPLATES: Template[] = [...NORMAL, ...BLIND20B_TEMPLATES];
