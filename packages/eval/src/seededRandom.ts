// A small seeded generator (mulberry32: a 32-bit state advanced by a Weyl step, then mixed), so a
// significance test gives the same answer every time it is run on the same numbers (and generated
// test data, here and in colbert's tests and the benches, is the same run after run).

/** Uniform numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
