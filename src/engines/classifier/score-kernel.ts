/**
 * The merged scorer's inner loop as a WebAssembly SIMD kernel, ~3× faster than the same loop in
 * JavaScript (it was a quarter of a complaint's cost): two f64 lanes per instruction, and no
 * bounds check per weight.
 *
 *   score(w, rows, vals, m, width, from, out):
 *     for each column c:  out[c] = from[c] + Σ_j f64(w[rows[j] + c]) × vals[j]   (j = 0 … m-1 in order)
 *
 * Each lane adds its own column's products one by one in feature order, with IEEE f64 `mul` and
 * `add` (WebAssembly never fuses them), so every sum is bit-identical to the scalar loop's.
 * `w` holds f32 weights, `rows` i32 row offsets (row × width), `vals` and `from`/`out` f64;
 * all are byte addresses in the instance's memory. Columns go four at a time (two f64x2
 * accumulators), the last `width mod 4` one at a time.
 *
 * The module is assembled here from its instructions rather than shipped as an opaque binary,
 * so the code above is the whole of it.
 */

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

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
const simd = (op: number): number[] => [0xfd, ...uleb(op)];

const ADD = 0x6a;
const SHL = 0x74;
const GE_S = 0x4e;
const GT_S = 0x4a;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const BLOCK_LOOP = [0x02, 0x40, 0x03, 0x40];
const I32_LOAD = [0x28, 2, 0];
const F32_LOAD = [0x2a, 2, 0];
const F64_LOAD = [0x2b, 3, 0];
const F64_STORE = [0x39, 3, 0];
const F64_PROMOTE_F32 = [0xbb];
const F64_MUL = [0xa2];
const F64_ADD = [0xa0];
const v128Load = (offset: number): number[] => [...simd(0), 0, ...uleb(offset)];
const v128Store = (offset: number): number[] => [...simd(11), 0, ...uleb(offset)];
const F64X2_SPLAT = simd(20);
const F64X2_ADD = simd(240);
const F64X2_MUL = simd(242);
const F64X2_PROMOTE_LOW = simd(95);
/** i8x16.shuffle moving lanes 2–3 of an f32x4 to 0–1, so promote_low reaches them. */
const HIGH_HALF = [...simd(13), 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7];

// Parameters, then locals, in local-index order.
const W = 0;
const ROWS = 1;
const VALS = 2;
const M = 3;
const WIDTH = 4;
const FROM = 5;
const OUT = 6;
const C = 7;
const J = 8;
const A0 = 9;
const A1 = 10;
const X = 11;
const V = 12;
const P = 13;
const A = 14;

/** Address of `base[index]` for 2^shift-byte elements. */
const at = (base: number, index: number, shift: number): number[] => [...get(base), ...get(index), ...i32(shift), SHL, ADD];
/** Address of w[rows[j] + c] (f32). */
const weightAt = [...get(W), ...at(ROWS, J, 2), ...I32_LOAD, ...get(C), ADD, ...i32(2), SHL, ADD];
/** vals[j] (f64). */
const valueOfJ = [...at(VALS, J, 3), ...F64_LOAD];
/** `j++` and back to the loop head. */
const nextJ = [...get(J), ...i32(1), ADD, ...set(J), BR, 0];

const body = [
  ...i32(0), ...set(C),
  ...BLOCK_LOOP,
  ...get(C), ...i32(4), ADD, ...get(WIDTH), GT_S, BR_IF, 1,
  ...at(FROM, C, 3), ...tee(P), ...v128Load(0), ...set(A0),
  ...get(P), ...v128Load(16), ...set(A1),
  ...i32(0), ...set(J),
  ...BLOCK_LOOP,
  ...get(J), ...get(M), GE_S, BR_IF, 1,
  ...weightAt, ...v128Load(0), ...set(X),
  ...valueOfJ, ...F64X2_SPLAT, ...set(V),
  ...get(A0), ...get(X), ...F64X2_PROMOTE_LOW, ...get(V), ...F64X2_MUL, ...F64X2_ADD, ...set(A0),
  ...get(A1), ...get(X), ...get(X), ...HIGH_HALF, ...F64X2_PROMOTE_LOW, ...get(V), ...F64X2_MUL, ...F64X2_ADD, ...set(A1),
  ...nextJ,
  END, END,
  ...at(OUT, C, 3), ...tee(P), ...get(A0), ...v128Store(0),
  ...get(P), ...get(A1), ...v128Store(16),
  ...get(C), ...i32(4), ADD, ...set(C), BR, 0,
  END, END,
  ...BLOCK_LOOP,
  ...get(C), ...get(WIDTH), GE_S, BR_IF, 1,
  ...at(FROM, C, 3), ...F64_LOAD, ...set(A),
  ...i32(0), ...set(J),
  ...BLOCK_LOOP,
  ...get(J), ...get(M), GE_S, BR_IF, 1,
  ...get(A), ...weightAt, ...F32_LOAD, ...F64_PROMOTE_F32, ...valueOfJ, ...F64_MUL, ...F64_ADD, ...set(A),
  ...nextJ,
  END, END,
  ...at(OUT, C, 3), ...get(A), ...F64_STORE,
  ...get(C), ...i32(1), ADD, ...set(C), BR, 0,
  END, END,
  END,
];

const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
// Locals: c, j (i32); a0, a1, x, v (v128); p (i32); a (f64).
const code = [4, 2, I32, 4, V128, 1, I32, 1, F64, ...body];
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, [1, 0x60, 7, I32, I32, I32, I32, I32, I32, I32, 0]),
  ...section(2, [1, ...name('env'), ...name('memory'), 2, 0, 1]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...name('score'), 0, 0]),
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

export type ScoreKernel = (w: number, rows: number, vals: number, m: number, width: number, from: number, out: number) => void;

/** A memory of at least `bytes` bytes (it never grows, so views over it stay valid) and the kernel over it. */
export function createKernel(bytes: number): { buffer: ArrayBuffer; score: ScoreKernel } {
  const memory = new wasm.Memory({ initial: Math.ceil(bytes / 65536) });
  const score = new wasm.Instance(compiled, { env: { memory } }).exports.score;
  if (typeof score !== 'function') throw new Error('score kernel failed to instantiate');
  return { buffer: memory.buffer, score: score as ScoreKernel };
}
