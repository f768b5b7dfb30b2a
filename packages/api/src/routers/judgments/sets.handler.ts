// Judgment sets: list, grades of one query's products, rate one product, export as CSV.
import {
  exportJudgmentSet,
  listJudgmentSets,
  queryGrades,
  rateProduct,
  type JudgmentSetSummary,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TGradesInputSchema, TRateInputSchema, TSetInputSchema } from './judgments.schema.ts';

export function listSetsHandler({ ctx }: StoreCall): Promise<JudgmentSetSummary[]> {
  return listJudgmentSets(ctx.services, ctx.store.id);
}

export async function gradesHandler({ ctx, input }: StoreCall<TGradesInputSchema>) {
  return Object.fromEntries(
    await queryGrades(ctx.services, ctx.store.id, input.setId, input.query),
  );
}

export async function rateHandler({ ctx, input }: StoreCall<TRateInputSchema>) {
  await rateProduct(ctx.services, ctx.store.id, input);
  return { saved: true };
}

export function exportHandler({ ctx, input }: StoreCall<TSetInputSchema>) {
  return exportJudgmentSet(ctx.services, ctx.store.id, input.setId);
}
