/**
 * Train bank A, fifth batch (2026-12-01): the urgent cases the first four batches wrote too
 * narrowly. Fraud victims who tell the story without the word "scam", threats told as reported
 * speech, despair said indirectly (saying goodbye, "taking the pills"), vulnerable consumers
 * described by someone else, regulator referrals named by their institution, in Simplified,
 * Traditional (Taiwan and Hong Kong wording) and English; plus English wording for every
 * scenario, because English rows used to exist for a dozen scenarios only and the model learnt
 * that any English aside meant tier 3. Neutral framing lines (first person, innocent 死 idioms
 * such as 急死了) keep the model from reading plain emotion as urgency.
 * Written by author A from general knowledge of such complaints; used ONLY for the train split.
 */
import type { Demand, PhraseBank, ScenarioId, UrgentOverlay } from './scenarios.js';

export const TRAIN_FACTS_FIFTH: Partial<Record<ScenarioId, PhraseBank['facts'][ScenarioId]>> = {
  fraud_impersonation: [
    '有个人打电话说他是你们平台的，让我配合操作，我照做后卡里的钱没了', '对方知道我的借款金额，我就信了，按他说的转了三次钱',
    '一个自称贵司法务的人说我要被起诉，让我先打款到他给的账户', '加了一个说是你们售后的微信，他发了个链接让我填银行卡信息，第二天钱被转走',
    '对方说我的额度被冻结要验证流水，我从别的平台借了钱打给他，现在人找不到了', '他说是帮我办理退款，要我提供收到的验证码，结果反而被借了一笔',
    '说我误开通了会员每月要扣费，要关闭就得按他说的转账，我转了以后才反应过来', '按照电话里那个人的指示在手机上操作，下了一个app，之后钱全没了',
    '我已经报警了，派出所说是电信诈骗，对方用的就是你们公司的名字', '那个人说先交一笔激活费才能放款，交完又说要交税费，越交越多',
    '有人在网上说是你们的放款专员，先收了我一千八的工本费然后拉黑了我', '对方让我开视频会议，说要核实身份，我照着他说的把钱转出去了',
    '對方自稱是你們的客服，說要幫我解除分期設定，叫我去ATM操作，結果錢被轉走了', '有個自稱貴公司專員的人打來，說我帳戶異常要轉到新帳戶保管，我轉了兩萬',
    '詐騙集團冒用你們的名義，我已經打165報案了', '佢話係你哋公司職員，叫我轉錢去佢指定嘅戶口，而家搵唔到人',
    '對方知道我的身分證號碼和借款紀錄，我才會相信他', '接到一個電話話我筆貸款有問題，要我俾手續費先可以處理，俾咗之後就冇咗音訊',
    '以为是你们官方客服，其实是假的，我按提示转了钱', '网上搜到的客服电话是假的，对方让我转账做退款验证',
    '对方发来的网址跟你们官网很像，我登录后额度被提走了', '我妈接到电话说她贷款要注销，按对方说的转了钱',
    '对方让我把钱转给他做资金验证，说验证完马上退回来，到现在一分钱没退', '说是帮我提高额度，要先往一个个人账户存一笔钱，存完就联系不上了',
    'someone called saying they worked for your company and I ended up transferring my savings to them', 'a man who claimed to be from your customer service told me to move my money and now it is gone',
    'I got a call from a person posing as your staff, I followed his instructions and lost 5000 yuan', 'they said my loan account was frozen and I had to pay a fee to unlock it, so I paid',
    'a woman on the phone said she was your agent and asked me to send money to verify my account', 'I was tricked into sending money by someone using your company name',
  ],
  fraud_credit_repair: [
    '有人说可以帮我把逾期记录抹掉，收了三千块就不见了', '对方说认识征信中心内部的人，能把不良记录去掉，我付了钱却什么都没变',
    '网上一个号称能消除黑名单的机构收了我的钱后关机了', '所谓的帮忙协商减免，先交了服务费，结果你们根本没收到任何申请',
    '有人说我的贷款可以做"债务重组"，要我先交保证金', '一个自称代理维权的中介让我把还款打到他那里，说由他转交，钱被他吞了',
    '對方說可以幫我消除信用瑕疵，收了費用之後就失聯了', '有人話可以幫我洗白信貸紀錄，俾咗錢之後冇人理',
    'someone promised to delete my overdue record for a fee and then disappeared', 'an agent said he could clean my credit history if I paid him first, I paid and nothing changed',
  ],
  loan_identity_theft: [
    '突然收到你们的还款短信，可我根本没有在你们这里申请过', '我的身份证借给朋友办事，他拿去在你们平台贷了款',
    '催收打电话让我还钱，我从来不知道自己在你们这有借款', '征信报告里多出一笔你们的贷款，我没有任何印象',
    '有人用我的资料注册了账号还借了钱，我要求查清楚', '我手机号以前的主人借的钱，现在天天找我还',
    '我根本沒在你們平台辦過貸款，卻收到催繳通知', '有人用我的證件資料申請貸款，我完全不知情',
    'I have never applied for a loan with you but I keep getting repayment reminders', 'a loan appeared on my credit report that I did not take out',
    'someone used my identity documents to borrow from your platform without my knowledge',
  ],
  account_stolen: [
    '账户里莫名其妙多了一笔借款，钱被提到了一张我不认识的卡上', '早上醒来发现账户被人借了钱，借款不是我点的',
    '手机没离身，账户却有一笔提现，我完全不知情', '我收到放款短信但我并没有申请，钱也不在我卡上',
    '登录密码被改了，里面的额度被人用掉了', '我的账户被别人登录并且改了收款卡',
    '帳戶被人登入，還借走了一筆錢，不是我本人操作', '我部手機冇借過錢，但係個戶口突然多咗一筆貸款',
    'there is a loan on my account that I did not make and the money went to a card I do not own', 'someone logged into my account and withdrew the whole credit line',
    'my password was changed and a withdrawal was made that was not me',
  ],
  collection_threat: [
    '催收在电话里说要让我"好看"，还说知道我每天几点下班', '催收说要到我小孩学校门口等我', '催收说如果不还就让人在我家门口守着',
    '催收发来我父母家的地址，说下周上门', '催收说要把我的事做成传单贴满小区', '催收在语音里说"你一家人都别想过好日子"',
    '催收說要找人去我公司堵我，還說我家人出門要小心', '催收話要上門搵我老婆仔女，我好驚',
    'the debt collector said he knows where my children go to school', 'a collector told me something bad would happen to my family if I did not pay',
    'collectors said they would come to my home and I would regret it', 'the collector sent me a photo of my front door with a warning',
  ],
  // Repayment questions that say 借 or 贷 (the money borrowed) rather than 还款, and leaks told by
  // what the stranger knew: the business head used to read 借 as a loan application.
  repay_early_howto: ['手头有钱了，想把借的钱一次性还完，怎么操作', '借的那笔能不能一下子全还清', '想把剩下的贷款提前还掉，在哪里弄'],
  repay_howto: ['我的经营贷这期要还多少钱', '借的钱这个月该还多少，在哪看', '贷款每期还多少能在哪查到'],
  pi_leak: ['外人怎么会知道我借了多少钱', '别人知道我的借款金额，肯定是信息泄露了', '陌生人能说出我的贷款金额和还款日'],
  // Credit reports named the way people say them (人行报告, 信用报告, 报送), not only 征信.
  credit_update_howto: [
    '结清以后信用报告上的状态什么时候变', '你们多长时间向人行报送一次数据', '我想知道还清的记录几天能在人行报告上看到', '信用报告上的账户状态一直是未结清，要等多久',
    '贵司的还款记录是每月报送还是实时报送', '信用報告多久更新一次', '還清之後人行那邊幾時會更新',
  ],
  credit_wrong_record: [
    '人行报告上显示我逾期，可那个月我是按时还的', '信用报告里你们报的欠款金额不对', '已经结清了，报告上还挂着未还余额',
    '你们报送的逾期天数和实际不符', '因为系统扣款失败被报了逾期，这不是我的责任', '信用報告上多了一條逾期，我明明準時還款',
  ],
  credit_unauthorized_query: [
    '信用报告里有你们的贷后管理查询，我早就结清了', '我只是注册看看，报告上就多了一条审批查询', '没经过我同意就调取了我的信用报告',
    '人行报告上有好几次你们的查询记录，我没授权过', '我沒有申請，報告上卻有你們的查詢紀錄',
  ],
  // Hard negatives: fear words and 死 idioms in ordinary disputes, so they do not mean urgency.
  collection_night: ['催收半夜打电话，吓死我了', '凌晨三点还在打，烦死人了', '欠了一点钱，每天几十个电话轮番打过来', '一天被打了三十多个电话，班都上不了'],
  account_system_fault: ['app一打开就卡死，什么都点不了', '页面一直死机，急死了'],
  repay_deduct_error: ['扣款扣了两遍，气死人了', '说好的自动扣款死活扣不上'],
  marketing_harass: ['推销电话天天打，烦都烦死了'],
  service_unreachable: ['客服电话死活打不进去', '等人工等了四十分钟，急死我了'],
};

