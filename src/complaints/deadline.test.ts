import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadlineRules } from './deadline-rules.js';
import { allowedDays, computeDueAt, deadlineView, effectiveDueAt } from './deadline.js';

const rules = parseDeadlineRules(JSON.parse(fs.readFileSync(new URL('../../config/deadline-rules.json', import.meta.url), 'utf8')));
const cn = rules.get('cn-nfra-2020');
const us = rules.get('us-cfpb');
if (!cn || !us) throw new Error('rule sets missing');
const DAY = 86_400_000;

describe('computeDueAt (China, UTC+8, calendar days)', () => {
  it.each([
    // received (UTC)            days  expected due (UTC) = end of local day N days later
    ['2026-03-01T02:00:00Z', 15, '2026-03-16T15:59:59.999Z'],
    ['2026-03-01T17:00:00Z', 15, '2026-03-17T15:59:59.999Z'], // 01:00 local on 3-2
    ['2026-12-20T08:00:00Z', 15, '2027-01-04T15:59:59.999Z'],
    ['2026-03-01T02:00:00Z', 30, '2026-03-31T15:59:59.999Z'],
    ['2026-03-01T02:00:00Z', 60, '2026-04-30T15:59:59.999Z'],
  ])('received %s + %i days → %s', (received, days, due) => {
    expect(computeDueAt(new Date(received), days, 0, cn).toISOString()).toBe(due);
  });

  it('adds paused time to the due date', () => {
    const base = computeDueAt(new Date('2026-03-01T02:00:00Z'), 15, 0, cn);
    expect(computeDueAt(new Date('2026-03-01T02:00:00Z'), 15, 3 * DAY, cn).getTime() - base.getTime()).toBe(3 * DAY);
  });

  it('counts working days when configured, skipping weekends and holidays', () => {
    const working = { ...cn, dayCounting: 'working' as const, holidays: ['2026-03-09'] };
    // Friday 2026-03-06 local; 3 working days: Mon 9 is a holiday → 10, 11, 12.
    expect(computeDueAt(new Date('2026-03-06T02:00:00Z'), 3, 0, working).toISOString()).toBe('2026-03-12T15:59:59.999Z');
  });

  it('uses the rule set’s own offset (US CFPB is data, not code)', () => {
    expect(computeDueAt(new Date('2026-03-01T12:00:00Z'), 15, 0, us).toISOString()).toBe('2026-03-17T04:59:59.999Z');
  });
});

describe('extensions and effective deadline', () => {
  it.each([
    [0, 15],
    [1, 30],
    [2, 60],
    [3, 60],
  ])('extension level %i allows %i days', (level, days) => expect(allowedDays(cn, level)).toBe(days));

  it('takes the regulator’s earlier deadline', () => {
    const start = new Date('2026-03-01T02:00:00Z');
    const reg = new Date('2026-03-05T00:00:00Z');
    const clock = { clockStopped: false, clockStartedAt: start, days: 15, pausedMs: 0, pausedSince: null, regulatorDueAt: reg };
    expect(effectiveDueAt(clock, cn)?.toISOString()).toBe(reg.toISOString());
    expect(effectiveDueAt({ ...clock, regulatorDueAt: new Date('2026-06-01T00:00:00Z') }, cn)?.toISOString()).toBe('2026-03-16T15:59:59.999Z');
    expect(effectiveDueAt({ ...clock, clockStopped: true }, cn)).toBeNull();
  });
});

describe('deadlineView', () => {
  const due = new Date('2026-03-16T15:59:59.999Z');
  const open = { clockStopped: false, pausedSince: null };
  it.each([
    ['2026-03-01T00:00:00Z', 'on_track'],
    ['2026-03-14T00:00:00Z', 'at_risk'],
    ['2026-03-17T00:00:00Z', 'breached'],
  ])('at %s the complaint is %s', (now, state) => expect(deadlineView(due, open, new Date(now), 3).state).toBe(state));
  it('reports paused and stopped clocks', () => {
    expect(deadlineView(due, { clockStopped: false, pausedSince: new Date() }, new Date('2026-03-20T00:00:00Z'), 3).state).toBe('paused');
    expect(deadlineView(null, { clockStopped: true, pausedSince: null }, new Date(), 3).state).toBe('stopped');
  });
});
