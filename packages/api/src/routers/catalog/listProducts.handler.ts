// catalog.listProducts: the merchant's product table, searchable, with each product's index
// status (indexed as it is now, changed since, or never indexed).
import { escapeLike, type Prisma, type Product } from '@shopsearch/db';
import type { ApiContext } from '../../trpc.ts';
import type { TListProductsInputSchema } from './listProducts.schema.ts';
import type { StoreInfo } from '@shopsearch/platform';

export type IndexStatus = 'indexed' | 'changed' | 'not-indexed';

export interface ProductRow {
  id: string;
  sku: string;
  title: string;
  brand: string;
  description: string;
  priceMinor: number | null;
  currency: string;
  availability: Product['availability'];
  updatedAt: Date;
  indexStatus: IndexStatus;
}

export async function listProductsHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TListProductsInputSchema;
}): Promise<{ items: ProductRow[]; total: number; page: number; pageSize: number }> {
  const { prisma } = ctx.services;
  const where = productFilter(ctx.store.id, input.q);
  const [total, products, active] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: input.page * input.pageSize,
      take: input.pageSize,
    }),
    prisma.indexVersion.findFirst({
      where: { storeId: ctx.store.id, state: 'active' },
      select: { id: true },
    }),
  ]);
  const hashes = active
    ? await prisma.productEmbedding.findMany({
        where: { indexVersionId: active.id, productId: { in: products.map((p) => p.id) } },
        select: { productId: true, contentHash: true },
      })
    : [];
  const indexedHash = new Map(hashes.map((h) => [h.productId, h.contentHash]));
  const items = products.map((p): ProductRow => {
    const hash = indexedHash.get(p.id);
    return {
      id: p.id,
      sku: p.sku,
      title: p.title,
      brand: p.brand,
      description: p.description,
      priceMinor: p.priceMinor,
      currency: p.currency,
      availability: p.availability,
      updatedAt: p.updatedAt,
      indexStatus:
        hash === undefined ? 'not-indexed' : hash === p.contentHash ? 'indexed' : 'changed',
    };
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}

function productFilter(storeId: number, q: string): Prisma.ProductWhereInput {
  if (!q) return { storeId };
  // `contains` is a LIKE: the merchant's %, _ and \ are text to find, not wildcards.
  const contains = { contains: escapeLike(q), mode: 'insensitive' as const };
  return { storeId, OR: [{ id: q }, { sku: contains }, { title: contains }, { brand: contains }] };
}
