/**
 * The official-channel registry as the running product sees it: seeded from the shipped file on
 * first run, edited through the admin API, and served to the analyzer as one immutable
 * RegistryIndex that is swapped (never mutated) after every change.
 *
 * Contract:
 * - Every change MUST validate the whole resulting registry with `parseRegistry` (a channel may
 *   belong to one institution only) before anything is written.
 * - Every change MUST write an audit row (who, when, before/after) in the same transaction and
 *   bump the registry revision; the version reads `<file version>+r<revision>`.
 * - The index MUST be rebuilt after a committed change; a failed change leaves the old one.
 * - A newer shipped file is NOT merged into an already seeded database: admin edits win, and
 *   the stored file version tells operators which release the data started from.
 */
import { buildRegistryIndex, parseRegistry, RegistryError, registrySchema, type Institution, type Registry, type RegistryIndex } from '../engines/scam/index.js';
import type { AuditEntry, RegistryRepository } from './registry.repository.js';
import { verifyError } from './verify.errors.js';

export type InstitutionInput = Omit<Institution, 'id'>;

/** One institution as the registry file declares it (the engine exports it only inside the registry). */
export const institutionSchema = registrySchema.shape.institutions.element;

interface Snapshot {
  version: string;
  registry: Registry;
  index: RegistryIndex;
}

function versionOf(sourceVersion: string, revision: number): string {
  return revision === 0 ? sourceVersion : `${sourceVersion}+r${revision}`;
}

function invalid(err: unknown): never {
  if (err instanceof RegistryError) throw verifyError('REGISTRY_INVALID', { problem: err.issues.slice(0, 3).join('; ') });
  throw err;
}

export class RegistryService {
  private snapshot: Snapshot;

  private constructor(
    private readonly repo: RegistryRepository,
    private readonly clock: () => Date,
    snapshot: Snapshot,
  ) {
    this.snapshot = snapshot;
  }

  /** Seeds the database from `shipped` when it holds no registry yet, then loads the index. */
  static async open(repo: RegistryRepository, shipped: Registry, clock: () => Date): Promise<RegistryService> {
    await repo.transaction(async (tx) => {
      if (!(await tx.claimSeed(shipped.version, shipped.national))) return;
      const at = clock();
      for (const inst of shipped.institutions) {
        await tx.putInstitution(inst.id, inst, 0, null, at);
        await tx.insertAudit({ slug: inst.id, action: 'seed', actorId: null, revision: 0, at, before: null, after: inst });
      }
    });
    return new RegistryService(repo, clock, await RegistryService.load(repo));
  }

  private static async load(repo: RegistryRepository): Promise<Snapshot> {
    const meta = await repo.meta();
    if (!meta) throw new Error('registry not seeded');
    const rows = await repo.institutions();
    const registry = parseRegistry({
      schemaVersion: 1,
      version: versionOf(meta.sourceVersion, meta.revision),
      updatedAt: new Date(0).toISOString(),
      institutions: rows.map((r) => r.data),
      national: meta.national,
    });
    return { version: registry.version, registry, index: buildRegistryIndex(registry) };
  }

  get index(): RegistryIndex {
    return this.snapshot.index;
  }

  get version(): string {
    return this.snapshot.version;
  }

  list(): { version: string; institutions: Institution[]; national: Registry['national'] } {
    const { registry } = this.snapshot;
    return { version: this.snapshot.version, institutions: registry.institutions, national: registry.national };
  }

  /** Picks up changes made by another process (the index is otherwise only rebuilt locally). */
  async reload(): Promise<void> {
    this.snapshot = await RegistryService.load(this.repo);
  }

  async upsert(slug: string, input: InstitutionInput, actorId: string | null): Promise<{ institution: Institution; created: boolean; version: string }> {
    const parsed = institutionSchema.safeParse({ ...input, id: slug });
    if (!parsed.success) invalid(new RegistryError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)));
    const next = parsed.data;
    const created = await this.repo.transaction(async (tx) => {
      const revision = await tx.nextRevision();
      const before = await tx.findInstitution(slug);
      const others = (await tx.institutions()).filter((r) => r.slug !== slug).map((r) => r.data);
      this.validate([...others, next]);
      const at = this.clock();
      await tx.putInstitution(slug, next, revision, actorId, at);
      await tx.insertAudit({ slug, action: before === null ? 'create' : 'update', actorId, revision, at, before, after: next });
      return before === null;
    });
    await this.reload();
    return { institution: next, created, version: this.version };
  }

  async remove(slug: string, actorId: string | null): Promise<{ version: string }> {
    await this.repo.transaction(async (tx) => {
      const revision = await tx.nextRevision();
      const before = await tx.findInstitution(slug);
      if (before === null) throw verifyError('REGISTRY_INSTITUTION_NOT_FOUND', { slug });
      await tx.deleteInstitution(slug);
      await tx.insertAudit({ slug, action: 'delete', actorId, revision, at: this.clock(), before, after: null });
    });
    await this.reload();
    return { version: this.version };
  }

  audit(opts: { slug?: string | undefined; limit: number }): Promise<AuditEntry[]> {
    return this.repo.audit(opts);
  }

  private validate(institutions: unknown[]): void {
    try {
      parseRegistry({ schemaVersion: 1, version: 'candidate', updatedAt: 'candidate', institutions, national: this.snapshot.registry.national });
    } catch (err) {
      invalid(err);
    }
  }
}
