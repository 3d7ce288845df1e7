/**
 * Scored lexicon of scam scripts and illegal-collection conduct. Cues are literal strings in
 * normalised form (Simplified, lower-case; Traditional input is converted before matching), so
 * one Aho–Corasick pass finds them all. Weights were tuned on the dev split of the evaluation set
 * (eval/dev.templates.ts) and, since 2026-12-01, on the misses of the blind-1 bank and on
 * hand-written probes (scam.scenarios.test.ts), always for the phenomenon behind a miss: cues are
 * vocabulary of a scam or a conduct, never sentences of a template.
 *
 * - `risk`: fraud-risk contribution in 0..1, combined per message as a noisy-OR over distinct cues
 *   (script words grouped per fraud type, see script.signals.ts).
 * - `types`: votes for a fraud type; the type with the highest summed vote wins. Mechanisms shared
 *   by several types (fees, frozen funds) vote weakly or not at all, so the setting decides.
 * - `neg`: the cue is void when a negation (不/勿/别/never/not…) sits just before it, so
 *   "工作人员不会向您索要验证码" in a genuine SMS does not count as a request.
 * - `needsAsk`: a pretext that only matters next to a request for money, a code or a fee.
 * - `harass`/`hw`: illegal-collection conduct and its weight; `ctx: 'collection'` marks debt talk.
 * - PAIRS: an action and its object close together in one clause ("联系了你的…同事", "转…到这个
 *   账户"), which a list of fixed phrases cannot cover without listing every wording.
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
  'avoid_verify',
  'script',
] as const;
export type Flag = (typeof FLAGS)[number];

export const HARASS = ['threat', 'insult', 'third_party', 'disclosure', 'fake_legal', 'push_borrowing', 'extra_fee'] as const;
export type HarassCode = (typeof HARASS)[number];

export interface Cue {
  flag: Flag;
  risk: number;
  types?: Partial<Record<FraudType, number>>;
  neg?: boolean;
  harass?: HarassCode;
  hw?: number;
  ctx?: 'collection';
  /** Counts only when the message also asks for money, a code or a fee (pretexts like "在开会"). */
  needsAsk?: boolean;
  /** A request for money in words ("帮我转", "借我"): satisfies `needsAsk`. */
  ask?: boolean;
  /** The cue is void when its sentence matches: "不要告诉任何人" about a one-time code is advice. */
  unless?: RegExp;
}

/** Two parts in order, at most `gap` characters apart inside one clause, make one cue. */
export interface PairRule {
  a: readonly string[];
  /** `'digit'`: the second part is any digit ("转我3000"), found by a scan instead of ten patterns. */
  b: readonly string[] | 'digit';
  gap: number;
  /** Text between the parts that rules the pair out. */
  bar?: RegExp;
  /** The parts may sit in different clauses of one sentence ("…退款赔偿，您看方便加一下微信吗"). */
  sentence?: boolean;
  cue: Cue;
}

type Spec = Omit<Cue, 'flag'> & { flag?: Flag };
const entries: Array<readonly [string, Cue]> = [];
function cues(patterns: string[], spec: Spec): void {
  for (const p of patterns) entries.push([p, { flag: spec.flag ?? 'script', ...spec }]);
}

// ── Red flags shared by many scam types ──────────────────────────────────────────────
cues(['验证码发', '验证码告诉', '把验证码', '验证码报', '报一下验证码', '提供验证码', '提供一下验证码', '告知验证码', '念一下验证码', '读一下验证码', '收到的验证码', '验证码截图', '向您索要验证码', '动态码告诉', '短信码', 'share the code', 'send me the code', 'tell me the code', 'code you received', 'read me the code', 'verification code you', 'otp you received', 'give me the code'],
  { flag: 'verification_code', risk: 0.65, neg: true });
cues(['提供密码', '告诉我密码', '输入银行卡密码', '提供银行卡密码', '支付密码告诉', '网银密码', 'cvv', '卡背面', 'your password', 'your pin'], { flag: 'password', risk: 0.55, neg: true });
cues(['安全账户', '国家账户', '清查账户', '资金清查', '资金核查', '核查资金', 'safe account', 'secure account'],
  { flag: 'safe_account', risk: 0.8, neg: true, types: { impersonating_authority: 2 } });
cues(['屏幕共享', '共享屏幕', '分享屏幕', '屏幕分享', '共享桌面', '会议软件', '会议app', '会议号', '腾讯会议', '向日葵', 'todesk', 'rustdesk', 'zoom', '远程控制', '远程协助', '开启共享', 'screen sharing', 'share screen', 'share your screen', 'anydesk', 'teamviewer', 'quicksupport', 'remote access'],
  { flag: 'screen_sharing', risk: 0.7, neg: true, types: { fake_customer_service: 0.4, fake_credit_repair: 0.4 } });
