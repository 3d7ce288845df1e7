/**
 * Starts the product: open the configured database, migrate, load demo data on an empty
 * database, listen, and run the escalation job on a timer. Stops cleanly on SIGINT/SIGTERM.
 */
import { migrate, openDatabase } from '../db/client.js';
import { seedDemo } from './demo-data.js';
import { buildApp, type App } from './build-app.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';

export interface RunningServer {
  url: string;
  app: App;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  const applied = await migrate(db);
  if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  const app = await buildApp({ config, db, logger, });
  if (config.seedDemo !== 'never') {
    const seeded = await seedDemo(app, config.seedDemo === 'always');
    if (seeded) {
      logger.info({ users: seeded.users.map((u) => u.username), complaints: seeded.complaints }, 'demo data loaded');
      process.stdout.write(
        `\nDemo staff accounts (change these before real use):\n${seeded.users.map((u) => `  ${u.role.padEnd(10)} ${u.username} / ${u.password}`).join('\n')}\n`,
      );
    }
  }
  app.ledger.start();
  const address = await app.fastify.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', '127.0.0.1');
  process.stdout.write(`\nXiaobao is running at ${url}  (API docs: ${url}/docs, database: ${db.kind})\n`);

  let timer: NodeJS.Timeout | null = null;
  if (config.escalationIntervalSeconds > 0) {
    timer = setInterval(() => {
      app.services.complaints
        .escalateAtRisk()
        .then((n) => n && logger.info({ escalated: n }, 'escalation job'))
        .catch((err: unknown) => logger.error({ errType: (err as Error).name }, 'escalation job failed'));
    }, config.escalationIntervalSeconds * 1000);
    timer.unref();
  }
  return {
    url,
    app,
    async close() {
      if (timer) clearInterval(timer);
      await app.ledger.stop();
      await app.fastify.close();
      // After the last request: proofs in flight may still read the mirror.
      await app.ledger.close();
      await db.close();
    },
  };
}
