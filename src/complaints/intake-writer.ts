/**
 * Group commit for intake. Complaints arriving while a write is in flight are gathered into the
 * next batch and stored together in one transaction with multi-row inserts: a handful of
 * statements per batch instead of a dozen per complaint. Every complaint is acknowledged only
 * after its batch commits, so nothing acknowledged can be lost.
 *
 * If a batch fails, its complaints are retried one at a time, so one bad complaint never fails
 * the others. An idempotency key claimed by another process meanwhile ends as `race`, and the
 * caller answers with the complaint that won.
 */
import type { Complaint } from './complaint.model.js';
import type { ComplaintRepository } from './complaint.repository.js';
import type { EventSink } from './complaint.service.js';
import type { PreparedIntake } from './intake-complaint.js';
import type { PrivacyPort } from './ports.js';
import { DUPLICATE_THRESHOLD, textSimilarity } from './similarity.js';

export type WriteOutcome =
  | { kind: 'stored'; complaint: Complaint; possibleDuplicateOf: string | null; replayOf: string | null }
  | { kind: 'race' };

interface Pending {
  p: PreparedIntake;
  resolve: (o: WriteOutcome) => void;
  reject: (e: unknown) => void;
}

class IdempotencyRace extends Error {}

export interface IntakeWriterOptions {
  /** Most complaints in one transaction. */
  maxBatch: number;
  /** Transactions in flight at once (1 for PGlite, which has one connection). */
  maxInFlight: number;
}

export class IntakeWriter {
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly repo: ComplaintRepository,
    private readonly privacy: PrivacyPort,
    private readonly eventSink: EventSink | null,
    private readonly opts: IntakeWriterOptions,
  ) {}

  submit(p: PreparedIntake): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ p, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts writing on a later turn of the event loop, not at once: an embedded database answers
   * through microtasks, so a write started now would run to its end before any other request got
   * as far as submitting, and every batch would hold one complaint.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.opts.maxBatch);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.schedule();
      });
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await this.repo.transaction((repo) => this.write(repo, batch.map((b) => b.p)));
      batch.forEach((b, i) => b.resolve(outcomes[i] as WriteOutcome));
    } catch (err) {
      if (batch.length > 1) {
        for (const one of batch) await this.run([one]);
      } else if (err instanceof IdempotencyRace) {
        batch[0]?.resolve({ kind: 'race' });
      } else {
        batch[0]?.reject(err);
      }
    }
  }

  private async write(repo: ComplaintRepository, items: PreparedIntake[]): Promise<WriteOutcome[]> {
    // Concurrent retries with one key inside this batch: the first is written, the rest replay it.
    const firstByKey = new Map<string, PreparedIntake>();
    const writes: PreparedIntake[] = [];
    for (const p of items) {
      const k = p.idempotency ? `${p.idempotency.scope}\u0000${p.idempotency.key}` : null;
      if (k && firstByKey.has(k)) continue;
      if (k) firstByKey.set(k, p);
      writes.push(p);
    }

    const seqs = await repo.nextNumberSeqs(writes.length);
    const phones = [...new Map(writes.flatMap((p) => (p.row.consumer_phone_bidx ? [[p.row.consumer_phone_bidx.toString('hex'), p.row.consumer_phone_bidx]] : []))).values()];
    // Likely duplicates: same consumer (phone blind index) and institution, similar text, still
    // open — in the database or earlier in this very batch.
    const open = await repo.findOpenForConsumers(phones);
    const duplicates = new Map<string, { id: string; number: string }>();
    const seen = [...open];
    const rows = writes.map((p, i) => {
      const number = `${p.numberPrefix}${String(seqs[i]).padStart(6, '0')}`;
      const phoneIndex = p.row.consumer_phone_bidx?.toString('hex') ?? null;
      if (phoneIndex) {
        const institution = p.row.institution ?? null;
        const dup = seen.find((o) => o.phoneIndex === phoneIndex && o.institution === institution && textSimilarity(o.facts, p.row.facts) >= DUPLICATE_THRESHOLD);
        if (dup) duplicates.set(p.id, { id: dup.id, number: dup.number });
        seen.unshift({ id: p.id, number, institution, facts: p.row.facts, phoneIndex });
      }
      return { ...p.row, number, possible_duplicate_of_id: duplicates.get(p.id)?.id ?? null };
    });

    await repo.insertVaultRecords(writes.map((p) => ({ id: p.identityVault.id, purpose: 'consumer_identity', sealed: p.identityVault.sealed })));
    await this.privacy.storeValues(repo.executor, writes.flatMap((p) => p.piiValues));
    const complaints = await repo.insertMany(rows);
    const keys = writes.flatMap((p) => (p.idempotency ? [{ scope: p.idempotency.scope, key: p.idempotency.key, requestHash: p.idempotency.hash, complaintId: p.id }] : []));
    if ((await repo.insertIdempotencyKeys(keys)) !== keys.length) throw new IdempotencyRace();
    for (const p of writes) {
      for (const f of p.evidence) {
        await repo.putBlob(f);
        await repo.insertAttachment({ complaintId: p.id, sha256: f.sha256, filename: f.maskedFilename, mediaType: f.mediaType, size: f.size, at: p.at });
      }
    }
    const events = await repo.insertEvents(
      writes.flatMap((p) => {
        const dup = duplicates.get(p.id);
        const list = dup ? [...p.events, { type: 'duplicate_suspected', data: { of: dup.number } }] : p.events;
        return list.map((e, i) => ({ complaintId: p.id, seq: i + 1, type: e.type, actor: p.actor, occurredAt: p.at, data: e.data }));
      }),
    );
    if (this.eventSink) await this.eventSink.eventsRecorded(repo.executor, events);

    const byId = new Map(complaints.map((c) => [c.id, c]));
    return items.map((p) => {
      const k = p.idempotency ? `${p.idempotency.scope}\u0000${p.idempotency.key}` : null;
      const first = k ? (firstByKey.get(k) as PreparedIntake) : p;
      if (first !== p && first.idempotency && p.idempotency && !first.idempotency.hash.equals(p.idempotency.hash)) return { kind: 'race' };
      const complaint = byId.get(first.id) as Complaint;
      return { kind: 'stored', complaint, possibleDuplicateOf: first === p ? (duplicates.get(p.id)?.number ?? null) : null, replayOf: first === p ? null : first.id };
    });
  }
}
