// IEEE-754 binary16 ⇄ float32 conversion (Node 20 has no Float16Array). Encoding rounds to
// nearest, ties to even, and keeps subnormals, infinities and NaN; decoding is a table lookup.

const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/** The binary16 bit pattern nearest to `x` (as float32 first, like a float32 tensor). */
export function toHalfBits(x: number): number {
  scratch[0] = x;
  const bits = scratchBits[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const e = exponent - 112; // rebias 127 → 15
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal half: value / 2^-24, with the implicit leading bit made explicit.
    if (e < -10) return sign;
    const shift = 14 - e;
    return sign | roundShift(mantissa | 0x800000, shift);
  }
  // A carry out of the mantissa bumps the exponent, which is the right result (up to infinity).
  return sign | ((e << 10) + roundShift(mantissa, 13));
}

/** value >> shift, rounded to nearest, ties to even. */
function roundShift(value: number, shift: number): number {
  const kept = value >>> shift;
  const rest = value & ((1 << shift) - 1);
  const halfway = 1 << (shift - 1);
  return rest > halfway || (rest === halfway && (kept & 1) === 1) ? kept + 1 : kept;
}

function halfBitsToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

let decodeTable: Float32Array | null = null;

/** All 65,536 half values as float32 (256 KiB, built on first use). */
function halfTable(): Float32Array {
  decodeTable ??= Float32Array.from({ length: 65536 }, (_, h) => halfBitsToNumber(h));
  return decodeTable;
}

export function halvesToFloat32(halves: Uint16Array): Float32Array {
  const table = halfTable();
  const out = new Float32Array(halves.length);
  for (let i = 0; i < halves.length; i++) out[i] = table[halves[i]!]!;
  return out;
}

export function float32ToHalves(values: Float32Array): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toHalfBits(values[i]!);
  return out;
}
