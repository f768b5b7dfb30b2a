// A query's judgments beside the compared rankings: every product graded for the query in the
// set, best grade first, with its place in each ranking (null: not in that ranking's hits), so an
// analyst sees which relevant products a ranking missed.
import type { CompareResult } from './apiTypes';

export interface JudgedProduct {
  id: string;
  /** Null when no ranking on screen holds the product. */
  title: string | null;
  grade: number;
  /** 1-based, per ranking in the comparison's order. */
  positions: (number | null)[];
}

export function judgedProducts(
  grades: Record<string, number>,
  result: CompareResult,
): JudgedProduct[] {
  const titles = new Map<string, string>();
  for (const r of result.rankings)
    for (const h of r.hits) titles.set(h.product.id, h.product.title);
  return Object.entries(grades)
    .map(([id, grade]) => ({
      id,
      title: titles.get(id) ?? null,
      grade,
      positions: result.rankings.map((r) => {
        const i = r.hits.findIndex((h) => h.product.id === id);
        return i < 0 ? null : i + 1;
      }),
    }))
    .sort((a, b) => b.grade - a.grade || a.id.localeCompare(b.id));
}
