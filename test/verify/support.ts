/**
 * The verify routes on a small Fastify instance built like buildApp (same compilers, error
 * handler and access hook), on the same test database and services as the full test app, so
 * complaints filed from a check are visible through the real complaint API.
 */
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installAccess } from '../../src/app/access.js';
import { registerErrors } from '../../src/app/error-catalogue.js';
import { installErrorHandler } from '../../src/app/error-handler.js';
import { createVerify, type Verify } from '../../src/verify/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

export interface VerifyTestApp {
  t: TestApp;
  verify: Verify;
  fastify: FastifyInstance;
  close(): Promise<void>;
}

export async function createVerifyTestApp(opts: { rateLimitPerMinute?: number } = {}): Promise<VerifyTestApp> {
  const t = await createTestApp();
  const intake = t.app.internals.intake;
  const verify = await createVerify({
    db: t.testDb.db.kysely,
    privacy: intake.privacy,
    intake,
    sourceKey: randomBytes(32),
    clock: () => new Date(t.clock.now),
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 10_000,
  });
  registerErrors(verify.errors);
  const fastify = Fastify({ bodyLimit: t.config.bodyLimitBytes }).withTypeProvider<ZodTypeProvider>();
  fastify.removeContentTypeParser('text/plain');
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  installErrorHandler(fastify);
  installAccess(fastify, { staff: (tok) => t.app.services.auth.resolve(tok), consumer: (tok) => t.app.services.tracking.resolve(tok) }, []);
  await fastify.register(verify.routes);
  await fastify.ready();
  return {
    t,
    verify,
    fastify,
    async close() {
      await fastify.close();
      await t.close();
    },
  };
}
