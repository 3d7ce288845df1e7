/**
 * Bucket → row lookup as a small open-addressing hash table. A dense 2^20-entry array per head
 * (4 MB) made every lookup a cache miss and four heads cost ~120 µs per complaint; a table sized
 * to twice the kept rows fits in cache. Key and row sit side by side in one array (slot s holds
 * key at 2s, row at 2s+1) so a hit touches one cache line instead of one in each of two arrays.
 */
export interface RowIndex {
  /** Interleaved [key, row] pairs; key -1 marks an empty slot. */
  slots: Int32Array;
  mask: number;
}

export function buildRowIndex(buckets: Int32Array): RowIndex {
  let cap = 16;
  while (cap < buckets.length * 2) cap *= 2;
  const slots = new Int32Array(cap * 2).fill(-1);
  const mask = cap - 1;
  buckets.forEach((b, i) => {
    let slot = Math.imul(b, 0x9e3779b1) >>> 0 & mask;
    while (slots[slot * 2] !== -1) slot = (slot + 1) & mask;
    slots[slot * 2] = b;
    slots[slot * 2 + 1] = i;
  });
  return { slots, mask };
}

/** Row of `bucket`, or -1 when the model keeps no weights for it. */
export function rowOf(index: RowIndex, bucket: number): number {
  const slots = index.slots;
  let slot = Math.imul(bucket, 0x9e3779b1) >>> 0 & index.mask;
  for (;;) {
    const k = slots[slot * 2] as number;
    if (k === bucket) return slots[slot * 2 + 1] as number;
    if (k === -1) return -1;
    slot = (slot + 1) & index.mask;
  }
}
