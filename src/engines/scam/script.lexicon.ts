/**
 * Scored lexicon of scam scripts and illegal-collection conduct. Cues are literal strings in
 * normalised form (Simplified, lower-case; Traditional input is converted before matching), so
 * one Aho–Corasick pass finds them all. Weights were tuned ONLY on the dev split of the
 * evaluation set (eval/dev.templates.ts).
 *
 * - `risk`: fraud-risk contribution in 0..1, combined per message as a noisy-OR over distinct cues.
 * - `types`: votes for a fraud type; the type with the highest summed vote wins.
 * - `neg`: the cue is void when a negation (不/勿/别/never/not…) sits just before it, so
 *   "工作人员不会向您索要验证码" in a genuine SMS does not count as a request.
 * - `harass`/`hw`: illegal-collection conduct and its weight; `ctx: 'collection'` marks debt talk.
 */
import type { FraudType } from './scam.types.js';

export const FLAGS = [
  'verification_code',
  'password',
  'safe_account',
  'screen_sharing',
  'upfront_fee',
  'credit_cancel',
  'secrecy',
  'urgency',
  'debt_agent',
  'refund',
  'money_laundering',
  'transfer',
  'off_platform',
  'script',
] as const;
export type Flag = (typeof FLAGS)[number];

export const HARASS = ['threat', 'insult', 'third_party', 'disclosure', 'fake_legal'] as const;
export type HarassCode = (typeof HARASS)[number];

export interface Cue {
  flag: Flag;
  risk: number;
  types?: Partial<Record<FraudType, number>>;
  neg?: boolean;
  harass?: HarassCode;
  hw?: number;
  ctx?: 'collection';
}

type Spec = Omit<Cue, 'flag'> & { flag?: Flag };
const entries: Array<readonly [string, Cue]> = [];
function cues(patterns: string[], spec: Spec): void {
  for (const p of patterns) entries.push([p, { flag: spec.flag ?? 'script', ...spec }]);
}

// ── Red flags shared by many scam types ──────────────────────────────────────────────
cues(['验证码发', '验证码告诉', '把验证码', '验证码报', '报一下验证码', '提供验证码', '提供一下验证码', '告知验证码', '念一下验证码', '读一下验证码', '收到的验证码', '验证码截图', '向您索要验证码', '动态码告诉', 'share the code', 'send me the code', 'tell me the code', 'code you received', 'read me the code', 'verification code you'],
  { flag: 'verification_code', risk: 0.65, neg: true });
cues(['提供密码', '告诉我密码', '输入银行卡密码', '提供银行卡密码', '支付密码告诉', '网银密码', 'your password', 'your pin'], { flag: 'password', risk: 0.55, neg: true });
cues(['安全账户', '安全帐户', '国家账户', '清查账户', '资金清查', '资金核查', '核查资金', 'safe account', 'secure account'],
  { flag: 'safe_account', risk: 0.8, neg: true, types: { impersonating_authority: 2 } });
cues(['屏幕共享', '共享屏幕', '会议软件', '腾讯会议', '向日葵', 'todesk', 'zoom', '远程控制', '远程协助', '开启共享', 'screen shar', 'anydesk', 'teamviewer', 'remote access'],
  { flag: 'screen_sharing', risk: 0.7, neg: true, types: { fake_customer_service: 0.4, fake_credit_repair: 0.4 } });
cues(['解冻费', '解冻金', '刷流水', '验资', '保证金', '激活费', '工本费', '先交', '先缴纳', '预付', '放款前', '证明还款能力', '手续费', 'processing fee', 'upfront fee', 'deposit first', 'unfreeze fee'],
  { flag: 'upfront_fee', risk: 0.35, neg: true, types: { fake_loan: 1 } });
cues(['注销校园贷', '校园贷', '学生贷', '注销账户', '注销您的账户', '注销贷款账户', '关闭借贷', '关闭贷款', '学生身份', '影响征信', '征信受损', '征信有问题', '上征信黑名单', 'student loan', 'credit record will', 'credit score will'],
  { flag: 'credit_cancel', risk: 0.3, neg: true, types: { fake_credit_repair: 1.2 } });
cues(['不要告诉家人', '不要告诉家里人', '不要让家人知道', '不要跟任何人说', '不要告诉任何人此事', '对家人保密', '不要报警', '不要去银行', '案件保密', '保密协议', '不得向任何人透露案情', "don't tell your family", 'do not tell anyone', 'keep this confidential'],
  { flag: 'secrecy', risk: 0.55, types: { impersonating_authority: 1 } });
cues(['立即', '马上', '24小时内', '2小时内', '今天之内', '否则', '逾期不处理', '最后通知', 'immediately', 'within 24 hours', 'or else', 'final notice'],
  { flag: 'urgency', risk: 0.08 });
cues(['协商还款', '停息挂账', '债务优化', '债务重组', '个性化分期', '反催收', '减免利息', '代理维权', '代理投诉', '退息', '债务减免', '延期还款申请', 'debt relief', 'stop interest'],
  { flag: 'debt_agent', risk: 0.45, types: { fake_credit_repair: 1 } });
cues(['质量问题', '退款', '理赔', '双倍赔偿', '快递丢失', '包裹丢失', '百万保障', '关闭服务', '取消会员', '自动续费', '自动扣费', 'refund', 'compensation', 'parcel lost', 'cancel the membership', 'auto-renew'],
  { flag: 'refund', risk: 0.25, neg: true, types: { fake_customer_service: 1 } });