// Fees that only fake lenders charge before paying out.
cues(['刷流水', '验资', '放款前', '下款前', '证明还款能力', '放款成功率'],
  { flag: 'upfront_fee', risk: 0.35, neg: true, types: { fake_loan: 1 } });
// Fees any advance-fee scam asks for (loans, game withdrawals, parcels, customs); no type of their own.
cues(['解冻费', '解冻金', '激活费', 'unfreeze fee', '保证金', '工本费', '先交', '先缴纳', '预付', '手续费', '会员费', '认证费', '通道费', '公证费', '清关费', '押金', 'processing fee', 'upfront fee', 'deposit first', 'clearance fee', 'customs fee', 'release fee'],
  { flag: 'upfront_fee', risk: 0.35, neg: true });
cues(['注销校园贷', '校园贷', '学生贷', '学生身份', 'student loan'],
  { flag: 'credit_cancel', risk: 0.3, neg: true, types: { fake_credit_repair: 1.2 } });
// Customers close their own accounts too ("您正在申请注销账户"): a weak script word, no red flag.
cues(['注销账户', '注销您的账户', '注销贷款账户', '关闭借贷', '关闭贷款'], { risk: 0.2, neg: true, types: { fake_credit_repair: 1 } });
// Lenders' own reminders also mention the credit record ("以免影响个人征信"): weak alone.
cues(['影响征信', '征信受损', '征信有问题', '上征信黑名单', '列入失信', '失信名单', 'credit record will', 'credit score will'], { risk: 0.2, neg: true, types: { fake_credit_repair: 1 } });
// "根据银保监会规定…必须注销": the regulator invoked to order a cancellation.
cues(['银保监会规定', '金融监管总局规定', '国家要求清理', '国家政策要求', '按国家规定', '根据国家规定'], { risk: 0.25, types: { fake_credit_repair: 1 } });
const ABOUT_CODES = /验证码|动态码|校验码|密码|code|password|pin\b/;
cues(['不要告诉家人', '不要告诉家里人', '不要让家人知道', '不要跟任何人说', '不要告诉任何人', '对家人保密', '不要报警', '不要去银行', '案件保密', '保密协议', '不得向任何人透露', '不得告诉任何人', '别声张', '不要声张', '不要让别人知道', "don't tell your family", "don't tell anyone", 'do not tell anyone', 'keep this confidential', 'keep it secret'],
  { flag: 'secrecy', risk: 0.55, unless: ABOUT_CODES, types: { impersonating_authority: 0.5, impersonating_acquaintance: 0.5 } });
// Stopping the victim from calling back is how impostors avoid being recognised by voice.
cues(['别打电话给我', '不要打电话给我', '别给我打电话', '不要给我打电话', '别打我电话', '不方便接电话', '不方便说话', '不能接电话', '打字说', "can't talk", "can't call", 'cannot talk right now', "don't call me"],
  { flag: 'avoid_verify', risk: 0.35, needsAsk: true, types: { impersonating_acquaintance: 1 } });
cues(['立即', '马上', '24小时内', '2小时内', '今天之内', '否则', '逾期不处理', '最后通知', 'immediately', 'within 24 hours', 'or else', 'final notice'],
  { flag: 'urgency', risk: 0.08 });
cues(['停息挂账', '债务优化', '债务重组', '债务规划', '反催收', '停催', '停止催收', '全额退息', '代理维权', '代理投诉', '退息', '法务协商', '上岸', 'debt relief', 'debt settlement', 'stop interest'],
  { flag: 'debt_agent', risk: 0.45, types: { fake_credit_repair: 1 } });
// Lenders offer these themselves; only a third party selling them is the scam.
cues(['协商还款', '个性化分期', '减免利息', '债务减免', '延期还款申请'], { flag: 'debt_agent', risk: 0.15, types: { fake_credit_repair: 1 } });
// How paid agents sell: a team, fees on success.
cues(['专业团队', '成功后收费', '成功再收费', '不成功不收费', '先办理后收费', '收费低', '包办理', 'no win no fee'], { flag: 'debt_agent', risk: 0.3, types: { fake_credit_repair: 0.5 } });
// Shops send genuine refund notices too: each word is weak; the scam is the request that follows.
cues(['质量问题', '退款', '理赔', '召回', '关闭服务', '取消会员', '自动续费', '自动扣费', 'refund', 'compensation', 'cancel the membership', 'auto-renew'],
  { flag: 'refund', risk: 0.2, neg: true, types: { fake_customer_service: 1 } });
cues(['双倍赔偿', '三倍', '快递丢失', '包裹丢失', '百万保障', '百万医疗', '保障服务', 'parcel lost'],
  { flag: 'refund', risk: 0.25, neg: true, types: { fake_customer_service: 1 } });
