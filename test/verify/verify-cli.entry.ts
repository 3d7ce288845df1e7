/**
 * Stand-in for `xiaobao verify` until cli/main.ts registers the command: the same command
 * function on a bare program, run as a real process by verify.cli.test.ts.
 */
import { Command } from 'commander';
import { registerVerifyCommand } from '../../src/cli/verify.command.js';

const program = new Command('xiaobao');
registerVerifyCommand(program, { env: { ...process.env } });
await program.parseAsync(process.argv);
