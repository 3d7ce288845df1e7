/**
 * Faster integration for the transparency log (透明日志), same hashes, same proofs:
 *
 * - Interior Merkle nodes move from one row per node (`ledger_nodes`) to `ledger_hash_rows`:
 *   row (level, idx) holds nodes idx·32 … idx·32+31 of that level, concatenated, only the ones
 *   complete so far (a row grows by appending until it holds 32). Inserting a row per node was
 *   a third of the integrator's time; a batch now writes about one row per 32 leaves, and a
 *   proof still reads one row per proof hash in one query. 32 hashes (1 KiB) keep every row
 *   inline, below PostgreSQL's TOAST threshold.
 * - The unique B-tree on ledger_entries (kind, ref) becomes a B-tree on the 64-bit hash of ref:
 *   inserting ~50-byte random text keys was the most expensive part of moving an entry. (A
 *   PostgreSQL hash index was tried: the integrator's insert-and-probe statement never lets it
 *   split buckets, so every probe walked one long overflow chain.) Lookups compare the hash,
 *   then kind and ref. "Logged at most once" is kept by the only writer of ledger_entries, the
 *   integrator (single by advisory lock), which skips any (kind, ref) already logged or
 *   repeated in its batch, in the same transaction.
 *
 * Existing logs are converted in place: each row takes the gapless prefix of its stored nodes
 * (the integrator writes every level left to right, so anything else was tampered with and is
 * left out, for the audit to report).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_hash_rows (
      level smallint not null check (level between 1 and 63),
      idx bigint not null check (idx >= 0),
      hashes bytea not null check (length(hashes) between 32 and 1024 and length(hashes) % 32 = 0),
      primary key (level, idx)
    );

    insert into ledger_hash_rows (level, idx, hashes)
    select level, idx / 32, string_agg(hash, ''::bytea order by idx)
    from ledger_nodes
    group by level, idx / 32
    having count(*) = max(idx % 32) + 1;

    drop table ledger_nodes;

    alter table ledger_entries drop constraint ledger_entries_kind_ref_key;
    create index ledger_entries_ref_hash on ledger_entries (hashtextextended(ref, 0));
  `.execute(db);
}