cues(['涉嫌洗钱', '洗钱', '通缉令', '逮捕令', '冻结管控', '配合调查', '涉嫌犯罪', '身份证被冒用', '身份被冒用', '涉案', '刑事案件', '公安局', '检察院', '公检法', '警官', '经侦', '刑侦', '名下资产', '司法冻结', '案件编号', '未签收', '电子传票', '涉诈', '身份核验', '所有银行卡', '非法集资', '撤销案件', 'money laundering', 'arrest warrant', 'police officer', 'criminal case'],
  { flag: 'money_laundering', risk: 0.45, types: { impersonating_authority: 1 } });
cues(['转账到', '转账至', '转入以下', '转入指定', '汇款到', '打款到', '转到这个账户', '私人账户', '个人账户', 'transfer to', 'transfer it to', 'wire the money', 'gift card'],
  { flag: 'transfer', risk: 0.25, neg: true });
// Paying before the goods, ticket or loan arrive, by a channel no platform protects.
cues(['先转账', '先付款', '先打款', '先付钱', '款到发货', '先款后货', '扫码付款', '扫码支付', '扫码转账', 'pay first'], { flag: 'transfer', risk: 0.35, neg: true });
// Accounts fake lenders and "agents" name to sound official; no institution collects into them.
cues(['监管账户', '验证账户', '核验账户', '指定账户', '对公账户'], { flag: 'transfer', risk: 0.45, neg: true });
// Evasive spellings of WeChat/QQ/Telegram are themselves a sign of dodging the platforms' filters.
cues(['加微信', '加qq', '加我微信', '添加微信', '微信联系', '加v', '加vx', 'v信', '薇信', '威信', '徽信', '加wx', '扣扣', 'qq群', '飞机号', '纸飞机', '进群', '下载app', '下载软件', '点击链接', '专属客服', '专属app', '二维码', '企业微信', '加一下', '加个微信', '私信', '扫码登录', '授权登录', 'add me on', 'telegram', 'whatsapp'],
  { flag: 'off_platform', risk: 0.15 });

// ── Scripts by fraud type (MPS common types) ─────────────────────────────────────────
cues(['点赞关注', '做任务', '佣金', '返利', '垫付', '日结', '兼职', '日赚', '一单', '接单', '派单', '做单', '联单', '体验官', '试用官', '秒返', '高佣', '点赞', '当天结算', '多劳多得', '手机即可操作', '在家就能赚', '宝妈', '足不出户', 'task commission', 'daily pay', 'part-time job', 'like videos', 'like and follow', 'commission', 'rebate', 'earn from home', 'working from home', 'work from home', 'simple tasks', 'per day', 'a day from', 'remote workers', 'part time job', 'part-time', 'review products', 'earn commission', 'each task', 'advance the order', '动动手指', '刷好评', '当日结清'],
  { risk: 0.3, types: { brushing_rebate: 1 } });
// Words that name the scam itself: suspicious on their own (warning notices are voided separately).
cues(['刷单', '刷单员', '做任务返', 'paid to like'], { risk: 0.45, types: { brushing_rebate: 1 } });
cues(['内幕消息', '高回报', '高收益', '导师', '荐股', '带单', '跟单', '牛股', '涨停', '股票群', '内部群', '推荐股', '入金', '体验金', '量化', '保本保息', '虚拟币', 'usdt', '数字货币', '收益率', '投资平台', '交易app', '炒股群', '原始股', '保本', '带你赚', '内部消息', '暴涨', '平台是正规', '保证收益', '你也可以投', '投一点', '一起赚', '必涨', '获利', 'guaranteed return', 'crypto', 'trading platform', 'investment mentor', 'double your money', 'stock tips', 'high returns', 'daily returns', 'mentor'],
  { risk: 0.3, types: { fake_investment: 1 } });
cues(['稳赚', '稳赚不赔', '包赚', '只赚不赔', 'guaranteed profit', 'risk-free profit'], { risk: 0.45, types: { fake_investment: 1 } });
// Shops double loyalty points ("积分翻倍") and banks report yields: weak alone.
cues(['收益', '翻倍'], { risk: 0.1, types: { fake_investment: 0.5 } });
cues(['无抵押', '免征信', '无需征信', '不看征信', '无视征信', '秒到账', '秒批', '放款失败', '卡号填写错误', '银行卡号错误', '卡号有误', '贷款被冻结', '低息贷款', '无需审核', '包下款', '额度已批', '贷款额度', '凭身份证', '下款', '当天放款', '领取额度', '征信分数', '提升征信', '刷征信', '流水不足', '流水验证', '做流水', '无法到账', '无法放款', 'no credit check', 'instant approval', 'loan approved', 'guaranteed loan'],
  { risk: 0.35, types: { fake_loan: 1 } });
