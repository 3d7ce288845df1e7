/** SQL for sealed originals and the placeholders that stand for them in complaint text. */
import type { DbExecutor } from '../db/executor.js';
import type { PendingPiiValue } from '../complaints/ports.js';
import type { SealedRecord } from './envelope.js';

export interface PiiValueRow {
  placeholder: string;
  type: string;
  bidx: Buffer;
  display: string;
}

export type NewPiiValue = PendingPiiValue & { purpose: string };

export class PiiVaultRepository {
  constructor(private readonly db: DbExecutor) {}

  async valuesOf(complaintId: string): Promise<PiiValueRow[]> {
    return this.db.selectFrom('pii_values').select(['placeholder', 'type', 'bidx', 'display']).where('complaint_id', '=', complaintId).execute();
  }

  async identityOf(complaintId: string): Promise<SealedRecord | null> {
    const r = await this.db
      .selectFrom('complaints as c')
      .innerJoin('vault_records as v', 'v.id', 'c.consumer_vault_id')
      .select(['v.key_version', 'v.wrapped_key', 'v.iv', 'v.ciphertext'])
      .where('c.id', '=', complaintId)
      .executeTakeFirst();
    return r ? { keyVersion: r.key_version, wrappedKey: r.wrapped_key, iv: r.iv, ciphertext: r.ciphertext } : null;
  }

  /** Vault rows first, then the placeholders that point at them: two statements for any number. */
  async insertValues(values: NewPiiValue[]): Promise<void> {
    if (values.length === 0) return;
    await this.db
      .insertInto('vault_records')
      .values(values.map((v) => ({ id: v.vaultId, purpose: v.purpose, key_version: v.sealed.keyVersion, wrapped_key: v.sealed.wrappedKey, iv: v.sealed.iv, ciphertext: v.sealed.ciphertext })))
      .execute();
    await this.db
      .insertInto('pii_values')
      .values(values.map((v) => ({ complaint_id: v.complaintId, placeholder: v.placeholder, type: v.type, bidx: v.bidx, display: v.display, vault_id: v.vaultId })))
      .execute();
  }
}
