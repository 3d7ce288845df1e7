/**
 * Likely-duplicate detection: Jaccard similarity of character bigrams, which works on Chinese
 * without segmentation and tolerates small rewordings of the same complaint.
 */
function bigrams(text: string): Set<string> {
  const clean = text.replace(/[\s\p{P}]+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

export const DUPLICATE_THRESHOLD = 0.45;
