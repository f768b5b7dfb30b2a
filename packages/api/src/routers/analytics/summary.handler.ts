// analytics.summary: what shoppers searched in a period (see searchAnalytics).
import { searchAnalytics } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TAnalyticsSummaryInputSchema } from './summary.schema.ts';

export function analyticsSummaryHandler({ ctx, input }: StoreCall<TAnalyticsSummaryInputSchema>) {
  return searchAnalytics(ctx.services, ctx.store.id, input);
}
