/**
 * HashStore over the ledger tables: level 0 is read from ledger_entries.leaf_hash, levels ≥ 1
 * from ledger_nodes, both in ONE query per getNodes call, so a proof costs one round trip.
 *
 * Leaves are written with their entries (LedgerRepository.moveQueued) in the same transaction
 * just before putNodes, so putNodes MUST find exactly `toSize` leaves stored and only writes the
 * interior nodes; anything else is a STORE_CONFLICT.
 */
import { MerkleError, type HashStore, type NodeId, type NodeWrite } from '../engines/merkle/index.js';
import type { LedgerRepository } from './ledger.repository.js';

export class DbHashStore implements HashStore {
  constructor(private readonly repo: LedgerRepository) {}

  size(): Promise<number> {
    return this.repo.size();
  }

  async getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    if (ids.length === 0) return [];
    const found = await this.repo.getNodes(ids);
    return ids.map(({ level, index }) => {
      const h = found.get(`${level}:${index}`);
      if (!h) throw new MerkleError('NODE_MISSING', `no node at level ${level} index ${index}`);
      return h;
    });
  }

  async putNodes(write: NodeWrite): Promise<void> {
    const stored = await this.repo.size();
    if (stored !== write.toSize) {
      throw new MerkleError('STORE_CONFLICT', `${stored} leaves stored, the write expects ${write.toSize}`);
    }
    await this.repo.insertNodes(write.nodes.filter((n) => n.level > 0));
  }
}
