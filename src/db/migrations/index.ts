/** Every migration, in order. Listed statically so PGlite and PostgreSQL run exactly the same set. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-complaint-desk.js';
import * as m0002 from './0002-ledger.js';
import * as m0003 from './0003-verify.js';
import * as m0004 from './0004-privacy-vault.js';
import * as m0005 from './0005-pii-reveals.js';
import * as m0006 from './0006-ledger-hash-rows.js';
import * as m0007 from './0007-ledger-write-once.js';
import * as m0008 from './0008-witness.js';
import * as m0009 from './0009-ledger-cosignatures.js';

export const migrations: Record<string, Migration> = {
  '0001-complaint-desk': m0001,
  '0002-ledger': m0002,
  '0003-verify': m0003,
  '0004-privacy-vault': m0004,
  '0005-pii-reveals': m0005,
  '0006-ledger-hash-rows': m0006,
  '0007-ledger-write-once': m0007,
  '0008-witness': m0008,
  '0009-ledger-cosignatures': m0009,
};
