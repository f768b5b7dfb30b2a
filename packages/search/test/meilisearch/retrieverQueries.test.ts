// What the retriever asks Meilisearch for: one multi-search per attempt holding the main query
// and one query per filtered facet, quoted filters, mapped sorts, and the word-dropping fallback.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMeilisearchFirstStage } from '../../src/retrievers/meilisearch/createMeilisearchFirstStage.ts';
import type { FirstStage } from '../../src/firstStage.ts';
import type { RetrieveRequest } from '../../src/retrieval.ts';
import {
  startMeilisearchDouble,
  type MeilisearchDouble,
  type RecordedRequest,
} from '@shopsearch/meilisearch-double';
import { catalogA, TRICKY_BRAND } from '../contract/fixtures.ts';

type Query = Record<string, unknown>;
let double: MeilisearchDouble;
let firstStage: FirstStage;
let seen = 0;

const retrieve = (overrides: Partial<RetrieveRequest>) =>
  firstStage.retriever.retrieve({
    storeId: 7,
    text: '',
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 10,
    ...overrides,
  });

/** The requests since the last call. */
function sent(): RecordedRequest[] {
  const fresh = double.requests.slice(seen);
  seen = double.requests.length;
  return fresh;
}

const queriesOf = (request: RecordedRequest) => (request.body as { queries: Query[] }).queries;

beforeAll(async () => {
  double = await startMeilisearchDouble();
  firstStage = createMeilisearchFirstStage({ host: double.url, indexPrefix: 'q_' });
  await firstStage.index.prepare(7, {
    attributes: ['attr_t_product_colour'],
    synonyms: {},
    productCount: catalogA.length,
  });
  await firstStage.index.upsert(7, catalogA);
});
beforeEach(() => void sent());
afterAll(async () => double.close());

describe('retrieve', () => {
  it('counts filtered facets in extra queries of the same multi-search', async () => {
    await retrieve({
      text: 'mouse',
      filters: { brands: [TRICKY_BRAND], price: { min: 100 } },
      facets: { attributes: ['attr_t_product_colour'] },
    });
    const [request, ...more] = sent();
    expect(more).toEqual([]);
    expect(request).toMatchObject({ method: 'POST', path: '/multi-search' });
    const brandFilter = 'brand IN ["Acme\\" OR brand = \\"Logitech"]';
    expect(queriesOf(request!)).toEqual([
      {
        indexUid: 'q_store_7',
        q: 'mouse',
        matchingStrategy: 'all',
        filter: `${brandFilter} AND priceMinor >= 100`,
        offset: 0,
        limit: 10,
        attributesToRetrieve: ['productId'],
        showRankingScore: true,
        showRankingScoreDetails: true,
        facets: ['availability', 'attributes.attr_t_product_colour'],
      },
      {
        indexUid: 'q_store_7',
        q: 'mouse',
        matchingStrategy: 'all',
        filter: 'priceMinor >= 100',
        limit: 0,
        facets: ['brand'],
      },
      {
        indexUid: 'q_store_7',
        q: 'mouse',
        matchingStrategy: 'all',
        filter: brandFilter,
        limit: 0,
        facets: ['priceMinor'],
      },
    ]);
  });

  it('maps sort orders and paging', async () => {
    for (const [sort, expected] of [
      ['relevance', undefined],
      ['price_asc', ['priceMinor:asc']],
      ['price_desc', ['priceMinor:desc']],
      ['newest', ['releasedAt:desc']],
    ] as const) {
      const result = await retrieve({ sort, offset: 2, limit: 3 });
      const [main] = queriesOf(sent()[0]!);
      expect(main).toMatchObject({ offset: 2, limit: 3 });
      expect(main!.sort).toEqual(expected);
      expect(result.total).toBe(catalogA.length);
      expect(result.candidates).toHaveLength(3);
      expect(result.facets).toBeNull();
    }
  });

  it('drops words from the end when all of them find nothing', async () => {
    const result = await retrieve({ text: 'headphones qqqzzz' });
    expect(sent().map((r) => queriesOf(r)[0]!.matchingStrategy)).toEqual(['all', 'last']);
    expect(result.candidates.map((c) => c.productId)).toEqual(['a4']);
    expect(result.match).toBe('exact');
  });

  it('scores candidates with the engine ranking score', async () => {
    const result = await retrieve({ text: 'wireless mouse' });
    expect(result.candidates.length).toBeGreaterThan(0);
    for (const { score } of result.candidates) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('treats a store whose index was never created as empty, in one request', async () => {
    expect(await retrieve({ storeId: 99, text: 'mouse' })).toEqual({
      candidates: [],
      total: 0,
      totalExhaustive: true,
      facets: null,
      match: 'none',
    });
    expect(await firstStage.retriever.suggest(99, 'mo', 5)).toEqual([]);
    expect(sent().map((r) => r.status)).toEqual([404, 404]);
  });
});

describe('suggest', () => {
  it('asks the store index for brand facets and titles in one multi-search', async () => {
    const suggestions = await firstStage.retriever.suggest(7, 'Logi', 3);
    expect(suggestions).toEqual([
      { text: 'Logitech', kind: 'brand' },
      // Equally good title matches: the newer product first (the releasedAt:desc rule).
      { text: 'Logitech G502 gaming mouse', kind: 'product', productId: 'a2' },
      { text: 'Logitech M185 wireless mouse', kind: 'product', productId: 'a1' },
    ]);
    const [request, ...more] = sent();
    expect(more).toEqual([]);
    expect(queriesOf(request!).map((q) => q.indexUid)).toEqual(['q_store_7', 'q_store_7']);
    expect(queriesOf(request!)[0]).toMatchObject({ q: 'logi', facets: ['brand'], limit: 0 });
  });

  it('offers brands only when their name starts with the typed words', async () => {
    // "Acme\" OR brand = \"Logitech" contains the word but does not start with it.
    const brands = (await firstStage.retriever.suggest(7, 'logitech', 10)).filter(
      (s) => s.kind === 'brand',
    );
    expect(brands).toEqual([{ text: 'Logitech', kind: 'brand' }]);
    expect(await firstStage.retriever.suggest(7, '  ', 5)).toEqual([]);
  });
});
