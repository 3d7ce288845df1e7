/**
 * Explicit urgent-signal rules. A match forces tier 3 whatever the model says, because missing a
 * self-harm, violence or fraud-victim complaint costs far more than an agent reading a false
 * alarm: these rules favour recall, and precision is allowed to fall. Rules run on simplified
 * text (Simplified, half-width, lower-case, digits kept) so Traditional input matches too. A rule
 * may carry `unless` patterns for innocent phrases (大数据杀熟 is a pricing dispute, 砸锅卖铁 a
 * hardship plea, 老人机 a phone model). Since 2026-12-01 the rules also read the story rather than
 * only the label: a caller who claimed to be staff followed by money or a code leaving, despair
 * said as a farewell (下辈子再还, 吃药走了), a threat told as reported speech (让你好看), in
 * Simplified, Traditional (Taiwan and Hong Kong wording survives OpenCC: 佢, 金管会, 身分证) and
 * English. Cues that also occur in ordinary disputes are tied to a second cue instead.
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
      '自杀', '轻生', '寻死', '想死', '去死', '不想活', '活不下去', '不想再活', '活着(真)?没(有)?(任何|什么|一点)?(意思|意义|盼头|希望)', '不如死', '死了?算了', '死了干净',
      '一死了之', '一了百了', '死路一条', '走投无路', '绝路', '了结(自己|生命|此生)', '结束(自己的?)?生命', '遗书', '遗言', '撑不下去',
      '跳楼', '跳河', '跳江', '跳桥', '跳海', '跳下去', '卧轨', '上吊', '割腕', '割脉', '喝(农)?药', '农药', '安眠药', '烧炭', '天台', '楼顶',
      '逼死', '想不开', '寻短见', '了断', '下辈子(再)?还', '来世(再)?还', '后事', '离开(这个)?世界', '我.{0,4}不在了', '没(有)?活路', '不想(再)?醒', '不想再拖累',
      '(想|求|要)解脱', '永别', '死给你们看', '以死(相逼|明志|谢罪)', '(吃|喝)(了)?药.{0,2}(走|了断|死|算了)', '(攒|备|买|准备)(好|够)?了?.{0,4}(安眠药|药片|绳子|木炭)',
      '(站|去|到|来)(在)?了?(江|河|湖|海|桥)边', '吞了?.{0,6}(药|药片)', '看不到(任何|一点|一丝)?(希望|出路)', '对不起.{0,2}(爸妈|父母|家人|孩子|老婆|老公)', '我.{0,2}撑不住', '唔想(再)?活', '生不如死',
      '撞(上去|死)', '结束这一切', '用命(来)?还', '(还能|能)撑(多久|几天)', '(可能|也许|说不定)哪天(就)?不在了',
      'kill myself', 'suicid', 'end(ing)? (it all|my (own )?life)', 'take my (own )?life', 'want to die', "don'?t want to live", 'do not want to live', 'no reason (for me )?to live',
      'better off (dead|without me)', 'rather be dead', 'wish i (was|were) dead', 'no way out', "can'?t go on", 'cannot go on', 'goodbye (letter|note|message)',
      "(if|when|once|after) i('m| am) (gone|dead|no longer (here|around))", '(if|when|once|after) i (die|pass away)', 'overdose', 'no hope (left|at all)', "(don'?t|do not|can'?t|cannot) see (any )?(hope|a way out|the point)", '(take|taking|swallow|swallowing|took) (all )?(of )?(my |the |these )?(pills|tablets)', 'hang myself', 'jump(ing)? off', 'on the roof', 'no point (in )?living',
    ),
    reason: '自伤/轻生信号 (self-harm signal)',
  },
  {
    id: 'fraud-victim',
    kind: 'fraud',
    pattern: anyOf(
      '被骗', '诈骗', '骗子', '骗局', '骗了我', '骗走', '骗取', '上当', '安全账户', '监管账户', '解冻(费|金)', '保证金', '屏幕共享', '共享屏幕',
      '会议软件', '远程(控制|协助)', '冒充', '假冒', '假客服', '打着.{0,8}旗号', '自称.{0,10}(客服|工作人员|专员|平台|公司|征信|警察|公安|银行|监管|售后|法务|风控|职员|员工)',
      '注销.{0,4}(校园贷|学生(账户|账号|贷|身份))', '(不注销|否则).{0,8}影响征信', '刷流水', '洗白', '(征信|信用)修复', '修复(征信|信用)(?!记录|报告)', '清空额度',
      '(花钱|交钱|付钱|收费|收了|转了|交了).{0,8}(消除|删除|撤销|清除|消掉|删掉).{0,4}(征信|逾期|不良|记录)',
      '(花|交|付|给|转)了?.{0,12}(帮|替|给)我?(删|消|洗|改|抹|撤)(掉|除|销|白)?.{0,4}(征信|逾期|不良|记录|黑名单)', '跑路', '人(也)?跑了', '卷(钱|款)', '(借钱|借了钱|贷款|借款|借了).{0,10}转(给|到)(他|她|对方|骗子|指定|陌生|一个)',
      '验证码.{0,6}(给了|告诉了?)(他|她|对方)', '谎称', '冒名顶替',
      // Somebody claimed to be staff, then money or a code left: the story of a scam without the word.
      '(说|称|讲|话)(他|她|自己|佢)?(是|系).{0,12}(的人|客服|专员|工作人员|员工|职员|售后|法务|风控).{0,40}(转|打款|汇款|交|缴|付|俾|验证码|链接|下载|操作)',
      '按(照)?(他|她|对方|那个人|电话里)(说的|的(要求|指示|提示)|要求|指示|提示).{0,20}(转|操作|借|打|汇|下载|交)',
      '(钱|款)(转|打|汇)(给|到|进)了?(他|她|对方|那个人|陌生)',
      // A stranger selling record deletion ("对方说能帮我把查询记录删掉") is the credit-repair scam; a
      // customer asking the lender to delete a wrong record has no third party and stays out.
      '(对方|他们|中介|那人|那个人|有人|陌生人|电话里)(说|称|讲|保证|承诺|声称)(能|可以|包)(帮|给|替)(我|你)?.{0,10}(征信|逾期|不良|查询|黑名单).{0,10}(删|消|洗|抹|清)',
      '(放|转|打|存)(到|进)(他们|对方|他|她)(给|提供|指定)的?.{0,4}(卡|账户|账号|户口)', '转(钱|账)?(给|到)了?(他|她|对方)(的|给的|指定)', '转钱去佢',
      // A fee "before the loan is released" stays out: on a licensed lender that is a bundled add-on.
      '激活费', '工本费', '解冻金', '验资', '资金验证', '放款专员',
      // Past-tense police reports only: "再打我就报警" is a collection dispute.
      '(已经|已)报(了)?(警|案)', '报(了)?警了', '报案了', '报过警', '派出所', '公安.{0,4}(立案|报案)', '96110', '18222', '165.{0,2}(报案|专线|反诈)', '(打|拨)了?165',
      '反诈(中心|民警|专线)', '链接.{0,12}(填|输入)了?.{0,8}(卡号|密码|验证码|银行卡)', '解除分期', 'atm.{0,10}(操作|转)', '呃(咗|我|钱)',
      // The English credit-repair scam: money paid to have a record deleted.
      '(paid|gave|sent|transferr?ed) .{0,40}(credit[- ]repair|to (delete|remove|erase|clean|wipe|fix) my (overdue|bad|credit|negative) (record|history|report))',
      'scam', 'fraud', 'safe account', 'pretend', 'impersonat', 'posing as', 'posed as', 'claim(ed|ing|s)? to be', 'fake (agent|customer|staff|support|link|website|site|app|call|number|hotline)',
      '(said|says|saying|told me|claimed|claiming) (that )?(he|she|they) (was|were|is|are|worked|works) (from|for|with|at) .{0,80}(sent|transferr?ed|paid|gave|moved|wired|code|link|app)',
      'sent (him|her|the caller|a stranger) ', 'tricked .{0,20}(send|transfer|pay|giv|mov)', 'conned', 'swindl', 'cheated (me )?out of', 'phishing', 'screen shar', 'share (my|the|your) (phone )?screen', 'remote (access|control|desktop)', 'anydesk', 'teamviewer',
      'reported (it |this )?to the police', 'police (report|case)', 'called the police', 'unfreez', '(fee|deposit) to unlock',
    ),
    // Being called a 骗子 by a collector is an insult, not a fraud report.
    // "原话是…转人工" quotes real staff in a service complaint, not a caller posing as staff.
    // A denial or a comparison is not a report: 不是冒充的, 以为是骗子, 比骗子还差, 诈骗电话天天接.
    unless: /(说|骂|叫)我.{0,6}骗子|转人工|原话|(不是|并非|没有)(在)?(冒充|假冒|诈骗|骗子)|以为是?(骗子|诈骗)|比骗子|诈骗电话.{0,4}(天天|每天|经常|常常|都)/,
    reason: '疑似诈骗受害 (suspected fraud victim)',
  },
  {
    id: 'identity-theft',
    kind: 'fraud',
    pattern: anyOf(
      '冒用', '盗用', '冒名', '被盗', '盗刷', '盗号', '不是(我|本人)(本人)?(借|办|申请|操作)的',
      // The ending must be a debt (a reminder, a balance, a loan on record): a denial followed by
      // marketing texts (提额短信) or a credit query (征信上却有…查询) is a tier-2 dispute.
      '(没|未|从没|从来没|从未)有?(在.{0,6})?(借过|借款过|注册过|申请过|贷过|办过).{0,12}(被催|欠|要还|让我还|名下|催(收|款|我|债)|(收到|有|发来|来了)了?.{0,6}(还款|催|欠款|逾期|账单|借款记录|贷款记录)|(借款|贷款)记录|怎么(会|有|就)|咋(就|会|有)|为(什么|啥)(会|有|要))',
      '身份证.{0,6}(丢|被人|被盗|被冒)', '(别人|有人(?!工)|陌生人).{0,6}(用|拿(了|走|去)|登录|登了|登陆).{0,6}(身份证|账户|账号|帐号|帐户|身份|名义)',
      '没有?操作.{0,12}(借款|放款|提现)', '(没|从没|从来没|从未)有?(用|注册|下载)过.{0,20}(逾期|欠款|催收|借款记录|贷款记录)', '(突然|莫名其妙?|凭空|无缘无故)(多了|多出|出现)了?(一)?笔?.{0,6}(借款|贷款|欠款)',
      // The notice first, the denial after: "收到还款短信，可我根本没在你们这申请过".
      '(收到|催|短信|通知|账单).{0,20}(没|未)有?(在.{0,8})?(借过|借款过|注册过|申请过|贷过|办过)', '不是我(本人)?(点|借|操作)的', '(用|拿)(了)?我的?.{0,4}(身[份分]证|证件|资料|身份信息).{0,12}(贷|借|注册|申请)', '身[份分]证.{0,6}(借给|给了).{0,12}(贷|借)',
      'hacked', 'stolen', 'in my name', 'identity theft', 'never borrowed', 'never (applied for|took out|signed for) (a |this |the |any )?(loan|credit)',
      "(did not|didn'?t) (take out|apply for|borrow|authori[sz]e) (this|that|the|any) (loan|withdrawal|borrowing)",
      '(一笔|多了|多出).{0,6}(贷款|借款|欠款).{0,12}(从来|从未|根本|压根)?(没|未)有?(申请|借|办|贷)过', '被(人)?(借|贷)(走|了)(一笔|.{0,4}钱)',
      // A denial, then a debt on the credit report further on: "从未申请过X任何借款，征信上却有一笔…逾期".
      '(没|未|从没|从来没|从未)有?(在.{0,6})?(借过|借款过|申请过|贷过|办过|用过|注册过).{0,24}征信.{0,16}(逾期|贷款|借款|欠款)',
      '(was|is) not me', '(used|took|stole) my (id|identity|identity card|id card|documents)( card)? to (borrow|apply|take out|open|get)', "wasn'?t me", 'someone (used|logged|got into|opened|took|borrowed)', 'not mine',
    ),
    // "不是被盗号，是我自己忘了密码" / "not hacked, just me" deny the theft.
    unless: /(不是|并非|没有|没)(被盗|被冒用|盗号)|not hacked|wasn'?t hacked|not stolen/,
    reason: '疑似身份冒用或账户被盗 (identity theft or stolen account)',
  },
  {
    id: 'threat',
    kind: 'threat',
    pattern: anyOf(
      '威胁', '恐吓', '扬言', '要挟', '砸', '杀了?(你|我)', '弄死', '打死', '打断.{0,3}(腿|手)', '卸.{0,4}(腿|胳膊)', '找人.{0,4}(打|收拾|堵|砍|弄)',
      '收拾你', '出门(小心|注意安全)', '小心点', '小心你', '泼.{0,2}油漆', '上门.{0,4}(闹|找|堵|讨|催|要)', '(要|会)上门', '(带|派|叫)(人|兄弟).{0,6}(上门|来|去)',
      '堵(你|我)', '你等着', '不得安宁', '身败名裂', '人身安全', '遗照', '裸照', 'p(s)?(过的|了|的).{0,4}(照片|图)', '知道.{0,4}(家|住).{0,2}在?哪',
      '在哪(上学|上班)', '坐牢', '放火', '同归于尽', '炸(了|掉)?(你们|公司)', '(让|叫)(你|我)(好看|吃不了兜着走)', '让你后悔', '你(会)?后悔', '别想(过|好过)',
      '(学校|单位|公司|家|店)门口.{0,6}(等|堵|守|蹲)', '(守|蹲|堵)在.{0,8}门口', '贴(满|到|在|遍).{0,8}(小区|村|单位|楼|门)', '(发|报|念)(来|出)了?(我|你)(的|家|父母|老家).{0,6}(地址|住址|门牌)',
      '(家人|孩子|小孩|老婆|老公|家里人|父母).{0,4}(出门)?(要)?(小心|当心)', '(上门|门口)(搵|揾)', '(搵|揾)人(打|斩|劈)', '砍(死|你|人)',
      'threat', 'kill (you|me)', 'hurt (me|my|you)', 'harm (me|my|you)', 'beat (me|you|him|her) up', 'break (my|your) (legs|arms)', "(you'?ll|you will|would) regret",
      'know(s)? where (i|you|we|my|your) .{0,20}(live|work|school)', 'come to (my|your) (house|home|door|office|work|school|shop)', 'something (bad )?(will|would) happen',
      'watch (your|my) back', 'photo of my (front )?(door|house|home)', 'bang(ed|ing)? on (my|the) door', 'came to my (flat|house|home|door|apartment)',
    ),
    unless: /杀熟|秒杀|杀价|砸锅卖铁|砸钱|(不是|并非|没有|没)(在)?(威胁|恐吓)|(没人|没有人|没谁)(威胁|恐吓)|not (a )?threat/,
    reason: '威胁/暴力 (threat, intimidation or violence)',
  },
  {
    id: 'regulator',
    kind: 'regulator',
    pattern: anyOf(
      '监管转办', '12378', '银保监', '保监', '金融监管', '金融监督管理', '监管部门', '监管局', '监管总局', '监管热线', '金融办', '金融工作局',
      '(人民银行|人行|央行).{0,8}(投诉|举报|反映|信访)', '(去|到)(人民银行|人行|央行)', '监管.{0,6}(投诉|举报|反映|转|来的|受理)', '(向|去|到|找)监管', '信访',
      '监管机构', '消费者权益保护局', '消保局', '12363', '(写信|投诉|举报|反映|信访|上访)(给|到|至)了?.{0,3}(人民银行|人行|央行)', '金管会', '金管局', '评议中心', '金融纠纷调解',
      'regulator', '\\bnfra\\b', 'cbirc', 'pboc', "people'?s bank", 'central bank', 'financial (regulatory|supervisory) (authority|administration|bureau|commission)',
    ),
    // Credit reports go to the PBOC credit bureau: asking about reporting is not a referral.
    unless: /(pboc|people'?s bank( of china)?|central bank) credit (bureau|reference|report|center|centre)/,
    reason: '监管转办或监管投诉 (regulator referral)',
  },
  {
    id: 'vulnerable',
    kind: 'vulnerable',
    pattern: anyOf(
      '老人', '老年', '老太太', '老大爷', '老爷子', '老奶奶', '老爷爷', '孤寡', '[六七八九]十[一二三四五六七八九]?[多几]?(岁|了|高龄|周岁)', '[6789][0-9]多?(岁|周岁)', '[七八九]旬', '耄耋',
      '残疾', '残障', '重病', '大病', '绝症', '癌', '化疗', '放疗', '白血病', '透析', '尿毒症', '住院', '\\bicu\\b', '重症', '病危', '中风', '瘫痪', '卧床',
      '视障', '盲人', '失明', '聋', '哑人', '低保', '特困', '精神(病|疾病|障碍|分裂)', '抑郁症', '智力', '智障', '认知障碍', '痴呆', '阿尔茨海默',
      '孕妇', '怀孕', '不识字', '文盲', '心脏(搭桥|病|手术|支架)', '(刚|才)做完.{0,4}手术',
      '外婆', '外公', '奶奶', '爷爷', '姥姥', '姥爷', '耳(朵)?背', '脑梗', '脑溢血', '晚期', '洗肾', '肾衰', '单亲', '独居', '养老金', '退休老人', '精神科', '听障',
      '视力.{0,2}(残|障)', '肢体.{0,2}残', '唔识(字|睇|用)',
      'elderly', 'disabled', 'blind', 'deaf', 'cancer', 'seriously ill', 'pregnant', 'wheelchair', 'dementia', 'hospital', '[6789][0-9] years old',
      "(aged|i am|i'm|he is|she is|he's|she's) [6-9][0-9](?![0-9%])(?! ?(percent|yuan|rmb|days))", 'pension', 'stroke', 'chemo', 'dialysis', 'alzheimer',
      '(visually|hearing) impaired', 'disabilit', 'terminal(ly)? ill', 'illiterate', "can'?t read", 'single (mother|mum|mom|parent)', 'living alone',
      'mental (illness|health)', 'depression', 'grand(mother|father|ma|pa)',
      // Minors and students in school: lending to either is restricted.
      '未成年', '(我|孩子|儿子|女儿)(今年)?(才|只有|刚满)?(1[0-7]|十[一二三四五六七]?)(岁|周岁)', '(初中|高中)生', '(还在|正在|在)(读|上)(初中|高中)', '(在校|在读)(大学生|学生)',
      "(i am|i'm|he is|she is|aged) 1[0-7](?![0-9])", 'under 18', '(still )?in high school',
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
