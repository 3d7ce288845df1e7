/**
 * Train bank A, sixth batch (2026-12-01): wider everyday vocabulary for the business lines a
 * fourth author's complaints were most often confused on. Marketing is more than "营销电话":
 * pushes, e-mails, robocalls, "quota waiting" texts, number-hopping sales calls and how to opt
 * out of them. Payments (支付结算) is the money movement itself — binding a card, a charge taken
 * twice, a transfer not credited, a forced wallet — while repayment is the bill, its schedule
 * and the automatic deduction. Account, loan and credit-reporting questions get the words
 * people use when they do not know the product terms. Every line is tied to one scenario, so
 * the scenario table keeps deciding the labels.
 * Written by author A from general knowledge of such complaints; used ONLY for the train split.
 */
import type { ScenarioId } from './scenarios.js';

export const TRAIN_FACTS_SIXTH: Partial<Record<ScenarioId, readonly string[]>> = {
  marketing_unsub_howto: [
    '你们的推广短信在哪里退订', '怎么让你们不再给我推送贷款广告', 'app里的消息推送太多了，在哪关', '我不想再收到你们的营销邮件，怎么取消订阅',
    '回复TD能退订吗，回了还是照样发', '怎样把我的手机号移出你们的外呼名单', '能不能只保留账单提醒，把活动通知都关了', '公众号天天推借钱的消息，怎么屏蔽',
    '请问怎么设置不接收推销电话', '广告短信一条接一条，求退订方法', '我想关闭个性化推荐和营销推送', '如何取消你们的促销通知',
  ],
  marketing_harass: [
    '我已经说了不需要，推销的还是隔两天就打一次', '拉黑一个号码又换一个号码打来推销贷款', '每天都有机器人外呼问我要不要借钱', '早上七点就被推销电话吵醒，问我要不要提额',
    '短信天天说我有额度待领取，我根本没打算借', '一个月收到上百条借款广告短信', '销户了还在给我打营销电话', '推销员一天打五六次，我工作都没法做',
    '周末休息也被你们的客户经理电话轰炸推销', '不停推送"点击立即提现"，烦不胜烦', '你们的电销人员明知道我拒绝了还继续打', '我爸的手机天天收到你们的贷款推销',
  ],
  marketing_misleading: [
    '广告上写的是日息万分之二，实际算下来高得多', '宣传说秒批秒到账，申请了三天还在审核', '推销员保证不查征信，结果征信上多了记录', '短信说已为我预留额度，点进去才知道只是广告',
    '说好的新人免息，到账单里还是有利息', '抽到的优惠券根本用不了，全是噱头', '宣传页面说零手续费，每期都收服务费', '客户经理说提额只要点一下，其实要先买会员',
    '广告里说随借随还不收费，提前还却要违约金', '活动说送红包，借完了红包一直没到',
  ],
  payment_double_charge: [
    '同一笔订单付了一次却被扣了两次钱', '网络卡了一下，重复付款了，两笔都成功', '银行卡一天之内被扣了两笔一样的金额', '支付页面转圈，我又点了一次，结果扣了两回',
    '手机银行显示同一时间两笔扣款', '付款时提示失败，重试后两笔都扣了', '绑的卡被重复划款，余额都不够了', '一笔分期款在银行流水里出现了两次',
  ],
  payment_not_credited: [
    '钱已经从银行卡划走了，平台这边却一直显示待还', '转账成功好几天了，账户里还是没有到账', '银行说钱已经付出去了，你们说没收到', '支付宝付款成功，平台订单还是未支付',
    '付款截图都有，系统一直显示处理中', '还款的钱扣了但没入账，还被算了逾期', '打款之后状态一直是"支付中"', '退款说已经原路退回，我的卡上没有看到',
  ],
  card_change_howto: [
    '想换一张银行卡来扣款，在哪里改', '绑定新卡时一直验证失败，怎么弄', '旧卡已经注销了，怎么解除绑定', '银行卡的预留手机号改了，绑卡提示信息不符',
    '一张卡绑不上，提示不支持这家银行，换哪家可以', '怎么设置默认的扣款银行卡', '解绑按钮点不动，怎么换卡', '绑卡收不到银行发的验证码',
  ],
  payment_channel_forced: [
    '为什么只能用你们自己的钱包付款', '不开通你们的支付账户就不能还，这合理吗', '我想用银行卡直接付，非要我下载另一个支付软件', '强制要求用指定的支付渠道，别的都不行',
    '用银行转账要另收手续费，只有你们的渠道免费', '还款只能走一家第三方支付，我那张卡不支持',
  ],
  repay_howto: [
    '这个月的账单在哪里看，应还多少', '最低还款和全额还款有什么区别', '到期那天会自动从卡里扣吗，我需要手动还吗', '可以用微信或者支付宝还款吗',
    '还剩几期没还，总共还欠多少', '还款入口在app哪个页面', '账单日和还款日分别是哪天', '我想手动还一期，该怎么操作',
    '能不能在还款日之前先把钱还进去', '钱存在卡里就行了吗，还是要自己点还款', '账单上的各项金额分别是什么意思，看不懂', '没有绑银行卡的话还能用什么方式还',
  ],
  repay_deduct_error: [
    '我已经手动还过了，系统又自动扣了一次', '贷款都结清了，还在从我卡里扣钱', '到了还款日没有扣款，现在算我逾期', '扣了一张我没授权扣款的卡',
    '自动扣款扣了两期的钱', '还款日前一天就提前扣了，害我卡里透支',
  ],
  repay_early_howto: ['想提前把剩下的全部还掉，有没有手续费', '提前还款需要先预约吗', '提前还一部分可以吗，利息怎么算'],
  account_unlock: ['密码输错几次账号被锁了，多久能自动解开', '人脸识别一直不通过，登录不进去', '换了新手机登录提示设备异常，怎么解锁', '账户被冻结了，要提交什么材料解冻'],
  account_phone_change: ['原来的手机号不用了，怎么换绑新号码', '注册手机号停机了，收不到登录验证码', '怎么修改账户绑定的手机号'],
  account_system_fault: ['app更新以后一直闪退', '借款记录在app里不见了', '页面一直报错，提交不了', '登录后显示的还款金额不对，像是系统出错了'],
  account_close_refused: ['申请注销账户一直说不符合条件', '想销户，客服说要先开通什么服务才能注销', '注销入口找不到，客服也不给办'],
  loan_limit_howto: ['额度怎么才能提高', '为什么我的额度突然变少了，怎么恢复', '申请借款要准备哪些资料', '审核一般要多久'],
  loan_settlement_proof: ['贷款还清了，怎么开结清证明', '买房需要贷款结清的证明文件，在哪申请', '结清证明能发电子版吗'],
  credit_update_howto: [
    '还清以后多久征信上会更新', '征信报告上的状态什么时候会变成结清', '你们多久报送一次征信数据', '我已经还完了，征信上还显示欠款，一般要等几天',
    '逾期补上以后，征信记录什么时候会改过来', 'app里的还款记录和征信报告上的不一样，是没同步吗', '你们是每个月几号上报征信的',
  ],
  repay_fee_penalty: [
    '因为你们扣款失败，反倒收了我的罚息', '晚还了一天，滞纳金比利息还高', '提前还款被收了一笔违约金，事先没人说', '还款日系统出问题没扣成，第二天还要我交逾期费',
  ],
  addon_fee: ['开通会员时一次性收了好几百，事先没看到价格', '会员费被算进了借款本金里', '取消了权益包，下个月还是被扣了费', '每个月被自动扣一笔服务费，不知道是什么'],
  addon_benefit_missing: ['买了加速包还是等了好几天才放款', '说好的专属客服根本没有', '提额卡买了额度一点没涨', '附带的保险出了事却理赔不了'],
  loan_apr_hidden: ['借款页面只写了日利率，从没告诉我年化是多少', '借之前说每期还多少，实际还款时多出一笔服务费', '客服说没有其他费用，账单里却冒出好几项', '合同里的综合成本到还款时才看到'],
  pi_permissions: ['app要求读取通讯录才能借款', '为什么一定要开定位和相册权限', '不给通讯录权限就不让用，太霸道了'],
};

