/** Test bank, author B: demands, urgent overlays, framing phrases, English and typos. */
import type { PhraseBank } from './scenarios.js';
import { TEST_FACTS } from './bank-test.facts.js';

export const TEST_BANK: PhraseBank = {
  author: 'B (letter-like, narrative, formal with dialect)',
  facts: TEST_FACTS,
  demands: {
    refund: ['恳请贵司返还相关款项', '钱得还给我', '请把不该收的费用退回来', '诉求：退回全部费用'],
    stop_harassment: ['请贵司立即停止此类行为', '以后别再联系我家里人', '不要再打了', '诉求：停止一切骚扰'],
    negotiate_repayment: ['恳请给予分期或延期的机会', '求你们给个还款计划', '希望能减点利息分几个月还', '诉求：协商还款'],
    correct_credit: ['请贵司向人民银行报送更正', '把我的信用报告改过来', '诉求：修复信用记录'],
    explanation: ['请予以答复', '麻烦给个明白话', '望告知', '诉求：给出合理解释'],
    close_account: ['请为本人办理销户', '把账号给我删了', '诉求：注销并停止扣费'],
    compensation: ['请贵司承担本人的经济损失', '得给我个补偿', '诉求：赔偿损失'],
    apology: ['请当事员工向本人致歉', '你们得给我赔礼道歉', '诉求：道歉'],
    other: ['望贵司加强管理', '请留意改进', '请安排专人联系本人'],
  },
  overlays: {
    self_harm: ['我现在一点活路都没有，真想一了百了', '活着太累了，不如死了算了', '我站在天台上给你们写这段话', '我已经写好遗书了'],
    vulnerable: ['本人为八旬老人，不识字', '我是肢体残疾人，靠低保生活', '家母患重病卧床，这是她的贷款', '我老伴是聋哑人'],
    regulator: ['本投诉系国家金融监督管理总局转办', '已同步反映至12378热线', '我会向人民银行和地方金融监管局举报', '此件为监管转来的投诉件'],
  },
  openers: ['尊敬的贵司：', '本人{name}，', '事情是这样的，', '领导好，', '', '', '', '喂，', '我反映一下，'],
  emotions: ['本人深感不满', '实在令人气愤', '搞得我焦头烂额', '心里很不是滋味', '这种做法太恶劣了'],
  closers: ['此致', '望尽快处理为盼', '联系电话{phone}', '烦请回电', '谢谢配合'],
  apps: ['贵平台', '贵司APP', '省心借', '那个借钱的软件'],
  english: {
    facts: {
      repay_howto: ['Where can I see how much I owe this month?'],
      account_unlock: ['The app says my account is frozen and I cannot sign in.'],
      loan_rate_high: ['Your loan costs nearly 40% a year, that is outrageous.'],
      repay_deduct_error: ['You debited my card twice for the same installment.'],
      collection_contacts: ['Debt collectors told my parents and coworkers about my loan.'],
      collection_night: ['They keep phoning me at 1 am to collect the debt.'],
      addon_fee: ['You keep charging a membership fee I never signed up for.'],
      pi_leak: ['My personal data was leaked after I registered on your platform.'],
      fraud_impersonation: ['A scammer using your company name made me transfer money to his account.'],
      service_attitude: ['Your customer service agent was rude and hung up on me.'],
    },
    demands: {
      refund: ['Give the money back.'],
      stop_harassment: ['Make them stop.'],
      explanation: ['I need an answer.'],
      apology: ['I expect an apology.'],
    },
    overlays: {
      self_harm: ['Honestly I feel like ending my life.'],
      vulnerable: ['My mother is 85 and seriously ill.'],
      regulator: ['This was referred by the regulator.'],
    },
  },
  typos: [['贷款', '代款'], ['逾期', '预期'], ['短信', '短息'], ['账号', '帐号'], ['银行', '银航'], ['还钱', '换钱'], ['催款', '摧款']],
  traditional: 'hk',
};
