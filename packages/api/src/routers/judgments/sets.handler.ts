// Judgment sets: list, grades of one query's products, rate one product, export as CSV.
import {
  exportJudgmentSet,
  listJudgmentSets,
  queryGrades,
  rateProduct,
  type JudgmentSetSummary,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TGradesInputSchema, TRateInputSchema, TSetInputSchema } from './judgments.schema.ts';

type Ctx = ApiContext & { store: StoreInfo };

export function listSetsHandler({ ctx }: { ctx: Ctx }): Promise<JudgmentSetSummary[]> {
  return listJudgmentSets(ctx.services, ctx.store.id);
}

export async function gradesHandler({ ctx, input }: { ctx: Ctx; input: TGradesInputSchema }) {
  return Object.fromEntries(
    await queryGrades(ctx.services, ctx.store.id, input.setId, input.query),
  );
}

export async function rateHandler({ ctx, input }: { ctx: Ctx; input: TRateInputSchema }) {
  await rateProduct(ctx.services, ctx.store.id, input);
  return { saved: true };
}

export function exportHandler({ ctx, input }: { ctx: Ctx; input: TSetInputSchema }) {
  return exportJudgmentSet(ctx.services, ctx.store.id, input.setId);
}
