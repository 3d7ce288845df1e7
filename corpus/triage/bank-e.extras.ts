/**
 * Phrase bank E: demands, framing phrases, two-topic facts, and the assembled BANK_E. Author E
 * wrote this bank without reading any other phrase bank and without running the classifier. It was
 * written blind as the test set test-e.jsonl, run as a test, then burned: since 2026-12-01
 * (session 3) it is training data (corpus/triage/generate-corpus.ts, docs/evaluation.md).
 */
import { ENGLISH_DEMANDS_E, ENGLISH_FACTS_E, ENGLISH_OVERLAYS_E } from './bank-e.english.js';
import { TIER1_FACTS_E } from './bank-e.tier1.js';
import { TIER2A_FACTS_E } from './bank-e.tier2a.js';
import { TIER2B_FACTS_E } from './bank-e.tier2b.js';
import { OVERLAYS_E, TIER3_FACTS_E } from './bank-e.tier3.js';
import { VOICE_FACTS_E } from './bank-e.voices.js';
import { SCENARIO_IDS } from './scenarios.js';
import type { Demand, PhraseBank, ScenarioId } from './scenarios.js';

/** Texts that mention a second topic in passing; the labelled scenario is the real complaint. */
export const TWO_TOPIC_FACTS_E = {
  collection_night: ['本来只想问问怎么改还款日 这个不急 我要投诉的是你们催收天天晚上十一点以后还打电话'],
  payment_double_charge: ['提额的事以后再说 今天要反映的是同一笔还款被扣了两次 银行流水上清清楚楚'],
  collection_insult: ['利息高我认了 借的时候自己没看清 但是催收在电话里骂我祖宗十八代这个不能忍'],
  credit_wrong_record: ['账号锁住那事我自己弄好了 现在的问题是征信上凭空多了一条你们报的逾期'],
  addon_fee: ['借款本身没问题 利息我也认 就是每个月多扣的那笔会员费我从来没同意过'],
  repay_hardship: ['催收态度其实还行 我不投诉他们 就是我真的还不上了 想申请延期或者分期'],
  pi_leak: ['营销电话烦是一回事 更吓人的是陌生人能报出我的身份证号和家庭住址 这些我只在你们这登记过'],
  loan_identity_theft: ['催收电话的事先放一边 关键是这笔贷款根本不是我借的 我从没注册过'],
  fraud_impersonation: [
    '我本来是想问怎么提前还款 在网上搜到一个“官方客服电话” 对方让我下载会议软件共享屏幕 然后卡里的{amt}就没了',
  ],
  account_stolen: ['推销短信多也就算了 昨天我的账户被别人在外地登录 借走了{amt}还转到了陌生卡上'],
  marketing_harass: ['我还款一直正常从没逾期 投诉的是推销借款的电话一天打好几个 说了不需要还打'],
  service_unreachable: ['其实就是想改个绑定手机号的小事 可客服电话打了两天都没人接 在线客服也是机器人'],
  repay_deduct_error: ['征信的事我另外再问 这次主要是我已经主动还过款了 系统又扣了一次'],
  loan_apr_hidden: ['额度多少无所谓 我在意的是借款页面从头到尾没写年化利率 签完才知道成本这么高'],
} as const satisfies Partial<Record<ScenarioId, readonly string[]>>;

export const DEMANDS_E = {
  refund: [
    '把多收的钱退给我',
    '要求全额退款',
    '请将多扣款项原路退回',
    '钱退回来 别的不说了',
    '請退還全部款項。',
    '請將多扣嘅錢退返俾我。',
    '依据《消费者权益保护法》第五十三条，请贵司退还预收及多收款项',
    '退钱 退钱 退钱 说三遍',
  ],
  stop_harassment: [
    '请立刻停止骚扰我和我的家人',
    '别再打电话了',
    '要求停止一切骚扰行为',
    '不要再联系我的亲戚朋友',
    '請立即停止騷擾。',
    '唔好再打嚟騷擾我同我屋企人。',
    '依据《个人信息保护法》，请停止向我及第三人发送催收和推销信息',
    '求求你们别打了 让我清静几天',
  ],
  negotiate_repayment: [
    '希望能协商一个分期方案',
    '能不能减免一部分 延期还款',
    '申请停息挂账 分期慢慢还',
    '给我点时间 我会还的',
    '希望可以協商延長還款期限。',
    '想傾下可唔可以減少每期還款額。',
    '恳请贵司依据相关规定提供个性化分期还款方案',
    '本金我认 利息能不能少点 分多点期',
  ],
  correct_credit: [
    '请尽快更正我的征信记录',
    '要求删除错误的征信记录',
    '把我的征信改回来',
    '请向人民银行征信中心提交更正',
    '請盡快更正信用報告上的錯誤紀錄。',
    '請更正我嘅信貸報告。',
    '依据《征信业管理条例》第二十五条，请在二十日内核查并更正',
    '征信必须给我修正过来 我还要办房贷',
  ],
  explanation: [
    '请给个说法',
    '希望给我一个合理解释',
    '请书面说明原因',
    '到底是怎么回事 请说清楚',
    '請給予合理的解釋。',
    '請解釋清楚點解會咁。',
    '请贵司在法定期限内书面答复并说明依据',
    '麻烦告诉我一声 我不懂这些',
  ],
  close_account: [
    '我要注销账户',
    '把会员取消掉 不要再扣了',
    '请关闭这项服务并注销我的账户',
    '注销 注销 马上注销',
    '請立即註銷我的帳戶。',
    '請即刻取消呢個服務同埋註銷戶口。',
    '请依法注销账户并删除本人个人信息',
    '这个东西我不要了 给我关掉',
  ],
  compensation: [
    '要求赔偿我的损失',
    '你们要对我的损失负责',
    '请给予合理赔偿',
    '耽误了我的事 必须赔',
    '要求賠償我的損失。',
    '要求賠償我嘅損失。',
    '依据《消费者权益保护法》第五十五条，要求贵司承担赔偿责任',
    '误工费 精神损失 该赔的都得赔',
  ],
  apology: [
    '要求正式道歉',
    '必须向我道歉',
    '让那个人给我道歉',
    '我要一个书面道歉',
    '要求正式書面道歉。',
    '要佢哋正式向我道歉。',
    '请贵司就此事向本人作出书面致歉',
    '道个歉很难吗',
  ],
  other: [
    '请尽快处理',
    '希望有人管一管',
    '请帮我看看怎么办',
    '麻烦跟进一下',
    '請盡快處理。',
    '麻煩跟進下。',
    '请依法依规处理并告知结果',
    '你们看着办吧',
  ],
} as const satisfies Record<Demand, readonly string[]>;