/** English wording for every scenario (the first batches had English for a dozen only). */
export const TRAIN_ENGLISH_FACTS_FIFTH: Partial<Record<ScenarioId, readonly string[]>> = {
  repay_howto: ['Where can I see how much I owe this month?', 'How do I pay my instalment through the app?', 'What day does my bill come out?'],
  repay_early_howto: ['How can I pay off the whole loan early?', 'Is there a fee if I repay ahead of schedule?', 'I want to settle my loan now, what are the steps?'],
  loan_limit_howto: ['How do I raise my credit limit?', 'How long does a loan application take to approve?', 'What do I need to apply for a loan?'],
  loan_settlement_proof: ['I paid everything off, can you send me a settlement certificate?', 'My bank needs proof that my loan is closed, how do I get it?'],
  account_unlock: ['I forgot my password and the account is locked.', 'Face verification keeps failing so I cannot sign in.'],
  account_phone_change: ['How do I change the phone number on my account?', 'My old number is gone, how can I update it?'],
  card_change_howto: ['How do I switch the bank card used for repayments?', 'My card expired, how do I bind a new one?'],
  credit_update_howto: ['How long until my credit report shows the loan is paid?', 'When do you report repayments to the credit bureau?'],
  addon_cancel_howto: ['How do I cancel the membership I signed up for?', 'Where is the button to stop the monthly service fee?'],
  marketing_unsub_howto: ['How do I unsubscribe from your marketing texts?', 'Please tell me how to opt out of promotional calls.'],
  loan_rate_high: ['The total interest is much higher than I expected.', 'The annual rate works out above 24 percent.'],
  loan_apr_hidden: ['Nobody told me about the service fee before I signed.', 'The real cost of the loan was never shown clearly.'],
  loan_rejected: ['My application was declined with no reason given.', 'My limit was cut to zero without any notice.'],
  loan_contract_terms: ['The contract lets you change the rate whenever you like, that is unfair.', 'The penalty clause in the agreement is excessive.'],
  repay_fee_penalty: ['I was charged a late fee even though I paid on the due date.', 'The early settlement charge is far too high.'],
  repay_deduct_error: ['You took the repayment twice from my card.', 'The auto-debit failed and now I have a late mark.'],
  repay_hardship: ['I lost my job and cannot pay this month, can we work something out?', 'I am struggling financially and need more time to repay.'],
  collection_contacts: ['Your agents called my coworkers and told them about my debt.', 'Collectors keep phoning my relatives.'],
  collection_night: ['Collection calls wake me up at 3am.', 'They call me dozens of times a day.'],
  collection_insult: ['The collector swore at me and called me a deadbeat.', 'Your collection staff were rude and humiliating on the phone.'],
  addon_bundled: ['An insurance product was added to my loan without asking me.', 'I was told the loan would not be approved unless I bought a membership.'],
  addon_fee: ['I keep being charged a membership fee I never wanted.', 'There is a monthly service charge I cannot cancel.'],
  addon_benefit_missing: ['The membership benefits you promised do not work.', 'The coupons that came with the package cannot be used.'],
  credit_wrong_record: ['My credit report shows a late payment that never happened.', 'The loan is paid off but the report still shows a balance.'],
  credit_unauthorized_query: ['You checked my credit report without my consent.', 'There is a hard inquiry from you that I never authorised.'],
  pi_leak: ['Strangers know details of my loan, my data must have leaked.', 'I started getting spam right after I gave you my ID number.'],
  pi_permissions: ['The app demands access to all my contacts.', 'Why does the app need my location and photos?'],
  account_close_refused: ['I want to close my account but the app will not let me.', 'Customer service refuses to delete my account.'],
  account_system_fault: ['The app crashes every time I open it.', 'My loan records disappeared from the app.'],
  payment_not_credited: ['I repaid yesterday but it still shows as unpaid.', 'My transfer left my bank but you have not credited it.'],
  payment_double_charge: ['I was charged twice for the same instalment.', 'The same payment was deducted two times.'],
  payment_channel_forced: ['You only let me repay through one payment app.', 'Why can I not use my own bank card to repay?'],
  marketing_harass: ['I get loan ads by text every single day.', 'Your sales team keeps calling even after I said no.'],
  marketing_misleading: ['The advert said zero interest but I am paying interest.', 'The promotion promised a high limit and it was a lie.'],
  service_attitude: ['The agent hung up on me.', 'Your staff were dismissive and impatient.'],
  service_unreachable: ['I cannot get through to a human at all.', 'Nobody replies to my messages in the app.'],
  fraud_impersonation: [
    'A caller said he was from your risk team and asked me to move my money to a new account, and I did.',
    'Someone claiming to be your staff asked for the code sent to my phone and then my money was gone.',
    'A fake support agent on WeChat got me to install a screen sharing app.',
    'I was told to pay a deposit before the loan could be released, I paid and never got the loan.',
    'I reported it to the police, the people who took my money used your company name.',
  ],
  fraud_credit_repair: ['I paid a company that promised to fix my credit record and they vanished.'],
  loan_identity_theft: ['I never borrowed from you, somebody opened this loan with my ID.', 'This debt is not mine, I never signed any contract with you.'],
  account_stolen: ['Someone got into my account and borrowed money.', 'A loan was taken from my account while I was asleep.'],
  collection_threat: ['The collector threatened to come to my house.', 'They said they would hurt me if I did not pay.'],
};

