// An analyst's grade for one product on one query of a judgment set: set, changed, or removed.
import type { DatabaseDeps } from '../databaseDeps.ts';
import { ProductNotFoundError } from '../catalog/updateProduct.ts';
import { requireSet } from './judgmentSets.ts';

export interface ProductRating {
  setId: number;
  query: string;
  productId: string;
  /** Null removes the judgment. */
  grade: number | null;
}

/** JudgmentSetNotFoundError / ProductNotFoundError when either is not the store's. */
export async function rateProduct(
  deps: DatabaseDeps,
  storeId: number,
  rating: ProductRating,
): Promise<void> {
  const { prisma } = deps;
  await requireSet(deps, storeId, rating.setId);
  const key = { judgmentSetId: rating.setId, query: rating.query, productId: rating.productId };
  if (rating.grade === null) {
    await prisma.judgment.deleteMany({ where: key });
    return;
  }
  const product = await prisma.product.count({ where: { storeId, id: rating.productId } });
  if (!product) throw new ProductNotFoundError();
  await prisma.judgment.upsert({
    where: { judgmentSetId_query_productId: key },
    create: { ...key, grade: rating.grade },
    update: { grade: rating.grade },
  });
}
