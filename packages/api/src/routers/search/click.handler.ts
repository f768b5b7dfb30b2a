// search.click: a shopper followed a search result. Public (shoppers are anonymous); the product
// must be the store's, and the visitor cookie only bounds how many clicks count (it is not stored).
import { recordSearchClick } from '@shopsearch/platform';
import { visitorIdOf } from '../../auth/visitor.ts';
import type { Call } from '../handlerCall.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TSearchClickInputSchema } from './click.schema.ts';

export async function searchClickHandler({
  ctx,
  input,
}: Call<TSearchClickInputSchema>): Promise<{ counted: boolean }> {
  const store = await resolveStore(ctx.services, input.store);
  return recordSearchClick(ctx.services, {
    storeId: store.id,
    query: input.q,
    productId: input.productId,
    position: input.position,
    visitorId: visitorIdOf(ctx.headers),
  });
}
