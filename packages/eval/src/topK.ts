import type { Ranking } from './types.ts';

/** Rejects cutoffs that would silently score 0 (k = 0) or mean nothing (k = 2.5). */
export function assertCutoff(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`k must be a positive integer, got ${k}`);
  }
}

/**
 * The first `k` distinct doc ids of a ranking (all of them when `k` is omitted). A repeated doc id
 * keeps only its first position, so a system cannot earn credit twice for one document.
 */
export function topK(ranking: Ranking, k?: number): string[] {
  if (k !== undefined) assertCutoff(k);
  const limit = k ?? Infinity;
  const distinct = new Set<string>();
  for (const docId of ranking) {
    if (distinct.size === limit) break;
    distinct.add(docId);
  }
  return [...distinct];
}
