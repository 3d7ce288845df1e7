/**
 * BLIND16 held-out bank, second part: fraud and harassment. Written with blind16.templates.ts by
 * the same independent (twenty-third) author in session 8 (later that day), 2026-12-02; see that
 * file for who, how, what was read and run, the styles, and the rule that the analyzer MUST NEVER
 * be tuned on this bank.
 *
 * Labelling rules used here. A message is labelled by what it is, not by who might be fooled: a
 * scam script, a scammer's chat, a forwarding chain that spreads a scam offer, a "is this real?"
 * that quotes a scam text, and a victim's message written while still taken in (a parent
 * begging a group for help with a "kidnapping") are fraud with the scam's type; a warning or an
 * account by someone who recognised the scam and refused, and a question about a genuine notice,
 * are normal (blind16.templates.ts). Parcels: anyone posing as the courier, the locker, the
 * 驿站, the cross-border platform or its after-sales desk — lost-parcel 理赔, 破损 compensation,
 * address "re-delivery fees", locker "保管费", courier-collected 关税 / 清关费 links, "退运退款" —
 * is `fake_customer_service`, even when the script later pushes a loan app or a 借款 "to verify
 * your credit"; posing as 海关 itself, 海关缉私, the police, a court, the 外汇局 or an embassy
 * (a state body), including a customs tax link signed as 海关 and "your parcel holds passports,
 * I am transferring you to the police", is `impersonating_authority`; a fake sale of goods or of
 * a service — 代购 with 定金 and a later "关税" top-up, "海关罚没拍卖", 驿站 blind boxes, prepaid
 * 转运, 免税 stock, a 留学 tuition "discount channel" — is `fake_shopping`, even when it borrows
 * the word 海关. Money: a "frozen" remittance or 购汇 quota posed as the bank or remittance app
 * is `fake_customer_service`; a frozen loan disbursement or an up-front fee for a loan (留学贷,
 * 在留卡 loans, 跨境垫资, courier 装备贷) is `fake_loan`, even when signed as a registered lender;
 * a problem stated as the victim's 征信, 信用 or 关注名单 with a paid removal or a 注销 is
 * `fake_credit_repair`, whoever the caller poses as; black-market 换汇, renting out one's 购汇
 * quota, money-mule 代收 jobs, 虚拟绑架, fake university or 留学中介 fees and fake prizes are
 * `other`. People: a new number or account posing as a child, spouse, relative, roommate, boss
 * or 代购 friend is `impersonating_acquaintance`; a lover met online who sends a parcel "full of
 * savings", a frozen remittance, an airport fine or a trading platform is `romance` (the con is
 * the romance, whatever the fee is called); an acquaintance or stranger selling a profit scheme
 * (海外仓, 集装箱, 外汇, 円 carry) is `fake_investment`; paid reviews, parcel-photo tasks,
 * 代拍 and 拆快递 jobs are `brushing_rebate`; accounts, game credit and gift cards are
 * `game_trading`. Collection: a collector — even a registered lender's own port or hotline — who
 * writes to the 驿站 keeper, the courier, the landlord, the remittance recipient, the student
 * association, a 海外华人 group or relatives (by message or 到付 parcel), who tells a third party
 * the debt or presses them to pay, who calls before 08:00 or after 22:00 (also "because of the
 * time difference"), rings more than six times a day, charges 催收服务费 or 差旅费, sends a fake
 * court notice or border "blacklist", threatens, stalks a parcel or insults is harassment, even
 * when polite; a collector's fake court or customs notice about a real debt is harassment, not
 * `impersonating_authority`.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const NIGHT = [22, 23, 0, 1, 2, 6, 7];
/** Early-morning contact "because of the time difference", before 08:00. */
const DAWN = [5, 6, 7];
/** Posts, forwards, screenshots and pasted chats: no sender. */
const NONE: Template['senders'] = ['none'];
/** Chats from a stranger's phone or pasted from a group. */
const STRANGER: Template['senders'] = ['virtual', 'mobile', 'none'];
/** Unsolicited SMS blasts. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'mobile', 'foreign'];
/** SMS made to look like a courier's, a platform's, a bank's or a state body's port. */
const FAKE_PORT: Template['senders'] = ['unknown_port', 'lookalike_short', 'prefixed', 'virtual', 'lookalike_400'];
/** Scam callers, including spoofed hotlines. */
const DIALER: Template['senders'] = ['virtual', 'lookalike_400', 'unknown_landline', 'foreign', 'prefixed'];
/** Scammers, "relatives" and "lovers" abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'random', 'shortener'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat or a post. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '亲，感谢收到我们的包裹！扫包裹里卡片上的二维码加售后，晒图五星好评立返8.8元；再参加“店铺助力任务”，每单佣金5%-30%，当天结算哦～ {url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'brushing_rebate', text: '【居家兼职】快递驿站急招线上代拍员：用自己的账号在指定店铺拍单，货不用收，驿站代签，本金加佣金10分钟内返还，一单赚15-80元，宝妈学生都能做。带教老师{phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '跨境店铺冲销量任务单\n━━━━━━━━━━━━\n任务 | 垫付 | 返还 | 佣金\n第1单 | 98 | 98 | 12\n第2单 | 588 | 588 | 70\n第3单（组合，需连做3单）| 3880 | 3880 | 620\n━━━━━━━━━━━━\n完成后统一返还到您绑定的银行卡。组合任务中途退出视为违约，本金冻结不退。', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: 'HI! I AM EMILY FROM A CROSS-BORDER STORE. WE PAY USD 5 FOR EACH 5-STAR REVIEW. NO DEPOSIT. YOU PRE-PAY THE ORDER, WE REFUND IN 10 MINUTES PLUS COMMISSION. TEXT ME: {phone}', senders: ['foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '你好呀～我是青鸟速运的合作商家，看到你最近收过我们家的件，想请你帮个小忙：给包裹拍三张照片发过来，每张1块钱，红包直接发你。后面还有“高佣单”，垫得多返得多哦', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '【转发】宝妈福利！！在家拆快递、贴面单就能赚钱，每拆一个3块，日入200+，名额有限 {url} //@幸福路宝妈群-花花：我做三天了，已经提现两次！！//@小美：求带，私我', senders: NONE, links: ODD },
  { label: 'fraud', type: 'brushing_rebate', text: '亲，您的好评返现己到帐，请在{url}领取。领取前需完成3个关注任务，末完成的无法体现，任务3需先垫付298元，完成后一起返还', senders: BLAST, links: ['shortener', 'ip', 'random'] },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '跨境电商无货源开店了解一下：公司统一选品、海外仓发货，你只出3万“店铺保证金”，每月分红稳定8%，合同写明保本，已经有两千多个家庭在做，流水截图我发你看。', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '【外汇内部群】今晚非农，老师带单做美元/日元，跟单胜率92%，新用户入金1000美元送500赠金，出入金走USDT，平台入口{url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: '#海外仓投资# 家人们！我投了“环球海外仓”共享货位，一个货位1万，每天租金收益60元，随时可提！！！已经回本了，邀请好友还有佣金～@环球海外仓官方 {url}', senders: NONE, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '在日本的朋友都在做円キャリー套利，我们团队在东京有牌照，你把人民币换成日元放我们的口座，月收益3-5%，到期本息一起振込给你，50万日元起步，名额这个月就满。', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_investment', text: '老同学，我现在在迪拜做跨境物流，有个集装箱的份额：一个柜分10份，一份5万，跑一趟45天，回来每份分1.2万，我自己投了三份。你要的话我给你留一份，下周截止。', senders: ['mobile', 'foreign', 'none'] },
  { label: 'fraud', type: 'fake_investment', text: '关于“跨境支付通道”项目的答疑：\n1. 收益来源：承接海外商户的人民币结算，赚取汇差；\n2. 每日返息1.5%，本金30天可取；\n3. 资金由香港持牌机构托管，绝对安全；\n4. 下载{url}注册，填邀请码{code}即可参与。', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_investment', text: 'EXCLUSIVE OFFER: CUSTOMS BOND TOKEN (CBT), BACKED BY BONDED-WAREHOUSE RECEIPTS. 2% DAILY PAYOUT, MIN 500 USDT, WITHDRAW ANYTIME. JOIN NOW: {url}', senders: ['foreign', 'virtual', 'none'], links: ODD, en: true },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【留学无忧贷】凭录取通知书即可申请，无抵押、不看征信，最高50万，当天放款。需先缴纳5%“留学风险保证金”，放款后随第一期还款退还。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '在日华人专享：凭在留卡即可借100万円，不查信用情报，口座审核通过马上振込。首次只需支付“保证料”3万円，联系客服{phone}', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在汇途的“跨境垫资额度”已审批：可先为您垫付汇款USD 10,000，回国后30天内归还。请先在{url}完成授信验证并支付账户激活费599元。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '快递员兄弟看过来！！！电动三轮分期、装备贷、工资预支，凭快递公司工牌就能贷，最快10分钟到账，不看征信不打电话！！！下载{url}', senders: BLAST, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的客户，您申请的境外消费备用金{amt}元已审批。因您的收款卡为境外卡无法直接到账，请先在{url}绑定境内银行卡并缴纳首期保险费，完成后立即放款。', senders: ['unknown_port', 'lookalike_short', 'virtual'], links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '[客服聊天记录]\n客服：您的借款5万元已审批，但您填写的收款卡号尾号{tail}和实名信息不一致，资金已被冻结。\n用户：那怎么办？\n客服：需要缴纳借款额20%的解冻金证明还款能力，解冻后会和借款一起打到您卡上。', senders: NONE },
  { label: 'fraud', type: 'fake_loan', text: '在韩同胞急用钱？凭外国人登录证即可贷款500万韩元，不需要보증인（担保人），先交10%手续费，当天打到你的통장。', senders: OVERSEAS },
  { label: 'fraud', type: 'fake_loan', text: '您的贷款己审批通过，额度5万，因帐户信息有误末能放款，请尽快联系放款专员{phone}缴纳验证金处理，逾期不处理将影响征信', senders: BLAST },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是青鸟速运理赔专员，您{date}寄的快递在运输途中丢失，我司按三倍运费加商品价值赔付您{amt}元。为保障资金安全，请下载{url}会议软件，开启屏幕共享，我一步步指导您领取。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] ……对，您的赔付款已经审核好了，但是系统显示您的“信誉分”不足，款打不出来。您打开{app}看一下借款额度，借出来先转到我们的理赔验证账户，系统验证完您的还款能力，连本带赔偿一起退给您，借款记录我们后台帮您注销。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '【川行快运】您的运单CX{code}因地址不完整派送失败，请在12小时内通过{url}更新地址并支付1.99元重新派送费，逾期将退回寄件人。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【邻格智能柜】您的包裹已超时存放并产生保管费，请点击{url}缴纳后取件，24小时内未缴纳将清柜退回。', senders: FAKE_PORT, links: ['shortener', 'random', 'lookalike'], hours: [7, 8, 12, 19, 21, 23] },
  { label: 'fraud', type: 'fake_customer_service', text: 'HAIOU EXPRESS: YOUR PARCEL HO{code}CN IS ON HOLD. IMPORT DUTY CNY 36.50 UNPAID. PAY WITHIN 24H OR IT WILL BE RETURNED: {url}', senders: ['foreign', 'virtual', 'unknown_port'], links: PHISH, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '【汇途Remit】您的收款订单HT{code}因收款人信息触发反洗钱审查，资金已冻结。请联系客服专员{phone}，缴纳汇款金额15%的解冻保证金，2小时内解冻到账，保证金随后全额退还。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的个人购汇额度存在异常占用，已被临时冻结，如需恢复请点击{url}进行身份核验，并输入收到的短信验证码。', senders: ['lookalike_short', 'unknown_port', 'prefixed'], links: ['lookalike', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这边是跨洋优品售后。您上周买的那罐奶粉，同批次被质检抽出问题，我们主动给您办理退款加补偿。我加一下您，把退款页面发给您，您按页面提示点就可以了。', senders: ['virtual', 'unknown_landline', 'lookalike_400'] },
  { label: 'fraud', type: 'fake_customer_service', text: '亲，您的快递外箱破损，理赔流程如下：1. 添加理赔客服{phone}；2. 提供收款银行卡号；3. 按提示输入收到的验证码领取赔付，全程3分钟到账～', senders: STRANGER },
  { label: 'fraud', type: 'fake_customer_service', text: '【风速宅急便】お荷物をお届けに伺いましたが、ご不在のため持ち帰りました。您的包裹因无人在家已带回营业所，请点击{url}预约再配達并支付配送手数料。', senders: ['foreign', 'virtual'], links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '跨洋优品客服：您的跨境订单因海关退运需办理“退运退款”，但您的支付账户已达年度额度上限，原路退回失败。需要您在{app}申请一笔临时额度做“额度置换”，我们会把退款和置换金一起退给您。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '这个是真的吗？？？“【北辰快递】您的包裹BC{tail}已丢失，可获理赔{amt}元，请登录{url}填写银行卡信息领取。”我确实刚买了东西还没到！！', senders: ['none', 'mobile'], links: PHISH },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 这里是江城海关缉私局，您名下一个寄往马来西亚的包裹被查出夹带6本护照和12张银行卡，涉嫌跨国洗钱。现在把电话转接江城市公安局刑侦支队李警官，请您保持通话，不要告诉任何人。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '我是刑侦支队李警官，警号{code}。你的包裹案已经立案，需要对你名下资金进行清查，请在{url}下载“公安清查”软件，把资金转入国家监管账户，核查后原路返还。此案涉密，泄露将追究刑事责任。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音留言转写] 这里是中国驻外大使馆领事部，有一个以您名义寄出的包裹涉及国内案件，请按9转人工……国内警方需要您配合远程笔录，笔录期间请勿与家人联系。', senders: ['foreign', 'prefixed', 'virtual'], hours: [0, 1, 6, 9, 14, 20, 23] },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家外汇管理局】您的身份证涉嫌参与分拆购汇，已被列入关注名单，如需申辩请于24小时内拨打{phone}，逾期将冻结您名下全部银行账户。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【江城海关】您的进境邮件EK{code}CN需缴纳进口税款{amt}元，逾期将按走私处理并追究法律责任，请点击{url}在线缴纳。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: 'CHINA CUSTOMS NOTICE: A PARCEL UNDER YOUR ID CONTAINS PROHIBITED ITEMS. CASE NO. {code}. PRESS 1 TO SPEAK TO AN OFFICER NOW OR YOUR ID WILL BE BLOCKED.', senders: ['foreign', 'prefixed'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}您好，我是邮政速递江城分拨中心的，您有个寄往泰国的邮件被海关退回，申报的是衣服，过机显示里面是银行卡。按规定得给您转到辖区派出所备案，您别挂，我给您转过去。', senders: ['unknown_landline', 'virtual', 'lookalike_400'] },
  { label: 'fraud', type: 'impersonating_authority', text: '江城市中级人民法院传票：你涉嫌走私普通货物（案号{code}），请于{date}前到案，或登录{url}查看电子传票并缴纳取保候审保证金。', senders: FAKE_PORT, links: ['ip', 'lookalike', 'random'] },
  { label: 'fraud', type: 'impersonating_authority', text: '【警視庁】你好，这里是东京警视厅外事科，你的在留卡被用于开设诈骗口座，签证可能被取消。请立即联系{phone}配合中国警方调查，不要告诉学校和家人。', senders: ['foreign', 'virtual'] },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是海关总暑，您的包裏内含违禁物品，己移交公安机关处理，请马上拨打{phone}配合调查，否则将冻结您名下所有帐户', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写]\n“海关”：您好，这里是浦东机场海关旅检处，工号{tail}。您上个月入境时申报单上的签名，和一件寄往柬埔寨、夹带外籍护照的邮包对上了，系统显示您是寄件人。\n用户：我没寄过啊。\n“海关”：那可能是身份信息被冒用，我们这边没法给您撤销，得请公安来做笔录，我现在把电话转过去。\n“警官”：我是江城市公安局反洗钱专案组的王警官。经查，该邮包牵涉一起跨境洗钱案，涉案资金里有一笔从您名下账户流出。为证明清白，您名下所有存款需要转入“国家安全清查账户”{acct}接受比对，比对无误48小时内原路退还。\n“警官”：此案属于国家机密，办理期间请找一间安静的宾馆单独配合，不要接其他电话，不要告诉家人和银行柜员，银行问起就说是给亲戚转账。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我们是跨洋优品金融服务部。您大学时开通的“海淘白条”属于校园贷产品，按监管要求必须注销，否则会影响您的征信，我现在指导您操作一下。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '被列入外汇“关注名单”、购汇额度被限？我们有内部渠道，3个工作日移出名单，恢复5万美元额度，不成功全额退款。服务费8800元，先付一半。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}您好，因您名下的快递账户存在多笔异常理赔记录，已被纳入物流行业失信名单，并将同步至个人征信。如需消除，请联系{phone}办理信用修复。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_credit_repair', text: '留学生注意！！！国内有网贷逾期记录的，签证续签和回国落户都会被卡！！！我们能帮你把征信上的逾期删掉，学生价3999，加{phone}咨询！！', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '【汇途Remit】您的账户因频繁境外收款被标记为“高风险用户”，已影响您的个人信用评分，请在24小时内登录{url}申请解除标记，逾期将上报征信系统。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_credit_repair', text: 'YOUR CREDIT FILE IN CHINA SHOWS 2 LATE RECORDS. WE CAN ERASE THEM BEFORE YOUR VISA RENEWAL. FEE USD 300, PAY FIRST. CONTACT {phone}', senders: ['foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微信聊天]\n“信用管家”：您好，查到您有一笔境外消费分期逾期记录。\n“信用管家”：我们可以做异议申诉，流程：1. 您签一份委托书；2. 我们以您的名义向银行投诉施压；3. 成功删除再收费，但要先交材料费680元。', senders: NONE },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '亲，香港免税店那款包我今天在店里帮你锁了，专柜一万八，我拿员工价9800，先付3000定金我才能下单，尾款发货前付，定金不退哦～小票和视频马上发你', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '宝，包在海关被扣了，要补2800“关税”和600“清关加急费”才能放行，你先转给我，我这边垫不了那么多，到手后我返你500当补偿，真的不好意思😭', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【罚没物资拍卖】手机999元、名表1880元、大牌包288元，依法拍卖海关罚没物品，数量有限先到先得，点{url}下单，货到不退不换。', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_shopping', text: '驿站清仓！！！无人认领快递盲盒9.9元一个，开出手机、耳机、化妆品概率90%，拍下即发 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_shopping', text: '日本集运特价：首重1kg只要19元，包税包清关！先充值200元运费余额才能生成专属仓库地址，客服{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '留学生学费代缴：汇率比银行低0.15，美元学费由我们海外公司直接打给学校，省下手续费和电讯费，已服务3000多个家庭。人民币转到我们指定账户{acct}，1-2天学校到账。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '韩国免税店内部价！！！面霜三折、香水两折，全部带小票，인증视频随便看，先全款后发货，今天下单再送面膜！！！', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '姐妹，我是小雅介绍的，也在东京做代购～那款电饭煲我这边有货，日本价折合1100，你直接转我，我明天就寄EMS，单号发你。小雅那边断货了哦', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: 'BLACK FRIDAY 海淘直降！！！大牌羽绒服199元，官方授权，保税仓直发，点{url}下单，仅支持银行卡转账付款', senders: BLAST, links: ['random', 'lookalike', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '日本药妆代购全场5折，直邮包税，今天截单，付款后3天发货，发货前概不退款。付款方式：扫码付到我朋友的账户，备注商品名。', senders: STRANGER },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是小宇，手机在伦敦地铁上被偷了，这是同学的号。下周要交房租1200镑，你先打到我室友国内的卡上，他帮我转：{acct}，户名陈浩。别打我原来的号了，打不通。', senders: OVERSEAS, hours: [0, 1, 6, 7, 10, 15, 22, 23] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老婆是我，新换的号，日本这边手机欠费停了。公司这个月工资晚发，宿舍要交8万日元押金，你先转到这个中介的账户{acct}，下个月我一起打回去。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你代购群的小林呀，原来的号被封了，这是新号～上次你要的两瓶我明天去店里拿，你先把钱转我哈', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小李，我在新加坡开会，不方便接电话。供应商那边急着要货款，你先从公司账户转38万到这个账户{acct}，合同回国补给你。先别跟其他人说，这单要保密。', senders: ['virtual', 'foreign', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '叔叔您好，我是您儿子在墨尔本的室友小张，他出了车祸在医院，手机摔坏了，医院要先交5000澳币押金，他让我联系您，您先转到我这张国内的卡{acct}上吧，着急！！！', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姑，我换号了，存一下哈，原来那个号在韩国不用了。对了我卡被这边银行锁了，你方便先帮我付个机票钱吗，3800，付款链接我发你，到了就还你', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '이모～我是阿敏，新号码。我在首尔的통장被冻结了，学校下周要交宿舍费，姨你先帮我打180万韩元到我同学的账户，回国我就还你', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '舅，我是强子，在迪拜工地上，手机坏了借工友的打。我这边签证出问题要交两万罚款，你先转到工头的帐户{acct}，我回去就还，千万别告诉我妈，她身体不好', senders: OVERSEAS },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '日服账号出，满破UR角色12个，原来氪了30万日元，现在800人民币出，走交易平台担保，链接{url}，平台会让你先交一笔“账号保证金”，交易完退。', senders: STRANGER, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: '外区游戏礼品卡代充，美区日区8折，先付款后发卡密，量大更优惠，老客户都是这么走的', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易平台】您出售的韩服账号买家已付款，但您的收款账户未完成认证，资金已冻结，请在{url}缴纳认证金500元，解冻后与货款一起提现。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'game_trading', text: '韩服金币便宜出，1亿金币只要50块，比游戏商城便宜十倍，先转钱，我这边上号交易给你', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '外区游戏平台实体充值卡，快递寄卡，100美元面值只要400元，先付200定金，到货再付尾款，不满意可退', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '兄弟，你那个港服号还卖吗？我出2000，不过我习惯走“易号通”，你在上面挂单我来付款，你得先绑卡验证一下收款能力 {url}', senders: STRANGER, links: ['lookalike', 'random'] },
  { label: 'fraud', type: 'game_trading', text: 'SELLING JP SERVER ACCOUNT, 5000 GEMS, CHEAP! PAY ONLY THROUGH THE MIDDLEMAN SITE {url}. NO REFUND AFTER THE LOGIN IS CHANGED.', senders: ['foreign', 'virtual', 'none'], links: ['random', 'shortener'], en: true },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '亲爱的，我在叙利亚维和部队服役，马上退役了，我把积蓄50万美元和金条打包成外交包裹寄给你，海关需要你付1.2万元清关费才能放行，快递公司会联系你的。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '【环球外交快递】您好，您男友James寄给您的外交包裹（内含现金及贵重物品）已抵达广州海关，需缴纳清关保证金12000元，请汇至：{acct}，户名：广州某某贸易有限公司。', senders: BLAST },
  { label: 'fraud', type: 'romance', text: '宝贝，我在大阪的公司给你汇了200万日元，当我们结婚的准备金，银行说跨境汇款被冻结了，要交“反洗钱证明费”，你先帮我交一下好吗？我这边的口座暂时动不了。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '亲爱的，我舅舅在新加坡做跨境电商平台的内部数据，今晚十点有个上架窗口，我们一起在这个平台开店冲单，挣的钱做我们婚房的首付好不好 {url}', senders: OVERSEAS, links: DOWNLOAD, hours: [20, 21, 22, 23] },
  { label: 'fraud', type: 'romance', text: 'MY LOVE, I AM DR. MICHAEL, A UN DOCTOR IN YEMEN. I SENT YOU A BOX WITH MY SAVINGS. THE COURIER SAYS YOU MUST PAY A CUSTOMS FEE OF USD 1800 TO THIS ACCOUNT: {acct}. PLEASE DO IT FOR US.', senders: ['foreign', 'none'], en: true },
  { label: 'fraud', type: 'romance', text: '今天又梦到你了……下个月我就能拿到回国的机票，签证下来第一件事就是去见你。就是这边工资卡是本地的，机票钱周转不开，差8000，你能不能先帮我订一下，链接我发你', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '자기야～我们认识三个月了，我想来中国见你，可是机场说我带的美元现金太多，要交申报罚款，你先帮我交3万，我到了就还你，爱你❤️', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '宝宝，我在迪拜的项目款要汇回中国，但我没有国内账户，用你的卡收一下好不好？收到后你按我说的转给几个供应商，我给你10%，当我们的旅行基金。', senders: OVERSEAS },
  // ── other: 虚拟绑架, 换汇, quotas, mules, fake school fees, prizes ──
  { label: 'fraud', type: 'other', text: '[通话转写] 你儿子在我们手上，现在在悉尼，你听……（哭声）……不许报警，不许挂电话，一个小时内往这个账户打30万，不然你就再也见不到他了。', senders: ['foreign', 'prefixed', 'virtual'], hours: [1, 2, 5, 6, 13, 22, 23] },
  { label: 'fraud', type: 'other', text: '[图片：孩子被绑在椅子上]\n看清楚了吗？你女儿欠我们的钱，家长来还。今晚12点前打100万人民币到{acct}，你敢给她打电话或者报警，后果自负。', senders: OVERSEAS },
  { label: 'fraud', type: 'other', text: '@所有人 江城同学会的各位！！！刚有人打电话说我儿子张浩在墨尔本被绑架了，还发了照片，要我打20万，我打儿子电话一直不接！！！谁能帮我去他宿舍看看？？？我现在就去银行了！！！', senders: ['none', 'mobile'], hours: [0, 1, 6, 7, 12, 22, 23] },
  { label: 'fraud', type: 'other', text: '换汇找我，人民币换美元比银行便宜1毛5，不占你5万额度。你把人民币转到我国内账户，我美国那边的账户直接打给你孩子，当天到，做了十几年了。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '帮个忙，借你身份证和银行卡用一下，帮我朋友公司购汇，用你的5万美元额度，给你2000块辛苦费，不用你出一分钱，也不会有任何风险。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '【招聘】跨境汇款代收员：用你的银行卡收海外客户货款，再按指示转出，每收1万提成150，日结。要求：一类卡，无网贷逾期，有意者联系{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: 'Dear student, your tuition fee is overdue. To avoid cancellation of your enrolment and your visa, pay the outstanding AUD {amt} within 24 hours via {url}. Finance Office', senders: ['foreign', 'virtual', 'unknown_port'], links: PHISH, en: true },
  { label: 'fraud', type: 'other', text: '【江城海外留学】您孩子的签证材料已递交，使馆要求补交“资金担保金”20万元，请转入我司监管账户{acct}，签证下发后全额退还。', senders: BLAST },
  { label: 'fraud', type: 'other', text: 'I AM BARRISTER LIM FROM SINGAPORE. YOUR LATE RELATIVE LEFT USD 4.5 MILLION WITH NO OTHER HEIR. TO RELEASE THE TRANSFER, PAY THE STAMP DUTY OF USD 2,600 FIRST. REPLY TO {phone}.', senders: ['foreign', 'virtual'], en: true },
  { label: 'fraud', type: 'other', text: '恭喜您成为跨洋优品年度幸运用户，获二等奖：现金8.8万元加笔记本电脑一台！领奖前需按规定先缴纳20%个人所得税17600元至公证处账户，详情{url}', senders: BLAST, links: ODD },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '你好，你们驿站是不是有个叫刘建的常来取件？他欠我们平台3万多不还，你见到他让他赶紧还钱，不然我们天天打你这个电话。', senders: HOUND },
  { label: 'harassment', text: '师傅，你是给翠苑三区7栋送快递的吧？7栋502那个女的欠钱跑路，你下回送件跟她说一声，顺便跟她邻居也说说，让她要点脸。', senders: HOUND },
  { label: 'harassment', text: '阿姨，我们给您寄了一份到付的《催收告知函》，是关于您儿子在{app}的欠款，请签收后督促他还款。运费您先付一下，拒收的话我们就寄到他单位去。', senders: ['mobile', 'unknown_landline', 'official_hotline'] },
  { label: 'harassment', text: '[江城留学生联合会群] 各位同学好，请问谁认识2023级会计专业的王思远？他在国内的贷款逾期8个月，家里也联系不上，请知情同学转告他尽快还款，否则我们将把他的信息发到学校和大使馆。', senders: NONE },
  { label: 'harassment', text: '你好，你上个月收到过王建国从日本汇过来的钱吧？他在我们这边有笔欠款，这笔钱你得先拿出来替他还，不然就算你协助他转移财产。', senders: HOUND },
  { label: 'harassment', text: '您好，是陈明在东京的房东吗？我们是国内的债务处理公司，他欠款不还，麻烦您转告他。如果再不还，我们会请您让他搬出去，也会联系他的学校。大家さん、よろしくお願いします。', senders: ['virtual', 'foreign', 'unknown_landline'] },
  { label: 'harassment', text: '【曝光】温哥华华人群的朋友们注意！！！照片上这位李婷，在国内借钱不还已经逾期一年，现在在列治文一家奶茶店打工，大家见到她让她还钱，转发扩散！！！', senders: NONE },
  { label: 'harassment', text: '[通话转写] 阿姨早上好，知道现在早，您儿子在英国那边是晚上十点多，他一直不接，我们只能找您。他的欠款今天必须处理，您是他妈妈，您先帮他还上。', senders: ['mobile', 'unknown_landline', 'official_hotline'], hours: DAWN },
  { label: 'harassment', text: '{sig}{person}，晚上好，您在{app}的欠款{amt}元今天必须还清，我们会持续跟进，直到您处理为止。', senders: ['official_port'], hours: NIGHT },
  { label: 'harassment', text: '{person}，今天已经给你打了11个电话了，一个都不接，我们会一直打到你接为止，你的号码已经设成自动循环拨打了。', senders: ['virtual', 'mobile', 'unknown_port', 'official_hotline'] },
  { label: 'harassment', text: '{person}您好，您的欠款已转入委外催收阶段，除本金外需额外支付催收服务费{amt}元和上门差旅费800元，请一并转入{acct}，否则不予结清。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'harassment', text: '【江城市人民法院】{person}：因你拖欠{app}借款，本院已受理诉讼，将于{date}查封你名下财产及你父母的房产，并通知你所在国移民局限制你的签证。', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'harassment', text: '你再不还钱，我们就把你报进“出入境限制名单”，你下次回国在海关就会被扣下，护照作废，别说留学了，工作都找不到。', senders: HOUND },
  { label: 'harassment', text: '{person}你个老赖，在国外装死是吧？你爹妈的脸都被你丢尽了，欠钱不还的人渣，等着！', senders: HOUND, hours: [9, 13, 19, 22, 23, 0] },
  { label: 'harassment', text: '你是王思远的姐姐吧？你弟在澳洲欠了我们网贷4万8，他把你填成紧急联系人，你今天先替他还一半，不然我们就把他的事发到你们公司群里。', senders: HOUND },
  { label: 'harassment', text: '你的快递我们已经查到了：BC{tail}，收件地址翠苑三区7栋502。本周六我们的人就在你家驿站门口等你，不还钱就别想取件。', senders: HOUND },
  { label: 'harassment', text: '#老赖曝光# 身份证号3301****{tail}的张某某，在{app}借款逾期不还，现在人在日本东京，打工的店叫“一番屋”，@东京华人圈 @在日华人互助会 大家帮忙扩散！！', senders: NONE },
  { label: 'harassment', text: '【转发】大家认识这个人吗？//@催收部-小王：此人欠款5万跑到韩国，知情者请私信，提供住址奖励500//@韩国华人群-群主：已转，请大家留意', senders: NONE },
  { label: 'harassment', text: '给你最后通牒：\n1. 今天18点前还清{amt}元；\n2. 否则明天联系你在国外的学校和房东；\n3. 后天开始给你通讯录每一个人打电话；\n4. 你妈单位我们也找得到。', senders: HOUND },
  { label: 'harassment', text: '您好，我是{name}的贷后专员。您驿站的客户刘建平（3栋常来取件那位）在我司有一笔欠款逾期了，麻烦您下次他来取件时提醒他联系我们，谢谢配合。', senders: OWN_LINES },
  { label: 'harassment', text: '叔叔您好，打扰了，这么早打给您是因为您女儿在加拿大那边现在是下午，我们联系不上她。麻烦您转告她{app}的账单逾期了，您方便的话也可以先帮她还一下。', senders: ['official_hotline', 'mobile'], hours: DAWN },
  { label: 'harassment', text: '嫂子您好，我们是{name}的。您先生在日本那边的借款逾期两个月了，他每个月给您汇钱我们都清楚，您看这个月能不能先从汇款里拿一部分帮他还上？', senders: OWN_LINES },
  { label: 'harassment', text: 'FINAL WARNING: YOU OWE CNY {amt} TO {name}. WE HAVE YOUR UNIVERSITY EMAIL AND THE PHONE NUMBER OF YOUR LANDLORD. PAY TODAY OR WE CONTACT THEM ALL.', senders: ['virtual', 'foreign', 'official_port'], en: true },
  { label: 'harassment', text: '你在首尔打工的那家店我们找到了，사장님的电话也有，今天不还钱我们就打给你老板，让你在韩国待不下去。', senders: HOUND },
  { label: 'harassment', text: '还钱！！！还钱！！！还钱！！！你以为跑到国外就没事了？？？你家地址我们都有！！！', senders: HOUND, hours: NIGHT },
  { label: 'harassment', text: '{sig}{person}您好，您的借款已逾期60天。若3日内仍未还款，我司将联系您所在院校的中国学生学者联合会协助联系您本人，并告知其您的逾期情况。', senders: ['official_port'] },
  { label: 'harassment', text: '已经给你爸妈寄了第三个到付件了，里面是你的借款合同和欠款明细，他们不签收，我们就寄给你舅舅、你姨，一家一家寄。', senders: HOUND },
];

export const BLIND16B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
