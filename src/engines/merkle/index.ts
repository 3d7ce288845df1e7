/**
 * Transparency-log engine (透明日志): an append-only RFC 6962 / RFC 9162 Merkle log with
 * C2SP signed checkpoints, tiles and consumer receipts. Pure: no HTTP, no database, no
 * process.env; storage is the HashStore interface.
 *
 * Contract
 * - Hashes MUST be SHA-256 with RFC 6962 domain separation (leaf 0x00, node 0x01); the empty
 *   tree's root is SHA-256("").
 * - Appends MUST be planned purely (planAppend / MerkleLog.plan) and persisted atomically
 *   (HashStore.putNodes) before they are acknowledged; an append that fails changes nothing.
 * - The root after an append MUST cost O(log n); a proof MUST read O(log n) stored nodes in
 *   one batch and never recompute from leaves.
 * - Verifiers (verifyInclusion, verifyConsistency, verifyNote, verifyReceipt) MUST reject every
 *   malformed input and MUST return a verdict with a reason instead of throwing; everything
 *   else throws only MerkleError with a stable code.
 * - A CheckpointSigner MUST refuse to sign a head that is not consistent with the last head it
 *   signed.
 * - Tiles and checkpoints MUST follow c2sp.org/tlog-tiles, tlog-checkpoint and signed-note;
 *   witness cosignatures MUST follow c2sp.org/tlog-cosignature (Ed25519 cosignature/v1).
 */
export { MerkleError, type MerkleErrorCode, type Verdict } from './errors.js';
export { HASH_SIZE, emptyRoot, leafHash, nodeHash, bytesEqual } from './hash.js';
export type { NodeId, LeafRange } from './tree-math.js';
export type { HashStore, NodeWrite } from './hash-store.js';
export { MemoryHashStore } from './memory-hash-store.js';
export { EMPTY_LOG, planAppend, frontierRoot, type AppendPlan, type LevelRun, type LogState } from './compact-range.js';
export { MerkleLog } from './merkle-log.js';
export { referenceRoot, referenceInclusionProof, referenceConsistencyProof } from './reference-tree.js';
export { verifyInclusion, verifyConsistency, rootFromInclusionProof } from './proof-verify.js';
export { encodeBase64, decodeBase64 } from './base64.js';
export { generateNoteKeys, parseSignerKey, parseVerifierKey, keyIdOf, type NoteSigner, type NoteVerifier } from './note-keys.js';
export { signNote, verifyNote, openNote, noteText, DEFAULT_NOTE_LIMITS, type NoteLimits, type NoteVerdict, type VerifiedNote } from './signed-note.js';
export { formatCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint.js';
export { CheckpointSigner, type SignedHead } from './checkpoint-signer.js';
export {
  COSIGNATURE_V1_TYPE,
  cosign,
  cosignatureMessage,
  cosignerKeyId,
  generateCosignerKeys,
  parseCosignerKey,
  parseCosignatureVerifierKey,
  verifyCosignature,
  type Cosigner,
  type CosignatureVerdict,
} from './cosignature.js';
export {
  TILE_HEIGHT,
  TILE_WIDTH,
  encodeTileIndex,
  tilePath,
  parseTilePath,
  widthAt,
  tilesForSize,
  readTile,
  encodeEntryBundle,
  type TileId,
} from './tiles.js';
export { RECEIPT_FORMAT, createReceipt, verifyReceipt, type ReceiptInput, type NewerCheckpoint, type ReceiptVerdict } from './receipt.js';
