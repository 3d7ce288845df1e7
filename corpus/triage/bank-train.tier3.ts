/**
 * Train bank A, third batch: tier-3 scenarios (fraud victims, credit-repair scams, identity
 * theft, stolen accounts, collection threats and violence) and extra urgent overlays, demands
 * and English, written from general knowledge of how such complaints read. Used ONLY for the
 * train split.
 */
import type { Demand, PhraseBank, UrgentOverlay } from './scenarios.js';

type Tier3 = 'fraud_impersonation' | 'fraud_credit_repair' | 'loan_identity_theft' | 'account_stolen' | 'collection_threat';

export const TRAIN_FACTS_TIER3: Pick<PhraseBank['facts'], Tier3> = {
  fraud_impersonation: [
    '被骗了', '我被诈骗了', '假客服骗钱', '转账给骗子了', '本人遭遇冒充贵司客服的电信诈骗',
    '冒充客服让我转账到安全账户', '对方说我开通了百万保障不取消要扣费，让我转账', '自称平台工作人员说要注销我的学生账户，让我借钱转给他',
    '对方让我下载屏幕共享软件，卡里的钱被转走了', '有人说我的借款资金被冻结，要交解冻金', '对方冒充客服退款，骗走了我的验证码',
    '骗子说帮我提高额度，先交了三次手续费', '冒充你们的人加我微信，让我把钱打到指定账户', '接到电话说我征信有问题，按他说的在好几个平台借了钱转出去',
    '对方说放款银行卡号填错了，让我交保证金解冻', '说我的账户涉嫌洗钱，让我把钱转到监管账户', '假客服发来的链接填了卡号密码，钱没了',
    'a fake customer service agent made me transfer money', 'someone pretending to be your staff scammed me', '打着你们旗号的人让我刷流水证明还款能力',
    '对方自称是贵司风控部门，让我转账验证还款能力', '被假冒的理赔专员骗了两万',
  ],
  fraud_credit_repair: [
    '征信修复被骗', '花钱消逾期被骗', '洗白征信是骗局', '信用修复中介跑路', '本人被所谓征信修复机构骗取费用',
    '中介说交钱就能删除逾期记录，收了钱就消失了', '对方说能走内部关系消除不良征信，骗了我五千', '有人说我的校园贷没注销影响征信，让我贷款转给他',
    '所谓的征信洗白公司收了定金后拉黑了我', '网上找的征信修复，先交服务费，结果什么都没改', '对方冒充征信中心说要清空额度，让我借钱转过去',
    'a credit repair agency took my money and disappeared', '说能帮我撤销逾期上报，已经转了三笔钱', '有人以代理投诉减免为名骗了我的钱',
    '所谓的债务优化公司骗我签协议，收了高额服务费', '说能帮我停息挂账，先收了两千，之后联系不上',
  ],
  loan_identity_theft: [
    '身份被冒用借款', '不是我借的钱', '我没借过钱却被催', '名下多了贷款', '本人身份信息被他人冒用在贵司借款',
    '我从未在你们平台注册，却有借款记录', '身份证丢了之后名下多了你们的贷款', '征信上有一笔你们的借款不是我本人办的', '有人用我的照片和身份证贷了款',
    '我没签过任何合同却收到还款通知', '前男友用我的身份证在你们这借了钱', 'someone took out a loan in my name',
    '我的身份信息被盗用，借款人不是我', '收到催收电话才知道有人冒用我的名义借钱', '家人偷偷用我的身份证借款，我完全不知情',
  ],
  account_stolen: [
    '账户被盗', '被盗刷', '账号被盗借款', '陌生人登录我的账户', '本人账户被他人盗用并发生借款',
    '有人登录我的账户借款转到陌生卡', '收到借款成功短信但我没有操作', '绑定手机号被人改了，额度被借光', '我的账户在外地登录借了钱',
    'my account was hacked and someone borrowed money', '账户密码被改了，还多了两笔借款', '半夜账户被人提现了', '手机丢了账户被人借款',
    '没有操作却显示人脸认证通过借款', '我的额度被人盗用',
  ],
  collection_threat: [
    '催收威胁我', '催收恐吓', '催收说要上门', '催收扬言伤害家人', '贵司催收人员以暴力相威胁',
    '催收说知道我孩子在哪上学', '催收说要找人打断我的腿', '催收发来我家门口的照片', '催收说要把我的照片P成遗照发给亲友',
    '催收威胁要去我单位闹事', '催收说不还钱就让我出门小心', '催收扬言要弄死我', '催收说已经派人到我老家了',
    'the collector threatened to hurt my family', '催收说要在我家门上泼油漆', '催收发短信说要让我全家不得安宁',
    '催收说要把我的裸照发到网上', '催收冒充公安说要抓我坐牢', '催收说要带人砸了我的店',
  ],
};

