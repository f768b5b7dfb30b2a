// MaxSim as a hand-written WebAssembly SIMD kernel, emitted by wasmAssembler.ts. Each step takes
// 2 query tokens × 4 document tokens over 4 dimensions (8 f32x4 accumulators); a transpose-add
// turns the accumulators into 4 dot products, and f32x4.max keeps the running maxima.
// A measured alternative to the default kernel: it needs dim % 16 == 0 and copies D into its memory.
import type { Float32Batch } from '../../src/index.ts';
import type { EncodedQueryLike } from '../../src/types.ts';
import { Code, I32, moduleBytes, V128 } from './wasmAssembler.ts';

// parameters, then locals (their indices)
const [q, lq, d, ld, , out] = [0, 1, 2, 3, 4, 5];
const [rowBytes, i, j, k, q0, q1] = [6, 7, 8, 9, 10, 11];
const dRow = [12, 13, 14, 15];
const acc = (a: number, r: number) => 16 + 4 * a + r;
const [m0, m1, x0, y0, t0, t1] = [24, 25, 26, 30, 32, 33];
/** Dimensions per loop turn = 4 · UNROLL (load offsets are immediates, so unrolling saves address arithmetic). */
const UNROLL = 4;

/** min(counter + plus, count − 1): an index past the end stands for the last one. */
function clampedIndex(c: Code, counter: number, plus: number, count: number): Code {
  const index = () => c.get(counter).i32(plus).add();
  const last = () => c.get(count).i32(-1).add();
  index();
  last();
  index();
  last();
  return c.ltS().select();
}

/** base + min(index, count − 1) · rowBytes: rows past the end repeat the last row. */
function clampedRow(c: Code, base: number, counter: number, plus: number, count: number): Code {
  return clampedIndex(c, counter, plus, count).get(rowBytes).mul().get(base).add();
}

/** Loop while counter < limit, adding `step` each turn. */
function forLoop(c: Code, counter: number, limit: number, step: number, body: () => void): void {
  c.i32(0).set(counter).block().loop();
  c.get(counter).get(limit).geS().brIf(1);
  body();
  c.get(counter).i32(step).add().set(counter).br(0).end().end();
}

type Lanes = [number, number, number, number];

/** Two shuffles of the lanes of x and y (8 lanes: x's, then y's), added. */
function pairAdd(c: Code, x: number, y: number, [first, second]: [Lanes, Lanes]): Code {
  return c.get(x).get(y).shuffleF32(first).get(x).get(y).shuffleF32(second).f32x4Add();
}

/** Sum of each of four vectors, as one vector [Σa, Σb, Σc, Σd]. */
function transposeAdd(c: Code, [a, b, e, f]: number[]): Code {
  const halves: [Lanes, Lanes] = [
    [0, 1, 4, 5],
    [2, 3, 6, 7],
  ];
  pairAdd(c, a!, b!, halves).set(t0);
  pairAdd(c, e!, f!, halves).set(t1);
  return pairAdd(c, t0, t1, [
    [0, 2, 4, 6],
    [1, 3, 5, 7],
  ]);
}

function storeLaneMax(c: Code, m: number, plus: number): void {
  c.get(out);
  clampedIndexTimes4(c, plus);
  c.add();
  c.get(m).get(m).get(m).shuffleF32([2, 3, 0, 1]).f32x4Max().set(t0);
  c.get(t0).get(t0).get(t0).shuffleF32([1, 0, 3, 2]).f32x4Max().f32x4ExtractLane(0).f32Store();
}

function clampedIndexTimes4(c: Code, plus: number): void {
  clampedIndex(c, i, plus, lq).i32(2).shl();
}

