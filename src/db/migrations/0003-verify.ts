/**
 * "Is this really my lender?": the official-channel registry (one row per institution, channels
 * as JSON, a revision counter bumped by every change, an append-only audit of before/after),
 * stored checks (verdict, reasons and indicators only: the message text is kept masked) and
 * fraud reports keyed by normalised indicator. Reports count once per independent source (a
 * keyed hash of the client address, never the address); `status` is ready for appeals and expiry.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registry_meta (
      id integer primary key check (id = 1),
      source_version text not null,
      national jsonb not null,
      revision integer not null default 0,
      seeded_at timestamptz not null default now()
    );

    create table registry_institutions (
      slug text primary key,
      data jsonb not null,
      revision integer not null,
      updated_at timestamptz not null default now(),
      updated_by uuid
    );

    create table registry_audit (
      id bigserial primary key,
      slug text not null,
      action text not null check (action in ('seed','create','update','delete')),
      actor_id uuid,
      revision integer not null,
      at timestamptz not null default now(),
      before jsonb,
      after jsonb
    );
    create index registry_audit_slug on registry_audit (slug, id);

    create table verify_checks (
      id uuid primary key,
      created_at timestamptz not null,
      channel text,
      verdict text not null,
      risk double precision not null,
      fraud_type text,
      institution_id text,
      reasons jsonb not null,
      indicators jsonb not null,
      masked_text text,
      masked_sender text,
      registry_version text not null,
      reported_at timestamptz,
      complaint_id uuid references complaints(id)
    );
    create index verify_checks_created on verify_checks (created_at);

    create table fraud_reports (
      id bigserial primary key,
      kind text not null check (kind in ('phone','url','domain','account','sms_signature')),
      value text not null,
      source_hash bytea not null,
      check_id uuid references verify_checks(id),
      evidence_ref text not null,
      reported_at timestamptz not null,
      status text not null default 'active' check (status in ('active','appealed','withdrawn','expired')),
      unique (kind, value, source_hash)
    );
    create index fraud_reports_indicator on fraud_reports (kind, value) where status = 'active';
  `.execute(db);
}
