import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZCompareInputSchema } from './compare.schema.ts';
import { ZCompareVersionsInputSchema } from './versions.schema.ts';

export const compareRouter = createTRPCRouter({
  rankings: storeRoleProcedure('analyst')
    .input(ZCompareInputSchema)
    .query(async (opts) => (await import('./compare.handler.ts')).compareHandler(opts)),
  versions: storeRoleProcedure('analyst')
    .input(ZCompareVersionsInputSchema)
    .query(async (opts) => (await import('./versions.handler.ts')).compareVersionsHandler(opts)),
});
