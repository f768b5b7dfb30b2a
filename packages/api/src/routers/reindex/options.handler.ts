// reindex.options: what a merchant can build a new index version with — the configured models,
// the codecs each accepts (token ids only suit static models), and what the active version uses.
import { CODEC_NAMES } from '@shopsearch/colbert';
import type { ApiContext } from '../../trpc.ts';
import type { StoreInfo } from '@shopsearch/platform';

export interface ModelOption {
  name: string;
  kind: 'static' | 'contextual';
  dim: number;
  codecs: string[];
}

export interface ReindexOptions {
  defaultModel: string;
  models: ModelOption[];
  active: { id: number; model: string; codec: string } | null;
}

export async function reindexOptionsHandler({
  ctx,
}: {
  ctx: ApiContext & { store: StoreInfo };
}): Promise<ReindexOptions> {
  const { models, prisma } = ctx.services;
  const [configs, active] = await Promise.all([
    Promise.all(models.names.map(async (name) => (await models.get(name)).config)),
    prisma.indexVersion.findFirst({
      where: { storeId: ctx.store.id, state: 'active' },
      select: { id: true, model: true, codec: true },
    }),
  ]);
  return {
    defaultModel: models.defaultModel,
    models: configs.map((config) => ({
      name: config.name,
      kind: config.kind,
      dim: config.dim,
      codecs: CODEC_NAMES.filter((codec) => codec !== 'tokenid' || config.kind === 'static'),
    })),
    active,
  };
}
