/**
 * TRAIN8 template bank: TRAINING data only (never an evaluation split).
 *
 * Who and how: written on 2026-12-01 by an eighth, independent author (a helper session separate
 * from the analyzer's developer and from the authors of the other banks), without reading the
 * analyzer's code, lexicons, signals, rules or models and without reading the held-out bank. The
 * author read only the eval types, the generator (to see how templates expand), the older banks
 * dev/heldout/blind/blind2/blind3/blind4 (to avoid duplicating them), the public scam types, the
 * registry data, shared/facts/regulation.md, shared/SPEC.md and shared/seeds. The only run made
 * was a one-off expansion check (placeholders, labels, fraud types, duplicates with older banks).
 *
 * Styles: terse official SMS; long customer-service, collection and call-back transcripts;
 * elderly relatives' voice messages transcribed ([语音转文字]); WeChat Moments posts and QQ group
 * announcements; emails with a subject line; Traditional Chinese as written in Taiwan and Hong
 * Kong; Cantonese; English from foreign residents; mixed Chinese-English. Normal messages are
 * chosen to look alarming to a naive detector (lenders' lawful reminders and instalment offers,
 * anti-fraud education quoting scam scripts, genuine codes, refunds, fees through official apps,
 * relatives talking about money, people forwarding a scam to ask "is this real?").
 *
 * This file holds the normal messages; fraud and harassment are in train8b.templates.ts.
 */
import type { Template } from './eval.types.js';
import { TRAIN8B_TEMPLATES } from './train8b.templates.js';

const PORT: Template['senders'] = ['official_port'];
const HOTLINE: Template['senders'] = ['official_hotline'];
/** Honest senders that are not in the registry (merchants, hospitals, schools, government). */
const OTHER_PORT: Template['senders'] = ['unknown_port'];
const FRIEND: Template['senders'] = ['mobile'];
/** Lawful collection hours (08:00–22:00). */
const WORK = [9, 10, 11, 14, 15, 16, 17, 19];
const EVENING = [12, 18, 19, 20, 21];

