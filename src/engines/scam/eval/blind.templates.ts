/**
 * BLIND-1 bank (third split). Written by a different author from the dev and test banks,
 * without reading the analyzer's lexicon or running the analyzer while writing, and run once
 * to record figures. The analyzer was not tuned on it until 2026-12-01.
 *
 * Since 2026-12-01 it is NOT blind: its misses (fraud recall 85.9%, FPR 6.3%, type accuracy
 * 87.3%, harassment recall 66.7%) were studied and their causes fixed, so it is development data
 * and its figures are regression floors only. A new bank by another author takes over as the
 * held-out split; this file is kept unedited so the figures stay comparable.
 *
 * Style differs on purpose: more chat-like wording, longer call transcripts, genuine notices
 * that themselves talk about fraud or credit records, and unregistered but honest senders.
 */
import type { Template } from './eval.types.js';

const DAY = [9, 10, 11, 13, 15, 16, 19, 20];

const NORMAL: Template[] = [
  { label: 'normal', text: '{sig}验证码{code}，用于登录{app}，5分钟内有效。工作人员不会向您索取，切勿泄露。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}尊敬的客户，您本期账单应还{amt}元，最后还款日{date}，请确保尾号{tail}的银行卡余额充足。如已还款请忽略。', senders: ['official_port', 'none'] },
  { label: 'normal', text: '{sig}您申请的借款{amt}元已于{date}发放至尾号{tail}银行卡，请注意查收，借款详情可在{app}查看。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}春日焕新季，{name}会员专享利率优惠券已到账，有效期至{date}。点击 {url} 查看，拒收请回复R', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}您尾号{tail}的账户{date}支出人民币{amt}元，余额请登录手机银行查询。非本人操作请致电{hot}。', senders: ['official_port'] },
  {
    label: 'normal',
    text: '您好，这里是{name}贷后服务中心，我姓刘，工号1087。系统显示您的账单已经逾期5天，金额{amt}元。想了解一下您是不是遇到了什么困难？如果暂时周转不开，可以在{app}里申请延期，有疑问也可以回拨{hot}。',
    senders: ['official_hotline'],
  },
  { label: 'normal', text: '{sig}您在我司的借款已逾期，为避免产生更多罚息并影响您的信用记录，请于{date}前通过{app}还款。如对账单有异议，请拨打{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}尊敬的客户，截至{date}您本月已使用流量18.6GB，话费余额{amt}元。查询详单请登录 {url}', senders: ['official_port'], links: ['official'] },
  { label: 'normal', text: '{sig}您的登录密码已于{date}修改成功。如非本人操作，请立即在{app}冻结账户或拨打{hot}。', senders: ['official_port'] },
  { label: 'normal', text: '【{other}】您的订单已发货，运单号YT{tail}{tail}，预计{date}送达，查看物流：{url}', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '{name}: we have received your repayment of CNY {amt} on {date}. Thank you. Customer service: {hot}', senders: ['official_port'], en: true },
  { label: 'normal', text: '{sig}您的信用卡已寄出，收到后请通过{app}或拨打{hot}激活，激活须本人操作。', senders: ['official_port'] },
  { label: 'normal', text: '{sig}恭喜！根据您的良好信用，您的可用额度已提升至{amt}元，可在{app}内查看。理性借贷，按需使用。退订回T', senders: ['official_port'] },
  {
    label: 'normal',
    text: '{sig}防诈提醒：近期有不法分子冒充我司客服，以“注销账户”“调整额度”为由诱导转账。我司不会索要验证码，请认准官方热线{hot}。',
    senders: ['official_port', 'none'],
  },
  { label: 'normal', text: '{name}提醒：您的分期第3期{amt}元将于{date}到期，扣款前请保证账户余额充足。回复TD退订', senders: ['official_port', 'none'] },
  { label: 'normal', text: '{sig}您{date}的电子账单已生成，本期最低还款额{amt}元，可登录{app}查看明细。', senders: ['official_port'] },
];

