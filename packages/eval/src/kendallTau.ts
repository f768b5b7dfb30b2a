import { topK } from './topK.ts';
import type { Ranking } from './types.ts';

export type KendallTauResult =
  | {
      label: string;
      value: number;
      sharedCount: number;
      concordant: number;
      discordant: number;
    }
  | { label: string; value: null; sharedCount: number; reason: 'fewer-than-two-shared-items' };

const LABEL = 'Kendall tau-a (shared items)';

/**
 * Kendall's tau over the documents present in both rankings, each ranking restricted to them.
 * Rankings are strict orders, so there are no ties and tau-a equals tau-b:
 * (concordant − discordant) / (n(n − 1) / 2). Needs two shared documents to form a pair;
 * with fewer the value is `null`. O(n²) in the shared count, fine for result pages.
 */
export function kendallTau(a: Ranking, b: Ranking): KendallTauResult {
  const positionInB = new Map(topK(b).map((docId, index) => [docId, index]));
  // Positions in b of the shared documents, listed in a's order.
  const positions = topK(a).flatMap((docId) => {
    const position = positionInB.get(docId);
    return position === undefined ? [] : [position];
  });
  const n = positions.length;
  if (n < 2) {
    return { label: LABEL, value: null, sharedCount: n, reason: 'fewer-than-two-shared-items' };
  }
  let concordant = 0;
  positions.forEach((earlier, i) => {
    for (const later of positions.slice(i + 1)) if (earlier < later) concordant++;
  });
  const pairs = (n * (n - 1)) / 2;
  const discordant = pairs - concordant;
  return {
    label: LABEL,
    value: (concordant - discordant) / pairs,
    sharedCount: n,
    concordant,
    discordant,
  };
}
