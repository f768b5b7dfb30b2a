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

/**
 * nDCG@k expected over every order of tied scores (McSherry & Najork, ECIR 2008): a group of equal
 * scores spread over ranks p … p+n−1 contributes its mean gain times the discounts of those ranks.
 * Static token vectors tie often (every product holding the query's exact tokens scores the same),
 * so this does not reward an arbitrary tie-break such as catalog order.
 */
export function tieAwareNdcgAt(
  k: number,
  scores: Float32Array,
  idOf: (index: number) => string,
  grades: ReadonlyMap<string, number>,
): number {
  const gain = (i: number) => 2 ** (grades.get(idOf(i)) ?? 0) - 1;
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
  let dcg = 0;
  for (let p = 0; p < k && p < order.length;) {
    let end = p;
    let gains = 0;
    while (end < order.length && scores[order[end]!] === scores[order[p]!])
      gains += gain(order[end++]!);
    for (let rank = p; rank < Math.min(end, k); rank++)
      dcg += gains / (end - p) / Math.log2(rank + 2);
    p = end;
  }
  const ideal = [...grades.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}
