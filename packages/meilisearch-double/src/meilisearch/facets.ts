// Facet distribution and stats over every matching document (not only the returned page).
// Values count once per document. Strings group by their facet key (normalised and cut, see
// facetKeys.ts) under the spelling of the first matching document; booleans count as the strings
// true and false. The engine collects numbers before strings, so numbers come first when
// maxValuesPerFacet cuts the list (with one quirk, below). Stats hold min/max of numbers only.
import type { Document, IndexSettings } from './doubleIndex.ts';
import { compareKeys, facetKey } from './facetKeys.ts';
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
    const numbers = new Map<number, number>();
    const strings = new Map<string, { value: string; count: number }>();
    for (const document of documents) {
      const seen = new Set<number | string>();
      for (const value of scalarsAt(document, facet)) {
        if (typeof value === 'number') {
          if (!seen.has(value)) numbers.set(value, (numbers.get(value) ?? 0) + 1);
          seen.add(value);
          continue;
        }
        // An empty string is no facet value; booleans are filed as the strings true and false.
        if (value === '') continue;
        const text = String(value);
        const key = facetKey(text);
        if (seen.has(key)) continue;
        seen.add(key);
        // The first matching document's own spelling is what the distribution shows.
        const entry = strings.get(key) ?? { value: text, count: 0 };
        entry.count += 1;
        strings.set(key, entry);
      }
    }
    const order = sortOrder(facet, settings);
    const max = settings.faceting.maxValuesPerFacet;
    // Under 3,000 matches, alphabetical lists are read document by document: numbers in the
    // order of their text, then strings up to the cap. Otherwise the engine walks its facet
    // levels and stops a kind once the list reaches exactly the cap, so when the numbers alone
    // fill it, no string ever stops it and every string value follows (facet_distribution.rs).
    const byDocuments = order === 'alpha' && documents.length <= 3_000;
    const cap = (room: number) => (byDocuments || room > 0 ? room : undefined);
    const numberList = ordered(
      [...numbers].map(([n, count]) => ({ key: n, value: String(n), count })),
      order,
      byDocuments ? (a, b) => compareKeys(String(a), String(b)) : (a, b) => a - b,
    ).slice(0, cap(max));
    const room = max - numberList.length;
    const stringList = ordered(
      [...strings].map(([key, { value, count }]) => ({ key, value, count })),
      order,
      compareKeys,
    ).slice(0, cap(room));
    const values = [...numberList, ...stringList];
    answer.facetDistribution[facet] = Object.fromEntries(values.map((v) => [v.value, v.count]));
    if (numbers.size) {
      const all = [...numbers.keys()];
      answer.facetStats[facet] = { min: Math.min(...all), max: Math.max(...all) };
    }
  }
  return answer;
}

function sortOrder(facet: string, settings: IndexSettings): 'alpha' | 'count' {
  const { sortFacetValuesBy } = settings.faceting;
  return sortFacetValuesBy[facet] ?? sortFacetValuesBy['*'] ?? 'alpha';
}

function ordered<K>(
  entries: { key: K; value: string; count: number }[],
  order: 'alpha' | 'count',
  compare: (a: K, b: K) => number,
): { key: K; value: string; count: number }[] {
  const byKey = (a: { key: K }, b: { key: K }) => compare(a.key, b.key);
  return entries.sort(order === 'count' ? (a, b) => b.count - a.count || byKey(a, b) : byKey);
}
