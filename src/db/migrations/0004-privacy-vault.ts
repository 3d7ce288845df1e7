/**
 * Personal data found in free text: each distinct value in a complaint gets a typed placeholder
 * ([手机号#1]) in the stored text, its original sealed in vault_records, and a keyed blind index
 * so staff can find every complaint that mentions one number. Reveals are recorded.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pii_values (
      complaint_id uuid not null,
      placeholder text not null,
      type text not null,
      bidx bytea not null,
      display text not null,
      vault_id uuid not null references vault_records(id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (complaint_id, placeholder),
      unique (complaint_id, bidx)
    );
    create index pii_values_bidx on pii_values (bidx);
  `.execute(db);
}
