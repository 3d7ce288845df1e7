import { seededRandom } from '../../../shared/seeded-random.js';

/** Seeded PRNG (mulberry32) so the evaluation corpus is identical on every run. */
export class Prng {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  next(): number {
    return this.random();
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Weight bands: [weight, items]. A band is drawn by weight, then an item uniformly inside it. */
export type Bands<T> = ReadonlyArray<readonly [number, readonly T[]]>;

export function weighted<T>(r: Prng, bands: Bands<T>): T {
  const total = bands.reduce((s, [w]) => s + w, 0);
  let x = r.next() * total;
  for (const [w, items] of bands) {
    if (x < w) return r.pick(items);
    x -= w;
  }
  return r.pick(bands[bands.length - 1]![1]);
}