cues(['黑户可贷', '黑白户', '无视黑白户', '黑户秒下', 'bad credit ok'], { risk: 0.45, types: { fake_loan: 1 } });
// A stranger walking the victim through app screens is the core of remote-guidance scams.
cues(['按照我的操作', '按我的操作', '按我说的操作', '按我的指导', '一步步教您', '一步步教你', '指导您操作', '指导你操作', '我教您操作', '跟着我操作', 'follow my instructions', 'step by step'],
  { risk: 0.35, types: { fake_customer_service: 0.6, fake_credit_repair: 0.3 } });
cues(['been charged', 'annual membership', 'refund team', 'subscription will', 'auto-renewal', '理赔专员', '退款专员', '领取赔付', '领取理赔', '填写理赔', '理赔信息', '每月扣费', '持续扣费', '月付会员', '被开通', '如不取消', '每月收取', '收取费用'], { flag: 'refund', risk: 0.3, neg: true, types: { fake_customer_service: 1 } });
cues(['客服', '订单异常', '快递员', '快递', '会员', '扣费', '退费', '赔付', '误开通', '售后', '金融资质', '银联', 'customer service', 'your order', 'membership'],
  { risk: 0.05, types: { fake_customer_service: 0.4 } });
cues(['征信修复', '修复征信', '征信洗白', '洗白', '征信花', '修复逾期', '消除逾期记录', '删除逾期', '删除不良', '消除不良', '不良记录', '征信中心', '铲单', '信用修复', '内部处理', 'credit repair', 'fix your credit', 'remove late payments'],
  { risk: 0.45, types: { fake_credit_repair: 1.2 } });
// "Inside channel" sells tickets and credit fixes alike: risk without a type vote.
cues(['内部渠道', 'inside channel'], { risk: 0.2 });
cues(['低价', '代购', '原价', '现价', '现只要', '特价', '清仓', '转让', '不议价', '定金', '不走平台', '私下交易', '门票', '抢购', '货到付款', '闲置', '二手', '内部价', '量大从优', '九成新', '一折', '工厂直销', '全款', '不支持平台', 'cheap tickets', 'discount price', 'limited stock', 'brand new'],
  { risk: 0.15, types: { fake_shopping: 1 } });
cues(['只接受微信', '只收微信', '只走微信', '只接受转账', '微信转账', '微信付款', 'bank transfer only'], { flag: 'transfer', risk: 0.3, neg: true, types: { fake_shopping: 0.5 } });
// Frozen funds are the mechanism of loan, game-trading and shopping scams alike: the setting
// (game words, goods) decides the type, so these vote for fake_loan only weakly.
cues(['账户被冻结', '资金被冻结', '被系统冻结'], { risk: 0.35, types: { fake_loan: 0.25 } });
// Who the impostor claims to be and why the number is new: pretexts until money is asked for.
cues(['我是你领导', '我是你老板', '你们部门领导', '部门领导', '换新号', '换号了', '新号码', '新微信', '加我新微信', '这是同学的', '同学的号', '朋友的手机', '旧的先别存', '手机掉', '手机坏了', '手机丢了', '手机被偷', '手机摔坏', '在开会', '我在上课', '猜猜我是谁', '我是你老同学', '我是你表', 'hi mum', 'hi mom', 'hi dad', 'new number', 'lost my phone', 'dropped my phone', 'broke my phone', 'this is your boss', 'in a meeting'],
  { risk: 0.3, needsAsk: true, types: { impersonating_acquaintance: 1 } });
cues(['帮我转', '帮我付', '借我', '借点钱', '急用钱', '急需', '周转', '先帮我垫', '转我', '转给我', '打给我', '借给我', '转一下', '先垫一下', 'send me money', 'send me', 'can you send', 'lend me', 'transfer me'],
  // Family members ask for money too ("记得转给我"): the ask is weak until a pretext joins it.
  { risk: 0.15, ask: true, types: { impersonating_acquaintance: 1 } });
// Boss-on-WeChat and old-friend pretexts: who is "in trouble" and why the money goes elsewhere.
// Real friends say "借我200，明天还你" too: only the impostor's props count, not the relationship.
cues(['听不出来', '是我啊', '遇到点麻烦', '出了点事', '出事了', '货款', '供应商', '给客户打款', '客户的款', '公司账户', '账号我发你', '账号发你', '回头报销', "it's me", 'urgent payment'],
  { risk: 0.3, needsAsk: true, types: { impersonating_acquaintance: 1 } });
cues(['游戏账号', '装备', '皮肤', '代练', '游戏币', '账号交易', '点券', '交易平台', '王者荣耀', '和平精英', '原神', '出售账号', '账号出售', '满级', '高价收购', '解冻提现', '代充', '买家', '已被拍下', '免费领取皮肤', '领取皮肤', 'game account', 'in-game', 'skins'],
  { risk: 0.2, types: { game_trading: 1 } });
