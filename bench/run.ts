/**
 * `npm run bench`: runs every benchmark section in turn and prints Markdown (the source of the
 * figures in BENCHMARKS.md). `npm run bench -- intake queue` runs only the named sections.
 */
import { machineLine, renderSection, type BenchFn } from './harness.js';

const SECTIONS: Record<string, () => Promise<{ default: BenchFn }>> = {
  intake: () => import('./intake.bench.js'),
  queue: () => import('./queue.bench.js'),
  pii: () => import('./pii.bench.js'),
  classifier: () => import('./classifier.bench.js'),
  scam: () => import('./scam.bench.js'),
  search: () => import('./search.bench.js'),
  merkle: () => import('./merkle.bench.js'),
  ledger: () => import('./ledger.bench.js'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(SECTIONS);
console.log(`# Benchmark run ${new Date().toISOString()}\n\nMachine: ${machineLine()}\n`);
for (const name of names) {
  const loader = SECTIONS[name];
  if (!loader) {
    console.error(`unknown section ${name}; known: ${Object.keys(SECTIONS).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  const started = Date.now();
  const section = await (await loader()).default();
  console.log(renderSection(section));
  console.log(`\n_(section ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)_\n`);
}
