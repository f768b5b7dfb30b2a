// catalog.updateProduct: a merchant's edit of one product (the use case is the platform's
// updateProduct); a refusal of one field is shown by that field.
import {
  ProductEditRefusedError,
  updateProduct,
  type StoreInfo,
  type UpdatedProduct,
} from '@shopsearch/platform';
import { fieldError } from '../../errors/fieldError.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TUpdateProductInputSchema } from './updateProduct.schema.ts';

export async function updateProductHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TUpdateProductInputSchema;
}): Promise<UpdatedProduct> {
  try {
    return await updateProduct(ctx.services, ctx.store, input.id, input.patch);
  } catch (error) {
    if (error instanceof ProductEditRefusedError && error.field)
      throw fieldError(['patch', error.field], error.message);
    throw error;
  }
}
