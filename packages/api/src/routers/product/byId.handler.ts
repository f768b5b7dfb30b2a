// product.byId: one product with its attributes, labelled for display.
import { TRPCError } from '@trpc/server';
import { productDetails, type ProductDetails } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TProductByIdInputSchema } from './byId.schema.ts';

export async function productByIdHandler({
  ctx,
  input,
}: Call<TProductByIdInputSchema>): Promise<
  ProductDetails & { store: { slug: string; name: string } }
> {
  const store = await resolveStore(ctx.services, input.store);
  const product = await productDetails(ctx.services, store.id, input.id);
  if (!product)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This product does not exist in this store.',
    });
  return { ...product, store: { slug: store.slug, name: store.name } };
}
