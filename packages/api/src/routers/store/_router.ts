import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { ZStoreInfoInputSchema } from './info.schema.ts';

export const storeRouter = createTRPCRouter({
  info: publicProcedure
    .input(ZStoreInfoInputSchema)
    .query(async (opts) => (await import('./info.handler.ts')).storeInfoHandler(opts)),
});