export const TRAIN_OVERLAYS_MORE: Record<UrgentOverlay, readonly string[]> = {
  self_harm: [
    '我不想活了', '活着没意思了', '我想死', '真想一死了之', '我已经准备好安眠药了', '我站在楼顶上，不知道该怎么办',
    '我写好了遗书', '我想结束自己的生命', '这样逼我只有死路一条', '我已经割腕过一次', '我想喝农药算了', '走投无路了，想从桥上跳下去',
    '还不上钱我只能去死', '我真的撑不下去了，想解脱', '本人已有轻生念头', '我想自杀',
  ],
  vulnerable: [
    '我七十岁了', '我是残疾人', '我母亲八十多岁不会用手机', '我得了癌症在化疗', '我是低保户', '本人系视力残疾人士',
    '我爸有老年痴呆', '我在住院没法处理', '我是孕妇，快生了', '我是聋哑人只能打字', '我有严重的抑郁症', '我丈夫瘫痪在床',
    '我老伴中风了', '本人为孤寡老人', '我弟弟是智力残疾', '我不识字，是别人帮我写的',
  ],
  regulator: [
    '已向12378投诉', '监管转办', '我已经投诉到金融监管局', '已经反映到人民银行', '已经向银保监会投诉', '这是监管部门转来的',
    '本件系地方金融监督管理局转办', '我会去金融监管总局举报', '已经打了监管热线', '不处理我就向人行投诉', '国家金融监督管理总局已受理我的投诉',
    '已经向地方金融办信访',
  ],
};

export const TRAIN_DEMANDS_MORE: Record<Demand, readonly string[]> = {
  refund: ['退钱', '退款', '请退还多收的费用', '诉求：退还全部费用', '把不该收的钱退回来', '要求返还扣款', 'refund me'],
  stop_harassment: ['别打了', '停止骚扰', '诉求：停止催收骚扰', '不要再联系我的家人', '别再发短信了', 'stop calling me'],
  negotiate_repayment: ['申请分期', '求协商', '诉求：协商还款方案', '希望减免罚息后分期', '能不能延期', '申请停息挂账'],
  correct_credit: ['改征信', '消除不良记录', '诉求：更正征信', '申请征信异议', '请删除错误的逾期记录'],
  explanation: ['给个说法', '请解释', '诉求：给予答复', '告诉我怎么办', '请说明原因', '希望尽快答复'],
  close_account: ['销户', '注销账号', '诉求：注销账户', '取消会员', '关闭所有服务'],
  compensation: ['赔偿', '要求赔偿损失', '诉求：赔偿', '你们要负责赔偿', '请补偿我的损失'],
  apology: ['道歉', '要求道歉', '诉求：赔礼道歉', '让催收员道歉', '公开道歉'],
  other: ['请领导重视', '请派专人联系我', '希望改进', '给我回个电话', '请转人工处理'],
};

export const TRAIN_ENGLISH_OVERLAYS_MORE: Record<UrgentOverlay, readonly string[]> = {
  self_harm: ['I want to kill myself.', 'I feel like ending it all.', 'There is no reason for me to live.'],
  vulnerable: ['I am 82 years old and cannot use the app.', 'I am blind and need help.', 'I have cancer and I am in hospital.'],
  regulator: ['I filed a complaint with the regulator (12378).', 'This complaint was referred by the financial regulator.'],
};
