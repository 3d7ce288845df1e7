/**
 * `xiaobao` command line. This entry point is the only code that reads process.env; every
 * command receives it and turns it into a validated Config.
 */
import { Command } from 'commander';
import { ConfigError } from '../app/config.js';
import { registerExport } from './export.command.js';
import { registerImport } from './import.command.js';
import { registerLedger } from './ledger.command.js';
import { registerMigrate } from './migrate.command.js';
import { registerRedact } from './redact.command.js';
import { registerClassify } from './classify.command.js';
import { registerModel } from './model.command.js';
import { registerKeys } from './keys.command.js';
import { registerVerifyCommand } from './verify.command.js';
import { registerSeedDemo } from './seed-demo.command.js';
import { registerServe } from './serve.command.js';
import { registerUserAdd } from './user-add.command.js';

const cli = { env: { ...process.env } };
const program = new Command('xiaobao').description('Xiaobao 消保 — consumer-protection platform').showHelpAfterError();

for (const register of [registerServe, registerMigrate, registerSeedDemo, registerUserAdd, registerExport, registerImport, registerLedger]) register(program, cli);
registerRedact(program);
registerClassify(program);
registerModel(program);
registerKeys(program, cli);
registerVerifyCommand(program, cli);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const msg = err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err);
  process.stderr.write(`xiaobao: ${msg}\n`);
  process.exit(err instanceof ConfigError ? 78 : 1);
}