// Shops greet "亲爱的用户" and call goods "宝贝": those sentences are not courtship.
const SHOP_GREETING = /亲爱的(?:用户|客户|会员|顾客|朋友|同学|家长|各位)|的宝贝|宝贝已/;
cues(['网恋', '交友', '婚恋', '单身', '亲爱的', '宝贝', '博彩', '彩票平台', '漏洞', '见面', '想见你', '我们的未来', '在一起', '我爱你', '维和', '军医', '退役', '寄给你', '我教你', '你也注册', '为未来', 'my love', 'my darling', 'darling', 'army doctor', 'us army', 'marry you', 'leave paper', 'deployed', 'miss you', 'when we meet', 'overseas', 'i love you', 'my dear', 'hi dear', 'honey', 'sweetheart', 'dating', 'oil platform', 'oil rig', 'peacekeeper', 'parcel of gifts', 'gift parcel'],
  { risk: 0.2, unless: SHOP_GREETING, types: { romance: 1 } });

// Settings that decide the type when the mechanism (a fee, a link, a form) is shared by many.
// They carry no risk: a landlord's rent reminder or a real tax notice is not suspicious for its setting.
// Government bodies scammers impersonate to collect a "fine" or pay a "refund": weak alone, real
// notices from them exist, but they make the type impersonating_authority.
cues(['医保局', '医保中心', '社保局', '社保中心', '税务局', '交管', '12123', '交警', '网警', '网监', '违法记录', '执法', '市场监管局', '海关', '出入境', 'tax bureau', 'customs office', 'immigration office', 'traffic police'],
  { risk: 0, types: { impersonating_authority: 1.2 } });
// A score that can be "raised" or "restored" for a fee is the credit-repair pitch.
cues(['信用提升', '提升信用', '恢复信用', '信用恢复', '信用分提升', '提升信用分', 'boost your credit', 'raise your credit score'], { risk: 0, types: { fake_credit_repair: 1.5 } });
// Rentals, visas and tickets: goods or services paid for before they exist.
cues(['租房', '房租', '看房', '带看', '房东', '钥匙', '签证', '办签', '出签', '机票', '车票', '演唱会', 'visa', 'rental', 'landlord'], { risk: 0, types: { fake_shopping: 1 } });
// Certificates and upgrades that "expire" are the customer-service pretext for a login page.
cues(['数字证书', '证书到期', '证书过期', '更新证书', '账户升级', '系统升级', 'etc认证', 'etc失效', 'certificate expires'], { risk: 0, types: { fake_customer_service: 1.2 } });
// Loan products named to sound official: subsidies, business loans, instant-release memberships.
cues(['经营贷', '贴息', '个体工商户', '低息分期', '分期额度', '放款会员', '极速放款', '助贷', 'credit limit', 'release the funds', 'loan amount', 'your loan'], { risk: 0, types: { fake_loan: 1.2 } });
// Dating apps where romance scams start before moving the victim elsewhere.
cues(['探探', '陌陌', 'soul上', '世纪佳缘', '珍爱网', '百合网', '相亲', 'tinder', 'bumble', 'hinge'], { risk: 0, types: { romance: 1.2 } });
// Jobs abroad, exam places and health products: advance-fee scams outside the named types.
cues(['出国劳务', '劳务输出', '出国务工', '包吃包住', '中介费', '补录', '指标费', '内部名额', '磁疗', '保健品', '专治', '视频发出去', '不雅视频', 'ai合成'], { risk: 0, types: { other: 1.5 } });

// ── Illegal collection conduct (facts/regulation.md: collection guideline, NIFA convention) ──
cues(['拖到什么时候', '打算拖', '那笔钱', '还款日', '该还的', '逾期', '欠款', '债务', '逃废债', '仍未处理', '尚未处理', '尚未还款', '仍未还款', '未还款', '尚未归还', '仍未归还', '拖欠', '催收', '欠债', '老赖', '赖账', '还钱', '不还', '还不上', '欠的钱', '欠钱', '欠我们', '还我们', '催款', '贷后', 'you owe', 'pay back', 'overdue', 'outstanding debt', 'debt collection', 'your debt', 'repay'], { risk: 0, ctx: 'collection' });
cues(['上门', '砸', '弄死', '后果自负', '打断', '卸了你', '找人收拾', '让你好看', '有你好看', '走着瞧', '等着瞧', '不得安宁', '不得好死', '全家', '别想好过', '吃不了兜着走', '泼油漆', '出门小心', '别怪我们不客气', '拉横幅', '派人过去', '派人去', '派人到', '长记性', 'we will visit you', 'you will regret', 'we know where you live'],
  { risk: 0, harass: 'threat', hw: 0.6 });
