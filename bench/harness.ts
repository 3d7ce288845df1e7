/**
 * Shared shape of every benchmark section. Each `bench/<name>.bench.ts` default-exports a
 * function returning a section; `bench/run.ts` runs them all and prints Markdown tables that
 * BENCHMARKS.md quotes. A bench file can also be run alone: `node bin/run-ts.js bench/x.bench.ts`.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';

export type Cell = string | number;

export interface BenchTable {
  caption: string;
  rows: Array<Record<string, Cell>>;
}

export interface BenchSection {
  title: string;
  tables: BenchTable[];
  notes?: string[];
}

export type BenchFn = () => Promise<BenchSection>;

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function fmt(v: Cell): string {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(4);
  }
  return v;
}

export function renderSection(s: BenchSection): string {
  const out: string[] = [`## ${s.title}`, ''];
  for (const t of s.tables) {
    out.push(`**${t.caption}**`, '');
    const cols = [...new Set(t.rows.flatMap((r) => Object.keys(r)))];
    out.push(`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
    for (const r of t.rows) out.push(`| ${cols.map((c) => (r[c] === undefined ? '' : fmt(r[c]))).join(' | ')} |`);
    out.push('');
  }
  for (const n of s.notes ?? []) out.push(`- ${n}`);
  return out.join('\n');
}

/** Percentile (0..100) of an unsorted sample, by nearest rank. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs `fn` repeatedly for at least `ms` milliseconds; returns operations per second. */
export function opsPerSecond(fn: () => void, ms = 1000): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/** When a bench file is executed directly, run it and print its section. */
export async function runIfMain(metaUrl: string, fn: BenchFn): Promise<void> {
  const entry = process.argv[1];
  if (entry && pathToFileURL(entry).href === metaUrl) {
    console.log(`Machine: ${machineLine()}\n`);
    console.log(renderSection(await fn()));
  }
}
