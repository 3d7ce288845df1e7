/**
 * The vault's keys: versioned key-encryption keys (KEKs) and one blind-index key. They come from
 * XIAOBAO_KEK (a single key, version 1), from XIAOBAO_KEK_FILE, or from DATA_DIR/keys/keyring.json,
 * which is created with fresh random keys (mode 0600) on first start. The blind-index key never
 * rotates with the KEK: rotating it would orphan every index.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const keyringFileSchema = z.object({
  current: z.number().int().min(1),
  keys: z.record(z.string().regex(/^\d+$/), z.string().min(43)),
  indexKey: z.string().min(43),
});

export type KeyringFile = z.infer<typeof keyringFileSchema>;

export interface Keyring {
  current: { version: number; key: Buffer };
  byVersion(version: number): { version: number; key: Buffer };
  indexKey: Buffer;
  versions(): number[];
}

function decodeKey(b64: string, label: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error(`${label} must be 32 bytes of base64`);
  return key;
}

export function keyringFromFile(file: KeyringFile): Keyring {
  const keys = new Map<number, Buffer>();
  for (const [v, b64] of Object.entries(file.keys)) keys.set(Number(v), decodeKey(b64, `key version ${v}`));
  const currentKey = keys.get(file.current);
  if (!currentKey) throw new Error(`keyring has no key for current version ${file.current}`);
  return {
    current: { version: file.current, key: currentKey },
    byVersion(version) {
      const key = keys.get(version);
      if (!key) throw new Error(`no key-encryption key of version ${version}`);
      return { version, key };
    },
    indexKey: decodeKey(file.indexKey, 'indexKey'),
    versions: () => [...keys.keys()].sort((a, b) => a - b),
  };
}

export function newKeyringFile(): KeyringFile {
  return { current: 1, keys: { '1': randomBytes(32).toString('base64') }, indexKey: randomBytes(32).toString('base64') };
}

export function addKeyVersion(file: KeyringFile): KeyringFile {
  const next = Math.max(...Object.keys(file.keys).map(Number)) + 1;
  return { ...file, current: next, keys: { ...file.keys, [String(next)]: randomBytes(32).toString('base64') } };
}

export function keyringPath(dataDir: string): string {
  return path.join(dataDir, 'keys', 'keyring.json');
}

export function readKeyringFile(file: string): KeyringFile {
  return keyringFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function writeKeyringFile(file: string, content: KeyringFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(content, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** Resolves the keyring from the configured sources, creating DATA_DIR's on first use. */
export function loadKeyring(opts: { inline?: string; file?: string; dataDir: string }): Keyring {
  if (opts.inline) {
    const key = decodeKey(opts.inline, 'XIAOBAO_KEK');
    // A single inline key also derives the index key, so one secret suffices for small set-ups.
    const indexKey = createHmac('sha256', key).update('xiaobao blind index v1').digest();
    return keyringFromFile({ current: 1, keys: { '1': key.toString('base64') }, indexKey: indexKey.toString('base64') });
  }
  const file = opts.file ?? keyringPath(opts.dataDir);
  if (!fs.existsSync(file)) {
    if (opts.file) throw new Error(`XIAOBAO_KEK_FILE ${opts.file} does not exist`);
    writeKeyringFile(file, newKeyringFile());
  }
  return reloadingKeyring(file);
}

/**
 * A keyring that re-reads its file when asked for a key version it does not know: after
 * `xiaobao keys rotate` on one process, running servers pick up the new key without a restart.
 */
function reloadingKeyring(file: string): Keyring {
  let ring = keyringFromFile(readKeyringFile(file));
  return {
    get current() {
      return ring.current;
    },
    byVersion(version) {
      if (!ring.versions().includes(version)) ring = keyringFromFile(readKeyringFile(file));
      return ring.byVersion(version);
    },
    get indexKey() {
      return ring.indexKey;
    },
    versions: () => ring.versions(),
  };
}
