/** SQL for reveals and data-subject requests: sealed originals, grants, and a person's complaints. */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { SealedRecord } from './envelope.js';

export interface SealedValueRow {
  placeholder: string;
  type: string;
  sealed: SealedRecord;
}

export class PrivacyRepository {
  constructor(private readonly db: DbExecutor) {}

  async sealedValues(complaintId: string, placeholders: string[] | null, onlyIndexes?: Buffer[]): Promise<SealedValueRow[]> {
    let q = this.db
      .selectFrom('pii_values as p')
      .innerJoin('vault_records as v', 'v.id', 'p.vault_id')
      .select(['p.placeholder', 'p.type', 'v.key_version', 'v.wrapped_key', 'v.iv', 'v.ciphertext'])
      .where('p.complaint_id', '=', complaintId);
    if (placeholders) q = q.where('p.placeholder', 'in', placeholders.length ? placeholders : ['']);
    if (onlyIndexes) q = q.where('p.bidx', 'in', onlyIndexes.length ? onlyIndexes : [Buffer.alloc(0)]);
    const rows = await q.orderBy('p.placeholder').execute();
    return rows.map((r) => ({ placeholder: r.placeholder, type: r.type, sealed: { keyVersion: r.key_version, wrappedKey: r.wrapped_key, iv: r.iv, ciphertext: r.ciphertext } }));
  }

  async insertReveal(r: { complaintId: string; userId: string; purpose: string; reason: string; fields: string[]; expiresAt: Date }): Promise<string> {
    const row = await this.db
      .insertInto('pii_reveals')
      .values({ complaint_id: r.complaintId, user_id: r.userId, purpose: r.purpose, reason: r.reason, fields: JSON.stringify(r.fields), expires_at: r.expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async listReveals(complaintId: string) {
    return this.db
      .selectFrom('pii_reveals as r')
      .innerJoin('staff_users as u', 'u.id', 'r.user_id')
      .select(['r.id', 'u.username', 'r.purpose', 'r.reason', 'r.fields', 'r.created_at', 'r.expires_at'])
      .where('r.complaint_id', '=', complaintId)
      .orderBy('r.created_at')
      .execute();
  }

  /** Every complaint that names this person: as the complainant, or anywhere in a complaint's text. */
  async complaintsOfSubject(indexes: Buffer[]): Promise<Array<{ id: string; complainant: boolean }>> {
    if (indexes.length === 0) return [];
    const own = await this.db
      .selectFrom('complaints')
      .select('id')
      .where((eb) => eb.or([eb('consumer_phone_bidx', 'in', indexes), eb('consumer_id_bidx', 'in', indexes)]))
      .execute();
    const mentioned = await this.db.selectFrom('pii_values').select('complaint_id').distinct().where('bidx', 'in', indexes).execute();
    const out = new Map<string, boolean>(own.map((r) => [r.id, true]));
    for (const m of mentioned) if (!out.has(m.complaint_id)) out.set(m.complaint_id, false);
    return [...out.entries()].map(([id, complainant]) => ({ id, complainant }));
  }

  /**
   * Crypto-shredding: the sealed identity and the sealed originals in these complaints' text are
   * deleted (their placeholders go with them), blind indexes are cleared, and the masked consumer
   * fields are replaced. The masked complaint record itself stays, as the law requires it kept.
   */
  async eraseSubject(complaintIds: string[], indexes: Buffer[]): Promise<{ vaultRecords: number }> {
    if (complaintIds.length === 0) return { vaultRecords: 0 };
    const identities = await this.db.selectFrom('complaints').select('consumer_vault_id').where('id', 'in', complaintIds).where('consumer_vault_id', 'is not', null).execute();
    const valueVaults = await this.db.selectFrom('pii_values').select('vault_id').where('complaint_id', 'in', complaintIds).where('bidx', 'in', indexes).execute();
    await this.db
      .updateTable('complaints')
      .set({ consumer_vault_id: null, consumer_phone_bidx: null, consumer_id_bidx: null, consumer_name_masked: '[已删除]', consumer_phone_masked: null, consumer_email_masked: null })
      .where('id', 'in', complaintIds)
      .where((eb) => eb.or([eb('consumer_phone_bidx', 'in', indexes), eb('consumer_id_bidx', 'in', indexes)]))
      .execute();
    const vaultIds = [...identities.map((i) => i.consumer_vault_id as string), ...valueVaults.map((v) => v.vault_id)];
    if (vaultIds.length === 0) return { vaultRecords: 0 };
    // A sealed identity may only be deleted once no complaint points at it any more.
    const stillUsed = await this.db.selectFrom('complaints').select('consumer_vault_id').where('consumer_vault_id', 'in', vaultIds).execute();
    const used = new Set(stillUsed.map((u) => u.consumer_vault_id));
    const deletable = vaultIds.filter((id) => !used.has(id));
    if (deletable.length === 0) return { vaultRecords: 0 };
    const r = await this.db.deleteFrom('vault_records').where('id', 'in', deletable).executeTakeFirst();
    return { vaultRecords: Number(r.numDeletedRows) };
  }

  async vaultRecordsBelow(version: number, limit: number): Promise<Array<{ id: string; keyVersion: number; wrappedKey: Buffer }>> {
    const rows = await this.db.selectFrom('vault_records').select(['id', 'key_version', 'wrapped_key']).where('key_version', '<', version).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, keyVersion: r.key_version, wrappedKey: r.wrapped_key }));
  }

  async countBelow(version: number): Promise<number> {
    const r = await this.db.selectFrom('vault_records').select(sql<number>`count(*)`.as('n')).where('key_version', '<', version).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async rewrap(id: string, fromVersion: number, toVersion: number, wrappedKey: Buffer): Promise<boolean> {
    // Guarded by the old version so a concurrent rotation never overwrites a newer wrap.
    const r = await this.db.updateTable('vault_records').set({ key_version: toVersion, wrapped_key: wrappedKey }).where('id', '=', id).where('key_version', '=', fromVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
