/**
 * Traditional → Simplified conversion with exactly the output of opencc-js's
 * `Converter({ from, to: 'cn' })`: the same dictionaries loaded the same way (a group's first
 * dictionary wins), the same normalisation, phrase segmentation and conversion chain, the same
 * longest match by code point and the same ideographic-description-sequence rule.
 *
 * Why not opencc-js itself: it costs ~10 µs per message (more than a whole classification),
 * because each of its four tries allocates a match object and reads a Map at every character.
 * Here a character no dictionary key starts with — most characters of most texts — is passed
 * over with one typed-array read, and text a trie leaves unchanged is returned as it came, not
 * rebuilt from pieces. `t2s-converter.test.ts` compares both on corpora and random strings.
 */
import { Locale } from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/t2cn';

interface TrieNode {
  next: Map<number, TrieNode>;
  value: string | undefined;
}

/** The opencc-js config shape at runtime; its type declarations omit `normalizationChain`. */
interface T2sConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Ideographic description characters (⿰…⿿) and how many components each takes. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

const codePointLength = (s: string, i: number): number => ((s.codePointAt(i) as number) > 0xffff ? 2 : 1);

/** End of the description sequence starting at `i`, or 0 when none starts there (opencc-js's rule). */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) as number);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + codePointLength(s, end);
  }
  return end;
}

/** How far an unmatched position advances: a whole description sequence, else one code point. */
function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/** Loads a dictionary group the way opencc-js does: later dictionaries first, so the first wins. */
function loadGroup(group: DictGroup): TrieNode {
  const root: TrieNode = { next: new Map(), value: undefined };
  const add = (source: string, replacement: string): void => {
    let node = root;
    for (const ch of source) {
      const cp = ch.codePointAt(0) as number;
      let next = node.next.get(cp);
      if (next === undefined) {
        next = { next: new Map(), value: undefined };
        node.next.set(cp, next);
      }
      node = next;
    }
    node.value = replacement;
  };
  for (const dict of [...group].reverse()) {
    if (typeof dict !== 'string') {
      for (const [source, replacement] of dict) add(source, replacement);
      continue;
    }
    for (const line of dict.split('|')) {
      const [source, replacement] = line.split(' ');
      if (source === undefined || replacement === undefined) throw new TypeError('opencc dictionary entry without a replacement');
      add(source, replacement);
    }
  }
  return root;
}

/**
 * The trie flattened into arrays: the root's children are indexed by UTF-16 unit (most
 * characters start no key, and that is one read), deeper children are sorted code-point lists.
 * Node 0 is "none".
 */
class Trie {
  /** Root child per unit below U+10000. */
  private readonly first = new Int32Array(0x10000);
  private readonly firstAstral = new Map<number, number>();
  /** Children of node x: `kidCp`/`kidNode` from `kidStart[x]` to `kidStart[x + 1]`, by code point. */
  private readonly kidStart: Int32Array;
  private readonly kidCp: Int32Array;
  private readonly kidNode: Int32Array;
  private readonly values: Array<string | undefined> = [undefined];
  /** Replacement of the last successful `match`. */
  private matched = '';

  constructor(group: DictGroup) {
    const root = loadGroup(group);
    // Breadth-first numbering, so each node's children get consecutive ids and slots.
    const order: TrieNode[] = [root];
    const ids = new Map<TrieNode, number>([[root, 0]]);
    for (let q = 0; q < order.length; q++) {
      for (const child of (order[q] as TrieNode).next.values()) {
        ids.set(child, order.length);
        order.push(child);
      }
    }
    this.kidStart = new Int32Array(order.length + 1);
    this.kidCp = new Int32Array(order.length);
    this.kidNode = new Int32Array(order.length);
    let slot = 0;
    order.forEach((node, id) => {
      if (id > 0) this.values.push(node.value);
      this.kidStart[id] = slot;
      for (const [cp, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
        const childId = ids.get(child) as number;
        if (id === 0) {
          if (cp <= 0xffff) this.first[cp] = childId;
          else this.firstAstral.set(cp, childId);
        }
        this.kidCp[slot] = cp;
        this.kidNode[slot] = childId;
        slot++;
      }
    });
    this.kidStart[order.length] = slot;
  }

  /**
   * True when no match can start at `i`: the unit starts no key, is not the first half of an
   * astral character, and starts no description sequence, so it is passed over alone.
   */
  private passes(c: number): boolean {
    return this.first[c] === 0 && !isHighSurrogate(c) && idsArity(c) === 0;
  }

  private child(node: number, cp: number): number {
    let lo = this.kidStart[node] as number;
    let hi = this.kidStart[node + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.kidCp[mid] as number;
      if (c === cp) return this.kidNode[mid] as number;
      if (c < cp) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** End of the longest key at `i` (its replacement in `matched`), or 0. */
  private match(s: string, i: number): number {
    let end = 0;
    let node = 0;
    for (let j = i; j < s.length; ) {
      const cp = s.codePointAt(j) as number;
      j += cp > 0xffff ? 2 : 1;
      const next = node !== 0 ? this.child(node, cp) : cp <= 0xffff ? (this.first[cp] as number) : (this.firstAstral.get(cp) ?? 0);
      if (next === 0) break;
      node = next;
      const value = this.values[node];
      if (value !== undefined) {
        end = j;
        this.matched = value;
      }
    }
    return end;
  }

  convert(s: string): string {
    let out = '';
    let last = 0;
    for (let i = 0; i < s.length; ) {
      if (this.passes(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = this.match(s, i);
      if (end > 0) {
        out += s.slice(last, i) + this.matched;
        i = end;
        last = end;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    return last === 0 ? s : out + s.slice(last);
  }

  /** Matched keys and the unmatched runs between them, in order. */
  segment(s: string): string[] {
    const out: string[] = [];
    let run = -1;
    for (let i = 0; i < s.length; ) {
      const end = this.passes(s.charCodeAt(i)) ? 0 : this.match(s, i);
      if (end === 0) {
        if (run < 0) run = i;
        i += unmatchedLength(s, i);
        continue;
      }
      if (run >= 0) out.push(s.slice(run, i));
      run = -1;
      out.push(s.slice(i, end));
      i = end;
    }
    if (run >= 0) out.push(s.slice(run));
    return out;
  }
}

/** A converter equal to opencc-js `Converter({ from, to: 'cn' })` for Taiwan input. */
export function t2sConverter(from: 'tw' | 'twp'): (text: string) => string {
  const config = Locale.configs[from === 'twp' ? 'tw2sp' : 'tw2s'] as T2sConfig | undefined;
  if (!config) throw new Error(`opencc-js has no ${from} → cn configuration`);
  const normalize = (config.normalizationChain ?? []).map((g) => new Trie(g));
  const seg = config.segmentation;
  // opencc-js loads a list of serialised dictionaries as a group, anything else as one dictionary.
  const segmentation = new Trie(Array.isArray(seg) && seg.every((d: unknown) => typeof d === 'string') ? (seg as DictGroup) : [seg as DictLike]);
  const chain = config.conversionChain.map((g) => new Trie(g));
  return (text: string): string => {
    let s = text;
    for (const t of normalize) s = t.convert(s);
    const pieces = segmentation.segment(s);
    for (let p = 0; p < pieces.length; p++) {
      let piece = pieces[p] as string;
      for (const t of chain) piece = t.convert(piece);
      pieces[p] = piece;
    }
    return pieces.join('');
  };
}
