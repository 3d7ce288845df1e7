/**
 * BLIND6 templates: the sixth blind held-out split, written in session 8, 2026-12-02, by an
 * independent evaluation author (a helper separate from the engine's developer; the seventh author
 * of a PII blind split). The author opened only: the brief for this split; in
 * src/engines/pii/eval/ corpus.gen.ts, values.gen.ts, values.blind3.gen.ts, values.blind5.gen.ts,
 * the opening of values.blind2.gen.ts, decoys.gen.ts, prng.ts, evaluate.ts, templates.blind4.ts,
 * the header of templates.blind5.ts, the section comments of templates.blind2.ts, blind3.ts and
 * blind5.ts (to write in other styles) and the placeholders of templates.blind6.ts and
 * values.blind6.gen.ts; src/engines/pii/pii.types.ts; the opening of /work/shared/SPEC.md, of
 * /work/shared/facts/regulation.md and of one seed in /work/shared/seeds/; bin/run-ts.js, the
 * typecheck line of package.json and the file list of node_modules/opencc-js/dist (to run the
 * check). The other template files were only loaded by the check script, to assert that no
 * template here equals one of theirs. The author did NOT open
 * the recognizers, lexicons, cue-word, surname, given-name or gazetteer lists, any other file of the
 * engine, docs/, BENCHMARKS.md, bench/ or scripts/, and did NOT run the engine (detectPii), vitest,
 * tests or benchmarks. The only runs were `npm run typecheck` and a corpus-generation check (outside
 * the repository) that every gold span's text is the generated value, that nothing throws, and
 * that the counts per type and of decoys are healthy.
 *
 * The engine MUST NEVER be tuned on this split, and its developer should not read it: a miss here
 * is a measurement, not a to-do list. Once anyone tunes on it, it stops being blind.
 *
 * Styles (chosen because earlier splits lack them): OCR of ID cards, household registers, bank
 * cards, statements, credit reports and contracts, with OCR slips in the fixed text (never in the
 * values); SMS threads copied with timestamps and sender lines; HTML, XML, multipart and URL-query
 * snippets from web forms; Excel rows pasted with tabs; handwritten paper forms transcribed with
 * blanks filled in (姓名：__…__); agents' shorthand call summaries; police records (报警, 询问笔录,
 * 受案回执) and court records (庭审笔录, 传票, 裁定, 送达回证); delivery labels and waybills; hotel,
 * flight and train-ticket confirmations; medical bills, diagnoses and insurance claims; letters
 * from elderly people who write amounts in Chinese numerals (壹万伍仟元, 二千八百元) and phone
 * numbers in Arabic digits; Chinese mixed with English words; a few natively Traditional (TW / HK)
 * tickets, bills and reports. Names appear as subjects and objects, after verbs and prepositions,
 * in lists with 、和及, with titles and relations, as vocatives, in signatures and unusual form
 * labels, as possessives and inside quotes, with and without cue words. Fixed text holds realistic
 * decoys (app, bank, hospital and company names such as 马上消费金融, institution names containing
 * place names, train and flight numbers, room numbers, pickup codes, case numbers, hospital numbers,
 * amounts in Chinese numerals, words that begin with a surname character) and no real personal
 * value.
 *
 * Slots as in corpus.gen.ts fill(). {name}, {ename}, {pname}, {secret}, {cvv}, {mobile},
 * {landline}, {id} and {card} come from values.blind6.gen.ts (this author's generators); every
 * other slot from values.gen.ts / decoys.gen.ts.
 */
