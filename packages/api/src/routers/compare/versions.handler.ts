// compare.versions: the index versions an analyst can rank against (every one but the failed),
// newest first. Read-only and without sizes; managing versions stays with merchants (reindex.*).
import type { ApiContext } from '../../trpc.ts';
import type { StoreInfo } from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

export async function compareVersionsHandler({ ctx }: { ctx: Ctx }) {
  return ctx.services.prisma.indexVersion.findMany({
    where: { storeId: ctx.store.id, state: { not: 'failed' } },
    orderBy: { id: 'desc' },
    select: { id: true, model: true, codec: true, state: true, createdAt: true },
  });
}
