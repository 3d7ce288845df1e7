/**
 * Structured JSON logs (pino). Request logs carry the request id, method, route and status only:
 * bodies, query strings and authorization headers are never logged, because they hold personal data.
 */
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'xiaobao' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.phone', '*.idNumber', '*.email'], censor: '[redacted]' },
      serializers: {
        req: (req: { id?: string; method?: string; routeOptions?: { url?: string } }) => ({ id: req.id, method: req.method, route: req.routeOptions?.url }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination,
  );
}
