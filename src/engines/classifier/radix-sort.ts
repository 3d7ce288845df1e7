/**
 * Stable ascending sort of hash buckets (below 2^hashBits), optionally carrying a parallel
 * payload. A typed-array sort cost ~10 µs for a complaint's ~200 hashes and a comparator sort
 * of an index permutation more, so this is an LSD radix sort over 7-bit digits (3 passes at 20
 * bits) whose digit histograms all come from one counting pass; tiny inputs use insertion sort.
 * Stable, so equal buckets keep their collection order: the first of them is the first
 * collected, which is how features keep the name of their first occurrence.
 */
const RADIX_BITS = 7;
const DIGITS = 1 << RADIX_BITS;
const DIGIT_MASK = DIGITS - 1;
/** Below this many keys insertion sort beats three passes over 128 buckets. */
const INSERTION_MAX = 48;

let keyTmp = new Int32Array(1024);
let payloadTmp = new Int32Array(1024);
/** One 128-bucket histogram per digit; 24 bits (the largest hashing space) need 4 digits, 28 fit. */
const counts = new Int32Array(4 * DIGITS);

function insertionSort(keys: Int32Array, n: number, payload: Int32Array | undefined): void {
  for (let i = 1; i < n; i++) {
    const v = keys[i] as number;
    const p = payload ? (payload[i] as number) : 0;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > v) {
      keys[j + 1] = keys[j] as number;
      if (payload) payload[j + 1] = payload[j] as number;
      j--;
    }
    keys[j + 1] = v;
    if (payload) payload[j + 1] = p;
  }
}

/** Sorts `keys[0..n)` ascending in place, moving `payload[0..n)` along when given. */
export function sortBuckets(keys: Int32Array, n: number, hashBits: number, payload?: Int32Array): void {
  if (n < INSERTION_MAX) {
    insertionSort(keys, n, payload);
    return;
  }
  const passes = Math.ceil(hashBits / RADIX_BITS);
  if (keyTmp.length < n) {
    keyTmp = new Int32Array(2 ** Math.ceil(Math.log2(n)));
    payloadTmp = new Int32Array(keyTmp.length);
  }
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    // All four digit histograms at once (digits past `passes` are counted and never used).
    const v = keys[i] as number;
    const d0 = v & DIGIT_MASK;
    const d1 = DIGITS + ((v >>> RADIX_BITS) & DIGIT_MASK);
    const d2 = 2 * DIGITS + ((v >>> (2 * RADIX_BITS)) & DIGIT_MASK);
    const d3 = 3 * DIGITS + ((v >>> (3 * RADIX_BITS)) & DIGIT_MASK);
    counts[d0] = (counts[d0] as number) + 1;
    counts[d1] = (counts[d1] as number) + 1;
    counts[d2] = (counts[d2] as number) + 1;
    counts[d3] = (counts[d3] as number) + 1;
  }
  let src: Int32Array = keys;
  let dst: Int32Array = keyTmp;
  let srcPay: Int32Array | undefined = payload;
  let dstPay: Int32Array | undefined = payload ? payloadTmp : undefined;
  for (let p = 0; p < passes; p++) {
    const base = p * DIGITS;
    // A digit every key shares moves nothing.
    if (counts[base + (((src[0] as number) >>> (p * RADIX_BITS)) & DIGIT_MASK)] === n) continue;
    let sum = 0;
    for (let d = base; d < base + DIGITS; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    const shift = p * RADIX_BITS;
    if (srcPay && dstPay) {
      for (let i = 0; i < n; i++) {
        const v = src[i] as number;
        const at = base + ((v >>> shift) & DIGIT_MASK);
        const to = counts[at] as number;
        counts[at] = to + 1;
        dst[to] = v;
        dstPay[to] = srcPay[i] as number;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = src[i] as number;
        const at = base + ((v >>> shift) & DIGIT_MASK);
        const to = counts[at] as number;
        counts[at] = to + 1;
        dst[to] = v;
      }
    }
    const t = src;
    src = dst;
    dst = t;
    const tp = srcPay;
    srcPay = dstPay;
    dstPay = tp;
  }
  if (src !== keys) {
    keys.set(src.subarray(0, n));
    if (payload && srcPay) payload.set(srcPay.subarray(0, n));
  }
}
