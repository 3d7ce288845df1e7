/**
 * Named (prepared) statements on PostgreSQL. A query whose SQL starts with `prepared(name)` is
 * sent by node-postgres as a named statement, so each connection parses and plans it once
 * instead of on every call; for a small, hot query (a Merkle proof's node read) planning took
 * longer than running it. The marker is an SQL comment, so PGlite (which has no named
 * statements) simply runs the query. A marked query's text MUST NOT vary between calls: values
 * go in parameters, never spliced in.
 */
import { createHash } from 'node:crypto';
import { sql, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult, type RawBuilder } from 'kysely';
import type pg from 'pg';

const MARK = /^\/\*prepared:([a-z_]+)\*\//;

export const prepared = (name: string): RawBuilder<unknown> => sql.raw(`/*prepared:${name}*/`);

/**
 * Connection option for the pool: named statements always run their generic plan. Left to
 * itself PostgreSQL plans the first five calls anew, and keeps doing so when the generic plan's
 * estimate for array parameters looks worse, which is the planning a named statement is meant
 * to save. Unnamed statements (everything not marked) are planned per call regardless.
 */
export const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

/** The marked name plus a digest of the text, so two texts can never share a statement name. */
function statementName(text: string): string | null {
  const m = MARK.exec(text);
  return m ? `${m[1]}_${createHash('sha1').update(text).digest('hex').slice(0, 12)}` : null;
}

class PreparingClient implements PostgresPoolClient {
  private readonly names = new Map<string, string | null>();

  constructor(private readonly client: pg.PoolClient) {}

  query<R>(text: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(text: string | PostgresCursor<R>, parameters: ReadonlyArray<unknown> = []): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Kysely only passes a cursor for .stream(), which needs a cursor class the app never configures.
    if (typeof text !== 'string') throw new Error('streaming queries are not configured');
    let name = this.names.get(text);
    if (name === undefined) {
      name = statementName(text);
      // Only marked texts are remembered: the others are not reused, and the map stays bounded.
      if (name) this.names.set(text, name);
    }
    const values = [...parameters];
    return (name ? this.client.query({ name, text, values }) : this.client.query(text, values)).then((r) => ({
      command: r.command as PostgresQueryResult<R>['command'],
      rowCount: r.rowCount ?? 0,
      rows: r.rows as R[],
    }));
  }

  release(): void {
    this.client.release();
  }
}

/** A pool for Kysely's PostgresDialect that sends marked queries as named statements. */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let c = clients.get(client);
      if (!c) clients.set(client, (c = new PreparingClient(client)));
      return c;
    },
    end: () => pool.end(),
  };
}
