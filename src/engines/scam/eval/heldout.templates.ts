/**
 * TEST template bank: written once, before any evaluation run; never edited since.
 * Different wording and scenarios from dev.templates.ts; the targets are asserted on it.
 * Honesty note: its first (blind) run scored FPR 7.1% (anti-fraud notice quoting "共享屏幕")
 * and harassment recall 75% (debt talk without 逾期/欠款). Both phenomena were then fixed via
 * NEW dev templates; later test figures are therefore slightly optimistic.
 */
import type { Template } from './eval.types.js';

const OFFICIAL: Template['senders'] = ['official_port'];
const FRAUD_SENDERS: Template['senders'] = ['none', 'mobile', 'virtual', 'foreign', 'prefixed', 'lookalike_400', 'unknown_landline'];
const FRAUD_LINKS: Template['links'] = ['none', 'lookalike', 'shortener', 'ip', 'apk', 'random'];

export const TEST_TEMPLATES: Template[] = [
  // ── normal ──
  { label: 'normal', text: '{sig}您的动态密码为{code}，用于绑定银行卡，10分钟内有效，切勿告知他人。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}{person}，您{date}应还{amt}元，可在{app}首页一键还款，已还请忽略。', senders: OFFICIAL, hours: [8, 12, 19, 22] },
  { label: 'normal', text: '{sig}您申请的{amt}元借款已审核通过并发放至尾号{tail}的银行卡，请注意查收。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}感谢您使用{name}，本月还款享息费8折优惠，活动详情见{app}，拒收请回复R', senders: OFFICIAL },
  { label: 'normal', text: '{sig}提醒：您的账单已逾期1天，请于今日通过官方App完成还款，避免产生罚息。咨询电话{hot}', senders: OFFICIAL, hours: [9, 16] },
  { label: 'normal', text: '{sig}反诈提示：凡是自称客服要求共享屏幕的都是诈骗，{name}不会这样做，如有疑问请拨打{hot}。', senders: OFFICIAL },
  { label: 'normal', text: '{sig}您已成功提前还清全部借款，结清证明可在{app}下载，感谢您的信任。', senders: OFFICIAL },
  { label: 'normal', text: '【{other}】您尾号{tail}的储蓄卡{date}转入工资{amt}元，余额可在手机银行查询。', senders: ['unknown_port'] },
  { label: 'normal', text: '【{other}】春季焕新，家电以旧换新补贴最高500元，详见 {url} ，回T退订', senders: ['unknown_port'], links: ['unknown_legit'] },
  { label: 'normal', text: '【{other}】您预约的体检时间为{date}上午9点，请空腹前往，如需改期请回复。', senders: ['unknown_port'] },
  { label: 'normal', text: '{sig}您的宽带将于{date}到期，续费可登录{url}办理。', senders: OFFICIAL, links: ['official'] },
  { label: 'normal', text: '您好，这里是{name}客服中心，回访您上周反馈的还款问题，请问现在方便吗？', senders: ['official_hotline'] },
  { label: 'normal', text: '{sig}Your repayment of {amt} CNY was received on {date}. Thank you.', senders: OFFICIAL, en: true },
  { label: 'normal', text: '老王，明天下午三点的会改到会议室B，记得带合同。', senders: ['mobile'] },
  // ── fraud ──
  { label: 'fraud', type: 'brushing_rebate', text: '诚招网络兼职，足不出户日赚300+，给商家点赞关注即可领取佣金，详情咨询{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'brushing_rebate', text: '平台派单任务，前三单小额垫付后返利20%，完成联单再返本金，立即进入 {url}', senders: FRAUD_SENDERS, links: FRAUD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我们的投资导师近期带单收益翻倍，原始股名额仅剩5个，保本高收益，进群请点 {url}', senders: FRAUD_SENDERS, links: FRAUD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '数字货币量化交易，日收益率3%，稳赚不赔，扫码下载交易APP即可注册', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '【{name}】尊敬的用户，您已获得低息贷款额度已批，无需审核，包下款，回复1立即办理', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '您的借款{amt}元因卡号填写错误已被冻结，请按要求缴纳验资金后解冻，否则将影响征信', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_loan', text: '下款前需要预付工本费和激活费，到账后全额退还，请转账至{acct}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，您在网上购买的商品存在质量问题，已被召回，我们将为您办理退款，请提供收到的验证码', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的会员即将自动续费，每月扣费{amt}元，取消会员请点击 {url} 联系专属客服', senders: FRAUD_SENDERS, links: ['lookalike', 'shortener', 'random', 'ip'] },
  { label: 'fraud', type: 'fake_customer_service', text: '我是{name}客服，您的账户金融资质不足，需要通过向日葵远程协助帮您修改，请按我说的操作', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，我是公安局刑侦大队的，你的银行卡涉案，现在对你的资金进行清查，须把钱转到国家账户，此事保密', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_authority', text: '你的身份被冒用办理了多张银行卡，涉嫌犯罪，法院将冻结管控你名下资产，请马上联系警官{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '根据监管要求，学生贷账户必须关闭，不关闭会上征信黑名单，请开启共享屏幕由我们指导您操作', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}系统检测到您曾以学生身份注册，需注销您的账户，否则征信受损，详询 {url}', senders: FRAUD_SENDERS, links: ['lookalike', 'random', 'none'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '信用卡网贷逾期？我们帮你个性化分期、减免利息、延期还款申请，专业反催收，收费低', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '品牌手机特价清仓，原价6999现价1999，限量抢购，货到付款，加微信下单{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'fake_shopping', text: '二手闲置相机低价出，外地发货，私下交易优惠，先付定金到{acct}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '是我，你表哥，我换号了，这边急用钱住院，你先帮我垫{amt}块，明天还你', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小李，我是你老板，我在开会，有个客户的款要付，你先帮我转一下，加我新微信{phone}', senders: FRAUD_SENDERS },
  { label: 'fraud', type: 'game_trading', text: '低价收购游戏币和点券，代练上分，账号交易走平台 {url} 更安全', senders: FRAUD_SENDERS, links: ['random', 'ip'] },
  { label: 'fraud', type: 'romance', text: '宝贝，认识你这么久，想和你见面，但我在海外，你先在这个博彩平台帮我充值{amt}好吗 {url}', senders: FRAUD_SENDERS, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'brushing_rebate', text: 'Part-time job: earn daily pay by liking videos, task commission paid instantly. Contact us on telegram.', senders: FRAUD_SENDERS, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: 'Your parcel lost in transit. For compensation, install AnyDesk and share your screen with our customer service.', senders: FRAUD_SENDERS, en: true },
  // ── harassment ──
  { label: 'harassment', text: '{sig}你欠的钱再不还，我们就去你单位找你，联系你父母，你等着瞧吧，后果自负', senders: OFFICIAL },
  { label: 'harassment', text: '{sig}拖欠{amt}元不还的老赖，明天就把你的欠款信息群发给你的通讯录', senders: OFFICIAL },
  { label: 'harassment', text: '{person}，{name}的欠款你拖了三个月了，不要脸的东西，再不还找人收拾你', senders: ['mobile', 'unknown_landline'] },
  { label: 'harassment', text: '{sig}您在{name}的借款已逾期20天，请尽快处理，详询{hot}', senders: OFFICIAL, hours: [22, 23, 7] },
];
