import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import {
  ZListRunsInputSchema,
  ZRunEvaluationInputSchema,
  ZRunInputSchema,
} from './evaluation.schema.ts';

const analyst = storeRoleProcedure('analyst');
const handlers = lazyHandlers(() => import('./evaluation.handler.ts'));

export const evaluationRouter = createTRPCRouter({
  run: analyst.input(ZRunEvaluationInputSchema).mutation(handlers('runEvaluationHandler')),
  list: analyst.input(ZListRunsInputSchema).query(handlers('listRunsHandler')),
  get: analyst.input(ZRunInputSchema).query(handlers('getRunHandler')),
  exportCsv: analyst.input(ZRunInputSchema).query(handlers('exportRunHandler')),
});
