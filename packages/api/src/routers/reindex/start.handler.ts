// reindex.start: queues a re-index job; the worker (in this process on the embedded database, or
// separate workers) picks its batches up. A store's unfinished job makes a second one a CONFLICT.
import { TRPCError } from '@trpc/server';
import { jobProgress, requestReindex, type JobProgress } from '@shopsearch/indexing';
import type { StoreInfo } from '../../stores.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TStartReindexInputSchema } from './start.schema.ts';

export async function startReindexHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo; session: { user: { id: number } } };
  input: TStartReindexInputSchema;
}): Promise<JobProgress> {
  const { prisma, models } = ctx.services;
  const active = await prisma.indexVersion.findFirst({
    where: { storeId: ctx.store.id, state: 'active' },
  });
  const modelName = input.model ?? active?.model ?? models.defaultModel;
  if (!models.names.includes(modelName)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `There is no model called "${modelName}".`,
    });
  }
  const model = await models.get(modelName);
  const codec =
    input.codec ?? active?.codec ?? (model.config.kind === 'static' ? 'tokenid' : 'float16');
  if (codec === 'tokenid' && model.config.kind !== 'static') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The token-id codec only works with a static model.',
    });
  }
  const job = await requestReindex(prisma, {
    storeId: ctx.store.id,
    kind: input.kind,
    model: modelName,
    dim: model.config.dim,
    codec,
    requestedBy: ctx.session.user.id,
  });
  return jobProgress(prisma, ctx.store.id, job.id);
}
