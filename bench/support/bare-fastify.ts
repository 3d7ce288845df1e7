// Baseline: the bare Fastify handler that the intake figures are compared with (same machine, same load).
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/api/complaints', async (_req, reply) => reply.status(201).send({ ok: true }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`running at ${address}\n`);
