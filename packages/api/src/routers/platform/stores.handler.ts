// platform.stores / platform.createStore: every store with its size and people, and new stores
// (the platform's storeSummaries and addStore).
import { addStore, storeSummaries, type StoreSummary } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import type { TCreateStoreInputSchema } from './platform.schema.ts';

export function listStoresHandler({ ctx }: Call): Promise<StoreSummary[]> {
  return storeSummaries(ctx.services);
}

export function createStoreHandler({
  ctx,
  input,
}: Call<TCreateStoreInputSchema>): Promise<{ slug: string }> {
  return addStore(ctx.services, input);
}