cues(['老赖', '王八蛋', '去死', '滚', '贱', '狗东西', '不要脸', '畜生', '垃圾', '废物', '人渣', '傻逼', '脑残', 'scumbag', 'deadbeat', 'loser', 'idiot'], { risk: 0, harass: 'insult', hw: 0.6 });
cues(['爆通讯录', '通讯录', '联系你家人', '通知你家人', '联系你父母', '通知你单位', '联系你单位', '联系你同事', '你的亲友', '紧急联系人', 'your family will', 'your employer'],
  { risk: 0, harass: 'third_party', hw: 0.55, neg: true });
cues(['曝光', '公示', '发到朋友圈', '告诉你所有', '群发', '挂到网上', '业主群', '做成海报', 'expose you', 'contact list', 'everyone you know', 'your contacts'], { risk: 0, harass: 'disclosure', hw: 0.55, neg: true });
// A lender may lawfully sue ("依法提起诉讼"): litigation words are pressure, not yet illegal.
cues(['律师函', '已立案', '立案', '诉讼', '起诉', '律师事务所', 'lawyer letter', 'lawsuit'], { risk: 0, harass: 'fake_legal', hw: 0.25, types: { impersonating_authority: 0.5 } });
// Court papers come through court channels, not a collector's SMS, and unpaid debt is civil:
// jail or criminal threats and "summonses" are illegal pressure (as fraud, they name the courts).
cues(['法院传票', '传票', '拘留', '坐牢', '刑事责任', '诈骗罪', '抓你', '户籍所在地', '失信被执行人', 'court summons', 'arrest', 'jail'],
  { risk: 0, harass: 'fake_legal', hw: 0.4, types: { impersonating_authority: 1 } });
cues(['强制执行'], { risk: 0, harass: 'fake_legal', hw: 0.25, types: { impersonating_authority: 0.5 } });
// The collection guideline bans pushing new loans to repay old ones.
cues(['以贷养贷', '借新还旧', '别的平台借', '其他平台借', '去借了', '找别人借', '去借钱', '能借的口子', '借出来还', 'borrow from another'], { risk: 0, harass: 'push_borrowing', hw: 0.5 });
// The guideline bans charging the debtor for collection itself: visit, travel and "service" fees.
cues(['上门服务费', '上门费', '外访费', '差旅费', '催收费', '催收服务费', '办案费', 'collection fee', 'visit fee'], { risk: 0, harass: 'extra_fee', hw: 0.5 });
// Written to a third party about the debtor: a parent ("您儿子…账单"), a spouse, the employer's HR
// ("核实员工是否在职"), or pressed to pay for them ("先帮她垫上"). The guideline allows third
// parties only to reach an unreachable debtor, never told the debt or asked to pay; only counts
// with debt talk (ctx), like every harassment cue.
cues(['您儿子', '您女儿', '你儿子', '你女儿', '您家孩子', '您当妈的', '您当爸的', '你当妈的', '你当爸的', '您爱人', '你太太', '您太太', '您丈夫', '您妻子', 'your son', 'your daughter', 'your wife', 'your husband'],
  { risk: 0, harass: 'third_party', hw: 0.55, neg: true });
cues(['是否在职', '在职情况', '在职和收入', '核实一下员工', '贵司员工', '贵单位员工', '到您单位拜访', '到你单位拜访', '到您公司拜访', '帮他垫', '帮她垫', '替他还', '替她还', '帮他还', '帮她还', '代他还', '代她还', 'confirm your employment', 'your hr', 'hr department'],
  { risk: 0, harass: 'third_party', hw: 0.55, neg: true });
// Calls past the daily cap (at most six unanswered attempts per number) and veiled threats.
cues(['打到你接', '打到下班', '打到接为止', '一直打到', '打爆你', '替我们问个好', '替我问个好', '代我们问好', "until you pick up"], { risk: 0, harass: 'threat', hw: 0.6 });
// A collector's "寻人启事" posts the debtor in public.
cues(['寻人启事'], { risk: 0, harass: 'disclosure', hw: 0.55 });
// Garnishing wages through the employer presses an unrelated third party to pay.
cues(['工资中代扣', '从工资里扣', '从其工资', '工资代扣', '转告贵单位', 'deduct from your salary'], { risk: 0, harass: 'third_party', hw: 0.55 });

export const LEXICON: ReadonlyArray<readonly [string, Cue]> = entries;

