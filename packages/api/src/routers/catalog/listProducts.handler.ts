// catalog.listProducts: the merchant's product table (the platform's listProducts).
import { listProducts, type ProductPage, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TListProductsInputSchema } from './listProducts.schema.ts';

export function listProductsHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TListProductsInputSchema;
}): Promise<ProductPage> {
  return listProducts(ctx.services, ctx.store.id, input);
}
