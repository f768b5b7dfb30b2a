import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { refreshBrandSummary } from '../src/brandSummary.ts';
import { PostgresRetriever } from '../src/retrievers/postgres/postgresRetriever.ts';
import { suggestFromPostgres } from '../src/retrievers/postgres/postgresSuggestions.ts';
import { postgresIndex } from '../src/retrievers/postgres/postgresIndex.ts';
import type { SearchDocument } from '../src/documents.ts';
import type { RetrieveRequest, SearchFilters, ValueCount } from '../src/retrieval.ts';
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

// The set's products are read with their attributes document decompressed once (facetSql.ts), and
// a sample is read back by id: documents stored compressed or out of line must be read whole, and
// the same ids in another store must not be counted.
it(`${name}: counts facets of large documents, and of the store's own products only`, async () => {
  const harness = await setup();
  // ~10 kB of digits that compress poorly: PostgreSQL stores such a document out of line.
  const notes = (i: number) =>
    Array.from({ length: 2_000 }, (_, k) => ((k * 7_919 + i * 104_729) % 65_521).toString(36)).join(
      ' ',
    );
  const gadgets = (brand: string) =>
    Array.from({ length: 20 }, (_, i) => ({
      ...catalogA[0]!,
      id: `g${i}`,
      sku: `G-${i}`,
      title: `Gadget ${i}`,
      brand,
      attributes: { attr_t_finish: i % 4 === 0 ? 'Matte' : 'Gloss', attr_t_notes: notes(i) },
    }));
  const [mine, other] = [await harness.createStore(), await harness.createStore()];
  await harness.load(mine, gadgets('Acme'));
  await harness.load(other, gadgets('Other'));
  for (const facetSampleSize of [20, 10]) {
    const retriever = new PostgresRetriever(db!.prisma, { facetSampleSize });
    const { facets } = await retriever.retrieve({
      storeId: mine,
      text: 'gadget',
      filters: {},
      sort: 'relevance',
      offset: 0,
      limit: 5,
      facets: { attributes: ['attr_t_finish'] },
    });
    expect(facets!.brand).toEqual([{ value: 'Acme', count: 20 }]);
    const finishes = facets!.attributes['attr_t_finish'] as ValueCount[];
    expect(finishes.reduce((sum, f) => sum + f.count, 0)).toBe(20);
    if (facetSampleSize === 20)
      expect(finishes).toEqual([
        { value: 'Gloss', count: 15 },
        { value: 'Matte', count: 5 },
      ]);
  }
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

/** A store holding `documents`, searched by a retriever ranking every match and one at `bound`. */
function boundedStore(documents: SearchDocument[], bound: number) {
  // Filled before the tests run.
  const store = {} as { id: number; exact: PostgresRetriever; bounded: PostgresRetriever };
  beforeAll(async () => {
    const harness = await setup();
    store.id = await harness.createStore();
    await harness.load(store.id, documents);
    store.exact = new PostgresRetriever(db!.prisma, { matchBound: Number.POSITIVE_INFINITY });
    store.bounded = new PostgresRetriever(db!.prisma, { matchBound: bound });
  });
  return store;
}

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
    storeId: store.id,
    text,
    filters: {},
    sort: 'relevance' as const,
    offset: 0,
    limit,
    ...more,
  });
  const store = boundedStore(widgets, 20);

  it('ranks the page of every match from the matches of every word, when they fill it', async () => {
    // 20 products hold both words (every 4th title, every 3rd description); all 40 hold one.
    for (const more of [{}, { offset: 4 }]) {
      const page = await store.bounded.retrieve(request('gizmo widget', 8, more));
      expect(page.candidates).toEqual(
        (await store.exact.retrieve(request('gizmo widget', 8, more))).candidates,
      );
      expect(page.candidates).toHaveLength(8);
      expect(page).toMatchObject({ total: 20, totalExhaustive: false });
    }
  });

  it('ranks and counts every match when those of every word do not fill the page', async () => {
    const page = await store.bounded.retrieve(request('gizmo widget', 30));
    expect(page.candidates).toEqual(
      (await store.exact.retrieve(request('gizmo widget', 30))).candidates,
    );
    expect(page).toMatchObject({ total: 40, totalExhaustive: true });
  });

  it('takes the total from the facet statement without filters, and says "at least" with them', async () => {
    const facets = { attributes: [] };
    const whole = await store.bounded.retrieve(request('gizmo widget', 8, { facets }));
    expect(whole).toMatchObject({ total: 40, totalExhaustive: true });
    const acme = await store.bounded.retrieve(
      request('gizmo widget', 8, { facets, filters: { brands: ['Acme'] } }),
    );
    expect(acme).toMatchObject({ total: 20, totalExhaustive: false });
    const exactAcme = await store.exact.retrieve(
      request('gizmo widget', 8, { filters: { brands: ['Acme'] } }),
    );
    expect(exactAcme).toMatchObject({ total: 30, totalExhaustive: true });
    expect(acme.candidates).toEqual(exactAcme.candidates);
  });

  it('ranks a single word’s title matches first and counts no further, when they fill the page', async () => {
    // All 40 titles hold "widget"; the page of 5 is theirs, counted up to the bound.
    const page = await store.bounded.retrieve(request('widget', 5));
    expect(page).toMatchObject({ total: 20, totalExhaustive: false });
    expect(page.candidates).toEqual((await store.exact.retrieve(request('widget', 5))).candidates);
  });

  it('ranks and counts every match of a single word whose title matches do not fill the page', async () => {
    // "gizmo": 10 titles, 14 descriptions (4 of them also in the title): 20 matches.
    const page = await store.bounded.retrieve(request('gizmo', 15));
    expect(page).toMatchObject({ total: 20, totalExhaustive: true });
    expect(page.candidates).toEqual((await store.exact.retrieve(request('gizmo', 15))).candidates);
  });
});

