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

/** jieba's reading of one folded window: word lengths and tags, in order from the window's start. */
export interface Reading {
  readonly lengths: readonly number[];
  readonly tags: readonly string[];
}

/**
 * Readings of the windows segmented during the current detectPii call, keyed by the folded window.
 * The recognizers ask about overlapping and repeated windows (the cue path and the free-name path
 * both segment around the same surname, and the same names recur in a text), and a jieba call
 * crosses into native code and allocates a result object per word; a reading depends only on the
 * folded window, so reusing it changes no result. Cleared by `releaseSegments` so no input
 * outlives its call, and capped so a very large text does not hold every window at once.
 */
const readings = new Map<string, Reading>();
const MAX_READINGS = 4096;

/** Drops the cached readings (detectPii calls this before returning). */
export function releaseSegments(): void {
  readings.clear();
}

/**
 * jieba's reading of text[from, to): the words' lengths and tags, the first word starting at
 * `from`. Shared and read-only; callers that only walk the words read it without allocating the
 * Segment objects of `segmentWindow`.
 */
export function windowReading(text: string, from: number, to: number): Reading {
  // jieba's dictionary is Simplified: Traditional text folded first segments like its Simplified
  // form ("鄭重要求" as 郑重/要求, not as unknown characters). Folding keeps the length, so offsets hold.
  const folded = foldString(text.slice(from, to));
  let reading = readings.get(folded);
  if (reading === undefined) {
    jieba ??= Jieba.withDict(dict);
    const lengths: number[] = [];
    const tags: string[] = [];
    for (const w of jieba.tag(folded, true)) {
      lengths.push(w.word.length);
      tags.push(w.tag);
    }
    reading = { lengths, tags };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(folded, reading);
  }
  return reading;
}

/** Segments of text[from, to), with absolute offsets. */
export function segmentWindow(text: string, from: number, to: number): Segment[] {
  const reading = windowReading(text, from, to);
  // A fresh array per call: callers own the segments they are given.
  const out: Segment[] = [];
  let pos = from;
  for (let k = 0; k < reading.lengths.length; k++) {
    const len = reading.lengths[k] as number;
    out.push({ start: pos, end: pos + len, tag: reading.tags[k] as string });
    pos += len;
  }
  return out;
}
