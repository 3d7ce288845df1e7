/**
 * "Is this really my lender?" capability: wiring of the registry, the database-backed fraud
 * lookup, the check service and the routes. `createVerify` is the one entry point the app uses:
 *
 *   const verify = await createVerify({ db: db.kysely, privacy, intake, sourceKey, clock,
 *     rateLimitPerMinute: config.verifyRateLimitPerMinute });
 *   registerErrors(verify.errors);
 *   await fastify.register(verify.routes);
 *
 * Creating it seeds the registry from registry/institutions.json on the first run.
 */
import type { Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Access } from '../auth/permissions.js';
import type { IntakeDeps } from '../complaints/intake-complaint.js';
import type { PrivacyPort } from '../complaints/ports.js';
import type { Database } from '../db/schema.js';
import type { Registry } from '../engines/scam/index.js';
import { createDbFraudLookup } from './db-fraud-lookup.js';
import { readRegistryFile } from './registry-file.js';
import { RegistryRepository } from './registry.repository.js';
import { registryRoutes } from './registry.routes.js';
import { RegistryService } from './registry.service.js';
import { verifyErrors } from './verify.errors.js';
import { VerifyRepository } from './verify.repository.js';
import { verifyRoutes } from './verify.routes.js';
import { VerifyService } from './verify.service.js';

export interface VerifyDeps {
  db: Kysely<Database>;
  privacy: PrivacyPort;
  intake: IntakeDeps;
  /** Secret for hashing reporters' client addresses (derive it from the keyring). */
  sourceKey: Buffer;
  clock?: () => Date;
  rateLimitPerMinute?: number;
  /** Access level of registry changes; `registry.manage` once permissions.ts has it. */
  manageAccess?: Access;
  /** Registry used for the first-run seed; defaults to the shipped file. */
  shippedRegistry?: Registry;
}

export interface Verify {
  routes: FastifyPluginAsyncZod;
  service: VerifyService;
  registry: RegistryService;
  errors: typeof verifyErrors;
}

export async function createVerify(deps: VerifyDeps): Promise<Verify> {
  const clock = deps.clock ?? (() => new Date());
  const registry = await RegistryService.open(new RegistryRepository(deps.db), deps.shippedRegistry ?? readRegistryFile(), clock);
  const repo = new VerifyRepository(deps.db);
  const service = new VerifyService({
    repo,
    registry,
    fraudLookup: createDbFraudLookup(repo),
    privacy: deps.privacy,
    intake: deps.intake,
    sourceKey: deps.sourceKey,
    clock,
  });
  const rateLimitPerMinute = deps.rateLimitPerMinute ?? 60;
  const manageAccess = deps.manageAccess ?? 'user.manage';
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(verifyRoutes, { service, rateLimitPerMinute });
    await app.register(registryRoutes, { registry, manageAccess });
  };
  return { routes, service, registry, errors: verifyErrors };
}

export { createDbFraudLookup } from './db-fraud-lookup.js';
export { readRegistryFile } from './registry-file.js';
export { RegistryRepository } from './registry.repository.js';
export { RegistryService } from './registry.service.js';
export { VerifyRepository } from './verify.repository.js';
export { VerifyService } from './verify.service.js';
