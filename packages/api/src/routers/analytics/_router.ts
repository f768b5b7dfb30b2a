import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZAnalyticsSummaryInputSchema } from './summary.schema.ts';

const summary = lazyHandlers(() => import('./summary.handler.ts'));

export const analyticsRouter = createTRPCRouter({
  summary: storeRoleProcedure('analyst')
    .input(ZAnalyticsSummaryInputSchema)
    .query(summary('analyticsSummaryHandler')),
});
