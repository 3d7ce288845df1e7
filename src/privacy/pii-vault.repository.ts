/** SQL for sealed originals and the placeholders that stand for them in complaint text. */
import type { DbExecutor } from '../db/executor.js';
import type { SealedRecord } from './envelope.js';

export interface PiiValueRow {
  placeholder: string;
  type: string;
  bidx: Buffer;
  display: string;
}

export class PiiVaultRepository {
  constructor(private readonly db: DbExecutor) {}

  async valuesOf(complaintId: string): Promise<PiiValueRow[]> {
    return this.db.selectFrom('pii_values').select(['placeholder', 'type', 'bidx', 'display']).where('complaint_id', '=', complaintId).execute();
  }

  async insertValue(v: { complaintId: string; placeholder: string; type: string; bidx: Buffer; display: string; sealed: SealedRecord; purpose: string }): Promise<void> {
    const vault = await this.db
      .insertInto('vault_records')
      .values({ purpose: v.purpose, key_version: v.sealed.keyVersion, wrapped_key: v.sealed.wrappedKey, iv: v.sealed.iv, ciphertext: v.sealed.ciphertext })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('pii_values')
      .values({ complaint_id: v.complaintId, placeholder: v.placeholder, type: v.type, bidx: v.bidx, display: v.display, vault_id: vault.id })
      .execute();
  }
}
