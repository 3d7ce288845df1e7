/**
 * BLIND3 templates: a third held-out split, written on 2026-12-01 by an independent evaluation
 * author (an agent separate from the engine's developer, working at the same time). The author read
 * only the eval harness (corpus.gen.ts, values*.gen.ts, decoys.gen.ts, prng.ts, evaluate.ts, the
 * earlier template files), pii.types.ts and the shared domain facts and seeds; NOT the recognizers,
 * lexicons, cue-word or given-name lists. The engine was never run on these templates; the only run
 * was a corpus-generation check that gold offsets are right.
 *
 * The engine MUST NEVER be tuned on this split, and its developer should not read it: a miss here
 * is a measurement, not a to-do list. Once anyone tunes on it, it stops being blind.
 *
 * Styles: short and long consumer complaints, agent work-order notes, call transcripts (with the
 * code said on the next line), collection-call records, quoted SMS, relatives writing for someone,
 * regulator referral forms, court / lawyer / notary documents, e-commerce and delivery chats,
 * social-media posts, natively written HK / TW Traditional, English and mixed text. Fixed text holds
 * realistic decoys (amounts, dates, order / contract numbers, service numbers, everyday words that
 * begin with a surname character, product, place and company names) and no real personal value.
 *
 * Slots as in templates.dev.ts plus {pname} (pinyin name) and {cvv} (3-digit card security code,
 * gold type `secret`). Names, English / pinyin names and secrets come from values.blind3.gen.ts.
 * Natively Traditional templates are always rendered Traditional, as for blind2.
 */
