/**
 * Reveals (授权调取): every time staff see an original, a grant row records who, for which
 * complaint, what, why (purpose + masked reason) and until when. The complaint's history gets an
 * event too, so the reveal is also in the transparency log.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pii_reveals (
      id uuid primary key default gen_random_uuid(),
      complaint_id uuid not null references complaints(id),
      user_id uuid not null references staff_users(id),
      purpose text not null,
      reason text not null,
      fields jsonb not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index pii_reveals_complaint on pii_reveals (complaint_id, created_at);
    create index pii_reveals_user on pii_reveals (user_id, created_at);
  `.execute(db);
}
