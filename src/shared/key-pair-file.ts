/**
 * A key-pair file: line 1 a secret signer key, line 2 its public verifier key. Created on first
 * use with mode 0600 in a 0700 directory; `wx` makes processes that start together agree on one
 * key instead of overwriting each other's. Callers parse and cross-check the two lines.
 */
import fs from 'node:fs';
import path from 'node:path';

export function readOrCreateKeyPairFile(file: string, generate: () => { signerKey: string; verifierKey: string }): { signerKey: string; verifierKey: string } {
  if (!fs.existsSync(file)) {
    const keys = generate();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, `${keys.signerKey}\n${keys.verifierKey}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return readKeyPairFile(file);
}

export function readKeyPairFile(file: string): { signerKey: string; verifierKey: string } {
  const [signerKey = '', verifierKey = ''] = fs.readFileSync(file, 'utf8').split('\n');
  return { signerKey, verifierKey };
}
