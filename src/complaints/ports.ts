/**
 * What the complaint desk needs from other capabilities, as narrow interfaces wired at start-up:
 * the privacy vault (mask and seal personal data), triage (classify masked text), the consumer
 * notifier (send codes and updates), and the urgent-case hook.
 */
import type { DbExecutor } from '../db/executor.js';

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

export interface PrivacyPort {
  protectIdentity(identity: ConsumerIdentity): ProtectedIdentity;
  openIdentity(sealed: ProtectedIdentity['sealed']): ConsumerIdentity;
  phoneIndex(phone: string): Buffer | null;
  /**
   * Replaces personal data in text that will be stored with typed placeholders ([手机号#1]),
   * stable within one complaint, sealing each original in the vault inside transaction `tx`.
   */
  redact(tx: DbExecutor, complaintId: string, text: string): Promise<Redaction>;
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

export interface UrgentHookPort {
  urgentComplaint(c: { id: string; number: string; tier: number; reasons: string[] }): Promise<void>;
}
