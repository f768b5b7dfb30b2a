// Product-type intent by meaning on the PostgreSQL first stage, with the default (static) model:
// "laptop" names none of the store's product types but means one ("Notebook"), so the notebooks,
// which never say "laptop", come first, ahead of the accessories that do, and say why; a query
// that names a type ("keyboard") ranks exactly as without it; off, nothing changes.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResponse } from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import { indexStore } from '../src/indexing/indexStore.ts';
import { testPlatform } from '../src/testing/testStore.ts';

const NOTEBOOKS = [
  'HP ProBook 4320s Notebook PC',
  'Lenovo ThinkPad E14 notebook 35.6 cm (14")',
  'Dell Latitude 5420 notebook',
  'Acer Aspire 5 notebook, 15.6 inch',
  'ASUS VivoBook 15 notebook',
];
const LAPTOP_THINGS = [
  '3M laptop privacy screen 15.6"',
  'Targus laptop car adapter 90 W',
  'Case Logic laptop sleeve',
  'Kensington laptop lock',
];
const KEYBOARDS = [
  'Logitech K120 keyboard',
  'Microsoft Wired Keyboard 600',
  'Cherry KC 1000 keyboard, black',
  'HP USB keyboard',
  'Dell KB216 multimedia keyboard',
];
/** Products `prefix-0`, `prefix-1` … of the titles, each with `attributes`, branded by its first word. */
const productsOf = (prefix: string, titles: string[], attributes: object) =>
  titles.map((title, i) => ({
    id: `${prefix}-${i}`,
    title,
    brand: title.split(' ')[0]!,
    attributes,
  }));
const PRODUCTS = [
  ...productsOf('nb', NOTEBOOKS, {
    attr_t_product_type: 'Notebook',
    attr_t_product_colour: 'Black',
  }),
  ...productsOf('ac', LAPTOP_THINGS, {}),
  ...productsOf('kb', KEYBOARDS, { attr_t_type: 'Keyboard' }),
  ...productsOf('rest', ['Fellowes keyboard wrist rest'], {}),
  // Things saying "notebook" (the type's name) often: the best word matches of "notebook".
  ...['cooling pad', 'stand', 'bag', 'charger'].map((thing, i) => ({
    id: `ac-notebook-${i}`,
    title: `Notebook ${thing} for notebooks`,
    brand: 'Targus',
    description: `A ${thing} for your notebook: fits every notebook, notebook ${thing}.`,
    attributes: {},
  })),
];
const SOUGHT = NOTEBOOKS.map((_, i) => `nb-${i}`);
const LAPTOP_ONLY = LAPTOP_THINGS.map((_, i) => `ac-${i}`);

describe('product-type intent by meaning', () => {
  let platform: Platform;
  let storeId = 0;
  afterAll(async () => platform?.close());

  const search = (text: string, more: Partial<SearchRequest> = {}) =>
    platform.services.search.search({
      storeId,
      text,
      filters: {},
      sort: 'relevance',
      page: 0,
      pageSize: 20,
      profile: { name: 'hybrid', fusion: 'weighted', weight: 0.7, titleLengthPrior: 0.01 },
      rerankDepth: 200,
      recordEvent: false,
      ...more,
    });
  const ids = (response: SearchResponse) => response.hits.map((h) => h.product.id);

  it('ranks the notebooks first for "laptop", and says why', async () => {
    platform = await testPlatform();
    const { prisma } = platform.db;
    const store = await prisma.store.create({ data: { slug: 'type-intent', name: 'Types' } });
    storeId = store.id;
    await prisma.product.createMany({
      data: PRODUCTS.map((p) => ({ storeId, description: '', contentHash: p.id, ...p })),
    });
    await indexStore(platform, { storeId, kind: 'full' });

    const off = await search('laptop', { productTypeIntent: false });
    expect(ids(off).sort()).toEqual(LAPTOP_ONLY);
    expect(off.productTypeIntent).toBeNull();

    const on = await search('laptop', { productTypeIntent: true });
    expect(on.productTypeIntent).toEqual({
      queryWord: 'laptop',
      productType: 'Notebook',
      attribute: 'attr_t_product_type',
      similarity: expect.any(Number),
    });
    expect(ids(on).slice(0, SOUGHT.length).sort()).toEqual(SOUGHT);
    // The rest: the products saying "laptop", and those saying "notebook" (the type's name).
    expect(
      ids(on)
        .slice(SOUGHT.length)
        .filter((id) => !id.startsWith('ac-notebook')),
    ).toEqual(expect.arrayContaining(ids(off)));
    for (const hit of on.hits)
      expect(hit.productType).toEqual(
        SOUGHT.includes(hit.product.id) ? on.productTypeIntent : null,
      );
    expect(on.total).toBe(SOUGHT.length + off.total + 4);
  }, 600_000);

  it('asks for the type’s own products when the K holds too few of them', async () => {
    // The K = 3 best word matches of "laptop | notebook" say "notebook" most often: accessories.
    const on = await search('laptop', { productTypeIntent: true, rerankDepth: 3, pageSize: 3 });
    expect(on.hits.map((h) => h.product.id).every((id) => SOUGHT.includes(id))).toBe(true);
    // Some came from the type's own retrieval, beyond the K's places.
    expect(on.hits.some((h) => h.firstStageRank > 3)).toBe(true);
    expect(on.total).toBe(SOUGHT.length + 4 + 4);
  }, 120_000);

  it('leaves a query that names a type as it was', async () => {
    const off = await search('keyboard', { productTypeIntent: false });
    const on = await search('keyboard', { productTypeIntent: true });
    expect(on.productTypeIntent).toBeNull();
    expect(ids(on)).toEqual(ids(off));
    expect(on.hits.every((h) => h.productType === null)).toBe(true);
  }, 120_000);

  it('is only a reranked search’s: the lexical profile finds the words alone', async () => {
    const lexical = await search('laptop', {
      productTypeIntent: true,
      profile: { name: 'lexical' },
    });
    expect(lexical.productTypeIntent).toBeNull();
    expect(ids(lexical).sort()).toEqual(LAPTOP_ONLY);
  }, 120_000);
});
