/**
 * Witness (见证): the latest checkpoint this witness cosigned, one row per log origin. That is
 * all c2sp.org/tlog-witness asks a witness to remember; add-checkpoint compares a request's old
 * size with `size` and moves the row forward under a row lock in the same transaction, so two
 * concurrent requests (in any number of processes) can never roll it back. `note` keeps the
 * submitted checkpoint with the cosignature returned for it: the log's signed word, as evidence.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table witness_checkpoints (
      origin text primary key check (length(origin) > 0),
      size bigint not null check (size >= 0),
      root bytea not null check (length(root) = 32),
      note text not null,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}
