// experiments.*: an analyst's interleaving experiments (start, stop, list, outcome); the platform's
// experiments/ use cases.
import {
  experimentReport,
  listExperiments,
  startExperiment,
  stopExperiment,
  type ExperimentReport,
  type ExperimentView,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TExperimentInputSchema, TStartExperimentInputSchema } from './experiments.schema.ts';

export function startExperimentHandler({
  ctx,
  input,
}: StoreCall<TStartExperimentInputSchema>): Promise<ExperimentView> {
  return startExperiment(ctx.services, ctx.store.id, input, ctx.session.user.email);
}

export function stopExperimentHandler({
  ctx,
  input,
}: StoreCall<TExperimentInputSchema>): Promise<ExperimentView> {
  return stopExperiment(ctx.services, ctx.store.id, input.experimentId, ctx.session.user.email);
}

export function listExperimentsHandler({ ctx }: StoreCall): Promise<ExperimentView[]> {
  return listExperiments(ctx.services, ctx.store.id);
}

export function experimentReportHandler({
  ctx,
  input,
}: StoreCall<TExperimentInputSchema>): Promise<ExperimentReport> {
  return experimentReport(ctx.services, ctx.store.id, input.experimentId);
}
