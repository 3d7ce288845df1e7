/**
 * Train bank A, third batch (tier-2 disputes on add-ons, credit, personal data, accounts,
 * payments, marketing and service), many voices, with hard negatives: a marketing call that is
 * not a collection call, a data complaint that mentions fraud calls without any loss.
 * Used ONLY for the train split.
 */
import type { PhraseBank } from './scenarios.js';

type Tier2b = 'addon_bundled' | 'addon_fee' | 'addon_benefit_missing' | 'credit_wrong_record' | 'credit_unauthorized_query' | 'pi_leak' | 'pi_permissions' | 'account_close_refused' | 'account_system_fault' | 'payment_not_credited' | 'payment_double_charge' | 'payment_channel_forced' | 'marketing_harass' | 'marketing_misleading' | 'service_attitude' | 'service_unreachable';

export const TRAIN_FACTS_TIER2B: Pick<PhraseBank['facts'], Tier2b> = {
  addon_bundled: [
    '强制搭售', '捆绑会员', '不买保险不放款', '默认勾选', '贵司在借款流程中捆绑销售增值服务', '借款必须先开会员',
    '放款页面默认勾了保险', '不开通权益卡就提示审核不通过', '借款时被要求购买意外险', '提额要买加速包才行',
    '会员的勾选框藏在最下面，默认选中', 'i was forced to buy a membership to get the loan', '不买服务包就说风控不过',
    '借款流程里一步一步诱导开会员', '取消勾选保险就没法提交借款', '客服说买了会员放款更快，其实是强制的',
  ],
  addon_fee: [
    '乱扣会员费', '自动续费扣钱', '扣了会员费', '保险费太贵', '贵司未经同意扣收会员费用',
    '每个月自动扣三十九元会员费', '关了续费还在扣', '放款时直接扣了保险费', '加速卡收费两百九十九',
    '权益费从借款里扣的，没问过我', '扣了年费我都不知道', 'you keep charging a membership fee', '会员费比利息还贵',
    '不知道什么时候开通的会员，一直在扣钱', '续费前没有任何提醒', '会员费扣款短信都没有',
  ],
  addon_benefit_missing: [
    '权益没兑现', '会员没用', '返现没到', '优惠券不能用', '贵司会员宣传的权益未予兑现',
    '说好的免息券没发', '会员提额特权没用', '视频会员兑换码无效', '开会员承诺的快速放款没兑现',
    '权益包里的话费券领不了', '会员说送的体检服务预约不上', 'the membership benefits were never delivered', '返现活动参加了钱一直没到',
    '会员折扣在还款时没生效', '权益卡说包含保险，出险了却说不在范围内',
  ],
  credit_wrong_record: [
    '征信有误', '征信显示逾期', '征信错误', '要求修改征信', '贵司报送的本人征信信息有误，申请异议',
    '没逾期征信却有逾期', '因为扣款失败导致的逾期上了征信', '结清了征信还显示未结清', '征信上的金额不对',
    '房贷被拒因为你们的错误征信记录', '征信显示我有两笔借款，我只借了一笔', 'there is a wrong overdue record on my credit report',
    '已经协商好的分期还是被报了逾期', '宽限期内还的款被报逾期', '征信上五级分类显示关注，我从没逾期',
  ],
  credit_unauthorized_query: [
    '乱查征信', '未经同意查征信', '征信多了查询', '私自查询征信', '贵司未经本人授权查询本人征信',
    '只是注册了一下就被查了征信', '征信报告上有你们的贷后管理查询，我早结清了', '没申请借款却多了审批查询记录',
    '查询次数太多影响我房贷', '点开额度测算就被查征信，事先没说', 'you checked my credit report without permission', '一个月被你们查了三次征信',
    '授权书我没签过，凭什么查我征信',
  ],
  pi_leak: [
    '信息泄露', '隐私被泄露', '个人信息被卖', '资料被泄露', '本人怀疑贵司泄露本人个人信息',
    '借款后接到很多其他平台的推销电话', '陌生人知道我的借款金额', '我的身份证照片被发到了网上', '客服把我的欠款告诉了无关的人',
    '注册第二天就接到贷款中介电话', '接到的诈骗电话能准确说出我在你们这的借款，信息肯定泄露了', 'my personal data was leaked',
    '催收外包公司拿着我的全部资料', '我的通讯录信息被你们外泄', '有人拿着我的借款合同截图来要挟',
  ],
  pi_permissions: [
    '过度收集信息', '强制读取通讯录', '要删除个人信息', '权限太多', '贵司App超范围收集个人信息',
    '不给通讯录权限就不能借', '后台一直读取位置', '要求开启相册和麦克风权限', '请删除我的人脸和身份证照片',
    '关闭权限后app就不能用', '隐私政策一页都看不到就要求同意', 'the app demands access to all my contacts', '撤回授权后还在收集',
    '我要求查阅你们收集了我哪些信息', '注销后请删除我的全部数据',
  ],
  account_close_refused: [
    '无法注销', '销户被拒', '注销不了', '不让销户', '本人申请注销账户未获办理',
    '结清后申请注销，客服一直推脱', '注销申请提交后没有任何反馈', '说有未结清业务不能注销，可我都还清了', '注销要先开会员才行',
    '注销按钮是灰色的', 'you refuse to close my account', '客服说注销要等半年', '注销后个人信息还在',
  ],
  account_system_fault: [
    'app闪退', '系统故障', '打不开app', '系统出错', '贵司App运行异常，无法正常使用',
    '更新后登录就白屏', '页面一直加载', '提交资料总是失败', '借款记录显示错乱', '额度显示和实际不一致',
    'app提示网络错误但网络正常', 'the app keeps crashing', '上传身份证一直报错', '系统维护了好几天还没好', '还款页面打不开',
  ],
  payment_not_credited: [
    '还款未入账', '钱没到账', '转账还款没更新', '付了钱还显示未还', '本人已还款但贵司系统未入账',
    '银行卡扣了钱账单还是待还', '微信还款成功，app显示未还', '对公还款三天了还没销账', '线下还款的钱找不到了',
    'i paid but it still shows unpaid', '还款后第二天被算了逾期，钱明明已经扣了', '转账备注写对了还是没入账', '还款金额到账了一半',
  ],
  payment_double_charge: [
    '重复扣款', '退款没到账', '被盗扣', '扣两次钱', '本人银行卡被贵司重复扣款',
    '同一期扣了两笔', '我没操作却被扣了钱', '退款承诺七天到账，现在一个月了', '多扣的钱不给退',
    'you charged my card twice', '扣款后又自动扣了一次', '卡里少了几百，交易记录显示是你们', '结清后还在扣款',
  ],
  payment_channel_forced: [
    '只能一种还款方式', '强制代扣', '不能选还款渠道', '强制免密支付', '贵司限制本人还款方式',
    '只能用你们指定银行的卡', '必须开通免密支付才能借款', '不支持主动还款，只能代扣', '还款只能走第三方，还要手续费',
    'i can only repay through one channel', '不让用微信还款', '强制绑定你们合作的钱包', '只能用储蓄卡，不让用对公账户',
  ],
  marketing_harass: [
    '营销短信太多', '推销电话骚扰', '天天推销贷款', '广告短信轰炸', '贵司频繁向本人发送营销信息',
    '一天三四个推销电话', '说了不需要还一直打来推荐借款', '退订了还在发广告', '推销电话打到我上班的地方',
    'stop sending me marketing messages', '营销电话问我要不要提额，一天好几遍', '不是催收，是推销的电话一直打', '深夜还收到借款广告短信',
    '注销了还天天收到推广', '外呼推销态度还不好',
  ],
  marketing_misleading: [
    '虚假宣传', '广告骗人', '宣传不实', '说免息却收费', '贵司广告宣传与实际不符',
    '说零利率结果有服务费', '广告说最高额度二十万，只给了一千', '说秒到账等了三天', '说随借随还，提前还却收违约金',
    'the ad said zero interest but it is not', '推销员说不上征信，其实上了', '宣传低至日息万二，实际高很多', '说下款包过，收了费又被拒',
    '说免息三十天，到期却收了利息', '直播间宣传的福利根本拿不到',
  ],
  service_attitude: [
    '客服态度差', '客服不耐烦', '客服挂电话', '服务太差', '贵司客服人员服务态度恶劣',
    '客服答非所问', '客服推来推去', '说好回电从来不回', '客服语气很冲', '问题反映多次都被敷衍',
    'your agent was rude to me', '客服说这不归他们管', '客服让我自己去查，什么都不解释', '投诉处理拖了一个月',
  ],
  service_unreachable: [
    '客服打不通', '找不到人工', '人工客服没人接', '联系不上客服', '贵司客服热线长期无法接通',
    '排队一个小时也没转人工', '在线客服只有机器人', '留言三天没人回', '热线一直忙音', 'nobody answers your hotline',
    '节假日客服全停了', '邮件投诉石沉大海', '打了二十次都没人接',
  ],
};
