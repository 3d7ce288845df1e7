/**
 * The proof reader's HashStore when a ProofMirror is in use: nodes the mirror holds come from
 * its files, the rest (the newest, not copied yet) from the database store in one query. Read
 * only. fillMirror copies what the database has and the mirror lacks, level by level.
 */
import { MerkleError, type HashStore, type NodeId } from '../engines/merkle/index.js';
import type { NodeRepository } from './node.repository.js';
import type { ProofMirror } from './proof-mirror.js';

/** Nodes per query when filling the mirror: 2 MiB of hashes. */
const FILL_CHUNK = 65_536;

export class MirroredHashStore implements HashStore {
  constructor(
    private readonly mirror: ProofMirror,
    private readonly database: HashStore,
  ) {}

  size(): Promise<number> {
    return this.database.size();
  }

  async getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    const found = ids.map(({ level, index }) => this.mirror.get(level, index));
    const missing = ids.filter((_, i) => found[i] === null);
    const fetched = missing.length === 0 ? [] : await this.database.getNodes(missing);
    let k = 0;
    return found.map((h) => h ?? (fetched[k++] as Uint8Array));
  }

  putNodes(): Promise<void> {
    return Promise.reject(new MerkleError('STORE_CONFLICT', 'the proof mirror is read-only; the integrator writes the database'));
  }
}

/**
 * Copies into `mirror` every node of a complete subtree of the first `size` leaves that it does
 * not hold yet, in chunks of FILL_CHUNK nodes. Returns how many nodes it copied.
 */
export async function fillMirror(mirror: ProofMirror, nodes: NodeRepository, size: number): Promise<number> {
  let copied = 0;
  for (let level = 0; 2 ** level <= size; level++) {
    const complete = Math.floor(size / 2 ** level);
    while (mirror.count(level) < complete) {
      const first = mirror.count(level);
      const n = Math.min(FILL_CHUNK, complete - first);
      const hashes = await nodes.levelRange(level, first, n);
      // The integrator's own appends (or a reset) may have moved the level meanwhile.
      if (mirror.count(level) !== first) continue;
      mirror.append(level, first, hashes);
      copied += n;
    }
  }
  return copied;
}
