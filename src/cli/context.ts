/**
 * Shared plumbing for CLI commands: global flags map onto the same settings as the environment,
 * and `withApp` opens the configured database, migrates, and builds the app without listening.
 */
import type { Command } from 'commander';
import { buildApp, type App } from '../app/build-app.js';
import { loadConfig, type Config } from '../app/config.js';
import { createLogger } from '../app/logger.js';
import { migrate, openDatabase } from '../db/client.js';
import pino from 'pino';

export interface CliEnv {
  env: Record<string, string | undefined>;
}

export function addDatabaseOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'embedded database folder (DATA_DIR, default ./data)')
    .option('--database-url <url>', 'PostgreSQL URL (DATABASE_URL) instead of the embedded database');
}

export function configFrom(cli: CliEnv, opts: Record<string, unknown>): Config {
  const flag = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  return loadConfig(cli.env, {
    DATA_DIR: flag('dataDir'),
    DATABASE_URL: flag('databaseUrl'),
    PORT: flag('port'),
    HOST: flag('host'),
    LOG_LEVEL: flag('logLevel'),
  });
}

/** Runs `fn` against a built app whose logs go to stderr, so stdout stays machine-readable. */
export async function withApp<T>(config: Config, fn: (app: App) => Promise<T>): Promise<T> {
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
    // A one-shot command reads proofs from the database: no proof mirror to copy (or to take
    // from a running server).
    const app = await buildApp({ config: { ...config, escalationIntervalSeconds: 0, ledger: { ...config.ledger, proofMirrorDir: null } }, db, logger });
    try {
      return await fn(app);
    } finally {
      await app.fastify.close();
    }
  } finally {
    await db.close();
  }
}
