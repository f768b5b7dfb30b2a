// product.byId: one product with its attributes, labelled for display.
import { TRPCError } from '@trpc/server';
import { attributeLabel } from '@shopsearch/search';
import type { ApiContext } from '../../trpc.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TProductByIdInputSchema } from './byId.schema.ts';

export interface ProductDetails {
  id: string;
  sku: string;
  title: string;
  description: string;
  brand: string;
  categoryPath: string[];
  priceMinor: number | null;
  currency: string;
  imageUrl: string | null;
  availability: string;
  gtins: string[];
  releasedAt: Date | null;
  attributes: { name: string; label: string; value: string | number | boolean }[];
  store: { slug: string; name: string };
}

export async function productByIdHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TProductByIdInputSchema;
}): Promise<ProductDetails> {
  const store = await resolveStore(ctx.services, input.store);
  const product = await ctx.services.search.product(store.id, input.id);
  if (!product)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This product does not exist in this store.',
    });
  const attributes = Object.entries((product.attributes ?? {}) as Record<string, unknown>)
    .filter((e): e is [string, string | number | boolean] =>
      ['string', 'number', 'boolean'].includes(typeof e[1]),
    )
    .map(([name, value]) => ({ name, label: attributeLabel(name), value }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    id: product.id,
    sku: product.sku,
    title: product.title,
    description: product.description,
    brand: product.brand,
    categoryPath: product.categoryPath,
    priceMinor: product.priceMinor,
    currency: product.currency,
    imageUrl: product.imageUrl,
    availability: product.availability,
    gtins: product.gtins,
    releasedAt: product.releasedAt,
    attributes,
    store: { slug: store.slug, name: store.name },
  };
}
