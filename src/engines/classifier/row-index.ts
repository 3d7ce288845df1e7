/**
 * Bucket → row lookup as a small open-addressing hash table. A dense 2^20-entry array per head
 * (4 MB) made every lookup a cache miss and four heads cost ~120 µs per complaint; a table sized
 * to twice the kept rows fits in cache.
 */
export interface RowIndex {
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
}

export function buildRowIndex(buckets: Int32Array): RowIndex {
  let cap = 16;
  while (cap < buckets.length * 2) cap *= 2;
  const keys = new Int32Array(cap).fill(-1);
  const rows = new Int32Array(cap);
  const mask = cap - 1;
  buckets.forEach((b, i) => {
    let slot = Math.imul(b, 0x9e3779b1) >>> 0 & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = b;
    rows[slot] = i;
  });
  return { keys, rows, mask };
}

/** Row of `bucket`, or -1 when the model keeps no weights for it. */
export function rowOf(index: RowIndex, bucket: number): number {
  let slot = Math.imul(bucket, 0x9e3779b1) >>> 0 & index.mask;
  for (;;) {
    const k = index.keys[slot] as number;
    if (k === bucket) return index.rows[slot] as number;
    if (k === -1) return -1;
    slot = (slot + 1) & index.mask;
  }
}
