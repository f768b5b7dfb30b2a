// MaxSim for token-id candidates of a static model, from the query tokens' vocabulary rows
// (vocabularySimilarity.ts): S[i][id] is already the cosine of query token i and token `id`, so
// a candidate's score is Σ_i w_i · max_j S[i][ids_j], lookups only, with the arg-max for free.
import { ShapeError } from '../errors.ts';
import type { TokenIdBatch } from './candidateBatch.ts';
import { emptyResult, type MaxSimResult } from './maxSimScorer.ts';

/** `rows` [Lq] of [vocab] similarities; `weights` [Lq] or null (every token weighs 1). */
export function tokenIdMaxSim(
  rows: readonly Float32Array[],
  weights: Float32Array | null,
  batch: Pick<TokenIdBatch, 'offsets' | 'tokenIds'>,
  explain: boolean,
): MaxSimResult {
  const K = batch.offsets.length - 1;
  const Lq = rows.length;
  if (weights && weights.length !== Lq) {
    throw new ShapeError(`w has ${weights.length} values, expected [Lq=${Lq}]`);
  }
  if (Lq === 0) return emptyResult(K, 0, explain);
  const { offsets, tokenIds } = batch;
  const vocab = rows[0]!.length;
  for (let t = 0; t < offsets[K]!; t++) {
    const id = tokenIds[t]!;
    if (!(id >= 0 && id < vocab))
      throw new ShapeError(`token id ${id} outside the table [${vocab}]`);
  }
  const result = emptyResult(K, Lq, explain);
  for (let k = 0; k < K; k++) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    if (start === end) continue;
    let score = 0;
    for (let i = 0; i < Lq; i++) {
      const row = rows[i]!;
      let top = -Infinity;
      let at = start;
      for (let t = start; t < end; t++) {
        const s = row[tokenIds[t]!]!;
        if (s > top) {
          top = s;
          at = t;
        }
      }
      score += (weights ? weights[i]! : 1) * top;
      if (explain) {
        result.bestTokens![k]![i] = at - start;
        result.bestSimilarities![k]![i] = top;
      }
    }
    result.scores[k] = score;
  }
  return result;
}
