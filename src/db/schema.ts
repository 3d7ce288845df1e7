/** Row types of every table, as Kysely sees them. Only repositories import this file's `Database`. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

import type { StaffRole } from '../auth/roles.js';

export type { StaffRole };

export interface StaffUsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: StaffRole;
  password_hash: string;
  active: Generated<boolean>;
  created_at: DefaultTimestamp;
}

export interface AuthTokensTable {
  token_hash: Buffer;
  user_id: string;
  kind: 'session' | 'api';
  name: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface VaultRecordsTable {
  id: Generated<string>;
  purpose: string;
  key_version: number;
  wrapped_key: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
  created_at: DefaultTimestamp;
}

export interface ComplaintsTable {
  id: string;
  number: string;
  channel: string;
  channel_message_id: string | null;
  status: string;
  institution: string | null;
  product: string | null;
  facts: string;
  demand_text: string | null;
  consumer_name_masked: string | null;
  consumer_phone_masked: string | null;
  consumer_email_masked: string | null;
  consumer_vault_id: string | null;
  consumer_phone_bidx: Buffer | null;
  consumer_id_bidx: Buffer | null;
  regulator_referral_no: string | null;
  regulator_name: string | null;
  regulator_due_at: Timestamp | null;
  rule_set: string;
  received_at: Timestamp;
  clock_started_at: Timestamp;
  extension_level: Generated<number>;
  deadline_days: number;
  paused_since: Timestamp | null;
  paused_ms: Generated<number>;
  due_at: Timestamp | null;
  escalated_at: Timestamp | null;
  queue: string;
  assignee_id: string | null;
  business: string | null;
  reason: string | null;
  demand: string | null;
  tier: number | null;
  priority: string | null;
  triage: Json | null;
  decision_outcome: string | null;
  decision_text: string | null;
  decision_checked: string | null;
  decided_at: Timestamp | null;
  review_requested_at: Timestamp | null;
  satisfaction: number | null;
  accepts_decision: boolean | null;
  merged_into_id: string | null;
  duplicate_of_id: string | null;
  possible_duplicate_of_id: string | null;
  closed_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface ComplaintEventsTable {
  id: Generated<number>;
  complaint_id: string;
  seq: number;
  type: string;
  actor_type: string;
  actor_id: string | null;
  occurred_at: Timestamp;
  data: Json;
}

export interface ComplaintMessagesTable {
  id: Generated<string>;
  complaint_id: string;
  kind: 'note' | 'to_consumer' | 'from_consumer';
  author_id: string | null;
  body: string;
  created_at: DefaultTimestamp;
}

export interface EvidenceBlobsTable {
  sha256: string;
  size: number;
  media_type: string;
  content: Buffer;
  created_at: DefaultTimestamp;
}

export interface ComplaintAttachmentsTable {
  id: Generated<string>;
  complaint_id: string;
  sha256: string;
  filename: string;
  media_type: string;
  size: number;
  created_at: DefaultTimestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: Buffer;
  complaint_id: string;
  created_at: DefaultTimestamp;
}

export interface TrackingCodesTable {
  id: Generated<string>;
  complaint_id: string;
  code_hash: Buffer;
  expires_at: Timestamp;
  attempts: Generated<number>;
  consumed_at: Timestamp | null;
}

export interface ConsumerSessionsTable {
  token_hash: Buffer;
  complaint_id: string;
  expires_at: Timestamp;
}

export interface PiiValuesTable {
  complaint_id: string;
  placeholder: string;
  type: string;
  bidx: Buffer;
  display: string;
  vault_id: string;
  created_at: DefaultTimestamp;
}

export interface RegistryMetaTable {
  id: number;
  source_version: string;
  national: Json;
  revision: Generated<number>;
  seeded_at: DefaultTimestamp;
}

export interface RegistryInstitutionsTable {
  slug: string;
  data: Json;
  revision: number;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface RegistryAuditTable {
  id: Generated<number>;
  slug: string;
  action: 'seed' | 'create' | 'update' | 'delete';
  actor_id: string | null;
  revision: number;
  at: DefaultTimestamp;
  before: Json | null;
  after: Json | null;
}

export interface VerifyChecksTable {
  id: string;
  created_at: Timestamp;
  channel: string | null;
  verdict: string;
  risk: number;
  fraud_type: string | null;
  institution_id: string | null;
  reasons: Json;
  indicators: Json;
  masked_text: string | null;
  masked_sender: string | null;
  registry_version: string;
  reported_at: Timestamp | null;
  complaint_id: string | null;
}

export interface FraudReportsTable {
  id: Generated<number>;
  kind: string;
  value: string;
  source_hash: Buffer;
  check_id: string | null;
  evidence_ref: string;
  reported_at: Timestamp;
  status: Generated<'active' | 'appealed' | 'withdrawn' | 'expired'>;
}

/** Every appended entry, written once by the writer: id = block·65536 + position in the block. */
export interface LedgerEntriesTable {
  id: number;
  kind: string;
  ref: string;
  canonical: string;
}

/** One append statement's entries: their leaf hashes, and where they sit in the log once sequenced. */
export interface LedgerBlocksTable {
  block: number;
  n: number;
  leaf_hashes: Buffer;
  /** Null while the block is pending; then its leaves are first_leaf … first_leaf + n − 1. */
  first_leaf: number | null;
}

/** Row idx of a Merkle level: the complete nodes idx·32 … idx·32+31, concatenated. */
export interface LedgerHashRowsTable {
  level: number;
  idx: number;
  hashes: Buffer;
}

export interface LedgerCheckpointsTable {
  size: number;
  root: Buffer;
  note: string;
  created_at: DefaultTimestamp;
}

/** The latest checkpoint of this log a witness cosigned, per witness key name (migration 0009). */
export interface LedgerCosignaturesTable {
  witness: string;
  size: number;
  root: Buffer;
  /** The verified cosignature line, ending in a newline. */
  cosignature: string;
  updated_at: DefaultTimestamp;
}

/** The latest checkpoint the witness cosigned for a log origin (migration 0008). */
export interface WitnessCheckpointsTable {
  origin: string;
  size: number;
  root: Buffer;
  note: string;
  updated_at: DefaultTimestamp;
}

export interface PiiRevealsTable {
  id: Generated<string>;
  complaint_id: string;
  user_id: string;
  purpose: string;
  reason: string;
  fields: Json;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface Database {
  staff_users: StaffUsersTable;
  auth_tokens: AuthTokensTable;
  vault_records: VaultRecordsTable;
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
  complaint_messages: ComplaintMessagesTable;
  evidence_blobs: EvidenceBlobsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  tracking_codes: TrackingCodesTable;
  consumer_sessions: ConsumerSessionsTable;
  pii_values: PiiValuesTable;
  pii_reveals: PiiRevealsTable;
  registry_meta: RegistryMetaTable;
  registry_institutions: RegistryInstitutionsTable;
  registry_audit: RegistryAuditTable;
  verify_checks: VerifyChecksTable;
  fraud_reports: FraudReportsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_blocks: LedgerBlocksTable;
  ledger_hash_rows: LedgerHashRowsTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  ledger_cosignatures: LedgerCosignaturesTable;
  witness_checkpoints: WitnessCheckpointsTable;
}

export type ComplaintRow = Selectable<ComplaintsTable>;
export type NewComplaintRow = Insertable<ComplaintsTable>;
export type ComplaintPatch = Updateable<ComplaintsTable>;
export type ComplaintEventRow = Selectable<ComplaintEventsTable>;
