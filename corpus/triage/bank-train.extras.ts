/** Train bank, author A: demands, urgent overlays, framing phrases, English and typos. */
import { DEMANDS, SCENARIO_IDS } from './scenarios.js';
import type { Demand, PhraseBank, ScenarioId } from './scenarios.js';
import { TRAIN_FACTS } from './bank-train.facts.js';
import { TRAIN_FACTS_FOURTH } from './bank-train.fourth.js';
import {
  TRAIN_CLOSERS_FIFTH, TRAIN_DEMANDS_FIFTH, TRAIN_EMOTIONS_FIFTH, TRAIN_ENGLISH_DEMANDS_FIFTH, TRAIN_ENGLISH_FACTS_FIFTH, TRAIN_ENGLISH_OVERLAYS_FIFTH, TRAIN_FACTS_FIFTH,
  TRAIN_OPENERS_FIFTH, TRAIN_OVERLAYS_FIFTH,
} from './bank-train.fifth.js';
import { TRAIN_FACTS_MORE } from './bank-train.more.js';
import { TRAIN_ENGLISH_FACTS_SIXTH, TRAIN_FACTS_SIXTH } from './bank-train.sixth.js';
import { TRAIN_FACTS_TIER1 } from './bank-train.tier1.js';
import { TRAIN_FACTS_TIER2A } from './bank-train.tier2a.js';
import { TRAIN_FACTS_TIER2B } from './bank-train.tier2b.js';
import { TRAIN_DEMANDS_MORE, TRAIN_ENGLISH_OVERLAYS_MORE, TRAIN_FACTS_TIER3, TRAIN_OVERLAYS_MORE } from './bank-train.tier3.js';

const third: PhraseBank['facts'] = { ...TRAIN_FACTS_TIER1, ...TRAIN_FACTS_TIER2A, ...TRAIN_FACTS_TIER2B, ...TRAIN_FACTS_TIER3 };
const facts = {} as Record<ScenarioId, readonly string[]>;
for (const id of SCENARIO_IDS) facts[id] = [...TRAIN_FACTS[id], ...(TRAIN_FACTS_MORE[id] ?? []), ...third[id], ...(TRAIN_FACTS_FOURTH[id] ?? []), ...(TRAIN_FACTS_FIFTH[id] ?? []), ...(TRAIN_FACTS_SIXTH[id] ?? [])];

/** Appends the third batch to each list of the first (keys of the first decide the order). */
function withMore<K extends string>(more: Record<K, readonly string[]>, base: Record<K, readonly string[]>): Record<K, readonly string[]> {
  const out = {} as Record<K, readonly string[]>;
  for (const k of Object.keys(base) as K[]) out[k] = [...base[k], ...more[k]];
  return out;
}

/** A full demand table from a partial one (missing demands get no extra wording). */
function fillLists(partial: Partial<Record<Demand, readonly string[]>>): Record<Demand, readonly string[]> {
  const out = {} as Record<Demand, readonly string[]>;
  for (const d of DEMANDS) out[d] = partial[d] ?? [];
  return out;
}

/** Concatenates two partial lists per key (keys of either side are kept). */
function concatLists<K extends string>(base: Partial<Record<K, readonly string[]>>, more: Partial<Record<K, readonly string[]>>): Partial<Record<K, readonly string[]>> {
  const out: Partial<Record<K, readonly string[]>> = { ...base };
  for (const k of Object.keys(more) as K[]) out[k] = [...(base[k] ?? []), ...(more[k] ?? [])];
  return out;
}

