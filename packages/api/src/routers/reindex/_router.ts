import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZStartReindexInputSchema } from './start.schema.ts';
import {
  ZJobInputSchema,
  ZReindexStatusInputSchema,
  ZStoreInputSchema,
  ZVersionInputSchema,
} from './status.schema.ts';

const merchant = storeRoleProcedure('merchant');
const handlers = () => import('./versions.handler.ts');

export const reindexRouter = createTRPCRouter({
  start: merchant
    .input(ZStartReindexInputSchema)
    .mutation(async (opts) => (await import('./start.handler.ts')).startReindexHandler(opts)),
  status: merchant
    .input(ZReindexStatusInputSchema)
    .query(async (opts) => (await import('./status.handler.ts')).reindexStatusHandler(opts)),
  cancel: merchant
    .input(ZJobInputSchema)
    .mutation(async (opts) => (await handlers()).cancelJobHandler(opts)),
  options: merchant
    .input(ZStoreInputSchema)
    .query(async (opts) => (await import('./options.handler.ts')).reindexOptionsHandler(opts)),
  versions: merchant
    .input(ZStoreInputSchema)
    .query(async (opts) => (await handlers()).listVersionsHandler(opts)),
  retireVersion: merchant
    .input(ZVersionInputSchema)
    .mutation(async (opts) => (await handlers()).retireVersionHandler(opts)),
  deleteRetired: merchant
    .input(ZStoreInputSchema)
    .mutation(async (opts) => (await handlers()).deleteRetiredHandler(opts)),
});
