/**
 * BLIND-1 templates, written by a second author after the engine was finished, without running the
 * engine on them, and evaluated once (figures in evaluation.test.ts). From 2026-12-01 the engine
 * WAS tuned on them (their misses were studied and fixed), so they are a development set now and
 * say nothing about unseen text; a newer blind split takes over that role. Style differs on purpose from
 * dev/test: long rambling complaints, chat messages, formal letters, Traditional, English and
 * mixed text, with surname-initial everyday words (马上, 周末, 高利贷, 白条 …) as realistic decoys.
 * The blind split also draws names from a different given-name pool (values.gen.ts).
 * Slots as in templates.dev.ts.
 */
export const BLIND_TEMPLATES: readonly string[] = [
  // Long, rambling complaints.
  '事情是这样的，我在{date}的时候在你们app上借了{amount}，当时说好的{period}，结果到了第二个月就开始有人打电话给我，说是什么第三方的，一开始还好好说话，后来就开始骂人了，我老婆{name}的手机{mobile}也被打了，她根本不知道这个事，马上就要过年了，搞得家里鸡犬不宁，希望你们能管一管。',
  '我真的是受够了！！！从上周一开始每天早上{time}就有电话打进来，号码每次都不一样，有一次是{landline}，有一次是{mobile}，我接了以后对方说我是老赖，还说要把我的照片发到我公司群里。我查了一下{ref}，明明写的是{rate}，怎么现在变成要还这么多？',
  '本来不想投诉的，但是实在没办法。去年在门店办了分期，业务员叫{name}，当时他拿我的身份证{id}复印了好几份，说是走流程，现在我发现名下多了一笔我不知道的贷款，金额{amount}，我怀疑是你们内部的人冒用了我的信息。',
  '我老家在{address}，我爸妈都是种地的，不识字，前两天催收的人居然直接找到村里去了，在村口喊我的名字，还说不还钱就去法院起诉，我爸当场高血压就犯了。我欠的钱我会还，但能不能不要这样？我的电话是{mobile}，有事找我。',
  '反映一个问题：我{date}已经通过银行卡{card}把剩余的{amount}全部还清了，当时客服也确认了，可是今天又收到{service}发来的短信说我还有欠款未还，征信上也显示逾期，这个逾期记录必须给我消除。',
  '另外还有一件事，上次给我打电话的那个工作人员说他叫{name}，他留的回拨号码是{landline}，你们可以调录音，他全程都在威胁我，说白条和花呗都要一起上报。',
  '我妈{name}都六十多了，被你们的业务员忽悠办了{amount}的消费贷，每月还{amount}，她一个月退休金才两千，现在天天睡不着觉，你们良心不会痛吗。',
  '我要投诉一个自称姓名为{name}的催收，他在电话里说要到{address}堵我，还发了我家门口的照片给我，这已经是违法了吧。',
  // Chat-style messages.
  '在吗？？我想问下为啥我的卡{card}又被扣了{amount}',
  '亲 我手机号换了 新号{mobile} 旧的不用了 麻烦帮我改一下',
  '你好 我是{name} 上午打过电话的那个 {ref}',
  '客服你好，验证码{secret}收到了，但是页面一直转圈圈',
  'hi 我邮箱是{email} 合同发这个就行 谢啦',
  '嗯嗯 好的 那我等你们{date}之前回复 我微信{wechat} 加我也行',
  '姐 我真的没钱了 能不能改成{period}还 每期少一点 {amount}实在拿不出来',
  '谁是{name}？？你们打错了 我不认识这个人 别再打{mobile}了！',
  '周末{time}还在打电话，我说我在开车，他们说马上就把我的事发到朋友圈。',
  '白条和花呗都还清了，高利贷那边的事情我已经打{service}反映过了。',
  // Formal letters.
  '尊敬的贵公司客户服务中心：本人{name}，身份证号码{id}，现就贵公司违规催收一事正式提出投诉，恳请依法处理。',
  '致：消费者权益保护部。投诉人姓名：{name}；联系地址：{address}；联系电话：{landline}；事由：要求停止向第三人披露本人债务信息。',
  '特此声明：自即日起，本人不再授权贵司使用本人手机号码{mobile}及电子邮箱{email}进行任何营销推送，如继续发送，本人将向监管部门举报。',
  '兹有借款人{name}（证件号{id}）委托本人代为办理结清手续，委托期限至{date}止。',
  '根据《个人信息保护法》第四十七条，本人要求贵司删除本人留存的银行账户{card}及住址{address}等信息，并书面回复处理结果。',
  '以上情况属实。此致 敬礼！ 投诉人：{name} {date}',
  // Traditional Chinese.
  '您好，本人{name}，住在{address}，近日收到多通催收電話，來電號碼{mobile}，嚴重影響生活。',
  '我的信用卡{card}於{date}被盜刷{amount}，已向銀行報案，請協助處理。',
  '請不要再撥打我公司的電話{landline}，我已經委託律師處理。',
  '客服人員{name}態度惡劣，還威脅要把我的身分證{id}公開。',
  '聯絡電郵：{email}，手機：{mobile}，謝謝。',
  // English.
  'Dear Sir or Madam, I am writing on behalf of my mother, {ename}, whose card {card} was debited {amount} without consent on {date}.',
  'pls stop calling my work number {landline}, I already paid {amount} last week',
  'Your agent {ename} told me the APR was {rate}; the contract says otherwise. Contact: {email}.',
  'I received a text from {service} asking me to click {url}. Is this a scam?',
  'My ID number is {id} and my registered mobile is {mobile}. Please close my account.',
  'Login from unknown IP {ip} at {time}, please freeze the account asap.',
  'Sorry for the long message. My husband {ename} and I took a loan of {amount} on {date}. Since then collectors have called {foreign} (his overseas number) and my mobile {mobile} dozens of times.',
  // Mixed Chinese/English and odd channels.
  '我的email是{email}，phone是{mobile}，please尽快处理',
  '刚才有个+号开头的电话{foreign}打来说是海外客服，让我提供{secret}这个code，我没给',
  '车贷已经结清了，车牌{plate}的绿本什么时候还给我？办理人{name}一直不接电话',
  'APP里面的链接{url}点进去要填身份证和银行卡，是不是钓鱼网站？',
  'QQ{qq}一直加我好友，说可以帮我按{rate}办低息贷款',
  '登录时提示账号在{ip}异地登录，随后我的卡{card_bad}被绑定到陌生手机{mobile}。',
  // Mixed short and medium complaints.
  '你们的催收员冒充公安，用{landline}打到我单位，还说我涉嫌诈骗，我同事都听到了。',
  '本人于{date}{time}在贵司APP申请借款，被收取会员费{amount}，未经本人同意，请退还至原卡{card}。',
  '我和{name}是同事关系，不是亲属，你们凭什么把他的欠款信息告诉我？我的号码{mobile}请从他的联系人中删除。',
  '快递员说寄给我的催收函地址写的是{address}，收件人写的是{name}，可我根本没有在那里住过。',
  '他们用{mobile}、{mobile}、{mobile}三个号码轮流打，一天几十个。',
  '说好的{period}免息，结果每期都扣了{amount}手续费，合同我已经附上。',
  '官方电话{service}根本打不进去，最后是一个{landline}的号码回电的。',
  '我叫{name}，今年刚毕业，在校期间办了校园贷，现在利息滚到{amount}，利率算下来超过{rate}，求帮助。',
  '收件人：{name}；手机：{mobile}；地址：{address}；备注：请勿上门。',
  '他说他是{name}律师，用邮箱{email}给我发了律师函，我查了根本没有这个律所。',
  '收到一条短信：“{name}，你的逾期已移交法务，请速联系{mobile}”，这种短信合法吗？',
  '我的身份证号是{id}，不是你们系统里那个，请核对后更正。',
  '上个月{date}还款{amount}，到账{time}，流水截图里有{ref}，请查。',
];
