import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZStoreInfoInputSchema } from './info.schema.ts';

const info = lazyHandlers(() => import('./info.handler.ts'));

export const storeRouter = createTRPCRouter({
  info: publicProcedure.input(ZStoreInfoInputSchema).query(info('storeInfoHandler')),
});
