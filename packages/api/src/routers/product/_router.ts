import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { ZProductByIdInputSchema } from './byId.schema.ts';

export const productRouter = createTRPCRouter({
  byId: publicProcedure
    .input(ZProductByIdInputSchema)
    .query(async (opts) => (await import('./byId.handler.ts')).productByIdHandler(opts)),
});
