/** Shared by the engine's tests and the benchmark: the shipped registry, indexed once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegistry, type Registry } from './registry.schema.js';
import { buildRegistryIndex, type RegistryIndex } from './registry.index.js';

export const REGISTRY_PATH = fileURLToPath(new URL('../../../registry/institutions.json', import.meta.url));

export function loadShippedRegistry(): { registry: Registry; index: RegistryIndex } {
  const registry = parseRegistry(JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')));
  return { registry, index: buildRegistryIndex(registry) };
}
