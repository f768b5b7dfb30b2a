import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZProductByIdInputSchema } from './byId.schema.ts';

const byId = lazyHandlers(() => import('./byId.handler.ts'));

export const productRouter = createTRPCRouter({
  byId: publicProcedure.input(ZProductByIdInputSchema).query(byId('productByIdHandler')),
});
