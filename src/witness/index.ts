/**
 * Witness (见证): an optional c2sp.org/tlog-witness that cosigns the checkpoints of other
 * transparency logs — lenders' Xiaobao logs or any C2SP log — so that e.g. a regulator or an
 * industry association can vouch that each log it watches only ever grew. On when WITNESS_NAME
 * is set:
 *
 *   const witness = createWitness({ db: db.kysely, ...config.witness, clock, logger });
 *   registerErrors(witness.errors);
 *   await fastify.register(witness.routes);
 *
 * Contract
 * - add-checkpoint MUST apply every rule of tlog-witness with its status (400, 403, 404, 409 with
 *   a `text/x.tlog.size` body, 409, 422) and answer errors as plain text "<code>: <message>".
 * - Checking the old size against the stored size and storing the new checkpoint MUST happen in
 *   one transaction holding the origin's row lock (conditional writes besides), so concurrent
 *   requests in any number of processes can never roll the stored size back.
 * - The new checkpoint MUST be committed before its cosignature is returned.
 * - Cosignatures MUST be Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature) by the key in
 *   WITNESS_SIGNER_KEY_FILE, created on first start with mode 0600 and never replaced.
 * - Only logs listed in WITNESS_LOGS are trusted; their origin is the key name.
 * - add-checkpoint is rate-limited per client address (429 RATE_LIMITED in plain text): each
 *   request costs signature checks and a locked transaction, and anyone can send one.
 */
import type { Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';
import { loadOrCreateCosigner, readTrustedLogs } from './witness-keys.js';
import { witnessErrors } from './witness.errors.js';
import { WitnessRepository } from './witness.repository.js';
import { witnessRoutes } from './witness.routes.js';
import { WitnessService } from './witness.service.js';

export interface WitnessDeps {
  db: Kysely<Database>;
  name: string;
  signerKeyFile: string;
  logsFile: string;
  /** add-checkpoint requests per minute per client address (WITNESS_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  clock?: () => Date;
  logger?: Pick<Logger, 'warn'>;
}

export interface Witness {
  service: WitnessService;
  routes: FastifyPluginAsyncZod;
  errors: typeof witnessErrors;
}

export function createWitness(deps: WitnessDeps): Witness {
  const service = new WitnessService({
    repo: new WitnessRepository(deps.db),
    cosigner: loadOrCreateCosigner(deps.signerKeyFile, deps.name),
    logs: readTrustedLogs(deps.logsFile),
    clock: deps.clock ?? (() => new Date()),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  return { service, routes: (app) => witnessRoutes(app, { witness: service, rateLimitPerMinute: deps.rateLimitPerMinute }), errors: witnessErrors };
}

export { witnessErrors } from './witness.errors.js';
export { WitnessService } from './witness.service.js';
export { MAX_PROOF_LINES } from './add-checkpoint-body.js';
