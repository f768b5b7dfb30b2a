// catalog.deleteProduct: the product leaves the catalog, every index version's token store and
// the first stage, so no search can return it again.
import { TRPCError } from '@trpc/server';
import type { ApiContext } from '../../trpc.ts';
import type { TDeleteProductInputSchema } from './deleteProduct.schema.ts';
import type { StoreInfo } from '@shopsearch/platform';

export async function deleteProductHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TDeleteProductInputSchema;
}): Promise<{ deleted: string }> {
  const { prisma, firstStageIndex, storeChanged } = ctx.services;
  const storeId = ctx.store.id;
  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.product.deleteMany({ where: { storeId, id: input.id } });
    if (count === 1)
      await tx.productEmbedding.deleteMany({ where: { storeId, productId: input.id } });
    return count === 1;
  });
  if (!deleted)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This product does not exist in this store.',
    });
  await firstStageIndex.remove(storeId, [input.id]);
  storeChanged(storeId);
  return { deleted: input.id };
}
