// Meilisearch facet answers → FacetCounts. Distributions give value counts, stats give numeric
// min/max; an attribute whose values are all numbers is reported as a range, like a price.
import type { FacetDistribution, FacetStats } from 'meilisearch';
import type { FacetCounts, FacetRequest, ValueCount } from '../../retrieval.ts';
import { attributeField, FIELDS } from './fields.ts';
import { MAX_FACET_VALUES } from './indexSettings.ts';

export interface FacetAnswer {
  facetDistribution?: FacetDistribution | undefined;
  facetStats?: FacetStats | undefined;
}

export function toFacetCounts(
  request: FacetRequest,
  facetSources: Map<string, number>,
  answers: readonly FacetAnswer[],
): FacetCounts {
  const facet = (field: string) => {
    const answer = answers[facetSources.get(field) ?? -1];
    return {
      values: valueCounts(answer?.facetDistribution?.[field] ?? {}),
      range: answer?.facetStats?.[field],
    };
  };
  const attributes: FacetCounts['attributes'] = {};
  for (const name of request.attributes) {
    const { values, range } = facet(attributeField(name));
    const numeric = range !== undefined && values.every((v) => isNumeric(v.value));
    if (numeric) attributes[name] = { min: range.min, max: range.max };
    else if (values.length) attributes[name] = values;
  }
  const price = facet(FIELDS.price).range;
  return {
    // Products without a brand have an empty one; that is not a value to offer.
    brand: facet(FIELDS.brand).values.filter((v) => v.value !== ''),
    availability: facet(FIELDS.availability).values,
    price: price ? { min: price.min, max: price.max } : null,
    attributes,
    // The engine searches exhaustively when a facet distribution is asked for.
    exhaustive: true,
  };
}

/**
 * Most frequent first, then by value; object key order is not relied on. Cut at the configured
 * maximum again: when an attribute's numbers alone fill maxValuesPerFacet, the engine appends
 * every one of its text values after them.
 */
function valueCounts(distribution: Record<string, number>): ValueCount[] {
  return Object.entries(distribution)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, MAX_FACET_VALUES);
}

function isNumeric(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value));
}
