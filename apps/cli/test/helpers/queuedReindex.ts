import type { Database, ReindexJob } from '@shopsearch/db';
import { requestReindex } from '@shopsearch/indexing';

/**
 * A new store holding products titled `title(i)`, with a full token-id re-index of the default
 * model queued for the worker processes under test (the model they load).
 */
export async function queueStoreReindex(
  db: Database,
  store: { slug: string; name: string },
  products: { count: number; title: (i: number) => string; batchSize: number },
): Promise<{ storeId: number; job: ReindexJob }> {
  const { id: storeId } = await db.prisma.store.create({ data: store });
  await db.prisma.product.createMany({
    data: Array.from({ length: products.count }, (_, i) => ({
      storeId,
      id: `p${i}`,
      title: products.title(i),
      contentHash: `h${i}`,
    })),
  });
  const job = await requestReindex(db.prisma, {
    storeId,
    kind: 'full',
    model: 'potion-base-4m',
    dim: 128,
    codec: 'tokenid',
    batchSize: products.batchSize,
  });
  return { storeId, job };
}
