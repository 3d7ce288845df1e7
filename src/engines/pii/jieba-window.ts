/**
 * jieba segmentation of small windows around name candidates. Segmenting whole messages would cost
 * ~0.5 µs per character (below the throughput target), so the name recognizer only asks about the
 * few characters after a cue. The dictionary (~200 ms to load) is loaded on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldString } from './lexicon.js';

let jieba: Jieba | undefined;

export interface Segment {
  start: number;
  end: number;
  tag: string;
}

/** Segments of text[from, to), with absolute offsets. */
export function segmentWindow(text: string, from: number, to: number): Segment[] {
  jieba ??= Jieba.withDict(dict);
  const out: Segment[] = [];
  let pos = from;
  // jieba's dictionary is Simplified: Traditional text folded first segments like its Simplified
  // form ("鄭重要求" as 郑重/要求, not as unknown characters). Folding keeps the length, so offsets hold.
  for (const w of jieba.tag(foldString(text.slice(from, to)), true)) {
    out.push({ start: pos, end: pos + w.word.length, tag: w.tag });
    pos += w.word.length;
  }
  return out;
}
