// The settings every store index gets. Searchable fields in weight order; filterable fields are
// the fixed ones plus the catalog attributes the store facets on; sorting is by price or release.
import type { Settings } from 'meilisearch';
import type { IndexSettings } from '../../firstStage.ts';
import { attributeField, FIELDS, numericAttributeField } from './fields.ts';

/**
 * `sort` comes right after `words`, so an explicit sort orders all equally matching products by
 * price or date instead of only breaking relevance ties; without a sort it has no effect. The last
 * rule breaks remaining ties by newest first, like the PostgreSQL first stage.
 */
export const RANKING_RULES = [
  'words',
  'sort',
  'typo',
  'proximity',
  'attribute',
  'exactness',
  `${FIELDS.releasedAt}:desc`,
];

/** Facet lists are cut at this many values, most frequent first (as in the PostgreSQL stage). */
export const MAX_FACET_VALUES = 200;

/** Meilisearch's own default for pagination.maxTotalHits. */
const ENGINE_MAX_TOTAL_HITS = 1_000;

export function meilisearchSettings(settings: IndexSettings): Settings {
  return {
    searchableAttributes: [
      FIELDS.title,
      FIELDS.brand,
      FIELDS.sku,
      FIELDS.description,
      FIELDS.attributes,
    ],
    filterableAttributes: [
      FIELDS.brand,
      FIELDS.price,
      FIELDS.availability,
      ...settings.attributes.flatMap((name) => [attributeField(name), numericAttributeField(name)]),
    ],
    sortableAttributes: [FIELDS.price, FIELDS.releasedAt],
    rankingRules: RANKING_RULES,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // A SKU one character off is another product.
      disableOnAttributes: [FIELDS.sku],
    },
    synonyms: settings.synonyms,
    faceting: { maxValuesPerFacet: MAX_FACET_VALUES, sortFacetValuesBy: { '*': 'count' } },
    // The engine counts and pages no further than maxTotalHits: past it, totals stop and pages
    // come back empty. Covering the whole catalog keeps totals equal to the PostgreSQL stage's;
    // only the pages a search asks for are ranked, so a larger cap costs nothing on shallow ones.
    pagination: { maxTotalHits: Math.max(settings.productCount, ENGINE_MAX_TOTAL_HITS) },
  };
}