/** Demands said with no topic word, so a call-back request does not pull the business head. */
export const TRAIN_DEMANDS_FIFTH: Partial<Record<Demand, readonly string[]>> = {
  other: ['麻烦安排人联系我', '请让负责人打给我', '希望有人跟进一下', '请尽快派人处理', '有人能回我一下吗', '請安排專人聯絡我'],
  explanation: ['到底怎么回事，说清楚', '我想知道为什么', '能不能给句准话'],
  apology: ['你们得给我一个道歉', '起码说声对不起吧'],
  close_account: ['我不想用了，全部关掉', '把我的账号彻底删了'],
};

export const TRAIN_ENGLISH_DEMANDS_FIFTH: Partial<Record<Demand, readonly string[]>> = {
  refund: ['Return the money.', 'I expect a full refund.'],
  stop_harassment: ['Make the calls stop.', 'Leave my family alone.'],
  negotiate_repayment: ['Please let me pay in smaller amounts.', 'I need a repayment plan.'],
  correct_credit: ['Fix the record with the credit bureau.', 'Remove the wrong entry from my report.'],
  explanation: ['I need an answer.', 'What should I do now?'],
  close_account: ['Close my account.', 'Cancel it now.'],
  compensation: ['I want compensation for my losses.', 'You should pay for the damage.'],
  apology: ['I want an apology.', 'Your staff should apologise.'],
  other: ['Please have someone call me.', 'Please pass this to a manager.'],
};

