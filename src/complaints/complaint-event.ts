/**
 * Complaint events: the append-only history. Their canonical serialisation (RFC 8785 JSON: sorted
 * keys, UTF-8, no insignificant whitespace) is what the transparency log hashes, so it must only
 * ever contain masked text and never raw personal data.
 */
import canonicalize from 'canonicalize';
import type { Actor } from './complaint.model.js';

export interface ComplaintEvent {
  id: number;
  complaintId: string;
  seq: number;
  type: string;
  actor: Actor;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export function canonicalEvent(e: Omit<ComplaintEvent, 'id'>): string {
  const out = canonicalize({
    v: 1,
    complaintId: e.complaintId,
    seq: e.seq,
    type: e.type,
    actor: { type: e.actor.type, id: e.actor.id },
    at: e.occurredAt.toISOString(),
    data: e.data,
  });
  if (out === undefined) throw new Error('event is not serialisable');
  return out;
}
