/**
 * Key rotation without downtime: add a new key-encryption key version (new records use it at
 * once; running servers load it on first sight), then re-wrap every older data key in batches.
 * Payloads are never re-encrypted; only the 60-byte wrapped keys change.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { unwrapKey, wrapKey } from './envelope.js';
import { addKeyVersion, keyringFromFile, readKeyringFile, writeKeyringFile } from './keyring.js';
import { PrivacyRepository } from './privacy.repository.js';

export interface RotationProgress {
  version: number;
  done: number;
  total: number;
}

export async function rotateKeys(db: Kysely<Database>, keyringFile: string, onProgress: (p: RotationProgress) => void, opts: { addVersion: boolean; batch?: number } = { addVersion: true }): Promise<RotationProgress> {
  const file = opts.addVersion ? addKeyVersion(readKeyringFile(keyringFile)) : readKeyringFile(keyringFile);
  if (opts.addVersion) writeKeyringFile(keyringFile, file);
  const ring = keyringFromFile(file);
  const repo = new PrivacyRepository(db);
  const target = ring.current;
  const total = await repo.countBelow(target.version);
  let done = 0;
  onProgress({ version: target.version, done, total });
  for (;;) {
    const rows = await repo.vaultRecordsBelow(target.version, opts.batch ?? 500);
    if (rows.length === 0) break;
    await db.transaction().execute(async (trx) => {
      const tx = new PrivacyRepository(trx);
      for (const r of rows) {
        const dek = unwrapKey(r.wrappedKey, ring.byVersion(r.keyVersion));
        if (await tx.rewrap(r.id, r.keyVersion, target.version, wrapKey(dek, target))) done++;
      }
    });
    onProgress({ version: target.version, done, total });
  }
  return { version: target.version, done, total };
}