export const TRAIN_OVERLAYS_FIFTH: Record<UrgentOverlay, readonly string[]> = {
  self_harm: [
    '我把药都攒好了，这个月还不上就吃了', '这辈子就这样吧，下辈子再还你们', '我已经跟家里人交代好后事了', '我想离开这个世界',
    '我现在站在江边，脑子很乱', '对不起我爸妈，我撑不住了', '我想解脱了，不想再拖累家人', '实在想不开，不如一走了之',
    '明天我可能就不在了', '每天都在想怎么结束这一切', '我已经没有活路了', '欠的钱等我走了你们找谁去要',
    '我真的好累，不想再醒过来了', '逼死我对你们有什么好处', '我准备把自己了断了',
    '我真係唔想再活落去', '我已經想好要點樣了結自己', '活著太痛苦了，想一了百了', '我好想死，真的撐不下去了',
  ],
  vulnerable: [
    '我外婆今年八十三，耳朵背，是她的账户', '我是一个人带孩子的单亲妈妈，刚刚失业', '我老公脑梗后说话都不清楚了',
    '我父亲有老年痴呆，被人骗着借了钱', '本人肢体二级残疾，没法到网点', '我刚查出来是肺癌晚期', '我在精神科住院治疗',
    '我是退休老人，每月只有一点养老金', '家里老人不会上网，都是我帮忙操作', '我有视力残疾，手机上的字看不清',
    '我媽媽七十幾歲了，不太會用手機', '我阿爸八十幾歲，唔識睇手機', '本人身患重病，長期洗腎',
  ],
  regulator: [
    '此件由国家金融监督管理总局消费者权益保护局转办', '我已通过12378热线登记投诉，工单号[编号#1]', '这件事我已经写信给人民银行分支行了',
    '地方金融监管局已经把我的投诉转给你们了', '我会把材料交给监管机构', '已在监管部门的投诉平台提交',
    '我已經向金管會申訴了', '已經向金融消費評議中心提出申訴', '我已經向金管局同埋消委會投訴',
  ],
};

