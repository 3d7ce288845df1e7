/**
 * Hashed sparse features. Every feature is a 32-bit hash folded into `2^hashBits` buckets, so
 * no vocabulary has to be stored and unseen text costs nothing extra. Values are
 * (1 + ln tf), L2-normalised per document so long and short complaints weigh alike.
 *
 * `extractInto` is the allocation-free path used at prediction time: it writes into a caller's
 * reusable scratch buffers. `extractTracked` also records where each feature came from, so an
 * explanation can name features (`featureNames`, `originName`) or keep only some kinds of them
 * (`narrowTracked`) without extracting twice. `extractFeatures` returns fresh arrays for training.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { FeatureConfig } from './classifier.types.js';
import { sortBuckets } from './radix-sort.js';
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

/**
 * Reusable buffers for `extractInto` and `extractTracked`; grown on demand, never shrunk.
 *
 * An origin says where a collected hash came from: a character n-gram of length n at offset i
 * of the normalised text is `8i + n`; the k-th collected label (word or shape name, kept in
 * `labels`) is `-(2k + 1)` for a word and `-(2k + 2)` for a shape feature.
 */
export interface FeatureScratch {
  /** Collected bucket ids; sorted once extraction returns. */
  hashes: Int32Array;
  ids: Int32Array;
  values: Float32Array;
  /** `extractTracked`: the origin of each collected hash, sorted along with the hashes. */
  origins: Int32Array;
  /** `extractTracked`: position in `hashes` of each id's first occurrence. */
  firsts: Int32Array;
  /** `extractTracked`: the words and shape names that negative origins point at. */
  labels: string[];
  /** `extractTracked`: how many hashes were collected (duplicates included). */
  collected: number;
}

export function createScratch(capacity = 1024): FeatureScratch {
  return {
    hashes: new Int32Array(capacity),
    ids: new Int32Array(capacity),
    values: new Float32Array(capacity),
    origins: new Int32Array(capacity),
    firsts: new Int32Array(capacity),
    labels: [],
    collected: 0,
  };
}

function ensureCapacity(scratch: FeatureScratch, need: number): void {
  if (scratch.hashes.length >= need) return;
  const cap = 2 ** Math.ceil(Math.log2(need));
  scratch.hashes = new Int32Array(cap);
  scratch.ids = new Int32Array(cap);
  scratch.values = new Float32Array(cap);
  scratch.origins = new Int32Array(cap);
  scratch.firsts = new Int32Array(cap);
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

/** Keeps a word or shape name for naming and returns its origin code. */
function labelOrigin(labels: string[], name: string, shape: boolean): number {
  labels.push(name);
  return -(2 * (labels.length - 1) + (shape ? 2 : 1));
}

/**
 * Collects every feature hash of `norm` (duplicates kept) into `scratch.hashes`, and with `track`
 * the origin of each into `scratch.origins`. Returns the count.
 */
function collect(norm: string, raw: string, config: FeatureConfig, scratch: FeatureScratch, track: boolean): number {
  const mask = (1 << config.hashBits) - 1;
  let maxN = 0;
  let wantedBits = 0;
  for (const n of config.charNgrams) {
    maxN = Math.max(maxN, n);
    wantedBits |= 1 << n;
  }
  const words = config.words && CJK.test(norm) ? segmenter().cut(norm, false) : undefined;
  const ascii = HAS_ASCII_LETTER.test(norm) ? norm.match(ASCII_WORD) : null;
  ensureCapacity(scratch, norm.length * config.charNgrams.length + (words?.length ?? 0) + (ascii?.length ?? 0) + 4);
  const out = scratch.hashes;
  const origins = scratch.origins;
  const labels = scratch.labels;
  labels.length = 0;
  let k = 0;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charCodeAt(i) === 32) continue;
    let h = SEED_CHAR;
    for (let n = 1; n <= maxN && i + n <= norm.length; n++) {
      const code = norm.charCodeAt(i + n - 1);
      if (code === 32) break;
      h = step(h, code);
      if ((wantedBits & (1 << n)) === 0) continue;
      // An offset, not a slice: only the first occurrence of a bucket is ever named.
      if (track) origins[k] = 8 * i + n;
      out[k++] = fmix(h) & mask;
    }
  }
  for (const w of ascii ?? []) {
    if (track) origins[k] = labelOrigin(labels, w, false);
    out[k++] = hashString(SEED_WORD, w) & mask;
  }
  for (const w of words ?? []) {
    // Single characters are already char unigrams; only multi-character words add signal.
    if (w.length < 2 || !hasCjk(w)) continue;
    if (track) origins[k] = labelOrigin(labels, w, false);
    out[k++] = hashString(SEED_WORD, w) & mask;
  }
  if (config.shape) {
    for (const f of shapeNames(raw, norm)) {
      if (track) origins[k] = labelOrigin(labels, f, true);
      out[k++] = hashShape(f) & mask;
    }
  }
  return k;
}