export const OPENERS_E = [
  '',
  '',
  '你好',
  '喂你好',
  '您好 我是{app}的用户',
  '我要投诉',
  '家人们谁懂啊',
  '尊敬的{app}客服中心：',
  '本人{name}，现就以下事项向贵司提出投诉：',
  '【投诉标题】关于{app}的问题 【投诉内容】：',
  '我是开小店的个体户',
  '我是跑外卖的',
  '我是农村的 用语音打的字',
  '您好，我是{app}的會員，',
  '你好，我係{app}嘅客戶，',
  '帮我妈反映一下',
];

export const EMOTIONS_E = [
  '气死我了',
  '真的无语',
  '心态崩了',
  '我很失望',
  '破防了',
  '太离谱了吧',
  '😡😡😡',
  '🙃🙃',
  '我一晚上没睡着',
  '真係好嬲',
  '真的很生氣',
  '我不懂这些 心里着急',
  '这事让我很焦虑',
];

export const CLOSERS_E = [
  '谢谢',
  '盼复',
  '希望尽快处理',
  '急急急',
  '此致 敬礼',
  '请在十五日内书面答复',
  '有结果请短信通知我',
  '感謝。',
  '唔該晒。',
  '麻烦了 谢谢你们',
];

export const APPS_E = ['闪借宝', '邻里分期', '小满金融', '禾苗贷', '速达钱包', '安心借', '惠农e贷', '星河消费金融', '好运花', '掌上易贷'];

/** Voice-input homophones and common typos (first occurrence is replaced). */
export const TYPOS_E = [
  ['还款', '换款'],
  ['征信', '正信'],
  ['利息', '利西'],
  ['催收', '催手'],
  ['客服', '客府'],
  ['注销', '注消'],
  ['逾期', '余期'],
  ['密码', '密马'],
  ['证明', '证名'],
  ['额度', '额渡'],
  ['会员', '会圆'],
  ['账户', '帐户'],
  ['高利贷', '高利待'],
  ['扣款', '扣宽'],
] as const;

function mergeFacts(): Record<ScenarioId, readonly string[]> {
  const parts: ReadonlyArray<Partial<Record<ScenarioId, readonly string[]>>> = [
    TIER1_FACTS_E,
    TIER2A_FACTS_E,
    TIER2B_FACTS_E,
    TIER3_FACTS_E,
    VOICE_FACTS_E,
    TWO_TOPIC_FACTS_E,
  ];
  const out = {} as Record<ScenarioId, readonly string[]>;
  for (const id of SCENARIO_IDS) {
    const all = parts.flatMap((p) => p[id] ?? []);
    if (all.length === 0) throw new Error(`bank E has no facts for scenario ${id}`);
    out[id] = all;
  }
  return out;
}

export const BANK_E: PhraseBank = {
  author: 'E',
  facts: mergeFacts(),
  demands: DEMANDS_E,
  overlays: OVERLAYS_E,
  openers: OPENERS_E,
  emotions: EMOTIONS_E,
  closers: CLOSERS_E,
  apps: APPS_E,
  english: { facts: ENGLISH_FACTS_E, demands: ENGLISH_DEMANDS_E, overlays: ENGLISH_OVERLAYS_E },
  typos: TYPOS_E,
  traditional: 'twp',
  englishShare: 0.15,
  longShare: 0.1,
  typoShare: 0.15,
};
