/**
 * The merged scorer's inner loop as a WebAssembly kernel: the same arithmetic as the loop in
 * JavaScript, without a bounds check per weight or the engine's checks on every typed-array
 * access, which were most of its instructions.
 *
 *   scatter(jobs, m, entries, out):
 *     for each job j < m, (start, end, value) at jobs + 16j:
 *       for k in start … end − 1, (column, weight) at entries + 8k:
 *         out[column] = out[column] + f64(weight) × value
 *
 * `jobs` holds (i32 start, i32 end, f64 value) records, `entries` (i32 column, f32 weight) pairs,
 * `out` f64 sums; all are byte addresses in the instance's memory. Jobs run in order and each
 * adds its products one by one with IEEE f64 `mul` and `add` (WebAssembly never fuses them), so
 * every sum is bit-identical to the scalar loop's.
 *
 * The module is assembled here from its instructions rather than shipped as an opaque binary,
 * so the code above is the whole of it.
 */

const I32 = 0x7f;
const F64 = 0x7c;

function uleb(n: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** Small non-negative i32 constants only (`i32.const`): they fit one signed LEB byte below 64. */
const i32 = (n: number): number[] => [0x41, ...uleb(n)];
const get = (local: number): number[] => [0x20, ...uleb(local)];
const set = (local: number): number[] => [0x21, ...uleb(local)];
const tee = (local: number): number[] => [0x22, ...uleb(local)];
const ADD = 0x6a;
const SHL = 0x74;
const GE_S = 0x4e;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const BLOCK_LOOP = [0x02, 0x40, 0x03, 0x40];
/** Loads and stores: opcode, log2 alignment, byte offset. */
const i32Load = (offset: number): number[] => [0x28, 2, offset];
const f32Load = (offset: number): number[] => [0x2a, 2, offset];
const f64Load = (offset: number): number[] => [0x2b, 3, offset];
const f64Store = (offset: number): number[] => [0x39, 3, offset];
const F64_PROMOTE_F32 = 0xbb;
const F64_MUL = 0xa2;
const F64_ADD = 0xa0;

// Parameters, then locals, in local-index order.
const JOBS = 0;
const M = 1;
const ENTRIES = 2;
const OUT = 3;
const J = 4;
const K = 5;
const E = 6;
const P = 7;
const Q = 8;
const V = 9;

const body = [
  ...i32(0), ...set(J),
  ...BLOCK_LOOP,
  ...get(J), ...get(M), GE_S, BR_IF, 1,
  // p = jobs + 16j; k, e, v from the job.
  ...get(JOBS), ...get(J), ...i32(4), SHL, ADD, ...tee(P), ...i32Load(0), ...set(K),
  ...get(P), ...i32Load(4), ...set(E),
  ...get(P), ...f64Load(8), ...set(V),
  ...BLOCK_LOOP,
  ...get(K), ...get(E), GE_S, BR_IF, 1,
  // p = entries + 8k; q = out + 8 · column; out[column] += f64(weight) × v.
  ...get(ENTRIES), ...get(K), ...i32(3), SHL, ADD, ...set(P),
  ...get(OUT), ...get(P), ...i32Load(0), ...i32(3), SHL, ADD, ...tee(Q),
  ...get(Q), ...f64Load(0),
  ...get(P), ...f32Load(4), F64_PROMOTE_F32, ...get(V), F64_MUL,
  F64_ADD,
  ...f64Store(0),
  ...get(K), ...i32(1), ADD, ...set(K), BR, 0,
  END, END,
  ...get(J), ...i32(1), ADD, ...set(J), BR, 0,
  END, END,
  END,
];

const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
// Locals: j, k, e, p, q (i32); v (f64).
const code = [2, 5, I32, 1, F64, ...body];
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]),
  ...section(2, [1, ...name('env'), ...name('memory'), 2, 0, 1]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...name('scatter'), 0, 0]),
  ...section(10, [1, ...uleb(code.length), ...code]),
]);

/** The three WebAssembly constructors used here: the project's type libraries declare none. */
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
const compiled = new wasm.Module(MODULE);

export type ScatterKernel = (jobs: number, m: number, entries: number, out: number) => void;

/** A memory of at least `bytes` bytes (it never grows, so views over it stay valid) and the kernel over it. */
export function createScatterKernel(bytes: number): { buffer: ArrayBuffer; scatter: ScatterKernel } {
  const memory = new wasm.Memory({ initial: Math.ceil(bytes / 65536) });
  const scatter = new wasm.Instance(compiled, { env: { memory } }).exports.scatter;
  if (typeof scatter !== 'function') throw new Error('scatter kernel failed to instantiate');
  return { buffer: memory.buffer, scatter: scatter as ScatterKernel };
}
