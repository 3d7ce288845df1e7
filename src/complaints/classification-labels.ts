/**
 * Labels for exports in the standard classification (JR/T 0169-2018). Numeric leaf codes of the
 * standard are not confirmed (see docs), so exports carry the standard's Chinese names.
 */
export const BUSINESS_LABELS: Record<string, { zh: string; en: string; jrt: string }> = {
  loan: { zh: '贷款', en: 'Loan', jrt: '贷款' },
  repayment: { zh: '还款', en: 'Repayment', jrt: '贷款' },
  collection: { zh: '债务催收', en: 'Debt collection', jrt: '债务催收' },
  add_on: { zh: '附加产品', en: 'Add-on products', jrt: '银行代理业务' },
  credit_reporting: { zh: '征信', en: 'Credit reporting', jrt: '个人金融信息' },
  personal_info: { zh: '个人金融信息', en: 'Personal information', jrt: '个人金融信息' },
  account: { zh: '账户', en: 'Account', jrt: '其他' },
  payments: { zh: '支付结算', en: 'Payments', jrt: '支付结算' },
  marketing: { zh: '营销', en: 'Marketing', jrt: '其他' },
  other: { zh: '其他', en: 'Other', jrt: '其他' },
};

export const CHANNEL_LABELS: Record<string, { zh: string; jrt: string }> = {
  web: { zh: '网页', jrt: '电子渠道-网银' },
  app: { zh: '移动客户端', jrt: '电子渠道-移动客户端' },
  wechat: { zh: '微信公众号', jrt: '电子渠道-网络公众平台' },
  hotline: { zh: '客服热线', jrt: '电子渠道-电话' },
  email: { zh: '电子邮件', jrt: '电子渠道-其他' },
  regulator_referral: { zh: '监管转办', jrt: '其他' },
  api: { zh: '系统接口', jrt: '第三方渠道' },
};

export const DEMAND_LABELS: Record<string, string> = {
  refund: '退款',
  stop_harassment: '停止骚扰',
  negotiate_repayment: '协商还款',
  correct_credit: '更正征信',
  explanation: '解释说明',
  close_account: '注销账户',
  compensation: '赔偿',
  apology: '道歉',
  other: '其他',
};
