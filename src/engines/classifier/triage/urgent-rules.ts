/**
 * Explicit urgent-signal rules. A match forces tier 3 whatever the model says, because missing a
 * self-harm or fraud-victim complaint costs far more than an agent reading a false alarm. Rules
 * run on simplified text (Simplified, half-width, lower-case, digits kept) so Traditional input
 * matches too. A rule may carry `unless` patterns for innocent phrases (大数据杀熟 is a pricing
 * dispute, not a threat).
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

export const URGENT_RULES: readonly UrgentRule[] = [
  { id: 'self-harm', kind: 'self_harm', pattern: /自杀|不想活|跳楼|轻生|活不下去|去死|寻死|一了百了|遗书|结束(自己的)?生命|割腕|跳河|喝农药|end(ing)? my life|kill myself|suicide|want to die|don'?t want to live|do not want to live/, reason: '自伤/轻生信号 (self-harm signal)' },
  { id: 'fraud-victim', kind: 'fraud', pattern: /被骗|诈骗|骗子|安全账户|解冻费|屏幕共享|共享屏幕|冒充.{0,6}(客服|工作人员|专员|公检法|警察)|假客服|scam|fraud|safe account|pretending to be/, reason: '疑似诈骗受害 (suspected fraud victim)' },
  { id: 'threat', kind: 'threat', pattern: /威胁|恐吓|砸门|砸.{0,2}(家|门|车)|杀了?你|弄死|收拾你|找人收拾|小心点|泼油漆|上门闹|threat|kill you/, unless: /杀熟|秒杀|杀价/, reason: '威胁/恐吓 (threat or intimidation)' },
  { id: 'regulator', kind: 'regulator', pattern: /监管转办|12378|银保监|金融监管局|金融监督管理|监管部门|人民银行.{0,4}投诉|regulator/, reason: '监管转办或监管投诉 (regulator referral)' },
  { id: 'vulnerable', kind: 'vulnerable', pattern: /老人|老年人|[七八九]十多岁|[789][0-9]岁|[七八九]旬|残疾|残障|重病|绝症|癌症|住院|视障|聋哑|低保|disabled|seriously ill|elderly/, unless: /老人机/, reason: '弱势消费者 (elderly, disabled or seriously ill consumer)' },
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

/** Rules over text already passed through `simplifyText`. */
export function detectInSimplified(simple: string, rules: readonly UrgentRule[] = URGENT_RULES): UrgentSignal[] {
  const out: UrgentSignal[] = [];
  for (const rule of rules) {
    // Innocent phrases are blanked out first so 杀熟 cannot trigger the threat rule.
    const haystack = rule.unless ? simple.replace(new RegExp(rule.unless.source, 'g'), ' ') : simple;
    const m = rule.pattern.exec(haystack);
    if (m) out.push({ ruleId: rule.id, kind: rule.kind, reason: rule.reason, match: m[0] });
  }
  return out;
}
