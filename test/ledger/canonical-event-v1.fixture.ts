/**
 * FROZEN COPY of src/complaints/complaint-event.ts before the quote/isoTime fast paths (git
 * 3d77ae8), kept only so canonical-event-v1.test.ts can prove the current serialisation is
 * byte-identical to it. Do not edit.
 *
 * Complaint events: the append-only history. Their canonical serialisation (RFC 8785 JSON: sorted
 * keys, UTF-8, no insignificant whitespace) is what the transparency log hashes, so it must only
 * ever contain masked text and never raw personal data.
 */
import canonicalize from 'canonicalize';
import type { Actor } from '../../src/complaints/complaint.model.js';

interface ComplaintEvent {
  id: number;
  complaintId: string;
  seq: number;
  type: string;
  actor: Actor;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/** Deeper than any real event; past it the reference serializer decides (and reports cycles). */
const MAX_DEPTH = 64;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Returned by the fast path for any value outside plain JSON: the reference serializer takes over. */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * RFC 8785 for plain JSON values (strings without surrogates, finite numbers, booleans, null,
 * arrays, prototype-plain objects). It is the `canonicalize` package's algorithm without its
 * per-call Set and per-string surrogate scan, which made canonicalEvent 2–3× slower; everything
 * else (toJSON, undefined, surrogates, cycles, non-finite numbers, bigint) returns NOT_PLAIN so
 * the package handles it exactly. test/ledger/canonical-json.test.ts compares the two.
 */
function plainCanonical(v: unknown, depth: number): string | typeof NOT_PLAIN {
  switch (typeof v) {
    case 'string':
      return SURROGATE.test(v) ? NOT_PLAIN : JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : NOT_PLAIN;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      break;
    default:
      return NOT_PLAIN;
  }
  if (v === null) return 'null';
  if (depth >= MAX_DEPTH) return NOT_PLAIN;
  // A toJSON method (own or inherited, arrays included) replaces the value: the reference decides.
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return NOT_PLAIN;
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const s = plainCanonical(v[i], depth + 1);
      if (s === NOT_PLAIN) return NOT_PLAIN;
      out += i === 0 ? s : `,${s}`;
    }
    return `${out}]`;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const o = v as Record<string, unknown>;
  // Default sort compares UTF-16 code units, which is RFC 8785's key order.
  const keys = Object.keys(o).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (SURROGATE.test(k)) return NOT_PLAIN;
    const s = plainCanonical(o[k], depth + 1);
    if (s === NOT_PLAIN) return NOT_PLAIN;
    out += `${i === 0 ? '' : ','}${JSON.stringify(k)}:${s}`;
  }
  return `${out}}`;
}

/** RFC 8785 JSON of any value, byte-identical to the `canonicalize` package (which it falls back to). */
function canonicalJson(value: unknown): string {
  const fast = plainCanonical(value, 0);
  if (fast !== NOT_PLAIN) return fast;
  const out = canonicalize(value);
  if (out === undefined) throw new Error('value is not serialisable');
  return out;
}

/** The reference object canonicalEvent serialises; the fast path below must equal its RFC 8785 JSON. */
function eventObject(e: Omit<ComplaintEvent, 'id'>): Record<string, unknown> {
  return {
    v: 1,
    complaintId: e.complaintId,
    seq: e.seq,
    type: e.type,
    actor: { type: e.actor.type, id: e.actor.id },
    at: e.occurredAt.toISOString(),
    data: e.data,
  };
}

export function canonicalEventV1(e: Omit<ComplaintEvent, 'id'>): string {
  // The fixed outer keys are written in RFC 8785 order by hand; only `data` needs sorting.
  const actorId = e.actor.id === null ? 'null' : plainCanonical(e.actor.id, 1);
  const parts = [plainCanonical(e.actor.type, 1), plainCanonical(e.complaintId, 0), plainCanonical(e.data, 0), plainCanonical(e.seq, 0), plainCanonical(e.type, 0)];
  if (actorId === NOT_PLAIN || parts.includes(NOT_PLAIN)) return canonicalJson(eventObject(e));
  const [actorType, complaintId, data, seq, type] = parts as string[];
  return `{"actor":{"id":${actorId},"type":${actorType}},"at":"${e.occurredAt.toISOString()}","complaintId":${complaintId},"data":${data},"seq":${seq},"type":${type},"v":1}`;
}
