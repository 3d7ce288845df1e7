/**
 * Context words (Presidio "context") per type. Written in Simplified Chinese and lower-case
 * English; Traditional and full-width forms match through character folding (lexicon.ts), so only
 * words whose Traditional form is a different WORD (帳號, 聯絡人, 行動電話, 電郵) are listed twice.
 */

export const PHONE_CUES = [
  '手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '联系方式', '号码', '来电', '致电',
  '打电话', '座机', '固话', '固定电话', '行动电话', '热线', '分机', '微信同号', 'tel', 'phone',
  'mobile', 'call', '打给', '拨打', 'contact no', 'contact number', 'phone no', 'tel no', 'mobile no',
] as const;

export const ID_CUES = [
  '身份证', '身份证号', '身份证号码', '公民身份号码', '身份号码', '证件号', '证件号码', '居民身份证',
  '二代证', 'id card', 'id no', 'id number', '身分证',
] as const;

export const CARD_CUES = [
  '银行卡', '卡号', '尾号', '储蓄卡', '信用卡', '借记卡', 'card', '银行账号', '银行帐号', '银行账户',
  '收款账号', '账号', '帐号', '还款卡', '扣款卡', '账户', '帐户', '开户行', '卡片', '卡', 'account no', 'account number', 'acct no',
  'a/c no', 'card no', 'card number',
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
  '取款密码', '口令', 'pin', 'pin码', 'otp', 'password', 'passcode', 'verification code', 'cvv', 'cvn', 'cvv2', 'cvn2', 'cvc', 'cvc2',
  '安全码', 'code', 'sms code', 'security code', '授权码', '认证码', '确认码', '一次性密码', '随机码', '短信密码',
  '手机验证码', '短信验证码', 'otp码', 'yanzhengma', 'mima', 'yzm',
] as const;

/** SMS warnings that follow a one-time code ("482913，5分钟内有效，请勿泄露"). */
export const SECRET_WARNINGS = [
  '请勿泄露', '切勿泄露', '请勿告知', '切勿告知', '请勿告诉', '切勿告诉', '不要告诉', '勿告诉他人', '请勿转发',
  '分钟内有效', '分钟有效', '有效期', '打死不要告诉', '泄露给他人',
] as const;

export const PERMIT_CUES = [
  '护照', '护照号', '护照号码', 'passport', '港澳通行证', '往来港澳通行证', '通行证', '回乡证',
  '台胞证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '居住证', '军官证',
] as const;

export const ACCOUNT_CUES = [
  '微信号', '微信', '微信id', 'wechat', 'wechat id', 'weixin', 'vx', 'wx', 'qq', 'qq号', 'qq号码',
  '支付宝', '支付宝账号', '支付宝帐号', 'alipay', '抖音号', '账号', '帐号', '加v', '加微信', '+v',
] as const;

export const PLATE_CUES = ['车牌', '车牌号', '车牌号码', '号牌', 'plate'] as const;

/** Words right before a Chinese name (role, relation, self-introduction). */
export const NAME_PREFIX_CUES = [
  '我叫', '名叫', '叫做', '姓名', '本人', '联系人', '紧急联系人', '联络人', '借款人', '贷款人', '客户',
  '户名', '开户名', '账户名', '持卡人', '催收员', '催收人员', '催收', '客服', '客服专员', '业务员', '专员',
  '经办人', '担保人', '收款人', '付款人', '申请人', '投诉人', '代理人', '委托人', '收件人', '被保险人',
  '名字是', '名字叫', '客户经理', '工作人员', '法人', '负责人', '用户', '借款用户', '客户名', '当事人',
  '他叫', '她叫', '办理人', '对接人', '签名', '签字人', '署名', '落款', '寄件人', '发件人', '收货人', '寄件者', '收件者', '抄送', '密送',
  '人员', '客服人员', '业务人员', '销售人员', '销售', '理财经理', '信贷员', '经手人', '承办人', '代办人',
  '受托人', '债务人', '债权人', '共同借款人', '保证人', '被投诉人', '户主', '车主', '姓名为',
  '名为', '自称', '尊敬的', '亲爱的', '监护人', '催收专员', '调解员', '推荐人', '介绍人', '员工',
  '坐席', '律师', '法官', '警官', '检察官', '经理', '业务经理', 'borrower', 'emergency contact', 'contact person',
  'customer', 'client', 'cardholder', 'account holder', 'account name', 'beneficiary', 'payee',
  '经纪', '中文名', '英文名', '拼音', '护照拼音',
] as const;

/** Weak prefixes (relations, "我是"): the given name must look like one and end cleanly. */
export const NAME_WEAK_PREFIX_CUES = [
  '我是', '我妈', '我妈妈', '母亲', '父亲', '我爸', '我爸爸', '老公', '丈夫', '妻子', '老婆', '儿子',
  '女儿', '同事', '朋友', '哥哥', '姐姐', '弟弟', '妹妹', '领导', '家人', '亲戚', '表哥', '表姐', '我姓',
  '爱人', '配偶', '岳父', '岳母', '公公', '婆婆', '爷爷', '奶奶', '外公', '外婆', '姥姥', '叔叔', '舅舅',
  '姑姑', '姨妈', '侄子', '外甥', '孙子', '孙女', '室友', '邻居', '舍友', '前夫', '前妻', '男朋友',
  '女朋友', '男友', '女友', '同学', '老板', '上司', '他姓', '她姓', '名字', '就是', '谁是', '家属',
  '投诉对象', '请问是', '请问您是', '确认是', '我系', '阿嫲', '阿婆', '阿公', '阿爷', '阿妈', '阿爸',
] as const;

