import type { Command } from 'commander';
import { seedDemo } from '../app/demo-data.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';

export function registerSeedDemo(program: Command, cli: CliEnv): void {
  addDatabaseOptions(
    program.command('seed-demo').description('load demo staff accounts and complaints').option('--force', 'seed even when the database already has users'),
  ).action(async (opts: Record<string, unknown>) => {
    await withApp(configFrom(cli, opts), async (app) => {
      const r = await seedDemo(app, opts.force === true);
      if (!r) {
        process.stdout.write('database already has data; use --force to add the demo set anyway\n');
        return;
      }
      for (const u of r.users) process.stdout.write(`${u.role}\t${u.username}\t${u.password}\n`);
      process.stdout.write(`${r.complaints} demo complaints\n`);
    });
  });
}
