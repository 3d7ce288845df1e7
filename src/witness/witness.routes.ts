/**
 * The witness over HTTP, per c2sp.org/tlog-witness: `POST /witness/add-checkpoint` (submission
 * prefix `/witness`) and the witness's cosignature/v1 verifier key at `GET /witness/vkey`. Both
 * are public: the protocol has no authentication beyond the log's signature on the checkpoint.
 *
 * The protocol prescribes text bodies and exact statuses, so this plugin answers every error in
 * plain text, "<code>: <English message>\n" (codes from witness.errors.ts, or the app's codes for
 * generic failures such as an oversized body), instead of the JSON error envelope; and a 409 for
 * a stale old size is `text/x.tlog.size` holding only the latest cosigned size.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mapError } from '../app/error-handler.js';
import { DomainError } from '../shared/errors.js';
import { format } from '../shared/i18n.js';
import { isWitnessCode, witnessError, witnessErrors } from './witness.errors.js';
import { WITNESS_NOTE_LIMITS, type WitnessService } from './witness.service.js';

export interface WitnessRoutesOptions {
  witness: WitnessService;
  rateLimitPerMinute: number;
}

const TAG = ['witness'];
// The note plus an old line and 63 base64 proof lines (45 bytes each).
const MAX_BODY_BYTES = WITNESS_NOTE_LIMITS.maxBytes + 4096;
const TEXT = 'text/plain; charset=utf-8';
// Documentation only: Fastify sends a text body as it is, without the response serializer.
const PLAIN_ERROR = z.string().describe('"<code>: <English message>" and a newline');
// Exact UTF-8: a byte-order mark is kept (and then fails the "old" line), bad bytes are refused.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof DomainError && isWitnessCode(err.code)) {
    const spec = witnessErrors[err.code];
    if (err.code === 'WITNESS_OLD_SIZE_MISMATCH') {
      void reply.status(spec.status).type('text/x.tlog.size').send(`${String(err.details.latest)}\n`);
      return;
    }
    void reply.status(spec.status).type(TEXT).send(`${err.code}: ${format(spec.message, err.details).en}\n`);
    return;
  }
  // A request without a text body fails the route's schema before reaching the service.
  if (hasZodFastifySchemaValidationErrors(err)) {
    sendError(witnessError('WITNESS_BAD_REQUEST', { reason: 'the body must be the add-checkpoint text' }), req, reply);
    return;
  }
  const { status, payload } = mapError(err);
  if (status >= 500) {
    const fe = err as Partial<FastifyError>;
    req.log.error({ errType: fe.name ?? typeof err, errCode: fe.code ?? null, stack: typeof fe.stack === 'string' ? fe.stack : null }, 'witness request failed');
  }
  void reply.status(status).type(TEXT).send(`${payload.error.code}: ${payload.error.message.en}\n`);
}

export const witnessRoutes: FastifyPluginAsyncZod<WitnessRoutesOptions> = async (app, { witness, rateLimitPerMinute }) => {
  // Only add-checkpoint is limited: the vkey is a cached constant.
  await app.register(rateLimit, { global: false });
  // Scoped to this plugin: the rest of the API stays JSON-only.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      // parseAs 'buffer' always hands a Buffer; Fastify's type also admits a string.
      done(null, utf8.decode(typeof body === 'string' ? Buffer.from(body, 'utf8') : body));
    } catch {
      done(witnessError('WITNESS_BAD_REQUEST', { reason: 'the body is not valid UTF-8' }), undefined);
    }
  });
  app.setErrorHandler(sendError);

  app.post(
    '/witness/add-checkpoint',
    {
      config: { access: 'public', rateLimit: { max: rateLimitPerMinute, timeWindow: '1 minute' } },
      bodyLimit: MAX_BODY_BYTES,
      schema: {
        tags: TAG,
        summary: 'Submit a checkpoint with a consistency proof and get it cosigned (C2SP tlog-witness add-checkpoint)',
        description:
          'Body: "old <size>\\n", up to 63 base64 consistency-proof lines, an empty line, then the checkpoint as a signed note. ' +
          'Errors are plain text "<code>: <message>", except a stale old size: 409 with Content-Type text/x.tlog.size and the latest cosigned size.',
        consumes: ['text/plain'],
        body: z.string().describe('add-checkpoint request body'),
        produces: ['text/plain'],
        response: {
          200: z.string().describe('cosignature line(s): "— <witness name> <base64(key ID ‖ timestamp ‖ signature)>"'),
          400: PLAIN_ERROR,
          403: PLAIN_ERROR,
          404: PLAIN_ERROR,
          409: z.string().describe('text/x.tlog.size: the latest cosigned size and a newline; or WITNESS_ROOT_MISMATCH in plain text'),
          413: PLAIN_ERROR,
          422: PLAIN_ERROR,
          429: PLAIN_ERROR,
        },
      },
    },
    async (req, reply) => reply.type(TEXT).header('cache-control', 'no-store').send(await witness.addCheckpoint(req.body)),
  );

  app.get(
    '/witness/vkey',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: "The witness's public key (C2SP cosignature/v1 verifier key, type 0x04)",
        produces: ['text/plain'],
        response: { 200: z.string().describe('<name>+<key ID>+<base64(0x04 ‖ Ed25519 public key)> and a newline') },
      },
    },
    async (_req, reply) => reply.type(TEXT).header('cache-control', 'public, max-age=3600').send(`${witness.verifierKey}\n`),
  );
};
