// judgments.importCsv / importBundled: a qrels file saved as a judgment set, every skipped row
// reported with its reason (the platform's importJudgments).
import {
  importBundledJudgments,
  importJudgments,
  type ImportJudgmentsResult,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TImportCsvInputSchema } from './judgments.schema.ts';

type Ctx = ApiContext & { store: StoreInfo };

export function importCsvHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: TImportCsvInputSchema;
}): Promise<ImportJudgmentsResult> {
  return importJudgments(ctx.services, ctx.store.id, input.name, input.csv);
}

export function importBundledHandler({ ctx }: { ctx: Ctx }): Promise<ImportJudgmentsResult> {
  return importBundledJudgments(ctx.services, ctx.store.id);
}
