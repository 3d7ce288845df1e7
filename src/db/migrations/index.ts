/** Every migration, in order. Listed statically so PGlite and PostgreSQL run exactly the same set. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-complaint-desk.js';

export const migrations: Record<string, Migration> = {
  '0001-complaint-desk': m0001,
};
