/** Test/bench helper: reads the real `kb/*.md` files (tests may do I/O; the engine may not). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleFile } from './article.schema.js';

export const KB_DIR = fileURLToPath(new URL('../../../kb/', import.meta.url));

export function readKbFiles(): ArticleFile[] {
  return readdirSync(KB_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ path: `kb/${f}`, content: readFileSync(`${KB_DIR}${f}`, 'utf8') }));
}
