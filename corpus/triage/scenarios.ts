/**
 * The label tuple of every complaint scenario. Both phrase banks (train and test) write their
 * own, disjoint wording for the same scenario ids; the labels live here once so the two banks
 * cannot disagree on what a scenario means.
 */

export const BUSINESS = ['loan', 'repayment', 'collection', 'add_on', 'credit_reporting', 'personal_info', 'account', 'payments', 'marketing', 'other'] as const;
export const REASONS = [
  '服务态度及服务质量',
  '服务设施、设备、业务系统',
  '管理制度、业务规则与流程',
  '营销方式和手段',
  '信息披露',
  '自主选择权',
  '定价收费',
  '产品收益',
  '合同条款',
  '消费者资金安全',
  '消费者信息安全',
  '债务催收方式和手段',
] as const;
export const DEMANDS = ['refund', 'stop_harassment', 'negotiate_repayment', 'correct_credit', 'explanation', 'close_account', 'compensation', 'apology', 'other'] as const;
export const TIERS = ['1', '2', '3'] as const;

export type Business = (typeof BUSINESS)[number];
export type Reason = (typeof REASONS)[number];
export type Demand = (typeof DEMANDS)[number];
export type Tier = (typeof TIERS)[number];

export interface ScenarioLabels {
  business: Business;
  reason: Reason;
  tier: Tier;
  /** Demands this scenario plausibly carries; the first is implied when no demand is written. */
  demands: readonly Demand[];
}