const FRAUD: Template[] = [
  // brushing_rebate
  { label: 'fraud', type: 'brushing_rebate', text: '招聘兼职：手机点赞关注就能做，一单3元，日结200-500，不收任何费用，有意向加QQ 2847{tail}，备注“兼职”', senders: ['mobile', 'virtual'] },
  {
    label: 'fraud',
    type: 'brushing_rebate',
    text: '亲，我们是{other}的合作商家，邀您做体验官：先垫付下单{amt}元，完成后本金加15%佣金秒返，做满三单返得更多，下载 {url} 接单',
    senders: ['mobile', 'none'],
    links: ['apk', 'random'],
  },
  // fake_investment
  { label: 'fraud', type: 'fake_investment', text: '王老师带你抓牛股！内部群每天推荐涨停股，上月群员平均收益38%，名额有限，点击 {url} 进群，下载专属交易APP', senders: ['virtual', 'foreign'], links: ['shortener', 'random'] },
  { label: 'fraud', type: 'fake_investment', text: '您好，我是{person}，数字货币量化平台的导师，保本保息，年化收益120%，稳赚不赔，今天入金{amt}元即送体验金，注册地址 {url}', senders: ['mobile', 'none'], links: ['random', 'ip'] },
  // fake_loan
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您已获得50000元无抵押贷款额度，无需征信，最快5分钟到账，点击 {url} 立即领取', senders: ['unknown_port', 'mobile'], links: ['lookalike', 'shortener'] },
  {
    label: 'fraud',
    type: 'fake_loan',
    text: '您的贷款已经审批通过了，但是您填写的银行卡号有误，资金被系统冻结了。需要您先转{amt}元解冻金到我们的监管账户{acct}，验证成功后连同贷款一起退给您。',
    senders: ['mobile', 'virtual', 'unknown_landline'],
  },
  { label: 'fraud', type: 'fake_loan', text: '{name}客服：您申请的借款需要先缴纳会员费{amt}元才能提高放款成功率，请添加客服微信 dk{tail} 办理', senders: ['lookalike_400', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: 'Congratulations! Your loan of CNY 50,000 is approved with no credit check. Pay the processing fee first at {url} to receive the money today.', senders: ['foreign', 'mobile'], links: ['shortener', 'random'], en: true },
  // fake_customer_service
  {
    label: 'fraud',
    type: 'fake_customer_service',
    text: '您好，我这边是{other}售后，您上周买的商品检测出质量问题，我们要给您三倍理赔，请下载会议软件开一下屏幕共享，我一步步教您操作退款。',
    senders: ['unknown_landline', 'foreign'],
  },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您开通的百万医疗保障服务即将每月自动扣费{amt}元，如非本人开通，请联系专员 {phone} 关闭，否则将持续扣费。', senders: ['unknown_port', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_customer_service', text: '快递理赔通知：您的包裹在运输途中丢失，请点击 {url} 填写理赔信息，赔付金额{amt}元，24小时内有效。', senders: ['mobile', 'unknown_port'], links: ['shortener', 'lookalike'] },
  // impersonating_authority
  {
    label: 'fraud',
    type: 'impersonating_authority',
    text: '这里是市公安局经侦支队，你的身份证涉嫌一起洗钱案件，现在要对你的资金进行清查，请把资金转入国家安全账户配合调查。此事属于机密，不得告诉任何人，包括家人。',
    senders: ['prefixed', 'foreign', 'unknown_landline'],
  },
  { label: 'fraud', type: 'impersonating_authority', text: '【通知】你名下有一张法院传票未签收，案件编号(2025)京0105民初{tail}号，详情查看 {url} ，逾期将强制执行。', senders: ['mobile', 'virtual'], links: ['ip', 'random'] },
  // fake_credit_repair
  {
    label: 'fraud',
    type: 'fake_credit_repair',
    text: '您好，我是{name}的工作人员，您大学期间在我们平台开通过校园贷账户，现在国家要求清理，如果不注销会影响您的个人征信。我加您QQ，您下载一个会议APP，我指导您操作。',
    senders: ['lookalike_400', 'mobile', 'prefixed'],
  },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信修复，专业洗白逾期记录，内部渠道，三天出结果，不成功全额退款，咨询 {phone}', senders: ['mobile', 'virtual'] },
  // fake_shopping
  { label: 'fraud', type: 'fake_shopping', text: '低价转让全新iPhone，原价8999现只要2999，不议价，先付定金{amt}元锁定，加微信 mai{tail}，不走平台交易更便宜。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '演唱会门票内部渠道出票，VIP前排只需{amt}元，先转账后发票，扫码付款 {url}', senders: ['mobile', 'virtual'], links: ['random', 'shortener'] },
  // impersonating_acquaintance
  {
    label: 'fraud',
    type: 'impersonating_acquaintance',
    text: '是我，你们部门领导，这是我新号码，旧的先别存了。我这边有个朋友急需周转，你先帮我转{amt}元到这个账户{acct}，下午开完会我就还你，别声张。',
    senders: ['mobile', 'virtual'],
  },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我手机掉水里了，这是同学的号。我急需交培训费{amt}元，你直接转到老师卡上{acct}，别打电话给我，我在上课。', senders: ['mobile', 'foreign'] },
  // game_trading
  { label: 'fraud', type: 'game_trading', text: '出售王者荣耀V10账号，全皮肤，只要{amt}元，交易走这个平台更安全 {url} ，买家需先充值保证金才能解冻提现。', senders: ['mobile', 'none'], links: ['random'] },
  { label: 'fraud', type: 'game_trading', text: '恭喜！你的游戏装备已被买家高价收购，成交价{amt}元，请登录交易平台 {url} 提现，提现前需缴纳认证费。', senders: ['virtual', 'mobile'], links: ['random', 'ip'] },
  // romance
  {
    label: 'fraud',
    type: 'romance',
    text: '亲爱的，我们认识这么久了，我真的很想见你。我在一个博彩平台发现了漏洞，稳赚的，你先充点钱试试，我带你一起赚，以后我们就能在一起了 {url}',
    senders: ['none', 'foreign'],
    links: ['random', 'shortener'],
  },
  {
    label: 'fraud',
    type: 'romance',
    text: 'Hi dear, I am an engineer on an oil platform and I want to send you a parcel of gifts, but customs needs a clearance fee of USD 500. Please transfer it to my agent today, I love you.',
    senders: ['foreign'],
    en: true,
  },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '{person}，你欠{name}的{amt}元已经逾期两个月，今天再不还，我们就联系你的父母和单位领导，让大家都知道你是个老赖。', senders: ['mobile', 'unknown_landline'], hours: [...DAY, 23] },
  { label: 'harassment', text: '欠钱不还的废物，你全家都不得好死，明天我们的人就上门找你。', senders: ['mobile', 'virtual'], hours: [23, 1, 10, 14] },
  {
    label: 'harassment',
    text: '【催收通知】{person}，你在{name}的借款已严重逾期，我司已委托律师事务所向法院起诉，传票近日送达你户籍所在地，还将通知你通讯录里的联系人。今天18点前还清{amt}元。',
    senders: ['mobile', 'unknown_landline'],
  },
  { label: 'harassment', text: '{name}贷后部：您的借款已逾期，请今天内处理，我们会持续联系您。', senders: ['mobile'], hours: [23, 0, 6] },
  { label: 'harassment', text: '再不还钱就把你的欠款信息和照片发到你朋友圈和通讯录群里，让所有人看看你是什么人。', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '我们已经联系了你的同事和你老婆，你自己看着办，还不上就去别的平台借了先还我们。', senders: ['unknown_landline', 'mobile'] },
];

export const BLIND_TEMPLATES: Template[] = [...NORMAL, ...FRAUD, ...HARASSMENT];
