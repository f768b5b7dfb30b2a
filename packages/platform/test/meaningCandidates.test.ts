// Candidates by meaning on both first stages, with the default (static) model: a notebook that
// never says "laptop" is found for "laptop" through the model's vocabulary ("laptop" → "notebook"),
// scored by MaxSim, says why, obeys the filters, stays in its store, a store with no word match at
// all answers with such products instead of nothing, and an experiment's ranking asks for them.
import { afterAll, describe, expect, it } from 'vitest';
import { ZSearchConfiguration, type SearchRequest } from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import { startExperiment } from '../src/experiments/experiments.ts';
import { searchForVisitor } from '../src/experiments/interleavedSearch.ts';
import { indexStore } from '../src/indexing/indexStore.ts';
import { testPlatform } from '../src/testing/testStore.ts';
import { firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();
const MEANING_ONLY_NOTICE =
  'No product holds these words; these results hold words of similar meaning.';

const SHOP_A = [
  { id: 'a-hp', title: 'HP ProBook 450 G8 notebook, 15.6 inch', brand: 'HP', priceMinor: 79900 },
  { id: 'a-lenovo', title: 'Lenovo ThinkPad E14 notebook', brand: 'Lenovo', priceMinor: 69900 },
  { id: 'a-sleeve', title: 'Targus laptop sleeve, 15.6 inch', brand: 'Targus', priceMinor: 1999 },
  { id: 'a-mouse', title: 'Logitech M185 wireless mouse', brand: 'Logitech', priceMinor: 1499 },
  { id: 'a-batteries', title: 'Duracell AA batteries, 8 pack', brand: 'Duracell', priceMinor: 899 },
];
/** Three products near "laptop" through "computer", one through "notebook", first by id. */
const SHOP_C = [
  { id: 'c-a', title: 'Intel computer case, tower', brand: 'Intel', priceMinor: 9900 },
  { id: 'c-b', title: 'Supermicro computer cooling fan', brand: 'Supermicro', priceMinor: 2900 },
  { id: 'c-c', title: 'StarTech computer power cord', brand: 'StarTech', priceMinor: 900 },
  { id: 'c-d', title: 'Acer Aspire 5 notebook', brand: 'Acer', priceMinor: 59900 },
];
const SHOP_B = [
  { id: 'b-dell', title: 'Dell Latitude 5420 notebook', brand: 'Dell', priceMinor: 89900 },
  { id: 'b-cable', title: 'Belkin USB-C charging cable', brand: 'Belkin', priceMinor: 1299 },
];

describe.each(STAGES)('candidates by meaning on the %s first stage', (_, config) => {
  let platform: Platform;
  const stores: Record<'a' | 'b' | 'c', number> = { a: 0, b: 0, c: 0 };
  afterAll(async () => platform?.close());

  const request = (storeId: number, text: string, more: Partial<SearchRequest> = {}) => ({
    storeId,
    text,
    filters: {},
    sort: 'relevance' as const,
    page: 0,
    pageSize: 20,
    profile: { name: 'hybrid', fusion: 'weighted', weight: 0.7, titleLengthPrior: 0.01 } as const,
    rerankDepth: 200,
    meaningCandidates: 50,
    recordEvent: false,
    ...more,
  });
  const search = (storeId: number, text: string, more: Partial<SearchRequest> = {}) =>
    platform.services.search.search(request(storeId, text, more));
  const ids = (response: { hits: { product: { id: string } }[] }) =>
    response.hits.map((h) => h.product.id).sort();

  it('finds notebooks for "laptop" by meaning, says why, and keeps out the other store', async () => {
    platform = await testPlatform({ ...(await config()) });
    const { prisma } = platform.db;
    for (const [key, products] of [
      ['a', SHOP_A],
      ['b', SHOP_B],
      ['c', SHOP_C],
    ] as const) {
      const store = await prisma.store.create({ data: { slug: `meaning-${key}`, name: key } });
      await prisma.product.createMany({
        data: products.map((p) => ({
          storeId: store.id,
          description: '',
          ...p,
          contentHash: p.id,
        })),
      });
      await indexStore(platform, { storeId: store.id, kind: 'full' });
      stores[key] = store.id;
    }

    const off = await search(stores.a, 'laptop', { meaningCandidates: 0 });
    expect(ids(off)).toEqual(['a-sleeve']);
    expect(off.total).toBe(1);

    const on = await search(stores.a, 'laptop');
    expect(ids(on)).toEqual(['a-hp', 'a-lenovo', 'a-sleeve']);
    expect(on.total).toBe(3);
    expect(on.match).toBe('exact');
    expect(on.notices).not.toContain(MEANING_ONLY_NOTICE);
    for (const hit of on.hits) {
      const byMeaning = hit.product.id !== 'a-sleeve';
      expect(hit.meaning).toEqual(
        byMeaning
          ? [{ queryWord: 'laptop', productWord: 'notebook', similarity: expect.any(Number) }]
          : [],
      );
      expect(hit.firstStageRank).toBe(byMeaning ? 0 : 1);
      // Scored by exact MaxSim like any candidate: "laptop" matched the product's "notebook".
      expect(hit.scores.maxSim).not.toBeNull();
      if (byMeaning) {
        expect(hit.meaning[0]!.similarity).toBeGreaterThanOrEqual(0.55);
        const laptop = on.queryTokens.findIndex((t) => t.text === 'laptop');
        expect(hit.explanation[laptop]).toMatchObject({
          productToken: 'notebook',
          similarity: expect.closeTo(hit.meaning[0]!.similarity, 3),
        });
      }
    }
    // The word match still comes first: it holds the word itself.
    expect(on.hits[0]!.product.id).toBe('a-sleeve');
  }, 600_000);

  it('applies the filters to candidates by meaning', async () => {
    expect(ids(await search(stores.a, 'laptop', { filters: { brands: ['HP'] } }))).toEqual([
      'a-hp',
    ]);
    const cheap = await search(stores.a, 'laptop', { filters: { price: { max: 70000 } } });
    expect(ids(cheap)).toEqual(['a-lenovo', 'a-sleeve']);
    expect(cheap.total).toBe(2);
  }, 120_000);

  it('answers a query no product holds a word of with products of similar meaning', async () => {
    const response = await search(stores.b, 'laptop');
    expect(ids(response)).toEqual(['b-dell']);
    expect(response.total).toBe(1);
    expect(response.match).toBe('none');
    expect(response.notices).toContain(MEANING_ONLY_NOTICE);
    expect(response.hits[0]!.meaning).toEqual([
      { queryWord: 'laptop', productWord: 'notebook', similarity: expect.any(Number) },
    ]);
    // Off, or on the lexical profile (no encoded query): nothing, as before.
    expect((await search(stores.b, 'laptop', { meaningCandidates: 0 })).hits).toEqual([]);
    expect((await search(stores.b, 'laptop', { profile: { name: 'lexical' } })).hits).toEqual([]);
  }, 120_000);

  it('gives each neighbour its turn before a common one fills every place', async () => {
    // "computer" and "notebook" are as near to "laptop" (0.56): with two places, one each,
    // though the three "computer" products come first by id.
    const response = await search(stores.c, 'laptop', { meaningCandidates: 2 });
    expect(response.hits.map((h) => h.meaning[0]?.productWord).sort()).toEqual([
      'computer',
      'notebook',
    ]);
    expect(ids(response)).toContain('c-d');
  }, 120_000);

  it('interleaves an experiment ranking with them against the same ranking without', async () => {
    await search(stores.b, 'laptop', { recordEvent: true });
    await platform.events.drain();
    const colbert = (meaningCandidates: number) =>
      ZSearchConfiguration.parse({ profile: 'colbert', meaningCandidates });
    const experiment = await startExperiment(
      platform.services,
      stores.b,
      { configA: colbert(0), configB: colbert(50), trafficPercent: 100 },
      'analyst@shop.test',
    );
    expect(experiment.labelB).toBe('colbert K=200 +50 by meaning');
    // The shopper's request asks for none: each of the experiment's rankings says how many.
    const shopper = request(stores.b, 'laptop', { meaningCandidates: 0 });
    const page = await searchForVisitor(platform.services, shopper, 'visitor-0000000001');
    expect(ids(page)).toEqual(['b-dell']);
    expect(page.impressionId).not.toBeNull();
  }, 120_000);
});
