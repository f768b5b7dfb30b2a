// The shared contract every first stage passes. Each implementation's test file calls
// `describeRetrieverContract` with a harness that can create stores and load documents.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/documents.ts';
import type { FirstStage } from '../../src/firstStage.ts';
import type { RetrieveRequest, RetrieveResult } from '../../src/retrieval.ts';
import { BACKSLASH_BRAND, catalogA, catalogB, TRICKY_BRAND } from './fixtures.ts';

export interface ContractHarness {
  firstStage: FirstStage;
  /** A fresh, empty store id. */
  createStore(): Promise<number>;
  /** Makes documents searchable in a store (rows for PostgreSQL, a synced index for Meilisearch). */
  load(storeId: number, documents: SearchDocument[]): Promise<void>;
}

/** A search of one store with the contracts' defaults: no words, no filters, the first 50. */
export function retrieveIn(
  harness: ContractHarness,
  storeId: number,
  request: Partial<RetrieveRequest>,
): Promise<RetrieveResult> {
  const defaults = { text: '', filters: {}, sort: 'relevance', offset: 0, limit: 50 } as const;
  return harness.firstStage.retriever.retrieve({ ...defaults, storeId, ...request });
}

export const candidateIds = (result: RetrieveResult): string[] =>
  result.candidates.map((c) => c.productId);

const ATTRIBUTES = [
  'attr_t_product_colour',
  'attr_n_weight',
  'attr_b_plug_and_play',
  'attr_t_print_technology',
];

const settingsFor = (documents: SearchDocument[]) => ({
  attributes: ATTRIBUTES,
  synonyms: {},
  productCount: documents.length,
});

