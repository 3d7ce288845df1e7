/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units. One pass over the text finds every
 * cue of every lexicon, so analysis stays linear in the text length (100 KB pastes) however many
 * cues there are, which a loop of regexes would not.
 */
export interface AcMatch<T> {
  value: T;
  start: number;
  end: number;
}

interface Node<T> {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here, including those inherited through fail links. */
  out: Array<{ value: T; length: number }>;
}

export class AhoCorasick<T> {
  private readonly nodes: Array<Node<T>> = [{ next: new Map(), fail: 0, out: [] }];
  /**
   * The root's transitions by code unit (-1: none). Scanning spends most characters at the root,
   * and an array read there is several times cheaper than a Map lookup.
   */
  private readonly rootNext = new Int32Array(0x10000).fill(-1);

  constructor(patterns: Iterable<readonly [string, T]>) {
    for (const [pattern, value] of patterns) {
      if (pattern.length === 0) continue;
      let cur = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        const node = this.nodes[cur] as Node<T>;
        let nxt = node.next.get(c);
        if (nxt === undefined) {
          nxt = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          node.next.set(c, nxt);
        }
        cur = nxt;
      }
      (this.nodes[cur] as Node<T>).out.push({ value, length: pattern.length });
    }
    this.buildFailLinks();
    for (const [c, child] of (this.nodes[0] as Node<T>).next) this.rootNext[c] = child;
  }

  /** The transition from `node` on code unit `c`, or -1. */
  private step(node: number, c: number): number {
    return node === 0 ? (this.rootNext[c] as number) : ((this.nodes[node] as Node<T>).next.get(c) ?? -1);
  }

  private buildFailLinks(): void {
    const queue: number[] = [];
    for (const child of (this.nodes[0] as Node<T>).next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const id = queue[qi] as number;
      const node = this.nodes[id] as Node<T>;
      for (const [c, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !(this.nodes[f] as Node<T>).next.has(c)) f = (this.nodes[f] as Node<T>).fail;
        const target = (this.nodes[f] as Node<T>).next.get(c);
        const childNode = this.nodes[child] as Node<T>;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...(this.nodes[childNode.fail] as Node<T>).out);
        queue.push(child);
      }
    }
  }

  /** All (possibly overlapping) matches, in order of their end position. */
  findAll(text: string): Array<AcMatch<T>> {
    const found: Array<AcMatch<T>> = [];
    let cur = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let nxt = this.step(cur, c);
      while (nxt === -1 && cur !== 0) {
        cur = (this.nodes[cur] as Node<T>).fail;
        nxt = this.step(cur, c);
      }
      cur = nxt === -1 ? 0 : nxt;
      for (const o of (this.nodes[cur] as Node<T>).out) found.push({ value: o.value, start: i + 1 - o.length, end: i + 1 });
    }
    return found;
  }
}
