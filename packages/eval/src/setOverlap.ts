import { topK } from './topK.ts';
import type { Ranking } from './types.ts';

export interface SetOverlap {
  label: string;
  /** Documents in both top-k lists. */
  shared: number;
  value: number;
}

/**
 * Shared documents in the two top-k lists divided by the length of the longer one (which is k
 * unless both lists are shorter), so two identical 3-result lists overlap fully at k = 10. Two
 * empty lists are identical: 1.
 */
export function overlapAtK(a: Ranking, b: Ranking, k: number): SetOverlap {
  const [topA, topB, shared] = sharedAtK(a, b, k);
  const size = Math.max(topA.length, topB.length);
  return { label: `overlap@${k}`, shared, value: size === 0 ? 1 : shared / size };
}

/** |A_k ∩ B_k| / |A_k ∪ B_k|. Two empty lists are identical: 1. */
export function jaccardAtK(a: Ranking, b: Ranking, k: number): SetOverlap {
  const [topA, topB, shared] = sharedAtK(a, b, k);
  const union = topA.length + topB.length - shared;
  return { label: `Jaccard@${k}`, shared, value: union === 0 ? 1 : shared / union };
}

function sharedAtK(a: Ranking, b: Ranking, k: number): [string[], string[], number] {
  const topA = topK(a, k);
  const topB = topK(b, k);
  const inB = new Set(topB);
  return [topA, topB, topA.filter((docId) => inB.has(docId)).length];
}
