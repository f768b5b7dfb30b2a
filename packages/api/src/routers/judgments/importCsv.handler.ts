// judgments.importCsv / importBundled: parse a qrels file against this store's products and save
// what is valid; every skipped row is reported with its reason.
import { readFile } from 'node:fs/promises';
import { TRPCError } from '@trpc/server';
import { parseQrelsCsv, type QrelsParseReport } from '@shopsearch/eval';
import type { ApiContext } from '../../trpc.ts';
import type { TImportCsvInputSchema } from './judgments.schema.ts';
import { saveQrels, type StoreInfo } from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

export interface ImportJudgmentsResult {
  setId: number;
  name: string;
  queries: number;
  judgments: number;
  report: QrelsParseReport;
}

export async function importCsvHandler({ ctx, input }: { ctx: Ctx; input: TImportCsvInputSchema }) {
  return importJudgments(ctx, input.name, input.csv);
}

export const BUNDLED_SET_NAME = 'Icecat dev (bundled)';

export async function importBundledHandler({ ctx }: { ctx: Ctx }) {
  const file = ctx.services.bundledJudgmentsFile;
  if (!file)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No bundled judgment set is configured.' });
  return importJudgments(ctx, BUNDLED_SET_NAME, await readFile(file, 'utf8'));
}

async function importJudgments(
  ctx: Ctx,
  name: string,
  csv: string,
): Promise<ImportJudgmentsResult> {
  const { prisma } = ctx.services;
  const products = await prisma.product.findMany({
    where: { storeId: ctx.store.id },
    select: { id: true },
  });
  const { qrels, report } = parseQrelsCsv(csv, { knownDocIds: new Set(products.map((p) => p.id)) });
  if (report.emptyFile) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The file holds no judgments (expected rows of query,docid,rating).',
    });
  }
  if (qrels.size === 0) {
    const reasons = [...new Set(report.skipped.map((s) => s.reason))].join(', ');
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `No row could be used (${reasons}); nothing was saved.`,
    });
  }
  const set = await saveQrels(prisma, ctx.store.id, name, qrels);
  const judgments = [...qrels.values()].reduce((n, j) => n + j.size, 0);
  return { setId: set.id, name: set.name, queries: qrels.size, judgments, report };
}
