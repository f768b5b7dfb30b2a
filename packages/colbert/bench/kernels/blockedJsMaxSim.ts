// MaxSim in plain TypeScript, register-blocked: 4 query tokens × 2 document tokens per step, so
// each loaded value feeds several multiply-adds. A measured alternative to the default kernel.
import type { Float32Batch } from '../../src/index.ts';
import type { EncodedQueryLike } from '../../src/types.ts';

/** Scores [K] of one query against a float32 batch (weights applied; empty documents score 0). */
export function blockedJsMaxSim(q: EncodedQueryLike, batch: Float32Batch): Float32Array {
  const { Q, length: Lq, dim } = q;
  const { vectors: D, offsets } = batch;
  const K = offsets.length - 1;
  const scores = new Float32Array(K);
  const best = new Float64Array(Lq);
  for (let doc = 0; doc < K; doc++) {
    const first = offsets[doc]!;
    const last = offsets[doc + 1]! - 1;
    if (last < first) continue;
    best.fill(-Infinity);
    for (let i = 0; i < Lq; i += 4) {
      // Rows past the end repeat the last row: they recompute a value, never change a max.
      const q0 = i * dim;
      const q1 = Math.min(i + 1, Lq - 1) * dim;
      const q2 = Math.min(i + 2, Lq - 1) * dim;
      const q3 = Math.min(i + 3, Lq - 1) * dim;
      let m0 = -Infinity, m1 = -Infinity, m2 = -Infinity, m3 = -Infinity; // prettier-ignore
      for (let j = first; j <= last; j += 2) {
        const d0 = j * dim;
        const d1 = Math.min(j + 1, last) * dim;
        let a00 = 0, a01 = 0, a10 = 0, a11 = 0, a20 = 0, a21 = 0, a30 = 0, a31 = 0; // prettier-ignore
        for (let k = 0; k < dim; k++) {
          const x0 = D[d0 + k]!;
          const x1 = D[d1 + k]!;
          const y0 = Q[q0 + k]!;
          const y1 = Q[q1 + k]!;
          const y2 = Q[q2 + k]!;
          const y3 = Q[q3 + k]!;
          a00 += y0 * x0;
          a01 += y0 * x1;
          a10 += y1 * x0;
          a11 += y1 * x1;
          a20 += y2 * x0;
          a21 += y2 * x1;
          a30 += y3 * x0;
          a31 += y3 * x1;
        }
        m0 = Math.max(m0, a00, a01);
        m1 = Math.max(m1, a10, a11);
        m2 = Math.max(m2, a20, a21);
        m3 = Math.max(m3, a30, a31);
      }
      best[i] = m0;
      if (i + 1 < Lq) best[i + 1] = m1;
      if (i + 2 < Lq) best[i + 2] = m2;
      if (i + 3 < Lq) best[i + 3] = m3;
    }
    let score = 0;
    for (let i = 0; i < Lq; i++) score += (q.weights ? q.weights[i]! : 1) * best[i]!;
    scores[doc] = score;
  }
  return scores;
}
