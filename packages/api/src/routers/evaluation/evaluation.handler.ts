// evaluation.*: run a judgment set against configurations and keep the result; list, open and
// export saved runs (the platform's evaluationRuns).
import {
  evaluationRun,
  exportEvaluationRun,
  listEvaluationRuns,
  runEvaluation,
  type EvaluationRun,
  type EvaluationRunSummary,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TRunEvaluationInputSchema, TRunInputSchema } from './evaluation.schema.ts';

type Ctx = ApiContext & { store: StoreInfo };

export function runEvaluationHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: TRunEvaluationInputSchema;
}): Promise<EvaluationRun> {
  return runEvaluation(ctx.services, ctx.store.id, {
    setId: input.setId,
    configurations: input.configurations,
    name: input.name,
  });
}

export function listRunsHandler({ ctx }: { ctx: Ctx }): Promise<EvaluationRunSummary[]> {
  return listEvaluationRuns(ctx.services, ctx.store.id);
}

export function getRunHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: TRunInputSchema;
}): Promise<EvaluationRun> {
  return evaluationRun(ctx.services, ctx.store.id, input.runId);
}

export function exportRunHandler({ ctx, input }: { ctx: Ctx; input: TRunInputSchema }) {
  return exportEvaluationRun(ctx.services, ctx.store.id, input.runId);
}
