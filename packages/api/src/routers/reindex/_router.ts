import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZStartReindexInputSchema } from './start.schema.ts';
import {
  ZJobInputSchema,
  ZReindexStatusInputSchema,
  ZStoreInputSchema,
  ZVersionInputSchema,
} from './status.schema.ts';

const merchant = storeRoleProcedure('merchant');
const jobs = lazyHandlers(() => import('./jobs.handler.ts'));
const versions = lazyHandlers(() => import('./versions.handler.ts'));

export const reindexRouter = createTRPCRouter({
  start: merchant.input(ZStartReindexInputSchema).mutation(jobs('startReindexHandler')),
  status: merchant.input(ZReindexStatusInputSchema).query(jobs('reindexStatusHandler')),
  cancel: merchant.input(ZJobInputSchema).mutation(jobs('cancelJobHandler')),
  options: merchant.input(ZStoreInputSchema).query(versions('reindexOptionsHandler')),
  versions: merchant.input(ZStoreInputSchema).query(versions('listVersionsHandler')),
  retireVersion: merchant.input(ZVersionInputSchema).mutation(versions('retireVersionHandler')),
  deleteRetired: merchant.input(ZStoreInputSchema).mutation(versions('deleteRetiredHandler')),
});
