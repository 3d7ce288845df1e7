/**
 * The fast RFC 8785 path (canonicalJson, canonicalEvent) must be byte-identical to the
 * `canonicalize` package for every input, because the log hashes these bytes: a single differing
 * byte would make the audit report an untouched event as changed. Random nested values from a
 * seeded generator (reproducible), biased towards the edges: unicode, control characters,
 * surrogate pairs and lone surrogates, numbers such as 1e21, -0, 0.1 and 5e-324, empty keys,
 * keys whose UTF-16 order differs from their code-point order, toJSON, undefined, Dates.
 */
import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/shared/seeded-random.js';
import { canonicalEvent, canonicalJson, type ComplaintEvent } from '../../src/complaints/complaint-event.js';


const PIECES = ['', 'a', 'Z', '0', '9', '10', ' ', '"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001e', '\u001f', '\u007f', '\u0080', 'é', 'ß', '\u2028', '\u2029', '手机号', '[手机号#1]', '投诉', '\uffff', '\ufeff', '😀', '\ud83d\ude00', '\ud800', '\udfff', 'e\u0301', '\u00e9', 'ｱ', '\uff61'];
const NUMBERS = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1e21, 1e-7, 1e-6, 123456789012345680000, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53 + 2, 1 / 3, -1e-300, 4.35, 333333333.3333333, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

function generator(seed: number) {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const str = (): string => Array.from({ length: Math.floor(r() * 4) }, () => pick(PIECES)).join('');
  const num = (): number => {
    if (r() < 0.5) return pick(NUMBERS);
    // Any double, from random bits (rarely NaN/Infinity).
    const b = new DataView(new ArrayBuffer(8));
    b.setUint32(0, Math.floor(r() * 2 ** 32));
    b.setUint32(4, Math.floor(r() * 2 ** 32));
    return b.getFloat64(0);
  };
  const value = (depth: number): unknown => {
    const k = r();
    if (depth > 4 || k < 0.3) {
      const leaf = r();
      if (leaf < 0.35) return str();
      if (leaf < 0.7) return num();
      if (leaf < 0.8) return r() < 0.5;
      if (leaf < 0.9) return null;
      if (leaf < 0.93) return undefined;
      if (leaf < 0.95) return new Date(Math.floor(r() * 4e12));
      if (leaf < 0.97) {
        const replaced = str(); // fixed, so the fast path and the reference see the same value
        return { toJSON: () => replaced };
      }
      if (leaf < 0.98) return BigInt(Math.floor(r() * 1000));
      return Object.assign([1, 'x'], { toJSON: () => 'replaced' });
    }
    if (k < 0.6) return Array.from({ length: Math.floor(r() * 5) }, () => value(depth + 1));
    const o: Record<string, unknown> = r() < 0.1 ? Object.create(null) : {};
    for (let i = Math.floor(r() * 6); i > 0; i--) o[str()] = value(depth + 1);
    return o;
  };
  return { value, str, num, r, pick };
}

/** The reference: the package's output, or 'throws' (undefined at the top also counts as not serialisable). */
function reference(v: unknown): string {
  try {
    return canonicalize(v) ?? 'throws';
  } catch {
    return 'throws';
  }
}

function fast(fn: () => string): string {
  try {
    return fn();
  } catch {
    return 'throws';
  }
}

describe('canonical JSON (RFC 8785) fast path', () => {
  it('equals the canonicalize package on 20,000 random nested values', () => {
    const g = generator(6);
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const v = g.value(0);
      const want = reference(v);
      if (want !== 'throws') plain++;
      expect(fast(() => canonicalJson(v)), `case ${i}: ${String(want)}`).toBe(want);
    }
    // The generator must exercise the fast path, not only the fallbacks.
    expect(plain).toBeGreaterThan(10_000);
  });

  it('equals the package on the edge cases RFC 8785 names', () => {
    const cases: unknown[] = [
      { '': 1, a: { '': [] } },
      { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' },
      { numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001, -0, 1e21, 1e20, 0.1] },
      { literals: [null, true, false], string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/' },
      [undefined, () => 1, Symbol('s')],
      { u: undefined, s: Symbol('s'), keep: 1 },
      '\ud800',
      { '\udc00': 1 },
      Number.NaN,
      new Date(0),
      Object.create(null),
    ];
    for (const v of cases) expect(fast(() => canonicalJson(v))).toBe(reference(v));
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(fast(() => canonicalJson(cyclic))).toBe('throws');
  });

  it('canonicalEvent equals the package on the reference event object for random events', () => {
    const g = generator(62);
    const actorTypes = ['consumer', 'staff', 'system'] as const;
    for (let i = 0; i < 5_000; i++) {
      const data = g.value(1);
      const e: Omit<ComplaintEvent, 'id'> = {
        complaintId: g.r() < 0.9 ? randomUUID() : g.str(),
        seq: g.r() < 0.9 ? 1 + Math.floor(g.r() * 1000) : g.num(),
        type: g.r() < 0.9 ? 'status_changed' : g.str(),
        actor: { type: g.pick(actorTypes), id: g.r() < 0.3 ? null : g.r() < 0.9 ? randomUUID() : g.str() },
        occurredAt: new Date(Math.floor(g.r() * 4e12)),
        data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : { value: data },
      };
      const want = reference({ v: 1, complaintId: e.complaintId, seq: e.seq, type: e.type, actor: { type: e.actor.type, id: e.actor.id }, at: e.occurredAt.toISOString(), data: e.data });
      expect(fast(() => canonicalEvent(e)), `event ${i}`).toBe(want);
    }
  });
});
