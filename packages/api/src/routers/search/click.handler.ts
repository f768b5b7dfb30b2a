// search.click: a shopper followed a search result. Public (shoppers are anonymous); the product
// must be the store's, and the visitor cookie only bounds how many clicks count (it is not stored).
import { recordSearchClick } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import { clickOrigin } from '../shopperClick.ts';
import type { TSearchClickInputSchema } from './click.schema.ts';

export async function searchClickHandler({ ctx, input }: Call<TSearchClickInputSchema>) {
  const { q: query, productId, position } = input;
  return recordSearchClick(ctx.services, {
    ...(await clickOrigin(ctx, input.store)),
    query,
    productId,
    position,
  });
}