export const BLIND3_TEMPLATES: readonly string[] = [
  // Short consumer complaints.
  '我是{name}，你们的人天天打我电话，我已经说了下个月发工资就还。',
  '本人手机{mobile}，从来没在你们平台注册过，为什么会收到还款提醒？',
  '投诉：{date}被扣了{amount}会员费，我根本没开通过，请退回原卡{card}。',
  '求助！我男朋友{name}用我的身份证{id}借了钱跑了，现在催收找我。',
  '张口就骂人，这就是你们的催收？他自己说叫{name}，工号不肯报。',
  '我妈妈叫{name}，已经七十三了，请你们核实一下她怎么会有一笔{period}的借款。',
  '利息太高了，合同写的{rate}，实际算下来快翻倍了，借款人：{name}。',
  '王牌产品“极速贷”就是个坑，{amount}到手只有一半。',
  '请把我的号码{mobile}从紧急联系人里删掉，我跟{name}早就不来往了。',
  '你们客服{name}答应今天给我回电话，等到现在也没有。',
  '我上个月已经结清了，结清证明麻烦发到{email}。',
  '地址{address}不是我家，催收函别再往这里寄了，住户被吓坏了。',
  '有个叫{name}的一直在抖音私信我，说能帮我“征信修复”，收费{amount}。',
  '车贷已还完，车牌{plate}的抵押到现在还没解除。',
  '周转不开，申请延期还款，借款人{name}，注册手机号{mobile}。',

  // Long rambling complaints.
  '我今年五月份在手机上看到广告，说是能借到二十万，我就点进去填了资料，包括身份证{id}、银行卡{card}，结果一分钱没借到，反而被扣了{amount}的“审核费”，后来我打{service}问，客服说这不是他们的官方渠道，那我的资料现在到底在谁手里？',
  '先说明一下情况，借款人是我弟弟{name}，他{date}出车祸住院了，到现在还在ICU，根本没办法还款，我作为家属多次联系你们申请停催，你们的催收员还是每天打他的手机{mobile}和我父母家的座机{landline}，我想问一下你们还有没有一点人性。',
  '事情经过：{date}下午我接到一个电话，对方说他是某某金融的客服，说我的账户有异常，需要配合注销，然后让我下载了一个会议软件开屏幕共享，我当时懵了，就照着做了，他让我念短信里的数字，我就念了{secret}，过了几分钟我的卡{card}就被转走了{amount}。我已经报警了，回执号也有，希望平台协助冻结。',
  '我在你们合作的商场门店办了手机分期，销售叫{name}，当时他说零首付零利息，{period}每期只要{amount}，结果第一期账单出来多了服务费和保险费，我回店里找他，店员说他已经离职了，留的电话{mobile}也打不通了。',
  '我老公{name}背着我在好几个平台借钱，现在我们在办离婚，我想知道我的手机{mobile}为什么会被他填成联系人，我从来没同意过，你们也没有打电话跟我核实，这是不是违反了个人信息保护法？',
  '去年疫情期间收入断了，我主动联系过你们协商还款，对接人{name}说可以先停息挂账，结果今年他不认了，说没有这个政策，我手里有录音，通话时间是{date}{time}，你们可以自己去调。',

  // Agent work-order notes.
  '工单备注：来电人{name}，本人核身通过，诉求为减免罚息，已告知按政策最多减免至{amount}，客户不接受，升级至投诉组。',
  '【处理记录】{date} 联系客户{name}，号码{mobile}，客户未接听，已发送短信告知回电，待二次外呼。',
  '工单信息（{ref}）：投诉人称催收人员向其同事{name}透露欠款情况，已调取录音核实，情况属实，已对外包机构扣分。',
  '转交说明：客户要求本人以外不得接听，授权联系人仅为其配偶{name}（手机{mobile}），其余联系人请全部屏蔽。',
  '二线处理意见：同意退还担保费{amount}，退款卡号{card}，户名{name}，预计5个工作日到账。',
  '跟进：客户说上次是{name}接的电话，要求继续由同一坐席跟进，已备注。',
  '投诉分类：信息泄露｜客户：{name}｜身份证后四位已核｜联系邮箱：{email}｜紧急度：高',
  '备注：客户提供的还款凭证显示付款卡为{card_bad}，与系统登记不一致，已请客户补充银行流水。',
  '外包机构反馈：借款人{name}已失联，预留地址{address}查无此人，建议转法诉。',
  '坐席自述：通话中客户突然报出了自己的登录密码{secret}，已提醒客户立即修改，该段录音已申请脱敏。',
  '质检抽查：坐席工号A2087在通话中称“{name}女士，您今天不还款我们就上门”，属于不当言语。',
  '升级：客户称已向12378投诉，并提供了通话截图，截图中来电号码为{landline}。',

  // Call transcripts (code on the next line).
  '坐席：为了保障您的账户安全，请报一下刚收到的短信验证码。\n客户：稍等我看一下……\n客户：{secret}\n坐席：好的，核验通过。',
  '客户：你们说要验证码，我念给你啊\n坐席：不不不，我们不会索要验证码\n客户：可是刚才你们的人打来要了，我已经给了，是{secret}',
  '来电录音转写\n坐席：您好，这里是客服中心，请问怎么称呼？\n客户：我叫{name}，是借款人本人\n坐席：好的，请问有什么可以帮您？',
  '坐席：请问是机主本人吗？\n对方：不是，我是他老婆\n坐席：那麻烦您转告{name}先生，账单已经逾期了\n对方：他人在外地，你打他另一个号{mobile}',
  '录音第3段：\n{name}：我说过了，我不认识这个借款人\n催收员：那你的号码怎么会在他的通讯录里？\n{name}：我哪知道，你们去问他',
  '坐席：请提供您的卡片背面的三位安全码\n客户：背面那个？\n客户：{cvv}\n坐席：（此处坐席违规，已质检）',
  '客户：密码我改过了，新的是\n客户：{secret}\n坐席：先生请不要在电话里报密码，我们不需要。',
  '坐席：您的支付密码请在按键上输入，不要说出来。\n客户：哦，{secret}对吧？\n坐席：……请您尽快修改密码。',
  '主叫{mobile} 被叫{landline} 通话时长4分12秒\n催收员：你是{name}的什么人？\n接听人：同事，她已经离职了',
  '[通话记录 {time}]\n客户{name}：我已经在{date}还了{amount}\n坐席：系统还没显示，请提供流水号',
  '坐席：动态码有六位，您看一下\n客户：3……不对，我重新念，{secret}',

  // Collection-call records.
  '催收记录：{date}{time} 拨打借款人{name}，提示关机；拨打联系人{name}（母亲），对方表示会转告。',
  '催记：第3次外呼，借款人承诺{date}前还款{amount}，还款卡尾号0316，承诺人{name}。',
  '委外催收日志：联系人{name}，关系：朋友，态度：拒绝转告，备注：要求删除其号码{mobile}。',
  '催收员{name}（工号未报）于{time}使用号码{mobile}致电投诉人单位，并向前台透露欠款金额{amount}。',
  '上门外访记录：外访员{name}、{name}于{date}前往{address}，未见到借款人，已留下联系卡。',
  '催收话术违规通报：{name}在通话中使用“老赖”“坐牢”等词语，对象为借款人的父亲。',

  // Consumers quoting SMS.
  '今天收到短信：“{name}，您在我司的欠款已逾期{period}，已启动司法程序，请速联系{landline}。”这是不是你们发的？',
  '短信内容如下：【某某消费金融】验证码{secret}，用于登录，请勿泄露给他人。我根本没登录。',
  '截图里的短信写着：“尊敬的{name}先生/女士，您的额度已提升至{amount}，回复1立即领取”，退订回T都没用。',
  '他们发给我女儿的短信：“你妈{name}欠钱不还，请督促其还款，否则后果自负。”我女儿才上初中。',
  '收到“您的账户{card}存在风险，请点击{url}进行实名认证”，我差点就点了。',
  '短信原话：“【快递驿站】您的包裹已到，取件码8-2-3017，请凭码领取”，同一时间又收到一条贷款验证码{secret}，这也太巧了吧',
  '“{name}：法院传票已生成，案号（2025）民初字第3127号，请于三日内联系承办人{name}，电话{mobile}。”这种短信是真的吗？',
  '“您尾号的账户于{time}支出{amount}，余额不足，如非本人操作请致电{service}。”可是我这几天都没用卡。',

  // Relatives writing on behalf of someone.
  '我是{name}的儿子，替我父亲投诉。他今年八十岁，听力不好，却接到你们一天十几个催收电话。',
  '代我母亲{name}提出投诉，她的身份证号为{id}，授权委托书已上传。',
  '我姐{name}患抑郁症住院，你们的催收人员还打到医院护士站，电话{landline}，请立即停止。',
  '家属代诉：借款人{name}已于{date}去世，死亡证明已提供，请停止向其配偶{name}催收。',
  '我是借款人的女儿{name}，联系电话{mobile}，我父亲的事情以后请直接联系我。',
  '我爷爷{name}被推销了养老理财，说是保本，投了{amount}，现在取不出来。',
  '替朋友问一下，他叫{name}，在你们这借了{amount}，现在想协商分{period}还，可以吗？',
  '我和我老婆{name}的手机号都被泄露了，她的号码是{mobile}，每天都有推销贷款的。',

  // Regulator referral forms.
  '消费投诉转送函\n转送单位：某市金融消费权益保护协会\n投诉人：{name}\n联系方式：{mobile}\n投诉内容：反映贷款被强制搭售意外险',
  '信访事项转办通知\n信访人：{name}　性别：男　身份证号码：{id}\n住址：{address}\n请于30日内办结并答复信访人。',
  '12345市民热线工单｜诉求人：{name}｜电话：{mobile}｜诉求：网贷平台暴力催收｜承办单位：区金融办',
  '国家金融监督管理总局某监管分局 投诉转办单\n当事人：{name}\n证件：居民身份证 {id}\n被投诉机构：某银行信用卡中心',
  '调解申请书\n申请人：{name}，手机{mobile}\n被申请人：某小额贷款有限公司\n请求事项：确认借款合同中超过法定上限的利息无效。',
  '黑猫投诉同步｜投诉编号SH2025112600421｜用户昵称：吃土少女｜实名：{name}｜要求：退还砍头息',
  '市场监管局转来：消费者{name}反映电商平台分期免息活动实际收取手续费{amount}，联系电话{landline}。',

  // Court, lawyer and notary documents.
  '民事起诉状\n原告：{name}，女，汉族，住{address}，公民身份号码{id}\n被告：某网络小额贷款有限公司',
  '委托人{name}特委托{name}律师作为其与某消费金融公司借款合同纠纷一案的诉讼代理人。',
  '（2025）沪0115民初字第8821号\n申请执行人：某融资租赁有限公司\n被执行人：{name}，联系电话{mobile}',
  '公证书\n申请人：{name}，身份证号{id}\n公证事项：保全证据（手机短信）\n公证员：{name}',
  '律师意见书：经审查，{name}与贵司签订的借款合同约定年利率{rate}，已超出一年期LPR四倍，建议协商处理。',
  '送达回证\n受送达人：{name}\n送达地址：{address}\n送达文书：应诉通知书、举证通知书\n送达人：{name}',
  '法院短信：{name}，您有一份电子送达文书，请登录{url}查看，验证码{secret}。',
  '证人证言：我叫{name}，是原告的邻居，{date}晚上我看见有两个人在原告家门口喷漆。',
  '本人{name}不服（2024）京0105民初45120号判决，现提起上诉，联系电话{mobile}。',

  // E-commerce and delivery chats.
  '买家：我刚才付了{amount}，显示分期了？我没选分期啊\n客服小蜜：亲亲，请提供订单号哦\n买家：{ref}',
  '快递小哥：您好，{name}是吧，您的快递放门卫了\n我：我没买东西啊\n快递小哥：寄件人写的“法务部”',
  '骑手{name}：您的外卖到了，我在楼下，电话{mobile}\n顾客：好的马上下来',
  '卖家：亲，退款已经处理了，原路退回到您尾号的卡\n买家：我的卡号是{card}，到现在都没到',
  '客服：请提供收货人姓名和电话\n用户：收货人{name}，电话{mobile}\n客服：好的，已为您加急处理',
  '用户：分期付款页面让我输入卡背面的CVV\n用户：我输了{cvv}，然后就被扣款了\n平台客服：请您立即联系发卡行冻结',
  '物流客服：您好，您的包裹因地址不详退回，请确认收件地址\n用户：{address}，收件人{name}',
  '闲鱼买家说付款要我先把验证码发给他，我把{secret}发过去了，结果我的支付账户被登录了。',

  // Social-media posts.
  '#网贷暴力催收# 再发一遍，催收员{name}，号码{mobile}，大家看到这个号码别接！',
  '小红书笔记：被消费贷套路的第30天，今天终于联系上了客服主管{name}，答应减免{amount}，姐妹们一定要坚持投诉！',
  '微博：@某某金融 你们的催收把我的身份证照片和名字{name}发到了我的朋友圈评论区，已截图，律师已在路上。',
  '知乎回答：我当时借了{amount}，{period}，实际年化{rate}，手机号{mobile}被爆通讯录，亲戚全知道了。',
  '抖音评论：楼上说的{name}我也遇到过，说是什么“债务优化”，先收一笔手续费。',
  '贴吧求助：有没有人知道这个邮箱{email}是哪家公司的？天天给我发逾期通知。',
  '朋友圈：谁认识{name}？欠我两万块钱不还，电话{mobile}，已拉黑我。',

  // HK Traditional, written natively.
  '你好，我係{name}，張信用卡{card}上個月俾人盜用咗，碌咗{amount}，我已經報咗警。',
  '收數佬成日打去我屋企{landline}，我阿媽{name}已經七十幾歲，嚇到瞓唔著。',
  '唔該幫我查下，我個戶口喺{date}無端端扣咗一筆錢，聯絡電話{mobile}。',
  '我老細{name}話佢收到你哋公司嘅信，寫住我欠款，我喺公司好冇面。',
  '有個自稱銀行職員嘅人打嚟，叫我讀返個一次性密碼俾佢，我讀咗{secret}，之後就發現戶口少咗錢。',
  '聯絡人姓名：{name}　聯絡電話：{mobile}　電郵：{email}',
  '經紀{ename}話呢份保單包保本，結果而家退保要蝕{amount}。',

  // TW Traditional, written natively.
  '您好，我是{name}，想請問為什麼我的信用卡{card}會被扣款兩次？',
  '催收人員打到我公司總機{landline}，還跟我的主管{name}說我欠錢，造成我很大的困擾。',
  '本人{name}（身分證已驗證）申請停止貴公司對我寄送行銷簡訊，手機號碼{mobile}。',
  '我阿公{name}被詐騙集團騙去買虛擬貨幣，匯了{amount}，請問銀行能不能協助止付？',
  '客服專員{name}說要我提供網銀密碼才能幫我處理，這樣合理嗎？我已經給了{secret}。',
  '寄件地址：{address}　收件人：{name}　聯絡電話：{mobile}',
  '我在蝦皮買東西，賣家要我加LINE，然後給我一個網址{url}叫我填卡號跟安全碼{cvv}。',

  // English.
  'Dear Sir/Madam, I am writing on behalf of my mother, {ename}, regarding repeated calls to {mobile}.',
  'Caller ID showed {foreign}. The man said his name was {ename} and asked for my OTP, which I read out: {secret}.',
  'Complaint from {ename}: card {card} was charged {amount} on {date} for a subscription I never signed up for.',
  'Please send all correspondence to {email}. Do not contact my employer. Regards, {ename}',
  'Agent note: customer {ename} verified by DOB; requested statement for {ref}; callback number {foreign}.',
  'Hi team, {ename} from compliance here. The borrower {pname} reported that the collector disclosed the debt to his neighbour.',
  'My login PIN is {secret} and I never shared it, yet someone logged in from {ip}.',
  'Transcript:\nAgent: Could you read me the code we just sent?\nCustomer: Sure, it is\nCustomer: {secret}',
  'Debtor: {pname}; Address: {address}; Outstanding: {amount}; Status: written off.',
  'I, {ename}, authorise {ename} to handle my complaint and receive documents at {email}.',

  // Chinese-English mixed.
  '我的case是{ref}，contact person是{ename}，她说会follow up但一直没回。',
  '那个叫{ename}的agent一直让我download一个app，然后要我的password，我给了{secret}，现在很后悔。',
  '客户英文名{ename}，中文名{name}，两个名字都在系统里，请合并账户。',
  'Collector打给我HR了！！HR的电话是{landline}，我真的要崩溃了',
  '护照拼音{pname}，和身份证姓名{name}是同一个人，请更新KYC资料。',
  '我在新加坡工作，请用WhatsApp联系我{foreign}，或者email {email}',

  // Form fields with many labels.
  '借款人姓名：{name}\n借款金额：{amount}\n借款期限：{period}\n还款方式：等额本息',
  '被投诉人：某催收外包公司\n投诉人：{name}\n证件号：{id}\n手机：{mobile}',
  '户主：{name}  与户主关系：本人  家庭住址：{address}',
  '紧急联系人1：{name}（父亲）{mobile}\n紧急联系人2：{name}（同事）{mobile}',
  '收件人：{name}\n所在地区：略\n详细地址：{address}\n手机号码：{mobile}',
  '持卡人：{name}　卡号：{card}　有效期：08/27　CVN2：{cvv}',
  '担保人信息：姓名{name}；身份证{id}；工作单位：某物流有限公司',
  '经手人：{name}　审核人：{name}　日期：{date}',
  '申请人签字：{name}　　代理人签字：{name}',
  '学生姓名：{name}　班级：初二（3）班　家长：{name}　家长电话：{mobile}',
  '昵称：小鱼儿｜真实姓名：{name}｜注册邮箱：{email}｜绑定手机：{mobile}',
  '开户行：中国农业银行某支行\n户名：{name}\n账号：{card}',
  '法定代表人：{name}　统一社会信用代码：91310115MA1H7XXXX　注册地址：{address}',
  '客户：{name}　性别：女　年龄：45　职业：个体户　月收入：{amount}',

  // Names after verbs, in lists, with titles and relations, no cue.
  '昨天我联系了{name}，她说这笔钱她也被骗了。',
  '请通知{name}本人到柜台办理，需携带身份证原件。',
  '这个投诉已经转给{name}处理了，请您耐心等待。',
  '我委托{name}代为办理结清手续，委托书已盖手印。',
  '参会人员：{name}、{name}、{name}，记录人：{name}。',
  '{name}经理，{name}主任，你们好，关于上周的投诉我想补充几点。',
  '{name}阿姨说你们也给她打过电话，问我的下落。',
  '我和{name}、{name}三个人一起办的，现在只有我被催。',
  '{name}是我大学室友，我们早就没联系了，你们别再找我。',
  '感谢{name}同志的耐心解释，问题已经解决。',
  '{name}老师帮我写的投诉信，她是我们村的小学老师。',
  '最后是{name}帮我还上的，现在我欠的是她的钱。',
  '找到{name}以后，她承认了是她用我的手机借的款。',
  '{name}说他是贵司法务，让我加他微信{wechat}谈。',
  '{name}：好的，收到。',
  '请{name}先生于{date}前回电{landline}。',
  '{name}、{name}夫妇名下共有三笔贷款。',
  '麻烦帮我查查{name}这个人是不是你们的员工。',

  // Secrets in many phrasings.
  '我的交易密码是{secret}，我怕忘了写在这里了，能帮我查下为什么提示错误吗？',
  '对方让我把“校验码{secret}”截图发过去，我就发了。',
  '取款PIN：{secret}（已修改）',
  '一次性密码（OTP）{secret}已发送至您的手机，请勿告知他人。',
  '初始密码为{secret}，首次登录后请及时修改。',
  '我说了口令{secret}之后，对方就挂了电话。',
  '短信码{secret}是我不小心告诉别人的，现在还能补救吗？',
  '卡背面的安全码{cvv}被他拍了照。',
  '网银登录密码：{secret}\n（客户在在线客服中主动发送，坐席已提醒）',

  // Structured values with little context.
  '{mobile}',
  '{name} {mobile}',
  '卡{card}',
  '邮箱：{email}  QQ：{qq}',
  '身份证{id} 已核验',
  '微信：{wechat}（同手机号）',
  'IP {ip}，时间{time}',
  '国际号码{foreign}，不是我的',
  '链接：{url}',
  '车牌：{plate}，颜色：白',
  '座机（办公室）：{landline}',

  // Decoy-heavy text, no personal values.
  '江南皮革厂的广告又来了，说什么“周转无忧”，利率{rate}起，客服{service}。',
  '高铁上接到催收电话，对方说{amount}今天必须还清，否则{period}的优惠取消。',
  '马上金融和平安普惠的账单都在{date}到期，一共{amount}，我真的还不起了。',
  '黄山旅游回来就发现花呗多了{amount}的分期，{ref}。',
  '白领贷、公积金贷、车主贷，名字起得好听，年化都是{rate}。',
  '钟楼区的门店说可以帮我提额，{service}一直打不通，{ref}。',
  '海南航空的机票分期{period}，每期{amount}，提前还款还要收违约金。',
  '金条借款{amount}，合同号HT2025031700452，于{date}{time}放款。',
  '毛估估一下，我这{period}一共多还了{amount}的利息。',
  '常熟农商银行打来说我中了奖，要我交{amount}的税，我没理。',
  '石家庄的分公司叫我去面签，结果到了发现是个中介，拿了{amount}的服务费。',
  '齐心协力把问题解决了，本单可以关闭（{ref}），客户无异议。',
];
