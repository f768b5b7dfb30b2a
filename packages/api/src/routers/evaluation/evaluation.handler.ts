// evaluation.*: run a judgment set against configurations and keep the result; list, open and
// export saved runs. The per-query breakdown shows which queries improved or regressed.
import { TRPCError } from '@trpc/server';
import type { SearchConfiguration } from '@shopsearch/search';
import type { ApiContext } from '../../trpc.ts';
import type { TRunEvaluationInputSchema, TRunInputSchema } from './evaluation.schema.ts';
import {
  evaluateConfigurations,
  loadQrels,
  perQueryDeltas,
  requireSet,
  runSignificance,
  type StoredConfigurationResult,
  type StoreInfo,
  toCsv,
  toStored,
} from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

export async function runEvaluationHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: TRunEvaluationInputSchema;
}) {
  const { prisma, search } = ctx.services;
  const set = await requireSet(prisma, ctx.store.id, input.setId);
  const qrels = await loadQrels(prisma, set.id);
  if (qrels.size === 0)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'This judgment set has no judgments yet.',
    });
  const results = await evaluateConfigurations(search, ctx.store.id, qrels, input.configurations);
  const run = await prisma.evaluationRun.create({
    data: {
      storeId: ctx.store.id,
      judgmentSetId: set.id,
      name:
        input.name || `${set.name} · ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
      configs: input.configurations,
      results: results.map(toStored) as object[],
    },
  });
  return getRun(ctx, run.id);
}

export async function listRunsHandler({ ctx }: { ctx: Ctx }) {
  const runs = await ctx.services.prisma.evaluationRun.findMany({
    where: { storeId: ctx.store.id },
    orderBy: { createdAt: 'desc' },
    take: 100,
    include: { judgmentSet: { select: { name: true } } },
  });
  return runs.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt,
    judgmentSet: r.judgmentSet.name,
    summary: (r.results as unknown as StoredConfigurationResult[]).map((c) => ({
      label: c.label,
      ndcg10: c.means[0]?.mean ?? null,
    })),
  }));
}

export async function getRunHandler({ ctx, input }: { ctx: Ctx; input: TRunInputSchema }) {
  return getRun(ctx, input.runId);
}

export async function exportRunHandler({ ctx, input }: { ctx: Ctx; input: TRunInputSchema }) {
  const run = await getRun(ctx, input.runId);
  return { name: run.name, csv: toCsv(run.results) };
}

async function getRun(ctx: Ctx, runId: number) {
  const run = await ctx.services.prisma.evaluationRun.findFirst({
    where: { id: runId, storeId: ctx.store.id },
    include: { judgmentSet: { select: { id: true, name: true } } },
  });
  if (!run)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This evaluation run does not exist in this store.',
    });
  const results = run.results as unknown as StoredConfigurationResult[];
  return {
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    judgmentSet: run.judgmentSet,
    configurations: run.configs as SearchConfiguration[],
    results,
    deltas: perQueryDeltas(results),
    significance: runSignificance(results),
  };
}
