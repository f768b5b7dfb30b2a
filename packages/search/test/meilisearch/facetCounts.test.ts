import { describe, expect, it } from 'vitest';
import { toFacetCounts } from '../../src/retrievers/meilisearch/facetCounts.ts';
import { MAX_FACET_VALUES } from '../../src/retrievers/meilisearch/indexSettings.ts';

describe('toFacetCounts', () => {
  it('cuts a value list to the configured maximum, most frequent first', () => {
    // What the engine answers when an attribute's numbers alone fill maxValuesPerFacet: every
    // text value follows them.
    const numbers = Array.from({ length: MAX_FACET_VALUES }, (_, i) => [String(i), 1] as const);
    const words = Array.from({ length: 60 }, (_, i) => [`size ${i}`, 2 + i] as const);
    const field = 'attributes.attr_n_size';
    const counts = toFacetCounts({ attributes: ['attr_n_size'] }, new Map([[field, 0]]), [
      {
        facetDistribution: { [field]: Object.fromEntries([...numbers, ...words]) },
        facetStats: { [field]: { min: 0, max: MAX_FACET_VALUES - 1 } },
      },
    ]);
    const values = counts.attributes['attr_n_size'] as { value: string; count: number }[];
    expect(values).toHaveLength(MAX_FACET_VALUES);
    expect(values.slice(0, 2)).toEqual([
      { value: 'size 59', count: 61 },
      { value: 'size 58', count: 60 },
    ]);
  });
});
