import type { Command } from 'commander';
import { migrate, openDatabase } from '../db/client.js';
import { addDatabaseOptions, configFrom, type CliEnv } from './context.js';

export function registerMigrate(program: Command, cli: CliEnv): void {
  addDatabaseOptions(program.command('migrate').description('bring the database schema up to date')).action(async (opts: Record<string, unknown>) => {
    const config = configFrom(cli, opts);
    const db = await openDatabase(config.database);
    try {
      const applied = await migrate(db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
    } finally {
      await db.close();
    }
  });
}
