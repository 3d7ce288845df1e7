/**
 * The log's own checkpoints as witnesses cosigned them (LEDGER_WITNESSES): one row per witness,
 * its key name as the key, holding the latest checkpoint (size, root) it cosigned for this log
 * and the cosignature line returned for it. The cosigning loop submits from `size` next time, and
 * /log/checkpoint appends `cosignature` to the checkpoint of that same size and root. Writes are
 * conditional (a row only moves to a larger size, or stays at its size and root), so concurrent
 * loops in several processes can never move a row backwards. The index on size serves the read
 * that joins the latest checkpoint with its cosignatures.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_cosignatures (
      witness text primary key check (length(witness) > 0),
      size bigint not null check (size >= 0),
      root bytea not null check (length(root) = 32),
      cosignature text not null check (length(cosignature) > 0),
      updated_at timestamptz not null default now()
    );
    create index ledger_cosignatures_size on ledger_cosignatures (size);
  `.execute(db);
}
