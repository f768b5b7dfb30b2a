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
  batch: Pick<TokenIdBatch, 'offsets' | 'tokenIds' | 'distinct'>,
  explain: boolean,
): MaxSimResult {
  const K = batch.offsets.length - 1;
  const Lq = rows.length;
  if (weights && weights.length !== Lq) {
    throw new ShapeError(`w has ${weights.length} values, expected [Lq=${Lq}]`);
  }
  if (Lq === 0) return emptyResult(K, 0, explain);
  const { offsets, tokenIds, distinct } = batch;
  const vocab = rows[0]!.length;
  if (!explain && distinct) {
    if (distinct.minId < 0 || distinct.maxId >= vocab) {
      const id = distinct.minId < 0 ? distinct.minId : distinct.maxId;
      throw new ShapeError(`token id ${id} outside the table [${vocab}]`);
    }
    return { scores: maxSimScores(rows, weights, distinct.offsets, distinct.tokenIds) };
  }
  assertIdsIn(tokenIds, offsets[K]!, vocab);
  if (!explain) return { scores: maxSimScores(rows, weights, offsets, tokenIds) };
  const result = emptyResult(K, Lq, true);
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
      result.bestTokens![k]![i] = at - start;
      result.bestSimilarities![k]![i] = top;
    }
    result.scores[k] = score;
  }
  return result;
}

/**
 * Scores only, the hot path (every candidate of every search): query tokens four (then two, then
 * one) at a time, so each document token id is read once per group, with Math.max (branch-free
 * machine code; the arg-max's branch mispredicts often). Sums in query-token order: the explaining
 * loop's bits (a maximum of -0 where the explaining loop keeps +0 adds the same to the sum).
 */
function maxSimScores(
  rows: readonly Float32Array[],
  weights: Float32Array | null,
  offsets: Int32Array,
  tokenIds: Int32Array,
): Float32Array {
  const K = offsets.length - 1;
  const Lq = rows.length;
  const w = weights ?? new Float32Array(Lq).fill(1);
  const scores = new Float32Array(K);
  for (let k = 0; k < K; k++) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    if (start === end) continue;
    let score = 0;
    let i = 0;
    for (; i + 4 <= Lq; i += 4) {
      const r0 = rows[i]!,
        r1 = rows[i + 1]!,
        r2 = rows[i + 2]!,
        r3 = rows[i + 3]!;
      let m0 = -Infinity,
        m1 = -Infinity,
        m2 = -Infinity,
        m3 = -Infinity;
      for (let t = start; t < end; t++) {
        const id = tokenIds[t]!;
        const s0 = r0[id]!,
          s1 = r1[id]!,
          s2 = r2[id]!,
          s3 = r3[id]!;
        m0 = Math.max(m0, s0);
        m1 = Math.max(m1, s1);
        m2 = Math.max(m2, s2);
        m3 = Math.max(m3, s3);
      }
      score += w[i]! * m0;
      score += w[i + 1]! * m1;
      score += w[i + 2]! * m2;
      score += w[i + 3]! * m3;
    }
    if (i + 2 <= Lq) {
      const r0 = rows[i]!,
        r1 = rows[i + 1]!;
      let m0 = -Infinity,
        m1 = -Infinity;
      for (let t = start; t < end; t++) {
        const id = tokenIds[t]!;
        const s0 = r0[id]!,
          s1 = r1[id]!;
        m0 = Math.max(m0, s0);
        m1 = Math.max(m1, s1);
      }
      score += w[i]! * m0;
      score += w[i + 1]! * m1;
      i += 2;
    }
    if (i < Lq) {
      const row = rows[i]!;
      let m = -Infinity;
      for (let t = start; t < end; t++) {
        m = Math.max(m, row[tokenIds[t]!]!);
      }
      score += w[i]! * m;
    }
    scores[k] = score;
  }
  return scores;
}

/** Every id in [0, vocab): the range of the ids in one branch-free pass, the culprit only on failure. */
function assertIdsIn(tokenIds: Int32Array, count: number, vocab: number): void {
  let lo = 0;
  let hi = 0;
  for (let t = 0; t < count; t++) {
    const id = tokenIds[t]!;
    lo = id < lo ? id : lo;
    hi = id > hi ? id : hi;
  }
  if (lo >= 0 && hi < vocab) return;
  const id = tokenIds.subarray(0, count).find((v) => !(v >= 0 && v < vocab));
  throw new ShapeError(`token id ${id} outside the table [${vocab}]`);
}
