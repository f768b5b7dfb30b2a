// Judgment sets: list, grades of one query's products, rate one product, export as CSV.
import { TRPCError } from '@trpc/server';
import { serializeQrelsCsv } from '@shopsearch/eval';
import type { ApiContext } from '../../trpc.ts';
import type { TGradesInputSchema, TRateInputSchema, TSetInputSchema } from './judgments.schema.ts';
import { loadQrels, requireSet, type StoreInfo } from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

export async function listSetsHandler({ ctx }: { ctx: Ctx }) {
  const { prisma } = ctx.services;
  const sets = await prisma.judgmentSet.findMany({
    where: { storeId: ctx.store.id },
    orderBy: { createdAt: 'desc' },
  });
  const counts = await prisma.$queryRaw<{ id: number; queries: bigint; judgments: bigint }[]>`
    SELECT j.judgment_set_id AS id, count(DISTINCT j.query) AS queries, count(*) AS judgments
    FROM judgment j JOIN judgment_set s ON s.id = j.judgment_set_id
    WHERE s.store_id = ${ctx.store.id} GROUP BY 1`;
  const countOf = new Map(counts.map((c) => [c.id, c]));
  return sets.map((s) => ({
    id: s.id,
    name: s.name,
    createdAt: s.createdAt,
    queries: Number(countOf.get(s.id)?.queries ?? 0),
    judgments: Number(countOf.get(s.id)?.judgments ?? 0),
  }));
}

export async function gradesHandler({ ctx, input }: { ctx: Ctx; input: TGradesInputSchema }) {
  await requireSet(ctx.services.prisma, ctx.store.id, input.setId);
  const rows = await ctx.services.prisma.judgment.findMany({
    where: { judgmentSetId: input.setId, query: input.query },
    select: { productId: true, grade: true },
  });
  return Object.fromEntries(rows.map((r) => [r.productId, r.grade]));
}

export async function rateHandler({ ctx, input }: { ctx: Ctx; input: TRateInputSchema }) {
  const { prisma } = ctx.services;
  await requireSet(prisma, ctx.store.id, input.setId);
  const key = { judgmentSetId: input.setId, query: input.query, productId: input.productId };
  if (input.grade === null) {
    await prisma.judgment.deleteMany({ where: key });
  } else {
    const product = await prisma.product.count({
      where: { storeId: ctx.store.id, id: input.productId },
    });
    if (!product)
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'This product does not exist in this store.',
      });
    await prisma.judgment.upsert({
      where: { judgmentSetId_query_productId: key },
      create: { ...key, grade: input.grade },
      update: { grade: input.grade },
    });
  }
  return { saved: true };
}

export async function exportHandler({ ctx, input }: { ctx: Ctx; input: TSetInputSchema }) {
  const set = await requireSet(ctx.services.prisma, ctx.store.id, input.setId);
  return { name: set.name, csv: serializeQrelsCsv(await loadQrels(ctx.services.prisma, set.id)) };
}
