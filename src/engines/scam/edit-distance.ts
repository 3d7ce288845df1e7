/**
 * Bounded Levenshtein distance: stops as soon as the distance must exceed `max`, so comparing a
 * link against every registered domain stays cheap.
 */
export function editDistanceAtMost(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return null;
    prev = cur;
  }
  const d = prev[b.length] as number;
  return d <= max ? d : null;
}

/** Digit-for-letter swaps used in typosquats (0→o, 1→l, 3→e, 5→s, 8→b, rn→m), hyphens dropped. */
export function skeleton(label: string): string {
  return label
    .toLowerCase()
    .replaceAll('rn', 'm')
    .replace(/[013578-]/g, (c) => ({ '0': 'o', '1': 'l', '3': 'e', '5': 's', '7': 't', '8': 'b', '-': '' })[c] ?? c)
    .replace(/i/g, 'l');
}
