/**
 * nDCG@k with exponential gain (2^rel − 1) and log2 discount. The ideal ranking sorts every
 * judged grade of the query; unjudged documents have grade 0.
 */
export function ndcgAt(
  k: number,
  ranking: readonly string[],
  grades: ReadonlyMap<string, number>,
): number {
  const dcg = (rels: readonly number[]) =>
    rels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranking.map((id) => grades.get(id) ?? 0)) / ideal;
}

/** Indices of the top `k` scores, best first (ties: lower index first). */
export function topK(scores: Float32Array, k: number): number[] {
  return Array.from(scores.keys())
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, k);
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
