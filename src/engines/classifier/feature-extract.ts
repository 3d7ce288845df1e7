/**
 * Hashed sparse features. Every feature is a 32-bit hash folded into `2^hashBits` buckets, so
 * no vocabulary has to be stored and unseen text costs nothing extra. Values are
 * (1 + ln tf), L2-normalised per document so long and short complaints weigh alike.
 *
 * `extractInto` is the allocation-free path used at prediction time: it writes into a caller's
 * reusable scratch buffers. `extractFeatures` wraps it and returns fresh arrays for training.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { FeatureConfig } from './classifier.types.js';
import { normalizeText } from './text-normalize.js';

export const DEFAULT_FEATURES: FeatureConfig = { hashBits: 20, charNgrams: [1, 2, 3], words: true, shape: true };

/** Kinds seed the hash so a character unigram never shares a bucket by design with a word. */
const SEED_CHAR = 0x811c9dc5;
const SEED_WORD = 0x01000193;
const SEED_SHAPE = 0x5bd1e995;

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  // Loading the dictionary takes ~100 ms: only pay it when word features are used.
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return fmix(h);
}

export interface FeatureVector {
  /** Bucket ids, ascending and unique. */
  ids: Int32Array;
  values: Float32Array;
  /** Human-readable name per id (only when requested: building names costs time). */
  names?: string[];
}

/** Reusable buffers for `extractInto`; grown on demand, never shrunk. */
export interface FeatureScratch {
  hashes: Int32Array;
  ids: Int32Array;
  values: Float32Array;
}

export function createScratch(capacity = 1024): FeatureScratch {
  return { hashes: new Int32Array(capacity), ids: new Int32Array(capacity), values: new Float32Array(capacity) };
}

const ASCII_WORD = /[a-z][a-z']+/g;
const HAS_ASCII_LETTER = /[a-z]/;
const CJK = /[\u3400-\u9fff]/;

/** Same test as `CJK.test(s)` without a regex call per jieba word (~50 per complaint). */
function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

/** Shape feature names in a fixed order; their hashes are computed once. */
const LEN_NAMES = ['len:xs', 'len:s', 'len:m', 'len:l', 'len:xl'];
const PUNCT_NAMES = ['punct:none', 'punct:sparse', 'punct:normal'];
const EXCL_NAMES = ['excl:0', 'excl:1', 'excl:2'];
const QUEST_NAMES = ['quest:0', 'quest:1', 'quest:2'];
const shapeHash = new Map<string, number>();
function hashShape(name: string): number {
  let h = shapeHash.get(name);
  if (h === undefined) {
    h = hashString(SEED_SHAPE, name);
    shapeHash.set(name, h);
  }
  return h;
}

function isPunct(c: number): boolean {
  // , . ! ? ; : and their CJK forms ，。！？；：、 (full-width ASCII is already half-width here).
  return c === 44 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 0xff0c || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a || c === 0x3001;
}

/** Length / punctuation / exclamation / question shape of a complaint, as feature names. */
function shapeNames(raw: string, norm: string): string[] {
  const len = norm.length;
  let punct = 0;
  for (let i = 0; i < len; i++) if (isPunct(norm.charCodeAt(i))) punct++;
  let excl = 0;
  let quest = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 33 || c === 0xff01) excl++;
    else if (c === 63 || c === 0xff1f || c === 0x5417) quest++;
  }
  return [
    LEN_NAMES[len < 15 ? 0 : len < 40 ? 1 : len < 90 ? 2 : len < 180 ? 3 : 4] as string,
    PUNCT_NAMES[punct === 0 ? 0 : len / punct > 40 ? 1 : 2] as string,
    EXCL_NAMES[Math.min(excl, 2)] as string,
    QUEST_NAMES[Math.min(quest, 2)] as string,
  ];
}

/** Extracts the hashed feature vector of `text` under `config`. */
export function extractFeatures(text: string, config: FeatureConfig, withNames = false): FeatureVector {
  return extractNormalizedFeatures(normalizeText(text), text, config, withNames);
}

