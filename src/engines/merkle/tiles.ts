/**
 * C2SP tlog-tiles arithmetic. A tile at level L, index N holds the hashes of Merkle level 8·L,
 * node indices N·256 .. N·256+W-1 (W = 256 for a full tile). Pure path and size arithmetic;
 * `readTile` only reads an already-populated HashStore. The lead serves the results over HTTP.
 *
 * - tilePath/parseTilePath MUST be exact inverses and reject non-canonical spellings (leading
 *   zeros, an "x000" leading group, width 0 or 256, level > 63).
 * - A partial tile MUST only be produced for a tree size that contains it (widthAt > 0).
 */
import { MerkleError } from './errors.js';
import { HASH_SIZE } from './hash.js';
import type { HashStore } from './hash-store.js';
import { assertSize } from './tree-math.js';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;
const MAX_ENTRY_BYTES = 0xffff;

export interface TileId {
  /** 'entries' is the entry bundle that sits beside level-0 hash tile N. */
  kind: 'hash' | 'entries';
  level: number;
  index: number;
  /** 1..256; 256 means a full tile. */
  width: number;
}

/** N in zero-padded 3-digit groups, all but the last prefixed with 'x': 1234067 → x001/x234/067. */
export function encodeTileIndex(n: number): string {
  assertSize(n, 'tile index');
  const groups: string[] = [];
  let rest = n;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

export function tilePath(t: TileId): string {
  if (!Number.isInteger(t.width) || t.width < 1 || t.width > TILE_WIDTH) {
    throw new MerkleError('INVALID_ARGUMENT', `tile width must be 1..${TILE_WIDTH}`);
  }
  if (t.kind === 'hash' && (!Number.isInteger(t.level) || t.level < 0 || t.level > 63)) {
    throw new MerkleError('INVALID_ARGUMENT', 'tile level must be 0..63');
  }
  const partial = t.width < TILE_WIDTH ? `.p/${t.width}` : '';
  return `tile/${t.kind === 'entries' ? 'entries' : t.level}/${encodeTileIndex(t.index)}${partial}`;
}

const TILE_PATH = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/;

export function parseTilePath(p: string): TileId {
  const m = TILE_PATH.exec(p);
  if (!m) throw new MerkleError('INVALID_ARGUMENT', 'not a tile path');
  const levelPart = m[1] ?? '';
  const indexPart = m[2] ?? '';
  const widthPart = m[3];
  const index = Number(indexPart.replaceAll('x', '').replaceAll('/', ''));
  const t: TileId = {
    kind: levelPart === 'entries' ? 'entries' : 'hash',
    level: levelPart === 'entries' ? 0 : Number(levelPart),
    index,
    width: widthPart === undefined ? TILE_WIDTH : Number(widthPart),
  };
  // Re-encoding catches every non-canonical spelling in one place.
  if (!Number.isSafeInteger(index) || tilePath(t) !== p) {
    throw new MerkleError('INVALID_ARGUMENT', 'non-canonical tile path');
  }
  return t;
}

/** Width of tile (level, index) in a tree of `size`: 256 if full, 1..255 if partial, 0 if absent. */
export function widthAt(level: number, index: number, size: number): number {
  assertSize(size, 'tree size');
  const hashes = Math.floor(size / TILE_WIDTH ** level);
  const full = Math.floor(hashes / TILE_WIDTH);
  if (index < full) return TILE_WIDTH;
  return index === full ? hashes % TILE_WIDTH : 0;
}

/** Every hash tile (full and partial) a tree of `size` has, level by level. */
export function tilesForSize(size: number): TileId[] {
  assertSize(size, 'tree size');
  const out: TileId[] = [];
  for (let level = 0; Math.floor(size / TILE_WIDTH ** level) > 0; level++) {
    const hashes = Math.floor(size / TILE_WIDTH ** level);
    const full = Math.floor(hashes / TILE_WIDTH);
    for (let index = 0; index < full; index++) out.push({ kind: 'hash', level, index, width: TILE_WIDTH });
    if (hashes % TILE_WIDTH > 0) out.push({ kind: 'hash', level, index: full, width: hashes % TILE_WIDTH });
  }
  return out;
}

/** Concatenated 32-byte hashes of a hash tile, read in one batch from the store. */
export async function readTile(store: HashStore, t: TileId): Promise<Uint8Array> {
  if (t.kind !== 'hash') throw new MerkleError('INVALID_ARGUMENT', 'entry bundles hold entries, not hashes');
  const nodeLevel = t.level * TILE_HEIGHT;
  const ids = Array.from({ length: t.width }, (_, i) => ({ level: nodeLevel, index: t.index * TILE_WIDTH + i }));
  const hashes = await store.getNodes(ids);
  const out = new Uint8Array(t.width * HASH_SIZE);
  hashes.forEach((h, i) => out.set(h, i * HASH_SIZE));
  return out;
}

/** An entry bundle: each entry prefixed with its length as a big-endian uint16. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  if (entries.length === 0 || entries.length > TILE_WIDTH) throw new MerkleError('INVALID_ARGUMENT', 'a bundle holds 1..256 entries');
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    if (e.length > MAX_ENTRY_BYTES) throw new MerkleError('INVALID_ARGUMENT', `entry of ${e.length} bytes exceeds ${MAX_ENTRY_BYTES}`);
    parts.push(Uint8Array.of(e.length >> 8, e.length & 0xff), e);
  }
  return new Uint8Array(Buffer.concat(parts));
}
