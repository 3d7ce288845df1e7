/**
 * The matches of one lexicon in one text, kept as offsets in a typed array rather than one object
 * per match: the shared scan finds ~10⁵ matches per MB of ordinary prose (surnames alone are one
 * character in sixteen), and those objects lived through a whole detectPii call, so every young-
 * generation collection copied them. The buffers are reused from text to text.
 */
export class MatchList<V> {
  length = 0;
  /** start, end of match i at 2i and 2i + 1. */
  private bounds = new Int32Array(128);
  /** Values are the lexicon's own (shared constants), so overwriting in place retains no input. */
  private readonly values: V[] = [];

  start(i: number): number {
    return this.bounds[2 * i] as number;
  }

  end(i: number): number {
    return this.bounds[2 * i + 1] as number;
  }

  value(i: number): V {
    return this.values[i] as V;
  }

  push(start: number, end: number, value: V): void {
    const at = 2 * this.length;
    if (at === this.bounds.length) {
      const grown = new Int32Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[at] = start;
    this.bounds[at + 1] = end;
    this.values[this.length] = value;
    this.length++;
  }

  /** Empties the list; after a very large text, also gives the grown buffer back. */
  clear(): void {
    this.length = 0;
    if (this.bounds.length > 1 << 16) {
      this.bounds = new Int32Array(128);
      this.values.length = 0;
    }
  }
}
