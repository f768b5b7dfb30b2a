// judgments.importCsv / importBundled: a qrels file saved as a judgment set, every skipped row
// reported with its reason (the platform's importJudgments).
import {
  importBundledJudgments,
  importJudgments,
  type ImportJudgmentsResult,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TImportCsvInputSchema } from './judgments.schema.ts';

export function importCsvHandler({
  ctx,
  input,
}: StoreCall<TImportCsvInputSchema>): Promise<ImportJudgmentsResult> {
  return importJudgments(ctx.services, ctx.store.id, input.name, input.csv);
}

export function importBundledHandler({ ctx }: StoreCall): Promise<ImportJudgmentsResult> {
  return importBundledJudgments(ctx.services, ctx.store.id);
}
