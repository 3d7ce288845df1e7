/** Every migration, in order. Listed statically so PGlite and PostgreSQL run exactly the same set. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-complaint-desk.js';
import * as m0004 from './0004-privacy-vault.js';

export const migrations: Record<string, Migration> = {
  '0001-complaint-desk': m0001,
  '0004-privacy-vault': m0004,
};
