/**
 * BLIND4 templates: a fourth held-out split, written on 2026-12-01 by an independent evaluation
 * author (an agent separate from the engine's developer, working at the same time). The author read
 * only the eval harness (corpus.gen.ts, values*.gen.ts, decoys.gen.ts, prng.ts, evaluate.ts, the
 * earlier template files), pii.types.ts and the shared domain facts and seeds; NOT the recognizers,
 * lexicons, cue-word or given-name lists. The engine was never run on these templates; the only run
 * was a corpus-generation check that gold offsets are right and that nothing throws.
 *
 * The engine MUST NEVER be tuned on this split, and its developer should not read it: a miss here
 * is a measurement, not a to-do list. Once anyone tunes on it, it stops being blind.
 *
 * Styles: one-line and long consumer complaints, agent work-order notes, call and chat transcripts,
 * collection records, forwarded SMS, relatives writing for someone, regulator and court paperwork,
 * social-media posts, natively written HK / TW Traditional, English and mixed text. Names appear as
 * subjects, objects, after verbs, in 、-lists, with relations and titles, in signatures and in form
 * fields with varied labels, with and without cue words. Fixed text holds realistic decoys (amounts,
 * dates, order and contract numbers, service numbers, app and company names, everyday words that
 * begin with a surname character) and no real personal value.
 *
 * Slots as in corpus.gen.ts fill(), incl. {pname} and {cvv}. Names, English / pinyin names and
 * secrets come from values.blind3.gen.ts (population-like mix). Natively Traditional templates are
 * always rendered Traditional, as for blind2 and blind3.
 */
