// A store accepts filters only on its facet attributes, each with a filter of the attribute's
// kind; and shows those attributes under labels made from their names.
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

/** `attr_t_product_colour` → "Product colour". */
export function attributeLabel(name: string): string {
  const words = name
    .replace(/^attr_[tnb]_/, '')
    .replace(/_+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface LabelledAttribute {
  name: string;
  label: string;
  kind: AttributeInfo['kind'];
}

/** The store's facet attributes with display labels, in display order. */
export function labelAttributes(attributes: readonly AttributeInfo[]): LabelledAttribute[] {
  return attributes.map((a) => ({ name: a.name, label: attributeLabel(a.name), kind: a.kind }));
}