/**
 * Endings of form labels and roles ("反映人", "公证员", "承办律师", "开户名称", "联系人姓名"): a label
 * with one of these endings, then a colon, names the person whatever the label's head is.
 */
export const NAME_LABEL_ENDINGS = ['人', '员', '师', '名', '名称', '名字', '主任', '经理', '官', '长'] as const;

/** Labels with those endings that name a thing, not a person ("店名：王记烧烤", "单位名称：…"). */
export const NOT_PERSON_LABELS = [
  '店名', '品名', '书名', '地名', '剧名', '歌名', '菜名', '校名', '网名', '域名', '用户名', '文件名', '公司名', '机构名',
  '产品名', '平台名', '商品名', '商户名', '企业名', '单位名', '银行名', '项目名', '公司名称', '机构名称',
  '产品名称', '单位名称', '银行名称', '商户名称', '企业名称', '平台名称', '店铺名称', '项目名称', '商品名称',
  '网点名称', '开户行名称', '活动名称', '课程名称', '文件名称', '小区名称', '学校名称', '医院名称',
] as const;

/**
 * Role endings that introduce a name without a colon ("反映人练岚，", "快递员边守仁打电话"); the name
 * must then look like one and end cleanly, as after a weak cue. Not 师: "师范", "师傅" follow it.
 */
export const NAME_ROLE_ENDINGS = ['人', '员'] as const;

/** Words ending in a role ending that are not roles ("个人", "别人", "老师傅"): no name follows them. */
export const NOT_ROLE_WORDS = [
  '个人', '他人', '别人', '众人', '成人', '老人', '行人', '为人', '的人', '有人', '无人', '此人', '其人', '人人',
  '某人', '真人', '私人', '外人', '商人', '工人', '病人', '女人', '男人', '夫人', '友人', '熟人', '路人', '坏人',
  '好人', '名人', '世人', '情人', '主人', '家人', '亲人', '大人', '小人', '诗人', '客人', '骗人', '吓人',
  '烦人', '气人', '害人', '杀人', '打人', '找人', '叫人', '让人', '使人', '令人', '被人', '给人', '和人', '跟人',
  '人员', '会员', '成员', '动员', '满员', '全员',
] as const;

/**
 * Links that often, but far from always, precede a name ("我和…是同事", "找…", "写…收"): the
 * candidate must look like a name, end cleanly and survive jieba's dictionary.
 */
export const NAME_LINK_CUES = [
  '和', '与', '跟', '及', '找', '问', '叫', '让', '给', '告诉', '通知', '转告', '交给', '转给', '寄给', '发给', '写', '认识', '麻烦', '请',
  '联系', '联系上', '委托', '听说',
] as const;

/** Words right after a name (titles and honorifics). */
export const NAME_SUFFIX_CUES = [
  '先生', '女士', '小姐', '经理', '老师', '律师', '主任', '专员', '同志', '阿姨', '师傅', '总监', '主管',
  '警官', '医生', '总', '科长', '处长', '部长', '组长', '大姐', '大哥', '法官', '会计', '工程师', '老板',
  '董事长', '行长', '院长', '校长', '所长', '局长', '队长', '站长', '店长', '书记', '教授', '博士', '同学',
  '叔叔', '奶奶', '爷爷', '大爷', '大妈', '护士', '大夫', '顾问', '助理', '秘书',
] as const;

/**
 * Words that start right after a name and so end it ("蒋卓一直…", "王芳今年…"): with them the
 * recognizer knows where a given name ends without asking jieba.
 */
export const NAME_FOLLOW_WORDS = [
  '一直', '一再', '一起', '一次', '一天', '今年', '今天', '昨天', '前天', '当时', '当天', '当场', '答应',
  '承诺', '表示', '声称', '告诉', '威胁', '辱骂', '骚扰', '冒充', '联系', '电话', '手机', '身份证', '态度',
  '逾期', '借款', '欠款', '还款', '多次', '经常', '总是', '天天', '每天', '每次', '再次', '已经', '曾经',
  '竟然', '居然', '现在', '目前', '本人', '家里', '名下', '之前', '以前', '后来', '然后', '因为', '所以',
  '如果', '但是', '可是', '不过', '而且', '回复', '回电', '处理', '负责', '短信', '微信', '上门', '私下',
  '亲自', '本来', '原来', '多年', '称', '问', '骂', '欠', '借', '收', '拿', '用', '帮', '替', '发', '接',
  '找', '叫', '拨', '签', '办', '带', '收到', '同意', '知道', '认识', '介绍', '推荐', '负担', '承担',
  '反映', '投诉', '举报', '起诉', '报警', '核实', '确认', '系', '于', '来电', '打电话', '话',
] as const;