// A single word in the title ranks above every product holding it elsewhere only, however often
// and however early (brand) it occurs there: so the title matches, when they fill the page, are
// the page of ranking every match.
describe(`${name}: a single word's title matches lead`, () => {
  const word = 'zorblax';
  const inTitle = Array.from({ length: 6 }, (_, i) => ({
    ...catalogA[0]!,
    id: `t${i}`,
    title: i % 2 ? `Adapter ${word} ${word}` : `Long adapter title for a ${word} ${i}`,
    brand: 'Acme',
    description: i % 3 ? `A ${word} adapter` : 'An adapter',
    attributes: {},
    releasedAt: 1_500_000_000 + i,
  }));
  // Everywhere but the title, many times, and released last (ties would favour it).
  const elsewhere = {
    ...catalogA[0]!,
    id: 'e0',
    title: 'Adapter',
    brand: `${word} ${word}`,
    description: Array.from({ length: 60 }, () => word).join(' '),
    attributes: { attr_t_kind: `${word} ${word}` },
    releasedAt: 1_900_000_000,
  };
  const request = (limit: number, offset = 0) => ({
    storeId: store.id,
    text: word,
    filters: {},
    sort: 'relevance' as const,
    offset,
    limit,
  });
  const store = boundedStore([elsewhere, ...inTitle], 3);

  it('gives the page of ranking every match, the other product after every title match', async () => {
    const all = await store.exact.retrieve(request(10));
    expect(all.candidates.map((c) => c.productId).at(-1)).toBe('e0');
    for (const [limit, offset] of [
      [6, 0],
      [3, 3],
      [4, 1],
    ] as const) {
      const page = await store.bounded.retrieve(request(limit, offset));
      expect(page.candidates).toEqual(all.candidates.slice(offset, offset + limit));
      expect(page).toMatchObject({ total: 3, totalExhaustive: false });
    }
  });
});

// Browse and sorted lists read their page in the order of an index and count up to the bound:
// the page is the one sorting every match gives, nulls last and ties by id.
describe(`${name}: browse and sorted lists past the match bound`, () => {
  const products = Array.from({ length: 40 }, (_, i) => ({
    ...catalogA[0]!,
    id: `s${String(i).padStart(2, '0')}`,
    title: i % 2 ? `Sprocket ${i}` : `Cog ${i}`,
    brand: i < 30 ? 'Acme' : 'Beta',
    priceMinor: i % 5 === 0 ? null : 1000 + (i % 7) * 100,
    releasedAt: i % 6 === 0 ? null : 1_500_000_000 + (i % 9) * 1000,
  }));
  const request = (more: Partial<RetrieveRequest>): RetrieveRequest => ({
    storeId: store.id,
    text: '',
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 7,
    ...more,
  });
  const store = boundedStore(products, 15);

  it('gives the page of sorting every match, and "at least the bound" past it', async () => {
    const sorted = ['newest', 'price_asc', 'price_desc'] as const;
    const cases = [
      ...(['relevance', ...sorted] as const).map((sort) => ({ sort, text: '', matches: 40 })),
      ...sorted.map((sort) => ({ sort, text: 'sprocket', matches: 20 })),
    ];
    for (const { sort, text, matches } of cases) {
      for (const offset of [0, 7, 35]) {
        const more = { sort, text, offset };
        const page = await store.bounded.retrieve(request(more));
        const truth = await store.exact.retrieve(request(more));
        expect(truth.total).toBe(matches);
        expect(page.candidates).toEqual(truth.candidates);
        expect(page).toMatchObject({ total: 15, totalExhaustive: false });
      }
    }
  });

  it('counts exactly under the bound, and takes the total from unfiltered facets', async () => {
    const beta = await store.bounded.retrieve(
      request({ sort: 'newest', filters: { brands: ['Beta'] } }),
    );
    expect(beta).toMatchObject({ total: 10, totalExhaustive: true });
    const faceted = await store.bounded.retrieve(request({ facets: { attributes: [] } }));
    expect(faceted).toMatchObject({ total: 40, totalExhaustive: true });
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
