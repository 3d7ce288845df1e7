/**
 * Child process of ledger-kill9.test.ts: appends blocks of entries (each its own transaction)
 * while a second loop integrates in small batches, printing `ack <prefix> <n>` after every
 * commit and `size <n>` after every integration, until it is killed.
 */
import { migrate, openDatabase } from '../../src/db/client.js';
import { createLedger } from '../../src/ledger/index.js';

const url = process.env.DATABASE_URL;
const db = await openDatabase(url ? { kind: 'postgres', url, poolSize: 4 } : { kind: 'pglite', dataDir: process.env.PGLITE_DIR ?? '' });
await migrate(db);
const ledger = await createLedger({ db, signerKeyFile: process.env.KEY_FILE ?? '', origin: 'test.local/log', logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
const say = (line: string) => process.stdout.write(`${line}\n`);

async function append(): Promise<never> {
  for (let b = 0; ; b++) {
    const n = 1 + ((b * 37) % 200);
    const prefix = `b${b}`;
    await db.kysely.transaction().execute((tx) => ledger.appendEntries(tx, Array.from({ length: n }, (_, i) => ({ kind: 'test', ref: `${prefix}-${i}`, canonical: `{"b":${b},"i":${i}}` }))));
    say(`ack ${prefix} ${n}`);
  }
}

// No timer between rounds: on PGlite both loops only ever wait on the database, so a timer
// would never fire; they take turns on its one connection instead.
async function integrate(): Promise<never> {
  for (;;) say(`size ${(await ledger.integrate(300)).size}`);
}

await Promise.all([append(), integrate()]);
