// A store's new facet attributes reach Meilisearch as a settings task in the engine's one queue,
// behind other stores' work, and re-extracting facets can take a while. Until it has run, the new
// attributes are not filterable, and a search asking for one of their facets fails as a whole.
// (A store's facets also change with its catalog or the merchant's choice; the index learns them
// when a re-index prepares it.) The retriever then reads which fields the index filters on now
// and searches again without the facets not there yet; a filter on one is refused in plain words.
import type { FilterableAttributes } from 'meilisearch';
import type { RetrieveRequest } from '../../retrieval.ts';
import { InvalidFilterError } from './errors.ts';
import { attributeField } from './fields.ts';
import { attributeFilterField } from './filterExpression.ts';

const NOT_FILTERABLE_CODES = new Set(['invalid_search_facets', 'invalid_search_filter']);

/** True for the engine's refusal of a facet or filter, which pending settings may explain. */
export function isFacetOrFilterRefusal(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return error instanceof InvalidFilterError && NOT_FILTERABLE_CODES.has(String(code));
}

/**
 * The request narrowed to what the index can filter on now: facets of attributes not yet
 * filterable are left out. Null when nothing is missing (the refusal had another reason).
 * Throws InvalidFilterError when a filter needs an attribute the index cannot filter on yet.
 */
export function withinApplied(
  request: RetrieveRequest,
  filterable: FilterableAttributes,
): RetrieveRequest | null {
  const patterns = (filterable ?? []).flatMap((rule) =>
    typeof rule === 'string' ? [rule] : rule.attributePatterns,
  );
  const ready = (field: string) => patterns.some((pattern) => covers(pattern, field));
  for (const [name, filter] of Object.entries(request.filters.attributes ?? {})) {
    if (!ready(attributeFilterField(name, filter))) {
      throw new InvalidFilterError(
        `the filter on "${name}" is not available yet: the store's search index applies its new facets with the next re-index`,
        { cause: { code: 'filter_not_ready', attribute: name } },
      );
    }
  }
  if (!request.facets) return null;
  const attributes = request.facets.attributes.filter((name) => ready(attributeField(name)));
  if (attributes.length === request.facets.attributes.length) return null;
  return { ...request, facets: { attributes } };
}

/** A filterable-attribute pattern covers a field itself, the fields nested in it, and `*` globs. */
function covers(pattern: string, field: string): boolean {
  if (pattern === field || field.startsWith(`${pattern}.`)) return true;
  if (!pattern.includes('*')) return false;
  const glob = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${glob.join('.*')}$`).test(field);
}
