import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZCompareInputSchema } from './compare.schema.ts';

export const compareRouter = createTRPCRouter({
  rankings: storeRoleProcedure('analyst')
    .input(ZCompareInputSchema)
    .query(async (opts) => (await import('./compare.handler.ts')).compareHandler(opts)),
});
