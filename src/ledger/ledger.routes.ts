/**
 * The log over HTTP: checkpoint, tiles and entry bundles per C2SP tlog-tiles (anyone can mirror
 * them with curl), the verifier key at a well-known URL, consistency proofs for `verify
 * --against`, and a complaint's receipt file for its consumer or staff.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authError } from '../auth/auth.errors.js';
import { MerkleError, parseTilePath } from '../engines/merkle/index.js';
import { ledgerError } from './ledger.errors.js';
import type { Ledger } from './ledger.service.js';

export interface LedgerRoutesOptions {
  ledger: Ledger;
}

const TAG = ['transparency log'];
const IMMUTABLE = 'public, max-age=31536000, immutable';
// A partial tile grows with the next checkpoint; a short cache keeps mirrors fresh.
const SHORT = 'public, max-age=5';

export const ledgerRoutes: FastifyPluginAsyncZod<LedgerRoutesOptions> = async (app, { ledger }) => {
  app.get(
    '/log/checkpoint',
    { config: { access: 'public' }, schema: { tags: TAG, summary: 'Latest signed checkpoint (C2SP tlog-checkpoint, signed note)' } },
    async (_req, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(await ledger.latestCheckpoint()),
  );

  app.get(
    '/log/tile/*',
    { config: { access: 'public' }, schema: { tags: TAG, summary: 'Hash tiles and entry bundles (C2SP tlog-tiles)', params: z.object({ '*': z.string().max(200) }) } },
    async (req, reply) => {
      let tile;
      try {
        tile = parseTilePath(`tile/${req.params['*']}`);
      } catch (err) {
        if (err instanceof MerkleError) throw ledgerError('LEDGER_TILE_NOT_FOUND', {});
        throw err;
      }
      const found = await ledger.tile(tile);
      if (!found) throw ledgerError('LEDGER_TILE_NOT_FOUND', {});
      return reply
        .type('application/octet-stream')
        .header('cache-control', found.immutable ? IMMUTABLE : SHORT)
        .send(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength));
    },
  );

  app.get(
    '/log/consistency',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Consistency proof from an older tree size to the latest checkpoint (for `xiaobao ledger verify --against`)',
        querystring: z.object({ from: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ checkpoint: z.string(), consistencyProof: z.array(z.string()) }) },
      },
    },
    async (req) => ledger.consistencyFrom(req.query.from),
  );

  app.get(
    '/.well-known/xiaobao-log.vkey',
    { config: { access: 'public' }, schema: { tags: TAG, summary: "The log's public key (C2SP signed-note verifier key)" } },
    async (_req, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(`${ledger.verifierKey}\n`),
  );

  app.get(
    '/api/complaints/:id/receipt',
    {
      config: { access: 'owner_or_reader' },
      schema: {
        tags: TAG,
        summary: 'Receipt file: every event of the complaint with its inclusion proof against one signed checkpoint',
        params: z.strictObject({ id: z.string().regex(/^(?:[0-9a-fA-F-]{36}|XB[0-9A-Z]{6,30})$/, 'id_invalid') }),
      },
    },
    async (req, reply) => {
      const c = await ledger.findComplaint(req.params.id);
      const p = req.principal;
      // A consumer session is bound to one complaint; anything else looks the same as "forbidden".
      if (p.kind === 'consumer' && p.complaintId !== c?.id) throw authError('FORBIDDEN');
      if (!c) throw ledgerError('LEDGER_NO_ENTRIES', {});
      const r = await ledger.receiptFor(c.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${r.number}.receipt.json"`)
        .header('cache-control', 'no-store')
        .send(r.text);
    },
  );
};
