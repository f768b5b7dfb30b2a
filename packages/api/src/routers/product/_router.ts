import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { loadOnce } from '../loadOnce.ts';
import { ZProductByIdInputSchema } from './byId.schema.ts';

const byId = loadOnce(() => import('./byId.handler.ts'));

export const productRouter = createTRPCRouter({
  byId: publicProcedure
    .input(ZProductByIdInputSchema)
    .query(async (opts) => (await byId()).productByIdHandler(opts)),
});
