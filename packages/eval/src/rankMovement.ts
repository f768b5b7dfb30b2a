import { topK } from './topK.ts';
import type { Ranking } from './types.ts';

export type Movement = 'up' | 'down' | 'unchanged' | 'new' | 'dropped';

export interface RankChange {
  docId: string;
  /** 1-based rank in the earlier ranking; `null` if the document is new. */
  before: number | null;
  /** 1-based rank in the later ranking; `null` if the document was dropped. */
  after: number | null;
  /** Ranks gained: before − after, positive when it moved up; `null` for new or dropped. */
  shift: number | null;
  movement: Movement;
}

/** Every document of `after` in its order, followed by the documents `after` dropped. */
export function rankMovement(before: Ranking, after: Ranking): RankChange[] {
  const beforeIds = topK(before);
  const afterIds = topK(after);
  const rankBefore = new Map(beforeIds.map((docId, index) => [docId, index + 1]));
  const inAfter = new Set(afterIds);

  const present = afterIds.map((docId, index): RankChange => {
    const was = rankBefore.get(docId);
    const now = index + 1;
    if (was === undefined) return { docId, before: null, after: now, shift: null, movement: 'new' };
    const shift = was - now;
    const movement = shift > 0 ? 'up' : shift < 0 ? 'down' : 'unchanged';
    return { docId, before: was, after: now, shift, movement };
  });
  const dropped = beforeIds
    .filter((docId) => !inAfter.has(docId))
    .map((docId): RankChange => ({
      docId,
      before: rankBefore.get(docId) ?? null,
      after: null,
      shift: null,
      movement: 'dropped',
    }));
  return [...present, ...dropped];
}