const NORMAL: Template[] = [
  // ── lender reminders, repayments, limits (within the rules) ──
  { label: 'normal', text: '{sig}温馨提示：{date}为您的还款日，本期应还{amt}元。若当日扣款失败，系统将于20:00再次尝试扣款，无需您进行额外操作。官方客服{hot}', senders: PORT },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期2天，应还{amt}元（含罚息3.20元）。请仅通过{app}或本人尾号{tail}银行卡还款，我司不会提供任何个人收款账户。咨询{hot}', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}还款成功！您于{date}归还{amt}元，本笔借款剩余待还0.00元，已全部结清。结清证明可在{app}“我的-证明开具”中申请。', senders: PORT },
  { label: 'normal', text: '{sig}根据综合评估结果，您在{app}的可用额度已调整为{amt}元，已借款项及还款计划不受影响。对调整有疑问可致电{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}您的临时额度将于{date}到期失效，到期后自动恢复为原固定额度，无需任何操作，也无需缴纳费用。', senders: PORT },
  { label: 'normal', text: '{sig}{person}，送您一张7天免息券，{date}前借款可用。借款前请在{app}查看年化利率及总费用，理性消费。拒收请回复R', senders: PORT },
  { label: 'normal', text: '{sig}重要提示：{name}的还款渠道仅有{app}及您签约代扣的银行卡。任何人以“内部通道还款”“减免罚息”为由提供个人或公司账户，均为诈骗。', senders: PORT },
  { label: 'normal', text: '{sig}{person}您好，根据今日通话约定，您申请的分期方案（6期，每期{amt}元）已生效，首期还款日{date}。如需调整请致电{hot}，人工服务时间9:00-21:00。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期60天。我司将依法如实报送逾期信息，并保留通过诉讼追偿的权利；您仍可在{app}申请分期或延期，详情请致电{hot}。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}您好，您反映的催收人员夜间来电问题经核实属实，我司已暂停相关外包机构作业并要求整改。感谢您的监督，其他诉求请拨打{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}{person}，你的 auto-debit 已 set up 成功，每月{date}从尾号{tail}的卡扣款。如需 cancel，请在{app}“设置-自动还款”里操作，我们不会 call 你要 password。', senders: PORT },
  { label: 'normal', text: "{sig}Your loan of CNY {amt} has been paid to your card ending {tail}. First repayment: {date}. The contract is in the {app}. {name} never asks for any fee before or after disbursement.", senders: PORT, en: true },
  { label: 'normal', text: '{sig}您好，您本月信用卡帳單已寄送至電子信箱，應繳總額{amt}元，繳款截止日{date}。本行不會以簡訊連結要求您輸入卡號或驗證碼。', senders: PORT },
  // ── lawful collection: daytime, polite, debtor only, instalments offered ──
  {
    label: 'normal',
    text: '【通话记录 14:32】\n催收员：您好，请问是{person}本人吗？我是{name}贷后服务部的，工号D0913，本次通话会录音。\n客户：是我，什么事？\n催收员：您在{app}的借款逾期12天了，应还{amt}元。想了解下最近是不是资金比较紧张？\n客户：这个月工资晚发了。\n催收员：理解的。您可以在{app}里申请分3期或6期，不收手续费；也可以先还一部分，我帮您备注。\n客户：那我月底先还一半。\n催收员：好的，已经登记。还款只走App，不要转给任何个人。有问题打{hot}，打扰您了。',
    senders: HOTLINE,
    hours: WORK,
  },
  { label: 'normal', text: '主题：{name} 还款提醒（第2次）\n尊敬的{person}：\n您的账户已逾期30天，未还金额{amt}元。如您遇到失业、疾病等困难，可在{app}提交困难说明，我们将评估延期或减免罚息。本邮件仅发送给借款人本人，请勿回复本邮件。\n{name}客户服务部 {hot}', senders: ['none'] },
  { label: 'normal', text: "Dear customer, this is {name}. Your instalment of CNY {amt} due on {date} has not been received. You can pay in the {app} or call {hot} between 9am and 9pm to arrange a payment plan. We only discuss your account with you.", senders: PORT, en: true, hours: WORK },
  { label: 'normal', text: '您好，打扰了。我是{name}的客服，想联系{person}，他留的电话连续几天都打不通。如果您方便见到他，麻烦请他回电{hot}，谢谢您。具体事情我们不方便跟您说，也不需要您做什么。', senders: HOTLINE, hours: WORK },
  {
    label: 'normal',
    text: '【客服回访录音】\n客服：{person}您好，我是{name}客户服务中心，今天回访您昨天的投诉。\n客户：就是半夜有人打电话催款那个？\n客服：是的，我们查了，是一家合作机构违规作业，已经责令整改，今后不会在晚上十点到早上八点联系您，给您造成困扰非常抱歉。\n客户：那我还款怎么办？\n客服：照常在{app}还就可以，也能申请延期。这次回访不需要您提供任何密码或验证码。',
    senders: HOTLINE,
  },
  { label: 'normal', text: '{person}您好，我是{name}委托的催收专员，工号W5521。您的账单逾期20天，金额{amt}元，今天打给您主要是想确认一下还款安排。如果一次还不上，可以在{app}申请分期，我们不会联系您的家人或单位。委托关系可拨打{hot}核实。', senders: HOTLINE, hours: WORK },
  // ── anti-fraud education from institutions (quotes scam scripts) ──
  { label: 'normal', text: '{sig}【反诈课堂】“刷单返利”的第一单小额返现只是诱饵，第二单起要求大额垫付就是诈骗。任何要求先垫钱才能拿佣金的兼职都是骗局。', senders: PORT },
  { label: 'normal', text: '{sig}骗子常说：“你的账户涉嫌洗钱，请转到安全账户配合调查。”公检法机关没有“安全账户”，也不会电话办案。遇到此类电话请拨110或96110。', senders: PORT },
  { label: 'normal', text: '{sig}近期有人冒充我司以“注销学生账户”“关闭百万保障”为名，诱导开启屏幕共享、借款后转账，均为诈骗。注销账户只需在{app}自助操作，无需转账。', senders: PORT },
  { label: 'normal', text: '{sig}Scam alert: fraudsters are sending fake "ETC card expired" texts with links. {name} never asks you to verify a card through a link. Report suspicious messages in the {app} or call {hot}.', senders: PORT, en: true },
  { label: 'normal', text: '{sig}提醒您：「解除分期付款設定錯誤」是常見詐騙話術，銀行不會請您操作ATM或網銀解除設定。如有疑慮請撥165反詐騙專線或{hot}查證。', senders: PORT },
  { label: 'normal', text: '{sig}提提你：騙徒會扮客服話你「帳戶被盜用」，叫你講一次性密碼或者下載遙距控制App。我哋唔會咁做，有懷疑請致電{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}【防骗提示】“低息贷款先交保证金”“征信修复包洗白”“解冻金”都是骗局。正规贷款放款前不收取任何费用，请认准{app}。', senders: PORT },
  // ── police, community, schools ──
  { label: 'normal', text: '【和平里派出所】居民朋友们：{date}以来辖区发生多起冒充电力公司称“电费欠缴即将停电”的诈骗。缴电费请认准“网上国网”官方App，如接到可疑电话请拨打96110。', senders: ['unknown_port', 'none'] },
  { label: 'normal', text: '[QQ群公告] 各位业主：物业提醒，最近有人冒充物业在群里发“燃气安全检查费”收款码。物业从不在群里收费，所有费用请走“智慧社区”小程序缴纳，有疑问到物业前台咨询。', senders: ['none'] },
  { label: 'normal', text: '【朋友圈·社区网格员小陈】{date}给楼里老人讲了防骗：“保健品包治百病”“养老项目高返利”“冒充社保局要银行卡密码”统统是骗局！爷爷奶奶们记住：不听、不信、不转账。', senders: ['none'] },
  { label: 'normal', text: '【反诈预警】您好，您可能正在遭受电信网络诈骗，请提高警惕，切勿向陌生账户转账汇款。如需咨询请拨打96110。', senders: ['none'] },
  { label: 'normal', text: '【实验中学】家长您好：近期有人冒充班主任建“缴费群”收取资料费。下学期教辅费将于{date}在“智慧校园”官方App发起缴费，学校所有收费都只走这个App，老师不会让您扫个人收款码，请勿轻信。', senders: OTHER_PORT },
  { label: 'normal', text: 'Police reminder for foreign residents: no police officer will ask you to transfer money to a "safe account" or to join a video call to "record a statement". If in doubt, hang up and dial 110.', senders: ['none', 'unknown_port'], en: true },
  { label: 'normal', text: '[来电转文字] 您好，这里是城东派出所反诈民警，刚才系统显示您接了一个境外号码的来电，对方是不是自称海关让您交罚款？那是诈骗，您千万别转账，也别点对方发的链接。', senders: ['unknown_landline', 'none'] },
  { label: 'normal', text: '【和平社区居委会】{date}上午在社区活动室为60岁以上老人免费测血压、讲解医保报销政策，不推销任何保健品、不收费，欢迎参加。', senders: OTHER_PORT },
  // ── genuine one-time codes ──
  { label: 'normal', text: '{sig}验证码：{code}。您正在申请修改绑定手机号，切勿告诉他人，包括自称{name}工作人员的人。', senders: PORT },
  { label: 'normal', text: '{sig}{code}（{app}动态码），用于确认借款{amt}元，5分钟内有效。如非本人操作请忽略并致电{hot}，切勿告诉他人。', senders: PORT },
  { label: 'normal', text: '{code} is your {name} one-time passcode for adding a new payee. Do NOT share it with anyone, including people claiming to be our staff.', senders: PORT, en: true },
  { label: 'normal', text: '{sig}你嘅一次性密碼係{code}，用嚟登入{app}，10分鐘內有效。切勿將密碼告訴任何人。', senders: PORT },
  // ── merchants, airlines, couriers, utilities (honest unregistered senders) ──
  { label: 'normal', text: '【{other}】您申请的订单退款{amt}元已原路退回支付账户，预计1-3个工作日到账。退款无需联系客服或提供验证码，请留意到账通知。', senders: OTHER_PORT },
  { label: 'normal', text: '【东方航空】尊敬的旅客，您{date}MU5137航班的退票申请已处理，票款{amt}元将原路退回您的支付账户，约7个工作日到账。官方客服95530。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}】您好，您在7天无理由期内申请的课程退款已审核通过，{amt}元将原路退回，课程权限同步关闭。如有疑问请在App“我的订单”联系在线客服。', senders: OTHER_PORT },
  { label: 'normal', text: 'Hi, your return for order #{tail}{code} has arrived at our warehouse. A refund of CNY {amt} will go back to your original payment method within 5 business days. No action is needed.', senders: OTHER_PORT, en: true },
  { label: 'normal', text: '【{other}】您的跨境包裹已完成海关清关，进口税款已由商家代缴，无需另行付款。预计{date}送达，物流详情 {url}', senders: OTHER_PORT, links: ['unknown_legit'] },
  { label: 'normal', text: '【国网电力】户号{tail}{code}，您本期抄表电量286度，电费{amt}元，请通过“网上国网”App或银行代扣缴纳。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的ETC卡{date}通行扣费45.00元，入口杭州南，出口嘉兴。ETC无需“年审”或“重新认证”，请勿点击陌生链接。', senders: PORT },
  { label: 'normal', text: '{sig}您的宽带账户本月费用{amt}元已通过自动代扣缴纳成功。我公司不会以“宽带欠费停机”为由要求您点击链接缴费。', senders: PORT },
  { label: 'normal', text: '【{other}】恭喜您在门店周年庆抽奖中获得50元无门槛券，已放入会员账户，{date}前到店使用，领取及使用均无需支付任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '【大麦】您购买的{date}演唱会门票已出票，电子票将在演出前3天于App内展示，请勿相信任何“内部票”“转票”渠道。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}】您在官方交易平台出售的游戏道具已成交，货款{amt}元已到平台余额，提现到本人银行卡无需缴纳任何保证金。', senders: OTHER_PORT },
  { label: 'normal', text: '【中华慈善总会】感谢您通过“腾讯公益”平台向“乡村儿童午餐”项目捐赠{amt}元，捐赠票据可在平台申请开具。', senders: OTHER_PORT },
  // ── property, school, hospital, pension, student loan ──
  { label: 'normal', text: '【阳光花园物业】尊敬的业主，{date}起收取2026年度物业费，请通过“物业服务”小程序或到前台刷卡缴纳，物业不接受任何个人转账。', senders: OTHER_PORT },
  { label: 'normal', text: '【市第二小学】家长您好，本学期课后服务费{amt}元已在“智慧校园”App发起缴费，请于{date}前在App内完成支付。学校不会通过微信群收款或发送个人收款码。', senders: OTHER_PORT },
  { label: 'normal', text: '[班级QQ群公告] 各位家长，春游保险费每人15元，{date}前统一在学校缴费平台交，不用转给我，也不要在群里发红包。——班主任 李老师', senders: ['none'] },
  { label: 'normal', text: '【幸福幼兒園】家長您好，下學期註冊費請於{date}前持學校繳費單至超商或郵局繳納，本園不會以電話或LINE要求轉帳。', senders: OTHER_PORT },
  { label: 'normal', text: '【市人民医院】{person}您好，您已成功预约{date}上午心内科专家门诊（第12号），请携带医保卡提前30分钟到门诊二楼取号。取消预约请在医院公众号操作。', senders: OTHER_PORT },
  { label: 'normal', text: 'Reminder from the International Medical Center: your appointment with Dr. Wang is on {date} at 10:30. Please bring your passport and insurance card. Reply C to cancel.', senders: OTHER_PORT, en: true },
  { label: 'normal', text: '【人社局】您本月养老金{amt}元已发放至社保卡金融账户，请注意查收。养老金领取资格认证可在“掌上12333”App免费办理，工作人员不会上门收费。', senders: OTHER_PORT },
  { label: 'normal', text: '【国家开发银行】{person}同学，您的国家助学贷款本年度应还本息{amt}元，还款日12月20日，请通过国家助学贷款官网或App还款，不存在“注销账户”业务。', senders: OTHER_PORT },
  { label: 'normal', text: '【市人社局】出国务工请通过商务部公布的对外劳务合作企业办理，资质可在“对外劳务合作服务平台”查询，谨防“境外高薪招聘”陷阱。', senders: OTHER_PORT },
  // ── recruitment and insurance done properly ──
  { label: 'normal', text: '【{other}】{person}您好，感谢投递我司“客户经理”岗位，诚邀您于{date}下午2点到公司参加面试，地址见邮件。面试及入职不收取任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '主题：面试邀请 - 数据分析实习生\n{person}您好：\n我们在招聘网站上收到了您的简历，邀请您参加线上视频面试，时间{date} 15:00，会议链接会在前一天通过本邮箱发送。整个招聘流程不收取任何费用，也不会要求您提供银行卡信息。\nHR 周敏', senders: ['none'] },
  { label: 'normal', text: '{person}您好，我是{name}的保险顾问小吴，工号A2217。您上个月咨询的意外险方案我整理好了，条款和费率都在{app}的产品页，您可以先看看，15天犹豫期内可以全额退保。不着急，您也可以打{hot}核实我的身份。', senders: ['official_hotline', 'mobile'] },
  { label: 'normal', text: 'Hi, I am a recruiter at a Shanghai headhunting firm. A fintech client is hiring a product manager (35–45k per month). If you are interested, please send your CV to my work email. Candidates never pay any fee at any stage.', senders: FRIEND, en: true },
  // ── family and friends talking about money ──
  { label: 'normal', text: '[微信] 小林，上次团建你帮我垫的{amt}我刚转你了，你看下收到没', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '[语音转文字] 儿子啊，你二舅说他家小孩上大学学费差一点，想跟咱们借一万，我说等你{date}回来商量，你晚上给你二舅打个电话问清楚啊。', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '兄弟，{date}发工资就还你那三千，最近房租压力有点大，多谢了🙏', senders: FRIEND },
  { label: 'normal', text: '阿姐，上次你幫我交咗嘅電費$486，我頭先轉咗數快俾你，你check下收到未。', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '媽，房租我這個月多轉了五千給妳，是要給阿嬤買助聽器的，不用還我喔。', senders: FRIEND },
  { label: 'normal', text: 'Hey Li Wei, thanks for covering my taxi yesterday. Sent you 45 yuan on WeChat Pay. Beers on me next time!', senders: FRIEND, en: true, hours: EVENING },
  { label: 'normal', text: '老婆，下个月房贷{amt}我已经转到家里尾号{tail}那张卡上了，你那边不用再转，收到看一眼。', senders: FRIEND },
  { label: 'normal', text: '阿强，能不能先借我八百？信用卡还款日是明天，工资后天才到，后天一早就还你，不方便也没事哈', senders: FRIEND },
  { label: 'normal', text: 'Hi Xiao Zhang, my landlord wants the rent by WeChat but my foreign card will not bind. Could you transfer the 3,500 for me? I will give you the cash tomorrow morning. Totally fine if not!', senders: FRIEND, en: true },
  { label: 'normal', text: '宝，{date}的电影票我买好了，万达7号厅晚上7点20，你别转我钱了，爆米花你请😄', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '[语音转文字] 小军，你爸的降压药吃完了，你下班顺路去医院拿一下，医保卡在抽屉里，钱不用转我，我这有。', senders: FRIEND },
  { label: 'normal', text: '[语音转文字] 闺女啊，我是妈，今天社区讲了半天防骗，说不能随便买那个保健品，我一样没买，就领了俩鸡蛋。你放心啊，晚上早点睡。', senders: FRIEND, hours: EVENING },
  // ── forwarding a scam to ask "is this real?" ──
  { label: 'normal', text: '[转发] “【{name}】您的账户存在异常，请点击链接重新认证，否则将被冻结”——姐，我收到这个，是真的吗？我还没点，怎么分辨啊', senders: FRIEND },
  { label: 'normal', text: 'Is this real? I got a text saying my parcel is held at customs and I need to pay a 28 yuan clearance fee through a link. I did not order anything from abroad. Should I just ignore it?', senders: FRIEND, en: true },
  { label: 'normal', text: '這是真的嗎？剛剛有人打來說我的健保卡被盜用，要幫我轉接刑事局。我直接掛掉了，想問問你們有沒有遇過。', senders: FRIEND },
  { label: 'normal', text: '【朋友圈】今天差点被骗！有人自称{name}客服，说我学生时期的账户要注销，不然影响征信。我挂了直接打官方客服{hot}，人家说根本没这回事。大家注意，官方客服不会让你共享屏幕！', senders: ['none'] },
  { label: 'normal', text: '老公，你看下这条短信：“您的ETC已失效，请点击链接重新认证”。咱们的ETC上个月才在银行办的，这是骗子吧？我没点。', senders: FRIEND },
  // ── telling family to ignore a scam call ──
  { label: 'normal', text: '[语音转文字] 妈，我刚听小姨说有人打你电话冒充我，说我被抓了要交保释金，那是骗子！我好好的在上班，你别转钱，把那个号码拉黑就行。', senders: FRIEND },
  { label: 'normal', text: '爷爷，要是有人打电话说您中了大奖要先交税，或者说是公安局的要查您的存款，您都别信，直接挂了给我打电话，记住了哈。', senders: FRIEND },
  { label: 'normal', text: '阿爸，頭先個電話話係入境處職員，話你身份證有問題，嗰啲係騙徒呀，唔好理佢，唔好俾任何資料佢。', senders: FRIEND },
  { label: 'normal', text: 'Mum, if anyone calls saying they are from the bank and your card is frozen, just hang up and call the number on the back of your card. Never give them any codes!', senders: FRIEND, en: true },
];

export const TRAIN8_TEMPLATES: Template[] = [...NORMAL, ...TRAIN8B_TEMPLATES];