export const TRAIN_BANK: PhraseBank = {
  author: 'A (many voices: app/WeChat borrowers, formal letters, older borrowers, students, shop owners)',
  facts,
  demands: withMore(fillLists(TRAIN_DEMANDS_FIFTH), withMore(TRAIN_DEMANDS_MORE, {
    refund: ['要求退还多收的钱', '把钱退给我', '请全额退款', '多扣的费用必须退回', '请把这笔钱原路退回', '我要求退费'],
    stop_harassment: ['请马上停止骚扰', '别再打电话了', '不要再骚扰我的家人朋友', '要求停止这种催收方式', '请把我的号码拉入免打扰名单', '别再给我发了'],
    negotiate_repayment: ['希望能协商一个还款方案', '请求分期还款', '能不能减免罚息让我慢慢还', '申请延期还款', '希望给个个性化分期', '请帮我申请停息挂账'],
    correct_credit: ['要求更正征信记录', '请尽快修改征信', '把错误的逾期记录删掉', '请向征信中心申请异议更正', '要求消除不良记录'],
    explanation: ['请给个解释', '麻烦告诉我怎么办', '希望客服详细说明一下', '请问该怎么处理', '给个说法', '请尽快回复我'],
    close_account: ['我要注销账户', '请帮我取消并关闭', '要求销户', '请把会员关掉', '立即帮我取消'],
    compensation: ['要求赔偿我的损失', '请给予合理补偿', '你们必须赔偿', '要求按承诺补偿', '损失要你们承担'],
    apology: ['要求公开道歉', '必须给我道歉', '让那个员工给我道歉', '要求书面道歉'],
    other: ['希望你们改进一下', '建议优化一下流程', '请转给相关负责人', '希望能重视这个问题', '请给我回个电话'],
  })),
  overlays: withMore(TRAIN_OVERLAYS_FIFTH, withMore(TRAIN_OVERLAYS_MORE, {
    self_harm: ['我真的不想活了', '压力大到想跳楼', '再这样下去我只能去死了', '我已经活不下去了', '好几次想轻生', '逼得我想自杀', '我想从楼上跳下去算了', '吃了一瓶安眠药的心都有', '我准备去河边了，谁也别拦我', '人生没有希望了，不如一死百了'],
    vulnerable: ['我是残疾人，行动不便', '我父亲七十多岁了，是老人不会用手机', '我得了重病在住院', '我妈是老人，这个是她的账户', '我是视障人士看不清屏幕', '我刚做完癌症手术', '我奶奶八十岁了不识字', '我坐轮椅出不了门', '我是尿毒症患者每周透析', '我家老爷子耳朵听不见'],
    regulator: ['我已经向金融监管局投诉了', '已打12378反映', '这是银保监转过来的投诉', '【监管转办】', '不解决我就去人民银行和监管部门投诉', '我已经在12378登记了', '国家金融监督管理总局转来工单', '我已经向金融办和银保监会反映了'],
  })),
  openers: ['你好，', '您好，', '客服你好，', '我要投诉，', '实在受不了了，', '', '', '', '请问一下，', '我想反映个问题，', '尊敬的客服：', '本人反映：', '我想问下，', '急！', 'hi，', ...TRAIN_OPENERS_FIFTH],
  emotions: ['真的太过分了', '气死我了', '这算什么事', '希望尽快处理', '请认真对待', '太让人失望了', '我很着急', '心态崩了', '搞不懂你们', '实在没办法', ...TRAIN_EMOTIONS_FIFTH],
  closers: ['谢谢', '麻烦了', '等你们回复', '尽快！', '不然我就去网上曝光', '我的手机{phone}', '联系人{name}', '此致', '谢谢了啊', '盼复', ...TRAIN_CLOSERS_FIFTH],
  apps: ['你们app', 'App', '小省分期', '你们的软件', '借款app'],
  english: {
    facts: concatLists({
      repay_howto: ['How do I check this month\'s bill in the app?', 'When is my repayment due date?'],
      account_unlock: ['My account is locked after wrong passwords, how to unlock it?', 'I cannot log in, the verification code never arrives.'],
      loan_rate_high: ['The real APR is over 36%, this is far too high.', 'Interest plus fees are way more than advertised.'],
      repay_fee_penalty: ['You charged a penalty for early repayment.', 'One day late and you charged me a huge late fee.'],
      collection_contacts: ['Your collectors keep calling my friends and my boss about my debt.', 'Collection agents contacted my family members.'],
      collection_night: ['Collectors call me after midnight every day.', 'I got twenty collection calls in one day.'],
      addon_bundled: ['A membership was forced on me when I took the loan.', 'I had to buy insurance before the loan was released.'],
      credit_wrong_record: ['My credit report shows an overdue record but I always paid on time.'],
      marketing_harass: ['Stop sending me loan promotion messages every day.'],
      fraud_impersonation: ['Someone pretending to be your customer service told me to transfer money to a safe account.', 'A fake agent asked for an unfreezing fee and I paid it.'],
      loan_identity_theft: ['Someone took a loan with my ID card, I never borrowed from you.'],
      service_unreachable: ['Your hotline is never answered.'],
    }, concatLists(TRAIN_ENGLISH_FACTS_FIFTH, TRAIN_ENGLISH_FACTS_SIXTH)),
    demands: concatLists({
      refund: ['Please refund me.', 'I want my money back.'],
      stop_harassment: ['Stop harassing me.', 'Please stop these calls.'],
      explanation: ['Please explain.', 'Please tell me what to do.'],
      correct_credit: ['Please correct my credit report.'],
      negotiate_repayment: ['Can I get an installment plan?'],
    }, TRAIN_ENGLISH_DEMANDS_FIFTH),
    overlays: withMore(TRAIN_ENGLISH_OVERLAYS_FIFTH, withMore(TRAIN_ENGLISH_OVERLAYS_MORE, {
      self_harm: ['I do not want to live anymore.'],
      vulnerable: ['I am disabled and cannot go out.'],
      regulator: ['I have already complained to the financial regulator.'],
    })),
  },
  // Every scenario has English wording since the fifth batch: the default share (0.18) would make
  // English a sixth of the corpus and crowd out Chinese rows, so a tenth.
  englishShare: 0.1,
  typos: [
    ['还款', '换款'], ['利息', '利系'], ['催收', '催手'], ['骚扰', '搔扰'], ['客服', '克服'], ['账户', '帐户'], ['注销', '注消'], ['征信', '争信'], ['退款', '推款'],
  ],
  traditional: 'twp',
};
