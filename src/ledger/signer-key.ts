/**
 * The log's Ed25519 signing key, in a key-pair file (src/shared/key-pair-file.ts): line 1 the C2SP
 * signer key (secret), line 2 its verifier key (public), generated on first use.
 */
import fs from 'node:fs';
import { generateNoteKeys, parseSignerKey, parseVerifierKey } from '../engines/merkle/index.js';
import { readKeyPairFile, readOrCreateKeyPairFile } from '../shared/key-pair-file.js';

export interface LogKeys {
  signerKey: string;
  verifierKey: string;
}

function check(file: string, { signerKey, verifierKey }: LogKeys): LogKeys {
  const signer = parseSignerKey(signerKey);
  const verifier = parseVerifierKey(verifierKey);
  // A mismatched pair would publish a key that verifies nothing we sign.
  const probe = Buffer.from('xiaobao log key check');
  if (signer.name !== verifier.name || signer.keyId !== verifier.keyId || !verifier.verify(probe, signer.sign(probe))) {
    throw new Error(`${file}: the verifier key does not belong to the signer key`);
  }
  return { signerKey, verifierKey };
}

export function loadOrCreateLogKeys(file: string, name: string): LogKeys {
  return check(file, readOrCreateKeyPairFile(file, () => generateNoteKeys(name)));
}

/** The public half only, e.g. for offline verification with the local log's key. */
export function readVerifierKey(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  return check(file, readKeyPairFile(file)).verifierKey;
}
