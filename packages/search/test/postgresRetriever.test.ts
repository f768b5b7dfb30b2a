import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { refreshBrandSummary } from '../src/brandSummary.ts';
import { PostgresRetriever } from '../src/retrievers/postgres/postgresRetriever.ts';
import { suggestFromPostgres } from '../src/retrievers/postgres/postgresSuggestions.ts';
import { postgresIndex } from '../src/retrievers/postgres/postgresIndex.ts';
import type { RetrieveRequest, SearchFilters } from '../src/retrieval.ts';
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
      // As an import does: brand suggestions read the store's brand summary.
      await refreshBrandSummary(prisma, storeId);
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

// Past the match bound the total is counted no further (unless the facet statement counts the
// same set), and a multi-word query ranks the matches holding every word first: when they fill
// the page, the page is the one ranking every match gives.
describe(`${name}: total and top K past the match bound`, () => {
  const widgets = Array.from({ length: 40 }, (_, i) => ({
    ...catalogA[0]!,
    id: `m${i}`,
    sku: `M-${i}`,
    title: i % 4 === 0 ? `Gizmo widget ${i}` : `Widget ${i}`,
    description: i % 3 === 0 ? 'A gizmo for every widget' : 'A widget',
    brand: i < 30 ? 'Acme' : 'Beta',
    releasedAt: 1_500_000_000 + i,
  }));
  const request = (text: string, limit: number, more: Partial<RetrieveRequest> = {}) => ({
    storeId,
    text,
    filters: {},
    sort: 'relevance' as const,
    offset: 0,
    limit,
    ...more,
  });
  let storeId = 0;
  let exact: PostgresRetriever;
  let bounded: PostgresRetriever;
  beforeAll(async () => {
    const harness = await setup();
    storeId = await harness.createStore();
    await harness.load(storeId, widgets);
    exact = new PostgresRetriever(db!.prisma, { matchBound: Number.POSITIVE_INFINITY });
    bounded = new PostgresRetriever(db!.prisma, { matchBound: 20 });
  });

  it('ranks the page of every match from the matches of every word, when they fill it', async () => {
    // 20 products hold both words (every 4th title, every 3rd description); all 40 hold one.
    for (const more of [{}, { offset: 4 }]) {
      const page = await bounded.retrieve(request('gizmo widget', 8, more));
      expect(page.candidates).toEqual(
        (await exact.retrieve(request('gizmo widget', 8, more))).candidates,
      );
      expect(page.candidates).toHaveLength(8);
      expect(page).toMatchObject({ total: 20, totalExhaustive: false });
    }
  });

  it('ranks and counts every match when those of every word do not fill the page', async () => {
    const page = await bounded.retrieve(request('gizmo widget', 30));
    expect(page.candidates).toEqual((await exact.retrieve(request('gizmo widget', 30))).candidates);
    expect(page).toMatchObject({ total: 40, totalExhaustive: true });
  });

  it('takes the total from the facet statement without filters, and says "at least" with them', async () => {
    const facets = { attributes: [] };
    const whole = await bounded.retrieve(request('gizmo widget', 8, { facets }));
    expect(whole).toMatchObject({ total: 40, totalExhaustive: true });
    const acme = await bounded.retrieve(
      request('gizmo widget', 8, { facets, filters: { brands: ['Acme'] } }),
    );
    expect(acme).toMatchObject({ total: 20, totalExhaustive: false });
    const exactAcme = await exact.retrieve(
      request('gizmo widget', 8, { filters: { brands: ['Acme'] } }),
    );
    expect(exactAcme).toMatchObject({ total: 30, totalExhaustive: true });
    expect(acme.candidates).toEqual(exactAcme.candidates);
  });

  it('counts a single word’s matches exactly, past the bound too', async () => {
    const page = await bounded.retrieve(request('widget', 5));
    expect(page).toMatchObject({ total: 40, totalExhaustive: true });
    expect(page.candidates).toEqual((await exact.retrieve(request('widget', 5))).candidates);
  });
});

// Suggestions read the brand summary and rank a bounded number of title or brand matches.
describe(`${name}: as-you-type suggestions`, () => {
  const product = (id: string, title: string, description = '') => ({
    ...catalogA[0]!,
    id,
    sku: id.toUpperCase(),
    title,
    brand: 'Acme',
    description,
  });
  let storeId = 0;
  beforeAll(async () => {
    const harness = await setup();
    storeId = await harness.createStore();
    await harness.load(storeId, [
      product('n1', 'Slim notebook 14 inch'),
      product('n2', 'Notebook sleeve'),
      product('n3', 'Gaming notebook'),
      product('n4', 'Notebook stand'),
      product('n5', 'Notebook cooler'),
      product('d1', 'Desk lamp', 'Lights a notebook on any desk'),
    ]);
  });
  const products = (suggestions: { kind: string; productId?: string }[]) =>
    suggestions.filter((s) => s.kind === 'product').map((s) => s.productId!);

  it('completes a prefix that English drops as a stop word', async () => {
    // "no" and "not" are stop words; typed on the way to "notebook" they must still match.
    for (const typed of ['no', 'not', 'noteb']) {
      const found = products(await suggestFromPostgres(db!.prisma, storeId, typed, 10));
      expect(found.sort(), typed).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    }
  });

  it('suggests products by their title or brand, not their description', async () => {
    expect(products(await suggestFromPostgres(db!.prisma, storeId, 'lights', 10))).toEqual([]);
    expect(products(await suggestFromPostgres(db!.prisma, storeId, 'desk la', 10))).toEqual(['d1']);
  });

  it('ranks no more matches than its bound', async () => {
    const bounded = products(await suggestFromPostgres(db!.prisma, storeId, 'notebook', 10, 2));
    expect(bounded).toHaveLength(2);
  });

  it('takes brands from the summary, most products first', async () => {
    const other = await (await setup()).createStore();
    await (
      await setup()
    ).load(other, [
      { ...product('x1', 'Widget'), brand: 'Zebra' },
      { ...product('x2', 'Widget'), brand: 'Zenith' },
      { ...product('x3', 'Widget'), brand: 'Zenith' },
    ]);
    const brands = (await suggestFromPostgres(db!.prisma, other, 'z', 10))
      .filter((s) => s.kind === 'brand')
      .map((s) => s.text);
    expect(brands).toEqual(['Zenith', 'Zebra']);
  });
});
