/**
 * Configuration, read and validated once at start-up from the environment (and CLI flags that
 * override it). Nothing else in the code base reads process.env: the typed Config is passed in.
 */
import path from 'node:path';
import { z } from 'zod';
import { readWitnessList, type LedgerWitness } from '../ledger/witness-list.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEADLINE_RULE_SET: z.string().min(1).default('cn-nfra-2020'),
  AT_RISK_DAYS: z.coerce.number().min(0).max(60).default(3),
  ESCALATION_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  SEED_DEMO: z.enum(['auto', 'never', 'always']).default('auto'),
  MAX_ATTACHMENT_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(15 * 1024 * 1024),
  SESSION_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(12),
  XIAOBAO_KEK: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,}$/, 'must be a base64 key of 32 bytes')
    .optional(),
  XIAOBAO_KEK_FILE: z.string().min(1).optional(),
  VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  LEDGER_ORIGIN: z.string().regex(/^[^\s+]+$/, 'must be a key name without spaces or +').default('xiaobao.local/log'),
  LEDGER_SIGNER_KEY_FILE: z.string().min(1).optional(),
  LEDGER_PROOF_MIRROR: z.enum(['on', 'off']).default('on'),
  LEDGER_WITNESSES: z.string().min(1).optional(),
  LEDGER_WITNESS_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  WITNESS_NAME: z.string().regex(/^[^\s+]+$/, 'must be a key name without spaces or +').optional(),
  WITNESS_SIGNER_KEY_FILE: z.string().min(1).optional(),
  WITNESS_LOGS: z.string().min(1).optional(),
  WITNESS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRIAGE_MODEL: z.string().min(1).optional(),
  URGENT_WEBHOOK_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
});

export type RawEnv = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string | null };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  deadlineRuleSet: string;
  atRiskDays: number;
  escalationIntervalSeconds: number;
  seedDemo: 'auto' | 'never' | 'always';
  maxAttachmentBytes: number;
  bodyLimitBytes: number;
  sessionHours: number;
  kek: { inline?: string; file?: string };
  verifyRateLimitPerMinute: number;
  /** A model file from `xiaobao model train`; the shipped model when absent. */
  triageModel: string | null;
  urgentWebhookUrl: string | null;
  /**
   * `proofMirrorDir`: where proofs read a local copy of the node hashes (null: from the database).
   * `witnesses`: the witnesses the log submits its checkpoints to (LEDGER_WITNESSES; none when unset).
   */
  ledger: { origin: string; signerKeyFile: string; proofMirrorDir: string | null; witnesses: LedgerWitness[]; witnessIntervalMs: number };
  /** The C2SP tlog-witness, off (null) unless WITNESS_NAME is set. `logsFile` lists the trusted log vkeys. */
  witness: { name: string; signerKeyFile: string; logsFile: string; rateLimitPerMinute: number } | null;
}

