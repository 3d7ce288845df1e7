import type { Command } from 'commander';
import { ROLES, type StaffRole } from '../auth/roles.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

export function registerUserAdd(program: Command, cli: CliEnv): void {
  const user = program.command('user').description('manage staff accounts');
  addDatabaseOptions(
    user
      .command('add')
      .description('create a staff account; the password is read from --password-stdin or XIAOBAO_PASSWORD')
      .requiredOption('--username <name>', 'login name (a-z, 0-9, . _ -)')
      .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
      .option('--display-name <name>', 'name shown in the console')
      .option('--password-stdin', 'read the password from standard input'),
  ).action(async (opts: Record<string, unknown>) => {
    const role = String(opts.role);
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
    const password = opts.passwordStdin ? await readStdin() : (cli.env.XIAOBAO_PASSWORD ?? '');
    if (password.length < 10) throw new Error('the password must have at least 10 characters (--password-stdin or XIAOBAO_PASSWORD)');
    await withApp(configFrom(cli, opts), async (app) => {
      const u = await app.services.auth.createUser({
        username: String(opts.username),
        displayName: typeof opts.displayName === 'string' ? opts.displayName : String(opts.username),
        role: role as StaffRole,
        password,
      });
      process.stdout.write(`created ${u.role} ${u.username} (${u.id})\n`);
    });
  });
}
