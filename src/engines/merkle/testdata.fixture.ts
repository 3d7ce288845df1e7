/**
 * Locates the shared public test vectors (../shared/testdata relative to the project root).
 * Tests MUST NOT copy them into the project; when the folder is absent they skip and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const TESTDATA_DIR = path.resolve(projectRoot, '../shared/testdata');

export const hasTestdata = fs.existsSync(path.join(TESTDATA_DIR, 'rfc6962'));

if (!hasTestdata) console.warn(`merkle: skipping public-vector tests, ${TESTDATA_DIR} is missing`);

/** Every *.json file under a testdata sub-folder, as [relative path, parsed JSON]. */
export function readVectors(sub: string): Array<[string, unknown]> {
  const root = path.join(TESTDATA_DIR, sub);
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : e.name.endsWith('.json') ? [p] : [];
    });
  return walk(root)
    .sort()
    .map((p) => [path.relative(root, p), JSON.parse(fs.readFileSync(p, 'utf8')) as unknown]);
}

export function readTestdata(sub: string): Buffer {
  return fs.readFileSync(path.join(TESTDATA_DIR, sub));
}
