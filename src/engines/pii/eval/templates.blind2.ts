/**
 * BLIND2 templates: a second held-out split, written by an independent evaluation author (an agent
 * separate from the engine's developer, working at the same time). The author read only the eval
 * harness (corpus.gen.ts, values.gen.ts, decoys.gen.ts, prng.ts, evaluate.ts, the earlier template
 * files), pii.types.ts and the shared domain facts; NOT the recognizers, lexicons or cue-word lists,
 * and the engine was never run on these templates while they were written. The only run was a
 * corpus-generation check of gold offsets.
 *
 * The engine MUST NEVER be tuned on this split, and the developer should not read it: a failure here
 * is a measurement, not a to-do list. Once anyone tunes on it, it stops being blind.
 *
 * Styles the earlier splits lack: agent call-note summaries (坐席小结), multi-speaker chat
 * transcripts, WeChat group messages, app-store reviews, regulator referral forms (监管转办单),
 * lawyer's and notarial letters, forwarded SMS, OCR'd forms with odd spacing and full-width
 * punctuation, natively written Hong Kong (Cantonese) and Taiwan Traditional text, English and
 * Chinese-English messages, pinyin, very short fragments. Names appear with many different cues and
 * with none. Fixed text carries realistic decoys (amounts, dates, 955xx/400 numbers, 马上, 高兴,
 * 白条, 黄金, 方便, 钱包, 周到 …) and never any real personal value, so every hit outside a slot
 * is a false positive.
 *
 * Slots as in templates.dev.ts, plus {pname} (a mainland pinyin name, gold type `name`). Names,
 * English names, pinyin names and secrets come from values.blind2.gen.ts. Templates whose fixed
 * text is natively Traditional are always rendered Traditional (their values converted, their text
 * left as written); see generateCorpus.
 */
