import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZCompareInputSchema } from './compare.schema.ts';
import { ZCompareVersionsInputSchema } from './versions.schema.ts';

const analyst = storeRoleProcedure('analyst');
const rankings = lazyHandlers(() => import('./compare.handler.ts'));
const versions = lazyHandlers(() => import('./versions.handler.ts'));

export const compareRouter = createTRPCRouter({
  rankings: analyst.input(ZCompareInputSchema).query(rankings('compareHandler')),
  versions: analyst.input(ZCompareVersionsInputSchema).query(versions('compareVersionsHandler')),
});
