/**
 * The complaint lifecycle as pure functions: given the complaint, an action and the time, return
 * the field changes and the event to record, or throw a domain error. No I/O here, so every rule
 * is tested directly; the service persists what these functions decide.
 */
import type { DeadlineRuleSet } from './deadline-rules.js';
import { allowedDays } from './deadline.js';
import { complaintError } from './complaint.errors.js';
import { CLOCK_STOPPED_STATUSES, FINAL_STATUSES, type Complaint, type ComplaintStatus, type DecisionOutcome } from './complaint.model.js';

/** Which states each status-changing action may start from, and where it leads. */
export const TRANSITIONS = {
  accept: { from: ['received'], to: 'accepted' },
  start: { from: ['accepted', 'reopened', 'review_requested'], to: 'in_progress' },
  respond: { from: ['in_progress'], to: 'responded' },
  auto_respond: { from: ['received'], to: 'responded' },
  close: { from: ['responded'], to: 'closed' },
  withdraw: { from: ['received', 'accepted', 'in_progress', 'review_requested', 'reopened'], to: 'withdrawn' },
  request_review: { from: ['responded', 'closed'], to: 'review_requested' },
  reopen: { from: ['closed', 'responded'], to: 'reopened' },
  merge: { from: ['received', 'accepted', 'in_progress'], to: 'merged' },
  mark_duplicate: { from: ['received', 'accepted'], to: 'duplicate' },
} as const satisfies Record<string, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>;

export type TransitionAction = keyof typeof TRANSITIONS;

/** Field changes a command makes; absent keys are unchanged. */
export type ComplaintChange = Partial<
  Pick<
    Complaint,
    | 'status'
    | 'queue'
    | 'assigneeId'
    | 'clockStartedAt'
    | 'extensionLevel'
    | 'deadlineDays'
    | 'pausedSince'
    | 'pausedMs'
    | 'reviewRequestedAt'
    | 'satisfaction'
    | 'acceptsDecision'
    | 'mergedIntoId'
    | 'duplicateOfId'
    | 'closedAt'
    | 'escalatedAt'
    | 'decision'
  >
>;

export interface Outcome {
  change: ComplaintChange;
  event: { type: string; data: Record<string, unknown> };
  /** Further events the same command records after `event` (e.g. the message an answer sends). */
  more?: Array<{ type: string; data: Record<string, unknown> }>;
}

const DAY_MS = 86_400_000;

export function canTransition(status: ComplaintStatus, action: TransitionAction): boolean {
  return (TRANSITIONS[action].from as readonly ComplaintStatus[]).includes(status);
}

function transition(c: Complaint, action: TransitionAction, extra: ComplaintChange = {}, data: Record<string, unknown> = {}): Outcome {
  if (!canTransition(c.status, action)) throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action });
  const to = TRANSITIONS[action].to;
  return {
    change: { status: to, ...extra },
    event: { type: 'status_changed', data: { action, from: c.status, to, ...data } },
  };
}

export function clockStopped(status: ComplaintStatus): boolean {
  return CLOCK_STOPPED_STATUSES.includes(status);
}

export const accept = (c: Complaint): Outcome => transition(c, 'accept', { queue: c.queue === 'intake' ? 'general' : c.queue });

export const start = (c: Complaint): Outcome => transition(c, 'start');

export function respond(c: Complaint, d: { outcome: DecisionOutcome; text: string; checked: string }, now: Date): Outcome {
  return transition(
    c,
    'respond',
    { decision: { outcome: d.outcome, text: d.text, checked: d.checked, decidedAt: now }, pausedSince: null },
    { outcome: d.outcome, decision: d.text, checked: d.checked },
  );
}

/** A tier-1 question answered from the knowledge base; the consumer can still say "not solved". */
export function autoRespond(c: Complaint, a: { slug: string; title: string; confidence: number }, now: Date): Outcome {
  return transition(
    c,
    'auto_respond',
    { decision: { outcome: 'explained', text: a.title, checked: `knowledge base: ${a.slug}`, decidedAt: now } },
    { outcome: 'explained', automatic: true, article: a.slug, confidence: a.confidence },
  );
}

/** The consumer rejects an automatic answer: a person takes over at once, on a fresh clock. */
export function rejectAutoAnswer(c: Complaint, now: Date, rules: DeadlineRuleSet): Outcome {
  if (!c.decision.checked?.startsWith('knowledge base:')) throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action: 'not_solved' });
  const o = reopen(c, now, rules, 'auto_answer_rejected');
  return { change: { ...o.change, queue: 'general' }, event: { type: 'auto_answer_rejected', data: { ...o.event.data, article: c.decision.checked.slice('knowledge base: '.length) } } };
}

export const close = (c: Complaint, now: Date): Outcome => transition(c, 'close', { closedAt: now });

/** Withdrawal ends handling on the day it is received. */
export const withdraw = (c: Complaint, now: Date, reason: string | null): Outcome =>
  transition(c, 'withdraw', { closedAt: now, pausedSince: null }, { reason });

