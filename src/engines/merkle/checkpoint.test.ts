import { describe, expect, it } from 'vitest';
import { formatCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { MerkleError } from './errors.js';
import { leafHash } from './hash.js';

const root = leafHash(Buffer.from('root'));
const rootB64 = Buffer.from(root).toString('base64');

describe('tlog-checkpoint body', () => {
  const good: Checkpoint[] = [
    { origin: 'xiaobao.example/log', size: 0, root, extensions: [] },
    { origin: 'xiaobao.example/log', size: 9_007_199_254_740_991, root, extensions: ['ext one', '— note-like'] },
  ];
  it.each(good)('round-trips %#', (c) => {
    const text = formatCheckpoint(c);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(String(c.size));
    const back = parseCheckpoint(text);
    expect({ ...back, root: Buffer.from(back.root).toString('hex') }).toEqual({ ...c, root: Buffer.from(root).toString('hex') });
  });

  const bad: Array<[string, string]> = [
    ['no final newline', `o\n1\n${rootB64}`],
    ['missing root line', 'o\n1\n'],
    ['empty origin', `\n1\n${rootB64}\n`],
    ['leading zero in size', `o\n01\n${rootB64}\n`],
    ['negative size', `o\n-1\n${rootB64}\n`],
    ['size beyond 2^53', `o\n9007199254740993\n${rootB64}\n`],
    ['hex root', `o\n1\n${Buffer.from(root).toString('hex')}\n`],
    ['short root', `o\n1\n${Buffer.from(root.subarray(1)).toString('base64')}\n`],
    ['root with whitespace', `o\n1\n ${rootB64}\n`],
    ['empty extension line', `o\n1\n${rootB64}\n\n`],
    ['tab in origin', `o\t\n1\n${rootB64}\n`],
  ];
  it.each(bad)('rejects %s', (_n, text) => {
    let err: unknown;
    try {
      parseCheckpoint(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MerkleError);
    expect((err as MerkleError).code).toBe('MALFORMED_CHECKPOINT');
  });

  it.each([
    ['fractional size', { origin: 'o', size: 1.5, root, extensions: [] }],
    ['short root', { origin: 'o', size: 1, root: root.subarray(2), extensions: [] }],
    ['newline in extension', { origin: 'o', size: 1, root, extensions: ['a\nb'] }],
  ])('refuses to format %s', (_n, c) => {
    expect(() => formatCheckpoint(c)).toThrow(MerkleError);
  });
});
