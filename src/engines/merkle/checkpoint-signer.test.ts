import { describe, expect, it } from 'vitest';
import { CheckpointSigner } from './checkpoint-signer.js';
import { parseCheckpoint } from './checkpoint.js';
import { MerkleError } from './errors.js';
import { emptyRoot, leafHash } from './hash.js';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleLog } from './merkle-log.js';
import { generateNoteKeys } from './note-keys.js';
import { verifyNote } from './signed-note.js';

const keys = generateNoteKeys('xiaobao.example/log');
const leaves = (from: number, n: number): Uint8Array[] => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`e${from + i}`)));

async function setup(): Promise<{ log: MerkleLog; signer: CheckpointSigner }> {
  const log = await MerkleLog.open(new MemoryHashStore());
  await log.appendBatch(leaves(0, 10));
  const signer = new CheckpointSigner(keys.signerKey);
  signer.sign(10, log.root());
  return { log, signer };
}

describe('CheckpointSigner', () => {
  it('signs checkpoints that verify and parse, then signs a consistent extension', async () => {
    const { log, signer } = await setup();
    await log.appendBatch(leaves(10, 7));
    const note = signer.sign(17, log.root(), await log.consistencyProof(10, 17));
    const v = verifyNote(note, [keys.verifierKey]);
    expect(v.ok).toBe(true);
    const cp = parseCheckpoint(v.ok ? v.text : '');
    expect(cp.origin).toBe('xiaobao.example/log');
    expect(cp.size).toBe(17);
    expect(Buffer.from(cp.root).equals(Buffer.from(log.root()))).toBe(true);
    expect(signer.lastSigned()?.size).toBe(17);
    // Re-signing the same head needs no proof.
    expect(() => signer.sign(17, log.root())).not.toThrow();
  });

  const attempts: Array<[string, (log: MerkleLog, signer: CheckpointSigner) => Promise<string>]> = [
    ['a smaller tree', async (log, s) => s.sign(9, await log.rootAt(9))],
    ['the same size with another root', async (_log, s) => s.sign(10, leafHash(Buffer.from('forged')))],
    [
      'a larger tree whose proof fails',
      async (log, s) => {
        await log.appendBatch(leaves(10, 5));
        const proof = await log.consistencyProof(10, 15);
        proof[0] = leafHash(Buffer.from('tampered'));
        return s.sign(15, log.root(), proof);
      },
    ],
    [
      'a larger tree with no proof',
      async (log, s) => {
        await log.appendBatch(leaves(10, 5));
        return s.sign(15, log.root());
      },
    ],
    [
      'a rewritten history of the same length plus one',
      async (_log, s) => {
        // A second log with a different first entry: its proof is self-consistent but not with ours.
        const other = await MerkleLog.open(new MemoryHashStore());
        await other.appendBatch([leafHash(Buffer.from('rewritten')), ...leaves(1, 10)]);
        return s.sign(11, other.root(), await other.consistencyProof(10, 11));
      },
    ],
    ['an empty tree with a non-empty root', async (log, s) => s.sign(0, log.root())],
  ];
  it.each(attempts)('refuses to sign %s', async (_n, attempt) => {
    const { log, signer } = await setup();
    const err = await attempt(log, signer).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MerkleError);
    expect((err as MerkleError).code).toBe('INCONSISTENT_CHECKPOINT');
    expect(signer.lastSigned()?.size).toBe(10);
  });

  it('after resumeFrom, still refuses to roll back', async () => {
    const { log } = await setup();
    const fresh = new CheckpointSigner(keys.signerKey);
    fresh.resumeFrom({ size: 10, root: log.root() });
    expect(() => fresh.sign(5, leafHash(Buffer.from('x')))).toThrow(MerkleError);
  });

  it('the first checkpoint may be the empty tree, and anything extends it', async () => {
    const s = new CheckpointSigner(keys.signerKey, 'custom.example/origin');
    expect(s.sign(0, emptyRoot)).toContain('custom.example/origin\n0\n');
    const { log } = await setup();
    expect(() => s.sign(10, log.root())).not.toThrow();
  });
});
