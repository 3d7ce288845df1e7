/**
 * What the complaint desk needs from other capabilities, as narrow interfaces wired at start-up:
 * the privacy vault (mask and seal personal data), triage (classify masked text), the consumer
 * notifier (send codes and updates), and the urgent-case hook.
 */
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
  /** Masks personal data in free text; `scope` keeps placeholders stable within one complaint. */
  redactText(text: string, scope: string): Redaction;
  openIdentity(sealed: ProtectedIdentity['sealed']): ConsumerIdentity;
  phoneIndex(phone: string): Buffer | null;
}

export interface TriageResult {
  business: string;
  reason: string;
  demand: string;
  tier: 1 | 2 | 3;
  priority: string;
  lowConfidence: boolean;
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
