// Just enough of the WebAssembly binary format to emit one SIMD function: a byte writer for the
// instructions the MaxSim kernel uses, and the module sections around it.

export const I32 = 0x7f;
export const V128 = 0x7b;

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

const vec = (items: number[][]) => [...unsignedLeb(items.length), ...items.flat()];
const name = (text: string) => vec([...new TextEncoder().encode(text)].map((b) => [b]));

/** Instruction writer: each method appends one instruction and returns `this`. */
export class Code {
  readonly bytes: number[] = [];

  #op(...bytes: number[]): this {
    this.bytes.push(...bytes);
    return this;
  }
  #simd(opcode: number, ...rest: number[]): this {
    return this.#op(0xfd, ...unsignedLeb(opcode), ...rest);
  }

  get(local: number) { return this.#op(0x20, ...unsignedLeb(local)); } // prettier-ignore
  set(local: number) { return this.#op(0x21, ...unsignedLeb(local)); } // prettier-ignore
  i32(value: number) { return this.#op(0x41, ...signedLeb(value)); } // prettier-ignore
  add() { return this.#op(0x6a); } // prettier-ignore
  mul() { return this.#op(0x6c); } // prettier-ignore
  shl() { return this.#op(0x74); } // prettier-ignore
  ltS() { return this.#op(0x48); } // prettier-ignore
  geS() { return this.#op(0x4e); } // prettier-ignore
  select() { return this.#op(0x1b); } // prettier-ignore
  block() { return this.#op(0x02, 0x40); } // prettier-ignore
  loop() { return this.#op(0x03, 0x40); } // prettier-ignore
  br(depth: number) { return this.#op(0x0c, depth); } // prettier-ignore
  brIf(depth: number) { return this.#op(0x0d, depth); } // prettier-ignore
  end() { return this.#op(0x0b); } // prettier-ignore
  f32Store() { return this.#op(0x38, 2, 0); } // prettier-ignore
  v128Load(offset = 0) { return this.#simd(0x00, 4, ...unsignedLeb(offset)); } // prettier-ignore
  f32x4Splat() { return this.#simd(0x13); } // prettier-ignore
  f32x4ExtractLane(lane: number) { return this.#simd(0x1f, lane); } // prettier-ignore
  f32x4Add() { return this.#simd(0xe4); } // prettier-ignore
  f32x4Mul() { return this.#simd(0xe6); } // prettier-ignore
  f32x4Max() { return this.#simd(0xe9); } // prettier-ignore
  f32Const(value: number) { return this.#op(0x43, ...new Uint8Array(Float32Array.of(value).buffer)); } // prettier-ignore
  /** i8x16.shuffle of two f32x4 vectors, picking float lanes 0-3 (a) and 4-7 (b). */
  shuffleF32(lanes: [number, number, number, number]) {
    return this.#simd(0x0d, ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]));
  }
}

/** A module importing memory "env.memory" and exporting one function of i32 parameters. */
export function moduleBytes(
  exportName: string,
  params: number,
  locals: [count: number, type: number][],
  body: Code,
): Uint8Array {
  const section = (id: number, content: number[]) => [
    id,
    ...unsignedLeb(content.length),
    ...content,
  ];
  const functionType = [0x60, ...vec(Array.from({ length: params }, () => [I32])), ...vec([])];
  const memoryImport = [...name('env'), ...name('memory'), 0x02, 0x00, 1];
  const code = [
    ...vec(locals.map(([count, type]) => [...unsignedLeb(count), type])),
    ...body.bytes,
    0x0b,
  ];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([functionType])),
    ...section(2, vec([memoryImport])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name(exportName), 0x00, 0]])),
    ...section(10, vec([[...unsignedLeb(code.length), ...code]])),
  ]);
}
