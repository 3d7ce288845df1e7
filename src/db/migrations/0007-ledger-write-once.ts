/**
 * Write-once transparency log (透明日志): an appended entry is written once, by the writer's
 * transaction, and never copied. Until now each one went into ledger_queue and was then moved
 * (deleted, re-inserted, re-indexed, hashed in SQL) into ledger_entries by the integrator.
 *
 * - `ledger_entries` takes every entry as the writer appends it, in blocks: one block per
 *   append statement, ids block·65536 + 0…n−1. A unique index on a 128-bit hash of (kind, ref)
 *   keeps a (kind, ref) in the log at most once: a second append of one is refused in the
 *   writer's own transaction, so it is never acknowledged and never silently dropped.
 * - `ledger_blocks` has one row per block: its size, its RFC 6962 leaf hashes (computed by the
 *   writer, concatenated, stored uncompressed out of line so a proof reads one 2 KB chunk), and
 *   `first_leaf`, null while pending. The integrator sequences pending blocks by setting
 *   first_leaf (leaf indexes first_leaf … first_leaf + n − 1), in the same transaction as the
 *   interior nodes and checkpoint; the payload is not touched again.
 *
 * Existing logs are converted in place: logged entries keep their rows, leaf index becoming the
 * id, so leaves [k·65536, (k+1)·65536) form block k; queued entries become pending blocks after
 * them, without the duplicates the old integrator would have dropped (the oldest queued wins).
 * A leaf whose entry row is missing (tampering) gets an all-zero hash, so the audit reports it
 * and proofs through it fail to verify.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_blocks (
      block bigint primary key check (block >= 0),
      n integer not null check (n between 1 and 65536),
      leaf_hashes bytea not null check (length(leaf_hashes) = n * 32),
      first_leaf bigint check (first_leaf >= 0)
    );
    alter table ledger_blocks alter column leaf_hashes set storage external;
    create unique index ledger_blocks_first_leaf on ledger_blocks (first_leaf) where first_leaf is not null;
    create index ledger_blocks_pending on ledger_blocks (block) where first_leaf is null;

    insert into ledger_blocks (block, n, leaf_hashes, first_leaf)
    select g / 65536, count(*), string_agg(coalesce(e.leaf_hash, decode(repeat('00', 32), 'hex')), ''::bytea order by g), g / 65536 * 65536
    from generate_series(0::int8, (select coalesce(max(leaf_index), -1) from ledger_entries)) as g
    left join ledger_entries e on e.leaf_index = g
    group by g / 65536;

    alter table ledger_entries rename column leaf_index to id;
    alter table ledger_entries drop column leaf_hash;
    drop index ledger_entries_ref_hash;
    create unique index ledger_entries_key on ledger_entries (hashtextextended(ref, hashtextextended(kind, 0)), hashtextextended(ref, hashtextextended(kind, 1)));

    with fresh as (
      select distinct on (q.kind, q.ref) q.id, q.kind, q.ref, q.canonical
      from ledger_queue q
      where not exists (select 1 from ledger_entries e where e.kind = q.kind and e.ref = q.ref)
      order by q.kind, q.ref, q.id
    ), numbered as (
      select (select coalesce(max(block) + 1, 0) from ledger_blocks) as base, row_number() over (order by id) - 1 as i, kind, ref, canonical
      from fresh
    ), entries as (
      insert into ledger_entries (id, kind, ref, canonical)
      select (base + i / 65536) * 65536 + i % 65536, kind, ref, canonical from numbered
    )
    insert into ledger_blocks (block, n, leaf_hashes)
    select base + i / 65536, count(*), string_agg(sha256('\\x00'::bytea || convert_to(canonical, 'UTF8')), ''::bytea order by i)
    from numbered
    group by base + i / 65536;

    drop table ledger_queue;
    create sequence ledger_block_seq minvalue 0 start 0;
    select setval('ledger_block_seq', (select coalesce(max(block) + 1, 0) from ledger_blocks), false);
  `.execute(db);
}
