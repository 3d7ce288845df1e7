/**
 * Intake (投诉登记): the one workflow every channel goes through. In order:
 *   1. idempotency: a retried submission (same Idempotency-Key or channel message id) returns the
 *      first complaint; the same key with a different body is refused;
 *   2. evidence files are checked (size, real type) before anything is written;
 *   3. personal data in the text becomes placeholders, originals and identity are sealed;
 *   4. triage classifies the masked text (tier, queue, priority);
 *   5. the intake writer stores the complaint, vault records, key, events and evidence in one
 *      transaction, batched with concurrent intakes, and links likely duplicates;
 *   6. after commit, urgent complaints fire the urgent hook.
 * Steps 1–4 need no database writes, so they run outside the transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NewComplaintRow } from '../db/schema.js';
import type { Actor, Complaint } from './complaint.model.js';
import { complaintError } from './complaint.errors.js';
import type { ComplaintRepository } from './complaint.repository.js';
import type { IntakeBody } from './complaint.schemas.js';
import { rulesFor } from './complaint.service.js';
import type { DeadlineRuleSet } from './deadline-rules.js';
import { computeDueAt } from './deadline.js';
import { inspectEvidence, type EvidenceFile } from './evidence.js';
import type { IntakeWriter } from './intake-writer.js';
import type { AutoAnswerPort, PendingPiiValue, PlaceholderState, PrivacyPort, TriagePort, UrgentHookPort } from './ports.js';

export interface IntakeDeps {
  repo: ComplaintRepository;
  writer: IntakeWriter;
  ruleSets: Map<string, DeadlineRuleSet>;
  ruleSetId: string;
  privacy: PrivacyPort;
  triage: TriagePort | null;
  urgentHook: UrgentHookPort | null;
  autoAnswer: AutoAnswerPort | null;
  clock: () => Date;
  maxAttachmentBytes: number;
}

export interface IntakeResult {
  complaint: Complaint;
  replayed: boolean;
  possibleDuplicateOf: string | null;
}

/** Everything about one intake that could be decided without the database. */
export interface PreparedIntake {
  id: string;
  idempotency: { scope: string; key: string; hash: Buffer } | null;
  row: Omit<NewComplaintRow, 'number'>;
  numberPrefix: string;
  identityVault: { id: string; sealed: PendingPiiValue['sealed'] };
  piiValues: PendingPiiValue[];
  evidence: Array<EvidenceFile & { maskedFilename: string }>;
  events: Array<{ type: string; data: Record<string, unknown> }>;
  actor: Actor;
  at: Date;
  urgentReasons: string[];
  lowConfidence: boolean;
}

function requestHash(body: IntakeBody): Buffer {
  return createHash('sha256').update(canonicalize(body) ?? '').digest();
}

