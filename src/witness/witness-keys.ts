/**
 * The witness's files. Its cosigner key: a key-pair file (src/shared/key-pair-file.ts) holding a
 * cosignature/v1 (type 0x04) key, created on first start. The trusted logs: one C2SP vkey per
 * line; blank lines and lines starting with '#' are skipped.
 */
import fs from 'node:fs';
import { generateCosignerKeys, MerkleError, parseCosignerKey, parseVerifierKey, type Cosigner, type NoteVerifier } from '../engines/merkle/index.js';
import { readOrCreateKeyPairFile } from '../shared/key-pair-file.js';
import { keyFileLines } from '../shared/key-file-lines.js';

export function loadOrCreateCosigner(file: string, name: string): Cosigner {
  const { signerKey, verifierKey } = readOrCreateKeyPairFile(file, () => generateCosignerKeys(name));
  const cosigner = parseCosignerKey(signerKey);
  // A mismatched pair would publish a key that verifies none of our cosignatures.
  if (cosigner.verifierKey !== verifierKey) throw new Error(`${file}: the verifier key does not belong to the signer key`);
  // The name is part of every cosignature line: a renamed witness needs a new key, not a relabelled one.
  if (cosigner.name !== name) throw new Error(`${file}: the key is named ${cosigner.name}, but WITNESS_NAME is ${name}`);
  return cosigner;
}

/** Trusted log keys by origin (= key name); several keys per origin allow a key rotation. */
export function readTrustedLogs(file: string): Map<string, NoteVerifier[]> {
  const logs = new Map<string, NoteVerifier[]>();
  for (const { line, number } of keyFileLines(fs.readFileSync(file, 'utf8'))) {
    let key: NoteVerifier;
    try {
      key = parseVerifierKey(line);
    } catch (err) {
      if (err instanceof MerkleError) throw new Error(`${file}:${number}: ${err.reason}`);
      throw err;
    }
    logs.set(key.name, [...(logs.get(key.name) ?? []), key]);
  }
  if (logs.size === 0) throw new Error(`${file}: no trusted log keys`);
  return logs;
}
