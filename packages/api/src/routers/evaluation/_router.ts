import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import {
  ZListRunsInputSchema,
  ZRunEvaluationInputSchema,
  ZRunInputSchema,
} from './evaluation.schema.ts';

const analyst = storeRoleProcedure('analyst');
const handlers = () => import('./evaluation.handler.ts');

export const evaluationRouter = createTRPCRouter({
  run: analyst
    .input(ZRunEvaluationInputSchema)
    .mutation(async (opts) => (await handlers()).runEvaluationHandler(opts)),
  list: analyst
    .input(ZListRunsInputSchema)
    .query(async (opts) => (await handlers()).listRunsHandler(opts)),
  get: analyst.input(ZRunInputSchema).query(async (opts) => (await handlers()).getRunHandler(opts)),
  exportCsv: analyst
    .input(ZRunInputSchema)
    .query(async (opts) => (await handlers()).exportRunHandler(opts)),
});
