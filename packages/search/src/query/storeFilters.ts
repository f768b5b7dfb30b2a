// A store accepts filters only on its facet attributes, each with a filter of the attribute's
// kind.
import type { AttributeInfo } from '../attributeCatalog.ts';
import { InvalidFilterError } from '../retrievers/meilisearch/errors.ts';
import type { SearchFilters } from '../retrieval.ts';

/** The filters, checked against the store's facet attributes (InvalidFilterError otherwise). */
export function validateStoreFilters(
  facetAttributes: readonly AttributeInfo[],
  filters: SearchFilters,
): SearchFilters {
  for (const [name, filter] of Object.entries(filters.attributes ?? {})) {
    const known = facetAttributes.find((a) => a.name === name);
    if (!known) throw new InvalidFilterError(`"${name}" is not a filter of this store.`);
    if (known.kind !== filter.kind) {
      throw new InvalidFilterError(
        `"${name}" is a ${known.kind} attribute and cannot take a ${filter.kind} filter.`,
      );
    }
  }
  return filters;
}
