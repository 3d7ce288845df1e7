/**
 * Context words (Presidio "context") per type. Written in Simplified Chinese and lower-case
 * English; Traditional and full-width forms match through character folding (lexicon.ts), so only
 * words whose Traditional form is a different WORD (帳號, 聯絡人, 行動電話, 電郵) are listed twice.
 */

export const PHONE_CUES = [
  '手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '联系方式', '号码', '来电', '致电',
  '打电话', '座机', '固话', '固定电话', '行动电话', '热线', '分机', '微信同号', 'tel', 'phone',
  'mobile', 'call', '打给', '拨打',
] as const;

export const ID_CUES = [
  '身份证', '身份证号', '身份证号码', '公民身份号码', '身份号码', '证件号', '证件号码', '居民身份证',
  '二代证', 'id card', 'id no', 'id number', '身分证',
] as const;

export const CARD_CUES = [
  '银行卡', '卡号', '尾号', '储蓄卡', '信用卡', '借记卡', 'card', '银行账号', '银行帐号', '银行账户',
  '收款账号', '还款卡', '扣款卡', '账户', '帐户', '开户行', '卡片',
] as const;

/** Words that make the following number a business reference, not personal data. */
export const REFERENCE_CUES = [
  '订单', '订单号', '单号', '编号', '合同', '合同号', '流水号', '工单', '工单号', '交易号', '交易单号',
  '批次', '快递', '运单', '案件号', '案号', '申请号', '借据号', '借据', '凭证号', '发票', '序列号',
  '版本', '金额', '余额', '共计', '合计', '本金', '利息', '罚息', '投诉号', '受理号', '业务号',
  'order', 'ref', 'no.', '商户号',
] as const;

export const SECRET_CUES = [
  '验证码', '校验码', '动态码', '动态密码', '短信码', '密码', '支付密码', '交易密码', '登录密码',
  '取款密码', '口令', 'pin', 'pin码', 'otp', 'password', 'passcode', 'verification code', 'cvv', 'cvn',
  '安全码',
] as const;

export const PERMIT_CUES = [
  '护照', '护照号', '护照号码', 'passport', '港澳通行证', '往来港澳通行证', '通行证', '回乡证',
  '台胞证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '居住证', '军官证',
] as const;

export const ACCOUNT_CUES = [
  '微信号', '微信', '微信id', 'wechat', 'wechat id', 'weixin', 'vx', 'wx', 'qq', 'qq号', 'qq号码',
  '支付宝', '支付宝账号', '支付宝帐号', 'alipay', '抖音号', '账号', '帐号',
] as const;

export const PLATE_CUES = ['车牌', '车牌号', '车牌号码', '号牌', 'plate'] as const;

/** Words right before a Chinese name (role, relation, self-introduction). */
export const NAME_PREFIX_CUES = [
  '我叫', '名叫', '叫做', '姓名', '本人', '联系人', '紧急联系人', '联络人', '借款人', '贷款人', '客户',
  '户名', '开户名', '账户名', '持卡人', '催收员', '催收人员', '催收', '客服', '客服专员', '业务员', '专员',
  '经办人', '担保人', '收款人', '付款人', '申请人', '投诉人', '代理人', '委托人', '收件人', '被保险人',
  '名字是', '名字叫', '客户经理', '工作人员', '法人', '负责人', '用户', '借款用户', '客户名', '当事人',
] as const;

/** Weak prefixes (relations, "我是"): the name must also be confirmed by jieba's person tag. */
export const NAME_WEAK_PREFIX_CUES = [
  '我是', '我妈', '我妈妈', '母亲', '父亲', '我爸', '我爸爸', '老公', '丈夫', '妻子', '老婆', '儿子',
  '女儿', '同事', '朋友', '哥哥', '姐姐', '弟弟', '妹妹', '领导', '家人', '亲戚', '表哥', '表姐', '我姓',
] as const;

/** Words right after a name (titles and honorifics). */
export const NAME_SUFFIX_CUES = [
  '先生', '女士', '小姐', '经理', '老师', '律师', '主任', '专员', '同志', '阿姨', '师傅', '总监', '主管',
  '警官', '医生', '总', '科长', '处长', '部长', '组长', '大姐', '大哥',
] as const;

/** Function characters that cannot be part of a given name; they end a name candidate. */
export const NAME_STOP_CHARS = '的了是在和与及跟给向对把被让请说讲要也都就还又很吗呢吧啊呀么着过啦等曾将已从到来去打催我你他她它们这那个不没有';
