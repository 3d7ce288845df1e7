/**
 * The only SQL of the registry: the meta row (file version, national channels, revision), one
 * row per institution, and the append-only audit. Changes run in a transaction that locks the
 * meta row, so concurrent admin edits get distinct revisions in order.
 */
import type { Kysely } from 'kysely';
import type { DbExecutor } from '../db/executor.js';
import type { Database } from '../db/schema.js';

export interface RegistryMeta {
  sourceVersion: string;
  national: unknown;
  revision: number;
}

export interface AuditEntry {
  id: number;
  slug: string;
  action: 'seed' | 'create' | 'update' | 'delete';
  actorId: string | null;
  revision: number;
  at: Date;
  before: unknown;
  after: unknown;
}

export class RegistryRepository {
  constructor(private readonly db: DbExecutor) {}

  transaction<T>(fn: (repo: RegistryRepository) => Promise<T>): Promise<T> {
    return (this.db as Kysely<Database>).transaction().execute((trx) => fn(new RegistryRepository(trx)));
  }

  async meta(): Promise<RegistryMeta | null> {
    const r = await this.db.selectFrom('registry_meta').select(['source_version', 'national', 'revision']).where('id', '=', 1).executeTakeFirst();
    return r ? { sourceVersion: r.source_version, national: r.national, revision: r.revision } : null;
  }

  /** Claims the first-run seed; false when another process (or an earlier start) already did. */
  async claimSeed(sourceVersion: string, national: unknown): Promise<boolean> {
    const r = await this.db
      .insertInto('registry_meta')
      .values({ id: 1, source_version: sourceVersion, national: JSON.stringify(national) })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return r !== undefined;
  }

  /** Locks the meta row and bumps the revision; returns the new revision. */
  async nextRevision(): Promise<number> {
    const r = await this.db
      .updateTable('registry_meta')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', 1)
      .returning('revision')
      .executeTakeFirstOrThrow();
    return r.revision;
  }

  async institutions(): Promise<Array<{ slug: string; data: unknown }>> {
    return this.db.selectFrom('registry_institutions').select(['slug', 'data']).orderBy('slug').execute();
  }

  async findInstitution(slug: string): Promise<unknown> {
    const r = await this.db.selectFrom('registry_institutions').select('data').where('slug', '=', slug).executeTakeFirst();
    return r?.data ?? null;
  }

  async putInstitution(slug: string, data: unknown, revision: number, actorId: string | null, at: Date): Promise<void> {
    const json = JSON.stringify(data);
    await this.db
      .insertInto('registry_institutions')
      .values({ slug, data: json, revision, updated_at: at, updated_by: actorId })
      .onConflict((oc) => oc.column('slug').doUpdateSet({ data: json, revision, updated_at: at, updated_by: actorId }))
      .execute();
  }

  async deleteInstitution(slug: string): Promise<void> {
    await this.db.deleteFrom('registry_institutions').where('slug', '=', slug).execute();
  }

  async insertAudit(e: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.db
      .insertInto('registry_audit')
      .values({
        slug: e.slug,
        action: e.action,
        actor_id: e.actorId,
        revision: e.revision,
        at: e.at,
        before: e.before === null ? null : JSON.stringify(e.before),
        after: e.after === null ? null : JSON.stringify(e.after),
      })
      .execute();
  }

  async audit(opts: { slug?: string | undefined; limit: number }): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('registry_audit').selectAll().orderBy('id', 'desc').limit(opts.limit);
    if (opts.slug) q = q.where('slug', '=', opts.slug);
    const rows = await q.execute();
    return rows.map((r) => ({ id: r.id, slug: r.slug, action: r.action, actorId: r.actor_id, revision: r.revision, at: r.at, before: r.before, after: r.after }));
  }
}
