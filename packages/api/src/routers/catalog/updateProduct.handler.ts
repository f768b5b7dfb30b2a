// catalog.updateProduct: a merchant's edit, validated by the same rules as an import, written
// with a new content hash so the next incremental re-index picks the product up.
import { TRPCError } from '@trpc/server';
import {
  createProductSchema,
  LIMITS,
  maxPriceText,
  upsertProducts,
  type CatalogProduct,
} from '@shopsearch/catalog';
import type { Product } from '@shopsearch/db';
import { fieldError } from '../../errors/fieldError.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TUpdateProductInputSchema } from './updateProduct.schema.ts';
import type { StoreInfo } from '@shopsearch/platform';

export async function updateProductHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TUpdateProductInputSchema;
}): Promise<{ id: string; contentHashChanged: boolean }> {
  const { prisma } = ctx.services;
  const current = await prisma.product.findUnique({
    where: { storeId_id: { storeId: ctx.store.id, id: input.id } },
  });
  if (!current)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This product does not exist in this store.',
    });
  // The limit is in minor units; the merchant typed major units and reads them in the refusal.
  if ((input.patch.priceMinor ?? 0) > LIMITS.priceMinor) {
    const max = maxPriceText(current.currency);
    throw fieldError(
      ['patch', 'priceMinor'],
      `a price in ${current.currency} can be at most ${max}`,
    );
  }
  const edited = validate(ctx.store.currency, { ...draftOf(current), ...input.patch });
  await upsertProducts({ prisma }, ctx.store.id, [edited]);
  const saved = await prisma.product.findUniqueOrThrow({
    where: { storeId_id: { storeId: ctx.store.id, id: input.id } },
  });
  ctx.services.storeChanged(ctx.store.id);
  return { id: saved.id, contentHashChanged: saved.contentHash !== current.contentHash };
}

function draftOf(p: Product) {
  return {
    id: p.id,
    sku: p.sku,
    title: p.title,
    description: p.description,
    brand: p.brand,
    categoryPath: p.categoryPath,
    priceMinor: p.priceMinor,
    currency: p.currency,
    imageUrl: p.imageUrl,
    availability: p.availability,
    gtins: p.gtins,
    releasedAt: p.releasedAt,
    attributes: p.attributes,
  };
}

/** The import's validation: an edit can never store what an import would refuse. */
function validate(currency: string, draft: ReturnType<typeof draftOf>): CatalogProduct {
  const parsed = createProductSchema(currency).safeParse(draft);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((i) => `${i.path.join('.') || 'product'}: ${i.message}`)
    .join('; ');
  throw new TRPCError({ code: 'BAD_REQUEST', message: `The product was not saved: ${problems}` });
}
