import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZAnalyticsSummaryInputSchema } from './summary.schema.ts';

export const analyticsRouter = createTRPCRouter({
  summary: storeRoleProcedure('analyst')
    .input(ZAnalyticsSummaryInputSchema)
    .query(async (opts) => (await import('./summary.handler.ts')).analyticsSummaryHandler(opts)),
});
