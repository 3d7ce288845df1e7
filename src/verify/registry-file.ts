/** The registry file shipped with the project (registry/institutions.json), read and validated. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegistry, type Registry } from '../engines/scam/index.js';

export const SHIPPED_REGISTRY_PATH = fileURLToPath(new URL('../../registry/institutions.json', import.meta.url));

/** Throws RegistryError on a malformed file, so a bad release fails at start, not per message. */
export function readRegistryFile(path: string = SHIPPED_REGISTRY_PATH): Registry {
  return parseRegistry(JSON.parse(readFileSync(path, 'utf8')));
}