export class ConfigError extends Error {
  constructor(readonly setting: string, reason: string) {
    super(`Invalid configuration: ${setting} ${reason}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment-like record; throws ConfigError naming the first bad setting. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Record<string, string | undefined> = {}): Config {
  const merged: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = overrides[key] ?? env[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(setting, issue?.message ?? 'is invalid');
  }
  const e = parsed.data;
  // A witness that trusts no log would answer every request 404: refuse it at start-up instead.
  if (e.WITNESS_NAME && !e.WITNESS_LOGS) throw new ConfigError('WITNESS_LOGS', 'is required when WITNESS_NAME is set');
  const dataDir = path.resolve(e.DATA_DIR);
  const witnessesFile = e.LEDGER_WITNESSES ? path.resolve(e.LEDGER_WITNESSES) : null;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    logLevel: e.LOG_LEVEL,
    deadlineRuleSet: e.DEADLINE_RULE_SET,
    atRiskDays: e.AT_RISK_DAYS,
    escalationIntervalSeconds: e.ESCALATION_INTERVAL_SECONDS,
    seedDemo: e.SEED_DEMO,
    maxAttachmentBytes: e.MAX_ATTACHMENT_BYTES,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    sessionHours: e.SESSION_HOURS,
    kek: {
      ...(e.XIAOBAO_KEK ? { inline: e.XIAOBAO_KEK } : {}),
      ...(e.XIAOBAO_KEK_FILE ? { file: e.XIAOBAO_KEK_FILE } : {}),
    },
    verifyRateLimitPerMinute: e.VERIFY_RATE_LIMIT_PER_MINUTE,
    triageModel: e.TRIAGE_MODEL ? path.resolve(e.TRIAGE_MODEL) : null,
    urgentWebhookUrl: e.URGENT_WEBHOOK_URL ?? null,
    ledger: {
      origin: e.LEDGER_ORIGIN,
      signerKeyFile: path.resolve(e.LEDGER_SIGNER_KEY_FILE ?? path.join(dataDir, 'keys/log-signer.key')),
      proofMirrorDir: e.LEDGER_PROOF_MIRROR === 'on' ? path.join(dataDir, 'ledger-mirror') : null,
      witnesses: witnessesFile ? witnessList(witnessesFile) : [],
      witnessIntervalMs: e.LEDGER_WITNESS_INTERVAL_MS,
    },
    witness:
      e.WITNESS_NAME && e.WITNESS_LOGS
        ? {
            name: e.WITNESS_NAME,
            signerKeyFile: path.resolve(e.WITNESS_SIGNER_KEY_FILE ?? path.join(dataDir, 'keys/witness-signer.key')),
            logsFile: path.resolve(e.WITNESS_LOGS),
            rateLimitPerMinute: e.WITNESS_RATE_LIMIT_PER_MINUTE,
          }
        : null,
  };
}

/** The LEDGER_WITNESSES file, read at start-up so that a bad line stops the server there. */
function witnessList(file: string): LedgerWitness[] {
  try {
    return readWitnessList(file);
  } catch (err) {
    throw new ConfigError('LEDGER_WITNESSES', `${file} ${(err as Error).message}`);
  }
}

/** The settings and their meaning, for `--help` and the README. */
export const SETTINGS_HELP: Record<keyof RawEnv, string> = {
  PORT: 'HTTP port (default 3000; 0 picks a free port)',
  HOST: 'interface to listen on (default 127.0.0.1)',
  DATA_DIR: 'folder for the embedded database, keys and files (default ./data)',
  DATABASE_URL: 'postgres://… to use a PostgreSQL server instead of embedded PGlite',
  DATABASE_POOL_SIZE: 'PostgreSQL connections per process (default 20)',
  LOG_LEVEL: 'fatal|error|warn|info|debug|trace|silent (default info)',
  DEADLINE_RULE_SET: 'deadline rules to apply, from config/deadline-rules.json (default cn-nfra-2020)',
  AT_RISK_DAYS: 'days before the deadline a complaint counts as at risk (default 3)',
  ESCALATION_INTERVAL_SECONDS: 'how often the escalation job runs in the server; 0 disables (default 300)',
  SEED_DEMO: 'auto (demo data on an empty database) | never | always',
  MAX_ATTACHMENT_BYTES: 'largest evidence file accepted (default 10 MiB)',
  BODY_LIMIT_BYTES: 'largest request body (default 15 MiB)',
  SESSION_HOURS: 'staff session lifetime in hours (default 12)',
  XIAOBAO_KEK: 'base64 32-byte key-encryption key for the privacy vault (else XIAOBAO_KEK_FILE, else DATA_DIR/keys)',
  XIAOBAO_KEK_FILE: 'file holding the key-encryption key(s)',
  VERIFY_RATE_LIMIT_PER_MINUTE: 'public /api/verify requests per minute per client (default 60)',
  TRIAGE_MODEL: 'triage model file written by `xiaobao model train` (default: the shipped model)',
  URGENT_WEBHOOK_URL: 'http(s) URL that receives a POST for every urgent (tier 3) complaint',
  LEDGER_ORIGIN: 'transparency-log origin and key name (default xiaobao.local/log)',
  LEDGER_SIGNER_KEY_FILE: 'Ed25519 key that signs log checkpoints, created on first use (default DATA_DIR/keys/log-signer.key)',
  LEDGER_PROOF_MIRROR: 'on (default): proofs read a local copy of the log hashes in DATA_DIR/ledger-mirror, checked against the signed checkpoint; off: from the database',
  LEDGER_WITNESSES: 'file of the witnesses asked to cosign the log checkpoints, one "<add-checkpoint URL> <witness vkey>" per line; off when unset',
  LEDGER_WITNESS_INTERVAL_MS: 'how often the latest checkpoint is submitted to witnesses that lack it (default 5000)',
  WITNESS_NAME: 'turns on the C2SP tlog-witness under this key name (e.g. witness.example/w1); off when unset',
  WITNESS_SIGNER_KEY_FILE: 'Ed25519 cosignature/v1 key of the witness, created on first use (default DATA_DIR/keys/witness-signer.key)',
  WITNESS_LOGS: 'file of trusted log verifier keys, one C2SP vkey per line (origin = key name); required with WITNESS_NAME',
  WITNESS_RATE_LIMIT_PER_MINUTE: 'add-checkpoint requests per minute per client address (default 600)',
};
