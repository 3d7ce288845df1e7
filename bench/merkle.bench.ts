/**
 * Transparency-log engine: append throughput into the in-memory store, root cost, and proof
 * generation latency at 10k / 1M / 10M leaves, against a naive recompute-from-leaves baseline.
 */
import { randomFillSync } from 'node:crypto';
import { percentile, runIfMain, type BenchSection, type BenchTable } from './harness.js';
import { MemoryHashStore } from '../src/engines/merkle/memory-hash-store.js';
import { MerkleLog } from '../src/engines/merkle/merkle-log.js';
import { verifyConsistency, verifyInclusion } from '../src/engines/merkle/proof-verify.js';
import { referenceInclusionProof } from '../src/engines/merkle/reference-tree.js';

/** Random 32-byte "leaf hashes": hashing entries is not what this bench measures. */
function randomLeaves(n: number): Uint8Array[] {
  const buf = randomFillSync(new Uint8Array(n * 32));
  return Array.from({ length: n }, (_, i) => buf.subarray(i * 32, (i + 1) * 32));
}

async function build(size: number, batch: number): Promise<{ log: MerkleLog; store: MemoryHashStore; seconds: number }> {
  const store = new MemoryHashStore();
  const log = await MerkleLog.open(store);
  const start = performance.now();
  for (let done = 0; done < size; done += batch) await log.appendBatch(randomLeaves(Math.min(batch, size - done)));
  return { log, store, seconds: (performance.now() - start) / 1000 };
}

async function timeUs(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push((performance.now() - t) * 1000);
  }
  return out;
}

const rand = (n: number): number => Math.floor(Math.random() * n);

export default async function merkleBench(): Promise<BenchSection> {
  const appends: BenchTable = { caption: 'Appends into the in-memory store (random leaf hashes, appendBatch)', rows: [] };
  const proofs: BenchTable = { caption: 'Proof generation and root cost (µs per call, 2,000 random calls each)', rows: [] };
  const baseline: BenchTable = { caption: 'Baseline: naive inclusion proof recomputed from all leaves (µs per proof)', rows: [] };
  const notes: string[] = [];

  for (const [size, batch] of [[10_000, 256], [10_000, 4096], [1_000_000, 256], [1_000_000, 4096]] as const) {
    const { seconds } = await build(size, batch);
    appends.rows.push({ leaves: size, batch, seconds, 'appends/s': Math.round(size / seconds) });
  }

  for (const size of [10_000, 1_000_000, 10_000_000]) {
    const { log, store, seconds } = await build(size, 4096);
    if (size === 10_000_000) {
      appends.rows.push({ leaves: size, batch: 4096, seconds, 'appends/s': Math.round(size / seconds) });
      notes.push(
        `10M-leaf tree built with appendBatch(4096) in ${seconds.toFixed(1)} s; ` +
          `store ≈ ${(process.memoryUsage().arrayBuffers / 2 ** 20).toFixed(0)} MiB of hash buffers (2n × 32 bytes), RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB.`,
      );
    }
    const reads0 = store.nodesRead;
    const incl = await timeUs(2000, () => log.inclusionProof(rand(size), size));
    const readsPerProof = (store.nodesRead - reads0) / 2000;
    const cons = await timeUs(2000, () => log.consistencyProof(1 + rand(size - 1), size));
    const hist = await timeUs(2000, () => log.rootAt(1 + rand(size - 1)));
    const root = log.root();
    const rootUs = await timeUs(2000, async () => log.root());
    const idx = rand(size);
    const p = await log.inclusionProof(idx, size);
    const leaf = await log.leafHashAt(idx);
    const verifyUs = await timeUs(2000, async () => verifyInclusion(leaf, idx, size, p, root));
    const old = 1 + rand(size - 1);
    const cp = await log.consistencyProof(old, size);
    const oldRoot = await log.rootAt(old);
    const vcUs = await timeUs(2000, async () => verifyConsistency(old, size, cp, oldRoot, root));
    if (!verifyInclusion(leaf, idx, size, p, root).ok || !verifyConsistency(old, size, cp, oldRoot, root).ok) {
      throw new Error('bench sanity check failed: generated proof does not verify');
    }
    const row = (op: string, s: number[]): Record<string, string | number> => ({ leaves: size, op, 'p50 µs': percentile(s, 50), 'p99 µs': percentile(s, 99) });
    proofs.rows.push(
      { ...row('inclusion proof', incl), 'node reads': readsPerProof },
      row('consistency proof', cons),
      row('root (current, frontier fold)', rootUs),
      row('root at a past size', hist),
      row('verify inclusion', verifyUs),
      row('verify consistency', vcUs),
    );
  }

  for (const [size, samples] of [[10_000, 20], [100_000, 5]] as const) {
    const leaves = randomLeaves(size);
    const naive = await timeUs(samples, async () => referenceInclusionProof(leaves, rand(size), size));
    baseline.rows.push({ leaves: size, samples, 'p50 µs': percentile(naive, 50), 'p99 µs': percentile(naive, 99) });
  }
  notes.push('Proofs read O(log n) stored complete-subtree nodes in one getNodes batch; the naive baseline rehashes every leaf per proof (O(n)).');
  return { title: 'Transparency log (Merkle engine)', tables: [appends, proofs, baseline], notes };
}

await runIfMain(import.meta.url, merkleBench);