function kernelBody(): Code {
  const c = new Code();
  c.get(4).i32(2).shl().set(rowBytes);
  forLoop(c, i, lq, 2, () => {
    clampedRow(c, q, i, 0, lq).set(q0);
    clampedRow(c, q, i, 1, lq).set(q1);
    c.f32Const(-Infinity).f32x4Splat().set(m0).f32Const(-Infinity).f32x4Splat().set(m1);
    forLoop(c, j, ld, 4, () => {
      dRow.forEach((local, r) => clampedRow(c, d, j, r, ld).set(local));
      for (let a = 0; a < 2; a++)
        for (let r = 0; r < 4; r++) c.f32Const(0).f32x4Splat().set(acc(a, r));
      forLoop(c, k, rowBytes, 16 * UNROLL, () => {
        for (let u = 0; u < UNROLL; u++) {
          dRow.forEach((local, r) =>
            c
              .get(local)
              .get(k)
              .add()
              .v128Load(16 * u)
              .set(x0 + r),
          );
          c.get(q0)
            .get(k)
            .add()
            .v128Load(16 * u)
            .set(y0);
          c.get(q1)
            .get(k)
            .add()
            .v128Load(16 * u)
            .set(y0 + 1);
          for (let a = 0; a < 2; a++) {
            for (let r = 0; r < 4; r++)
              c.get(acc(a, r))
                .get(y0 + a)
                .get(x0 + r)
                .f32x4Mul()
                .f32x4Add()
                .set(acc(a, r));
          }
        }
      });
      transposeAdd(
        c,
        [0, 1, 2, 3].map((r) => acc(0, r)),
      )
        .get(m0)
        .f32x4Max()
        .set(m0);
      transposeAdd(
        c,
        [0, 1, 2, 3].map((r) => acc(1, r)),
      )
        .get(m1)
        .f32x4Max()
        .set(m1);
    });
    storeLaneMax(c, m0, 0);
    storeLaneMax(c, m1, 1);
  });
  return c;
}

type Kernel = (q: number, lq: number, d: number, ld: number, dim: number, out: number) => void;

/** The slice of the WebAssembly JS API used here (this package's TypeScript lib has no DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export class WasmSimdMaxSim {
  readonly #memory: WasmMemory;
  readonly #kernel: Kernel;

  constructor() {
    this.#memory = new wasm.Memory({ initial: 1 });
    const bytes = moduleBytes('maxPerQueryToken', 6, [[10, I32], [18, V128]], kernelBody()); // prettier-ignore
    const instance = new wasm.Instance(new wasm.Module(bytes), {
      env: { memory: this.#memory },
    });
    this.#kernel = instance.exports.maxPerQueryToken as Kernel;
  }

  /** Copies Q and D into linear memory: [Q | D | out]. Returns the byte offsets. */
  load(query: EncodedQueryLike, batch: Float32Batch): { qAt: number; dAt: number; outAt: number } {
    if (query.dim % (4 * UNROLL) !== 0) {
      throw new RangeError(`the SIMD kernel needs dim % ${4 * UNROLL} == 0, got ${query.dim}`);
    }
    const qAt = 0;
    const dAt = query.Q.byteLength;
    const outAt = dAt + batch.vectors.byteLength;
    const needed = outAt + 4 * query.length;
    if (needed > this.#memory.buffer.byteLength) {
      this.#memory.grow(Math.ceil((needed - this.#memory.buffer.byteLength) / 65536));
    }
    new Float32Array(this.#memory.buffer, qAt, query.Q.length).set(query.Q);
    new Float32Array(this.#memory.buffer, dAt, batch.vectors.length).set(batch.vectors);
    return { qAt, dAt, outAt };
  }

  /** Scores [K], after `load` put this query and batch in memory. */
  score(
    query: EncodedQueryLike,
    batch: Float32Batch,
    at: ReturnType<WasmSimdMaxSim['load']>,
  ): Float32Array {
    const K = batch.offsets.length - 1;
    const scores = new Float32Array(K);
    const best = new Float32Array(this.#memory.buffer, at.outAt, query.length);
    const rowBytes = 4 * query.dim;
    for (let doc = 0; doc < K; doc++) {
      const length = batch.offsets[doc + 1]! - batch.offsets[doc]!;
      if (length === 0) continue;
      this.#kernel(
        at.qAt,
        query.length,
        at.dAt + batch.offsets[doc]! * rowBytes,
        length,
        query.dim,
        at.outAt,
      );
      let score = 0;
      for (let t = 0; t < query.length; t++)
        score += (query.weights ? query.weights[t]! : 1) * best[t]!;
      scores[doc] = score;
    }
    return scores;
  }
}