/**
 * Names of collected features, recorded cheaply: a char n-gram as (start, length) in `norm`,
 * anything else (words, shape) as (-1, index into `labels`). Strings are built afterwards for
 * the first occurrence of each bucket only, instead of one slice per n-gram.
 */
class NameRecorder {
  readonly spans: number[] = [];
  readonly labels: string[] = [];
  label(name: string): void {
    this.spans.push(-1, this.labels.length);
    this.labels.push(name);
  }
  nameAt(norm: string, k: number): string {
    const start = this.spans[2 * k] as number;
    const second = this.spans[2 * k + 1] as number;
    return start < 0 ? (this.labels[second] ?? '') : norm.slice(start, start + second);
  }
}

/**
 * Collects every feature hash of `norm` (duplicates kept) into `scratch.hashes`, and the name of
 * each when `names` is given. Returns the count.
 */
function collect(norm: string, raw: string, config: FeatureConfig, scratch: FeatureScratch, names: NameRecorder | undefined): number {
  const mask = (1 << config.hashBits) - 1;
  let maxN = 0;
  let wantedBits = 0;
  for (const n of config.charNgrams) {
    maxN = Math.max(maxN, n);
    wantedBits |= 1 << n;
  }
  const words = config.words && CJK.test(norm) ? segmenter().cut(norm, false) : undefined;
  const ascii = HAS_ASCII_LETTER.test(norm) ? norm.match(ASCII_WORD) : null;
  const need = norm.length * config.charNgrams.length + (words?.length ?? 0) + (ascii?.length ?? 0) + 4;
  if (scratch.hashes.length < need) {
    const cap = 2 ** Math.ceil(Math.log2(need));
    scratch.hashes = new Int32Array(cap);
    scratch.ids = new Int32Array(cap);
    scratch.values = new Float32Array(cap);
  }
  const out = scratch.hashes;
  let k = 0;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charCodeAt(i) === 32) continue;
    let h = SEED_CHAR;
    for (let n = 1; n <= maxN && i + n <= norm.length; n++) {
      const code = norm.charCodeAt(i + n - 1);
      if (code === 32) break;
      h = step(h, code);
      if ((wantedBits & (1 << n)) === 0) continue;
      out[k++] = fmix(h) & mask;
      // A span, not a slice: only the first occurrence of each bucket is ever named.
      names?.spans.push(i, n);
    }
  }
  for (const w of ascii ?? []) {
    out[k++] = hashString(SEED_WORD, w) & mask;
    names?.label(`w:${w}`);
  }
  for (const w of words ?? []) {
    // Single characters are already char unigrams; only multi-character words add signal.
    if (w.length < 2 || !hasCjk(w)) continue;
    out[k++] = hashString(SEED_WORD, w) & mask;
    names?.label(`w:${w}`);
  }
  if (config.shape) {
    for (const f of shapeNames(raw, norm)) {
      out[k++] = hashShape(f) & mask;
      names?.label(f);
    }
  }
  return k;
}

/** Turns sorted hashes into unique ids with L2-normalised (1 + ln tf) values; returns the count. */
function countSorted(sorted: ArrayLike<number>, n: number, ids: Int32Array, values: Float32Array): number {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const id = sorted[k] as number;
    if (m > 0 && ids[m - 1] === id) {
      values[m - 1] = (values[m - 1] as number) + 1;
    } else {
      ids[m] = id;
      values[m] = 1;
      m++;
    }
  }
  let norm2 = 0;
  for (let k = 0; k < m; k++) {
    const v = 1 + Math.log(values[k] as number);
    values[k] = v;
    norm2 += v * v;
  }
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < m; k++) values[k] = (values[k] as number) * inv;
  return m;
}

/**
 * Allocation-free extraction for text the caller already normalised: fills `scratch.ids` and
 * `scratch.values` (read them only up to the returned count; the buffers may be replaced when
 * they grow). Identical ids and values to `extractNormalizedFeatures`.
 */
