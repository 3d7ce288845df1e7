/**
 * The log's Ed25519 signing key, in a file: line 1 the C2SP signer key (secret), line 2 its
 * verifier key (public). Generated on first use with mode 0600; `wx` makes two processes that
 * start together agree on one key instead of overwriting each other's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateNoteKeys, parseSignerKey, parseVerifierKey } from '../engines/merkle/index.js';

export interface LogKeys {
  signerKey: string;
  verifierKey: string;
}

function read(file: string): LogKeys {
  const [signerKey = '', verifierKey = ''] = fs.readFileSync(file, 'utf8').split('\n');
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
  if (!fs.existsSync(file)) {
    const keys = generateNoteKeys(name);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, `${keys.signerKey}\n${keys.verifierKey}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return read(file);
}

/** The public half only, e.g. for offline verification with the local log's key. */
export function readVerifierKey(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  return read(file).verifierKey;
}
