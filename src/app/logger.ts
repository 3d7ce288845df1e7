/**
 * Structured JSON logs (pino). Two layers keep personal data out:
 * - request logs carry the request id, method, route pattern and status only: never bodies,
 *   query strings or authorization headers;
 * - every string that reaches a log line anyway (messages, fields, error stacks) passes through
 *   the PII engine's display masking before it is written.
 */
import pino, { type Logger } from 'pino';
import { redact } from '../engines/pii/index.js';
import type { Config } from './config.js';

const DIGIT_OR_AT = /[\d@０-９]/;

/** Masks personal data in a string; strings that cannot hold any (no digit, no @, short) are skipped fast. */
export function maskForLog(s: string): string {
  if (s.length < 2) return s;
  // Names and addresses need Chinese text; numbers and emails need a digit or an @.
  if (!DIGIT_OR_AT.test(s) && !/[\u4e00-\u9fff]/.test(s) && !/\bname\b/i.test(s)) return s;
  return redact(s).text;
}

function maskDeep(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return maskForLog(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = maskDeep(x, depth + 1);
  return out;
}

export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'xiaobao' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], censor: '[redacted]' },
      serializers: {
        req: (req: { id?: string; method?: string; routeOptions?: { url?: string } }) => ({ id: req.id, method: req.method, route: req.routeOptions?.url }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error) => ({ type: err.name, message: maskForLog(err.message), stack: err.stack ? maskForLog(err.stack) : undefined }),
      },
      formatters: { log: (obj) => maskDeep(obj, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskForLog(a) : a)) as Parameters<typeof method>;
          method.apply(this, masked);
        },
      },
    },
    destination,
  );
}
