/** Deadline rule sets are data (config/deadline-rules.json): another jurisdiction is a new entry. */
import { z } from 'zod';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

export const deadlineRuleSetSchema = z.object({
  id: z.string().min(1),
  name: localized,
  dayCounting: z.enum(['calendar', 'working']),
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  decisionDays: z.number().int().min(1),
  extensions: z.array(
    z.object({ totalDays: z.number().int().min(1), needsApprover: z.boolean(), notifyConsumer: z.boolean() }),
  ),
  reviewRequestWindowDays: z.number().int().min(1),
  reviewDecisionDays: z.number().int().min(1),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});

export type DeadlineRuleSet = z.infer<typeof deadlineRuleSetSchema>;

export const deadlineRulesFileSchema = z.object({ ruleSets: z.array(deadlineRuleSetSchema).min(1) });

export function parseDeadlineRules(json: unknown): Map<string, DeadlineRuleSet> {
  const parsed = deadlineRulesFileSchema.parse(json);
  return new Map(parsed.ruleSets.map((r) => [r.id, r]));
}
