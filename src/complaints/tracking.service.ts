/**
 * Consumer tracking: a complaint number plus a one-time code sent to the contact the consumer
 * gave. Codes are 6 digits, stored hashed, valid 10 minutes, 5 attempts; a successful check opens
 * a consumer session scoped to that one complaint.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newToken, hashToken } from '../auth/auth.service.js';
import type { Database } from '../db/schema.js';
import { complaintError } from './complaint.errors.js';
import type { ComplaintService } from './complaint.service.js';

const CODE_TTL_MS = 10 * 60_000;
const SESSION_TTL_MS = 2 * 3_600_000;
const MAX_ATTEMPTS = 5;

function hashCode(complaintId: string, code: string): Buffer {
  return createHash('sha256').update(`${complaintId}:${code}`).digest();
}

export class TrackingService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly complaints: ComplaintService,
    private readonly clock: () => Date,
  ) {}

  /** Always succeeds from the caller's view, so it cannot be used to probe complaint numbers. */
  async requestCode(number: string): Promise<void> {
    const c = await this.complaints.findByNumber(number).catch(() => null);
    if (!c) return;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = this.clock();
    await this.db
      .insertInto('tracking_codes')
      .values({ complaint_id: c.id, code_hash: hashCode(c.id, code), expires_at: new Date(now.getTime() + CODE_TTL_MS) })
      .execute();
    await this.complaints.sendTrackingCode(c, code);
  }

  async openSession(number: string, code: string): Promise<{ token: string; complaintId: string; expiresAt: Date }> {
    const c = await this.complaints.findByNumber(number).catch(() => null);
    if (!c) throw complaintError('TRACKING_CODE_INVALID');
    const now = this.clock();
    const candidates = await this.db
      .selectFrom('tracking_codes')
      .select(['id', 'code_hash', 'attempts'])
      .where('complaint_id', '=', c.id)
      .where('expires_at', '>', now)
      .where('consumed_at', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .execute();
    const wanted = hashCode(c.id, code);
    const match = candidates.find((k) => k.code_hash.equals(wanted));
    if (!match) {
      await this.db.updateTable('tracking_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('complaint_id', '=', c.id).where('consumed_at', 'is', null).execute();
      throw complaintError('TRACKING_CODE_INVALID');
    }
    await this.db.updateTable('tracking_codes').set({ consumed_at: now }).where('id', '=', match.id).execute();
    const token = newToken('xbc');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.db.insertInto('consumer_sessions').values({ token_hash: hashToken(token), complaint_id: c.id, expires_at: expiresAt }).execute();
    return { token, complaintId: c.id, expiresAt };
  }

  async resolve(token: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('consumer_sessions')
      .select('complaint_id')
      .where('token_hash', '=', hashToken(token))
      .where('expires_at', '>', this.clock())
      .executeTakeFirst();
    return r?.complaint_id ?? null;
  }
}
