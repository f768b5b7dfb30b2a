// evaluation.*: run a judgment set against configurations and keep the result; list, open and
// export saved runs (the platform's evaluationRuns).
import {
  evaluationRun,
  exportEvaluationRun,
  listEvaluationRuns,
  runEvaluation,
  type EvaluationRun,
  type EvaluationRunSummary,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TRunEvaluationInputSchema, TRunInputSchema } from './evaluation.schema.ts';

export function runEvaluationHandler({
  ctx,
  input,
}: StoreCall<TRunEvaluationInputSchema>): Promise<EvaluationRun> {
  return runEvaluation(ctx.services, ctx.store.id, {
    setId: input.setId,
    configurations: input.configurations,
    name: input.name,
  });
}

export function listRunsHandler({ ctx }: StoreCall): Promise<EvaluationRunSummary[]> {
  return listEvaluationRuns(ctx.services, ctx.store.id);
}

export function getRunHandler({ ctx, input }: StoreCall<TRunInputSchema>): Promise<EvaluationRun> {
  return evaluationRun(ctx.services, ctx.store.id, input.runId);
}

export function exportRunHandler({ ctx, input }: StoreCall<TRunInputSchema>) {
  return exportEvaluationRun(ctx.services, ctx.store.id, input.runId);
}
