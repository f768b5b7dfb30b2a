// MaxSim for token-id candidates of a static model, from the query tokens' vocabulary rows
// (vocabularySimilarity.ts): S[i][id] is already the cosine of query token i and token `id`, so
// a candidate's score is Σ_i w_i · max_j S[i][ids_j], lookups only, with the arg-max for free.
// A query token anchored to a number (its unit, numberUnits.ts) takes its max in text order.
import { ShapeError } from '../errors.ts';
import { anchoredMax, UNANCHORED } from './numberUnits.ts';
import { distinctTokenIds, type DistinctTokenIds, type TokenIdBatch } from './candidateBatch.ts';
import { emptyResult, type MaxSimResult } from './maxSimScorer.ts';

/**
 * `rows` [Lq] of [vocab] similarities; `weights` [Lq] or null (every token weighs 1); `anchors`
 * [Lq] or null: per query token the number id its match must follow, or UNANCHORED.
 */
export function tokenIdMaxSim(
  rows: readonly Float32Array[],
  weights: Float32Array | null,
  batch: Pick<TokenIdBatch, 'offsets' | 'tokenIds' | 'distinct'>,
  explain: boolean,
  anchors: Int32Array | null = null,
): MaxSimResult {
  const K = batch.offsets.length - 1;
  const Lq = rows.length;
  if (weights && weights.length !== Lq) {
    throw new ShapeError(`w has ${weights.length} values, expected [Lq=${Lq}]`);
  }
  if (anchors && anchors.length !== Lq) {
    throw new ShapeError(`anchors has ${anchors.length} values, expected [Lq=${Lq}]`);
  }
  if (Lq === 0) return emptyResult(K, 0, explain);
  const { offsets, tokenIds } = batch;
  const vocab = rows[0]!.length;
  if (!explain) {
    const distinct = batch.distinct ?? distinctTokenIds(offsets, tokenIds);
    assertInTable(distinct.minId, distinct.maxId, vocab);
    return { scores: maxSimScores(rows, weights, distinct, anchors ? { batch, anchors } : null) };
  }
  assertInTable(...idRange(tokenIds, offsets[K]!), vocab);
  const result = emptyResult(K, Lq, true);
  for (let k = 0; k < K; k++) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    if (start === end) continue;
    let score = 0;
    for (let i = 0; i < Lq; i++) {
      const row = rows[i]!;
      const anchor = anchors ? anchors[i]! : UNANCHORED;
      let top = -Infinity;
      let at = start;
      if (anchor !== UNANCHORED)
        ({ value: top, at } = anchoredMax(row, tokenIds, start, end, anchor));
      else {
        for (let t = start; t < end; t++) {
          const s = row[tokenIds[t]!]!;
          if (s > top) {
            top = s;
            at = t;
          }
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
 * Scores only, the hot path (every candidate of every search), over each candidate's distinct ids
 * in ascending order. A row's largest entry is its own token's (cosine 1): a candidate holding that
 * id (found by binary search; most first-stage candidates contain the query's words) takes it
 * without a scan. Sums in query-token order: the explaining loop's bits (a maximum of -0 where the
 * explaining loop keeps +0 adds the same to the sum). Anchored query tokens (rare: a number's
 * unit) read the candidate's ids in text order instead.
 */
function maxSimScores(
  rows: readonly Float32Array[],
  weights: Float32Array | null,
  { offsets, tokenIds }: DistinctTokenIds,
  anchored: { batch: Pick<TokenIdBatch, 'offsets' | 'tokenIds'>; anchors: Int32Array } | null,
): Float32Array {
  const K = offsets.length - 1;
  const Lq = rows.length;
  const peaks = rows.map(peakOf);
  const scores = new Float32Array(K);
  for (let k = 0; k < K; k++) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    if (start === end) continue;
    let score = 0;
    for (let i = 0; i < Lq; i++) {
      const peak = peaks[i]!;
      let m = -Infinity;
      const anchor = anchored ? anchored.anchors[i]! : UNANCHORED;
      if (anchor !== UNANCHORED) {
        const { offsets: from, tokenIds: ordered } = anchored!.batch;
        m = anchoredMax(rows[i]!, ordered, from[k]!, from[k + 1]!, anchor).value;
      } else if (holdsAny(tokenIds, start, end, peak.ids)) m = peak.value;
      else {
        const row = rows[i]!;
        for (let t = start; t < end; t++) m = Math.max(m, row[tokenIds[t]!]!);
      }
      score += (weights ? weights[i]! : 1) * m;
    }
    scores[k] = score;
  }
  return scores;
}

/** The smallest and largest of the first `count` ids (0 and 0 for none), in one branch-free pass. */
function idRange(tokenIds: Int32Array, count: number): [number, number] {
  let lo = count ? tokenIds[0]! : 0;
  let hi = lo;
  for (let t = 1; t < count; t++) {
    lo = Math.min(lo, tokenIds[t]!);
    hi = Math.max(hi, tokenIds[t]!);
  }
  return [lo, hi];
}

function assertInTable(minId: number, maxId: number, vocab: number): void {
  if (minId < 0) throw new ShapeError(`token id ${minId} outside the table [${vocab}]`);
  if (maxId >= vocab) throw new ShapeError(`token id ${maxId} outside the table [${vocab}]`);
}

/** A row's largest value and every id holding it (normally one: the query token's own id). */
interface RowPeak {
  value: number;
  ids: Int32Array;
}

// Rows are long-lived (the vocabulary keeps them) and read-only, so a row's peak is found once.
const peakByRow = new WeakMap<Float32Array, RowPeak>();

function peakOf(row: Float32Array): RowPeak {
  let peak = peakByRow.get(row);
  if (peak) return peak;
  let value = -Infinity;
  for (let id = 0; id < row.length; id++) value = Math.max(value, row[id]!);
  const ids: number[] = [];
  for (let id = 0; id < row.length; id++) if (row[id] === value) ids.push(id);
  peak = { value, ids: Int32Array.from(ids) };
  peakByRow.set(row, peak);
  return peak;
}

/** Whether ascending `sorted[start..end)` holds one of `ids`. */
function holdsAny(sorted: Int32Array, start: number, end: number, ids: Int32Array): boolean {
  for (let a = 0; a < ids.length; a++) {
    const id = ids[a]!;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = sorted[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid;
    }
  }
  return false;
}
