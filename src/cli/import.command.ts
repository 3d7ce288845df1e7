import readline from 'node:readline';
import type { Command } from 'commander';
import { intakeBodySchema } from '../complaints/complaint.schemas.js';
import { intakeComplaint } from '../complaints/intake-complaint.js';
import { DomainError } from '../shared/errors.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';

export function registerImport(program: Command, cli: CliEnv): void {
  addDatabaseOptions(
    program
      .command('import')
      .description('file complaints from JSONL on stdin (one intake body per line, as POST /api/complaints takes); re-running is safe')
      .option('--source <name>', 'names the batch: line N is idempotent as <source>:N', 'import'),
  ).action(async (opts: Record<string, unknown>) => {
    await withApp(configFrom(cli, opts), async (app) => {
      const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      let line = 0;
      let ok = 0;
      let failed = 0;
      for await (const raw of rl) {
        line++;
        if (!raw.trim()) continue;
        let parsedJson: unknown;
        try {
          parsedJson = JSON.parse(raw);
        } catch {
          failed++;
          process.stdout.write(`${JSON.stringify({ line, error: 'MALFORMED_JSON' })}\n`);
          continue;
        }
        const parsed = intakeBodySchema.safeParse(parsedJson);
        if (!parsed.success) {
          failed++;
          process.stdout.write(`${JSON.stringify({ line, error: 'VALIDATION_FAILED', fields: parsed.error.issues.map((i) => i.path.join('.')) })}\n`);
          continue;
        }
        try {
          const r = await intakeComplaint(app.internals.intake, parsed.data, { idempotencyKey: `${String(opts.source)}:${line}`, actor: { type: 'system', id: 'import' } });
          ok++;
          process.stdout.write(`${JSON.stringify({ line, id: r.complaint.id, number: r.complaint.number, replayed: r.replayed })}\n`);
        } catch (err) {
          failed++;
          process.stdout.write(`${JSON.stringify({ line, error: err instanceof DomainError ? err.code : 'INTERNAL' })}\n`);
        }
      }
      process.stderr.write(`imported ${ok}, failed ${failed}\n`);
      if (failed) process.exitCode = 1;
    });
  });
}