const FAMILY_AND_WORK = ['贵单位', '姐姐', '妹妹', '哥哥', '弟弟', '家人', '家里人', '父母', '爸妈', '老婆', '老公', '妻子', '丈夫', '孩子', '子女', '亲戚', '亲友', '朋友', '同事', '领导', '单位', '公司', '老板', '学校', '邻居', '联系人', '通讯录', 'family', 'parents', 'wife', 'husband', 'colleague', 'employer', 'boss', 'relatives', 'sister', 'brother', 'manager', 'mother', 'father'];
const ADVANCE_FEES = ['解冻金', '解冻费', '保证金', '会员费', '认证费', '激活费', '工本费', '验资', '通道费', '公证费', '税费', '清关费', '押金', '定金', '运费', '邮费', '关税', 'fee'];
/** Amount units: "转5000元", "借我2万块" end in one of these, whatever the digits. */
const MONEY = ['元', '块', '万', '美元', 'usd', 'rmb', 'cny', '$'];

export const PAIRS: readonly PairRule[] = [
  // "把收到的验证码发给我" / "提供一下您的验证码": request verbs around the code, any wording between.
  { a: ['提供', '告诉', '告知', '报给', '念', '读给', '发给', '发送给', '转发', '截图'], b: ['验证码', '动态码', '校验码', '短信码'], gap: 6, cue: { flag: 'verification_code', risk: 0.65, neg: true } },
  { a: ['验证码', '动态码', '校验码'], b: ['发给我', '发我', '告诉我', '报给我', '给我', '截图给'], gap: 6, cue: { flag: 'verification_code', risk: 0.65, neg: true } },
  // "你直接转到老师卡上" / "转4355元到这个账户": a transfer verb aimed at an account or card.
  // Money credited to the reader ("已转入您尾号5678的账户") is the opposite: `bar` rules it out.
  { a: ['转', '汇', '打款', '打到', '存到', '付到', 'transfer', 'wire', 'send'], b: ['账户', '账号', '卡上', '卡里', '这张卡', '银行卡', 'account'], gap: 14, bar: /您|尾号|本人|your/, cue: { flag: 'transfer', risk: 0.3, neg: true } },
  // "提现前需缴纳认证费" / "需要您先转…解冻金": a fee that must be paid before money is released.
  { a: ['先', '提前', '需要', '需', '必须', '才能', '之前', '前需'], b: ADVANCE_FEES, gap: 16, cue: { flag: 'upfront_fee', risk: 0.5, neg: true } },
  // "您的借款因…已被冻结": the loan that cannot be paid out until a fee is paid.
  { a: ['借款', '贷款', '资金', '额度', '款项', 'loan'], b: ['冻结', 'frozen'], gap: 10, cue: { flag: 'script', risk: 0.35, neg: true, types: { fake_loan: 0.5 } } },
  // "您的学生账户要注销", "校园贷需要注销": a student account that must be cancelled.
  { a: ['校园贷', '学生账户', '学生贷', '校园账户', '学籍', '在校期间', '大学期间', '读书期间', '上学期间', 'student'], b: ['注销', '关闭', '清理', 'cancel', 'close'], gap: 20, sentence: true, cue: { flag: 'credit_cancel', risk: 0.45, neg: true, types: { fake_credit_repair: 1.2 } } },
  // "会影响您的个人征信": weak alone, lenders say it too.
  { a: ['影响', '损害', '上'], b: ['征信', '信用记录'], gap: 6, cue: { flag: 'script', risk: 0.15, neg: true, types: { fake_credit_repair: 0.6 } } },
  // "转5000元到…", "先借我2万块", "缴纳2000元": a sum of money asked for. Credits to the reader are barred.
  { a: ['转', '借', '付', '缴纳', '交', '汇', '打', '充值', 'send', 'transfer', 'pay'], b: MONEY, gap: 10, bar: /您|尾号|入|工资|余额|消费|支出/, cue: { flag: 'transfer', risk: 0.3, neg: true } },
  // "先付全款再发货", "先汇款": paying before anything is delivered.
  { a: ['先'], b: ['付', '转账', '打款', '汇款'], gap: 2, cue: { flag: 'transfer', risk: 0.3, neg: true } },
  // "你能先转我3000吗": a sum asked for without a unit.
  { a: ['转我', '转给我', '借我', '打给我', '先转', '先付', '先交', '先打', 'send me', 'transfer me', 'lend me', 'transfer'], b: 'digit', gap: 2, cue: { flag: 'transfer', risk: 0.3, neg: true } },
  // "…退款赔偿，您看方便加一下企业微信吗": a refund that needs a private channel.
  { a: ['退款', '理赔', '赔偿', '赔付', '退费', 'refund', 'compensation'], b: ['加一下', '添加', '加微信', '企业微信', 'qq', '扣扣', '扫码', '二维码', '专员', '加我', 'anydesk'], gap: 24, sentence: true, cue: { flag: 'off_platform', risk: 0.35, neg: true, types: { fake_customer_service: 0.5 } } },
  // "need you to pay for my leave paper first": paying first, in English word order.
  { a: ['pay', 'transfer', 'send'], b: ['first', 'in advance', 'upfront'], gap: 30, cue: { flag: 'upfront_fee', risk: 0.35, neg: true } },
  // "提升征信分数后才能放款": money released only after something is done.
  { a: ['才能', '方可', '后才'], b: ['放款', '到账', '提现', '下款', '解冻'], gap: 4, cue: { flag: 'upfront_fee', risk: 0.35, neg: true } },
  // "逾期记录可以消除", "不良记录删除": erasing the credit record is what no one can sell.
  { a: ['逾期记录', '不良记录', '征信记录', '黑名单', 'late payment'], b: ['消除', '删除', '修复', '洗白', '清除', '撤销', 'remove'], gap: 6, cue: { flag: 'script', risk: 0.45, types: { fake_credit_repair: 1.2 } } },
  // "请点击 <link> 填写信息": a form behind a link.
  { a: ['点击', '登录', '打开', 'click'], b: ['填写', '输入', '提交', '核验', 'enter your', 'fill in'], gap: 20, cue: { flag: 'off_platform', risk: 0.25, neg: true } },
  // "别跟你爸说": keeping the victim's family out.
  { a: ['别跟', '不要跟', '别告诉', '不要告诉', '别让', '不要让'], b: ['家人', '家里', '爸', '妈', '老婆', '老公', '同事', '警察', 'family', 'parents'], gap: 3, cue: { flag: 'secrecy', risk: 0.55, types: { impersonating_acquaintance: 0.5, impersonating_authority: 0.5 } } },
  // "我是你们部门领导", "我是刘总", "我是你表哥": an impostor announcing a relationship.
  { a: ['我是你', '我是您', '是我，你', '我是你们', '我是'], b: ['领导', '老板', '经理', '主任', '总', '表哥', '表姐', '舅舅', '叔叔', '叔', '阿姨', '姨', '同学', '室友', '儿子', '女儿'], gap: 6, cue: { flag: 'script', risk: 0.3, needsAsk: true, types: { impersonating_acquaintance: 1 } } },
  // "我们已经联系了你的同事和你老婆", "打电话给你所有紧急联系人".
  { a: ['联系', '通知', '告诉', '转告', '打电话给', '打给', '找', '去找', '问候', '拜访', 'contact', 'call', 'tell', 'visit', 'texted', 'messaged', 'emailed', 'called'], b: FAMILY_AND_WORK, gap: 8, cue: { flag: 'script', risk: 0, harass: 'third_party', hw: 0.55, neg: true } },
  // "你父母的电话我们都有，你不接我就打给他们": the third party named first, then reached.
  { a: FAMILY_AND_WORK, b: ['电话', '联系方式', '打给', '找上', '通知', '联系'], gap: 12, sentence: true, cue: { flag: 'script', risk: 0, harass: 'third_party', hw: 0.55, neg: true } },
  // "把你的欠款信息和照片发到你朋友圈和通讯录群里", "发给你所有的亲戚朋友".
  { a: ['发到', '发在', '发给', '挂到', '挂在', '贴到', '传到', '公布到', '群发给', '印成', 'send', 'post'], b: ['朋友圈', '群里', '群', '通讯录', '网上', '抖音', '快手', '微博', '小区', '村里', '所有人', '亲友', '亲戚', '朋友', '好友', '同事', '家人', '领导', '单位', '传单', 'everyone', 'contacts', 'friends', 'company page', 'social media', 'moments', 'facebook'], gap: 10, cue: { flag: 'script', risk: 0, harass: 'disclosure', hw: 0.55, neg: true } },
  // "你所有微信好友都会收到你的催款通知": the audience that will learn of the debt.
  { a: ['好友', '朋友', '亲戚', '亲友', '同事', '邻居', '通讯录', '所有人', '联系人', 'contacts', 'everyone'], b: ['都会收到', '会收到', '都知道', '都会知道', '看到', 'will receive', 'will know', 'will see'], gap: 10, cue: { flag: 'script', risk: 0, harass: 'disclosure', hw: 0.55, neg: true } },
  // "还不上就去借别的网贷": pushing new loans to repay this one.
  { a: ['去借', '借别的', '找别的', '去别的', '借其他', '再借', 'borrow'], b: ['网贷', '平台', '贷款', '口子', 'loan'], gap: 4, cue: { flag: 'script', risk: 0, harass: 'push_borrowing', hw: 0.5 } },
  // "让所有人看看你是什么人", "让你的亲友都知道".
  { a: ['让'], b: ['都知道', '看看你', '知道你欠', '知道你是'], gap: 10, cue: { flag: 'script', risk: 0, harass: 'disclosure', hw: 0.55, neg: true } },
];
