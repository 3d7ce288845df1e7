import { describe, expect, it } from 'vitest';
import { MerkleError } from './errors.js';
import { HASH_SIZE, leafHash } from './hash.js';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleLog } from './merkle-log.js';
import { referenceRoot } from './reference-tree.js';
import { encodeEntryBundle, encodeTileIndex, parseTilePath, readTile, tilePath, tilesForSize, widthAt, type TileId } from './tiles.js';

describe('tile paths', () => {
  it.each([
    [0, '000'],
    [5, '005'],
    [999, '999'],
    [1000, 'x001/000'],
    [1_234_067, 'x001/x234/067'],
    [9_007_199_254_740_991, 'x009/x007/x199/x254/x740/991'],
  ])('encodes index %i as %s', (n, s) => {
    expect(encodeTileIndex(n)).toBe(s);
  });

  const paths: Array<[TileId, string]> = [
    [{ kind: 'hash', level: 0, index: 1_234_067, width: 256 }, 'tile/0/x001/x234/067'],
    [{ kind: 'hash', level: 2, index: 0, width: 1 }, 'tile/2/000.p/1'],
    [{ kind: 'hash', level: 63, index: 7, width: 255 }, 'tile/63/007.p/255'],
    [{ kind: 'entries', level: 0, index: 1000, width: 112 }, 'tile/entries/x001/000.p/112'],
    [{ kind: 'entries', level: 0, index: 3, width: 256 }, 'tile/entries/003'],
  ];
  it.each(paths)('formats and parses %j ↔ %s', (t, p) => {
    expect(tilePath(t)).toBe(p);
    expect(parseTilePath(p)).toEqual(t);
  });

  it.each([
    'tile/00/000',
    'tile/0/x000/005',
    'tile/0/005.p/0',
    'tile/0/005.p/256',
    'tile/0/005.p/05',
    'tile/64/000',
    'tile/0/5',
    'tile/0/x001',
    'tile/0/0001',
    'tiles/0/000',
    'tile/entries/000.p/',
    '/tile/0/000',
    'tile/0/000/',
  ])('rejects non-canonical path %s', (p) => {
    expect(() => parseTilePath(p)).toThrow(MerkleError);
  });

  it.each([0, 257, 1.5])('refuses to format width %s', (width) => {
    expect(() => tilePath({ kind: 'hash', level: 0, index: 0, width })).toThrow(MerkleError);
  });
});

describe('tiles of a tree', () => {
  const summary = (size: number): string[] => tilesForSize(size).filter((t) => t.width < 256 || t.index === 0).map((t) => `${t.level}/${t.index}:${t.width}`);

  it('matches the tlog-tiles example for size 70,000', () => {
    const tiles = tilesForSize(70_000);
    expect(tiles.filter((t) => t.level === 0 && t.width === 256)).toHaveLength(273);
    expect(summary(70_000)).toEqual(['0/0:256', '0/273:112', '1/0:256', '1/1:17', '2/0:1']);
  });

  it.each([
    [0, []],
    [1, ['0/0:1']],
    [255, ['0/0:255']],
    [256, ['0/0:256', '1/0:1']],
    [65_536, ['0/0:256', '1/0:256', '2/0:1']],
  ])('size %i has tiles %j', (size, want) => {
    expect(summary(size)).toEqual(want);
  });

  it('widthAt agrees with tilesForSize and is 0 for absent tiles', () => {
    for (const t of tilesForSize(70_000)) expect(widthAt(t.level, t.index, 70_000)).toBe(t.width);
    expect(widthAt(0, 274, 70_000)).toBe(0);
    expect(widthAt(1, 2, 70_000)).toBe(0);
    expect(widthAt(3, 0, 70_000)).toBe(0);
  });

  it('reads tile bytes whose hashes are the RFC 6962 subtree roots', async () => {
    const store = new MemoryHashStore();
    const log = await MerkleLog.open(store);
    const leaves = Array.from({ length: 70_000 }, (_, i) => leafHash(Buffer.from(String(i))));
    for (let i = 0; i < leaves.length; i += 4096) await log.appendBatch(leaves.slice(i, i + 4096));
    const hashAt = (bytes: Uint8Array, i: number): string => Buffer.from(bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE)).toString('hex');
    const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

    const l0 = await readTile(store, { kind: 'hash', level: 0, index: 273, width: 112 });
    expect(l0.length).toBe(112 * HASH_SIZE);
    expect(hashAt(l0, 5)).toBe(hex(leaves[273 * 256 + 5] as Uint8Array));
    const l1 = await readTile(store, { kind: 'hash', level: 1, index: 1, width: 17 });
    expect(hashAt(l1, 16)).toBe(hex(referenceRoot(leaves, (256 + 16) * 256, (256 + 17) * 256)));
    const l2 = await readTile(store, { kind: 'hash', level: 2, index: 0, width: 1 });
    expect(hashAt(l2, 0)).toBe(hex(referenceRoot(leaves, 0, 65_536)));

    await expect(readTile(store, { kind: 'hash', level: 0, index: 273, width: 113 })).rejects.toThrow(MerkleError);
    await expect(readTile(store, { kind: 'entries', level: 0, index: 0, width: 256 })).rejects.toThrow(MerkleError);
  });
});

describe('entry bundles', () => {
  it('prefixes each entry with its big-endian uint16 length', () => {
    const b = encodeEntryBundle([Buffer.from('ab'), new Uint8Array(0), new Uint8Array(300)]);
    expect([...b.subarray(0, 4)]).toEqual([0, 2, 0x61, 0x62]);
    expect([...b.subarray(4, 6)]).toEqual([0, 0]);
    expect([...b.subarray(6, 8)]).toEqual([1, 44]);
    expect(b.length).toBe(4 + 2 + 302);
  });

  it.each([
    ['no entries', []],
    ['an entry over 65,535 bytes', [new Uint8Array(65_536)]],
    ['257 entries', Array.from({ length: 257 }, () => new Uint8Array(1))],
  ])('rejects %s', (_n, entries) => {
    expect(() => encodeEntryBundle(entries)).toThrow(MerkleError);
  });
});
