// The textbook MaxSim, written to be obviously right: the yardstick for every fast kernel.
import { assertShape } from '../errors.ts';
import type { DocVectors, EncodedQueryLike } from '../types.ts';
import { assertQueryShape } from './queryShape.ts';

/**
 * score(q, d) = Σ_i w_i · max_j Σ_k Q[i, k] · D[j, k]   (w_i = 1 when weights are null)
 *
 * Q [Lq, dim] and each D [Ld, dim] are row-major and normalised by the encoder, so the inner sum
 * is a cosine. A query token facing an empty document (Ld = 0) contributes 0.
 */
export function maxSimReference(q: EncodedQueryLike, docs: readonly DocVectors[]): Float32Array {
  assertQueryShape(q);
  const scores = new Float32Array(docs.length);
  const { Q, length: Lq, dim, weights } = q;
  docs.forEach((doc, d) => {
    const { D, length: Ld } = doc;
    assertShape(
      doc.dim === dim && D.length === Ld * dim,
      () => `D ${d} has ${D.length} values, expected [Ld=${Ld}, dim=${dim}] (Q [${Lq}, ${dim}])`,
    );
    let score = 0;
    for (let i = 0; i < Lq; i++) {
      let best = Ld === 0 ? 0 : -Infinity;
      for (let j = 0; j < Ld; j++) {
        let dot = 0;
        for (let k = 0; k < dim; k++) dot += Q[i * dim + k]! * D[j * dim + k]!;
        best = Math.max(best, dot);
      }
      score += (weights ? weights[i]! : 1) * best;
    }
    scores[d] = score;
  });
  return scores;
}
