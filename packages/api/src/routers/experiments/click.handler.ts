// experiments.click: a shopper followed a result of an interleaved page. Public (shoppers are
// anonymous) but tied to the store named and the visitor cookie that saw the impression.
import { recordClick } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import { clickOrigin } from '../shopperClick.ts';
import type { TClickInputSchema } from './experiments.schema.ts';

export async function clickHandler({ ctx, input }: Call<TClickInputSchema>) {
  const { impressionId, position, productId } = input;
  return recordClick(ctx.services, {
    ...(await clickOrigin(ctx, input.store)),
    impressionId,
    position,
    productId,
  });
}
