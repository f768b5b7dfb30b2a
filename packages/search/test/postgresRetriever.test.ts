import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { PostgresRetriever } from '../src/retrievers/postgres/postgresRetriever.ts';
import { postgresIndex } from '../src/retrievers/postgres/postgresIndex.ts';
import type { SearchFilters } from '../src/retrieval.ts';
import { catalogA } from './contract/fixtures.ts';
import { describeLimitsContract } from './contract/limitsContract.ts';
import { describeRetrieverContract, type ContractHarness } from './contract/retrieverContract.ts';

let db: Database | undefined;
afterAll(async () => db?.close());

let harness: Promise<ContractHarness> | undefined;
const setup = () => (harness ??= openHarness());

async function openHarness(): Promise<ContractHarness> {
  db = await openTestDatabase();
  const prisma = db.prisma;
  let stores = 0;
  return {
    firstStage: { retriever: new PostgresRetriever(prisma), index: postgresIndex },
    async createStore() {
      stores += 1;
      const store = await prisma.store.create({
        data: { slug: `contract-${stores}`, name: `Store ${stores}` },
      });
      return store.id;
    },
    async load(storeId, documents) {
      await prisma.product.createMany({
        data: documents.map((d) => ({
          storeId,
          id: d.id,
          sku: d.sku,
          title: d.title,
          brand: d.brand,
          description: d.description,
          priceMinor: d.priceMinor,
          availability: d.availability,
          releasedAt: d.releasedAt === null ? null : new Date(d.releasedAt * 1000),
          attributes: d.attributes,
          contentHash: d.id,
        })),
      });
    },
  };
}

const name = `PostgreSQL full-text on ${testDatabaseKind()}`;
describeRetrieverContract(name, setup);
describeLimitsContract(name, setup);

// The facet statement carries only the facet attributes' values; a filter on another attribute
// (the Meilisearch stage refuses those: only facet attributes are filterable there) needs the
// attributes document as well.
it(`${name}: counts facets under a filter on an attribute that is not a facet`, async () => {
  const harness = await setup();
  const storeId = await harness.createStore();
  await harness.load(storeId, catalogA);
  const result = await harness.firstStage.retriever.retrieve({
    storeId,
    text: '',
    filters: { attributes: { attr_n_weight: { kind: 'numeric', range: { max: 100 } } } },
    sort: 'relevance',
    offset: 0,
    limit: 10,
    facets: { attributes: ['attr_t_product_colour'] },
  });
  expect(result.candidates.map((c) => c.productId).sort()).toEqual(['a1', 'a3']);
  expect(result.facets!.attributes['attr_t_product_colour']).toEqual(
    expect.arrayContaining([
      { value: 'Grey', count: 1 },
      { value: 'Black', count: 1 },
    ]),
  );
  expect(result.facets!.attributes['attr_t_product_colour']).toHaveLength(2);
});

// Past the facet bound, counts come from a sample of the matches and are scaled to all of them.
describe(`${name}: facet counts past the sample bound`, () => {
  const widgets = Array.from({ length: 40 }, (_, i) => ({
    ...catalogA[0]!,
    id: `w${i}`,
    sku: `W-${i}`,
    title: `Widget ${i}`,
    brand: i < 30 ? 'Acme' : 'Beta',
  }));
  const request = (filters: SearchFilters = {}) => ({
    text: 'widget',
    filters,
    sort: 'relevance' as const,
    offset: 0,
    limit: 5,
    facets: { attributes: [] },
  });
  let storeId = 0;
  beforeAll(async () => {
    const harness = await setup();
    storeId = await harness.createStore();
    await harness.load(storeId, widgets);
  });

  it('counts every match up to the bound, exactly', async () => {
    const retriever = new PostgresRetriever(db!.prisma, { facetSampleSize: 40 });
    const result = await retriever.retrieve({ storeId, ...request() });
    expect(result.facets!.exhaustive).toBe(true);
    expect(result.facets!.brand).toEqual([
      { value: 'Acme', count: 30 },
      { value: 'Beta', count: 10 },
    ]);
  });

  it('estimates from a sample beyond it, scaled to the matches and marked', async () => {
    const retriever = new PostgresRetriever(db!.prisma, { facetSampleSize: 20 });
    for (const filters of [{}, { brands: ['Beta'] }]) {
      const result = await retriever.retrieve({ storeId, ...request(filters) });
      expect(result.facets!.exhaustive).toBe(false);
      // Half of the 40 matches counted, each standing for two: the estimates add up to 40 with or
      // without a filter (the brand facet ignores its own filter).
      const brands = result.facets!.brand;
      expect(brands.reduce((sum, b) => sum + b.count, 0)).toBe(40);
      expect(brands.every((b) => b.count % 2 === 0)).toBe(true);
    }
    const { total } = await retriever.retrieve({ storeId, ...request() });
    expect(total).toBe(40);
  });
});