export function describeRetrieverContract(
  name: string,
  setup: () => Promise<ContractHarness>,
): void {
  describe(`retriever contract: ${name}`, () => {
    let storeA = 0;
    let storeB = 0;
    let harness: ContractHarness;
    const search = (request: Partial<RetrieveRequest>, storeId = storeA) =>
      retrieveIn(harness, storeId, request);
    const ids = candidateIds;

    beforeAll(async () => {
      harness = await setup();
      storeA = await harness.createStore();
      storeB = await harness.createStore();
      await harness.firstStage.index.prepare(storeA, settingsFor(catalogA));
      await harness.firstStage.index.prepare(storeB, settingsFor(catalogB));
      await harness.load(storeA, catalogA);
      await harness.load(storeB, catalogB);
    });

    it('finds products by their words, all words first', async () => {
      const result = await search({ text: 'wireless mouse' });
      expect(result.match).toBe('exact');
      expect(ids(result).slice(0, 2).sort()).toEqual(['a1', 'a3']);
      expect(ids(result)).not.toContain('a5');
    });

    it('ranks title matches above description-only matches', async () => {
      const result = await search({ text: 'headphones' });
      expect(ids(result)[0]).toBe('a4');
    });

    it('browses every product when the text is empty', async () => {
      const result = await search({ text: '' });
      expect(result.total).toBe(catalogA.length);
      expect(new Set(ids(result))).toEqual(new Set(catalogA.map((d) => d.id)));
    });

    it('tolerates a typo', async () => {
      const result = await search({ text: 'hedphones' });
      expect(ids(result)).toContain('a4');
    });

    it('reports a typo-tolerant match as fuzzy and a word match as exact', async () => {
      expect((await search({ text: 'hedphones' })).match).toBe('fuzzy');
      expect((await search({ text: 'headphones' })).match).toBe('exact');
    });

    it('sorted by price, lists only products holding every word, or says the matches are close', async () => {
      const sorted = await search({ text: 'wireless mouse', sort: 'price_asc' });
      expect(sorted.match).toBe('exact');
      expect(ids(sorted).sort()).toEqual(['a1', 'a3']);
      // No product holds both words: whatever comes back is not an exact match.
      const partial = await search({ text: 'gaming printer', sort: 'price_asc' });
      expect(partial.match).not.toBe('exact');
    });

    it('treats a store with nothing indexed as empty', async () => {
      const empty = await harness.createStore();
      await harness.firstStage.index.prepare(empty, settingsFor([]));
      const result = await search({ text: '', facets: { attributes: ATTRIBUTES } }, empty);
      expect(result).toEqual({
        candidates: [],
        total: 0,
        totalExhaustive: true,
        facets: null,
        match: 'none',
      });
      expect(await harness.firstStage.retriever.suggest(empty, 'logi', 5)).toEqual([]);
    });

    it('returns a defined empty result when nothing matches', async () => {
      const result = await search({ text: 'qqqqxxxzzzz' });
      expect(result).toMatchObject({ candidates: [], total: 0, match: 'none' });
    });

    it('never returns another store’s products', async () => {
      const inA = await search({ text: 'wireless', limit: 100 });
      const inB = await search({ text: 'wireless', limit: 100 }, storeB);
      expect(ids(inA).every((id) => id.startsWith('a'))).toBe(true);
      expect(ids(inB).sort()).toEqual(['b1', 'b2']);
      const browseB = await search({ text: '', facets: { attributes: ATTRIBUTES } }, storeB);
      expect(browseB.facets!.brand.map((b) => b.value).sort()).toEqual(['Logitech', 'Zebra']);
      expect(browseB.facets!.attributes['attr_t_product_colour']).toEqual([
        { value: 'Graphite', count: 1 },
      ]);
    });

    it('filters by brand set, price range and availability', async () => {
      const byBrand = await search({ text: 'mouse', filters: { brands: ['Microsoft', 'Sony'] } });
      expect(ids(byBrand)).toEqual(['a3']);
      const byPrice = await search({ filters: { price: { min: 2000, max: 20000 } } });
      expect(ids(byPrice).sort()).toEqual(['a2', 'a3', 'a5']);
      // Bounds past a 32-bit integer (prices are stored in one) still compare, not fail.
      const huge = 1e12;
      const belowHuge = await search({ filters: { price: { min: 2000, max: huge } } });
      expect(ids(belowHuge).sort()).toEqual(['a2', 'a3', 'a4', 'a5']);
      expect(ids(await search({ filters: { price: { min: huge } } }))).toEqual([]);
      const byAvailability = await search({
        filters: { availability: ['out_of_stock', 'preorder'] },
      });
      expect(ids(byAvailability).sort()).toEqual(['a3', 'a5']);
    });

    it('filters by text, numeric and boolean attributes', async () => {
      const black = await search({
        filters: { attributes: { attr_t_product_colour: { kind: 'text', anyOf: ['Black'] } } },
      });
      expect(ids(black).sort()).toEqual(['a2', 'a3', 'a4']);
      const light = await search({
        filters: { attributes: { attr_n_weight: { kind: 'numeric', range: { max: 100 } } } },
      });
      expect(ids(light).sort()).toEqual(['a1', 'a3']);
      const plug = await search({
        filters: { attributes: { attr_b_plug_and_play: { kind: 'boolean', value: true } } },
      });
      expect(ids(plug).sort()).toEqual(['a1', 'a2']);
    });

    it('matches filter values holding quotes, backslashes and operators literally', async () => {
      const tricky = await search({ filters: { brands: [TRICKY_BRAND] } });
      expect(ids(tricky)).toEqual(['a6']);
      const slash = await search({ filters: { brands: [BACKSLASH_BRAND] } });
      expect(ids(slash)).toEqual(['a7']);
      const colour = await search({
        filters: {
          attributes: { attr_t_product_colour: { kind: 'text', anyOf: ['Red "ruby" \\ red'] } },
        },
      });
      expect(ids(colour)).toEqual(['a6']);
      const none = await search({ filters: { brands: ['Logitech" OR brand = "Sony'] } });
      expect(ids(none)).toEqual([]);
    });

    it('counts facets over the matching set, each without its own filter', async () => {
      const result = await search({
        text: 'mouse',
        filters: { brands: ['Logitech'] },
        facets: { attributes: ATTRIBUTES },
      });
      expect(ids(result).sort()).toEqual(['a1', 'a2']);
      const facets = result.facets!;
      expect(facets.exhaustive).toBe(true);
      // Brand counts ignore the brand filter so the shopper can add another brand.
      expect(facets.brand).toContainEqual({ value: 'Logitech', count: 2 });
      expect(facets.brand).toContainEqual({ value: 'Microsoft', count: 1 });
      expect(facets.availability).toEqual([{ value: 'in_stock', count: 2 }]);
      expect(facets.price).toEqual({ min: 1999, max: 4999 });
      expect(facets.attributes['attr_t_product_colour']).toEqual(
        expect.arrayContaining([
          { value: 'Grey', count: 1 },
          { value: 'Black', count: 1 },
        ]),
      );
      expect(facets.attributes['attr_n_weight']).toEqual({ min: 75.5, max: 121 });
    });

    it('counts text and boolean facets, each without its own filter', async () => {
      const result = await search({
        filters: {
          attributes: {
            attr_t_product_colour: { kind: 'text', anyOf: ['Black'] },
            attr_b_plug_and_play: { kind: 'boolean', value: true },
          },
        },
        facets: { attributes: ATTRIBUTES },
      });
      expect(ids(result)).toEqual(['a2']);
      const facets = result.facets!;
      // Colours of the plug-and-play products; plug-and-play values of the black ones.
      expect(facets.attributes['attr_t_product_colour']).toEqual(
        expect.arrayContaining([
          { value: 'Grey', count: 1 },
          { value: 'Black', count: 1 },
        ]),
      );
      expect(facets.attributes['attr_t_product_colour']).toHaveLength(2);
      expect(facets.attributes['attr_b_plug_and_play']).toEqual(
        expect.arrayContaining([
          { value: 'true', count: 1 },
          { value: 'false', count: 1 },
        ]),
      );
    });

    it('computes numeric facet ranges without their own range filter', async () => {
      const result = await search({
        filters: {
          price: { min: 2000, max: 5000 },
          attributes: { attr_n_weight: { kind: 'numeric', range: { max: 100 } } },
        },
        facets: { attributes: ATTRIBUTES },
      });
      expect(ids(result)).toEqual(['a3']);
      const facets = result.facets!;
      // Price over everything that passes the weight filter; weight over the price range.
      expect(facets.price).toEqual({ min: 1999, max: 2499 });
      expect(facets.attributes['attr_n_weight']).toEqual({ min: 67, max: 121 });
      expect(facets.brand).toEqual([{ value: 'Microsoft', count: 1 }]);
    });

    it('sorts by price both ways and by newest', async () => {
      const up = await search({ sort: 'price_asc', filters: { price: { min: 0 } } });
      expect(ids(up)).toEqual(['a6', 'a1', 'a3', 'a2', 'a5', 'a4']);
      const down = await search({ sort: 'price_desc', filters: { price: { min: 0 } } });
      expect(ids(down)).toEqual(['a4', 'a5', 'a2', 'a3', 'a1', 'a6']);
      const newest = await search({ sort: 'newest', text: 'mouse' });
      expect(ids(newest).slice(0, 3)).toEqual(['a2', 'a3', 'a1']);
    });

    it('pages through results without gaps or repeats', async () => {
      const all = ids(await search({ sort: 'price_asc', limit: 100 }));
      const pages = [];
      for (let offset = 0; offset < all.length; offset += 3) {
        const page = await search({ sort: 'price_asc', offset, limit: 3 });
        expect(page.total).toBe(catalogA.length);
        expect(page.totalExhaustive).toBe(true);
        pages.push(...ids(page));
      }
      expect(pages).toEqual(all);
      const beyond = await search({ sort: 'price_asc', offset: 1000, limit: 3 });
      expect(beyond.candidates).toEqual([]);
      expect(beyond.total).toBe(catalogA.length);
    });

    it('suggests brands and products for a prefix, within the store', async () => {
      const suggestions = await harness.firstStage.retriever.suggest(storeA, 'logi', 5);
      expect(suggestions[0]).toEqual({ text: 'Logitech', kind: 'brand' });
      const productIds = suggestions.filter((s) => s.kind === 'product').map((s) => s.productId);
      expect(productIds.length).toBeGreaterThan(0);
      expect(productIds.every((id) => id!.startsWith('a'))).toBe(true);
      expect(await harness.firstStage.retriever.suggest(storeB, 'zeb', 5)).toContainEqual({
        text: 'Zebra',
        kind: 'brand',
      });
      expect(await harness.firstStage.retriever.suggest(storeA, 'zeb', 5)).toEqual([]);
    });
  });
}
