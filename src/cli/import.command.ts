import type { Command } from 'commander';
import { intakeBodySchema } from '../complaints/complaint.schemas.js';
import { intakeComplaint } from '../complaints/intake-complaint.js';
import { DomainError } from '../shared/errors.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';
import { LineError, mapJsonl } from './jsonl.js';

export function registerImport(program: Command, cli: CliEnv): void {
  addDatabaseOptions(
    program
      .command('import')
      .description('file complaints from JSONL on stdin (one intake body per line, as POST /api/complaints takes); re-running is safe')
      .option('--source <name>', 'names the batch: line N is idempotent as <source>:N', 'import'),
  ).action(async (opts: Record<string, unknown>) => {
    await withApp(configFrom(cli, opts), async (app) => {
      const { ok, failed } = await mapJsonl(async (value, line) => {
        const parsed = intakeBodySchema.safeParse(value);
        if (!parsed.success) throw new LineError('VALIDATION_FAILED', `invalid fields: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`);
        try {
          const r = await intakeComplaint(app.internals.intake, parsed.data, { idempotencyKey: `${String(opts.source)}:${line}`, actor: { type: 'system', id: 'import' } });
          return { line, id: r.complaint.id, number: r.complaint.number, replayed: r.replayed };
        } catch (err) {
          if (err instanceof DomainError) throw new LineError(err.code, `line ${line} refused`);
          throw err;
        }
      });
      process.stderr.write(`imported ${ok}, failed ${failed}\n`);
      if (failed) process.exitCode = 1;
    });
  });
}
