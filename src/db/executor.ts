/**
 * A database handle that may be inside a transaction. Repositories of different capabilities
 * accept it so that one transaction can span them (a complaint event and its ledger entry
 * commit together); services only pass it along and never build SQL with it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type DbExecutor = Kysely<Database> | Transaction<Database>;
