/**
 * Explicit urgent-signal rules. A match forces tier 3 whatever the model says, because missing a
 * self-harm, violence or fraud-victim complaint costs far more than an agent reading a false
 * alarm: these rules favour recall, and precision is allowed to fall. Rules run on simplified
 * text (Simplified, half-width, lower-case, digits kept) so Traditional input matches too. A rule
 * may carry `unless` patterns for innocent phrases (大数据杀熟 is a pricing dispute, 砸锅卖铁 a
 * hardship plea, 老人机 a phone model).
 */
import { simplifyText } from '../text-normalize.js';

export interface UrgentRule {
  id: string;
  kind: 'self_harm' | 'fraud' | 'threat' | 'regulator' | 'vulnerable';
  pattern: RegExp;
  unless?: RegExp;
  /** Shown to the agent as the reason the complaint was escalated. */
  reason: string;
}

/** Joins alternatives so each rule reads as a list of phrases rather than one long line. */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'));
}

export const URGENT_RULES: readonly UrgentRule[] = [
  {
    id: 'self-harm',
    kind: 'self_harm',
    pattern: anyOf(
      '自杀', '轻生', '寻死', '想死', '去死', '不想活', '活不下去', '不想再活', '活着没(意思|意义|盼头|希望)', '不如死', '死了?算了', '死了干净',
      '一死了之', '一了百了', '死路一条', '走投无路', '绝路', '了结(自己|生命|此生)', '结束(自己的?)?生命', '遗书', '遗言', '撑不下去',
      '跳楼', '跳河', '跳江', '跳桥', '跳海', '跳下去', '卧轨', '上吊', '割腕', '割脉', '喝(农)?药', '农药', '安眠药', '烧炭', '天台', '楼顶',
      'kill myself', 'suicid', 'end(ing)? (it all|my life)', 'want to die', "don'?t want to live", 'do not want to live', 'no reason (for me )?to live', 'better off dead',
    ),
    reason: '自伤/轻生信号 (self-harm signal)',
  },
  {
    id: 'fraud-victim',
    kind: 'fraud',
    pattern: anyOf(
      '被骗', '诈骗', '骗子', '骗局', '骗了我', '骗走', '骗取', '上当', '安全账户', '监管账户', '解冻(费|金)', '保证金', '屏幕共享', '共享屏幕',
      '会议软件', '远程(控制|协助)', '冒充', '假冒', '假客服', '打着.{0,8}旗号', '自称.{0,10}(客服|工作人员|专员|平台|公司|征信|警察|公安|银行|监管)',
      '注销.{0,4}(校园贷|学生(账户|账号|贷|身份))', '(不注销|否则).{0,8}影响征信', '刷流水', '洗白', '(征信|信用)修复', '修复(征信|信用)', '清空额度',
      '(花钱|交钱|付钱|收费|收了|转了|交了).{0,8}(消除|删除|撤销|清除|消掉|删掉).{0,4}(征信|逾期|不良|记录)', '(借钱|借了钱|贷款|借款|借了).{0,10}转(给|到)(他|她|对方|骗子|指定|陌生|一个)',
      '验证码.{0,6}(给了|告诉了?)(他|她|对方)', 'scam', 'fraud', 'safe account', 'pretend', 'impersonat', 'fake (agent|customer|staff|support)',
    ),
    // Being called a 骗子 by a collector is an insult, not a fraud report.
    unless: /(说|骂|叫)我.{0,6}骗子/,
    reason: '疑似诈骗受害 (suspected fraud victim)',
  },
  {
    id: 'identity-theft',
    kind: 'fraud',
    pattern: anyOf(
      '冒用', '盗用', '冒名', '被盗', '盗刷', '盗号', '不是(我|本人)(本人)?(借|办|申请|操作)的',
      '(没|未|从没|从来没|从未)有?(在.{0,6})?(借过|借款过|注册过|申请过|贷过).{0,12}(却|但|被催|欠|还款|催|要还|让我还|怎么(会|有|就)|咋(就|会|有)|为(什么|啥)(会|有|要))',
      '身份证.{0,6}(丢|被人|被盗|被冒)', '(别人|有人|陌生人).{0,6}(用|拿|登录|登了|登陆).{0,6}(身份证|账户|账号|帐号|帐户|身份|名义)',
      '没有?操作.{0,12}(借款|放款|提现)', 'hacked', 'stolen', 'in my name', 'identity theft',
    ),
    reason: '疑似身份冒用或账户被盗 (identity theft or stolen account)',
  },
  {
    id: 'threat',
    kind: 'threat',
    pattern: anyOf(
      '威胁', '恐吓', '扬言', '要挟', '砸', '杀了?(你|我)', '弄死', '打死', '打断.{0,3}(腿|手)', '卸.{0,4}(腿|胳膊)', '找人.{0,4}(打|收拾|堵|砍|弄)',
      '收拾你', '出门(小心|注意安全)', '小心点', '小心你', '泼.{0,2}油漆', '上门.{0,4}(闹|找|堵|讨|催|要)', '(要|会)上门', '(带|派|叫)(人|兄弟).{0,6}(上门|来|去)',
      '堵(你|我)', '你等着', '不得安宁', '身败名裂', '人身安全', '遗照', '裸照', 'p(s)?(过的|了|的).{0,4}(照片|图)', '知道.{0,4}(家|住).{0,2}在?哪',
      '在哪(上学|上班)', '坐牢', '放火', '同归于尽', '炸(了|掉)?(你们|公司)', 'threat', 'kill (you|me)', 'hurt (me|my|you)',
    ),
    unless: /杀熟|秒杀|杀价|砸锅卖铁|砸钱/,
    reason: '威胁/暴力 (threat, intimidation or violence)',
  },
  {
    id: 'regulator',
    kind: 'regulator',
    pattern: anyOf(
      '监管转办', '12378', '银保监', '保监', '金融监管', '金融监督管理', '监管部门', '监管局', '监管总局', '监管热线', '金融办', '金融工作局',
      '(人民银行|人行|央行).{0,8}(投诉|举报|反映|信访)', '(去|到)(人民银行|人行|央行)', '监管.{0,6}(投诉|举报|反映|转|来的|受理)', '(向|去|到|找)监管', '信访',
      'regulator', '\\bnfra\\b', 'cbirc', 'pboc',
    ),
    reason: '监管转办或监管投诉 (regulator referral)',
  },
  {
    id: 'vulnerable',
    kind: 'vulnerable',
    pattern: anyOf(
      '老人', '老年', '老太太', '老大爷', '老爷子', '老奶奶', '老爷爷', '孤寡', '[六七八九]十[一二三四五六七八九]?[多几]?(岁|了|高龄|周岁)', '[6789][0-9]多?(岁|周岁)', '[七八九]旬', '耄耋',
      '残疾', '残障', '重病', '大病', '绝症', '癌', '化疗', '放疗', '白血病', '透析', '尿毒症', '住院', '\\bicu\\b', '重症', '病危', '中风', '瘫痪', '卧床',
      '视障', '盲人', '失明', '聋', '哑人', '低保', '特困', '精神(病|疾病|障碍|分裂)', '抑郁症', '智力', '智障', '认知障碍', '痴呆', '阿尔茨海默',
      '孕妇', '怀孕', '不识字', '文盲',
      'elderly', 'disabled', 'blind', 'deaf', 'cancer', 'seriously ill', 'pregnant', 'wheelchair', 'dementia', 'hospital', '[6789][0-9] years old',
    ),
    unless: /老人机|老年卡/,
    reason: '弱势消费者 (elderly, disabled, seriously ill or otherwise vulnerable consumer)',
  },
];

export interface UrgentSignal {
  ruleId: string;
  kind: UrgentRule['kind'];
  reason: string;
  match: string;
}

export function detectUrgentSignals(text: string, rules: readonly UrgentRule[] = URGENT_RULES): UrgentSignal[] {
  return detectInSimplified(simplifyText(text), rules);
}

// Global copies of the `unless` patterns, built once per rule instead of on every call.
const blankers = new WeakMap<RegExp, RegExp>();
function blanker(unless: RegExp): RegExp {
  let g = blankers.get(unless);
  if (!g) {
    g = new RegExp(unless.source, 'g');
    blankers.set(unless, g);
  }
  return g;
}

/** Rules over text already passed through `simplifyText`. */
export function detectInSimplified(simple: string, rules: readonly UrgentRule[] = URGENT_RULES): UrgentSignal[] {
  const out: UrgentSignal[] = [];
  for (const rule of rules) {
    // Innocent phrases are blanked out first so 杀熟 cannot trigger the threat rule.
    const haystack = rule.unless ? simple.replace(blanker(rule.unless), ' ') : simple;
    const m = rule.pattern.exec(haystack);
    if (m) out.push({ ruleId: rule.id, kind: rule.kind, reason: rule.reason, match: m[0] });
  }
  return out;
}
