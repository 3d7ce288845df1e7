/**
 * Statutory deadlines, computed from the rules rather than typed in.
 *
 * Contract:
 * - The decision is due at the end of the local day that is `days` days after the day the clock
 *   started (calendar or working days, per the rule set), plus any time the clock was paused.
 * - A pause (outside appraisal/valuation) stops the clock; while paused no due date is final.
 * - New facts restart the clock from their arrival; an extension raises the day count.
 * - A regulator referral's own deadline applies too: the earlier of the two is the one shown.
 */
import type { DeadlineRuleSet } from './deadline-rules.js';

const DAY_MS = 86_400_000;

export type DeadlineState = 'on_track' | 'at_risk' | 'breached' | 'paused' | 'stopped';

export interface DeadlineView {
  dueAt: Date | null;
  msLeft: number | null;
  state: DeadlineState;
}

function localDayStart(t: Date, offsetMin: number): number {
  const local = t.getTime() + offsetMin * 60_000;
  return Math.floor(local / DAY_MS) * DAY_MS - offsetMin * 60_000;
}

function isWorkingDay(dayStartUtc: number, rules: DeadlineRuleSet): boolean {
  const local = new Date(dayStartUtc + rules.utcOffsetMinutes * 60_000);
  const weekday = local.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !rules.holidays.includes(local.toISOString().slice(0, 10));
}

/** Days allowed for the decision at an extension level (0 = none). */
export function allowedDays(rules: DeadlineRuleSet, extensionLevel: number): number {
  if (extensionLevel <= 0) return rules.decisionDays;
  const ext = rules.extensions[Math.min(extensionLevel, rules.extensions.length) - 1];
  return ext ? ext.totalDays : rules.decisionDays;
}

/** End of the local day `days` (calendar or working) days after `start`, shifted by paused time. */
export function computeDueAt(start: Date, days: number, pausedMs: number, rules: DeadlineRuleSet): Date {
  let day = localDayStart(start, rules.utcOffsetMinutes);
  if (rules.dayCounting === 'calendar') {
    day += days * DAY_MS;
  } else {
    let counted = 0;
    // Bounded by days * 3 + 30 so a holiday list covering every day cannot loop forever.
    for (let guard = 0; counted < days && guard < days * 3 + 30; guard++) {
      day += DAY_MS;
      if (isWorkingDay(day, rules)) counted++;
    }
  }
  return new Date(day + DAY_MS - 1 + pausedMs);
}

export interface ClockState {
  clockStopped: boolean;
  clockStartedAt: Date;
  pausedMs: number;
  pausedSince: Date | null;
  regulatorDueAt: Date | null;
  /** Days allowed since the clock started (initial, extended, or the review period). */
  days: number;
}

export function effectiveDueAt(clock: ClockState, rules: DeadlineRuleSet): Date | null {
  if (clock.clockStopped) return null;
  const own = computeDueAt(clock.clockStartedAt, clock.days, clock.pausedMs, rules);
  if (clock.regulatorDueAt && clock.regulatorDueAt < own) return clock.regulatorDueAt;
  return own;
}

export function deadlineView(dueAt: Date | null, clock: Pick<ClockState, 'clockStopped' | 'pausedSince'>, now: Date, atRiskDays: number): DeadlineView {
  if (clock.clockStopped || !dueAt) return { dueAt: null, msLeft: null, state: 'stopped' };
  const msLeft = dueAt.getTime() - now.getTime();
  if (clock.pausedSince) return { dueAt, msLeft, state: 'paused' };
  if (msLeft < 0) return { dueAt, msLeft, state: 'breached' };
  if (msLeft <= atRiskDays * DAY_MS) return { dueAt, msLeft, state: 'at_risk' };
  return { dueAt, msLeft, state: 'on_track' };
}
