// search.suggest: as-you-type completions (brands, then product titles) within one store.
import type { Suggestion } from '@shopsearch/search';
import type { Call } from '../handlerCall.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TSearchSuggestInputSchema } from './suggest.schema.ts';

export async function searchSuggestHandler({
  ctx,
  input,
}: Call<TSearchSuggestInputSchema>): Promise<Suggestion[]> {
  const store = await resolveStore(ctx.services, input.store);
  if (!input.prefix.trim()) return [];
  return ctx.services.search.suggest(store.id, input.prefix, input.limit);
}
