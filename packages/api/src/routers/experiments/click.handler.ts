// experiments.click: a shopper followed a result of an interleaved page. Public (shoppers are
// anonymous) but tied to the store named and the visitor cookie that saw the impression.
import { recordClick } from '@shopsearch/platform';
import { visitorIdOf } from '../../auth/visitor.ts';
import type { Call } from '../handlerCall.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TClickInputSchema } from './experiments.schema.ts';

export async function clickHandler({
  ctx,
  input,
}: Call<TClickInputSchema>): Promise<{ counted: boolean }> {
  const store = await resolveStore(ctx.services, input.store);
  return recordClick(ctx.services, {
    storeId: store.id,
    impressionId: input.impressionId,
    position: input.position,
    productId: input.productId,
    visitorId: visitorIdOf(ctx.headers),
  });
}
