/**
 * What the complaint desk needs from other capabilities, as narrow interfaces wired at start-up:
 * the privacy vault (mask and seal personal data), triage (classify masked text), the consumer
 * notifier (send codes and updates), and the urgent-case hook.
 */
import type { DbExecutor } from '../db/executor.js';
import type { Complaint } from './complaint.model.js';

export interface ConsumerIdentity {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  idNumber?: string | undefined;
}

export interface ProtectedIdentity {
  nameMasked: string;
  phoneMasked: string | null;
  emailMasked: string | null;
  sealed: { keyVersion: number; wrappedKey: Buffer; iv: Buffer; ciphertext: Buffer };
  phoneIndex: Buffer | null;
  idIndex: Buffer | null;
}

export interface Redaction {
  text: string;
  found: number;
}

/** An original found in text, sealed and ready to store under its placeholder. */
export interface PendingPiiValue {
  complaintId: string;
  placeholder: string;
  type: string;
  bidx: Buffer;
  display: string;
  vaultId: string;
  sealed: { keyVersion: number; wrappedKey: Buffer; iv: Buffer; ciphertext: Buffer };
}

/** Placeholders already assigned in one complaint (empty for a new complaint). */
export interface PlaceholderState {
  byIndex: Map<string, string>;
  counters: Map<string, number>;
}

export interface PrivacyPort {
  protectIdentity(identity: ConsumerIdentity): ProtectedIdentity;
  /** The complainant's identity, opened from the vault (null once erased). */
  identityOf(tx: DbExecutor, complaintId: string): Promise<ConsumerIdentity | null>;
  phoneIndex(phone: string): Buffer | null;
  /**
   * Replaces personal data in text that will be stored with typed placeholders ([手机号#1]),
   * stable within one complaint, sealing each original in the vault inside transaction `tx`.
   */
  redact(tx: DbExecutor, complaintId: string, text: string): Promise<Redaction>;
  /**
   * The same without I/O, for a new complaint: `state` carries placeholders across its texts, and
   * `known` (the complainant) is masked wherever it appears verbatim.
   */
  prepareRedaction(complaintId: string, text: string, state: PlaceholderState, known?: ConsumerIdentity | null): { text: string; values: PendingPiiValue[] };
  /** Stores prepared originals (one multi-row write per table). */
  storeValues(tx: DbExecutor, values: PendingPiiValue[]): Promise<void>;
  /** The placeholders of one complaint with their display masks, for staff views. */
  placeholders(tx: DbExecutor, complaintId: string): Promise<Array<{ placeholder: string; type: string; display: string }>>;
  /** Display-masks text that is shown or logged but never stored (138****5678). */
  maskForDisplay(text: string): string;
}

export interface TriageResult {
  business: string;
  reason: string;
  demand: string;
  tier: 1 | 2 | 3;
  priority: string;
  lowConfidence: boolean;
  /** Why a complaint is urgent (tier 3), for the urgent-case hook; empty otherwise. */
  urgentReasons: string[];
  detail: Record<string, unknown>;
}

export interface TriagePort {
  classify(maskedText: string, channel: string): TriageResult;
}

export interface Notification {
  to: ConsumerIdentity;
  complaintNumber: string;
  kind: 'tracking_code' | 'deadline_extended' | 'message' | 'decision';
  text: string;
}

/** Sends messages to consumers. The default writes to the log with personal data masked. */
export interface NotifierPort {
  send(n: Notification): Promise<void>;
}

/** Answers confident tier-1 complaints from the knowledge base; returns the article used. */
export interface AutoAnswerPort {
  tryAnswer(c: Complaint, lowConfidence: boolean): Promise<string | null>;
}

export interface UrgentHookPort {
  urgentComplaint(c: { id: string; number: string; tier: number; reasons: string[] }): Promise<void>;
}
