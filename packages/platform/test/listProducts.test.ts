// The admin's product lookup: merchants type what they remember of a product, words of its title
// or brand in any order, or the start of its id ("QA-" once found nothing; only "QA-20" did).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../src/createPlatform.ts';
import { listProducts, lookupWords, MAX_LOOKUP_WORDS } from '../src/catalog/listProducts.ts';
import { testPlatform } from '../src/testing/testStore.ts';

let platform: Platform;
let storeId: number;

const PRODUCTS = [
  { id: 'QA-20', title: 'HP ProBook 450 G8 notebook', brand: 'HP', sku: '2X7X3EA' },
  { id: 'QA-21', title: 'Lenovo ThinkPad E14 laptop', brand: 'Lenovo', sku: '20TA000' },
  { id: 'QB-1', title: 'Logitech M185 wireless mouse', brand: 'Logitech', sku: '910-002238' },
  { id: 'XQA-2', title: 'Cable organiser', brand: 'Hama', sku: 'QA-20X' },
  { id: 'pct', title: '100% cotton mouse pad', brand: 'Fellowes', sku: '' },
];

beforeAll(async () => {
  platform = await testPlatform();
  const store = await platform.db.prisma.store.create({ data: { slug: 'shop', name: 'Shop' } });
  storeId = store.id;
  await platform.db.prisma.product.createMany({
    data: PRODUCTS.map((p) => ({ storeId, contentHash: p.id, ...p })),
  });
  // Another store's product with the same words is never found.
  const other = await platform.db.prisma.store.create({ data: { slug: 'other', name: 'Other' } });
  await platform.db.prisma.product.create({
    data: { storeId: other.id, id: 'QA-99', title: 'HP ProBook notebook', contentHash: 'x' },
  });
});
afterAll(async () => platform?.close());

const found = async (q: string) =>
  (await listProducts(platform.db, storeId, { q, page: 0, pageSize: 100 })).items
    .map((p) => p.id)
    .sort();

describe('listProducts', () => {
  it('finds products by the start of their id', async () => {
    expect(await found('QA-')).toEqual(['QA-20', 'QA-21', 'XQA-2']);
    expect(await found('qa-2')).toEqual(['QA-20', 'QA-21', 'XQA-2']);
    expect(await found('QA-20')).toEqual(['QA-20', 'XQA-2']);
    expect(await found('QB')).toEqual(['QB-1']);
  });

  it('finds products by words of the title and brand, in any order and any case', async () => {
    expect(await found('probook hp')).toEqual(['QA-20']);
    expect(await found('NOTEBOOK 450')).toEqual(['QA-20']);
    expect(await found('lenovo laptop')).toEqual(['QA-21']);
    expect(await found('mouse')).toEqual(['QB-1', 'pct']);
    expect(await found('mouse logitech')).toEqual(['QB-1']);
    expect(await found('mouse lenovo')).toEqual([]);
    expect(await found('910-002')).toEqual(['QB-1']);
  });

  it('takes %, _ and \\ as text, not as wildcards', async () => {
    expect(await found('100%')).toEqual(['pct']);
    expect(await found('%')).toEqual(['pct']);
    expect(await found('Q_-')).toEqual([]);
    expect(await found('\\')).toEqual([]);
  });

  it('counts every match and pages through them', async () => {
    const first = await listProducts(platform.db, storeId, {
      q: 'qa',
      page: 0,
      pageSize: 2,
    });
    const second = await listProducts(platform.db, storeId, {
      q: 'qa',
      page: 1,
      pageSize: 2,
    });
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((p) => p.id).sort()).toEqual([
      'QA-20',
      'QA-21',
      'XQA-2',
    ]);
  });

  it('uses at most a bounded number of distinct words', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(lookupWords(many)).toHaveLength(MAX_LOOKUP_WORDS);
    expect(lookupWords(' HP  hp Hp probook ')).toEqual(['HP', 'probook']);
    // Words past the bound are not conditions: a match on the first ones is enough.
    expect(
      await found(`hp probook ${'notebook '.repeat(20)}${'x '.repeat(MAX_LOOKUP_WORDS)}`),
    ).toEqual(['QA-20']);
  });
});
