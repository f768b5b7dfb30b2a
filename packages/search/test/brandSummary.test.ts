import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { recountBrands, refreshBrandSummary } from '../src/brandSummary.ts';

let db: Database;
let storeId = 0;
let otherStoreId = 0;
const product = (store: number, id: string, brand: string) => ({
  storeId: store,
  id,
  title: `Product ${id}`,
  brand,
  contentHash: id,
});

beforeAll(async () => {
  db = await openTestDatabase();
  const store = (slug: string) => db.prisma.store.create({ data: { slug, name: slug } });
  [storeId, otherStoreId] = [(await store('brands')).id, (await store('other')).id];
  await db.prisma.product.createMany({
    data: [
      product(storeId, 'p0', 'Acme'),
      product(storeId, 'p1', 'Acme'),
      product(storeId, 'p2', 'Beta'),
      product(storeId, 'p3', ''),
      product(otherStoreId, 'o1', 'Gamma'),
    ],
  });
});
afterAll(async () => db?.close());

const summary = async (id: number) =>
  (await db.prisma.storeBrand.findMany({ where: { storeId: id }, orderBy: { brand: 'asc' } })).map(
    (b) => [b.brand, b.products],
  );

describe(`brand summary on ${testDatabaseKind()}`, () => {
  it('counts each brand of the store, leaving out products without one', async () => {
    await refreshBrandSummary(db.prisma, storeId);
    expect(await summary(storeId)).toEqual([
      ['Acme', 2],
      ['Beta', 1],
    ]);
    expect(await summary(otherStoreId)).toEqual([]);
  });

  it('follows the catalog on refresh: new counts, and brands no product has any more go', async () => {
    await db.prisma.product.update({
      where: { storeId_id: { storeId, id: 'p2' } },
      data: { brand: 'Acme' },
    });
    await refreshBrandSummary(db.prisma, storeId);
    expect(await summary(storeId)).toEqual([['Acme', 3]]);
  });

  it('recounts only the brands it is given, dropping those left with no product', async () => {
    await db.prisma.product.update({
      where: { storeId_id: { storeId, id: 'p0' } },
      data: { brand: 'Delta' },
    });
    await db.prisma.product.deleteMany({ where: { storeId, id: { in: ['p1', 'p2'] } } });
    await db.prisma.product.update({
      where: { storeId_id: { storeId: otherStoreId, id: 'o1' } },
      data: { brand: 'Acme' },
    });
    await recountBrands(db.prisma, storeId, ['Acme', 'Delta', '']);
    expect(await summary(storeId)).toEqual([['Delta', 1]]);
    // Another store's products are not counted, and its summary is left alone.
    expect(await summary(otherStoreId)).toEqual([]);
  });
});
