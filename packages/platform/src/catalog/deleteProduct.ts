// A merchant's deletion of one product: it leaves the catalog, every index version's token store
// and the first stage, so no search can return it again.
import { recountBrands, type FirstStageIndex } from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { ProductNotFoundError } from './updateProduct.ts';

export interface DeleteProductDeps extends DatabaseDeps {
  firstStageIndex: FirstStageIndex;
  storeChanged(storeId: number): void;
}

/** ProductNotFoundError when the store has no product `id`. */
export async function deleteProduct(
  deps: DeleteProductDeps,
  storeId: number,
  id: string,
): Promise<void> {
  const deleted = await deps.prisma.$transaction(async (tx) => {
    const [gone] = await tx.product.findMany({ where: { storeId, id }, select: { brand: true } });
    const { count } = await tx.product.deleteMany({ where: { storeId, id } });
    if (count === 1) await tx.productEmbedding.deleteMany({ where: { storeId, productId: id } });
    return count === 1 ? gone : undefined;
  });
  if (!deleted) throw new ProductNotFoundError();
  await recountBrands(deps.prisma, storeId, [deleted.brand]);
  await deps.firstStageIndex.remove(storeId, [id]);
  deps.storeChanged(storeId);
}
