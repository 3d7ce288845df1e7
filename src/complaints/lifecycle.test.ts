import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { STATUSES, type Complaint, type ComplaintStatus } from './complaint.model.js';
import { parseDeadlineRules } from './deadline-rules.js';
import * as life from './lifecycle.js';

const rules = parseDeadlineRules(JSON.parse(fs.readFileSync(new URL('../../config/deadline-rules.json', import.meta.url), 'utf8'))).get('cn-nfra-2020');
if (!rules) throw new Error('rules missing');
const now = new Date('2026-03-10T02:00:00Z');

function complaint(status: ComplaintStatus, over: Partial<Complaint> = {}): Complaint {
  const t = new Date('2026-03-01T02:00:00Z');
  return {
    id: 'c1', number: 'XB1', channel: 'web', channelMessageId: null, status, institution: null, product: null, facts: 'x', demandText: null,
    consumer: { nameMasked: null, phoneMasked: null, emailMasked: null }, regulator: { referralNo: null, name: null, dueAt: null },
    ruleSet: 'cn-nfra-2020', receivedAt: t, clockStartedAt: t, extensionLevel: 0, deadlineDays: 15, pausedSince: null, pausedMs: 0, dueAt: null,
    escalatedAt: null, queue: 'intake', assigneeId: null, classification: { business: null, reason: null, demand: null, tier: null, priority: null },
    decision: { outcome: null, text: null, checked: null, decidedAt: null }, reviewRequestedAt: null, satisfaction: null, acceptsDecision: null,
    mergedIntoId: null, duplicateOfId: null, possibleDuplicateOfId: null, closedAt: null, createdAt: t, updatedAt: t, version: 1, ...over,
  };
}

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'OTHER';
  }
}

describe('transition table', () => {
  const actions = Object.keys(life.TRANSITIONS) as life.TransitionAction[];
  for (const action of actions) {
    for (const status of STATUSES) {
      const allowed = (life.TRANSITIONS[action].from as readonly string[]).includes(status);
      it(`${action} from ${status} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(life.canTransition(status, action)).toBe(allowed);
      });
    }
  }

  it('refuses an illegal transition with ILLEGAL_TRANSITION', () => {
    expect(code(() => life.close(complaint('received'), now))).toBe('ILLEGAL_TRANSITION');
    expect(code(() => life.accept(complaint('closed')))).toBe('ILLEGAL_TRANSITION');
    expect(code(() => life.respond(complaint('accepted'), { outcome: 'explained', text: 't', checked: 'c' }, now))).toBe('ILLEGAL_TRANSITION');
  });

  it('records before/after in the status event', () => {
    const o = life.accept(complaint('received'));
    expect(o.change.status).toBe('accepted');
    expect(o.event.data).toMatchObject({ from: 'received', to: 'accepted', action: 'accept' });
  });
});

describe('deadline commands', () => {
  it('extends to 30 then (with an approver) to 60 days, then refuses', () => {
    const first = life.extend(complaint('in_progress'), rules, { reason: 'complex', approver: null });
    expect(first.change).toMatchObject({ extensionLevel: 1, deadlineDays: 30 });
    expect(code(() => life.extend(complaint('in_progress', { extensionLevel: 1 }), rules, { reason: 'r', approver: null }))).toBe('EXTENSION_APPROVER_REQUIRED');
    const second = life.extend(complaint('in_progress', { extensionLevel: 1 }), rules, { reason: 'r', approver: 'boss' });
    expect(second.change).toMatchObject({ extensionLevel: 2, deadlineDays: 60 });
    expect(second.event.data).toMatchObject({ approver: 'boss', consumerNotified: true });
    expect(code(() => life.extend(complaint('in_progress', { extensionLevel: 2 }), rules, { reason: 'r', approver: 'boss' }))).toBe('DEADLINE_EXTENSION_NOT_ALLOWED');
  });

  it('pauses and resumes, adding the paused time', () => {
    const paused = complaint('in_progress', { pausedSince: new Date(now.getTime() - 5_000), pausedMs: 1_000 });
    expect(code(() => life.pauseClock(paused, now, 'appraisal'))).toBe('CLOCK_ALREADY_PAUSED');
    expect(life.resumeClock(paused, now).change).toMatchObject({ pausedSince: null, pausedMs: 6_000 });
    expect(code(() => life.resumeClock(complaint('in_progress'), now))).toBe('CLOCK_NOT_PAUSED');
  });

  it('new facts restart the clock at the base day count', () => {
    const o = life.addFacts(complaint('in_progress', { extensionLevel: 1, deadlineDays: 30, pausedMs: 99 }), now, rules, 'more');
    expect(o.change).toMatchObject({ clockStartedAt: now, deadlineDays: 15, extensionLevel: 0, pausedMs: 0 });
  });

  it('allows a review only within 30 days of the decision', () => {
    const decided = (daysAgo: number) =>
      complaint('responded', { decision: { outcome: 'explained', text: 't', checked: 'c', decidedAt: new Date(now.getTime() - daysAgo * 86_400_000) } });
    expect(life.requestReview(decided(29), now, rules, 'disagree').change).toMatchObject({ status: 'review_requested', deadlineDays: 30, queue: 'review' });
    expect(code(() => life.requestReview(decided(31), now, rules, 'late'))).toBe('REVIEW_WINDOW_CLOSED');
  });

  it('merges only into another open complaint', () => {
    const target = complaint('in_progress', { id: 'c2', number: 'XB2' });
    expect(life.merge(complaint('received'), target, now).change).toMatchObject({ status: 'merged', mergedIntoId: 'c2' });
    expect(code(() => life.merge(complaint('received'), complaint('closed', { id: 'c3' }), now))).toBe('MERGE_TARGET_INVALID');
    expect(code(() => life.merge(complaint('received'), complaint('received'), now))).toBe('MERGE_TARGET_INVALID');
  });

  it('withdrawal ends handling the same day', () => {
    expect(life.withdraw(complaint('in_progress'), now, null).change).toMatchObject({ status: 'withdrawn', closedAt: now });
  });
});
