// compare.rankings: one query under two or three configurations, side by side (the platform's
// rankingComparison).
import { rankingComparison, type RankingComparisonResult } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TCompareInputSchema } from './compare.schema.ts';

export function compareHandler({
  ctx,
  input,
}: StoreCall<TCompareInputSchema>): Promise<RankingComparisonResult> {
  const { q, filters, configurations, depth, judgmentSetId } = input;
  return rankingComparison(ctx.services, {
    storeId: ctx.store.id,
    q,
    filters,
    configurations,
    depth,
    judgmentSetId,
  });
}