export const BLIND6_TEMPLATES: readonly string[] = [
  // OCR of ID cards and household registers (slips in the fixed text).
  '姓 名 {name}\n性 别 男  民 族 汉\n出 生 ■■■■年■月■日\n住 扯 {address}\n公民身份号码 {id}',
  '姓名{name}性别女民旅维吾尔出牛（无法识别）住址{address}公民身份号吗{id}',
  '【身份证正面识别结果】姓名：{name}；民族：藏；住址：{address}；证件号：{id}；识别置信度：0.93',
  '反面：签发机关 深圳市公安局福田分局 有效期限 2016.03.01-2036.03.01\n正面：{name}　{id}',
  'OCR：姓名 {name} 公民身份号码 {id}（第3行字符模糊，已人工校对）',
  '身份证复印件（仅供马上消费金融贷款审核使用，他用无效）：{name}，{id}，住址{address}',
  'ID card scan — Name: {name} / {pname}; No.: {id}; Address: {address}',
  '姓名 {name}\n公民身份号码\n{id}\n——此复印件与原件一致　{name}（手写）',
  '临时居民身份证 姓名{name} 有效期三个月 号码{id} 签发日期{date}',
  '户口簿 常住人口登记卡\n姓名 {name}　与户主关系 户主\n姓名 {name}　与户主关系 妻　公民身份证件编号 {id}',
  '姓  名：{name}    身 份 证 号 ：{id}    手 札 号：{mobile}',
  '人脸核身失败：证件照OCR姓名“{name}”与公安库返回姓名不一致，证件号{id}',

  // OCR of bank cards.
  '中国工商银衍\nICBC 牡丹灵通卡\n{card}\n银联 UnionPay',
  '【银行卡识别】卡号：{card}；发卡行：中国建设银行；卡种：借记卡；持卡人：{pname}',
  'VALID THRU 09/30\n{card}\n{ename}',
  '卡背面照片：CVN2 {cvv}，签名条上写着{name}',
  '扫描件：招商银行一卡通 {card} 户名{name}（照片反光，已请客户逐位确认）',
  'Card OCR result: number {card} | holder {ename} | expiry 11/28 | security code {cvv}',
  '信用卡正面：平安银行 白金卡 {card} {ename}',
  '储蓄卡照片上的卡号手工转录为{card}，开户网点：中国农业银行杭州西湖支行',

  // Statements, credit reports and receipts.
  '交易日期  摘要  金额\n{date}  快捷支付-某某小贷  -{amount}\n{date}  跨行转入 {name}  +{amount}',
  '对账单　户名：{name}　账号：{card}　币种：人民币　期初余额：{amount}',
  '信用卡账单\n持卡人 {name}\n本期应还 {amount}　最低还款 {amount}\n到期还款日 {date}',
  '流水第2页：{date} 网银转出 对方户名{name} 对方账号{card} {amount}',
  '个人信用报告（本人查询版）\n姓名：{name}\n证件号码：{id}\n查询原因：贷后管理\n查询机构：某消费金融有限公司',
  '贷款结清证明\n兹证明借款人{name}（身份证{id}）在我司的借款已于{date}全部结清，{ref}。',
  '还款计划表　{period}　每期应还{amount}　借款人 {name}　还款账户 {card}',
  '微信支付账单：{date} {time} 转账给{name} {amount}，备注“押金”',

  // Contracts (OCR slips in the fixed text).
  '借款合周\n甲方（出借人）：某小额贷款有限公司\n乙方（借款人）：{name}\n身伤证号：{id}\n联系电诂：{mobile}',
  '第十二条 通知与送达 乙方确认以下地址为有效送达地址：{address}；电子邮箱：{email}；手机：{mobile}。',
  '担保人（签字）：{name}   日期：{date}   担保人身份证号：{id}',
  '借款金额（大写）：人民币贰万元整　年利率：{rate}　借款人签章：{name}',
  '授权委托书\n委托人{name}\n受托人{name}\n委托事项：代为办理提前还款及开具结清证明',
  '第5页共8页 …乙方指定还款账户：户名{name}，账号{card}，开户行中国银行北京海淀支行…',
  '电子签约记录：签署人{name}，签署手机号{mobile}，签署IP {ip}，签署时间{date} {time}',
  '合同尾页手写：“本人已阅读并理解全部条款　{name}”',

  // SMS threads with timestamps and sender lines.
  '{date} {time}\n发件人：{service}\n【某某金融】尊敬的{name}客户，您的验证码是{secret}，请勿泄露。',
  '短信记录导出\n[{time}] {service}：您的账单已逾期\n[{time}] {mobile}：再不还钱我们就上门了\n[{time}] 我：你是谁？',
  '2025/3/8 21:47 来自 {mobile}\n{name}的家属你好，请转告{name}今天之内处理欠款。',
  '短信 来自：{service}\n您的动态码{secret}，用于登录，5分钟内有效。\n收到时间：{time}',
  '收件箱截屏转文字：\n{mobile}　昨天 23:12\n我是{name}，你欠的钱今天必须还',
  '[短信] {time} {service}：您申请的{amount}借款已审批通过，回复Y确认\n[短信] {time} 同一号码：验证码{secret}',
  '[{date} {time}] {service}\n【额度提醒】您有一笔备用金待激活，戳 {url} 退订回T',
  '发信人 {mobile}　时间 {date} {time}　内容：{name}，你儿子在我们这借钱不还',
  '彩信转文字：法院传票 被告{name} 身份证{id} 请于三日内联系{landline}',
  '我手机里的短信，按时间顺序：\n1）{time} 您的验证码为{secret}\n2）{time} 您已成功绑定银行卡{card}\n3）{time} 您已成功借款{amount}',
  '发件人：老伴 {mobile}\n“儿子，家里座机{landline}老有人打来要钱，说是找{name}”',
  '{date}\n对方号码：{mobile}\n“您好，我是信用卡中心的{name}，您的额度可以提升到{amount}”',
  'iMessage 导出 | 发送者 {ename} | {time} | Your verification code is {secret}',
  '短信往来（我方 / 对方{mobile}）\n对方：把验证码发过来\n我方：{secret}\n对方：收到，稍等',
  '通知短信 {time}：{name}先生，您的快递已到驿站，取件码12-3-4021',
  '短信发送日志　收件号码{mobile}　模板T0012　变量 name={name} code={secret}　状态 成功',
  'SMS from {service} at {time}: Dear {ename}, your repayment of {amount} is due on {date}.',

  // HTML, XML, multipart and URL-query snippets from web forms.
  '<input type="text" name="realName" value="{name}" />\n<input type="tel" name="mobile" value="{mobile}" />',
  '<customer><fullName>{name}</fullName><idNo>{id}</idNo><phone>{mobile}</phone></customer>',
  'POST /api/apply?name={name}&phone={mobile}&idcard={id}&amount=20000',
  '<tr><td>持卡人</td><td>{name}</td><td>卡号</td><td>{card}</td></tr>',
  '<Contact type="emergency"><Name>{name}</Name><Relation>配偶</Relation><Tel>{mobile}</Tel></Contact>',
  '表单提交失败：<span class="err">手机号{mobile}与姓名{name}不匹配</span>',
  'https://h5.example-loan.cn/form?step=2&realname={pname}&tel={mobile}&city=shenzhen',
  '<li class="contact">{name}｜{email}</li>',
  '<?xml version="1.0"?><Complaint><Complainant>{name}</Complainant><Addr>{address}</Addr><Hotline>{service}</Hotline></Complaint>',
  '<p>尊敬的{name}：</p><p>您于{date}提交的投诉已受理。</p>',
  'Content-Disposition: form-data; name="bank_card"\n\n{card}',
  '<meta name="author" content="{ename}"><title>个人征信异议申请表</title>',
  'GET /wx/bind?channel=gzh&phone={mobile}&name={name}',
  '<div class="sign">经办：{name}　审核：{name}</div>',
  '<a href="{url}">点击领取额度</a> ←短信里就是这个链接',
  'X-Forwarded-For: {ip}\nUser-Agent: Mozilla/5.0 (Linux; Android 12)\nReferer: {url}',
  '<field id="cvv2" value="{cvv}"/><field id="pin" value="{secret}"/>',

  // Excel rows pasted with tabs.
  '序号\t姓名\t手机\t身份证\t逾期金额\n1\t{name}\t{mobile}\t{id}\t{amount}',
  '{name}\t{mobile}\t{address}\t已签收',
  '2\t{name}\t女\t{id}\t{card}\t{amount}',
  '客户名称\t联系人\t座机\n华夏幸福物业\t{name}\t{landline}',
  '{date}\t{name}\t{landline}\t投诉催收\t{ref}',
  'A列：{name}\tB列：{mobile}\tC列：客户说{time}以后再打',
  '工号\t坐席姓名\t通话号码\n8021\t{name}\t{mobile}',
  '{pname}\t{email}\t{foreign}\tHK',
  '借款人\t紧急联系人\t关系\t联系人电话\n{name}\t{name}\t母亲\t{mobile}',
  '{name}\t{name}\t{name}\t同一家庭三人被冒用',
  '车牌\t车主\t电话\n{plate}\t{name}\t{mobile}',
  '账户\t登录IP\t时间\n{qq}\t{ip}\t{time}',
  '{date}\t{url}\t钓鱼页面\t已上报反诈平台',
  '停车场缴费记录\t车牌{plate}\t入场{time}\t车主手机{mobile}',

  // Handwritten paper forms, transcribed.
  '姓名：__{name}__ 电话：__{mobile}__ 地址：__{address}__',
  '申请人（正楷）：{name}  联系方式：{mobile}  （字迹潦草，已电话核实）',
  '姓名：____{name}____\n身份证号：____{id}____\n开户行及卡号：____{card}____',
  '手写登记转录：事主 {name}；事由 被骗；损失 {amount}；电话 {landline}',
  '家访登记表（手写）被访人：{name}　陪同人：{name}（村委会）　住址：{address}',
  '签到表：1. {name}  2. {name}  3. {name}  4. 马上消费金融驻点人员',
  '意见箱留言（手写）：我是三楼的{name}，上次办业务那个柜员态度很差。电话{mobile}',
  '老人手写委托：我{name}委托我女儿{name}帮我办理，我耳朵不好。',
  '手写便条：密码{secret}（别告诉别人）',
  '面单手写部分：收 {name} {mobile}',
  '开户申请书（手填）户名 {name}　证件 {id}　预留电话 {mobile}',
  '□男 ☑女  姓名 {name}  联系电话 {mobile}',
  '姓名（请用正楷填写）{name}　身份证号码 {id}　工作单位 石家庄钢铁有限公司',
  '本人签名：（按手印）{name}　代书人：{name}　日期：{date}',

  // Agents' shorthand call summaries.
  '客诉小结：客户{name}，{mobile}来电，称被重复扣款{amount}，已核实，T+3退回，待回访。',
  'CS摘要｜诉：催收扰亲友｜主：{name}｜联：{mobile}｜处：转催收合规组｜结：待',
  '来电人{name}（本人），核身✓，要求减免罚息，按政策不可减，客户不满，升级至组长{name}。',
  '电话小结：客户报出{secret}为验证码，已提醒勿泄露并冻结账户。',
  'cust {name} cb req @{time}, tel {mobile}, re: overcharge {amount}',
  '通话摘要 {date}：客户老伴{name}代接，本人住院，诉求延期{period}，已登记。',
  '第三方来电：{name}称借款人{name}系其前夫，要求删除其号码{mobile}。',
  '坐席速记：王女士→{name}（全名），身份信息核对一致，卡{card}冻结原因：风控。',
  '回拨{landline}无人接，改拨{mobile}接通，客户{name}确认已还款。',
  '客户诉：“你们的{name}说不用还利息”，调录音无此承诺，已解释。',
  '摘要：邮箱{email}非本人，客户称为{name}所有，已解绑。',
  'IVR转人工后挂断，主叫{mobile}，系统匹配客户{name}，二次外呼未通。',
  '投诉小结：{ref}，客户{name}，诉“砍头息”，实际到手{amount}，合同额{amount}，移交法务。',
  '【工单速记】姓名见系统，电话{mobile}，要求：停催+道歉，情绪：激动，风险：扬言找媒体',
  '客户口述卡背三位{cvv}，坐席未打断，质检不合格，涉事坐席{name}。',
  '回访：{name}满意度5分，补充诉求：把联系人{name}删掉。',

  // Police records.
  '报警人：{name}，男，身份证号{id}，现住{address}，联系电话{mobile}。',
  '询问笔录\n问：你叫什么名字？\n答：我叫{name}。\n问：你的联系方式？\n答：{mobile}。',
  '问：对方怎么称呼自己？\n答：他说他是公安局的{name}警官，警号我没记住。',
  '接处警记录：{date}{time}，{name}报称被冒充客服诈骗，转账至账户{card}共计{amount}。',
  '受案回执\n报案人：{name}\n案件：电信网络诈骗\n受理单位：杭州市公安局西湖区分局\n民警电话：{landline}',
  '嫌疑人使用手机号{mobile}、微信号{wechat}、QQ号{qq}与受害人{name}联系。',
  '笔录（第2页）答：他让我下载一个叫“安全卫士”的软件，共享屏幕，我就把验证码{secret}念给他了。',
  '涉案车辆{plate}，车主{name}，系借款抵押车辆，已被第三方拖走。',
  '证人{name}证实：{date}晚上看见两名男子在{address}门口喷漆写“欠债还钱”。',
  '反诈中心预警：您好{name}，您的号码{mobile}正在与涉诈号码通话，请立即挂断。',
  '调取记录：登录IP {ip}，设备型号 iPhone 13，归属人{name}',
  '嫌疑人使用境外号码{foreign}拨打，改号软件显示为{service}，落地IP {ip}。',
  '被害人陈述：我叫{name}，今年六十七岁，退休前在北京市第二机床厂上班。',

  // Court records.
  '庭审笔录\n审判员：{name}\n书记员：{name}\n原告委托诉讼代理人：{name}\n被告：{name}，未到庭',
  '（2025）粤0304民初12345号　被告{name}，女，住{address}',
  '裁定如下：冻结被申请人{name}名下银行账户{card}内存款{amount}。',
  '送达回证　受送达人{name}　送达地址{address}　签收人{name}（系受送达人之子）',
  '申请执行人：某网络小额贷款有限公司\n被执行人：{name}，公民身份号码{id}',
  '原告诉称：被告{name}于{date}向原告借款{amount}，约定利率{rate}，至今未还。',
  '审判长　{name}\n人民陪审员　{name}\n{date}\n书记员　{name}',
  '证据目录：1.借款合同；2.转账凭证（收款人{name}）；3.聊天记录（微信号{wechat}）',
  '被告辩称：其从未在原告处借款，身份证{id}系被他人盗用，手机号{mobile}亦非其本人使用。',
  '北京市朝阳区人民法院 传票　被传唤人：{name}　应到时间：{date}{time}',
  '查封清单：被执行人{name}名下车牌号{plate}的小型轿车一辆，扣押于指定停车场。',

  // Delivery labels and waybills.
  '收件人：{name}\n电话：{mobile}\n地址：{address}',
  '顺丰速运　寄件人 {name} {mobile}　收件人 {name} {mobile}　托寄物 合同材料',
  '【京东物流】您的包裹已由{name}代签收，如有疑问请联系配送员{mobile}',
  '快递单OCR：收件人{name}收 手机{mobile} 地址{address} 运单号见条码',
  '菜鸟驿站取件通知：{name}，您的包裹已到，请凭取件码8-2-5013领取。',
  'Ship to: {ename}\nTel: {mobile}\nAddr: {address}',
  '到付 ¥23　收：{name}（{mobile}）{address}',
  '寄件人：某消费金融公司法务部\n收件人：{name}\n电话：{landline}\n内件：律师函',
  '外卖小票：顾客 {name}，隐私号已过期，备用号码{mobile}，送至{address}',
  '派件员：请问是{name}吗？您有一封信用卡挂号信，放门卫了。',
  '收件人 {pname}\n{address}\n手机 {mobile}',
  '退货地址：{address}，{name}收，{mobile}，请勿到付',

  // Hotel, flight and train-ticket confirmations.
  '【携程】预订确认：入住人 {ename}，{date}入住，高级大床房，预订手机{mobile}',
  '火车票　G1025次 深圳北→武汉 05车12F号 二等座 {amount}　{name} {id}',
  '酒店入住登记单　宾客姓名{name}　证件号码{id}　房号1208　同住人{name}',
  'E-ticket: Passenger {pname} / Seat 32A / Flight MU5137 / Contact {mobile}',
  '电子客票行程单　旅客姓名 {name}　有效身份证件号码 {id}　承运人 东方航空',
  '12306 通知：{name}您好，您已成功购买{date}D3102次车票，检票口A6。',
  'Booking confirmed, {ref} | Guest: {ename} | Email: {email} | Check-in 15:00',
  'Guest contact: {foreign} (WhatsApp) — 入住人 {pname}，房费 {amount} 已预授权',
  '民宿房东留言：{name}你好，门锁密码是{secret}，退房时请关空调。',
  '同行人：{name}（成人）、{name}（儿童）及{name}（成人），联系人手机{mobile}',
  '酒店前台备注：客人{name}称其信用卡{card}被重复预授权{amount}。',

  // Medical bills, diagnoses and insurance claims.
  '住院收费票据\n患者姓名：{name}　住院号：ZY20250317\n医保类型：城镇职工　合计：{amount}',
  '门诊病历首页　姓名{name}　性别女　年龄58岁　联系电话{mobile}　家庭住址{address}',
  '理赔申请书\n被保险人：{name}\n证件号码：{id}\n领款账户：{card}\n出险日期：{date}',
  '投保人{name}，被保险人{name}（父子），受益人法定，保单号见附件。',
  '医疗分期：{name}在和美口腔做了种植牙，{amount}分{period}，却被收了{rate}的服务费。',
  '诊断证明书　兹有患者{name}，因脑梗死于我院住院治疗，建议休息三月。主治医师：{name}',
  '理赔进度：您好{name}，您的理赔材料缺少银行卡{card}正面照片，请补传。',
  '健康告知：被保险人{pname}在海外就医，联系电话{foreign}。',
  '医保结算单：个人账户支付{amount}，统筹支付{amount}，参保人{name}，社保卡号同身份证{id}',
  '保险经纪人{name}说这是存钱不是保险，让我每年交{amount}，签字是我侄子{name}代签的。',
  'Claim form: Insured {ename}; Hospital: 上海市第六人民医院; Bank: {card}; Tel: {mobile}',
  '护工费收据：今收到{name}交来护工费{amount}，收款人{name}。',
  '车险报案：标的车{plate}，驾驶人{name}，报案电话{mobile}，出险地点{address}',
  '扫二维码出来的网址是{url}，打开就是一个假的“保险理赔”下载页。',

  // Letters from elderly people: amounts in Chinese numerals, phone numbers in digits.
  '我叫{name}，今年七十三岁，不会用手机，去年在镇上借了壹万伍仟元，现在让我还三万多，我的电话是{mobile}。',
  '尊敬的领导：我老头子{name}走了以后，你们还天天打电话要他欠的两万块钱，家里座机{landline}都不敢接了。',
  '我是退休工人{name}，每个月退休金才二千八百元，你们一个月扣我九百多，我儿子{name}也不管。',
  '我没有借过钱，是我孙子{name}拿我的身份证{id}借的，一共借了五千块，现在利息加起来八千多。',
  '我老伴叫{name}，我叫{name}，我们两个都七十多了，住在{address}，请你们不要再来家里了。',
  '领导您好，我写字慢，请原谅。那个业务员说利息只有一分，结果一年要还三千六。我的卡号是{card}。',
  '我今年八十一了，眼睛不好，是我闺女{name}帮我写的。我就想问问那一万二千块钱到底还清了没有？电话找我闺女{mobile}。',
  '我老太太不识字，他们叫我按手印，说是领鸡蛋，结果是贷款叁仟元，我的身份证号是{id}。',
  '王主任：我是上回找过您的{name}，钱的事还是没解决，六千五百块，求您帮帮忙。',
  '我儿子在外地打工，我一个人在家，有个叫{name}的打电话说我儿子欠了四万块，让我把存折上的钱转给他。我打我儿子电话{mobile}也没人接。',
  '俺是农村的，俺家那口子{name}以前借过二千块钱，早就还了，现在还天天打俺电话{mobile}。',
  '老干部{name}来信：本人一九六二年参加工作，从未借过网贷，请查明是谁用我的名义借了壹拾万元。',
  '我是{name}的母亲，我女儿得了病，欠的钱一时还不上，每月能还五百元，请你们宽限。联系我{landline}。',
  '请转交{name}同志。我是您以前的同事{name}，有人冒充我借钱，大家千万别信。',

  // Chinese mixed with English.
  '我call了{name}三次他都没接，then我直接打给他boss了。',
  'Pls 帮我 check 一下 {ename} 的 account，他说 card {card} 被 frozen 了。',
  '今天 meeting 上 {name} 说这个 case 要 escalate 给 compliance 的 {ename}。',
  '我的 OTP {secret} 刚被 scammer 骗走了，他说他是 bank security 的 {ename}。',
  'Tenant {pname} 欠租两个月，phone {mobile} 无回应，email {email} 也退信。',
  'FYI：{name} 已 resign，她手上的 ticket 转给 {name}，有问题 call {landline}。',
  '客户 {ename} 说 his wife {name} 才是 borrower，要我们 update 联系方式到 {email}。',
  'Remark：客户要求 password reset，新密码 {secret}（客户坚持写进工单，已提示风险）',
  'HR 说 {name} 的 payroll 卡 {card} 被法院冻结了，让我们 confirm 一下。',
  'Dear {ename}，您的 refund {amount} 已 approve，预计 {date} 到账。',
  '刚刚那个 caller ID 显示 {mobile}，自称 Apple 客服 {ename}，要我 share screen。',
  '{pname}（中文名{name}）is the account holder，其他人 no authority。',

  // Names in many positions, with and without cue words.
  '这件事和{name}没有任何关系，请不要再骚扰她。',
  '“{name}，你再不还钱就等着坐牢吧！”——这是对方的原话。',
  '{name}的手机号被你们填成了我的，我的号码{mobile}。',
  '我们单位的{name}、{name}和{name}都接到了同样的催收电话。',
  '请{name}本人携带身份证原件到网点办理。',
  '原来经办人是{name}，后来换成了{name}，再后来就没人管了。',
  '替{name}还的那笔钱，能不能开个证明？',
  '被冒名的有{name}及其配偶{name}。',
  '他自称“{name}律师”，但律所官网查无此人。',
  '我给{name}打了电话，{name}说这是公司规定。',
  '对不起，{name}，我没法替你担保。',
  '{name}阿姨让我问一下，她的钱什么时候退？',
  '落款：{name}\n{date}于成都',
  '经手人{name}已调岗至王府井分理处。',
  '据{name}讲，催收员曾三次上门。',
  '谁是{name}？我根本不认识这个人！',
  '{name}和{name}是夫妻，共同借款人。',
  '小区门口贴的告示上写着“{name}欠钱不还”，已拍照留存。',
  '负责本案的调解员为{name}，联系电话{landline}。',
  '{name}去年来内地打工，被人用她的名字办了分期。',
  '昨天下午，{name}陪着她外婆来营业厅销户。',
  '你们让{name}自己来说清楚，别老找我。',

  // Secrets and CVV in varied phrasing.
  '验证码：{secret}（请在3分钟内输入）',
  '支付密码改成了{secret}，原来的忘了。',
  '密保问题的答案我设的是{secret}，对方居然知道。',
  '信用卡背面那三位数{cvv}我念给他了。',
  '“请提供卡片背面的CVV2码”——我回复了{cvv}。',
  '网银U盾密码{secret}，我写在纸条上夹在存折里了。',
  '他们让我在“安全账户”页面输入取款密码{secret}。',
  'The code {secret} was sent to my phone at {time}, I did not request it.',
  '登录失败5次：输入的密码依次为{secret}、{secret}、{secret}',
  '验证码 {secret} ← 这个我没告诉任何人，第二天卡就被盗刷了。',

  // Other identifiers in context.
  '海外来电{foreign}，对方说是某银行香港分行的{ename}。',
  '钓鱼链接{url}，页面让填姓名、身份证和验证码。',
  '催收员加我QQ{qq}，头像是法院的徽章。',
  '微信号{wechat}的人自称{name}，说能帮我“上岸”。',
  '异地登录提醒：IP {ip}（境外），设备 iPhone，时间{time}',
  '车辆GPS被拆，车牌{plate}，抵押权人某汽车金融公司。',
  'My email {email} keeps getting collection letters addressed to {ename}.',
  '我在新加坡工作，手机{foreign}，国内号{mobile}已停机。',

  // Decoy-heavy text with no personal value.
  '马上消费金融的客服热线是{service}，我打了二十多次都是忙音。',
  '高兴得太早了，{amount}的额度一下来就被扣了{amount}的服务费。',
  '黄金会员、白金会员、钻石会员我都没开过，{date}却扣了{amount}。',
  '周末两天收到的短信都来自{service}，内容是还款提醒，{ref}。',
  '林业局、石油公司、金融办我都打过电话，都说不归他们管。',
  '申请的是{period}，合同上写利率{rate}，实际算下来远不止。',
  '我在{date}{time}还了{amount}，{ref}，但是APP显示还欠{amount}。',
  '江苏银行、宁波银行、长沙银行的短信都是{service}发的吗？',
  '白条、花呗、借呗、美团月付、抖音月付，年轻人谁没用过？',
  '任何人问你要验证码都是骗子，{service}是唯一官方热线。',

  // Natively Traditional (TW / HK): tickets, bills, reports.
  '台灣高鐵 乘客 {name} 車次 0653 7車12A 票價 NT$1,490 {date}',
  '健保就醫紀錄：姓名{name}，聯絡電話{mobile}，自付額新台幣參佰伍拾元',
  '報案三聯單　報案人{name}　聯絡電話{landline}　案類：詐欺（假投資）',
  '診斷證明書　病人姓名：{name}　醫師：{name}　開立日期：{date}',
  '匯款單　收款人戶名：{name}　帳號：{card}　金額：新台幣參萬元整',
  '收件人：{name}（請交管理處）\n聯絡電話：{mobile}\n寄件地址：{address}',
];
