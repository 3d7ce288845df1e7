/**
 * HashStore over the ledger tables: level 0 is read from ledger_entries.leaf_hash, levels ≥ 1
 * from ledger_hash_rows (HASH_ROW_WIDTH consecutive nodes of one level per row), both in ONE
 * query per getNodes call, so a proof costs one round trip.
 *
 * Leaves are written with their entries (LedgerRepository.moveQueued) in the same transaction
 * just before putNodes, so putNodes MUST find exactly `toSize` leaves stored and only writes the
 * interior nodes; anything else is a STORE_CONFLICT. Each level is written left to right, so a
 * batch's nodes of one level are consecutive and extend that level's last row.
 */
import { MerkleError, type HashStore, type NodeId, type NodeWrite, type StoredNode } from '../engines/merkle/index.js';
import { HASH_ROW_WIDTH, type HashRowWrite, type LedgerRepository } from './ledger.repository.js';

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
    const rows = toHashRows(write.nodes);
    const appended = await this.repo.writeHashRows(rows);
    const appends = rows.filter((r) => r.offset > 0).length;
    if (appended !== appends) {
      throw new MerkleError('STORE_CONFLICT', `${appends - appended} stored node rows do not end where this write continues them`);
    }
  }
}

/** Groups interior nodes into row writes; each group MUST be a consecutive run of one row. */
function toHashRows(nodes: readonly StoredNode[]): HashRowWrite[] {
  const groups = new Map<string, StoredNode[]>();
  for (const n of nodes) {
    if (n.level === 0) continue;
    const key = `${n.level}:${Math.floor(n.index / HASH_ROW_WIDTH)}`;
    const g = groups.get(key);
    if (g) g.push(n);
    else groups.set(key, [n]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0] as StoredNode;
    g.forEach((n, i) => {
      if (n.index !== first.index + i) throw new MerkleError('STORE_CONFLICT', `level ${n.level} nodes are not written left to right`);
    });
    return {
      level: first.level,
      row: Math.floor(first.index / HASH_ROW_WIDTH),
      offset: first.index % HASH_ROW_WIDTH,
      hashes: Buffer.concat(g.map((n) => n.hash)),
    };
  });
}
