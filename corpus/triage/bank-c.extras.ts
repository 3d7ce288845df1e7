/**
 * Blind test bank C, author C: tier-3 scenarios, demands, urgent overlays, framing, English and
 * typos. Longer and more typo-ridden than banks A and B (`longShare`, `typoShare`), English kept
 * near 5% of rows. Never used for training, rule writing or tuning.
 */
import { BANK_C_FACTS } from './bank-c.facts.js';
import type { PhraseBank } from './scenarios.js';

export const BANK_C: PhraseBank = {
  author: 'C (elderly, students, small-shop owners; dialect, typos, very short or rambling)',
  facts: {
    ...BANK_C_FACTS,
    fraud_impersonation: [
      '有个人打电话说是你们的客服，说我账户有问题，叫我把钱转到一个账户，我转了{amt}',
      '对方说是平台工作人员，帮我取消学生账户不然影响征信，我就按他说的借了钱转过去了',
      '有人说我的贷款额度要激活得先交钱，我交了以后人就找不到了',
      '一个自称你们公司的人叫我下个软件开视频会议，我卡里的钱全没了',
      '对方说我放款失败是卡号填错了，要交解冻金，我转了三次',
      '骗子冒用你们名义骗了我{amt}块',
      '我给一个说是贵公司理赔专员的人转了钱，现在拉黑我了',
      '有人打电话说是你们的，说帮我降低利息，让我把验证码给他，结果钱被转走了',
    ],
    fraud_credit_repair: [
      '网上找了个能洗白征信的，交了{amt}块就联系不上了',
      '有人说能帮我删逾期记录，先收费，结果什么都没办',
      '对方说我大学时候的校园贷没注销，要我在几个平台贷款转给他清零',
      '信用修复公司收了钱跑了',
      '说能花钱把征信黑名单消了，我交了钱被拉黑了',
      '有个中介说包过征信修复，收了我两千',
    ],
    loan_identity_theft: [
      '我根本没在你们这借过钱，咋就欠了{amt}',
      '有人拿我身份证在你们平台贷了款',
      '征信上多了一笔贷款，不是我借的',
      '我没注册过你们app，却收到催款短信',
      '我身份信息被人冒用了，名下多了借款',
      '身份证借给同学办卡，结果被拿去贷款了',
    ],
    account_stolen: [
      '我的帐号被人登了，借走了{amt}',
      '我没借钱，收到放款短信，钱打到别人卡里了',
      '有人改了我绑定的手机号，把额度都借光了',
      '账户被盗了，钱被提到陌生卡上',
      '半夜收到借款成功短信，我根本没操作',
    ],
    collection_threat: [
      '催收的说知道我家在哪，要来找我',
      '催收说不还钱就给我们学校寄材料，让我毕不了业',
      '催收说要把我店给砸了',
      '催债的发短信说让我出门注意安全',
      '他们说再不还就把我P的照片发给我所有联系人',
      '催收扬言要带人上门',
      '电话里说要卸我一条腿',
      '催收说要去我爸妈家泼红油漆',
    ],
  },
  demands: {
    refund: ['把钱退给俺', '多收的钱退回来', '要求退钱', '钱得退我'],
    stop_harassment: ['别再打了行不行', '不要再骚扰我家里人', '让他们别打了'],
    negotiate_repayment: ['能不能让我分期慢慢还', '求减点利息', '给我缓几个月'],
    correct_credit: ['把我征信改过来', '征信上的记录得消掉'],
    explanation: ['给个说法', '到底咋回事', '请告诉我咋办'],
    close_account: ['给我销户', '把会员关了别再扣了', '账号给我注销'],
    compensation: ['损失你们得赔', '要求赔偿'],
    apology: ['要他们给我道歉', '必须道歉'],
    other: ['希望能改改', '找个人给我回电话', '你们领导管管'],
  },
  overlays: {
    self_harm: [
      '我真不想活下去了', '实在没办法了，我准备吃药走了', '我现在坐在楼顶上', '欠这么多钱，死了算了',
      '我已经割过一次手腕了', '想喝药', '这日子过不下去了，不如死了干净', '我真的想跳下去',
    ],
    vulnerable: [
      '我今年七十八了，眼睛也看不清', '俺是农村老太太，不识字，是孙子帮我打的字', '我是盲人，用读屏软件',
      '我有智力残疾的弟弟，这是他的账户', '我得了白血病正在化疗', '我妈阿尔茨海默病，根本不知道自己借了钱', '我是聋人，没法打电话',
    ],
    regulator: [
      '我已经打了12378', '已经向金融监管总局投诉了', '我去人民银行反映过了', '监管那边转过来的',
      '我已经给市金融办写信了', '消协和监管局我都投诉了', '工单来源：国家金融监督管理总局',
    ],
  },
  openers: ['你好', '喂，你们好，', '俺想问个事，', '打扰了，', '', '', '', '麻烦问一下，', '我是开小卖部的，', '我孙子帮我打的字，'],
  emotions: ['急死人了', '心里堵得慌', '这叫啥事啊', '头都大了', '搞么子名堂', '真是服了'],
  closers: ['谢谢啦', '麻烦快点', '等回复', '我电话{phone}', '拜托了', '不然我就去消协'],
  apps: ['那个app', '你们软件', '手机上那个借钱的', '快借宝', '你们平台'],
  english: {
    facts: {
      repay_howto: ['how much do i pay this month'],
      loan_rate_high: ['interest is crazy high, like 40 percent a year'],
      collection_night: ['they call me at 2am about the loan'],
      addon_bundled: ['you forced an insurance product on me with the loan'],
      service_unreachable: ['nobody answers the hotline'],
      fraud_impersonation: ['a guy said he was from your support team and i sent him money'],
      account_stolen: ['someone logged into my account and borrowed money'],
      collection_threat: ['the debt collector said he will come to my house and hurt me'],
    },
    demands: {
      refund: ['give my money back'],
      stop_harassment: ['make it stop'],
      explanation: ['what do i do'],
    },
    overlays: {
      self_harm: ['i really want to end it all'],
      vulnerable: ['i am 80 years old and can barely see'],
      regulator: ['i already reported this to the banking regulator'],
    },
  },
  typos: [
    ['账单', '帐单'], ['已经', '以经'], ['怎么', '怎莫'], ['利息', '利自'], ['催收', '摧收'], ['注销', '注消'],
    ['手续费', '手续废'], ['再', '在'], ['验证码', '验正码'], ['逾期', '预期'],
  ],
  traditional: 'tw',
  englishShare: 0.3,
  longShare: 0.15,
  typoShare: 0.3,
};
