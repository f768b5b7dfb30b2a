// search.relax: for a search that found nothing, nearby searches that do find something.
import { relaxSearch, validateStoreFilters, type RelaxedSearch } from '@shopsearch/search';
import type { Call } from '../handlerCall.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TSearchRelaxInputSchema } from './relax.schema.ts';

export async function searchRelaxHandler({
  ctx,
  input,
}: Call<TSearchRelaxInputSchema>): Promise<RelaxedSearch[]> {
  const store = await resolveStore(ctx.services, input.store);
  const filters = validateStoreFilters(store.facetAttributes, input.filters);
  return relaxSearch(ctx.services.search, store.id, input.q, filters);
}
