/**
 * Intake (受理前登记): the one workflow every channel goes through. In order:
 *   1. idempotency: a retried submission (same Idempotency-Key or channel message id) returns the
 *      first complaint; the same key with a different body is refused;
 *   2. evidence files are checked (size, real type) before anything is written;
 *   3. personal data is masked in the text and the identity sealed in the vault;
 *   4. triage classifies the masked text (tier, queue, priority);
 *   5. one transaction writes the complaint, its vault record, key, events and evidence;
 *   6. likely duplicates (same consumer and institution, similar text, still open) are linked;
 *   7. after commit, urgent complaints fire the urgent hook.
 */
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Actor, Complaint } from './complaint.model.js';
import { complaintError } from './complaint.errors.js';
import type { ComplaintRepository } from './complaint.repository.js';
import type { IntakeBody } from './complaint.schemas.js';
import { recordEvents, rulesFor, type EventSink } from './complaint.service.js';
import type { DeadlineRuleSet } from './deadline-rules.js';
import { computeDueAt } from './deadline.js';
import { inspectEvidence, type EvidenceFile } from './evidence.js';
import type { PrivacyPort, TriagePort, UrgentHookPort } from './ports.js';
import { DUPLICATE_THRESHOLD, textSimilarity } from './similarity.js';

export interface IntakeDeps {
  repo: ComplaintRepository;
  ruleSets: Map<string, DeadlineRuleSet>;
  ruleSetId: string;
  privacy: PrivacyPort;
  triage: TriagePort | null;
  urgentHook: UrgentHookPort | null;
  eventSink: EventSink | null;
  clock: () => Date;
  maxAttachmentBytes: number;
}

export interface IntakeResult {
  complaint: Complaint;
  replayed: boolean;
  possibleDuplicateOf: string | null;
}

class IdempotencyRace extends Error {}

function requestHash(body: IntakeBody): Buffer {
  return createHash('sha256').update(canonicalize(body) ?? '').digest();
}

function complaintNumber(now: Date, offsetMinutes: number, seq: number): string {
  const local = new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `XB${local}${String(seq).padStart(6, '0')}`;
}

async function replay(deps: IntakeDeps, scope: string, key: string, hash: Buffer): Promise<IntakeResult | null> {
  const existing = await deps.repo.findIdempotencyKey(scope, key);
  if (!existing) return null;
  if (!existing.requestHash.equals(hash)) throw complaintError('IDEMPOTENCY_KEY_REUSED');
  const complaint = await deps.repo.findById(existing.complaintId);
  if (!complaint) return null;
  return { complaint, replayed: true, possibleDuplicateOf: null };
}

export async function intakeComplaint(deps: IntakeDeps, body: IntakeBody, opts: { idempotencyKey?: string | undefined; actor: Actor }): Promise<IntakeResult> {
  const hash = requestHash(body);
  const idem = opts.idempotencyKey
    ? { scope: 'header', key: opts.idempotencyKey }
    : body.channelMessageId
      ? { scope: `channel:${body.channel}`, key: body.channelMessageId }
      : null;
  if (idem) {
    const prior = await replay(deps, idem.scope, idem.key, hash);
    if (prior) return prior;
  }

  const evidence: EvidenceFile[] = [];
  for (const [i, a] of (body.attachments ?? []).entries()) {
    evidence.push(await inspectEvidence(Buffer.from(a.contentBase64, 'base64'), a.filename, deps.maxAttachmentBytes, `attachments.${i}.contentBase64`));
  }

  const id = randomUUID();
  const identity = deps.privacy.protectIdentity(body.consumer);
  const isReferral = body.channel === 'regulator_referral';
  const rules = rulesFor(deps.ruleSets, deps.ruleSetId);
  const now = deps.clock();
  const regulatorDueAt = body.referral ? new Date(body.referral.dueAt) : null;
  const ownDue = computeDueAt(now, rules.decisionDays, 0, rules);
  const dueAt = regulatorDueAt && regulatorDueAt < ownDue ? regulatorDueAt : ownDue;
  let tier: number | null = null;

  try {
    const result = await deps.repo.transaction(async (repo) => {
      const tx = repo.executor;
      const facts = (await deps.privacy.redact(tx, id, body.text)).text;
      const demandText = body.demand ? (await deps.privacy.redact(tx, id, body.demand)).text : null;
      const triage = deps.triage?.classify(`${facts}\n${demandText ?? ''}`, body.channel) ?? null;
      tier = isReferral ? 3 : (triage?.tier ?? null);
      const queue = tier === 3 ? 'urgent' : 'intake';
      const number = complaintNumber(now, rules.utcOffsetMinutes, await repo.nextNumberSeq());
      const vaultId = await repo.insertVaultRecord('consumer_identity', identity.sealed);
      await repo.insert({
        id,
        number,
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
        consumer_vault_id: vaultId,
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
        priority: isReferral ? 'urgent' : (triage?.priority ?? null),
        triage: triage ? JSON.stringify({ lowConfidence: triage.lowConfidence, ...triage.detail }) : null,
        created_at: now,
        updated_at: now,
      });
      if (idem && !(await repo.insertIdempotencyKey(idem.scope, idem.key, hash, id))) throw new IdempotencyRace();

      const events: Array<{ type: string; data: Record<string, unknown> }> = [
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
          data: { business: triage.business, reason: triage.reason, demand: triage.demand, tier, priority: isReferral ? 'urgent' : triage.priority, lowConfidence: triage.lowConfidence, queue },
        });
      }
      for (const f of evidence) {
        await repo.putBlob(f);
        const filename = (await deps.privacy.redact(tx, id, f.filename)).text;
        await repo.insertAttachment({ complaintId: id, sha256: f.sha256, filename, mediaType: f.mediaType, size: f.size, at: now });
        events.push({ type: 'attachment_added', data: { sha256: f.sha256, size: f.size, mediaType: f.mediaType, filename } });
      }
      let duplicateOf: Complaint | null = null;
      if (identity.phoneIndex) {
        const open = await repo.findOpenForConsumer(identity.phoneIndex, body.institution ?? null, id);
        duplicateOf = open.find((o) => textSimilarity(o.facts, facts) >= DUPLICATE_THRESHOLD) ?? null;
        if (duplicateOf) {
          await repo.setPossibleDuplicate(id, duplicateOf.id);
          events.push({ type: 'duplicate_suspected', data: { of: duplicateOf.number } });
        }
      }
      await recordEvents(repo, deps.eventSink, id, opts.actor, now, events, 1);
      const complaint = await repo.findById(id);
      if (!complaint) throw new Error('complaint vanished inside its own transaction');
      return { complaint, replayed: false, possibleDuplicateOf: duplicateOf?.number ?? null, urgentReasons: isReferral ? ['regulator_referral'] : (triage?.urgentReasons ?? []) };
    });
    if (tier === 3 && deps.urgentHook) {
      await deps.urgentHook.urgentComplaint({ id, number: result.complaint.number, tier, reasons: result.urgentReasons });
    }
    return { complaint: result.complaint, replayed: false, possibleDuplicateOf: result.possibleDuplicateOf };
  } catch (err) {
    if (err instanceof IdempotencyRace && idem) {
      const prior = await replay(deps, idem.scope, idem.key, hash);
      if (prior) return prior;
    }
    throw err;
  }
}
