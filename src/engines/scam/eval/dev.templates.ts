/**
 * DEV template bank: the lexicon and weights were tuned on these (and only these) messages.
 * Disjoint from heldout.templates.ts by construction (different wording, different scenarios).
 */
import type { Template } from './eval.types.js';

const OFFICIAL: Template['senders'] = ['official_port'];
const FRAUD_SENDERS: Template['senders'] = ['none', 'mobile', 'virtual', 'foreign', 'prefixed', 'lookalike_short', 'unknown_port'];
const FRAUD_LINKS: Template['links'] = ['none', 'lookalike', 'shortener', 'ip', 'apk', 'random'];

export const DEV_TEMPLATES: Template[] = [
  // ── normal notifications and marketing ──
  { label: 'normal', text: '{sig}验证码{code}，您正在登录{app}，5分钟内有效。请勿泄露给他人，工作人员不会向您索要。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}尊敬的客户，您本期账单{amt}元将于{date}到期，请确保还款银行卡余额充足，如已还款请忽略。', senders: OFFICIAL, hours: [9, 14, 20, 23] },
  { label: 'normal', text: '{sig}您尾号{tail}的账户{date}收到放款{amt}元，详情请登录{app}查看。客服{hot}', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您有一笔备用金额度待领取，年化利率低至7.2%，详情 {url} ，回T退订', senders: OFFICIAL, links: ['official', 'none'] },
  { label: 'normal', text: '{sig}您的借款已逾期3天，应还{amt}元，请尽快通过{app}还款，以免影响个人征信。如有疑问请致电{hot}。', senders: OFFICIAL, hours: [10, 15] },
  { label: 'normal', text: '{sig}温馨提示：本公司不会以任何理由要求您转账到个人账户，也不会索要验证码，谨防诈骗。官方客服{hot}', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您的{app}账户于{date}修改了登录密码，如非本人操作请立即致电{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '【{other}】您尾号{tail}的信用卡{date}消费{amt}元，当前可用额度充足。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】双十一会员日，全场满300减50，点击 {url} 抢购，回T退订', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '【{other}】您的快递已到驿站，取件码{code}，请凭取件码及时领取。', senders: ['unknown_port'] },
  { label: 'normal', text: '{sig}您本月话费账单已出，消费{amt}元，可登录{app}查询详单。', senders: OFFICIAL },
  { label: 'normal', text: '{person}您好，我是{name}的客服，您提交的投诉工单已受理，我们将在15日内给您答复，请留意官方App消息。', senders: ['official_hotline'] },
  { label: 'normal', text: 'Your {name} verification code is {code}. Never share it with anyone; our staff will never ask for it.', senders: OFFICIAL, en: true },
  { label: 'normal', text: '妈，我周末回家吃饭，帮我留点饺子。', senders: ['mobile'] },
  // Added after the first test run exposed two phenomena (education texts quoting scam cues;
  // debt talk without 逾期/欠款): new dev wording for the phenomena, not the test sentences.
  { label: 'normal', text: '{sig}防骗提醒：任何要求您下载远程控制软件或把钱转入安全账户的都是骗子，请认准官方客服{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}Beware: anyone asking for a screen sharing session is a scammer. {name} will never do that.', senders: OFFICIAL, en: true },
  // ── fraud by type ──
  { label: 'fraud', type: 'brushing_rebate', text: '招聘兼职，手机即可操作，点赞关注做任务，日结佣金200-500元，有意加微信{phone}', senders: FRAUD_SENDERS, links: ['none', 'random'] },
  { label: 'fraud', type: 'brushing_rebate', text: '宝妈在家就能赚，垫付刷单返利，本金加佣金马上返还，详情 {url}', senders: FRAUD_SENDERS, links: FRAUD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '资深导师带单，内幕消息稳赚不赔，收益率30%起，下载投资平台 {url} 注册', senders: FRAUD_SENDERS, links: FRAUD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '加入炒股群，免费荐股，虚拟币USDT高回报翻倍，名额有限，加微信{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '{sig}恭喜您获得20万额度，无抵押免征信秒到账，点击 {url} 领取', senders: FRAUD_SENDERS, links: FRAUD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在{name}申请的贷款因银行卡号错误导致放款失败，账户被冻结，需先缴纳解冻费{amt}元，联系专员{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '黑户可贷，不看征信，放款前需交保证金证明还款能力，刷流水后即可到账', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递客服，您的包裹丢失，我们将双倍赔偿，请下载会议软件开启屏幕共享办理理赔', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您误开通了百万保障会员，每月自动扣费{amt}元，如需关闭服务请联系客服{phone}', senders: FRAUD_SENDERS, links: ['none', 'lookalike', 'random'] },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，您在{name}的投诉已受理，可为您退还利息{amt}元，退款需将验证码告诉我核实身份', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_authority', text: '我是市公安局警官，你的身份证涉嫌洗钱，需将资金转入安全账户配合调查，不要告诉家人', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是检察院，您涉嫌一起刑事案件，通缉令已下发，请立即配合资金核查，案件保密', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您好，您大学期间开通的校园贷账户未注销，将影响征信，请下载{app}配合注销', senders: FRAUD_SENDERS, links: ['none', 'lookalike', 'apk'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '专业征信修复，消除逾期记录，征信洗白，先付款后办理，咨询{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '网贷逾期不用怕，专业团队协商还款、停息挂账、债务优化，成功后收费，加微信{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '演唱会门票内部渠道低价出，原价1280现在600，私下交易加微信{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '闲置名牌包低价转让，代购正品，先付定金转账到{acct}，包邮', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你领导，换新号了，在开会不方便接电话，急用钱，先帮我转{amt}元到这个账户{acct}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '猜猜我是谁？我是你老同学，加我新微信{phone}，最近急用钱想借我一点', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'game_trading', text: '出售游戏账号，满级装备全皮肤，低价出，在第三方交易平台 {url} 交易', senders: FRAUD_SENDERS, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'romance', text: '亲爱的，我在彩票平台找到漏洞，我们的未来就靠这次了，你也充值一点吧 {url}', senders: FRAUD_SENDERS, links: ['random', 'ip', 'shortener'] },
  { label: 'fraud', type: 'fake_loan', text: 'Loan approved! No credit check, instant approval of 50,000. Pay the processing fee first at {url}', senders: FRAUD_SENDERS, links: ['random', 'shortener', 'ip'], en: true },
  { label: 'fraud', type: 'impersonating_authority', text: 'This is a police officer. Your account is linked to money laundering; transfer your funds to a safe account and do not tell anyone.', senders: FRAUD_SENDERS, en: true },
  // ── illegal collection (harassment) ──
  { label: 'harassment', text: '{sig}您的借款已逾期15天，再不还款我们将爆通讯录，通知你家人和单位，后果自负！', senders: OFFICIAL },
  { label: 'harassment', text: '{sig}欠款{amt}元还不还？老赖，今天下午我们的人上门，让你全家不得安宁', senders: OFFICIAL },
  { label: 'harassment', text: '{person}，你在{name}的欠款已逾期，再不处理就把你的欠债信息发到朋友圈曝光，让你的亲友都知道', senders: ['mobile', 'none'] },
  { label: 'harassment', text: '{sig}您的借款已逾期，请今日内还款{amt}元，客服{hot}', senders: OFFICIAL, hours: [23, 6, 5] },
  { label: 'harassment', text: '{sig}借了钱就想赖账？今天再不还钱，就打电话给你所有紧急联系人', senders: OFFICIAL },
  { label: 'harassment', text: '{person}，你借{name}的钱一直拖着不还，信不信我们找人收拾你', senders: ['mobile', 'none'] },
];
