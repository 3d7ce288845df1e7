/**
 * The features that pushed one head most toward one of its labels, for explanations: weight ×
 * value, positive contributions only, strongest first, ties by name — the list `topFeaturesOf`
 * gives — for features still in extraction scratch buffers. Rows come from the merged scorer
 * (a bucket the head lacks weighs 0 there, so it contributes nothing either way), and a feature
 * is only named once it can still make the list, instead of naming all ~200 up front.
 */
import { rowOfBucket, weightAt, type MergedScorer } from './merged-scorer.js';

interface Ranked {
  v: number;
  name: string;
}

/** `topFeaturesOf`'s order: by contribution, then by name. Names are unique per bucket. */
const before = (a: Ranked, b: Ranked): number => b.v - a.v || (a.name < b.name ? -1 : 1);

/**
 * Top `k` of the first `m` features (`ids`, `values`) toward `label` of `head`; `nameOf(j)` names
 * feature j. Every ordering decision is the comparator's, so the list equals sorting all positive
 * contributions and taking the first `k`.
 */
export function topFeatures<H extends string>(s: MergedScorer<H>, head: H, label: number, ids: Int32Array, values: Float32Array, m: number, nameOf: (j: number) => string, k: number): string[] {
  const column = s.heads[head].offset + label;
  const top: Ranked[] = [];
  if (k <= 0) return top.map((f) => f.name);
  for (let j = 0; j < m; j++) {
    const r = rowOfBucket(s.index, ids[j] as number);
    if (r < 0) continue;
    const v = weightAt(s, r, column) * (values[j] as number);
    // Strictly weaker than a full list's last entry: it cannot enter, so it is never named.
    if (!(v > 0) || (top.length === k && v < (top[k - 1] as Ranked).v)) continue;
    const item = { v, name: nameOf(j) };
    let at = top.length;
    while (at > 0 && before(item, top[at - 1] as Ranked) < 0) at--;
    if (at >= k) continue;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top.map((f) => f.name);
}