export function extractInto(norm: string, raw: string, config: FeatureConfig, scratch: FeatureScratch): number {
  const n = collect(norm, raw, config, scratch, undefined);
  sortBuckets(scratch.hashes, n, config.hashBits);
  return countSorted(scratch.hashes, n, scratch.ids, scratch.values);
}

const RADIX_BITS = 7;
let radixTmp = new Int32Array(1024);
const radixCount = new Int32Array(1 << RADIX_BITS);

/**
 * Sorts `a[0..n)` ascending (same result as `a.subarray(0, n).sort()`): bucket ids are below
 * 2^hashBits, so an LSD radix sort over 7-bit digits (3 passes at 20 bits) replaces the typed
 * array sort, which cost ~10 µs for a complaint's ~200 hashes. Tiny inputs use insertion sort.
 * Stable, so callers may rely on equal keys keeping their order.
 */
export function sortBuckets(a: Int32Array, n: number, hashBits: number): void {
  if (n < 48) {
    for (let i = 1; i < n; i++) {
      const v = a[i] as number;
      let j = i - 1;
      while (j >= 0 && (a[j] as number) > v) {
        a[j + 1] = a[j] as number;
        j--;
      }
      a[j + 1] = v;
    }
    return;
  }
  if (radixTmp.length < n) radixTmp = new Int32Array(2 ** Math.ceil(Math.log2(n)));
  let src: Int32Array = a;
  let dst: Int32Array = radixTmp;
  const digitMask = (1 << RADIX_BITS) - 1;
  for (let shift = 0; shift < hashBits; shift += RADIX_BITS) {
    const count = radixCount;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((src[i] as number) >>> shift) & digitMask;
      count[d] = (count[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d <= digitMask; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = src[i] as number;
      const d = (v >>> shift) & digitMask;
      dst[count[d] as number] = v;
      count[d] = (count[d] as number) + 1;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src.subarray(0, n));
}

const trainingScratch = createScratch();

/**
 * Same as `extractFeatures` for text the caller already normalised (lets triage convert
 * Traditional → Simplified once for both the features and the urgent rules). `raw` feeds the
 * shape features, which look at the original punctuation.
 */
export function extractNormalizedFeatures(norm: string, raw: string, config: FeatureConfig, withNames = false): FeatureVector {
  if (!withNames) {
    const m = extractInto(norm, raw, config, trainingScratch);
    return { ids: trainingScratch.ids.slice(0, m), values: trainingScratch.values.slice(0, m) };
  }
  const names = new NameRecorder();
  const n = collect(norm, raw, config, trainingScratch, names);
  const hashes = trainingScratch.hashes;
  // A stable sort of a permutation, so each id keeps the name of its first occurrence.
  const order = sortedOrder(hashes, n, config.hashBits);
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[k] = hashes[order[k] as number] as number;
  const ids = new Int32Array(n);
  const values = new Float32Array(n);
  const m = countSorted(sorted, n, ids, values);
  const outNames: string[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) outNames.push(names.nameAt(norm, order[k] as number));
  return { ids: ids.slice(0, m), values: values.slice(0, m), names: outNames };
}

/**
 * Indices 0..n-1 ordered by `hashes[i]`, ties by index: the order of
 * `indices.sort((a, b) => hashes[a] - hashes[b] || a - b)` from a stable LSD radix sort, without
 * a comparator call per pair (the explanation path sorted ~600 entries that way per message).
 */
function sortedOrder(hashes: Int32Array, n: number, hashBits: number): Int32Array {
  let src = new Int32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  let dst = new Int32Array(n);
  const digitMask = (1 << RADIX_BITS) - 1;
  for (let shift = 0; shift < hashBits; shift += RADIX_BITS) {
    const count = radixCount;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((hashes[src[i] as number] as number) >>> shift) & digitMask;
      count[d] = (count[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d <= digitMask; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = src[i] as number;
      const d = ((hashes[at] as number) >>> shift) & digitMask;
      dst[count[d] as number] = at;
      count[d] = (count[d] as number) + 1;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
