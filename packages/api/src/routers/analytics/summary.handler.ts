// analytics.summary: what shoppers searched in a period (see searchAnalytics).
import { searchAnalytics, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TAnalyticsSummaryInputSchema } from './summary.schema.ts';

export function analyticsSummaryHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TAnalyticsSummaryInputSchema;
}) {
  return searchAnalytics(ctx.services, ctx.store.id, input);
}