function numberPrefix(now: Date, offsetMinutes: number): string {
  return `XB${new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

async function replay(deps: IntakeDeps, idem: NonNullable<PreparedIntake['idempotency']>): Promise<IntakeResult | null> {
  const existing = await deps.repo.findIdempotencyKey(idem.scope, idem.key);
  if (!existing) return null;
  if (!existing.requestHash.equals(idem.hash)) throw complaintError('IDEMPOTENCY_KEY_REUSED');
  const complaint = await deps.repo.findById(existing.complaintId);
  return complaint ? { complaint, replayed: true, possibleDuplicateOf: null } : null;
}

export async function prepareIntake(deps: IntakeDeps, body: IntakeBody, actor: Actor, idempotency: PreparedIntake['idempotency']): Promise<PreparedIntake> {
  const evidence: PreparedIntake['evidence'] = [];
  const id = randomUUID();
  const state: PlaceholderState = { byIndex: new Map(), counters: new Map() };
  const piiValues: PendingPiiValue[] = [];
  const redact = (text: string): string => {
    const r = deps.privacy.prepareRedaction(id, text, state, body.consumer);
    piiValues.push(...r.values);
    return r.text;
  };
  for (const [i, a] of (body.attachments ?? []).entries()) {
    const f = await inspectEvidence(Buffer.from(a.contentBase64, 'base64'), a.filename, deps.maxAttachmentBytes, `attachments.${i}.contentBase64`);
    evidence.push({ ...f, maskedFilename: redact(f.filename) });
  }
  const facts = redact(body.text);
  const demandText = body.demand ? redact(body.demand) : null;
  const identity = deps.privacy.protectIdentity(body.consumer);
  const isReferral = body.channel === 'regulator_referral';
  const triage = deps.triage?.classify(`${facts}\n${demandText ?? ''}`, body.channel) ?? null;
  const tier = isReferral ? 3 : (triage?.tier ?? null);
  const priority = isReferral ? 'urgent' : (triage?.priority ?? null);
  const queue = tier === 3 ? 'urgent' : 'intake';
  const rules = rulesFor(deps.ruleSets, deps.ruleSetId);
  const now = deps.clock();
  const regulatorDueAt = body.referral ? new Date(body.referral.dueAt) : null;
  const ownDue = computeDueAt(now, rules.decisionDays, 0, rules);
  const dueAt = regulatorDueAt && regulatorDueAt < ownDue ? regulatorDueAt : ownDue;
  const identityVault = { id: randomUUID(), sealed: identity.sealed };

  const events: PreparedIntake['events'] = [
    {
      type: 'received',
      data: {
        channel: body.channel,
        institution: body.institution ?? null,
        product: body.product ?? null,
        facts,
        demand: demandText,
        consumer: { name: identity.nameMasked, phone: identity.phoneMasked, email: identity.emailMasked },
        referral: body.referral ? { number: body.referral.number, regulator: body.referral.regulator, dueAt: body.referral.dueAt } : null,
        ruleSet: rules.id,
        dueAt: dueAt.toISOString(),
      },
    },
  ];
  if (triage) {
    events.push({
      type: 'triaged',
      data: { business: triage.business, reason: triage.reason, demand: triage.demand, tier, priority, lowConfidence: triage.lowConfidence, queue },
    });
  }
  for (const f of evidence) events.push({ type: 'attachment_added', data: { sha256: f.sha256, size: f.size, mediaType: f.mediaType, filename: f.maskedFilename } });

  return {
    id,
    idempotency,
    numberPrefix: numberPrefix(now, rules.utcOffsetMinutes),
    row: {
      id,
      channel: body.channel,
      channel_message_id: body.channelMessageId ?? null,
      status: 'received',
      institution: body.institution ?? null,
      product: body.product ?? null,
      facts,
      demand_text: demandText,
      consumer_name_masked: identity.nameMasked,
      consumer_phone_masked: identity.phoneMasked,
      consumer_email_masked: identity.emailMasked,
      consumer_vault_id: identityVault.id,
      consumer_phone_bidx: identity.phoneIndex,
      consumer_id_bidx: identity.idIndex,
      regulator_referral_no: body.referral?.number ?? null,
      regulator_name: body.referral?.regulator ?? null,
      regulator_due_at: regulatorDueAt,
      rule_set: rules.id,
      received_at: now,
      clock_started_at: now,
      deadline_days: rules.decisionDays,
      due_at: dueAt,
      queue,
      business: triage?.business ?? null,
      reason: triage?.reason ?? null,
      demand: triage?.demand ?? null,
      tier,
      priority,
      triage: triage ? JSON.stringify({ lowConfidence: triage.lowConfidence, ...triage.detail }) : null,
      created_at: now,
      updated_at: now,
    },
    identityVault,
    piiValues,
    evidence,
    events,
    actor,
    at: now,
    urgentReasons: isReferral ? ['regulator_referral'] : (triage?.urgentReasons ?? []),
    lowConfidence: triage?.lowConfidence ?? true,
  };
}

export async function intakeComplaint(deps: IntakeDeps, body: IntakeBody, opts: { idempotencyKey?: string | undefined; actor: Actor }): Promise<IntakeResult> {
  const hash = requestHash(body);
  const idempotency = opts.idempotencyKey
    ? { scope: 'header', key: opts.idempotencyKey, hash }
    : body.channelMessageId
      ? { scope: `channel:${body.channel}`, key: body.channelMessageId, hash }
      : null;
  if (idempotency) {
    const prior = await replay(deps, idempotency);
    if (prior) return prior;
  }
  const prepared = await prepareIntake(deps, body, opts.actor, idempotency);
  const written = await deps.writer.submit(prepared);
  if (written.kind === 'race' && idempotency) {
    const prior = await replay(deps, idempotency);
    if (prior) return prior;
    throw complaintError('IDEMPOTENCY_KEY_REUSED');
  }
  if (written.kind !== 'stored') throw new Error('intake writer lost a complaint');
  let c = written.complaint;
  if (written.replayOf === null) {
    // Follow-ups after the commit, in order: the urgent hook, then a tier-1 automatic answer.
    if (c.classification.tier === 3 && deps.urgentHook) {
      await deps.urgentHook.urgentComplaint({ id: c.id, number: c.number, tier: 3, reasons: prepared.urgentReasons });
    }
    if (deps.autoAnswer && (await deps.autoAnswer.tryAnswer(c, prepared.lowConfidence))) {
      c = (await deps.repo.findById(c.id)) ?? c;
    }
  }
  return { complaint: c, replayed: written.replayOf !== null, possibleDuplicateOf: written.possibleDuplicateOf };
}
