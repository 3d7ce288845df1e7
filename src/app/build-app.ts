/**
 * buildApp wires every capability into one Fastify instance without listening, so tests drive it
 * through inject() and the server, CLI and benchmarks share the same construction.
 */
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AuthRepository } from '../auth/auth.repository.js';
import { authRoutes } from '../auth/auth.routes.js';
import { AuthService } from '../auth/auth.service.js';
import { ComplaintRepository } from '../complaints/complaint.repository.js';
import { complaintRoutes } from '../complaints/complaint.routes.js';
import { ComplaintService } from '../complaints/complaint.service.js';
import { parseDeadlineRules } from '../complaints/deadline-rules.js';
import type { IntakeDeps } from '../complaints/intake-complaint.js';
import { IntakeWriter } from '../complaints/intake-writer.js';
import type { NotifierPort, TriagePort, UrgentHookPort } from '../complaints/ports.js';
import { TrackingService } from '../complaints/tracking.service.js';
import { trackingRoutes } from '../complaints/tracking.routes.js';
import type { Db } from '../db/client.js';
import { createLedger, ledgerRoutes, type Ledger } from '../ledger/index.js';
import { loadKeyring } from '../privacy/keyring.js';
import { createOutboxNotifier } from '../privacy/outbox-notifier.js';
import { createPrivacy } from '../privacy/privacy.service.js';
import { PrivacyRightsService } from '../privacy/privacy-rights.service.js';
import { privacyRoutes } from '../privacy/privacy.routes.js';
import { createAutoAnswer } from '../triage/auto-answer.js';
import { kbRoutes } from '../triage/kb.routes.js';
import { loadKnowledgeBase } from '../triage/knowledge-base.js';
import { TriageStatsRepository } from '../triage/triage-stats.repository.js';
import { triageRoutes } from '../triage/triage.routes.js';
import { createTriage } from '../triage/triage.service.js';
import { createUrgentHook } from '../triage/urgent-hook.js';
import { createVerify } from '../verify/index.js';
import { createWitness } from '../witness/index.js';
import { installAccess, type RouteAccess } from './access.js';
import type { Config } from './config.js';
import { registerErrors } from './error-catalogue.js';
import { installErrorHandler } from './error-handler.js';
import { createLogger } from './logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppDeps {
  config: Config;
  db: Db;
  logger?: Logger;
  notifier?: NotifierPort;
  triage?: TriagePort | null;
  urgentHook?: UrgentHookPort | null;
  clock?: () => Date;
}

export interface App {
  fastify: FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
  routes: RouteAccess[];
  services: { complaints: ComplaintService; auth: AuthService; tracking: TrackingService };
  /** The transparency log; the server starts and stops its integrator and cosigning loops. */
  ledger: Ledger;
  /** Lower-level pieces for the CLI and demo loader, which run workflows without HTTP. */
  internals: { intake: IntakeDeps; repo: ComplaintRepository; db: Db };
}

export function loadRuleSets() {
  return parseDeadlineRules(JSON.parse(fs.readFileSync(path.join(ROOT, 'config/deadline-rules.json'), 'utf8')));
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const logger = deps.logger ?? createLogger(config.logLevel);
  const fastify = Fastify<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger>({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: a text/plain body is refused with 415 rather than validated as a string.
  fastify.removeContentTypeParser('text/plain');
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  installErrorHandler(fastify);

  const keyring = loadKeyring({ ...config.kek, dataDir: config.dataDir });
  const privacy = createPrivacy(keyring);
  const notifier = deps.notifier ?? createOutboxNotifier(config.dataDir, logger, privacy);
  const ruleSets = loadRuleSets();
  const repo = new ComplaintRepository(db.kysely);
  const ledger = await createLedger({
    db,
    signerKeyFile: config.ledger.signerKeyFile,
    origin: config.ledger.origin,
    logger,
    ...(config.ledger.proofMirrorDir ? { proofMirrorDir: config.ledger.proofMirrorDir } : {}),
    witnesses: config.ledger.witnesses,
    witnessIntervalMs: config.ledger.witnessIntervalMs,
  });
  const complaints = new ComplaintService({
    repo,
    ruleSets,
    privacy,
    notifier,
    eventSink: ledger.sink,
    clock,
    atRiskDays: config.atRiskDays,
    maxAttachmentBytes: config.maxAttachmentBytes,
  });
  const writer = new IntakeWriter(repo, privacy, ledger.sink, { maxBatch: 256, maxInFlight: db.kind === 'postgres' ? 4 : 1 });
  const kb = loadKnowledgeBase(path.join(ROOT, 'kb'));
  const triage = deps.triage === undefined ? createTriage(config.triageModel ?? undefined) : deps.triage;
  const intake: IntakeDeps = {
    repo,
    writer,
    ruleSets,
    ruleSetId: config.deadlineRuleSet,
    privacy,
    triage,
    urgentHook: deps.urgentHook === undefined ? createUrgentHook(logger, config.urgentWebhookUrl) : deps.urgentHook,
    autoAnswer: triage ? createAutoAnswer(kb, complaints) : null,
    clock,
    maxAttachmentBytes: config.maxAttachmentBytes,
  };
  const auth = new AuthService(new AuthRepository(db.kysely), config.sessionHours, clock);
  const tracking = new TrackingService(db.kysely, complaints, clock);

  const routes: RouteAccess[] = [];
  installAccess(fastify, { staff: (t) => auth.resolve(t), consumer: (t) => tracking.resolve(t) }, routes);

  await fastify.register(fastifySwagger, {
    openapi: {
      info: { title: 'Xiaobao 消保 API', version: '0.1.0', description: 'Complaint desk, privacy vault and consumer tools for consumer-finance companies.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await fastify.register(fastifySwaggerUi, { routePrefix: '/docs' });

  fastify.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['operations'], summary: 'Ready once migrations are done', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  fastify.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => fastify.swagger());
  await fastify.register(authRoutes, { auth });
  await fastify.register(complaintRoutes, { service: complaints, intake, privacy, atRiskDays: config.atRiskDays, clock });
  await fastify.register(trackingRoutes, { service: complaints, tracking });
  await fastify.register(ledgerRoutes, { ledger });
  if (config.witness) {
    const witness = createWitness({ db: db.kysely, ...config.witness, clock, logger });
    registerErrors(witness.errors);
    await fastify.register(witness.routes);
  }
  await fastify.register(kbRoutes, { kb });
  await fastify.register(privacyRoutes, { rights: new PrivacyRightsService({ db: db.kysely, keyring, privacy, complaints, clock }) });
  const verify = await createVerify({
    db: db.kysely,
    privacy,
    intake,
    clock,
    rateLimitPerMinute: config.verifyRateLimitPerMinute,
    sourceKey: createHmac('sha256', keyring.indexKey).update('verify-report-source').digest(),
    manageAccess: 'registry.manage',
  });
  await fastify.register(verify.routes);
  await fastify.register(triageRoutes, { stats: new TriageStatsRepository(db.kysely), clock });
  await fastify.ready();
  return { fastify, routes, services: { complaints, auth, tracking }, ledger, internals: { intake, repo, db } };
}