export const SCENARIOS = {
  // Tier 1: basic questions answered from the knowledge base.
  repay_howto: { business: 'repayment', reason: '信息披露', tier: '1', demands: ['explanation', 'other'] },
  repay_early_howto: { business: 'repayment', reason: '管理制度、业务规则与流程', tier: '1', demands: ['explanation'] },
  loan_limit_howto: { business: 'loan', reason: '管理制度、业务规则与流程', tier: '1', demands: ['explanation'] },
  loan_settlement_proof: { business: 'loan', reason: '管理制度、业务规则与流程', tier: '1', demands: ['explanation', 'other'] },
  account_unlock: { business: 'account', reason: '服务设施、设备、业务系统', tier: '1', demands: ['explanation'] },
  account_phone_change: { business: 'account', reason: '管理制度、业务规则与流程', tier: '1', demands: ['explanation'] },
  card_change_howto: { business: 'payments', reason: '管理制度、业务规则与流程', tier: '1', demands: ['explanation'] },
  credit_update_howto: { business: 'credit_reporting', reason: '信息披露', tier: '1', demands: ['explanation'] },
  addon_cancel_howto: { business: 'add_on', reason: '管理制度、业务规则与流程', tier: '1', demands: ['close_account', 'explanation'] },
  marketing_unsub_howto: { business: 'marketing', reason: '营销方式和手段', tier: '1', demands: ['stop_harassment'] },
  // Tier 2: disputes handled by an agent.
  loan_rate_high: { business: 'loan', reason: '定价收费', tier: '2', demands: ['refund', 'explanation', 'negotiate_repayment'] },
  loan_apr_hidden: { business: 'loan', reason: '信息披露', tier: '2', demands: ['explanation', 'refund', 'compensation'] },
  loan_rejected: { business: 'loan', reason: '管理制度、业务规则与流程', tier: '2', demands: ['explanation', 'other'] },
  loan_contract_terms: { business: 'loan', reason: '合同条款', tier: '2', demands: ['explanation', 'refund'] },
  repay_fee_penalty: { business: 'repayment', reason: '定价收费', tier: '2', demands: ['refund', 'explanation'] },
  repay_deduct_error: { business: 'repayment', reason: '服务设施、设备、业务系统', tier: '2', demands: ['refund', 'explanation', 'compensation'] },
  repay_hardship: { business: 'repayment', reason: '管理制度、业务规则与流程', tier: '2', demands: ['negotiate_repayment'] },
  collection_contacts: { business: 'collection', reason: '债务催收方式和手段', tier: '2', demands: ['stop_harassment', 'apology'] },
  collection_night: { business: 'collection', reason: '债务催收方式和手段', tier: '2', demands: ['stop_harassment'] },
  collection_insult: { business: 'collection', reason: '债务催收方式和手段', tier: '2', demands: ['apology', 'stop_harassment', 'compensation'] },
  addon_bundled: { business: 'add_on', reason: '自主选择权', tier: '2', demands: ['refund', 'close_account'] },
  addon_fee: { business: 'add_on', reason: '定价收费', tier: '2', demands: ['refund', 'close_account'] },
  addon_benefit_missing: { business: 'add_on', reason: '产品收益', tier: '2', demands: ['compensation', 'refund', 'explanation'] },
  credit_wrong_record: { business: 'credit_reporting', reason: '管理制度、业务规则与流程', tier: '2', demands: ['correct_credit'] },
  credit_unauthorized_query: { business: 'credit_reporting', reason: '消费者信息安全', tier: '2', demands: ['correct_credit', 'explanation'] },
  pi_leak: { business: 'personal_info', reason: '消费者信息安全', tier: '2', demands: ['explanation', 'compensation', 'apology'] },
  pi_permissions: { business: 'personal_info', reason: '消费者信息安全', tier: '2', demands: ['close_account', 'explanation', 'other'] },
  account_close_refused: { business: 'account', reason: '管理制度、业务规则与流程', tier: '2', demands: ['close_account'] },
  account_system_fault: { business: 'account', reason: '服务设施、设备、业务系统', tier: '2', demands: ['explanation', 'compensation', 'other'] },
  payment_not_credited: { business: 'payments', reason: '服务设施、设备、业务系统', tier: '2', demands: ['refund', 'explanation'] },
  payment_double_charge: { business: 'payments', reason: '消费者资金安全', tier: '2', demands: ['refund'] },
  payment_channel_forced: { business: 'payments', reason: '自主选择权', tier: '2', demands: ['explanation', 'other'] },
  marketing_harass: { business: 'marketing', reason: '营销方式和手段', tier: '2', demands: ['stop_harassment', 'apology'] },
  marketing_misleading: { business: 'marketing', reason: '营销方式和手段', tier: '2', demands: ['compensation', 'explanation', 'refund'] },
  service_attitude: { business: 'other', reason: '服务态度及服务质量', tier: '2', demands: ['apology', 'explanation', 'other'] },
  service_unreachable: { business: 'other', reason: '服务态度及服务质量', tier: '2', demands: ['explanation', 'other'] },
  // Tier 3 by nature: fraud victims, identity theft, threats.
  fraud_impersonation: { business: 'other', reason: '消费者资金安全', tier: '3', demands: ['refund', 'explanation'] },
  fraud_credit_repair: { business: 'other', reason: '消费者资金安全', tier: '3', demands: ['refund', 'explanation'] },
  loan_identity_theft: { business: 'loan', reason: '消费者信息安全', tier: '3', demands: ['correct_credit', 'close_account', 'explanation'] },
  account_stolen: { business: 'account', reason: '消费者资金安全', tier: '3', demands: ['refund', 'explanation'] },
  collection_threat: { business: 'collection', reason: '债务催收方式和手段', tier: '3', demands: ['stop_harassment', 'apology'] },
} as const satisfies Record<string, ScenarioLabels>;

export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

/** Signals that make any complaint urgent (tier 3) without changing its other labels. */
export const URGENT_OVERLAYS = ['self_harm', 'vulnerable', 'regulator'] as const;
export type UrgentOverlay = (typeof URGENT_OVERLAYS)[number];

/** One phrase bank, written by one "author". Slots: {app} {amt} {phone} {name} {date} {n}. */
export interface PhraseBank {
  author: string;
  facts: Record<ScenarioId, readonly string[]>;
  demands: Record<Demand, readonly string[]>;
  overlays: Record<UrgentOverlay, readonly string[]>;
  openers: readonly string[];
  emotions: readonly string[];
  closers: readonly string[];
  apps: readonly string[];
  english: { facts: Partial<Record<ScenarioId, readonly string[]>>; demands: Partial<Record<Demand, readonly string[]>>; overlays: Record<UrgentOverlay, readonly string[]> };
  /** Homophone / typo substitutions applied to a share of complaints. */
  typos: ReadonlyArray<readonly [string, string]>;
  /** OpenCC target used for the Traditional-Chinese share. */
  traditional: 'tw' | 'hk' | 'twp';
  /** Share of rows written in English when the scenario has English facts (default 0.18). */
  englishShare?: number;
  /** Share of rambling rows with four facts, an emotion and a closer (default: none). */
  longShare?: number;
  /** Share of rows with a typo substitution (default 0.1). */
  typoShare?: number;
}
