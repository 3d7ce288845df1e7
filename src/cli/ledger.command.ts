/**
 * `xiaobao ledger receipt|verify|audit|cosign`: print a complaint's receipt, check a receipt
 * offline, check the database against the log, and submit the latest checkpoint to the witnesses
 * of LEDGER_WITNESSES once. `verify` needs no database: it trusts --vkey, else the local log's key
 * under DATA_DIR, else (with a warning) the key the receipt itself carries; with --witness it
 * also says which of those witnesses cosigned the receipt's checkpoint and the --against one, and
 * with --min-cosigners it fails unless enough of them cosigned the newest of the two (the
 * checking is verifyReceiptFile's; this only reads files and prints).
 */
import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { readVerifierKey, verifyReceiptFile, type CosignerReport, type CosignOutcome, type FileVerdict } from '../ledger/index.js';
import { keyFileLines } from '../shared/key-file-lines.js';
import { addDatabaseOptions, configFrom, withApp, type CliEnv } from './context.js';

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${what} ${file}`);
  }
}

/** --vkey takes the key itself or a file holding it (e.g. a saved /.well-known/xiaobao-log.vkey). */
function vkeyFrom(arg: string): string {
  return (fs.existsSync(arg) ? readText(arg, 'verifier key file') : arg).trim();
}

/**
 * --witness takes a witness's cosignature/v1 vkey, or a file of them: one per line, '#' comments
 * and blank lines skipped, as in WITNESS_LOGS. A LEDGER_WITNESSES line (`<URL> <vkey>`) gives
 * its last field, so an operator can pass the log's own witness list as it is.
 */
function witnessKeysFrom(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!fs.existsSync(arg)) return [arg.trim()];
    const lines = keyFileLines(readText(arg, 'witness key file'));
    if (lines.length === 0) throw new Error(`witness key file ${arg} lists no key`);
    return lines.map(({ line }) => line.split(/[ \t]+/).at(-1) ?? '');
  });
}

/** Unix seconds as an ISO time; a witness may sign a time beyond what a Date holds, shown as it is. */
function timeOf(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? `time ${seconds}` : d.toISOString().replace('.000Z', 'Z');
}

/** Only the syntax: the range (at least 1, at most the keys given) is verifyReceiptFile's to judge. */
function wholeNumber(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(value);
}

/** `heading` names the checkpoint when the file's and --against's are two heads. */
function describeCosigners(r: CosignerReport, heading = ''): string[] {
  const listed = r.cosigned.length + r.absent.length;
  return [
    `${heading}cosigned by ${r.cosigned.length} of ${listed} listed witness${listed === 1 ? '' : 'es'}`,
    ...r.cosigned.map((w) => `  cosigned: ${w.name}+${w.keyId} at ${timeOf(w.timestamp)}`),
    ...r.absent.map((w) => `  absent: ${w.name}+${w.keyId}`),
    ...r.unknown.map((w) => `  ignored: ${w.name}+${w.keyId} (not a listed key, not checked)`),
  ];
}

type Valid = Extract<FileVerdict, { ok: true }>;

function describeWitnesses(v: Valid): string[] {
  if (!v.cosigners) return [];
  if (!v.againstCosigners) return describeCosigners(v.cosigners);
  return [
    ...describeCosigners(v.cosigners, `receipt's checkpoint (tree size ${v.checkpoint.size}): `),
    ...describeCosigners(v.againstCosigners, `--against checkpoint (tree size ${v.against?.size ?? '?'}): `),
  ];
}

function describeQuorum(v: Valid): string[] {
  if (!v.quorum) return [];
  const q = v.quorum;
  const cp = q.checkpoint === 'against' ? v.against ?? v.checkpoint : v.checkpoint;
  const which = q.checkpoint === 'against' ? '--against' : "receipt's";
  return [`quorum met: ${q.cosigned} distinct listed witness${q.cosigned === 1 ? '' : 'es'} cosigned the ${which} checkpoint at tree size ${cp.size} (--min-cosigners ${q.required})`];
}

function describeOutcome(o: CosignOutcome): string {
  if (o.result === 'current') return `${o.witness}: already cosigned size ${o.size}`;
  if (o.result === 'cosigned') return `${o.witness}: cosigned size ${o.size} (from ${o.oldSize}${o.resyncedFrom === null ? '' : `, the size the witness had; ${o.resyncedFrom} was stored`})`;
  const f = o.failure;
  return `${o.witness}: FAILED ${f.kind}${f.status === null ? '' : ` HTTP ${f.status}`}${f.code ? ` ${f.code}` : ''}: ${f.message}`;
}

