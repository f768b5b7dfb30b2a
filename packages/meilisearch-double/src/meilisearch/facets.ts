// Facet distribution and stats over every matching document (not only the returned page).
// Values count once per document; strings group case-insensitively under the first spelling
// seen; numbers and booleans count as their text. Stats hold min/max of numeric values only.
import type { Document, IndexSettings } from './doubleIndex.ts';
import { badRequest } from './httpError.ts';
import { isCoveredBy, scalarsAt } from './documentValues.ts';

export interface FacetAnswer {
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, { min: number; max: number }>;
}

export function checkFacets(facets: readonly string[], filterable: string[]): void {
  for (const facet of facets) {
    if (!isCoveredBy(facet, filterable)) {
      throw badRequest(
        'invalid_search_facets',
        `Invalid facet distribution: Attribute \`${facet}\` is not filterable. Available filterable attributes patterns are: \`${filterable.join(', ')}\`.`,
      );
    }
  }
}

export function countFacets(
  documents: readonly Document[],
  facets: readonly string[],
  settings: IndexSettings,
): FacetAnswer {
  const answer: FacetAnswer = { facetDistribution: {}, facetStats: {} };
  for (const facet of facets) {
    const counts = new Map<string, { value: string; count: number }>();
    const numbers: number[] = [];
    for (const document of documents) {
      const values = scalarsAt(document, facet);
      numbers.push(...values.filter((v): v is number => typeof v === 'number'));
      const seen = new Set<string>();
      for (const value of values.map(String)) {
        const key = value.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? { value, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
    }
    answer.facetDistribution[facet] = Object.fromEntries(
      orderValues([...counts.values()], sortOrder(facet, settings))
        .slice(0, settings.faceting.maxValuesPerFacet)
        .map(({ value, count }) => [value, count]),
    );
    if (numbers.length) {
      answer.facetStats[facet] = { min: Math.min(...numbers), max: Math.max(...numbers) };
    }
  }
  return answer;
}

function sortOrder(facet: string, settings: IndexSettings): 'alpha' | 'count' {
  const { sortFacetValuesBy } = settings.faceting;
  return sortFacetValuesBy[facet] ?? sortFacetValuesBy['*'] ?? 'alpha';
}

function orderValues(
  entries: { value: string; count: number }[],
  order: 'alpha' | 'count',
): { value: string; count: number }[] {
  const alpha = (a: { value: string }, b: { value: string }) =>
    a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return entries.sort(order === 'count' ? (a, b) => b.count - a.count || alpha(a, b) : alpha);
}