export const TRAIN_ENGLISH_OVERLAYS_FIFTH: Record<UrgentOverlay, readonly string[]> = {
  self_harm: [
    'I cannot go on like this, I have thought about taking all my pills.', 'Honestly I would rather be dead than keep living like this.',
    'If I cannot pay, I will just end my life.', 'I have written goodbye letters to my family.', 'I am standing on the roof right now.',
    'I see no way out anymore.', 'I keep thinking my family would be better off without me.',
  ],
  vulnerable: [
    'My father is 79 and has dementia, someone talked him into this loan.', 'I am a pensioner living alone.', 'I am visually impaired and cannot read the screen.',
    'My mother had a stroke and cannot speak.', 'I am undergoing chemotherapy.', 'I am on dialysis three times a week.',
  ],
  regulator: [
    'I have reported this to the NFRA.', 'This case was forwarded to you by the People\'s Bank of China.', 'I lodged a complaint with the financial regulator through 12378.',
    'I have contacted the central bank about this.',
  ],
};

/**
 * Framing lines that carry no label: first-person context and everyday emotion (急死了, 烦死了,
 * 吓一跳), so the model stops treating plain first-person or emotional text as urgency. They name
 * no topic (no 还款, 客服, app): lines that did pulled the business head off course on bank B.
 */
export const TRAIN_OPENERS_FIFTH: readonly string[] = [
  '我是老用户了，', '我先说明一下情况，', '麻烦看一下我的问题，', '我想了很久还是写下来，', '打擾一下，', '唔該，', '早上好，', '我长话短说，',
];
export const TRAIN_EMOTIONS_FIFTH: readonly string[] = [
  '急死我了', '烦死了', '真是服了', '我人都傻了', '吓我一跳', '郁闷得很', '心里很不舒服', '我已经等了好几天了', '太折腾人了', '头都大了',
];
export const TRAIN_CLOSERS_FIFTH: readonly string[] = ['辛苦了', '等你们消息', '多谢', '请尽快给我答复', '我等着'];