/** Review (复核) is open for a window after the decision and runs on its own clock. */
export function requestReview(c: Complaint, now: Date, rules: DeadlineRuleSet, reason: string): Outcome {
  const decidedAt = c.decision.decidedAt;
  if (!decidedAt || now.getTime() - decidedAt.getTime() > rules.reviewRequestWindowDays * DAY_MS) {
    throw complaintError('REVIEW_WINDOW_CLOSED', { days: rules.reviewRequestWindowDays });
  }
  return transition(
    c,
    'request_review',
    { reviewRequestedAt: now, clockStartedAt: now, deadlineDays: rules.reviewDecisionDays, extensionLevel: 0, pausedMs: 0, closedAt: null, queue: 'review' },
    { reason },
  );
}

/** Reopening starts a fresh decision clock. */
export const reopen = (c: Complaint, now: Date, rules: DeadlineRuleSet, reason: string): Outcome =>
  transition(c, 'reopen', { clockStartedAt: now, deadlineDays: rules.decisionDays, extensionLevel: 0, pausedMs: 0, closedAt: null }, { reason });

export function merge(c: Complaint, target: Complaint, now: Date): Outcome {
  if (target.id === c.id || clockStopped(target.status) || target.status === 'merged') {
    throw complaintError('MERGE_TARGET_INVALID', { target: target.number });
  }
  return transition(c, 'merge', { mergedIntoId: target.id, closedAt: now }, { into: target.number });
}

export function markDuplicate(c: Complaint, original: Complaint, now: Date): Outcome {
  if (original.id === c.id) throw complaintError('MERGE_TARGET_INVALID', { target: original.number });
  return transition(c, 'mark_duplicate', { duplicateOfId: original.id, closedAt: now }, { of: original.number });
}

function requireOpen(c: Complaint, action: string): void {
  if (clockStopped(c.status)) throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action });
}

/** Extension: each level raises the total allowed days; later levels need an approver. */
export function extend(c: Complaint, rules: DeadlineRuleSet, d: { reason: string; approver: string | null }): Outcome {
  requireOpen(c, 'extend');
  const next = c.extensionLevel + 1;
  const ext = rules.extensions[next - 1];
  if (!ext || c.reviewRequestedAt) {
    throw complaintError('DEADLINE_EXTENSION_NOT_ALLOWED', { maxDays: allowedDays(rules, rules.extensions.length) });
  }
  if (ext.needsApprover && !d.approver) throw complaintError('EXTENSION_APPROVER_REQUIRED', { level: next });
  return {
    change: { extensionLevel: next, deadlineDays: ext.totalDays },
    event: {
      type: 'deadline_extended',
      data: { level: next, totalDays: ext.totalDays, reason: d.reason, approver: d.approver, consumerNotified: ext.notifyConsumer },
    },
  };
}

/** Outside appraisal, testing or valuation does not count toward the deadline. */
export function pauseClock(c: Complaint, now: Date, reason: string): Outcome {
  requireOpen(c, 'pause');
  if (c.pausedSince) throw complaintError('CLOCK_ALREADY_PAUSED');
  return { change: { pausedSince: now }, event: { type: 'clock_paused', data: { reason } } };
}

export function resumeClock(c: Complaint, now: Date): Outcome {
  if (!c.pausedSince) throw complaintError('CLOCK_NOT_PAUSED');
  const paused = Math.max(0, now.getTime() - c.pausedSince.getTime());
  return {
    change: { pausedSince: null, pausedMs: c.pausedMs + paused },
    event: { type: 'clock_resumed', data: { pausedMs: paused } },
  };
}

/** New facts or reasons restart the clock from now, at the base day count. */
export function addFacts(c: Complaint, now: Date, rules: DeadlineRuleSet, maskedFacts: string): Outcome {
  requireOpen(c, 'add_facts');
  return {
    change: { clockStartedAt: now, deadlineDays: c.reviewRequestedAt ? rules.reviewDecisionDays : rules.decisionDays, extensionLevel: 0, pausedMs: 0, pausedSince: null },
    event: { type: 'facts_added', data: { facts: maskedFacts, clockRestartedAt: now.toISOString() } },
  };
}

export function assign(c: Complaint, d: { queue: string | null; assigneeId: string | null }): Outcome {
  if (FINAL_STATUSES.includes(c.status)) throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action: 'assign' });
  const change: ComplaintChange = {};
  if (d.queue) change.queue = d.queue;
  if (d.assigneeId !== undefined) change.assigneeId = d.assigneeId;
  return {
    change,
    event: {
      type: 'assigned',
      data: { before: { queue: c.queue, assigneeId: c.assigneeId }, after: { queue: change.queue ?? c.queue, assigneeId: change.assigneeId ?? c.assigneeId } },
    },
  };
}

export function recordSatisfaction(c: Complaint, d: { satisfaction: number; acceptsDecision: boolean }): Outcome {
  if (c.status !== 'responded' && c.status !== 'closed') throw complaintError('ILLEGAL_TRANSITION', { from: c.status, action: 'satisfaction' });
  return {
    change: { satisfaction: d.satisfaction, acceptsDecision: d.acceptsDecision },
    event: { type: 'satisfaction_recorded', data: d },
  };
}

export function escalate(c: Complaint, now: Date, state: string): Outcome {
  return {
    change: { escalatedAt: now, queue: 'supervisor' },
    event: { type: 'escalated', data: { deadlineState: state, fromQueue: c.queue, dueAt: c.dueAt?.toISOString() ?? null } },
  };
}