/** (1 + ln tf) per unique id, L2-normalised in place (`values` holds the counts on entry). */
function normalise(values: Float32Array, m: number): void {
  let norm2 = 0;
  for (let k = 0; k < m; k++) {
    const tf = values[k] as number;
    // ln 1 is exactly 0, and most features occur once: skip the logarithm for them.
    const v = tf === 1 ? 1 : 1 + Math.log(tf);
    values[k] = v;
    norm2 += v * v;
  }
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < m; k++) values[k] = (values[k] as number) * inv;
}

/**
 * Turns sorted hashes into unique ids with normalised values, and with `firsts` the position of
 * each id's first occurrence; returns the count.
 */
function countSorted(sorted: Int32Array, n: number, ids: Int32Array, values: Float32Array, firsts: Int32Array | undefined): number {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const id = sorted[k] as number;
    if (m > 0 && ids[m - 1] === id) {
      values[m - 1] = (values[m - 1] as number) + 1;
    } else {
      ids[m] = id;
      values[m] = 1;
      if (firsts) firsts[m] = k;
      m++;
    }
  }
  normalise(values, m);
  return m;
}

/**
 * Allocation-free extraction for text the caller already normalised: fills `scratch.ids` and
 * `scratch.values` (read them only up to the returned count; the buffers may be replaced when
 * they grow). Identical ids and values to `extractNormalizedFeatures`.
 */
export function extractInto(norm: string, raw: string, config: FeatureConfig, scratch: FeatureScratch): number {
  const n = collect(norm, raw, config, scratch, false);
  sortBuckets(scratch.hashes, n, config.hashBits);
  return countSorted(scratch.hashes, n, scratch.ids, scratch.values, undefined);
}

/** `extractInto`, also recording each feature's origin (see `FeatureScratch`). */
export function extractTracked(norm: string, raw: string, config: FeatureConfig, scratch: FeatureScratch): number {
  const n = collect(norm, raw, config, scratch, true);
  sortBuckets(scratch.hashes, n, config.hashBits, scratch.origins);
  scratch.collected = n;
  return countSorted(scratch.hashes, n, scratch.ids, scratch.values, scratch.firsts);
}

/** Name of the feature collected at `origin` by the last tracked extraction of `norm`. */
export function originName(norm: string, scratch: FeatureScratch, origin: number): string {
  if (origin > 0) {
    const n = origin & 7;
    const start = origin >> 3;
    return norm.slice(start, start + n);
  }
  const x = -origin - 1;
  const label = scratch.labels[x >> 1] ?? '';
  return (x & 1) === 0 ? `w:${label}` : label;
}

/** Names of the first `m` ids of the last tracked extraction of `norm`, each its first occurrence's. */
export function featureNames(norm: string, scratch: FeatureScratch, m: number): string[] {
  const names: string[] = [];
  for (let k = 0; k < m; k++) names.push(originName(norm, scratch, scratch.origins[scratch.firsts[k] as number] as number));
  return names;
}

/**
 * Keeps, of the last tracked extraction in `from`, the character n-grams of the orders in
 * `charNgrams` and the words, plus the shape features when `shape`: writes into `into` the ids
 * and values a tracked extraction of the same text under that narrower configuration would give
 * (kinds of feature never interact, and the stable sort keeps each survivor's first occurrence
 * first), with each id's first origin in `into.origins`. Returns the count.
 */
export function narrowTracked(from: FeatureScratch, charNgrams: readonly number[], shape: boolean, into: FeatureScratch): number {
  const n = from.collected;
  ensureCapacity(into, n);
  let wanted = 0;
  for (const g of charNgrams) wanted |= 1 << g;
  const { ids, values, origins } = into;
  let m = 0;
  for (let k = 0; k < n; k++) {
    const o = from.origins[k] as number;
    if (o > 0 ? (wanted & (1 << (o & 7))) === 0 : !shape && ((-o - 1) & 1) === 1) continue;
    const id = from.hashes[k] as number;
    if (m > 0 && ids[m - 1] === id) {
      values[m - 1] = (values[m - 1] as number) + 1;
    } else {
      ids[m] = id;
      values[m] = 1;
      origins[m] = o;
      m++;
    }
  }
  normalise(values, m);
  return m;
}

const trainingScratch = createScratch();

/**
 * Same as `extractFeatures` for text the caller already normalised (lets triage convert
 * Traditional → Simplified once for both the features and the urgent rules). `raw` feeds the
 * shape features, which look at the original punctuation.
 */
export function extractNormalizedFeatures(norm: string, raw: string, config: FeatureConfig, withNames = false): FeatureVector {
  const m = withNames ? extractTracked(norm, raw, config, trainingScratch) : extractInto(norm, raw, config, trainingScratch);
  const x: FeatureVector = { ids: trainingScratch.ids.slice(0, m), values: trainingScratch.values.slice(0, m) };
  if (withNames) x.names = featureNames(norm, trainingScratch, m);
  return x;
}
