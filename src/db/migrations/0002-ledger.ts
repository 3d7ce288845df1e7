/**
 * The transparency log (透明日志) in the database. `ledger_queue` takes appends inside the
 * caller's transaction (durable before acknowledgement); a single integrator moves them in order
 * into `ledger_entries` (leaf index → canonical entry and its RFC 6962 leaf hash), writes the
 * interior Merkle nodes that became complete into `ledger_nodes`, and stores a signed checkpoint,
 * all in one transaction. (kind, ref) is unique in ledger_entries so an entry is logged at most
 * once; the queue has no such index because every index there slows down intake, and the
 * integrator drops duplicates itself.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_queue (
      id bigserial primary key,
      kind text not null,
      ref text not null,
      canonical text not null
    );

    create table ledger_entries (
      leaf_index bigint primary key check (leaf_index >= 0),
      kind text not null,
      ref text not null,
      canonical text not null,
      leaf_hash bytea not null check (length(leaf_hash) = 32),
      unique (kind, ref)
    );

    -- Level 0 (leaf hashes) lives in ledger_entries; this holds levels 1 and up.
    create table ledger_nodes (
      level smallint not null check (level between 1 and 63),
      idx bigint not null check (idx >= 0),
      hash bytea not null check (length(hash) = 32),
      primary key (level, idx)
    );

    create table ledger_checkpoints (
      size bigint primary key check (size >= 0),
      root bytea not null check (length(root) = 32),
      note text not null,
      created_at timestamptz not null default now()
    );
  `.execute(db);
}