cues(['涉嫌洗钱', '洗钱', '通缉令', '逮捕令', '冻结管控', '配合调查', '涉嫌犯罪', '身份证被冒用', '身份被冒用', '涉案', '刑事案件', '公安局', '检察院', '公检法', '警官', 'money laundering', 'arrest warrant', 'police officer', 'criminal case'],
  { flag: 'money_laundering', risk: 0.45, types: { impersonating_authority: 1 } });
cues(['转账到', '转账至', '转入以下', '转入指定', '汇款到', '打款到', '转到这个账户', '私人账户', '个人账户', 'transfer to', 'wire the money', 'gift card'],
  { flag: 'transfer', risk: 0.25, neg: true });
cues(['加微信', '加qq', '加我微信', '添加微信', '微信联系', '下载app', '下载软件', '点击链接', '专属客服', 'add me on', 'telegram', 'whatsapp'],
  { flag: 'off_platform', risk: 0.15 });

// ── Scripts by fraud type (MPS common types) ─────────────────────────────────────────
cues(['刷单', '点赞关注', '做任务', '佣金', '返利', '垫付', '日结', '兼职', '日赚', '手机即可操作', '在家就能赚', '宝妈', '足不出户', 'task commission', 'daily pay', 'part-time job', 'like videos', 'rebate'],
  { risk: 0.3, types: { brushing_rebate: 1 } });
cues(['内幕消息', '稳赚不赔', '高回报', '高收益', '导师', '荐股', '带单', '虚拟币', 'usdt', '数字货币', '收益率', '翻倍', '投资平台', '炒股群', '原始股', '保本', 'guaranteed return', 'crypto', 'trading platform', 'investment mentor', 'double your money'],
  { risk: 0.3, types: { fake_investment: 1 } });
cues(['无抵押', '免征信', '秒到账', '秒批', '黑户可贷', '不看征信', '放款失败', '卡号填写错误', '银行卡号错误', '账户被冻结', '贷款被冻结', '低息贷款', '无需审核', '包下款', '额度已批', 'no credit check', 'instant approval', 'loan approved', 'guaranteed loan'],
  { risk: 0.35, types: { fake_loan: 1 } });
cues(['客服', '订单异常', '快递员', '快递', '会员', '扣费', '退费', '赔付', '误开通', '金融资质', '银联', 'customer service', 'your order', 'membership'],
  { risk: 0.05, types: { fake_customer_service: 0.4 } });
cues(['征信修复', '修复征信', '征信洗白', '消除逾期记录', '删除逾期', '征信中心', '铲单', '信用修复', 'credit repair', 'fix your credit'],
  { risk: 0.45, types: { fake_credit_repair: 1.2 } });
cues(['低价', '代购', '原价', '特价', '私下交易', '内部渠道', '门票', '抢购', '货到付款', '闲置', '二手', 'cheap tickets', 'discount price', 'limited stock'],
  { risk: 0.15, types: { fake_shopping: 1 } });
cues(['我是你领导', '我是你老板', '换新号', '换号了', '新微信', '加我新微信', '帮我转', '借我', '急用钱', '先帮我垫', '在开会', '不方便接电话', '猜猜我是谁', '我是你老同学', '我是你表', 'hi mum', 'hi mom', 'new number', 'this is your boss', 'in a meeting'],
  { risk: 0.3, types: { impersonating_acquaintance: 1 } });
cues(['游戏账号', '装备', '皮肤', '代练', '游戏币', '账号交易', '点券', '交易平台', 'game account', 'in-game', 'skins'],
  { risk: 0.2, types: { game_trading: 1 } });
cues(['网恋', '交友', '婚恋', '单身', '亲爱的', '宝贝', '博彩', '彩票平台', '见面', '我们的未来', 'my love', 'sweetheart', 'dating'],
  { risk: 0.2, types: { romance: 1 } });

// ── Illegal collection conduct (facts/regulation.md: collection guideline, NIFA convention) ──
cues(['逾期', '欠款', '拖欠', '催收', '欠债', '老赖', '赖账', '还钱', '不还', '欠的钱', '欠钱', '催款', 'you owe', 'pay back', 'overdue', 'outstanding debt', 'debt collection'], { risk: 0, ctx: 'collection' });
cues(['上门', '砸', '弄死', '后果自负', '打断', '卸了你', '找人收拾', '让你好看', '走着瞧', '不得安宁', '全家', 'we will visit you', 'you will regret'],
  { risk: 0, harass: 'threat', hw: 0.6 });
cues(['老赖', '王八蛋', '去死', '滚', '贱', '狗东西', '不要脸', '畜生', '垃圾', 'scumbag', 'deadbeat'], { risk: 0, harass: 'insult', hw: 0.6 });
cues(['爆通讯录', '通讯录', '联系你家人', '通知你家人', '联系你父母', '通知你单位', '联系你单位', '联系你同事', '你的亲友', '紧急联系人', 'your family will', 'your employer'],
  { risk: 0, harass: 'third_party', hw: 0.55, neg: true });
cues(['曝光', '公示', '发到朋友圈', '告诉你所有', '群发', '挂到网上', 'expose you'], { risk: 0, harass: 'disclosure', hw: 0.55, neg: true });
cues(['法院传票', '律师函', '已立案', '立案', '传票', '拘留', '坐牢', '强制执行', '刑事责任', '诉讼', 'court summons', 'lawyer letter', 'arrest'],
  { risk: 0, harass: 'fake_legal', hw: 0.35 });

export const LEXICON: ReadonlyArray<readonly [string, Cue]> = entries;