/** English wording for the same lines (the share of English rows stays bank A's tenth). */
export const TRAIN_ENGLISH_FACTS_SIXTH: Partial<Record<ScenarioId, readonly string[]>> = {
  marketing_unsub_howto: ['How do I stop your promotional push notifications?', 'Where can I unsubscribe from your marketing emails?', 'Please remove my number from your sales call list.'],
  marketing_harass: ['Your sales people keep calling from new numbers after I blocked them.', 'I get robocalls offering loans every morning.', 'I keep getting texts saying a credit limit is waiting for me.'],
  marketing_misleading: ['The ad promised no fees but every instalment has a service charge.', 'The text said I was pre-approved, it was just an advert.', 'The salesman said it would not show on my credit report, it does.'],
  payment_double_charge: ['My card was charged twice for one payment.', 'The payment page froze, I tapped again and both went through.'],
  payment_not_credited: ['The money left my bank days ago but your system shows nothing.', 'My transfer went through but the balance did not change.'],
  card_change_howto: ['I cannot bind my new bank card, the verification fails.', 'How do I unbind a card that has been cancelled?'],
  payment_channel_forced: ['Why do I have to open your wallet to pay?', 'I am charged extra unless I use your own payment channel.'],
  repay_howto: ['Can I repay with WeChat Pay or Alipay?', 'Is the instalment taken automatically on the due date?', 'How many instalments do I have left?'],
  repay_deduct_error: ['I repaid manually and the auto-debit took it again.', 'You are still debiting my card after the loan was paid off.'],
};