export function registerLedger(program: Command, cli: CliEnv): void {
  const ledger = program.command('ledger').description('transparency log: receipts, offline verification, tamper audit');

  addDatabaseOptions(ledger.command('receipt').description("print a complaint's receipt file (every event with its inclusion proof)").argument('<complaint-number>')).action(
    async (number: string, opts: Record<string, unknown>) => {
      await withApp(configFrom(cli, opts), async (app) => {
        process.stdout.write(`${(await app.ledger.receiptFor(number)).text}\n`);
      });
    },
  );

  addDatabaseOptions(
    ledger
      .command('verify')
      .description('check a receipt file offline; exit 0 when valid')
      .argument('<file>')
      .option('--against <checkpoint-file>', 'a newer checkpoint (signed note, or the JSON from GET /log/consistency?from=<size>)')
      .option('--vkey <vkey>', 'trusted verifier key, or a file holding it')
      .option('--witness <vkey>', "a witness's cosignature key, or a file of them (one per line, or LEDGER_WITNESSES lines): report whether it cosigned the receipt's and the --against checkpoint; repeatable", (v: string, all: string[]) => [...all, v], [])
      .option('--min-cosigners <n>', 'fail unless at least n distinct --witness keys validly cosigned the --against checkpoint when given, else the receipt\'s', wholeNumber),
  ).action(async (file: string, opts: Record<string, unknown>) => {
    const text = readText(file, 'receipt').replace(/\n$/, '');
    const trusted = typeof opts.vkey === 'string' ? vkeyFrom(opts.vkey) : readVerifierKey(configFrom(cli, opts).ledger.signerKeyFile);
    const against = typeof opts.against === 'string' ? readText(opts.against, 'checkpoint') : null;
    const witnessArgs = Array.isArray(opts.witness) ? opts.witness.filter((w): w is string => typeof w === 'string') : [];
    const witnesses = witnessArgs.length > 0 ? witnessKeysFrom(witnessArgs) : undefined;
    const minCosigners = typeof opts.minCosigners === 'number' ? opts.minCosigners : undefined;
    const v = verifyReceiptFile(text, { trustedVkey: trusted, against, witnesses, minCosigners });
    // A mistaken option says nothing about the receipt.
    if (!v.ok && v.code === 'INVALID_OPTION') throw new Error(v.reason);
    if (!v.ok) throw new Error(`receipt is NOT valid (${v.code}): ${v.reason}`);
    if (v.keySource === 'self-asserted') {
      process.stderr.write('warning: verified with the key inside the receipt (self-asserted); pass --vkey with the key published at /.well-known/xiaobao-log.vkey\n');
    }
    const cp = v.checkpoint;
    process.stdout.write(`valid: ${v.events.length} entr${v.events.length === 1 ? 'y' : 'ies'} in ${cp.origin} at tree size ${cp.size}${v.against ? `, consistent with size ${v.against.size}` : ''}\n`);
    for (const e of v.events) process.stdout.write(`  #${e.leafIndex} ${e.entry ?? '(hash only)'}\n`);
    for (const line of [...describeWitnesses(v), ...describeQuorum(v)]) process.stdout.write(`${line}\n`);
  });

  addDatabaseOptions(
    ledger.command('cosign').description('submit the latest checkpoint once to every witness in LEDGER_WITNESSES that lacks it; exit non-zero when one fails'),
  ).action(async (opts: Record<string, unknown>) => {
    const config = configFrom(cli, opts);
    if (config.ledger.witnesses.length === 0) throw new Error('LEDGER_WITNESSES is not set: there is no witness to submit to');
    const outcomes = await withApp(config, async (app) => {
      await app.ledger.integrate();
      return app.ledger.cosignNow();
    });
    for (const o of outcomes) process.stdout.write(`${describeOutcome(o)}\n`);
    if (outcomes.length === 0) process.stdout.write('the log is empty: nothing to cosign\n');
    const failed = outcomes.filter((o) => o.result === 'failed').length;
    if (failed > 0) throw new Error(`${failed} of ${outcomes.length} witnesses did not cosign`);
  });

  addDatabaseOptions(ledger.command('audit').description('check every complaint event against the log; exit non-zero on any mismatch')).action(async (opts: Record<string, unknown>) => {
    const report = await withApp(configFrom(cli, opts), (app) => app.ledger.audit());
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.ok) {
      for (const p of report.problems) {
        process.stderr.write(`${p.problem}: complaint ${p.complaintNumber ?? '-'} seq ${p.eventSeq ?? '-'}${p.leafIndex === null ? '' : ` leaf ${p.leafIndex}`}: ${p.detail}\n`);
      }
      throw new Error(`audit failed: ${report.problems.length} problem(s)`);
    }
  });
}
