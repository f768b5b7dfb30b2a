// compare.rankings: one query under two or three configurations, side by side (the platform's
// rankingComparison).
import {
  rankingComparison,
  type RankingComparisonResult,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TCompareInputSchema } from './compare.schema.ts';

export function compareHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TCompareInputSchema;
}): Promise<RankingComparisonResult> {
  return rankingComparison(ctx.services, {
    storeId: ctx.store.id,
    q: input.q,
    filters: input.filters,
    configurations: input.configurations,
    depth: input.depth,
    judgmentSetId: input.judgmentSetId,
  });
}
