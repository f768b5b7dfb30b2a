// A shopper followed a storefront search result (any search, any page): one anonymous row for the
// low-click queries. The product must be the store's (ProductNotFoundError otherwise, nothing
// written). Without a visitor cookie (or with one that is not a visitor id: the budget would keep
// whatever it holds) the click is not counted; a visitor past MAX_CLICKS_PER_HOUR gets
// ClickLimitError, as the experiments' clicks do.
import { storableQuery } from '@shopsearch/search';
import { ProductNotFoundError } from '../catalog/updateProduct.ts';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { MAX_CLICKS_PER_HOUR } from '../experiments/experimentClicks.ts';
import { ClickLimitError } from '../experiments/experimentErrors.ts';
import { VISITOR_ID_PATTERN } from '../experiments/visitorHash.ts';
import { createClickBudget, type ClickBudget } from './clickBudget.ts';

export interface SearchClickInput {
  storeId: number;
  query: string;
  productId: string;
  /** 0-based over all pages. */
  position: number;
  visitorId: string | null;
}

/** The budget the platform keeps for its search clicks. */
export const createSearchClickBudget = () =>
  createClickBudget({ perHour: MAX_CLICKS_PER_HOUR, maxVisitors: 100_000 });

export async function recordSearchClick(
  { prisma, searchClickBudget }: DatabaseDeps & { searchClickBudget: ClickBudget },
  click: SearchClickInput,
): Promise<{ counted: boolean }> {
  const product = await prisma.product.findUnique({
    where: { storeId_id: { storeId: click.storeId, id: click.productId } },
    select: { id: true },
  });
  if (!product) throw new ProductNotFoundError();
  if (!click.visitorId || !VISITOR_ID_PATTERN.test(click.visitorId)) return { counted: false };
  if (!searchClickBudget.take(click.visitorId)) throw new ClickLimitError();
  await prisma.searchClick.create({
    data: {
      storeId: click.storeId,
      query: storableQuery(click.query),
      productId: product.id,
      position: click.position,
    },
  });
  return { counted: true };
}
