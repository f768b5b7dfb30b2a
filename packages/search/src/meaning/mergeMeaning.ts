// The first stage's K candidates and the candidates found by meaning, as one list for MaxSim and the
// ranking profile: the K first, in their order, then each meaning candidate the first stage did not
// find. A meaning candidate matched no query word, so its lexical score is the weakest word
// match's: it ties with the K's last rather than beating any of them on words, and the K's
// lexical scores normalise as before (the fusion's min-max sees the same lowest and highest). An
// engine without scores (null) keeps null: the fusion then reads its place, after the K.
import type { Candidate } from '../retrieval.ts';
import type { MeaningMatch } from '../searchTypes.ts';
import type { MeaningCandidate } from './meaningLookup.ts';

export interface MergedCandidates {
  candidates: readonly Candidate[];
  /** The products that came by meaning alone, with why. */
  byMeaning: ReadonlyMap<string, MeaningMatch[]>;
}

export function mergeMeaning(
  head: readonly Candidate[],
  found: readonly MeaningCandidate[],
): MergedCandidates {
  const inHead = new Set(head.map((c) => c.productId));
  const added = found.filter((m) => !inHead.has(m.productId));
  if (added.length === 0) return { candidates: head, byMeaning: new Map() };
  const score = weakestWordMatch(head);
  return {
    candidates: [...head, ...added.map((m) => ({ productId: m.productId, score }))],
    byMeaning: new Map(added.map((m) => [m.productId, m.matches])),
  };
}

/** The lowest score among `head`; null when any is null (no scores); 0 for no word match at all. */
function weakestWordMatch(head: readonly Candidate[]): number | null {
  let lowest = Number.POSITIVE_INFINITY;
  for (const c of head) {
    if (c.score === null) return null;
    lowest = Math.min(lowest, c.score);
  }
  return head.length ? lowest : 0;
}

/**
 * Merged lists kept by the head array they extend, while the same meaning candidates come back:
 * the first stage's answer cache hands out the same head for a repeated query, and the same merged
 * array lets the prepared-candidates cache (keyed by identity) keep its packed vectors.
 */
export class MergedCandidatesCache {
  readonly #kept = new WeakMap<readonly Candidate[], { key: string; merged: MergedCandidates }>();

  merge(head: readonly Candidate[], found: readonly MeaningCandidate[]): MergedCandidates {
    if (found.length === 0) return { candidates: head, byMeaning: new Map() };
    const key = found
      .map((m) => `${m.productId} ${m.matches.map((w) => w.productWord).join(' ')}`)
      .join('\n');
    const kept = this.#kept.get(head);
    if (kept?.key === key) return kept.merged;
    const merged = mergeMeaning(head, found);
    this.#kept.set(head, { key, merged });
    return merged;
  }
}
