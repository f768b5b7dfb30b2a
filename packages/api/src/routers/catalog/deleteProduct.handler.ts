// catalog.deleteProduct: the product leaves the catalog, every index version's token store and
// the first stage (the platform's deleteProduct).
import { deleteProduct, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TDeleteProductInputSchema } from './deleteProduct.schema.ts';

export async function deleteProductHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TDeleteProductInputSchema;
}): Promise<{ deleted: string }> {
  await deleteProduct(ctx.services, ctx.store.id, input.id);
  return { deleted: input.id };
}
