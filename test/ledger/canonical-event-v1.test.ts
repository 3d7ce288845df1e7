/**
 * canonicalEvent's bytes are what the log hashes, so a faster serialiser must produce exactly what
 * the previous one did, for every event: logged entries would otherwise stop matching their event
 * rows in the audit. Compared against a frozen copy of the previous function (and the RFC 8785
 * package) on 30,000 seeded random events: realistic shapes (masked Chinese text, ids, nested
 * before/after, arrays, numbers, keys in any order) and hostile ones (quotes, backslashes,
 * control characters, U+2028, surrogate pairs and lone surrogates, dates outside four-digit
 * years, invalid dates, Date subclasses).
 */
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/shared/seeded-random.js';
import { canonicalEvent, type ComplaintEvent } from '../../src/complaints/complaint-event.js';
import { canonicalEventV1 } from './canonical-event-v1.fixture.js';

type Event = Omit<ComplaintEvent, 'id'>;

const TEXT = ['', '已调取扣款流水核对', '客户[手机号#1]来电说明情况。', '[姓名#2]', 'a', 'Z', '0', '10', ' ', '"', '\\', '/', '\b', '\n', '\t', '\u0000', '\u001e', '\u001f', '\u007f', '\u2028', 'é', '😀', '\ud83d', '\ude00', '\ufeff', 'ｱ'];
const KEYS = ['from', 'to', 'note', 'action', 'reason', 'queue', 'sha256', 'size', 'mediaType', 'filename', 'before', 'after', 'facts', 'level', 'pausedMs', 'dueAt', 'of', 'body', 'messageId', 'a', 'B', '1', '10', '', 'é', '😀', '\ud800'];
const ACTORS = ['consumer', 'staff', 'system'] as const;

function generator(seed: number) {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  // Mostly text a real event carries; one string in ten gets a hostile piece.
  const str = (): string => (r() < 0.9 ? Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TEXT.slice(0, 5))).join('') : Array.from({ length: Math.floor(r() * 4) }, () => pick(TEXT)).join(''));
  const leaf = (): unknown => {
    const k = r();
    if (k < 0.5) return str();
    if (k < 0.65) return Math.floor(r() * 1e6);
    if (k < 0.72) return pick([0, -0, 0.1, 1e21, 5e-324, -1.5, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY]);
    if (k < 0.8) return r() < 0.5;
    if (k < 0.88) return null;
    if (k < 0.9) return undefined;
    if (k < 0.95) return uuid();
    return new Date(Math.floor(r() * 4e12)).toISOString();
  };
  const value = (depth: number): unknown => {
    const k = r();
    if (depth > 2 || k < 0.75) return leaf();
    if (k < 0.87) return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
    return object(depth + 1);
  };
  const object = (depth: number): Record<string, unknown> => {
    const o: Record<string, unknown> = r() < 0.03 ? Object.create(null) : {};
    for (let i = Math.floor(r() * 6); i > 0; i--) o[r() < 0.85 ? pick(KEYS.slice(0, 19)) : pick(KEYS)] = value(depth);
    return o;
  };
  const time = (): Date => {
    const k = r();
    if (k < 0.85) return new Date(1.6e12 + Math.floor(r() * 3e11));
    if (k < 0.9) return new Date(pick([0, -1, 999, 253402300799999, 253402300800000, -62135596800000, -62135596800001, -8.64e15, 8.64e15]));
    if (k < 0.93) return new Date(Number.NaN);
    if (k < 0.96) {
      // A subclass decides its own ISO form; the fast path must defer to it.
      class Shifted extends Date {
        override toISOString(): string {
          return 'shifted';
        }
      }
      return new Shifted(1.7e12);
    }
    return new Date(Math.floor((r() - 0.5) * 1.6e16));
  };
  const event = (): Event => ({
    complaintId: r() < 0.95 ? uuid() : str(),
    seq: r() < 0.95 ? 1 + Math.floor(r() * 200) : (leaf() as number),
    type: r() < 0.95 ? pick(['status_changed', 'attachment_added', 'message_added', 'escalated', 'facts_added']) : str(),
    actor: { type: pick(ACTORS), id: r() < 0.3 ? null : r() < 0.95 ? uuid() : str() },
    occurredAt: time(),
    data: object(1),
  });
  return { event };
}

function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (err) {
    return `throws ${(err as Error).constructor.name}`;
  }
}

describe('canonicalEvent is byte-identical to the previous serialiser', () => {
  it('on 30,000 random events, and to the RFC 8785 package', () => {
    const g = generator(2026);
    let serialised = 0;
    // Plain comparisons, one expect at the end: an expect per event made this minutes on a busy machine.
    const mismatches: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const e = g.event();
      const want = outcome(() => canonicalEventV1(e));
      const got = outcome(() => canonicalEvent(e));
      if (got !== want) mismatches.push(`event ${i}: ${got} !== ${want}`);
      if (want.startsWith('throws')) continue;
      serialised++;
      if (e.occurredAt.toISOString() === 'shifted') continue;
      const ref = canonicalize({ v: 1, complaintId: e.complaintId, seq: e.seq, type: e.type, actor: { type: e.actor.type, id: e.actor.id }, at: e.occurredAt.toISOString(), data: e.data });
      if (got !== ref) mismatches.push(`event ${i}: ${got} !== RFC 8785 ${String(ref)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Most events must be serialisable, so the fast paths are what is compared.
    expect(serialised).toBeGreaterThan(20_000);
  }, 120_000);

  it('on every millisecond and field width of the ISO timestamp', () => {
    const base = Date.UTC(2026, 0, 1, 0, 0, 0, 0);
    const times = [base, base + 9, base + 10, base + 99, base + 100, base + 999, Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2000, 1, 29, 12, 5, 7, 3), Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
    for (let t = 0; t < 1000; t++) times.push(base + t * 86_399_001);
    for (const t of times) {
      const e: Event = { complaintId: 'c', seq: 1, type: 't', actor: { type: 'system', id: null }, occurredAt: new Date(t), data: {} };
      expect(canonicalEvent(e)).toBe(canonicalEventV1(e));
    }
  });
});
