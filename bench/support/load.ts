/** Thin wrappers for HTTP load (autocannon) and for server processes used by the benchmarks. */
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: (i: number) => string;
  paths?: (i: number) => string;
}): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
        setupRequest: (req) => {
          const n = i++;
          return { ...req, ...(opts.body ? { body: opts.body(n) } : {}), ...(opts.paths ? { path: opts.paths(n) } : {}) };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** A PostgreSQL URL for benchmarks: XIAOBAO_BENCH_DATABASE_URL, else the local server CI uses. */
export function benchPostgresUrl(): string | null {
  if (process.env.XIAOBAO_BENCH_DATABASE_URL) return process.env.XIAOBAO_BENCH_DATABASE_URL;
  try {
    return execFileSync('bash', ['.ci/start-postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