export const BLIND2_TEMPLATES: readonly string[] = [
  // Agent call-note summaries (坐席小结).
  '【坐席小结】来电人自称{name}，核身通过，反映自{date}起每天接到{mobile}的催收来电，已安抚，承诺48小时内回电。',
  '通话小结：客户{name}来电咨询提前结清，剩余本金{amount}，客户要求将结清证明发送至{email}，已登记，预计3个工作日内发出。',
  '坐席备注：客户情绪激动，称其配偶{name}未经同意被列为紧急联系人，要求删除配偶手机{mobile}。已升级二线处理，{ref}。',
  '来电小结｜客户：{name}｜诉求：停止第三方催收｜涉及号码：{landline}、{mobile}｜处理：已转催收管理岗，{date}前回复。',
  'IVR转人工后客户说明：本人不是借款人，借款人是其前同事{name}，本人号码{mobile}被错误留存为联系人。坐席已核实并提交删除申请。',
  '外呼记录：{time}外呼客户{name}，无人接听；{time}再次外呼，客户表示已用尾号卡片还款，坐席核实到账{amount}，建议结案。',
  '坐席小结：客户反映有人冒充本司客服添加其微信{wechat}，诱导其报出验证码{secret}并开启屏幕共享，已损失{amount}，已建议报警并留意96110来电。',
  '质检意见：坐席在通话中向第三方透露了借款人{name}的逾期金额{amount}，违反催收规范，扣减本月质检分5分。',
  '客户留言转写：我叫{name}，卡号是{card}，昨天被扣了两次，一共{amount}，麻烦马上查一下退给我。',
  '投诉受理小结：投诉人{name}，联系电话{landline}，投诉对象为合作催收机构，诉求为赔礼道歉并停止骚扰，按规定15日内答复。',
  '回访记录：已联系{name}本人，客户对处理结果表示满意，同意撤诉，回访号码{mobile}，回访时间{time}。',

  // Customer-service chat transcripts with several speakers.
  '客服：您好，请问有什么可以帮您？\n用户：我要注销账户\n客服：请提供注册手机号\n用户：{mobile}\n客服：好的，请输入页面上收到的短信校验码\n用户：{secret}',
  '[在线客服] 您好，请问是{name}本人吗？\n[用户] 是的\n[在线客服] 您本期应还{amount}，将于{date}自动扣款，请保持还款卡{card}余额充足。',
  '用户 10:02：你好我要投诉\n客服 10:02：请讲\n用户 10:03：你们催收员一直打我爸电话{mobile}，我爸叫{name}，他根本不知道我借钱的事\n客服 10:04：非常抱歉，已为您记录',
  'A：你那笔贷款是谁给你办的？\nB：一个叫{name}的，说是{service}的客服\nA：那是骗子吧，官方不会加你私人微信',
  '客户经理{name}：您好，您申请的额度已审批通过，利率{rate}，请点击{url}完成签约。\n客户：这个链接安全吗？',
  '买家：快递员{name}打电话说包裹破损要理赔，还报出了我的手机号{mobile}和地址{address}\n客服：亲，这是诈骗，请不要转账',
  '坐席：请问您和{name}是什么关系？\n接听人：我是他邻居，你们别再打这个座机{landline}了，一天打七八个',
  '我：你们是不是泄露了我的信息\n客服：请问您的身份证号？\n我：{id}\n客服：查询到您名下有一笔{period}的借款，已结清',
  '{name}：你们到底什么时候退款？\n客服：已为您加急处理，预计{date}前原路退回。\n{name}（家属）：上次也是这么说的',
  '机器人：请问您要办理什么业务？\n用户：人工\n机器人：请描述您的问题\n用户：人工！！我的银行卡{card_bad}绑不上',

  // WeChat group messages.
  '【催收群】各位好，{name}欠我司{amount}逾期不还，其手机{mobile}，身份证{id}，请大家转告其本人尽快处理',
  '@所有人 本群为借款人{name}的债务协商群，请其亲友督促还款，联系人{name}，电话{mobile}',
  '表姐{name}在家族群里说谁能帮她还一下{amount}，她的卡{card}被冻结了，后来才知道她的微信被盗了。',
  '[群聊] {name}：大家有没有被这个号码{mobile}骗过？说是可以注销校园贷\n[群聊] {name}：我也接到过，说不注销会影响征信',
  '拉群的人微信号{wechat}，群主昵称是“法务部-{name}”，天天在群里发我的照片和欠款截图。',
  '宝妈群里有人发了个链接{url}，说填了就能领{amount}红包，我点进去结果要输支付密码，我输了{secret}',
  '业主群里有人认出了我的车{plate}，说你们的人天天在小区门口蹲点，还跟保安打听我住几栋。',

  // App-store reviews.
  '★☆☆☆☆ 垃圾软件！借了{amount}分{period}，砍头息扣了一大截，客服电话{service}永远占线，还不如白条方便。',
  '一星差评：注册后第二天就有人打我电话{mobile}推销贷款，我的信息肯定是被卖了。',
  '【应用商店评论】用了两年，以前挺好的，最近老是提示“您的账号在{ip}登录”，我人一直在家啊？？？',
  '评分1分。催收员{name}打电话骂我爸妈，还说要寄律师函到{address}，这种app赶紧下架吧',
  '5星好评，额度给得高，利率{rate}也还行，客服{name}很周到，耐心帮我改了还款日。',
  '提现一直失败，说我卡号{card_bad}校验不通过，可这张卡在别的地方都能用啊，差评',
  'App Store review (1/5): locked out after the update, and now "support" keeps emailing {email} with verification links like {url}. Avoid.',
  '两星。黄金会员{amount}默认勾选，退款要找客服{name}，一找就说在走流程，钱包里一分钱没退回来。',

  // Regulator referral forms (监管转办单) with field labels.
  '金融消费者投诉转办单\n投诉人姓名：{name}\n联系电话：{mobile}\n证件号码：{id}\n投诉事项：反映被收取高额服务费{amount}\n办理时限：15个工作日',
  '12378热线转办｜来电人：{name}｜来电号码：{landline}｜被投诉机构：某消费金融公司｜诉求：停止暴力催收、删除通讯录信息｜反馈期限：{date}',
  '监管转办：投诉人{name}（身份证{id}）反映，其在贵司借款期间催收人员多次致电其工作单位，号码为{landline}，请核实处理并按时回复。',
  '转来投诉件：当事人：{name}；通讯地址：{address}；电子邮箱：{email}；主要诉求：退还捆绑销售的保险费{amount}。',
  '转办意见：请贵机构依照《银行业保险业消费投诉处理管理办法》，于收到之日起15日内与投诉人{name}（手机{mobile}）联系并妥善处理，{ref}。',
  '人民银行12363转办：反映人{name}，反映渠道：电话，联系方式：{mobile}，反映内容：未经授权查询其征信报告，要求说明查询原因。',

  // Lawyer's and notarial letters.
  '律师函\n致：某金融信息服务有限公司\n本所受{name}女士委托，就贵司催收人员使用{mobile}等号码对其进行骚扰一事，郑重函告如下。\n承办律师：{name}\n{date}',
  '兹证明申请人{name}于{date}在本处对其手机（号码{mobile}）中的短信记录申请保全证据公证。公证员：{name}',
  '委托代理人{name}系本所执业律师，代理投诉人就借款合同纠纷提出如下意见：一、贵司实际利率达{rate}，超出法律保护上限；二、请停止联系投诉人家属。',
  '本律师代表当事人郑重要求贵司立即停止向第三人披露当事人的身份证号{id}及银行账户{card}等个人信息，否则将依法追究法律责任。',
  'Lawyer letter (excerpt): "Our client, {ename}, holder of card {card}, disputes the charge of {amount} dated {date} and requests a full refund."',
  '声明人：{name}（签名）\n身份证号：{id}\n声明内容：本人从未在贵司申请任何贷款，合同上的签名并非本人所签，特此声明。',

  // Forwarded SMS.
  '转发短信：【小象分期】尊敬的{name}客户，您的账单{amount}已逾期，请于今日{time}前还款，否则将联系您的紧急联系人。拒收请回复R',
  '收到这条：“您的验证码是{secret}，您正在进行绑卡操作，如非本人操作请忽略。”可我根本没有绑卡啊',
  '转发自{mobile}的短信：{name}你好，你的欠款已进入诉前调解程序，请在{date}前联系调解员，电话{landline}',
  '短信原文：[法务中心]{name}，身份证{id}，你已涉嫌恶意逃废债，案件将移交户籍所在地{address}辖区派出所。',
  'Fwd: Your one-time password is {secret}. Never share it with anyone, including bank staff.',
  '【短信】登录动态密码{secret}，5分钟内有效。如非本人操作，请致电{service}。',
  '这条短信是{service}发来的：您申请的{amount}借款已放款至尾号卡，如有疑问请点击{url}。',
  '【XX银行】您尾号的信用卡本期账单{amount}，最后还款日{date}。转发给我老公{name}，让他看看是不是他刷的',

  // OCR'd forms: odd spacing, full-width punctuation, line breaks.
  '姓  名：{name}    性 别：女\n身份证号 ：{id}\n住  址：{address}',
  '借 款 人 ( 签 章 ) ：{name}      日 期 ：{date}',
  '开户名称︰{name}　　开户账号︰{card}　　开户行︰中国建设银行',
  '联系电话｜{mobile}｜紧急联系人｜{name}｜关系｜兄弟',
  '【扫描件识别】 申 请 人 姓 名 {name} 手 机 {mobile} 电 子 邮 箱 {email}',
  '还款账户：{card}\n户名：{name}\n还款金额：{amount}\n还款期数：{period}',
  'ＯＣＲ结果：担保人：{name}，住所地：{address}，联系方式：{landline}。',
  '车辆信息  号牌号码：{plate}  所有人：{name}  抵押权人：某融资租赁有限公司',
  '收 款 人：{name}\n收款账号：{card}\n金   额：{amount}\n用   途：还款',

  // Hong Kong (Cantonese) and Taiwan Traditional, written natively.
  '你好，我係{name}，上個禮拜收到你哋嘅催收電話，仲打咗去我公司{landline}，搞到我好尷尬，唔該即刻停止。',
  '本人{name}，現居台北，之前在大陸工作時辦了信用貸款，現在催收一直打我現在的手機{foreign}，請問要怎麼處理？',
  '承辦人{name}表示，貸款撥款後須先繳保證金{amount}才能解凍帳戶，我覺得很可疑。',
  '麻煩幫我查一下，我的帳號{card}在{date}被扣了一筆{amount}的手續費，我完全沒有授權。',
  '催收人員{name}在LINE上傳訊息恐嚇我，還說知道我老家地址是{address}。',
  '貴公司客服{name}小姐態度很好，但問題一直沒有解決，請主管回電{mobile}，感謝。',
  '呢個網址{url}係咪你哋嘅？佢叫我輸入身份證號碼同埋信用卡資料。',
  '致貴公司：本人與{name}已離婚多年，其債務與本人無關，請勿再致電本人手機{mobile}。',
  '驗證碼{secret}不是我申請的，有人盜用我的電郵{email}登入你們的平台。',
  '阿嫲{name}今年八十幾歲，根本唔識用手機，點解會借咗網貸？',
  '聯絡人：{name} 先生　電話：{mobile}　地址：{address}',
  '我在{date}已經全額清償，結清證明請寄到我的電子信箱{email}，謝謝。',
  '同事{name}話佢都收過呢啲短訊，叫人轉數去{card}，大家小心。',

  // English and Chinese-English mixed.
  'Hi, this is {ename}. Your loan officer {ename} promised me {rate} but the contract says otherwise. Please call me back on {mobile}.',
  'Re: {ref}. Thanks for the reply. My account password was reset to {secret} without my request, so somebody got in.',
  'FYI 刚才那个collector叫{ename}，他用{foreign}这个号码打给我，口音像是马来西亚的',
  '我的account被lock了，客服让我提供OTP {secret}，这个正常吗？',
  'pls help!!! someone used my ID {id} to open a loan, amount {amount}, due {date}',
  '收款人 Beneficiary: {ename}; Account No.: {card}; Bank: Bank of China',
  'Meeting note: borrower {name} (contact {email}) agreed to repay {amount} over {period}. Handled by {ename}.',
  '客户说他的WeChat是{wechat}，QQ是{qq}，任何一个都可以联系',
  'The caller said he was Officer {ename} from the Public Security Bureau and told me to move {amount} into a "safe account".',
  'Emergency contact: {name}, mobile {mobile}. I never agreed to be listed.',
  'cc {ename}: wrongful debit on my card, full number {card}, please reverse it today.',
  'I got a login alert from IP {ip} at {time}, then my PIN was changed. My old PIN {secret} must have been phished.',
  '我们team的{ename}帮我问过了，她说你们的hotline {service} 根本没人接，所以直接email到{email}了',

  // Pinyin.
  'wo jiao {pname}, shouji {mobile}, qing bu yao zai da dianhua gei wo ma le',
  'ni hao, wo shi {pname}, wo de yinhangka {card} bei kou le {amount}, mashang tui gei wo',
  'cuishou de ren jiao {pname}, ta yong {landline} da dao wo gongsi qu le',
  'yanzhengma {secret} bu shi wo shenqing de!!',
  'Name: {pname} / ID No.: {id} / Tel: {mobile}',
  'shoukuanren {pname}, zhanghao {card}',

  // Very short fragments.
  '户名 {name}',
  '卡号{card}',
  '{mobile} 回电',
  '密码{secret}',
  '找{name}',
  '校验码：{secret}',
  '尾款{amount}，{date}扣',
  '{name}，女，{id}',
  '对接人{name}',
  '{mobile}（微信同号）',
  '已还，{ref}',
  '寄{address}',
  'QQ：{qq}',
  '车牌{plate}解押了没？',

  // Names with assorted cues, and with none.
  '他叫{name}，自称是你们公司风控部的，让我先交{amount}的解冻费。',
  '经办人{name}说合同原件已经寄出，让我等{date}以后再问。',
  '我打过去找{name}经理，前台说公司没有这个人。',
  '{name}昨天下午又打电话到我家里，说我儿子不还钱就要上门。',
  '家庭成员：配偶{name}，儿子{name}，母亲{name}，均未同意作为紧急联系人。',
  '钱是转给{name}的，她说是你们的合作方，收款账户{card}。',
  '我和{name}是合租室友，请不要再把催收短信发到{mobile}。',
  '推荐我借款的是我们小区的{name}阿姨，她说利息只有{rate}。',
  '那个业务员{name}已经离职了，现在谁负责我这笔{period}的分期？',
  '听说{name}也被这家公司催收过，我们准备一起去投诉。',
  '我替我爸{name}投诉，他不会用智能手机，平时用的号码是{mobile}。',
  '麻烦转告{name}，让他尽快回电{landline}。',
  '签收人：{name}（代收）',
  '快递员{name}说包裹是法院寄来的传票，要我先扫码付{amount}。',
  '担保人{name}已经去世了，你们还一直打他家座机{landline}。',
  '对接人是{name}主管，工号没告诉我，只留了一个{landline}。',
  '我妹妹{name}、我和我妈三个人都被打过电话，号码都是{mobile}。',
  '常年在外地打工，身份证上的地址是{address}，催收函却寄到了我单位。',
  '上门的两个人一个自称{name}，另一个不肯说，开的车是{plate}。',
  '以上内容属实，本人愿承担相应法律责任。\n签名：{name}\n日期：{date}',

  // Other personal values, without names.
  '收货地址：{address}（请放快递柜，不要打电话）',
  '催收函上写的户籍地址是{address}，现住址写的是{address}，两个都不对。',
  '单位地址{address}，你们的人去了两次，前台都认识他们了。',
  '他们把我的身份证号{id}和照片P成了“通缉令”，发在朋友圈里。',
  'ID: {id}｜Mobile: {mobile}｜Card: {card}',
  '公民身份号码 {id}\n签发机关 XX市公安局\n有效期限 长期',
  '请核对：证件号{id}，还款卡{card_bad}，两项信息与系统不一致。',
  '扣款卡：{card_bad}（已挂失），请改用新卡{card}扣款。',
  '异地登录IP：{ip}，设备：iPhone，时间：{time}',
  'Your account was accessed from {ip}. If this was not you, call {service} immediately.',
  '加我QQ {qq} 详聊，包下款，不看征信，就是这种广告骗了我{amount}',
  '海外来电{foreign}，接起来是录音，说我的包裹涉嫌洗钱，转人工后要我提供银行卡{card}。',
  'My brother abroad ({foreign}) is listed as my emergency contact without his consent.',
  '链接{url}是你们发的吗？点开就自动填好了我的手机号。',
  '车牌号码 {plate}｜车架号 已隐去｜贷款余额 {amount}',
  'The collector showed up at {address}, which is my parents\' home, at {time}.',
  '户籍地：{address}；现居住地：同上；手机：{mobile}',
  '微信{wechat}被你们的催收拉黑又加回来，反复骚扰。',
  '我的新邮箱{email}，旧邮箱停用了，以后电子账单发新的。',
  '身份证复印件上写着{id}，可那不是我，我的身份证号码是{id}。',

  // Decoy-heavy sentences with surname-initial everyday words and no personal value.
  '马上就到还款日了，白条和金条都要还，{amount}实在周转不过来，方便的话能不能延期到{date}？',
  '你们的服务一点也不周到，打{service}一直排队到{time}也没人接。',
  '高兴得太早了，说好的免息，{period}之后每期还是扣了{amount}。',
  '黄金会员费{amount}是默认勾选的，我根本不知道，要求退回到钱包里，{ref}。',
  '于是我又打了400-820-1234，对方说利率{rate}是系统定的，任何人都改不了。',
  '合同编号JK20240317-0086，借款{amount}，{period}，每月15日还款，石沉大海一样没人回复。',
];
