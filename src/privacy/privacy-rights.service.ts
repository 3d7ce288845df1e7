/**
 * Reveal with a reason (授权调取) and data-subject rights under PIPL (access, deletion).
 * A reveal needs a role that allows it (checked at the route), a stated purpose and reason, and
 * leaves a grant row plus a complaint event — which the ledger hashes — naming who saw what and
 * why, never the values. Deletion crypto-shreds the originals and keeps the masked record.
 */
import type { ComplaintService } from '../complaints/complaint.service.js';
import type { ConsumerIdentity, PrivacyPort } from '../complaints/ports.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { normalizePiiValue } from '../engines/pii/index.js';
import { blindIndex } from './blind-index.js';
import { decryptRecord } from './envelope.js';
import type { Keyring } from './keyring.js';
import { privacyError } from './privacy.errors.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PII_VALUE_PURPOSE } from './privacy.service.js';

export const REVEAL_PURPOSES = ['complaint_handling', 'consumer_request', 'regulator_request', 'legal_proceedings', 'audit'] as const;
export type RevealPurpose = (typeof REVEAL_PURPOSES)[number];
const GRANT_MS = 10 * 60_000;

export interface RevealResult {
  grantId: string;
  expiresAt: string;
  identity: ConsumerIdentity | null;
  values: Array<{ placeholder: string; type: string; value: string }>;
}

export class PrivacyRightsService {
  private readonly repo: PrivacyRepository;

  constructor(
    private readonly d: { db: Kysely<Database>; keyring: Keyring; privacy: PrivacyPort; complaints: ComplaintService; clock: () => Date },
  ) {
    this.repo = new PrivacyRepository(d.db);
  }

  private open(sealed: { keyVersion: number; wrappedKey: Buffer; iv: Buffer; ciphertext: Buffer }): string {
    return decryptRecord(sealed, this.d.keyring.byVersion(sealed.keyVersion), PII_VALUE_PURPOSE).toString('utf8');
  }

  /** `onlyIndexes` limits the values to one person's (a subject request must not reveal others'). */
  async reveal(
    complaintId: string,
    user: { id: string },
    req: { purpose: RevealPurpose; reason: string; placeholders?: string[] | undefined; identity: boolean },
    onlyIndexes?: Buffer[],
  ): Promise<RevealResult> {
    const sealedValues = await this.repo.sealedValues(complaintId, req.placeholders ?? null, onlyIndexes);
    const identity = req.identity ? await this.d.complaints.identityOf(complaintId) : null;
    if (sealedValues.length === 0 && !identity) throw privacyError('NOTHING_TO_REVEAL');
    const fields = [...(identity ? ['consumer'] : []), ...sealedValues.map((v) => v.placeholder)];
    let grantId = '';
    let expiresAt = new Date();
    await this.d.complaints.apply(complaintId, { type: 'staff', id: user.id }, async (_c, _r, now, ctx) => {
      const reason = await ctx.redact(req.reason);
      expiresAt = new Date(now.getTime() + GRANT_MS);
      grantId = await new PrivacyRepository(ctx.tx).insertReveal({ complaintId, userId: user.id, purpose: req.purpose, reason, fields, expiresAt });
      return { change: {}, event: { type: 'pii_revealed', data: { grantId, purpose: req.purpose, reason, fields } } };
    });
    return {
      grantId,
      expiresAt: expiresAt.toISOString(),
      identity,
      values: sealedValues.map((v) => ({ placeholder: v.placeholder, type: v.type, value: this.open(v.sealed) })),
    };
  }

  listReveals(complaintId: string) {
    return this.repo.listReveals(complaintId);
  }

  private subjectIndexes(subject: { phone?: string | undefined; idNumber?: string | undefined }): Buffer[] {
    const out: Buffer[] = [];
    if (subject.phone) {
      const p = this.d.privacy.phoneIndex(subject.phone);
      if (p) out.push(p);
    }
    if (subject.idNumber) out.push(blindIndex(this.d.keyring.indexKey, 'id_card', normalizePiiValue('id_card', subject.idNumber)));
    if (out.length === 0) throw privacyError('SUBJECT_KEY_REQUIRED');
    return out;
  }

  /** PIPL access: everything held about one person, each complaint's access recorded as a reveal. */
  async exportSubject(user: { id: string }, subject: { phone?: string | undefined; idNumber?: string | undefined }, reason: string) {
    const indexes = this.subjectIndexes(subject);
    const found = await this.repo.complaintsOfSubject(indexes);
    const complaints = [];
    for (const { id, complainant } of found) {
      // The identity on file is revealed only where this person is the complainant.
      const revealed = await this.reveal(id, user, { purpose: 'consumer_request', reason, identity: complainant }, indexes).catch(() => null);
      complaints.push({ detail: await this.d.complaints.getDetail(id), identity: revealed?.identity ?? null, values: revealed?.values ?? [] });
    }
    return { complaints };
  }

  /** PIPL deletion: crypto-shred the person's originals; keep the masked complaint records. */
  async eraseSubject(user: { id: string }, subject: { phone?: string | undefined; idNumber?: string | undefined }, reason: string) {
    const indexes = this.subjectIndexes(subject);
    const ids = (await this.repo.complaintsOfSubject(indexes)).map((c) => c.id);
    let vaultRecords = 0;
    for (const id of ids) {
      await this.d.complaints.apply(id, { type: 'staff', id: user.id }, async (_c, _r, _now, ctx) => {
        vaultRecords += (await new PrivacyRepository(ctx.tx).eraseSubject([id], indexes)).vaultRecords;
        return { change: {}, event: { type: 'subject_erased', data: { reason: await ctx.redact(reason) } } };
      });
    }
    return { complaints: ids.length, vaultRecordsDeleted: vaultRecords };
  }
}
