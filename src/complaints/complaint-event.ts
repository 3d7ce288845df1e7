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

/** Deeper than any real event; past it the reference serializer decides (and reports cycles). */
const MAX_DEPTH = 64;
const SURROGATE = /[\uD800-\uDFFF]/;
/** What JSON.stringify would escape (quote, backslash, controls) or the fast path refuses (surrogates). */
const SPECIAL = /["\\\u0000-\u001f\uD800-\uDFFF]/;
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
      return quote(v);
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
  const keys = sortedKeys(o);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const key = quote(k);
    if (key === NOT_PLAIN) return NOT_PLAIN;
    const s = plainCanonical(o[k], depth + 1);
    if (s === NOT_PLAIN) return NOT_PLAIN;
    out += `${i === 0 ? '' : ','}${key}:${s}`;
  }
  return `${out}}`;
}

/** Up to this many keys an insertion sort in place beats Array.prototype.sort (~5× on an event's data). */
const INSERTION_SORT_MAX = 16;

/** Own enumerable keys in UTF-16 code-unit order (RFC 8785's; also the default sort's and `<` on strings). */
function sortedKeys(o: Record<string, unknown>): string[] {
  const keys = Object.keys(o);
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > k; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = k;
  }
  return keys;
}

/**
 * JSON.stringify of a string without surrogates (else NOT_PLAIN). Most strings (ids, masked
 * text) need no escape at all, and one regex test that says so is ~3× cheaper than stringify.
 */
function quote(s: string): string | typeof NOT_PLAIN {
  if (!SPECIAL.test(s)) return `"${s}"`;
  return SURROGATE.test(s) ? NOT_PLAIN : JSON.stringify(s);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * Date.prototype.toISOString, for a plain Date of a four-digit year, from the UTC fields:
 * V8's own took ~1.2 µs, a quarter of a whole event. Anything else (invalid, other years, a
 * subclass) goes to toISOString itself.
 */
function isoTime(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999) || Object.getPrototypeOf(d) !== Date.prototype) return d.toISOString();
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}Z`;
}

/** RFC 8785 JSON of any value, byte-identical to the `canonicalize` package (which it falls back to). */
export function canonicalJson(value: unknown): string {
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

export function canonicalEvent(e: Omit<ComplaintEvent, 'id'>): string {
  // The fixed outer keys are written in RFC 8785 order by hand; only `data` needs sorting.
  const actorId = e.actor.id === null ? 'null' : plainCanonical(e.actor.id, 1);
  const actorType = plainCanonical(e.actor.type, 1);
  const complaintId = plainCanonical(e.complaintId, 0);
  const data = plainCanonical(e.data, 0);
  const seq = plainCanonical(e.seq, 0);
  const type = plainCanonical(e.type, 0);
  if (actorId === NOT_PLAIN || actorType === NOT_PLAIN || complaintId === NOT_PLAIN || data === NOT_PLAIN || seq === NOT_PLAIN || type === NOT_PLAIN) {
    return canonicalJson(eventObject(e));
  }
  return `{"actor":{"id":${actorId},"type":${actorType}},"at":"${isoTime(e.occurredAt)}","complaintId":${complaintId},"data":${data},"seq":${seq},"type":${type},"v":1}`;
}