export const BLIND4_TEMPLATES: readonly string[] = [
  // One-line complaints.
  '催收的说他姓什么都不肯讲，最后才说叫{name}，号码{mobile}。',
  '我根本不认识{name}，凭什么天天打给我要钱？',
  '本人{name}，要求注销账户并删除我的全部信息。',
  '借款人是{name}不是我，我只是他前同事，请删除我的号码{mobile}。',
  '高利贷也没你们这么狠，{amount}借了三个月要还双倍。',
  '周末两天被打了四十多个电话，都是{landline}这个号。',
  '黄金会员我没开过，每月自动扣{amount}，卡号{card}。',
  '昨天来电的那位{name}经理说可以减免，今天又说不行了。',
  '请问{name}这个人是你们公司的员工吗？他加我微信{wechat}说能内部提额。',
  '我的邮箱{email}每天收到十几封催款邮件，收件人写的是{name}。',
  '你们把我的住址{address}告诉了我房东，房东现在要我搬走。',
  '帮我查一下身份证{id}名下有几笔借款，我怀疑被冒用了。',
  '还款日是{date}，我提前一天还的，为什么还算逾期？',
  '林业局上班的老实人一个，从来没借过网贷，号码{mobile}却上了催收名单。',
  '客服说我的QQ号{qq}已绑定贷款账户，我从来没绑过。',

  // Long complaints.
  '我想投诉你们的第三方催收。事情是这样的：我在{date}借了{amount}，选的是{period}，前面一直正常还，最近因为单位裁员断了两期，结果催收员直接打到了我老家，我爸接的电话，对方说“你儿子{name}再不还钱就要被抓”，我爸有高血压，当晚就进了医院。我要求你们公开道歉并且停止联系我家人，我的联系方式是{mobile}。',
  '本人于今年三月通过某APP申请了一笔“装修贷”，审批时业务员{name}让我先把银行卡{card}和身份证{id}拍照发给他，说是走绿色通道，后来我发现这笔贷款的实际用途被写成了“消费”，合同上写的是{rate}，远高于他口头承诺的。我现在想提前还款，平台却要收{amount}违约金，这合理吗？',
  '情况说明：{date}{time}左右，我在家看电视，一个自称“银保监会工作人员”的人打我手机，说我名下有一个校园贷账户没注销，会影响征信，让我配合操作。他报出了我的全名和身份证后几位，我就信了。后来他让我把短信里的验证码告诉他，我说了{secret}，之后我的储蓄卡被转走了{amount}。请平台核查这笔交易的收款方，我的电话{mobile}。',
  '我母亲今年六十八岁，不会用智能手机，去年被一个叫{name}的推销员上门推销了一款“养老分期”，用的是她的身份证{id}，绑定的却是推销员自己的手机号{mobile}，所以所有账单短信我妈都收不到，直到逾期催收打到我这里我才知道。我现在要求平台撤销这笔分期，并追究推销员的责任。',
  '你们系统里登记的紧急联系人{name}是我前妻，我们{date}就离婚了，我多次要求修改联系人，客服每次都说提交了，结果催收还在打她，她现在要起诉我骚扰。新的联系人是我哥{name}，电话{mobile}，请务必更新。',
  '我是一名外卖骑手，收入不稳定，今年找过你们三次协商还款，每次都是不同的人接，第一次是{name}，第二次是{name}，都说会有专人回电，结果一次都没有。最后一次通话是{date}{time}，{ref}，请你们认真看一下。',

  // Agent notes.
  '回访记录：客户{name}对处理结果表示满意，已结案。',
  '备注：{name}（借款人之妻）来电，称借款人在外务工，由其代为协商，已告知需本人授权。',
  '{ref}｜来电号码{mobile}｜客户自称{name}｜核身：未通过（身份证后六位不符）｜处理：引导本人来电',
  '【坐席备注】客户情绪激动，多次提到要去找记者曝光，安抚后同意由组长{name}于明日回电。',
  '处理结果：退还多收利息{amount}至客户尾号卡，客户{name}确认收到短信通知。',
  '客户修改预留手机：原号码{mobile} → 新号码{mobile}，已核实本人视频认证。',
  '三方通话：坐席、客户{name}、客户律师{name}，律师要求提供完整合同与放款凭证。',
  '投诉升级审批｜申请人：{name}（客服二组）｜审批人：{name}（消保部）｜原因：客户扬言向监管投诉',
  '核身记录：姓名 {name}；证件 {id}；预留手机 {mobile}；结果 一致',
  '客户要求邮寄结清证明，收件地址：{address}，收件人：{name}，电话{mobile}。',
  '抄送：风控部 马上处理 / 法务部 {name} / 客服中心 全体',
  '注意：该客户曾在通话中报出银行卡密码{secret}，录音已标记为敏感，禁止外调。',
  '外呼失败原因：空号。系统号码{mobile}，建议通过邮箱{email}联系客户。',
  '交接：今天下班前没处理完的单子交给{name}，明早{name}接班。',

  // Call transcripts.
  '坐席：您好，请问是{name}女士吗？\n客户：你哪位？\n坐席：我这边是贷后服务中心的。',
  '客户：喂，我是{name}，我昨天打过电话的\n坐席：好的，请您报一下身份证号码核实一下\n客户：{id}',
  '坐席：系统已经给您发了一个六位数的验证码，请不要告诉任何人，包括我们\n客户：我收到了，{secret}，这样可以了吧？\n坐席：女士，请您马上修改，我们不需要。',
  '[录音转写 {time}]\n催收员：你认识{name}吗？\n接听人：认识，怎么了？\n催收员：他欠我们钱，你让他赶紧还\n接听人：你们凭什么跟我说这个？',
  '坐席：请问还有别的诉求吗？\n客户：还有，我想把还款卡改成{card}\n坐席：好的，需要您本人在APP上操作。',
  '客户：我的登录密码好像被人改了\n坐席：您原来的密码还记得吗？\n客户：原来是{secret}，现在登不上了',
  '坐席：您的卡片有效期和背面三位数我们这边不需要\n客户：哦，那刚才那个人让我报了，是{cvv}\n坐席：请立即致电发卡行挂失。',
  '客户：你们的人叫我转账到一个对公账户\n坐席：我们不会这样操作的，对方有没有说他叫什么？\n客户：说是{name}，风控部的',
  '主叫：{mobile}\n被叫：{mobile}\n摘要：被叫人表示不认识借款人{name}，要求删除号码，坐席已登记。',
  '坐席：先生，您说的那位同事全名是？\n客户：{name}，我们组长\n坐席：好的，我记一下。',
  '客户：我报一下交易密码你帮我查\n坐席：不用不用\n客户：{secret}\n坐席：先生，这个密码已经不安全了，请您挂机后马上修改。',
  '坐席：我是消保专员{name}，您的投诉由我跟进，后续有问题可以直接打{service}转我。',

  // Chat transcripts.
  '在线客服会话\n用户：我要投诉\n客服小助手：请问您的注册手机号是？\n用户：{mobile}\n客服小助手：好的，已为您转人工。',
  '用户：验证码收到了 {secret}\n人工客服：亲，验证码请不要发给任何人哦，包括客服~',
  '[微信聊天截图]\n对方：把卡号和背面的码发我，我帮你提额\n我：{card} 背面{cvv}\n对方：好的稍等',
  '用户：你好，我叫{name}，我的借款为什么被拒了\n智能客服：您好，综合评估未通过，请三个月后再试。',
  '用户：能不能把我爸{name}的账单发我邮箱{email}\n客服：抱歉，账单信息仅能发送给本人。',
  '客服：请提供一下您的收货人姓名和地址\n用户：{name}，{address}\n客服：好的，分期手机将在三个工作日内发出。',
  '买家：怎么又扣款了？\n卖家客服：您是{name}吗？您开通了分期（{period}），每月自动扣{amount}哦',
  '群聊记录（被催收员拉的群）：\n催收员：大家好，群里的{name}欠钱不还，请各位亲友督促\n我同事：？？？',

  // Collection records.
  '催收日志 {date}\n{time} 外呼借款人{name}，无人接听\n{time} 外呼紧急联系人{name}（父亲），承诺转告',
  '承诺还款：{name}承诺于{date}还款{amount}，如未履约转入下一阶段。',
  '账单（{period}）已逾期，借款人{name}，户籍地址{address}，建议委外。',
  '外访报告：外访员到达借款人单位，前台称{name}已离职两个月，新单位不详。',
  '投诉核查结论：催收员{name}在{date}向借款人邻居{name}透露债务信息，违规属实，扣罚委外机构。',
  '委外机构名单：甲方催收组长{name}，乙方对接人{name}，联系电话{landline}。',
  '催收短信模板违规：“{name}你好，你的欠款已移交当地派出所”，该模板已下线。',

  // Forwarded SMS.
  '转发一条短信给你们看：“【急用钱】{name}您好，您有一笔{amount}的额度待领取，点击{url}”',
  '收到短信“您的验证码为{secret}，5分钟内有效，如非本人操作请忽略”，但我根本没操作过。',
  '这条短信是你们发的吗：“尊敬的客户，您尾号卡片于{date}消费{amount}，如有疑问请致电{landline}”',
  '我老婆转给我的短信：“{name}女士，您丈夫{name}在我司逾期，请代为还款。”',
  '短信：“【省心借】您本次的动态密码是{secret}，请勿告知他人。”我手机被人远程控制了！',
  '他们用{mobile}给我发：“再不还款，明天就去你单位{address}找你领导。”',
  'SMS: [Bank] Your one-time passcode is {secret}. Never share it with anyone. — I never requested this.',

  // Relatives writing for someone.
  '我替我舅舅{name}写这封投诉，他不识字，去年在镇上被人办了一张信用卡，卡号{card}。',
  '我是{name}的妻子，我丈夫脑梗后一直卧床，请你们不要再打他的电话{mobile}了。',
  '我儿子{name}还在读大二，被人骗着借了五个平台的网贷，我作为监护人请求你们协商。',
  '本人{name}，系借款人{name}之女，现代为处理其债务事宜，附委托书及身份证复印件。',
  '替我外婆投诉：她叫{name}，住{address}，被推销员骗去买了“保本理财”{amount}。',
  '我跟我妹妹{name}、我弟弟{name}三个人的号码都被填成了联系人，借款人是我们表哥。',
  '我爸{name}去世前借的钱，我们做子女的没继承遗产，是否还需要还？',
  '你好，我是小孙，我奶奶叫{name}，她的手机{mobile}一直收到你们的还款短信，她从来没借过钱。',

  // Regulator and court paperwork.
  '金融消费纠纷调解受理通知书\n申请人：{name}\n被申请人：某消费金融有限公司\n调解员：{name}\n受理日期：{date}',
  '投诉人姓名：{name}\n证件号码：{id}\n联系地址：{address}\n被投诉机构：某银行信用卡中心\n投诉事项：违规催收',
  '监管转办｜{ref}｜反映人：{name}｜手机：{mobile}｜要求：15个工作日内答复并报送处理结果',
  '答复函\n{name}先生：\n您反映的关于分期手续费的问题已收悉，经核查，我司将退还{amount}。',
  '民事判决书\n原告：某小额贷款有限公司\n被告：{name}，男，住{address}\n委托诉讼代理人：{name}，某律师事务所律师',
  '执行通知书\n被执行人：{name}\n身份证号：{id}\n执行标的：{amount}及利息',
  '证人证言\n证人：{name}\n与当事人关系：同事\n证言：我曾亲耳听到催收员在电话里辱骂{name}。',
  '听证通知：当事人{name}，请于{date}{time}到场，联系人：{name}，电话{landline}。',
  '送达地址确认书\n受送达人：{name}\n电子送达邮箱：{email}\n手机号码：{mobile}',
  '律师函\n致：{name}\n本所受某消费金融公司委托，就您借款（{period}）逾期一事，特函告如下。',
  '信访登记表｜来访人：{name}｜同行人：{name}（配偶）｜事由：被冒名贷款',

  // Social-media posts.
  '#网贷暴力催收# 家人们谁懂啊，催收员{name}在我朋友圈评论区骂我，截图都在这儿了',
  '曝光！这个叫{name}的自称某银行客户经理，专门骗老人办理财，电话{mobile}，大家小心',
  '小红书求助：被扣了{amount}的会员费能退吗？客服说要本人打{service}',
  '微博@消费金融官方 请你们管管你们的催收，天天打我爸妈电话，我已经说了{date}还',
  '抖音评论：我也被这家坑过，业务员叫{name}，跟楼主说的是同一个人吗？',
  '知乎回答：我亲身经历，借了{amount}，到手{amount}，所谓“砍头息”就是这样。',
  '贴吧：有没有人认识{name}？他用我的身份信息在好几个平台借了钱。',
  '避雷帖：千万别信加微信{wechat}的所谓“征信修复”，我已经被骗了{amount}。',

  // HK / TW Traditional, written natively.
  '本人{name}，於{date}收到貴公司催收電話，對方態度惡劣，要求立即停止騷擾。',
  '我係{name}，你哋嘅職員成日打去我公司，我老闆已經問咗好多次。',
  '你好，我阿媽叫{name}，佢唔識用手機，但係收到你哋好多短訊話佢欠錢。',
  '投訴人：{name}\n聯絡電話：{foreign}\n電郵：{email}\n投訴內容：信用卡年費未經同意扣除',
  '客戶{name}致電表示未曾申請貸款，懷疑身份證被盜用，已轉交風控部門跟進。',
  '這個月的帳單多了一筆{amount}的手續費，客服說是分期的，可是我從來沒有申請過分期，請查明。',
  '我是{name}的先生，我太太住院期間你們一直打電話到病房，請你們有點同理心。',
  '您好，我是{name}，上週在貴行辦理信貸時，專員說不會有額外費用，但合約上寫的是{rate}。',
  '催收人員自稱{name}，打到我媽家裡的市話{landline}，還說要去學校找我小孩。',
  '轉寄簡訊：「【銀行】您的OTP驗證碼為{secret}，請勿提供給任何人」，但我沒有在網路上消費。',
  '客服：請問您的卡號？\n客戶：{card}\n客服：好的，背面三碼不用提供喔。\n客戶：好，可是剛剛有人叫我講，我講了{cvv}。',
  '致：金融消費評議中心\n申訴人：{name}\n相對人：某銀行\n申訴事由：代償業者冒用本人資料',
  '阿伯{name}被叫去辦貸款，代辦公司收了{amount}的費用，貸款卻沒下來。',

  // English and mixed.
  'Hi, my name is {ename} and I never applied for any loan with your company. Please remove my number {foreign}.',
  'Complaint from {ename}: your agent {name} called my office three times today.',
  'To whom it may concern, I am writing on behalf of my mother {name}. She received a court notice by email at {email}.',
  'Agent note: customer {pname} requested a refund of {amount}; verified via passport and mobile {mobile}.',
  'Caller said "this is {ename} from the fraud team, please read me the code". I told him {secret}. Stupid of me.',
  'Card number {card}, expiry 09/28, CVV {cvv} — this is what the scammer asked me to type into the fake page.',
  'Please contact my lawyer, {ename}, at {email} for any further communication.',
  'Hey, just FYI, the collector who called is {ename}, his number was {foreign}.',
  'Your password reset code is {secret}. If you did not request this, call {service}.',
  'Regards,\n{ename}\nFinance Dept.',
  '我的英文名是{ename}，护照上的拼音是{pname}，你们系统里两个名字对不上导致还款失败。',
  'Boss说让{name}去跟那个customer谈，她英文好。',
  '收件人 Recipient：{pname}\n地址 Address：{address}\n电话 Tel：{mobile}',
  'Our client {pname} (ID {id}) disputes the debt of {amount}.',
  'PIN: {secret}\nPlease change it after first login.',

  // Names in varied positions and form labels.
  '经办人：{name}　复核人：{name}　日期：{date}',
  '联系人1：{name}（同事）{mobile}；联系人2：{name}（朋友）{mobile}',
  '借款人姓名 {name} 性别 女 民族 汉',
  '户主{name}，家庭成员：{name}、{name}、{name}',
  '签名：{name}\n{date}',
  '此致\n敬礼！\n投诉人：{name}\n{date}',
  '——{name}，于病床上口述，由女儿代笔',
  '申请人（签字）：{name}　　见证人（签字）：{name}',
  '贷款经理{name}、风控专员{name}和催收主管{name}都说这件事不归他们管。',
  '那天接待我的是{name}，不是你们说的那个人。',
  '我打电话问了{name}，他说他也收到了同样的短信。',
  '找{name}借的钱早就还了，你们系统怎么还挂着？',
  '听说{name}也被这个平台坑了，我们准备一起去起诉。',
  '昵称：小鱼儿　真实姓名：{name}　绑定邮箱：{email}',
  '持卡人 {name}　卡号 {card}　有效期 08/29　安全码 {cvv}',
  '收款户名：{name}　收款账号：{card}　开户行：某银行某支行　金额：{amount}',

  // Secrets in varied phrasing.
  '验证码给了他，{secret}，然后钱就没了。',
  '他让我把“交易密码”设成{secret}，说这样方便他帮我操作。',
  '我的支付宝密码和银行卡取款密码都是{secret}，现在全被盗了。',
  '对方要的是“安全码”，我当时不知道就是卡背面的{cvv}。',
  '系统生成的初始密码为{secret}，首次登录后请立即修改。',
  '动态口令：{secret}（有效期60秒）',
  '我念了两遍验证码：{secret}，他说没收到，我又念了一遍新的{secret}。',
  '登录账号是我的手机{mobile}，密码{secret}，麻烦帮我查一下为什么被冻结。',
  // Other identifiers in context (plates, IPs, links, accounts).
  '车贷结清三个月了，车牌{plate}的绿本还押在你们合作的车商那里，车主{name}。',
  'GPS定位器装在我车上（{plate}），催收员{name}直接开到我小区门口堵我。',
  '风控日志：账户{mobile}于{time}从IP {ip}异地登录，随后修改了绑定银行卡。',
  '客户称从未在外地登录过，后台显示最近一次登录IP为{ip}，设备为安卓手机。',
  '对方发来的“退款链接”是{url}，我点进去填了卡号和验证码{secret}。',
  '加了一个QQ群，群主QQ{qq}，说交{amount}“解冻费”就能放款。',
  '催收员用微信号{wechat}加我，备注写的是“{name}法务部”。',
  '我在香港工作，号码是{foreign}，请不要再打我内地父母的座机{landline}。',
  '電話打到我台灣的手機{foreign}，對方自稱{name}，講話很兇。',
  'Loan agent {ename} asked me to add him on WeChat ({wechat}) and send a photo of my ID {id}.',
  '小区保安说有两个人开着{plate}的车来找{name}，自称是银行的。',
  '微信转账记录里收款人显示“{name}”，微信号{wechat}，就是那个说能帮我下款的中介。',
  // More names without cue words and in running text.
  '{name}说她那天根本没去门店，合同上的签名不是她签的。',
  '上周五{name}和我一起去的营业厅，当场就被推销了信用卡分期。',
  '麻烦转告{name}，他的结清证明已经开好了，可以到网点领取。',
  '你们能不能通知{name}，别再用我的号码当联系人了？',
  '我把情况告诉了{name}，{name}又告诉了她老公，现在全家都知道我欠钱了。',
  '老板{name}让我们每人用自己的身份证帮公司借一笔，说他来还，现在人跑了。',
  '催收那边的{name}和{name}轮流打，一个唱红脸一个唱白脸。',
  '谢谢{name}耐心帮我处理，比上次那个客服强多了。',
  '请把这件事交给{name}处理，她之前跟过我的单子。',
  '致{name}同志：经研究，您反映的问题已转相关部门办理。',

  // More HK / TW Traditional.
  '您好，這裡是客服中心，關於您投訴的催收問題，負責同事{name}會在三個工作天內回覆。',
  '我同{name}講咗好多次，佢都唔肯幫我改還款日期。',
  '收到一則簡訊說我的帳戶被凍結，要我打給{name}專員，電話{mobile}，這是詐騙嗎？',
  '代辦業者要我把網銀密碼{secret}給他，說是要幫我「美化金流」。',
  '家屬{name}表示借款人已於上月過世，請求停止催收並寄送相關文件至{address}。',
  '請問一下，我爸爸{name}的信用卡帳單可以寄到我的信箱{email}嗎？',
  '客服：為了驗證身分，請告訴我您的出生年月日。\n客戶：民國七十五年三月\n客服：好的，{name}小姐，請問還有什麼需要協助？',

  // More English and mixed secrets and names.
  'Agent: Can you confirm the 6-digit code we just sent?\nCustomer: It says {secret}.\nAgent: Sorry, we never ask for that. Please reset it now.',
  'My online banking password was {secret} and now someone has changed it. Account holder: {ename}.',
  'Chat log\n[10:42] Customer: my OTP is {secret}\n[10:42] Bot: Please do not share one-time codes.',
  'Forwarded by {ename}: "Dear customer, your card ending 4821 has been locked, reply with CVV {cvv} to unlock."',
  '我HK的朋友{ename}也收到同一条短信，他的号码是{foreign}。',
  'cc: {ename}, {ename}\nRe: complaint about debt collection calls',
  '客户说验证码是“{secret}”，坐席没有制止，质检扣分。',
  '取款密码{secret}是我生日，我就告诉了那个“民警”，他说要核对资金安全。',
];
