/**
 * The complaint desk: staff, tokens, complaints, their append-only event history, messages,
 * evidence files and idempotency keys. Personal data never lands here in clear: complaint
 * text is stored masked, and the consumer's identity lives encrypted in vault_records.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table staff_users (
      id uuid primary key default gen_random_uuid(),
      username text not null unique,
      display_name text not null,
      role text not null check (role in ('agent','supervisor','compliance','auditor','admin')),
      password_hash text not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    );

    create table auth_tokens (
      token_hash bytea primary key,
      user_id uuid not null references staff_users(id),
      kind text not null check (kind in ('session','api')),
      name text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz
    );
    create index auth_tokens_user on auth_tokens (user_id);

    create table vault_records (
      id uuid primary key default gen_random_uuid(),
      purpose text not null,
      key_version integer not null,
      wrapped_key bytea not null,
      iv bytea not null,
      ciphertext bytea not null,
      created_at timestamptz not null default now()
    );
    create index vault_records_key_version on vault_records (key_version);

    create sequence complaint_number_seq;

    create table complaints (
      id uuid primary key,
      number text not null unique,
      channel text not null,
      channel_message_id text,
      status text not null,
      institution text,
      product text,
      facts text not null,
      demand_text text,
      consumer_name_masked text,
      consumer_phone_masked text,
      consumer_email_masked text,
      consumer_vault_id uuid references vault_records(id),
      consumer_phone_bidx bytea,
      consumer_id_bidx bytea,
      regulator_referral_no text,
      regulator_name text,
      regulator_due_at timestamptz,
      rule_set text not null,
      received_at timestamptz not null,
      clock_started_at timestamptz not null,
      extension_level integer not null default 0,
      deadline_days integer not null,
      paused_since timestamptz,
      paused_ms bigint not null default 0,
      due_at timestamptz,
      escalated_at timestamptz,
      queue text not null,
      assignee_id uuid references staff_users(id),
      business text,
      reason text,
      demand text,
      tier smallint,
      priority text,
      triage jsonb,
      decision_outcome text,
      decision_text text,
      decision_checked text,
      decided_at timestamptz,
      review_requested_at timestamptz,
      satisfaction smallint,
      accepts_decision boolean,
      merged_into_id uuid references complaints(id),
      duplicate_of_id uuid references complaints(id),
      possible_duplicate_of_id uuid references complaints(id),
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    -- The agent queue: open complaints of one queue, soonest deadline first (keyset pagination).
    create index complaints_queue_due on complaints (queue, due_at, id) where closed_at is null;
    create index complaints_status_due on complaints (status, due_at, id);
    create index complaints_due on complaints (due_at, id) where closed_at is null;
    create index complaints_received on complaints (received_at desc, id desc);
    create index complaints_assignee on complaints (assignee_id, due_at) where closed_at is null;
    create index complaints_business on complaints (business, received_at desc);
    create index complaints_consumer_phone on complaints (consumer_phone_bidx) where consumer_phone_bidx is not null;
    create index complaints_channel_message on complaints (channel, channel_message_id) where channel_message_id is not null;

    create table complaint_events (
      id bigserial primary key,
      complaint_id uuid not null references complaints(id),
      seq integer not null,
      type text not null,
      actor_type text not null,
      actor_id text,
      occurred_at timestamptz not null,
      data jsonb not null,
      unique (complaint_id, seq)
    );

    -- The event table is append-only: history is evidence, so the database refuses edits.
    create function complaint_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'complaint_events is append-only';
    end $$;
    create trigger complaint_events_no_update before update or delete on complaint_events
      for each row execute function complaint_events_append_only();

    create table complaint_messages (
      id uuid primary key default gen_random_uuid(),
      complaint_id uuid not null references complaints(id),
      kind text not null check (kind in ('note','to_consumer','from_consumer')),
      author_id uuid references staff_users(id),
      body text not null,
      created_at timestamptz not null default now()
    );
    create index complaint_messages_complaint on complaint_messages (complaint_id, created_at);

    create table evidence_blobs (
      sha256 text primary key,
      size integer not null,
      media_type text not null,
      content bytea not null,
      created_at timestamptz not null default now()
    );

    create table complaint_attachments (
      id uuid primary key default gen_random_uuid(),
      complaint_id uuid not null references complaints(id),
      sha256 text not null references evidence_blobs(sha256),
      filename text not null,
      media_type text not null,
      size integer not null,
      created_at timestamptz not null default now()
    );
    create index complaint_attachments_complaint on complaint_attachments (complaint_id);

    create table idempotency_keys (
      scope text not null,
      key text not null,
      request_hash bytea not null,
      complaint_id uuid not null references complaints(id),
      created_at timestamptz not null default now(),
      primary key (scope, key)
    );

    create table tracking_codes (
      id uuid primary key default gen_random_uuid(),
      complaint_id uuid not null references complaints(id),
      code_hash bytea not null,
      expires_at timestamptz not null,
      attempts integer not null default 0,
      consumed_at timestamptz
    );
    create index tracking_codes_complaint on tracking_codes (complaint_id, expires_at);

    create table consumer_sessions (
      token_hash bytea primary key,
      complaint_id uuid not null references complaints(id),
      expires_at timestamptz not null
    );
  `.execute(db);
}
