// catalog.listProducts / updateProduct / deleteProduct: the merchant's product table, an edit of
// one product, and its removal (the platform's use cases of the same names).
import {
  deleteProduct,
  listProducts,
  ProductEditRefusedError,
  updateProduct,
  type ProductPage,
  type UpdatedProduct,
} from '@shopsearch/platform';
import { fieldError } from '../../errors/fieldError.ts';
import type { StoreCall } from '../handlerCall.ts';
import type { TDeleteProductInputSchema } from './deleteProduct.schema.ts';
import type { TListProductsInputSchema } from './listProducts.schema.ts';
import type { TUpdateProductInputSchema } from './updateProduct.schema.ts';

export function listProductsHandler({
  ctx,
  input,
}: StoreCall<TListProductsInputSchema>): Promise<ProductPage> {
  return listProducts(ctx.services, ctx.store.id, input);
}

/** A refusal of one field is shown by that field. */
export async function updateProductHandler({
  ctx,
  input,
}: StoreCall<TUpdateProductInputSchema>): Promise<UpdatedProduct> {
  try {
    return await updateProduct(ctx.services, ctx.store, input.id, input.patch);
  } catch (error) {
    if (error instanceof ProductEditRefusedError && error.field)
      throw fieldError(['patch', error.field], error.message);
    throw error;
  }
}

/** The product leaves the catalog, every index version's token store and the first stage. */
export async function deleteProductHandler({
  ctx,
  input,
}: StoreCall<TDeleteProductInputSchema>): Promise<{ deleted: string }> {
  await deleteProduct(ctx.services, ctx.store.id, input.id);
  return { deleted: input.id };
}
