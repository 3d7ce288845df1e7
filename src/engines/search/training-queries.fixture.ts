/**
 * Queries used while TUNING field weights and the answer threshold. The held-out list in
 * heldout-queries.fixture.ts was written separately and is only measured, never tuned on.
 */
export interface LabelledQuery {
  query: string;
  slug: string;
}

export const TRAINING_QUERIES: readonly LabelledQuery[] = [
  // Simplified Chinese, consumer wording
  { query: '每个月都收到还款提醒短信，是哪个号码发的', slug: 'repayment-reminders' },
  { query: '这期账单要还多少钱在哪看', slug: 'check-bill' },
  { query: '账户被冻结了怎么解冻', slug: 'account-unlock' },
  { query: '打电话来的95开头号码是不是官方客服', slug: 'verify-official-contact' },
  { query: '贷款还没下款就让我交保证金', slug: 'scam-fake-loan' },
  { query: '客服让我下载会议软件共享屏幕退款', slug: 'scam-fake-customer-service' },
  { query: '自称警察说我涉嫌洗钱要转到安全账户', slug: 'scam-impersonating-authority' },
  { query: '说我大学有校园贷没注销会影响征信', slug: 'scam-fake-credit-repair' },
  { query: '兼职刷单返佣金，现在卡单要我充值', slug: 'scam-brushing-rebate' },
  { query: '炒股老师带单稳赚，现在提现要交税', slug: 'scam-fake-investment' },
  { query: '领导加我微信让我先垫付一笔钱', slug: 'scam-impersonating-acquaintance' },
  { query: '有公司说能帮我停息挂账只收服务费', slug: 'scam-negotiate-repayment-agents' },
  { query: '催收晚上十一点还打电话给我', slug: 'collection-rights' },
  { query: '催收打电话给我的同事和家人', slug: 'collection-rights' },
  { query: '投诉以后多少天给答复', slug: 'complaint-channels' },
  { query: '要求删除我的个人信息', slug: 'personal-info-rights' },
  { query: '征信报告上有不是我办的贷款', slug: 'credit-report' },
  { query: '日利率万分之五年化是多少', slug: 'fees-and-rates' },
  { query: '借款时被默认开通了会员要退费', slug: 'add-on-products' },
  { query: '我想提前还清全部借款', slug: 'early-repayment' },
  { query: '失业了还不上钱可以申请延期吗', slug: 'repayment-difficulty' },
  { query: '同一期被重复扣款两次', slug: 'card-binding-refund' },
  { query: '怎么换一张银行卡还款', slug: 'card-binding-refund' },
  { query: '天天收到贷款广告短信怎么退订', slug: 'marketing-opt-out' },
  { query: '被催收骚扰怎么保存证据', slug: 'evidence-keeping' },
  { query: '隐私通话虚拟号码是什么', slug: 'privacy-calls' },
  // Traditional Chinese
  { query: '帳戶被鎖定了怎麼解鎖', slug: 'account-unlock' },
  { query: '催收半夜打電話騷擾', slug: 'collection-rights' },
  { query: '怎麼查詢個人信用報告', slug: 'credit-report' },
  { query: '對投訴處理結果不滿意怎麼辦', slug: 'complaint-channels' },
  { query: '網貸要先交手續費才放款', slug: 'scam-fake-loan' },
  // English
  { query: 'my account is locked, how do I unlock it', slug: 'account-unlock' },
  { query: 'how to get my credit report and dispute an error', slug: 'credit-report' },
  { query: 'collector calls my relatives at night', slug: 'collection-rights' },
  { query: 'what is the APR of a monthly fee', slug: 'fees-and-rates' },
  { query: 'stop marketing sms', slug: 'marketing-opt-out' },
  { query: 'bundled insurance with my loan, how to cancel', slug: 'add-on-products' },
  { query: 'caller says he is police and I must move money to a safe account', slug: 'scam-impersonating-authority' },
  // Typos and variants
  { query: '账户冻节了怎么办', slug: 'account-unlock' },
  { query: '提前还款要付为约金吗', slug: 'early-repayment' },
  { query: 'acount frozen unlok', slug: 'account-unlock' },
  { query: 'erly repayment fee', slug: 'early-repayment' },
];

/** Off-topic or out-of-scope complaints: the auto-answer must step aside. */
export const TRAINING_NEGATIVES: readonly string[] = [
  '今天天气怎么样',
  '推荐一部好看的电影',
  '你们公司地址在哪里，我想去面试',
  'how do I bake sourdough bread',
  '我家的猫不吃饭怎么办',
  '附近有什么好吃的火锅店',
  'what time does the football match start',
  '请问明天高铁票还有吗',
];
