/** The complaint (投诉工单) as the domain sees it: states, channels, outcomes and the record itself. */
export const CHANNELS = ['web', 'app', 'wechat', 'hotline', 'email', 'regulator_referral', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATUSES = [
  'received',
  'accepted',
  'in_progress',
  'responded',
  'closed',
  'withdrawn',
  'review_requested',
  'reopened',
  'merged',
  'duplicate',
] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

/** States in which handling has ended for good: no deadline runs and nothing more can happen. */
export const FINAL_STATUSES: readonly ComplaintStatus[] = ['withdrawn', 'merged', 'duplicate'];
/** States where no decision deadline runs (decided, ended, or waiting on the consumer). */
export const CLOCK_STOPPED_STATUSES: readonly ComplaintStatus[] = ['responded', 'closed', 'withdrawn', 'merged', 'duplicate'];

export const OUTCOMES = ['explained', 'remedied_monetary', 'remedied_non_monetary', 'rejected'] as const;
export type DecisionOutcome = (typeof OUTCOMES)[number];

export const QUEUES = ['intake', 'general', 'urgent', 'supervisor', 'review'] as const;
export type Queue = (typeof QUEUES)[number];

export interface Actor {
  type: 'consumer' | 'staff' | 'system';
  id: string | null;
}

export interface Complaint {
  id: string;
  number: string;
  channel: Channel;
  channelMessageId: string | null;
  status: ComplaintStatus;
  institution: string | null;
  product: string | null;
  facts: string;
  demandText: string | null;
  consumer: { nameMasked: string | null; phoneMasked: string | null; emailMasked: string | null };
  regulator: { referralNo: string | null; name: string | null; dueAt: Date | null };
  ruleSet: string;
  receivedAt: Date;
  clockStartedAt: Date;
  extensionLevel: number;
  deadlineDays: number;
  pausedSince: Date | null;
  pausedMs: number;
  dueAt: Date | null;
  escalatedAt: Date | null;
  queue: string;
  assigneeId: string | null;
  classification: {
    business: string | null;
    reason: string | null;
    demand: string | null;
    tier: number | null;
    priority: string | null;
  };
  decision: { outcome: DecisionOutcome | null; text: string | null; checked: string | null; decidedAt: Date | null };
  reviewRequestedAt: Date | null;
  satisfaction: number | null;
  acceptsDecision: boolean | null;
  mergedIntoId: string | null;
  duplicateOfId: string | null;
  possibleDuplicateOfId: string | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
