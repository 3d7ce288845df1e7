import { once } from 'node:events';
import type { Command } from 'commander';
import { exportComplaints } from '../complaints/export-complaints.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';

export function registerExport(program: Command, cli: CliEnv): void {
  addDatabaseOptions(
    program.command('export').description('print every complaint (masked) in the standard classification columns').option('--format <format>', 'csv or jsonl', 'jsonl'),
  ).action(async (opts: Record<string, unknown>) => {
    const format = opts.format === 'csv' ? 'csv' : opts.format === 'jsonl' ? 'jsonl' : null;
    if (!format) throw new Error('--format must be csv or jsonl');
    await withApp(configFrom(cli, opts), async (app) => {
      for await (const chunk of exportComplaints(app.internals.repo, format)) {
        if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
      }
    });
  });
}
