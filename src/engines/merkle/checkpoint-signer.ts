/**
 * Signs checkpoints for one log and guards append-only-ness: a CheckpointSigner MUST refuse to
 * sign a checkpoint that is not provably consistent with the last one it signed (smaller size,
 * same size with a different root, or a failing consistency proof), so a rewritten database
 * can never get a valid signature. The last signed (size, root) is exposed so the caller can
 * persist it and restore it with `resumeFrom` after a restart.
 */
import { formatCheckpoint } from './checkpoint.js';
import { MerkleError } from './errors.js';
import { bytesEqual, emptyRoot } from './hash.js';
import { parseSignerKey, type NoteSigner } from './note-keys.js';
import { verifyConsistency } from './proof-verify.js';
import { signNote } from './signed-note.js';

export interface SignedHead {
  size: number;
  root: Uint8Array;
}

export class CheckpointSigner {
  private readonly signer: NoteSigner;
  /** The checkpoint origin line; defaults to the key name, as tlog-checkpoint recommends. */
  readonly origin: string;
  private last: SignedHead | undefined;

  constructor(signerKey: string | NoteSigner, origin?: string) {
    this.signer = typeof signerKey === 'string' ? parseSignerKey(signerKey) : signerKey;
    this.origin = origin ?? this.signer.name;
  }

  /** Restores the guard after a restart, from a checkpoint this log signed earlier. */
  resumeFrom(head: SignedHead): void {
    this.last = { size: head.size, root: Uint8Array.from(head.root) };
  }

  lastSigned(): SignedHead | undefined {
    return this.last;
  }

  /**
   * Signs (size, root). `consistencyProof` MUST prove the last signed head is a prefix of this
   * one. It MUST be empty for an unchanged head and is unused after an empty (or no) previous head.
   */
  sign(size: number, root: Uint8Array, consistencyProof: Uint8Array[] = [], extensions: string[] = []): string {
    const refusal = this.refusal(size, root, consistencyProof);
    if (refusal !== undefined) {
      throw new MerkleError('INCONSISTENT_CHECKPOINT', `refusing to sign size ${size}: ${refusal}`);
    }
    const body = formatCheckpoint({ origin: this.origin, size, root, extensions });
    const note = signNote(body, [this.signer]);
    this.last = { size, root: Uint8Array.from(root) };
    return note;
  }

  private refusal(size: number, root: Uint8Array, proof: Uint8Array[]): string | undefined {
    if (size === 0 && !bytesEqual(root, emptyRoot)) return 'the empty tree has exactly one root';
    const prev = this.last;
    // Every tree extends the empty tree, so there is nothing to prove from size 0.
    if (!prev || (prev.size === 0 && size > 0)) return undefined;
    const verdict = verifyConsistency(prev.size, size, proof, prev.root, root);
    return verdict.ok ? undefined : `not consistent with signed size ${prev.size} (${verdict.reason})`;
  }
}