/**
 * After a name, a possession that only a person has ("王芳的电话", "李强的身份证") or a speech or
 * action verb when the name opens a clause ("张伟说…", "李娜一直不接电话").
 */
export const NAME_POSSESSIVE_WORDS = [
  '的电话', '的手机', '的号码', '的身份证', '的银行卡', '的账户', '的地址', '的住址', '的微信', '的邮箱', '的家人',
  '的父亲', '的母亲', '的妻子', '的丈夫', '的老公', '的老婆', '的儿子', '的女儿', '的欠款', '的借款', '的贷款',
  '的名字', '的联系方式', '的紧急联系人',
] as const;

export const NAME_SUBJECT_VERBS = [
  '说', '称', '讲', '骂', '告诉', '表示', '声称', '答应', '承诺', '威胁', '辱骂', '骚扰', '冒充', '一直', '多次',
  '打电话', '打来', '来电', '态度', '不接', '不回', '欠', '昨天', '今天', '话', '，女', '，男', ',女', ',男',
] as const;

/** After a name opening a clause, these mark it as addressed ("张三，你好", "“李四，您的…"). */
/** After a name at the start of a transcript line, these make it the speaker's label ("李四：", "王五（家属）："). */
export const NAME_SPEAKER_MARKS = ['：', ':', '（', '('] as const;

export const NAME_VOCATIVE_WORDS = ['，你', '，您', ',你', ',您', '，请', ',请', '你好', '您好', '：你', '：您', '，我们', '，贵'] as const;

/** Function characters that cannot be part of a given name; they end a name candidate. */
export const NAME_STOP_CHARS = '的了是在和与及跟给向对把被让请说讲要也都就还又很吗呢吧啊呀么着过啦等曾将已从到来去打催我你他她它们这那个不没有';

/**
 * Words right before a name found without a cue (free-name.ts): relations, roles, and verbs whose
 * object is usually a person. They raise a candidate's score; none is enough on its own.
 */
export const FREE_NAME_BEFORE = [
  '我弟', '我哥', '我姐', '我妹', '我弟弟', '我哥哥', '我姐姐', '我妹妹', '我老公', '我老婆', '我丈夫', '我妻子', '我儿子', '我女儿', '我妈', '我爸',
  '弟弟', '哥哥', '姐姐', '妹妹', '老公', '老婆', '丈夫', '妻子', '儿子', '女儿', '父亲', '母亲', '同事', '朋友',
  '同学', '室友', '邻居', '主管', '领导', '老板', '上司', '老细', '经理', '消费者', '骑手', '客户', '用户', '来电人',
  '本人', '申请人', '借款人', '联系人', '签字', '经纪', '司机', '店员', '员工', '客服', '专员', '主任', '律师',
  '联系', '联系了', '联系上', '联系上了', '联系到', '联络', '找到', '找过', '认识', '查查', '查一下', '问问',
  '通知', '告诉', '跟', '和', '与', '及', '是', '叫', '说的', '给', '向', '替', '帮', '被', '让', '把', '对',
  '阿妈', '阿爸', '阿公', '阿婆', '我老细', '承诺人', '中文名', '英文名', '家长', '委托', '审查', '经审查', '核实', '举报', '投诉', '起诉', '委托', '夫妇', '你妈', '你爸', '他妈', '她妈',
  '最后是', '上次是', '这次是', '都是', '就是', '还是', '像', '当', '见', '问', '找', '催', '骂', '打给', '转给',
] as const;

/** Words right after a name found without a cue: a predicate, a possessive, a comparison. */
export const FREE_NAME_AFTER = [
  '是', '在', '的', '说', '讲', '欠', '幸', '也', '都', '就', '还', '又', '和', '跟', '与', '、', '（', '(', '：', ':',
  '早就', '已经', '一直', '从来', '总是', '接', '帮', '给', '让', '把', '被', '对', '向', '找', '打', '借', '还钱',
  '这个人', '这人', '本人', '夫妇', '以后', '之后', '那边', '这边', '那里', '家', '他们', '她们', '话', '揹', '背着',
  '不服', '在通话', '反映', '投诉', '透露', '接的', '联系', '同意', '签', '承认', '否认',
] as const;

/** Verbs of reading a code aloud: the code after them is a secret even with no cue ("我就念了183196"). */
export const SECRET_READ_VERBS = ['念了', '读了', '念咗', '读咗', '报了', '报出了', '念出', '读出', 'read out', 'read it out'] as const;

/**
 * Words right before a code handed over after a request ("我已经给了407992", "我重新念，ai1969",
 * "是021 842", "我把liu_2076发过去了"); a list comma counts, as an answer often follows a filler.
 */
export const SECRET_GIVE_WORDS = [
  '给了', '给他', '给她', '发了', '发过去', '输了', '输入了', '填了', '报了', '念了', '念', '读', '读了', '读咗', '念咗',
  '说了', '告诉他', '告诉她', '提供了', '是', '就是', '为', '，', ',', '：', ':', '把', '报出了', '输入', '填',
] as const;
