// compare.rankings: one query under two or three configurations, side by side (the platform's
// rankingComparison).
import { rankingComparison, type RankingComparisonResult } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TCompareInputSchema } from './compare.schema.ts';

export function compareHandler({
  ctx,
  input,
}: StoreCall<TCompareInputSchema>): Promise<RankingComparisonResult> {
  return rankingComparison(ctx.services, {
    storeId: ctx.store.id,
    q: input.q,
    filters: input.filters,
    configurations: input.configurations,
    depth: input.depth,
    judgmentSetId: input.judgmentSetId,
  });
}
