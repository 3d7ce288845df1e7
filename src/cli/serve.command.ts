import type { Command } from 'commander';
import { startServer } from '../app/server.js';
import { addDatabaseOptions, configFrom, type CliEnv } from './context.js';

export function registerServe(program: Command, cli: CliEnv): void {
  addDatabaseOptions(
    program
      .command('serve')
      .description('start the API server (embedded PGlite unless DATABASE_URL is set)')
      .option('--port <port>', 'HTTP port (PORT, default 3000)')
      .option('--host <host>', 'listen address (HOST, default 127.0.0.1)'),
  ).action(async (opts: Record<string, unknown>) => {
    const server = await startServer(configFrom(cli, opts));
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
