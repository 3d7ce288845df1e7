import type { Command } from 'commander';
import { migrate, openDatabase } from '../db/client.js';
import { keyringPath } from '../privacy/keyring.js';
import { rotateKeys } from '../privacy/rotate-keys.js';
import { addDatabaseOptions, configFrom, type CliEnv } from './context.js';

export function registerKeys(program: Command, cli: CliEnv): void {
  const keys = program.command('keys').description('privacy-vault keys');
  addDatabaseOptions(
    keys
      .command('rotate')
      .description('add a new key-encryption key version and re-wrap every data key under it, reporting progress (servers keep running)')
      .option('--resume', 're-wrap leftovers under the current version without adding a new one'),
  ).action(async (opts: Record<string, unknown>) => {
    const config = configFrom(cli, opts);
    if (config.kek.inline) throw new Error('the key comes from XIAOBAO_KEK and cannot be rotated here; use XIAOBAO_KEK_FILE or DATA_DIR/keys');
    const file = config.kek.file ?? keyringPath(config.dataDir);
    const db = await openDatabase(config.database);
    try {
      await migrate(db);
      const r = await rotateKeys(db.kysely, file, (p) => process.stdout.write(`key v${p.version}: re-wrapped ${p.done}/${p.total}\n`), { addVersion: opts.resume !== true });
      process.stdout.write(`done: ${r.done} of ${r.total} data keys now under key version ${r.version}\n`);
    } finally {
      await db.close();
    }
  });
}
